"""Submission records to RDF triples, driven by the schema index (class_uri, slot_uri, ranges, meanings).

There is no second mapping table: a slot's URI is the predicate, a class's URI is the type, an enum
code becomes its `meaning` IRI, a `Curie` is expanded with the schema's prefixes, and a nested record
gets an IRI minted below its parent's. Two slot annotations of the schema tune the few places where
RDF needs more than the value: `rdf_iri_prefix` (an e-mail address written as a `mailto:` IRI),
`rdf_object_class` (the class the profiles expect of an IRI value, e.g. `eli:LegalResource`),
`rdf_datatype` (e.g. `xsd:nonNegativeInteger`), `rdf_language` (texts written with that language
tag, e.g. English keywords as "..."@en), `rdf_node_class` (a free-text statement, such as
`rights`, written as a typed node with a label) and `rdf_emitted_as` (the predicate the values are
written with when the profiles disagree on the slot's own, see gdi_alignment.py; on an enum's code it
moves just that code, e.g. a genomic file format the EU file-type table lacks); a slot annotated
`rdf_node_iri` holds the record's own IRI, used instead of a minted one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from pyoxigraph import Literal, NamedNode, RdfFormat, parse

from genocat.artefacts import schema_index
from genocat.build.iris import child_iri
from genocat.namespaces import emitted_predicate, expand

XSD = "http://www.w3.org/2001/XMLSchema#"
DATE_OR_DATETIME = "date_or_datetime"  # the schema type whose values are written as xsd:date or xsd:dateTime
_IRI_BASES = {"uri", "URI", "uriorcurie", "URIorCURIE"}

# A term is its N-Triples text (`<iri>`, `"text"@en`, `"12"^^<datatype>`): the builder and the SHACL
# layer sort and write lines of them without building term objects; `as_terms` makes pyoxigraph terms
# where a comparison needs them (the import check).
Triple = tuple[str, str, str]

# pyoxigraph's canonical N-Triples escapes, so that a line is the same text whichever side wrote it
_ESCAPES = str.maketrans(
    {
        **{code: f"\\u{code:04X}" for code in [*range(0x20), 0x7F, 0xFFFE, 0xFFFF]},
        0x08: "\\b",
        0x09: "\\t",
        0x0A: "\\n",
        0x0C: "\\f",
        0x0D: "\\r",
        0x22: '\\"',
        0x5C: "\\\\",
    }
)
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f\x7f"\\\ufffe\uffff]')


@lru_cache(maxsize=16384)  # bounded: the IRIs submissions give repeat (licences, publishers), minted ones do not
def iri(value: str) -> str:
    """The N-Triples term of an IRI; a ValueError if `value` is not an IRI."""
    return str(NamedNode(value))


def literal(text: str, language: str | None = None, datatype: str | None = None) -> str:
    """The N-Triples term of a literal: plain, language-tagged (lower case) or typed."""
    quoted = f'"{text.translate(_ESCAPES) if _NEEDS_ESCAPE.search(text) else text}"'
    if language:
        return f"{quoted}@{_language(language)}"
    if datatype and datatype != XSD + "string":
        return f"{quoted}^^{iri(datatype)}"
    return quoted


@cache
def _language(tag: str) -> str:
    return Literal("", language=tag).language  # validated and lower-cased as pyoxigraph does


RDF_TYPE = iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = iri("http://www.w3.org/2000/01/rdf-schema#label")


def as_terms(triples: Iterable[Triple]) -> list[tuple]:
    """The same triples as pyoxigraph (subject, predicate, object) terms, in the same order."""
    text = "".join(f"{s} {p} {o} .\n" for s, p, o in triples)
    return [(q.subject, q.predicate, q.object) for q in parse(text.encode("utf-8"), format=RdfFormat.N_TRIPLES)]


@cache
def _datatype(type_name: str) -> str | None:
    """The literal datatype IRI of a schema type; None for plain strings and for IRI-valued types."""
    uri = schema_index()["types"].get(type_name, {}).get("uri")
    if not uri or uri == XSD + "string" or uri == XSD + "anyURI":
        return None
    return uri


def is_iri_type(type_name: str, types: dict | None = None) -> bool:
    """Whether values of a schema type are IRIs (uri, HttpUrl, ...) rather than literals."""
    types = schema_index()["types"] if types is None else types
    seen = set()
    while type_name in types and type_name not in seen:
        if type_name in _IRI_BASES:
            return True
        seen.add(type_name)
        type_name = types[type_name]["base"]
    return type_name in _IRI_BASES


class RecordMapper:
    """Maps one record of a schema class, and everything nested in it, to triples.

    IRIs the submission gives are checked (pyoxigraph's IRI parser, a ValueError if invalid); IRIs
    minted below a checked one are not, since their added segments are percent-encoded."""

    def __init__(self) -> None:
        index = schema_index()
        self.classes = index["classes"]
        self.enums = index["enums"]
        # node IRI -> (schema class or None, JSON pointer of its record): how SHACL results find their line
        self.origins: dict[str, tuple[str | None, str]] = {}

    def triples(self, node: str, class_name: str, record: dict, pointer: str = "") -> list[Triple]:
        """The triples of `record`, whose IRI is `node`, in the record's order."""
        out: list[Triple] = []
        self._record(out, node, iri(node), class_name, record, pointer)
        return out

    def _record(self, out: list, node: str, subject: str, class_name: str, record: dict, pointer: str) -> None:
        plans = _slot_plans(class_name)
        self.origins[node] = (class_name, pointer)
        out.append((subject, RDF_TYPE, iri(self.classes[class_name]["uri"])))
        for slot_name, value in record.items():
            plan = plans.get(slot_name)
            if plan is None or value is None or plan.kind == "own_iri":
                continue  # unknown keys were reported by validation; a node's own IRI is its subject
            if plan.multivalued and isinstance(value, list):
                for position, item in enumerate(value, start=1):
                    self._value(out, node, subject, plan, slot_name, item, position, pointer)
            else:
                self._value(out, node, subject, plan, slot_name, value, 0, pointer)

    def _value(self, out: list, node, subject, plan: SlotPlan, slot_name, item, position, pointer) -> None:
        predicate, kind = plan.predicate, plan.kind
        if kind == "literal":
            if plan.language:
                out.append((subject, predicate, literal(str(item), language=plan.language)))
            else:
                out.append((subject, predicate, _literal(item, plan.target)))
        elif kind == "enum":
            code = str(item)
            out.append(
                (subject, plan.code_predicates.get(code, predicate), iri(self.enums[plan.target][code]["meaning"]))
            )
        elif kind == "iri":
            text = str(item)
            obj = iri(plan.target + text if plan.target else expand(text) if plan.curie else text)
            out.append((subject, predicate, obj))
            if plan.object_class is not None:
                out.append((obj, RDF_TYPE, plan.object_class))
        elif kind == "language_map":
            for lang, text in sorted(item.items()):
                for one in text if isinstance(text, list) else [text]:  # a language map of lists (keywords)
                    out.append((subject, predicate, literal(str(one), language=lang)))
        elif kind == "record":
            child = child_iri(node, slot_name, item, position)
            child_term = iri(child) if child == item.get("iri") else f"<{child}>"
            out.append((subject, predicate, child_term))
            if set(item) != {"iri"}:  # an agent given by its IRI alone is just the link
                where = f"{pointer}/{slot_name}" + (f"/{position - 1}" if position else "")
                self._record(out, child, child_term, plan.target, item, where)
        else:  # node_class: a free-text statement as a typed node with a label
            child = child_iri(node, slot_name, None, position)
            child_term = f"<{child}>"
            self.origins[child] = (None, f"{pointer}/{slot_name}" + (f"/{position - 1}" if position else ""))
            out.append((subject, predicate, child_term))
            out.append((child_term, RDF_TYPE, plan.object_class))
            out.append((child_term, RDFS_LABEL, literal(str(item), language="en")))


@dataclass(frozen=True)
class SlotPlan:
    """How one slot's values become triples, worked out once per class from the schema index."""

    kind: str  # own_iri, language_map, record, enum, node_class, iri or literal
    predicate: str | None  # N-Triples term
    multivalued: bool
    target: str = ""  # record: its class; enum: its name; iri: the prefix; literal: its type
    curie: bool = False
    object_class: str | None = None  # N-Triples term
    language: str | None = None  # literal: the language tag its texts are written with (`rdf_language`)
    code_predicates: dict = field(default_factory=dict)  # enum: code -> predicate where a code says otherwise


@cache
def _slot_plans(class_name: str) -> dict[str, SlotPlan]:
    index = schema_index()
    classes, enums = index["classes"], index["enums"]
    plans = {}
    for slot_name, slot in classes[class_name]["slots"].items():
        rng, annotations = slot["range"], slot.get("annotations", {})
        predicate, multivalued = iri(emitted_predicate(slot)), bool(slot["multivalued"])
        if "rdf_node_iri" in annotations:
            plans[slot_name] = SlotPlan("own_iri", None, multivalued)
        elif rng in classes:
            kind = "language_map" if classes[rng]["language_map"] else "record"
            plans[slot_name] = SlotPlan(kind, predicate, multivalued, rng)
        elif rng in enums:
            own = {
                code: iri(expand(value["annotations"]["rdf_emitted_as"]))
                for code, value in enums[rng].items()
                if "rdf_emitted_as" in value.get("annotations", {})
            }
            plans[slot_name] = SlotPlan("enum", predicate, multivalued, rng, code_predicates=own)
        elif "rdf_node_class" in annotations:
            node_class = iri(expand(annotations["rdf_node_class"]))
            plans[slot_name] = SlotPlan("node_class", predicate, multivalued, object_class=node_class)
        elif "rdf_iri_prefix" in annotations or rng == "Curie" or is_iri_type(rng):
            object_class = annotations.get("rdf_object_class")
            plans[slot_name] = SlotPlan(
                "iri",
                predicate,
                multivalued,
                annotations.get("rdf_iri_prefix", ""),
                curie=rng == "Curie",
                object_class=iri(expand(object_class)) if object_class else None,
            )
        else:
            target = annotations.get("rdf_datatype") or rng
            language = annotations.get("rdf_language")
            plans[slot_name] = SlotPlan("literal", predicate, multivalued, target, language=language)
    return plans


def _literal(value, type_name: str) -> str:
    if type_name == DATE_OR_DATETIME:
        return literal(str(value), datatype=XSD + ("dateTime" if "T" in str(value) else "date"))
    if isinstance(value, bool):
        return literal("true" if value else "false", datatype=XSD + "boolean")
    if type_name.startswith("xsd:"):
        return literal(str(value), datatype=XSD + type_name[4:])
    datatype = _datatype(type_name)
    if datatype is not None and isinstance(value, float) and datatype.endswith(("float", "double", "decimal")):
        return literal(repr(value), datatype=datatype)
    return literal(str(value), datatype=datatype)
