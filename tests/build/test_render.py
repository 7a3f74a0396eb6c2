"""The renderer: the same bytes whatever the number of workers and chunks; each subject in one block."""

from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from genocat.build import render as render_module
from genocat.build.catalogue import plan
from genocat.build.iris import DEFAULT_BASE_IRI
from genocat.build.render import render
from genocat.load import load_paths
from tests.conftest import CATALOG


@pytest.fixture(scope="module")
def layout():
    return plan(load_paths([CATALOG]).documents, CATALOG, DEFAULT_BASE_IRI)


def _tree(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_parallel_render_equals_serial_render(layout, tmp_path, monkeypatch):
    serial = tmp_path / "serial"
    triples = render(layout, serial, jobs=1)
    monkeypatch.setattr(render_module, "PARALLEL_FROM", 1)
    parallel = tmp_path / "parallel"
    assert render(layout, parallel, jobs=2) == triples
    nodes = render_module._in_chunk_order(layout)[1]
    assert len(render_module._chunks(nodes, parallel, 2)) > len(render_module._chunks(nodes, serial, 1))
    assert _tree(serial) == _tree(parallel)
    assert not [p.name for p in parallel.iterdir() if p.name.startswith(".")]  # nothing temporary left


def test_triple_count_is_the_combined_files_line_count(layout, tmp_path):
    triples = render(layout, tmp_path / "out", jobs=1)
    text = (tmp_path / "out/catalogue.nt").read_text(encoding="utf-8")
    assert triples == text.count("\n") == len(set(text.splitlines()))  # no triple written twice


def test_each_subject_is_written_once_in_the_combined_turtle(layout, tmp_path):
    render(layout, tmp_path / "out", jobs=1)
    text = (tmp_path / "out/catalogue.ttl").read_text(encoding="utf-8")
    starts = [line.split(" ", 1)[0] for line in text.splitlines() if line and not line[0].isspace()]
    subjects = [s for s in starts if s != "@prefix"]
    assert len(subjects) == len(set(subjects)) > 500


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")  # rdflib's JSON-LD parser
def test_a_dataset_file_holds_its_shared_and_own_blocks(layout, tmp_path):
    """Laws and media types several datasets cite are in each citing dataset's file too."""
    render(layout, tmp_path / "out", jobs=1)
    doc, _node, iri = layout.datasets[0]
    stem = tmp_path / f"out/datasets/{doc.data['identifier']}"
    graph = Graph().parse(f"{stem}.nt", format="nt")
    assert isomorphic(graph, Graph().parse(f"{stem}.ttl", format="turtle"))
    assert isomorphic(graph, Graph().parse(f"{stem}.rdf", format="xml"))
    assert isomorphic(graph, Graph().parse(f"{stem}.jsonld", format="json-ld"))
    subjects = {str(s) for s in graph.subjects()}
    assert iri in subjects and any(not s.startswith(iri) for s in subjects)


def test_progress_counts_datasets_up_to_the_total(layout, tmp_path, monkeypatch):
    monkeypatch.setattr(render_module, "PARALLEL_FROM", 1)
    calls: list[tuple[int, int]] = []
    render(layout, tmp_path / "out", jobs=2, progress=lambda done, total: calls.append((done, total)))
    total = len(layout.datasets)
    assert len(calls) == len(render_module._chunks(render_module._in_chunk_order(layout)[1], tmp_path, 2)) > 1
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert calls[-1] == (total, total) and {t for _, t in calls} == {total}


def test_without_processes_the_render_runs_here_and_writes_the_same_bytes(layout, tmp_path, monkeypatch):
    import concurrent.futures

    serial = tmp_path / "serial"
    render(layout, serial, jobs=1)

    def refuse(*args, **kwargs):
        raise OSError("no semaphores here")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refuse)
    monkeypatch.setattr(render_module, "PARALLEL_FROM", 1)
    fallback = tmp_path / "fallback"
    render(layout, fallback, jobs=2)
    assert _tree(fallback) == _tree(serial)


@pytest.mark.parametrize(
    "data",
    [
        {"base_iri": "https://ex.org/", "datasets": {"B": "datasets/B", 'A é"': "datasets/A"}, "graphs": {}},
        {"@context": {"dct": "http://purl.org/dc/terms/"}, "n": [1, {"z": 2}], "x": {"k": 1}},
    ],
)
def test_json_files_are_written_as_json_dumps_writes_them(data):
    import json

    assert render_module._json(data) == (json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode()


@pytest.mark.parametrize("refusal", ["missing", "refused"])
def test_without_an_in_kernel_copy_the_combined_files_are_the_same(layout, tmp_path, monkeypatch, refusal):
    """Where `copy_file_range` does not exist (macOS) or is refused between two files, the own blocks
    are copied by reading and writing them."""
    import errno
    import os

    render(layout, tmp_path / "kernel", jobs=1)
    if refusal == "missing":
        monkeypatch.delattr(os, "copy_file_range", raising=False)
    else:

        def refuse(*_args):
            raise OSError(errno.EXDEV, "Invalid cross-device link")

        monkeypatch.setattr(os, "copy_file_range", refuse)
    render(layout, tmp_path / "plain", jobs=1)
    assert _tree(tmp_path / "plain") == _tree(tmp_path / "kernel")
