"""SARIF 2.1.0 for GitHub code scanning: each result has a ruleId, a startLine >= 1, a stable fingerprint."""

from __future__ import annotations

import hashlib
import importlib
import importlib.metadata
import json
import re
from collections.abc import Mapping
from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import quote

from genocat.findings import DOCS_BASE, Finding, Report, Severity
from genocat.rules.registry import Rule

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = DOCS_BASE.removesuffix("rules/")
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
FINGERPRINT_KEY = "genocat/v1"
SRCROOT = "%SRCROOT%"


def tool_version() -> str:
    """`genocat.__version__` if the package defines it, else the installed distribution's, else "0"."""
    try:
        version = getattr(importlib.import_module("genocat"), "__version__", None)
    except ImportError:
        version = None
    if version:
        return str(version)
    try:
        return importlib.metadata.version("genocat")
    except importlib.metadata.PackageNotFoundError:
        return "0"


def full_message(finding: Finding) -> str:
    """The message with its hint, for formats that have a single text field."""
    return f"{finding.message} {finding.hint}" if finding.hint else finding.message


def identity(finding: Finding) -> bytes:
    """What makes a finding the same finding across runs: not its line, which shifts with edits above it."""
    parts = (finding.code, finding.path.replace("\\", "/"), finding.pointer, finding.message)
    return json.dumps(parts, ensure_ascii=False).encode("utf-8")


def fingerprint(finding: Finding) -> str:
    return hashlib.sha256(identity(finding)).hexdigest()


def camel_case(title: str) -> str:
    """SARIF's rule `name` is an identifier: "Missing required field" -> "MissingRequiredField"."""
    return "".join(word[:1].upper() + word[1:] for word in re.split(r"[^0-9A-Za-z]+", title) if word)


def artifact_location(path: str) -> dict:
    """Relative paths stay relative to %SRCROOT%; absolute ones become file URIs (no base applies)."""
    posix = path.replace("\\", "/")
    if PureWindowsPath(path).is_absolute():
        return {"uri": PureWindowsPath(path).as_uri()}
    if PurePosixPath(posix).is_absolute():
        return {"uri": PurePosixPath(posix).as_uri()}
    return {"uri": quote(PurePosixPath(posix).as_posix(), safe="/!$&'()*+,;=@-._~"), "uriBaseId": SRCROOT}


def _descriptor(code: str, rule: Rule | None, seen: Severity) -> dict:
    title = rule.title if rule else code
    doc = (rule.doc if rule else "") or title
    level = LEVELS[rule.severity if rule else seen]
    return {
        "id": code,
        "name": camel_case(title) or code,
        "shortDescription": {"text": title},
        "fullDescription": {"text": doc},
        "help": {"text": doc},
        "helpUri": f"{DOCS_BASE}#{code.lower()}",
        "defaultConfiguration": {"level": level},
    }


def _result(finding: Finding, index: int) -> dict:
    result = {
        "ruleId": finding.code,
        "ruleIndex": index,
        "level": LEVELS[finding.severity],
        "message": {"text": full_message(finding)},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": artifact_location(finding.path),
                    "region": {"startLine": max(1, finding.line), "startColumn": max(1, finding.column)},
                }
            }
        ],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(finding)},
    }
    if finding.pointer:
        result["locations"][0]["logicalLocations"] = [{"fullyQualifiedName": finding.pointer}]
    return result


def build(report: Report, rules: Mapping[str, Rule]) -> dict:
    """The SARIF log as a dict; unknown codes get a minimal descriptor so every ruleIndex resolves."""
    seen = {f.code: f.severity for f in reversed(report.findings)}
    codes = sorted(set(rules) | set(seen))
    index = {code: i for i, code in enumerate(codes)}
    run = {
        "tool": {
            "driver": {
                "name": "genocat",
                "version": tool_version(),
                "informationUri": INFORMATION_URI,
                "rules": [_descriptor(code, rules.get(code), seen.get(code, Severity.WARNING)) for code in codes],
            }
        },
        "originalUriBaseIds": {
            SRCROOT: {"description": {"text": "The directory genocat was run from; paths are relative to it."}}
        },
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, index[f.code]) for f in report.findings],
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(report: Report, rules: Mapping[str, Rule], *, color: bool) -> str:
    return json.dumps(build(report, rules), indent=2, ensure_ascii=False) + "\n"
