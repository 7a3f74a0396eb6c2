"""Graph nodes to records of the schema's classes, remembering which node each record came from.

A node of class C becomes a dict of C's slots: every (predicate, object) of the node is offered to
the slots that predicate can fill (see schema_map), language-tagged literals fill language maps,
described nodes become nested records, `rdf_node_class` nodes their label. What fits nowhere gets a
note saying why; the verifier (verify.py) decides what is actually lost by mapping the records back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef

from genocat.rdf_import.releases import older_form
from genocat.rdf_import.schema_map import SchemaMap
from genocat.rdf_import.values import Kept, Refused, convert

_DIGITS = re.compile(r"([0-9]+)")


@dataclass
class Mapped:
    """A record and, for each JSON pointer below it ("" = the record itself), the node it came from."""

    data: dict
    origins: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class _Item:
    node: object  # the object term
    value: object  # plain value, (language, text) or Mapped
    triple: tuple


def natural_key(text: str) -> tuple:
    return tuple(int(part) if part.isdigit() else part for part in _DIGITS.split(text))


class NodeMapper:
    def __init__(self, graph: Graph, smap: SchemaMap, resolve) -> None:
        self.graph = graph
        self.smap = smap
        self.resolve = resolve  # IRI of a record this import writes -> the IRI genocat mints for it
        self.notes: dict[tuple, tuple[str, str]] = {}  # triple -> (kind, reason) when it may not come back
        self._content: dict[object, str] = {}

    def note(self, triple: tuple, kind: str, reason: str) -> None:
        self.notes.setdefault(triple, (kind, reason))

    # --- ordering that does not depend on blank-node labels -------------------------------------

    def content_key(self, node, depth: int = 0) -> str:
        """A blank node's description as text: a stable name for sorting and hashing."""
        if not isinstance(node, BNode):
            return node.n3()
        if node in self._content:
            return self._content[node]
        if depth > 8:
            return "[...]"
        parts = sorted(f"{p.n3()} {self.content_key(o, depth + 1)}" for p, o in self.graph.predicate_objects(node))
        key = "[" + "; ".join(parts) + "]"
        if depth == 0:
            self._content[node] = key
        return key

    def term_key(self, term) -> tuple:
        if isinstance(term, URIRef):
            return (0, natural_key(str(term)))
        if isinstance(term, Literal):
            return (1, str(term), term.language or "", str(term.datatype or ""))
        return (2, self.content_key(term))

    # --- nodes to records ------------------------------------------------------------------------

    def record(self, node, class_name: str, ancestors: frozenset = frozenset()) -> Mapped:
        cls = self.smap.classes[class_name]
        collected: dict[str, list[_Item]] = {}
        pairs = sorted(self.graph.predicate_objects(node), key=lambda po: (str(po[0]), self.term_key(po[1])))
        for predicate, obj in pairs:
            triple = (node, predicate, obj)
            if predicate == RDF.type:
                if str(obj) != cls["uri"]:
                    self.note(triple, "unmapped", f"another type; genocat types it {self.smap.label(cls['uri'])}")
                continue
            if self.smap.structural(class_name, str(predicate)):
                continue  # the folder layout decides these links (layout.py)
            slots = self.smap.candidates(class_name, str(predicate))
            if not slots:
                reason = older_form(class_name, str(predicate))
                self.note(triple, "unmapped", reason or f"no genocat field for this property of a {class_name}")
                continue
            refusal = None
            for slot_name in slots:
                whole = slot_name != slots[-1]  # another field may hold the value whole
                outcome = self._value(node, cls["slots"][slot_name], obj, ancestors | {node}, whole)
                if isinstance(outcome, Kept):
                    emitted = self.smap.emitted_predicate(cls["slots"][slot_name], outcome.value)
                    if outcome.note:
                        self.note(triple, "changed", f"kept in `{slot_name}`; {outcome.note}")
                    elif emitted != str(predicate):
                        self.note(
                            triple,
                            "changed",
                            f"kept in `{slot_name}`, which genocat writes as {self.smap.label(emitted)}",
                        )
                    collected.setdefault(slot_name, []).append(_Item(obj, outcome.value, triple))
                    break
                refusal = refusal or outcome
            else:
                self.note(triple, refusal.kind, refusal.reason)
        return self._assemble(node, class_name, collected)

    def _value(self, node, slot: dict, obj, ancestors: frozenset, whole: bool = False) -> Kept | Refused:
        rng = slot["range"]
        if rng in self.smap.classes:
            target = self.smap.classes[rng]
            if target["language_map"]:
                return self._text(obj, target)
            if isinstance(obj, Literal):
                return Refused(f"a text where genocat expects a described {rng}")
            if (obj, None, None) not in self.graph:
                own_iri = self.smap.node_iri_slot(rng)
                if own_iri and isinstance(obj, URIRef):  # e.g. a publisher given by its IRI alone
                    return Kept(Mapped({own_iri: str(obj)}, {}))
                return Refused(f"a bare IRI where genocat expects a described {rng} (with its properties)")
            if obj in ancestors:
                return Refused("a node that contains itself")
            mapped = self.record(obj, rng, ancestors)
            own_iri = self.smap.node_iri_slot(rng)
            keeps = self.smap.classes[rng]["annotations"].get("import_keeps_iri") == "true"  # e.g. a concept
            if own_iri and isinstance(obj, URIRef) and (keeps or self.shared(obj)):  # a shared node stays one
                data = {**mapped.data, own_iri: str(obj)}
                mapped.data = {key: data[key] for key in self.smap.slot_order(rng) if key in data}
            return Kept(mapped)
        if "rdf_node_class" in slot.get("annotations", {}):
            return self._statement(obj, self.smap.expand(slot["annotations"]["rdf_node_class"]), whole)
        return convert(self.smap, slot, obj, self.resolve)

    def _text(self, obj, language_map: dict) -> Kept | Refused:
        if not isinstance(obj, Literal):
            return Refused("an IRI where genocat expects a text")
        if not obj.language:
            if "en" not in language_map["slots"]:
                return Refused("a text without language tag where genocat keeps other languages than English")
            return Kept(("en", str(obj)), "a text without language tag is written as English (@en)")
        language = obj.language.lower()
        if language not in language_map["slots"]:
            return Refused(f"@{obj.language} is not one of the languages genocat's texts hold")
        return Kept((language, str(obj)))

    def shared(self, node) -> bool:
        """Whether several nodes point to this IRI (e.g. one licence of four distributions)."""
        return isinstance(node, URIRef) and len(set(self.graph.subjects(None, node))) > 1

    def _statement(self, obj, node_class: str, whole: bool = False) -> Kept | Refused:
        """A `rdf_node_class` value (e.g. dct:provenance): the label of a typed node."""
        if isinstance(obj, Literal):
            return Kept(Mapped(str(obj), {}), f"a text written as a {self.smap.label(node_class)} with that label")
        labels = sorted(self.graph.objects(obj, RDFS.label), key=self.term_key)
        if not labels:
            return Refused("a statement without rdfs:label")
        preferred = sorted(labels, key=lambda lit: (getattr(lit, "language", None) != "en", self.term_key(lit)))
        others = {p for p in self.graph.predicates(obj) if p not in (RDF.type, RDFS.label)}
        plain = len(labels) == 1 and getattr(labels[0], "language", None) == "en" and not others
        if whole and (self.shared(obj) or not plain):  # the next field holds it whole, with its IRI
            return Refused("a statement several records share, or with more than one English label")
        for predicate, other in self.graph.predicate_objects(obj):
            triple = (obj, predicate, other)
            if predicate == RDF.type and str(other) != node_class:
                self.note(triple, "unmapped", f"another type; genocat types it {self.smap.label(node_class)}")
            elif predicate == RDFS.label and other != preferred[0]:
                self.note(triple, "unmapped", "genocat keeps one label of a statement")
            elif predicate not in (RDF.type, RDFS.label):
                self.note(triple, "unmapped", "genocat keeps only the label of a statement")
        label = preferred[0]
        if getattr(label, "language", None) != "en":
            self.note((obj, RDFS.label, label), "changed", "the label is written as English (@en)")
        return Kept(Mapped(str(label), {"": obj}))

    # --- collected values to a dict in schema order ---------------------------------------------

    def _assemble(self, node, class_name: str, collected: dict[str, list[_Item]]) -> Mapped:
        slots = self.smap.classes[class_name]["slots"]
        result = Mapped({}, {"": node})
        for slot_name in self.smap.slot_order(class_name):
            items = collected.get(slot_name)
            if not items:
                continue
            slot = slots[slot_name]
            if slot["range"] in self.smap.classes and self.smap.classes[slot["range"]]["language_map"]:
                result.data[slot_name] = self._language_map(slot["range"], items)
            elif isinstance(items[0].value, Mapped):
                self._records(result, slot_name, slot["multivalued"], items)
            else:
                self._scalars(result, slot_name, slot["multivalued"], items)
        return result

    def _language_map(self, class_name: str, items: list[_Item]) -> dict:
        slots = self.smap.classes[class_name]["slots"]
        if all(slot["multivalued"] for slot in slots.values()):  # a language map of lists (keywords)
            lists: dict[str, list] = {}
            for item in items:
                language, text = item.value
                lists.setdefault(language, []).append(text)
            return {
                key: sorted(set(lists[key]), key=natural_key)
                for key in self.smap.slot_order(class_name)
                if key in lists
            }
        texts: dict[str, str] = {}
        for item in items:
            language, text = item.value
            if language in texts:
                self.note(item.triple, "unmapped", f"a second text in @{language}; genocat keeps one per language")
            else:
                texts[language] = text
        return {key: texts[key] for key in self.smap.slot_order(class_name) if key in texts}

    def _records(self, result: Mapped, slot_name: str, multivalued: bool, items: list[_Item]) -> None:
        ordered = self._ordered(items)
        if not multivalued:
            for extra in ordered[1:]:
                self.note(extra.triple, "unmapped", f"genocat's `{slot_name}` holds one value")
            ordered = ordered[:1]
        values = []
        for position, item in enumerate(ordered):
            prefix = f"/{slot_name}/{position}" if multivalued else f"/{slot_name}"
            values.append(item.value.data)
            result.origins.update({prefix + rel: source for rel, source in item.value.origins.items()})
        result.data[slot_name] = values if multivalued else values[0]

    def _ordered(self, items: list[_Item]) -> list[_Item]:
        """Nested records in a stable order that keeps the positions genocat's own IRIs carry
        (`.../creators/2` stays second), so a genocat catalogue comes back with the same IRIs."""
        fixed: dict[int, _Item] = {}
        rest = []
        for item in items:
            tail = str(item.node).rstrip("/").rpartition("/")[2] if isinstance(item.node, URIRef) else ""
            position = int(tail) - 1 if tail.isdigit() else -1
            if 0 <= position < len(items) and position not in fixed:
                fixed[position] = item
            else:
                rest.append(item)
        rest.sort(key=lambda item: self.term_key(item.node))
        remaining = iter(rest)
        return [fixed[i] if i in fixed else next(remaining) for i in range(len(items))]

    def _scalars(self, result: Mapped, slot_name: str, multivalued: bool, items: list[_Item]) -> None:
        values: list = []
        for item in items:
            if item.value in values:
                continue  # two source values with one YAML value: the note on the triple says why
            if values and not multivalued:
                self.note(item.triple, "unmapped", f"genocat's `{slot_name}` holds one value")
                continue
            values.append(item.value)
        if multivalued:
            values.sort(key=lambda value: (str(type(value)), natural_key(str(value))))
        result.data[slot_name] = values if multivalued else values[0]
