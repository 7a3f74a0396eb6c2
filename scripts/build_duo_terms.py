"""Regenerate src/genocat/data/duo_terms.json from the DUO release (duo.owl) with rdflib.

Why a script: the JSON is committed so the package needs no network and no OWL parsing at run time,
but anyone can check it against the release. Output is deterministic (sorted keys, fixed indent).

Usage: python scripts/build_duo_terms.py [PATH/TO/duo.owl] [OUTPUT.json]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDFS

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OWL = ROOT.parent / "shared" / "external" / "duo" / "duo.owl"
DEFAULT_OUT = ROOT / "src" / "genocat" / "data" / "duo_terms.json"

OBO = Namespace("http://purl.obolibrary.org/obo/")
OIO = Namespace("http://www.geneontology.org/formats/oboInOwl#")
DEFINITION = OBO.IAO_0000115
REPLACED_BY = OBO.IAO_0100001
IS_RESTRICTED_TO = OBO.DUO_0000010
PERMISSION_ROOT = "DUO:0000001"
MODIFIER_ROOT = "DUO:0000017"
INVESTIGATION_ROOT = OBO.OBI_0000066
VERSION = "2021-02-23"
ATTRIBUTION = (
    "Data Use Ontology (DUO), GA4GH / EMBL-EBI, release 2021-02-23, https://github.com/EBISPOT/DUO, "
    "licensed CC BY 4.0 (http://creativecommons.org/licenses/by/4.0/). Selected annotations extracted "
    "into JSON by genocat; term content unmodified."
)


def curie_from_iri(iri: str) -> str:
    """Turn an OBO PURL into a CURIE (used for parameters only; DUO ids come from oboInOwl:id)."""
    local = iri.rsplit("/", 1)[-1]
    prefix, _, number = local.partition("_")
    return f"{prefix}:{number}" if number else local


def text(graph: Graph, subject: URIRef, prop: URIRef) -> str | None:
    """One literal value, preferring English; None when absent."""
    values = sorted((o for o in graph.objects(subject, prop) if isinstance(o, Literal)), key=str)
    english = [v for v in values if v.language in (None, "en")]
    return str(english[0]).strip() if english else None


def build(owl_path: Path) -> dict:
    graph = Graph()
    graph.parse(owl_path, format="xml")
    ids: dict[URIRef, str] = {}
    for subject, obj in graph.subject_objects(OIO.id):
        if str(obj).startswith("DUO:") and (subject, None, OWL.Class) in graph:
            ids[subject] = str(obj)

    parents: dict[str, list[str]] = {}
    parameters: dict[str, list[dict]] = {}
    obsolete_class: set[str] = set()
    in_investigation: set[str] = set()
    for subject, curie in ids.items():
        parents[curie] = []
        parameters[curie] = []
        for sup in graph.objects(subject, RDFS.subClassOf):
            if sup in ids:
                parents[curie].append(ids[sup])
            elif sup == OIO.ObsoleteClass:
                obsolete_class.add(curie)
            elif sup == INVESTIGATION_ROOT:
                in_investigation.add(curie)
            elif (sup, OWL.onProperty, IS_RESTRICTED_TO) in graph:
                target = graph.value(sup, OWL.someValuesFrom)
                parameters[curie].append({"restricted_to": curie_from_iri(str(target)), "type": "term"})
        parents[curie].sort()

    terms: dict[str, dict] = {}
    aliases: dict[str, str] = {}
    for subject, curie in ids.items():
        iri_curie = curie_from_iri(str(subject))
        if iri_curie != curie:
            aliases[iri_curie] = curie
        comments = " ".join(sorted(str(c) for c in graph.objects(subject, RDFS.comment)))
        params = parameters[curie]
        if "ISO8601" in comments:
            params.append({"type": "date"})
        if "number of months" in comments:
            params.append({"type": "months"})
        deprecated = any(str(v).lower() == "true" for v in graph.objects(subject, OWL.deprecated))
        replaced = text(graph, subject, REPLACED_BY) or ""
        terms[curie] = {
            "id": curie,
            "iri": "http://purl.obolibrary.org/obo/" + curie.replace(":", "_"),
            "shorthand": text(graph, subject, OIO.shorthand),
            "label": text(graph, subject, RDFS.label),
            "definition": text(graph, subject, DEFINITION),
            "parent": parents[curie][0] if parents[curie] else None,
            "kind": None,
            "parameters": params,
            "obsolete": deprecated or curie in obsolete_class,
            "replaced_by": sorted("DUO:" + n for n in re.findall(r"DUO[_:](\d{7})\b", replaced)),
        }
    for curie, term in terms.items():
        term["kind"] = kind_of(curie, parents, in_investigation, term["obsolete"])

    version_iri = next(graph.objects(None, OWL.versionIRI), None)
    return {
        "version": VERSION,
        "version_iri": str(version_iri) if version_iri else None,
        "source": "https://github.com/EBISPOT/DUO",
        "license": "CC BY 4.0",
        "license_url": "http://creativecommons.org/licenses/by/4.0/",
        "attribution": ATTRIBUTION,
        "aliases": aliases,
        "terms": terms,
    }


def kind_of(curie: str, parents: dict[str, list[str]], investigation: set[str], obsolete: bool) -> str | None:
    """permission / modifier / investigation by walking up the DUO hierarchy; None for obsolete terms."""
    if obsolete:
        return None
    seen: set[str] = set()
    todo = [curie]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        if current == PERMISSION_ROOT:
            return "permission"
        if current == MODIFIER_ROOT:
            return "modifier"
        if current in investigation:
            return "investigation"
        todo.extend(parents.get(current, []))
    return None


def main(argv: list[str]) -> int:
    owl_path = Path(argv[0]) if argv else DEFAULT_OWL
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    data = build(owl_path)
    out.write_text(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(data['terms'])} DUO terms to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
