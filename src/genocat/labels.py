"""Human labels for what submissions hold as codes and keys: pages, reports and the site show these,
never IRIs or codes. Everything comes from the package's data (the generated schema index, DUO terms and
disease ontology, and data/legislation.json, the EU acts' citations), so a vocabulary update changes every
page with no copy to keep.
"""

from __future__ import annotations

import re
from functools import cache

from genocat.artefacts import schema_index

# words of slot names that read wrong capitalised or abbreviated ("access_url", "hdab", "min_age")
_WORDS = {"url": "URL", "iri": "IRI", "hdab": "health data access body", "min": "minimum", "max": "maximum"}
_UNITS = {"months", "days", "years", "meters"}


def field_label(class_name: str, slot: str) -> str:
    """The label of a field of a schema class ("number_of_unique_individuals" -> "Number of unique
    individuals", "access_url" -> "Access URL", "time_limit_months" -> "Time limit (months)",
    "keywords_translated" -> "Keywords in other languages"); the schema's own title where it gives one."""
    info = schema_index()["classes"].get(class_name, {}).get("slots", {}).get(slot, {})
    title = info.get("title") or info.get("annotations", {}).get("title")
    if title:
        return title
    words = [_WORDS.get(word, word) for word in slot.split("_") if word]
    if words[-1:] == ["translated"]:
        words[-1:] = ["in", "other", "languages"]
    elif len(words) > 1 and words[-1] in _UNITS and words[-2] != "in":
        words[-1] = f"({words[-1]})"
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def slot_enum(class_name: str, slot: str) -> str | None:
    """The enum a slot's values come from, or None when its values are not codes of a table."""
    info = schema_index()["classes"].get(class_name, {}).get("slots", {}).get(slot, {})
    return info.get("range") if info.get("range") in schema_index()["enums"] else None


def code_label(enum: str, code: str, lang: str = "en") -> str:
    """The label of a code of one of the schema's enums in `lang` (the R8 tables' prefLabels, in every
    language their source gives; English when the table has no label in that language); the code
    itself when the table does not know it."""
    entry = schema_index()["enums"].get(enum, {}).get(code)
    if entry is None:
        return code
    if lang != "en":
        translated = entry.get("annotations", {}).get(f"label_{lang.lower()}")
        if translated:
            return translated
    return entry.get("label") or code


def code_iri(enum: str, code: str) -> str | None:
    """The IRI a code stands for (the enum's meaning), for links to the vocabulary."""
    entry = schema_index()["enums"].get(enum, {}).get(code)
    return entry.get("meaning") if entry else None


@cache
def _legislation() -> dict:
    import json
    from importlib import resources

    return json.loads(resources.files("genocat").joinpath("data/legislation.json").read_text(encoding="utf-8"))


_ELI = re.compile(r"^https?://data\.europa\.eu/eli/([a-z_]+)/(\d{4})/(\d+)(?:/|$)")


def legislation_label(iri: str) -> str:
    """An ELI IRI as people cite the act ("http://data.europa.eu/eli/reg/2016/679/oj" -> "Regulation (EU)
    2016/679, General Data Protection Regulation (GDPR)"); the IRI itself when it names no act of a known kind.
    Acts numbered before 2015 are cited year/number as their ELI gives them, without "(EU)"."""
    match = _ELI.match(str(iri))
    table = _legislation()
    kind = table["kinds"].get(match.group(1)) if match else None
    if kind is None:
        return str(iri)
    year, number = match.group(2), match.group(3)
    cited = f"{kind} (EU) {year}/{number}" if int(year) >= 2015 else f"{kind} {year}/{number}"
    name = table["acts"].get(f"{match.group(1)}/{year}/{number}")
    return f"{cited}, {name}" if name else cited


@cache
def _duo():
    from genocat.consent.terms import load_terms

    return load_terms()


@cache  # a handful of codes, asked for once per dataset and page
def duo_label(code: str) -> str:
    """The DUO term's label for a DUO code or CURIE ("DS" -> "disease specific research")."""
    term = _duo().resolve(code)
    return term.label if term is not None else code


@cache
def _diseases():
    from genocat.consent.diseases import load_disease_ontology

    return load_disease_ontology()


def disease_label(disease: str) -> str:
    """The disease's name ("breast cancer") for a disease code: a MONDO term, or a DOID, ORPHA, ICD-10 or
    OMIM code that maps to exactly one MONDO term; the code itself otherwise."""
    from genocat.consent.diseases import normalize_disease_id

    ontology = _diseases()
    try:
        code = normalize_disease_id(disease)
    except ValueError:
        return disease
    terms = ontology.resolve(code).terms
    term = terms[0] if len(terms) == 1 else code
    return ontology.labels.get(term) or disease
