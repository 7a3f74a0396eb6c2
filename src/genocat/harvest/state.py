"""What the last harvest of a node folder wrote, and changing the folder only by whole files.

The state file (`<node>/.genocat-harvest-state`, JSON without the suffix `genocat validate` reads)
records per written file the sha256 of the text genocat wrote, the record's IRI, the hash of its
source triples and the validators (ETag, Last-Modified) of the documents it came from. A file whose
bytes no longer match was edited by hand: a harvest reports it as a conflict and leaves it.

New and changed files are first written to a staging folder beside them; at the end of the node a
journal lists the moves and deletions, then they are applied (`os.replace`, whole files), then the
state is written and the journal removed. An interrupted harvest leaves the staging folder only
(discarded by the next run); one interrupted while applying is finished from its journal.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from genocat.atomic import write_text_atomic
from genocat.harvest.http import Validators

STATE = ".genocat-harvest-state"  # JSON; no .json suffix, so `genocat validate` never reads it as a submission
STAGING = ".genocat-harvest.staging"
JOURNAL = ".genocat-harvest-journal"
FORMAT = 1


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sha256_file(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None


@dataclass
class Entry:
    iri: str
    sha256: str  # of the text genocat wrote
    source_hash: str
    docs: dict[str, dict] = field(default_factory=dict)  # url -> validators as JSON

    def as_json(self) -> dict:
        return {"iri": self.iri, "sha256": self.sha256, "source_hash": self.source_hash, "docs": self.docs}


@dataclass
class State:
    records: dict[str, Entry] = field(default_factory=dict)  # path (relative to the node) -> entry
    pages: dict[str, str | None] = field(default_factory=dict)  # page URL -> next page URL
    source: str = ""

    @classmethod
    def load(cls, folder: Path) -> State:
        path = folder / STATE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (ValueError, UnicodeDecodeError):
            return cls()  # damaged: treated as a first harvest; hand-edited files still show as conflicts
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return cls()
        records = {p: Entry(**e) for p, e in (data.get("records") or {}).items()}
        return cls(records, dict(data.get("pages") or {}), data.get("source", ""))

    def text(self) -> str:
        """One line per record and per page, each written by json's C encoder (an indented document
        goes through its pure-Python one: 0.3 s for 10,000 records)."""

        def block(items) -> str:
            lines = [f"  {json.dumps(k)}: {json.dumps(v)}" for k, v in items]
            return "{\n" + ",\n".join(lines) + "\n }" if lines else "{}"

        records = block((p, self.records[p].as_json()) for p in sorted(self.records))
        pages = block((u, self.pages[u]) for u in sorted(self.pages))
        head = f'{{\n "format": {FORMAT},\n "source": {json.dumps(self.source)},\n'
        return f'{head} "records": {records},\n "pages": {pages}\n}}\n'

    def index(self) -> tuple[dict[str, str], dict[str, list[str]]]:
        """IRI -> path, and document URL -> paths of the records that came from it."""
        by_iri = {e.iri: p for p, e in self.records.items()}
        by_doc: dict[str, list[str]] = {}
        for path, entry in self.records.items():
            for url in entry.docs:
                by_doc.setdefault(url, []).append(path)
        return by_iri, by_doc

    def validators(self, url: str) -> Validators | None:
        for entry in self.records.values():
            if url in entry.docs:
                return Validators.from_json(entry.docs[url])
        return None


class Staging:
    """New file texts kept on disk (not in memory) until the node is done."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.root = folder / STAGING
        self.writes: dict[str, Path] = {}
        self.deletes: list[str] = []

    def start(self) -> str | None:
        """Finish a journal left by an interrupted run, discard an old staging folder; what happened."""
        note = None
        if (self.folder / JOURNAL).exists():
            note = "finished applying the changes of an interrupted harvest"
            _apply(self.folder, json.loads((self.folder / JOURNAL).read_text(encoding="utf-8")))
        if self.root.exists():
            shutil.rmtree(self.root)
        return note

    def write(self, path: str, text: str) -> None:
        target = self.root / f"{len(self.writes):07d}.yaml"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="")
        self.writes[path] = target

    def delete(self, path: str) -> None:
        self.deletes.append(path)

    def commit(self, state: State) -> None:
        state_file = self.root / "state.json"
        state_file.parent.mkdir(parents=True, exist_ok=True)
        state_file.write_text(state.text(), encoding="utf-8")
        journal = {
            "writes": {p: str(t.relative_to(self.folder)) for p, t in sorted(self.writes.items())},
            "deletes": sorted(self.deletes),
            "state": str(state_file.relative_to(self.folder)),
        }
        write_text_atomic(self.folder / JOURNAL, json.dumps(journal, indent=1) + "\n")
        _apply(self.folder, journal)
        shutil.rmtree(self.root, ignore_errors=True)

    def discard(self) -> None:
        """Drop what was staged, unless applying it has begun (then the journal finishes it next run)."""
        if not (self.folder / JOURNAL).exists():
            shutil.rmtree(self.root, ignore_errors=True)


def _apply(folder: Path, journal: dict) -> None:
    """Move every staged file into place, delete the removed ones, put the state in place, drop the
    journal. Safe to run again after an interruption: a move already done is skipped."""
    for path, staged in journal["writes"].items():
        source, target = folder / staged, folder / path
        if source.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, target)
    for path in journal["deletes"]:
        (folder / path).unlink(missing_ok=True)
        _prune(folder, (folder / path).parent)
    state = folder / journal["state"]
    if state.exists():
        os.replace(state, folder / STATE)
    (folder / JOURNAL).unlink(missing_ok=True)


def _prune(folder: Path, directory: Path) -> None:
    """Remove folders the deletions left empty (datasets/ with its last file gone), never the node."""
    while directory != folder and folder in directory.parents:
        try:
            directory.rmdir()
        except OSError:
            return
        directory = directory.parent
