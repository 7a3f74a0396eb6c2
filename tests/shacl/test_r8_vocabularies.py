"""The HealthDCAT-AP R8 controlled-vocabulary rules (genocat/data/healthdcat-ap-r8-vocabulary-rules.ttl):
the demo catalogue meets them, and each rule catches a value outside its table."""

from __future__ import annotations

from pathlib import Path

import pytest

import genocat
from genocat.build.catalogue import assemble
from genocat.build.iris import DEFAULT_BASE_IRI
from genocat.load import load_paths
from genocat.shacl.check import ShapeSpec, Unit, run, units
from tests.conftest import CATALOG

RULES = Path(genocat.__file__).parent / "data" / "healthdcat-ap-r8-vocabulary-rules.ttl"
SPEC = ShapeSpec("healthdcat-ap-r8-vocabularies", (str(RULES),))
EU = "http://publications.europa.eu/resource/authority/"
HDEU = "https://hdeu-dcat.data.health.europa.eu/resource/authority/"


@pytest.fixture(scope="module")
def demo_units():
    return units(assemble(load_paths([CATALOG]).documents, CATALOG, DEFAULT_BASE_IRI))


def test_the_demo_meets_every_r8_vocabulary_rule(demo_units):
    results = run(demo_units, [SPEC], jobs=1)
    assert [r for r in results if r.severity == "Violation"] == []
    assert len(demo_units) > 50


# (what the dataset's RDF says, what it says instead, the property whose rule must fail)
MUTATIONS = [
    (f"health#healthCategory> <{HDEU}healthcategories/HGPD>",
     "health#healthCategory> <http://13.81.34.152:1101/resource/authority/healthcategories/HGPD>",
     "http://healthdataportal.eu/ns/health#healthCategory"),
    (f"terms/language> <{EU}language/ENG>", "terms/language> <http://id.loc.gov/vocabulary/iso639-1/en>",
     "http://purl.org/dc/terms/language"),
    (f"terms/format> <{EU}file-type/CSV>", "terms/format> <http://edamontology.org/format_3016>",
     "http://purl.org/dc/terms/format"),
    (f"dcat#theme> <{EU}data-theme/HEAL>", f"dcat#theme> <{EU}data-theme/TECH>", "http://www.w3.org/ns/dcat#theme"),
    ("dpv#hasPersonalData> <https://w3id.org/dpv/dpv-pd#", "dpv#hasPersonalData> <https://w3id.org/dpv/pd#",
     "https://w3id.org/dpv#hasPersonalData"),
    (f"adms#status> <{EU}distribution-status/COMPLETED>", f"adms#status> <{EU}dataset-status/COMPLETED>",
     "http://www.w3.org/ns/adms#status"),
]  # fmt: skip


@pytest.mark.parametrize(("before", "after", "path"), MUTATIONS, ids=[m[2].rsplit("/", 1)[-1] for m in MUTATIONS])
def test_a_value_outside_its_table_is_a_violation(demo_units, before, after, path):
    unit = next(u for u in demo_units if before in u.ntriples)
    assert run([unit], [SPEC], jobs=1) == []
    changed = Unit(unit.name, unit.ntriples.replace(before, after), unit.access_right, unit.focus)
    results = run([changed], [SPEC], jobs=1)
    assert path in {r.path for r in results if r.severity == "Violation"}
