"""The pySHACL speed-ups change nothing that pySHACL answers (genocat/shacl/fast_pyshacl.py)."""

from __future__ import annotations

import pyshacl.shape
import pytest
from pyoxigraph import RdfFormat, parse, serialize
from pyshacl import validate
from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP
from rdflib import Graph, Literal, URIRef

from genocat.build.catalogue import assemble
from genocat.build.iris import DEFAULT_BASE_IRI
from genocat.load import load_paths
from genocat.shacl import check
from genocat.shacl.check import ShapeSpec, units
from genocat.shacl.fast_pyshacl import MemoShapesGraph, data_graph, use_parameter_set
from genocat.shacl.shapes import load_shape_set
from tests.conftest import CATALOG, SHARED, requires_shared

DCAT_301 = ("dcat-ap-3/3.0.1/shacl/dcat-ap-SHACL.ttl", "dcat-ap-3/3.0.1/shacl/ranges.ttl")
TRICKY = (
    '<http://ex.org/a> <http://ex.org/p> "plain" .\n'
    '<http://ex.org/a> <http://ex.org/p> "typed"^^<http://www.w3.org/2001/XMLSchema#string> .\n'
    '<http://ex.org/a> <http://ex.org/p> "Köln \\"quoted\\"\\n"@de-DE .\n'
    '<http://ex.org/a> <http://ex.org/p> "0042"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'
    '<http://ex.org/a> <http://ex.org/p> "2024-01-01"^^<http://www.w3.org/2001/XMLSchema#date> .\n'
    "<http://ex.org/a> <http://ex.org/p> <http://ex.org/b> .\n"
)


@pytest.fixture(scope="module")
def demo_units():
    return units(assemble(load_paths([CATALOG]).documents, CATALOG, DEFAULT_BASE_IRI))


def test_data_graph_equals_rdflib_parse_on_tricky_literals():
    """Units are N-Triples written by pyoxigraph, so the comparison is on text it wrote."""
    text = serialize(parse(TRICKY.encode(), format=RdfFormat.N_TRIPLES), format=RdfFormat.N_TRIPLES).decode()
    ours, theirs = data_graph(text), Graph().parse(data=text, format="nt")
    assert set(ours) == set(theirs)
    assert (URIRef("http://ex.org/a"), URIRef("http://ex.org/p"), Literal("plain")) in ours


def test_data_graph_equals_rdflib_parse_on_the_demo(demo_units):
    for unit in demo_units:
        assert set(data_graph(unit.ntriples)) == set(Graph().parse(data=unit.ntriples, format="nt")), unit.name


def test_memo_shapes_graph_forgets_on_change():
    graph = MemoShapesGraph(Graph().parse(data=TRICKY, format="nt"))
    subject = URIRef("http://ex.org/a")
    assert len(list(graph.objects(subject, None))) == 6
    graph.add((subject, URIRef("http://ex.org/q"), Literal("new")))
    assert len(list(graph.objects(subject, None))) == 7
    graph.remove((subject, URIRef("http://ex.org/q"), None))
    assert len(list(graph.objects(subject, None))) == 6


def _key(result) -> tuple:
    return (result.focus, result.path, result.constraint, result.severity, result.value)


@requires_shared
def test_results_equal_stock_pyshacl_on_the_whole_graph(demo_units, monkeypatch):
    """DCAT-AP 3.0.1 reports every byteSize of the demo; both ways must report the same results."""
    spec = ShapeSpec("dcat-ap-3.0.1", tuple(str(SHARED / f) for f in DCAT_301))
    ours = {_key(r) for r in check.run(demo_units, [spec], jobs=1)}
    monkeypatch.setattr(pyshacl.shape, "CONSTRAINT_PARAMS", (ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP))
    whole = Graph()
    for unit in demo_units:
        whole.parse(data=unit.ntriples, format="nt")
    shapes = load_shape_set("stock", [SHARED / f for f in DCAT_301]).graph
    _conforms, report, _text = validate(whole, shacl_graph=shapes, inference="none", allow_warnings=True)
    stock = {_key(r) for r in check._results(report, "stock")}
    assert ours == stock
    assert len(stock) > 50


def test_parameter_set_is_installed_once_and_keeps_every_parameter(monkeypatch):
    # pySHACL sets this on its first validation; in a run without it yet (e.g. the shared shapes absent), add it
    monkeypatch.setattr(
        pyshacl.shape, "CONSTRAINT_PARAMS", (ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP), raising=False
    )
    use_parameter_set()
    installed = pyshacl.shape.CONSTRAINT_PARAMS
    assert installed[0] == frozenset(ALL_CONSTRAINT_PARAMETERS)
    use_parameter_set()
    assert pyshacl.shape.CONSTRAINT_PARAMS is installed


def test_merged_batch_keeps_literals_with_unicode_line_separators_whole():
    line = '<http://ex.org/a> <http://ex.org/p> "one\u2028two\x85three" .\n'
    merged = check._merge([check.Unit("a", line, None), check.Unit("b", line, None)])
    assert merged.ntriples == line
    assert len(data_graph(merged.ntriples)) == 1
