"""JSON for the browser matcher (site_assets/duo-matcher.mjs): DUO terms, the disease hierarchy, named
regions and each dataset's conditions, so the site answers consent questions with no server.

Output is deterministic (sorted keys) so rebuilding the site from the same inputs changes nothing.
"""

from __future__ import annotations

import json

from genocat.consent.diseases import DiseaseOntology
from genocat.consent.purpose import REGIONS, Conditions
from genocat.consent.terms import DuoTerms, load_terms

FORMAT_VERSION = 1


def export_for_browser(
    conditions_by_dataset: dict[str, dict],
    ontology: DiseaseOntology,
    terms: DuoTerms | None = None,
) -> dict:
    """Everything duo-matcher.mjs needs; conditions are normalised through `Conditions.from_dict`."""
    terms = terms or load_terms()
    return {
        "format": FORMAT_VERSION,
        "duo": terms.to_dict(),
        "diseases": ontology.to_dict(),
        "regions": {name: sorted(codes) for name, codes in sorted(REGIONS.items())},
        "conditions": {
            dataset: Conditions.from_dict(raw).to_dict() for dataset, raw in sorted(conditions_by_dataset.items())
        },
    }


def dumps_export(data: dict) -> str:
    """The export as stable JSON text (sorted keys, two-space indent, final newline)."""
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def browser_files(conditions_by_dataset: dict[str, dict]) -> dict[str, str]:
    """The files the static site serves for in-browser consent answers, as {relative path: text}.

    The site writes them under its own folder and loads `consent.json` into duo-matcher.mjs; any further
    files (such as a disease search index loaded on demand) are listed here too, so the site never needs
    to know how the consent data is split.
    """
    from genocat.consent.diseases import load_disease_ontology

    return {"consent.json": dumps_export(export_for_browser(conditions_by_dataset, load_disease_ontology()))}
