"""`genocat build` as a pipeline of small named steps: validate, load, assemble, render, publish.

Everything is rendered in memory, written to a temporary folder beside the output, and swapped in
whole: a failed build leaves the previous output untouched, and a folder that is not a previous
genocat build is never replaced.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from genocat import __version__
from genocat.artefacts import read_text
from genocat.build import serialise
from genocat.build.catalogue import CatalogueGraphs, LayoutError, assemble
from genocat.build.iris import DEFAULT_BASE_IRI, file_stem, graph_iri, normalise_base
from genocat.config import Config
from genocat.findings import Report, Severity
from genocat.load import load_paths
from genocat.validator import validate

MANIFEST = "manifest.json"
COMBINED = "catalogue"


class BuildRefused(Exception):
    """The submissions have errors; `report` says which (printed like `genocat validate`)."""

    def __init__(self, report: Report) -> None:
        super().__init__("the submissions have errors")
        self.report = report


class BuildError(Exception):
    """The build cannot run (layout, output folder); the message says what to do."""


@dataclass
class BuildResult:
    out_dir: Path
    datasets: int
    triples: int
    files: list[str] = field(default_factory=list)
    report: Report | None = None


Progress = Callable[[str], None]


def build(
    catalog_dir: str | Path,
    out_dir: str | Path,
    base_iri: str = DEFAULT_BASE_IRI,
    config: Config | None = None,
    progress: Progress | None = None,
) -> BuildResult:
    """Validate, then write the catalogue in every serialisation into `out_dir` (replaced whole)."""
    say = progress or (lambda step: None)
    catalog_dir, out_dir, base = Path(catalog_dir), Path(out_dir), normalise_base(base_iri)
    say("validate")
    report = validate([catalog_dir], config)
    if any(f.severity is Severity.ERROR for f in report.findings):
        raise BuildRefused(report)
    say("load")
    documents = load_paths([catalog_dir]).documents
    say("assemble")
    try:
        graphs = assemble(documents, catalog_dir, base)
    except LayoutError as error:
        raise BuildError(str(error)) from error
    say("render")
    files = render(graphs, base)
    say("write")
    publish_folder(files, out_dir)
    triples = len(files[f"{COMBINED}.nt"].splitlines())
    return BuildResult(out_dir, len(graphs.datasets), triples, sorted(files), report)


def render(graphs: CatalogueGraphs, base: str) -> dict[str, bytes]:
    """Every output file, by its path inside the output folder."""
    files: dict[str, bytes] = {}
    everything: set = set()
    for name, triples in graphs.graphs.items():
        ordered = _sorted(triples)
        everything.update(ordered)
        files[f"graphs/{file_stem(name)}.nt"] = serialise.to_bytes(ordered, "nt")
    combined = _sorted(everything)
    for extension in serialise.EXTENSIONS:
        files[f"{COMBINED}.{extension}"] = serialise.to_bytes(combined, extension)
    for dataset in graphs.datasets:
        ordered = _sorted(dataset.triples)
        for extension in serialise.EXTENSIONS:
            files[f"datasets/{file_stem(dataset.identifier)}.{extension}"] = serialise.to_bytes(ordered, extension)
    files["vocabulary.ttl"] = read_text("vocabulary.ttl").encode("utf-8")
    files["context.jsonld"] = _json(serialise.jsonld_context())
    manifest = {
        "base_iri": base,
        "datasets": {d.identifier: f"datasets/{file_stem(d.identifier)}" for d in graphs.datasets},
        "generator": f"genocat {__version__}",
        "graphs": {name: graph_iri(base, name) for name in sorted(graphs.graphs)},
    }
    files[MANIFEST] = _json(manifest)
    return files


def _sorted(triples) -> list:
    return sorted(set(triples), key=serialise.sort_key)


def _json(data: dict) -> bytes:
    return (json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def publish_folder(files: dict[str, bytes], out_dir: Path) -> None:
    """Write `files` into a fresh temporary folder, then swap it for `out_dir` in two renames."""
    out_dir = out_dir.resolve()
    if out_dir.exists() and (not out_dir.is_dir() or (any(out_dir.iterdir()) and not (out_dir / MANIFEST).is_file())):
        raise BuildError(
            f"{out_dir} exists and is not a genocat build output (no {MANIFEST}); "
            "choose an empty or new folder with --out"
        )
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.build-", dir=out_dir.parent))
    staging.chmod(0o755)  # mkdtemp's 0700 would hide the published files from a web server
    try:
        for relative, data in files.items():
            target = (staging / relative).resolve()
            if staging not in target.parents:
                raise BuildError(f"refusing to write {relative!r} outside the output folder")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        previous = None
        if out_dir.exists():
            previous = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.previous-", dir=out_dir.parent))
            previous.rmdir()
            out_dir.rename(previous)
        try:
            staging.rename(out_dir)
        except BaseException:
            if previous is not None:
                previous.rename(out_dir)
            raise
        if previous is not None:
            shutil.rmtree(previous, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
