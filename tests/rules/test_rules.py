"""One passing and one failing example per rule, asserting (code, line) of the finding."""

from __future__ import annotations

from datetime import date

import pytest

from genocat.config import Config
from genocat.load import load_text
from genocat.rules import RULES
from genocat.validator import validate
from tests.conftest import DATA

BASE = (DATA / "valid" / "gdi-hu-semmelweis-1.yaml").read_text(encoding="utf-8")
TODAY = date(2026, 11, 23)

# (code, text to replace in the valid base, replacement, text that starts the line the finding must be on)
CASES = [
    ("GC301", "min_typical_age: 0", "min_typical_age: 75", "min_typical_age:"),
    ("GC302", "issued: 2025-02-01", "issued: 2025-09-01", "modified:"),
    (
        "GC303",
        "temporal: {start: 2021-01-01, end: 2024-12-31}",
        "temporal: {start: 2025-01-01, end: 2024-12-31}",
        "temporal:",
    ),
    ("GC304", "    - {sex: MALE, count: 890}", "    - {sex: MALE, count: 990}", "  counts_by_sex:"),
    ("GC305", "number_of_records: 1800", "number_of_records: 100", "number_of_unique_individuals:"),
    ("GC306", "  reference_genomes: [GRCh38]\n", "", "    format: CRAM"),
    ("GC307", "health_category: [HGPD]", "health_category: [EHRS]", "health_category:"),
    ("GC308", "  - http://data.europa.eu/eli/reg/2025/327/oj\n  - http", "  - http", "applicable_legislation:"),
    ("GC309", "has_structured_data: false", "has_structured_data: true", "has_structured_data:"),
    ("GC310", "  - notation: EGAD00001009999", "  - notation: EGA-9999", "  - notation:"),
    (
        "GC311",
        "  hu: Magyar ritka betegség teljesgenom-kohorsz",
        '  hu: "Magyar ritka\\x0b betegség teljesgenom-kohorsz"',
        '  hu: "Magyar',
    ),
    ("GC501", "  permission: HMB", "  permission: DS", "  permission:"),
    ("GC502", "  modifiers: [NPU, PUB, IRB]", "  modifiers: [NPU, PUB, IRB]\n  places: [SE]", "  places:"),
    ("GC503", "  modifiers: [NPU, PUB, IRB]", "  modifiers: [NPU, NPUNCU, PUB, IRB]", "  modifiers:"),
    ("GC504", "  permission: HMB", "  permission: DS\n  diseases: [MONDO:0004992]", "  diseases: [MONDO:0004992]"),
    ("GC505", "access_rights: NON_PUBLIC", "access_rights: PUBLIC", "access_rights:"),
    (
        "GC601",
        "    - {sex: MALE, count: 890}",
        "    - {sex: MALE, count: 886}\n    - {sex: OTHER, count: 4}",
        "    - {sex: OTHER",
    ),
    (
        "GC602",
        "  en: Synthetic demo record.",
        "  en: Synthetic demo record. Index case NA12878.",
        "  en: Synthetic demo",
    ),
]
# passing variants beside the base file, where the rule has a non-trivial passing case
PASSING = {
    "GC301": ("min_typical_age: 0", "min_typical_age: 70"),
    "GC501": ("  permission: HMB", "  permission: DS\n  diseases: [MONDO:0007254]"),
    "GC504": ("  permission: HMB", "  permission: DS\n  diseases: [MONDO:0045024]"),
    "GC601": ("    - {sex: MALE, count: 890}", "    - {sex: MALE, count: 880}\n    - {sex: OTHER, count: 0}"),
}


def findings_for(text: str, path: str = "catalog/hu/datasets/gdi-hu-semmelweis-1.yaml"):
    doc, problems = load_text(text, path, "dataset")
    assert doc is not None and problems == []
    ctx = Config(today=TODAY).context()
    found = []
    for rule in RULES.values():
        if rule.check is not None:
            found += list(rule.check([doc] if rule.scope == "catalogue" else doc, ctx))
    return found


def test_base_passes_every_rule():
    assert findings_for(BASE) == []


def test_every_rule_with_a_check_has_a_case():
    from tests.rules.test_consent_rules import CASES as DISEASE_CASES  # GC506-GC509

    checked = {code for code, rule in RULES.items() if rule.check is not None}
    assert checked - {"GC701", "GC702"} <= {case[0] for case in CASES + DISEASE_CASES}


@pytest.mark.parametrize(("code", "old", "new", "marker"), CASES, ids=[c[0] for c in CASES])
def test_failing_example(code, old, new, marker):
    assert old in BASE
    text = BASE.replace(old, new, 1)
    line = next(i for i, row in enumerate(text.splitlines(), 1) if row.startswith(marker))
    assert [(f.code, f.line) for f in findings_for(text)] == [(code, line)]


@pytest.mark.parametrize("code", sorted(PASSING))
def test_passing_example(code):
    old, new = PASSING[code]
    assert [f.code for f in findings_for(BASE.replace(old, new, 1))] == []


def test_future_dates_are_findings():
    text = BASE.replace("modified: 2025-06-15", "modified: 2027-01-01")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if row.startswith("modified:"))
    assert [(f.code, f.line) for f in findings_for(text)] == [("GC302", line)]


def test_small_cell_threshold_is_configurable():
    text = BASE.replace("    - {sex: MALE, count: 890}", "    - {sex: MALE, count: 870}\n    - {sex: OTHER, count: 20}")
    doc, _ = load_text(text, "x.yaml", "dataset")
    assert list(RULES["GC601"].check(doc, Config(small_cell_threshold=25).context()))
    assert not list(RULES["GC601"].check(doc, Config().context()))


def test_duplicate_identifiers_across_nodes(tmp_path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.yaml").write_text(BASE, encoding="utf-8")
    report = validate([tmp_path], Config(today=TODAY))
    assert [(f.code, f.path.endswith("b.yaml"), f.line) for f in report.findings] == [("GC701", True, 2)]


def test_dataset_in_the_wrong_node_folder(tmp_path):
    folder = tmp_path / "catalog" / "ro" / "datasets"
    folder.mkdir(parents=True)
    (folder / "x.yaml").write_text(BASE, encoding="utf-8")
    report = validate([tmp_path], Config(today=TODAY))
    assert sorted((f.code, f.line) for f in report.findings) == [("GC702", 2), ("GC702", 51)]
