"""`genocat validate` driven as a user runs it."""

from __future__ import annotations

import json

from genocat.cli import main
from tests.conftest import CATALOG, DATA


def test_demo_catalogue_validates_clean(runner):
    result = runner.invoke(main, ["validate", str(CATALOG), "--color", "never"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "No problems found in" in result.output


def test_invalid_file_exits_1_with_file_line_and_code(runner):
    path = DATA / "invalid" / "unknown-code.yaml"
    result = runner.invoke(main, ["validate", str(path), "--color", "never"], catch_exceptions=False)
    assert result.exit_code == 1
    assert "52:11" in result.output and "GC401" in result.output and "Did you mean 'HUN'?" in result.output


def test_json_output_is_the_library_report(runner):
    import genocat

    path = DATA / "invalid" / "unknown-key.yaml"
    result = runner.invoke(main, ["validate", str(path), "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 1
    assert json.loads(result.output) == genocat.validate([path]).to_dict()


def test_warning_only_passes_unless_fail_on_warning(runner):
    path = DATA / "invalid" / "yaml11-boolean.yaml"
    assert runner.invoke(main, ["validate", str(path)], catch_exceptions=False).exit_code == 0
    result = runner.invoke(main, ["validate", str(path), "--fail-on", "warning"], catch_exceptions=False)
    assert result.exit_code == 1


def test_missing_path_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(main, ["validate", str(tmp_path / "nope")], catch_exceptions=False)
    assert result.exit_code == 2 and "No such file or folder" in result.output


def test_folder_without_submissions_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(main, ["validate", str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 2 and "No submission files" in result.output


def test_output_file_is_written_whole(runner, tmp_path):
    out = tmp_path / "reports" / "report.sarif"
    path = DATA / "invalid" / "bad-date.yaml"
    result = runner.invoke(main, ["validate", str(path), "--format", "sarif", "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 1 and result.output == ""
    sarif = json.loads(out.read_text())
    assert sarif["runs"][0]["results"][0]["ruleId"] == "GC205"
    assert [p.name for p in out.parent.iterdir()] == ["report.sarif"]
