"""score_paths over real files: the golden report of the valid example, the demo catalogue, bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from genocat.score import BANDS, NothingToScore
from genocat.score.engine import score_paths
from genocat.score.mqa import INDICATORS
from tests.conftest import CATALOG, DATA, ROOT

GOLDEN = Path(__file__).parent / "golden" / "gdi-hu-semmelweis-1.json"
NETWORK = {i.key for i in INDICATORS if i.network}


def test_golden_report_of_the_valid_example(monkeypatch):
    """Regenerate after a deliberate change with `score_paths([...]).to_dict()` and review the diff."""
    monkeypatch.chdir(ROOT)
    report = score_paths(["tests/data/valid/gdi-hu-semmelweis-1.yaml"])
    assert report.to_dict() == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_the_valid_example_is_sufficient_and_a_licence_makes_it_good(monkeypatch):
    monkeypatch.chdir(ROOT)
    [score] = score_paths(["tests/data/valid/gdi-hu-semmelweis-1.yaml"]).datasets
    assert (score.points, score.rating) == (210, "Sufficient")
    assert score.plan.rating == "Good" and score.plan.needed == 11 and score.plan.reachable
    assert [(s.action, s.points) for s in score.plan.steps] == [("add `licence` to distribution `cram`", 30)]


def test_demo_catalogue_every_dataset_rated_and_every_gap_explained():
    report = score_paths([CATALOG])
    assert len(report.datasets) == 57 and report.skipped == []
    nodes = sorted(p.name for p in CATALOG.iterdir() if p.is_dir())
    assert sorted(report.summary["nodes"]) == nodes
    assert sum(report.summary["ratings"].values()) == 57
    for score in report.datasets:
        assert score.rating in {name for name, _ in BANDS}
        assert score.points == sum(p for p, _ in score.dimensions.values())
        for gap in score.gaps:
            assert gap.action and gap.points > 0 and f"to gain {gap.points} {gap.dimension} points" in gap.hint
            assert gap.field or gap.indicator == "dcat_ap_compliance"
        assert {g.indicator for g in score.not_checked} <= NETWORK
        if score.plan is not None:
            assert score.plan.steps and all(step.points > 0 for step in score.plan.steps)


def test_validation_errors_cost_the_dcat_ap_compliance_points():
    [score] = score_paths([DATA / "invalid" / "unknown-code.yaml"]).datasets
    [gap] = [g for g in score.missing if g.indicator == "dcat_ap_compliance"]
    assert gap.points == 30 and "GC401 at line 52" in gap.action


def test_unreadable_file_is_reported_not_scored(tmp_path):
    shutil.copy(DATA / "valid" / "gdi-hu-semmelweis-1.yaml", tmp_path / "good.yaml")
    (tmp_path / "broken.yaml").write_text("identifier: [unclosed\n", encoding="utf-8")
    report = score_paths([tmp_path])
    assert [d.path for d in report.datasets] == [(tmp_path / "good.yaml").as_posix()]
    [skipped] = report.skipped
    assert skipped.path == (tmp_path / "broken.yaml").as_posix() and skipped.reason


@pytest.mark.parametrize(
    ("paths", "message"),
    [
        (["does-not-exist"], "No such file or folder"),
        ([CATALOG / "catalog.yaml"], "No dataset file to score"),
    ],
)
def test_nothing_to_score(paths, message):
    with pytest.raises(NothingToScore, match=message):
        score_paths(paths)


def test_empty_folder_has_nothing_to_score(tmp_path):
    with pytest.raises(NothingToScore, match="No submission files"):
        score_paths([tmp_path])


def test_every_invalid_example_is_scored_or_skipped_without_a_traceback():
    files = sorted((DATA / "invalid").glob("*.yaml"))
    report = score_paths([DATA / "invalid"])
    scored = {d.path for d in report.datasets} | {s.path for s in report.skipped}
    assert len(files) > 10 and scored == {f.as_posix() for f in files}
    for score in report.datasets:
        assert "dcat_ap_compliance" in {g.indicator for g in score.missing}  # each one has an error


def test_values_of_the_wrong_type_are_gaps_not_crashes():
    from genocat.load import Document
    from genocat.score import score_document
    from genocat.score.urls import UrlStatus

    data = {
        "keywords": "one string",
        "theme": 3,
        "temporal": ["2021"],
        "access_rights": ["PUBLIC"],
        "distributions": [{"access_url": ["https://a.example"], "format": ["CSV"], "licence": {"x": 1}}, "text"],
        "genomics": {"data_categories": "WGS", "cohort_type": ["POPULATION_REFERENCE"]},
        "data_use": ["HMB"],
    }
    score = score_document(Document("x/datasets/bad.yaml", "dataset", data), urls={"u": UrlStatus("u", 200)})
    missing = {g.indicator for g in score.missing}
    assert {"time_based_search", "access_restrictions_vocabulary", "format_media_type_vocabulary"} <= missing
    assert {"access_url_accessibility", "license_vocabulary", "consent_coded", "data_categories"} <= missing
    assert score.node == "x" and score.plan is not None
