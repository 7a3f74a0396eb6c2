"""The content-hash cache: a warm run reports exactly what a cold run reports, and re-reads only changed files."""

from __future__ import annotations

import json
import shutil
from datetime import date

import pytest

from genocat import validator
from genocat.cache import Cache, fingerprint
from genocat.config import Config
from tests.conftest import CATALOG, DATA

TODAY = date(2026, 11, 23)
HU = "hu/datasets/gdi-hu-semmelweis-1.yaml"
HU_ID = "GDI-HU-SEMMELWEIS-1"


@pytest.fixture
def catalogue(tmp_path):
    """A copy of the demo catalogue plus the invalid examples, to edit between runs."""
    root = tmp_path / "submissions"
    shutil.copytree(CATALOG, root / "catalog")
    shutil.copytree(DATA / "invalid", root / "invalid")
    return root


@pytest.fixture
def parsed(monkeypatch):
    """The files the engine actually loads (in this process: jobs=1 in these tests)."""
    seen = []
    real = validator.load_bytes

    def spy(raw, path, kind):
        seen.append(path)
        return real(raw, path, kind)

    monkeypatch.setattr(validator, "load_bytes", spy)
    return seen


def run(root, cache=None, config=None):
    return validator.validate([root], config or Config(today=TODAY), cache_dir=cache, jobs=1).to_dict()


def test_warm_run_reports_what_the_cold_run_reports_without_parsing(catalogue, tmp_path, parsed):
    cache = tmp_path / "cache"
    cold = run(catalogue)
    assert run(catalogue, cache) == cold and len(parsed) == 2 * len(cold["files"])
    parsed.clear()
    assert run(catalogue, cache) == cold
    assert parsed == []
    assert cold["summary"]["errors"] > 10


def test_an_edited_file_is_checked_again(catalogue, tmp_path, parsed):
    cache = tmp_path / "cache"
    run(catalogue, cache)
    edited = catalogue / "catalog" / HU
    edited.write_text(edited.read_text(encoding="utf-8").replace("access_rights: NON_PUBLIC\n", ""), encoding="utf-8")
    parsed.clear()
    warm = run(catalogue, cache)
    assert parsed == [edited.as_posix()]
    assert warm == run(catalogue)
    assert ("GC201", edited.as_posix()) in {(f["code"], f["path"]) for f in warm["findings"]}


@pytest.mark.parametrize(
    ("changed", "other", "reported_at"),
    [
        # the changed file sorts after the unchanged one: the finding is on the changed file
        ("pt/datasets/gdi-pt-porto-1.yaml", HU, "changed"),
        # the changed file sorts first: the finding is on the unchanged file, which was not re-read
        ("be/datasets/gdi-be-leuven-1.yaml", HU, "other"),
    ],
)
def test_duplicate_identifier_in_a_changed_file_is_found_against_an_unchanged_one(
    catalogue, tmp_path, parsed, changed, other, reported_at
):
    cache = tmp_path / "cache"
    shutil.rmtree(catalogue / "invalid")  # they all share HU_ID already
    assert run(catalogue, cache)["findings"] == []
    path = catalogue / "catalog" / changed
    text = path.read_text(encoding="utf-8")
    identifier = text.split("identifier: ", 1)[1].split("\n", 1)[0]
    path.write_text(text.replace(identifier, HU_ID), encoding="utf-8")
    parsed.clear()
    warm = run(catalogue, cache)
    assert parsed == [path.as_posix()]
    assert warm == run(catalogue)
    target = path if reported_at == "changed" else catalogue / "catalog" / other
    assert [(f["code"], f["path"], f["line"]) for f in warm["findings"] if f["code"] == "GC701"] == [
        ("GC701", target.as_posix(), 2)
    ]


def _pack(cache):
    (pack,) = cache.glob("v*.json")
    return pack


