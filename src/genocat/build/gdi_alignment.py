"""Where the official shape sets contradict each other, emit what satisfies all of them.

The one contradiction today is the health category. HealthDCAT-AP R8 asks for at least one IRI in
`healthdcatap:healthCategory` and names its own table (HGPD, EHRS, RQSH); the GDI shapes accept only
the GDI project's three concepts there (`sh:in`). So the submission's HealthDCAT-AP categories are
written as `dcat:theme` values (the `rdf_emitted_as` annotation of the `health_category` slot), where
both shape sets accept them, and `healthdcatap:healthCategory` gets the GDI concepts, derived here
from the dataset's genomic data categories (the `gdi_health_category` annotation of the DataCategory
enum). The vocabulary snapshot links each GDI concept to HGPD (`skos:broadMatch`). Nothing the
steward wrote is lost and neither shape set reports a violation.
"""

from __future__ import annotations

from genocat.artefacts import schema_index
from genocat.build.rdf import iri
from genocat.namespaces import expand

HEALTH_CATEGORY = iri("http://healthdataportal.eu/ns/health#healthCategory")


def health_categories(dataset_iri: str, data: dict) -> list:
    """The GDI health-category triples a dataset's genomic data categories imply."""
    categories = schema_index()["enums"]["DataCategory"]
    concepts = {
        categories[code]["annotations"]["gdi_health_category"]
        for code in (data.get("genomics") or {}).get("data_categories") or []
        if code in categories and "gdi_health_category" in categories[code]["annotations"]
    }
    subject = iri(dataset_iri)
    return [(subject, HEALTH_CATEGORY, iri(expand(c))) for c in sorted(concepts)]
