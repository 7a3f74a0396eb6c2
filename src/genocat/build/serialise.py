"""Deterministic serialisations: Turtle, N-Triples, RDF/XML and JSON-LD from sorted N-Triples lines.

A triple's N-Triples line is its identity and its sort key: sorting the lines groups every subject's
triples together, so the files are diff-friendly and byte-identical across runs. pyoxigraph parses
the lines back and writes Turtle and RDF/XML at native speed in that order; JSON-LD is written here,
one node object per subject and per line, with compact IRIs from the published context.

A block of lines is written without the document's header (`Pieces`), so that blocks whose subjects
differ can be written one after another under one header: that is how a node's graph and the whole
catalogue are assembled from the datasets' blocks without parsing or sorting them again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from pyoxigraph import NamedNode, RdfFormat, Triple, parse, serialize

from genocat.namespaces import compact as compact_iri
from genocat.namespaces import prefixes

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
EXTENSIONS = ("jsonld", "nt", "rdf", "ttl")


def jsonld_context() -> dict:
    return {"@context": prefixes()}


def sorted_lines(triples: Iterable) -> list[str]:
    """Sorted, duplicate-free N-Triples lines (without the final ` .`) of (s, p, o) tuples."""
    return sorted({f"{s} {p} {o}" for s, p, o in triples})


@dataclass(frozen=True)
class Pieces:
    """One block of sorted lines in every format, without the documents' headers, so blocks can be
    written one after another: a dataset's file, a node's graph and the whole catalogue are such runs."""

    nt: str = ""
    ttl: str = ""
    rdf: str = ""
    jsonld: list[str] = field(default_factory=list)  # node objects, one JSON text per subject


def pieces(lines: list[str]) -> Pieces:
    """Every serialisation of one block of sorted N-Triples lines (parsed once, written three times)."""
    if not lines:
        return Pieces()
    nt = "".join(f"{line} .\n" for line in lines)
    triples = list(parse(nt.encode("utf-8"), format=RdfFormat.N_TRIPLES))  # quads of the default graph
    ttl = serialize(triples, format=RdfFormat.TURTLE, prefixes=prefixes()).decode("utf-8")
    rdf = serialize(triples, format=RdfFormat.RDF_XML, prefixes=prefixes()).decode("utf-8")
    head, foot = rdfxml_frame()
    if not (rdf.startswith(head) and rdf.endswith(foot)):  # a pyoxigraph release that frames differently
        raise RuntimeError("pyoxigraph's RDF/XML no longer starts and ends as genocat expects")
    return Pieces(
        nt=nt,
        ttl=_after_prefix_lines(ttl),
        rdf=rdf[len(head) : -len(foot)],
        jsonld=jsonld_nodes(triples),
    )


def frame(extension: str) -> tuple[str, str, str]:
    """A document's start, end, and what separates two non-empty blocks, per format."""
    if extension == "jsonld":
        return (*jsonld_frame(), ",\n")
    if extension == "rdf":
        return (*rdfxml_frame(), "")
    return (turtle_header() if extension == "ttl" else "", "", "")


def block_text(block: Pieces, extension: str) -> str:
    """A block's text in one format (JSON-LD: its node objects joined as in a document)."""
    return ",\n".join(block.jsonld) if extension == "jsonld" else getattr(block, extension)


def documents(blocks: list[Pieces]) -> dict[str, bytes]:
    """The four files of blocks written one after another (each subject in one block only)."""
    files = {}
    for extension in EXTENSIONS:
        start, end, separator = frame(extension)
        texts = [text for text in (block_text(b, extension) for b in blocks) if text]
        files[extension] = (start + separator.join(texts) + end).encode("utf-8")
    return files


def _after_prefix_lines(turtle: str) -> str:
    position = 0
    while turtle.startswith("@prefix ", position):
        position = turtle.index("\n", position) + 1
    return turtle[position:]


@cache
def turtle_header() -> str:
    """The @prefix lines of every published prefix, sorted."""
    return "".join(f"@prefix {name}: <{iri}> .\n" for name, iri in sorted(prefixes().items()))


@cache
def rdfxml_frame() -> tuple[str, str]:
    """pyoxigraph's RDF/XML document start (declaring every prefix) and end."""
    empty = serialize([], format=RdfFormat.RDF_XML, prefixes=prefixes()).decode("utf-8")
    foot = "</rdf:RDF>"
    return empty[: -len(foot)], foot


def sort_prefix_lines(turtle: bytes) -> bytes:
    """pyoxigraph writes the @prefix lines in its own map order; sort them for stable, readable files."""
    lines = turtle.split(b"\n")
    count = 0
    while count < len(lines) and lines[count].startswith(b"@prefix "):
        count += 1
    return b"\n".join(sorted(lines[:count]) + lines[count:])


def jsonld_nodes(triples: Iterable[Triple]) -> list[str]:
    """One JSON-LD node object (JSON text) per subject of triples sorted by subject."""
    nodes: list[str] = []
    current: dict = {}
    subject_now = None
    for triple in triples:
        subject = triple.subject.value
        if subject != subject_now:
            if current:
                nodes.append(_encode(current))
            current, subject_now = {"@id": subject}, subject
        predicate, obj = triple.predicate.value, triple.object
        if isinstance(obj, NamedNode):
            if predicate == RDF_TYPE:
                current.setdefault("@type", []).append(_compact(obj.value))
                continue
            value = {"@id": obj.value}
        elif obj.language:
            value = {"@value": obj.value, "@language": obj.language}
        elif obj.datatype.value == XSD_STRING:
            value = {"@value": obj.value}
        else:
            value = {"@value": obj.value, "@type": _compact(obj.datatype.value)}
        current.setdefault(_compact(predicate), []).append(value)
    if current:
        nodes.append(_encode(current))
    return nodes


_encode = json.JSONEncoder(ensure_ascii=False).encode


@lru_cache(maxsize=8192)
def _compact(iri: str) -> str:
    return compact_iri(iri) or iri


@cache
def jsonld_frame() -> tuple[str, str]:
    """What comes before and after the node objects (separated by `,\\n`) of a JSON-LD document."""
    context = json.dumps(prefixes(), indent=1, ensure_ascii=False)
    return f'{{"@context": {context},\n"@graph": [\n', "\n]}\n"
