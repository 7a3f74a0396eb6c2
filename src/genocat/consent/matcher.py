"""`match(conditions, purpose)`: may this purpose use a dataset with these DUO conditions?

Each condition (the permission, then every modifier) is judged on its own by one small function in
PERMISSIONS or MODIFIERS, returning (outcome, reason). The answer is the strictest outcome:
not_permitted beats needs_review beats permitted, so a definite "no" is never hidden behind a review.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from genocat.consent.diseases import DiseaseOntology, load_disease_ontology
from genocat.consent.purpose import REGIONS, SENSITIVE_LABELS, Conditions, Purpose
from genocat.consent.terms import DuoTerms, load_terms


class Outcome(StrEnum):
    PERMITTED = "permitted"
    NOT_PERMITTED = "not_permitted"
    NEEDS_REVIEW = "needs_review"


OK, NO, REVIEW = Outcome.PERMITTED, Outcome.NOT_PERMITTED, Outcome.NEEDS_REVIEW
TOPICS = {
    "GENERAL_RESEARCH": "general research",
    "FUNDAMENTAL_BIOLOGY": "fundamental biology research",
    "HEALTH_MEDICAL_BIOMEDICAL": "health, medical or biomedical research",
    "DISEASE_RESEARCH": "disease research",
    "POPULATION_ANCESTRY": "population origins or ancestry research",
}
NON_HEALTH = ("GENERAL_RESEARCH", "FUNDAMENTAL_BIOLOGY", "POPULATION_ANCESTRY")
# Uses that are research on a topic the conditions judge: methods developed for one of them stay "within
# the bounds of other data use limitations" (NMDS).
RESEARCH_TOPICS = ("FUNDAMENTAL_BIOLOGY", "HEALTH_MEDICAL_BIOMEDICAL", "DISEASE_RESEARCH", "POPULATION_ANCESTRY")


@dataclass(frozen=True)
class Reason:
    condition: str
    outcome: Outcome
    reason: str

    def to_dict(self) -> dict:
        return {"condition": self.condition, "outcome": self.outcome.value, "reason": self.reason}


@dataclass(frozen=True)
class Decision:
    outcome: Outcome
    reasons: tuple[Reason, ...]

    def to_dict(self) -> dict:
        return {"decision": self.outcome.value, "reasons": [r.to_dict() for r in self.reasons]}


@dataclass(frozen=True)
class Context:
    conditions: Conditions
    purpose: Purpose
    ontology: DiseaseOntology
    modifiers: frozenset[str]

    @property
    def uses(self) -> frozenset[str] | None:
        """The purpose's uses; an empty list says nothing, so it counts as unknown."""
        return self.purpose.uses or None


Check = Callable[[Context], tuple[Outcome, str]]


def strictest(outcomes) -> Outcome:
    """not_permitted if any, else needs_review if any, else permitted."""
    outcomes = list(outcomes)
    if NO in outcomes:
        return NO
    return REVIEW if REVIEW in outcomes else OK


def _clinical_care_refused(ctx: Context) -> tuple[Outcome, str] | None:
    if ctx.uses and "CLINICAL_CARE" in ctx.uses and "CC" not in ctx.modifiers:
        return NO, "clinical care is not research; it is allowed only when the dataset also carries CC"
    return None


def _unknown_uses(name: str) -> tuple[Outcome, str]:
    return REVIEW, f"the purpose does not say what the research does, so a committee must check it is {name}"


def check_nres(ctx: Context) -> tuple[Outcome, str]:
    return OK, "no restriction on use"


def check_gru(ctx: Context) -> tuple[Outcome, str]:
    if refused := _clinical_care_refused(ctx):
        return refused
    if ctx.uses is None:
        if "CC" in ctx.modifiers:
            return OK, "general research use together with CC allows any research and clinical care"
        return _unknown_uses("research and not clinical care")
    return OK, "general research use allows any research purpose"


def check_hmb(ctx: Context) -> tuple[Outcome, str]:
    if refused := _clinical_care_refused(ctx):
        return refused
    if ctx.uses is None:
        return _unknown_uses("health, medical or biomedical research")
    if "POPULATION_ANCESTRY" in ctx.uses:
        return NO, "health/medical/biomedical use excludes the study of population origins or ancestry"
    bad = [TOPICS[u] for u in NON_HEALTH if u in ctx.uses]
    if bad:
        return NO, f"only health, medical or biomedical research is allowed, not {' or '.join(bad)}"
    return OK, "health, medical or biomedical research is allowed"


def check_ds(ctx: Context) -> tuple[Outcome, str]:
    allowed = ctx.conditions.diseases
    if not allowed:
        return (
            REVIEW,
            "disease-specific use names no disease, so a committee must say which diseases it means",
        )
    names = ", ".join(ctx.ontology.label(d) for d in allowed)
    if refused := _clinical_care_refused(ctx):
        return refused
    uses = ctx.uses
    if uses is not None:
        bad = [TOPICS[u] for u in NON_HEALTH if u in uses]
        if bad:
            return NO, f"use is limited to research on {names}, not {' or '.join(bad)}"
    wanted = ctx.purpose.diseases
    if not wanted:
        return _ds_without_disease(uses, names)
    refused_msgs, unknown_msgs = ctx.ontology.uncovered(allowed, wanted)
    if refused_msgs:
        return NO, f"use is limited to research on {names}: " + "; ".join(refused_msgs)
    if unknown_msgs:
        return REVIEW, "; ".join(unknown_msgs)
    if uses is None:
        return _unknown_uses(f"research on {names}")
    covered = ", ".join(ctx.ontology.label(d) for d in wanted)
    return OK, f"research on {covered} is covered by the dataset's diseases ({names})"


