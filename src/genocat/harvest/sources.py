"""The four kinds of source, each walked as a stream of events, one record at a time.

- `fdp`: a FAIR Data Point: repository -> catalogues (fdp-o:metadataCatalog, dcat:catalog,
  ldp:contains) -> datasets (dcat:dataset, ldp:contains) -> distributions (dcat:distribution), one
  document per resource, fetched a few at a time;
- `paged`: a DCAT catalogue in pages (ckanext-dcat's `catalog.ttl?page=N` with hydra:PagedCollection
  and hydra:nextPage, or Hydra's hydra:view/hydra:next), one page at a time;
- `sparql`: a SPARQL endpoint: the records listed with SELECT, each read with one CONSTRUCT;
- `document`: one RDF document, a file or a URL.

A walker yields `Record`s (one record's graph and the documents it came from), `Unchanged` (a
document the server says has not changed: its records stand as last time) and `Fault`s (one line).
"""

from __future__ import annotations

import concurrent.futures
import itertools
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, Graph, Literal, URIRef

from genocat.harvest.http import Client, FetchError, Response, Validators
from genocat.harvest.rdf import ACCEPT, DCAT, FDP, HYDRA, LDP, NotRdf, parse, record_graph

KINDS = ("fdp", "paged", "sparql", "document")
MAX_PAGES = 100_000


@dataclass
class Record:
    node: URIRef
    kind: str  # "catalogue" or "dataset"
    url: str  # the document that describes it
    graph: Graph
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

    def fetch(self, url: str, conditional: bool = False) -> Response:
        return self.client.get(url, ACCEPT, self.known(url) if conditional else None)

    def graph(self, response: Response) -> Graph:
        return parse(response.body, response.content_type, response.url)


def walk(kind: str, source: str, walker: Walk) -> Iterator[Event]:
    return {"fdp": _fdp, "paged": _paged, "sparql": _sparql, "document": _document}[kind](source, walker)


# --- FAIR Data Point ---------------------------------------------------------------------------


def _fdp(root: str, w: Walk) -> Iterator[Event]:
    try:
        response = w.fetch(root)
        graph = w.graph(response)
    except (FetchError, NotRdf) as error:
        yield Fault(root, str(error))
        return
    base = URIRef(response.url)
    subject = base if (base, None, None) in graph else URIRef(root)
    if (subject, RDF.type, DCAT.Catalog) in graph:  # the source is one catalogue, not the repository
        catalogues = [subject]
        docs = {subject: graph}
    else:
        catalogues = _links(graph, subject, FDP.metadataCatalog, DCAT.catalog, LDP.contains)
        docs = {}
    if w.catalog:
        catalogues = [c for c in catalogues if str(c) == w.catalog] or [URIRef(w.catalog)]
    if not catalogues:
        yield Fault(root, "lists no catalogue (no fdp-o:metadataCatalog, dcat:catalog or ldp:contains)")
        return
    datasets: list[URIRef] = []
    for catalogue in catalogues:
        url = str(catalogue)
        try:
            page = docs.get(catalogue) or w.graph(w.fetch(url))
        except (FetchError, NotRdf) as error:
            yield Fault(url, str(error))
            continue
        listed = _links(page, catalogue, DCAT.dataset)
        for child in _links(page, catalogue, LDP.contains):
            listed += _links(page, child, LDP.contains) if (child, LDP.contains, None) in page else [child]
        datasets += [d for d in dict.fromkeys(listed) if d not in datasets]
        yield Record(catalogue, "catalogue", url, record_graph(page, catalogue), {})
    yield from _in_parallel(w, datasets, _fdp_dataset)


def _fdp_dataset(w: Walk, url: str) -> list[Event]:
    """One dataset and its distributions; conditional when the last harvest kept validators."""
    try:
        first = w.fetch(url, conditional=True)
        if first.not_modified:
            others = w.related(url)
            if all(w.fetch(o, conditional=True).not_modified for o in others):
                return [Unchanged(url)]
            first = w.fetch(url)
        graph = w.graph(first)
        node = URIRef(url) if (URIRef(url), None, None) in graph else URIRef(first.url)
        docs = {url: first.validators}
        for distribution in _links(graph, node, DCAT.distribution):
            if (distribution, None, None) in graph and (distribution, RDF.type, None) in graph:
                continue  # described in the dataset's own document
            answer = w.fetch(str(distribution))
            graph += w.graph(answer)
            docs[str(distribution)] = answer.validators
    except (FetchError, NotRdf) as error:
        return [Fault(getattr(error, "url", url), str(error))]
    return [Record(node, "dataset", url, record_graph(graph, node), docs)]


def _in_parallel(w: Walk, urls: list[URIRef], task) -> Iterator[Event]:
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


def _links(graph: Graph, subject, *predicates) -> list[URIRef]:
    found = [o for p in predicates for o in graph.objects(subject, p) if isinstance(o, URIRef)]
    return sorted(dict.fromkeys(found))


# --- paged DCAT catalogue (ckanext-dcat, Hydra) --------------------------------------------------


