"""The files the static site serves so the browser answers consent questions with no server:
`consent.json` (DUO terms, named regions, each dataset's conditions, the labels of the diseases they name)
and `mondo.json` (the whole MONDO release, the very file the package ships), which the site's disease
search and any decision that involves a disease load on demand (site_assets/consent-site.mjs).

Output is deterministic (sorted keys) so rebuilding the site from the same inputs changes nothing.
"""

from __future__ import annotations

import json

from genocat.consent.disease_files import BUNDLED
from genocat.consent.diseases import DiseaseOntology, load_disease_ontology
from genocat.consent.purpose import REGIONS, Conditions
from genocat.consent.terms import DuoTerms, load_terms

FORMAT_VERSION = 2
DISEASE_FILE = "mondo.json"


def export_for_browser(
    conditions_by_dataset: dict[str, dict],
    ontology: DiseaseOntology | None = None,
    terms: DuoTerms | None = None,
) -> dict:
    """consent.json as a dict; conditions are normalised through `Conditions.from_dict`. The disease
    hierarchy itself is not in it: `diseases.file` names the file that holds it."""
    terms = terms or load_terms()
    ontology = ontology or load_disease_ontology()
    conditions = {dataset: Conditions.from_dict(raw) for dataset, raw in sorted(conditions_by_dataset.items())}
    named = sorted({d for c in conditions.values() for d in c.diseases})
    return {
        "format": FORMAT_VERSION,
        "duo": terms.to_dict(),
        "diseases": {
            "file": DISEASE_FILE,
            "version": ontology.version,
            "attribution": ontology.attribution,
            "labels": {code: name for code in named if (name := _name(ontology, code))},
        },
        "regions": {name: sorted(codes) for name, codes in sorted(REGIONS.items())},
        "conditions": {dataset: c.to_dict() for dataset, c in conditions.items()},
    }


def _name(ontology: DiseaseOntology, code: str) -> str | None:
    """The label of the one live term a code stands for (None when obsolete, unknown or ambiguous)."""
    terms = ontology.resolve(code).terms
    return ontology.labels.get(terms[0]) if len(terms) == 1 else None


def dumps_export(data: dict) -> str:
    """The export as stable JSON text (sorted keys, two-space indent, final newline)."""
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def browser_files(conditions_by_dataset: dict[str, dict]) -> dict[str, str]:
    """The files the static site serves for in-browser consent answers, as {relative path: text}.

    The site writes them into one folder and hands its URL to `loadConsent` (consent-site.mjs), which
    loads `consent.json` first and `mondo.json` only when a decision or a search needs diseases.
    """
    return {
        "consent.json": dumps_export(export_for_browser(conditions_by_dataset)),
        DISEASE_FILE: BUNDLED.read_text(encoding="utf-8"),
    }
