"""`genocat match` on a small catalogue: text and JSON output, --conditions, and unreadable input."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from genocat.commands.match import match

PURPOSE = """purpose:
  uses: [DISEASE_RESEARCH]
  diseases: [MONDO:0007254]
  commercial: false
  organisation_type: NOT_FOR_PROFIT
  country: DE
  accepts: [PUBLICATION]
  publication_date: 2027-06-01
"""

DATASETS = {
    "nordic/datasets/bc.yaml": """identifier: EGAD00000000001
title: Breast cancer cohort
data_use:
  permission: DS
  diseases: [MONDO:0004992]
  modifiers: [NPU, PUB, MOR]
  moratorium_until: 2027-01-01
""",
    "nordic/datasets/cf.yaml": """identifier: EGAD00000000002
data_use:
  permission: DS
  diseases: [MONDO:0009061]
""",
    "south/datasets/gru.yaml": """identifier: EGAD00000000003
data_use:
  permission: GRU
  modifiers: [GS, COL]
  places: ["NO", SE]
""",
}


@pytest.fixture
def catalog(tmp_path):
    for rel, text in DATASETS.items():
        path = tmp_path / "catalog" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (tmp_path / "purpose.yaml").write_text(PURPOSE, encoding="utf-8")
    return tmp_path


def run(*args):
    return CliRunner().invoke(match, [str(a) for a in args], catch_exceptions=False)


def test_text_format(catalog):
    result = run("--purpose", catalog / "purpose.yaml", catalog / "catalog")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "EGAD00000000001: permitted"
    assert lines[1].startswith("  DS (permitted): research on breast cancer (MONDO:0007254)")
    assert "EGAD00000000002: not_permitted" in lines
    assert "EGAD00000000003: not_permitted" in lines
    assert "  GS (not_permitted): use is limited to NO, SE; DE is outside it" in lines
    assert any(line.startswith("  COL (needs_review): requires collaboration") for line in lines)


def test_json_format(catalog):
    result = run("--purpose", catalog / "purpose.yaml", catalog / "catalog", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert [d["dataset"] for d in data] == ["EGAD00000000001", "EGAD00000000002", "EGAD00000000003"]
    assert [d["decision"] for d in data] == ["permitted", "not_permitted", "not_permitted"]
    assert data[0]["reasons"][0] == {
        "condition": "DS",
        "outcome": "permitted",
        "reason": "research on breast cancer (MONDO:0007254) is covered by the dataset's diseases "
        "(cancer (MONDO:0004992))",
    }
    assert [r["condition"] for r in data[0]["reasons"]] == ["DS", "NPU", "PUB", "MOR"]


def test_conditions_file(catalog):
    conditions = catalog / "conditions.yaml"
    conditions.write_text("data_use:\n  permission: HMB\n  modifiers: [NCU]\n", encoding="utf-8")
    result = run("--purpose", catalog / "purpose.yaml", "--conditions", conditions, "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.output) == [
        {
            "dataset": "conditions",
            "decision": "permitted",
            "reasons": [
                {
                    "condition": "HMB",
                    "outcome": "permitted",
                    "reason": "health, medical or biomedical research is allowed",
                },
                {"condition": "NCU", "outcome": "permitted", "reason": "the use is not commercial"},
            ],
        }
    ]
    bare = catalog / "bare.yaml"
    bare.write_text("permission: POA\n", encoding="utf-8")
    result = run("--purpose", catalog / "purpose.yaml", "--conditions", bare)
    assert result.output.splitlines()[0] == "bare: not_permitted"


def test_disease_ontology_option(catalog):
    obo = catalog / "onto.obo"
    obo.write_text("[Term]\nid: MONDO:0009061\nname: cf\n\n[Term]\nid: MONDO:0007254\nis_a: MONDO:0009061\n")
    result = run("--purpose", catalog / "purpose.yaml", catalog / "catalog", "--disease-ontology", obo)
    assert result.exit_code == 0
    assert "EGAD00000000002: permitted" in result.output.splitlines()


@pytest.mark.parametrize(
    "purpose_text, message",
    [
        ("purpose: [unclosed", "not valid YAML"),
        ("purpose:\n  uses: [TRAVEL]\n", "unknown value(s) TRAVEL"),
        ("- just\n- a list\n", "not a mapping"),
    ],
)
def test_bad_purpose_file(catalog, purpose_text, message):
    bad = catalog / "bad.yaml"
    bad.write_text(purpose_text, encoding="utf-8")
    result = run("--purpose", bad, catalog / "catalog")
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_unreadable_inputs(catalog):
    purpose = catalog / "purpose.yaml"
    missing = run("--purpose", catalog / "missing.yaml", catalog / "catalog")
    assert missing.exit_code == 2 and "cannot be read" in missing.output
    assert run("--purpose", purpose).exit_code == 2
    both = run("--purpose", purpose, catalog / "catalog", "--conditions", purpose)
    assert both.exit_code == 2 and "exactly one" in both.output
    assert run("--purpose", purpose, catalog / "nowhere").exit_code == 2
    onto = run("--purpose", purpose, catalog / "catalog", "--disease-ontology", catalog / "none.obo")
    assert onto.exit_code == 2 and "cannot read disease ontology" in onto.output
    broken = catalog / "catalog" / "south" / "datasets" / "broken.yaml"
    broken.write_text("identifier: X\ndata_use:\n  moratorium_until: someday\n", encoding="utf-8")
    result = run("--purpose", purpose, catalog / "catalog")
    assert result.exit_code == 2 and "dataset X" in result.output


@pytest.mark.parametrize(
    ("purpose_text", "field", "allowed"),
    [
        ("purpose:\n  colour: blue\n", "colour", "uses, diseases, commercial"),
        ("purpose:\n  sensitive_topics: [GOSSIP]\n", "'sensitive_topics'", "CHILDREN, SINGLE_SEX"),
        ("purpose:\n  request_date: yesterday\n", "'request_date'", "a date like 2027-01-01"),
    ],
)
def test_bad_purpose_names_file_field_and_allowed_values(catalog, purpose_text, field, allowed):
    bad = catalog / "bad.yaml"
    bad.write_text(purpose_text, encoding="utf-8")
    result = run("--purpose", bad, catalog / "catalog")
    assert result.exit_code == 2
    message = result.output.strip()
    assert message.startswith(f"genocat match: error: {bad}: ") and field in message and allowed in message


def test_any_disease_code_in_purpose_and_submissions(catalog):
    purpose = catalog / "doid.yaml"
    purpose.write_text(
        "purpose:\n  uses: [DISEASE_RESEARCH]\n  diseases: [DOID:1612]\n  sensitive_topics: [CHILDREN]\n"
        "  request_date: 2026-12-04\n",
        encoding="utf-8",
    )
    conditions = catalog / "orpha.yaml"
    conditions.write_text("data_use:\n  permission: DS\n  diseases: [Orphanet:586]\n", encoding="utf-8")
    result = run("--purpose", purpose, "--conditions", conditions, "--format", "json")
    assert result.exit_code == 0
    reasons = {r["condition"]: r["outcome"] for r in json.loads(result.output)[0]["reasons"]}
    assert reasons == {"DS": "not_permitted", "SENSITIVE": "needs_review"}
