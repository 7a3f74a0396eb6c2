"""The harvest report as text (a small golden file) and as JSON (the result, serialised)."""

from __future__ import annotations

import json
from pathlib import Path

from genocat.harvest.node import NodeResult, Problem
from genocat.harvest.report import as_dict, as_json, text
from genocat.harvest.run import HarvestResult
from genocat.rdf_import.report import Entry

GOLDEN = Path(__file__).parent / "golden"


def sample() -> HarvestResult:
    node = NodeResult("nl", "https://fdp.example.nl/", "fdp", Path("catalog/nl"), fetched=4)
    node.added = ["datasets/gdi-nl-radboud-4.yaml"]
    node.changed = ["datasets/gdi-nl-radboud-2.yaml"]
    node.removed = ["datasets/gdi-nl-radboud-3.yaml"]
    node.unchanged = ["catalog.yaml"]
    node.conflicts = [Problem("datasets/gdi-nl-radboud-1.yaml", "datasets/gdi-nl-radboud-1.yaml: edited by hand")]
    node.faults = [Problem("https://fdp.example.nl/dataset/5", "HTTP 404 Not Found")]
    node.not_mapped = {
        "datasets/gdi-nl-radboud-4.yaml": [
            Entry("dcat:landingPage", "<https://fdp.example.nl/dataset/4>", "unmapped", "no genocat field", 1, ("<x>",))
        ]
    }
    empty = NodeResult("be", "exports/be.ttl", "document", Path("catalog/be"))
    return HarvestResult([node, empty])


def test_text_report_matches_the_golden_file():
    assert text(sample()) == (GOLDEN / "report.txt").read_text()


def test_quiet_text_leaves_out_the_not_mapped_tables():
    assert "not mapped" not in text(sample(), details=False)


def test_json_is_the_result_and_says_the_exit_code():
    document = json.loads(as_json(sample()))
    assert document == as_dict(sample())
    assert document["exit_code"] == 1
    nl = document["nodes"][0]
    assert nl["errors"] == [
        {"url": "https://fdp.example.nl/dataset/5", "message": "https://fdp.example.nl/dataset/5: HTTP 404 Not Found"}
    ]
    assert nl["not_mapped"]["datasets/gdi-nl-radboud-4.yaml"][0]["values"] == ["<x>"]
