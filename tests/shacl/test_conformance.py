"""The built demo catalogue against the official shape sets in ../shared (issue 4, "Conformance").

Each set runs through genocat's SHACL layer, which repairs the documented upstream defects in
memory (see genocat/shacl/shapes.py) and checks each dataset against the HealthDCAT-AP file of its
access level. Violations must be zero; recommended shapes give warnings only.
"""

from __future__ import annotations

from collections import Counter

import pytest

from genocat.build.catalogue import assemble
from genocat.build.iris import DEFAULT_BASE_IRI
from genocat.load import load_paths
from genocat.shacl.check import ShapeSpec, run, units
from tests.conftest import CATALOG, SHARED, requires_shared

pytestmark = requires_shared

DCAT_300 = ("dcat-ap-3/3.0.0/html-shacl/shapes.ttl", "dcat-ap-3/3.0.0/html-shacl/range.ttl")
SETS = {
    "genocat": (),
    "dcat-ap-3.0.0": DCAT_300,
    "healthdcat-ap-r8": ("healthdcat-ap-r8/shapes", *DCAT_300),
    "gdi": ("gdi-metadata/shapes",),
}
RECOMMENDED = ("healthdcat-ap-r8/recommended", "dcat-ap-3/3.0.0/html-shacl/shapes_recommended.ttl")


@pytest.fixture(scope="module")
def demo_units():
    graphs = assemble(load_paths([CATALOG]).documents, CATALOG, DEFAULT_BASE_IRI)
    return units(graphs)


def _spec(name, files):
    return ShapeSpec(name, tuple(str(SHARED / f) for f in files))


@pytest.mark.parametrize("name", sorted(SETS))
def test_no_violations(demo_units, name):
    results = run(demo_units, [_spec(name, SETS[name])], jobs=1)
    assert [r for r in results if r.severity == "Violation"] == []


def test_every_access_level_is_checked_against_its_own_file(demo_units):
    levels = Counter(u.access_right.rsplit("/", 1)[-1] for u in demo_units if u.access_right)
    assert set(levels) == {"PUBLIC", "RESTRICTED", "NON_PUBLIC"}
    from genocat.shacl.shapes import shape_sets

    sets = shape_sets("h", [SHARED / f for f in SETS["healthdcat-ap-r8"]])
    assert sorted(s.access_right.rsplit("/", 1)[-1] for s in sets) == ["NON_PUBLIC", "PUBLIC", "RESTRICTED"]


def test_a_dataset_of_another_level_would_fail_so_the_check_is_real(demo_units):
    """Checking a NON_PUBLIC dataset against the PUBLIC file reports the access-right violation."""
    non_public = next(u for u in demo_units if u.access_right and u.access_right.endswith("NON_PUBLIC"))
    spec = ShapeSpec(
        "public-only", tuple(str(SHARED / f) for f in ("healthdcat-ap-r8/shapes/public-shapes.ttl", *DCAT_300))
    )
    pretend = type(non_public)(non_public.name, non_public.ntriples, None)  # no level: every file applies
    results = run([pretend], [spec], jobs=1)
    assert any(r.path == "http://purl.org/dc/terms/accessRights" and r.severity == "Violation" for r in results)


def test_recommended_shapes_give_warnings_only(demo_units):
    results = run(demo_units, [_spec("recommended", RECOMMENDED)], jobs=1)
    assert results, "the demo lacks some recommended properties; the run must report them"
    assert {r.severity for r in results} == {"Warning"}


def test_dcat_ap_301_disagrees_only_on_byte_size(demo_units):
    """DCAT-AP 3.0.1 types dcat:byteSize xsd:nonNegativeInteger; 3.0.0, which HealthDCAT-AP R8 imports,
    xsd:decimal. No value satisfies both; genocat follows HealthDCAT-AP (documented in docs/build.md)."""
    spec = _spec("dcat-ap-3.0.1", ("dcat-ap-3/3.0.1/shacl/dcat-ap-SHACL.ttl", "dcat-ap-3/3.0.1/shacl/ranges.ttl"))
    violations = [r for r in run(demo_units, [spec], jobs=1) if r.severity == "Violation"]
    assert violations
    assert {(r.path, r.constraint) for r in violations} == {
        ("http://www.w3.org/ns/dcat#byteSize", "DatatypeConstraintComponent")
    }
