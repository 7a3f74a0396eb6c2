"""Benchmark the builder and the SHACL layer against their anchors, measured in the same run.

    python bench/build_bench.py 1000 [--shapes DIR ...] [--skip-anchor-shacl] [--skip-rdflib]
                                     [--required-only] [--tmp DIR]

Generates N synthetic datasets (bench/synth.py, all valid), then prints:

- RDF: genocat's render (every dataset mapped and written in four serialisations, plus the combined
  files and node graphs, all written to files in the temporary folder) beside rdflib alone building
  one graph from the same triples and writing the four combined serialisations (in memory: a smaller
  job); the ratio; whether two genocat renders are byte-identical; the write floor: the same
  files, names and sizes, written without any RDF work (what the disk alone costs); and a rebuild
  after 1% of the files changed (unchanged datasets' files linked from the previous build) beside
  a render of the changed catalogue from nothing, byte-identical.
- SHACL: genocat's per-dataset run (both cores, shapes harvested once) beside one whole-graph pass of
  stock pySHACL with the same shapes and the vocabulary snapshot; whether both report the same
  results; and a warm re-run after 1% of the datasets changed (only those are checked again).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from genocat.build.catalogue import assemble, plan  # noqa: E402
from genocat.build.iris import DEFAULT_BASE_IRI  # noqa: E402
from genocat.build.render import render  # noqa: E402
from genocat.build.reuse import Reuse  # noqa: E402
from genocat.load import load_paths  # noqa: E402

DEFAULT_SHAPES = [
    ROOT.parent / "shared/external/dcat-ap-3/3.0.0/html-shacl/shapes.ttl",
    ROOT.parent / "shared/external/dcat-ap-3/3.0.0/html-shacl/range.ttl",
]


def timed(label: str, func, *args, **kwargs):
    os.sync()  # not timed: no step pays for the write-back of the one before it
    start = time.perf_counter()
    value = func(*args, **kwargs)
    elapsed = time.perf_counter() - start
    print(f"  {label:<44} {elapsed:8.2f} s", flush=True)
    return value, elapsed


def rdflib_anchor(graphs) -> None:
    """rdflib alone: build one Graph from the same triples, write the four serialisations."""
    from rdflib import Graph, Literal, URIRef

    from genocat.build.rdf import as_terms

    def term(node):
        if node.__class__.__name__ == "NamedNode":
            return URIRef(node.value)
        if node.language:
            return Literal(node.value, lang=node.language)
        return Literal(node.value, datatype=URIRef(node.datatype.value))

    graph = Graph()
    for triples in [*graphs.records.values(), *(d.triples for d in graphs.datasets)]:
        for s, p, o in as_terms(triples):  # genocat's N-Triples terms, as rdflib terms
            graph.add((term(s), term(p), term(o)))
    for fmt in ("turtle", "json-ld", "xml", "nt"):
        graph.serialize(format=fmt)


def rerender_after_changes(catalog: Path, tmp: Path) -> None:
    """A rebuild after 1% of the submission files changed: the render with the previous build's
    record (build/reuse.py), which links the unchanged datasets' files, beside a render from nothing
    of the same changed catalogue; both must be byte-identical. Works on a copy of the catalogue."""
    import shutil

    copy, cache, before, after, fresh = (tmp / name for name in ("changed", "cache", "re-1", "re-2", "re-fresh"))
    shutil.copytree(catalog, copy)
    layout = plan(load_paths([copy]).documents, copy, DEFAULT_BASE_IRI)
    record = Reuse.load(cache, before, DEFAULT_BASE_IRI)
    render(layout, before, reuse=record)
    record.save()
    files = sorted(copy.rglob("datasets/*.yaml"))
    for path in files[::100]:
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("Synthetic", "Synthetic (changed)", 1), encoding="utf-8")
    layout = plan(load_paths([copy]).documents, copy, DEFAULT_BASE_IRI)
    record = Reuse.load(cache, before, DEFAULT_BASE_IRI)
    timed(f"genocat render, {len(files[::100])} of {len(files)} files changed", render, layout, after, reuse=record)
    timed("genocat render of it from nothing", render, layout, fresh)
    names = sorted(p.relative_to(after) for p in after.rglob("*") if p.is_file())
    same = names == sorted(p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file()) and all(
        (after / f).read_bytes() == (fresh / f).read_bytes() for f in names
    )
    print(f"  datasets linked from the previous build: {record.reused}; byte-identical to a fresh render: {same}")


def write_floor(render_dir: Path, out: Path) -> None:
    """What writing the render's files costs on this disk without any RDF work: the same names and
    sizes, written by as many processes as the render uses (the floor the render cannot go below)."""
    from concurrent.futures import ProcessPoolExecutor

    files = sorted((p.relative_to(render_dir), p.stat().st_size) for p in render_dir.rglob("*") if p.is_file())
    for folder in sorted({out / f.parent for f, _ in files}):
        folder.mkdir(parents=True, exist_ok=True)
    jobs = os.cpu_count() or 1
    with ProcessPoolExecutor(jobs) as pool:
        list(pool.map(_write_sizes, [[(str(out / f), size) for f, size in files[i::jobs]] for i in range(jobs)]))


def _write_sizes(files: list[tuple[str, int]]) -> None:
    for path, size in files:
        with open(path, "wb") as out:
            out.write(b"x" * size)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("--shapes", type=Path, action="append", help="shape files (default: DCAT-AP 3.0.0 html)")
    parser.add_argument("--skip-anchor-shacl", action="store_true", help="do not run the whole-graph pySHACL pass")
    parser.add_argument("--skip-rdflib", action="store_true", help="do not run the rdflib anchor")
    parser.add_argument("--required-only", action="store_true", help="synthetic datasets with required properties only")
    parser.add_argument("--tmp", type=Path, help="folder for the catalogue and the renders (default: system temp)")
    args = parser.parse_args()
    shapes = args.shapes or DEFAULT_SHAPES
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        tmp = Path(tmp)
        synth = [sys.executable, str(ROOT / "bench/synth.py"), str(args.count), str(tmp), "--invalid-share", "0"]
        subprocess.run(
            synth + (["--required-only"] if args.required_only else []),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        catalog = tmp / "catalog"
        profile = "required properties only" if args.required_only else "demo-sized"
        print(f"genocat build benchmark: {args.count} datasets ({profile}), {os.cpu_count()} cores, in {tmp}")
        documents = load_paths([catalog]).documents
        layout = plan(documents, catalog, DEFAULT_BASE_IRI)

        print("RDF")
        first, second = tmp / "render-1", tmp / "render-2"
        triples, ours = timed("genocat render (all files, 4 formats)", render, layout, first)
        timed("genocat render again", render, layout, second)
        files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
        same = files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file()) and all(
            (first / f).read_bytes() == (second / f).read_bytes() for f in files
        )
        size = sum((first / f).stat().st_size for f in files) / 1e6
        print(f"  triples {triples}, files {len(files)} ({size:.0f} MB), byte-identical: {same}")
        timed("write floor: the same files, bytes only", write_floor, first, tmp / "floor")
        rerender_after_changes(catalog, tmp)
        graphs, _ = timed("genocat assemble in memory", assemble, documents, catalog, DEFAULT_BASE_IRI)
        if not args.skip_rdflib:
            _, anchor = timed("rdflib alone (graph + 4 combined formats)", rdflib_anchor, graphs)
            print(f"  ratio rdflib / genocat: {anchor / ours:.1f}x")

        print("SHACL (" + ", ".join(p.name for p in shapes) + ")")
        from genocat.shacl.check import ShapeSpec, Unit, run, units

        spec = ShapeSpec("bench", tuple(str(p) for p in shapes))
        work = units(graphs)
        ours_results, ours_time = timed("genocat per dataset, all cores", run, work, [spec])
        cache = tmp / "cache"
        timed("genocat cold run filling the cache", run, work, [spec], None, cache)
        changed = [
            Unit(u.name, u.ntriples.replace("Synthetic", "Synthetic (changed)"), u.access_right, u.focus)
            if i % 100 == 0
            else u
            for i, u in enumerate(work)
        ]
        timed("genocat warm re-run, 1% of datasets changed", run, changed, [spec], None, cache)
        if not args.skip_anchor_shacl:
            whole, anchor = timed("pySHACL one whole-graph pass", whole_graph_pass, work, shapes)
            same = {_key(r) for r in ours_results} == whole
            print(f"  ratio pySHACL / genocat: {anchor / ours_time:.1f}x; same results: {same} ({len(whole)} results)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:.0f} MB")
    return 0


def _key(result) -> tuple:
    return (result.focus, result.path, result.constraint, result.severity, result.value)


def whole_graph_pass(work, shapes) -> set:
    """Stock pySHACL over one graph of everything (genocat's parameter set undone if installed here)."""
    import pyshacl.shape
    from pyshacl import validate
    from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP
    from rdflib import Graph

    pyshacl.shape.CONSTRAINT_PARAMS = (ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP)
    from genocat.shacl.check import _results
    from genocat.shacl.shapes import load_shape_set

    data = Graph()
    for unit in work:
        data.parse(data=unit.ntriples, format="nt")
    shape_set = load_shape_set("bench", list(shapes))
    _conforms, report, _text = validate(data, shacl_graph=shape_set.graph, inference="none", allow_warnings=True)
    return {_key(r) for r in _results(report, "bench")}


if __name__ == "__main__":
    sys.exit(main())
