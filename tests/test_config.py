"""Configuration: rules off, severity overrides, threshold, and unknown codes as errors."""

from __future__ import annotations

import pytest

from genocat.cli import main
from genocat.config import ConfigError, from_table, load_config
from genocat.findings import Severity
from tests.conftest import DATA

BOOLEAN = DATA / "invalid" / "yaml11-boolean.yaml"


def test_table_is_read():
    config = from_table({"disable": ["GC505"], "severity": {"GC109": "error"}, "small_cell_threshold": 5})
    assert not config.enabled("GC505") and config.severity_for("GC109", Severity.WARNING) == Severity.ERROR
    assert config.context().small_cell_threshold == 5


@pytest.mark.parametrize(
    ("table", "words"),
    [
        ({"disable": ["GC999"]}, "GC999"),
        ({"severity": {"GC109": "fatal"}}, "fatal"),
        ({"colour": "red"}, "colour"),
        ({"small_cell_threshold": 0}, "small_cell_threshold"),
    ],
)
def test_bad_configuration_names_the_problem(table, words):
    with pytest.raises(ConfigError, match=words):
        from_table(table)


def test_pyproject_table_is_found_from_the_current_folder(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.genocat]\nseverity = { GC109 = "error" }\n')
    (tmp_path / "sub").mkdir()
    assert load_config(start=tmp_path / "sub").severity_for("GC109", Severity.WARNING) == Severity.ERROR


def test_cli_severity_override_changes_the_exit_code(runner, tmp_path):
    config = tmp_path / "genocat.toml"
    config.write_text('severity = { GC109 = "error" }\n')
    result = runner.invoke(main, ["validate", str(BOOLEAN), "--config", str(config)], catch_exceptions=False)
    assert result.exit_code == 1 and "error    GC109" in result.output


def test_cli_disabled_rule_is_silent(runner, tmp_path):
    config = tmp_path / "genocat.toml"
    config.write_text('disable = ["GC109"]\n')
    result = runner.invoke(
        main, ["validate", str(BOOLEAN), "--config", str(config), "--fail-on", "warning"], catch_exceptions=False
    )
    assert result.exit_code == 0 and "GC109" not in result.output


def test_cli_unknown_rule_code_is_a_usage_error(runner, tmp_path):
    config = tmp_path / "genocat.toml"
    config.write_text('disable = ["GC123"]\n')
    result = runner.invoke(main, ["validate", str(BOOLEAN), "--config", str(config)], catch_exceptions=False)
    assert result.exit_code == 2 and "GC123" in result.output


def test_waiver_rules_can_be_configured():
    config = from_table({"disable": ["GC902"], "severity": {"GC901": "error"}})
    assert not config.enabled("GC902") and config.severity_for("GC901", Severity.WARNING) == Severity.ERROR


def test_waivers_file_is_read_relative_to_the_config_folder(tmp_path):
    (tmp_path / "ci").mkdir()
    (tmp_path / "ci" / "waivers.yaml").write_text("waivers: []\n", encoding="utf-8")
    config = from_table({"waivers": "ci/waivers.yaml"}, "genocat.toml", base=tmp_path)
    assert config.waivers.file == tmp_path / "ci" / "waivers.yaml" and config.waivers.entries == ()
    assert from_table({}).waivers is None
