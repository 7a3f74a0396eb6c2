"""Turtle, RDF/XML and JSON-LD written straight from sorted triples of N-Triples terms (rdf.py).

genocat's triples are regular: every subject and predicate is an IRI (no blank nodes). Sorted, they
group each subject's triples and, inside it, each predicate's, so each writer walks them once. A
literal's text is copied as it stands wherever the format's escapes are N-Triples' own; a prefixed
name is written only where the local part is plainly valid in that format, else the full IRI.

These replace pyoxigraph's writers for speed (the build writes every triple several times) and
correct two of their RDF/XML faults: a carriage return in a literal was written raw (XML readers turn
it into a line feed) and a predicate ending in `/` gave an element name that is not XML.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from itertools import groupby
from json.encoder import encode_basestring as _json_string  # type: ignore[attr-defined]
from operator import itemgetter

from genocat.namespaces import prefixes, split

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDF_TYPE = f"<{RDF}type>"
XSD = "http://www.w3.org/2001/XMLSchema#"

# Turtle writes these datatypes bare when the text has the bare form's shape
_BARE = {
    XSD + "integer": re.compile(r"[+-]?[0-9]+\Z"),
    XSD + "decimal": re.compile(r"[+-]?[0-9]*\.[0-9]+\Z"),
    XSD + "double": re.compile(r"[+-]?([0-9]+\.[0-9]*|\.?[0-9]+)[eE][+-]?[0-9]+\Z"),
    XSD + "boolean": re.compile(r"(true|false)\Z"),
}
_TURTLE_LOCAL = re.compile(r"([A-Za-z0-9_:]([A-Za-z0-9_.:-]*[A-Za-z0-9_:-])?)?\Z")
_XML_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*\Z")  # an NCName, ASCII only to be plain
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # no XML 1.0 document may hold these
_XML_SPECIAL = re.compile("[&<>\r]")  # escaped in text (a raw carriage return would be read as a line feed)
_UNESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))")
_ECHAR = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


class Unwritable(ValueError):
    """A value the format cannot hold (RDF/XML: a control character, a predicate with no XML name)."""


def _unescaped(body: str) -> str:
    """The text of an N-Triples string body (what lies between its quotes)."""
    return _UNESCAPE.sub(_unescape, body) if "\\" in body else body


def _unescape(match: re.Match) -> str:
    code = match.group(1) or match.group(2)
    return chr(int(code, 16)) if code else _ECHAR[match.group(3)]


# Turtle


def turtle(triples: Sequence[tuple[str, str, str]]) -> str:
    """Triples grouped per subject (`;`) and per predicate (`,`), in the order given."""
    out: list[str] = []
    subject_now = predicate_now = None
    for subject, predicate, obj in triples:
        if subject != subject_now:
            if subject_now is not None:
                out.append(" .\n")
            out += (_turtle_iri(subject), " ", _turtle_predicate(predicate), " ")
            subject_now, predicate_now = subject, predicate
        elif predicate != predicate_now:
            out += (" ;\n\t", _turtle_predicate(predicate), " ")
            predicate_now = predicate
        else:
            out.append(" , ")
        out.append(_turtle_iri(obj) if obj[0] == "<" else _turtle_literal(obj))
    if subject_now is not None:
        out.append(" .\n")
    return "".join(out)


@lru_cache(maxsize=16384)
def _turtle_iri(term: str) -> str:
    prefix, local = _prefixed(term[1:-1])
    return f"{prefix}:{local}" if prefix and _TURTLE_LOCAL.match(local) else term


def _turtle_predicate(term: str) -> str:
    return "a" if term == RDF_TYPE else _turtle_iri(term)


def _turtle_literal(term: str) -> str:
    if term[-1] != ">":
        return term  # plain or language-tagged: N-Triples escapes are Turtle escapes
    start = term.rindex('"^^<')
    datatype, body = term[start + 4 : -1], term[1:start]
    bare = _BARE.get(datatype)
    if bare is not None and bare.match(body):
        return body
    return f"{term[: start + 3]}{_turtle_iri(term[start + 3 :])}"


# RDF/XML


@cache
def rdfxml_frame() -> tuple[str, str]:
    """An RDF/XML document's start, declaring every published prefix, and its end."""
    names = {"rdf": RDF, **prefixes()}
    declared = "".join(f' xmlns:{name}="{_iri_attribute(iri)}"' for name, iri in sorted(names.items()))
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<rdf:RDF{declared}>\n', "</rdf:RDF>\n"


