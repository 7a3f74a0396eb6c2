"""Consent layer: DUO data-use conditions that are coded but incomplete or contradictory (GC501-GC505),
and the disease codes of data_use and the genomic profile against the bundled MONDO release (GC506-GC509).

DUO semantics (terms, obsolete codes, what a permission allows) and disease codes live in genocat.consent;
these rules only check what a steward wrote.
"""

from __future__ import annotations

from collections.abc import Iterator

from genocat.findings import Severity
from genocat.rules.registry import finding, rule

# Which key of `data_use` carries the parameter of each modifier or permission.
PARAMETER_KEYS = {
    "DS": "diseases",
    "GS": "places",
    "MOR": "moratorium_until",
    "TS": "time_limit_months",
    "US": "allowed_users",
    "PS": "allowed_projects",
    "IS": "allowed_institutions",
    "RS": "research_topic",
}
REDUNDANT = (("NPU", "NPUNCU"), ("NCU", "NPUNCU"))
CANCER = "MONDO:0004992"
RESTRICTIVE = {"HMB", "DS", "POA"}


def _conditions(doc) -> tuple[dict, set[str]] | None:
    data_use = doc.data.get("data_use")
    if not isinstance(data_use, dict):
        return None
    codes = {data_use.get("permission")} | set(m for m in data_use.get("modifiers") or [] if isinstance(m, str))
    return data_use, {c for c in codes if isinstance(c, str)}


@rule("GC501", "condition-needs-parameter", Severity.ERROR, "consent")
def condition_needs_parameter(doc, ctx) -> Iterator:
    """
    A condition that needs a parameter has it: DS its diseases, GS its places, MOR a date, TS a
    number of months, US/PS/IS their allow-lists, RS its research topic.

    Passing: `data_use: {permission: DS, diseases: [MONDO:0007254]}`
    Failing: `data_use: {permission: DS}`
    """
    found = _conditions(doc)
    if not found:
        return
    data_use, codes = found
    for code in sorted(codes & PARAMETER_KEYS.keys()):
        key = PARAMETER_KEYS[code]
        if data_use.get(key) in (None, [], ""):
            where = "/data_use/permission" if data_use.get("permission") == code else "/data_use/modifiers"
            yield finding(
                doc,
                "GC501",
                where,
                f"{code} needs '{key}' in data_use, but it is missing.",
                f"Add '{key}:' under data_use.",
            )


@rule("GC502", "parameter-without-condition", Severity.ERROR, "consent")
def parameter_without_condition(doc, ctx) -> Iterator:
    """
    A parameter is given without the condition it belongs to (disease terms without DS, places
    without GS, ...): the restriction would silently not apply.

    Passing: `data_use: {permission: DS, diseases: [MONDO:0007254]}`
    Failing: `data_use: {permission: HMB, diseases: [MONDO:0007254]}`
    """
    found = _conditions(doc)
    if not found:
        return
    data_use, codes = found
    for code, key in sorted(PARAMETER_KEYS.items()):
        if data_use.get(key) not in (None, [], "") and code not in codes:
            what = "permission: DS" if code == "DS" else f"the modifier {code}"
            yield finding(
                doc,
                "GC502",
                f"/data_use/{key}",
                f"'{key}' is given but the conditions lack {code}.",
                f"Add {what}, or remove '{key}'.",
            )


@rule("GC503", "redundant-modifiers", Severity.WARNING, "consent")
def redundant_modifiers(doc, ctx) -> Iterator:
    """
    NPUNCU already means both NPU and NCU; giving it beside either is redundant.

    Passing: `modifiers: [NPUNCU]`
    Failing: `modifiers: [NPU, NPUNCU]`
    """
    found = _conditions(doc)
    if not found:
        return
    _, codes = found
    for narrow, broad in REDUNDANT:
        if narrow in codes and broad in codes:
            yield finding(
                doc,
                "GC503",
                "/data_use/modifiers",
                f"{narrow} is redundant beside {broad}.",
                f"Keep {broad} and remove {narrow}.",
            )


