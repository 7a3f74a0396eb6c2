"""GitLab Code Quality report (a subset of the Code Climate issue format) for merge-request widgets."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Mapping

from genocat.findings import Report, Severity
from genocat.reporters.sarif import full_message, identity
from genocat.rules.registry import Rule

SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def render(report: Report, rules: Mapping[str, Rule], *, color: bool) -> str:
    """Fingerprints ignore line numbers so an issue survives edits above it; GitLab needs them unique,
    so identical findings in one file are told apart by their order of occurrence."""
    seen: Counter[bytes] = Counter()
    issues = []
    for finding in report.findings:
        key = identity(finding)
        occurrence = seen[key]
        seen[key] += 1
        salt = b"" if occurrence == 0 else f"#{occurrence}".encode()
        issues.append(
            {
                "description": full_message(finding),
                "check_name": finding.code,
                "fingerprint": hashlib.md5(key + salt, usedforsecurity=False).hexdigest(),
                "severity": SEVERITIES[finding.severity],
                "location": {
                    "path": finding.path.replace("\\", "/"),
                    "lines": {"begin": max(1, finding.line)},
                },
            }
        )
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
