"""The catalogue object: a catalogue folder or a build folder, asked by node, field, purpose; its statistics."""

from __future__ import annotations

import json

import pytest

import genocat
from genocat.load import load_paths
from tests.conftest import CATALOG

BREAST_CANCER_RESEARCH = {
    "uses": ["DISEASE_RESEARCH"],
    "diseases": ["MONDO:0007254"],
    "commercial": False,
    "organisation_type": "NOT_FOR_PROFIT",
    "country": "DE",
    "ethics_approval": True,
}


@pytest.fixture(scope="module")
def catalogue():
    return genocat.load_catalogue(CATALOG)


def test_every_dataset_file_is_an_entry_with_its_node_and_country(catalogue):
    files = sorted(CATALOG.glob("*/datasets/*.yaml"))
    assert len(catalogue) == len(files)
    hu = catalogue["GDI-HU-PECS-1"]
    assert (hu.node, hu.country, hu.path) == (
        "hu",
        "HUN",
        (CATALOG / "hu" / "datasets" / "gdi-hu-pecs-1.yaml").as_posix(),
    )
    assert [e.identifier for e in catalogue.by_node("mt")] == ["GDI-MT-MSIDA-1", "GDI-MT-MSIDA-2", "GOE-MT-VALLETTA-1"]
    assert catalogue.problems == []


def test_where_matches_values_and_list_members(catalogue):
    documents = [d for d in load_paths([CATALOG]).documents if d.kind == "dataset"]
    grch38 = sorted(
        d.data["identifier"] for d in documents if "GRCh38" in d.data["genomics"].get("reference_genomes", [])
    )
    assert [e.identifier for e in catalogue.where("genomics.reference_genomes", "GRCh38")] == grch38
    public = sorted(d.data["identifier"] for d in documents if d.data["access_rights"] == "PUBLIC")
    assert [e.identifier for e in catalogue.where("access_rights", "PUBLIC")] == public
    assert catalogue.where("no.such.field", "x") == []
    vcf = sorted(
        d.data["identifier"] for d in documents if any(x.get("format") == "VCF" for x in d.data["distributions"])
    )
    assert 0 < len(vcf) < len(documents)
    assert [e.identifier for e in catalogue.where("distributions.format", "VCF")] == vcf


def test_decisions_are_the_matchers(catalogue):
    decisions = catalogue.decisions(BREAST_CANCER_RESEARCH)
    matched = genocat.match_datasets(BREAST_CANCER_RESEARCH, CATALOG)
    assert {d.dataset: d.outcome for d in matched.decisions} == {k: v.outcome.value for k, v in decisions.items()}
    usable = [e.identifier for e in catalogue.usable_for(BREAST_CANCER_RESEARCH)]
    assert usable == matched.usable() and 0 < len(usable) < len(catalogue)
    with_review = catalogue.usable_for(BREAST_CANCER_RESEARCH, ("permitted", "needs_review"))
    assert set(usable) < {e.identifier for e in with_review}


def test_commercial_purpose_changes_the_answer(catalogue):
    commercial = BREAST_CANCER_RESEARCH | {"commercial": True, "organisation_type": "FOR_PROFIT"}
    assert {e.identifier for e in catalogue.usable_for(commercial)} < {
        e.identifier for e in catalogue.usable_for(BREAST_CANCER_RESEARCH)
    }


def test_statistics_count_what_the_submissions_say(catalogue):
    documents = [d for d in load_paths([CATALOG]).documents if d.kind == "dataset"]
    stats = catalogue.statistics()
    assert stats.datasets == len(documents)
    assert stats.individuals == sum(d.data.get("number_of_unique_individuals", 0) for d in documents)
    assert stats.individuals == sum(stats.individuals_by_country.values())
    assert stats.datasets_by_node["hu"] == len(list((CATALOG / "hu" / "datasets").glob("*.yaml")))
    wgs = sum("WGS" in d.data["genomics"]["data_categories"] for d in documents)
    assert stats.data_categories["WGS"] == wgs
    assert sum(stats.access_rights.values()) == len(documents)
    assert list(stats.data_categories.values()) == sorted(stats.data_categories.values(), reverse=True)
    assert json.loads(json.dumps(stats.to_dict()))["individuals_by_country"] == stats.individuals_by_country


def test_a_build_folder_answers_as_its_catalogue_folder(catalogue, demo_build):
    built = genocat.load_catalogue(demo_build)
    assert [e.identifier for e in built] == [e.identifier for e in catalogue]
    assert [e.node for e in built] == [e.node for e in catalogue]
    assert built.statistics() == catalogue.statistics()
    assert all(entry.path is None for entry in built)


def test_records_are_made_on_demand_and_not_kept(catalogue):
    entry = catalogue["GDI-HU-PECS-1"]
    first, second = entry.record(), entry.record()
    assert first == second and first is not second
    assert first.identifier == "GDI-HU-PECS-1"
    records = catalogue.records()
    assert next(records).identifier == next(iter(catalogue)).identifier  # a generator: one record at a time
    assert [r.identifier for r in catalogue.records()] == [e.identifier for e in catalogue]


def test_an_unreadable_file_is_a_problem_not_an_exception(tmp_path):
    folder = tmp_path / "catalog" / "hu" / "datasets"
    folder.mkdir(parents=True)
    (folder / "broken.yaml").write_text("identifier: [unclosed\n", encoding="utf-8")
    loaded = genocat.load_catalogue(tmp_path / "catalog")
    assert len(loaded) == 0
    assert [(p.code, p.line) for p in loaded.problems] == [("GC101", 2)]


def test_unknown_identifier_is_a_key_error(catalogue):
    with pytest.raises(KeyError, match="no dataset 'XX' in the catalogue"):
        catalogue["XX"]


def test_repr_says_what_was_loaded(catalogue):
    assert repr(catalogue) == f"<Catalogue of {len(catalogue)} datasets from {CATALOG}>"
