"""What the import loses, found by running the builder's own mapping on the imported records.

Every record is mapped back to triples with `genocat.build.rdf.RecordMapper` (plus the GDI health
categories and the catalogue links the builder derives, as `genocat.build.catalogue.assemble` does),
at the IRIs genocat will mint. The mapper's `origins` and the importer's give, for each source node,
the node(s) it became. A source triple counts as kept when that image of it is among the rebuilt
triples; concept labels that equal genocat's vocabulary snapshot count as kept too (the build
publishes them in vocabulary.ttl). Every other triple is a loss: nothing is judged by a second,
hand-written list of what "should" map.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pyoxigraph import NamedNode
from rdflib import BNode, Literal, URIRef

from genocat.artefacts import schema_index
from genocat.build import gdi_alignment
from genocat.build.rdf import RecordMapper, as_terms
from genocat.build.vocabulary import snapshot_triples
from genocat.rdf_import.layout import DCAT, Layout

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


@dataclass(frozen=True)
class Rebuilt:
    triples: frozenset
    images: dict  # source node -> the IRIs genocat mints for it


def to_rdflib(term):
    """A pyoxigraph term as the rdflib term a parser would give (literals normalised alike)."""
    if isinstance(term, NamedNode):
        return URIRef(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value) if datatype == XSD_STRING else Literal(term.value, datatype=URIRef(datatype))


def normal(term):
    """RDF 1.1 equality: language tags are case-insensitive, "x"^^xsd:string is "x"."""
    if isinstance(term, Literal):
        if term.language:
            return Literal(str(term), lang=term.language.lower())
        if term.datatype is not None and str(term.datatype) == XSD_STRING:
            return Literal(str(term))
    return term


def rebuild(layout: Layout, records: dict) -> Rebuilt:
    """The triples genocat builds from the records (`records`: resource path -> Mapped)."""
    triples: set = set()
    images: dict = {}
    for resource in layout.resources:
        mapped = records[resource.path]
        mapper = RecordMapper()
        produced = list(mapper.triples(resource.iri, resource.class_name, mapped.data))
        if resource.class_name == "Dataset":
            produced += gdi_alignment.health_categories(resource.iri, mapped.data)
        triples.update(tuple(to_rdflib(t) for t in triple) for triple in as_terms(produced))
        for iri, (_class, pointer) in mapper.origins.items():
            if pointer in mapped.origins:
                images.setdefault(mapped.origins[pointer], set()).add(URIRef(iri))
    triples.update(_catalogue_links(layout))
    return Rebuilt(frozenset(triples), images)


def _catalogue_links(layout: Layout) -> set:
    """The links the builder writes from the folders: node -> its datasets, root -> the nodes."""
    nodes = {r.folder: r for r in layout.resources if r.class_name == "NodeCatalogue" and r.placed}
    links = set()
    for resource in layout.resources:
        if resource.class_name == "Dataset" and resource.folder in nodes:
            links.add((URIRef(nodes[resource.folder].iri), DCAT.dataset, URIRef(resource.iri)))
    for root in (r for r in layout.resources if r.class_name == "Catalogue" and r.placed):
        links.update((URIRef(root.iri), DCAT.catalog, URIRef(node.iri)) for node in nodes.values())
    return links


@cache
def vocabulary() -> frozenset:
    return frozenset(tuple(normal(to_rdflib(t)) for t in triple) for triple in snapshot_triples(schema_index()))


def losses(graph, rebuilt: Rebuilt) -> list[tuple]:
    """The source triples that the rebuilt triples do not reproduce."""
    lost = []
    for triple in graph:
        subject, predicate, obj = triple
        if any((s, predicate, o) in rebuilt.triples for s in _images(subject, rebuilt) for o in _images(obj, rebuilt)):
            continue
        if not isinstance(subject, BNode) and not isinstance(obj, BNode):
            if (subject, predicate, normal(obj)) in vocabulary():
                continue
        lost.append(triple)
    return lost


SKOS_CONCEPT = URIRef("http://www.w3.org/2004/02/skos/core#Concept")
FOAF_DOCUMENT = URIRef("http://xmlns.com/foaf/0.1/Document")
OUTSIDE = "outside"


def outside(graph, lost: list[tuple], records: set) -> dict[tuple, tuple[str, str]]:
    """Notes for lost triples that describe a resource outside the records, as HealthDCAT-AP treats it:
    the description of a vocabulary concept (a skos:Concept, such as a licence type) and the type of a
    web page (foaf:Document) that no record is. `records`: the source nodes that became records."""
    notes = {}
    for triple in lost:
        subject, predicate, obj = triple
        if subject in records:
            continue
        if (subject, RDF_TYPE, SKOS_CONCEPT) in graph:
            notes[triple] = (OUTSIDE, "the description of a vocabulary concept, which belongs to its table")
        elif (
            predicate == RDF_TYPE
            and obj == FOAF_DOCUMENT
            and set(graph.predicate_objects(subject)) == {(RDF_TYPE, FOAF_DOCUMENT)}
        ):
            notes[triple] = (OUTSIDE, "the type of a web page that is not part of any record")
    return notes


def _images(term, rebuilt: Rebuilt) -> set:
    if isinstance(term, Literal):
        return {normal(term)}
    found = set(rebuilt.images.get(term, ()))
    if isinstance(term, URIRef):
        found.add(term)
    return found
