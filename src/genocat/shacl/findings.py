"""SHACL results as findings on the submission's lines.

A result names a focus node and a property. The builder recorded where every node came from
(file, schema class, JSON pointer of its record), and the schema says which slot a property comes
from, so the finding lands on that key, or on the record that lacks it. A result on a node the
submission only points to (a vocabulary concept, a legislation IRI) lands on the key that points to it.
"""

from __future__ import annotations

import re

from genocat.artefacts import schema_index
from genocat.build.catalogue import CatalogueGraphs
from genocat.findings import Finding
from genocat.load import Document
from genocat.namespaces import compact, emitted_predicate
from genocat.rules import RULES
from genocat.shacl.check import ShaclResult

_IRI = re.compile(r"<(https?://[^>]+)>")
CODES = {"Violation": "GC801", "Warning": "GC802", "Info": "GC803"}
HINTS = {
    "MinCountConstraintComponent": "add `{slot}`",
    "MaxCountConstraintComponent": "give `{slot}` only one value",
    "ClassConstraintComponent": "use a value of the kind the shape expects for `{slot}`",
    "InConstraintComponent": "use one of the codes the shape allows for `{slot}`",
    "DatatypeConstraintComponent": "check the type of `{slot}` (number, date, text)",
    "NodeConstraintComponent": "see the shape's message; the value of `{slot}` is incomplete",
}


def to_findings(results: list[ShaclResult], graphs: CatalogueGraphs, documents: list[Document]) -> list[Finding]:
    by_path = {doc.path: doc for doc in documents}
    referrers = _referrers(graphs)
    findings = set()
    for result in results:
        place = _place(result, graphs, referrers)
        if place is None or place[0] not in by_path:
            continue
        path, pointer, slot = place
        doc = by_path[path]
        line, column = doc.locate(pointer)
        code = CODES.get(result.severity, "GC801")
        prop = _short(result.path)
        if slot is None:
            hint = f"genocat's schema has no field for {prop} here yet; if a profile requires it, tell the genocat team"
        else:
            hint = HINTS.get(result.constraint, "see the shape set's documentation for `{slot}`").format(slot=slot)
        findings.add(Finding(path, line, column, code, RULES[code].severity, _message(result, prop), hint, pointer))
    return sorted(findings)


def _message(result: ShaclResult, prop: str) -> str:
    if result.constraint == "MinCountConstraintComponent" and ("->" in result.message or not result.message):
        need = "requires" if result.severity == "Violation" else "recommends"
        return f"{result.shape_set} shapes: {prop} is missing; the shape {need} it"
    text = _IRI.sub(lambda m: _short(m.group(1)), result.message or result.constraint)
    value = f" (value {_short(result.value)})" if result.value and result.value not in text else ""
    return f"{result.shape_set} shapes: {text} on {prop}{value}"


def _place(result: ShaclResult, graphs: CatalogueGraphs, referrers: dict) -> tuple[str, str, str | None] | None:
    """(file, JSON pointer, slot name) of a result's focus node and property."""
    focus, predicate = result.focus, result.path
    if focus not in graphs.origins and focus in referrers:
        focus, predicate = referrers[focus]
    if focus not in graphs.origins:
        return None
    path, class_name, pointer = graphs.origins[focus]
    slot = _slot_of(class_name, predicate) if class_name else None
    if slot is None:
        return path, pointer, None
    return path, f"{pointer}/{slot}", slot


def _slot_of(class_name: str, predicate: str) -> str | None:
    for name, slot in schema_index()["classes"][class_name]["slots"].items():
        if emitted_predicate(slot) == predicate:
            return name
    return None


def _referrers(graphs: CatalogueGraphs) -> dict[str, tuple[str, str]]:
    """Object IRI -> (subject, predicate) of the first triple that points to it from a submission node."""
    found: dict[str, tuple[str, str]] = {}
    everything = [t for triples in graphs.records.values() for t in triples]
    everything += [t for dataset in graphs.datasets for t in dataset.triples]
    for subject, predicate, obj in everything:  # N-Triples terms: an IRI is `<...>`
        if obj[0] == "<" and obj[1:-1] not in graphs.origins:
            found.setdefault(obj[1:-1], (subject[1:-1], predicate[1:-1]))
    return found


def _short(iri: str) -> str:
    return compact(iri) or iri
