"""`genocat score` driven as a user runs it."""

from __future__ import annotations

import json

import pytest

from genocat.cli import main
from genocat.score.engine import score_paths
from tests.conftest import CATALOG, ROOT

HU = CATALOG / "hu"


def test_text_groups_by_file_with_rating_and_way_to_next_rating(runner):
    result = runner.invoke(main, ["score", str(HU)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    block = result.output.split("\n\n")[1]  # catalog/hu/datasets/gdi-hu-semmelweis-1.yaml
    assert block.splitlines()[0].endswith("gdi-hu-semmelweis-1.yaml  GDI-HU-SEMMELWEIS-1")
    assert "MQA 215/405 Sufficient" in block
    assert "to reach Good (221 points, 6 more):\n    add `licence` to distribution `cram` (+30)" in block
    assert "not checked (run with --check-urls):" in block
    assert "5 datasets: average MQA 260.0/405 (Good)" in result.output
    assert "\nhu           5    260.0  Good\n" in result.output


def test_json_is_the_library_report(runner):
    result = runner.invoke(main, ["score", str(HU), "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 0
    assert json.loads(result.output) == score_paths([HU]).to_dict()


def test_output_is_deterministic_and_written_to_file(runner, tmp_path):
    out = tmp_path / "reports" / "score.json"
    first = runner.invoke(main, ["score", str(HU), "--format", "json", "-o", str(out)], catch_exceptions=False)
    assert first.exit_code == 0 and first.output == ""
    written = out.read_bytes()
    runner.invoke(main, ["score", str(HU), "--format", "json", "-o", str(out)], catch_exceptions=False)
    assert out.read_bytes() == written and [p.name for p in out.parent.iterdir()] == ["score.json"]


def test_default_path_is_the_catalogue(runner, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = runner.invoke(main, ["score", "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 0 and json.loads(result.output)["summary"]["datasets"] == 57


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["does-not-exist"], "No such file or folder"),
        ([str(CATALOG / "catalog.yaml")], "No dataset file to score"),
    ],
)
def test_cannot_run_exits_2(runner, args, message):
    result = runner.invoke(main, ["score", *args], catch_exceptions=False)
    assert result.exit_code == 2 and message in result.output


def test_bad_configuration_exits_2(runner, tmp_path):
    config = tmp_path / "genocat.toml"
    config.write_text('disable = ["GC999"]\n', encoding="utf-8")
    result = runner.invoke(main, ["score", str(HU), "--config", str(config)], catch_exceptions=False)
    assert result.exit_code == 2 and "GC999" in result.output
