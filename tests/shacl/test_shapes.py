"""Loading shape files: each documented upstream defect is repaired, and said so; real errors are errors."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from genocat.shacl.shapes import SH, ShapesError, load_shape_set, shape_sets
from tests.conftest import SHARED, requires_shared

HEAD = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix dct: <http://purl.org/dc/terms/> .
@prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix ex: <http://example.org/> .
"""


def _load(tmp_path, text, name="shapes.ttl"):
    path = tmp_path / name
    path.write_text(HEAD + text)
    return load_shape_set("test", [path])


def test_sh_or_without_path_moves_to_the_node_shape(tmp_path):
    shapes = _load(
        tmp_path, "ex:S a sh:NodeShape ; sh:targetClass dcat:Dataset ; sh:property ex:P . ex:P sh:or ( ex:A ex:B ) ."
    )
    assert (URIRef("http://example.org/S"), SH["or"], None) in shapes.graph
    assert (URIRef("http://example.org/S"), SH.property, URIRef("http://example.org/P")) not in shapes.graph
    assert any("sh:or" in r for r in shapes.repairs)


def test_dangling_property_reference_is_dropped(tmp_path):
    shapes = _load(tmp_path, "ex:S a sh:NodeShape ; sh:targetClass dcat:Dataset ; sh:property ex:Missing .")
    assert (None, SH.property, None) not in shapes.graph
    assert any("undefined property shape" in r for r in shapes.repairs)


def test_undeclared_well_known_prefix_is_declared(tmp_path):
    shapes = _load(tmp_path, "ex:S a sh:NodeShape ; sh:targetClass foaf:Agent .")
    assert (URIRef("http://example.org/S"), SH.targetClass, URIRef("http://xmlns.com/foaf/0.1/Agent")) in shapes.graph
    assert any("foaf:" in r for r in shapes.repairs)


def test_https_eu_table_iris_in_sh_in_become_http(tmp_path):
    shapes = _load(
        tmp_path,
        "ex:S a sh:NodeShape ; sh:targetClass dcat:Dataset ; sh:property [ sh:path dct:type ; "
        "sh:in ( <https://publications.europa.eu/resource/authority/dataset-type/SYNTHETIC_DATA> ) ] .",
    )
    iri = URIRef("http://publications.europa.eu/resource/authority/dataset-type/SYNTHETIC_DATA")
    assert (None, None, iri) in shapes.graph
    assert any("-> http://" in r for r in shapes.repairs)


def test_a_sound_file_needs_no_repair(tmp_path):
    shapes = _load(
        tmp_path,
        "ex:S a sh:NodeShape ; sh:targetClass dcat:Dataset ; sh:property [ sh:path dct:title ; sh:minCount 1 ] .",
    )
    assert shapes.repairs == []
    assert shapes.access_right is None


def test_broken_turtle_is_an_error_naming_the_file(tmp_path):
    with pytest.raises(ShapesError, match="broken.ttl: not valid Turtle"):
        _load(tmp_path, "ex:S a sh:NodeShape ; sh:targetClass", name="broken.ttl")


def test_missing_path_is_an_error(tmp_path):
    with pytest.raises(ShapesError, match="No such shape file"):
        load_shape_set("x", [tmp_path / "nope.ttl"])


@requires_shared
def test_official_gdi_identifier_file_loads_after_repair():
    shapes = load_shape_set("gdi", [SHARED / "gdi-metadata" / "shapes" / "Identifier.ttl"])
    assert any("foaf:" in r for r in shapes.repairs)


@requires_shared
def test_healthdcat_level_files_become_one_set_per_access_right():
    sets = shape_sets("h", [SHARED / "healthdcat-ap-r8" / "shapes", SHARED / "dcat-ap-3/3.0.0/html-shacl/shapes.ttl"])
    rights = sorted(s.access_right.rsplit("/", 1)[-1] for s in sets)
    assert rights == ["NON_PUBLIC", "PUBLIC", "RESTRICTED"]
    assert all(any("sh:or" in r for r in s.repairs) for s in sets)
