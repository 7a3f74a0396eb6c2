"""GitHub Actions workflow annotations, plus a step summary listing every finding (annotations stop at 10)."""

from __future__ import annotations

import html
import os
from collections.abc import Mapping
from pathlib import Path

from genocat.findings import Finding, Report, Severity
from genocat.reporters.text import summary_line
from genocat.rules.registry import Rule

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
SUMMARY_ENV = "GITHUB_STEP_SUMMARY"


def escape_data(text: str) -> str:
    """Escape a command's message, as the Actions runner unescapes it (%, CR, LF)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: the message rules plus `:` and `,`, which delimit properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding) -> str:
    """`::error file=PATH,line=L,col=C,title=CODE::message`; line/col left out for whole-file findings."""
    props = [f"file={escape_property(finding.path)}"]
    if finding.line >= 1:
        props.append(f"line={finding.line}")
        if finding.column >= 1:
            props.append(f"col={finding.column}")
    props.append(f"title={escape_property(finding.code)}")
    message = f"{finding.message}\nhint: {finding.hint}" if finding.hint else finding.message
    return f"::{COMMANDS[finding.severity]} {','.join(props)}::{escape_data(message)}"


def _cell(text: str) -> str:
    """Markdown table cell: no HTML, no column breaks, no line breaks."""
    return html.escape(text, quote=False).replace("|", "\\|").replace("\r", "").replace("\n", "<br>")


def step_summary(report: Report, rules: Mapping[str, Rule]) -> str:
    """A Markdown section with a table of all findings."""
    lines = ["## genocat", "", _cell(summary_line(report)), ""]
    if report.findings:
        lines += ["| Severity | File | Line:col | Rule | Message |", "| --- | --- | ---: | --- | --- |"]
        for f in report.findings:
            rule = rules.get(f.code)
            title = f" {_cell(rule.title)}" if rule else ""
            message = _cell(f.message) + (f"<br>hint: {_cell(f.hint)}" if f.hint else "")
            lines.append(
                f"| {f.severity.value} | {_cell(f.path)} | {f.line}:{f.column} "
                f"| [{_cell(f.code)}]({f.doc_url}){title} | {message} |"
            )
        lines.append("")
    return "\n".join(lines) + "\n"


def write_step_summary(report: Report, rules: Mapping[str, Rule], path: str | os.PathLike) -> None:
    """Append (the runner gives each step one file, other tools may write to it too)."""
    with Path(path).open("a", encoding="utf-8", newline="\n") as handle:
        handle.write(step_summary(report, rules))


def render(report: Report, rules: Mapping[str, Rule], *, color: bool) -> str:
    """Annotations and the summary line on stdout; the step summary as a side effect when on Actions."""
    summary_path = os.environ.get(SUMMARY_ENV)
    if summary_path:
        write_step_summary(report, rules, summary_path)
    return "".join(annotation(f) + "\n" for f in report.findings) + summary_line(report) + "\n"