def _paged(first: str, w: Walk) -> Iterator[Event]:
    url: str | None = first
    seen: set[str] = set()
    catalogue_done = counted = False
    for number in itertools.count(1):
        if url is None:
            return
        if url in seen:
            yield Fault(url, f"page {number - 1} links back to a page already read (paging that never ends); stopped")
            return
        if number > MAX_PAGES:
            yield Fault(url, f"more than {MAX_PAGES} pages; stopped")
            return
        seen.add(url)
        try:
            response = w.fetch(url, conditional=True)
            if response.not_modified:
                yield Unchanged(url)
                w.next_pages[url] = url = w.known_next(url)
                continue
            graph = w.graph(response)
        except FetchError as error:
            if counted and "HTTP 404" in error.problem:
                return  # counted past the last page
            yield Fault(url, str(error))
            return
        except NotRdf as error:
            yield Fault(url, str(error))
            return
        docs = {url: response.validators}
        catalogues = sorted(graph.subjects(RDF.type, DCAT.Catalog))
        if w.catalog:
            catalogues = [c for c in catalogues if str(c) == w.catalog]
        if not catalogue_done:
            for catalogue in catalogues:
                yield Record(catalogue, "catalogue", url, record_graph(graph, catalogue), docs)
            catalogue_done = bool(catalogues)
        listed = {d for c in catalogues for d in graph.objects(c, DCAT.dataset)}
        datasets = sorted(set(graph.subjects(RDF.type, DCAT.Dataset)) if not w.catalog else listed)
        for dataset in datasets:
            yield Record(dataset, "dataset", url, record_graph(graph, dataset), docs)
        following = _next_page(graph, url)
        if following is None and not _has_paging(graph) and datasets and "page=" in url:
            following, counted = _page_plus_one(url), True  # ckanext-dcat's ?page=N without links
        w.next_pages[url] = url = following


def _next_page(graph: Graph, url: str) -> str | None:
    """hydra:next (Hydra) or hydra:nextPage (ckanext-dcat's PagedCollection), an IRI or a literal."""
    for p in (HYDRA.next, HYDRA.nextPage):
        for o in sorted(graph.objects(None, p)):
            if isinstance(o, URIRef | Literal) and str(o).strip():
                return urllib.parse.urljoin(url, str(o).strip())
    return None


def _has_paging(graph: Graph) -> bool:
    return any((None, RDF.type, t) in graph for t in (HYDRA.PagedCollection, HYDRA.PartialCollectionView))


def _page_plus_one(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    query = dict(urllib.parse.parse_qsl(parts.query))
    page = query.get("page", "1")
    query["page"] = str(int(page) + 1) if page.isdigit() else "2"
    return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))


# --- SPARQL endpoint ----------------------------------------------------------------------------

PREFIXES = "PREFIX dcat: <http://www.w3.org/ns/dcat#>\nPREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
LIST_PAGE = 1000
# A record's own triples: everything reachable without following links between records (trimmed again
# in Python by record_graph, which stops at other records).
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
    yield from _in_parallel(w, [URIRef(d) for d in datasets], lambda w, d: [_construct(w, endpoint, d, "dataset")])


def _select(w: Walk, endpoint: str, query: str) -> list[str]:
    import json

    response = w.client.post_form(endpoint, {"query": PREFIXES + query}, "application/sparql-results+json")
    try:
        rows = json.loads(response.body)["results"]["bindings"]
    except (ValueError, KeyError, TypeError):
        raise NotRdf(f"{endpoint}: the SELECT answer is not SPARQL JSON results ({response.content_type})") from None
    return [row["r"]["value"] for row in rows if row.get("r", {}).get("type") == "uri"]


def _construct(w: Walk, endpoint: str, iri: str, kind: str) -> Event:
    if ">" in iri or "<" in iri or " " in iri:
        return Fault(endpoint, f"record IRI {iri!r} cannot be written in a query", hides_records=True)
    try:
        response = w.client.post_form(endpoint, {"query": CONSTRUCT % iri}, "text/turtle, application/n-triples;q=0.9")
        graph = parse(response.body, response.content_type, f"{endpoint} (CONSTRUCT of <{iri}>)")
    except (FetchError, NotRdf) as error:
        return Fault(endpoint, str(error))
    return Record(URIRef(iri), kind, iri, record_graph(graph, URIRef(iri)), {})


# --- one document ---------------------------------------------------------------------------------


def _document(source: str, w: Walk) -> Iterator[Event]:
    try:
        if urllib.parse.urlsplit(source).scheme in ("http", "https"):
            response = w.fetch(source, conditional=True)
            if response.not_modified:
                yield Unchanged(source)
                return
            graph, docs = w.graph(response), {source: response.validators}
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
            graph, docs = parse(body, "", str(path), path.suffix), {}
    except (FetchError, NotRdf) as error:
        yield Fault(source, str(error))
        return
    catalogues = sorted(graph.subjects(RDF.type, DCAT.Catalog))
    if w.catalog:
        catalogues = [c for c in catalogues if str(c) == w.catalog]
    for catalogue in catalogues:
        yield Record(catalogue, "catalogue", source, record_graph(graph, catalogue), docs)
    listed = {d for c in catalogues for d in graph.objects(c, DCAT.dataset)}
    datasets = sorted(listed if w.catalog else set(graph.subjects(RDF.type, DCAT.Dataset)) | listed)
    for dataset in datasets:
        if isinstance(dataset, URIRef):
            yield Record(dataset, "dataset", source, record_graph(graph, dataset), docs)
        else:
            yield Fault(source, f"{source}: a dataset without an IRI (blank node) cannot be kept in step; skipped")
