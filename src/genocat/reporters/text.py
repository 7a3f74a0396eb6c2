"""Human-readable report: findings grouped by file, then one summary line."""

from __future__ import annotations

from collections.abc import Mapping
from itertools import groupby

from genocat.findings import Finding, Report, Severity
from genocat.rules.registry import Rule

RESET = "\x1b[0m"
BOLD = "\x1b[1m"
DIM = "\x1b[2m"
SEVERITY_STYLE = {Severity.ERROR: "\x1b[1;31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}
SEVERITY_WIDTH = max(len(s.value) for s in Severity)


def plural(count: int, word: str) -> str:
    """`1 error`, `2 errors`; `info` is uncountable."""
    return f"{count} {word}" if count == 1 or word == "info" else f"{count} {word}s"


def summary_line(report: Report) -> str:
    """`3 errors, 1 warning, 0 info in 12 files`, or the all-clear sentence."""
    files = plural(len(report.files), "file")
    waived = f" ({report.waived} waived)" if report.waived else ""
    if not report.findings:
        return f"No problems found in {files}{waived}."
    counts = ", ".join(
        plural(report.count(severity), severity.value) for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO)
    )
    return f"{counts} in {files}{waived}"


def _style(text: str, style: str, color: bool) -> str:
    return f"{style}{text}{RESET}" if color else text


def _lines_for_file(path: str, findings: list[Finding], color: bool) -> list[str]:
    locations = [f"{f.line}:{f.column}" for f in findings]
    width = max(len(loc) for loc in locations)
    code_width = max(len(f.code) for f in findings)
    lines = [_style(path, BOLD, color)]
    for finding, location in zip(findings, locations, strict=True):
        severity = _style(finding.severity.value.ljust(SEVERITY_WIDTH), SEVERITY_STYLE[finding.severity], color)
        code = _style(finding.code.ljust(code_width), DIM, color)
        lines.append(f"  {location.ljust(width)}  {severity}  {code}  {finding.message}")
        if finding.hint:
            lines.append(f"  {' ' * width}  hint: {finding.hint}")
    return lines


def render(report: Report, rules: Mapping[str, Rule], *, color: bool) -> str:
    """Group by file (findings are already sorted by path), blank line between groups, summary last."""
    blocks = [
        "\n".join(_lines_for_file(path, list(group), color))
        for path, group in groupby(report.findings, key=lambda f: f.path)
    ]
    summary = _style(summary_line(report), BOLD, color)
    if report.score and report.score["datasets"]:
        score = report.score
        summary += (
            f"\nQuality: {len(score['datasets'])} datasets, average {score['average']}/{score['max']} MQA points"
            f" ({score['rating']}); `genocat score` says what to add."
        )
    blocks.append(summary)
    return "\n\n".join(blocks) + "\n"
