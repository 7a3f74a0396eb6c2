"""RDF of harvested documents: what to ask for, parsing by media type (with `genocat import`'s
refusals), one record's triples cut out of a larger document, and a content hash per record.

A harvest reads every record but imports only those that changed, so documents are held as plain
N-Triples term texts indexed by subject (`Triples`), parsed by pyoxigraph: cutting a record out of a
page and hashing it costs little. Only a changed record becomes an rdflib graph for the importer.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

import pyoxigraph
from rdflib import Graph

from genocat.rdf_import.read import InputError, parse_data

RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
DCAT = "http://www.w3.org/ns/dcat#"
DCT = "http://purl.org/dc/terms/"
FDP = "https://w3id.org/fdp/fdp-o#"
LDP = "http://www.w3.org/ns/ldp#"
HYDRA = "http://www.w3.org/ns/hydra/core#"


def iri(namespace: str, name: str) -> str:
    return f"<{namespace}{name}>"


DATASET, CATALOG, SERIES = iri(DCAT, "Dataset"), iri(DCAT, "Catalog"), iri(DCAT, "DatasetSeries")
RECORD_CLASSES = (DATASET, CATALOG, SERIES)
# Links that lead from one record to another (or to a listing): a record's own triples stop there.
BETWEEN_RECORDS = {iri(DCAT, n) for n in ("dataset", "catalog", "record", "service")}
BETWEEN_RECORDS |= {iri(LDP, "contains"), iri(FDP, "metadataCatalog")}
IDENTIFIER = iri(DCT, "identifier")

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
_OXIGRAPH = {"turtle": pyoxigraph.RdfFormat.TURTLE, "nt": pyoxigraph.RdfFormat.N_TRIPLES}


class NotRdf(Exception):
    """A document is not RDF genocat can read; str() names the URL, and the line when there is one."""


def is_iri(term: str) -> bool:
    return term.startswith("<")


def is_blank(term: str) -> bool:
    return term.startswith("_:")


def unwrap(term: str) -> str:
    """`<https://x>` -> `https://x`."""
    return term[1:-1]


class Triples:
    """A document's triples as N-Triples term texts, indexed by subject."""

    def __init__(self) -> None:
        self.by_subject: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.count = 0
        self._records: set[str] | None = None  # the nodes typed as records, worked out when first asked
        self._types: dict[str, list[str]] | None = None  # class -> its subjects, sorted, when first asked

    def add_ntriples(self, text: str) -> None:
        """Lines of N-Triples as pyoxigraph writes them (one space between terms; IRIs and blank-node
        labels hold no space, so the object is the rest of the line before ` .`)."""
        by_subject = self.by_subject
        for line in text.splitlines():
            if line:
                s, p, rest = line.split(" ", 2)
                by_subject[s].append((p, rest[:-2]))
                self.count += 1
        self._records = self._types = None

    def add(self, s: str, p: str, o: str) -> None:
        self.by_subject[s].append((p, o))
        self.count += 1
        self._records = self._types = None

    def __iadd__(self, other: Triples) -> Triples:
        for s, pairs in other.by_subject.items():
            self.by_subject[s].extend(pairs)
        self.count += other.count
        self._records = self._types = None
        return self

    def __len__(self) -> int:
        return self.count

    def has(self, subject: str) -> bool:
        return subject in self.by_subject

    def objects(self, subject: str, *predicates: str) -> list[str]:
        return [o for p, o in self.by_subject.get(subject, ()) if p in predicates]

    def is_a(self, subject: str, cls: str) -> bool:
        return (RDF_TYPE, cls) in self.by_subject.get(subject, ())

    def typed(self, cls: str) -> list[str]:
        if self._types is None:  # one pass over the document for every class asked about
            types: dict[str, set[str]] = defaultdict(set)
            for s, pairs in self.by_subject.items():
                for p, o in pairs:
                    if p == RDF_TYPE:
                        types[o].add(s)
            self._types = {o: sorted(subjects) for o, subjects in types.items()}
        return list(self._types.get(cls, ()))

    def links(self, subject: str, *predicates: str) -> list[str]:
        """IRIs the subject points to with these predicates, sorted, as plain IRIs."""
        return sorted({unwrap(o) for o in self.objects(subject, *predicates) if is_iri(o)})

    def record(self, node: str) -> Triples:
        """The triples of one record: its own, and those of every node it reaches that is not another
        record (distributions, agents, checksums, blank nodes), without following links between records."""
        if self._records is None:
            self._records = {s for cls in RECORD_CLASSES for s in self.typed(cls)}
        records, by_subject = self._records, self.by_subject
        out = Triples()
        todo, seen = [node], {node}
        while todo:
            subject = todo.pop()
            pairs = [(p, o) for p, o in by_subject.get(subject, ()) if p not in BETWEEN_RECORDS]
            out.by_subject[subject].extend(pairs)
            out.count += len(pairs)
            for p, o in pairs:
                if p == RDF_TYPE or o in seen or o[0] == '"' or o not in by_subject:
                    continue
                if o[0] == "_" or o not in records:
                    seen.add(o)
                    todo.append(o)
        return out

    def identifier(self, node: str) -> str | None:
        values = sorted(o for o in self.objects(node, IDENTIFIER) if o.startswith('"') and o[1 : o.rindex('"')].strip())
        return values[0] if values else None

    def ntriples(self) -> bytes:
        return "".join(f"{s} {p} {o} .\n" for s, pairs in self.by_subject.items() for p, o in pairs).encode("utf-8")

    def graph(self, label: str) -> Graph:
        """The record as an rdflib graph, for the importer."""
        return parse_data(Graph(), self.ntriples(), "nt", label, label)

    def content_hash(self, salt: str) -> str:
        """sha256 of the triples, independent of order and of blank-node labels (a blank node is named
        by what it says, recursively), so the same content hashes the same on every fetch."""
        names: dict[str, str] = {}

        def name(term: str, depth: int = 0) -> str:
            if term[0] != "_":
                return term
            if term in names:
                return names[term]
            if depth > 16:
                return "_:deep"
            names[term] = "_:cycle"
            lines = sorted(f"{p} {name(o, depth + 1)}" for p, o in self.by_subject.get(term, ()))
            names[term] = "_:" + hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]
            return names[term]

        lines = sorted(
            f"{s if s[0] != '_' else name(s)} {p} {o if o[0] != '_' else name(o)}"
            for s, pairs in self.by_subject.items()
            for p, o in pairs
        )
        return hashlib.sha256((salt + "\n".join(lines)).encode()).hexdigest()


