"""Every HealthDCAT-AP R8 property has a place: a dataset that uses them all (tests/data/r8/) builds to RDF
that holds each property the R8 shapes name, conforms to every shape set, and imports back unchanged."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import SH

from genocat.build.catalogue import assemble
from genocat.build.iris import DEFAULT_BASE_IRI
from genocat.cli import main
from genocat.load import load_file, load_paths
from genocat.shacl.check import ShapeSpec, run, units
from genocat.validator import validate
from tests.conftest import CATALOG, DATA, SHARED, requires_shared

DATASET = DATA / "r8" / "gdi-hu-semmelweis-8.yaml"
IRI = DEFAULT_BASE_IRI + "dataset/GDI-HU-SEMMELWEIS-8"
DCAT_300 = ("dcat-ap-3/3.0.0/html-shacl/shapes.ttl", "dcat-ap-3/3.0.0/html-shacl/range.ttl")
RULES = Path(__file__).parents[2] / "src" / "genocat" / "data" / "healthdcat-ap-r8-vocabulary-rules.ttl"


@pytest.fixture(scope="module")
def node(tmp_path_factory) -> Path:
    """A catalogue of the demo's root and Hungarian node with just this dataset."""
    root = tmp_path_factory.mktemp("r8") / "catalog"
    (root / "hu" / "datasets").mkdir(parents=True)
    shutil.copy(CATALOG / "catalog.yaml", root / "catalog.yaml")
    shutil.copy(CATALOG / "hu" / "catalog.yaml", root / "hu" / "catalog.yaml")
    shutil.copy(DATASET, root / "hu" / "datasets" / DATASET.name)
    return root


@pytest.fixture(scope="module")
def graph(node) -> rdflib.Graph:
    graphs = assemble(load_paths([node]).documents, node, DEFAULT_BASE_IRI)
    text = "".join(f"{s} {p} {o} .\n" for unit in units(graphs) for s, p, o in _triples(unit.ntriples))
    return rdflib.Graph().parse(data=text, format="nt")


def _triples(ntriples: str):
    for line in ntriples.splitlines():
        if line.strip():
            s, p, rest = line.split(" ", 2)
            yield s, p, rest.rstrip(" .")


def test_the_dataset_validates(node):
    assert [(f.code, f.line) for f in validate([node]).findings] == []


@requires_shared
def test_every_property_the_r8_shapes_name_is_written(graph):
    """Each sh:path of the R8 level and recommended files, on the classes our dataset has nodes of."""
    shapes = rdflib.Graph()
    for folder in ("shapes", "recommended"):
        for path in sorted((SHARED / "healthdcat-ap-r8" / folder).glob("*.ttl")):
            shapes.parse(path)
    wanted: dict[str, set] = {}
    for shape, target in shapes.subject_objects(SH.targetClass):
        for prop in shapes.objects(shape, SH.property):
            path = shapes.value(prop, SH.path)
            if isinstance(path, rdflib.URIRef):
                wanted.setdefault(str(target), set()).add(path)
    assert len(wanted["http://www.w3.org/ns/dcat#Dataset"]) >= 40
    missing = {}
    for cls, paths in wanted.items():
        nodes = set(graph.subjects(rdflib.RDF.type, rdflib.URIRef(cls)))
        used = {p for n in nodes for p in graph.predicates(n)}
        if nodes and paths - used:
            missing[cls] = sorted(str(p) for p in paths - used)
    # dct:source is left out of the fixture: DCAT-AP's range wants the source typed dcat:Dataset in the
    # same graph, which a dataset outside the catalogue is not; test_a_source_is_written checks the builder.
    assert missing == {"http://www.w3.org/ns/dcat#Dataset": ["http://purl.org/dc/terms/source"]}


def test_a_source_is_written():
    from genocat.build.rdf import RecordMapper

    triples = RecordMapper().triples(IRI, "Dataset", {"sources": ["https://example.org/dataset/1"]})
    assert (f"<{IRI}>", "<http://purl.org/dc/terms/source>", "<https://example.org/dataset/1>") in triples


@requires_shared
@pytest.mark.parametrize(
    ("name", "files"),
    [
        ("dcat-ap-3.0.0", DCAT_300),
        ("healthdcat-ap-r8", ("healthdcat-ap-r8/shapes", *DCAT_300)),
        ("gdi", ("gdi-metadata/shapes",)),
    ],
)
def test_no_violations(node, name, files):
    spec = ShapeSpec(name, tuple(str(SHARED / f) for f in files))
    graphs = assemble(load_paths([node]).documents, node, DEFAULT_BASE_IRI)
    assert [r for r in run(units(graphs), [spec], jobs=1) if r.severity == "Violation"] == []


@pytest.mark.parametrize("spec", [ShapeSpec("genocat", ()), ShapeSpec("r8-vocabularies", (str(RULES),))])
def test_no_violations_of_genocats_shapes_and_the_r8_vocabulary_rules(node, spec):
    graphs = assemble(load_paths([node]).documents, node, DEFAULT_BASE_IRI)
    assert [r for r in run(units(graphs), [spec], jobs=1) if r.severity == "Violation"] == []


