"""Records as typed Python objects: build a `Dataset` in Python, validate it, write it as YAML or RDF.

The classes (`Dataset`, `MultilingualText`, `HealthAgent`, ... and one `str` enum per code list) are
generated from the LinkML schema into `genocat.generated.models`; their fields are the submission's
keys. Constructing one checks types and required fields (pydantic's `ValidationError`);
`validate_record` runs genocat's own rules on it, the same as `genocat validate` runs on a file, with
findings that point at the record path (a JSON pointer) since there is no file and line.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from genocat.errors import ConfigurationError, InputError, OutputError
from genocat.generated.models import (
    AccessRights,
    Agent,
    Catalogue,
    CohortType,
    ContactCard,
    ContactPoint,
    Country,
    DataCategory,
    DataService,
    Dataset,
    DatasetSeries,
    DatasetType,
    DataTheme,
    DataUseConditions,
    Distribution,
    DuoModifier,
    DuoPermission,
    FileType,
    GenomicProfile,
    HealthAgent,
    HealthCategory,
    Language,
    MultilingualText,
    NodeCatalogue,
    PeriodOfTime,
    Place,
    ReferenceGenome,
    SequencingPlatform,
    TranslatedKeywords,
    TranslatedText,
)

if TYPE_CHECKING:
    from genocat.config import Config
    from genocat.findings import Report

__all__ = [
    "RDF_FORMATS",
    "AccessRights",
    "Agent",
    "Catalogue",
    "CohortType",
    "ContactCard",
    "ContactPoint",
    "Country",
    "DataCategory",
    "DataService",
    "DataTheme",
    "DataUseConditions",
    "Dataset",
    "DatasetSeries",
    "DatasetType",
    "Distribution",
    "DuoModifier",
    "DuoPermission",
    "FileType",
    "GenomicProfile",
    "HealthAgent",
    "HealthCategory",
    "Language",
    "MultilingualText",
    "NodeCatalogue",
    "PeriodOfTime",
    "Place",
    "ReferenceGenome",
    "SequencingPlatform",
    "TranslatedKeywords",
    "TranslatedText",
    "record_data",
    "to_rdf",
    "to_yaml",
    "validate_record",
    "write_submission",
]

KINDS = {"Dataset": "dataset", "NodeCatalogue": "node_catalogue", "Catalogue": "catalogue"}
RDF_FORMATS = {"turtle": "ttl", "n-triples": "nt", "json-ld": "jsonld", "rdf-xml": "rdf"}
Record = BaseModel | Mapping[str, Any]


def record_data(record: Record) -> dict[str, Any]:
    """The record as the mapping a submission file holds (codes as text, dates as ISO text, no empty fields)."""
    if isinstance(record, BaseModel):
        data: dict[str, Any] = record.model_dump(mode="json", exclude_none=True)
        return data
    return dict(record)


def _kind(record: Record, kind: str | None) -> str:
    if kind is not None:
        if kind not in KINDS.values():
            raise ConfigurationError(f"unknown kind {kind!r}; choose one of {', '.join(sorted(KINDS.values()))}.")
        return kind
    if isinstance(record, BaseModel):
        name = type(record).__name__
        if name not in KINDS:
            raise ConfigurationError(f"a {name} is part of a submission, not one; validate the record that holds it.")
        return KINDS[name]
    return "dataset"


def validate_record(
    record: Record, *, kind: str | None = None, config: Config | None = None, name: str = "<record>"
) -> Report:
    """Run every rule that looks at one submission on `record` (a typed record or its mapping), in memory.

    `kind` (dataset, node_catalogue, catalogue) comes from the record's class; a mapping is taken for
    a dataset unless told. Findings carry `path=name`, line and column 0, and the JSON `pointer` of
    the value at fault (`/distributions/0/format`). The rules about a whole catalogue (identifiers
    unique across files, node countries) need the catalogue: `genocat.validate` runs those.
    """
    from genocat.config import Config as ConfigType
    from genocat.findings import Report as ReportType
    from genocat.load import Document
    from genocat.validator import check_document

    doc = Document(name, _kind(record, kind), record_data(record))
    findings = check_document(doc, config or ConfigType())
    return ReportType([replace(f, path=name, line=0, column=0) for f in findings], [name])


def to_yaml(record: Record, header: str = "") -> str:
    """The record as submission YAML (keys in the schema's order; `header` becomes comment lines).

    Raises `InputError` for a mapping holding a value YAML cannot write (an object, a set)."""
    import yaml

    from genocat.rdf_import.yaml_out import RoundTripError, dump

    data = record_data(record)
    kind = _kind(record, None)
    order = _slot_order(type(record).__name__ if isinstance(record, BaseModel) else "Dataset")
    ordered = {key: data[key] for key in order if key in data} | {k: v for k, v in data.items() if k not in order}
    try:
        return dump(ordered, header, "record.yaml", kind)
    except RoundTripError as problem:
        raise OutputError(str(problem)) from problem
    except yaml.YAMLError as problem:
        raise InputError(f"the record holds a value YAML cannot write ({problem})") from problem


def write_submission(record: Record, path: str | Path, header: str = "") -> Path:
    """Write the record as a submission file, atomically (the file is whole or untouched); returns the path."""
    from genocat.atomic import write_text_atomic

    target = Path(path)
    text = to_yaml(record, header)
    try:
        write_text_atomic(target, text)
    except OSError as problem:
        raise OutputError(f"cannot write {target}: {problem.strerror or problem}") from problem
    return target


def to_rdf(record: Dataset | Mapping[str, Any], format: str = "turtle", base_iri: str | None = None) -> str:
    """A dataset as the builder writes its own file: `format` turtle, n-triples, json-ld or rdf-xml.

    The record must be free of errors (`validate_record`); otherwise `InputError` names the first.
    IRIs are minted from `base_iri` as `genocat build --base-iri` does.
    """
    from genocat.build.catalogue import dataset_triples
    from genocat.build.formats import Unwritable
    from genocat.build.iris import DEFAULT_BASE_IRI, dataset_iri, normalise_base
    from genocat.build.rdf import RecordMapper
    from genocat.build.serialise import document, pieces, sorted_triples
    from genocat.findings import Severity

    if format not in RDF_FORMATS:
        raise ConfigurationError(f"unknown RDF format {format!r}; choose one of {', '.join(RDF_FORMATS)}.")
    report = validate_record(record, kind="dataset")
    errors = [f for f in report.findings if f.severity is Severity.ERROR]
    if errors:
        first = errors[0]
        raise InputError(
            f"the dataset has {len(errors)} error(s), first {first.code} at {first.pointer or '/'}: {first.message}"
        )
    data = record_data(record)
    base = normalise_base(base_iri or DEFAULT_BASE_IRI)
    try:
        triples = sorted_triples(dataset_triples(RecordMapper(), dataset_iri(base, data["identifier"]), data))
        text, _spans = document([pieces(triples)], RDF_FORMATS[format])
    except (Unwritable, ValueError) as problem:
        raise OutputError(f"cannot write the dataset as {format}: {problem}") from problem
    return text.decode("utf-8")


def _slot_order(class_name: str) -> list[str]:
    from genocat.artefacts import schema_index

    order: list[str] = schema_index()["classes"].get(class_name, {}).get("slot_order", [])
    return order