@pytest.mark.parametrize(
    "damage",
    [
        lambda entry: entry.update(findings="not a list"),
        lambda entry: entry.update(findings=[[1, "two", "GC201", "error", "m", "h", ""]]),
        lambda entry: entry.update(findings=[[1, 1, "GC201", "fatal", "m", "h", ""]]),
        lambda entry: entry["summary"].pop("kind"),
        lambda entry: entry["summary"].update(positions={"/identifier": [2, "1"]}),
        lambda entry: entry["summary"].update(key_positions=[["/identifier", 2, 1]]),
        lambda entry: entry["summary"].update(data=["identifier"]),
        lambda entry: entry.clear(),
    ],
    ids=[
        "findings",
        "finding-line",
        "severity",
        "summary-kind",
        "positions",
        "positions-list",
        "summary-data",
        "empty",
    ],
)
def test_a_damaged_entry_is_recomputed(catalogue, tmp_path, parsed, damage):
    cache = tmp_path / "cache"
    cold = run(catalogue, cache)
    pack = _pack(cache)
    data = json.loads(pack.read_text(encoding="utf-8"))
    damaged = (catalogue / "catalog" / HU).as_posix()
    damage(data["entries"][damaged])
    pack.write_text(json.dumps(data), encoding="utf-8")
    parsed.clear()
    assert run(catalogue, cache) == cold
    assert parsed == [damaged]
    assert json.loads(_pack(cache).read_text(encoding="utf-8"))["entries"][damaged]["summary"]["kind"] == "dataset"


@pytest.mark.parametrize("content", [b"{ truncated", b"\x00\xff binary", b"[]", b'{"fingerprint": 1, "entries": []}'])
def test_a_damaged_pack_is_ignored_and_rewritten(catalogue, tmp_path, parsed, content):
    cache = tmp_path / "cache"
    cold = run(catalogue, cache)
    _pack(cache).write_bytes(content)
    parsed.clear()
    assert run(catalogue, cache) == cold
    assert len(parsed) == len(cold["files"])
    assert json.loads(_pack(cache).read_text(encoding="utf-8"))["entries"]


def test_cache_is_keyed_by_configuration(catalogue, tmp_path, parsed):
    cache = tmp_path / "cache"
    small_cell = catalogue / "catalog" / HU
    text = small_cell.read_text(encoding="utf-8")
    small_cell.write_text(text.replace("    count: 223", "    count: 3", 1), encoding="utf-8")
    without = run(catalogue, cache, Config(today=TODAY, disabled={"GC601"}))
    assert "GC601" not in {f["code"] for f in without["findings"]}
    parsed.clear()
    enabled = run(catalogue, cache)
    assert "GC601" in {f["code"] for f in enabled["findings"]}
    assert len(parsed) == len(enabled["files"])
    assert enabled == run(catalogue)
    assert len(list(cache.glob("v*.json"))) == 2


@pytest.mark.parametrize(
    "other",
    [
        Config(today=TODAY, disabled={"GC601"}),
        Config(today=TODAY, small_cell_threshold=5),
        Config(today=date(2026, 11, 24)),
        Config(today=TODAY, severities={"GC109": "info"}),
    ],
    ids=["disabled", "threshold", "today", "severity"],
)
def test_fingerprint_changes_with_what_findings_depend_on(other):
    assert fingerprint(other) != fingerprint(Config(today=TODAY))
    assert fingerprint(Config(today=TODAY)) == fingerprint(Config(today=TODAY))


def test_cache_folder_is_marked_and_never_validated(catalogue, parsed):
    cache = catalogue / "cache-inside"
    cold = run(catalogue, cache)
    assert run(catalogue, cache) == cold
    assert sorted(p.name for p in cache.iterdir()) == [".gitignore", "CACHEDIR.TAG", _pack(cache).name]
    assert not any("cache-inside" in path for path in cold["files"])


def test_an_unwritable_cache_costs_speed_not_the_run(catalogue, tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    assert run(catalogue, blocked) == run(catalogue)


def test_parallel_cold_run_fills_the_cache_for_a_serial_warm_run(catalogue, tmp_path, monkeypatch, parsed):
    monkeypatch.setattr(validator, "PARALLEL_MIN_FILES", 1)
    cache = tmp_path / "cache"
    cold = validator.validate([catalogue], Config(today=TODAY), cache_dir=cache, jobs=2).to_dict()
    assert parsed == []  # loaded in the worker processes, not here
    assert run(catalogue, cache) == cold and parsed == []


def test_entries_of_other_paths_are_kept(catalogue, tmp_path, parsed):
    cache = tmp_path / "cache"
    run(catalogue / "catalog", cache)
    run(catalogue / "invalid", cache)
    parsed.clear()
    run(catalogue, cache)
    assert parsed == []
    assert Cache.for_config(cache, Config(today=TODAY)).entries.keys() >= {p for p in run(catalogue)["files"]}
