"""The LinkML schema itself: URIs, meanings, YAML 1.1 traps, and the mandatory properties of the standards."""

from __future__ import annotations

import re

import pytest
import rdflib
import yaml
from rdflib.namespace import SH

from genocat import artefacts
from genocat.namespaces import expand as expand_curie
from tests.conftest import ROOT, SHARED, requires_shared

INDEX = artefacts.schema_index()
SCHEMA_FILES = sorted((ROOT / "schema").glob("*.yaml"))
DECLARED = yaml.safe_load((ROOT / "schema" / "prefixes.yaml").read_text())["prefixes"]
NAMESPACES = tuple(DECLARED.values())
YAML11_BOOLEAN = re.compile(r"^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$")


def test_schema_has_modules():
    names = {p.stem for p in SCHEMA_FILES}
    assert {"genocat", "core", "dataset", "genomics", "consent", "vocabularies", "catalogue"} <= names


@pytest.mark.parametrize("name", sorted(INDEX["classes"]))
def test_every_class_and_slot_has_a_uri_in_a_declared_namespace(name):
    cls = INDEX["classes"][name]
    assert cls["uri"].startswith(NAMESPACES), cls["uri"]
    for slot, info in cls["slots"].items():
        assert info["uri"].startswith(NAMESPACES), f"{name}.{slot}: {info['uri']}"


@pytest.mark.parametrize("enum", sorted(INDEX["enums"]))
def test_every_enum_value_has_a_meaning_iri(enum):
    for code, info in INDEX["enums"][enum].items():
        assert info["meaning"] and info["meaning"].startswith(("http://", "https://")), f"{enum}.{code}"


@pytest.mark.parametrize("path", SCHEMA_FILES, ids=lambda p: p.name)
def test_no_enum_key_is_a_yaml11_boolean(path):
    """LinkML reads schemas as YAML 1.1: an unquoted NO would silently become False."""
    document = yaml.safe_load(path.read_text())  # PyYAML is a YAML 1.1 reader
    for enum, body in (document.get("enums") or {}).items():
        for key in body.get("permissible_values") or {}:
            assert isinstance(key, str), f"{path.name}: {enum} has key {key!r}; quote it"
    text = path.read_text()
    for line in text.splitlines():
        match = re.match(r"^\s+([^\s\"'#][^:]*):\s*$", line)
        if match:
            assert not YAML11_BOOLEAN.match(match.group(1)), f"{path.name}: unquoted key {match.group(1)}"


def test_norway_is_a_place_and_a_language_key():
    assert "NO" in INDEX["enums"]["Place"]
    assert "no" in INDEX["classes"]["MultilingualText"]["slots"]


def test_slots_sharing_a_uri_have_compatible_ranges():
    """One predicate, one kind of object: literals, or IRIs (URLs, coded values, nodes of one class). A code
    and a described node may share a predicate (`licence` / `licence_document`: the table's IRI or a
    described licence), two different classes may not."""
    literal = {"string", "Curie", "Email", "integer", "float", "date", "date_or_datetime", "boolean"}
    iri = {"HttpUrl", "EliIri", "uri", *INDEX["enums"]}
    by_uri: dict[str, set[str]] = {}
    for cls in INDEX["classes"].values():
        for info in cls["slots"].values():
            rng, annotations = info["range"], info["annotations"]
            if rng in INDEX["classes"] and INDEX["classes"][rng]["language_map"]:
                kind = "literal"
            elif rng in iri or "rdf_iri_prefix" in annotations:
                kind = "IRI"
            elif "rdf_node_class" in annotations:
                kind = "node " + expand_curie(annotations["rdf_node_class"])
            elif rng in INDEX["classes"]:
                kind = "node " + INDEX["classes"][rng]["uri"]
            else:
                assert rng in literal, rng
                kind = "literal"
            by_uri.setdefault(info["uri"], set()).add(kind)
    conflicts = {
        uri: sorted(kinds)
        for uri, kinds in by_uri.items()
        if "literal" in kinds and len(kinds) > 1 or len({k for k in kinds if k.startswith("node ")}) > 1
    }
    assert conflicts == {}


# Which of our classes stands for a class the standards constrain; classes we do not model are listed.
MODELLED = {
    "http://www.w3.org/ns/dcat#Dataset": ["Dataset"],
    "http://www.w3.org/ns/dcat#Distribution": ["Distribution"],
    "http://www.w3.org/ns/dcat#Catalog": ["Catalogue", "NodeCatalogue"],
    "http://www.w3.org/ns/dcat#DataService": ["DataService"],
    "http://xmlns.com/foaf/0.1/Agent": ["Agent", "HealthAgent"],
    "http://spdx.org/rdf/terms#Checksum": ["Checksum"],
    "http://www.w3.org/ns/csvw#TableGroup": ["VariableTableGroup"],
    "http://www.w3.org/ns/csvw#Table": ["VariableTable"],
    "http://www.w3.org/ns/csvw#Column": ["Variable"],
    "http://www.w3.org/2004/02/skos/core#Concept": ["Concept"],
    "http://www.w3.org/2006/time#TemporalEntity": ["OpeningHours"],
}
NOT_MODELLED = {"CatalogRecord", "ConceptScheme", "Relationship", "DatasetSeries"}
# DatasetSeries is in the schema for `genocat import` only: series are not built yet, so the profiles'
# requirements on series (HealthDCAT-AP wants applicableLegislation) are not enforced by the schema.
SHAPE_FILES = [
    SHARED / "dcat-ap-3" / "3.0.0" / "html-shacl" / "shapes.ttl",
    *(
        SHARED / "healthdcat-ap-r8" / "shapes" / f"{level}-shapes.ttl"
        for level in ("public", "restricted", "non-public")
    ),
]


def _mandatory(path):
    graph = rdflib.Graph().parse(path)
    for shape, target in graph.subject_objects(SH.targetClass):
        for prop in graph.objects(shape, SH.property):
            minimum, predicate = graph.value(prop, SH.minCount), graph.value(prop, SH.path)
            if minimum is not None and int(minimum) >= 1 and isinstance(predicate, rdflib.URIRef):
                yield str(target), str(predicate)


@pytest.mark.parametrize("shapes", SHAPE_FILES, ids=lambda p: p.name)
@requires_shared
def test_every_mandatory_property_of_the_standards_is_required(shapes):
    pairs = sorted(set(_mandatory(shapes)))
    assert pairs, f"no mandatory properties read from {shapes}"
    checked = 0
    for target, predicate in pairs:
        if target not in MODELLED:
            assert re.split(r"[#/]", target)[-1] in NOT_MODELLED, f"{target} is constrained but not mapped"
            continue
        for cls in MODELLED[target]:
            same = [info for info in INDEX["classes"][cls]["slots"].values() if info["uri"] == predicate]
            assert same, f"{cls} lacks a slot for mandatory {predicate} ({shapes.name})"
            # one of the slots writing it is required (keywords, not keywords_translated)
            assert any(info["required"] for info in same), f"{cls}: {predicate} is mandatory in {shapes.name}"
            checked += 1
    assert checked >= 5