def _ds_without_disease(uses: frozenset[str] | None, names: str) -> tuple[Outcome, str]:
    """DS when the purpose names no disease: known uses outside the disease are violations, not unknowns."""
    if uses is None:
        return REVIEW, f"use is limited to research on {names}; the purpose names no disease"
    if uses <= {"METHODS_DEVELOPMENT"}:
        return OK, "methods development is allowed under every permission unless NMDS forbids it"
    unbound = [label for use, label in UNBOUND_USES.items() if use in uses]
    if unbound:
        return NO, f"use is limited to research on {names}, not {' or '.join(unbound)} with no disease named"
    return REVIEW, f"use is limited to research on {names}; the purpose does not name the disease it studies"


UNBOUND_USES = {
    "HEALTH_MEDICAL_BIOMEDICAL": "health, medical or biomedical research",
    "CONTROLS": "use as a control set",
}


def check_poa(ctx: Context) -> tuple[Outcome, str]:
    if refused := _clinical_care_refused(ctx):
        return refused
    if ctx.uses is None:
        return _unknown_uses("population origins or ancestry research")
    bad = [label for use, label in TOPICS.items() if use in ctx.uses and use != "POPULATION_ANCESTRY"]
    if bad:
        return NO, f"use is limited to the study of population origins or ancestry, not {' or '.join(bad)}"
    return OK, "population origins or ancestry research (or methods development) is allowed"


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


PERMISSIONS: dict[str, Check] = {
    "NRES": check_nres,
    "GRU": check_gru,
    "HMB": check_hmb,
    "DS": check_ds,
    "POA": check_poa,
}
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


def _code_problem(code: str, terms: DuoTerms, expected_kind: str) -> Reason | None:
    """A review reason when a code is unknown, obsolete or of the wrong kind; None when usable."""
    term = terms.resolve(code)
    if term is None:
        return Reason(code, REVIEW, f"'{code}' is not a DUO {expected_kind} code; a committee must interpret it")
    name = terms.describe(term)
    if term.obsolete:
        replacement = terms.replacement_text(term)
        advice = f"use {replacement} instead" if replacement else "DUO names no replacement"
        return Reason(term.code, REVIEW, f"{name} is obsolete in DUO {terms.version}; {advice}")
    registry = PERMISSIONS if expected_kind == "permission" else MODIFIERS
    if term.shorthand not in registry:
        actual = term.kind or "term"
        return Reason(term.code, REVIEW, f"{name} is a {actual}, not a data use {expected_kind}")
    return None


def _sensitive(topics: frozenset[str]) -> Reason:
    """DUOS sends a request that declares sensitive research to the committee, whatever the conditions."""
    what = ", ".join(SENSITIVE_LABELS[t] for t in sorted(topics))
    return Reason("SENSITIVE", REVIEW, f"the purpose declares sensitive research ({what}); a committee must review it")


def match(
    conditions: Conditions | dict,
    purpose: Purpose | dict,
    ontology: DiseaseOntology | None = None,
    terms: DuoTerms | None = None,
) -> Decision:
    """Judge every condition on its own and combine them with `strictest`."""
    conditions = conditions if isinstance(conditions, Conditions) else Conditions.from_dict(conditions)
    purpose = purpose if isinstance(purpose, Purpose) else Purpose.from_dict(purpose)
    ontology = ontology or load_disease_ontology()
    terms = terms or load_terms()
    entries: list[Reason | str] = []
    seen: set[str] = set()
    for code in conditions.modifiers:
        term = terms.resolve(code)
        key = term.id if term else code
        if key not in seen:
            seen.add(key)
            entries.append(_code_problem(code, terms, "modifier") or term.shorthand)
    usable = frozenset(e for e in entries if isinstance(e, str))
    ctx = Context(conditions, purpose, ontology, usable)

    permission = conditions.permission
    if permission is None:
        first = Reason("permission", REVIEW, "the dataset states no data use permission (NRES, GRU, HMB, DS or POA)")
    elif problem := _code_problem(permission, terms, "permission"):
        first = problem
    else:
        code = terms.resolve(permission).shorthand
        first = Reason(code, *PERMISSIONS[code](ctx))
    reasons = [first] + [e if isinstance(e, Reason) else Reason(e, *MODIFIERS[e](ctx)) for e in entries]
    if ctx.purpose.sensitive_topics and first.condition != "NRES":
        reasons.append(_sensitive(ctx.purpose.sensitive_topics))
    return Decision(strictest(r.outcome for r in reasons), tuple(reasons))
