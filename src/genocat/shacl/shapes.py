"""Shape sets for the SHACL layer: ours (generated from the schema) and official files the user points to.

The official files cannot ship with genocat (see docs/shacl.md for where to get them) and some have
known upstream defects that stop a standard engine. Each defect is repaired in memory, only when it is
found, and named in the shape set's `repairs`, so a report says what was changed:

- a property shape without `sh:path` that carries an `sh:or` (HealthDCAT-AP R8 hasStructuredData
  rule): the `sh:or` moves to the node shape, where it means what the authors meant;
- a reference to a property shape defined nowhere (DCAT-AP 3.0.1 `ranges.ttl`): dropped;
- a prefix used but not declared (GDI `Identifier.ttl`, `foaf:`): declared with its usual namespace;
- `https://publications.europa.eu/resource/authority/...` in `sh:in` lists (GDI `Dataset.ttl`): the
  EU tables' IRIs are `http://`, so the list gets those;
- the GDI project's own concepts as the only values of `healthdcatap:healthCategory` and
  `dct:conformsTo` (GDI `Dataset.ttl`, written for HealthDCAT-AP Release 5): the `sh:in` list also
  gets the HealthDCAT-AP R8 table of that property (health categories, standards), which R8 requires
  there (documented in ../shared/external/gdi-metadata/README.md).

A shape set that checks `dct:accessRights` with `sh:hasValue` (the HealthDCAT-AP level files) applies
only to datasets with that access right.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.collection import Collection

SH = Namespace("http://www.w3.org/ns/shacl#")
DCT_ACCESS_RIGHTS = URIRef("http://purl.org/dc/terms/accessRights")
_WELL_KNOWN = {
    "foaf": "http://xmlns.com/foaf/0.1/",
    "dct": "http://purl.org/dc/terms/",
    "dcat": "http://www.w3.org/ns/dcat#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "adms": "http://www.w3.org/ns/adms#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
}
_UNDECLARED_PREFIX = re.compile(r"Prefix \"?([A-Za-z][\w.-]*):?\"? not bound")
_EU_HTTPS = "https://publications.europa.eu/resource/authority/"
# a GDI project-local concept found in an sh:in list -> the R8 table (schema enum) the list must also accept
_GDI_LOCAL = {
    "http://data.gdi.eu/core/p2/HealthCategoryHumanGenomic": "HealthCategory",
    "http://data.gdi.eu/core/p2/ExternallyGoverned": "HealthStandard",
}


class ShapesError(Exception):
    """A shape file that cannot be used even after the known repairs."""


@dataclass
class ShapeSet:
    name: str
    graph: Graph
    access_right: str | None = None  # only datasets with this dct:accessRights, when set
    repairs: list[str] = field(default_factory=list)


def load_shape_set(name: str, paths: list[Path]) -> ShapeSet:
    """One shape set from Turtle files (a folder stands for the .ttl files in it)."""
    graph, repairs = Graph(), []
    for path in expand_paths(paths):
        repairs.extend(_parse_into(graph, path))
    repairs.extend(_repair(graph))
    return ShapeSet(name, graph, _access_right(graph), repairs)


def generated_shape_set() -> ShapeSet:
    """The shapes generated from genocat's LinkML schema; they ship with the package."""
    from genocat.artefacts import read_text

    graph = Graph().parse(data=read_text("genocat.shacl.ttl"), format="turtle")
    return ShapeSet("genocat", graph)


def shape_sets(name: str, paths: list[Path]) -> list[ShapeSet]:
    """Shape sets from user paths: all files form one set, except that each access-level file (the
    HealthDCAT-AP `<level>-shapes.ttl`) forms a set of its own together with all the other files."""
    files = expand_paths(paths)
    level_of = {f: _access_right(_parse_only(f)) for f in files}
    common = [f for f in files if level_of[f] is None]
    levels = [f for f in files if level_of[f] is not None]
    if not levels:
        return [load_shape_set(name, common)]
    return [load_shape_set(f"{name} ({f.stem})", common + [f]) for f in levels]


def expand_paths(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(sorted(path.glob("*.ttl")))
        elif path.is_file():
            files.append(path)
        else:
            raise ShapesError(f"No such shape file or folder: {path}")
    if not files:
        raise ShapesError("No .ttl shape files in " + ", ".join(map(str, paths)))
    return files


def _parse_only(path: Path) -> Graph:
    graph = Graph()
    _parse_into(graph, path)
    return graph


def _parse_into(graph: Graph, path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    repairs = []
    for _attempt in range(len(_WELL_KNOWN) + 1):
        try:
            graph.parse(data=text, format="turtle", publicID=path.resolve().as_uri())
            return repairs
        except Exception as error:  # rdflib raises several syntax error types
            missing = _UNDECLARED_PREFIX.search(str(error))
            if not missing or missing.group(1) not in _WELL_KNOWN:
                raise ShapesError(f"{path}: not valid Turtle: {str(error).splitlines()[0][:200]}") from None
            prefix = missing.group(1)
            text = f"@prefix {prefix}: <{_WELL_KNOWN[prefix]}> .\n" + text
            repairs.append(f"{path.name}: declared the undeclared prefix {prefix}:")
    raise ShapesError(f"{path}: not valid Turtle")


def _repair(graph: Graph) -> list[str]:
    repairs = []
    for node, prop in sorted(graph.subject_objects(SH.property)):
        if (prop, SH.path, None) in graph:
            continue
        alternatives = list(graph.objects(prop, SH["or"]))
        graph.remove((node, SH.property, prop))
        if alternatives:
            for alternative in alternatives:
                graph.add((node, SH["or"], alternative))
            repairs.append(f"moved an sh:or without sh:path onto node shape {node}")
        elif (prop, None, None) not in graph:
            repairs.append(f"dropped a reference to the undefined property shape {prop}")
        else:
            repairs.append(f"dropped the property shape {prop}, which has no sh:path")
    for shape, head in list(graph.subject_objects(SH["in"])):
        members = Collection(graph, head)
        for index, member in enumerate(list(members)):
            if isinstance(member, URIRef) and str(member).startswith(_EU_HTTPS):
                members[index] = URIRef("http://" + str(member)[len("https://") :])
                repairs.append(f"sh:in of {shape}: {member} -> http://")
        enums = sorted({_GDI_LOCAL[str(m)] for m in members if str(m) in _GDI_LOCAL})
        for enum in enums:
            present = set(members)
            added = [URIRef(iri) for iri in _r8_table(enum) if URIRef(iri) not in present]
            for member in added:
                members.append(member)
            if added:
                repairs.append(f"sh:in of {shape}: the GDI project's concepts widened with the R8 {enum} table")
    return repairs


def _r8_table(enum: str) -> list[str]:
    from genocat.artefacts import schema_index

    return sorted(value["meaning"] for value in schema_index()["enums"][enum].values() if value["meaning"])


def _access_right(graph: Graph) -> str | None:
    for prop in graph.subjects(SH.path, DCT_ACCESS_RIGHTS):
        value = graph.value(prop, SH.hasValue)
        if isinstance(value, URIRef) and (None, SH.property, prop) in graph:
            node = graph.value(None, SH.property, prop)
            if (node, RDF.type, SH.NodeShape) in graph or (node, SH.targetClass, None) in graph:
                return str(value)
    return None
