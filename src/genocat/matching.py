"""`match_datasets`: may this research purpose use these datasets? (the function behind `genocat match`)

Reads the purpose and each dataset's `data_use` conditions, and asks `genocat.consent`'s matcher for
one decision per dataset, with one reason per condition.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genocat.errors import InputError

if TYPE_CHECKING:
    from genocat.consent import Decision, DiseaseOntology, Purpose

__all__ = ["DatasetDecision", "MatchResult", "match_datasets"]

PathLike = str | Path


@dataclass(frozen=True)
class DatasetDecision:
    """One dataset's answer: `decision.outcome` (permitted, needs_review, not_permitted) and `decision.reasons`."""

    dataset: str
    decision: Decision

    @property
    def outcome(self) -> str:
        return self.decision.outcome.value

    def to_dict(self) -> dict[str, Any]:
        return {"dataset": self.dataset, **self.decision.to_dict()}


@dataclass(frozen=True)
class MatchResult:
    """The decisions for one purpose, one per dataset, sorted by dataset identifier."""

    purpose: Purpose
    decisions: list[DatasetDecision]

    def usable(self, outcomes: Iterable[str] = ("permitted",)) -> list[str]:
        """The identifiers of the datasets whose outcome is one of `outcomes`."""
        wanted = set(outcomes)
        return [item.dataset for item in self.decisions if item.outcome in wanted]

    def to_dict(self) -> list[dict[str, Any]]:
        """What `genocat match --format json` prints."""
        return [item.to_dict() for item in self.decisions]

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"

    def to_text(self) -> str:
        """One block per dataset: identifier and decision, then one indented line per reason."""
        lines = []
        for item in self.to_dict():
            lines.append(f"{item['dataset']}: {item['decision']}")
            lines.extend(f"  {r['condition']} ({r['outcome']}): {r['reason']}" for r in item["reasons"])
        return "\n".join(lines) + "\n"


def match_datasets(
    purpose: Purpose | Mapping[str, Any] | PathLike,
    catalog_dir: PathLike | None = None,
    *,
    conditions: Mapping[str, Any] | PathLike | None = None,
    ontology: DiseaseOntology | PathLike | None = None,
) -> MatchResult:
    """Decide, for every dataset of `catalog_dir` (its `*/datasets/*.yaml`), whether `purpose` may use it.

    `purpose`: a `Purpose`, its mapping, or a YAML file. Instead of a catalogue, `conditions` gives one
    dataset's `data_use` (a mapping or a file). `ontology`: a disease ontology or its file (OBO or
    OWL; default: the bundled MONDO release). Raises `InputError` for anything that cannot be read or
    does not follow the purpose / conditions vocabulary.
    """
    from genocat.consent import ConsentInputError, OntologyError, load_disease_ontology
    from genocat.consent import Purpose as PurposeType
    from genocat.consent import match as decide

    if (catalog_dir is None) == (conditions is None):
        raise InputError("give either CATALOG_DIR or --conditions FILE (exactly one)")
    where = f"{purpose}: " if isinstance(purpose, str | Path) else ""
    try:
        wanted = purpose if isinstance(purpose, PurposeType) else PurposeType.from_dict(_mapping(purpose) or {})
    except ConsentInputError as problem:
        raise InputError(f"{where}{problem}") from problem
    try:
        diseases = ontology if ontology is None or not isinstance(ontology, str | Path) else None
        diseases = diseases or load_disease_ontology(None if ontology is None else Path(str(ontology)))
    except OntologyError as problem:
        raise InputError(str(problem)) from problem
    if conditions is not None:
        by_dataset = _read_conditions([conditions])
    else:
        by_dataset = _read_conditions(_dataset_files(Path(str(catalog_dir))))
    decisions = []
    for dataset, raw in sorted(by_dataset.items()):
        try:
            decisions.append(DatasetDecision(dataset, decide(raw, wanted, diseases)))
        except ConsentInputError as problem:
            raise InputError(f"dataset {dataset}: {problem}") from problem
    return MatchResult(wanted, decisions)


def conditions_of(catalog_dir: PathLike) -> dict[str, dict[str, Any]]:
    """Each dataset's `data_use` mapping by identifier, read from a catalogue's `*/datasets/*.yaml`."""
    return _read_conditions(_dataset_files(Path(str(catalog_dir))))


def _mapping(source: Mapping[str, Any] | PathLike) -> object:
    """A mapping as given, or a purpose / conditions file read with genocat's YAML 1.2 loader (`NO` stays Norway)."""
    if not isinstance(source, str | Path):
        return dict(source)
    from genocat.load import load_file

    path = Path(source)
    doc, problems = load_file(path)
    errors = [p for p in problems if p.severity.value == "error"]
    if doc is None or errors:
        first = errors[0] if errors else problems[0]
        raise InputError(f"{path}:{first.line}: {first.message}")
    return doc.data


def _dataset_files(catalog_dir: Path) -> list[Path]:
    if not catalog_dir.is_dir():
        raise InputError(f"{catalog_dir}: not a directory")
    found = sorted([*catalog_dir.glob("*/datasets/*.yaml"), *catalog_dir.glob("*/datasets/*.yml")])
    if not found:
        raise InputError(f"{catalog_dir}: no dataset files found under */datasets/*.yaml")
    return found


def _read_conditions(sources: Sequence[Mapping[str, Any] | PathLike]) -> dict[str, dict[str, Any]]:
    """Dataset identifier -> its `data_use` mapping (a file may also hold a bare conditions mapping)."""
    result: dict[str, dict[str, Any]] = {}
    for source in sources:
        data = _mapping(source)
        where = str(source) if isinstance(source, str | Path) else "conditions"
        if not isinstance(data, dict):
            raise InputError(f"{where}: expected a mapping with 'data_use'")
        fallback = Path(source).stem if isinstance(source, str | Path) else "dataset"
        identifier = str(data.get("identifier") or fallback)
        found = data.get("data_use", data if "permission" in data else None)
        if found is None:
            found = {}
        if not isinstance(found, dict):
            raise InputError(f"{where}: 'data_use' must be a mapping")
        if identifier in result:
            raise InputError(f"{where}: dataset identifier {identifier} appears twice")
        result[identifier] = found
    return result
