"""Consent layer: DUO data-use conditions that are coded but incomplete or contradictory.

DUO semantics (terms, obsolete codes, what a permission allows) live in genocat.consent; these
rules only check that a submission gives each condition the parameters genocat's format asks for.
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
