"""Every invalid example produces exactly the findings its header names; the valid one none."""

from __future__ import annotations

import re

import pytest

import genocat
from tests.conftest import DATA

INVALID = sorted((DATA / "invalid").glob("*.yaml"))
EXPECT = re.compile(r"^# expect: (GC\d{3}) line (\d+)$", re.MULTILINE)


def test_there_are_invalid_examples():
    assert len(INVALID) >= 15


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_example_gives_the_finding_its_header_names(path):
    expected = sorted((code, int(line)) for code, line in EXPECT.findall(path.read_text(encoding="utf-8")))
    assert expected, f"{path.name} has no '# expect: CODE line N' header"
    report = genocat.validate([path])
    assert sorted((f.code, f.line) for f in report.findings) == expected


def test_valid_example_has_no_findings():
    report = genocat.validate([DATA / "valid"])
    assert report.findings == [] and len(report.files) == 1
