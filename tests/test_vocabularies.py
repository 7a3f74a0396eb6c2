"""The controlled vocabularies: generated from the R8 sources (same bytes on regeneration), the hand-kept
EU tables checked against the codes the R8 validator loads, labels in every language the source gives."""

from __future__ import annotations

import json

import pytest

from genocat import labels
from genocat.artefacts import schema_index
from tests.conftest import ROOT, SHARED, load_script, requires_shared

DATA = ROOT / "src" / "genocat" / "data" / "vocabularies"
R8_ENUMS = {
    "healthcategories": ("HealthCategory", 17),
    "health-theme": ("HealthTheme", 20),
    "health-activity": ("HealthActivity", 34),
    "coding-system": ("CodingSystem", 32),
    "standard": ("HealthStandard", 25),
    "publisher-type": ("PublisherType", 36),
    "distribution-status": ("DistributionStatus", 8),
}


@requires_shared
def test_regenerating_from_the_sources_gives_the_same_bytes():
    files = load_script("build_vocabularies").build(SHARED / "healthdcat-ap-r8" / "vocabularies")
    assert len(files) == len(R8_ENUMS) + 2
    for path, text in files.items():
        assert path.read_text(encoding="utf-8") == text, f"{path.relative_to(ROOT)} is stale"


@pytest.mark.parametrize("table", sorted(R8_ENUMS))
def test_each_r8_table_is_an_enum_with_every_code_of_its_file(table):
    enum, count = R8_ENUMS[table]
    data = json.loads((DATA / f"{table}.json").read_text(encoding="utf-8"))
    assert data["licence"].startswith("CC BY 4.0") and data["version"] and data["source"]
    assert len(data["concepts"]) == count
    values = schema_index()["enums"][enum]
    assert {code: v["meaning"] for code, v in values.items()} == {c: v["iri"] for c, v in data["concepts"].items()}
    assert schema_index()["enum_info"][enum]["annotations"]["concept_scheme"] == data["scheme"]


def test_health_categories_use_the_r8_host_and_keep_27_languages():
    values = schema_index()["enums"]["HealthCategory"]
    base = "https://hdeu-dcat.data.health.europa.eu/resource/authority/healthcategories/"
    assert values["MRMR"]["meaning"] == base + "MRMR"
    assert {"EINS", "RQSH", "HGPD", "EHRS"} <= set(values)
    languages = {k for k in values["HGPD"]["annotations"] if k.startswith("label_")}
    assert len(languages) + 1 == 27  # English is the title


@pytest.mark.parametrize(
    ("enum", "code", "lang", "label"),
    [
        ("HealthCategory", "HGPD", "en", "Human genetic, epigenomic and genomic data"),
        ("HealthCategory", "HGPD", "de", "Menschliche genetische, epigenomische und genomische Daten"),
        ("HealthCategory", "HGPD", "xx", "Human genetic, epigenomic and genomic data"),
        ("DistributionStatus", "COMPLETED", "fr", "complété"),
        ("PublisherType", "non-gov-org", "en", "Non-Governmental Organizations"),
        ("Licence", "CC_BY_4_0", "en", "Creative Commons Attribution 4.0 International"),
        ("HealthCategory", "NOPE", "en", "NOPE"),
    ],
)
def test_code_label_gives_the_source_label_in_the_language(enum, code, lang, label):
    assert labels.code_label(enum, code, lang) == label


def _acronym(code: str) -> bool:
    return code.isalnum() and code.isupper() and len(code) <= 5  # CSV, MD5, API: the label is the code


def test_every_code_of_every_enum_has_a_human_label():
    unlabelled = [
        (enum, code)
        for enum, values in schema_index()["enums"].items()
        for code, value in values.items()
        if not value["label"] or (value["label"] == code and not _acronym(code))
    ]
    assert unlabelled == []


@pytest.mark.parametrize(("enum", "table"), [("Frequency", "frequency"), ("DatasetType", "dataset-type"),
                                             ("FileType", "file-type")])  # fmt: skip
def test_hand_kept_eu_codes_are_codes_of_the_table_the_r8_validator_loads(enum, table):
    nal = json.loads((DATA / "eu-nal-codes.json").read_text(encoding="utf-8"))["tables"][table]
    base = nal["scheme"] + "/"
    ours = {v["meaning"][len(base) :] for v in schema_index()["enums"][enum].values() if v["meaning"].startswith(base)}
    assert ours and ours <= set(nal["codes"])
    assert nal["version"] in schema_index()["enum_info"][enum]["annotations"]["snapshot_version"]


def test_an_older_release_iri_is_a_finding_naming_the_release_and_the_r8_code():
    from genocat.validator import validate

    report = validate([ROOT / "tests" / "data" / "fix" / "moved.before.yaml"])
    found = {(f.code, f.line): f.hint for f in report.findings if f.code in {"GC401", "GC402"}}
    assert set(found) == {("GC402", 4), ("GC402", 5), ("GC401", 6), ("GC401", 7)}
    assert "before Release 8" in found[("GC402", 4)] and "HGPD" in found[("GC402", 4)]
    assert found[("GC401", 6)] == "Did you mean 'EHRS'?"


@requires_shared
def test_the_access_right_codes_are_those_the_r8_level_files_check():
    import rdflib
    from rdflib.namespace import SH

    levels = set()
    for path in sorted((SHARED / "healthdcat-ap-r8" / "shapes").glob("*.ttl")):
        graph = rdflib.Graph().parse(path)
        access = rdflib.URIRef("http://purl.org/dc/terms/accessRights")
        levels |= {
            str(graph.value(p, SH.hasValue)) for p in graph.subjects(SH.path, access) if graph.value(p, SH.hasValue)
        }
    ours = {v["meaning"] for v in schema_index()["enums"]["AccessRights"].values()}
    assert ours == levels and len(ours) == 3


@requires_shared
def test_every_eu_table_iri_of_the_r8_example_is_a_code_of_ours():
    """The hand-kept tables hold every EU authority-table value the official R8 example uses."""
    import rdflib

    graph = rdflib.Graph().parse(SHARED / "healthdcat-ap-r8" / "examples" / "example-healthdcat-dataset.ttl")
    used = {str(o) for o in graph.objects() if str(o).startswith("http://publications.europa.eu/resource/authority/")}
    ours = {v["meaning"] for values in schema_index()["enums"].values() for v in values.values()}
    assert len(used) >= 10 and used - ours == set()
