"""The site is part of the build's guarantees: byte-identical rebuilds, incremental pages with the
cache, --no-site, the refusal rules, and the CLI end to end."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from genocat.build import build
from genocat.cli import main
from tests.conftest import ROOT
from tests.site.conftest import copy_catalog, tree


def test_rebuild_is_byte_identical(site, tmp_path):
    """A second build, in another process and folder, writes the same bytes, search document included."""
    out = tmp_path / "again"
    code = f"from genocat.build import build; build({str(ROOT / 'catalog')!r}, {str(out)!r}, jobs=2)"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=tmp_path)
    first, second = tree(site), tree(out)
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []
    assert "data/search/documents.json" in first


@pytest.fixture
def catalog(tmp_path):
    return copy_catalog(tmp_path / "catalog")


def _edit_title(catalog, text="Hungarian undiagnosed rare disease whole-genome cohort, revised"):
    path = catalog / "hu" / "datasets" / "gdi-hu-semmelweis-1.yaml"
    source = path.read_text(encoding="utf-8")
    changed = source.replace("  en: Hungarian undiagnosed rare disease whole-genome cohort\n", f"  en: {text}\n", 1)
    assert changed != source
    path.write_text(changed, encoding="utf-8")


def test_incremental_rebuild_keeps_unchanged_pages_and_writes_what_a_full_build_writes(catalog, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    first = build(catalog, out, cache_dir=cache, jobs=1)
    assert first.site["dataset pages kept"] == 0
    inodes = {p.name: p.stat().st_ino for p in (out / "datasets").glob("*.html")}
    _edit_title(catalog)
    second = build(catalog, out, cache_dir=cache, jobs=1)
    assert second.site["dataset pages kept"] == 56
    now = {p.name: p.stat().st_ino for p in (out / "datasets").glob("*.html")}
    changed = sorted(name for name in now if now[name] != inodes[name])
    assert changed == ["GDI-HU-SEMMELWEIS-1.html"]
    assert "revised" in (out / "datasets" / "GDI-HU-SEMMELWEIS-1.html").read_text(encoding="utf-8")
    assert "revised" in (out / "nodes" / "gdi-hu-node.html").read_text(encoding="utf-8")
    assert "revised" in (out / "data" / "datasets.json").read_text(encoding="utf-8")
    assert "revised" in (out / "data" / "search" / "documents.json").read_text(encoding="utf-8")
    full = tmp_path / "full"
    build(catalog, full, jobs=1)
    assert tree(out) == tree(full)


def test_a_change_search_does_not_see_leaves_the_search_document_as_it_was(catalog, tmp_path):
    """The search document is written whole at every build (no index to keep): same input, same bytes."""
    out, cache = tmp_path / "out", tmp_path / "cache"
    build(catalog, out, cache_dir=cache, jobs=1)
    before = (out / "data" / "search" / "documents.json").read_bytes()
    path = catalog / "hu" / "datasets" / "gdi-hu-pecs-1.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("provenance: ", "provenance: Revised. ", 1), "utf-8")
    again = build(catalog, out, cache_dir=cache, jobs=1)
    assert again.site["dataset pages kept"] == 56
    assert (out / "data" / "search" / "documents.json").read_bytes() == before
    assert "Revised." in (out / "datasets" / "GDI-HU-PECS-1.html").read_text(encoding="utf-8")
    full = tmp_path / "full"
    build(catalog, full, jobs=1)
    assert tree(out) == tree(full)


def test_a_node_change_rewrites_its_datasets_pages(catalog, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    build(catalog, out, cache_dir=cache, jobs=1)
    node = catalog / "hu" / "catalog.yaml"
    node.write_text(node.read_text(encoding="utf-8").replace("Hungary genomic data node (demo)", "HU node"), "utf-8")
    again = build(catalog, out, cache_dir=cache, jobs=1)
    assert again.site["dataset pages kept"] == 57 - 5
    assert "HU node" in (out / "datasets" / "GDI-HU-PECS-1.html").read_text(encoding="utf-8")


def test_a_page_edited_in_the_output_is_written_again(catalog, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    build(catalog, out, cache_dir=cache, jobs=1)
    page = out / "datasets" / "GDI-HU-PECS-1.html"
    original = page.read_bytes()
    os.unlink(page)
    page.write_bytes(b"defaced")
    again = build(catalog, out, cache_dir=cache, jobs=1)
    assert again.site["dataset pages kept"] == 56 and page.read_bytes() == original


def test_no_site_writes_the_rdf_only(catalog, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(catalog), "--out", str(out), "--no-site"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert (out / "catalogue.ttl").is_file() and (out / "datasets" / "GDI-HU-PECS-1.ttl").is_file()
    assert not (out / "index.html").exists() and not (out / "data").exists()
    assert not list((out / "datasets").glob("*.html")) and "Site:" not in result.output


def test_cli_builds_the_site_and_says_how_to_look_at_it(catalog, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(catalog), "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert f"Site: {out / 'index.html'} (57 dataset pages)" in result.output
    assert f"python -m http.server -d {out} 8000" in result.output
    assert (out / "index.html").is_file() and (out / "datasets" / "GDI-HU-PECS-1.html").is_file()


def test_errors_stop_the_build_and_leave_the_previous_site(catalog, tmp_path):
    out = tmp_path / "out"
    build(catalog, out, jobs=1)
    before = tree(out)
    path = catalog / "hu" / "datasets" / "gdi-hu-pecs-1.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("access_rights: NON_PUBLIC\n", ""), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(catalog), "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 1 and "GC201" in result.output
    assert tree(out) == before


def test_a_failing_site_step_leaves_the_previous_output(catalog, tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(catalog, out, jobs=1)
    before = tree(out)
    from genocat.site import search_index

    def full_disk(_gathered, **_options):
        raise OSError(28, "No space left on device", search_index.PATH)

    monkeypatch.setattr(search_index, "documents", full_disk)
    result = CliRunner().invoke(main, ["build", str(catalog), "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 2 and "No space left on device" in result.output
    assert tree(out) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


def test_refuses_to_replace_a_folder_that_is_not_a_build(catalog, tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "index.html").write_text("my own site", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(catalog), "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 2 and "not a genocat build output" in result.output
    assert (out / "index.html").read_text(encoding="utf-8") == "my own site"


def test_site_url_makes_the_sitemap_absolute(catalog, tmp_path):
    out = tmp_path / "out"
    args = ["build", str(catalog), "--out", str(out), "--site-url", "https://catalogue.example.eu/gdi"]
    assert CliRunner().invoke(main, args, catch_exceptions=False).exit_code == 0
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://catalogue.example.eu/gdi/datasets/GDI-HU-PECS-1.html</loc>" in sitemap
    assert "Sitemap: https://catalogue.example.eu/gdi/sitemap.xml" in (out / "robots.txt").read_text(encoding="utf-8")
