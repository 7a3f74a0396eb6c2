"""RDF of harvested documents: what to ask for, parsing by media type (with `genocat import`'s
refusals), one record's triples cut out of a larger document, and a content hash per record.

A harvest reads every record but imports only those that changed, so documents are held as plain
N-Triples term texts indexed by subject (`Triples`), parsed by pyoxigraph: cutting a record out of a
page and hashing it costs little. Only a changed record becomes an rdflib graph for the importer.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass

import pyoxigraph
from rdflib import Graph

from genocat.rdf_import.read import InputError, parse_data
from genocat.workers import collector_paused

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
# Predicates whose triples are also listed apart while a document is read (the page's types, its
# paging links, the links between records), so that looking for them does not read every triple again.
NOTED = {RDF_TYPE, iri(HYDRA, "next"), iri(HYDRA, "nextPage")} | BETWEEN_RECORDS

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
    """A document's triples as N-Triples term texts, indexed by subject (each triple once).

    A page holds many records, so what every record needs is worked out once per subject and kept:
    its own triples (without the links between records), the nodes it leads to and a digest of its
    triples. Cutting a record out is then a walk over subjects, and its hash one sha256 over the
    digests of its subjects; its N-Triples are only made when it changed and must be imported."""

    def __init__(self) -> None:
        self.by_subject: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.count = 0
        self._noted: list[tuple[str, str, str]] = []  # triples whose predicate is in NOTED
        self._merged = False  # documents added together may repeat a triple
        self._forget()

    def _forget(self) -> None:
        self._records: set[str] | None = None  # the nodes typed as records, worked out when first asked
        self._types: dict[str, list[str]] | None = None  # class -> its subjects, sorted, when first asked
        self._own: dict[str, list[tuple[str, str]]] = {}
        self._links: dict[str, list[str]] = {}
        self._digests: dict[str, str] = {}
        self._names: dict[str, str] = {}
        self._linking: set[str] | None = None  # subjects with links between records

    def add_ntriples(self, text: str) -> None:
        """Lines of N-Triples as pyoxigraph writes them (one space between terms; IRIs and blank-node
        labels hold no space, so the object is the rest of the line before ` .`). Split at line feeds
        only (pyoxigraph leaves other line breaks in literals as they are); a repeated line counts once."""
        by_subject, noted = self.by_subject, self._noted
        lines = dict.fromkeys(text.split("\n"))
        lines.pop("", None)
        with collector_paused():  # a tuple per triple, all kept, none in a cycle: nothing to collect
            for line in lines:
                s, p, rest = line.split(" ", 2)
                by_subject[s].append((p, rest[:-2]))
                if p in NOTED:
                    noted.append((s, p, rest[:-2]))
        self.count += len(lines)
        self._forget()

    def add(self, s: str, p: str, o: str) -> None:
        self.by_subject[s].append((p, o))
        if p in NOTED:
            self._noted.append((s, p, o))
        self.count += 1
        self._merged = True
        self._forget()

    def __iadd__(self, other: Triples) -> Triples:
        for s, pairs in other.by_subject.items():
            self.by_subject[s].extend(pairs)
        self._noted += other._noted
        self.count += other.count
        self._merged = True
        self._forget()
        return self

    def __len__(self) -> int:
        return self.count

    def has(self, subject: str) -> bool:
        return subject in self.by_subject

    def objects(self, subject: str, *predicates: str) -> list[str]:
        return [o for p, o in self.by_subject.get(subject, ()) if p in predicates]

    def with_predicate(self, predicate: str) -> list[tuple[str, str]]:
        """(subject, object) of every triple with this predicate, which must be one of NOTED."""
        return [(s, o) for s, p, o in self._noted if p == predicate]

    def is_a(self, subject: str, cls: str) -> bool:
        return (RDF_TYPE, cls) in self.by_subject.get(subject, ())

    def typed(self, cls: str) -> list[str]:
        if self._types is None:
            types: dict[str, set[str]] = defaultdict(set)
            for s, o in self.with_predicate(RDF_TYPE):
                types[o].add(s)
            self._types = {o: sorted(subjects) for o, subjects in types.items()}
        return list(self._types.get(cls, ()))

    def links(self, subject: str, *predicates: str) -> list[str]:
        """IRIs the subject points to with these predicates, sorted, as plain IRIs."""
        return sorted({unwrap(o) for o in self.objects(subject, *predicates) if is_iri(o)})

    def identifier(self, node: str) -> str | None:
        values = sorted(o for o in self.objects(node, IDENTIFIER) if o.startswith('"') and o[1 : o.rindex('"')].strip())
        return values[0] if values else None

    def own(self, subject: str) -> list[tuple[str, str]]:
        """The subject's triples that belong to a record: all but the links between records, each once."""
        found = self._own.get(subject)
        if found is None:
            if self._linking is None:
                self._linking = {s for s, p, _ in self._noted if p in BETWEEN_RECORDS}
            pairs = self.by_subject.get(subject, [])
            if subject in self._linking:
                pairs = [(p, o) for p, o in pairs if p not in BETWEEN_RECORDS]
            found = self._own[subject] = list(dict.fromkeys(pairs)) if self._merged else pairs
        return found

    def record(self, node: str) -> Record:
        """One record: its own subject, and every node it reaches that is not another record
        (distributions, agents, checksums, blank nodes), without following links between records."""
        if self._records is None:
            self._records = {s for cls in RECORD_CLASSES for s in self.typed(cls)}
        members, todo, seen = [], [node], {node}
        while todo:
            subject = todo.pop()
            members.append(subject)
            for o in self._leads_to(subject):
                if o not in seen:
                    seen.add(o)
                    todo.append(o)
        return Record(self, members)

    def _leads_to(self, subject: str) -> list[str]:
        """Nodes of this document the subject leads to inside its record (not classes, not other records)."""
        found = self._links.get(subject)
        if found is None:
            by_subject, records = self.by_subject, self._records
            found = self._links[subject] = [
                o
                for p, o in self.own(subject)
                if p != RDF_TYPE and o[0] in "<_" and o in by_subject and (o[0] == "_" or o not in records)
            ]
        return found

    def digest(self, subject: str) -> str:
        """sha256 of the subject's own triples, independent of their order and of blank-node labels
        (a blank node is named by what it says, recursively); "" when it has none."""
        found = self._digests.get(subject)
        if found is None:
            pairs = self.own(subject)
            if not pairs:
                found = ""
            else:
                text = "\n".join(sorted(map(" ".join, pairs)))
                if subject[0] == "_" or "_:" in text:  # rare: blank nodes get their names by content
                    text = "\n".join(sorted(f"{p} {self._name(o)}" for p, o in pairs))
                found = hashlib.sha256(f"{self._name(subject)}\n{text}".encode()).hexdigest()
            self._digests[subject] = found
        return found

    def _name(self, term: str, depth: int = 0) -> str:
        if term[0] != "_":
            return term
        names = self._names
        if term in names:
            return names[term]
        if depth > 16:
            return "_:deep"
        names[term] = "_:cycle"
        lines = sorted(f"{p} {self._name(o, depth + 1)}" for p, o in self.own(term))
        names[term] = "_:" + hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]
        return names[term]


