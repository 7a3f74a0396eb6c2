"""The consent matcher against the shared vectors (also run by node on the JavaScript matcher), plus the
DUO terms, ontology loaders and browser export it depends on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from genocat.consent import (
    Conditions,
    ConsentInputError,
    Outcome,
    Purpose,
    load_disease_ontology,
    load_terms,
    match,
)
from genocat.consent.disease_files import bundled, parse_obo
from genocat.consent.diseases import OntologyError
from genocat.consent.export import browser_files, dumps_export, export_for_browser
from genocat.consent.matcher import MODIFIERS, PERMISSIONS
from tests.conftest import load_script, requires_shared

ROOT = Path(__file__).resolve().parents[2]
VECTORS = json.loads((ROOT / "tests" / "consent" / "vectors.json").read_text(encoding="utf-8"))
DUO_OWL = ROOT.parent / "shared" / "external" / "duo" / "duo.owl"


@pytest.mark.parametrize("vector", VECTORS, ids=[v["name"] for v in VECTORS])
def test_vector(vector):
    decision = match(vector["conditions"], vector["purpose"])
    assert decision.outcome.value == vector["expected"], decision.to_dict()
    decisive = {r.condition for r in decision.reasons if r.outcome.value == vector["expected"]}
    assert set(vector.get("expected_reasons_include", [])) <= decisive, decision.to_dict()
    assert all(r.reason for r in decision.reasons)


def test_vectors_cover_every_code_and_outcome():
    assert len(VECTORS) >= 60
    codes = set()
    for vector in VECTORS:
        conditions = vector["conditions"]
        for code in [conditions.get("permission"), *conditions.get("modifiers", [])]:
            term = load_terms().resolve(code) if code else None
            if term and term.shorthand:
                codes.add(term.shorthand)
    assert set(PERMISSIONS) | set(MODIFIERS) <= codes
    assert {"GRU-CC", "RU"} <= codes
    assert {v["expected"] for v in VECTORS} == {o.value for o in Outcome}


def test_one_reason_per_condition_in_order():
    decision = match({"permission": "GRU", "modifiers": ["NPU", "XYZ", "NCU"]}, {"uses": ["GENERAL_RESEARCH"]})
    assert [r.condition for r in decision.reasons] == ["GRU", "NPU", "XYZ", "NCU"]
    assert decision.to_dict()["decision"] == "needs_review"
    assert decision.to_dict()["reasons"][0] == {
        "condition": "GRU",
        "outcome": "permitted",
        "reason": "general research use allows any research purpose",
    }


def test_reasons_name_the_condition_in_plain_language():
    decision = match(
        {"permission": "GRU", "modifiers": ["COL", "DUO:0000005"]},
        {"uses": ["GENERAL_RESEARCH"], "accepts": []},
    )
    texts = [r.reason for r in decision.reasons]
    assert "requires collaboration with the original investigators" in texts[1]
    assert "GRU (DUO:0000042, general research use)" in texts[2]
    assert "CC (DUO:0000043, clinical care use)" in texts[2]


def test_accepts_dataclasses_and_an_explicit_ontology(tmp_path):
    obo = tmp_path / "tiny.obo"
    obo.write_text("[Term]\nid: X:1\nname: parent\n\n[Term]\nid: X:2\nname: child\nis_a: X:1 ! parent\n")
    conditions = Conditions.from_dict({"data_use": {"permission": "DS", "diseases": ["X:1"]}})
    purpose = Purpose.from_dict({"purpose": {"uses": ["disease-research"], "diseases": ["X:2"]}})
    assert match(conditions, purpose, load_disease_ontology(obo)).outcome is Outcome.PERMITTED
    assert match(conditions, purpose).outcome is Outcome.NEEDS_REVIEW  # X:* is not in MONDO


@pytest.mark.parametrize(
    "purpose, message",
    [
        ({"uses": ["SHOPPING"]}, "unknown value"),
        ({"colour": "blue"}, "unknown field"),
        ({"commercial": "maybe"}, "true or false"),
        ({"publication_date": "2027-02-30"}, "date"),
        ({"duration_months": "a year"}, "whole number"),
        ({"organisation_type": "CHARITY"}, "organisation_type"),
        (["not", "a", "mapping"], "mapping"),
    ],
)
def test_purpose_vocabulary_errors(purpose, message):
    with pytest.raises(ConsentInputError, match=message):
        Purpose.from_dict(purpose)


def test_purpose_unknown_facts_are_none():
    purpose = Purpose.from_dict({})
    assert purpose.uses is None and purpose.commercial is None and purpose.accepts is None
    assert Purpose.from_dict({"publication_date": "2027-06-01"}).to_dict() == {"publication_date": "2027-06-01"}


def test_terms_release_and_attribution():
    terms = load_terms()
    assert terms.version == "2021-02-23"
    assert terms.license == "CC BY 4.0"
    assert "GA4GH / EMBL-EBI" in terms.attribution
    ds = terms.resolve("DS")
    assert (ds.id, ds.kind, ds.parent) == ("DUO:0000007", "permission", "DUO:0000006")
    assert ds.parameters == ({"restricted_to": "MONDO:0000001", "type": "term"},)
    assert terms.resolve("MOR").parameters == ({"type": "date"},)
    assert terms.resolve("TS").parameters == ({"type": "months"},)
    assert terms.resolve("NPU").parent == "DUO:0000018"
    assert terms.resolve("nonsense") is None


def test_npoa_id_from_oboinowl_and_alias():
    terms = load_terms()
    npoa = terms.resolve("NPOA")
    assert npoa.id == "DUO:0000044"
    assert npoa.iri == "http://purl.obolibrary.org/obo/DUO_0000044"
    assert terms.resolve("DUO:00000044") is npoa
    assert terms.resolve("http://purl.obolibrary.org/obo/DUO_00000044") is npoa
    assert terms.resolve("DUO_0000044") is npoa


def test_obsolete_terms_both_flags():
    terms = load_terms()
    for curie in ("DUO:0000002", "DUO:0000003", "DUO:0000005", "DUO:0000014"):
        assert terms.resolve(curie).obsolete, curie
    assert terms.resolve("GRU-CC").replaced_by == ("DUO:0000042", "DUO:0000043")
    assert terms.resolve("RU").replaced_by == ()
    assert not any(t.obsolete for t in terms.terms.values() if t.shorthand in PERMISSIONS or t.shorthand in MODIFIERS)


@requires_shared
def test_duo_terms_json_is_reproducible_from_the_release():
    module = load_script("build_duo_terms")
    built = json.dumps(module.build(DUO_OWL), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    committed = (ROOT / "src" / "genocat" / "data" / "duo_terms.json").read_text(encoding="utf-8")
    assert built == committed


OBO_TEXT = """format-version: 1.2
data-version: test/2024-01-01