@pytest.mark.parametrize(
    ("predicate", "value"),
    [
        ("http://purl.org/dc/terms/issued", rdflib.Literal("2024-12-12T09:30:00+01:00", datatype=rdflib.XSD.dateTime)),
        ("http://www.w3.org/ns/dcat#keyword", rdflib.Literal("rare disease", lang="en")),
        ("http://www.w3.org/ns/dcat#keyword", rdflib.Literal("ritka betegség", lang="hu")),
        ("http://healthdataportal.eu/ns/health#healthCategory",
         rdflib.URIRef("https://hdeu-dcat.data.health.europa.eu/resource/authority/healthcategories/HGPD")),
        ("http://healthdataportal.eu/ns/health#healthTheme",
         rdflib.URIRef("https://hdeu-dcat.data.health.europa.eu/resource/authority/health-theme/NONCOMMUNICABLE_DISEASES")),
        ("http://purl.org/dc/terms/conformsTo",
         rdflib.URIRef("https://hdeu-dcat.data.health.europa.eu/resource/authority/standard/BEACON")),
        ("http://www.w3.org/ns/dcat#theme", rdflib.URIRef("http://data.gdi.eu/core/p2/1MGCompliant")),
    ],
)  # fmt: skip
def test_values_keep_their_form(graph, predicate, value):
    assert (rdflib.URIRef(IRI), rdflib.URIRef(predicate), value) in graph


def test_variable_texts_keep_their_languages(graph):
    titles = set(graph.objects(None, rdflib.URIRef("http://www.w3.org/ns/csvw#title")))
    assert {(str(t), t.language) for t in titles} == {("Age band at sampling", "en"),
                                                      ("Korcsoport a mintavételkor", "hu")}  # fmt: skip


def test_build_then_import_gives_the_same_record(node, runner, tmp_path):
    out = tmp_path / "build"
    result = runner.invoke(main, ["build", str(node), "--out", str(out), "--quiet"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    imported = tmp_path / "imported"
    result = runner.invoke(main, ["import", str(out / "catalogue.ttl"), "--out", str(imported)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert "Nothing lost" in result.stderr
    original, _ = load_file(DATASET)
    back, _ = load_file(imported / "hu" / "datasets" / DATASET.name)
    assert _canonical(back.data) == _canonical(original.data)


def _canonical(value):
    """Lists whose order RDF does not keep, sorted (plain values, and records by their text)."""
    if isinstance(value, dict):
        return {k: _canonical(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_canonical(v) for v in value]
        if all(not isinstance(v, dict | list) for v in value) or all(
            "identifier" in v for v in items if isinstance(v, dict)
        ):
            return sorted(items, key=repr)
        return items
    return value


def test_agent_names_population_coverage_and_table_keywords_keep_their_languages(graph):
    def texts(subject, predicate):
        return {(str(t), t.language) for t in graph.objects(subject, rdflib.URIRef(predicate))}

    publisher = graph.value(rdflib.URIRef(IRI), rdflib.URIRef("http://purl.org/dc/terms/publisher"))
    assert texts(publisher, "http://xmlns.com/foaf/0.1/name") == {
        ("Semmelweis Centre for Clinical Genomics", "en"),
        ("Semmelweis Klinikai Genomikai Központ", "hu"),
        ("Semmelweis-Zentrum für klinische Genomik", "de"),
    }
    coverage = texts(rdflib.URIRef(IRI), "http://healthdataportal.eu/ns/health#populationCoverage")
    assert {language for _, language in coverage} == {"en", "hu"}
    [table] = graph.subjects(rdflib.RDF.type, rdflib.URIRef("http://www.w3.org/ns/csvw#Table"))
    assert texts(table, "http://www.w3.org/ns/dcat#keyword") == {("participants", "en"), ("résztvevők", "hu")}


def test_genocats_shapes_allow_one_name_per_language(node):
    """The shape of `name` + `name_translated` is not vacuous: a second Hungarian name is a violation
    (sh:uniqueLang), as the GDI agent shapes have it."""
    from dataclasses import replace

    graphs = assemble(load_paths([node]).documents, node, DEFAULT_BASE_IRI)
    [unit] = [u for u in units(graphs) if u.name == "GDI-HU-SEMMELWEIS-8"]
    publisher = f"<{IRI}/publisher>"
    assert f'{publisher} <http://xmlns.com/foaf/0.1/name> "Semmelweis Klinikai Genomikai Központ"@hu .' in unit.ntriples
    second = f'{publisher} <http://xmlns.com/foaf/0.1/name> "Semmelweis Központ"@hu .\n'
    found = run([replace(unit, ntriples=unit.ntriples + second)], [ShapeSpec("genocat", ())], jobs=1)
    assert [(r.focus, r.path, r.constraint) for r in found if r.severity == "Violation"] == [
        (
            IRI + "/publisher",
            "http://xmlns.com/foaf/0.1/name",
            "UniqueLangConstraintComponent",
        )
    ]
