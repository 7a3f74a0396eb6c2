"""Harvesting one source into one node folder: each record imported alone, compared with what the
last harvest wrote, staged, and the whole node's changes applied at the end (state.py).
"""

from __future__ import annotations

import collections
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from genocat import __version__
from genocat.harvest import sources
from genocat.harvest.http import Client, Validators
from genocat.harvest.rdf import is_blank, unwrap
from genocat.harvest.state import Entry, Staging, State, sha256_file, sha256_text
from genocat.rdf_import.importer import country_of_folder, import_graph
from genocat.rdf_import.read import InputError
from genocat.rdf_import.report import Entry as NotMapped
from genocat.rdf_import.yaml_out import RoundTripError
from genocat.workers import collecting_less, start_pool, watch_parent

HEADER = "Harvested by `genocat harvest` from {source}."
# Records imported in this process before worker processes are started: a re-harvest that imports
# a few changed records is done sooner without starting them (this process mostly waits for pages).
IMPORTS_HERE = 150


@dataclass(frozen=True)
class Problem:
    """One line for the user: the URL (or file) and what is wrong."""

    url: str
    message: str

    def __str__(self) -> str:
        return self.message if self.message.startswith(self.url) else f"{self.url}: {self.message}"


@dataclass
class NodeResult:
    name: str
    source: str
    kind: str
    out: Path
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    conflicts: list[Problem] = field(default_factory=list)  # url = the file
    faults: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    not_mapped: dict[str, list[NotMapped]] = field(default_factory=dict)  # file -> rows
    fetched: int = 0

    @property
    def failed(self) -> bool:
        return bool(self.faults or self.conflicts)


@dataclass
class Options:
    base_iri: str
    catalog: str | None = None
    progress: Callable[[NodeResult], None] | None = None
    jobs: int = 1  # processes importing records (1: in this process)


def harvest_node(name: str, source: str, kind: str, out: Path, client: Client, options: Options) -> NodeResult:
    """Harvest `source` (of `kind`) into the node folder `out` (named like `nl`, its country's alpha-2 code)."""
    # the last harvest's state (an entry per record) lives through the run while each page makes tens of
    # thousands of short-lived tuples
    with collecting_less():
        return _harvest_node(name, source, kind, out, client, options)


def _harvest_node(name: str, source: str, kind: str, out: Path, client: Client, options: Options) -> NodeResult:
    out = Path(out)
    result = NodeResult(name, source, kind, out)
    country = country_of_folder(out.name)
    if country is None:
        result.faults.append(
            Problem(
                str(out), f"{out}: the node folder must be named by its country's two-letter code (e.g. catalog/nl)"
            )
        )
        return result
    out.mkdir(parents=True, exist_ok=True)
    staging = Staging(out)
    if note := staging.start():
        result.notes.append(note)
    previous = State.load(out)
    by_iri, by_doc = previous.index()
    intact = {path for path, entry in previous.records.items() if sha256_file(out / path) == entry.sha256}
    # Conditional requests only for documents whose every record is on disk as genocat wrote it: a
    # file edited or deleted by hand needs the document's body to be reported or written again.
    known = {
        url: Validators.from_json(v)
        for e in previous.records.values()
        for url, v in e.docs.items()
        if all(p in intact for p in by_doc.get(url, []))
    }
    walker = sources.Walk(
        client,
        known=known.get,
        related=lambda url: sorted({u for p in by_doc.get(url, []) for u in previous.records[p].docs} - {url}),
        catalog=options.catalog,
        known_next=previous.pages.get,
        jobs=options.jobs,
        salt=lambda kind: _salt(options.base_iri, country, kind),
        # hashes of the records a document gave last time that are on disk as written: a record
        # hashing as one of them is not imported, so its N-Triples need not even be made
        standing=lambda url: {previous.records[p].source_hash for p in by_doc.get(url, []) if p in intact},
    )
    run = _Run(result, previous, by_iri, by_doc, State(source=source), staging, options, country, intact)
    try:
        for event in sources.walk(kind, source, walker):
            run.take(event)
            if options.progress is not None:
                options.progress(result)
        run.finish(walker.next_pages)
    except BaseException:
        staging.discard()  # an interrupted or failed harvest changes nothing
        raise
    finally:
        if run.pool is not None:
            run.pool.shutdown(cancel_futures=True)
    return result


