"""What a previous build gives the next one: the files of every dataset whose submission is unchanged.

After each build, genocat records in its cache folder (`build-<hash of the output path>.json`), for
each dataset: the sha256 of its submission file's bytes, what its render gave besides its four files
(where its own block lies in each, its shared triples, its number of own triples) and each file's
size, modification time and inode as they are in the output. The record holds for one genocat
package, one base IRI and one output folder. The next build into that folder hard-links the four
files of each unchanged dataset into its new folder instead of rendering them again, and assembles
the node graphs and combined files from them as always: the bytes are those of a full build. A file
that is not the one recorded (edited or replaced since) is rendered again. Files are linked, never
moved, so a failed build still leaves the previous output as it was. The record lives in the cache,
not in the published folder, so the output holds nothing but the catalogue.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from genocat.atomic import write_text_atomic
from genocat.build.iris import file_stem
from genocat.build.serialise import EXTENSIONS

FileId = tuple[int, int, int]  # size, modification time (ns), inode: a file as genocat left it


@dataclass(frozen=True)
class Rendered:
    """What writing one dataset's files gave, besides the files."""

    identifier: str
    sha256: str  # of the submission file's bytes
    files: tuple[FileId, ...]  # its files in the output, in serialise.EXTENSIONS order
    spans: tuple[tuple[int, int], ...]  # (offset, length) of its own block in each file, same order
    shared: tuple[tuple[str, str, str], ...]  # triples whose subjects belong to no single dataset
    own_triples: int


def file_id(path: str | Path) -> FileId:
    status = os.stat(path)
    return status.st_size, status.st_mtime_ns, status.st_ino


@dataclass
class Reuse:
    """The record of the last build into `out_dir` (read from `cache_dir`), and the next one."""

    cache_dir: Path
    out_dir: Path
    base: str
    previous: dict[str, Rendered] = field(default_factory=dict)  # submission sha256 -> its record
    rendered: list[Rendered] = field(default_factory=list)  # what this build gave, set by the render
    reused: int = 0  # how many of them were linked from the previous build, set by the render

    @classmethod
    def load(cls, cache_dir: Path, out_dir: Path, base: str) -> Reuse:
        """The record that fits this genocat, base IRI and output; empty if none does or it is damaged."""
        reuse = cls(Path(cache_dir), Path(out_dir).resolve(), base)
        try:
            data = json.loads(reuse.path.read_text(encoding="utf-8"))
            if isinstance(data, dict) and data.get("fingerprint") == reuse.fingerprint:
                reuse.previous = {entry["sha256"]: _rendered(entry) for entry in data["datasets"]}
        except (OSError, ValueError, KeyError, TypeError):
            reuse.previous = {}
        return reuse

    @property
    def path(self) -> Path:
        return self.cache_dir / f"build-{hashlib.sha256(str(self.out_dir).encode()).hexdigest()[:16]}.json"

    @property
    def fingerprint(self) -> str:
        from genocat.cache import code_digest

        return hashlib.sha256(f"{code_digest()}\n{self.base}\n{self.out_dir}".encode()).hexdigest()

    def save(self) -> None:
        """Record the build now in `out_dir` (each file's identity is taken there, after the swap).
        Like the validation cache, a record that cannot be written costs speed, not correctness."""
        try:
            entries = []
            for r in sorted(self.rendered, key=lambda r: r.identifier):
                stem = self.out_dir / "datasets" / file_stem(r.identifier)
                files = tuple(file_id(f"{stem}.{extension}") for extension in EXTENSIONS)
                entries.append(_entry(replace(r, files=files)))
            write_text_atomic(self.path, json.dumps({"fingerprint": self.fingerprint, "datasets": entries}) + "\n")
        except OSError:
            pass  # an older record may stay: its files are gone or replaced, so it matches nothing


def link_files(previous_dir: Path, folder: Path, stem: str, record: Rendered) -> bool:
    """Hard-link a dataset's four files from the previous build into `folder`; False, leaving
    nothing behind, if one is not the file recorded or cannot be linked here."""
    made: list[Path] = []
    try:
        for extension, recorded in zip(EXTENSIONS, record.files, strict=True):
            source = previous_dir / "datasets" / f"{stem}.{extension}"
            if file_id(source) != tuple(recorded):
                raise OSError(f"{source} is not the file the record describes")
            target = folder / "datasets" / f"{stem}.{extension}"
            os.link(source, target)
            made.append(target)
        return True
    except OSError:
        for path in made:
            path.unlink(missing_ok=True)
        return False


def _entry(r: Rendered) -> dict:
    return {
        "identifier": r.identifier,
        "sha256": r.sha256,
        "files": r.files,
        "spans": r.spans,
        "shared": r.shared,
        "own_triples": r.own_triples,
    }


def _rendered(entry: dict) -> Rendered:
    rendered = Rendered(
        str(entry["identifier"]),
        str(entry["sha256"]),
        tuple((int(a), int(b), int(c)) for a, b, c in entry["files"]),
        tuple((int(offset), int(length)) for offset, length in entry["spans"]),
        tuple((str(s), str(p), str(o)) for s, p, o in entry["shared"]),
        int(entry["own_triples"]),
    )
    sizes = [size for size, _, _ in rendered.files]
    if len(sizes) != len(EXTENSIONS) or len(rendered.spans) != len(EXTENSIONS):
        raise ValueError(f"the record of {rendered.identifier} does not describe four files")
    spans = zip(rendered.spans, sizes, strict=True)
    if any(not 0 <= offset <= offset + length <= size for (offset, length), size in spans):
        raise ValueError(f"the record of {rendered.identifier} places a block outside its file")
    return rendered
