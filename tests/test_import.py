"""`genocat import`: DCAT-AP RDF back to submission YAML, checked against the builder itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from rdflib import RDF, XSD, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

from genocat.artefacts import schema_index
from genocat.build.iris import DEFAULT_BASE_IRI
from genocat.build.rdf import RecordMapper, as_terms
from genocat.cli import main
from genocat.findings import Severity
from genocat.load import load_file
from genocat.namespaces import expand as expand_curie
from genocat.rdf_import import import_files
from genocat.rdf_import.verify import normal, to_rdflib, vocabulary
from genocat.validator import validate
from tests.conftest import CATALOG, DATA, SHARED, requires_shared

IMPORT_DATA = DATA / "import"
EXAMPLES = SHARED / "dcat-ap-3" / "3.0.1" / "examples"
REPAIRED = IMPORT_DATA / "dcat-ap-3.0.1-repaired"
# Upstream examples that are not valid Turtle (see tests/data/import/dcat-ap-3.0.1-repaired/README.md): file -> line
INVALID_UPSTREAM = {
    "example-bee-population-dataset-series-api.ttl": 20,
    "example-bee-population-dataset-series-combined.ttl": 32,
}
DCT = Namespace("http://purl.org/dc/terms/")
DCAT = Namespace("http://www.w3.org/ns/dcat#")


def invoke(runner, *args):
    return runner.invoke(main, ["import", *map(str, args)], catch_exceptions=False)


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# --- the demo catalogue: build -> import -> build --------------------------------------------------


@pytest.fixture(scope="module")
def demo_build(tmp_path_factory):
    from click.testing import CliRunner

    out = tmp_path_factory.mktemp("demo") / "build"
    result = CliRunner().invoke(main, ["build", str(CATALOG), "--out", str(out), "--quiet"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def demo_import(demo_build, tmp_path_factory):
    from click.testing import CliRunner

    out = tmp_path_factory.mktemp("demo") / "imported"
    report = out.parent / "report.json"
    result = CliRunner().invoke(
        main, ["import", str(demo_build / "catalogue.ttl"), "--out", str(out), "--report", str(report)]
    )
    return result, out, report


def test_demo_catalogue_imports_completely_into_the_same_layout(demo_import):
    result, out, report = demo_import
    assert result.exit_code == 0, result.output
    assert json.loads(report.read_text())["not_mapped"] == []
    expected = sorted(p.relative_to(CATALOG).as_posix() for p in CATALOG.rglob("*.yaml"))
    assert sorted(_tree(out)) == expected
    assert len(expected) == 71


def test_imported_demo_validates_without_errors(demo_import):
    _, out, _ = demo_import
    report = validate([out])
    assert len(report.files) == 71
    assert [f for f in report.findings if f.severity is Severity.ERROR] == []


def test_round_trip_gives_an_isomorphic_catalogue(demo_build, demo_import, runner, tmp_path):
    _, out, _ = demo_import
    rebuilt = tmp_path / "rebuild"
    result = runner.invoke(main, ["build", str(out), "--out", str(rebuilt), "--quiet"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    first = Graph().parse(demo_build / "catalogue.ttl")
    second = Graph().parse(rebuilt / "catalogue.ttl")
    assert len(first) > 9000
    assert isomorphic(first, second)


def test_imported_values_equal_the_submissions(demo_import):
    """Beyond the graph: the records themselves come back (comments and key order aside)."""
    _, out, _ = demo_import
    for path in sorted(CATALOG.rglob("*.yaml")):
        original, _ = load_file(path)
        imported, _ = load_file(out / path.relative_to(CATALOG))
        assert _canonical(imported.data) == _canonical(original.data), path.name


def _canonical(value):
    """Lists whose order RDF does not keep, sorted: plain values, and records with an identifier (their
    IRI carries the identifier). Records without one keep their order: their IRI carries the position."""
    if isinstance(value, dict):
        return {k: _canonical(v) for k, v in value.items()}
    if isinstance(value, list) and all(not isinstance(v, dict | list) for v in value):
        return sorted(value, key=str)
    if isinstance(value, list) and all(isinstance(v, dict) and "identifier" in v for v in value):
        return sorted((_canonical(v) for v in value), key=lambda v: v["identifier"])
    if isinstance(value, list):
        return [_canonical(v) for v in value]
    return value


@pytest.mark.parametrize("extension", ["jsonld", "rdf", "nt"])
def test_every_serialisation_imports_to_the_same_bytes(demo_build, demo_import, runner, tmp_path, extension):
    _, out, _ = demo_import
    result = invoke(runner, demo_build / f"catalogue.{extension}", "--out", tmp_path / "out", "--quiet")
    assert result.exit_code == 0, result.output
    assert _tree(tmp_path / "out") == _tree(out)


# --- the DCAT-AP 3.0.1 examples ------------------------------------------------------------------

# Named, not globbed: without ../shared a glob would match nothing and the tests would pass unseen.
UPSTREAM_NAMES = (
    "example-bee-population-2022-2023.ttl",
    "example-bee-population-dataset-frequency.ttl",
    "example-bee-population-dataset-series-api.ttl",
    "example-bee-population-dataset-series-combined.ttl",
    "example-bee-population-dataset-series-frequency.ttl",
    "example-bee-population-dataset-series-gea-nha.ttl",
    "example-bee-population-dataset-series-issued.ttl",
    "example-bee-population-dataset-series-life-count.ttl",
    "example-bee-population-dataset-series-modified.ttl",
    "example-bee-population-dataset-series-ordered.ttl",
    "example-bee-population-dataset-series-spatial-thessaloniki-athens.ttl",
    "example-bee-population-dataset-series-spatial-thessaloniki.ttl",
    "example-bee-population-dataset-series.ttl",
    "example-bee-population.ttl",
    "example-bee-populaton-2022-2023.ttl",
)
UPSTREAM = [EXAMPLES / name for name in UPSTREAM_NAMES]
EXAMPLE_FILES = [
    pytest.param(p, marks=requires_shared, id=p.name) for p in UPSTREAM if p.name not in INVALID_UPSTREAM
] + [pytest.param(p, id=p.name) for p in sorted(REPAIRED.glob("*.ttl"))]


@requires_shared
def test_the_examples_are_all_there():
    assert sorted(p.name for p in EXAMPLES.glob("*.ttl")) == sorted(UPSTREAM_NAMES)
    assert set(INVALID_UPSTREAM) <= set(UPSTREAM_NAMES)
    assert len(EXAMPLE_FILES) == 15


def _round_trip(path: Path, tmp_path: Path):
    """Import `path`, map the written files back to triples with the builder's RecordMapper, and give
    (source triples, rebuilt triples with our minted IRIs renamed to the source nodes, import result).

    How the two graphs are aligned. Our subject IRIs are minted, so source and result are aligned node
    by node: the import returns, for each record and each JSON pointer inside it, the source node it
    came from; RecordMapper returns, for each node it writes, the pointer it wrote it from. Joining the
    two gives sigma (source node -> our IRI); two source nodes may not become one IRI, and a node several
    records share (a licence of four distributions) stays one node with its own IRI."""
    from genocat.build import gdi_alignment

    source = Graph().parse(path)
    result = import_files([path], tmp_path / "out")
    rebuilt, sigma = set(), {}
    for record in result.records:
        document, problems = load_file(tmp_path / "out" / record.path)
        assert problems == [] and document.data == record.data
        mapper = RecordMapper()
        produced = list(mapper.triples(record.iri, record.class_name, document.data))
        if record.class_name == "Dataset":
            produced += gdi_alignment.health_categories(record.iri, document.data)
        rebuilt |= {tuple(to_rdflib(t) for t in triple) for triple in as_terms(produced)}
        for iri, (_, pointer) in mapper.origins.items():
            if pointer in record.origins:
                assert sigma.setdefault(record.origins[pointer], URIRef(iri)) == URIRef(iri), "one node, two IRIs"
    assert len(set(sigma.values())) == len(sigma), "two source nodes became one node"
    back = {iri: node for node, iri in sigma.items()}

    def rename(term):
        return back.get(term, normal(term))

    return {tuple(map(normal, t)) for t in source}, {tuple(map(rename, t)) for t in rebuilt}, result


def _rows(result) -> set:
    return {(row.predicate, row.subject, row.kind) for row in result.not_mapped}


@pytest.mark.parametrize("path", EXAMPLE_FILES)
def test_dcat_ap_example_comes_back_whole(path, tmp_path):
    """Every triple of the example is reproduced when the imported records are mapped back to RDF
    (triples about vocabulary concepts come back from genocat's vocabulary snapshot), and the import
    says nothing is lost. The other way round, what the records produce beyond the example may only be
    the identifiers the import says it made up and the rdf:type the profiles ask of IRI values
    (`rdf_object_class`): nothing else is invented."""
    source, rebuilt, result = _round_trip(path, tmp_path)
    assert result.not_mapped == []
    assert source - rebuilt - vocabulary() == set()
    made_up = {
        (node, DCT.identifier, Literal(r.data["identifier"]))
        for r in result.records
        for node in [r.source]
        if any(a.file == r.path and a.field == "identifier" for a in result.added)
    }
    object_classes = _object_classes()
    invented = {(s, p, o) for s, p, o in rebuilt - source - made_up if not (p == RDF.type and o in object_classes)}
    assert invented == set()


R8_EXAMPLE = SHARED / "healthdcat-ap-r8" / "examples" / "example-healthdcat-dataset.ttl"
EX = "https://healthdcat-ap.example.org/release-7/example/"
# What the import of the R8 example lists, none of it lost: the byte sizes genocat writes with DCAT-AP
# 3.0.0's xsd:decimal (which HealthDCAT-AP R8 imports; the example uses 3.0.1's xsd:nonNegativeInteger),
# and the rdf:type of three web pages outside the record (nothing in the example links to two of them).
R8_ROWS = {
    ("dcat:byteSize", f"<{EX}distribution-fhir-package>", "changed"),
    ("dcat:byteSize", f"<{EX}distribution-main-csv>", "changed"),
    ("rdf:type", "<https://icd.who.int/browse10/2019/en>", "outside"),
    ("rdf:type", "<https://ohdsi.github.io/CommonDataModel/>", "outside"),
    ("rdf:type", "<https://www.snomed.org/snomed-ct>", "outside"),
}


@requires_shared
def test_the_healthdcat_r8_example_imports_without_loss(runner, tmp_path):
    source, rebuilt, result = _round_trip(R8_EXAMPLE, tmp_path)
    assert len(source) == 292
    assert _rows(result) == R8_ROWS
    outside = {
        (s, p, o) for s, p, o in source if f"<{s}>" in {subject for _, subject, kind in R8_ROWS if kind == "outside"}
    }
    assert len(outside) == 3
    byte_sizes = {(s, p, o) for s, p, o in source if p == DCAT.byteSize}
    decimal = {(s, p, Literal(str(o), datatype=XSD.decimal)) for s, p, o in byte_sizes}
    expected = source - outside - byte_sizes | decimal
    # isomorphic: what comes back is exactly the source (the concepts' own triples from the snapshot)
    assert rebuilt | (expected & vocabulary()) == expected
    assert isomorphic(_graph(rebuilt | (expected & vocabulary())), _graph(expected))

    report = tmp_path / "report.json"
    cli = invoke(runner, R8_EXAMPLE, "--out", tmp_path / "cli", "--report", report)
    assert cli.exit_code == 0
    assert json.loads(report.read_text())["nothing_lost"] is True
    assert cli.stderr.startswith("Nothing lost:")


@requires_shared
def test_the_imported_r8_example_meets_everything_but_genocats_own_requirements(tmp_path):
    """The example is an oncology EHR cohort, not a GDI genomic dataset: the only findings are the
    genomic profile, the data-use conditions, the GDI identifier form, the EHDS regulation and the
    contact point's name (the GDI shapes ask for vcard:fn) genocat asks of its datasets."""
    import_files([R8_EXAMPLE], tmp_path / "out")
    report = validate([tmp_path / "out"])
    found = sorted((f.code, f.line, f.pointer) for f in report.findings)
    missing = sorted(f.message.split("'")[1] for f in report.findings if f.code == "GC201")
    assert found == [
        ("GC201", 2, ""),
        ("GC201", 2, ""),
        ("GC201", 253, "/contact_point/0"),
        ("GC204", 2, "/identifier"),
        ("GC308", 9, "/applicable_legislation"),
    ]
    assert missing == ["data_use", "genomics", "name"]


def _graph(triples) -> Graph:
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    return graph


def _object_classes() -> set:
    return {
        URIRef(expand_curie(slot["annotations"]["rdf_object_class"]))
        for cls in schema_index()["classes"].values()
        for slot in cls["slots"].values()
        if "rdf_object_class" in slot["annotations"]
    }


@pytest.mark.parametrize("name", sorted(INVALID_UPSTREAM))
@requires_shared
def test_upstream_examples_that_are_not_turtle_are_refused_with_their_line(runner, tmp_path, name):
    result = invoke(runner, EXAMPLES / name, "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert f"{name}: not valid Turtle (line {INVALID_UPSTREAM[name]})" in result.stderr
    assert "Traceback" not in result.output and not (tmp_path / "out").exists()


def test_a_series_links_to_the_records_genocat_mints(tmp_path):
    result = import_files([REPAIRED / "example-bee-population-dataset-series-combined.ttl"], tmp_path / "out")
    paths = sorted(r.path for r in result.records)
    assert paths == [
        "datasets/beepopulation2000.yaml",
        "datasets/beepopulation2022.yaml",
        "datasets/beepopulation2023.yaml",
        "datasets/beepopulationlive.yaml",
        "series/beepopulation.yaml",
        "services/ea-api-platform.yaml",
    ]
    series = yaml.safe_load((tmp_path / "out" / "series/beepopulation.yaml").read_text())
    assert series["last"] == DEFAULT_BASE_IRI + "dataset/BeePopulation2023"
    assert series["locations"] == ["https://www.geonames.org/390903"]
    latest = yaml.safe_load((tmp_path / "out" / "datasets/beepopulation2023.yaml").read_text())
    assert latest["previous"] == DEFAULT_BASE_IRI + "dataset/BeePopulation2022"
    assert latest["in_series"] == [DEFAULT_BASE_IRI + "dataset/BeePopulation"]
    assert len(latest["distributions"]) == 2


# --- what cannot be mapped is reported -----------------------------------------------------------

FDP = IMPORT_DATA / "fdp-export.ttl"
FDP_ROWS = [  # (predicate, subject, kind, count)
    ("<https://w3id.org/fdp/fdp-o#metadataIssued>", "<https://fdp.example.nl/catalog/rare>", "unmapped", 1),
    ("dcat:dataset", "<https://fdp.example.nl/catalog/rare>", "layout", 1),
    ("dct:language", "<https://fdp.example.nl/dataset/wgs-1>", "not-in-enum", 1),
    ("dct:modified", "<https://fdp.example.nl/record/wgs-1>", "unmapped", 1),
    ("dct:title", "<https://fdp.example.nl/dataset/wgs-1>", "changed", 1),
    ("foaf:name", "<https://ror.org/05wg1m734>", "changed", 1),
    ("foaf:primaryTopic", "<https://fdp.example.nl/record/wgs-1>", "unmapped", 1),
    ("healthdcatap:healthCategory", "<https://fdp.example.nl/dataset/wgs-1>", "changed", 1),  # the interim host
    ("healthdcatap:healthCategory", "<https://fdp.example.nl/dataset/wgs-1>", "not-in-enum", 1),
    ("rdf:type", "<https://fdp.example.nl/record/wgs-1>", "unmapped", 1),
]


def test_fdp_export_reports_each_unmapped_triple(runner, tmp_path):
    report = tmp_path / "report.json"
    result = invoke(runner, FDP, "--out", tmp_path / "out", "--report", report)
    assert result.exit_code == 1
    rows = json.loads(report.read_text())["not_mapped"]
    assert [(r["predicate"], r["subject"], r["kind"], r["count"]) for r in rows] == FDP_ROWS
    values = {r["predicate"]: r["values"] for r in rows}
    assert values["dct:language"] == ["<http://id.loc.gov/vocabulary/iso639-1/en>"]
    reasons = {(r["predicate"], r["kind"]): r["reason"] for r in rows}
    assert "nearest codes: ENG" in reasons[("dct:language", "not-in-enum")]
    moved = reasons[("healthdcatap:healthCategory", "changed")]
    assert "before Release 8" in moved and "/resource/authority/healthcategories/HGPD> (code HGPD)" in moved
    for predicate, subject, _, count in FDP_ROWS:  # the same rows in the table on stderr
        assert any(line.split()[:3] == [predicate, subject, str(count)] for line in result.stderr.splitlines())
    assert sorted(_tree(tmp_path / "out")) == ["catalog.yaml", "datasets/gdi-nl-radboud-9.yaml"]


def test_what_could_be_mapped_is_in_the_files(runner, tmp_path):
    invoke(runner, FDP, "--out", tmp_path / "out", "--quiet")
    dataset, problems = load_file(tmp_path / "out" / "datasets" / "gdi-nl-radboud-9.yaml")
    assert problems == []
    data = dataset.data
    assert data["title"] == {"en": "Exome sequencing of rare neurodevelopmental disorders"}
    assert (data["spatial"], data["locations"]) == (["NLD"], ["https://sws.geonames.org/2750405/"])
    assert (data["theme"], data["health_category"]) == (["HEAL"], ["HGPD"])
    assert data["issued"] == "2023-05-01T12:30:00+00:00"  # a date-time stays one
    assert data["accrual_periodicity"] == "IRREG"
    assert data["publisher"] == {  # the catalogue shares it: its ROR IRI stays
        "name": "Radboud university medical center",
        "contact_point": {"email": "data@radboud.example"},
        "iri": "https://ror.org/05wg1m734",
    }
    assert data["contact_point"] == [{"name": "Data access desk", "email": "access@radboud.example"}]


def test_country_option_makes_a_node_catalogue(runner, tmp_path):
    result = invoke(runner, FDP, "--out", tmp_path / "out", "--country", "NLD")
    assert result.exit_code == 1  # the other losses remain
    assert sorted(_tree(tmp_path / "out")) == ["nl/catalog.yaml", "nl/datasets/gdi-nl-radboud-9.yaml"]
    assert "added nl/catalog.yaml: country: NLD" in result.stdout
    assert "dcat:dataset" not in result.stderr  # now a link the builder writes


def test_two_catalogues_without_country_are_both_reported(runner, tmp_path):
    source = tmp_path / "two.ttl"
    source.write_text(
        "@prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .\n"
        '<https://x.example/a> a dcat:Catalog ; dct:title "A"@en .\n'
        '<https://x.example/b> a dcat:Catalog ; dct:title "B"@en .\n'
    )
    report = tmp_path / "report.json"
    result = invoke(runner, source, "--out", tmp_path / "out", "--report", report)
    assert result.exit_code == 1
    rows = json.loads(report.read_text())["not_mapped"]
    assert [(r["predicate"], r["subject"], r["kind"]) for r in rows] == [
        ("dct:spatial", "<https://x.example/a>", "layout"),
        ("dct:spatial", "<https://x.example/b>", "layout"),
    ]
    assert sorted(_tree(tmp_path / "out")) == ["catalogues/a.yaml", "catalogues/b.yaml"]


def test_a_second_catalogue_for_a_country_is_kept_apart_and_reported(runner, tmp_path):
    source = tmp_path / "two.ttl"
    source.write_text(
        "@prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .\n"
        "@prefix country: <http://publications.europa.eu/resource/authority/country/> .\n"
        '<https://x.example/a> a dcat:Catalog ; dct:identifier "a" ; dct:spatial country:NLD .\n'
        '<https://x.example/b> a dcat:Catalog ; dct:identifier "b" ; dct:spatial country:NLD .\n'
    )
    report = tmp_path / "report.json"
    result = invoke(runner, source, "--out", tmp_path / "out", "--report", report)
    assert result.exit_code == 1
    rows = json.loads(report.read_text())["not_mapped"]
    assert [(r["predicate"], r["subject"], r["kind"]) for r in rows] == [
        ("dct:spatial", "<https://x.example/b>", "layout")
    ]
    assert sorted(_tree(tmp_path / "out")) == ["catalogues/b.yaml", "nl/catalog.yaml"]
    assert yaml.safe_load((tmp_path / "out" / "catalogues/b.yaml").read_text())["country"] == "NLD"


def test_nothing_to_import_is_exit_1(runner, tmp_path):
    source = tmp_path / "empty.ttl"
    source.write_text("@prefix dcat: <http://www.w3.org/ns/dcat#> .\n")
    result = invoke(runner, source, "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert "No dcat:Catalog, dcat:Dataset" in result.stderr


# --- output: deterministic, safe, readable by every YAML reader ----------------------------------


def test_output_is_byte_identical_across_runs(runner, tmp_path):
    """The FDP export has blank nodes, whose labels differ on every parse."""
    for name in ("one", "two"):
        invoke(runner, FDP, "--out", tmp_path / name, "--report", tmp_path / f"{name}.json", "--quiet")
    assert _tree(tmp_path / "one") == _tree(tmp_path / "two")
    first = json.loads((tmp_path / "one.json").read_text())
    second = json.loads((tmp_path / "two.json").read_text())
    assert {**first, "out": ""} == {**second, "out": ""}


TRICKY = """@prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
<https://x.example/ds/1> a dcat:Dataset ; dct:identifier "../../../escape" ;
    dct:title "Norsk"@no , "English"@en ;
    dcat:keyword "NO"@en , "yes"@en , "1e3"@en , "0o17"@en , "~"@en , "2025-01-01"@en .
<https://x.example/ds/2> a dcat:Dataset ; dct:identifier "catalog" ; dct:title "named catalog"@en .
<https://x.example/ds/3> a dcat:Dataset ; dct:identifier "Catalog" ; dct:title "named Catalog"@en .
"""


def test_identifiers_cannot_write_outside_out_or_pose_as_a_catalogue(runner, tmp_path):
    source = tmp_path / "tricky.ttl"
    source.write_text(TRICKY)
    out = tmp_path / "deep" / "out"
    result = invoke(runner, source, "--out", out, "--quiet")
    assert result.exit_code == 0, result.output
    written = sorted(_tree(out))
    assert all(p.startswith("datasets/") for p in written)
    assert len(written) == 3 and "datasets/catalog.yaml" not in written
    assert sorted(p.name for p in tmp_path.rglob("*.yaml")) == sorted(Path(p).name for p in written)


def test_yaml_strings_survive_yaml_1_1_and_1_2_readers(runner, tmp_path):
    source = tmp_path / "tricky.ttl"
    source.write_text(TRICKY)
    invoke(runner, source, "--out", tmp_path / "out", "--quiet")
    (path,) = [p for p in (tmp_path / "out" / "datasets").glob("*.yaml") if "escape" in p.name]
    text = path.read_text()
    expected_keywords = ["0o17", "1e3", "2025-01-01", "NO", "yes", "~"]
    assert yaml.safe_load(text)["keywords"] == expected_keywords  # PyYAML: YAML 1.1
    document, problems = load_file(path)  # genocat's loader: YAML 1.2
    assert problems == [] and document.data["keywords"] == expected_keywords
    assert document.data["title"] == {"en": "English", "no": "Norsk"}
    assert "'no': Norsk" in text and "- 'NO'" in text


# --- unreadable input: exit 2, the file and the line, no traceback ---------------------------------

BAD = {
    "bad.ttl": (
        '@prefix dct: <http://purl.org/dc/terms/> .\n<http://a> dct:title "x" .\n<http://b> dct:title ;; .\n',
        3,
    ),
    "bad.nt": ('<http://a> <http://b> "x" .\n<http://a> <http://b> oops .\n', 2),
    "bad.rdf": (
        "<?xml version='1.0'?>\n<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
        "<rdf:Description rdf:about='http://a'>\n</rdf:RDF>\n",
        4,
    ),
    "bad.jsonld": ('{\n "@id": "http://a",\n "http://b": "x",,\n}\n', 3),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_unparseable_file_is_exit_2_with_file_and_line(runner, tmp_path, name):
    text, line = BAD[name]
    path = tmp_path / name
    path.write_text(text)
    result = invoke(runner, path, "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert f"{path}: not valid" in result.stderr and f"(line {line})" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("export.txt", b"<http://a> <http://b> <http://c> .\n", "cannot tell the RDF format"),
        (
            "remote.jsonld",
            b'{"@context": "https://example.org/ctx.jsonld", "@id": "http://a"}',
            "would have to be downloaded",
        ),
        ("latin1.ttl", '<http://a> <http://b> "K\xf6ln" .\n'.encode("latin-1"), "not valid Turtle"),
    ],
)
def test_input_that_cannot_be_read_offline_is_exit_2(runner, tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    result = invoke(runner, path, "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert expected in result.stderr and name in result.stderr
    assert "Traceback" not in result.output


def test_format_option_overrides_the_extension(runner, tmp_path):
    path = tmp_path / "export.txt"
    path.write_text(
        '<https://x.example/d> a <http://www.w3.org/ns/dcat#Dataset> ; <http://purl.org/dc/terms/title> "T"@en .\n'
    )
    result = invoke(runner, path, "--format", "turtle", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert sorted(_tree(tmp_path / "out")) == ["datasets/d.yaml"]


def test_an_older_release_form_is_reported_with_the_release_and_the_r8_form(runner, tmp_path):
    report = tmp_path / "report.json"
    result = invoke(runner, IMPORT_DATA / "healthdcat-ap-r5-agent.ttl", "--out", tmp_path / "out", "--report", report)
    assert result.exit_code == 1
    rows = {
        (r["predicate"], r["subject"], r["kind"]): r["reason"] for r in json.loads(report.read_text())["not_mapped"]
    }
    reason = rows[("dcat:contactPoint", "<https://x.example/agent/1>", "unmapped")]
    assert (
        reason.startswith("the form of HealthDCAT-AP Release 5;") and "cv:contactPoint with a cv:ContactPoint" in reason
    )


@pytest.mark.parametrize(
    ("name", "predicate", "code_and_iri"),
    [
        ("fdp-export.ttl", "healthdcatap:healthCategory", "healthcategories/HGPD> (code HGPD)"),
        ("dpv-pd-before-r8.ttl", "dpv:hasPersonalData", "<https://w3id.org/dpv/dpv-pd#Genetic> (code GENETIC)"),
    ],
)
def test_a_moved_iri_is_read_as_its_code_with_the_release_named(tmp_path, name, predicate, code_and_iri):
    result = import_files([IMPORT_DATA / name], tmp_path / "out")
    changed = [row for row in result.not_mapped if row.predicate == predicate and row.kind == "changed"]
    assert len(changed) == 1 and "the IRI of " in changed[0].reason and code_and_iri in changed[0].reason


def test_keywords_keep_every_language(tmp_path):
    source = tmp_path / "keywords.ttl"
    source.write_text(
        "@prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .\n"
        '<https://x.example/ds/1> a dcat:Dataset ; dct:identifier "GDI-XX-KW-1" ; dct:title "k"@en ;\n'
        '    dcat:keyword "exome"@en , "Exom"@de , "Genom"@de , "exoom"@nl .\n'
    )
    result = import_files([source], tmp_path / "out")
    assert result.not_mapped == []
    data = result.records[0].data
    assert data["keywords"] == ["exome"]
    assert data["keywords_translated"] == {"de": ["Exom", "Genom"], "nl": ["exoom"]}
