"""One run of `genocat harvest`: one node, or every node of a sources file, each into its own folder."""

from __future__ import annotations

import os
import re
import tomllib
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

from genocat.build.iris import DEFAULT_BASE_IRI
from genocat.harvest.http import Client, Settings, origin
from genocat.harvest.node import NodeResult, Options, Problem, harvest_node
from genocat.harvest.sources import KINDS


class SourcesError(Exception):
    """The sources file cannot be used (exit code 2); the message names the file and the entry."""


@dataclass(frozen=True)
class Source:
    name: str
    url: str
    kind: str
    folder: Path
    catalog: str | None = None
    headers: dict[str, str] = field(default_factory=dict, repr=False)  # values from the environment


@dataclass
class HarvestResult:
    """What a harvest did, per node: records added, changed, removed, unchanged, conflicts (files edited
    by hand, left alone), faults (one line each, naming the URL) and what could not be mapped;
    `exit_code` is 0 when nothing failed, 1 otherwise."""

    nodes: list[NodeResult] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(node.failed for node in self.nodes)

    @property
    def exit_code(self) -> int:
        """0: every node harvested cleanly; 1: a fault or a conflict somewhere (the rest was harvested)."""
        return 1 if self.failed else 0


def guess_kind(source: str) -> str:
    """`document` for files and URLs ending in an RDF extension, `fdp` for other URLs."""
    parts = urllib.parse.urlsplit(source)
    if parts.scheme not in ("http", "https"):
        return "document"
    if "page=" in parts.query:
        return "paged"
    if parts.path.rstrip("/").endswith(("/sparql", "/query")):
        return "sparql"
    if parts.path.endswith((".ttl", ".rdf", ".jsonld", ".nt", ".xml")):
        return "document"
    return "fdp"


def harvest(
    source: str,
    out: Path,
    kind: str = "auto",
    base_iri: str = DEFAULT_BASE_IRI,
    catalog: str | None = None,
    settings: Settings | None = None,
    progress=None,
    jobs: int = 1,
    headers: dict[str, str] | None = None,
) -> HarvestResult:
    """Harvest one source into the node folder `out` (e.g. catalog/nl); `jobs` processes import records;
    `headers` (a token) go to the source's own host only (`header_values` reads them from the environment)."""
    kind = guess_kind(source) if kind == "auto" else kind
    client = Client(settings or Settings(), {origin(source): headers} if headers else {})
    options = Options(base_iri, catalog, progress, jobs)
    return HarvestResult([_node(Path(out).name, source, kind, Path(out), client, options)])


def harvest_sources(
    path: Path,
    base_iri: str = DEFAULT_BASE_IRI,
    settings: Settings | None = None,
    progress=None,
    only=(),
    jobs: int = 1,
) -> HarvestResult:
    """Harvest every node of a sources file (`only`: just these node names), one after the other."""
    entries = read_sources(Path(path))
    shared = Client(settings or Settings())
    result = HarvestResult()
    for entry in entries:
        if only and entry.name not in only:
            continue
        options = Options(base_iri, entry.catalog, progress, jobs)
        client = Client(shared.settings, {origin(entry.url): entry.headers}) if entry.headers else shared
        result.nodes.append(_node(entry.name, entry.url, entry.kind, entry.folder, client, options))
    return result


def _node(name: str, source: str, kind: str, out: Path, client: Client, options: Options) -> NodeResult:
    try:
        return harvest_node(name, source, kind, out, client, options)
    except OSError as error:  # the node folder cannot be written: this node fails, the others go on
        node = NodeResult(name, source, kind, out)
        node.faults.append(Problem(str(out), f"{out}: cannot write ({error.strerror or error})"))
        return node


def read_sources(path: Path) -> list[Source]:
    """The sources file: `[[node]]` tables with name, url, kind (fdp, paged, sparql, document) and
    folder (relative to the file); `catalog` optionally names the one catalogue to take."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise SourcesError(f"{path}: cannot read the file ({error.strerror or error})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise SourcesError(f"{path}: not valid TOML ({error})") from None
    nodes = data.get("node")
    if not isinstance(nodes, list) or not nodes:
        raise SourcesError(f"{path}: no [[node]] entries; each needs name, url, kind and folder")
    entries, names = [], set()
    for number, node in enumerate(nodes, 1):
        where = f"{path}: [[node]] number {number}"
        if not isinstance(node, dict):
            raise SourcesError(f"{where} is not a table")
        unknown = sorted(set(node) - {"name", "url", "kind", "folder", "catalog", "headers"})
        if unknown:
            raise SourcesError(
                f"{where}: unknown key {unknown[0]!r} (known: name, url, kind, folder, catalog, headers)"
            )
        for key in ("name", "url", "folder"):
            if not isinstance(node.get(key), str) or not node[key].strip():
                raise SourcesError(f"{where}: `{key}` is missing or not a text")
        kind = node.get("kind", "auto")
        if kind not in (*KINDS, "auto"):
            raise SourcesError(f"{where} ({node['name']}): kind {kind!r} is not one of {', '.join(KINDS)}")
        if node["name"] in names:
            raise SourcesError(f"{where}: the name {node['name']!r} is used twice")
        names.add(node["name"])
        folder = Path(node["folder"])
        folder = folder if folder.is_absolute() else path.parent / folder
        url = node["url"]
        if "://" not in url and not Path(url).is_absolute():
            url = str(path.parent / url)  # a file, relative to the sources file as the folders are
        headers = header_values(node.get("headers", {}), f"{where} ({node['name']})")
        kind = guess_kind(url) if kind == "auto" else kind
        entries.append(Source(node["name"], url, kind, folder, node.get("catalog"), headers))
    return entries


def header_values(table, where: str) -> dict[str, str]:
    """`headers = { Authorization = "NL_FDP_AUTHORIZATION" }`: each value names the environment
    variable that holds the header's value, so no secret is written in the sources file. Messages
    name the variable, never its value."""
    if not isinstance(table, dict):
        raise SourcesError(f'{where}: `headers` must be a table, e.g. headers = {{ Authorization = "ENV_VAR" }}')
    headers = {}
    for name, variable in sorted(table.items()):
        if not re.fullmatch(r"[A-Za-z0-9-]+", name):
            raise SourcesError(f"{where}: {name!r} is not an HTTP header name")
        if not isinstance(variable, str) or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", variable):
            raise SourcesError(f"{where}: headers.{name} must name an environment variable (e.g. NL_FDP_TOKEN)")
        value = os.environ.get(variable, "")
        if not value.strip():
            raise SourcesError(f"{where}: headers.{name} names the environment variable {variable}, which is not set")
        if "\r" in value or "\n" in value:
            raise SourcesError(f"{where}: the environment variable {variable} holds a line break")
        headers[name] = value
    return headers
