"""docs/score.md states every indicator with the points the code gives it (hand-written, so pinned here)."""

from __future__ import annotations

import re

from genocat.score import genomic, mqa
from tests.conftest import ROOT

DOC = (ROOT / "docs" / "score.md").read_text(encoding="utf-8")


def table_rows(first_column: str) -> list[list[str]]:
    rows = []
    for line in DOC.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and cells and cells[0] == first_column:
            rows.append(cells)
    return rows


def test_mqa_table_matches_the_indicators():
    documented = {
        (cells[0].lower(), cells[1], int(cells[2]))
        for dim in ("Findability", "Accessibility", "Interoperability", "Reusability", "Contextuality")
        for cells in table_rows(dim)
    }
    assert documented == {(i.dimension, i.title, i.points) for i in mqa.INDICATORS}


def test_genomic_table_matches_the_indicators():
    documented = set()
    for line in DOC.splitlines():
        match = re.match(r"^\| ([^|]+) \| (\d+) \| `([^`]+)` \|", line)
        if match:
            documented.add((match[1].strip(), int(match[2]), match[3]))
    assert documented == {(i.title, i.points, i.field) for i in genomic.INDICATORS}


def test_the_methodology_is_cited():
    assert "https://data.europa.eu/mqa/methodology" in DOC
