"""Reporters: one golden file each (colour off), plus the properties CI platforms rely on."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from genocat.findings import Finding, Report, Severity
from genocat.reporters import REPORTERS, github, render, sarif
from genocat.reporters.color import should_color
from genocat.rules.registry import Rule
from tests.conftest import requires_shared

GOLDEN = Path(__file__).parent / "golden"
EXTENSIONS = {
    "text": "txt",
    "json": "json",
    "sarif": "sarif",
    "junit": "xml",
    "github": "txt",
    "gitlab": "json",
}
ROOT = Path(__file__).resolve().parents[2]
SARIF_SCHEMA = ROOT.parent / "shared" / "external" / "sarif-2.1.0" / "sarif-schema-2.1.0.json"
COMMA_PATH = "catalog/hu/cohort, wgs.yaml"

RULES = {
    "GC001": Rule("GC001", "Missing identifier", Severity.ERROR, "structure", "Every dataset needs an `id`."),
    "GC050": Rule("GC050", "Unused rule", Severity.INFO, "semantics", ""),
    "GC101": Rule("GC101", "Country not in EU table", Severity.ERROR, "vocabulary", "Use an EU country code."),
    "GC201": Rule("GC201", "Small aggregate count", Severity.WARNING, "disclosure", "Counts below 10 leak."),
}


def make_report(shift: int = 0) -> Report:
    findings = [
        Finding(COMMA_PATH, 0, 0, "GC001", Severity.ERROR, "The document has no `id`.", pointer=""),
        Finding(
            COMMA_PATH,
            3 + shift,
            10,
            "GC101",
            Severity.ERROR,
            "`spatial: Magyarország` is not a code of the EU country table.",
            hint="Write `HUN`.",
            pointer="/spatial",
        ),
        Finding(
            "catalog/hu/panel.yaml",
            12 + shift,
            5,
            "GC201",
            Severity.WARNING,
            "`participants: 7` in age group 80+ is below 10.",
            pointer="/groups/2/participants",
        ),
        Finding("catalog/hu/panel.yaml", 20 + shift, 3, "GC999", Severity.INFO, "Unregistered check said hello."),
    ]
    return Report(findings, [COMMA_PATH, "catalog/hu/panel.yaml", "catalog/hu/reference.yaml"])


@pytest.fixture(autouse=True)
def _fixed_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    monkeypatch.setattr(sarif, "tool_version", lambda: "1.0.0")


def test_registry_has_every_format() -> None:
    assert set(REPORTERS) == set(EXTENSIONS)
    with pytest.raises(ValueError, match="unknown report format 'yaml'"):
        render("yaml", make_report(), RULES)


@pytest.mark.parametrize("name", sorted(EXTENSIONS))
def test_golden(name: str) -> None:
    """Set GENOCAT_UPDATE_GOLDEN=1 to rewrite the golden files, then review the diff."""
    output = render(name, make_report(), RULES, color=False).encode("utf-8")
    golden = GOLDEN / f"{name}.{EXTENSIONS[name]}"
    if os.environ.get("GENOCAT_UPDATE_GOLDEN") == "1":
        golden.write_bytes(output)
    assert output == golden.read_bytes()


def test_json_is_exactly_the_library_report() -> None:
    report = make_report()
    output = render("json", report, RULES)
    assert output == json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"
    assert "Magyarország" in output


def test_text_colour_only_when_asked() -> None:
    assert "\x1b[" in render("text", make_report(), RULES, color=True)
    assert "\x1b" not in render("text", make_report(), RULES, color=False)


def test_text_summary_plurals_and_clean_run() -> None:
    one = Report([Finding("a.yaml", 1, 1, "GC001", Severity.ERROR, "m")], ["a.yaml"])
    assert render("text", one, RULES).endswith("\n\n1 error, 0 warnings, 0 info in 1 file\n")
    assert render("text", Report([], ["a.yaml", "b.yaml"]), RULES) == "No problems found in 2 files.\n"


class FakeStream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def test_should_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert should_color(FakeStream(tty=True), "auto")
    assert not should_color(FakeStream(tty=False), "auto")
    assert not should_color(FakeStream(tty=True), "never")
    assert should_color(FakeStream(tty=False), "always")
    monkeypatch.setenv("NO_COLOR", "1")
    assert not should_color(FakeStream(tty=True), "auto")
    assert should_color(FakeStream(tty=True), "always")
    with pytest.raises(ValueError, match="sometimes"):
        should_color(FakeStream(tty=True), "sometimes")


@requires_shared
def test_sarif_validates_against_schema() -> None:
    assert SARIF_SCHEMA.is_file(), f"SARIF schema not found at {SARIF_SCHEMA}"
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    log = json.loads(render("sarif", make_report(), RULES))
    assert [error.message for error in validator.iter_errors(log)] == []


def test_sarif_meets_github_code_scanning_rules() -> None:
    run = json.loads(render("sarif", make_report(), RULES))["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["GC001", "GC050", "GC101", "GC201", "GC999"]
    assert len(run["results"]) == 4
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1
        assert region["startColumn"] >= 1
        assert len(result["partialFingerprints"]["genocat/v1"]) == 64
    line_zero = run["results"][0]
    assert line_zero["ruleId"] == "GC001"
    assert line_zero["locations"][0]["physicalLocation"]["region"] == {"startLine": 1, "startColumn": 1}
    assert rules[4]["shortDescription"]["text"] == "GC999"


def test_fingerprints_stable_when_lines_shift() -> None:
    def prints(name: str, report: Report) -> list[str]:
        data = json.loads(render(name, report, RULES))
        if name == "sarif":
            return [r["partialFingerprints"]["genocat/v1"] for r in data["runs"][0]["results"]]
        return [issue["fingerprint"] for issue in data]

    for name in ("sarif", "gitlab"):
        before, after = prints(name, make_report()), prints(name, make_report(shift=7))
        assert before == after
        assert len(set(before)) == len(before)


def test_gitlab_fingerprints_unique_for_identical_findings() -> None:
    twin = Finding("a.yaml", 1, 1, "GC001", Severity.ERROR, "same")
    issues = json.loads(render("gitlab", Report([twin, dataclasses.replace(twin, line=9)], ["a.yaml"]), RULES))
    assert len({issue["fingerprint"] for issue in issues}) == 2
    assert [issue["location"]["lines"]["begin"] for issue in issues] == [1, 9]


def test_junit_parses_and_counts_failures() -> None:
    root = ET.fromstring(render("junit", make_report(), RULES).encode("utf-8"))
    suite = root.find("testsuite")
    assert suite is not None
    assert suite.get("name") == "genocat"
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", "1", "0")
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    assert sorted(cases) == sorted(make_report().files)
    failures = cases[COMMA_PATH].findall("failure")
    assert [f.get("message", "").split(":")[0] for f in failures] == ["GC001", "GC101"]
    assert failures[1].text == f"{COMMA_PATH}:3:10 Write `HUN`."
    assert "GC201" in (cases["catalog/hu/panel.yaml"].findtext("system-out") or "")
    assert cases["catalog/hu/panel.yaml"].find("failure") is None


def test_github_escapes_message_and_properties() -> None:
    finding = Finding("dir/a,b:c.yaml", 4, 2, "GC101", Severity.WARNING, "first line\nsecond 100%")
    assert github.annotation(finding) == (
        "::warning file=dir/a%2Cb%3Ac.yaml,line=4,col=2,title=GC101::first line%0Asecond 100%25"
    )
    whole_file = dataclasses.replace(finding, line=0, column=0, severity=Severity.INFO)
    assert github.annotation(whole_file).startswith("::notice file=dir/a%2Cb%3Ac.yaml,title=GC101::")


def test_github_step_summary_lists_all_findings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    findings = [Finding("a.yaml", n, 1, "GC201", Severity.WARNING, f"problem number {n}") for n in range(1, 16)]
    output = render("github", Report(findings, ["a.yaml"]), RULES)
    assert output.count("::warning ") == 15
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n")
    rows = [line for line in text.splitlines() if line.startswith("| warning |")]
    assert len(rows) == 15
    assert all(f"problem number {n} |" in text for n in range(1, 16))


@pytest.mark.parametrize(
    ("path", "location"),
    [
        ("a\\b.yaml", {"uri": "a/b.yaml", "uriBaseId": "%SRCROOT%"}),
        ("./x/y z.yaml", {"uri": "x/y%20z.yaml", "uriBaseId": "%SRCROOT%"}),
        ("a:b.yaml", {"uri": "a%3Ab.yaml", "uriBaseId": "%SRCROOT%"}),
        ("/abs/p.yaml", {"uri": "file:///abs/p.yaml"}),
    ],
)
def test_sarif_artifact_location(path: str, location: dict) -> None:
    assert sarif.artifact_location(path) == location
