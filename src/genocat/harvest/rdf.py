"""RDF of harvested documents: what to ask for, parsing by media type (with `genocat import`'s
refusals), one record's triples cut out of a larger graph, and a content hash per record.
"""

from __future__ import annotations

import hashlib

from rdflib import RDF, BNode, Graph, Literal, Namespace, URIRef

from genocat.rdf_import.read import InputError, parse_data

DCAT = Namespace("http://www.w3.org/ns/dcat#")
DCT = Namespace("http://purl.org/dc/terms/")
FDP = Namespace("https://w3id.org/fdp/fdp-o#")
LDP = Namespace("http://www.w3.org/ns/ldp#")
HYDRA = Namespace("http://www.w3.org/ns/hydra/core#")

# Turtle first; JSON-LD and RDF/XML when that is all the server offers.
ACCEPT = "text/turtle, application/n-triples;q=0.9, application/ld+json;q=0.8, application/rdf+xml;q=0.7"
MEDIA_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "nt",
    "text/plain": "nt",  # N-Triples' old media type
    "application/ld+json": "json-ld",
    "application/json": "json-ld",
    "application/rdf+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
}
EXTENSIONS = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".xml": "xml"}
RECORD_CLASSES = (DCAT.Dataset, DCAT.Catalog, DCAT.DatasetSeries)
# Links that lead from one record to another (or to a listing): a record's own triples stop there.
BETWEEN_RECORDS = {DCAT.dataset, DCAT.catalog, DCAT.record, DCAT.service, LDP.contains, FDP.metadataCatalog}


class NotRdf(Exception):
    """A document is not RDF genocat can read; str() names the URL, and the line when there is one."""


def parse(body: bytes, media_type: str, url: str, suffix: str = "") -> Graph:
    """Parse a document by its media type (or, for files, its extension)."""
    parser = MEDIA_TYPES.get(media_type) or EXTENSIONS.get(suffix.lower())
    if parser is None:
        shown = media_type or "no Content-Type"
        raise NotRdf(f"{url}: not RDF ({shown}); expected Turtle, N-Triples, JSON-LD or RDF/XML")
    try:
        return parse_data(Graph(), body, parser, url, url)
    except InputError as error:
        raise NotRdf(str(error)) from None


def is_record(graph: Graph, node) -> bool:
    return any((node, RDF.type, cls) in graph for cls in RECORD_CLASSES)


def record_graph(graph: Graph, node, stop: set | None = None) -> Graph:
    """The triples of one record: its own, and those of every node it reaches that is not another
    record (distributions, agents, checksums, blank nodes), without following links between records."""
    stop = stop if stop is not None else {n for cls in RECORD_CLASSES for n in graph.subjects(RDF.type, cls)}
    out = Graph()
    todo, seen = [node], {node}
    while todo:
        subject = todo.pop()
        for _, p, o in graph.triples((subject, None, None)):
            if p in BETWEEN_RECORDS:
                continue
            out.add((subject, p, o))
            if isinstance(o, URIRef | BNode) and o not in seen and (o not in stop or isinstance(o, BNode)):
                if p != RDF.type:
                    seen.add(o)
                    todo.append(o)
    return out


def identifier(graph: Graph, node) -> str | None:
    values = sorted(str(o) for o in graph.objects(node, DCT.identifier) if isinstance(o, Literal) and str(o).strip())
    return values[0] if values else None


def content_hash(graph: Graph, salt: str) -> str:
    """sha256 of the record's triples, independent of order and of blank-node labels (blank nodes are
    named by what they say, recursively), so the same content hashes the same on every fetch."""
    names: dict = {}

    def name(term, depth=0):
        if not isinstance(term, BNode):
            return term.n3()
        if term in names:
            return names[term]
        if depth > 16:
            return "_:deep"
        names[term] = "_:cycle"
        lines = sorted(f"{p.n3()} {name(o, depth + 1)}" for _, p, o in graph.triples((term, None, None)))
        names[term] = "_:" + hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]
        return names[term]

    lines = sorted(f"{name(s)} {p.n3()} {name(o)}" for s, p, o in graph if not isinstance(s, BNode))
    lines += sorted(f"{name(s)} {p.n3()} {name(o)}" for s, p, o in graph if isinstance(s, BNode))
    digest = hashlib.sha256(salt.encode())
    for line in sorted(lines):
        digest.update(line.encode() + b"\n")
    return digest.hexdigest()
