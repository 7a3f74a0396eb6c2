"""Catalogue layer: facts that only the whole catalogue shows (unique identifiers, node countries)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePosixPath

from genocat import artefacts
from genocat.findings import Severity
from genocat.rules.registry import finding, rule

# The top-level keys the catalogue-scope rules read. The engine hands these rules a summary of each
# document with only these keys and their positions (`Document.summary`), which is all the cache keeps
# of an unchanged file; a catalogue-scope rule that reads another key must add it here.
SUMMARY_KEYS = ("identifier",)


def node_of(doc) -> str | None:
    """The node folder a file lies in (catalog/<cc>/...), as an upper-case alpha-2 code."""
    parts = PurePosixPath(doc.path).parts
    if doc.kind == "node_catalogue":
        return parts[-2].upper()
    if doc.kind == "dataset" and len(parts) >= 3 and parts[-2] == "datasets":
        folder = parts[-3]
        if len(folder) == 2 and folder.isalpha() and folder.islower():
            return folder.upper()
    return None


def alpha3(alpha2: str) -> str | None:
    for code, info in artefacts.enum_codes("Country").items():
        if info["annotations"].get("iso2") == alpha2:
            return code
    return None


@rule("GC701", "duplicate-identifier", Severity.ERROR, "catalogue", scope="catalogue")
def duplicate_identifier(docs, ctx) -> Iterator:
    """
    Identifiers are unique across the whole catalogue, over all nodes.

    Passing: GDI-HU-SEMMELWEIS-1 and GDI-HU-SEMMELWEIS-2
    Failing: two files with GDI-HU-SEMMELWEIS-1
    """
    first: dict[str, object] = {}
    for doc in sorted(docs, key=lambda d: d.path):
        ident = doc.data.get("identifier")
        if not isinstance(ident, str):
            continue
        if ident in first:
            other = first[ident]
            line = other.locate("/identifier")[0]
            yield finding(
                doc,
                "GC701",
                "/identifier",
                f"The identifier {ident} is already used by {other.path}.",
                f"Give this record its own identifier (the other is at {other.path}:{line}).",
            )
        else:
            first[ident] = doc


@rule("GC702", "country-matches-node", Severity.ERROR, "catalogue")
def country_matches_node(doc, ctx) -> Iterator:
    """
    A record's country matches the node folder it lies in: a dataset's identifier carries the
    node's code and its spatial coverage includes the node's country; a node catalogue's
    `country` is the node's.

    Passing: `catalog/hu/datasets/gdi-hu-semmelweis-1.yaml` with `spatial: [HUN]`
    Failing: `catalog/hu/datasets/gdi-ro-x-1.yaml` with identifier GDI-RO-X-1
    """
    node = node_of(doc)
    if node is None:
        return
    country = alpha3(node)
    if doc.kind == "node_catalogue":
        if country and isinstance(doc.data.get("country"), str) and doc.data["country"] != country:
            yield finding(
                doc,
                "GC702",
                "/country",
                f"country {doc.data['country']} does not match the node folder '{node.lower()}'.",
                f"Write 'country: {country}', or move the file to the right node folder.",
            )
        return
    ident = doc.data.get("identifier")
    if isinstance(ident, str) and ident.count("-") >= 3 and ident.split("-")[1] != node:
        yield finding(
            doc,
            "GC702",
            "/identifier",
            f"The identifier {ident} names country {ident.split('-')[1]}, but the file lies in node '{node.lower()}'.",
            f"Use an identifier of the form GDI-{node}-INSTITUTE-N, or move the file.",
        )
    spatial = doc.data.get("spatial")
    if country and isinstance(spatial, list) and spatial and country not in spatial:
        yield finding(
            doc,
            "GC702",
            "/spatial",
            f"spatial {spatial} does not include the node's country {country}.",
            f"Add {country} to spatial.",
        )
