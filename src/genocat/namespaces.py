"""The schema's prefixes, used one way everywhere: CURIE to IRI, IRI to CURIE, and the predicate a
slot is written with. Functions take a prefix map for the generator, which works on the index it is
computing; everyone else gets the shipped schema's.
"""

from __future__ import annotations

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
    if prefix_map is None:
        return _compact_shipped(iri)
    return _compact(iri, _longest_first(tuple(published(prefix_map).items())))


def emitted_predicate(slot: dict, prefix_map: dict[str, str] | None = None) -> str:
    """The predicate a slot's values are written with: its `rdf_emitted_as` annotation, else its URI."""
    emitted = slot.get("annotations", {}).get("rdf_emitted_as")
    return expand(emitted, prefix_map) if emitted else slot["uri"]


@cache
def _compact_shipped(iri: str) -> str | None:
    return _compact(iri, _longest_first(tuple(prefixes().items())))


@cache
def _longest_first(items: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(items, key=lambda item: (-len(item[1]), item[0])))


def _compact(iri: str, namespaces: tuple[tuple[str, str], ...]) -> str | None:
    for prefix, namespace in namespaces:
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return None
