"""The pinned vocabulary snapshot: every code the schema allows, as a typed, labelled SKOS concept.

The official shapes check that a theme, a language or a licence is a `skos:Concept` (or a
`dct:LinguisticSystem`, a `dct:Location`, ...) with a label; harvesters look the labels up. The
snapshot is written from the schema's enums (their `meaning`, label and the `concept_scheme`,
`rdf_types` and `snapshot_version` annotations), so it holds exactly the codes genocat accepts, and it
ships with the package as `generated/vocabulary.ttl`.
"""

from __future__ import annotations

import re

from pyoxigraph import Literal, NamedNode

from genocat.namespaces import expand as expand_with

RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
SKOS = "http://www.w3.org/2004/02/skos/core#"
_FIRST_SENTENCE = re.compile(r"(?<=[a-z)])\.\s+(?=[A-Z])")  # not after "Art." before a number
OWL_VERSION_INFO = NamedNode("http://www.w3.org/2002/07/owl#versionInfo")


def snapshot_triples(index: dict) -> list[tuple]:
    """Triples of the snapshot for a schema index (the generator passes the one it just computed)."""

    def expand(curie: str) -> str:
        return expand_with(curie, index["prefixes"])

    concept = NamedNode(SKOS + "Concept")
    triples: set[tuple] = set()
    for enum_name, values in index["enums"].items():
        info = index["enum_info"][enum_name]
        annotations = info["annotations"]
        scheme = NamedNode(annotations["concept_scheme"])
        triples.add((scheme, RDF_TYPE, NamedNode(SKOS + "ConceptScheme")))
        triples.add((scheme, OWL_VERSION_INFO, Literal(annotations["snapshot_version"])))
        title = _FIRST_SENTENCE.split(info["description"])[0].rstrip(".") or enum_name
        triples.add((scheme, NamedNode("http://purl.org/dc/terms/title"), Literal(title, language="en")))
        extra_types = [NamedNode(expand(t)) for t in annotations.get("rdf_types", "").split()]
        for code, value in values.items():
            if not value["meaning"]:
                continue
            term = NamedNode(value["meaning"])
            triples.add((term, RDF_TYPE, concept))
            triples.update((term, RDF_TYPE, t) for t in extra_types)
            own_types = value["annotations"].get("rdf_types", "").split()
            triples.update((term, RDF_TYPE, NamedNode(expand(t))) for t in own_types)
            triples.add((term, NamedNode(SKOS + "prefLabel"), Literal(_label(value["label"]), language="en")))
            for language, text in labels_in_languages(value).items():
                triples.add((term, NamedNode(SKOS + "prefLabel"), Literal(text, language=language)))
            triples.add((term, NamedNode(SKOS + "notation"), Literal(code)))
            own_scheme = value["annotations"].get("concept_scheme")  # a code from another table than its enum's
            if own_scheme:
                own_title = Literal(value["annotations"].get("concept_scheme_title", own_scheme), language="en")
                triples.add((NamedNode(own_scheme), RDF_TYPE, NamedNode(SKOS + "ConceptScheme")))
                triples.add((NamedNode(own_scheme), NamedNode("http://purl.org/dc/terms/title"), own_title))
            triples.add((term, NamedNode(SKOS + "inScheme"), NamedNode(own_scheme) if own_scheme else scheme))
            if "broad_match" in value["annotations"]:
                broader = NamedNode(expand(value["annotations"]["broad_match"]))
                triples.add((term, NamedNode(SKOS + "broadMatch"), broader))
    return sorted(triples, key=lambda t: (t[0].value, t[1].value, str(t[2])))


def labels_in_languages(value: dict) -> dict[str, str]:
    """A code's labels in languages other than English (`label_<lang>` annotations, from the R8 sources)."""
    return {
        key.removeprefix("label_"): text
        for key, text in value.get("annotations", {}).items()
        if key.startswith("label_") and key != "label_en"
    }


def _label(text: str) -> str:
    return text[:-1] if text.endswith(".") and text.count(".") == 1 else text
