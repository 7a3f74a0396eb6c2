"""labels.py: what pages and reports show instead of codes, keys and IRIs."""

import pytest

from genocat import labels


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (lambda: labels.field_label("Dataset", "number_of_unique_individuals"), "Number of unique individuals"),
        (lambda: labels.code_label("Country", "HUN"), "Hungary"),
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
