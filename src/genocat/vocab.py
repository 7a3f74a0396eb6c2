"""Controlled vocabularies as the package ships them: codes, labels, and near-miss suggestions."""

from __future__ import annotations

import difflib
import re

from genocat import artefacts


def _normal(text: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", text.upper())


def suggest_code(enum: str, value) -> str | None:
    """The code a steward probably meant: by label, by alias annotation, by spelling."""
    if not isinstance(value, str) or not enum:
        return None
    try:
        codes = artefacts.enum_codes(enum)
    except KeyError:
        return None
    if enum in DUO_ENUMS:
        from genocat.consent.terms import load_terms

        term = load_terms().resolve(value)
        if term is not None and term.shorthand in codes:
            return term.shorthand
    wanted = _normal(value)
    for code, info in codes.items():
        names = [code, info.get("label", ""), *info.get("annotations", {}).values()]
        if any(_normal(name) == wanted for name in names if name):
            return code
    close = difflib.get_close_matches(value.upper(), [c.upper() for c in codes], n=1, cutoff=0.6)
    if close:
        return next(c for c in codes if c.upper() == close[0])
    return None


DUO_ENUMS = ("DuoPermission", "DuoModifier")


def obsolete_replacement(enum: str, value) -> str | None:
    """For a retired DUO code: a hint naming its replacement ('' kept as a hint too); else None."""
    if enum not in DUO_ENUMS or not isinstance(value, str):
        return None
    from genocat.consent.terms import load_terms

    terms = load_terms()
    term = terms.resolve(value)
    if term is None or not term.obsolete:
        return None
    replacement = terms.replacement_text(term)
    return f"Use {replacement} instead." if replacement else "DUO names no replacement; choose a current code."
