"""The four kinds of source, each walked as a stream of events, one record at a time.

- `fdp`: a FAIR Data Point: repository -> catalogues (fdp-o:metadataCatalog, dcat:catalog,
  ldp:contains) -> datasets (dcat:dataset, ldp:contains) -> distributions (dcat:distribution), one
  document per resource, fetched a few at a time;
- `paged`: a DCAT catalogue in pages (ckanext-dcat's `catalog.ttl?page=N` with hydra:PagedCollection
  and hydra:nextPage, or Hydra's hydra:view/hydra:next), one page at a time (paged.py);
- `sparql`: a SPARQL endpoint: the records listed with SELECT, each read with one CONSTRUCT;
- `document`: one RDF document, a file or a URL.

A walker yields `Record`s (one record's triples and the documents it came from), `Unchanged` (a
document the server says has not changed: its records stand as last time) and `Fault`s (one line).
"""

from __future__ import annotations

import concurrent.futures
import itertools
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from genocat.harvest import rdf
from genocat.harvest.http import Client, FetchError, Response, Validators
from genocat.harvest.rdf import ACCEPT, CATALOG, DATASET, DCAT, FDP, LDP, NotRdf, Triples, iri, parse

KINDS = ("fdp", "paged", "sparql", "document")


@dataclass
class Record:
    node: str  # N-Triples text: <iri> (or _:b for a blank node, which the harvest refuses)
    kind: str  # "catalogue" or "dataset"
    url: str  # the document that describes it
    triples: rdf.Record  # its triples, cut out of the document
    docs: dict[str, Validators] = field(default_factory=dict)  # every document it came from


@dataclass
class Unchanged:
    url: str


@dataclass
class Fault:
    url: str
    message: str  # one line, naming the URL
    hides_records: bool = True  # records may be missing because of it: nothing is removed this run


Event = Record | Unchanged | Fault
Known = Callable[[str], Validators | None]  # validators of a document from the last harvest
Related = Callable[[str], list[str]]  # other documents the records of a document came from last time


@dataclass
class Walk:
    client: Client
    known: Known
    related: Related
    catalog: str | None = None  # harvest only this catalogue and what it lists
    known_next: Callable[[str], str | None] = lambda url: None  # a page's next page, last time
    next_pages: dict[str, str | None] = field(default_factory=dict)  # a page's next page, this time
    jobs: int = 1  # more than 1: a paged source's pages are cut into records by a worker process
    salt: Callable[[str], str] = lambda kind: ""  # what a record's content hash depends on, by kind
    standing: Callable[[str], set[str]] = lambda url: set()  # content hashes that need no import

    def fetch(self, url: str, conditional: bool = False) -> Response:
        """GET, with the validators of last time when `conditional` (an unchanged page is not parsed again)."""
        return self.client.get(url, ACCEPT, self.known(url) if conditional else None)

    def parse(self, response: Response) -> Triples:
        return parse(response.body, response.content_type, response.url)


def walk(kind: str, source: str, walker: Walk) -> Iterator[Event]:
    from genocat.harvest import paged

    return {"fdp": _fdp, "paged": paged.walk, "sparql": _sparql, "document": _document}[kind](source, walker)


# --- FAIR Data Point ---------------------------------------------------------------------------


def _fdp(root: str, w: Walk) -> Iterator[Event]:
    try:
        response = w.fetch(root)
        doc = w.parse(response)
    except (FetchError, NotRdf) as error:
        yield Fault(root, str(error))
        return
    subject = f"<{response.url}>" if doc.has(f"<{response.url}>") else f"<{root}>"
    if doc.is_a(subject, CATALOG):  # the source is one catalogue, not the repository
        catalogues, docs = [subject[1:-1]], {subject[1:-1]: doc}
    else:
        catalogues, docs = (
            doc.links(subject, iri(FDP, "metadataCatalog"), iri(DCAT, "catalog"), iri(LDP, "contains")),
            {},
        )
    if w.catalog:
        catalogues = [c for c in catalogues if c == w.catalog] or [w.catalog]
    if not catalogues:
        yield Fault(root, f"{root}: lists no catalogue (no fdp-o:metadataCatalog, dcat:catalog or ldp:contains)")
        return
    datasets: dict[str, None] = {}  # in the order listed, each once
    for catalogue in catalogues:
        node = f"<{catalogue}>"
        try:
            page = docs.get(catalogue) or w.parse(w.fetch(catalogue))
        except (FetchError, NotRdf) as error:
            yield Fault(catalogue, str(error))
            continue
        listed = page.links(node, iri(DCAT, "dataset"))
        for child in page.links(node, iri(LDP, "contains")):  # a dataset, or an LDP container of datasets
            inner = page.links(f"<{child}>", iri(LDP, "contains"))
            listed += inner if inner else [child]
        datasets.update(dict.fromkeys(listed))
        yield Record(node, "catalogue", catalogue, page.record(node), {})
    yield from _in_parallel(w, list(datasets), _fdp_dataset)


def _fdp_dataset(w: Walk, url: str) -> list[Event]:
    """One dataset and its distributions; conditional when the last harvest kept validators."""
    try:
        first = w.fetch(url, conditional=True)
        if first.not_modified:
            others = w.related(url)
            if all(w.fetch(o, conditional=True).not_modified for o in others):
                return [Unchanged(url)]
            first = w.fetch(url)
        doc = w.parse(first)
        node = f"<{url}>" if doc.has(f"<{url}>") else f"<{first.url}>"
        docs = {url: first.validators}
        for distribution in doc.links(node, iri(DCAT, "distribution")):
            if doc.objects(f"<{distribution}>", "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"):
                continue  # described in the dataset's own document
            answer = w.fetch(distribution)
            doc += w.parse(answer)
            docs[distribution] = answer.validators
    except (FetchError, NotRdf) as error:
        return [Fault(getattr(error, "url", url), str(error))]
    return [Record(node, "dataset", url, doc.record(node), docs)]


