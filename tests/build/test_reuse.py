"""A rebuild links the files of unchanged datasets from the previous build, and writes the same bytes
as a build from nothing."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from genocat.build.catalogue import plan
from genocat.build.iris import DEFAULT_BASE_IRI
from genocat.build.render import render
from genocat.build.reuse import Reuse
from genocat.cli import main
from genocat.load import load_paths
from tests.conftest import CATALOG


def _tree(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _render(catalog, out, cache=None, base=DEFAULT_BASE_IRI, previous=None):
    """Render into `out`, taking unchanged datasets from `previous` (recorded in `cache`) if given;
    record `out` in `cache` when it is a first build."""
    layout = plan(load_paths([catalog]).documents, catalog, base)
    reuse = Reuse.load(cache, previous or out, base) if cache is not None else None
    render(layout, out, jobs=1, reuse=reuse)
    if reuse is not None and previous is None:
        reuse.save()


def _linked(first, second):
    """Dataset files of `second` that are the very files (inodes) of `first`."""
    return {
        p.name
        for p in (second / "datasets").iterdir()
        if (first / "datasets" / p.name).exists() and (first / "datasets" / p.name).stat().st_ino == p.stat().st_ino
    }


@pytest.fixture
def catalog(tmp_path):
    shutil.copytree(CATALOG, tmp_path / "catalog")
    return tmp_path / "catalog"


def test_an_unchanged_catalogue_links_every_dataset_file(catalog, tmp_path):
    cache, first, second = tmp_path / "cache", tmp_path / "first", tmp_path / "second"
    _render(catalog, first, cache)
    _render(catalog, second, cache, previous=first)
    assert _tree(second) == _tree(first)
    assert len(_linked(first, second)) == len(list((first / "datasets").iterdir()))


def test_a_changed_dataset_is_rendered_again_and_the_rest_linked(catalog, tmp_path):
    cache, first, second = tmp_path / "cache", tmp_path / "first", tmp_path / "second"
    _render(catalog, first, cache)
    victim = catalog / "hu" / "datasets" / "gdi-hu-pecs-1.yaml"
    victim.write_text(victim.read_text(encoding="utf-8").replace("Synthetic demo", "Changed demo", 1), encoding="utf-8")
    _render(catalog, second, cache, previous=first)
    _render(catalog, tmp_path / "fresh")
    assert _tree(second) == _tree(tmp_path / "fresh")
    linked = _linked(first, second)
    assert not any(name.startswith("GDI-HU-PECS-1.") for name in linked)
    assert len(linked) == len(list((first / "datasets").iterdir())) - 4


@pytest.mark.parametrize("damage", ["base", "record", "resized file", "same-size edit"])
def test_nothing_is_taken_from_a_previous_build_that_does_not_fit(catalog, tmp_path, damage):
    """Another base IRI, a damaged record, or an output file edited since: rendered again."""
    cache, first, second = tmp_path / "cache", tmp_path / "first", tmp_path / "second"
    _render(catalog, first, cache, base="https://other.example/" if damage == "base" else DEFAULT_BASE_IRI)
    if damage == "record":
        next(cache.glob("build-*.json")).write_text("{not json", encoding="utf-8")
    edited = sorted((first / "datasets").glob("*.ttl"))[0]
    if damage.endswith("edit") or damage.startswith("resized"):
        text = edited.read_text(encoding="utf-8")
        edited.write_text(text + "# edited\n" if damage.startswith("resized") else text.replace("a", "b", 1))
        if damage.endswith("edit"):
            assert edited.stat().st_size == len(text.encode())
            os.utime(edited, ns=(edited.stat().st_atime_ns, edited.stat().st_mtime_ns + 1_000_000))
    _render(catalog, second, cache, previous=first)
    _render(catalog, tmp_path / "fresh")
    assert _tree(second) == _tree(tmp_path / "fresh")
    linked = _linked(first, second)
    if damage in ("base", "record"):
        assert linked == set()
    else:
        assert linked and not any(name.startswith(edited.stem + ".") for name in linked)


def test_the_record_is_in_the_cache_not_in_the_output(catalog, tmp_path):
    cache, out = tmp_path / "cache", tmp_path / "out"
    _render(catalog, out, cache)
    (record,) = cache.glob("build-*.json")
    entries = json.loads(record.read_text(encoding="utf-8"))["datasets"]
    assert len(entries) == len(list(catalog.rglob("datasets/*.yaml")))
    assert not [p for p in out.iterdir() if p.name.startswith(".")]
    assert set(Reuse.load(cache, out, DEFAULT_BASE_IRI).previous) == {e["sha256"] for e in entries}


def test_rebuilding_into_the_same_output_gives_a_fresh_builds_bytes(catalog, tmp_path, runner):
    out, fresh, cache = tmp_path / "out", tmp_path / "fresh", tmp_path / "cache"
    rebuild = ["build", str(catalog), "--out", str(out), "-q", "--cache-dir", str(cache)]
    inodes, said = [], []
    for _ in range(2):
        result = runner.invoke(main, [a for a in rebuild if a != "-q"])  # with its summary line
        assert result.exit_code == 0
        inodes.append({p.name: p.stat().st_ino for p in (out / "datasets").iterdir()})
        said.append(result.output)
    assert "unchanged" not in said[0] and "(57 datasets unchanged since the last build, their files kept)" in said[1]
    assert inodes[0] == inodes[1]  # every file linked from the build before, none written again
    changed = sorted((catalog / "fi" / "datasets").glob("*.yaml"))[0]
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("Synthetic demo", "Edited demo", 1), encoding="utf-8")
    assert runner.invoke(main, rebuild).exit_code == 0
    now = {p.name: p.stat().st_ino for p in (out / "datasets").iterdir()}
    assert len({name for name in now if now[name] != inodes[1][name]}) == 5  # its four RDF files and its page
    assert runner.invoke(main, ["build", str(catalog), "--out", str(fresh), "-q", "--no-cache"]).exit_code == 0
    assert _tree(out) == _tree(fresh)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "catalog", "fresh", "out"]  # nothing temporary left


def test_a_record_that_cannot_be_written_does_not_fail_the_build(catalog, tmp_path, runner, monkeypatch):
    from genocat.build import reuse

    def full(path, text):
        raise OSError(28, "No space left on device", str(path))

    monkeypatch.setattr(reuse, "write_text_atomic", full)
    out, cache = tmp_path / "out", tmp_path / "cache"
    result = runner.invoke(main, ["build", str(catalog), "--out", str(out), "-q", "--cache-dir", str(cache)])
    assert result.exit_code == 0, result.output
    assert (out / "catalogue.ttl").is_file() and not list(cache.glob("build-*.json"))
