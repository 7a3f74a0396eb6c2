"""The genocat mkdocs plugin: registered as an entry point; its page lists the built catalogue.
(`tests/test_docs.py` runs `mkdocs build --strict` with the plugin enabled in mkdocs.yml.)"""

from __future__ import annotations

from importlib.metadata import entry_points

from genocat.site.mkdocs_plugin import GenocatPlugin, overview


def test_the_plugin_is_an_entry_point_of_mkdocs():
    found = [e for e in entry_points(group="mkdocs.plugins") if e.name == "genocat"]
    assert [e.load() for e in found] == [GenocatPlugin]


def test_the_overview_page_links_into_the_published_catalogue(site):
    text = overview(site, 57)
    assert "57 datasets from 13 nodes" in text
    assert "[Open the catalogue](published/index.html)" in text
    assert "| [Hungary genomic data node (demo)](published/nodes/gdi-hu-node.html) | 5 | 8,730 |" in text
    for link in ("published/nodes/gdi-hu-node.html", "published/search/index.html"):
        assert (site / link.removeprefix("published/")).is_file()
