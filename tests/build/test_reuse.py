"""A rebuild links the files of unchanged datasets from the previous build, and writes the same bytes
as a build from nothing."""

from __future__ import annotations

import json
import shutil

import pytest

from genocat.build import reuse
from genocat.build.catalogue import plan
from genocat.build.iris import DEFAULT_BASE_IRI
from genocat.build.render import render
from genocat.cli import main
from genocat.load import load_paths
from tests.conftest import CATALOG


def _tree(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _render(catalog, out, previous=None, base=DEFAULT_BASE_IRI):
    layout = plan(load_paths([catalog]).documents, catalog, base)
    render(layout, out, jobs=1, previous=previous)
    return layout


def _linked(first, second):
    """Dataset files of `second` that are the same file (inode) as in `first`."""
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
    _render(catalog, tmp_path / "first")
    _render(catalog, tmp_path / "second", previous=tmp_path / "first")
    assert _tree(tmp_path / "second") == _tree(tmp_path / "first")
    assert len(_linked(tmp_path / "first", tmp_path / "second")) == len(list((tmp_path / "first/datasets").iterdir()))


def test_a_changed_dataset_is_rendered_again_and_the_rest_linked(catalog, tmp_path):
    _render(catalog, tmp_path / "first")
    victim = catalog / "hu" / "datasets" / "gdi-hu-pecs-1.yaml"
    victim.write_text(victim.read_text(encoding="utf-8").replace("Synthetic demo", "Changed demo", 1), encoding="utf-8")
    _render(catalog, tmp_path / "second", previous=tmp_path / "first")
    _render(catalog, tmp_path / "fresh")
    assert _tree(tmp_path / "second") == _tree(tmp_path / "fresh")
    linked = _linked(tmp_path / "first", tmp_path / "second")
    assert not any(name.startswith("GDI-HU-PECS-1.") for name in linked)
    assert len(linked) == len(list((tmp_path / "first/datasets").iterdir())) - 4


@pytest.mark.parametrize("damage", ["base", "record", "file"])
def test_nothing_is_taken_from_a_previous_build_that_does_not_fit(catalog, tmp_path, damage):
    """Another base IRI or genocat, a damaged record, or a file edited by hand: rendered again."""
    if damage == "base":
        _render(catalog, tmp_path / "first", base="https://other.example/")
    else:
        _render(catalog, tmp_path / "first")
    if damage == "record":
        (tmp_path / "first" / reuse.RECORD).write_text("{not json", encoding="utf-8")
    if damage == "file":
        edited = next((tmp_path / "first" / "datasets").glob("*.ttl"))
        edited.write_text(edited.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    _render(catalog, tmp_path / "second", previous=tmp_path / "first")
    _render(catalog, tmp_path / "fresh")
    assert _tree(tmp_path / "second") == _tree(tmp_path / "fresh")
    linked = _linked(tmp_path / "first", tmp_path / "second")
    if damage == "file":
        assert linked and not any(name.startswith(edited.stem + ".") for name in linked)
    else:
        assert linked == set()


def test_the_record_says_what_each_dataset_gave(catalog, tmp_path):
    _render(catalog, tmp_path / "out")
    record = json.loads((tmp_path / "out" / reuse.RECORD).read_text(encoding="utf-8"))
    assert record["fingerprint"] == reuse.fingerprint(DEFAULT_BASE_IRI)
    assert len(record["datasets"]) == len(list(catalog.rglob("datasets/*.yaml")))
    assert set(reuse.previous(tmp_path / "out", DEFAULT_BASE_IRI)) == {d["sha256"] for d in record["datasets"]}


def test_rebuilding_into_the_same_output_gives_a_fresh_builds_bytes(catalog, tmp_path, runner):
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    for _ in range(2):
        assert runner.invoke(main, ["build", str(catalog), "--out", str(out), "-q", "--no-cache"]).exit_code == 0
    changed = sorted((catalog / "fi" / "datasets").glob("*.yaml"))[0]
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("Synthetic demo", "Edited demo", 1), encoding="utf-8")
    assert runner.invoke(main, ["build", str(catalog), "--out", str(out), "-q", "--no-cache"]).exit_code == 0
    assert runner.invoke(main, ["build", str(catalog), "--out", str(fresh), "-q", "--no-cache"]).exit_code == 0
    assert _tree(out) == _tree(fresh)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["catalog", "fresh", "out"]  # no temporary folder left
