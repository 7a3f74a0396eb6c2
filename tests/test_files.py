"""The catalogue folder's layout: which files are submissions, and what each describes."""

from __future__ import annotations

import pytest

from genocat.files import kind_of


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("catalog/catalog.yaml", "catalogue"),
        ("catalog/hu/catalog.yaml", "node_catalogue"),
        ("catalog/hu/datasets/gdi-hu-x-1.yaml", "dataset"),
        ("elsewhere/ds.json", "dataset"),
    ],
)
def test_kind_follows_the_layout(path, kind):
    from pathlib import Path

    assert kind_of(Path(path)) == kind


@pytest.mark.parametrize("top", ["catalog", "eu"])
def test_a_catalogue_with_node_folders_below_is_the_root_whatever_its_folder_is_called(tmp_path, top):
    """A copy of the whole catalogue in a folder named like a country (`eu/`) keeps its root."""
    for folder in (tmp_path / top, tmp_path / top / "hu"):
        folder.mkdir()
        (folder / "catalog.yaml").write_text("title: {en: x}\n", encoding="utf-8")
    assert kind_of(tmp_path / top / "catalog.yaml") == "catalogue"
    assert kind_of(tmp_path / top / "hu" / "catalog.yaml") == "node_catalogue"


def test_discover_skips_hidden_and_cache_folders(tmp_path):
    from genocat.files import discover

    for name in ("a.yaml", "sub/b.yml", "sub/c.json", ".git/d.yaml", "cache/CACHEDIR.TAG", "cache/e.json", "f.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x: 1\n")
    files, missing = discover([tmp_path, tmp_path / "nowhere"])
    assert [p.relative_to(tmp_path).as_posix() for p in files] == ["a.yaml", "sub/b.yml", "sub/c.json"]
    assert missing == [str(tmp_path / "nowhere")]


def test_discover_sorts_like_paths(tmp_path):
    from pathlib import Path

    from genocat.files import discover

    for name in ("a-b.yaml", "a/b.yaml", "a/a-b.yaml", "a.yaml", "B.yaml"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x: 1\n")
    files, _ = discover([tmp_path])
    assert files == sorted(Path(p) for p in files) and len(files) == 5
