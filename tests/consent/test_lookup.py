"""Disease search and show (genocat.consent.lookup) and `genocat diseases`. tests/consent/search.json is shared
with the browser's disease-search.mjs (tests/js/search.test.mjs), so both rank the same way."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from genocat.commands.diseases import diseases
from genocat.consent.lookup import search_diseases, show_disease
from tests.conftest import ROOT

CASES = json.loads((ROOT / "tests" / "consent" / "search.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["query"] or "(empty)" for c in CASES])
def test_shared_search_case(case):
    hits = search_diseases(case["query"], case["limit"])
    assert [[h.id, h.match] for h in hits] == case["expected"]


def test_search_cases_cover_every_kind_of_match():
    kinds = {match for case in CASES for _, match in case["expected"]}
    assert kinds == {"id", "xref", "replacement", "label"}
    assert any(not case["expected"] for case in CASES)


def test_show_a_term():
    info = show_disease("DOID:1612")
    assert (info.query, info.id, info.label) == ("DOID:1612", "MONDO:0007254", "breast cancer")
    assert ("MONDO:0004992", "cancer") in info.ancestors
    assert info.parents == (("MONDO:0003274", "thoracic cancer"), ("MONDO:0021100", "breast neoplasm"))
    assert info.xrefs == ("DOID:1612", "ICD10:C50")


@pytest.mark.parametrize(
    ("code", "replaced_by", "candidates"),
    [
        ("MONDO:0000002", "MONDO:0009299", ()),
        ("ICD10:C50", None, ("MONDO:0003582", "MONDO:0007254", "MONDO:0016266", "MONDO:0016267")),
        ("DOID:99999999", None, ()),
    ],
)
def test_show_a_code_that_stands_for_no_single_term(code, replaced_by, candidates):
    info = show_disease(code)
    assert info.id is None and info.problem
    assert (info.replaced_by, info.candidates) == (replaced_by, candidates)


def run(*args):
    return CliRunner().invoke(diseases, list(args), catch_exceptions=False)


def test_cli_search_text_and_json():
    result = run("search", "breast cancer", "--limit", "2")
    assert result.exit_code == 0
    assert result.output.splitlines() == [
        "MONDO:0007254  breast cancer",
        "MONDO:0800418  breast cancer, familial, susceptibility to, 1",
    ]
    data = json.loads(run("search", "ORPHA:586", "--format", "json").output)
    assert data == [{"id": "MONDO:0009061", "label": "cystic fibrosis", "match": "xref", "code": "ORPHA:586"}]


def test_cli_search_nothing_found_exits_1():
    result = run("search", "zzzz")
    assert result.exit_code == 1 and "no disease matches 'zzzz'" in result.output


def test_cli_show():
    result = run("show", "MONDO:0007254")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "MONDO:0007254  breast cancer"
    assert "  parent: MONDO:0003274  thoracic cancer" in lines and "  xref: DOID:1612" in lines
    obsolete = run("show", "MONDO:0000002", "--format", "json")
    assert obsolete.exit_code == 1
    assert json.loads(obsolete.output)["replaced_by"] == "MONDO:0009299"