@rule("GC504", "ds-on-cancer", Severity.WARNING, "consent")
def ds_on_cancer(doc, ctx) -> Iterator:
    """
    DS on MONDO "cancer" (MONDO:0004992) excludes melanoma and leukaemia, which MONDO files under
    "cancer or benign tumor" (MONDO:0045024); the consent probably meant the broader term.

    Passing: `diseases: [MONDO:0045024]`
    Failing: `diseases: [MONDO:0004992]`
    """
    found = _conditions(doc)
    if not found:
        return
    data_use, codes = found
    diseases = data_use.get("diseases") or []
    if "DS" in codes and isinstance(diseases, list) and CANCER in diseases:
        index = diseases.index(CANCER)
        yield finding(
            doc,
            "GC504",
            f"/data_use/diseases/{index}",
            "DS on MONDO:0004992 'cancer' does not cover melanoma or leukaemia.",
            "If the consent covers all tumours, use MONDO:0045024 'cancer or benign tumor'.",
        )


@rule("GC505", "public-but-restricted-use", Severity.WARNING, "consent")
def public_but_restricted(doc, ctx) -> Iterator:
    """
    A PUBLIC dataset under a restrictive permission (HMB, DS, POA) or with modifiers cannot enforce
    them: anyone can download it.

    Passing: `access_rights: PUBLIC` with `permission: NRES`
    Failing: `access_rights: PUBLIC` with `permission: DS`
    """
    found = _conditions(doc)
    if not found or doc.data.get("access_rights") != "PUBLIC":
        return
    data_use, codes = found
    permission = data_use.get("permission")
    if permission in RESTRICTIVE or data_use.get("modifiers"):
        yield finding(
            doc,
            "GC505",
            "/access_rights",
            f"The dataset is PUBLIC but its use is restricted ({', '.join(sorted(codes))}).",
            "Set access_rights to RESTRICTED or NON_PUBLIC, or relax the data-use conditions.",
        )


# ---- diseases (GC506-GC509): every disease code of data_use and genomics against the bundled MONDO ----

DISEASE_LISTS = ("/data_use/diseases", "/genomics/diseases")


def _disease_codes(doc) -> Iterator[tuple[str, str]]:
    """(pointer, code) of every disease written in data_use.diseases and genomics.diseases."""
    for where in DISEASE_LISTS:
        parent, key = where.rsplit("/", 1)
        holder = doc.data.get(parent.strip("/"))
        values = holder.get(key) if isinstance(holder, dict) else None
        if isinstance(values, list):
            for index, value in enumerate(values):
                if isinstance(value, str) and value.strip():
                    yield f"{where}/{index}", value


def _mondo():
    from genocat.consent.diseases import load_disease_ontology

    return load_disease_ontology()


@rule("GC506", "unknown-mondo-term", Severity.ERROR, "consent")
def unknown_mondo_term(doc, ctx) -> Iterator:
    """
    Every MONDO code in `data_use.diseases` and `genomics.diseases` is a term of the bundled MONDO release
    (live or obsolete): an unknown number is a typo, and consent matching could only send it to review.

    Passing: `diseases: [MONDO:0007254]` (breast cancer)
    Failing: `diseases: [MONDO:0999999]`
    """
    codes = list(_disease_codes(doc))
    if not codes:
        return
    mondo = _mondo()
    for pointer, value in codes:
        code = mondo.resolve(value).code
        if code.startswith("MONDO:") and code not in mondo.parents and code not in mondo.obsolete:
            yield finding(
                doc,
                "GC506",
                pointer,
                f"{code} is not a term of {mondo.name}.",
                "Find the disease with `genocat diseases search WORDS` and write its MONDO code.",
            )


