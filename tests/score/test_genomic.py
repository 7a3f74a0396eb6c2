"""The genomic dimension: each indicator earned and missed, and disease terms for population references."""

from __future__ import annotations

import copy

import pytest

from genocat.load import load_file
from genocat.score.genomic import INDICATORS, MAX_POINTS, score_genomic
from tests.conftest import DATA

BASE = load_file(DATA / "valid" / "gdi-hu-semmelweis-1.yaml")[0].data
BASE["genomics"]["counts_by_age"] = [{"min_age": 0, "max_age": 17, "count": 600}, {"min_age": 18, "count": 1200}]


def genomics(key, value):
    return lambda d: d["genomics"].__setitem__(key, value) if value is not None else d["genomics"].pop(key)


CASES = {
    "consent_coded": lambda d: d["data_use"].__setitem__("permission", "GENERAL"),
    "data_categories": genomics("data_categories", []),
    "reference_assembly": genomics("reference_genomes", None),
    "platform": genomics("platforms", None),
    "individuals": lambda d: d.pop("number_of_unique_individuals"),
    "counts_by_sex": genomics("counts_by_sex", None),
    "counts_by_age": genomics("counts_by_age", []),
    "disease_terms": genomics("diseases", None),
}


def test_base_earns_everything():
    assert score_genomic(BASE) == ((MAX_POINTS, MAX_POINTS), [])
    assert MAX_POINTS == 100 and sorted(CASES) == sorted(i.key for i in INDICATORS)


@pytest.mark.parametrize("indicator", INDICATORS, ids=lambda i: i.key)
def test_indicator_missed(indicator):
    data = copy.deepcopy(BASE)
    CASES[indicator.key](data)
    (points, maximum), gaps = score_genomic(data)
    assert (points, maximum) == (MAX_POINTS - indicator.points, MAX_POINTS)
    [gap] = gaps
    assert gap.indicator == indicator.key and gap.field == indicator.field
    assert (
        f"`{indicator.field}`" in gap.hint and "e.g." in gap.hint and f"{indicator.points} genomic points" in gap.hint
    )


def test_disease_terms_do_not_apply_to_population_references():
    data = copy.deepcopy(BASE)
    data["genomics"]["cohort_type"] = "POPULATION_REFERENCE"
    del data["genomics"]["diseases"]
    assert score_genomic(data) == ((90, 90), [])


def test_missing_genomics_block_is_scored_not_crashed():
    data = copy.deepcopy(BASE)
    data["genomics"] = "WGS"
    (points, maximum), gaps = score_genomic(data)
    assert points == 30 and maximum == 100  # consent coded and individuals only
    assert {g.indicator for g in gaps} == {i.key for i in INDICATORS} - {"consent_coded", "individuals"}