@dataclass
class _Run:
    result: NodeResult
    previous: State
    by_iri: dict[str, str]
    by_doc: dict[str, list[str]]
    state: State
    staging: Staging
    options: Options
    country: str
    intact: set[str]  # files on disk as the last harvest wrote them
    seen: dict[str, str] = field(default_factory=dict)  # path -> the URL it came from this run
    hidden: bool = False  # a fault may hide records: remove nothing
    pool: object = None  # worker processes importing records, or None: imported here
    window: int = 0
    imports: int = 0  # records sent to be imported so far
    pending: collections.deque = field(default_factory=collections.deque)
    catalogue_taken: str | None = None  # the URL the node's catalogue came from
    catalogue_iri: str | None = None

    def take(self, event) -> None:
        if isinstance(event, sources.Fault):
            self.result.faults.append(Problem(event.url, event.message))
            self.hidden = self.hidden or event.hides_records
        elif isinstance(event, sources.Unchanged):
            for path in self.by_doc.get(event.url, []):
                self._keep(path, event.url)
        else:
            self.result.fetched += 1
            self._record(event)

    def _keep(self, path: str, url: str) -> None:
        if path in self.seen:
            return
        self.seen[path] = url
        self.state.records[path] = self.previous.records[path]
        if path == "catalog.yaml":  # a later page describing the same catalogue again is not a second one
            self.catalogue_taken, self.catalogue_iri = url, self.previous.records[path].iri
        self.result.unchanged.append(path)  # only documents whose records are intact were asked conditionally

    def _record(self, record: sources.Record) -> None:
        url = record.url
        if is_blank(record.node):
            self._fault(url, "a record without an IRI (blank node) cannot be kept in step; skipped")
            return
        if record.kind == "catalogue" and self.catalogue_taken is not None:
            if unwrap(record.node) == self.catalogue_iri:
                return
            self.result.notes.append(
                f"{url}: a second catalogue; its datasets are harvested into {self.result.name}, "
                f"its own description is not (the node's is {self.catalogue_taken})"
            )
            return
        node = unwrap(record.node)
        if record.kind == "dataset" and record.triples.identifier(record.node) is None:
            self._fault(url, f"record <{node}> has no dct:identifier; skipped (the source must give one)")
            return
        source_hash = record.triples.content_hash(_salt(self.options.base_iri, self.country, record.kind))
        docs = {u: v.as_json() for u, v in record.docs.items()}
        old_path = self.by_iri.get(node)
        if old_path and old_path not in self.seen:
            old = self.previous.records[old_path]
            if old.source_hash == source_hash and old_path in self.intact:
                self.seen[old_path] = url
                self.state.records[old_path] = Entry(old.iri, old.sha256, source_hash, docs or old.docs)
                self.result.unchanged.append(old_path)
                if record.kind == "catalogue":
                    self.catalogue_taken, self.catalogue_iri = url, node
                return
        if record.triples.left_out:  # hashes as a record on disk that this run has already taken
            first = self.seen.get(old_path or "", url)
            self._fault(url, f"record <{node}> has the identifier of the record from {first} ({old_path}); skipped")
            return
        if record.kind == "catalogue":
            self.catalogue_taken, self.catalogue_iri = url, node
        self.imports += 1
        if self.options.jobs > 1 and self.pool is None and self.imports > IMPORTS_HERE:
            self.pool = start_pool(self.options.jobs, watch_parent, (os.getpid(),))
            self.window = 4 * self.options.jobs
        job = (record.triples.ntriples(), url, self.options.base_iri, self.country)
        outcome = self.pool.submit(import_record, *job) if self.pool is not None else import_record(*job)
        self.pending.append((record.kind, node, url, source_hash, docs, outcome))
        self.drain(self.window)

    def drain(self, keep: int = 0) -> None:
        """Place imported records in the order they came, once at most `keep` are still importing."""
        while len(self.pending) > keep:
            kind, node, url, source_hash, docs, outcome = self.pending.popleft()
            result = outcome.result() if self.pool is not None else outcome
            if isinstance(result, str):
                self._fault(url, result)
            else:
                self._place(kind, node, url, source_hash, docs, *result)

    def _place(self, kind, node, url, source_hash, docs, texts: dict[str, str], not_mapped: list) -> None:
        folders = {p.partition("/")[0] for p in texts if p.endswith("/catalog.yaml")}
        if folders - {self.result.out.name}:
            found = ", ".join(sorted(folders))
            self._fault(
                url, f"the catalogue's dct:spatial places it in node folder {found}, not {self.result.out.name}"
            )
            return
        texts = {_in_node(p): t for p, t in texts.items()}
        if kind == "catalogue":
            texts = {p: t for p, t in texts.items() if p == "catalog.yaml"}
            if not texts:
                self._fault(url, "the catalogue could not be placed as the node's catalog.yaml")
                return
        else:
            texts = {p: t for p, t in texts.items() if p != "catalog.yaml"}
        for path, text in sorted(texts.items()):
            if path in self.seen:
                first = self.seen[path]
                self._fault(url, f"record <{node}> has the identifier of the record from {first} ({path}); skipped")
                continue
            self.seen[path] = url
            if not_mapped:
                self.result.not_mapped[path] = list(not_mapped)
            self._write(path, text, Entry(node, sha256_text(text), source_hash, docs))

    def _write(self, path: str, text: str, entry: Entry) -> None:
        target = self.result.out / path
        on_disk = sha256_file(target)
        old = self.previous.records.get(path)
        if on_disk == entry.sha256:
            self.state.records[path] = entry
            (self.result.unchanged if old and old.sha256 == entry.sha256 else self.result.changed).append(path)
            return
        if on_disk is not None and (old is None or on_disk != old.sha256):
            why = "edited by hand since the last harvest" if old else "exists and was not written by genocat harvest"
            self.result.conflicts.append(
                Problem(path, f"{path}: {why}; left as it is (delete it to take the source's version)")
            )
            if old is not None:  # kept with no validators: its document is read in full next time
                self.state.records[path] = Entry(old.iri, old.sha256, "", {})
            return
        self.staging.write(path, text)
        self.state.records[path] = entry
        (self.result.changed if old else self.result.added).append(path)

    def _fault(self, url: str, message: str) -> None:
        self.result.faults.append(Problem(url, message))

    def finish(self, pages: dict) -> None:
        self.drain()
        for path, entry in sorted(self.previous.records.items()):
            if path in self.seen:
                continue
            if self.hidden:
                self.state.records[path] = entry
                continue
            if path not in self.intact and (self.result.out / path).exists():
                self.result.conflicts.append(
                    Problem(
                        path, f"{path}: gone from the source but edited by hand since the last harvest; left as it is"
                    )
                )
                continue
            self.staging.delete(path)
            self.result.removed.append(path)
        if self.hidden and set(self.previous.records) - set(self.seen):
            self.result.notes.append("nothing removed: a fault may have hidden records of the source")
        self.state.pages = pages
        for names in (self.result.added, self.result.changed, self.result.removed, self.result.unchanged):
            names.sort()
        self.staging.commit(self.state)


def _salt(base_iri: str, country: str, kind: str) -> str:
    """What a record's content hash depends on besides its triples."""
    return f"{__version__}\n{base_iri}\n{country}\n{kind}\n"


def import_record(ntriples: bytes, url: str, base_iri: str, country: str):
    """One record's N-Triples to its files' texts and not-mapped rows, or the one-line problem (a
    worker process's job: plain data in, plain data out)."""
    from rdflib import Graph

    from genocat.rdf_import.read import parse_data

    try:
        # One record, one graph: rdflib's store without named graphs is enough, and faster to fill and ask.
        graph = parse_data(Graph(store="SimpleMemory"), ntriples, "nt", url, url)
        imported = import_graph(graph, base_iri, country, header=HEADER)
    except InputError as error:
        return str(error)
    except (RoundTripError, ValueError) as error:
        return f"{url}: cannot be written as a submission ({error})"
    return imported.texts, imported.not_mapped


def _in_node(path: str) -> str:
    """`nl/catalog.yaml` -> `catalog.yaml`: the importer's layout, relative to the node folder."""
    head, _, rest = path.partition("/")
    return rest if len(head) == 2 and rest else path
