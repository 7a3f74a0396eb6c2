"""The builder's mapping read backwards: predicate -> slots, meaning IRI -> code, IRI -> CURIE.

Everything comes from the same schema index `genocat.build.rdf` reads, so the importer and the
builder cannot disagree about a predicate: a slot is found under the predicate the builder writes
(`rdf_emitted_as`, else its `slot_uri`) and under its own `slot_uri`.
"""

from __future__ import annotations

from functools import cache

from genocat import namespaces
from genocat.artefacts import schema_index
from genocat.build.rdf import is_iri_type

# Classes whose records are files of their own: a slot with one of these ranges is a link the
# builder derives from the folder layout (a node catalogue's datasets, the root's catalogues).
TOP_CLASSES = frozenset({"Catalogue", "NodeCatalogue", "Dataset", "DatasetSeries"})


def _kind_rank(index: dict, slot: dict) -> int:
    """Which slot to try first when several share a predicate: coded values before plain IRIs."""
    rng = slot["range"]
    if rng in index["enums"]:
        return 0
    if "rdf_node_class" in slot.get("annotations", {}):
        return 1  # a statement as text, before the same statement as a record (which can keep its IRI)
    if rng in index["classes"]:
        return 2
    if rng == "Curie" or "rdf_iri_prefix" in slot.get("annotations", {}):
        return 3
    if is_iri_type(rng, index["types"]):
        return 4
    return 5


class SchemaMap:
    def __init__(self, index: dict | None = None) -> None:
        self.index = index or schema_index()
        self.classes = self.index["classes"]
        self.enums = self.index["enums"]
        self.prefixes = {k: v for k, v in self.index["prefixes"].items() if k != "linkml"}
        self._by_meaning = {
            name: {value["meaning"]: code for code, value in values.items() if value["meaning"]}
            for name, values in self.enums.items()
        }
        # IRIs a code had in an older release of its table (`moved_from` annotations): enum -> IRI -> code
        self._moved = {
            name: {value["annotations"]["moved_from"]: code for code, value in values.items()
                   if "moved_from" in value.get("annotations", {})}
            for name, values in self.enums.items()
        }  # fmt: skip
        self._candidates: dict[tuple[str, str], tuple[str, ...]] = {}

    def expand(self, curie: str) -> str:
        return namespaces.expand(curie, self.prefixes)

    def emitted_predicate(self, slot: dict, value=None) -> str:
        """The predicate the builder writes a slot's value with (a code may name its own)."""
        if slot["range"] in self.enums and isinstance(value, str):
            own = self.enums[slot["range"]].get(value, {}).get("annotations", {}).get("rdf_emitted_as")
            if own:
                return self.expand(own)
        return namespaces.emitted_predicate(slot, self.prefixes)

    def _code_predicates(self, slot: dict) -> set[str]:
        if slot["range"] not in self.enums:
            return set()
        values = self.enums[slot["range"]].values()
        return {self.expand(v["annotations"]["rdf_emitted_as"]) for v in values if "rdf_emitted_as" in v["annotations"]}

    def candidates(self, class_name: str, predicate: str) -> tuple[str, ...]:
        """The slots of a class a predicate can fill, the most specific kind of value first."""
        key = (class_name, predicate)
        if key not in self._candidates:
            self._candidates[key] = self._find(class_name, predicate)
        return self._candidates[key]

    def _find(self, class_name: str, predicate: str) -> tuple[str, ...]:
        slots = self.classes[class_name]["slots"]
        found = [name for name, slot in slots.items() if self.emitted_predicate(slot) == predicate]
        found += [name for name, slot in slots.items() if slot["uri"] == predicate and name not in found]
        found += [
            name for name, slot in slots.items() if name not in found and predicate in self._code_predicates(slot)
        ]
        found = [name for name in found if slots[name]["range"] not in TOP_CLASSES]
        return tuple(sorted(found, key=lambda name: _kind_rank(self.index, slots[name])))

    def structural(self, class_name: str, predicate: str) -> bool:
        """Whether the predicate is a link the builder writes from the folder layout."""
        return any(
            slot["uri"] == predicate and slot["range"] in TOP_CLASSES
            for slot in self.classes[class_name]["slots"].values()
        )

    def node_iri_slot(self, class_name: str) -> str | None:
        """The slot that holds a record's own IRI (annotation `rdf_node_iri`), if the class has one."""
        for name, slot in self.classes[class_name]["slots"].items():
            if "rdf_node_iri" in slot.get("annotations", {}):
                return name
        return None

    def slot_order(self, class_name: str) -> list[str]:
        """Keys in schema order when the index records it, else in the index's order."""
        cls = self.classes[class_name]
        return list(cls.get("slot_order") or cls["slots"])

    def code(self, enum: str, iri: str) -> str | None:
        return self._by_meaning[enum].get(iri)

    def moved(self, enum: str, iri: str) -> tuple[str, str] | None:
        """(code, release) for an IRI a code of `enum` had in an older release of the table, else None."""
        code = self._moved.get(enum, {}).get(iri)
        if code is None:
            return None
        release = self.index["enum_info"][enum]["annotations"].get("moved_from_release", "an older release")
        return code, release

    def compact(self, iri: str) -> str | None:
        """The CURIE `expand` turns back into this IRI (longest namespace first)."""
        return namespaces.compact(iri, self.prefixes)

    def label(self, iri: str) -> str:
        """An IRI as a reader wants it in a report: compact when a namespace is known."""
        return self.compact(iri) or f"<{iri}>"

    def class_uri(self, class_name: str) -> str:
        return self.classes[class_name]["uri"]

    def language_keys(self) -> set[str]:
        return {name for cls in self.classes.values() if cls["language_map"] for name in cls["slots"]}


@cache
def shared_map() -> SchemaMap:
    """The map of the shipped schema index, built once per process: `genocat harvest` imports each
    record alone, and the per-class predicate lookups it has learnt (`candidates`) then serve them all."""
    return SchemaMap()
