"""Stable IRIs and file names minted from the base IRI and the submissions' identifiers.

Every node gets an IRI (no blank nodes): catalogues and datasets from their identifiers, nested
records from their parent's IRI plus the slot name and the record's own identifier or position.
Identifiers are percent-encoded for IRIs and reduced to a safe character set for file names, so no
identifier can make the build write outside its output folder.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote

DEFAULT_BASE_IRI = "https://catalogue.genocat.example/"
_UNSAFE_FILE_CHARS = re.compile(r"[^A-Za-z0-9._-]+")
_UNRESERVED = re.compile(r"[A-Za-z0-9._~-]+\Z")  # what quote() never encodes


def normalise_base(base_iri: str) -> str:
    return base_iri if base_iri.endswith(("/", "#")) else base_iri + "/"


def segment(value: str) -> str:
    """One IRI path segment: unreserved characters kept, everything else percent-encoded."""
    text = str(value)
    if _UNRESERVED.match(text):  # most identifiers and every slot name: nothing to encode
        return text
    return quote(text, safe="-._~") or "_"


def root_catalogue_iri(base: str) -> str:
    return base + "catalogue"


def node_catalogue_iri(base: str, node: str) -> str:
    return f"{base}catalogue/{segment(node)}"


def dataset_iri(base: str, identifier: str) -> str:
    return f"{base}dataset/{segment(identifier)}"


def graph_iri(base: str, name: str) -> str:
    return f"{base}graph/{segment(name)}"


def child_iri(parent: str, slot_name: str, record, position: int) -> str:
    """IRI of a record nested in `parent` under `slot_name`: the record's own `iri` if it has one,
    else minted (its identifier beats its position)."""
    if isinstance(record, dict) and isinstance(record.get("iri"), str) and record["iri"]:
        return record["iri"]
    iri = f"{parent}/{segment(slot_name)}"
    if isinstance(record, dict) and isinstance(record.get("identifier"), str) and record["identifier"]:
        return f"{iri}/{segment(record['identifier'])}"
    return f"{iri}/{position}" if position else iri


def file_stem(identifier: str) -> str:
    """A file name stem that stays inside its folder whatever the identifier holds."""
    stem = _UNSAFE_FILE_CHARS.sub("_", str(identifier)).strip("._")
    if stem != identifier or not stem:
        # keep distinct identifiers distinct after the unsafe characters are replaced
        stem = f"{stem or 'dataset'}-{hashlib.sha256(str(identifier).encode()).hexdigest()[:8]}"
    return stem
