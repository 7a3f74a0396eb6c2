"""`genocat query`: SPARQL over the built catalogue, embedded, no server (logic in genocat.query)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from genocat.commands._options import build_dir_option
from genocat.query import FORMATS


@click.command("query")
@click.argument("sparql", required=False)
@click.option(
    "--file",
    "query_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Read the query from this file ('-' for standard input).",
)
@click.option("--example", help="Run a named example query (see --list).")
@click.option("--list", "list_examples", is_flag=True, help="List the named example queries and their parameters.")
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind a variable of the query (repeatable); for examples, the parameters --list shows.",
)
@build_dir_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
def query(
    sparql: str | None,
    query_file: Path | None,
    example: str | None,
    list_examples: bool,
    params: tuple[str, ...],
    build_dir: Path,
    fmt: str,
) -> None:
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over the catalogue in BUILD_DIR.

    The schema's prefixes (dcat:, dct:, genocat:, DUO:, country: ...) may be used without PREFIX lines.
    CONSTRUCT and DESCRIBE print sorted N-Triples whatever --format says.

    Exit codes: 0 the query ran, 2 could not run (no build, invalid query, unknown example).
    """
    from genocat import GenocatError, example_queries, query_catalogue
    from genocat.query import format_list

    if list_examples:
        click.echo(format_list(example_queries()), nl=False)
        return
    given = [name for name, value in (("SPARQL", sparql), ("--file", query_file), ("--example", example)) if value]
    if len(given) != 1:
        raise click.UsageError("give exactly one of SPARQL, --file or --example (or --list).")
    try:
        if query_file is not None:
            sparql = sys.stdin.read() if str(query_file) == "-" else _read(query_file)
        result = query_catalogue(build_dir, sparql, example=example, params=params, format=fmt)
    except GenocatError as exc:
        click.echo(f"genocat query: error: {exc}", err=True)
        sys.exit(2)
    click.echo(result.text, nl=False)


def _read(path: Path) -> str:
    from genocat.errors import InputError

    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the query ({exc}).") from None


command = query
