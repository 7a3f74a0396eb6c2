"""Run shape sets over the built catalogue, one small data graph per dataset, shapes parsed once.

A dataset's graph is its own triples plus the vocabulary concepts it points to, so each check is
small and the datasets can be spread over processes. The catalogue records (root and nodes) are one
more unit, checked with the datasets they list typed but not expanded. Results are plain data,
sorted, so serial and parallel runs report the same thing.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

from pyoxigraph import RdfFormat, parse

from genocat.artefacts import read_text
from genocat.build.catalogue import CatalogueGraphs
from genocat.build.serialise import sorted_ntriples
from genocat.workers import start_pool

SH = "http://www.w3.org/ns/shacl#"
# N-Triples terms, as the builder's triples hold them (genocat.build.rdf)
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
DCAT_DATASET = "<http://www.w3.org/ns/dcat#Dataset>"
DCAT_DATASET_LINK = "<http://www.w3.org/ns/dcat#dataset>"
ACCESS_RIGHTS = "<http://purl.org/dc/terms/accessRights>"
PARALLEL_FROM = 200  # units; below this a process pool costs more than it saves


@dataclass(frozen=True, order=True)
class ShaclResult:
    focus: str
    path: str
    severity: str  # Violation, Warning or Info
    message: str
    constraint: str
    value: str
    shape_set: str


@dataclass(frozen=True)
class Unit:
    """One data graph to check: N-Triples text, its access right, and the nodes to report on."""

    name: str
    ntriples: str
    access_right: str | None
    focus: tuple[str, ...] | None = None


@dataclass(frozen=True)
class ShapeSpec:
    """How a worker rebuilds a shape set: its name and files (the generated set has no files)."""

    name: str
    paths: tuple[str, ...]


def units(graphs: CatalogueGraphs) -> list[Unit]:
    result = []
    for dataset in graphs.datasets:
        access = next((o[1:-1] for s, p, o in dataset.triples if p == ACCESS_RIGHTS), None)
        result.append(Unit(dataset.identifier, _with_vocabulary(dataset.triples), access))
    records = [t for triples in graphs.records.values() for t in triples]
    if records:
        members = {t[2] for t in records if t[1] == DCAT_DATASET_LINK}
        typed = [(m, RDF_TYPE, DCAT_DATASET) for m in sorted(members)]
        focus = tuple(sorted({t[0][1:-1] for t in records}))
        result.append(Unit("catalogue", _with_vocabulary(records + typed), None, focus))
    return result


def run(
    work: list[Unit], specs: list[ShapeSpec], jobs: int | None = None, cache_dir: Path | None = None
) -> list[ShaclResult]:
    """Check every unit against the shape sets that apply to it; results sorted. With `cache_dir`,
    a unit whose graph and shapes are unchanged since an earlier run is not checked again."""
    if cache_dir is None:
        return _run(work, specs, jobs)
    cache = ResultCache(Path(cache_dir), specs)
    known = {unit: cache.get(unit) for unit in work}
    todo = [unit for unit, results in known.items() if results is None]
    fresh = _run(todo, specs, jobs, keep_order=True)
    for unit, results in zip(todo, fresh, strict=True):
        cache.put(unit, results)
        known[unit] = results
    return sorted({r for results in known.values() for r in results})


def _run(work: list[Unit], specs: list[ShapeSpec], jobs: int | None = None, keep_order: bool = False):
    """Results per unit (keep_order) or all results sorted. Datasets of one access level are checked
    BATCH at a time: one pySHACL run over ten small graphs costs little more than over one."""
    jobs = jobs or os.cpu_count() or 1
    groups = _batches(work)
    pool = start_pool(jobs, _load_sets, (tuple(specs),)) if jobs > 1 and len(work) >= PARALLEL_FROM else None
    if pool is not None:
        with pool:
            outcomes = list(pool.map(_check_batch, groups, chunksize=max(1, len(groups) // (jobs * 8))))
    else:
        if groups:
            _load_sets(tuple(specs))
        outcomes = [_check_batch(members) for members in groups]
    if not keep_order:
        return sorted({r for outcome in outcomes for r in outcome})
    per_unit: dict[Unit, list[ShaclResult]] = {}
    for members, outcome in zip(groups, outcomes, strict=True):
        for member in members:  # a result belongs to every unit whose graph has its focus node
            per_unit[member] = (
                outcome if len(members) == 1 else [r for r in outcome if f"<{r.focus}> " in member.ntriples]
            )
    return [per_unit[unit] for unit in work]


BATCH = 10


def _batches(work: list[Unit]) -> list[list[Unit]]:
    """Units grouped for checking: datasets by access level, BATCH at a time; a unit with its own
    focus nodes (the catalogue records) alone."""
    groups: list[list[Unit]] = []
    open_groups: dict[str | None, list[Unit]] = {}
    for unit in work:
        if unit.focus is not None:
            groups.append([unit])
            continue
        group = open_groups.setdefault(unit.access_right, [])
        group.append(unit)
        if len(group) == BATCH:
            groups.append(open_groups.pop(unit.access_right))
    groups.extend(group for _, group in sorted(open_groups.items(), key=lambda item: str(item[0])))
    return groups


def _merge(members: list[Unit]) -> Unit:
    """One unit of several: their lines once each (the vocabulary concepts they share, above all)."""
    text = sorted_ntriples(*(m.ntriples for m in members))
    return Unit("+".join(m.name for m in members), text, members[0].access_right)


class ResultCache:
    """Results per unit, keyed by a hash of the unit's graph, the shape files and genocat's version."""

    def __init__(self, folder: Path, specs: list[ShapeSpec]) -> None:
        from genocat import __version__
        from genocat.shacl.shapes import expand_paths

        digest = hashlib.sha256(__version__.encode())
        digest.update(read_text("genocat.shacl.ttl").encode())
        for spec in specs:
            digest.update(spec.name.encode())
            for path in expand_paths([Path(p) for p in spec.paths]) if spec.paths else []:
                digest.update(path.read_bytes())
        self.shapes = digest.hexdigest()
        self.folder = folder / "shacl"

    def _path(self, unit: Unit) -> Path:
        key = hashlib.sha256(f"{self.shapes}|{unit.access_right}|{unit.focus}|{unit.ntriples}".encode()).hexdigest()
        return self.folder / key[:2] / f"{key}.json"

    def get(self, unit: Unit) -> list[ShaclResult] | None:
        try:
            return [ShaclResult(**r) for r in json.loads(self._path(unit).read_text(encoding="utf-8"))]
        except (OSError, ValueError, TypeError):
            return None  # absent or unreadable: check again

    def put(self, unit: Unit, results: list[ShaclResult]) -> None:
        from genocat.atomic import write_text_atomic

        write_text_atomic(self._path(unit), json.dumps([asdict(r) for r in results]))


_SETS: list = []


def _load_sets(specs: tuple[ShapeSpec, ...]) -> None:
    from genocat.shacl.fast_pyshacl import use_parameter_set
    from genocat.shacl.shapes import generated_shape_set, shape_sets

    use_parameter_set()
    global _SETS
    loaded = []
    for spec in specs:
        if spec.paths:
            loaded.extend(shape_sets(spec.name, [Path(p) for p in spec.paths]))
        else:
            loaded.append(generated_shape_set())
    _SETS = [(shape_set, _validator(shape_set.graph)) for shape_set in loaded]


def _validator(shapes_graph):
    from pyshacl import Validator
    from pyshacl.graph_abstraction import DataGraph
    from rdflib import Graph

    from genocat.shacl.fast_pyshacl import MemoShapesGraph

    options = {"inference": "none", "allow_warnings": True, "allow_infos": True}
    shapes = MemoShapesGraph(shapes_graph)
    return Validator(DataGraph.from_rdflib_graph(Graph()), shacl_graph=shapes, options=options)


def _check_batch(members: list[Unit]) -> list[ShaclResult]:
    """One pySHACL run per shape set over the members' graphs merged (merged here, in the worker)."""
    return _check(members[0] if len(members) == 1 else _merge(members))


