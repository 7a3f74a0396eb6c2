"""Semantic layer: facts that are each well-formed but do not fit together."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from genocat import artefacts
from genocat.findings import Severity
from genocat.load import strings
from genocat.rules.registry import finding, rule

EHDS = "http://data.europa.eu/eli/reg/2025/327/oj"
EGA = re.compile(r"^EGA[DSCNP]\d{11}$")
DOI = re.compile(r"^https://doi\.org/10\.\d{4,9}/\S+$")


def _date(value) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if isinstance(value, str) else None  # a date-time's date
    except ValueError:
        return None


def _int(value) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


@rule("GC301", "age-range", Severity.ERROR, "semantics")
def age_range(doc, ctx) -> Iterator:
    """
    The minimum typical age must not exceed the maximum, and ages must be plausible (at most 120).

    Passing: `min_typical_age: 18`, `max_typical_age: 90`
    Failing: `min_typical_age: 65`, `max_typical_age: 40`
    """
    low, high = _int(doc.data.get("min_typical_age")), _int(doc.data.get("max_typical_age"))
    if low is not None and high is not None and low > high:
        yield finding(
            doc,
            "GC301",
            "/min_typical_age",
            f"min_typical_age {low} is above max_typical_age {high}.",
            "Swap the two values, or correct the one that is wrong.",
        )
    for key, value in (("min_typical_age", low), ("max_typical_age", high)):
        if value is not None and value > 120:
            yield finding(
                doc, "GC301", f"/{key}", f"{key} {value} is not a plausible age.", "Give an age in years, at most 120."
            )


@rule("GC302", "issued-modified", Severity.ERROR, "semantics")
def issued_modified(doc, ctx) -> Iterator:
    """
    `issued` must not be after `modified`, and neither may lie in the future.

    Passing: `issued: 2024-01-10`, `modified: 2025-03-01`
    Failing: `issued: 2025-03-01`, `modified: 2024-01-10`
    """
    issued, modified = _date(doc.data.get("issued")), _date(doc.data.get("modified"))
    if issued and modified and issued > modified:
        yield finding(
            doc,
            "GC302",
            "/modified",
            f"modified {modified} is before issued {issued}.",
            "A record is modified after it is issued; correct one of the dates.",
        )
    for key, value in (("issued", issued), ("modified", modified)):
        if value and value > ctx.today:
            yield finding(
                doc, "GC302", f"/{key}", f"{key} {value} lies in the future.", "Use the date it actually happened."
            )


@rule("GC303", "period-order", Severity.ERROR, "semantics")
def period_order(doc, ctx) -> Iterator:
    """
    A period's start must not be after its end (temporal coverage, retention period).

    Passing: `temporal: {start: 2019-01-01, end: 2023-12-31}`
    Failing: `temporal: {start: 2023-12-31, end: 2019-01-01}`
    """
    for key in ("temporal", "retention_period"):
        period = doc.data.get(key)
        if isinstance(period, dict):
            start, end = _date(period.get("start")), _date(period.get("end"))
            if start and end and start > end:
                yield finding(
                    doc,
                    "GC303",
                    f"/{key}/end",
                    f"{key} ends ({end}) before it starts ({start}).",
                    "Swap start and end, or correct the wrong one.",
                )


@rule("GC304", "counts-exceed-individuals", Severity.ERROR, "semantics")
def counts_exceed_individuals(doc, ctx) -> Iterator:
    """
    Aggregate counts by sex, and by age band, each add up to at most the number of unique individuals.

    Passing: 1800 individuals; FEMALE 910, MALE 890
    Failing: 1800 individuals; FEMALE 1200, MALE 900
    """
    total = _int(doc.data.get("number_of_unique_individuals"))
    genomics = doc.data.get("genomics")
    if total is None or not isinstance(genomics, dict):
        return
    for key in ("counts_by_sex", "counts_by_age"):
        rows = genomics.get(key)
        if isinstance(rows, list):
            counted = sum(_int(r.get("count")) or 0 for r in rows if isinstance(r, dict))
            if counted > total:
                yield finding(
                    doc,
                    "GC304",
                    f"/genomics/{key}",
                    f"{key} adds up to {counted}, more than the {total} unique individuals.",
                    "Correct the counts or number_of_unique_individuals.",
                )


@rule("GC305", "individuals-vs-records", Severity.WARNING, "semantics")
def individuals_vs_records(doc, ctx) -> Iterator:
    """
    A dataset rarely has more unique individuals than records: each individual has at least one.

    Passing: `number_of_records: 2400`, `number_of_unique_individuals: 1800`
    Failing: `number_of_records: 100`, `number_of_unique_individuals: 1800`
    """
    records, people = _int(doc.data.get("number_of_records")), _int(doc.data.get("number_of_unique_individuals"))
    if records is not None and people is not None and people > records:
        yield finding(
            doc,
            "GC305",
            "/number_of_unique_individuals",
            f"number_of_unique_individuals {people} exceeds number_of_records {records}.",
            "Check both numbers: every individual contributes at least one record.",
        )


@rule("GC306", "reads-need-assembly", Severity.ERROR, "semantics")
def reads_need_assembly(doc, ctx) -> Iterator:
    """
    Distributions of aligned reads or variants (CRAM, BAM, SAM, VCF, BCF) need the reference
    genome assembly they are aligned to (`genomics.reference_genomes`).

    Passing: a CRAM distribution and `reference_genomes: [GRCh38]`
    Failing: a CRAM distribution and no `reference_genomes`
    """
    formats = artefacts.enum_codes("FileType")
    genomics = doc.data.get("genomics") if isinstance(doc.data.get("genomics"), dict) else {}
    if genomics.get("reference_genomes"):
        return
    for i, dist in enumerate(doc.data.get("distributions") or []):
        fmt = dist.get("format") if isinstance(dist, dict) else None
        if isinstance(fmt, str) and formats.get(fmt, {}).get("annotations", {}).get("genomic_reads") == "true":
            yield finding(
                doc,
                "GC306",
                f"/distributions/{i}/format",
                f"The {fmt} distribution needs a reference assembly, but genomics.reference_genomes is missing.",
                "Add 'reference_genomes: [GRCh38]' (or GRCh37, T2T-CHM13) under genomics.",
            )
            return


@rule("GC307", "genomic-needs-hgpd", Severity.ERROR, "semantics")
def genomic_needs_hgpd(doc, ctx) -> Iterator:
    """
    A dataset with genomic data categories belongs to the health category HGPD (human genetic,
    epigenomic and genomic data).

    Passing: `health_category: [HGPD]`
    Failing: `health_category: [EHRS]` with `data_categories: [WGS]`
    """
    categories = doc.data.get("health_category")
    genomics = doc.data.get("genomics")
    if isinstance(categories, list) and isinstance(genomics, dict) and genomics.get("data_categories"):
        if "HGPD" not in categories:
            yield finding(
                doc,
                "GC307",
                "/health_category",
                "Genomic data categories are given but health_category lacks HGPD.",
                "Add HGPD to health_category.",
            )


@rule("GC308", "ehds-legislation", Severity.ERROR, "semantics")
def ehds_legislation(doc, ctx) -> Iterator:
    """
    The EHDS regulation (http://data.europa.eu/eli/reg/2025/327/oj) must be among the applicable
    legislation of every dataset and catalogue.

    Passing: `applicable_legislation: [http://data.europa.eu/eli/reg/2025/327/oj]`
    Failing: `applicable_legislation: [http://data.europa.eu/eli/reg/2016/679/oj]`
    """
    legislation = doc.data.get("applicable_legislation")
    if isinstance(legislation, list) and EHDS not in legislation:
        yield finding(
            doc, "GC308", "/applicable_legislation", "applicable_legislation lacks the EHDS regulation.", f"Add {EHDS}."
        )


@rule("GC309", "structured-data-needs-variables", Severity.ERROR, "semantics")
def structured_needs_variables(doc, ctx) -> Iterator:
    """
    When `has_structured_data` is true, `variables` must describe them (HealthDCAT-AP).

    Passing: `has_structured_data: false`
    Failing: `has_structured_data: true` without `variables`
    """
    if doc.data.get("has_structured_data") is True and not doc.data.get("variables"):
        yield finding(
            doc,
            "GC309",
            "/has_structured_data",
            "has_structured_data is true but no variables are given.",
            "Describe the tables and columns under 'variables:', or set has_structured_data to false.",
        )


@rule("GC310", "identifier-syntax", Severity.ERROR, "semantics")
def identifier_syntax(doc, ctx) -> Iterator:
    """
    EGA accessions (schema_agency EGA) look like EGAD00001001234; publications are DOI IRIs
    (https://doi.org/10.NNNN/...).

    Passing: `other_identifiers: [{notation: EGAD00001001234, schema_agency: EGA}]`
    Failing: `other_identifiers: [{notation: EGA-1234, schema_agency: EGA}]`
    """
    for i, ident in enumerate(doc.data.get("other_identifiers") or []):
        if isinstance(ident, dict) and str(ident.get("schema_agency", "")).upper() == "EGA":
            notation = ident.get("notation")
            if isinstance(notation, str) and not EGA.match(notation):
                yield finding(
                    doc,
                    "GC310",
                    f"/other_identifiers/{i}/notation",
                    f"'{notation}' is not an EGA accession.",
                    "EGA accessions are EGA, a letter (D, S, C, N, P) and 11 digits, e.g. EGAD00001001234.",
                )
    for i, ref in enumerate(doc.data.get("is_referenced_by") or []):
        if isinstance(ref, str) and "doi" in ref.lower() and not DOI.match(ref):
            yield finding(
                doc,
                "GC310",
                f"/is_referenced_by/{i}",
                f"'{ref}' is not a DOI IRI.",
                "Write DOIs as https://doi.org/10.NNNN/suffix.",
            )


# characters no XML 1.0 document can hold, so the catalogue's RDF/XML could not publish them
UNPUBLISHABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@rule("GC311", "control-characters", Severity.ERROR, "semantics")
def control_characters(doc, ctx) -> Iterator:
    """
    A text holds a control character (U+0000 to U+001F other than tab, line feed and carriage
    return, or U+FFFE, U+FFFF). The catalogue is also published as RDF/XML, and no XML document can
    hold these characters, so the build could not write the dataset. They are invisible and usually
    come with text copied out of a PDF or a word processor.

    Passing: `title: {en: Whole genomes of a rare-disease cohort}`
    Failing: `title: {en: "Whole genomes\\x0b of a rare-disease cohort"}`
    """
    for pointer, text in strings(doc.data):
        found = UNPUBLISHABLE.search(text)
        if found:
            yield finding(
                doc,
                "GC311",
                pointer,
                f"The text contains the invisible control character U+{ord(found.group()):04X}.",
                "Delete it: retype the text, or paste it as plain text, around that position.",
            )