@rule("GC507", "disease-code-not-mapped", Severity.WARNING, "consent")
def disease_code_not_mapped(doc, ctx) -> Iterator:
    """
    A DOID, ORPHA, OMIM or ICD-10 disease code maps to exactly one MONDO term through MONDO's
    cross-references; otherwise consent matching cannot place it and every DS question about it needs review.

    Passing: `diseases: [ORPHA:586]` (cystic fibrosis)
    Failing: `diseases: [ICD10:C50]` (four MONDO terms name it)
    """
    from genocat.consent.diseases import MAPPED_PREFIXES, normalize_disease_id

    codes = [(p, v) for p, v in _disease_codes(doc) if normalize_disease_id(v).partition(":")[0] in MAPPED_PREFIXES]
    if not codes:
        return
    mondo = _mondo()
    for pointer, value in codes:
        resolution = mondo.resolve(value)
        if len(resolution.terms) == 1:
            continue
        if resolution.terms:
            names = ", ".join(resolution.terms)
            message = f"{resolution.code} maps to several MONDO terms ({names})."
            hint = "Write the MONDO code of the disease you mean."
        else:
            message = f"{resolution.code} maps to no term of {mondo.name}."
            hint = "Find the disease with `genocat diseases search WORDS` and write its MONDO code."
        yield finding(doc, "GC507", pointer, message, hint)


@rule("GC508", "obsolete-disease", Severity.WARNING, "consent")
def obsolete_disease(doc, ctx) -> Iterator:
    """
    A disease code is not an obsolete MONDO term: matching sends every question about it to review.
    `genocat validate --fix` writes the replacement when MONDO names exactly one.

    Passing: `diseases: [MONDO:0009299]`
    Failing: `diseases: [MONDO:0000002]` (obsolete; replaced by MONDO:0009299)
    """
    codes = list(_disease_codes(doc))
    if not codes:
        return
    mondo = _mondo()
    for pointer, value in codes:
        resolution = mondo.resolve(value)
        if resolution.code in mondo.obsolete:
            old = mondo.obsolete[resolution.code]
            if old.replaced_by:
                hint = f"Write {old.replaced_by} ({mondo.labels.get(old.replaced_by, '')}); --fix does it."
            elif old.consider:
                hint = "MONDO names no replacement; consider " + " or ".join(old.consider) + "."
            else:
                hint = "MONDO names no replacement; find the disease with `genocat diseases search WORDS`."
            yield finding(doc, "GC508", pointer, f"{resolution.code} is obsolete in {mondo.name}.", hint)


@rule("GC509", "ds-broader-than-cohort", Severity.WARNING, "consent")
def ds_broader_than_cohort(doc, ctx) -> Iterator:
    """
    A DS dataset's disease is not more general than the diseases of its own genomic profile: DS "cancer" on
    a breast cancer cohort most likely meant the narrower disease (or the consent really is broader).

    Passing: `genomics.diseases: [MONDO:0007254]` with `data_use: {permission: DS, diseases: [MONDO:0007254]}`
    Failing: `genomics.diseases: [MONDO:0007254]` with `data_use: {permission: DS, diseases: [MONDO:0004992]}`
    """
    found = _conditions(doc)
    genomics = doc.data.get("genomics")
    if not found or not isinstance(genomics, dict) or not isinstance(genomics.get("diseases"), list):
        return
    data_use, _ = found
    from genocat.consent.terms import load_terms

    permission = load_terms().resolve(str(data_use.get("permission") or ""))
    if permission is None or permission.shorthand != "DS":
        return
    mondo = _mondo()
    cohort = {t for v in genomics["diseases"] if isinstance(v, str) for t in _single(mondo, v)}
    for pointer, value in _disease_codes(doc):
        if not pointer.startswith("/data_use/"):
            continue
        for term in _single(mondo, value):
            narrower = sorted(c for c in cohort if c != term and term in mondo.ancestors(c))
            if narrower and term not in cohort:
                yield finding(
                    doc,
                    "GC509",
                    pointer,
                    f"DS disease {mondo.label(value)} is broader than the cohort's "
                    + ", ".join(mondo.label(c) for c in narrower)
                    + ".",
                    "If the consent covers only the cohort's diseases, list those under data_use.diseases.",
                )


def _single(mondo, value: str) -> tuple[str, ...]:
    terms = mondo.resolve(value).terms
    return terms if len(terms) == 1 else ()
