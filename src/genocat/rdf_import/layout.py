"""Which nodes become files, under which identifier, in which folder, and the IRI genocat mints for each.

genocat's layout is part of its format: `catalog.yaml` is the root catalogue, `<cc>/catalog.yaml` a
national node (a dcat:Catalog whose dct:spatial is a country of the EU table; the folder is the
country's ISO alpha-2 code), `<cc>/datasets/`, `<cc>/series/` and `<cc>/services/` hold what that
catalogue lists; what no node lists goes to the same folders at the top. A catalogue that fits
nowhere (no country and not the one root) is written to `catalogues/` and reported.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from urllib.parse import unquote

from rdflib import RDF, BNode, Graph, Literal, Namespace, URIRef

from genocat.build.iris import dataset_iri, file_stem, node_catalogue_iri, root_catalogue_iri, segment
from genocat.rdf_import.schema_map import SchemaMap

DCAT = Namespace("http://www.w3.org/ns/dcat#")
DCT = Namespace("http://purl.org/dc/terms/")
SUBFOLDER = {"Dataset": "datasets", "DatasetSeries": "series", "DataService": "services"}
PREFIX = {"Dataset": "dataset", "DatasetSeries": "series", "DataService": "service"}  # of made-up identifiers
RESERVED_STEMS = {"catalog"}  # the loader reads any catalog.yaml as a catalogue
MADE_UP = "the source gives no dct:identifier; made from the node's IRI"


@dataclass
class Resource:
    """One record file: the node it comes from, its class, identifier, path and minted IRI."""

    node: object
    class_name: str
    identifier: str
    identifier_made_up: str | None  # why the importer chose the identifier, when the source did not give it
    path: str  # relative to the output folder, POSIX
    iri: str
    folder: str = ""  # the node folder (alpha-2, lower case), "" at the top
    country: str | None = None  # the country code a node catalogue's folder stands for
    country_made_up: bool = False
    placed: bool = True  # False: a catalogue genocat's layout has no place for


@dataclass
class Layout:
    resources: list[Resource] = field(default_factory=list)
    problems: list[tuple[object, str, str]] = field(default_factory=list)  # (node, predicate IRI, reason)
    notes: dict[tuple, tuple[str, str]] = field(default_factory=dict)  # triple -> (kind, reason)

    def by_node(self) -> dict[object, Resource]:
        return {r.node: r for r in self.resources}


def plan(graph: Graph, smap: SchemaMap, base: str, country: str | None, content_key) -> Layout:
    """Decide every record file. `country`: the code for catalogues that do not state theirs."""
    layout = Layout()
    key = _sorter(content_key)
    catalogues = sorted(set(graph.subjects(RDF.type, DCAT.Catalog)), key=key)
    series = sorted(set(graph.subjects(RDF.type, DCAT.DatasetSeries)), key=key)
    listed = {o for c in catalogues for o in graph.objects(c, DCAT.dataset) if not isinstance(o, Literal)}
    datasets = sorted((set(graph.subjects(RDF.type, DCAT.Dataset)) | listed) - set(series) - set(catalogues), key=key)
    nested_services = set(graph.objects(None, DCAT.accessService))
    services = sorted(set(graph.subjects(RDF.type, DCAT.DataService)) - nested_services, key=key)

    folders = _place_catalogues(graph, smap, base, country, catalogues, layout, content_key)
    used: set[tuple[str, str]] = set()
    explicit = {_identifier(graph, n) for n in datasets + series if _identifier(graph, n)}
    for class_name, nodes, link in (
        ("Dataset", datasets, DCAT.dataset),
        ("DatasetSeries", series, DCAT.dataset),
        ("DataService", services, DCAT.service),
    ):
        for node in nodes:
            identifier, made_up = _unique(graph, node, class_name, used, explicit, content_key, layout)
            homes = sorted(folders[c] for c in graph.subjects(link, node) if c in folders)
            folder = homes[0] if homes else ""
            if class_name == "DataService":
                iri = f"{base}service/{segment(identifier)}"
            else:
                iri = dataset_iri(base, identifier)
            path = "/".join(filter(None, [folder, SUBFOLDER[class_name]]))
            layout.resources.append(Resource(node, class_name, identifier, made_up, path, iri, folder))
    _name_files(layout)
    return layout


def _place_catalogues(graph, smap, base, country, catalogues, layout, content_key) -> dict:
    """Root and node catalogues; returns node -> folder for the placed node catalogues."""
    folders: dict[object, str] = {}
    roots = []
    for node in catalogues:
        codes = [smap.code("Country", str(o)) for o in graph.objects(node, DCT.spatial)]
        codes = sorted(c for c in codes if c)
        made_up = False
        if not codes and country and not list(graph.objects(node, DCAT.catalog)):
            codes, made_up = [country], True
        identifier = _identifier(graph, node) or _made_up(node, "catalogue", content_key)
        if not codes:
            roots.append((node, identifier))
            continue
        folder = smap.enums["Country"][codes[0]]["annotations"]["iso2"].lower()
        if folder in folders.values():
            reason = f"a second catalogue for {codes[0]}; genocat has one catalogue per node"
            _unplaced(layout, graph, node, identifier, base, reason, "NodeCatalogue", codes[0])
            continue
        folders[node] = folder
        layout.resources.append(
            Resource(
                node,
                "NodeCatalogue",
                identifier,
                None if _identifier(graph, node) else MADE_UP,
                f"{folder}/catalog.yaml",
                node_catalogue_iri(base, folder),
                folder,
                codes[0],
                made_up,
            )
        )
    for node, _ in roots:
        for listed in graph.objects(node, DCAT.dataset):
            reason = "a catalogue without country lists no datasets in genocat; give it `country:` (or pass --country)"
            layout.notes[(node, DCAT.dataset, listed)] = ("layout", reason)
    if len(roots) == 1:
        node, identifier = roots[0]
        made_up = None if _identifier(graph, node) else MADE_UP
        layout.resources.append(
            Resource(node, "Catalogue", identifier, made_up, "catalog.yaml", root_catalogue_iri(base))
        )
    else:
        for node, identifier in roots:
            reason = "no dct:spatial country of the EU table and not the only root catalogue; give it `country:`"
            _unplaced(layout, graph, node, identifier, base, reason + " (or pass --country)", "Catalogue", None)
    return folders


def _unplaced(layout, graph, node, identifier: str, base: str, reason: str, class_name: str, country) -> None:
    """A catalogue genocat's layout has no place for: written to catalogues/ and reported."""
    layout.problems.append((node, str(DCT.spatial), reason))
    layout.resources.append(
        Resource(
            node,
            class_name,
            identifier,
            None if _identifier(graph, node) else MADE_UP,
            "catalogues",
            f"{base}catalogue-unplaced/{segment(identifier)}",
            country=country,
            placed=False,
        )
    )


