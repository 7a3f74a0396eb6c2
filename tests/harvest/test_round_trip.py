"""The demo catalogue built, served as FAIR Data Points (one per node, every resource its own
document), harvested back with a sources file, and built again: the same triples; the harvested
submissions validate, and findings point at the written YAML."""

from __future__ import annotations

import shutil

import pytest
from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.compare import isomorphic

from genocat.build.iris import DEFAULT_BASE_IRI
from genocat.cli import main
from genocat.findings import Severity
from genocat.validator import validate
from tests.conftest import CATALOG
from tests.harvest.servers import Doc, Site

DCAT = Namespace("http://www.w3.org/ns/dcat#")
FDP = Namespace("https://w3id.org/fdp/fdp-o#")
RECORDS = (DCAT.Catalog, DCAT.Dataset, DCAT.DatasetSeries)


def _own(graph: Graph, node, records: set, skip=()) -> Graph:
    """A resource's document: its triples and those of the nodes it alone reaches (not other records,
    not what `skip` links to, which has its own document)."""
    out, todo, seen = Graph(), [node], {node}
    while todo:
        subject = todo.pop()
        for s, p, o in graph.triples((subject, None, None)):
            out.add((s, p, o))
            if p in skip or p == RDF.type or o in records or o in seen or not isinstance(o, URIRef | type(node)):
                continue
            if (o, None, None) in graph:
                seen.add(o)
                todo.append(o)
    return out


def serve_build_as_fdps(site: Site, build) -> list[str]:
    """Every record and distribution of the build at its own URL (the base IRI becomes the server's), as
    N-Triples (which is Turtle) so literals keep their lexical form (rdflib's Turtle writer turns
    "720"^^xsd:decimal into 720.0)."""
    text = (build / "catalogue.nt").read_text().replace(DEFAULT_BASE_IRI, site.url + "/")
    graph = Graph().parse(data=text, format="nt")
    records = {s for cls in RECORDS for s in graph.subjects(RDF.type, cls)}
    prefix = site.url
    nodes = []
    for node in sorted(records):
        if not str(node).startswith(prefix):
            continue
        document = _own(graph, node, records, skip={DCAT.distribution})
        for distribution in graph.objects(node, DCAT.distribution):
            if isinstance(distribution, URIRef) and str(distribution).startswith(prefix):
                path = str(distribution)[len(prefix) :]
                site.add(path, Doc({"text/turtle": _own(graph, distribution, records).serialize(format="nt").encode()}))
            else:
                document += _own(graph, distribution, records)
        site.add(str(node)[len(prefix) :], Doc({"text/turtle": document.serialize(format="nt").encode()}))
        if str(node).startswith(f"{prefix}/catalogue/"):
            cc = str(node).rsplit("/", 1)[1]
            root = Graph()
            root.add((URIRef(f"{prefix}/fdp/{cc}/"), RDF.type, FDP.FAIRDataPoint))
            root.add((URIRef(f"{prefix}/fdp/{cc}/"), FDP.metadataCatalog, node))
            site.add(f"/fdp/{cc}/", Doc({"text/turtle": root.serialize(format="nt").encode()}))
            nodes.append(cc)
    return nodes


@pytest.fixture(scope="module")
def round_trip(tmp_path_factory):
    from click.testing import CliRunner

    runner = CliRunner()
    work = tmp_path_factory.mktemp("round-trip")
    first = work / "build"
    assert runner.invoke(main, ["build", str(CATALOG), "--out", str(first), "--quiet"]).exit_code == 0
    harvested = work / "catalog"
    harvested.mkdir()
    shutil.copy(CATALOG / "catalog.yaml", harvested / "catalog.yaml")  # the operator's own root catalogue
    with Site() as site:
        nodes = serve_build_as_fdps(site, first)
        sources = work / "harvest.toml"
        sources.write_text(
            "".join(
                f'[[node]]\nname = "{cc}"\nurl = "{site.url}/fdp/{cc}/"\nkind = "fdp"\nfolder = "catalog/{cc}"\n\n'
                for cc in nodes
            )
        )
        result = runner.invoke(main, ["harvest", "--sources", str(sources), "--quiet"], catch_exceptions=False)
    second = work / "rebuild"
    built = runner.invoke(main, ["build", str(harvested), "--out", str(second), "--quiet"], catch_exceptions=False)
    return nodes, result, harvested, first, second, built


def test_every_node_is_harvested_into_its_folder(round_trip):
    nodes, result, harvested, *_ = round_trip
    assert result.exit_code == 0, result.output
    assert len(nodes) == 13
    originals = sorted(p.relative_to(CATALOG).as_posix() for p in CATALOG.rglob("*.yaml"))
    assert sorted(p.relative_to(harvested).as_posix() for p in harvested.rglob("*.yaml")) == originals


def test_the_rebuild_has_the_same_triples(round_trip):
    *_, first, second, built = round_trip
    assert built.exit_code == 0, built.output
    before = Graph().parse(first / "catalogue.nt", format="nt")
    after = Graph().parse(second / "catalogue.nt", format="nt")
    assert len(before) > 9000
    assert isomorphic(before, after)


def test_harvested_submissions_validate_and_findings_point_at_them(round_trip, tmp_path):
    _, _, harvested, *_ = round_trip
    report = validate([harvested])
    assert [f for f in report.findings if f.severity is Severity.ERROR] == []
    broken = tmp_path / "catalog"
    shutil.copytree(harvested, broken)
    dataset = broken / "nl" / "datasets" / "gdi-nl-radboud-1.yaml"
    lines = dataset.read_text().splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith("spatial:"))
    lines[index + 1] = "- Netherlands"
    dataset.write_text("\n".join(lines) + "\n")
    findings = [f for f in validate([broken]).findings if f.severity is Severity.ERROR]
    assert {(f.path, f.line) for f in findings} >= {(str(dataset), index + 2)}
