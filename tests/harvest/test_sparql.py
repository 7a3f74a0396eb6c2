"""Harvesting a SPARQL endpoint (a real Oxigraph server): the records listed with SELECT, each read
with one CONSTRUCT, give the same submissions as the same RDF harvested as one document."""

from __future__ import annotations

import pytest
from rdflib import Graph

from genocat.cli import main
from genocat.harvest.state import STATE
from tests.harvest import shapes
from tests.oxigraph_server import OxigraphServer

BASE = "https://ckan.example.nl"
NAMES = ["a1", "b2", "c3", "d4"]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    server = OxigraphServer(tmp_path_factory.mktemp("oxigraph") / "data").start()
    try:
        yield server
    finally:
        server.stop()


def _document(tmp_path):
    text = shapes.ckan_page(BASE, NAMES, 1, 1, 10, len(NAMES))
    path = tmp_path / "catalogue.ttl"
    path.write_text(text)
    return path, Graph().parse(data=text, format="turtle")


def tree(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_sparql_harvest_equals_the_document_harvest(runner, store, tmp_path):
    path, graph = _document(tmp_path)
    store.update("CLEAR ALL")
    store.update("INSERT DATA { " + graph.serialize(format="nt") + " }")
    by_sparql, by_document = tmp_path / "sparql" / "nl", tmp_path / "document" / "nl"
    first = runner.invoke(main, ["harvest", store.query_url, "--kind", "sparql", "--out", str(by_sparql)])
    second = runner.invoke(main, ["harvest", str(path), "--out", str(by_document)])
    assert first.exit_code == 0, first.output
    assert second.exit_code == 0, second.output
    written = {k: v for k, v in tree(by_sparql).items() if k != STATE}
    assert sorted(written) == ["catalog.yaml", *(f"datasets/ckan-{n}.yaml" for n in NAMES)]
    assert written == {k: v for k, v in tree(by_document).items() if k != STATE}


def test_a_record_deleted_from_the_store_is_removed(runner, store, tmp_path):
    _, graph = _document(tmp_path)
    store.update("CLEAR ALL")
    store.update("INSERT DATA { " + graph.serialize(format="nt") + " }")
    out = tmp_path / "nl"
    runner.invoke(main, ["harvest", store.query_url, "--kind", "sparql", "--out", str(out)], catch_exceptions=False)
    store.update(f"DELETE WHERE {{ <{BASE}/dataset/b2> ?p ?o }}")
    result = runner.invoke(
        main, ["harvest", store.query_url, "--kind", "sparql", "--out", str(out)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert "added 0, changed 0, removed 1, unchanged 4" in result.stdout
    assert "  removed datasets/ckan-b2.yaml" in result.stdout.splitlines()


def test_a_query_the_endpoint_refuses_is_one_line(runner, store, tmp_path):
    result = runner.invoke(
        main, ["harvest", store.url + "/no-such-endpoint", "--kind", "sparql", "--out", str(tmp_path / "nl")]
    )
    assert result.exit_code == 1
    errors = [line for line in result.stdout.splitlines() if line.startswith("  error ")]
    assert errors == [f"  error {store.url}/no-such-endpoint: HTTP 404 Not Found"]
