"""Assemble the catalogue graph: the European root, one catalogue per node, the nodes' datasets.

The folder layout says who holds what: `catalog.yaml` at the top is the root, `<cc>/catalog.yaml`
a national node, and every dataset file belongs to the node folder it lies in. Each node becomes a
named graph of its own (its catalogue record and its datasets), the root a graph called `europe`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import NamedNode

from genocat.build import gdi_alignment
from genocat.build.iris import dataset_iri, node_catalogue_iri, root_catalogue_iri
from genocat.build.rdf import RecordMapper
from genocat.load import Document

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


def assemble(documents: list[Document], catalog_dir: Path, base: str, strict: bool = True) -> CatalogueGraphs:
    """All records as triples. `strict` (the build): every dataset must lie in a node folder; otherwise
    (checking loose files with SHACL) such datasets are gathered in a graph of their own."""
    mapper = RecordMapper()
    catalog_dir = Path(catalog_dir)
    root = [d for d in documents if d.kind == "catalogue"]
    nodes = {Path(d.path).parent.name: d for d in documents if d.kind == "node_catalogue"}
    if len(root) > 1:
        raise LayoutError("More than one root catalogue: " + ", ".join(sorted(d.path for d in root)))
    result = CatalogueGraphs()
    node_members: dict[str, list[str]] = {name: [] for name in nodes}
    for doc in sorted((d for d in documents if d.kind == "dataset"), key=lambda d: d.path):
        try:
            node = _node_of(Path(doc.path), catalog_dir, nodes)
        except LayoutError:
            if strict:
                raise
            node = UNASSIGNED
            node_members.setdefault(node, [])
        identifier = doc.data["identifier"]
        iri = dataset_iri(base, identifier)
        triples = list(mapper.triples(iri, "Dataset", doc.data))
        triples.extend(gdi_alignment.health_categories(iri, doc.data))
        result.datasets.append(DatasetGraph(identifier, node, iri, doc.path, triples))
        node_members[node].append(iri)
        _take_origins(mapper, result, doc.path)
    for name, doc in sorted(nodes.items()):
        iri = node_catalogue_iri(base, name)
        graph = list(mapper.triples(iri, "NodeCatalogue", doc.data))
        graph.extend((NamedNode(iri), NamedNode(DCAT + "dataset"), NamedNode(m)) for m in node_members[name])
        result.records[name], result.record_iris[name] = graph, iri
        _take_origins(mapper, result, doc.path)
    if root:
        iri = root_catalogue_iri(base)
        graph = list(mapper.triples(iri, "Catalogue", root[0].data))
        graph.extend(
            (NamedNode(iri), NamedNode(DCAT + "catalog"), NamedNode(node_catalogue_iri(base, name)))
            for name in sorted(nodes)
        )
        result.records[ROOT_GRAPH], result.record_iris[ROOT_GRAPH] = graph, iri
        _take_origins(mapper, result, root[0].path)
    return result


def _take_origins(mapper: RecordMapper, result: CatalogueGraphs, path: str) -> None:
    for iri, (class_name, pointer) in mapper.origins.items():
        result.origins[iri] = (path, class_name, pointer)
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
