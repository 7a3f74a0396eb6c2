"""labels.py: what pages and reports show instead of codes, keys and IRIs."""

import pytest

from genocat import labels


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (lambda: labels.field_label("Dataset", "number_of_unique_individuals"), "Number of unique individuals"),
        (lambda: labels.field_label("Distribution", "access_url"), "Access URL"),
        (lambda: labels.field_label("Dataset", "hdab"), "Health data access body"),
        (lambda: labels.field_label("Dataset", "hdab_coordinator"), "Health data access body coordinator"),
        (lambda: labels.field_label("Dataset", "min_typical_age"), "Minimum typical age"),
        (lambda: labels.field_label("DataUseConditions", "time_limit_months"), "Time limit (months)"),
        (
            lambda: labels.field_label("Dataset", "population_coverage_translated"),
            "Population coverage in other languages",
        ),
        (lambda: labels.field_label("Dataset", "spatial_resolution_in_meters"), "Spatial resolution in meters"),
        (lambda: labels.code_label("Country", "HUN"), "Hungary"),
        (
            lambda: labels.legislation_label("http://data.europa.eu/eli/reg/2016/679/oj"),
            "Regulation (EU) 2016/679, General Data Protection Regulation (GDPR)",
        ),
        (
            lambda: labels.legislation_label("http://data.europa.eu/eli/reg/2025/327/oj"),
            "Regulation (EU) 2025/327, European Health Data Space (EHDS)",
        ),
        (lambda: labels.legislation_label("http://data.europa.eu/eli/dir/2024/1000/oj"), "Directive (EU) 2024/1000"),
        (lambda: labels.legislation_label("http://data.europa.eu/eli/reg/2001/45/oj"), "Regulation 2001/45"),
        (
            lambda: labels.legislation_label("http://data.europa.eu/eli/treaty/teu_2012/oj"),
            "http://data.europa.eu/eli/treaty/teu_2012/oj",
        ),
        (
            lambda: labels.legislation_label("http://data.europa.eu/eli/xyz/2020/1/oj"),
            "http://data.europa.eu/eli/xyz/2020/1/oj",
        ),
        (lambda: labels.code_label("Country", "XXX"), "XXX"),  # unknown code: the code itself
        (lambda: labels.duo_label("DS"), "disease specific research"),
        (lambda: labels.duo_label("DUO:0000007"), "disease specific research"),
        (lambda: labels.duo_label("NOPE"), "NOPE"),
        (lambda: labels.disease_label("MONDO:0007254"), "breast cancer"),
        (lambda: labels.disease_label("not a disease"), "not a disease"),
        (lambda: labels.disease_label("DOID:1612"), "breast cancer"),  # through MONDO's cross-references
    ],
)
def test_labels(call, expected):
    assert call() == expected


def test_slot_enum_and_iri():
    assert labels.slot_enum("Dataset", "access_rights") == "AccessRights"
    assert labels.slot_enum("Dataset", "title") is None
    assert (
        labels.code_iri("AccessRights", "PUBLIC")
        == "http://publications.europa.eu/resource/authority/access-right/PUBLIC"
    )
