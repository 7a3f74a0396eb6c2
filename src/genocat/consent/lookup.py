"""Diseases by name or by any code: `search_diseases("breast cancer")` and `show_disease("DOID:1612")`, so a
researcher or a steward never needs to know a MONDO number. `genocat diseases` prints these results;
site_assets/disease-search.mjs ranks the same way in the browser (shared cases in tests/consent/search.json).

Ranking of a word search: every query word must begin a word of the label (or of a synonym). Then, best
first: the label is the query; the label begins with the query; every query word is a whole label word;
the rest. Ties: fewer label words (the more general name), then the label, then the id.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from genocat.consent.diseases import DiseaseOntology, load_disease_ontology

_WORD = re.compile(r"[a-z0-9]+")
_CODE = re.compile(r"^[A-Za-z][A-Za-z0-9-]*:\S+$|^https?://\S+$")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


@dataclass(frozen=True)
class DiseaseHit:
    """One search result. `match` says why it was found: id, xref (a DOID/ORPHA/ICD10/OMIM code that maps
    to it), replacement (it replaces the obsolete id searched for), label or synonym; `code` is that code."""

    id: str
    label: str
    match: str
    code: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class DiseaseInfo:
    """What `genocat diseases show` prints. `id` is None when the code stands for no live term; `problem`
    then says why (obsolete, unknown, unmapped). `candidates` lists every term an ambiguous code maps to."""

    query: str
    id: str | None
    label: str | None
    parents: tuple[tuple[str, str], ...] = ()
    ancestors: tuple[tuple[str, str], ...] = ()
    xrefs: tuple[str, ...] = ()
    synonyms: tuple[str, ...] = ()
    candidates: tuple[str, ...] = ()
    replaced_by: str | None = None
    problem: str | None = None
    ontology: str = ""

    def to_dict(self) -> dict:
        data = asdict(self)
        for key in ("parents", "ancestors"):
            data[key] = [{"id": i, "label": label} for i, label in data[key]]
        return data


def _rank(query_words: list[str], names: list[list[str]]) -> tuple[int, int] | None:
    """(tier, word count) of the best of a term's names that holds every query word as a word prefix."""
    best = None
    for offset, name in enumerate(names):
        if not all(any(w.startswith(q) for w in name) for q in query_words):
            continue
        if name == query_words:
            tier = 0
        elif name[: len(query_words)] == query_words:
            tier = 1
        elif all(q in name for q in query_words):
            tier = 2
        else:
            tier = 3
        score = (tier + (4 if offset else 0), len(name))
        best = score if best is None or score < best else best
    return best


def search_diseases(query: str, limit: int = 20, ontology: DiseaseOntology | None = None) -> list[DiseaseHit]:
    """Live terms for a code (MONDO, DOID, ORPHA, ICD-10, OMIM: the terms it names or maps to) or for the
    words of their labels, best first, at most `limit`."""
    ontology = ontology or load_disease_ontology()
    text = str(query).strip()
    if not text or limit <= 0:
        return []
    if _CODE.match(text):
        resolution = ontology.resolve(text)
        code = resolution.code
        if resolution.terms:
            kind = "id" if resolution.terms == (code,) else "xref"
            return [DiseaseHit(t, ontology.labels.get(t, t), kind, code) for t in resolution.terms][:limit]
        if resolution.replaced_by:
            target = resolution.replaced_by
            return [DiseaseHit(target, ontology.labels.get(target, target), "replacement", code)]
        return []
    query_words = words(text)
    if not query_words:
        return []
    first = query_words[0]
    scored = []
    for curie, label in ontology.labels.items():
        synonyms = ontology.synonyms.get(curie, ())
        if first not in label.lower() and not any(first in s.lower() for s in synonyms):
            continue
        score = _rank(query_words, [words(label), *map(words, synonyms)])
        if score is not None:
            scored.append((score, label, curie))
    scored.sort()
    return [DiseaseHit(c, label, "label" if score[0] < 4 else "synonym") for score, label, c in scored[:limit]]


def show_disease(code: str, ontology: DiseaseOntology | None = None) -> DiseaseInfo:
    """Label, parents, ancestors and cross-references of the term a code stands for; for an obsolete
    term its replacement; for a code that stands for none, why."""
    ontology = ontology or load_disease_ontology()
    resolution = ontology.resolve(code)
    named = lambda ids: tuple((i, ontology.labels.get(i, "")) for i in sorted(ids))  # noqa: E731
    if len(resolution.terms) != 1:
        problem = resolution.problem
        if len(resolution.terms) > 1:
            problem = f"{resolution.code} maps to several terms: " + ", ".join(map(ontology.label, resolution.terms))
        return DiseaseInfo(
            query=resolution.code,
            id=None,
            label=None,
            candidates=resolution.terms,
            replaced_by=resolution.replaced_by,
            problem=problem,
            ontology=ontology.name,
        )
    term = resolution.terms[0]
    return DiseaseInfo(
        query=resolution.code,
        id=term,
        label=ontology.labels.get(term),
        parents=named(ontology.parents.get(term, ())),
        ancestors=named(ontology.ancestors(term)),
        xrefs=ontology.xrefs.get(term, ()),
        synonyms=ontology.synonyms.get(term, ()),
        ontology=ontology.name,
    )


def format_hits(hits: list[DiseaseHit]) -> str:
    """One line per hit: id, label, and the code that found it when it was not the label."""
    lines = []
    for hit in hits:
        why = f"  [{hit.match} {hit.code}]" if hit.code and hit.code != hit.id else ""
        lines.append(f"{hit.id}  {hit.label}{why}")
    return "\n".join(lines)


def format_info(info: DiseaseInfo) -> str:
    """The term's facts, one per line, for `genocat diseases show`."""
    if info.id is None:
        lines = [f"{info.query}: {info.problem}"]
        lines += [f"  candidate: {c}" for c in info.candidates]
        if info.replaced_by:
            lines.append(f"  replaced by: {info.replaced_by}")
        return "\n".join(lines)
    lines = [f"{info.id}  {info.label}"]
    if info.query != info.id:
        lines.append(f"  code: {info.query}")
    lines += [f"  parent: {i}  {label}" for i, label in info.parents]
    lines.append(f"  ancestors: {len(info.ancestors)}")
    lines += [f"    {i}  {label}" for i, label in info.ancestors]
    lines += [f"  xref: {x}" for x in info.xrefs]
    lines += [f"  synonym: {s}" for s in info.synonyms]
    lines.append(f"  ontology: {info.ontology}")
    return "\n".join(lines)
