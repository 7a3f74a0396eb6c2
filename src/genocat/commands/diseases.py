"""`genocat diseases search|show`: find a disease by name or by any code (logic in genocat.consent.lookup)."""

from __future__ import annotations

import json

import click


@click.group("diseases")
def diseases() -> None:
    """Look up diseases in the bundled MONDO release by name or by MONDO, DOID, ORPHA, ICD-10 or OMIM code.

    Exit codes: 0 found, 1 nothing found, 2 could not run.
    """


@diseases.command("search")
@click.argument("query")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def search(query: str, limit: int, fmt: str) -> None:
    """Diseases whose label holds every word of QUERY, or that a code names or maps to, best first."""
    from genocat.consent.lookup import format_hits, search_diseases

    hits = search_diseases(query, limit)
    if fmt == "json":
        click.echo(json.dumps([hit.to_dict() for hit in hits], indent=2, ensure_ascii=False))
    elif hits:
        click.echo(format_hits(hits))
    else:
        click.echo(f"no disease matches {query!r}", err=True)
    raise SystemExit(0 if hits else 1)


@diseases.command("show")
@click.argument("code")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def show(code: str, fmt: str) -> None:
    """Label, parents, ancestors and cross-references of the disease CODE stands for (any code system)."""
    from genocat.consent.lookup import format_info, show_disease

    info = show_disease(code)
    if fmt == "json":
        click.echo(json.dumps(info.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(format_info(info), err=info.id is None)
    raise SystemExit(0 if info.id else 1)


command = diseases