def _identifier(graph: Graph, node) -> str | None:
    values = sorted(str(o) for o in graph.objects(node, DCT.identifier) if isinstance(o, Literal) and str(o).strip())
    return values[0] if values else None


def _made_up(node, prefix: str, content_key) -> str:
    if isinstance(node, URIRef):
        tail = re.split(r"[/#:]", str(node).rstrip("/#"))[-1]
        name = re.sub(r"[^A-Za-z0-9_.-]+", "-", unquote(tail)).strip("-._")
        if name:
            return name
    text = content_key(node) if (content_key and isinstance(node, BNode)) else str(node)
    return f"{prefix}-{hashlib.sha256(text.encode()).hexdigest()[:8]}"


def _unique(graph, node, class_name, used, explicit, content_key, layout) -> tuple[str, str | None]:
    """The record's identifier: its dct:identifier, else one made from its IRI; unique among the
    datasets and series (both get dataset IRIs) and among the services."""
    scope = "service" if class_name == "DataService" else "dataset"
    given = _identifier(graph, node)
    identifier = given or _made_up(node, PREFIX[class_name], content_key)
    candidate, n = identifier, 1
    while (scope, candidate) in used or (not given and candidate in explicit and scope == "dataset"):
        n += 1
        candidate = f"{identifier}-{n}"
    used.add((scope, candidate))
    if given is None:
        return candidate, MADE_UP
    if candidate != given:
        reason = f"identifier {given} is used by another record; written as {candidate}"
        layout.problems.append((node, str(DCT.identifier), reason))
        return candidate, reason
    return candidate, None


def _name_files(layout: Layout) -> None:
    """File names from identifiers (lower case, safe characters), distinct within each folder."""
    taken: set[str] = set()
    for resource in layout.resources:
        if resource.path.endswith("catalog.yaml"):
            taken.add(resource.path)
    for resource in layout.resources:
        if resource.path.endswith("catalog.yaml"):
            continue
        stem = file_stem(resource.identifier).lower()
        path = f"{resource.path}/{stem}.yaml"
        if stem in RESERVED_STEMS or path in taken:
            digest = hashlib.sha256(resource.identifier.encode()).hexdigest()[:8]
            path = f"{resource.path}/{stem}-{digest}.yaml"
        taken.add(path)
        resource.path = path


def _sorter(content_key):
    def key(node):
        return (0, str(node)) if isinstance(node, URIRef) else (1, content_key(node))

    return key
