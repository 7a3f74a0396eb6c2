"""The content-hash cache of per-file results, so a re-run reads and checks only the files that changed.

One pack file per fingerprint in the cache folder (the CLI uses `.genocat-cache/`). The fingerprint covers
everything a file's findings depend on besides its bytes and path: the genocat version, the package's
code and generated artefacts, the configuration and the rule context (today's date, thresholds). An
entry holds, per path, the sha256 of the file's bytes, the file's findings and the summary the
catalogue-scope rules read. An entry is used only when the path and the digest match; a pack or an
entry that cannot be read is ignored and recomputed. Packs are written atomically.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, fields, is_dataclass
from datetime import date
from enum import Enum
from functools import cache
from pathlib import Path

from genocat import __version__
from genocat.atomic import write_text_atomic
from genocat.findings import Finding, Severity
from genocat.load import Document

FORMAT = 2
KEEP_PACKS = 4  # packs of other fingerprints (other configurations, earlier days) kept beside the current one
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# A genocat cache folder; see https://bford.info/cachedir/\n"


@cache
def code_digest() -> str:
    """sha256 over the installed package's files (code, generated artefacts, shipped data): results
    computed by another genocat, or from another schema, are never served."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _plain(value):
    """A configuration value in a canonical JSON form (sets sorted, enums and dates as text)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in sorted(value.items())}
    if isinstance(value, set | frozenset):
        return sorted(_plain(v) for v in value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if is_dataclass(value):
        return _plain(asdict(value))
    return value


def fingerprint(config, exclude: tuple[str, ...] = ("waivers", "today")) -> str:
    """What, besides a file's bytes and path, its findings depend on. Waivers are applied to the
    whole report after the cache, so they are not part of it; `today` enters through the context."""
    settings = {f.name: _plain(getattr(config, f.name)) for f in fields(config) if f.name not in exclude}
    text = json.dumps(
        {"format": FORMAT, "code": code_digest(), "config": settings, "context": _plain(config.context())},
        sort_keys=True,
        default=str,
    )
    return hashlib.sha256(text.encode()).hexdigest()


def _finding(path: str, item) -> Finding:
    line, column, code, severity, message, hint, pointer = item
    if type(line) is not int or type(column) is not int:
        raise TypeError("damaged finding")
    if not all(isinstance(text, str) for text in (code, message, hint, pointer)):
        raise TypeError("damaged finding")
    return Finding(path, line, column, code, Severity(severity), message, hint, pointer)


def _positions(items: dict) -> dict[str, tuple[int, int]]:
    """JSON {pointer: [line, column]} back to positions; anything else is a damaged entry."""
    result = {pointer: (line, column) for pointer, (line, column) in items.items()}
    for line, column in result.values():
        if type(line) is not int or type(column) is not int:
            raise TypeError("damaged position")
    return result


class Cache:
    """Per-file results of one fingerprint, read once at the start of a run and written at its end."""

    def __init__(self, folder: Path, key: str) -> None:
        self.folder = Path(folder)
        self.pack = self.folder / f"v{FORMAT}-{key[:32]}.json"
        self.entries: dict = {}
        self.dirty = False
        try:
            data = json.loads(self.pack.read_text(encoding="utf-8"))
            if isinstance(data, dict) and data.get("fingerprint") == key and isinstance(data.get("entries"), dict):
                self.entries = data["entries"]
        except (OSError, ValueError):
            pass  # no pack yet, or an unreadable one: start empty and write a new one
        self.key = key

    @classmethod
    def for_config(cls, folder: Path, config) -> Cache:
        return cls(folder, fingerprint(config))

    def get(self, path: str, digest: str) -> tuple[list[Finding], Document | None, dict | None] | None:
        """The findings, summary and score stored for this path and content, or None (a miss)."""
        entry = self.entries.get(path)
        if not isinstance(entry, dict) or entry.get("sha256") != digest:
            return None
        try:
            findings = [_finding(path, item) for item in entry["findings"]]
            summary = entry["summary"]
            if summary is not None:
                if not isinstance(summary["data"], dict) or not isinstance(summary["kind"], str):
                    raise TypeError("damaged summary")
                summary = Document(
                    path,
                    summary["kind"],
                    summary["data"],
                    _positions(summary["positions"]),
                    _positions(summary["key_positions"]),
                )
            score = entry.get("score")
            if score is not None and not isinstance(score, dict):
                raise TypeError("damaged score")
        except (KeyError, TypeError, ValueError, AttributeError):
            return None  # a damaged entry: recompute it
        return findings, summary, score

    def put(
        self, path: str, digest: str, findings: list[Finding], summary: Document | None, score: dict | None = None
    ) -> None:
        self.entries[path] = {
            "score": score,
            "sha256": digest,
            "findings": [[f.line, f.column, f.code, f.severity.value, f.message, f.hint, f.pointer] for f in findings],
            "summary": None
            if summary is None
            else {
                "kind": summary.kind,
                "data": summary.data,
                "positions": summary.positions,
                "key_positions": summary.key_positions,
            },
        }
        self.dirty = True

    def save(self) -> None:
        """Write the pack if anything changed; drop all but the newest packs of other fingerprints.
        A cache that cannot be written costs speed, not correctness, so a failure is not an error."""
        if not self.dirty:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            tag = self.folder / "CACHEDIR.TAG"
            if not tag.exists():
                write_text_atomic(tag, _TAG)
                write_text_atomic(self.folder / ".gitignore", "# written by genocat\n*\n")
            text = json.dumps({"fingerprint": self.key, "entries": self.entries}, sort_keys=True)
            write_text_atomic(self.pack, text)
            others = [p for p in self.folder.glob(f"v{FORMAT}-*.json") if p != self.pack]
            others.sort(key=lambda p: p.stat().st_mtime, reverse=True)
            for old in others[KEEP_PACKS:]:
                old.unlink(missing_ok=True)
        except OSError:
            return
        self.dirty = False
