"""Submission records to RDF triples, driven by the schema index (class_uri, slot_uri, ranges, meanings).

There is no second mapping table: a slot's URI is the predicate, a class's URI is the type, an enum
code becomes its `meaning` IRI, a `Curie` is expanded with the schema's prefixes, and a nested record
gets an IRI minted below its parent's. Two slot annotations of the schema tune the few places where
RDF needs more than the value: `rdf_iri_prefix` (an e-mail address written as a `mailto:` IRI),
`rdf_object_class` (the class the profiles expect of an IRI value, e.g. `eli:LegalResource`),
`rdf_datatype` (e.g. `xsd:nonNegativeInteger`), `rdf_node_class` (a free-text statement, such as
`rights`, written as a typed node with a label) and `rdf_emitted_as` (the predicate the values are
written with when the profiles disagree on the slot's own, see gdi_alignment.py); a slot annotated
`rdf_node_iri` holds the record's own IRI, used instead of a minted one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from pyoxigraph import Literal, NamedNode

from genocat.artefacts import schema_index
from genocat.build.iris import child_iri
from genocat.namespaces import emitted_predicate, expand

RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
XSD = "http://www.w3.org/2001/XMLSchema#"
_IRI_BASES = {"uri", "URI", "uriorcurie", "URIorCURIE"}

Triple = tuple[NamedNode, NamedNode, NamedNode | Literal]


@lru_cache(maxsize=8192)  # bounded: schema and vocabulary IRIs repeat, minted ones do not
def _named(iri: str) -> NamedNode:
    return NamedNode(iri)


@cache
def _datatype(type_name: str) -> NamedNode | None:
    """The literal datatype of a schema type; None for plain strings and for IRI-valued types."""
    uri = schema_index()["types"].get(type_name, {}).get("uri")
    if not uri or uri == XSD + "string" or uri == XSD + "anyURI":
        return None
    return _named(uri)


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
    """Maps one record of a schema class, and everything nested in it, to triples."""

    def __init__(self) -> None:
        index = schema_index()
        self.classes = index["classes"]
        self.enums = index["enums"]
        # node IRI -> (schema class or None, JSON pointer of its record): how SHACL results find their line
        self.origins: dict[str, tuple[str | None, str]] = {}

    def triples(self, iri: str, class_name: str, record: dict, pointer: str = "") -> Iterator[Triple]:
        plans = _slot_plans(class_name)
        subject = _named(iri)
        self.origins[iri] = (class_name, pointer)
        yield (subject, RDF_TYPE, _named(self.classes[class_name]["uri"]))
        for slot_name, value in record.items():
            plan = plans.get(slot_name)
            if plan is None or value is None or plan.kind == "own_iri":
                continue  # unknown keys were reported by validation; a node's own IRI is its subject
            values = value if plan.multivalued and isinstance(value, list) else [value]
            for position, item in enumerate(values, start=1):
                position = position if plan.multivalued else 0
                where = f"{pointer}/{slot_name}" + (f"/{position - 1}" if position else "")
                yield from self._value(subject, plan, slot_name, item, position, where)

    def _value(self, subject, plan: SlotPlan, slot_name, item, position, pointer) -> Iterator[Triple]:
        predicate, kind = plan.predicate, plan.kind
        if kind == "literal":
            yield (subject, predicate, _literal(item, plan.target))
        elif kind == "enum":
            yield (subject, predicate, _named(self.enums[plan.target][str(item)]["meaning"]))
        elif kind == "iri":
            text = str(item)
            obj = _named(plan.target + text if plan.target else expand(text) if plan.curie else text)
            yield (subject, predicate, obj)
            if plan.object_class is not None:
                yield (obj, RDF_TYPE, plan.object_class)
        elif kind == "language_map":
            for lang, text in sorted(item.items()):
                yield (subject, predicate, Literal(str(text), language=lang.lower()))
        elif kind == "record":
            child = child_iri(subject.value, slot_name, item, position)
            yield (subject, predicate, _named(child))
            if set(item) != {"iri"}:  # an agent given by its IRI alone is just the link
                yield from self.triples(child, plan.target, item, pointer)
        else:  # node_class: a free-text statement as a typed node with a label
            child = child_iri(subject.value, slot_name, None, position)
            node = _named(child)
            self.origins[child] = (None, pointer)
            yield (subject, predicate, node)
            yield (node, RDF_TYPE, plan.object_class)
            yield (node, RDFS_LABEL, Literal(str(item), language="en"))


@dataclass(frozen=True)
class SlotPlan:
    """How one slot's values become triples, worked out once per class from the schema index."""

    kind: str  # own_iri, language_map, record, enum, node_class, iri or literal
    predicate: NamedNode | None
    multivalued: bool
    target: str = ""  # record: its class; enum: its name; iri: the prefix; literal: its type
    curie: bool = False
    object_class: NamedNode | None = None


@cache
def _slot_plans(class_name: str) -> dict[str, SlotPlan]:
    index = schema_index()
    classes, enums = index["classes"], index["enums"]
    plans = {}
    for slot_name, slot in classes[class_name]["slots"].items():
        rng, annotations = slot["range"], slot.get("annotations", {})
        predicate, multivalued = _named(emitted_predicate(slot)), bool(slot["multivalued"])
        if "rdf_node_iri" in annotations:
            plans[slot_name] = SlotPlan("own_iri", None, multivalued)
        elif rng in classes:
            kind = "language_map" if classes[rng]["language_map"] else "record"
            plans[slot_name] = SlotPlan(kind, predicate, multivalued, rng)
        elif rng in enums:
            plans[slot_name] = SlotPlan("enum", predicate, multivalued, rng)
        elif "rdf_node_class" in annotations:
            node_class = _named(expand(annotations["rdf_node_class"]))
            plans[slot_name] = SlotPlan("node_class", predicate, multivalued, object_class=node_class)
        elif "rdf_iri_prefix" in annotations or rng == "Curie" or is_iri_type(rng):
            object_class = annotations.get("rdf_object_class")
            plans[slot_name] = SlotPlan(
                "iri",
                predicate,
                multivalued,
                annotations.get("rdf_iri_prefix", ""),
                curie=rng == "Curie",
                object_class=_named(expand(object_class)) if object_class else None,
            )
        else:
            plans[slot_name] = SlotPlan("literal", predicate, multivalued, annotations.get("rdf_datatype") or rng)
    return plans


def _literal(value, type_name: str) -> Literal:
    if isinstance(value, bool):
        return Literal("true" if value else "false", datatype=_named(XSD + "boolean"))
    if type_name.startswith("xsd:"):
        return Literal(str(value), datatype=_named(XSD + type_name[4:]))
    datatype = _datatype(type_name)
    if datatype is None:
        return Literal(str(value))
    if isinstance(value, float) and datatype.value.endswith(("float", "double", "decimal")):
        return Literal(repr(value), datatype=datatype)
    return Literal(str(value), datatype=datatype)
