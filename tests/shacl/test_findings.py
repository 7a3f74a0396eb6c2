"""SHACL results land on the YAML line a steward must edit."""

from __future__ import annotations

import shutil

import pytest

from genocat.load import load_paths
from genocat.shacl import check_documents
from tests.conftest import CATALOG, SHARED, requires_shared

DCAT_301 = [SHARED / "dcat-ap-3/3.0.1/shacl/dcat-ap-SHACL.ttl", SHARED / "dcat-ap-3/3.0.1/shacl/ranges.ttl"]


def _lines_of(path, key):
    return [n for n, line in enumerate(path.read_text().splitlines(), start=1) if line.strip().startswith(key)]


@requires_shared
def test_result_on_a_nested_value_lands_on_its_key(tmp_path):
    source = CATALOG / "hu" / "datasets" / "gdi-hu-pecs-1.yaml"
    loose = tmp_path / "gdi-hu-pecs-1.yaml"  # outside any node folder: --shacl checks loose files too
    shutil.copy(source, loose)
    findings = check_documents(load_paths([loose]).documents, tmp_path, DCAT_301, jobs=1)
    byte_size = [f for f in findings if "byteSize" in f.message]
    assert [f.line for f in byte_size] == _lines_of(loose, "byte_size:")
    assert {f.code for f in byte_size} == {"GC801"}
    assert byte_size[0].pointer == "/distributions/0/byte_size"
    assert "byte_size" in byte_size[0].hint


@requires_shared
def test_missing_recommended_property_lands_on_the_record(tmp_path):
    source = CATALOG / "hu" / "datasets" / "gdi-hu-pecs-1.yaml"
    loose = tmp_path / "d.yaml"
    shutil.copy(source, loose)
    recommended = [SHARED / "dcat-ap-3/3.0.0/html-shacl/shapes_recommended.ttl"]
    findings = check_documents(load_paths([loose]).documents, tmp_path, recommended, jobs=1)
    assert findings and {f.code for f in findings} == {"GC802"}
    distribution_licence = [f for f in findings if f.pointer.endswith("/licence")]
    assert distribution_licence, [f.message for f in findings]
    assert distribution_licence[0].line == _lines_of(loose, "- identifier: bam")[0]


def test_demo_catalogue_has_no_finding_with_generated_shapes():
    documents = load_paths([CATALOG]).documents
    assert check_documents(documents, CATALOG, (), jobs=1) == []


SHAPE = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix dcat: <http://www.w3.org/ns/dcat#> .
@prefix dct: <http://purl.org/dc/terms/> . @prefix ex: <http://example.org/> .
ex:S a sh:NodeShape ; sh:targetClass dcat:Dataset ;
  sh:property [ sh:path {path} ; sh:minCount 1 ; sh:severity sh:{severity} ] .
"""


@pytest.mark.parametrize(
    ("severity", "path", "code"),
    [
        ("Violation", "dct:accrualPeriodicity", "GC801"),
        ("Warning", "dct:accrualPeriodicity", "GC802"),
        ("Info", "dct:accrualPeriodicity", "GC803"),
        ("Violation", "dct:title", None),
        ("Info", "dct:title", None),
    ],
)
def test_each_severity_has_its_code_and_a_met_shape_none(tmp_path, severity, path, code):
    dataset = tmp_path / "d.yaml"
    shutil.copy(CATALOG / "hu" / "datasets" / "gdi-hu-pecs-1.yaml", dataset)
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(SHAPE.replace("{path}", path).replace("{severity}", severity))
    findings = check_documents(load_paths([dataset]).documents, tmp_path, [shapes], jobs=1)
    if code is None:
        assert findings == []
    else:
        assert [(f.code, f.line, f.pointer) for f in findings] == [(code, 2, "/accrual_periodicity")]