def rdfxml(triples: Sequence[tuple[str, str, str]]) -> str:
    """One node element per subject (typed by its first rdf:type when that type has an XML name)."""
    out: list[str] = []
    for subject, group in groupby(triples, key=itemgetter(0)):
        properties = list(group)
        tag = close_tag = "rdf:Description"
        _, predicate, obj = properties[0]
        if predicate == RDF_TYPE and obj[0] == "<" and _element(obj) is not None:
            (tag, close_tag), properties = _element(obj), properties[1:]
        out.append(f'\t<{tag} rdf:about="{_iri_attribute(subject[1:-1])}">\n')
        for _, predicate, obj in properties:
            name, close = _element(predicate) or _no_element(predicate)
            if obj[0] == "<":
                out.append(f'\t\t<{name} rdf:resource="{_iri_attribute(obj[1:-1])}"/>\n')
                continue
            last = obj[-1]
            if last == '"':
                text, extra = obj[1:-1], ""
            elif last == ">":
                end = obj.rindex('"^^<')
                text, extra = obj[1:end], f' rdf:datatype="{_iri_attribute(obj[end + 4 : -1])}"'
            else:
                end = obj.rindex('"@')
                text, extra = obj[1:end], f' xml:lang="{obj[end + 2 :]}"'
            if "\\" in text:  # only escaped characters can be ones XML cannot hold
                text = _unescaped(text)
                if _NOT_XML.search(text):
                    raise Unwritable(f"RDF/XML cannot hold the control characters in {obj} (subject {subject})")
            if _XML_SPECIAL.search(text):
                text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
            out.append(f"\t\t<{name}{extra}>{text}</{close}>\n")
        out.append(f"\t</{close_tag}>\n")
    return "".join(out)


@lru_cache(maxsize=4096)
def _element(term: str) -> tuple[str, str] | None:
    """The element name (opening, closing) of an IRI term: `prefix:local`, else `local` with the
    element declaring `xmlns="namespace"`, else None (no XML name ends the IRI)."""
    iri = term.strip("<>")
    prefix, local = _prefixed(iri)
    if prefix and _XML_NAME.match(local):
        return f"{prefix}:{local}", f"{prefix}:{local}"
    end = _XML_NAME.search(iri)  # the longest name the IRI ends in
    if end is None:
        return None
    return f'{end.group()} xmlns="{_iri_attribute(iri[: end.start()])}"', end.group()


def _no_element(predicate: str) -> tuple[str, str]:
    raise Unwritable(f"RDF/XML cannot write the predicate {predicate}: it does not end in an XML name")


def _iri_attribute(iri: str) -> str:
    """An IRI as an attribute value (N-Triples IRIs hold no `<`, `>`, `"`, space or control character)."""
    return iri.replace("&", "&amp;") if "&" in iri else iri


# JSON-LD


def jsonld_nodes(triples: Sequence[tuple[str, str, str]]) -> list[str]:
    """One node object (JSON text) per subject: full IRIs for nodes, compact ones for properties,
    types and datatypes (the published context defines the prefixes)."""
    nodes = []
    for subject, group in groupby(triples, key=itemgetter(0)):
        keys: dict[str, list[str]] = {}
        for _, predicate, obj in group:
            if obj[0] == "<":
                if predicate == RDF_TYPE:
                    keys.setdefault('"@type"', []).append(_json_compact(obj))
                    continue
                value = f'{{"@id": "{obj[1:-1]}"}}'  # N-Triples IRIs hold nothing JSON escapes
            else:
                value = _jsonld_literal(obj)
            keys.setdefault(_json_compact(predicate), []).append(value)
        members = "".join(f", {key}: [{', '.join(values)}]" for key, values in keys.items())
        nodes.append(f'{{"@id": "{subject[1:-1]}"{members}}}')
    return nodes


def _jsonld_literal(term: str) -> str:
    """A value object. The quoted part of an N-Triples literal without `\\` is already a JSON string:
    N-Triples escapes every character JSON must (`"`, `\\`, control characters)."""
    last = term[-1]
    if last == '"':
        quoted, extra = term, ""
    elif last == ">":
        end = term.rindex('"^^<') + 1
        quoted, extra = term[:end], ', "@type": ' + _json_compact(term[end + 2 :])
    else:
        end = term.rindex('"@') + 1
        quoted, extra = term[:end], f', "@language": "{term[end + 1 :]}"'
    if "\\" in quoted:
        quoted = _json_string(_unescaped(quoted[1:-1]))
    return f'{{"@value": {quoted}{extra}}}'


@lru_cache(maxsize=4096)
def _json_compact(term: str) -> str:
    """A JSON string of an IRI term's compact form (a predicate, a type, a datatype). JSON-LD 1.1
    expands `prefix:local` only where the prefix's IRI ends in `/`, `#`, `:`, `?`, `[`, `]` or `@`
    (the context declares no `@prefix`), so IRIs of other namespaces (`DUO_`) are written in full."""
    iri = term[1:-1]
    prefix, local = _prefixed(iri)
    if not prefix or not iri[: len(iri) - len(local)].endswith(tuple("/#:?[]@")):
        return _json_string(iri)
    return _json_string(f"{prefix}:{local}")


def _prefixed(iri: str) -> tuple[str, str]:
    """(prefix, local part) of an IRI in a published namespace; ("", "") if in none."""
    return split(iri) or ("", "")
