"""Texts HealthDCAT-AP R8 allows in several languages come into genocat with every language and go back out
the same: an agent's foaf:name, the population coverage and a variable table's keywords
(tests/data/import/languages.ttl). The publisher's dct:description is the exception the standard makes (at
most one Publisher Note): its second language is reported, with that reason."""

from __future__ import annotations

import json

from rdflib import Literal, URIRef
from rdflib.compare import isomorphic

from genocat.rdf_import import import_files
from genocat.validator import validate
from tests.conftest import DATA
from tests.test_import import _graph, _round_trip, invoke

SOURCE = DATA / "import" / "languages.ttl"
PUBLISHER = URIRef("https://x.example/agent/1")
DESCRIPTION = URIRef("http://purl.org/dc/terms/description")
SECOND_NOTE = (PUBLISHER, DESCRIPTION, Literal("A metaadatokat negyedévente felülvizsgáljuk.", lang="hu"))


def test_every_language_is_kept_in_the_english_field_and_its_translations(tmp_path):
    result = import_files([SOURCE], tmp_path / "out")
    [record] = result.records
    data = record.data
    assert (data["publisher"]["name"], data["publisher"]["name_translated"]) == (
        "Semmelweis University",
        {"de": "Semmelweis-Universität", "hu": "Semmelweis Egyetem"},
    )
    assert data["creators"][0]["name_translated"] == {"fi": "Suomen Biopankkiosuuskunta"}
    assert (data["population_coverage"], data["population_coverage_translated"]) == (
        "Adults living in Finland",
        {"fi": "Suomessa asuvat aikuiset"},
    )
    table = data["variables"]["tables"][0]
    assert (table["keywords"], table["keywords_translated"]) == (["age", "participants"], {"hu": ["résztvevők"]})


def test_only_the_publishers_second_description_is_reported_with_the_standards_reason(tmp_path):
    result = import_files([SOURCE], tmp_path / "out")
    rows = [(r.predicate, r.subject, r.kind, r.values) for r in result.not_mapped]
    assert rows == [("dct:description", f"<{PUBLISHER}>", "unmapped", (SECOND_NOTE[2].n3(),))]
    assert "HealthDCAT-AP R8 allows a publisher one dct:description" in result.not_mapped[0].reason


def test_the_records_build_back_into_the_source(tmp_path):
    source, rebuilt, _ = _round_trip(SOURCE, tmp_path)
    expected = source - {SECOND_NOTE}
    assert len(expected) == len(source) - 1
    assert isomorphic(_graph(rebuilt), _graph(expected))


def test_the_imported_record_has_no_finding_on_its_texts(tmp_path):
    """The source is a small record, not a GDI dataset: what validation asks for is genocat's required fields
    (and the contact point the GDI shapes want), never anything about the translated texts."""
    import_files([SOURCE], tmp_path / "out")
    findings = validate([tmp_path / "out"]).findings
    assert {(f.code, f.line, f.pointer) for f in findings} == {("GC201", 2, "")}  # all on the dataset itself
    assert sorted(f.message.split("'")[1] for f in findings) == [
        "access_rights", "applicable_legislation", "contact_point", "data_use", "dataset_type", "description",
        "distributions", "genomics", "has_structured_data", "hdab", "health_category", "keywords", "provenance",
        "spatial", "theme",
    ]  # fmt: skip


def test_the_cli_report_lists_just_the_second_description(runner, tmp_path):
    report = tmp_path / "report.json"
    result = invoke(runner, SOURCE, "--out", tmp_path / "out", "--report", report)
    assert result.exit_code == 1, result.stderr
    written = json.loads(report.read_text())
    assert written["nothing_lost"] is False
    assert [(r["predicate"], r["kind"]) for r in written["not_mapped"]] == [("dct:description", "unmapped")]
