"""`genocat harvest`: read a node's FAIR Data Point, paged DCAT or SPARQL endpoint, or RDF document
into its folder and keep it in step (logic in genocat.harvest)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from genocat.build.iris import DEFAULT_BASE_IRI

KINDS = ("auto", "fdp", "paged", "sparql", "document")


@click.command("harvest")
@click.argument("source", required=False)
@click.option(
    "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), help="The node folder, e.g. catalog/nl."
)
@click.option(
    "--sources",
    "sources_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="An operator's sources file (TOML, one [[node]] per node) instead of SOURCE and --out.",
)
@click.option("--node", "only", multiple=True, help="With --sources: harvest only this node (repeatable).")
@click.option("--kind", type=click.Choice(KINDS), default="auto", show_default=True, help="What SOURCE is.")
@click.option("--catalog", "catalog", metavar="IRI", help="Take only this catalogue (and what it lists).")
@click.option("--base-iri", default=DEFAULT_BASE_IRI, show_default=True, help="The base IRI you build with.")
@click.option(
    "--report", "report_path", type=click.Path(dir_okay=False, path_type=Path), help="Also write the report as JSON."
)
@click.option("--timeout", default=30.0, show_default=True, help="Seconds to wait for an answer.")
@click.option(
    "--retries", default=3, show_default=True, help="Retries on 429 and 5xx (with backoff, honouring Retry-After)."
)
@click.option("--per-host", default=4, show_default=True, help="Requests at the same time to one host.")
@click.option("--max-mb", default=50.0, show_default=True, help="Largest response accepted, in MB.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=lambda: min(4, os.cpu_count() or 1),
    show_default="CPUs, at most 4",
    help="Processes importing records.",
)
@click.option(
    "--header",
    "headers",
    multiple=True,
    metavar="NAME=VARIABLE",
    help="With SOURCE: send this request header to the source's host, its value read from the environment "
    "variable VARIABLE (e.g. Authorization=NL_FDP_AUTHORIZATION); never written anywhere. Repeatable.",
)
@click.option("--quiet", "-q", is_flag=True, help="Counts, conflicts and errors only (no not-mapped tables).")
def harvest(
    source: str | None,
    out_dir: Path | None,
    sources_file: Path | None,
    only: tuple[str, ...],
    kind: str,
    catalog: str | None,
    base_iri: str,
    report_path: Path | None,
    timeout: float,
    retries: int,
    per_host: int,
    max_mb: float,
    jobs: int,
    headers: tuple[str, ...],
    quiet: bool,
) -> None:
    """Harvest SOURCE (a FAIR Data Point, paged DCAT endpoint, SPARQL endpoint, RDF file or URL) into
    the node folder --out, or every node of --sources; only what changed is written.

    Exit codes: 0 harvested cleanly, 1 an error or a conflict (the rest was harvested), 2 could not run.
    """
    from genocat.atomic import write_text_atomic
    from genocat.harvest import SourcesError, harvest_sources
    from genocat.harvest import harvest as harvest_one
    from genocat.harvest.http import Settings
    from genocat.harvest.report import as_json, text
    from genocat.harvest.run import header_values

    if (sources_file is None) == (source is None):
        raise click.UsageError("give either SOURCE with --out, or --sources FILE")
    if source is not None and out_dir is None:
        raise click.UsageError("--out is required with SOURCE (the node folder, e.g. catalog/nl)")
    if headers and sources_file is not None:
        raise click.UsageError("--header goes with SOURCE; in a sources file, give `headers` per node")
    if any("=" not in h for h in headers):
        raise click.UsageError("--header takes NAME=VARIABLE, e.g. Authorization=NL_FDP_AUTHORIZATION")
    try:
        values = header_values(dict(h.split("=", 1) for h in headers), "--header")
    except SourcesError as problem:
        raise click.UsageError(str(problem)) from None
    settings = Settings(
        timeout=timeout, retries=retries, per_host=max(1, per_host), max_bytes=int(max_mb * 1024 * 1024)
    )
    progress = _Progress() if sys.stderr.isatty() else None
    try:
        if sources_file is not None:
            result = harvest_sources(sources_file, base_iri, settings, progress, only, jobs)
        else:
            result = harvest_one(source, out_dir, kind, base_iri, catalog, settings, progress, jobs, values)
    except SourcesError as problem:
        click.echo(f"Error: {problem}", err=True)
        sys.exit(2)
    finally:
        if progress is not None:
            progress.done()
    click.echo(text(result, details=not quiet), nl=False)
    if report_path is not None:
        write_text_atomic(report_path, as_json(result))
    sys.exit(result.exit_code)


class _Progress:
    """Records fetched per node, on one terminal line (only when stderr is a terminal)."""

    def __init__(self) -> None:
        self.shown = False

    def __call__(self, node) -> None:
        click.echo(f"\r{node.name}: {node.fetched} records fetched", nl=False, err=True)
        self.shown = True

    def done(self) -> None:
        if self.shown:
            click.echo("", err=True)


command = harvest
