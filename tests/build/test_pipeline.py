"""`genocat build` end to end on the demo catalogue: files, formats, determinism, atomic output."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from genocat.cli import main
from tests.conftest import CATALOG, DATA

FORMATS = {"ttl": "turtle", "nt": "nt", "rdf": "xml", "jsonld": "json-ld"}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from click.testing import CliRunner

    out = tmp_path_factory.mktemp("build") / "out"
    result = CliRunner().invoke(main, ["build", str(CATALOG), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out


def _tree(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_writes_every_serialisation_combined_and_per_dataset(built):
    datasets = sorted(p.stem for p in CATALOG.glob("*/datasets/*.yaml"))
    manifest = json.loads((built / "manifest.json").read_text())
    assert sorted(manifest["datasets"]) == sorted(d.upper() for d in datasets)
    for extension in FORMATS:
        assert (built / f"catalogue.{extension}").stat().st_size > 0
        for identifier in manifest["datasets"]:
            assert (built / f"datasets/{identifier}.{extension}").is_file()
    nodes = sorted(p.parent.name for p in CATALOG.glob("*/catalog.yaml"))
    assert sorted(manifest["graphs"]) == sorted([*nodes, "europe"])
    assert (built / "vocabulary.ttl").is_file() and (built / "context.jsonld").is_file()


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")  # rdflib's JSON-LD parser
@pytest.mark.parametrize("extension", sorted(FORMATS))
def test_every_serialisation_holds_the_same_graph(built, extension):
    reference = Graph().parse(built / "catalogue.nt", format="nt")
    graph = Graph().parse(built / f"catalogue.{extension}", format=FORMATS[extension])
    assert len(reference) > 8000
    assert isomorphic(graph, reference)


def test_the_written_catalogue_is_the_graph_the_shacl_layer_checks(built):
    """The conformance tests check `assemble`'s triples (tests/shacl); the files hold exactly those."""
    from pyoxigraph import RdfFormat, parse

    from genocat.build.catalogue import assemble
    from genocat.build.iris import DEFAULT_BASE_IRI
    from genocat.load import load_paths

    graphs = assemble(load_paths([CATALOG]).documents, CATALOG, DEFAULT_BASE_IRI)
    checked = {tuple(map(str, t)) for triples in graphs.graphs.values() for t in triples}
    written = {
        (str(q.subject), str(q.predicate), str(q.object))
        for q in parse(path=built / "catalogue.nt", format=RdfFormat.N_TRIPLES)
    }
    assert written == checked and len(written) > 9000


def test_node_graphs_partition_the_catalogue(built):
    union = Graph()
    for path in sorted((built / "graphs").glob("*.nt")):
        union.parse(path, format="nt")
    assert isomorphic(union, Graph().parse(built / "catalogue.nt", format="nt"))


def test_no_blank_nodes(built):
    text = (built / "catalogue.nt").read_text()
    assert "_:" not in text


def test_dataset_file_has_its_dataset_and_nested_nodes(built):
    graph = Graph().parse(built / "datasets/GDI-HU-PECS-1.ttl", format="turtle")
    subjects = {str(s) for s in graph.subjects()}
    base = "https://catalogue.genocat.example/dataset/GDI-HU-PECS-1"
    assert base in subjects
    assert f"{base}/distributions/bam" in subjects
    assert all(s.startswith(base) or not s.startswith("https://catalogue.genocat.example/") for s in subjects)


def test_rebuild_is_byte_identical_in_process(built, tmp_path, runner):
    again = tmp_path / "again"
    assert runner.invoke(main, ["build", str(CATALOG), "--out", str(again), "-q"]).exit_code == 0
    assert _tree(again) == _tree(built)


def test_rebuild_is_byte_identical_in_a_new_process(built, tmp_path):
    again = tmp_path / "again"
    command = [sys.executable, "-m", "genocat.cli", "build", str(CATALOG), "--out", str(again), "--quiet"]
    subprocess.run(command, check=True, env={"PYTHONHASHSEED": "12345", "PATH": ""})
    assert _tree(again) == _tree(built)


def test_base_iri_is_used_for_every_minted_iri(tmp_path, runner):
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(CATALOG), "--out", str(out), "-q", "--base-iri", "https://ex.org/cat"])
    assert result.exit_code == 0
    text = (out / "catalogue.nt").read_text()
    assert "<https://ex.org/cat/dataset/GDI-HU-PECS-1>" in text
    assert "catalogue.genocat.example" not in text


