"""`genocat build` as a pipeline of small named steps: validate, load, assemble, render, publish.

Everything is rendered in memory, written to a temporary folder beside the output, and swapped in
whole: a failed build leaves the previous output untouched, and a folder that is not a previous
genocat build is never replaced.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from genocat import __version__
from genocat.artefacts import read_text
from genocat.build import serialise
from genocat.build.catalogue import Layout, LayoutError, dataset_triples, plan, record_triples
from genocat.build.iris import DEFAULT_BASE_IRI, file_stem, graph_iri, normalise_base
from genocat.build.rdf import RecordMapper
from genocat.config import Config
from genocat.findings import Report, Severity
from genocat.load import load_paths
from genocat.validator import validate

MANIFEST = "manifest.json"
PARALLEL_FROM = 200  # datasets; below this a process pool costs more than it saves
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
    jobs: int | None = None,
) -> BuildResult:
    """Validate, then write the catalogue in every serialisation into `out_dir` (replaced whole)."""
    say = progress or (lambda step: None)
    catalog_dir, out_dir, base = Path(catalog_dir), Path(out_dir), normalise_base(base_iri)
    say("validate")
    report = validate([catalog_dir], config, jobs=jobs)
    if any(f.severity is Severity.ERROR for f in report.findings):
        raise BuildRefused(report)
    say("load")
    documents = load_paths([catalog_dir]).documents
    say("assemble")
    try:
        layout = plan(documents, catalog_dir, base)
    except LayoutError as error:
        raise BuildError(str(error)) from error
    say("render")
    files = render(layout, jobs)
    say("write")
    publish_folder(files, out_dir)
    triples = files[f"{COMBINED}.nt"].count(b"\n")
    return BuildResult(out_dir, len(layout.datasets), triples, sorted(files), report)


def render(layout: Layout, jobs: int | None = None) -> dict[str, bytes]:
    """Every output file, by its path inside the output folder. Datasets are mapped and serialised
    in worker processes when there are many; everything else is merged from their sorted lines."""
    work = [(iri, doc.data) for doc, _node, iri in layout.datasets]
    jobs = jobs or os.cpu_count() or 1
    if jobs > 1 and len(work) >= PARALLEL_FROM:
        with ProcessPoolExecutor(jobs) as pool:
            rendered = list(pool.map(render_dataset, work, chunksize=max(1, len(work) // (jobs * 16))))
    else:
        rendered = [render_dataset(item) for item in work]
    files: dict[str, bytes] = {}
    by_graph: dict[str, list[str]] = {}
    nodes: dict[str, set[str]] = {}  # JSON-LD node objects by subject key, reused for the whole catalogue
    for (doc, node, _iri), (lines, dataset_files, dataset_nodes) in zip(layout.datasets, rendered, strict=True):
        stem = f"datasets/{file_stem(doc.data['identifier'])}"
        files.update({f"{stem}.{extension}": data for extension, data in dataset_files.items()})
        by_graph.setdefault(node, []).extend(lines)
        for key, text in dataset_nodes:
            nodes.setdefault(key, set()).add(text)
    for name, (_path, _iri, triples) in record_triples(RecordMapper(), layout).items():
        lines = serialise.sorted_lines(triples)
        by_graph.setdefault(name, []).extend(lines)
        for key, text in serialise.formats_and_nodes(lines)[1]:
            nodes.setdefault(key, set()).add(text)
    everything: set[str] = set()
    for name, lines in sorted(by_graph.items()):
        graph_lines = sorted(set(lines))
        everything.update(graph_lines)
        files[f"graphs/{file_stem(name)}.nt"] = serialise.from_lines(graph_lines, "nt")
    files.update(_combined(sorted(everything), nodes))
    files["vocabulary.ttl"] = read_text("vocabulary.ttl").encode("utf-8")
    files["context.jsonld"] = _json(serialise.jsonld_context())
    manifest = {
        "base_iri": layout.base,
        "datasets": {
            doc.data["identifier"]: f"datasets/{file_stem(doc.data['identifier'])}" for doc, _, _ in layout.datasets
        },
        "generator": f"genocat {__version__}",
        "graphs": {name: graph_iri(layout.base, name) for name in sorted(by_graph)},
    }
    files[MANIFEST] = _json(manifest)
    return files


def render_dataset(job: tuple[str, dict]) -> tuple[list[str], dict[str, bytes], list[tuple[str, str]]]:
    """One dataset's sorted N-Triples lines, its four files and its JSON-LD nodes (runs in a worker)."""
    iri, data = job
    lines = serialise.sorted_lines(dataset_triples(RecordMapper(), iri, data))
    files, nodes = serialise.formats_and_nodes(lines)
    return lines, files, nodes


def _combined(lines: list[str], nodes: dict[str, set[str]]) -> dict[str, bytes]:
    """The whole catalogue in every format. A subject several datasets mention (a law they all cite)
    has several partial node objects; those few are written anew from the merged lines."""
    files = {f"{COMBINED}.{extension}": data for extension, data in serialise.serialise_large(lines).items()}
    shared = {key for key, texts in nodes.items() if len(texts) > 1}
    merged = {key: next(iter(texts)) for key, texts in nodes.items() if key not in shared}
    if shared:
        shared_lines = [line for line in lines if line[: line.index(" ") + 1] in shared]
        merged.update(serialise.formats_and_nodes(shared_lines)[1])
    files[f"{COMBINED}.jsonld"] = serialise.jsonld_document([merged[key] for key in sorted(merged)])
    return files


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
