"""One RDF object to one YAML value, for a slot that holds a code, an IRI or a literal.

This is `genocat.build.rdf.RecordMapper._value` backwards. A value is either kept (with a note when
the builder will write it differently, e.g. a text without a language tag) or refused with the
reason, which the import report shows next to the triple.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from rdflib import BNode, Literal, URIRef

from genocat.build.rdf import DATE_OR_DATETIME, is_iri_type
from genocat.rdf_import.schema_map import SchemaMap

XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER = re.compile(r"^[+-]?[0-9]+$")
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")


@dataclass(frozen=True)
class Kept:
    value: object
    note: str | None = None  # why the builder's triple will differ from the source's, if it will


@dataclass(frozen=True)
class Refused:
    reason: str
    kind: str = "unmapped"  # or "not-in-enum": the value is shown in the report


def literal_datatype(smap: SchemaMap, slot: dict) -> str:
    """The datatype IRI the builder gives a slot's literals (xsd:string for plain text)."""
    datatype = slot.get("annotations", {}).get("rdf_datatype")
    if datatype:
        return smap.expand(datatype)
    return smap.index["types"].get(slot["range"], {}).get("uri") or XSD + "string"


def convert(smap: SchemaMap, slot: dict, obj, resolve: Callable[[str], str]) -> Kept | Refused:
    """The value for `slot` that the builder turns back into `obj` (or as close as the schema allows)."""
    rng, annotations = slot["range"], slot.get("annotations", {})
    if isinstance(obj, BNode):
        return Refused("a blank node where genocat expects a value")
    if rng in smap.enums:
        return _code(smap, rng, obj)
    if "rdf_iri_prefix" in annotations:
        return _prefixed(annotations["rdf_iri_prefix"], obj)
    if rng == "Curie":
        return _curie(smap, obj)
    if is_iri_type(rng, smap.index["types"]):
        if isinstance(obj, URIRef):
            return Kept(resolve(str(obj)))
        if _SCHEME.match(str(obj)):
            return Kept(str(obj), "a text written as an IRI")
        return Refused("a text where genocat expects an IRI")
    if isinstance(obj, URIRef):
        return Refused("an IRI where genocat expects a text or number")
    if "rdf_language" in annotations:
        return _tagged(annotations["rdf_language"], obj, annotations.get("rdf_language_reason"))
    if rng == DATE_OR_DATETIME:
        return _date_or_datetime(obj)
    value_type = smap.index["types"].get(rng, {}).get("uri") or XSD + "string"
    return _literal(value_type, literal_datatype(smap, slot), obj)


def _tagged(language: str, obj: Literal, reason: str | None = None) -> Kept | Refused:
    """A text genocat keeps in one language (`rdf_language`), written with that tag; `reason` says why a
    field has no translations (`rdf_language_reason`), for the report."""
    if obj.language is None:
        if obj.datatype is not None and str(obj.datatype) != XSD + "string":
            return Refused(f"a typed value where genocat expects a text in @{language}")
        return Kept(str(obj), f"a text without language tag is written as @{language}")
    if obj.language.lower() != language:
        why = f" ({reason})" if reason else ""
        return Refused(f"a text in @{obj.language}; genocat keeps this field in @{language} only{why}")
    return Kept(str(obj))


def _date_or_datetime(obj: Literal) -> Kept | Refused:
    """A date or a date-time, kept as written (the builder writes xsd:date or xsd:dateTime by its form)."""
    text = str(obj)
    if not _DATE.match(text):
        return Refused("not a date or date-time (YYYY-MM-DD or YYYY-MM-DDThh:mm:ss)")
    written = XSD + ("dateTime" if "T" in text else "date")
    given = str(obj.datatype) if obj.datatype else XSD + "string"
    if given != written:
        return Kept(text, f"written with datatype {written.rpartition('#')[2]} instead of {given.rpartition('#')[2]}")
    return Kept(text)


def _code(smap: SchemaMap, enum: str, obj) -> Kept | Refused:
    if isinstance(obj, URIRef):
        code = smap.code(enum, str(obj))
        if code is not None:
            return Kept(code)
        moved = smap.moved(enum, str(obj))
        if moved is not None:
            code, release = moved
            meaning = smap.enums[enum][code]["meaning"]
            return Kept(code, f"the IRI of {release}, rewritten to the Release 8 IRI <{meaning}> (code {code})")
        return Refused(f"not in genocat's {enum} table{_nearest(smap, enum, str(obj))}", "not-in-enum")
    return Refused(f"a text where genocat expects an IRI of its {enum} table", "not-in-enum")


def _nearest(smap: SchemaMap, enum: str, iri: str) -> str:
    """'; nearest codes: A, B' for an IRI whose last segment is close to codes of the table."""
    import difflib

    local = re.split(r"[/#]", iri.rstrip("/"))[-1]
    close = difflib.get_close_matches(local.upper(), [c.upper() for c in smap.enums[enum]], n=3, cutoff=0.5)
    codes = [next(c for c in smap.enums[enum] if c.upper() == match) for match in close]
    return f" (nearest codes: {', '.join(codes)})" if codes else ""


def _prefixed(prefix: str, obj) -> Kept | Refused:
    text = str(obj)
    if isinstance(obj, URIRef):
        if text.startswith(prefix) and len(text) > len(prefix):
            return Kept(text[len(prefix) :])
        return Refused(f"an IRI that does not start with {prefix}")
    value = text[len(prefix) :] if text.startswith(prefix) else text
    return Kept(value, f"a text written as a {prefix} IRI")


def _curie(smap: SchemaMap, obj) -> Kept | Refused:
    pattern = re.compile(smap.index["types"]["Curie"]["pattern"])
    if isinstance(obj, URIRef):
        curie = smap.compact(str(obj))
        if curie and pattern.match(curie):
            return Kept(curie)
        return Refused("an IRI in no namespace genocat writes as a CURIE")
    if pattern.match(str(obj)):
        return Kept(str(obj), "a text written as an IRI")
    return Refused("a text where genocat expects a CURIE such as MONDO:0007254")


def _literal(value_type: str, datatype: str, obj: Literal) -> Kept | Refused:
    """`value_type`: the slot's type (what YAML holds); `datatype`: what the builder writes."""
    text = str(obj)
    given = str(obj.datatype) if obj.datatype else XSD + "string"
    note = None
    if obj.language:
        note = f"the language tag @{obj.language} is not kept"
    elif given != datatype and not (datatype == XSD + "date" and given == XSD + "dateTime"):
        note = f"written with datatype {datatype.rpartition('#')[2]} instead of {given.rpartition('#')[2]}"
    kind = value_type.rpartition("#")[2]
    if kind == "integer":
        if not _INTEGER.match(text):
            return Refused("not a whole number")
        return Kept(int(text), note)
    if kind in {"float", "double", "decimal"}:
        try:
            return Kept(float(text), note)
        except ValueError:
            return Refused("not a number")
    if kind == "boolean":
        if text in {"true", "1"}:
            return Kept(True, note)
        if text in {"false", "0"}:
            return Kept(False, note)
        return Refused("not true or false")
    if kind == "date":
        if not _DATE.match(text):
            return Refused("not a date (YYYY-MM-DD)")
        if len(text) > 10:
            return Kept(text[:10], note or f"only the date of {text} is kept")
        return Kept(text, note)
    return Kept(text, note)