def test_errors_stop_the_build_and_leave_the_previous_output(built, tmp_path, runner):
    out = tmp_path / "out"
    shutil.copytree(built, out)
    before = _tree(out)
    broken = tmp_path / "catalog"
    shutil.copytree(CATALOG, broken)
    target = broken / "hu" / "datasets" / "gdi-hu-pecs-1.yaml"
    target.write_text(target.read_text().replace("access_rights: NON_PUBLIC", "access_rights: SECRET"))
    result = runner.invoke(main, ["build", str(broken), "--out", str(out), "--color", "never"])
    assert result.exit_code == 1
    assert "gdi-hu-pecs-1.yaml" in result.output and "GC401" in result.output
    assert "left as it was" in result.output
    assert _tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["catalog", "out"]  # no temporary folder left


def test_a_render_that_fails_half_way_leaves_the_previous_output(built, tmp_path, monkeypatch):
    from genocat.build import build, render

    out = tmp_path / "out"
    shutil.copytree(built, out)
    before = _tree(out)
    written, original = [], render.render_chunk

    def failing(chunk):  # the first chunk is written, then the disk "fills up"
        if written:
            raise OSError(28, "No space left on device")
        written.append(original(chunk))
        return written[-1]

    monkeypatch.setattr(render, "render_chunk", failing)
    monkeypatch.setattr(render, "_chunks", lambda nodes, folder, jobs: _two_chunks(nodes, folder))
    with pytest.raises(OSError):
        build(CATALOG, out)
    assert written and _tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # the half-written folder is gone


def test_an_unwritable_output_is_a_message_not_a_traceback(tmp_path, runner, monkeypatch):
    from genocat.build import render

    def full(chunk):
        raise OSError(28, "No space left on device", str(tmp_path / "out" / "datasets"))

    monkeypatch.setattr(render, "render_chunk", full)
    result = runner.invoke(main, ["build", str(CATALOG), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "No space left on device" in result.output and "left as it was" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "out").exists()


def test_a_value_rdfxml_cannot_hold_is_a_message_not_a_traceback(tmp_path, runner, monkeypatch):
    """Validation (GC311) keeps control characters out; should a value still reach the writer, the
    build stops with the writer's reason and writes nothing."""
    from genocat.build import formats

    def refuse(triples):
        raise formats.Unwritable('RDF/XML cannot hold the control characters in "a\\u0001"')

    monkeypatch.setattr(formats, "rdfxml", refuse)
    result = runner.invoke(main, ["build", str(CATALOG), "--out", str(tmp_path / "out"), "--no-cache"])
    assert result.exit_code == 2
    assert "RDF/XML cannot hold the control characters" in result.output and "nothing was written" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "out").exists()


