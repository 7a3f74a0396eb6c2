"""How genocat drives pySHACL fast without changing what it answers.

Profiling pySHACL on the catalogue (bench/README.md) showed three costs that are not SHACL work:

- every time a shape is evaluated, pySHACL reads the shape's triples again from the shapes graph, and
  rdflib's context-aware memory store makes each lookup slow. The shapes graph does not change during
  validation, so `MemoShapesGraph` remembers each lookup (and forgets them all on any change);
- pySHACL looks each of a shape's predicates up in a *list* of ~35 constraint parameters, with
  Python-level term comparisons. `use_parameter_set` gives pySHACL's own cache for that list a
  frozenset with the same members: the same answers, at hash speed;
- rdflib's N-Triples parser is pure Python. `data_graph` parses with pyoxigraph and builds the same
  rdflib terms rdflib's parser would from the same text (plain literals without a datatype).

Results are identical to stock pySHACL on the same data: tests/shacl/test_fast_pyshacl.py and the
benchmark compare them.
"""

from __future__ import annotations

from functools import lru_cache

from pyoxigraph import BlankNode, NamedNode, RdfFormat, parse
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.paths import Path as PropertyPath

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


class MemoShapesGraph(Graph):
    """A shapes graph that answers repeated triple-pattern lookups from memory."""

    def __init__(self, source: Graph) -> None:
        super().__init__()
        self._memo: dict = {}
        for prefix, namespace in source.namespaces():
            self.bind(prefix, namespace, override=True)
        for triple in source:
            super().add(triple)

    def add(self, triple):
        self._memo.clear()
        return super().add(triple)

    def remove(self, triple):
        self._memo.clear()
        return super().remove(triple)

    def triples(self, triple):
        if isinstance(triple[1], PropertyPath):
            return super().triples(triple)
        found = self._memo.get(triple)
        if found is None:
            found = self._memo[triple] = tuple(super().triples(triple))
        return iter(found)


def use_parameter_set() -> None:
    """Give pySHACL's module-level cache of constraint parameters a frozenset (see module docstring).
    Only when pySHACL's internals look as expected; otherwise pySHACL runs as shipped."""
    try:
        import pyshacl.shape as shape_module
        from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP
    except ImportError:
        return
    current = getattr(shape_module, "CONSTRAINT_PARAMS", None)
    if current is None or current[0] is ALL_CONSTRAINT_PARAMETERS:
        shape_module.CONSTRAINT_PARAMS = (frozenset(ALL_CONSTRAINT_PARAMETERS), CONSTRAINT_PARAMETERS_MAP)


def data_graph(ntriples: str) -> Graph:
    """An rdflib graph of N-Triples text, equal to `Graph().parse(data=ntriples, format="nt")` for the
    units genocat writes (genocat.build.rdf writes literals as pyoxigraph does: no `^^xsd:string`,
    language tags in lower case, which rdflib would keep as written)."""
    graph = Graph()
    add = graph.add
    for quad in parse(ntriples.encode("utf-8"), format=RdfFormat.N_TRIPLES):
        add((_term(quad.subject), _iri(quad.predicate.value), _term(quad.object)))
    return graph


@lru_cache(maxsize=200_000)
def _iri(value: str) -> URIRef:
    return URIRef(value)


def _term(term):
    if isinstance(term, NamedNode):
        return _iri(term.value)
    if isinstance(term, BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    if datatype == XSD_STRING:
        return Literal(term.value)
    return Literal(term.value, datatype=_iri(datatype))
