"""Prefixes one way everywhere: CURIE to IRI and back, the longest namespace first."""

from __future__ import annotations

import pytest

from genocat.namespaces import compact, expand, split

PREFIXES = {"a": "http://a/", "ab": "http://a/b/", "same": "http://a/", "linkml": "https://w3id.org/linkml/"}


@pytest.mark.parametrize(
    ("iri", "expected"),
    [
        ("http://a/b/c", ("ab", "c")),  # the longest namespace
        ("http://a/b/", ("a", "b/")),  # a namespace itself: the next one that leaves a local part
        ("http://a/x", ("a", "x")),  # two prefixes for one namespace: the first by name
        ("http://a/", None),
        ("https://w3id.org/linkml/x", None),  # LinkML's own prefix is not published
        ("urn:x", None),
    ],
)
def test_split_takes_the_longest_namespace_that_leaves_a_local_part(iri, expected):
    assert split(iri, PREFIXES) == expected
    assert compact(iri, PREFIXES) == (f"{expected[0]}:{expected[1]}" if expected else None)
    if expected:
        assert expand(compact(iri, PREFIXES), PREFIXES) == iri


def test_the_shipped_prefixes_round_trip():
    assert compact("http://purl.org/dc/terms/title") == "dct:title"
    assert expand("dct:title") == "http://purl.org/dc/terms/title"
    assert split("https://catalogue.genocat.example/dataset/X") is None