def _in_parallel(w: Walk, urls: list[str], task) -> Iterator[Event]:
    """Fetch per record with a few threads (the client limits requests per host); events stay in
    order and at most a window of records is in memory."""
    workers = max(1, w.client.settings.per_host)
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        queue = iter(urls)
        window = [pool.submit(task, w, str(u)) for u in itertools.islice(queue, workers * 2)]
        while window:
            future = window.pop(0)
            for url in itertools.islice(queue, 1):
                window.append(pool.submit(task, w, str(url)))
            yield from future.result()


def catalogues_of(doc: Triples, only: str | None) -> list[str]:
    catalogues = doc.typed(CATALOG)
    return [c for c in catalogues if c == f"<{only}>"] if only else catalogues


def datasets_of(doc: Triples, catalogues: list[str], only: str | None) -> list[str]:
    """The datasets of a document: those its catalogue lists (with --catalog), else every dcat:Dataset
    and whatever a catalogue lists."""
    listed = {o for c in catalogues for o in doc.objects(c, iri(DCAT, "dataset"))}
    return sorted(listed if only else set(doc.typed(DATASET)) | listed)


# --- SPARQL endpoint ----------------------------------------------------------------------------

PREFIXES = "PREFIX dcat: <http://www.w3.org/ns/dcat#>\nPREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
LIST_PAGE = 1000
# A record's own triples: everything reachable without following links between records (trimmed again
# in Python by Triples.record, which stops at other records).
CONSTRUCT = PREFIXES + (
    "CONSTRUCT { ?s ?p ?o } WHERE { <%s> (!(rdf:type|dcat:dataset|dcat:catalog|dcat:record|dcat:service"
    "|dcat:inSeries|dcat:prev|dcat:next|dcat:first|dcat:last|dcat:hasCurrentVersion|dcat:servesDataset))* ?s . "
    "?s ?p ?o }"
)


def _sparql(endpoint: str, w: Walk) -> Iterator[Event]:
    try:
        if w.catalog:
            catalogues = [w.catalog]
        else:
            catalogues = _select(w, endpoint, "SELECT DISTINCT ?r WHERE { ?r a dcat:Catalog } ORDER BY ?r")
        for catalogue in catalogues:
            yield _construct(w, endpoint, catalogue, "catalogue")
        where = f"<{w.catalog}> dcat:dataset ?r" if w.catalog else "?r a dcat:Dataset"
        datasets = []
        for offset in itertools.count(0, LIST_PAGE):
            rows = _select(
                w, endpoint, f"SELECT DISTINCT ?r WHERE {{ {where} }} ORDER BY ?r LIMIT {LIST_PAGE} OFFSET {offset}"
            )
            datasets += rows
            if len(rows) < LIST_PAGE:
                break
    except (FetchError, NotRdf) as error:
        yield Fault(getattr(error, "url", endpoint), str(error))
        return
    yield from _in_parallel(w, datasets, lambda w, d: [_construct(w, endpoint, d, "dataset")])


def _select(w: Walk, endpoint: str, query: str) -> list[str]:
    import json

    response = w.client.post_form(endpoint, {"query": PREFIXES + query}, "application/sparql-results+json")
    try:
        rows = json.loads(response.body)["results"]["bindings"]
    except (ValueError, KeyError, TypeError):
        raise NotRdf(f"{endpoint}: the SELECT answer is not SPARQL JSON results ({response.content_type})") from None
    return [row["r"]["value"] for row in rows if row.get("r", {}).get("type") == "uri"]


def _construct(w: Walk, endpoint: str, record: str, kind: str) -> Event:
    if any(c in record for c in '<>" {}|\\^`'):
        return Fault(endpoint, f"{endpoint}: record IRI {record!r} cannot be written in a query")
    try:
        response = w.client.post_form(
            endpoint, {"query": CONSTRUCT % record}, "text/turtle, application/n-triples;q=0.9"
        )
        doc = parse(response.body, response.content_type, f"{endpoint} (CONSTRUCT of <{record}>)")
    except (FetchError, NotRdf) as error:
        return Fault(endpoint, str(error))
    return Record(f"<{record}>", kind, record, doc.record(f"<{record}>"), {})


# --- one document ---------------------------------------------------------------------------------


def _document(source: str, w: Walk) -> Iterator[Event]:
    try:
        if urllib.parse.urlsplit(source).scheme in ("http", "https"):
            response = w.fetch(source, conditional=True)
            if response.not_modified:
                yield Unchanged(source)
                return
            doc, docs = w.parse(response), {source: response.validators}
        else:
            path = Path(source)
            try:
                body = path.read_bytes()
            except OSError as error:
                yield Fault(source, f"{source}: cannot read the file ({error.strerror or error})")
                return
            if len(body) > w.client.settings.max_bytes:
                yield Fault(source, f"{source}: over the size limit of {w.client.settings.max_bytes} bytes")
                return
            doc, docs = parse(body, "", str(path), path.suffix), {}
    except (FetchError, NotRdf) as error:
        yield Fault(source, str(error))
        return
    catalogues = catalogues_of(doc, w.catalog)
    for catalogue in catalogues:
        yield Record(catalogue, "catalogue", source, doc.record(catalogue), docs)
    for dataset in datasets_of(doc, catalogues, w.catalog):
        yield Record(dataset, "dataset", source, doc.record(dataset), docs)
