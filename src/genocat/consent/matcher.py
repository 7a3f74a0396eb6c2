"""`match(conditions, purpose)`: may this purpose use a dataset with these DUO conditions?

Each condition (the permission, then every modifier) is judged on its own by one small function in
PERMISSIONS (here) or MODIFIERS (genocat.consent.modifiers), returning (outcome, reason). The answer is the
strictest outcome: not_permitted beats needs_review beats permitted, so a definite "no" is never hidden
behind a review.
"""

from __future__ import annotations

from genocat.consent.diseases import DiseaseOntology, load_disease_ontology
from genocat.consent.modifiers import MODIFIERS
from genocat.consent.outcomes import (
    NO,
    NON_HEALTH,
    OK,
    REVIEW,
    TOPICS,
    Check,
    Context,
    Decision,
    Outcome,
    Reason,
    strictest,
)
from genocat.consent.purpose import SENSITIVE_LABELS, Conditions, Purpose
from genocat.consent.terms import DuoTerms, load_terms

__all__ = ["MODIFIERS", "PERMISSIONS", "Decision", "Outcome", "Reason", "match", "strictest"]


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


PERMISSIONS: dict[str, Check] = {
    "NRES": check_nres,
    "GRU": check_gru,
    "HMB": check_hmb,
    "DS": check_ds,
    "POA": check_poa,
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
