"""Assemble the catalogue graph: the European root, one catalogue per node, the nodes' datasets.

The folder layout says who holds what: `catalog.yaml` at the top is the root, `<cc>/catalog.yaml`
a national node, and every dataset file belongs to the node folder it lies in. Each node becomes a
named graph of its own (its catalogue record and its datasets), the root a graph called `europe`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from genocat.build import gdi_alignment
from genocat.build.iris import dataset_iri, node_catalogue_iri, root_catalogue_iri
from genocat.build.rdf import RecordMapper, iri
from genocat.load import Document
from genocat.workers import collector_paused

ROOT_GRAPH = "europe"
DCAT = "http://www.w3.org/ns/dcat#"


class LayoutError(Exception):
    """The submissions do not form a catalogue (a usage problem, reported before anything is written)."""


@dataclass
class DatasetGraph:
    identifier: str
    node: str
    iri: str
    path: str  # the submission file
    triples: list = field(default_factory=list)


@dataclass
class CatalogueGraphs:
    """The catalogue records (root and nodes) and the datasets, each with its triples.

    `origins` maps every node IRI to (submission file, schema class, JSON pointer of its record),
    which is how a SHACL result on a node finds the line a steward must edit.
    """

    records: dict[str, list] = field(default_factory=dict)  # graph name -> the catalogue record's triples
    record_iris: dict[str, str] = field(default_factory=dict)  # graph name -> catalogue IRI
    datasets: list[DatasetGraph] = field(default_factory=list)
    origins: dict[str, tuple[str, str | None, str]] = field(default_factory=dict)

    @property
    def graphs(self) -> dict[str, list]:
        """Triples per named graph: each node's record with its datasets, and the root's record."""
        graphs = {name: list(triples) for name, triples in self.records.items()}
        for dataset in self.datasets:
            graphs.setdefault(dataset.node, []).extend(dataset.triples)
        return graphs


UNASSIGNED = "unassigned"


@dataclass
class Layout:
    """Who holds what: the root, the node catalogues by folder, each dataset with its node and IRI."""

    base: str
    root: Document | None
    nodes: dict[str, Document]
    datasets: list[tuple[Document, str, str]]  # (document, node, dataset IRI), sorted by file


def plan(documents: list[Document], catalog_dir: Path, base: str, strict: bool = True) -> Layout:
    """Place every document. `strict` (the build): every dataset must lie in a node folder; otherwise
    (checking loose files with SHACL) such datasets are gathered in a graph of their own."""
    catalog_dir = Path(catalog_dir)
    root = [d for d in documents if d.kind == "catalogue"]
    nodes = {Path(d.path).parent.name: d for d in documents if d.kind == "node_catalogue"}
    if len(root) > 1:
        raise LayoutError("More than one root catalogue: " + ", ".join(sorted(d.path for d in root)))
    datasets = []
    for doc in sorted((d for d in documents if d.kind == "dataset"), key=lambda d: d.path):
        try:
            node = _node_of(Path(doc.path), catalog_dir, nodes)
        except LayoutError:
            if strict:
                raise
            node = UNASSIGNED
        datasets.append((doc, node, dataset_iri(base, doc.data["identifier"])))
    return Layout(base, root[0] if root else None, dict(sorted(nodes.items())), datasets)


def dataset_triples(mapper: RecordMapper, dataset: str, data: dict) -> list:
    """A dataset's triples as N-Triples terms (rdf.py), with the GDI health categories."""
    return list(mapper.triples(dataset, "Dataset", data)) + gdi_alignment.health_categories(dataset, data)


def record_triples(mapper: RecordMapper, layout: Layout, after=None) -> dict[str, tuple[str, str, list]]:
    """Graph name -> (file, catalogue IRI, triples as N-Triples terms) of the root and node catalogue
    records; `after(file)` is called once each record is mapped."""
    members: dict[str, list[str]] = {}
    for _doc, node, dataset in layout.datasets:
        members.setdefault(node, []).append(dataset)
    records = {}
    for name, doc in layout.nodes.items():
        node_iri = node_catalogue_iri(layout.base, name)
        triples = list(mapper.triples(node_iri, "NodeCatalogue", doc.data))
        triples.extend((iri(node_iri), iri(DCAT + "dataset"), iri(m)) for m in members.get(name, []))
        records[name] = (doc.path, node_iri, triples)
        if after:
            after(doc.path)
    if layout.root is not None:
        root_iri = root_catalogue_iri(layout.base)
        triples = list(mapper.triples(root_iri, "Catalogue", layout.root.data))
        triples.extend(
            (iri(root_iri), iri(DCAT + "catalog"), iri(node_catalogue_iri(layout.base, name))) for name in layout.nodes
        )
        records[ROOT_GRAPH] = (layout.root.path, root_iri, triples)
        if after:
            after(layout.root.path)
    return records


def assemble(documents: list[Document], catalog_dir: Path, base: str, strict: bool = True) -> CatalogueGraphs:
    """Every record as triples of N-Triples terms, in memory, with the origin of every node (for the
    SHACL layer)."""
    layout = plan(documents, catalog_dir, base, strict)
    mapper = RecordMapper()
    result = CatalogueGraphs()
    with collector_paused():  # millions of triples, no reference cycles
        for doc, node, dataset in layout.datasets:
            triples = dataset_triples(mapper, dataset, doc.data)
            result.datasets.append(DatasetGraph(doc.data["identifier"], node, dataset, doc.path, triples))
            _take_origins(mapper, result, doc.path)
        taken = record_triples(mapper, layout, after=lambda path: _take_origins(mapper, result, path))
        for name, (_path, record_iri, triples) in taken.items():
            result.records[name], result.record_iris[name] = triples, record_iri
    return result


def _take_origins(mapper: RecordMapper, result: CatalogueGraphs, path: str) -> None:
    for node, (class_name, pointer) in mapper.origins.items():
        result.origins[node] = (path, class_name, pointer)
    mapper.origins.clear()


def _node_of(path: Path, catalog_dir: Path, nodes: dict[str, Document]) -> str:
    """The node folder a dataset file lies in (the nearest folder that has a node catalogue)."""
    for parent in path.parents:
        if parent.name in nodes and Path(nodes[parent.name].path).parent == parent:
            return parent.name
        if parent == catalog_dir:
            break
    raise LayoutError(
        f"{path.as_posix()}: this dataset lies in no node folder; put it under <cc>/datasets/ next to "
        "that node's catalog.yaml"
    )
