"""The one registry of rules: code -> Rule. Checks register themselves with @rule."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass

from genocat.findings import Severity

LAYERS = (
    "parse",
    "structure",
    "semantics",
    "vocabulary",
    "consent",
    "disclosure",
    "catalogue",
    "shacl",
    "configuration",
)


@dataclass(frozen=True)
class Rule:
    """A rule's identity and documentation; the docstring of its check is its documentation page."""

    code: str
    title: str
    severity: Severity
    layer: str
    doc: str
    check: Callable | None = None
    scope: str = "document"  # "document": check(doc, ctx); "catalogue": check(docs, ctx)


RULES: dict[str, Rule] = {}


def rule(
    code: str, title: str, severity: Severity, layer: str, scope: str = "document"
) -> Callable[[Callable], Callable]:
    """Register a check function under a stable code."""

    def register(func: Callable | None) -> Callable | None:
        if layer not in LAYERS:
            raise ValueError(f"unknown layer {layer!r} for rule {code}")
        if code in RULES:
            raise ValueError(f"rule code {code} registered twice")
        doc = inspect.cleandoc(func.__doc__ or "") if func is not None else ""
        RULES[code] = Rule(code, title, severity, layer, doc, func, scope)
        return func

    return register


def declare(code: str, title: str, severity: Severity, layer: str, doc: str) -> Rule:
    """Register a rule whose findings are produced by a shared mechanism (parser, JSON Schema)."""
    if code in RULES:
        raise ValueError(f"rule code {code} registered twice")
    RULES[code] = Rule(code, title, severity, layer, inspect.cleandoc(doc), None)
    return RULES[code]


def finding(doc, code: str, pointer: str, message: str, hint: str = ""):
    """A finding of rule `code` at `pointer` in `doc`, placed on the line the steward must edit."""
    from genocat.findings import Finding

    line, column = doc.locate(pointer)
    return Finding(doc.path, line, column, code, RULES[code].severity, message, hint, pointer)
