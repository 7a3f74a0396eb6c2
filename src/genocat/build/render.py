"""Render the catalogue into a folder: every dataset's four files, the node graphs and the combined files.

Datasets are mapped and written by worker processes, a chunk of one node's datasets at a time (the
workers receive the datasets once, when they start). A dataset's triples split in two blocks: its
*own* (subjects minted below the dataset's IRI, which no other dataset has) and *shared* ones (a law
or a media type several datasets mention). A worker writes each dataset's four files as the shared
block followed by the own block, and sends back where the own block lies in each file, with the few
shared triples. As each chunk finishes, the main process copies those own blocks to the end of the
combined files and of the node's graph (inside the kernel where the platform can); at the end it
writes each graph's head block: the catalogue records and the shared triples, sorted. The own
triples, nearly all of them, are sorted and serialised once and never sent between processes; the
bytes do not depend on how many workers ran or how the chunks were cut. A dataset whose submission
file is unchanged since an earlier build of the same output is not rendered: its four files are
linked from that build (reuse.py).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from json.encoder import encode_basestring as _json_string  # type: ignore[attr-defined]
from pathlib import Path

from genocat import __version__
from genocat.artefacts import read_text
from genocat.build import serialise
from genocat.build.catalogue import Layout, dataset_triples, record_triples
from genocat.build.iris import file_stem, graph_iri
from genocat.build.rdf import RecordMapper, Triple
from genocat.build.reuse import Rendered, Reuse, link_files
from genocat.load import load_bytes
from genocat.workers import collector_paused, start_pool

PARALLEL_FROM = 200  # datasets; below this a process pool costs more than it saves
COMBINED = "catalogue"
MANIFEST = "manifest.json"

Item = tuple[str, str, dict | None, str]  # a dataset: (identifier, IRI, record or None: load it, file)


@dataclass(frozen=True)
class Work:
    """What every worker gets once, when it starts: the datasets in chunk order, and the previous
    build's folder and records (reuse.py), if there is one to take unchanged datasets' files from."""

    items: tuple[Item, ...] = ()
    previous_dir: Path | None = None
    previous: dict[str, Rendered] = field(default_factory=dict)
    # called in the worker after each dataset's files, as pages(folder, identifier, path, raw, digest, data or
    # None when its files were linked); what it returns is handed back in order (the site's dataset pages)
    pages: Callable | None = None


_work = Work()  # set in each worker by _receive


@dataclass(frozen=True)
class Chunk:
    """Datasets `start` to `stop` (in chunk order) of one node, rendered by one worker call."""

    index: int
    node: str
    start: int
    stop: int
    folder: str


@dataclass(frozen=True)
class ChunkResult:
    datasets: tuple[Rendered, ...]
    reused: int  # datasets whose files were linked from the previous build
    pages: tuple = ()  # what Work.pages returned for each dataset


def output_problem(build_dir: Path, needed: str) -> str | None:
    """Why `build_dir` is not a build output holding `needed` (query and publish read them), or None."""
    if not build_dir.is_dir():
        return f"{build_dir}: no such build folder; run `genocat build` first or pass --build-dir."
    if not (build_dir / needed).is_file():
        return f"{build_dir / needed}: missing; is {build_dir} the output folder of `genocat build`?"
    return None


class SourceChanged(Exception):
    """A dataset file no longer loads, or names another identifier, than when the build planned it."""


def render(
    layout: Layout,
    folder: Path,
    jobs: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    load_datasets: bool = False,
    reuse: Reuse | None = None,
    pages: Callable | None = None,
) -> int:
    """Write every output file into the empty `folder`; the number of triples in the catalogue.
    `progress(done, total)` is called with the number of datasets written so far. `load_datasets`:
    the layout's dataset documents are summaries (file and identifier, as validation keeps them) and
    each worker loads the files it writes, so they are not all loaded in this process first.
    `reuse`: the record of the last build into the output folder; unchanged datasets' files are
    linked from it, not rendered, and what this render gives is left in it (reuse.py).
    `pages`: see Work.pages; its results, in chunk order, are passed to `pages.gather` at the end."""
    with collector_paused():
        return _render(layout, folder, jobs, progress, load_datasets, reuse, pages)


def _render(layout: Layout, folder: Path, jobs, progress, load_datasets: bool, reuse: Reuse | None, pages=None) -> int:
    jobs = jobs or os.cpu_count() or 1
    parallel = jobs > 1 and len(layout.datasets) >= PARALLEL_FROM
    items, nodes = _in_chunk_order(layout, load_datasets)
    work = Work(items, reuse.out_dir, reuse.previous, pages) if reuse is not None else Work(items, pages=pages)
    chunks = _chunks(nodes, folder, jobs if parallel else 1)
    for sub in ("datasets", "graphs"):
        (folder / sub).mkdir(parents=True)
    results: list[ChunkResult] = []
    done, total = 0, len(items)
    pool = start_pool(jobs, _receive, (work,)) if parallel else None
    with ExitStack() as files:
        combined = files.enter_context(_Run(folder / COMBINED, serialise.EXTENSIONS))
        graphs: dict[str, _Run] = {}
        with pool if pool is not None else _received(work):
            rendered = pool.map(render_chunk, chunks) if pool is not None else map(render_chunk, chunks)
            for chunk, result in zip(chunks, rendered, strict=True):
                if chunk.node not in graphs:
                    graphs[chunk.node] = files.enter_context(_Run(folder / "graphs" / file_stem(chunk.node), ("nt",)))
                for rendered in result.datasets:
                    stem = str(folder / "datasets" / file_stem(rendered.identifier))
                    _append_own_blocks(stem, rendered.spans, combined, graphs[chunk.node])
                results.append(result)
                done += chunk.stop - chunk.start
                if progress is not None:
                    progress(done, total)
        heads = _graph_heads(layout, chunks, results)
        for name, triples in heads.items():
            if name not in graphs:
                graphs[name] = files.enter_context(_Run(folder / "graphs" / file_stem(name), ("nt",)))
            graphs[name].finish(serialise.pieces(triples))
        everything = serialise.sorted_triples(t for triples in heads.values() for t in triples)
        combined.finish(serialise.pieces(everything))
    (folder / "vocabulary.ttl").write_bytes(read_text("vocabulary.ttl").encode("utf-8"))
    (folder / "context.jsonld").write_bytes(_json(serialise.jsonld_context()))
    manifest = {
        "base_iri": layout.base,
        "datasets": {item[0]: f"datasets/{file_stem(item[0])}" for item in items},
        "generator": f"genocat {__version__}",
        "graphs": {name: graph_iri(layout.base, name) for name in heads},
    }
    (folder / MANIFEST).write_bytes(_json(manifest))
    if pages is not None:
        pages.gather([page for result in results for page in result.pages])
    if reuse is not None:
        reuse.rendered = [r for result in results for r in result.datasets]
        reuse.reused = sum(result.reused for result in results)
    return len(everything) + sum(r.own_triples for result in results for r in result.datasets)


def _receive(work: Work) -> None:
    """Give this process its work (a worker: once, when it starts; by fork, without a copy)."""
    global _work
    _work = work


@contextmanager
def _received(work: Work) -> Iterator[None]:
    """The work for a render in this process, let go of afterwards."""
    _receive(work)
    try:
        yield
    finally:
        _receive(Work())


def render_chunk(chunk: Chunk) -> ChunkResult:
    """Write each dataset's files, or link them from the previous build if its submission is
    unchanged; say where its own block lies in each (runs in a worker)."""
    folder = Path(chunk.folder)
    rendered, reused, pages = [], 0, []
    for identifier, iri, data, path in _work.items[chunk.start : chunk.stop]:
        try:
            raw = Path(path).read_bytes()
        except OSError as error:
            raise SourceChanged(f"{path} changed during the build ({error.strerror}); run the build again") from error
        digest = hashlib.sha256(raw).hexdigest()
        before = _work.previous.get(digest)
        if (
            before is not None
            and before.identifier == identifier
            and _work.previous_dir is not None
            and link_files(_work.previous_dir, folder, file_stem(identifier), before)
        ):
            rendered.append(before)
            reused += 1
        else:
            data = data if data is not None else _load(raw, path, identifier)
            rendered.append(_write_dataset(folder, identifier, iri, data, digest))
        if _work.pages is not None:
            pages.append(_work.pages(folder, identifier, path, raw, digest, data))
    return ChunkResult(tuple(rendered), reused, tuple(pages))


def _write_dataset(folder: Path, identifier: str, iri: str, data: dict, digest: str) -> Rendered:
    own, others = [], []
    mine = (f"<{iri}>", f"<{iri}/")  # subjects minted from this dataset's IRI
    for triple in serialise.sorted_triples(dataset_triples(RecordMapper(), iri, data)):
        (own if triple[0].startswith(mine) else others).append(triple)
    own_block, others_block = serialise.pieces(own), _shared_pieces(tuple(others))
    stem = folder / "datasets" / file_stem(identifier)
    spans = []
    for extension in serialise.EXTENSIONS:
        content, (_, own_span) = serialise.document([others_block, own_block], extension)
        _write_file(f"{stem}.{extension}", content)
        spans.append(own_span)
    return Rendered(identifier, digest, (), tuple(spans), tuple(others), len(own))  # files: taken when saved


@lru_cache(maxsize=4096)
def _shared_pieces(triples: tuple[Triple, ...]) -> serialise.Pieces:
    """Datasets cite the same few laws and media types: their blocks repeat, and are written once."""
    return serialise.pieces(list(triples))


def _load(raw: bytes, path: str, identifier: str) -> dict:
    doc, problems = load_bytes(raw, path, "dataset")
    if doc is None or doc.data.get("identifier") != identifier:
        why = problems[0].message if problems else f"its identifier is no longer {identifier}"
        raise SourceChanged(f"{path} changed during the build ({why}); run the build again")
    return doc.data


def _in_chunk_order(layout: Layout, load_datasets: bool = False) -> tuple[tuple[Item, ...], list[tuple[str, int]]]:
    """The datasets grouped by node (in layout order otherwise), and (node, how many) per node."""
    by_node: dict[str, list[Item]] = {}
    for doc, node, iri in layout.datasets:
        data = None if load_datasets else doc.data
        by_node.setdefault(node, []).append((doc.data["identifier"], iri, data, doc.path))
    items = tuple(item for node_items in by_node.values() for item in node_items)
    return items, [(node, len(node_items)) for node, node_items in by_node.items()]


def _chunks(nodes: list[tuple[str, int]], folder: Path, jobs: int) -> list[Chunk]:
    """Ranges of one node's datasets each, in chunk order; about eight chunks per worker for balance."""
    total = sum(count for _, count in nodes)
    size = max(1, total // (jobs * 8)) if jobs > 1 else total or 1
    chunks, first = [], 0
    for node, count in nodes:
        for start in range(first, first + count, size):
            chunks.append(Chunk(len(chunks), node, start, min(start + size, first + count), str(folder)))
        first += count
    return chunks


def _graph_heads(layout: Layout, chunks: list[Chunk], results: list[ChunkResult]) -> dict[str, list[Triple]]:
    """Per named graph (a node, the root): its catalogue record's triples and its datasets' shared
    triples, sorted; the graph is these followed by its datasets' own blocks."""
    heads: dict[str, set[Triple]] = {}
    for chunk, result in zip(chunks, results, strict=True):
        for rendered in result.datasets:
            heads.setdefault(chunk.node, set()).update(rendered.shared)
    for name, (_path, _iri, triples) in record_triples(RecordMapper(), layout).items():
        heads.setdefault(name, set()).update(triples)
    return {name: serialise.sorted_triples(triples) for name, triples in sorted(heads.items())}


def _append_own_blocks(stem: str, own_spans: tuple[tuple[int, int], ...], combined: _Run, graph: _Run) -> None:
    """Copy a dataset's own block, from each of its files, to the end of the combined files and of
    its node's graph (N-Triples)."""
    for extension, (offset, length) in zip(serialise.EXTENSIONS, own_spans, strict=True):
        if not length:
            continue
        with open(f"{stem}.{extension}", "rb", buffering=0) as source:
            for run in (combined, graph) if extension in graph.files else (combined,):
                run.separate(extension)
                _copy(source, offset, length, run.files[extension])


class _Run:
    """Files (`<stem>.<extension>`) written as blocks one after another: the format's start, the
    datasets' own blocks as they come, the head block, the format's end."""

    def __init__(self, stem: Path, extensions: tuple[str, ...]) -> None:
        self.files, self.wrote = {}, dict.fromkeys(extensions, False)
        try:
            for extension in extensions:
                self.files[extension] = open(f"{stem}.{extension}", "wb", buffering=0)  # noqa: SIM115 (closed by __exit__)
                _write_all(self.files[extension], serialise.frame(extension)[0])
        except BaseException:
            self.__exit__()
            raise

    def __enter__(self) -> _Run:
        return self

    def __exit__(self, *_exc) -> None:
        for out in self.files.values():
            out.close()

    def separate(self, extension: str) -> None:
        """Before a non-empty block: the format's separator, unless it is the first."""
        if self.wrote[extension]:
            _write_all(self.files[extension], serialise.frame(extension)[2])
        self.wrote[extension] = True

    def finish(self, head: serialise.Pieces) -> None:
        for extension, out in self.files.items():
            data = getattr(head, extension)
            if data:
                self.separate(extension)
                _write_all(out, data)
            _write_all(out, serialise.frame(extension)[1])


def _write_file(path: str, data: bytes) -> None:
    """A new file holding `data` (forty thousand of them at 10,000 datasets: no file object)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(descriptor, view) :]
    finally:
        os.close(descriptor)


def _write_all(out, data: bytes) -> None:
    view = memoryview(data)
    while view:  # an unbuffered file may take less than all at once
        view = view[out.write(view) :]


def _copy(source, offset: int, length: int, out) -> None:
    """Bytes `offset` to `offset + length` of `source` to the end of `out`, inside the kernel where
    the platform can."""
    try:
        while length > 0:
            copied = os.copy_file_range(source.fileno(), out.fileno(), length, offset)
            if copied == 0:
                break
            offset, length = offset + copied, length - copied
    except (AttributeError, OSError):  # no copy_file_range here, or not between these files
        pass
    while length > 0:  # what is left, from where the copy stopped
        data = os.pread(source.fileno(), min(length, 1 << 20), offset)
        if not data:
            raise OSError(f"{source.name} is shorter than expected")
        _write_all(out, data)
        offset, length = offset + len(data), length - len(data)


def _json(data: dict) -> bytes:
    """`json.dumps(data, indent=1, sort_keys=True)`, with a flat map of strings (the manifest's
    10,000 datasets) written by the C encoder: with `indent`, json.dumps runs in pure Python."""
    members = []
    for key, value in sorted(data.items()):
        if isinstance(value, dict) and value and all(isinstance(v, str) for v in value.values()):
            entries = ",\n  ".join(f"{_json_string(k)}: {_json_string(v)}" for k, v in sorted(value.items()))
            members.append(f"{_json_string(key)}: {{\n  {entries}\n }}")
        else:
            text = json.dumps(value, indent=1, sort_keys=True, ensure_ascii=False).replace("\n", "\n ")
            members.append(f"{_json_string(key)}: {text}")
    return ("{\n " + ",\n ".join(members) + "\n}\n").encode("utf-8")
