"""Run every rule layer over a set of submissions and return one report.

load (with positions) -> parse findings -> structure (JSON Schema) -> the registered rule checks.
The engine stamps each finding with its rule's configured severity; rules never decide their own.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from genocat.config import Config
from genocat.findings import Finding, Report
from genocat.load import discover, load_paths
from genocat.rules import RULES, structure


class NothingToValidate(Exception):
    """No submission file under the given paths (a usage problem, exit code 2)."""


def validate(paths: list[str | Path], config: Config | None = None) -> Report:
    """Validate the submissions under `paths` (files or folders)."""
    config = config or Config()
    files, missing = discover(paths)
    if missing:
        raise NothingToValidate(f"No such file or folder: {', '.join(missing)}")
    if not files:
        raise NothingToValidate("No submission files (*.yaml, *.yml, *.json) under " + ", ".join(map(str, paths)))
    loaded = load_paths(paths)
    findings: list[Finding] = list(loaded.findings)
    ctx = config.context()
    for doc in loaded.documents:
        findings.extend(structure.check(doc))
    for code, rule in sorted(RULES.items()):
        if rule.check is None or not config.enabled(code):
            continue
        if rule.scope == "catalogue":
            findings.extend(_guarded(rule.check, loaded.documents, ctx))
        else:
            for doc in loaded.documents:
                findings.extend(_guarded(rule.check, doc, ctx))
    return Report(_configured(findings, config), loaded.files)


def _guarded(check, subject, ctx) -> list[Finding]:
    """Run one check. A value of the wrong type was already reported by the structure layer, so
    a check that trips over it has nothing to add."""
    try:
        return list(check(subject, ctx))
    except (TypeError, AttributeError, ValueError, KeyError):
        return []


def _configured(findings: list[Finding], config: Config) -> list[Finding]:
    result = []
    for finding in findings:
        if not config.enabled(finding.code):
            continue
        default = RULES[finding.code].severity if finding.code in RULES else finding.severity
        result.append(replace(finding, severity=config.severity_for(finding.code, default)))
    return result
