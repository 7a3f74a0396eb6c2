"""The SHACL runner: serial and parallel agree; the cache re-checks only what changed."""

from __future__ import annotations

import pytest

from genocat.build.catalogue import assemble
from genocat.build.iris import DEFAULT_BASE_IRI
from genocat.load import load_paths
from genocat.shacl import check
from genocat.shacl.check import ShapeSpec, Unit, run, units
from tests.conftest import CATALOG, SHARED, requires_shared

pytestmark = requires_shared

GDI = ShapeSpec("gdi", (str(SHARED / "gdi-metadata" / "shapes"),))
TITLE = "<http://purl.org/dc/terms/title>"


@pytest.fixture(scope="module")
def broken_units():
    """The demo with every dct:title renamed: the GDI shapes report each missing title."""
    graphs = assemble(load_paths([CATALOG]).documents, CATALOG, DEFAULT_BASE_IRI)
    return [
        Unit(u.name, u.ntriples.replace(TITLE, "<http://example.org/x>"), u.access_right, u.focus)
        for u in units(graphs)
    ]


def test_parallel_run_equals_serial_run(broken_units, monkeypatch):
    serial = run(broken_units, [GDI], jobs=1)
    monkeypatch.setattr(check, "PARALLEL_FROM", 1)
    parallel = run(broken_units, [GDI], jobs=2)
    assert serial and serial == parallel
    assert {r.path for r in serial} >= {"http://purl.org/dc/terms/title"}


def test_cache_rechecks_only_changed_units(broken_units, tmp_path, monkeypatch):
    checked: list[str] = []
    original = check._check

    def counting(unit):  # units are checked in batches named "a+b+c"
        checked.extend(unit.name.split("+"))
        return original(unit)

    monkeypatch.setattr(check, "_check", counting)
    cold = run(broken_units, [GDI], jobs=1, cache_dir=tmp_path)
    assert sorted(checked) == sorted(u.name for u in broken_units)

    checked.clear()
    assert run(broken_units, [GDI], jobs=1, cache_dir=tmp_path) == cold
    assert checked == []

    first = broken_units[0]
    fixed = Unit(first.name, first.ntriples.replace("<http://example.org/x>", TITLE), first.access_right, first.focus)
    checked.clear()
    warm = run([fixed, *broken_units[1:]], [GDI], jobs=1, cache_dir=tmp_path)
    assert checked == [first.name]
    assert len(warm) < len(cold)


def test_corrupt_cache_entry_is_checked_again(broken_units, tmp_path):
    unit = broken_units[0]
    cold = run([unit], [GDI], jobs=1, cache_dir=tmp_path)
    for entry in (tmp_path / "shacl").rglob("*.json"):
        entry.write_text("{not json")
    assert run([unit], [GDI], jobs=1, cache_dir=tmp_path) == cold


def test_batched_runs_report_what_single_runs_report(broken_units, monkeypatch):
    batched = run(broken_units, [GDI], jobs=1)
    monkeypatch.setattr(check, "BATCH", 1)
    assert run(broken_units, [GDI], jobs=1) == batched


def test_without_processes_the_check_runs_here(broken_units, monkeypatch):
    import concurrent.futures

    serial = run(broken_units, [GDI], jobs=1)

    def refuse(*args, **kwargs):
        raise OSError("no semaphores here")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refuse)
    monkeypatch.setattr(check, "PARALLEL_FROM", 1)
    assert run(broken_units, [GDI], jobs=2) == serial
