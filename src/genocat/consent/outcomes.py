"""What a consent decision is made of: outcomes, reasons, the context every check reads, and the
names of the purpose's uses the checks share (genocat.consent.matcher and genocat.consent.modifiers).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from genocat.consent.diseases import DiseaseOntology
from genocat.consent.purpose import Conditions, Purpose


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
    """The answer for one dataset and one purpose: the strictest outcome of its conditions, and one
    reason per condition (the data use permission first, then each modifier), each naming its DUO code."""

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
