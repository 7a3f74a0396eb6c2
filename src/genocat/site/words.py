"""Human words for codes, and which links from metadata may be followed (http, https, mailto only).

Labels come from genocat.labels (the schema's own tables); this module only shapes them for a page:
a table whose code has no label gives the code in words ("CANCER" -> "Cancer"), and facets use the
short form of a long label ("Not publicly accessible (personal data; ...)." -> "Not publicly accessible").
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from genocat.artefacts import schema_index
from genocat.labels import code_iri, code_label, disease_label, duo_label

SAFE_SCHEMES = ("http", "https", "mailto")
_CODE = re.compile(r"^[A-Z0-9_]+$")
_SLUG = re.compile(r"[^a-z0-9]+")
_UNSAFE_URL = re.compile(r'[\x00-\x20\x7f"<>`]')


def human(enum: str | None, code) -> str:
    """A code of `enum` as people read it, without a final full stop."""
    text = str(code)
    if enum is None:
        return text
    label = code_label(enum, text)
    if not _labelled(enum, text) and _CODE.match(text) and not text.isdigit():
        label = text.replace("_", " ").capitalize()
    return label.rstrip(".").strip() or text


def _labelled(enum: str, code: str) -> bool:
    """Whether the table gives the code a label of its own ("VCF" is VCF's label: not "Vcf")."""
    return bool(schema_index()["enums"].get(enum, {}).get(code, {}).get("label"))


def short(enum: str | None, code) -> str:
    """The label up to its first parenthesis or semicolon: a facet value, a badge."""
    return re.split(r" \(|; ", human(enum, code), maxsplit=1)[0].strip()


def vocab_link(enum: str, code) -> str | None:
    return safe_url(code_iri(enum, str(code)))


def duo_words(code: str) -> str:
    """A DUO code in words, capitalised ("DS" -> "Disease specific research")."""
    label = duo_label(code)
    return label[:1].upper() + label[1:]


def duo_link(code: str) -> str | None:
    from genocat.labels import _duo  # the terms table labels.py already loads

    term = _duo().resolve(code)
    iri = getattr(term, "iri", None) if term is not None else None
    return safe_url(iri) if iri else None


def disease_words(code: str) -> str:
    return disease_label(code)


def disease_link(code: str) -> str | None:
    """MONDO terms link to their OBO PURL."""
    match = re.match(r"^MONDO[:_](\d{7})$", str(code))
    return f"http://purl.obolibrary.org/obo/MONDO_{match.group(1)}" if match else None


def safe_url(url) -> str | None:
    """The URL if people may follow it from a page (http, https or mailto, no spaces or controls), else None."""
    if not isinstance(url, str) or not url or any(ord(c) < 33 or c in '"<>`' for c in url):
        return None
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in SAFE_SCHEMES else None


def mailto(email) -> str | None:
    return safe_url(f"mailto:{email}") if isinstance(email, str) and "@" in email else None


def slug(text: str) -> str:
    """A stable key for a name ("Hungarian National HDAB" -> "hungarian-national-hdab")."""
    return _SLUG.sub("-", str(text).lower()).strip("-")[:80] or "body"


def english(text) -> str:
    """The English entry of a language map (or the text itself)."""
    if isinstance(text, dict):
        value = text.get("en") or next((v for v in text.values() if isinstance(v, str)), "")
        return str(value)
    return "" if text is None else str(text)
