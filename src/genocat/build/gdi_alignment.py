"""The GDI project's health-category concepts, next to the HealthDCAT-AP R8 categories.

HealthDCAT-AP R8 asks for at least one IRI of its health-category table in
`healthdcatap:healthCategory` (and its vocabulary rules reject any other value there); the GDI shapes
(based on Release 5) accept only the GDI project's three concepts there (`sh:in`), a documented
upstream defect of the GDI shapes. The standard wins: the submission's R8 categories are written as
`healthdcatap:healthCategory`, and the GDI concepts, derived here from the dataset's genomic data
categories (the `gdi_health_category` annotation of the DataCategory enum), are written as `dcat:theme`
values, where a GDI portal still finds them and no shape set restricts them. The vocabulary snapshot
links each GDI concept to HGPD (`skos:broadMatch`); the SHACL layer widens the GDI `sh:in` list with
the R8 table when it loads the GDI shapes (genocat.shacl.shapes).

The same holds for the GDI conformance markers (1+MG compliant, 1+MG cohort, externally governed):
the GDI shapes list them for `dct:conformsTo`, the R8 vocabulary rules accept only the R8 standard
table there, so the `conforms_to` slot is written as `dcat:theme` (its `rdf_emitted_as` annotation)
and R8 standards go to `dct:conformsTo` from the `standards` slot.
"""

from __future__ import annotations

from genocat.artefacts import schema_index
from genocat.build.rdf import iri
from genocat.namespaces import expand

THEME = iri("http://www.w3.org/ns/dcat#theme")


def health_categories(dataset_iri: str, data: dict) -> list:
    """The GDI health-category triples (as dcat:theme) a dataset's genomic data categories imply."""
    categories = schema_index()["enums"]["DataCategory"]
    concepts = {
        categories[code]["annotations"]["gdi_health_category"]
        for code in (data.get("genomics") or {}).get("data_categories") or []
        if code in categories and "gdi_health_category" in categories[code]["annotations"]
    }
    subject = iri(dataset_iri)
    return [(subject, THEME, iri(expand(c))) for c in sorted(concepts)]