def parse(body: bytes, media_type: str, url: str, suffix: str = "") -> Triples:
    """Parse a document by its media type (or, for files, its extension); relative IRIs against `url`."""
    parser = MEDIA_TYPES.get(media_type) or EXTENSIONS.get(suffix.lower())
    if parser is None:
        shown = media_type or "no Content-Type"
        raise NotRdf(f"{url}: not RDF ({shown}); expected Turtle, N-Triples, JSON-LD or RDF/XML")
    triples = Triples()
    if parser in _OXIGRAPH:
        try:
            quads = pyoxigraph.parse(body, format=_OXIGRAPH[parser], base_iri=_base(url))
            text = pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.N_TRIPLES)
        except (SyntaxError, ValueError, UnicodeDecodeError):
            pass  # rdflib gives the message with its line (or reads what it accepts)
        else:
            triples.add_ntriples(text.decode("utf-8"))
            return triples
    try:
        graph = parse_data(Graph(), body, parser, url, _base(url))
    except InputError as error:
        raise NotRdf(str(error)) from None
    for s, p, o in graph:
        triples.add(_term(s), _term(p), _term(o))
    return triples


def _base(url: str) -> str:
    return url if "://" in url else "file:///" + url.rsplit("/", 1)[-1]


def _term(term) -> str:
    """An rdflib term as N-Triples text, as pyoxigraph writes it."""
    from rdflib import BNode, Literal

    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        value = pyoxigraph.Literal(
            str(term),
            language=term.language or None,
            datatype=pyoxigraph.NamedNode(str(term.datatype)) if term.datatype and not term.language else None,
        )
        return str(value)
    return str(pyoxigraph.NamedNode(str(term)))
