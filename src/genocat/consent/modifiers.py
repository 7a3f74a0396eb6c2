"""The DUO modifiers, one small check each: (outcome, reason) for one condition of a dataset against a
purpose. docs/consent.md says which DUO definition each follows; tests/consent/vectors.json holds their cases.
"""

from __future__ import annotations

from genocat.consent.outcomes import NO, OK, RESEARCH_TOPICS, REVIEW, TOPICS, Check, Context, Outcome, strictest
from genocat.consent.purpose import REGIONS


def _fact(value, yes: str, no: str, unknown: str, good) -> tuple[Outcome, str]:
    """Common shape of a modifier check: unknown fact -> review, good -> permitted, else refused."""
    if value is None:
        return REVIEW, unknown
    return (OK, yes) if value == good else (NO, no)


def check_npu(ctx: Context) -> tuple[Outcome, str]:
    limit = "use is limited to not-for-profit organisations"
    return _fact(
        ctx.purpose.organisation_type,
        "use by a not-for-profit organisation is allowed",
        f"{limit}; the requester's organisation is for-profit",
        f"{limit}; the purpose does not say which kind the requester is",
        "NOT_FOR_PROFIT",
    )


def check_ncu(ctx: Context) -> tuple[Outcome, str]:
    limit = "use is limited to non-commercial purposes"
    return _fact(
        ctx.purpose.commercial,
        "the use is not commercial",
        f"{limit}; this purpose is commercial",
        f"{limit}; the purpose does not say whether it is commercial",
        False,
    )


def check_npuncu(ctx: Context) -> tuple[Outcome, str]:
    parts = [check_npu(ctx), check_ncu(ctx)]
    outcome = strictest(o for o, _ in parts)
    if outcome is OK:
        return OK, "a not-for-profit organisation with a non-commercial purpose"
    return outcome, "; ".join(msg for o, msg in parts if o is outcome)


def check_gs(ctx: Context) -> tuple[Outcome, str]:
    places = ctx.conditions.places
    if not places:
        return REVIEW, "use is limited to a geographic area, but the dataset does not say which"
    where = ", ".join(places)
    country = ctx.purpose.country
    if country is None:
        return REVIEW, f"use is limited to {where}; the purpose does not say where the data will be used"
    allowed = {c for p in places for c in REGIONS.get(p, (p,))}
    if country in allowed:
        return OK, f"use in {country} is within {where}"
    unnamed = [p for p in places if p not in REGIONS and len(p) != 2]
    if unnamed:
        return REVIEW, f"use is limited to {where}; a committee must say whether {country} is inside it"
    return NO, f"use is limited to {where}; {country} is outside it"


def check_nmds(ctx: Context) -> tuple[Outcome, str]:
    if ctx.uses is None:
        return REVIEW, "general methods research is not allowed; the purpose does not say what the research does"
    if "METHODS_DEVELOPMENT" not in ctx.uses:
        return OK, "the purpose is not methods development"
    bound = [TOPICS[u] for u in RESEARCH_TOPICS if u in ctx.uses]
    if bound:
        return OK, f"methods development for {' and '.join(bound)} stays within the bounds of the other conditions"
    return NO, "general methods research (software, algorithms) is not allowed, only methods for allowed research"


def check_npoa(ctx: Context) -> tuple[Outcome, str]:
    if ctx.uses is None:
        return REVIEW, "ancestry research is not allowed; the purpose does not say what the research does"
    if "POPULATION_ANCESTRY" in ctx.uses:
        return NO, "population origins or ancestry research is not allowed"
    return OK, "the purpose is not population origins or ancestry research"


def check_gso(ctx: Context) -> tuple[Outcome, str]:
    types = ctx.purpose.data_types
    if not types:
        return REVIEW, "only genetic studies are allowed; the purpose does not say which data types it uses"
    if "GENOTYPE" in types:
        return OK, "the study uses genotype data, so it is a genetic study"
    return NO, "only genetic studies are allowed; phenotype-only research is not"