[Term]
id: MONDO:0000001
name: disease

[Term]
id: MONDO:0000010
name: parent disease
is_a: MONDO:0000001 ! disease

[Term]
id: MONDO:0000011
name: child disease
is_a: MONDO:0000010 {source="test"} ! parent disease

[Term]
id: MONDO:0000012
name: obsolete child
is_obsolete: true
is_a: MONDO:0000010

[Typedef]
id: part_of
name: part of
"""


def test_obo_loader(tmp_path):
    path = tmp_path / "test.obo"
    path.write_text(OBO_TEXT, encoding="utf-8")
    onto = load_disease_ontology(path)
    assert onto.version == "test/2024-01-01"
    assert onto.labels["MONDO:0000011"] == "child disease"
    assert onto.ancestors("MONDO:0000011") == {"MONDO:0000010", "MONDO:0000001"}
    assert onto.covers("MONDO:0000010", "MONDO:0000011") is True
    assert onto.covers("MONDO:0000011", "MONDO:0000010") is False
    assert "MONDO:0000012" not in onto and "part_of" not in onto


OWL_XML = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"
         xmlns:owl="http://www.w3.org/2002/07/owl#">
  <owl:Ontology rdf:about="http://purl.obolibrary.org/obo/mondo.owl">
    <owl:versionIRI rdf:resource="http://purl.obolibrary.org/obo/mondo/releases/2024-01-01/mondo.owl"/>
  </owl:Ontology>
  <owl:Class rdf:about="http://purl.obolibrary.org/obo/MONDO_0000001"><rdfs:label>disease</rdfs:label></owl:Class>
  <owl:Class rdf:about="http://purl.obolibrary.org/obo/MONDO_0004992">
    <rdfs:label>cancer</rdfs:label>
    <rdfs:subClassOf rdf:resource="http://purl.obolibrary.org/obo/MONDO_0000001"/>
  </owl:Class>
  <owl:Class rdf:about="http://purl.obolibrary.org/obo/MONDO_0007254">
    <rdfs:label>breast cancer</rdfs:label>
    <rdfs:subClassOf rdf:resource="http://purl.obolibrary.org/obo/MONDO_0004992"/>
    <rdfs:subClassOf><owl:Restriction>
      <owl:onProperty rdf:resource="http://purl.obolibrary.org/obo/RO_0004026"/>
      <owl:someValuesFrom rdf:resource="http://purl.obolibrary.org/obo/UBERON_0000310"/>
    </owl:Restriction></rdfs:subClassOf>
  </owl:Class>
  <owl:Class rdf:about="http://purl.obolibrary.org/obo/MONDO_0000999">
    <rdfs:label>obsolete thing</rdfs:label>
    <owl:deprecated rdf:datatype="http://www.w3.org/2001/XMLSchema#boolean">true</owl:deprecated>
  </owl:Class>
</rdf:RDF>
"""

