"""Deterministic serialisations: Turtle, N-Triples, RDF/XML and JSON-LD from sorted N-Triples lines.

A triple's N-Triples line is its identity and its sort key: sorting the lines groups every subject's
triples together, so the files are diff-friendly and byte-identical across runs. pyoxigraph parses
the lines back and writes Turtle and RDF/XML at native speed in that order; JSON-LD is written here,
one node object per subject and per line, with compact IRIs from the published context.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from pyoxigraph import NamedNode, RdfFormat, Triple, parse, serialize

from genocat.namespaces import compact as compact_iri
from genocat.namespaces import prefixes

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
FORMATS = {"ttl": RdfFormat.TURTLE, "rdf": RdfFormat.RDF_XML}
EXTENSIONS = ("jsonld", "nt", "rdf", "ttl")


def jsonld_context() -> dict:
    return {"@context": prefixes()}


def sorted_lines(triples: Iterable) -> list[str]:
    """Sorted, duplicate-free N-Triples lines (without the final ` .`) of (s, p, o) tuples."""
    return sorted({f"{s} {p} {o}" for s, p, o in triples})


def to_bytes(triples: Iterable, extension: str) -> bytes:
    return all_formats(sorted_lines(triples))[extension]


def all_formats(lines: list[str]) -> dict[str, bytes]:
    """Every serialisation of sorted N-Triples lines (parsed once, written four times)."""
    files, nodes = formats_and_nodes(lines)
    return files


def formats_and_nodes(lines: list[str]) -> tuple[dict[str, bytes], list[tuple[str, str]]]:
    """The four serialisations, and the JSON-LD node objects (subject key, JSON text) they were made of,
    so a larger document can reuse them."""
    ntriples = "".join(f"{line} .\n" for line in lines).encode("utf-8")
    triples = [quad.triple for quad in parse(ntriples, format=RdfFormat.N_TRIPLES)]
    nodes = jsonld_nodes(triples)
    files = {"nt": ntriples, "jsonld": jsonld_document([text for _key, text in nodes])}
    for extension, rdf_format in FORMATS.items():
        data = serialize(triples, format=rdf_format, prefixes=prefixes())
        files[extension] = sort_prefix_lines(data) if extension == "ttl" else data
    return files, nodes


def serialise_large(lines: list[str]) -> dict[str, bytes]:
    """N-Triples, Turtle and RDF/XML of a large graph (JSON-LD is assembled from per-dataset nodes)."""
    ntriples = "".join(f"{line} .\n" for line in lines).encode("utf-8")
    files = {"nt": ntriples}
    for extension, rdf_format in FORMATS.items():
        triples = (quad.triple for quad in parse(ntriples, format=RdfFormat.N_TRIPLES))
        data = serialize(triples, format=rdf_format, prefixes=prefixes())
        files[extension] = sort_prefix_lines(data) if extension == "ttl" else data
    return files


def from_lines(lines: list[str], extension: str) -> bytes:
    """One serialisation of sorted N-Triples lines."""
    if extension == "nt":
        return "".join(f"{line} .\n" for line in lines).encode("utf-8")
    return all_formats(lines)[extension]


def sort_prefix_lines(turtle: bytes) -> bytes:
    """pyoxigraph writes the @prefix lines in its own map order; sort them for stable, readable files."""
    lines = turtle.split(b"\n")
    count = 0
    while count < len(lines) and lines[count].startswith(b"@prefix "):
        count += 1
    return b"\n".join(sorted(lines[:count]) + lines[count:])


def jsonld_nodes(triples: Iterable[Triple]) -> list[tuple[str, str]]:
    """One JSON-LD node object per subject, as (sort key, JSON text); the key sorts like the lines."""

    def compact(iri: str) -> str:
        return compact_iri(iri) or iri

    nodes: list[tuple[str, str]] = []
    current: dict | None = None

    def close():
        if current is not None:
            nodes.append((f"<{current['@id']}> ", json.dumps(current, ensure_ascii=False)))

    for triple in triples:
        subject, predicate, obj = triple.subject.value, triple.predicate.value, triple.object
        if current is None or current["@id"] != subject:
            close()
            current = {"@id": subject}
        if predicate == RDF_TYPE and isinstance(obj, NamedNode):
            current.setdefault("@type", []).append(compact(obj.value))
        else:
            current.setdefault(compact(predicate), []).append(_jsonld_value(obj, compact))
    close()
    return nodes


def jsonld_document(node_texts: list[str]) -> bytes:
    """A JSON-LD document with the published context inlined and one node object per line."""
    context = json.dumps(prefixes(), indent=1, ensure_ascii=False)
    graph = ",\n".join(node_texts)
    return f'{{"@context": {context},\n"@graph": [\n{graph}\n]}}\n'.encode()


def _jsonld_value(obj, compact) -> dict:
    if isinstance(obj, NamedNode):
        return {"@id": obj.value}
    if obj.language:
        return {"@value": obj.value, "@language": obj.language}
    if obj.datatype.value == XSD_STRING:
        return {"@value": obj.value}
    return {"@value": obj.value, "@type": compact(obj.datatype.value)}
