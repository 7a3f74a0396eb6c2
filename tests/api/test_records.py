"""Typed records: generated from the schema, validated in memory, written as YAML and as the builder's RDF."""

from __future__ import annotations

import pydantic
import pyoxigraph
import pytest

import genocat
from genocat.load import load_file, load_paths
from genocat.records import Dataset, NodeCatalogue, record_data
from tests.conftest import CATALOG, DATA

VALID = DATA / "valid" / "gdi-hu-semmelweis-1.yaml"


def _dataset() -> Dataset:
    doc, _ = load_file(VALID)
    assert doc is not None
    return Dataset.model_validate(doc.data)


def test_every_demo_submission_reads_into_its_class_and_back_unchanged():
    classes = {"dataset": Dataset, "node_catalogue": NodeCatalogue, "catalogue": genocat.records.Catalogue}
    documents = load_paths([CATALOG]).documents
    assert len(documents) > 50
    for doc in documents:
        assert record_data(classes[doc.kind].model_validate(doc.data)) == doc.data, doc.path


def test_a_valid_record_has_no_findings():
    report = genocat.validate_record(_dataset())
    assert report.findings == [] and report.files == ["<record>"]


# (what is changed, code, pointer): the same rules as on files, placed on the record path
INVALID = [
    ({"spatial": ["Hungary"]}, "GC401", "/spatial/0"),
    ({"min_typical_age": 70, "max_typical_age": 20}, "GC301", "/min_typical_age"),
    ({"issued": "26.03.2025"}, "GC204", "/issued"),
    ({"identifier": None}, "GC201", ""),
]


@pytest.mark.parametrize(("change", "code", "pointer"), INVALID, ids=[c[1] for c in INVALID])
def test_findings_point_at_the_record_path(change, code, pointer):
    data = record_data(_dataset()) | change
    data = {key: value for key, value in data.items() if value is not None}
    found = [(f.code, f.pointer, f.line, f.column) for f in genocat.validate_record(data, name="draft").findings]
    assert (code, pointer, 0, 0) in found
    assert all(f.path == "draft" for f in genocat.validate_record(data, name="draft").findings)


def test_the_typed_class_refuses_what_its_types_forbid():
    with pytest.raises(pydantic.ValidationError) as raised:
        Dataset.model_validate(record_data(_dataset()) | {"access_rights": "OPEN"})
    assert [error["loc"] for error in raised.value.errors()] == [("access_rights",)]


def test_yaml_written_reads_back_and_validates(tmp_path):
    record = _dataset()
    node = tmp_path / "catalog" / "hu"
    (node / "datasets").mkdir(parents=True)
    (node / "catalog.yaml").write_bytes((CATALOG / "hu" / "catalog.yaml").read_bytes())
    path = genocat.write_submission(record, node / "datasets" / "x.yaml", header="made in Python")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# made in Python\nidentifier: GDI-HU-SEMMELWEIS-1\ntitle:\n")
    doc, problems = load_file(path)
    assert problems == [] and doc is not None and doc.data == record_data(record)
    report = genocat.validate([tmp_path / "catalog" / "hu"])
    assert [(f.code, f.line) for f in report.findings] == []


@pytest.mark.parametrize(
    ("fmt", "rdf_format"),
    [("turtle", "TURTLE"), ("n-triples", "N_TRIPLES"), ("json-ld", "JSON_LD"), ("rdf-xml", "RDF_XML")],
)
def test_rdf_is_what_the_builder_writes_for_the_dataset(demo_build, fmt, rdf_format):
    """The demo's own dataset file in the build holds the same triples as to_rdf of that submission."""
    doc, _ = load_file(CATALOG / "hu" / "datasets" / "gdi-hu-pecs-1.yaml")
    assert doc is not None
    text = genocat.to_rdf(Dataset.model_validate(doc.data), fmt)
    mine = set(pyoxigraph.parse(text.encode("utf-8"), format=getattr(pyoxigraph.RdfFormat, rdf_format)))
    built = set(
        pyoxigraph.parse(path=str(demo_build / "datasets" / "GDI-HU-PECS-1.nt"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    )
    assert len(mine) > 100
    assert mine == built


def test_rdf_is_byte_identical_on_every_call():
    record = _dataset()
    assert genocat.to_rdf(record) == genocat.to_rdf(record)


def test_part_of_a_submission_is_not_validated_alone():
    with pytest.raises(genocat.ConfigurationError, match="part of a submission"):
        genocat.validate_record(_dataset().distributions[0])
