"""`Catalogue`: a catalogue folder or a build folder, loaded once, asked things in Python.

Each dataset's mapping is held once (as the loader read it); the typed `Dataset` of an entry is
made when asked for (`entry.record()`) and not kept, so iterating over 10,000 datasets never holds
two parsed copies of them. Consent decisions are computed per purpose, on demand.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from genocat.errors import InputError

if TYPE_CHECKING:
    from genocat.consent import Decision, DiseaseOntology, Purpose
    from genocat.findings import Finding
    from genocat.generated.models import Dataset

__all__ = ["Catalogue", "DatasetEntry", "Statistics", "load_catalogue"]


@dataclass(frozen=True)
class DatasetEntry:
    """One dataset of a catalogue: its identifier, node folder (`hu`), the node's country, its source
    file (None for a build) and its mapping (`data`, the submission's keys)."""

    identifier: str
    node: str
    country: str | None
    path: str | None
    data: Mapping[str, Any] = field(repr=False)

    @property
    def title(self) -> str:
        title = self.data.get("title")
        return str(title.get("en", "")) if isinstance(title, Mapping) else str(title or "")

    @property
    def individuals(self) -> int | None:
        """`number_of_unique_individuals`, None when the submission does not say."""
        value = self.data.get("number_of_unique_individuals")
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def get(self, field: str) -> Any:
        """The value at a dotted field path (`genomics.reference_genomes`), None where absent. Through
        a list of records (`distributions.format`) it is the list of their values."""
        return _walk(self.data, field.split("."))

    def record(self) -> Dataset:
        """The dataset as a typed `genocat.records.Dataset` (made now, not kept; pydantic's
        ValidationError if the submission does not follow the schema)."""
        from genocat.generated.models import Dataset

        return Dataset.model_validate(dict(self.data))


@dataclass(frozen=True)
class Statistics:
    """The numbers of the site's statistics page. Counts by code (`WGS`, `GRCh38`, `HUN`); a dataset
    counts once under each value it lists; individuals count where the submission gives them."""

    datasets: int
    individuals: int
    datasets_by_country: dict[str, int]
    individuals_by_country: dict[str, int]
    datasets_by_node: dict[str, int]
    data_categories: dict[str, int]
    reference_genomes: dict[str, int]
    platforms: dict[str, int]
    permissions: dict[str, int]
    access_rights: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data, in field order."""
        return asdict(self)


class Catalogue:
    """The datasets of a catalogue, by node, by field and by consent decision (see `load_catalogue`)."""

    def __init__(self, entries: Iterable[DatasetEntry], problems: Iterable[Finding] = (), source: str = "") -> None:
        self._entries = sorted(entries, key=lambda e: e.identifier)
        self._by_id = {entry.identifier: entry for entry in self._entries}
        self.problems: list[Finding] = list(problems)
        """Files that could not be read, as findings (their datasets are missing from the catalogue)."""
        self.source = source

    def __repr__(self) -> str:
        return f"<Catalogue of {len(self._entries)} datasets from {self.source or 'memory'}>"

    def __iter__(self) -> Iterator[DatasetEntry]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, identifier: object) -> bool:
        return identifier in self._by_id

    def __getitem__(self, identifier: str) -> DatasetEntry:
        try:
            return self._by_id[identifier]
        except KeyError:
            raise KeyError(f"no dataset {identifier!r} in the catalogue") from None

    def records(self) -> Iterator[Dataset]:
        """Every dataset as a typed record, made one at a time as the loop asks (none is kept)."""
        for entry in self._entries:
            yield entry.record()

    @property
    def nodes(self) -> list[str]:
        return sorted({entry.node for entry in self._entries})

    def by_node(self, node: str) -> list[DatasetEntry]:
        """The datasets of one node folder (`hu`)."""
        return [entry for entry in self._entries if entry.node == node]

    def where(self, field: str, value: Any) -> list[DatasetEntry]:
        """The datasets whose `field` (dotted: `genomics.data_categories`, `distributions.format`) is
        `value` or, for a list, holds it."""
        found = []
        for entry in self._entries:
            got = entry.get(field)
            if got == value or (isinstance(got, list) and value in got):
                found.append(entry)
        return found

    def decisions(
        self, purpose: Purpose | Mapping[str, Any], ontology: DiseaseOntology | None = None
    ) -> dict[str, Decision]:
        """Dataset identifier -> the consent decision for `purpose` (a `Purpose` or its mapping).

        Raises `InputError` when the purpose or a dataset's conditions do not follow the vocabulary."""
        from genocat.consent import ConsentInputError, Purpose, load_disease_ontology, match

        try:
            wanted = purpose if isinstance(purpose, Purpose) else Purpose.from_dict(dict(purpose))
        except ConsentInputError as problem:
            raise InputError(f"purpose: {problem}") from problem
        diseases = ontology or load_disease_ontology()
        result = {}
        for entry in self._entries:
            conditions = entry.data.get("data_use") or {}
            try:
                result[entry.identifier] = match(conditions, wanted, diseases)
            except ConsentInputError as problem:
                raise InputError(f"dataset {entry.identifier}: {problem}") from problem
        return result

    def usable_for(
        self,
        purpose: Purpose | Mapping[str, Any],
        outcomes: Iterable[str] = ("permitted",),
        ontology: DiseaseOntology | None = None,
    ) -> list[DatasetEntry]:
        """The datasets whose decision for `purpose` is one of `outcomes` (default: permitted only)."""
        wanted = set(outcomes)
        decided = self.decisions(purpose, ontology)
        return [entry for entry in self._entries if decided[entry.identifier].outcome.value in wanted]

    def statistics(self) -> Statistics:
        by_country, people_by_country, by_node = Counter[str](), Counter[str](), Counter[str]()
        categories, genomes, platforms = Counter[str](), Counter[str](), Counter[str]()
        permissions, access = Counter[str](), Counter[str]()
        for entry in self._entries:
            country = entry.country or "-"
            by_country[country] += 1
            by_node[entry.node] += 1
            people_by_country[country] += entry.individuals or 0
            categories.update(_codes(entry.get("genomics.data_categories")))
            genomes.update(_codes(entry.get("genomics.reference_genomes")))
            platforms.update(_codes(entry.get("genomics.platforms")))
            permissions.update(_codes(entry.get("data_use.permission")))
            access.update(_codes(entry.get("access_rights")))
        return Statistics(
            datasets=len(self._entries),
            individuals=sum(people_by_country.values()),
            datasets_by_country=_sorted(by_country),
            individuals_by_country=_sorted(people_by_country),
            datasets_by_node=_sorted(by_node),
            data_categories=_sorted(categories),
            reference_genomes=_sorted(genomes),
            platforms=_sorted(platforms),
            permissions=_sorted(permissions),
            access_rights=_sorted(access),
        )


def load_catalogue(path: str | Path) -> Catalogue:
    """Load a catalogue folder (`catalog/`: node folders with `datasets/`) or a build folder (the output
    of `genocat build`, read back through `genocat import`'s mapping).

    Files that cannot be read become `Catalogue.problems`; raises `InputError` when `path` is no
    folder or holds no submission.
    """
    folder = Path(path)
    if not folder.is_dir():
        raise InputError(f"{folder}: no such folder; give a catalogue folder or a build folder")
    if (folder / "manifest.json").is_file() and (folder / "catalogue.nt").is_file():
        return _from_build(folder)
    return _from_submissions(folder, str(folder))


def _from_submissions(folder: Path, source: str, keep_paths: bool = True) -> Catalogue:
    """Each file read on its own, keeping its mapping only (the loader's positions go with the file)."""
    from genocat.files import discover
    from genocat.load import load_file
    from genocat.workers import collector_paused

    files = discover([folder])[0]
    if not files:
        raise InputError(f"{folder}: no submission files (*.yaml, *.yml, *.json)")
    countries: dict[str, object] = {}
    datasets: list[tuple[str, str, dict[str, Any]]] = []  # (path, identifier, data)
    problems: list[Finding] = []
    with collector_paused():  # thousands of mappings, no reference cycles
        for file in files:
            doc, found = load_file(file)
            problems.extend(found)
            if doc is None:
                continue
            if doc.kind == "node_catalogue":
                countries[PurePath(doc.path).parent.name] = doc.data.get("country")
            elif doc.kind == "dataset" and isinstance(doc.data.get("identifier"), str):
                datasets.append((doc.path, doc.data["identifier"], doc.data))
    entries = []
    for path, identifier, data in datasets:
        node = _node_of(path, identifier)
        country = countries.get(node)
        if not isinstance(country, str):
            spatial = data.get("spatial")
            country = spatial[0] if isinstance(spatial, list) and spatial and isinstance(spatial[0], str) else None
        entries.append(DatasetEntry(identifier, node, country, path if keep_paths else None, data))
    return Catalogue(entries, problems if keep_paths else [], source)


def _from_build(folder: Path) -> Catalogue:
    """The build's catalogue.nt mapped back to submissions (in a temporary folder, removed at once)."""
    from genocat.api import import_rdf

    with tempfile.TemporaryDirectory(prefix="genocat-catalogue-") as scratch:
        import_rdf([folder / "catalogue.nt"], scratch, format="n-triples")
        return _from_submissions(Path(scratch), str(folder), keep_paths=False)


def _node_of(path: str, identifier: str) -> str:
    """The node folder a dataset lies in (the folder above `datasets/`), else its identifier's country part."""
    parts = PurePath(path).parts
    if "datasets" in parts[1:]:
        return parts[len(parts) - 1 - parts[::-1].index("datasets") - 1]
    pieces = identifier.split("-")
    return pieces[1].lower() if len(pieces) >= 3 else "-"


def _walk(value: Any, parts: list[str]) -> Any:
    if not parts:
        return value
    if isinstance(value, list):
        found = [_walk(item, parts) for item in value]
        flat = [x for item in found for x in (item if isinstance(item, list) else [item])]
        return [x for x in flat if x is not None]
    return _walk(value.get(parts[0]), parts[1:]) if isinstance(value, Mapping) else None


def _codes(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def _sorted(counter: Counter[str]) -> dict[str, int]:
    """Largest first, then by code: the order a chart shows them in."""
    return dict(sorted(counter.items(), key=lambda item: (-item[1], item[0])))
