"""`genocat match`: may my research purpose use these datasets? (logic in genocat.matching)"""

from __future__ import annotations

from pathlib import Path

import click


@click.command("match")
@click.option(
    "--purpose",
    "purpose_path",
    required=True,
    type=click.Path(path_type=Path),
    help="YAML file describing the research purpose.",
)
@click.argument("catalog_dir", required=False, type=click.Path(path_type=Path))
@click.option(
    "--conditions",
    "conditions_path",
    type=click.Path(path_type=Path),
    help="YAML file with one dataset's data_use conditions (instead of CATALOG_DIR).",
)
@click.option(
    "--disease-ontology",
    "ontology_path",
    type=click.Path(path_type=Path),
    help="Disease ontology (OBO or OWL) for disease subsumption; default: the bundled MONDO release.",
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def match(
    purpose_path: Path,
    catalog_dir: Path | None,
    conditions_path: Path | None,
    ontology_path: Path | None,
    fmt: str,
) -> None:
    """List each dataset with its consent decision and one reason per condition.

    Exit codes: 0 decided, 2 could not run (an input cannot be read or does not follow the vocabulary).
    """
    from genocat import GenocatError, match_datasets

    try:
        result = match_datasets(purpose_path, catalog_dir, conditions=conditions_path, ontology=ontology_path)
    except GenocatError as problem:
        click.echo(f"genocat match: error: {problem}", err=True)
        raise SystemExit(2) from None
    click.echo(result.to_json() if fmt == "json" else result.to_text(), nl=False)


command = match
