"""MQA indicators: for each, a submission that earns it and one that does not (base: the valid example)."""

from __future__ import annotations

import copy

import pytest

from genocat.findings import Finding, Severity
from genocat.load import load_file
from genocat.score.model import BANDS, DIMENSIONS, MQA_MAX, next_band, rating
from genocat.score.mqa import INDICATORS, Context, score_mqa
from genocat.score.urls import UrlStatus
from tests.conftest import DATA

BASE = load_file(DATA / "valid" / "gdi-hu-semmelweis-1.yaml")[0].data
ACCESS = BASE["distributions"][0]["access_url"]
DOWNLOAD = "https://files.example.org/cohort.csv"
ERROR = Finding("x.yaml", 3, 1, "GC201", Severity.ERROR, "`title` is missing.")


def unset(key):
    return lambda d: d.pop(key)


def dist(**values):
    def change(d):
        for key, value in values.items():
            if value is None:
                d["distributions"][0].pop(key, None)
            else:
                d["distributions"][0][key] = value

    return change


def same(d):
    return None


def sets(key, value):
    return lambda d: d.__setitem__(key, value)


OK = {ACCESS: UrlStatus(ACCESS, 200), DOWNLOAD: UrlStatus(DOWNLOAD, 302)}
BROKEN = {ACCESS: UrlStatus(ACCESS, 404), DOWNLOAD: UrlStatus(DOWNLOAD, None, "could not connect: refused")}

# indicator key: (change that earns it, change that loses it, context of the earning case, of the losing case)
CASES = {
    "keyword_usage": (same, unset("keywords"), Context(), Context()),
    "categories": (same, sets("theme", []), Context(), Context()),
    "geo_search": (same, unset("spatial"), Context(), Context()),
    "time_based_search": (same, sets("temporal", {}), Context(), Context()),
    "access_url_accessibility": (same, same, Context(urls=OK), Context(urls=BROKEN)),
    "download_url": (dist(download_url=DOWNLOAD), same, Context(), Context()),
    "download_url_accessibility": (dist(download_url=DOWNLOAD), dist(download_url=DOWNLOAD), Context(urls=OK),
                                   Context(urls=BROKEN)),
    "format": (same, dist(format=None), Context(), Context()),
    "media_type": (dist(media_type="application/octet-stream"), same, Context(), Context()),
    "format_media_type_vocabulary": (dist(format="CSV"), dist(media_type="application/x-cram"), Context(), Context()),
    "non_proprietary": (dist(format="TSV"), same, Context(), Context()),
    "machine_readable": (dist(format="CSV"), dist(format="TSV"), Context(), Context()),
    "dcat_ap_compliance": (same, same, Context(), Context(errors=(ERROR,))),
    "license_information": (dist(licence="CC_BY_4_0"), same, Context(), Context()),
    "license_vocabulary": (dist(licence="CC0"), dist(licence="cc-by"), Context(), Context()),
    "access_restrictions": (same, unset("access_rights"), Context(), Context()),
    "access_restrictions_vocabulary": (same, sets("access_rights", "OPEN"), Context(), Context()),
    "contact_point": (same, sets("contact_point", []), Context(), Context()),
    "publisher": (same, unset("publisher"), Context(), Context()),
    "rights": (dist(rights="Access only with a data permit."), same, Context(), Context()),
    "file_size": (same, dist(byte_size=None), Context(), Context()),
    "date_of_issue": (same, unset("issued"), Context(), Context()),
    "modification_date": (same, unset("modified"), Context(), Context()),
}  # fmt: skip


def gaps_of(change, ctx):
    data = copy.deepcopy(BASE)
    change(data)
    return score_mqa(data, ctx)


def test_every_indicator_has_a_case():
    assert sorted(CASES) == sorted(i.key for i in INDICATORS)


@pytest.mark.parametrize("indicator", INDICATORS, ids=lambda i: i.key)
def test_indicator_earned_and_missed(indicator):
    earn, lose, earn_ctx, lose_ctx = CASES[indicator.key]
    earned_dims, earned_gaps = gaps_of(earn, earn_ctx)
    lost_dims, lost_gaps = gaps_of(lose, lose_ctx)
    assert indicator.key not in {g.indicator for g in earned_gaps}
    [gap] = [g for g in lost_gaps if g.indicator == indicator.key]
    assert gap.checked and gap.points == indicator.points and gap.dimension == indicator.dimension
    assert gap.action and f"{indicator.points} {indicator.dimension} points" in gap.hint
    assert earned_dims[indicator.dimension][0] >= lost_dims[indicator.dimension][0] + indicator.points


def test_the_scheme_has_405_points_in_five_dimensions():
    dims, _ = score_mqa(BASE, Context())
    assert {name: maximum for name, (_, maximum) in dims.items()} == {
        "findability": 100,
        "accessibility": 100,
        "interoperability": 110,
        "reusability": 75,
        "contextuality": 20,
    }
    assert sum(i.points for i in INDICATORS) == MQA_MAX == 405
    assert tuple(dims) == DIMENSIONS


@pytest.mark.parametrize(
    ("points", "expected"),
    [(405, "Excellent"), (351, "Excellent"), (350, "Good"), (221, "Good"), (220, "Sufficient"), (121, "Sufficient"),
     (120, "Bad"), (0, "Bad")],
)  # fmt: skip
def test_rating_bands(points, expected):
    assert rating(points) == expected


def test_next_band():
    assert next_band(210) == ("Good", 221) and next_band(350) == ("Excellent", 351) and next_band(351) is None
    assert [name for name, _ in BANDS] == ["Excellent", "Good", "Sufficient", "Bad"]


def test_offline_the_url_indicators_are_not_checked():
    data = copy.deepcopy(BASE)
    data["distributions"][0]["download_url"] = DOWNLOAD
    dims, gaps = score_mqa(data, Context(urls=None))
    unchecked = {g.indicator: g for g in gaps if not g.checked}
    assert sorted(unchecked) == ["access_url_accessibility", "download_url_accessibility"]
    assert "run with --check-urls" in unchecked["access_url_accessibility"].hint
    assert dims["accessibility"] == (20, 100)  # only the download URL's presence


def test_a_failed_url_says_what_it_answered():
    _, gaps = score_mqa(BASE, Context(urls=BROKEN))
    [gap] = [g for g in gaps if g.indicator == "access_url_accessibility"]
    assert "HTTP 404" in gap.action and ACCESS in gap.action


def test_the_best_distribution_counts_alone():
    """piveau-metrics-score: each distribution is scored on all distribution indicators; the best one counts."""
    data = copy.deepcopy(BASE)
    data["distributions"][0]["licence"] = "CC_BY_4_0"  # cram: format, licence, byte size = 20 + 30 + 5
    data["distributions"].append(
        {"identifier": "frequencies", "title": {"en": "Allele frequencies"}, "access_url": DOWNLOAD,
         "format": "CSV", "media_type": "text/csv"}  # 20 + 10 + 10 + 20 + 20 = 80
    )  # fmt: skip
    _, gaps = score_mqa(data, Context())
    missing = {g.indicator: g for g in gaps if g.checked}
    assert missing["license_information"].distribution == "frequencies"
    assert "machine_readable" not in missing


def test_without_distributions_the_hints_ask_for_one():
    data = copy.deepcopy(BASE)
    data["distributions"] = []
    _, gaps = score_mqa(data, Context())
    formats = [g for g in gaps if g.indicator == "format"]
    assert formats and "a new distribution" in formats[0].action and formats[0].distribution is None