class Record:
    """One record's triples: the subjects of its document it is made of."""

    left_out = False  # its N-Triples can always be made

    def __init__(self, doc: Triples, members: list[str]):
        self.doc, self.members = doc, members

    def __len__(self) -> int:
        return sum(len(self.doc.own(s)) for s in self.members)

    def identifier(self, node: str) -> str | None:
        return self.doc.identifier(node)

    def digest(self) -> str:
        """sha256 of the record's triples, independent of their order and of blank-node labels, so the
        same content hashes the same on every fetch (and whichever other records share its page)."""
        digests = sorted(d for d in map(self.doc.digest, self.members) if d)
        return hashlib.sha256("\n".join(digests).encode()).hexdigest()

    def content_hash(self, salt: str) -> str:
        return salted(salt, self.digest())

    def ntriples(self) -> bytes:
        own = self.doc.own
        return "".join(f"{s} {p} {o} .\n" for s in self.members for p, o in own(s)).encode("utf-8")

    def freeze(self, node: str, salt: str = "", standing: set[str] = frozenset()) -> Cut:
        """The record as plain data, without its document (what a worker process sends back); its
        N-Triples are left out when its content hash is one of `standing` (it will not be imported)."""
        digest = self.digest()
        return Cut(self.identifier(node), digest, None if salted(salt, digest) in standing else self.ntriples())


@dataclass(frozen=True)
class Cut:
    """A record cut out of its document, as plain data: what the harvest asks of a record."""

    identifier_: str | None
    digest: str
    ntriples_: bytes | None  # None: left out, the record hashes as one that needs no import

    def identifier(self, node: str) -> str | None:
        return self.identifier_

    def content_hash(self, salt: str) -> str:
        return salted(salt, self.digest)

    @property
    def left_out(self) -> bool:
        return self.ntriples_ is None

    def ntriples(self) -> bytes:
        if self.ntriples_ is None:
            raise AssertionError("the N-Triples of a record that hashes as standing were asked for")
        return self.ntriples_


def salted(salt: str, digest: str) -> str:
    return hashlib.sha256(f"{salt}{digest}".encode()).hexdigest()


def lines_with(text: str, needle: str) -> list[str]:
    """The lines of N-Triples `text` that hold `needle`, found by searching the text (not line by line)."""
    found, start = [], 0
    while (at := text.find(needle, start)) >= 0:
        begin = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        found.append(text[begin:end])
        start = end
    return found


def parse(body: bytes, media_type: str, url: str, suffix: str = "") -> Triples:
    """Parse a document by its media type (or, for files, its extension); relative IRIs against `url`."""
    triples = Triples()
    triples.add_ntriples(ntriples_text(body, media_type, url, suffix))
    return triples


def ntriples_text(body: bytes, media_type: str, url: str, suffix: str = "") -> str:
    """A document as N-Triples lines, as pyoxigraph writes them (rdflib reads what pyoxigraph does not
    and gives the message, with the line, when neither can)."""
    parser = MEDIA_TYPES.get(media_type) or EXTENSIONS.get(suffix.lower())
    if parser is None:
        shown = media_type or "no Content-Type"
        raise NotRdf(f"{url}: not RDF ({shown}); expected Turtle, N-Triples, JSON-LD or RDF/XML")
    if parser in _OXIGRAPH:
        try:
            quads = pyoxigraph.parse(body, format=_OXIGRAPH[parser], base_iri=_base(url))
            return pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.N_TRIPLES).decode("utf-8")
        except (SyntaxError, ValueError, UnicodeDecodeError):
            pass  # rdflib gives the message with its line (or reads what it accepts)
    try:
        graph = parse_data(Graph(), body, parser, url, _base(url))
    except InputError as error:
        raise NotRdf(str(error)) from None
    return "".join(f"{_term(s)} {_term(p)} {_term(o)} .\n" for s, p, o in graph)


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
