"""Waivers: known, accepted findings taken out of the report, each with a reason, an owner and an expiry.

The configuration names a waivers file (`waivers = "waivers.yaml"`, relative to the configuration file):

    waivers:
      - rule: GC601
        dataset: GDI-HU-PECS-1          # or path: catalog/hu/datasets/*.yaml (relative to the config's folder)
        reason: The 80+ band is published by the registry itself.
        owner: eszter@example.org
        expires: 2026-12-31

`apply()` runs on the final findings of a validation run. An expired waiver waives nothing and becomes a
GC901 finding; a waiver whose target was validated but that waived nothing becomes GC902. A waivers file
that cannot be read, or names an unknown rule, is a `ConfigError` (exit code 2) with file and line.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from genocat.config import Config, ConfigError
from genocat.findings import Finding, Severity

KEYS = ("rule", "dataset", "path", "reason", "owner", "expires")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Waiver:
    """One accepted finding pattern: a rule in a dataset and/or in the files a glob names."""

    rule: str
    dataset: str | None
    path: str | None
    reason: str
    owner: str
    expires: date
    line: int

    def expired(self, today: date) -> bool:
        """A waiver is in force up to and including its expiry date."""
        return today > self.expires

    def covers(self, identifier: str | None, relative: str | None) -> bool:
        """Whether a file with this dataset identifier and config-relative path is within the waiver."""
        if self.dataset is not None and identifier != self.dataset:
            return False
        return self.path is None or (relative is not None and glob_matches(self.path, relative))


@dataclass(frozen=True)
class Waivers:
    """The waivers of one file, and where relative `path` globs start."""

    file: Path
    base: Path
    entries: tuple[Waiver, ...]


def load(file: Path, base: Path) -> Waivers:
    """Read and check a waivers file; every problem is a ConfigError naming file:line."""
    from genocat.load import load_file
    from genocat.rules import RULES
    from genocat.rules import waivers as _declared  # noqa: F401  (GC901, GC902 in the registry)

    if not file.is_file():
        raise ConfigError(f"{file}: the waivers file does not exist.")
    doc, problems = load_file(file)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if errors or doc is None:
        first = errors[0] if errors else problems[0]
        hint = first.hint if first.code != "GC102" else "Write 'waivers:' followed by a list of waivers."
        raise ConfigError(f"{file}:{first.line}: {first.message} {hint}".rstrip())
    unknown = sorted(set(doc.data) - {"waivers"})
    if unknown:
        line = doc.locate(f"/{unknown[0]}")[0]
        raise ConfigError(f"{file}:{line}: unknown key '{unknown[0]}'; the file holds one list, 'waivers:'.")
    items = doc.data.get("waivers") or []  # `waivers:` with no entries yet is an empty list
    if not isinstance(items, list):
        raise ConfigError(f"{file}:{doc.locate('/waivers')[0]}: 'waivers' must be a list of waivers.")
    entries = [_waiver(item, doc, f"/waivers/{i}", file, RULES) for i, item in enumerate(items)]
    return Waivers(file, base, tuple(entries))


def _waiver(item, doc, pointer: str, file: Path, rules) -> Waiver:
    line = doc.locate(pointer)[0]

    def fail(key: str | None, problem: str) -> ConfigError:
        where = doc.locate(f"{pointer}/{key}")[0] if key else line
        return ConfigError(f"{file}:{where}: {problem}")

    if not isinstance(item, dict):
        raise fail(None, "a waiver must be a mapping with rule, dataset or path, reason, owner and expires.")
    for key in sorted(set(item) - set(KEYS)):
        close = difflib.get_close_matches(key, KEYS, n=1)
        hint = f" Did you mean '{close[0]}'?" if close else f" Known keys: {', '.join(KEYS)}."
        raise fail(key, f"unknown key '{key}' in a waiver.{hint}")
    for key in ("rule", "reason", "owner", "expires"):
        if not isinstance(item.get(key), str) or not item[key].strip():
            raise fail(key if key in item else None, f"the waiver needs '{key}:' with a value.")
    for key in ("dataset", "path"):
        if key in item and (not isinstance(item[key], str) or not item[key].strip()):
            raise fail(key, f"'{key}' must be text.")
    if "dataset" not in item and "path" not in item:
        raise fail(None, "the waiver needs 'dataset:' (an identifier) or 'path:' (a glob), or both.")
    code = item["rule"].strip()
    if code not in rules:
        close = difflib.get_close_matches(code.upper(), sorted(rules), n=1)
        hint = f" Did you mean '{close[0]}'?" if close else " See the rule reference for the codes."
        raise fail("rule", f"unknown rule code '{code}'.{hint}")
    expires = item["expires"].strip()
    try:
        if not _ISO_DATE.match(expires):
            raise ValueError
        expiry = date.fromisoformat(expires)
    except ValueError:
        raise fail("expires", f"'expires: {expires}' is not a date; write it as YYYY-MM-DD.") from None
    return Waiver(code, item.get("dataset"), item.get("path"), item["reason"], item["owner"], expiry, line)


def apply(
    findings: Iterable[Finding],
    documents: Iterable | Mapping[str, str | None],
    config: Config,
    today: date | None = None,
    files: Iterable[str] | None = None,
) -> tuple[list[Finding], list[Finding]]:
    """The findings the configured waivers leave in the report, and the findings they waived (the
    report counts them, the site's compliance pages per node).

    `documents` are the loaded documents (or a mapping from path to dataset identifier) so that a
    waiver can name a dataset; `files` are all the files of the run (default: the documents' paths).
    Expired and unused waivers come back as GC901 and GC902 findings, configured like any rule.
    """
    findings = list(findings)
    waivers: Waivers | None = getattr(config, "waivers", None)
    if waivers is None or not waivers.entries:
        return findings, []
    today = today or config.context().today
    identifiers = _identifiers(documents)
    relative = _relative_paths(waivers.base)
    in_force = [w for w in waivers.entries if not w.expired(today)]
    used: set[Waiver] = set()
    kept: list[Finding] = []
    waived: list[Finding] = []
    for finding in findings:
        waiver = next(
            (
                w
                for w in in_force
                if w.rule == finding.code and w.covers(identifiers.get(finding.path), relative(finding.path))
            ),
            None,
        )
        if waiver is None:
            kept.append(finding)
        else:
            used.add(waiver)
            waived.append(finding)
    shown = display_path(waivers.file)
    run_files = sorted(set(files) if files is not None else set(identifiers))
    for waiver in waivers.entries:
        if waiver.expired(today):
            target = f"dataset {waiver.dataset}" if waiver.dataset else f"files {waiver.path}"
            kept += _configured(
                config,
                Finding(
                    shown,
                    waiver.line,
                    1,
                    "GC901",
                    Severity.WARNING,
                    f"The waiver of {waiver.rule} for {target} (owner {waiver.owner}) expired on "
                    f"{waiver.expires.isoformat()}, so it no longer waives anything.",
                    "Renew it with a new 'expires:' date if the reason still holds, or remove it once the "
                    "findings are fixed.",
                ),
            )
        elif waiver not in used and any(waiver.covers(identifiers.get(p), relative(p)) for p in run_files):
            kept += _configured(
                config,
                Finding(
                    shown,
                    waiver.line,
                    1,
                    "GC902",
                    Severity.INFO,
                    f"The waiver of {waiver.rule} waived no finding in the files it covers.",
                    "Remove the waiver if the problem was fixed, or correct its rule, dataset or path.",
                ),
            )
    return sorted(kept), waived


def _configured(config: Config, finding: Finding) -> list[Finding]:
    from dataclasses import replace

    if not config.enabled(finding.code):
        return []
    return [replace(finding, severity=config.severity_for(finding.code, finding.severity))]


def _identifiers(documents) -> dict[str, str | None]:
    if isinstance(documents, Mapping):
        return dict(documents)
    result: dict[str, str | None] = {}
    for doc in documents:
        identifier = doc.data.get("identifier") if isinstance(doc.data, dict) else None
        result[doc.path] = identifier if isinstance(identifier, str) else None
    return result


def _relative_paths(base: Path):
    root = base.resolve()

    @cache
    def relative(path: str) -> str | None:
        try:
            return Path(path).resolve().relative_to(root).as_posix()
        except ValueError:
            return None

    return relative


def display_path(path: Path) -> str:
    """The waivers file as findings name it: relative to the current folder when it lies below it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.resolve().as_posix()


def glob_matches(pattern: str, relative: str) -> bool:
    """Whether a config-relative file path, or one of its folders, matches a glob (`*`, `?`, `**`)."""
    regex = _glob_regex(pattern.strip().strip("/") if pattern.strip() != "/" else "**")
    parts = relative.split("/")
    return any(regex.match("/".join(parts[:n])) for n in range(len(parts), 0, -1))


@cache
def _glob_regex(pattern: str) -> re.Pattern:
    pieces = []
    segments = pattern.removeprefix("./").split("/")
    for i, segment in enumerate(segments):
        last = i == len(segments) - 1
        if segment == "**":
            pieces.append(".*" if last else "(?:[^/]+/)*")
            continue
        text = "".join("[^/]*" if c == "*" else "[^/]" if c == "?" else re.escape(c) for c in segment)
        pieces.append(text if last else text + "/")
    return re.compile("".join(pieces) + r"\Z")
