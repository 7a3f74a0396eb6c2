"""`genocat import` as steps: read -> place -> map -> verify -> write.

Read the files into one graph; decide which nodes become which files (layout.py); map each node to a
record (records.py); map the records back with the builder and list every source triple that does
not come back (verify.py); write the YAML files. Files are written even when something is lost; the
report says what.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import URIRef

from genocat.atomic import write_text_atomic
from genocat.build.iris import DEFAULT_BASE_IRI, normalise_base
from genocat.rdf_import import layout as layouts
from genocat.rdf_import import verify
from genocat.rdf_import.read import read_graph
from genocat.rdf_import.records import Mapped, NodeMapper
from genocat.rdf_import.report import Addition, Entry, Labels, entries
from genocat.rdf_import.schema_map import SchemaMap, shared_map
from genocat.rdf_import.yaml_out import dump

KIND_OF_FILE = {"Catalogue": "catalogue", "NodeCatalogue": "node_catalogue"}


@dataclass
class ImportedRecord:
    path: str  # relative to the output folder
    class_name: str
    iri: str  # the IRI genocat mints for it
    source: object  # the node it came from
    data: dict
    origins: dict  # JSON pointer in `data` -> source node


@dataclass
class ImportResult:
    """What `genocat import` wrote: the records (one file each), every source triple the records do not
    reproduce (`not_mapped`, with the reason) and what the import added that the source did not say."""

    out_dir: Path
    records: list[ImportedRecord] = field(default_factory=list)
    not_mapped: list[Entry] = field(default_factory=list)
    added: list[Addition] = field(default_factory=list)
    triples: int = 0
    texts: dict[str, str] = field(default_factory=dict)  # path -> the YAML text written (or to write)

    @property
    def complete(self) -> bool:
        return not self.not_mapped


def import_files(
    paths: list[Path],
    out_dir: Path,
    fmt: str = "auto",
    base_iri: str = DEFAULT_BASE_IRI,
    country: str | None = None,
) -> ImportResult:
    """Import RDF files into submission YAML under `out_dir`. Raises read.InputError on unreadable input."""
    graph = read_graph([Path(p) for p in paths], fmt)
    result = import_graph(graph, base_iri, country, out_dir=Path(out_dir))
    _write(result)
    return result


def import_graph(
    graph,
    base_iri: str = DEFAULT_BASE_IRI,
    country: str | None = None,
    out_dir: Path = Path("."),
    header: str = "Imported by `genocat import` from {source}.",
) -> ImportResult:
    """Import an rdflib graph in memory: the records, what was not mapped and each file's YAML text
    (`result.texts`, path -> text, read back by genocat's loader), without writing anything.

    `genocat harvest` calls this once per record; `header` is the first comment of each file, where
    `{source}` stands for the IRI the record came from."""
    smap = shared_map()
    base = normalise_base(base_iri)
    if country is not None and country not in smap.enums["Country"]:
        raise ValueError(f"{country} is not a code of the EU country table (e.g. NLD)")
    mapper = NodeMapper(graph, smap, resolve=lambda iri: iri)
    plan = layouts.plan(graph, smap, base, country, mapper.content_key)
    minted = {r.node: r.iri for r in plan.resources if isinstance(r.node, URIRef)}
    mapper.resolve = lambda iri: minted.get(URIRef(iri), iri)

    result = ImportResult(Path(out_dir), triples=len(graph))
    records: dict[str, Mapped] = {}
    for resource in plan.resources:
        mapped = mapper.record(resource.node, resource.class_name)
        _complete(resource, mapped, smap, result)
        records[resource.path] = mapped
        result.records.append(
            ImportedRecord(resource.path, resource.class_name, resource.iri, resource.node, mapped.data, mapped.origins)
        )

    result.not_mapped = _not_mapped(graph, smap, mapper, plan, records)
    result.texts = _render(plan, records, header)
    return result


def country_of_folder(folder: str) -> str | None:
    """The EU country code a node folder stands for (`nl` -> `NLD`), or None."""
    for code, entry in shared_map().enums["Country"].items():
        if str((entry.get("annotations") or {}).get("iso2", "")).lower() == folder.lower():
            return code
    return None


def _not_mapped(graph, smap: SchemaMap, mapper: NodeMapper, plan: layouts.Layout, records: dict) -> list[Entry]:
    """The rows of the report: every source triple the build of the records will not reproduce."""
    rebuilt = verify.rebuild(plan, records)
    lost = verify.losses(graph, rebuilt)
    labels = Labels(graph, smap, mapper.content_key)
    known = {r.node for r in plan.resources} | set(rebuilt.images)
    structural = {str(layouts.DCAT.dataset), str(layouts.DCAT.catalog), str(layouts.DCAT.service)}

    def default(triple):
        if triple[0] not in known:
            return ("unmapped", "not part of any record genocat imports (a dataset, catalogue, series or service)")
        if str(triple[1]) in structural:
            return ("layout", "a link genocat writes from the folders; this one has no place in its layout")
        return ("unmapped", "not reproduced by genocat's mapping")

    records_nodes = {r.node for r in plan.resources} | set(rebuilt.images)
    rows = entries(
        lost, {**verify.outside(graph, lost, records_nodes), **mapper.notes, **plan.notes}, labels, smap, default
    )
    rows += [Entry(smap.label(p), labels(node), "layout", reason, 1) for node, p, reason in plan.problems]
    return sorted(rows)


def _complete(resource: layouts.Resource, mapped: Mapped, smap: SchemaMap, result: ImportResult) -> None:
    """Put in what the layout decided (identifier, country) and note what the source did not say."""
    data = dict(mapped.data)
    data["identifier"] = resource.identifier
    if resource.identifier_made_up:
        result.added.append(Addition(resource.path, "identifier", resource.identifier, resource.identifier_made_up))
    if resource.country:
        data["country"] = resource.country
        if resource.country_made_up:
            result.added.append(Addition(resource.path, "country", resource.country, "from --country"))
    order = smap.slot_order(resource.class_name)
    mapped.data.clear()
    mapped.data.update({key: data[key] for key in order if key in data})


def _render(plan: layouts.Layout, records: dict[str, Mapped], header: str) -> dict[str, str]:
    """Every file's text, each read back with genocat's loader by `dump`; nothing is written here."""
    texts = {}
    for resource in plan.resources:
        kind = KIND_OF_FILE.get(resource.class_name, "dataset") if resource.placed else "dataset"
        first = header.format(source=_source_label(resource.node))
        texts[resource.path] = dump(records[resource.path].data, first, resource.path, kind)
    return texts


def _write(result: ImportResult) -> None:
    """Every file rendered (and read back) first, then each written atomically."""
    out = result.out_dir.resolve()
    targets = {}
    for path, text in result.texts.items():
        target = (out / path).resolve()
        if out not in target.parents:
            raise ValueError(f"refusing to write {path!r} outside {out}")
        targets[target] = text
    for target, text in targets.items():
        write_text_atomic(target, text)


def _source_label(node) -> str:
    return f"<{node}>" if isinstance(node, URIRef) else "a blank node"
