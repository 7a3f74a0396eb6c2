"""Disease codes and the disease hierarchy for DS subsumption: a purpose disease is covered by a dataset
disease when it is that disease or one of its descendants through is-a.

Any code a researcher or a steward writes (MONDO CURIE or IRI, DOID, ORPHA/Orphanet, ICD-10, OMIM) is
first *resolved* to live MONDO terms through MONDO's cross-references; an obsolete term, or a code that maps
to nothing, resolves to a problem that the matcher turns into "needs review" with that reason. The package
ships the whole MONDO release (`data/mondo.json`, written by scripts/build_mondo.py); files are read by
`genocat.consent.disease_files`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

OBO_PURL = "http://purl.obolibrary.org/obo/"
ORPHANET_IRI = "http://www.orpha.net/ORDO/Orphanet_"
_OBO_LOCAL = re.compile(r"^([A-Za-z][A-Za-z0-9]*)_(\w+)$")
# Spellings of disease-code prefixes -> the prefix genocat writes. ICD-10-CM and WHO ICD-10 share their
# categories, so both are read as one ICD10 namespace; OMIM phenotypic series may be written OMIM:PS123.
PREFIXES = {
    "MONDO": "MONDO",
    "ORPHA": "ORPHA",
    "ORPHANET": "ORPHA",
    "ORDO": "ORPHA",
    "DOID": "DOID",
    "OMIM": "OMIM",
    "MIM": "OMIM",
    "OMIMPS": "OMIMPS",
    "ICD10": "ICD10",
    "ICD-10": "ICD10",
    "ICD10CM": "ICD10",
    "ICD-10-CM": "ICD10",
    "ICD10WHO": "ICD10",
    "HP": "HP",
    "EFO": "EFO",
}
MAPPED_PREFIXES = ("DOID", "ORPHA", "ICD10", "OMIM", "OMIMPS")


class OntologyError(ValueError):
    """An ontology file that cannot be read or parsed."""


def normalize_disease_id(value: object) -> str:
    """The CURIE genocat uses for a disease code written as CURIE, OBO PURL or Orphanet IRI, in any of the
    prefix spellings of PREFIXES (`mondo:0007254`, `Orphanet:586`, `ICD-10:c50`); other text is kept, stripped."""
    text = str(value).strip()
    if text.startswith(ORPHANET_IRI):
        text = "ORPHA:" + text[len(ORPHANET_IRI) :]
    elif text.startswith(OBO_PURL):
        match = _OBO_LOCAL.match(text[len(OBO_PURL) :])
        if match:
            text = f"{match.group(1)}:{match.group(2)}"
    prefix, sep, local = text.partition(":")
    canonical = PREFIXES.get(prefix.strip().upper()) if sep else None
    if canonical is None:
        return text
    local = local.strip()
    if canonical == "ICD10":
        local = local.upper()
    elif canonical == "OMIM" and local.upper().startswith("PS"):
        canonical, local = "OMIMPS", local[2:]
    return f"{canonical}:{local}"


@dataclass(frozen=True)
class Resolution:
    """What a written disease code stands for: the live ontology terms (several when a cross-reference is
    ambiguous), or a problem (obsolete, unknown, unmapped) that a committee must look at."""

    code: str
    terms: tuple[str, ...] = ()
    problem: str | None = None
    replaced_by: str | None = None


@dataclass(frozen=True)
class Obsolete:
    label: str
    replaced_by: str | None
    consider: tuple[str, ...]


@dataclass
class DiseaseOntology:
    """Disease id -> label, direct is-a parents and cross-references; obsolete ids with their replacement.
    Ancestors are computed once per term, from the parents' ancestors, and kept."""

    labels: dict[str, str] = field(default_factory=dict)
    parents: dict[str, tuple[str, ...]] = field(default_factory=dict)
    xrefs: dict[str, tuple[str, ...]] = field(default_factory=dict)
    obsolete: dict[str, Obsolete] = field(default_factory=dict)
    synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    version: str = ""
    source: str = ""
    attribution: str = ""
    _ancestors: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _resolved: dict[str, Resolution] = field(default_factory=dict, repr=False)

    def __contains__(self, disease: str) -> bool:
        return normalize_disease_id(disease) in self.parents

    @property
    def name(self) -> str:
        """'MONDO 2023-08-01' for the bundled release, else the file it came from."""
        return f"MONDO {self.version}" if self.source == "genocat:mondo.json" else (self.source or "the ontology")

    @cached_property
    def mapped(self) -> dict[str, tuple[str, ...]]:
        """Cross-referenced code -> the live terms that name it (built on first use)."""
        index: dict[str, list[str]] = {}
        for curie, codes in self.xrefs.items():
            for code in codes:
                index.setdefault(code, []).append(curie)
        return {code: tuple(sorted(terms)) for code, terms in index.items()}

    def resolve(self, disease: str) -> Resolution:
        """The live terms a code stands for, or the problem that keeps it from standing for any."""
        known = self._resolved.get(disease)
        if known is not None:
            return known
        code = normalize_disease_id(disease)
        if code in self._resolved:
            return self._resolved[code]
        if code in self.parents:
            result = Resolution(code, (code,))
        elif code in self.obsolete:
            result = self._obsolete(code)
        elif code in self.mapped:
            result = Resolution(code, self.mapped[code])
        elif code.partition(":")[0] in MAPPED_PREFIXES:
            result = Resolution(code, problem=f"{code} maps to no term of {self.name} (no cross-reference names it)")
        else:
            result = Resolution(code, problem=f"{code} is not a disease term of {self.name}")
        self._resolved[code] = self._resolved[disease] = result
        return result

    def _obsolete(self, code: str) -> Resolution:
        old = self.obsolete[code]
        name = old.label.removeprefix("obsolete ")
        what = f"{name} ({code})" if name else code
        if old.replaced_by:
            advice = f"use {self.label(old.replaced_by)} instead"
        elif old.consider:
            advice = "it names no replacement; consider " + " or ".join(self.label(c) for c in old.consider)
        else:
            advice = "it names no replacement"
        return Resolution(code, problem=f"{what} is obsolete in {self.name}; {advice}", replaced_by=old.replaced_by)

    def label(self, disease: str) -> str:
        """'breast cancer (MONDO:0007254)'; a mapped code shows the term it maps to; else the bare code."""
        code = normalize_disease_id(disease)
        name = self.labels.get(code)
        if name:
            return f"{name} ({code})"
        terms = self.resolve(code).terms
        if len(terms) == 1 and self.labels.get(terms[0]):
            return f"{self.labels[terms[0]]} ({code} = {terms[0]})"
        return code

    def ancestors(self, disease: str) -> frozenset[str]:
        """All is-a ancestors (transitive, excluding the disease itself); computed once per term."""
        found = self._ancestors.get(disease)
        if found is not None:
            return found
        curie = normalize_disease_id(disease)
        found = self._ancestors.get(curie)
        if found is not None:
            return found
        done = self._ancestors
        # Iterative depth-first post-order: every parent's set exists before its child's (no recursion limit).
        stack, visiting = [(curie, False)], set()
        while stack:
            node, expanded = stack.pop()
            if node in done:
                continue
            if expanded:
                merged: set[str] = set()
                for parent in self.parents.get(node, ()):
                    merged.add(parent)
                    merged |= done.get(parent, frozenset())
                merged.discard(node)
                done[node] = frozenset(merged)
                continue
            if node in visiting:
                continue  # a cycle (MONDO has none): its far end keeps the part found so far
            visiting.add(node)
            stack.append((node, True))
            stack.extend((p, False) for p in self.parents.get(node, ()) if p not in done and p not in visiting)
        return self._ancestors[curie]

    def covers(self, dataset_disease: str, purpose_disease: str) -> bool | None:
        """True when the purpose disease is the dataset disease or a descendant of it, under every reading of
        both codes; False when under none; None when a code cannot be placed or the readings disagree."""
        allowed, wanted = self.resolve(dataset_disease), self.resolve(purpose_disease)
        if allowed.code == wanted.code:
            return True
        if not allowed.terms or not wanted.terms:
            return None
        verdicts = {a == w or a in self.ancestors(w) for a in allowed.terms for w in wanted.terms}
        return verdicts.pop() if len(verdicts) == 1 else None

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
                unknown.append(self._cannot_tell(disease, allowed, names))
            elif any(self.covers(disease, d) for d in allowed):
                refused.append(f"{self.label(disease)} is broader than {names}")
            else:
                refused.append(f"{self.label(disease)} is not {names} or a kind of it")
        return refused, unknown

    def _cannot_tell(self, disease: str, allowed: tuple[str, ...], names: str) -> str:
        problems = [r.problem for r in map(self.resolve, (disease, *allowed)) if r.problem]
        ambiguous = [r for r in map(self.resolve, (disease, *allowed)) if len(r.terms) > 1]
        problems += [f"{r.code} maps to several terms ({', '.join(map(self.label, r.terms))})" for r in ambiguous]
        why = "; ".join(dict.fromkeys(problems)) or "not both in the disease ontology"
        return f"cannot tell whether {self.label(disease)} falls under {names}: {why}"


def load_disease_ontology(path=None) -> DiseaseOntology:
    """The ontology in `path` (.obo, else OWL), or the whole MONDO release shipped in the package when None
    (read once per process)."""
    from genocat.consent.disease_files import load

    return load(path)


CURIE_PREFIXES = ("MONDO", "ORPHA", "DOID", "OMIM", "ICD10")  # what submissions may write (schema patterns)


def fixed_disease(value: str) -> tuple[str, str] | None:
    """The safe rewrite of a submission's disease code (`validate --fix`), with why; None when it is right or
    unsure: an obsolete MONDO term becomes MONDO's one replacement; an IRI or another prefix spelling of a
    code (`Orphanet:586`, `http://purl.obolibrary.org/obo/DOID_1612`) becomes its CURIE."""
    code = normalize_disease_id(value)
    old = load_disease_ontology().obsolete.get(code)
    if old is not None and old.replaced_by:
        return old.replaced_by, "obsolete MONDO term replaced by MONDO's replacement"
    if code != value and code.partition(":")[0] in CURIE_PREFIXES:
        return code, "disease code written as its CURIE"
    return None
