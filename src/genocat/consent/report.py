"""`genocat match`: read a purpose and datasets' conditions, print one decision per dataset.

Kept apart from the click command so the site build and tests can call it without a CLI.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from genocat.consent.diseases import OntologyError, load_disease_ontology
from genocat.consent.matcher import match
from genocat.consent.purpose import Conditions, ConsentInputError, Purpose


class InputError(Exception):
    """Input the user must fix; reported as one line and exit code 2."""


def _load_yaml(path: Path) -> object:
    """Read a purpose or conditions file with the project's YAML 1.2 loader (so `NO` stays Norway)."""
    from genocat.load import load_file

    doc, problems = load_file(path)
    errors = [p for p in problems if p.severity.value == "error"]
    if doc is None or errors:
        first = errors[0] if errors else problems[0]
        raise InputError(f"{path}:{first.line}: {first.message}")
    return doc.data


def dataset_files(catalog_dir: Path) -> list[Path]:
    """Dataset submissions of a catalogue: CATALOG_DIR/*/datasets/*.yaml, sorted."""
    return sorted([*catalog_dir.glob("*/datasets/*.yaml"), *catalog_dir.glob("*/datasets/*.yml")])


def read_conditions(paths: list[Path]) -> dict[str, dict]:
    """Dataset identifier -> its `data_use` mapping (a file may also hold a bare conditions mapping)."""
    result: dict[str, dict] = {}
    for path in paths:
        data = _load_yaml(path)
        if not isinstance(data, dict):
            raise InputError(f"{path}: expected a mapping with 'data_use'")
        identifier = str(data.get("identifier") or path.stem)
        conditions = data.get("data_use", data if "permission" in data else None)
        if conditions is None:
            conditions = {}
        if not isinstance(conditions, dict):
            raise InputError(f"{path}: 'data_use' must be a mapping")
        if identifier in result:
            raise InputError(f"{path}: dataset identifier {identifier} appears twice")
        result[identifier] = conditions
    return result


def _decide(purpose_path: Path, sources: list[Path], ontology_path: Path | None) -> list[dict]:
    purpose = Purpose.from_dict(_load_yaml(purpose_path) or {})
    ontology = load_disease_ontology(ontology_path)
    results = []
    for dataset, raw in sorted(read_conditions(sources).items()):
        try:
            conditions = Conditions.from_dict(raw)
        except ConsentInputError as exc:
            raise InputError(f"dataset {dataset}: {exc}") from exc
        decision = match(conditions, purpose, ontology)
        results.append({"dataset": dataset, **decision.to_dict()})
    return results


def format_text(results: list[dict]) -> str:
    """One block per dataset: identifier and decision, then one indented line per reason."""
    lines = []
    for item in results:
        lines.append(f"{item['dataset']}: {item['decision']}")
        lines.extend(f"  {r['condition']} ({r['outcome']}): {r['reason']}" for r in item["reasons"])
    return "\n".join(lines)


def run_match(
    purpose_path: Path,
    catalog_dir: Path | None = None,
    conditions_path: Path | None = None,
    ontology_path: Path | None = None,
    fmt: str = "text",
) -> int:
    """Print decisions; return 0 on success, 2 when an input cannot be read."""
    try:
        if (catalog_dir is None) == (conditions_path is None):
            raise InputError("give either CATALOG_DIR or --conditions FILE (exactly one)")
        if conditions_path is not None:
            sources = [conditions_path]
        elif not catalog_dir.is_dir():
            raise InputError(f"{catalog_dir}: not a directory")
        else:
            sources = dataset_files(catalog_dir)
            if not sources:
                raise InputError(f"{catalog_dir}: no dataset files found under */datasets/*.yaml")
        results = _decide(purpose_path, sources, ontology_path)
    except ConsentInputError as exc:
        click.echo(f"genocat match: error: {purpose_path}: {exc}", err=True)
        return 2
    except (InputError, OntologyError) as exc:
        click.echo(f"genocat match: error: {exc}", err=True)
        return 2
    if fmt == "json":
        click.echo(json.dumps(results, indent=2, ensure_ascii=False))
    else:
        click.echo(format_text(results))
    return 0
