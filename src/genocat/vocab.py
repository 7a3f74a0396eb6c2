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
        names = [code, info.get("label", ""), info.get("meaning") or "", *info.get("annotations", {}).values()]
        if any(_normal(name) == wanted for name in names if name):
            return code
    local = re.split(r"[/#]", value.rstrip("/"))[-1] if "://" in value else value  # an IRI: its last segment
    close = difflib.get_close_matches(local.upper(), [c.upper() for c in codes], n=1, cutoff=0.6)
    if close:
        return next(c for c in codes if c.upper() == close[0])
    return None


DUO_ENUMS = ("DuoPermission", "DuoModifier")


def moved_code(enum: str, value) -> str | None:
    """The code whose IRI in an older release of its table is `value` (annotation `moved_from`), else None."""
    if not isinstance(value, str) or enum not in artefacts.schema_index()["enums"]:
        return None
    codes = artefacts.enum_codes(enum)
    found = [code for code, info in codes.items() if info.get("annotations", {}).get("moved_from") == value.strip()]
    return found[0] if len(found) == 1 else None


def obsolete_replacement(enum: str, value) -> str | None:
    """For a retired DUO code or an IRI of an older release of a table: a hint naming what to write
    instead ('' kept as a hint too); else None."""
    moved = moved_code(enum, value)
    if moved is not None:
        release = artefacts.schema_index()["enum_info"][enum]["annotations"].get("moved_from_release", "")
        meaning = artefacts.enum_codes(enum)[moved]["meaning"]
        return f"This is the IRI of {release}; write the code {moved} (Release 8 IRI {meaning})."
    if enum not in DUO_ENUMS or not isinstance(value, str):
        return None
    from genocat.consent.terms import load_terms

    terms = load_terms()
    term = terms.resolve(value)
    if term is None or not term.obsolete:
        return None
    replacement = terms.replacement_text(term)
    return f"Use {replacement} instead." if replacement else "DUO names no replacement; choose a current code."
