"""Findings and reports: the plain data every check produces and every reporter consumes."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum


class Severity(str, Enum):
    """How bad a finding is: error (blocks a build, exit code 1), warning, info."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


DOCS_BASE = "https://genocat.github.io/genocat/rules/"


@dataclass(frozen=True, order=True)
class Finding:
    """One problem in one place. Sorted by (path, line, column, code)."""

    path: str
    line: int
    column: int
    code: str
    severity: Severity = field(compare=False)
    message: str = field(compare=False)
    hint: str = field(default="", compare=False)
    pointer: str = field(default="", compare=False)

    @property
    def doc_url(self) -> str:
        return f"{DOCS_BASE}#{self.code.lower()}"

    def to_dict(self) -> dict:
        data = asdict(self)
        data["severity"] = self.severity.value
        data["doc_url"] = self.doc_url
        return {key: data[key] for key in FINDING_KEYS}


FINDING_KEYS = ("code", "severity", "path", "line", "column", "pointer", "message", "hint", "doc_url")


@dataclass
class Report:
    """What one validation run found, over which files."""

    findings: list[Finding]
    files: list[str]
    waived: int = 0  # findings that waivers took out of the report
    score: dict | None = None  # the quality score (genocat.score), compact: summary and points per file
    # each file that loaded, as load.Document with its top-level identifier only: what `genocat build`
    # lays the catalogue out from without loading every file again (not part of any report format)
    summaries: list = field(default_factory=list, repr=False, compare=False)
    # how many findings waivers took out, per file (the site's compliance pages; not part of any report format)
    waived_by_file: dict[str, int] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.findings = sorted(self.findings)
        self.files = sorted(self.files)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def summary(self) -> dict:
        return {
            "files": len(self.files),
            "errors": self.count(Severity.ERROR),
            "warnings": self.count(Severity.WARNING),
            "infos": self.count(Severity.INFO),
            "waived": self.waived,
        }

    def has_at_least(self, severity: Severity) -> bool:
        return any(f.severity.rank >= severity.rank for f in self.findings)

    def to_dict(self) -> dict:
        data = {
            "version": 1,
            "summary": self.summary,
            "files": self.files,
            "findings": [f.to_dict() for f in self.findings],
        }
        if self.score is not None:
            data["score"] = self.score
        return data
