"""JUnit XML, one testcase per file, so CI test tabs show which files failed and why."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping

from genocat.findings import Finding, Report, Severity
from genocat.rules.registry import Rule

# Characters XML 1.0 cannot carry at all, even escaped.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _INVALID_XML.sub("\ufffd", text)


def _location(finding: Finding) -> str:
    return f"{finding.path}:{finding.line}:{finding.column}"


def _other_line(finding: Finding) -> str:
    hint = f" ({finding.hint})" if finding.hint else ""
    return f"{_location(finding)} {finding.severity.value} {finding.code}: {finding.message}{hint}"


def _testcase(path: str, findings: list[Finding]) -> ET.Element:
    case = ET.Element("testcase", {"classname": _clean(path), "name": _clean(path), "time": "0"})
    for finding in findings:
        if finding.severity is Severity.ERROR:
            failure = ET.SubElement(
                case,
                "failure",
                {"message": _clean(f"{finding.code}: {finding.message}"), "type": finding.code},
            )
            failure.text = _clean(f"{_location(finding)} {finding.hint}".rstrip())
    others = [_other_line(f) for f in findings if f.severity is not Severity.ERROR]
    if others:
        ET.SubElement(case, "system-out").text = _clean("\n".join(others))
    return case


def render(report: Report, rules: Mapping[str, Rule], *, color: bool) -> str:
    """`failures` counts failed testcases (files), as JUnit consumers expect; no timestamps or hostnames."""
    by_path: dict[str, list[Finding]] = {path: [] for path in report.files}
    for finding in report.findings:
        by_path.setdefault(finding.path, []).append(finding)
    cases = [_testcase(path, by_path[path]) for path in sorted(by_path)]
    counts = {
        "tests": str(len(cases)),
        "failures": str(sum(1 for case in cases if case.find("failure") is not None)),
        "errors": "0",
        "skipped": "0",
        "time": "0",
    }
    root = ET.Element("testsuites", {"name": "genocat", **counts})
    suite = ET.SubElement(root, "testsuite", {"name": "genocat", **counts})
    suite.extend(cases)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
