"""The schema-driven mapping of one record to triples: each kind of slot, one case each."""

from __future__ import annotations

import pytest

from genocat.build.rdf import RecordMapper, as_terms

BASE = "https://ex.org/dataset/X"
DCT = "http://purl.org/dc/terms/"


def _triples(class_name, record):
    return {(s.value, p.value, str(o)) for s, p, o in as_terms(RecordMapper().triples(BASE, class_name, record))}


@pytest.mark.parametrize(
    ("class_name", "record", "expected"),
    [
        (
            "Dataset",
            {"title": {"en": "A", "hu": "B"}},
            {(BASE, DCT + "title", '"A"@en'), (BASE, DCT + "title", '"B"@hu')},
        ),
        (
            "Dataset",
            {"access_rights": "PUBLIC"},
            {(BASE, DCT + "accessRights", "<http://publications.europa.eu/resource/authority/access-right/PUBLIC>")},
        ),
        (
            "Dataset",
            {"number_of_records": 12},
            {
                (
                    BASE,
                    "http://healthdataportal.eu/ns/health#numberOfRecords",
                    '"12"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>',
                )
            },
        ),
        (
            "Dataset",
            {"health_category": ["HGPD"]},
            {
                (
                    BASE,
                    "http://healthdataportal.eu/ns/health#healthCategory",
                    "<https://hdeu-dcat.data.health.europa.eu/resource/authority/healthcategories/HGPD>",
                )
            },
        ),
        (
            "Dataset",
            {"contact_point": [{"name": "DAC", "email": "dac@ex.org"}]},
            {
                (BASE, "http://www.w3.org/ns/dcat#contactPoint", f"<{BASE}/contact_point/1>"),
                (f"{BASE}/contact_point/1", "http://www.w3.org/2006/vcard/ns#hasEmail", "<mailto:dac@ex.org>"),
            },
        ),
        (
            "Dataset",
            {"provenance": "Collected in 2020."},
            {
                (BASE, DCT + "provenance", f"<{BASE}/provenance>"),
                (f"{BASE}/provenance", "http://www.w3.org/2000/01/rdf-schema#label", '"Collected in 2020."@en'),
            },
        ),
        (
            "Dataset",
            {"publisher": {"iri": "https://ror.org/05wg1m734"}},
            {(BASE, DCT + "publisher", "<https://ror.org/05wg1m734>")},
        ),
        (
            "Dataset",
            {"publisher": {"iri": "https://ror.org/05wg1m734", "name": "Uni"}},
            {
                (BASE, DCT + "publisher", "<https://ror.org/05wg1m734>"),
                ("https://ror.org/05wg1m734", "http://xmlns.com/foaf/0.1/name", '"Uni"@en'),
            },
        ),
    ],
    ids=["language-map", "enum", "datatype", "r8-health-category", "mailto", "statement-node", "bare-iri", "own-iri"],
)
def test_mapping(class_name, record, expected):
    triples = _triples(class_name, record)
    assert expected <= triples
    if "iri" in str(record) and "name" not in str(record):
        assert (
            triples
            == {(BASE, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "<http://www.w3.org/ns/dcat#Dataset>")}
            | expected
        )


def test_gdi_concepts_are_themes_and_r8_categories_health_categories():
    from genocat.build.gdi_alignment import health_categories

    record = {"health_category": ["HGPD"], "genomics": {"data_categories": ["WGS"]}}
    triples = _triples("Dataset", record) | set(health_categories(BASE, record))
    by_predicate = {
        (p.strip("<>").rpartition("#")[2], o.rpartition("/")[2]) for _, p, o in triples if "HGPD" in o or "gdi" in o
    }
    assert by_predicate == {("healthCategory", "HGPD>"), ("theme", "HealthCategoryHumanGenomic>")}


@pytest.mark.parametrize(
    ("value", "datatype"),
    [("2024-01-15", "date"), ("2024-01-15T10:30:00Z", "dateTime"), ("2024-01-15T10:30:00+01:00", "dateTime")],
)
def test_a_date_time_is_written_as_a_date_time(value, datatype):
    triples = _triples("Dataset", {"issued": value})
    assert (BASE, DCT + "issued", f'"{value}"^^<http://www.w3.org/2001/XMLSchema#{datatype}>') in triples


def test_english_only_texts_carry_their_tag():
    triples = _triples("Dataset", {"keywords": ["exome"], "population_coverage": "Adults"})
    assert (BASE, "http://www.w3.org/ns/dcat#keyword", '"exome"@en') in triples
    assert (BASE, "http://healthdataportal.eu/ns/health#populationCoverage", '"Adults"@en') in triples


def test_origins_give_each_node_its_record_pointer():
    mapper = RecordMapper()
    list(mapper.triples(BASE, "Dataset", {"distributions": [{"identifier": "vcf", "access_url": "https://x.org"}]}))
    assert mapper.origins[f"{BASE}/distributions/vcf"] == ("Distribution", "/distributions/0")
