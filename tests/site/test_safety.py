"""Hostile metadata shows as text: in every page type and in datasets.json; links from metadata
keep only http, https and mailto; nothing is written outside the output folder."""

from __future__ import annotations

import json
import re

import pytest
import yaml

from genocat.build import build
from genocat.site.records import access_body
from genocat.site.step import _write
from genocat.site.words import safe_url
from tests.site.conftest import copy_catalog, jsonld_of

TITLE = "</script><script>alert(1)</script><img src=x onerror=alert(2)>"
KEYWORD = '"><svg onload=alert(3)>'


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    catalog = copy_catalog(folder / "catalog")
    path = catalog / "hu" / "datasets" / "gdi-hu-pecs-1.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["title"]["en"] = TITLE
    data["keywords"].append(KEYWORD)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    node = catalog / "hu" / "catalog.yaml"
    node_data = yaml.safe_load(node.read_text(encoding="utf-8"))
    node_data["title"]["en"] = "Node <b onmouseover=alert(6)>"
    node.write_text(yaml.safe_dump(node_data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    out = folder / "out"
    build(catalog, out, jobs=1)
    return out


PAGES = [
    "index.html",
    "datasets/GDI-HU-PECS-1.html",
    "nodes/gdi-hu-node.html",
    "compliance/index.html",
    "compliance/gdi-hu-node.html",
    "statistics/index.html",
]


@pytest.mark.parametrize("page", PAGES)
def test_hostile_text_is_escaped(hostile, page):
    html = (hostile / page).read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html and "<svg onload" not in html
    assert "<b onmouseover" not in html
    assert not re.search(r"<[^>]*\son(error|load|mouseover)=", html)
    assert "javascript:" not in html


def test_the_hostile_title_is_shown_as_text(hostile):
    html = (hostile / "datasets" / "GDI-HU-PECS-1.html").read_text(encoding="utf-8")
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in html
    doc = jsonld_of(html)  # the JSON-LD block is not ended early by the title's </script>
    assert doc["name"] == TITLE and KEYWORD in doc["keywords"]


def test_datasets_json_keeps_the_text_as_data(hostile):
    text = (hostile / "data" / "datasets.json").read_text(encoding="utf-8")
    pecs = next(e for e in json.loads(text)["datasets"] if e["id"] == "GDI-HU-PECS-1")
    assert pecs["title"] == TITLE and pecs["node_title"] == "Node <b onmouseover=alert(6)>"


def test_unsafe_links_are_dropped_from_the_access_body():
    """Validation already refuses such URLs in URL fields (GC204); the site does not rely on it."""
    agent = {
        "name": "Body",
        "homepage": "javascript:alert(5)",
        "contact_point": {"email": "a@b.example", "contact_page": "javascript:alert(4)"},
    }
    body = access_body({"hdab": agent})
    assert body["url"] is None and body["apply_url"] is None and body["email"] == "a@b.example"


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.org/a", True),
        ("http://example.org", True),
        ("mailto:a@example.org", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("data:text/html,x", False),
        ("vbscript:x", False),
        ('https://example.org/"onmouseover=x', False),
        ("//evil.example", False),
        (" https://example.org", False),
        ("", False),
        (None, False),
    ],
)
def test_only_http_https_and_mailto_links_are_kept(url, kept):
    assert (safe_url(url) is not None and safe_url(url) == url) is kept


@pytest.mark.parametrize("name", ["../escape.html", "datasets/../../escape.html", "/etc/escape"])
def test_nothing_is_written_outside_the_site_folder(tmp_path, name):
    site = tmp_path / "site"
    site.mkdir()
    with pytest.raises(ValueError, match="outside the site folder"):
        _write(site, name, b"x")
    assert not (tmp_path / "escape.html").exists()
