"""The two inputs of a consent decision, read from the YAML vocabulary of submissions and purpose files.

Absent facts stay None ("unknown"): the matcher must tell "the requester did not say" apart from
"the requester said no", because only the second can be refused outright.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from genocat.consent.diseases import normalize_disease_id

USES = (
    "GENERAL_RESEARCH",
    "FUNDAMENTAL_BIOLOGY",
    "HEALTH_MEDICAL_BIOMEDICAL",
    "DISEASE_RESEARCH",
    "POPULATION_ANCESTRY",
    "METHODS_DEVELOPMENT",
    "CONTROLS",
    "CLINICAL_CARE",
)
ORGANISATION_TYPES = ("FOR_PROFIT", "NOT_FOR_PROFIT")
OBLIGATIONS = ("PUBLICATION", "COLLABORATION", "RETURN_OF_DERIVED_DATA")
DATA_TYPES = ("GENOTYPE", "PHENOTYPE")
# Research a data access committee reviews itself whatever the conditions say: DUOS's manual-review flags
# (DataBiosphere/consent DarUtil.requiresManualReview) and its questions on children and one sex.
SENSITIVE_LABELS = {
    "CHILDREN": "research on children",
    "SINGLE_SEX": "research on one sex only",
    "VULNERABLE_POPULATION": "research on a vulnerable population",
    "ILLEGAL_BEHAVIOUR": "research on illegal behaviour",
    "ADDICTION": "research on addiction",
    "SEXUAL_DISEASES": "research on sexually transmitted diseases",
    "STIGMATISED_DISEASES": "research on stigmatising illnesses",
    "POPULATION_MIGRATION": "research on population migration",
    "PSYCHIATRIC_TRAITS": "research on psychiatric traits",
}
SENSITIVE_TOPICS = tuple(SENSITIVE_LABELS)

EU_MEMBERS = (
    "AT",
    "BE",
    "BG",
    "CY",
    "CZ",
    "DE",
    "DK",
    "EE",
    "ES",
    "FI",
    "FR",
    "GR",
    "HR",
    "HU",
    "IE",
    "IT",
    "LT",
    "LU",
    "LV",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SE",
    "SI",
    "SK",
)
REGIONS: dict[str, tuple[str, ...]] = {
    "EU": EU_MEMBERS,
    "EEA": tuple(sorted(EU_MEMBERS + ("IS", "LI", "NO"))),
}


class ConsentInputError(ValueError):
    """A conditions or purpose mapping that does not follow the vocabulary."""


def _unwrap(data: object, key: str, what: str) -> dict:
    if isinstance(data, dict) and isinstance(data.get(key), dict):
        data = data[key]
    if not isinstance(data, dict):
        raise ConsentInputError(f"{what} must be a mapping, not {type(data).__name__}")
    return data


def _text(data: dict, key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        raise ConsentInputError(f"'{key}' must be a single value")
    return str(value).strip() or None


def _list(data: dict, key: str) -> tuple[str, ...] | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, (str, int)):
        value = [value]
    if not isinstance(value, list):
        raise ConsentInputError(f"'{key}' must be a list")
    return tuple(str(v).strip() for v in value if str(v).strip())


def _choices(data: dict, key: str, allowed: tuple[str, ...]) -> frozenset[str] | None:
    items = _list(data, key)
    if items is None:
        return None
    chosen = {_token(v) for v in items}
    unknown = sorted(chosen - set(allowed))
    if unknown:
        raise ConsentInputError(f"'{key}' has unknown value(s) {', '.join(unknown)}; use {', '.join(allowed)}")
    return frozenset(chosen)


def _token(value: str) -> str:
    return str(value).strip().upper().replace("-", "_").replace(" ", "_")


def _bool(data: dict, key: str) -> bool | None:
    value = data.get(key)
    if value is None or isinstance(value, bool):
        return value
    raise ConsentInputError(f"'{key}' must be true or false, not {value!r}")


def _int(data: dict, key: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ConsentInputError(f"'{key}' must be a whole number of months, not {value!r}")
    try:
        number = int(value)
    except ValueError:
        raise ConsentInputError(f"'{key}' must be a whole number of months, not {value!r}") from None
    if number < 0:
        raise ConsentInputError(f"'{key}' must not be negative")
    return number


def _date(data: dict, key: str) -> dt.date | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ConsentInputError(f"'{key}' must be a date like 2027-01-01, not {value!r}") from None


def _plain(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (tuple, frozenset)):
        return sorted(value) if isinstance(value, frozenset) else list(value)
    return value


@dataclass(frozen=True)
class Conditions:
    """A dataset's data use conditions (the `data_use` mapping of a submission)."""

    permission: str | None = None
    diseases: tuple[str, ...] = ()
    modifiers: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    moratorium_until: dt.date | None = None
    time_limit_months: int | None = None
    allowed_users: tuple[str, ...] = ()
    allowed_projects: tuple[str, ...] = ()
    allowed_institutions: tuple[str, ...] = ()
    research_topic: str | None = None

    @classmethod
    def from_dict(cls, data: object) -> Conditions:
        """Read `data_use: {...}` or the bare mapping."""
        raw = _unwrap(data, "data_use", "data_use")
        modifiers = list(dict.fromkeys(_list(raw, "modifiers") or ()))
        return cls(
            permission=_text(raw, "permission"),
            diseases=tuple(dict.fromkeys(normalize_disease_id(d) for d in _list(raw, "diseases") or ())),
            modifiers=tuple(modifiers),
            places=tuple(dict.fromkeys(p.upper() for p in _list(raw, "places") or ())),
            moratorium_until=_date(raw, "moratorium_until"),
            time_limit_months=_int(raw, "time_limit_months"),
            allowed_users=_list(raw, "allowed_users") or (),
            allowed_projects=_list(raw, "allowed_projects") or (),
            allowed_institutions=_list(raw, "allowed_institutions") or (),
            research_topic=_text(raw, "research_topic"),
        )

    def to_dict(self) -> dict:
        """The same vocabulary back, JSON-ready, leaving out empty fields."""
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value not in (None, ()):
                out[f.name] = _plain(value)
        return out


