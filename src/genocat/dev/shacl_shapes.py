"""SHACL shapes generated from the schema index, so they describe exactly the RDF the builder writes.

LinkML's own SHACL generator does not know the mapping annotations (language maps written as
language-tagged literals, `rdf_datatype`, `rdf_node_class`, `rdf_emitted_as`, ...), so its shapes
contradict the builder's output. These follow the same index the builder reads: one node shape per
class URI (the base class when several classes share one, e.g. dcat:Catalog), one property shape per
slot with its cardinality, node kind, class, datatype or allowed codes. Shapes are open: the builder
adds typing triples the profiles ask for.
"""

from __future__ import annotations

from rdflib import RDF, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection

from genocat.build.rdf import is_iri_type
from genocat.namespaces import emitted_predicate, expand

SH = Namespace("http://www.w3.org/ns/shacl#")
SHAPES = Namespace("https://w3id.org/genocat/shapes/")


def render(index: dict) -> str:
    graph = Graph()
    graph.bind("sh", SH)
    graph.bind("genocatshape", SHAPES)
    for prefix, namespace in index["prefixes"].items():
        if prefix != "linkml":
            graph.bind(prefix, namespace)
    shared: dict[str, list[str]] = {}
    for name, cls in index["classes"].items():
        if not cls["language_map"]:
            shared.setdefault(cls["uri"], []).append(name)
    for uri, names in sorted(shared.items()):
        base = min(names, key=lambda n: (index["classes"][n]["is_a"] is not None, n))
        _node_shape(graph, index, base, uri)
    return graph.serialize(format="turtle")


def _node_shape(graph: Graph, index: dict, class_name: str, uri: str) -> None:
    shape = SHAPES[class_name]
    graph.add((shape, RDF.type, SH.NodeShape))
    graph.add((shape, SH.targetClass, URIRef(uri)))
    by_path: dict[str, list[tuple[str, dict]]] = {}
    for slot_name, slot in index["classes"][class_name]["slots"].items():
        if "rdf_node_iri" in slot.get("annotations", {}):
            continue  # the node's own IRI, not a property
        path = emitted_predicate(slot, index["prefixes"])
        by_path.setdefault(path, []).append((slot_name, slot))
    for path, slots in sorted(by_path.items()):
        prop = SHAPES[f"{class_name}/{'-'.join(name for name, _ in slots)}"]
        graph.add((shape, SH.property, prop))
        graph.add((prop, SH.path, URIRef(path)))
        graph.add((prop, SH.name, Literal(" / ".join(name for name, _ in slots))))
        if len(slots) == 1:
            _cardinality(graph, index, prop, slots[0][1])
            _values(graph, index, prop, slots[0][1], _builder_values(index, path))
        else:  # several slots share the predicate: only what holds for all of them
            if any(slot["required"] for _, slot in slots):
                graph.add((prop, SH.minCount, Literal(1)))
            if all(_iri_valued(index, slot) for _, slot in slots):
                graph.add((prop, SH.nodeKind, SH.IRI))
            if all(s["range"] in index["enums"] for _, s in slots):
                codes = [c for _, s in slots for c in _meanings(index, s["range"])]
                _in_list(graph, prop, codes + _builder_values(index, path))
            if all(_language_text(index, slot) for _, slot in slots):  # e.g. name (@en) and name_translated
                graph.add((prop, SH.datatype, RDF.langString))
                if not any(_language_text(index, slot) == "several" for _, slot in slots):
                    graph.add((prop, SH.uniqueLang, Literal(True)))  # one text per language, as each slot holds


def _builder_values(index: dict, path: str) -> list[str]:
    """Codes the builder itself writes on a predicate (enum annotation `builder_emits_on`)."""
    return [
        meaning
        for enum, info in index["enum_info"].items()
        if _expand(index, info["annotations"].get("builder_emits_on", "")) == path
        for meaning in _meanings(index, enum)
    ]


