"""Human labels for what submissions hold as codes and keys: pages, reports and the site show these,
never IRIs or codes. Everything comes from the package's generated data (the schema index, the DUO
terms, the disease ontology), so a vocabulary update changes every page with no copy to keep.
"""

from __future__ import annotations

from functools import cache

from genocat.artefacts import schema_index


def field_label(class_name: str, slot: str) -> str:
    """The label of a field of a schema class ("number_of_unique_individuals" -> "Number of unique
    individuals"); the schema's own title where it gives one."""
    info = schema_index()["classes"].get(class_name, {}).get("slots", {}).get(slot, {})
    title = info.get("title") or info.get("annotations", {}).get("title")
    return title or slot.replace("_", " ").capitalize()


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
def _duo():
    from genocat.consent.terms import load_terms

    return load_terms()


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
