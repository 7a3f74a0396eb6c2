"""`genocat import`: DCAT-AP / HealthDCAT-AP RDF (a FAIR Data Point or CKAN export) to submission YAML."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from genocat.api import DEFAULT_BASE_IRI

FORMATS = ("auto", "turtle", "json-ld", "rdf-xml", "n-triples")


@click.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--out",
    "out_dir",
    default="imported",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write the submissions to (catalog.yaml, <cc>/catalog.yaml, <cc>/datasets/...).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="auto",
    show_default=True,
    help="RDF syntax of the files (auto: from each file's extension).",
)
@click.option(
    "--report",
    "report_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write what could not be mapped, and what was added, as JSON to this file.",
)
@click.option(
    "--base-iri",
    default=DEFAULT_BASE_IRI,
    show_default=True,
    help="The base IRI you build with: links between imported records (dcat:prev, ...) are written with it.",
)
@click.option(
    "--country",
    metavar="CODE",
    help="EU country code (e.g. NLD) for catalogues that do not state their country (dct:spatial).",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only what could not be mapped.")
def import_rdf(
    files: tuple[Path, ...],
    out_dir: Path,
    fmt: str,
    report_path: Path | None,
    base_iri: str,
    country: str | None,
    quiet: bool,
) -> None:
    """Turn DCAT-AP / HealthDCAT-AP RDF FILES into genocat submissions under --out.

    Every triple that does not come back when genocat builds the written files is listed on
    stderr (predicate, subject, count, why) and, with --report, as JSON: nothing is dropped
    silently. The files are written either way.

    Exit codes: 0 nothing lost (values written differently and descriptions of resources outside
    the records are listed), 1 something could not be mapped, 2 could not read the input.
    """
    from genocat import ConfigurationError, GenocatError, import_rdf
    from genocat.atomic import write_text_atomic
    from genocat.rdf_import.report import as_json, lost, summary, table

    try:
        result = import_rdf(list(files), out_dir, format=fmt, base_iri=base_iri, country=country)
    except ConfigurationError as problem:
        raise click.UsageError(str(problem)) from None
    except GenocatError as problem:
        click.echo(f"Error: {problem}", err=True)
        sys.exit(2)
    if report_path is not None:
        written = [record.path for record in result.records]
        text = as_json([str(f) for f in files], str(out_dir), written, result.not_mapped, result.added)
        write_text_atomic(report_path, text)
    if not quiet:
        click.echo(
            f"Wrote {_count(len(result.records), 'record')} from {_count(result.triples, 'triple')} to {out_dir}"
        )
        for addition in result.added:
            click.echo(f"  added {addition.file}: {addition.field}: {addition.value} ({addition.reason})")
    if not result.records:
        click.echo("No dcat:Catalog, dcat:Dataset, dcat:DatasetSeries or dcat:DataService found.", err=True)
    if result.records and not quiet or result.not_mapped:
        click.echo(summary(result.not_mapped), err=True)
        click.echo(table(result.not_mapped), nl=False, err=True)
    sys.exit(0 if result.records and not lost(result.not_mapped) else 1)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


command = import_rdf
