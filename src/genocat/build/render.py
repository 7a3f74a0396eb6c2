"""Render the catalogue into a folder: every dataset's four files, the node graphs and the combined files.

Datasets are mapped and written by worker processes, a chunk of one node's datasets at a time. A
dataset's triples split in two blocks: its *own* (subjects minted below the dataset's IRI, which no
other dataset has) and *shared* ones (a law or a media type several datasets mention). Each
worker writes the dataset's files and appends the own blocks, already serialised, to its chunk's
part files; only the few shared lines travel back. The main process then writes each node graph
and the combined files as: the records and shared lines, sorted and written once, followed by the
parts in a fixed order. The own triples, nearly all of them, are sorted and serialised once and never
sent between processes; the bytes do not depend on how many workers ran or how the chunks were cut.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from genocat import __version__
from genocat.artefacts import read_text
from genocat.build import serialise
from genocat.build.catalogue import Layout, dataset_triples, record_triples
from genocat.build.iris import file_stem, graph_iri
from genocat.build.rdf import RecordMapper
from genocat.workers import start_pool

PARALLEL_FROM = 200  # datasets; below this a process pool costs more than it saves
COMBINED = "catalogue"
MANIFEST = "manifest.json"
PARTS = ".parts"  # inside the output folder while rendering, removed before it is published


@dataclass(frozen=True)
class Chunk:
    """Datasets of one node, rendered by one worker call: (identifier, IRI, record) each."""

    index: int
    node: str
    datasets: tuple[tuple[str, str, dict], ...]
    folder: str


@dataclass(frozen=True)
class ChunkResult:
    shared: tuple[str, ...]  # sorted lines whose subjects belong to no single dataset
    own_triples: int


def output_problem(build_dir: Path, needed: str) -> str | None:
    """Why `build_dir` is not a build output holding `needed` (query and publish read them), or None."""
    if not build_dir.is_dir():
        return f"{build_dir}: no such build folder; run `genocat build` first or pass --build-dir."
    if not (build_dir / needed).is_file():
        return f"{build_dir / needed}: missing; is {build_dir} the output folder of `genocat build`?"
    return None


def render(
    layout: Layout, folder: Path, jobs: int | None = None, progress: Callable[[int, int], None] | None = None
) -> int:
    """Write every output file into the empty `folder`; the number of triples in the catalogue.
    `progress(done, total)` is called with the number of datasets written so far."""
    jobs = jobs or os.cpu_count() or 1
    parallel = jobs > 1 and len(layout.datasets) >= PARALLEL_FROM
    chunks = _chunks(layout, folder, jobs if parallel else 1)
    (folder / PARTS).mkdir(parents=True)
    (folder / "datasets").mkdir()
    results: list[ChunkResult] = []
    done, total = 0, len(layout.datasets)
    pool = start_pool(jobs) if parallel else None
    with pool if pool is not None else nullcontext():
        rendered = pool.map(render_chunk, chunks) if pool is not None else map(render_chunk, chunks)
        for chunk, result in zip(chunks, rendered, strict=True):
            results.append(result)
            done += len(chunk.datasets)
            if progress is not None:
                progress(done, total)
    heads = _graph_heads(layout, chunks, results)
    graphs = folder / "graphs"
    graphs.mkdir()
    for name, lines in heads.items():
        node_chunks = [chunk for chunk in chunks if chunk.node == name]
        _write_run(graphs / file_stem(name), serialise.pieces(lines), node_chunks, folder, ("nt",))
    everything = sorted({line for lines in heads.values() for line in lines})
    _write_run(folder / COMBINED, serialise.pieces(everything), chunks, folder, serialise.EXTENSIONS)
    shutil.rmtree(folder / PARTS)
    (folder / "vocabulary.ttl").write_bytes(read_text("vocabulary.ttl").encode("utf-8"))
    (folder / "context.jsonld").write_bytes(_json(serialise.jsonld_context()))
    manifest = {
        "base_iri": layout.base,
        "datasets": {
            doc.data["identifier"]: f"datasets/{file_stem(doc.data['identifier'])}" for doc, _, _ in layout.datasets
        },
        "generator": f"genocat {__version__}",
        "graphs": {name: graph_iri(layout.base, name) for name in heads},
    }
    (folder / MANIFEST).write_bytes(_json(manifest))
    return len(everything) + sum(result.own_triples for result in results)


def render_chunk(chunk: Chunk) -> ChunkResult:
    """Write each dataset's files, and the chunk's part files of own blocks (runs in a worker)."""
    folder = Path(chunk.folder)
    shared: set[str] = set()
    own_triples = 0
    parts = {ext: (folder / PARTS / f"{chunk.index:06d}.{ext}").open("wb") for ext in serialise.EXTENSIONS}
    try:
        for position, (identifier, iri, data) in enumerate(chunk.datasets):
            own, others = [], []
            mine = (f"<{iri}> ", f"<{iri}/")  # subjects minted from this dataset's IRI
            for line in serialise.sorted_lines(dataset_triples(RecordMapper(), iri, data)):
                (own if line.startswith(mine) else others).append(line)
            own_block, others_block = serialise.pieces(own), _shared_pieces(tuple(others))
            stem = folder / "datasets" / file_stem(identifier)
            for extension, data_bytes in serialise.documents([others_block, own_block]).items():
                Path(f"{stem}.{extension}").write_bytes(data_bytes)
            for extension, handle in parts.items():
                text = serialise.block_text(own_block, extension)
                if extension == "jsonld" and position:
                    text = ",\n" + text
                handle.write(text.encode("utf-8"))
            shared.update(others)
            own_triples += len(own)
    finally:
        for handle in parts.values():
            handle.close()
    return ChunkResult(tuple(sorted(shared)), own_triples)


@lru_cache(maxsize=4096)
def _shared_pieces(lines: tuple[str, ...]) -> serialise.Pieces:
    """Datasets cite the same few laws and media types: their blocks repeat, and are written once."""
    return serialise.pieces(list(lines))


def _chunks(layout: Layout, folder: Path, jobs: int) -> list[Chunk]:
    """One node's datasets per chunk, in layout order; about eight chunks per worker for balance."""
    size = max(1, len(layout.datasets) // (jobs * 8)) if jobs > 1 else len(layout.datasets) or 1
    by_node: dict[str, list[tuple[str, str, dict]]] = {}
    for doc, node, iri in layout.datasets:
        by_node.setdefault(node, []).append((doc.data["identifier"], iri, doc.data))
    chunks = []
    for node, items in by_node.items():
        for start in range(0, len(items), size):
            chunks.append(Chunk(len(chunks), node, tuple(items[start : start + size]), str(folder)))
    return chunks


def _graph_heads(layout: Layout, chunks: list[Chunk], results: list[ChunkResult]) -> dict[str, list[str]]:
    """Per named graph (a node, the root): its catalogue record's lines and its datasets' shared
    lines, sorted; the graph is these followed by its datasets' own blocks."""
    heads: dict[str, set[str]] = {}
    for chunk, result in zip(chunks, results, strict=True):
        heads.setdefault(chunk.node, set()).update(result.shared)
    for name, (_path, _iri, triples) in record_triples(RecordMapper(), layout).items():
        heads.setdefault(name, set()).update(serialise.sorted_lines(triples))
    return {name: sorted(lines) for name, lines in sorted(heads.items())}


def _write_run(stem: Path, head: serialise.Pieces, chunks: list[Chunk], folder: Path, extensions) -> None:
    """`<stem>.<extension>` as the head block followed by the chunks' part files, per extension."""
    for extension in extensions:
        start, end, separator = serialise.frame(extension)
        with stem.with_name(f"{stem.name}.{extension}").open("wb") as out:
            text = serialise.block_text(head, extension)
            out.write((start + text).encode("utf-8"))
            wrote = bool(text)
            for chunk in chunks:
                part = folder / PARTS / f"{chunk.index:06d}.{extension}"
                size = part.stat().st_size
                if wrote and separator and size:
                    out.write(separator.encode("utf-8"))
                with part.open("rb") as source:
                    shutil.copyfileobj(source, out, 1 << 20)
                wrote = wrote or size > 0
            out.write(end.encode("utf-8"))


def _json(data: dict) -> bytes:
    return (json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")