@dataclass(frozen=True)
class Purpose:
    """What a requester wants to do. Every field may be None, meaning "not stated"."""

    uses: frozenset[str] | None = None
    diseases: tuple[str, ...] | None = None
    commercial: bool | None = None
    organisation_type: str | None = None
    country: str | None = None
    ethics_approval: bool | None = None
    accepts: frozenset[str] | None = None
    publication_date: dt.date | None = None
    request_date: dt.date | None = None
    duration_months: int | None = None
    user_id: str | None = None
    project_id: str | None = None
    institution_id: str | None = None
    data_types: frozenset[str] | None = None
    research_topic: str | None = None
    sensitive_topics: frozenset[str] | None = None

    @classmethod
    def from_dict(cls, data: object) -> Purpose:
        """Read `purpose: {...}` or the bare mapping; unknown keys are refused to catch typos."""
        raw = _unwrap(data, "purpose", "purpose")
        known = {f.name for f in fields(cls)}
        extra = sorted(set(raw) - known)
        if extra:
            raise ConsentInputError(
                f"purpose has unknown field(s) {', '.join(extra)}; use {', '.join(f.name for f in fields(cls))}"
            )
        organisation = _text(raw, "organisation_type")
        if organisation is not None:
            organisation = _token(organisation)
            if organisation not in ORGANISATION_TYPES:
                raise ConsentInputError(f"'organisation_type' must be one of {', '.join(ORGANISATION_TYPES)}")
        diseases = _list(raw, "diseases")
        country = _text(raw, "country")
        return cls(
            uses=_choices(raw, "uses", USES),
            diseases=None if diseases is None else tuple(dict.fromkeys(map(normalize_disease_id, diseases))),
            commercial=_bool(raw, "commercial"),
            organisation_type=organisation,
            country=country.upper() if country else None,
            ethics_approval=_bool(raw, "ethics_approval"),
            accepts=_choices(raw, "accepts", OBLIGATIONS),
            publication_date=_date(raw, "publication_date"),
            request_date=_date(raw, "request_date"),
            duration_months=_int(raw, "duration_months"),
            user_id=_text(raw, "user_id"),
            project_id=_text(raw, "project_id"),
            institution_id=_text(raw, "institution_id"),
            data_types=_choices(raw, "data_types", DATA_TYPES),
            research_topic=_text(raw, "research_topic"),
            sensitive_topics=_choices(raw, "sensitive_topics", SENSITIVE_TOPICS),
        )

    def to_dict(self) -> dict:
        """The purpose vocabulary back, JSON-ready, leaving out unknown facts."""
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self) if getattr(self, f.name) is not None}
