"""GC506-GC509: the disease codes of a submission against the bundled MONDO release, one passing and one
failing example per rule, asserting (code, line); and `validate --fix` for obsolete and IRI-written diseases."""

from __future__ import annotations

import pytest

from genocat import fix
from tests.rules.test_rules import BASE, findings_for

PROFILE = "  diseases: [MONDO:0003847]"
HMB = "  permission: HMB"

# (code, text to replace in the valid base, replacement, text that starts the line the finding must be on)
CASES = [
    ("GC506", PROFILE, "  diseases: [MONDO:0999999]", PROFILE[:11]),
    ("GC507", PROFILE, "  diseases: [ICD10:C50]", PROFILE[:11]),
    ("GC507", HMB, "  permission: DS\n  diseases: [DOID:99999999]", "  diseases: [DOID"),
    ("GC508", PROFILE, "  diseases: [MONDO:0000002]", PROFILE[:11]),
    ("GC508", HMB, "  permission: DS\n  diseases: [MONDO:0000002]", "  diseases: [MONDO:0000002]"),
    ("GC509", HMB, "  permission: DS\n  diseases: [MONDO:0003274]", "  diseases: [MONDO:0003274]"),
]
# the base's cohort disease becomes breast cancer for GC509's cases
COHORT = {"GC509": (PROFILE, "  diseases: [MONDO:0007254]")}
PASSING = [
    ("GC506", [(PROFILE, "  diseases: [MONDO:0007254]")]),
    ("GC507", [(PROFILE, "  diseases: [ORPHA:586, DOID:1612, OMIM:219700, ICD10:C16]")]),
    ("GC508", [(PROFILE, "  diseases: [MONDO:0009299]")]),
    ("GC509", [(PROFILE, "  diseases: [MONDO:0007254]"), (HMB, "  permission: DS\n  diseases: [MONDO:0007254]")]),
    (
        "GC509",
        [
            (PROFILE, "  diseases: [MONDO:0007254, MONDO:0005575]"),
            (HMB, "  permission: DS\n  diseases: [MONDO:0005575, MONDO:0007254]"),
        ],
    ),
]


@pytest.mark.parametrize(("code", "old", "new", "marker"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_failing_example(code, old, new, marker):
    text = BASE
    if code in COHORT:
        text = text.replace(*COHORT[code], 1)
    assert old in text
    text = text.replace(old, new, 1)
    line = next(i for i, row in enumerate(text.splitlines(), 1) if row.startswith(marker))
    assert [(f.code, f.line) for f in findings_for(text)] == [(code, line)]


@pytest.mark.parametrize(("code", "edits"), PASSING, ids=[f"{c[0]}-{i}" for i, c in enumerate(PASSING)])
def test_passing_example(code, edits):
    text = BASE
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    assert [f.code for f in findings_for(text)] == []


def test_ds_cancer_on_a_breast_cancer_cohort_gives_both_warnings():
    text = BASE.replace(PROFILE, "  diseases: [MONDO:0007254]")
    text = text.replace(HMB, "  permission: DS\n  diseases: [MONDO:0004992]")
    line = text.splitlines().index("  diseases: [MONDO:0004992]") + 1
    assert sorted((f.code, f.line) for f in findings_for(text)) == [("GC504", line), ("GC509", line)]


def test_fix_writes_the_replacement_and_curies(tmp_path):
    path = tmp_path / "catalog" / "hu" / "datasets" / "gdi-hu-semmelweis-1.yaml"
    path.parent.mkdir(parents=True)
    before = BASE.replace(PROFILE, "  diseases: [MONDO:0000002, 'http://purl.obolibrary.org/obo/DOID_1612']  # cohort")
    path.write_text(before, encoding="utf-8")
    result = fix.plan_file(path)
    assert result is not None
    assert [(f.old, f.new) for f in result.fixes] == [
        ("MONDO:0000002", "MONDO:0009299"),
        ("http://purl.obolibrary.org/obo/DOID_1612", "DOID:1612"),
    ]
    assert result.after == BASE.replace(PROFILE, "  diseases: [MONDO:0009299, 'DOID:1612']  # cohort")


def test_fix_leaves_an_obsolete_term_without_replacement():
    from genocat.consent.diseases import fixed_disease

    assert fixed_disease("MONDO:0000003") is None
    assert fixed_disease("MONDO:0007254") is None