OWL_TTL = """@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix obo: <http://purl.obolibrary.org/obo/> .
obo:MONDO_0000001 a owl:Class ; rdfs:label "disease" .
obo:MONDO_0005015 a owl:Class ; rdfs:label "diabetes mellitus" ; rdfs:subClassOf obo:MONDO_0000001 .
obo:MONDO_0005148 a owl:Class ; rdfs:label "type 2 diabetes mellitus" ; rdfs:subClassOf obo:MONDO_0005015 .
"""


def test_owl_loader_rdfxml(tmp_path):
    path = tmp_path / "mini.owl"
    path.write_text(OWL_XML, encoding="utf-8")
    onto = load_disease_ontology(path)
    assert onto.version.endswith("2024-01-01/mondo.owl")
    assert onto.parents["MONDO:0007254"] == ("MONDO:0004992",)
    assert onto.labels["MONDO:0007254"] == "breast cancer"
    assert "MONDO:0000999" not in onto
    decision = match(
        {"permission": "DS", "diseases": ["MONDO:0004992"]},
        {"uses": ["DISEASE_RESEARCH"], "diseases": ["MONDO:0007254"]},
        onto,
    )
    assert decision.outcome is Outcome.PERMITTED


def test_owl_loader_turtle(tmp_path):
    path = tmp_path / "mini.ttl"
    path.write_text(OWL_TTL, encoding="utf-8")
    onto = load_disease_ontology(path)
    assert onto.covers("MONDO:0005015", "MONDO:0005148") is True
    assert onto.covers("MONDO:0005148", "MONDO:0005015") is False


def test_ontology_errors(tmp_path):
    with pytest.raises(OntologyError, match="cannot read"):
        load_disease_ontology(tmp_path / "missing.obo")
    bad = tmp_path / "bad.owl"
    bad.write_text("this is not RDF <<<", encoding="utf-8")
    with pytest.raises(OntologyError, match="not readable"):
        load_disease_ontology(bad)


def test_export_is_deterministic_and_complete():
    conditions = {"B": {"permission": "GRU"}, "A": {"permission": "DS", "diseases": ["mondo:0007254", "DOID:1612"]}}
    first = dumps_export(export_for_browser(conditions, bundled()))
    second = dumps_export(export_for_browser(dict(reversed(conditions.items())), bundled()))
    assert first == second
    data = json.loads(first)
    assert list(data["conditions"]) == ["A", "B"]
    assert data["conditions"]["A"] == {"diseases": ["MONDO:0007254", "DOID:1612"], "permission": "DS"}
    assert data["diseases"] == {
        "file": "mondo.json",
        "version": "2023-08-01",
        "attribution": bundled().attribution,
        "labels": {"DOID:1612": "breast cancer", "MONDO:0007254": "breast cancer"},
    }
    assert "IS" in data["regions"]["EEA"] and "IS" not in data["regions"]["EU"]
    assert data["duo"]["terms"]["DUO:0000005"]["replaced_by"] == ["DUO:0000042", "DUO:0000043"]


def test_browser_files_ship_the_package_mondo_file():
    files = browser_files({"A": {"permission": "DS", "diseases": ["MONDO:0007254"]}})
    assert sorted(files) == ["consent.json", "mondo.json"]
    assert files["mondo.json"] == (ROOT / "src" / "genocat" / "data" / "mondo.json").read_text(encoding="utf-8")
    assert json.loads(files["consent.json"])["diseases"]["file"] == "mondo.json"


def test_js_fixture_is_fresh():
    module = load_script("export_js_fixture")
    committed = (ROOT / "tests" / "js" / "fixture-export.json").read_text(encoding="utf-8")
    assert module.build_fixture_text() == committed, "run: python scripts/export_js_fixture.py"


def test_parse_obo_adds_missing_parents():
    onto = parse_obo("[Term]\nid: A:1\nis_a: A:0\n")
    assert onto.parents == {"A:1": ("A:0",), "A:0": ()}


def _js_list(text: str, name: str) -> list[str]:
    import re

    body = re.search(rf"const {name} = \[(.*?)\];", text, re.S).group(1)
    return re.findall(r'"([A-Z_a-z]+)"', body)


def test_browser_vocabulary_is_the_python_vocabulary():
    from dataclasses import fields

    from genocat.consent import purpose

    text = (ROOT / "src" / "genocat" / "site_assets" / "consent-vocabulary.mjs").read_text(encoding="utf-8")
    assert _js_list(text, "PURPOSE_FIELDS") == [f.name for f in fields(Purpose)]
    assert _js_list(text, "USES") == list(purpose.USES)
    assert _js_list(text, "SENSITIVE_TOPICS") == list(purpose.SENSITIVE_TOPICS)
    assert _js_list(text, "OBLIGATIONS") == list(purpose.OBLIGATIONS)
    assert _js_list(text, "DATA_TYPES") == list(purpose.DATA_TYPES)
