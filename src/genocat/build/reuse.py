"""What a previous build gives the next one: the files of every dataset whose submission is unchanged.

A build records in its output (`.genocat-build.json`), for each dataset, the sha256 of its
submission file's bytes and what its render gave besides its four files: where its own block lies in
each, its shared triples, its number of own triples (`Rendered`). The record holds for one genocat
package and one base IRI. The next build into the same output hard-links the four files of each
unchanged dataset into its new folder instead of rendering them again, and assembles the node graphs
and combined files from them as always: the bytes are those of a full build. Files are linked, never
moved, so a failed build still leaves the previous output as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from genocat.build.serialise import EXTENSIONS

RECORD = ".genocat-build.json"


@dataclass(frozen=True)
class Rendered:
    """What writing one dataset's files gave, besides the files."""

    identifier: str
    sha256: str  # of the submission file's bytes
    sizes: tuple[int, ...]  # of its files, in serialise.EXTENSIONS order
    spans: tuple[tuple[int, int], ...]  # (offset, length) of its own block in each file, same order
    shared: tuple[tuple[str, str, str], ...]  # triples whose subjects belong to no single dataset
    own_triples: int


def fingerprint(base: str) -> str:
    """Records hold for one genocat package (code, schema, data) and one base IRI."""
    from genocat.cache import code_digest

    return hashlib.sha256(f"{code_digest()}\n{base}".encode()).hexdigest()


def previous(out_dir: Path, base: str) -> dict[str, Rendered]:
    """sha256 of a submission file -> its record in the build in `out_dir`; empty when there is no
    build there, or it was made by another genocat or for another base IRI, or its record is damaged."""
    try:
        data = json.loads((out_dir / RECORD).read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("fingerprint") != fingerprint(base):
            return {}
        return {
            entry["sha256"]: Rendered(
                entry["identifier"],
                entry["sha256"],
                tuple(entry["sizes"]),
                tuple((offset, length) for offset, length in entry["spans"]),
                tuple((s, p, o) for s, p, o in entry["shared"]),
                entry["own_triples"],
            )
            for entry in data["datasets"]
        }
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def write_record(folder: Path, base: str, rendered: list[Rendered]) -> None:
    entries = [
        {
            "identifier": r.identifier,
            "sha256": r.sha256,
            "sizes": r.sizes,
            "spans": r.spans,
            "shared": r.shared,
            "own_triples": r.own_triples,
        }
        for r in sorted(rendered, key=lambda r: r.identifier)
    ]
    text = json.dumps({"fingerprint": fingerprint(base), "datasets": entries}, ensure_ascii=False, sort_keys=True)
    (folder / RECORD).write_text(text + "\n", encoding="utf-8")


def link_files(previous_dir: Path, folder: Path, stem: str, record: Rendered) -> bool:
    """Hard-link a dataset's four files from the previous build into `folder`; False, leaving
    nothing behind, if one is missing, has another size than recorded, or cannot be linked here."""
    made: list[Path] = []
    try:
        for extension, size in zip(EXTENSIONS, record.sizes, strict=True):
            source = previous_dir / "datasets" / f"{stem}.{extension}"
            if source.stat().st_size != size:
                raise OSError(f"{source} is not the file the record describes")
            target = folder / "datasets" / f"{stem}.{extension}"
            os.link(source, target)
            made.append(target)
        return True
    except OSError:
        for path in made:
            path.unlink(missing_ok=True)
        return False
