"""Where the official shape sets contradict each other, emit what satisfies all of them.

The one contradiction today is the health category. HealthDCAT-AP R8 asks for at least one IRI in
`healthdcatap:healthCategory` and names its own table (HGPD, EHRS, RQSH); the GDI shapes accept only
the GDI project's three concepts there (`sh:in`). So the builder writes the GDI concepts, derived from
the dataset's genomic data categories (the `gdi_health_category` annotation of the DataCategory enum),
into `healthdcatap:healthCategory`, and the submission's HealthDCAT-AP categories into `dcat:theme`,
where both shape sets accept them; the vocabulary snapshot links each GDI concept to HGPD
(`skos:broadMatch`). Nothing the steward wrote is lost and both shape sets report no violation.
"""

from __future__ import annotations

from pyoxigraph import NamedNode

from genocat.artefacts import schema_index
from genocat.build.rdf import expand_curie

HEALTH_CATEGORY = NamedNode("http://healthdataportal.eu/ns/health#healthCategory")
THEME = NamedNode("http://www.w3.org/ns/dcat#theme")


def align(dataset_iri: str, data: dict, triples: list) -> list:
    """The dataset's triples with health categories placed as described above."""
    subject = NamedNode(dataset_iri)
    aligned = []
    for triple in triples:
        if triple[0] == subject and triple[1] == HEALTH_CATEGORY:
            aligned.append((subject, THEME, triple[2]))
        else:
            aligned.append(triple)
    categories = schema_index()["enums"]["DataCategory"]
    concepts = {
        categories[code]["annotations"]["gdi_health_category"]
        for code in (data.get("genomics") or {}).get("data_categories") or []
        if code in categories and "gdi_health_category" in categories[code]["annotations"]
    }
    aligned.extend((subject, HEALTH_CATEGORY, NamedNode(expand_curie(c))) for c in sorted(concepts))
    return aligned
