"""Waivers: a waived finding leaves the report, an expired waiver is GC901, an unused one GC902, a bad file exit 2."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import date

import pytest

from genocat.config import ConfigError, load_config
from genocat.findings import Severity
from genocat.load import load_paths
from genocat.validator import validate
from genocat.waivers import apply, glob_matches
from tests.conftest import DATA

TODAY = date(2026, 6, 1)
SOURCE = DATA / "invalid" / "unknown-code.yaml"  # GC401 at line 52, identifier GDI-HU-SEMMELWEIS-1
DATASET = "submissions/hu/gdi-hu-semmelweis-1.yaml"


def waiver(**fields) -> str:
    entry = {
        "rule": "GC401",
        "dataset": "GDI-HU-SEMMELWEIS-1",
        "reason": "The registry publishes the country name.",
        "owner": "eszter@example.org",
        "expires": "2026-12-31",
    }
    entry.update(fields)
    rows = [f"{key}: {value}" for key, value in entry.items() if value is not None]
    return "  - " + "\n    ".join(rows) + "\n"


def project(tmp_path, *waivers: str, settings: str = ""):
    """A folder with genocat.toml, waivers.yaml and one dataset that has a GC401 finding."""
    target = tmp_path / DATASET
    target.parent.mkdir(parents=True)
    shutil.copy(SOURCE, target)
    (tmp_path / "waivers.yaml").write_text("waivers:\n" + "".join(waivers), encoding="utf-8")
    (tmp_path / "genocat.toml").write_text('waivers = "waivers.yaml"\n' + settings, encoding="utf-8")
    return load_config(tmp_path / "genocat.toml")


def run(tmp_path, config, today=TODAY):
    """Validate without waivers, then apply them: what validator.validate() does once integrated."""
    report = validate([tmp_path / "submissions"], dataclasses.replace(config, waivers=None))
    loaded = load_paths([tmp_path / "submissions"])
    kept, waived = apply(report.findings, loaded.documents, config, today, files=loaded.files)
    return [(f.code, f.path.rsplit("/", 1)[-1], f.line) for f in kept], len(waived), kept


def test_an_empty_list_of_waivers_is_fine(tmp_path):
    found, waived, _ = run(tmp_path, project(tmp_path))
    assert found == [("GC401", "gdi-hu-semmelweis-1.yaml", 52)] and waived == 0


@pytest.mark.parametrize(
    "fields",
    [
        {},
        {"dataset": None, "path": "submissions/hu/*.yaml"},
        {"dataset": None, "path": "submissions/**/gdi-*.yaml"},
        {"dataset": None, "path": "submissions/hu"},
        {"path": "submissions/hu/"},
        {"expires": "2026-06-01"},  # in force through its expiry date
    ],
    ids=["dataset", "glob", "double-star", "folder", "dataset-and-path", "expires-today"],
)
def test_a_waived_finding_leaves_the_report(tmp_path, fields):
    found, waived, _ = run(tmp_path, project(tmp_path, waiver(**fields)))
    assert found == [] and waived == 1


def test_paths_given_relative_to_the_current_folder_match(tmp_path, monkeypatch):
    config = project(tmp_path, waiver(dataset=None, path="submissions/hu/*.yaml"))
    monkeypatch.chdir(tmp_path)
    report = validate(["submissions"], dataclasses.replace(config, waivers=None))
    kept, waived = apply(report.findings, load_paths(["submissions"]).documents, config, TODAY)
    assert kept == [] and len(waived) == 1


def test_expired_waiver_is_a_finding_at_its_line_and_waives_nothing(tmp_path):
    config = project(tmp_path, waiver(dataset="GDI-HU-OTHER-1", expires="2027-12-31"), waiver())
    found, waived, kept = run(tmp_path, config, today=date(2027, 1, 1))
    assert found == [("GC401", "gdi-hu-semmelweis-1.yaml", 52), ("GC901", "waivers.yaml", 7)] and waived == 0
    expired = kept[1]
    assert expired.severity == Severity.WARNING and expired.path.endswith("waivers.yaml")
    assert "2026-12-31" in expired.message and "GC401" in expired.message
    assert "Renew" in expired.hint and "remove" in expired.hint


def test_unused_waiver_is_an_info_finding(tmp_path):
    config = project(tmp_path, waiver(), waiver(rule="GC601"))
    found, waived, kept = run(tmp_path, config)
    assert found == [("GC902", "waivers.yaml", 7)] and waived == 1
    assert kept[0].severity == Severity.INFO


def test_waiver_of_a_dataset_not_in_the_run_is_not_called_unused(tmp_path):
    found, waived, _ = run(tmp_path, project(tmp_path, waiver(dataset="GDI-HU-OTHER-1")))
    assert found == [("GC401", "gdi-hu-semmelweis-1.yaml", 52)] and waived == 0


def test_waiver_findings_follow_the_configuration(tmp_path):
    settings = 'disable = ["GC902"]\nseverity = { GC901 = "error" }\n'
    config = project(tmp_path, waiver(expires="2026-01-01"), waiver(rule="GC601"), settings=settings)
    found, _, kept = run(tmp_path, config)
    assert [code for code, _, _ in found] == ["GC401", "GC901"] and kept[1].severity == Severity.ERROR


def test_documents_may_be_given_as_path_to_identifier(tmp_path):
    config = project(tmp_path, waiver())
    report = validate([tmp_path / "submissions"], dataclasses.replace(config, waivers=None))
    path = report.findings[0].path
    assert apply(report.findings, {path: "GDI-HU-SEMMELWEIS-1"}, config, TODAY) == ([], report.findings)
    assert apply(report.findings, {path: "GDI-XX-OTHER-1"}, config, TODAY) == (report.findings, [])


@pytest.mark.parametrize(
    ("text", "where", "words"),
    [
        ("waivers:\n" + waiver(rule="GC4O1"), "waivers.yaml:2", "unknown rule code 'GC4O1'. Did you mean 'GC401'?"),
        ("waivers:\n" + waiver(reason=None), "waivers.yaml:2", "needs 'reason:'"),
        ("waivers:\n" + waiver(owner='""'), "waivers.yaml:5", "needs 'owner:'"),
        ("waivers:\n" + waiver(dataset=None), "waivers.yaml:2", "'dataset:' (an identifier) or 'path:'"),
        ("waivers:\n" + waiver(expires="31/12/2026"), "waivers.yaml:6", "write it as YYYY-MM-DD"),
        ("waivers:\n" + waiver(expires="2026-02-30"), "waivers.yaml:6", "is not a date"),
        ("waivers:\n" + waiver(expiry="2026-12-31"), "waivers.yaml:7", "unknown key 'expiry'"),
        ("waivers:\n" + waiver(path=3), "waivers.yaml:7", "'path' must be text"),
        ("waivers:\n  - GC401\n", "waivers.yaml:2", "must be a mapping"),
        ("waivers: GC401\n", "waivers.yaml:1", "must be a list"),
        ("- rule: GC401\n", "waivers.yaml:1", "mapping"),
        ("waiver:\n" + waiver(), "waivers.yaml:1", "unknown key 'waiver'"),
        ("waivers:\n  - rule: [GC401\n", "waivers.yaml:3", "not valid YAML"),
        ("", "waivers.yaml:1", "empty"),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 40 else None,
)
def test_bad_waivers_file_is_a_config_error_with_file_and_line(tmp_path, text, where, words):
    (tmp_path / "waivers.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "genocat.toml").write_text('waivers = "waivers.yaml"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_config(tmp_path / "genocat.toml")
    assert where in str(raised.value) and words in str(raised.value)


@pytest.mark.parametrize(
    ("setting", "words"), [('waivers = "missing.yaml"', "does not exist"), ("waivers = 3", "path of a waivers file")]
)
def test_waivers_setting_must_name_a_file(tmp_path, setting, words):
    (tmp_path / "genocat.toml").write_text(setting + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=words):
        load_config(tmp_path / "genocat.toml")


def test_waivers_file_is_relative_to_pyproject(tmp_path):
    (tmp_path / "ci").mkdir()
    (tmp_path / "ci" / "waivers.yaml").write_text("waivers:\n" + waiver(), encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.genocat]\nwaivers = "ci/waivers.yaml"\n', encoding="utf-8")
    (tmp_path / "catalog").mkdir()
    config = load_config(start=tmp_path / "catalog")
    assert config.waivers.base == tmp_path and [w.rule for w in config.waivers.entries] == ["GC401"]


@pytest.mark.parametrize(
    ("pattern", "path", "matches"),
    [
        ("catalog/hu/datasets/*.yaml", "catalog/hu/datasets/a.yaml", True),
        ("catalog/hu/datasets/*.yaml", "catalog/hu/datasets/sub/a.yaml", False),
        ("catalog/*/datasets/a.yaml", "catalog/hu/datasets/a.yaml", True),
        ("catalog/**/a.yaml", "catalog/a.yaml", True),
        ("catalog/**/a.yaml", "catalog/hu/datasets/a.yaml", True),
        ("**/a.yaml", "catalog/hu/a.yaml", True),
        ("catalog/hu", "catalog/hu/datasets/a.yaml", True),
        ("catalog/hu", "catalog/hungary/a.yaml", False),
        ("catalog/h?/*.yaml", "catalog/hu/a.yaml", True),
        ("catalog/hu/a.yaml", "catalog/hu/a.yml", False),
        ("./catalog/hu/a.yaml", "catalog/hu/a.yaml", True),
        ("catalog/hu/a+b.yaml", "catalog/hu/a+b.yaml", True),
    ],
)
def test_glob_matches(pattern, path, matches):
    assert glob_matches(pattern, path) is matches
