"""Documents shaped as real sources answer them, written from the specifications:

- a FAIR Data Point (FDP specification v1.2, reference implementation's output): the root is an
  `fdp-o:FAIRDataPoint` listing its catalogues with `fdp-o:metadataCatalog` (and `ldp:contains` in
  its catalogue container); a catalogue lists datasets with `dcat:dataset` (or an
  `ldp:DirectContainer` whose `ldp:contains` are the datasets); each dataset lists its
  distributions with `dcat:distribution`; every resource carries `fdp-o:metadataIssued`,
  `fdp-o:metadataModified` and `dct:isPartOf`, and is its own document;
- CKAN with ckanext-dcat: `catalog.ttl?page=N` holds the catalogue, a page of datasets with their
  distributions, and a `hydra:PagedCollection` with `hydra:firstPage`, `hydra:nextPage`,
  `hydra:lastPage` (literals), `hydra:itemsPerPage` and `hydra:totalItems`.
"""

from __future__ import annotations

PREFIXES = """@prefix dcat: <http://www.w3.org/ns/dcat#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix fdp-o: <https://w3id.org/fdp/fdp-o#> .
@prefix ldp: <http://www.w3.org/ns/ldp#> .
@prefix hydra: <http://www.w3.org/ns/hydra/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
"""
ISSUED = '"2024-03-01T10:00:00Z"^^xsd:dateTime'


def fdp_root(base: str, catalogues: list[str]) -> str:
    links = " , ".join(f"<{base}/catalog/{c}>" for c in catalogues)
    return (
        PREFIXES
        + f"""
<{base}/> a fdp-o:FAIRDataPoint , fdp-o:MetadataService , dcat:Resource ;
    dct:title "Radboud FAIR Data Point"@en ;
    dct:publisher [ a foaf:Agent ; foaf:name "Radboud university medical center" ] ;
    fdp-o:metadataIssued {ISSUED} ;
    fdp-o:metadataCatalog {links} .
<{base}/catalog/> a ldp:DirectContainer ; ldp:membershipResource <{base}/> ;
    ldp:hasMemberRelation fdp-o:metadataCatalog ; ldp:contains {links} .
"""
    )


def fdp_catalog(base: str, name: str, datasets: list[str], container: bool = False) -> str:
    me = f"<{base}/catalog/{name}>"
    links = " , ".join(f"<{base}/dataset/{d}>" for d in datasets) or f"<{base}/nothing>"
    listing = (
        f"<{base}/catalog/{name}#datasets> a ldp:DirectContainer ; ldp:membershipResource {me} ;\n"
        f"    ldp:hasMemberRelation dcat:dataset ; ldp:contains {links} .\n"
        f"{me} ldp:contains <{base}/catalog/{name}#datasets> ."
        if container
        else f"{me} dcat:dataset {links} ."
    )
    return (
        PREFIXES
        + f"""
{me} a dcat:Catalog , dcat:Resource ;
    dct:identifier "{name}" ;
    dct:title "Rare disease genomics at Radboud"@en ;
    dct:description "Genomic datasets of the Radboud university medical center."@en ;
    dct:isPartOf <{base}/> ;
    fdp-o:metadataIssued {ISSUED} ;
    fdp-o:metadataModified {ISSUED} .
{listing}
"""
    )


def dataset_triples(iri: str, identifier: str, title: str, distribution: str | None, extra: str = "") -> str:
    link = f"    dcat:distribution <{distribution}> ;\n" if distribution else ""
    return f"""
<{iri}> a dcat:Dataset , dcat:Resource ;
    dct:identifier "{identifier}" ;
    dct:title "{title}"@en ;
    dct:description "Whole-genome sequencing of {title.lower()}."@en ;
    dcat:keyword "genomics" ;
{link}{extra}    dcat:contactPoint [ a vcard:Kind ; vcard:fn "Data access desk" ;
        vcard:hasEmail <mailto:access@example.org> ] .
"""


def fdp_dataset(base: str, name: str, title: str | None = None, identifier: str | None = None) -> str:
    ident = identifier if identifier is not None else f"GDI-NL-RADBOUD-{name}"
    extra = f"    dct:isPartOf <{base}/catalog/rare> ;\n    fdp-o:metadataIssued {ISSUED} ;\n"
    body = dataset_triples(
        f"{base}/dataset/{name}", ident, title or f"Cohort {name}", f"{base}/distribution/{name}", extra
    )
    if identifier == "":
        body = body.replace('    dct:identifier "" ;\n', "")
    return PREFIXES + body


def fdp_distribution(base: str, name: str) -> str:
    return (
        PREFIXES
        + f"""
<{base}/distribution/{name}> a dcat:Distribution , dcat:Resource ;
    dct:title "Variant calls of cohort {name}"@en ;
    dcat:accessURL <https://ega-archive.org/datasets/EGAD{name}> ;
    dct:isPartOf <{base}/dataset/{name}> ;
    fdp-o:metadataIssued {ISSUED} .
"""
    )


def ckan_page(
    base: str, names: list[str], page: int, pages: int, per_page: int, total: int, hydra_view: bool = False
) -> str:
    me = f"{base}/catalog.ttl?page={page}"
    if hydra_view:
        nxt = f"    hydra:next <{base}/catalog.ttl?page={page + 1}> ;\n" if page < pages else ""
        paging = (
            f"<{base}/catalog.ttl> hydra:view <{me}> .\n<{me}> a hydra:PartialCollectionView ;\n"
            f"{nxt}    hydra:first <{base}/catalog.ttl?page=1> .\n"
        )
    else:
        nxt = f'    hydra:nextPage "{base}/catalog.ttl?page={page + 1}" ;\n' if page < pages else ""
        paging = (
            f'<{me}> a hydra:PagedCollection ;\n    hydra:firstPage "{base}/catalog.ttl?page=1" ;\n{nxt}'
            f'    hydra:lastPage "{base}/catalog.ttl?page={pages}" ;\n'
            f"    hydra:itemsPerPage {per_page} ;\n    hydra:totalItems {total} .\n"
        )
    links = "".join(f"<{base}> dcat:dataset <{base}/dataset/{n}> .\n" for n in names)
    body = "".join(
        dataset_triples(f"{base}/dataset/{n}", f"ckan-{n}", f"Study {n}", f"{base}/dataset/{n}/resource/{n}-r1")
        + f"""<{base}/dataset/{n}/resource/{n}-r1> a dcat:Distribution ; dct:title "Data files"@en ;
    dcat:accessURL <{base}/dataset/{n}/resource/{n}-r1/download> ; dct:format "VCF" .
"""
        for n in names
    )
    return (
        PREFIXES
        + f"""
<{base}> a dcat:Catalog ; dct:title "CKAN portal of the node"@en ; dct:description "Datasets of the node."@en ;
    foaf:homepage <{base}> .
{links}{paging}{body}"""
    )
