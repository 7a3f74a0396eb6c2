"""Disclosure layer: what could re-identify people before anything is published."""

from __future__ import annotations

import re
from collections.abc import Iterator

from genocat.findings import Severity
from genocat.load import strings
from genocat.rules.registry import finding, rule

FREE_TEXT = ("title", "description", "provenance", "population_coverage", "keywords")
PERSONAL_MAIL = re.compile(
    r"\b[\w.+-]+@(?:gmail|googlemail|hotmail|outlook|yahoo|gmx|web|icloud|freemail|proton(?:mail)?)\.\w+", re.IGNORECASE
)
NAME_MAIL = re.compile(r"\b[a-z]+\.[a-z]+@[\w-]+\.[\w.]+", re.IGNORECASE)
DATE_OF_BIRTH = re.compile(r"\b(?:born|b\.|dob|date of birth)\s*:?\s*\d{1,4}[-./]\d{1,2}[-./]\d{1,4}", re.IGNORECASE)
NATIONAL_ID = re.compile(r"\b\d{3}[- ]?\d{3}[- ]?\d{3,5}\b|\b\d{6}[-+A]\d{3}[0-9A-Z]\b")
SAMPLE_ID = re.compile(r"\b(?:SAM(?:EA|N|D)\d{6,}|EGA[NF]\d{11}|(?:HG|NA)\d{5}|sample[-_ ]?\d{2,})\b", re.IGNORECASE)
PATTERNS = (
    (PERSONAL_MAIL, "a personal email address"),
    (NAME_MAIL, "an email address that looks like a person's name"),
    (DATE_OF_BIRTH, "a date of birth"),
    (NATIONAL_ID, "a national identifier number"),
    (SAMPLE_ID, "a sample-level identifier"),
)


def _counts(doc):
    genomics = doc.data.get("genomics")
    if not isinstance(genomics, dict):
        return
    for key in ("counts_by_sex", "counts_by_age"):
        for i, row in enumerate(genomics.get(key) or []):
            if isinstance(row, dict) and isinstance(row.get("count"), int):
                yield f"/genomics/{key}/{i}/count", row["count"], row


@rule("GC601", "small-cell", Severity.ERROR, "disclosure")
def small_cell(doc, ctx) -> Iterator:
    """
    Aggregate counts between 1 and the threshold (default 10, `small_cell_threshold` in the
    configuration) can re-identify people. Merge bands, or write 0 only when truly none.

    Passing: `counts_by_age: [{min_age: 60, count: 41}]`
    Failing: `counts_by_age: [{min_age: 80, count: 7}]`
    """
    limit = ctx.small_cell_threshold
    for pointer, count, row in _counts(doc):
        if 1 <= count <= limit:
            band = f"sex {row.get('sex')}" if "sex" in row else f"ages {row.get('min_age')}-{row.get('max_age', '')}"
            yield finding(
                doc,
                "GC601",
                pointer,
                f"The count {count} for {band} is a small cell (1 to {limit}).",
                f"Merge it with a neighbouring band so every count is 0 or above {limit}.",
            )
    people = doc.data.get("number_of_unique_individuals")
    if isinstance(people, int) and 1 <= people <= limit:
        yield finding(
            doc,
            "GC601",
            "/number_of_unique_individuals",
            f"number_of_unique_individuals {people} is a small cell (1 to {limit}).",
            "Do not publish datasets this small in the catalogue, or give a range in the description.",
        )


@rule("GC602", "personal-data-in-text", Severity.WARNING, "disclosure")
def personal_data_in_text(doc, ctx) -> Iterator:
    """
    Free text (title, description, provenance, population coverage, keywords) looks like it holds
    personal data: a personal email address, a date of birth, a national identifier, a sample id.

    Passing: `description: {en: Whole genomes of 1,800 patients.}`
    Failing: `description: {en: Index case NA12878, born 1984-03-02.}`
    """
    for key in FREE_TEXT:
        for pointer, text in strings(doc.data.get(key), f"/{key}"):
            for pattern, what in PATTERNS:
                match = pattern.search(text)
                if match:
                    yield finding(
                        doc,
                        "GC602",
                        pointer,
                        f"'{key}' contains what looks like {what}: '{match.group(0)}'.",
                        "Remove personal data from metadata; describe the cohort in aggregate.",
                    )
                    break
