"""Validator configuration: rules on/off, severity overrides."""

from __future__ import annotations

from dataclasses import dataclass, field

from genocat.findings import Severity


@dataclass
class Config:
    disabled: set[str] = field(default_factory=set)
    severities: dict[str, Severity] = field(default_factory=dict)

    def enabled(self, code: str) -> bool:
        return code not in self.disabled

    def severity_for(self, code: str, default: Severity) -> Severity:
        return self.severities.get(code, default)
