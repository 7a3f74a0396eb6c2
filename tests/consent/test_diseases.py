"""The shipped MONDO release (scripts/build_mondo.py -> data/mondo.json), disease codes of every system
resolved to MONDO terms, and the ancestors DS subsumption uses."""

from __future__ import annotations

import pytest

from genocat.consent.disease_files import BUNDLED, bundled, parse_obo
from genocat.consent.diseases import normalize_disease_id
from tests.conftest import SHARED, load_script, requires_shared

RELEASE = SHARED / "mondo" / "release-2023-08-01"


@requires_shared
def test_mondo_json_is_reproducible_from_the_release():
    module = load_script("build_mondo")
    assert module.dumps(module.build(RELEASE)) == BUNDLED.read_text(encoding="utf-8")


def test_build_refuses_a_parent_that_is_not_a_live_class(tmp_path):
    module = load_script("build_mondo")
    (tmp_path / "class-stats.tsv").write_text('cls\tcls_label\nMONDO:0000001\t"disease"\n', encoding="utf-8")
    (tmp_path / "edges.tsv").write_text("x\tp\ty\nMONDO:0000001\trdfs:subClassOf\tMONDO:0000009\n", encoding="utf-8")
    (tmp_path / "xrefs.tsv").write_text("cls\txref\n", encoding="utf-8")
    (tmp_path / "obsoletes.tsv").write_text("cls\treplCls\tconsCls\n", encoding="utf-8")
    with pytest.raises(module.ReleaseError, match="MONDO:0000009"):
        module.build(tmp_path)
    (tmp_path / "edges.tsv").write_text("x\tp\ty\n", encoding="utf-8")
    (tmp_path / "synonyms.tsv").write_text('cls\tsynonym\nMONDO:0000001\t"illness"\n', encoding="utf-8")
    assert module.build(tmp_path)["terms"] == [[1, "disease", [], [], ["illness"]]]


def test_the_whole_release_ships():
    mondo = bundled()
    assert (len(mondo.labels), len(mondo.obsolete)) == (23305, 3278)
    assert sum(len(p) for p in mondo.parents.values()) == 35338
    assert mondo.version == "2023-08-01" and "CC BY 4.0" in mondo.attribution
    assert mondo.parents["MONDO:0007254"] == ("MONDO:0003274", "MONDO:0021100")
    assert mondo.xrefs["MONDO:0007254"] == ("DOID:1612", "ICD10:C50")


@pytest.mark.parametrize(
    ("ancestor", "disease", "expected"),
    [
        ("MONDO:0004992", "MONDO:0007254", True),  # breast cancer under cancer (release README)
        ("MONDO:0007254", "MONDO:0004989", True),  # breast carcinoma under breast cancer
        ("MONDO:0004992", "MONDO:0005059", False),  # leukemia is not under cancer
        ("MONDO:0004992", "MONDO:0005105", False),  # nor is melanoma
        ("MONDO:0007254", "MONDO:0004992", False),  # an ancestor is never covered
    ],
)
def test_ancestors_of_the_full_hierarchy(ancestor, disease, expected):
    assert bundled().covers(ancestor, disease) is expected


@pytest.mark.parametrize(
    ("written", "curie"),
    [
        ("mondo:0007254", "MONDO:0007254"),
        ("http://purl.obolibrary.org/obo/MONDO_0007254", "MONDO:0007254"),
        ("http://purl.obolibrary.org/obo/DOID_1612", "DOID:1612"),
        ("http://www.orpha.net/ORDO/Orphanet_586", "ORPHA:586"),
        ("Orphanet:586", "ORPHA:586"),
        ("ICD-10:c50.9", "ICD10:C50.9"),
        ("ICD10CM:C50", "ICD10:C50"),
        ("MIM:219700", "OMIM:219700"),
        ("OMIM:PS114480", "OMIMPS:114480"),
        (" breast cancer ", "breast cancer"),
    ],
)
def test_normalize_disease_id(written, curie):
    assert normalize_disease_id(written) == curie


@pytest.mark.parametrize(
    ("code", "terms", "problem"),
    [
        ("MONDO:0007254", ("MONDO:0007254",), None),
        ("DOID:1612", ("MONDO:0007254",), None),
        ("Orphanet:586", ("MONDO:0009061",), None),
        ("OMIM:219700", ("MONDO:0009061",), None),
        ("ICD10:C16", ("MONDO:0001056",), None),
        ("MONDO:0000002", (), "use 46 XX gonadal dysgenesis (MONDO:0009299) instead"),
        ("MONDO:0000003", (), "obsolete in MONDO 2023-08-01; it names no replacement"),
        ("DOID:99999999", (), "maps to no term of MONDO 2023-08-01"),
        ("MONDO:9999999", (), "is not a disease term of MONDO 2023-08-01"),
        ("HP:0001249", (), "is not a disease term"),
    ],
)
def test_resolve(code, terms, problem):
    resolution = bundled().resolve(code)
    assert resolution.terms == terms
    assert (resolution.problem is None) if problem is None else (problem in resolution.problem)


def test_an_ambiguous_code_decides_only_when_every_reading_agrees():
    mondo = bundled()
    assert len(mondo.resolve("ICD10:C50").terms) == 4
    assert mondo.covers("MONDO:0004992", "ICD10:C50") is None  # one reading (HBOC syndrome) is not a cancer
    assert mondo.covers("MONDO:0000001", "ICD10:C50") is True
    assert mondo.covers("MONDO:0005015", "ICD10:C50") is False  # diabetes covers no reading


def test_identical_codes_match_even_when_unmapped():
    assert bundled().covers("ICD10:Z99.99", "icd10:z99.99") is True


def test_obo_reads_xrefs_and_obsolete_replacements():
    onto = parse_obo(
        "[Term]\nid: X:1\nname: one\nxref: DOID:5\n\n"
        "[Term]\nid: X:2\nname: obsolete two\nis_obsolete: true\nreplaced_by: X:1\n"
    )
    assert onto.resolve("DOID:5").terms == ("X:1",)
    assert onto.resolve("X:2").replaced_by == "X:1"
