"""Reading a disease ontology: the MONDO release shipped in the package (`data/mondo.json`, written by
scripts/build_mondo.py), or a file the user names (OBO with an own small parser, OWL through rdflib).

The bundled file is read once per process and gives the same `DiseaseOntology` every time; it is the same
file the static site serves to the browser matcher.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from genocat.consent.diseases import DiseaseOntology, Obsolete, OntologyError, normalize_disease_id

BUNDLED = Path(__file__).resolve().parent.parent / "data" / "mondo.json"
BUNDLED_SOURCE = "genocat:mondo.json"


def mondo_curie(number: int) -> str:
    return f"MONDO:{number:07d}"


def from_package_data(data: dict, source: str = BUNDLED_SOURCE) -> DiseaseOntology:
    """The ontology from the compact JSON of scripts/build_mondo.py (terms as [number, label, parents,
    xrefs(, synonyms)] rows; obsolete terms as [number, label, replacement, consider] rows)."""
    ontology = DiseaseOntology(version=data["version"], source=source, attribution=data.get("attribution", ""))
    labels, parents, xrefs, synonyms = ontology.labels, ontology.parents, ontology.xrefs, ontology.synonyms
    for row in data["terms"]:
        curie = mondo_curie(row[0])
        labels[curie] = row[1]
        parents[curie] = tuple(map(mondo_curie, row[2]))
        if row[3]:
            xrefs[curie] = tuple(row[3])
        if len(row) > 4 and row[4]:
            synonyms[curie] = tuple(row[4])
    for number, label, replacement, consider in data["obsolete"]:
        ontology.obsolete[mondo_curie(number)] = Obsolete(
            label, mondo_curie(replacement) if replacement else None, tuple(map(mondo_curie, consider))
        )
    return ontology


@lru_cache(maxsize=1)
def bundled() -> DiseaseOntology:
    """The MONDO release shipped in the package (read once per process)."""
    return from_package_data(json.loads(BUNDLED.read_text(encoding="utf-8")))


def parse_obo(text: str, source: str = "") -> DiseaseOntology:
    """Read [Term] stanzas: id, name, is_a, xref, is_obsolete, replaced_by, consider."""
    ontology = DiseaseOntology(source=source)
    stanza: str | None = None
    term: dict = {}

    def flush() -> None:
        if stanza != "Term" or not term.get("id"):
            return
        curie = normalize_disease_id(term["id"])
        if term.get("obsolete"):
            replaced = term.get("replaced_by", [])
            ontology.obsolete[curie] = Obsolete(
                term.get("name", ""),
                normalize_disease_id(replaced[0]) if len(replaced) == 1 else None,
                tuple(normalize_disease_id(c) for c in term.get("consider", [])),
            )
            return
        ontology.parents[curie] = tuple(sorted({normalize_disease_id(p) for p in term.get("is_a", [])}))
        if term.get("name"):
            ontology.labels[curie] = term["name"]
        if term.get("xref"):
            ontology.xrefs[curie] = tuple(sorted({normalize_disease_id(x) for x in term["xref"]}))

    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("!"):
            continue
        if line.startswith("[") and line.endswith("]"):
            flush()
            stanza, term = line[1:-1], {}
            continue
        key, sep, value = line.partition(":")
        if not sep:
            continue
        value = re.sub(r"\s!.*$", "", value).strip()
        value = re.sub(r"\s*\{.*\}$", "", value).strip()
        if stanza is None:
            if key == "data-version":
                ontology.version = value
        elif key in ("id", "name"):
            term[key] = value
        elif key in ("is_a", "xref", "replaced_by", "consider"):
            term.setdefault(key, []).append(value.split()[0])
        elif key == "is_obsolete":
            term["obsolete"] = value.lower() == "true"
    flush()
    for curie in sorted({p for ps in ontology.parents.values() for p in ps} - set(ontology.parents)):
        ontology.parents[curie] = ()
    return ontology


def parse_owl(path: Path) -> DiseaseOntology:
    """Named-class rdfs:subClassOf edges and rdfs:label from RDF/XML or Turtle (via rdflib)."""
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import OWL, RDF, RDFS

    graph = Graph()
    formats = ["turtle", "xml"] if path.suffix.lower() in (".ttl", ".n3") else ["xml", "turtle"]
    errors = []
    for fmt in formats:
        try:
            graph.parse(path, format=fmt)
            break
        except Exception as exc:  # rdflib raises many parser-specific types
            errors.append(f"{fmt}: {exc}")
            graph = Graph()
    else:
        raise OntologyError(f"{path}: not readable as RDF/XML or Turtle ({'; '.join(errors)})")

    deprecated = {s for s, o in graph.subject_objects(OWL.deprecated) if str(o).lower() == "true"}
    classes = {s for s in graph.subjects(RDF.type, OWL.Class) if isinstance(s, URIRef)}
    edges: dict[str, set[str]] = {}
    for child, parent in graph.subject_objects(RDFS.subClassOf):
        if isinstance(child, URIRef) and isinstance(parent, URIRef) and child not in deprecated:
            classes.update((child, parent))
            edges.setdefault(normalize_disease_id(child), set()).add(normalize_disease_id(parent))
    ontology = DiseaseOntology(source=str(path))
    for cls in sorted(classes - deprecated, key=str):
        if str(cls).startswith(str(OWL)):
            continue
        curie = normalize_disease_id(cls)
        ontology.parents[curie] = tuple(sorted(edges.get(curie, ())))
        labels = sorted(str(o) for o in graph.objects(cls, RDFS.label) if isinstance(o, Literal))
        if labels:
            ontology.labels[curie] = labels[0]
    for cls in sorted(deprecated, key=str):
        ontology.obsolete[normalize_disease_id(cls)] = Obsolete("", None, ())
    version = next(graph.objects(None, OWL.versionIRI), None) or next(graph.objects(None, OWL.versionInfo), None)
    ontology.version = str(version) if version else ""
    return ontology


def load(path: str | Path | None = None) -> DiseaseOntology:
    """The ontology in `path` (.obo, else OWL), or the bundled MONDO release when path is None."""
    if path is None:
        return bundled()
    file = Path(path)
    try:
        if file.suffix.lower() == ".obo":
            return parse_obo(file.read_text(encoding="utf-8"), source=str(file))
        return parse_owl(file)
    except OSError as exc:
        raise OntologyError(f"{file}: cannot read disease ontology ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise OntologyError(f"{file}: not a UTF-8 text file") from exc