def check_rs(ctx: Context) -> tuple[Outcome, str]:
    topic = ctx.conditions.research_topic
    if not topic:
        return REVIEW, "use is limited to a research type the dataset does not name; a committee must decide"
    return (
        REVIEW,
        f'use is limited to research on "{topic}"; a committee must compare this free text with the purpose',
    )


def check_irb(ctx: Context) -> tuple[Outcome, str]:
    if ctx.purpose.ethics_approval:
        return OK, "ethics (IRB/ERB) approval is documented"
    return REVIEW, "requires documented ethics (IRB/ERB) approval, which the purpose does not provide"


def _obligation(key: str, text: str) -> Check:
    def check(ctx: Context) -> tuple[Outcome, str]:
        accepts = ctx.purpose.accepts
        if accepts is not None and key in accepts:
            return OK, f"{text}; the requester accepts this"
        if accepts is None:
            return REVIEW, f"{text}; the purpose does not say whether the requester accepts this"
        return REVIEW, f"{text}; the requester has not accepted this"

    return check


def check_mor(ctx: Context) -> tuple[Outcome, str]:
    until = ctx.conditions.moratorium_until
    if until is None:
        return REVIEW, "results may not be published before a date the dataset does not give"
    requested = ctx.purpose.request_date
    if requested is not None and requested >= until:
        return OK, f"the publication moratorium ended on {until}, before the request of {requested}"
    planned = ctx.purpose.publication_date
    if planned is None:
        return REVIEW, f"results may not be published before {until}; the purpose gives no publication date"
    if planned < until:
        return NO, f"results may not be published before {until}; publication is planned for {planned}"
    return OK, f"publication on {planned} respects the moratorium until {until}"


def check_ts(ctx: Context) -> tuple[Outcome, str]:
    limit = ctx.conditions.time_limit_months
    if limit is None:
        return REVIEW, "use is limited in time, but the dataset does not say for how many months"
    wanted = ctx.purpose.duration_months
    if wanted is None:
        return (
            REVIEW,
            f"use is limited to {limit} months; the purpose does not say how long it needs the data",
        )
    if wanted > limit:
        return NO, f"use is limited to {limit} months; {wanted} months were requested"
    return OK, f"{wanted} months are within the limit of {limit} months"


def _allow_list(field: str, fact: str, who: str) -> Check:
    def check(ctx: Context) -> tuple[Outcome, str]:
        allowed = getattr(ctx.conditions, field)
        value = getattr(ctx.purpose, fact)
        if not allowed:
            return (
                REVIEW,
                f"use is limited to approved {who}s; the dataset lists none, so a committee must decide",
            )
        if value is None:
            return (
                REVIEW,
                f"use is limited to approved {who}s; the purpose does not give the {who} identifier",
            )
        if value in allowed:
            return OK, f"{value} is an approved {who}"
        return NO, f"use is limited to approved {who}s; {value} is not one of them"

    return check


def check_cc(ctx: Context) -> tuple[Outcome, str]:
    return OK, "clinical care use is allowed (CC widens use and restricts nothing)"


MODIFIERS: dict[str, Check] = {
    "NPU": check_npu,
    "NCU": check_ncu,
    "NPUNCU": check_npuncu,
    "GS": check_gs,
    "NMDS": check_nmds,
    "NPOA": check_npoa,
    "GSO": check_gso,
    "RS": check_rs,
    "IRB": check_irb,
    "COL": _obligation("COLLABORATION", "requires collaboration with the original investigators"),
    "PUB": _obligation("PUBLICATION", "requires making the results available to the scientific community"),
    "RTN": _obligation("RETURN_OF_DERIVED_DATA", "requires returning derived or enriched data to the resource"),
    "MOR": check_mor,
    "TS": check_ts,
    "US": _allow_list("allowed_users", "user_id", "user"),
    "PS": _allow_list("allowed_projects", "project_id", "project"),
    "IS": _allow_list("allowed_institutions", "institution_id", "institution"),
    "CC": check_cc,
}
