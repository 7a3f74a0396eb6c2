"""Consent matching with the GA4GH Data Use Ontology: may this research purpose use this dataset?

The validator, the CLI and the site all call this package; nothing else implements DUO logic.
"""

from genocat.consent.diseases import DiseaseOntology, OntologyError, Resolution, load_disease_ontology
from genocat.consent.lookup import DiseaseHit, DiseaseInfo, search_diseases, show_disease
from genocat.consent.matcher import Decision, Outcome, Reason, match
from genocat.consent.purpose import REGIONS, Conditions, ConsentInputError, Purpose
from genocat.consent.terms import DuoTerms, Term, load_terms

__all__ = [
    "REGIONS",
    "Conditions",
    "ConsentInputError",
    "Decision",
    "DiseaseHit",
    "DiseaseInfo",
    "DiseaseOntology",
    "DuoTerms",
    "OntologyError",
    "Outcome",
    "Purpose",
    "Reason",
    "Resolution",
    "Term",
    "load_disease_ontology",
    "load_terms",
    "match",
    "search_diseases",
    "show_disease",
]
