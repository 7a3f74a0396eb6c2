"""Deterministic serialisations of a sorted list of triples: Turtle, N-Triples, RDF/XML, JSON-LD.

pyoxigraph writes Turtle, N-Triples and RDF/XML at native speed in the order it is given, so sorting
the triples once (subject, predicate, object) gives grouped, diff-friendly, byte-identical files.
JSON-LD is written here: one node object per subject, compact IRIs from the published context.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache

from pyoxigraph import Literal, NamedNode, RdfFormat, Triple, serialize

from genocat.artefacts import schema_index

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
FORMATS = {"ttl": RdfFormat.TURTLE, "nt": RdfFormat.N_TRIPLES, "rdf": RdfFormat.RDF_XML}
EXTENSIONS = ("jsonld", "nt", "rdf", "ttl")
_INTERNAL_PREFIXES = {"linkml"}


def sort_key(triple) -> tuple[str, str, str]:
    subject, predicate, obj = triple
    return (subject.value, predicate.value, str(obj))


@cache
def prefixes() -> dict[str, str]:
    """The namespaces of the schema, the ones used for compact IRIs in every serialisation."""
    return {k: v for k, v in sorted(schema_index()["prefixes"].items()) if k not in _INTERNAL_PREFIXES}


def jsonld_context() -> dict:
    return {"@context": prefixes()}


def to_bytes(triples: Sequence, extension: str) -> bytes:
    """Serialise triples that are already sorted with `sort_key`."""
    if extension == "jsonld":
        return _jsonld(triples)
    data = serialize([Triple(*t) for t in triples], format=FORMATS[extension], prefixes=prefixes())
    return _sorted_prefix_lines(data) if extension == "ttl" else data


def _sorted_prefix_lines(turtle: bytes) -> bytes:
    """pyoxigraph writes the @prefix lines in its own map order; sort them for stable, readable files."""
    lines = turtle.split(b"\n")
    count = 0
    while count < len(lines) and lines[count].startswith(b"@prefix "):
        count += 1
    return b"\n".join(sorted(lines[:count]) + lines[count:])


@cache
def _compactor():
    namespaces = sorted(((ns, prefix) for prefix, ns in prefixes().items()), key=lambda item: -len(item[0]))

    @cache
    def compact(iri: str) -> str:
        for namespace, prefix in namespaces:
            if iri.startswith(namespace) and len(iri) > len(namespace):
                return f"{prefix}:{iri[len(namespace) :]}"
        return iri

    return compact


def _jsonld(triples: Sequence) -> bytes:
    compact = _compactor()
    nodes: list[dict] = []
    current: dict | None = None
    for subject, predicate, obj in triples:
        if current is None or current["@id"] != subject.value:
            current = {"@id": subject.value}
            nodes.append(current)
        if predicate.value == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" and isinstance(obj, NamedNode):
            current.setdefault("@type", []).append(compact(obj.value))
            continue
        current.setdefault(compact(predicate.value), []).append(_jsonld_value(obj, compact))
    document = {"@context": prefixes(), "@graph": nodes}
    return (json.dumps(document, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


def _jsonld_value(obj, compact) -> dict:
    if isinstance(obj, NamedNode):
        return {"@id": obj.value}
    assert isinstance(obj, Literal)
    if obj.language:
        return {"@value": obj.value, "@language": obj.language}
    if obj.datatype.value == XSD_STRING:
        return {"@value": obj.value}
    return {"@value": obj.value, "@type": compact(obj.datatype.value)}
