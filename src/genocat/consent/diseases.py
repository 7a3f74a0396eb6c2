"""Disease hierarchy for DS subsumption: a purpose disease is covered by a dataset disease when it is
that disease or one of its descendants through is-a.

Loaded from OBO (own small parser, no extra dependency) or OWL (rdflib). The package ships a hand-written
MONDO slice (`data/mondo_slice.obo`) so matching works offline; `--disease-ontology` replaces it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

OBO_PURL = "http://purl.obolibrary.org/obo/"
ORPHANET_IRI = "http://www.orpha.net/ORDO/Orphanet_"
BUNDLED_SLICE = Path(__file__).resolve().parent.parent / "data" / "mondo_slice.obo"
_OBO_LOCAL = re.compile(r"^([A-Za-z][A-Za-z0-9]*)_(\w+)$")


class OntologyError(ValueError):
    """An ontology file that cannot be read or parsed."""


def normalize_disease_id(value: object) -> str:
    """CURIE for a disease id given as CURIE, OBO PURL or Orphanet IRI (other text is kept, stripped)."""
    text = str(value).strip()
    if text.startswith(ORPHANET_IRI):
        return "ORPHA:" + text[len(ORPHANET_IRI) :]
    if text.startswith(OBO_PURL):
        match = _OBO_LOCAL.match(text[len(OBO_PURL) :])
        if match:
            return f"{match.group(1)}:{match.group(2)}"
    prefix, sep, local = text.partition(":")
    if sep and prefix.upper() in {"MONDO", "ORPHA", "ICD10", "HP", "DOID", "EFO", "OMIM"}:
        return f"{prefix.upper()}:{local}"
    return text


@dataclass
class DiseaseOntology:
    """Disease id -> (label, direct parents). Ancestors are computed on demand and cached."""

    labels: dict[str, str] = field(default_factory=dict)
    parents: dict[str, tuple[str, ...]] = field(default_factory=dict)
    version: str = ""
    source: str = ""
    _ancestors: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def __contains__(self, disease: str) -> bool:
        return normalize_disease_id(disease) in self.parents

    def label(self, disease: str) -> str:
        """'breast cancer (MONDO:0007254)' when known, else the bare id."""
        curie = normalize_disease_id(disease)
        name = self.labels.get(curie)
        return f"{name} ({curie})" if name else curie

    def ancestors(self, disease: str) -> frozenset[str]:
        """All is-a ancestors (transitive, excluding the disease itself)."""
        curie = normalize_disease_id(disease)
        if curie in self._ancestors:
            return self._ancestors[curie]
        seen: set[str] = set()
        todo = list(self.parents.get(curie, ()))
        while todo:
            current = todo.pop()
            if current not in seen:
                seen.add(current)
                todo.extend(self.parents.get(current, ()))
        result = frozenset(seen)
        self._ancestors[curie] = result
        return result

    def covers(self, dataset_disease: str, purpose_disease: str) -> bool | None:
        """True when the purpose disease is the dataset disease or a descendant of it; False when both
        are known and it is not; None when either is missing from the ontology (cannot tell)."""
        allowed = normalize_disease_id(dataset_disease)
        wanted = normalize_disease_id(purpose_disease)
        if allowed == wanted:
            return True
        if allowed not in self.parents or wanted not in self.parents:
            return None
        return allowed in self.ancestors(wanted)

    def uncovered(self, allowed: tuple[str, ...], wanted: tuple[str, ...]) -> tuple[list[str], list[str]]:
        """Explain the wanted diseases that no allowed disease covers: (refused, cannot-tell) messages.
        Every wanted disease must be covered; any one allowed disease may cover it."""
        names = ", ".join(self.label(d) for d in allowed)
        refused, unknown = [], []
        for disease in wanted:
            verdicts = [self.covers(d, disease) for d in allowed]
            if True in verdicts:
                continue
            if None in verdicts:
                unknown.append(
                    f"cannot tell whether {self.label(disease)} falls under {names}: not both in the disease ontology"
                )
            elif any(self.covers(disease, d) for d in allowed):
                refused.append(f"{self.label(disease)} is broader than {names}")
            else:
                refused.append(f"{self.label(disease)} is not {names} or a kind of it")
        return refused, unknown

    def to_dict(self) -> dict:
        """JSON for the browser matcher: id -> {label, parents}, sorted."""
        return {
            "version": self.version,
            "terms": {
                curie: {"label": self.labels.get(curie, ""), "parents": sorted(self.parents[curie])}
                for curie in sorted(self.parents)
            },
        }


def parse_obo(text: str, source: str = "") -> DiseaseOntology:
    """Read [Term] stanzas: id, name, is_a, is_obsolete. Obsolete terms are left out."""
    ontology = DiseaseOntology(source=source)
    stanza: str | None = None
    term: dict = {}

    def flush() -> None:
        if stanza == "Term" and term.get("id") and not term.get("obsolete"):
            curie = normalize_disease_id(term["id"])
            ontology.parents[curie] = tuple(sorted({normalize_disease_id(p) for p in term.get("is_a", [])}))
            if term.get("name"):
                ontology.labels[curie] = term["name"]

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
        elif key == "is_a":
            term.setdefault("is_a", []).append(value.split()[0])
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
    version = next(graph.objects(None, OWL.versionIRI), None) or next(graph.objects(None, OWL.versionInfo), None)
    ontology.version = str(version) if version else ""
    return ontology


def load_disease_ontology(path: str | Path | None = None) -> DiseaseOntology:
    """The ontology in `path` (.obo, else OWL), or the bundled MONDO slice when path is None."""
    if path is None:
        return bundled_slice()
    file = Path(path)
    try:
        if file.suffix.lower() == ".obo":
            return parse_obo(file.read_text(encoding="utf-8"), source=str(file))
        return parse_owl(file)
    except OSError as exc:
        raise OntologyError(f"{file}: cannot read disease ontology ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise OntologyError(f"{file}: not a UTF-8 text file") from exc


@lru_cache(maxsize=1)
def bundled_slice() -> DiseaseOntology:
    """The MONDO slice shipped in the package (read once)."""
    return parse_obo(BUNDLED_SLICE.read_text(encoding="utf-8"), source="genocat:mondo_slice.obo")