def _check(unit: Unit) -> list[ShaclResult]:
    from genocat.shacl.fast_pyshacl import data_graph

    data = data_graph(unit.ntriples)
    results = []
    for shape_set, validator in _SETS:
        if unit.access_right is not None and shape_set.access_right not in (None, unit.access_right):
            continue  # a HealthDCAT-AP level file speaks only of datasets of its level
        results.extend(_validate(validator, data, unit.focus, shape_set.name))
    return results


def _validate(validator, data, focus, set_name: str) -> list[ShaclResult]:
    """One pySHACL run with a prepared validator (its shapes are harvested once and reused)."""
    from pyshacl.graph_abstraction import DataGraph
    from rdflib import URIRef

    validator.data_graph = DataGraph.from_rdflib_graph(data)
    validator._target_graph = None
    validator.options["focus_nodes"] = [URIRef(f) for f in focus] if focus else None
    _conforms, report, _text = validator.run()
    return list(_results(report, set_name))


def _results(report, set_name: str) -> Iterable[ShaclResult]:
    from rdflib import Namespace

    sh = Namespace(SH)
    for result in report.subjects(sh.resultSeverity, None):

        def text(predicate, result=result):
            value = report.value(result, predicate)
            return "" if value is None else str(value)

        yield ShaclResult(
            focus=text(sh.focusNode),
            path=text(sh.resultPath),
            severity=text(sh.resultSeverity).rsplit("#", 1)[-1],
            message=text(sh.resultMessage),
            constraint=text(sh.sourceConstraintComponent).rsplit("#", 1)[-1],
            value=text(sh.value),
            shape_set=set_name,
        )


@cache
def _vocabulary() -> dict[str, list[tuple[str, str, str]]]:
    """Vocabulary triples (N-Triples terms) by concept IRI term, each with its scheme's triples."""
    by_subject: dict[str, list[tuple[str, str, str]]] = {}
    for quad in parse(read_text("vocabulary.ttl"), format=RdfFormat.TURTLE):
        triple = (str(quad.subject), str(quad.predicate), str(quad.object))
        by_subject.setdefault(triple[0], []).append(triple)
    in_scheme = "<http://www.w3.org/2004/02/skos/core#inScheme>"
    for subject, triples in by_subject.items():
        for scheme in [o for _, p, o in triples if p == in_scheme]:
            triples = triples + by_subject.get(scheme, [])
        by_subject[subject] = triples
    return by_subject


def _with_vocabulary(triples: list) -> str:
    """N-Triples of the triples and of the vocabulary concepts they point to, sorted."""
    vocabulary = _vocabulary()
    data = set(triples)
    for _s, _p, obj in triples:
        if obj in vocabulary:
            data.update(vocabulary[obj])
    return "".join(f"{s} {p} {o} .\n" for s, p, o in sorted(data))
