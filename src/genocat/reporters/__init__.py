"""Reporters turn a Report into text for people and CI; `--format` choices come from REPORTERS."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from genocat.findings import Report
from genocat.reporters import github, gitlab, json, junit, sarif, text
from genocat.rules.registry import Rule

Reporter = Callable[..., str]

REPORTERS: dict[str, Reporter] = {
    "text": text.render,
    "json": json.render,
    "sarif": sarif.render,
    "junit": junit.render,
    "github": github.render,
    "gitlab": gitlab.render,
}


def render(name: str, report: Report, rules: Mapping[str, Rule], *, color: bool = False) -> str:
    """Render with the named reporter; only the text reporter uses colour, the others ignore it."""
    try:
        reporter = REPORTERS[name]
    except KeyError:
        raise ValueError(f"unknown report format {name!r}; choose from {', '.join(REPORTERS)}") from None
    return reporter(report, rules, color=color)