def _language_text(index: dict, slot: dict) -> str | None:
    """'one' or 'several' (texts per language) for a slot the builder writes as language-tagged literals."""
    rng = slot["range"]
    if rng in index["classes"] and index["classes"][rng]["language_map"]:
        several = any(value["multivalued"] for value in index["classes"][rng]["slots"].values())
        return "several" if several else "one"
    if "rdf_language" in slot.get("annotations", {}):
        return "several" if slot["multivalued"] else "one"
    return None


def _iri_valued(index: dict, slot: dict) -> bool:
    rng, annotations = slot["range"], slot.get("annotations", {})
    if rng in index["classes"]:
        return not index["classes"][rng]["language_map"]
    return (
        rng in index["enums"]
        or rng == "Curie"
        or "rdf_node_class" in annotations
        or "rdf_iri_prefix" in annotations
        or is_iri_type(rng, index["types"])
    )


def _cardinality(graph: Graph, index: dict, prop, slot: dict) -> None:
    if slot["required"]:
        graph.add((prop, SH.minCount, Literal(1)))
    language_map = slot["range"] in index["classes"] and index["classes"][slot["range"]]["language_map"]
    if not slot["multivalued"] and not language_map:  # a language map is one literal per language
        graph.add((prop, SH.maxCount, Literal(1)))


def _values(graph: Graph, index: dict, prop, slot: dict, also: list[str]) -> None:
    rng, annotations = slot["range"], slot.get("annotations", {})
    classes = index["classes"]
    if rng in classes and classes[rng]["language_map"]:
        graph.add((prop, SH.datatype, RDF.langString))
    elif rng in classes:
        graph.add((prop, SH.nodeKind, SH.IRI))
        graph.add((prop, SH["class"], URIRef(classes[rng]["uri"])))
    elif rng in index["enums"]:
        graph.add((prop, SH.nodeKind, SH.IRI))
        _in_list(graph, prop, _meanings(index, rng) + also)
    elif "rdf_node_class" in annotations:
        graph.add((prop, SH.nodeKind, SH.IRI))
        graph.add((prop, SH["class"], URIRef(_expand(index, annotations["rdf_node_class"]))))
    elif "rdf_iri_prefix" in annotations or rng == "Curie" or is_iri_type(rng, index["types"]):
        graph.add((prop, SH.nodeKind, SH.IRI))
        if "rdf_iri_prefix" in annotations:
            graph.add((prop, SH.pattern, Literal("^" + annotations["rdf_iri_prefix"].replace(".", "\\."))))
        if "rdf_object_class" in annotations:
            graph.add((prop, SH["class"], URIRef(_expand(index, annotations["rdf_object_class"]))))
    elif "rdf_language" in annotations:
        graph.add((prop, SH.datatype, RDF.langString))
        _list_valued(graph, prop, SH.languageIn, [Literal(annotations["rdf_language"])])
    elif rng == "date_or_datetime":
        alternatives = []
        for datatype in (XSD.date, XSD.dateTime):
            alternative = BNode()
            graph.add((alternative, SH.datatype, datatype))
            alternatives.append(alternative)
        _list_valued(graph, prop, SH["or"], alternatives)
    else:
        datatype = annotations.get("rdf_datatype")
        uri = _expand(index, datatype) if datatype else index["types"].get(rng, {}).get("uri") or str(XSD.string)
        graph.add((prop, SH.datatype, URIRef(uri)))


def _list_valued(graph: Graph, prop, predicate, members: list) -> None:
    head = BNode()
    Collection(graph, head, members)
    graph.add((prop, predicate, head))


def _in_list(graph: Graph, prop, iris: list[str]) -> None:
    head = BNode()
    Collection(graph, head, [URIRef(i) for i in sorted(set(iris))])
    graph.add((prop, SH["in"], head))


def _meanings(index: dict, enum: str) -> list[str]:
    return [v["meaning"] for v in index["enums"][enum].values() if v["meaning"]]


def _expand(index: dict, curie: str) -> str:
    return expand(curie, index["prefixes"])
