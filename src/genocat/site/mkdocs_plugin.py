"""The genocat mkdocs plugin: `mkdocs build` / `mkdocs serve` in a checkout also show the catalogue.

Registered as the entry point `genocat` of `mkdocs.plugins` (pyproject.toml); enabled in mkdocs.yml:

    plugins:
      - search
      - genocat:
          catalog: catalog      # the submissions to build (relative to mkdocs.yml)

On each build it runs `genocat build` (RDF and site, genocat.build) into a temporary folder and adds
every file of it under `published/` as a static file, so the documentation site carries the published
catalogue exactly as `genocat build` writes it, with its own CSP-clean pages (mkdocs-material's pages
carry inline scripts, which the catalogue's Content-Security-Policy forbids). The bounded set of
mkdocs pages gets one generated page, `catalogue.md`, through mkdocs' own pipeline and navigation:
what the catalogue holds, with links into it. The many dataset pages never pass through mkdocs.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from genocat.build.iris import file_stem

PAGE = "catalogue.md"
FOLDER = "published"


class GenocatConfig(Config):
    catalog = config_options.Type(str, default="catalog")
    base_iri = config_options.Type(str, default="")


class GenocatPlugin(BasePlugin[GenocatConfig]):
    """Builds the catalogue and adds it to the documentation site."""

    def __init__(self) -> None:
        self.built: Path | None = None

    def on_files(self, files: Files, config) -> Files:
        from genocat.build import BuildError, BuildRefused, build
        from genocat.build.iris import DEFAULT_BASE_IRI

        catalog = Path(config["config_file_path"]).parent / self.config.catalog
        self._clean()
        self.built = Path(tempfile.mkdtemp(prefix="genocat-mkdocs-"))
        out = self.built / "out"
        try:
            result = build(catalog, out, self.config.base_iri or DEFAULT_BASE_IRI, jobs=1)
        except BuildRefused as refused:
            raise PluginError(f"genocat: {catalog} has errors; run `genocat validate {catalog}`") from refused
        except (BuildError, OSError) as error:
            raise PluginError(f"genocat: could not build {catalog}: {error}") from error
        for path in sorted(p for p in out.rglob("*") if p.is_file()):
            uri = f"{FOLDER}/{path.relative_to(out).as_posix()}"
            files.append(File.generated(config, uri, abs_src_path=str(path)))
        files.append(File.generated(config, PAGE, content=overview(out, result.datasets)))
        return files

    def on_post_build(self, config) -> None:
        self._clean()

    def on_build_error(self, error) -> None:
        self._clean()

    def _clean(self) -> None:
        if self.built is not None:
            shutil.rmtree(self.built, ignore_errors=True)
            self.built = None


def overview(out: Path, datasets: int) -> str:
    """The catalogue's page in the documentation: counts per node, and the ways in."""
    entries = json.loads((out / "data" / "datasets.json").read_text(encoding="utf-8"))["datasets"]
    nodes: dict[str, list] = {}
    for entry in entries:
        nodes.setdefault(entry["node_title"], []).append(entry)
    lines = [
        "# The published catalogue",
        "",
        f"Built by the genocat mkdocs plugin from the demo catalogue: {datasets} datasets from {len(nodes)} nodes.",
        "The catalogue is its own static site (search, consent question, basket, statistics, compliance),",
        "served here under `catalogue/` exactly as `genocat build` writes it:",
        "",
        f"- [Open the catalogue]({FOLDER}/index.html)",
        f"- [Search]({FOLDER}/search/index.html) · [May I use it?]({FOLDER}/consent/index.html) · "
        f"[Statistics]({FOLDER}/statistics/index.html) · [Compliance]({FOLDER}/compliance/index.html)",
        f"- For harvesters: [Turtle]({FOLDER}/catalogue.ttl), [JSON-LD]({FOLDER}/catalogue.jsonld), "
        f"[RDF/XML]({FOLDER}/catalogue.rdf)",
        "",
        "| Node | Datasets | Individuals |",
        "|---|---|---|",
    ]
    for title, mine in sorted(nodes.items()):
        individuals = sum(e["individuals"] or 0 for e in mine)
        node_page = f"{FOLDER}/nodes/{file_stem(mine[0]['node'])}.html"
        lines.append(f"| [{_cell(title)}]({node_page}) | {len(mine):,} | {individuals:,} |")
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("[", "\\[").replace("]", "\\]").replace("<", "&lt;")
