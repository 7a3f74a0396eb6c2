"""schema.org JSON-LD of dataset pages: Google Dataset Search's description bounds, free access, escaping."""

from __future__ import annotations

import json

import pytest

from genocat.site.jsonld import MAX_DESCRIPTION, MIN_DESCRIPTION, description, script_text
from tests.site.conftest import jsonld_of

ENTRY = {"id": "X-1", "title": "T", "node_title": "Node"}


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Short.", "Short. Genomic dataset T (X-1) held by Node"),
        ("", "Genomic dataset T (X-1) held by Node"),
        ("x" * 6000, "xxx"),
        ("A description long enough to stand on its own as it is written.", "A description long enough"),
    ],
)
def test_the_description_is_50_to_5000_characters(text, starts):
    result = description(ENTRY, {"description": {"en": text}})
    assert MIN_DESCRIPTION <= len(result) <= MAX_DESCRIPTION and result.startswith(starts)


@pytest.mark.parametrize(("page", "free"), [("GOE-BE-GHENT-1", True), ("GDI-HU-PECS-1", False)])
def test_free_access_follows_the_access_rights(site, page, free):
    doc = jsonld_of((site / "datasets" / f"{page}.html").read_text(encoding="utf-8"))
    assert doc["isAccessibleForFree"] is free


def test_script_text_cannot_close_its_element():
    text = script_text({"name": "</script><!-- & -->"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"name": "</script><!-- & -->"}
