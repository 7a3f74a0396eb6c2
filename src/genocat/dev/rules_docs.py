"""Render the rule reference page from the registry: each rule's docstring is its documentation."""

from __future__ import annotations

from genocat.rules import RULES
from genocat.rules.registry import LAYERS


def render() -> str:
    lines = [
        "# Validation rules",
        "",
        "Generated from the rule registry by `python -m genocat.dev.generate`; do not edit.",
        "Each finding names its rule code; configuration can switch a rule off or change its severity.",
        "",
    ]
    for layer in LAYERS:
        rules = sorted((r for r in RULES.values() if r.layer == layer), key=lambda r: r.code)
        if not rules:
            continue
        title = "SHACL" if layer == "shacl" else layer.capitalize()
        lines += [f"## {title} layer", ""]
        for rule in rules:
            lines += [f"### {rule.code}", "", f"**{rule.title}** · default severity: {rule.severity.value}", ""]
            lines += [rule.doc, ""]
    return "\n".join(lines)
