"""Validator configuration: rules on/off, severity overrides."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from genocat.findings import Severity
from genocat.rules.context import Context


@dataclass
class Config:
    disabled: set[str] = field(default_factory=set)
    severities: dict[str, Severity] = field(default_factory=dict)
    small_cell_threshold: int = 10
    today: date | None = None

    def context(self) -> Context:
        return Context(today=self.today or date.today(), small_cell_threshold=self.small_cell_threshold)

    def enabled(self, code: str) -> bool:
        return code not in self.disabled

    def severity_for(self, code: str, default: Severity) -> Severity:
        return self.severities.get(code, default)
