"""Deterministic serialisations: Turtle, N-Triples, RDF/XML and JSON-LD of sorted triples.

A triple is three N-Triples terms (rdf.py), and its N-Triples line is its identity. Triples are sorted
as tuples, which is the order of their lines (no IRI holds a `>` or a space, so no subject or
predicate term is a prefix of another): every subject's triples are together, so the files are
diff-friendly and byte-identical across runs. `formats.py` writes the other three formats.

A block of triples is written without the document's header (`Pieces`), so that blocks whose subjects
differ can be written one after another under one header: that is how a node's graph and the whole
catalogue are assembled from the datasets' blocks without parsing or sorting them again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from genocat.build import formats
from genocat.build.rdf import Triple
from genocat.namespaces import prefixes

EXTENSIONS = ("jsonld", "nt", "rdf", "ttl")


def jsonld_context() -> dict:
    return {"@context": prefixes()}


def sorted_triples(triples: Iterable[Triple]) -> list[Triple]:
    """Sorted and duplicate-free: the order of their N-Triples lines."""
    return sorted(set(triples))


def sorted_ntriples(*texts: str) -> str:
    """N-Triples texts as one, each line once, sorted. Split at line feeds only: pyoxigraph leaves
    U+2028 and NEL unescaped inside literals, and `str.splitlines` would cut those literals in two."""
    lines = {line for text in texts for line in text.split("\n") if line}
    return "".join(f"{line}\n" for line in sorted(lines))


@dataclass(frozen=True)
class Pieces:
    """One block of sorted triples in every format (UTF-8), without the documents' headers, so blocks
    can be written one after another: a dataset's file, a node's graph and the whole catalogue are
    such runs."""

    nt: bytes = b""
    ttl: bytes = b""
    rdf: bytes = b""
    jsonld: bytes = b""  # node objects separated as in a document


def pieces(triples: list[Triple]) -> Pieces:
    """Every serialisation of one block of sorted triples."""
    if not triples:
        return Pieces()
    return Pieces(
        nt="".join([f"{s} {p} {o} .\n" for s, p, o in triples]).encode("utf-8"),
        ttl=formats.turtle(triples).encode("utf-8"),
        rdf=formats.rdfxml(triples).encode("utf-8"),
        jsonld=",\n".join(formats.jsonld_nodes(triples)).encode("utf-8"),
    )


@cache
def frame(extension: str) -> tuple[bytes, bytes, bytes]:
    """A document's start, end, and what separates two non-empty blocks, per format."""
    if extension == "jsonld":
        start, end, separator = (*jsonld_frame(), ",\n")
    elif extension == "rdf":
        start, end, separator = (*formats.rdfxml_frame(), "")
    else:
        start, end, separator = (turtle_header() if extension == "ttl" else "", "", "")
    return start.encode("utf-8"), end.encode("utf-8"), separator.encode("utf-8")


def document(blocks: list[Pieces], extension: str) -> tuple[bytes, list[tuple[int, int]]]:
    """The file of blocks written one after another (each subject in one block only), and where
    each block lies in it: (offset, length)."""
    start, end, separator = frame(extension)
    parts, spans, offset = [start], [], len(start)
    for block in blocks:
        data = getattr(block, extension)
        if data and len(parts) > 1:
            parts.append(separator)
            offset += len(separator)
        if data:
            parts.append(data)
        spans.append((offset, len(data)))
        offset += len(data)
    parts.append(end)
    return b"".join(parts), spans


@cache
def turtle_header() -> str:
    """The @prefix lines of every published prefix, sorted."""
    return "".join(f"@prefix {name}: <{iri}> .\n" for name, iri in sorted(prefixes().items()))


def sort_prefix_lines(turtle: bytes) -> bytes:
    """pyoxigraph writes the @prefix lines in its own map order; sort them for stable, readable files."""
    lines = turtle.split(b"\n")
    count = 0
    while count < len(lines) and lines[count].startswith(b"@prefix "):
        count += 1
    return b"\n".join(sorted(lines[:count]) + lines[count:])


@cache
def jsonld_frame() -> tuple[str, str]:
    """What comes before and after the node objects (separated by `,\\n`) of a JSON-LD document."""
    context = json.dumps(prefixes(), indent=1, ensure_ascii=False)
    return f'{{"@context": {context},\n"@graph": [\n', "\n]}\n"
