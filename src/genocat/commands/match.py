"""`genocat match`: may my research purpose use these datasets? (logic in genocat.consent.report)"""

from __future__ import annotations

from pathlib import Path

import click

from genocat.consent.report import run_match


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
    help="Disease ontology (OBO or OWL) for disease subsumption; default: bundled MONDO slice.",
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def match(
    purpose_path: Path,
    catalog_dir: Path | None,
    conditions_path: Path | None,
    ontology_path: Path | None,
    fmt: str,
) -> None:
    """List each dataset with its consent decision and one reason per condition."""
    raise SystemExit(run_match(purpose_path, catalog_dir, conditions_path, ontology_path, fmt))


command = match
