"""The schema's prefixes, used one way everywhere: CURIE to IRI, IRI to CURIE, and the predicate a
slot is written with. Functions take a prefix map for the generator, which works on the index it is
computing; everyone else gets the shipped schema's.
"""

from __future__ import annotations

import re
from functools import cache

from genocat.artefacts import schema_index

_INTERNAL = {"linkml"}


@cache
def prefixes() -> dict[str, str]:
    """The shipped schema's prefixes, sorted, without LinkML's own."""
    return published(schema_index()["prefixes"])


def published(prefix_map: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in sorted(prefix_map.items()) if k not in _INTERNAL}


def expand(curie: str, prefix_map: dict[str, str] | None = None) -> str:
    """`dct:title` -> `http://purl.org/dc/terms/title`; a value with an unknown prefix stays as it is."""
    prefix, _, local = curie.partition(":")
    namespace = (prefixes() if prefix_map is None else prefix_map).get(prefix)
    return namespace + local if namespace else curie


def compact(iri: str, prefix_map: dict[str, str] | None = None) -> str | None:
    """The CURIE `expand` turns back into this IRI (longest namespace first), or None."""
    found = split(iri, prefix_map)
    return f"{found[0]}:{found[1]}" if found else None


def split(iri: str, prefix_map: dict[str, str] | None = None) -> tuple[str, str] | None:
    """(prefix, local part) of an IRI in a known namespace, the local part not empty; the longest
    namespace wins. One regular expression over all namespaces: the builder asks this of every IRI."""
    items = tuple(prefixes().items()) if prefix_map is None else tuple(published(prefix_map).items())
    pattern, prefix_of = _matcher(items)
    match = pattern.match(iri)
    return (prefix_of[match.group()], iri[match.end() :]) if match else None


def emitted_predicate(slot: dict, prefix_map: dict[str, str] | None = None) -> str:
    """The predicate a slot's values are written with: its `rdf_emitted_as` annotation, else its URI."""
    emitted = slot.get("annotations", {}).get("rdf_emitted_as")
    return expand(emitted, prefix_map) if emitted else slot["uri"]


@cache
def _matcher(items: tuple[tuple[str, str], ...]) -> tuple[re.Pattern, dict[str, str]]:
    """A pattern matching, at the start of an IRI, the longest of the namespaces that leaves a local
    part; and each namespace's prefix (the first by name where two share a namespace)."""
    prefix_of: dict[str, str] = {}
    for prefix, namespace in sorted(items):
        prefix_of.setdefault(namespace, prefix)
    ordered = sorted(prefix_of, key=lambda namespace: (-len(namespace), namespace))
    alternatives = "|".join(re.escape(namespace) for namespace in ordered) or "(?!)"
    return re.compile(f"(?:{alternatives})(?=.)", re.DOTALL), prefix_of