def test_workers_loading_the_files_write_what_a_loaded_layout_writes(built, tmp_path, monkeypatch):
    """The build places datasets from validation's summaries and its workers load the files; the
    bytes are those of a render from fully loaded documents, in one process or in workers."""
    from genocat.build import render as render_module
    from genocat.build.catalogue import plan
    from genocat.build.iris import DEFAULT_BASE_IRI
    from genocat.load import load_paths

    layout = plan(load_paths([CATALOG]).documents, CATALOG, DEFAULT_BASE_IRI)
    render_module.render(layout, tmp_path / "loaded", jobs=1)
    loaded = _tree(tmp_path / "loaded")  # the RDF only: the site is the build's next step
    assert loaded == {name: data for name, data in _tree(built).items() if name in loaded}
    monkeypatch.setattr(render_module, "PARALLEL_FROM", 1)
    args = ["build", str(CATALOG), "--out", str(tmp_path / "workers"), "-q", "--jobs", "2", "--no-site"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert _tree(tmp_path / "workers") == loaded


def test_a_dataset_file_changed_during_the_build_stops_it(tmp_path, runner, monkeypatch):
    from genocat.build import pipeline

    catalog = tmp_path / "catalog"
    shutil.copytree(CATALOG, catalog)
    victim = sorted((catalog / "hu" / "datasets").glob("*.yaml"))[0]
    original_plan = pipeline.plan

    def plan_then_edit(documents, catalog_dir, base):  # after validation, before the render loads it
        layout = original_plan(documents, catalog_dir, base)
        text = victim.read_text(encoding="utf-8")
        victim.write_text(text.replace("identifier: GDI-HU-", "identifier: GDI-HU-RENAMED-", 1), encoding="utf-8")
        return layout

    monkeypatch.setattr(pipeline, "plan", plan_then_edit)
    result = runner.invoke(main, ["build", str(catalog), "--out", str(tmp_path / "out"), "--no-cache"])
    assert result.exit_code == 2, result.output
    assert "changed during the build" in result.output and victim.name in result.output
    assert "Traceback" not in result.output and not (tmp_path / "out").exists()

    def plan_then_delete(documents, catalog_dir, base):
        layout = original_plan(documents, catalog_dir, base)
        victim.unlink()
        return layout

    victim.write_text(victim.read_text(encoding="utf-8").replace("GDI-HU-RENAMED-", "GDI-HU-"), encoding="utf-8")
    monkeypatch.setattr(pipeline, "plan", plan_then_delete)
    result = runner.invoke(main, ["build", str(catalog), "--out", str(tmp_path / "out"), "--no-cache"])
    assert result.exit_code == 2 and "changed during the build (No such file" in result.output, result.output


def _two_chunks(nodes, folder):
    from genocat.build.render import Chunk

    node, count = nodes[0]
    assert count >= 2
    return [Chunk(0, node, 0, 1, str(folder)), Chunk(1, node, 1, 2, str(folder))]


def test_build_shares_the_validation_cache(built, tmp_path, runner):
    cache = tmp_path / "cache"
    command = ["build", str(CATALOG), "--out", str(tmp_path / "out"), "-q", "--cache-dir", str(cache)]
    assert runner.invoke(main, command).exit_code == 0
    assert any(p.is_file() for p in cache.rglob("*"))
    assert runner.invoke(main, command).exit_code == 0  # the second validation reads the cache
    assert _tree(tmp_path / "out") == _tree(built)
    again = ["build", str(CATALOG), "--out", str(tmp_path / "again"), "-q", "--no-cache", "--cache-dir", str(cache)]
    before = sorted(p.stat().st_mtime_ns for p in cache.rglob("*") if p.is_file())
    assert runner.invoke(main, again).exit_code == 0
    assert sorted(p.stat().st_mtime_ns for p in cache.rglob("*") if p.is_file()) == before


def test_refuses_to_replace_a_folder_that_is_not_a_build(tmp_path, runner):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me")
    result = runner.invoke(main, ["build", str(CATALOG), "--out", str(out), "-q"])
    assert result.exit_code == 2
    assert "not a genocat build output" in result.output
    assert (out / "notes.txt").read_text() == "keep me"


def test_dataset_outside_a_node_folder_is_a_usage_error(tmp_path, runner):
    catalog = tmp_path / "catalog"
    (catalog / "datasets").mkdir(parents=True)
    shutil.copy(DATA / "valid" / "gdi-hu-semmelweis-1.yaml", catalog / "datasets" / "x.yaml")
    result = runner.invoke(main, ["build", str(catalog), "--out", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 2
    assert "lies in no node folder" in result.output
    assert not (tmp_path / "out").exists()


def test_missing_catalogue_folder(tmp_path, runner):
    result = runner.invoke(main, ["build", str(tmp_path / "nope"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "No such catalogue folder" in result.output


def test_quiet_prints_nothing_and_default_prints_a_summary(tmp_path, runner):
    quiet = runner.invoke(main, ["build", str(CATALOG), "--out", str(tmp_path / "a"), "--quiet"])
    assert quiet.output == ""
    loud = runner.invoke(main, ["build", str(CATALOG), "--out", str(tmp_path / "b")])
    assert "Built 57 datasets" in loud.output


def test_progress_names_each_step_and_counts_the_render(tmp_path):
    from genocat.build import build

    steps: list[tuple[str, str]] = []
    result = build(CATALOG, tmp_path / "out", progress=lambda step, detail: steps.append((step, detail)))
    names = [step for step, _ in steps]
    assert sorted(set(names), key=names.index) == ["validate", "load", "assemble", "render", "site", "write"]
    assert ("render", f"{result.datasets} of {result.datasets} datasets") in steps


def test_progress_bar_ticks_per_step_and_relabels_within_the_render():
    from genocat.commands.build import STEPS, StepProgress

    class Bar:
        def __init__(self):
            self.pos, self.current_item, self.drawn = 0, None, []

        def update(self, steps, item):
            self.pos, self.current_item = self.pos + steps, item
            self.drawn.append((self.pos, item))

        def render_progress(self):
            self.drawn.append((self.pos, self.current_item))

    bar = Bar()
    progress = StepProgress(bar)
    for step in STEPS[:4]:
        progress(step, "")
    progress("render", "5 of 10 datasets")
    progress("render", "10 of 10 datasets")
    progress("site", "")
    progress("write", "")
    assert bar.pos == len(STEPS) - 1
    drawn = [(3, "render: 5 of 10 datasets"), (3, "render: 10 of 10 datasets"), (4, "site"), (5, "write")]
    assert bar.drawn[-4:] == drawn
