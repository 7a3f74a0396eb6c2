"""Regenerate the HealthDCAT-AP R8 controlled vocabularies genocat ships, from the R8 source files.

Source: ../shared/external/healthdcat-ap-r8/vocabularies/ (the HealthDCAT-AP Release 8 validator's
vocabulary files, upstream commit cd7841f of code.europa.eu/healthdataeu/healthdcat-ap, CC BY 4.0,
(c) European Union; see that folder's README). Writes, deterministically:

- src/genocat/data/vocabularies/<table>.json: every concept with its IRI, its labels in every language
  the source gives, its English definition, and the table's source, version and licence;
- schema/vocabularies_r8.yaml: the LinkML enums of those tables (code, meaning, English title,
  definition, labels as `label_<lang>` annotations), imported by schema/vocabularies.yaml, so the
  schema's enums, the JSON Schema and the SKOS snapshot (`python -m genocat.dev.generate`) come from
  the same files and nothing is typed twice;
- src/genocat/data/vocabularies/eu-nal-codes.json: the codes of the EU tables the R8 validator loads
  (dataset-type, frequency, file-type) without labels: the hand-written enums of those tables in
  schema/vocabularies.yaml are checked against it (tests/test_vocabularies.py).

Usage: python scripts/build_vocabularies.py [--check] [SOURCE_DIR]
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import yaml
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DC, DCTERMS, OWL, RDF, SKOS

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "external" / "healthdcat-ap-r8" / "vocabularies"
DATA = ROOT / "src" / "genocat" / "data" / "vocabularies"
SCHEMA_MODULE = ROOT / "schema" / "vocabularies_r8.yaml"

HDEU = "https://hdeu-dcat.data.health.europa.eu/resource/authority/"
INTERIM_HOST = "http://13.81.34.152:1101/resource/authority/"
AT = Namespace("http://publications.europa.eu/ontology/authority/")
R8 = "HealthDCAT-AP Release 8 validator vocabularies, upstream commit cd7841f (2026-09-18)"
UPSTREAM = (
    "code.europa.eu/healthdataeu/healthdcat-ap @ cd7841f, public/releases/release-8/html/shacl/"
    "HealthDCAT-AP_validator/config/rdf-validator/ehds/catalogue/ (verbatim copy: GitHub "
    "SemanticDataCharter/sdc_healthdcat_ap, data/healthdcat-ap-r8-cd7841f/validator/catalogue/)"
)
LICENCE = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), (c) European Union"

# table -> (enum, prefix, source file under the source folder, how to read it, enum description)
TABLES = {
    "healthcategories": (
        "HealthCategory",
        "healthcategory",
        "healthcategories.rdf",
        "rdf",
        "HealthDCAT-AP R8 health categories: the 17 categories of electronic health data of EHDS Art. 51.",
    ),
    "health-theme": (
        "HealthTheme",
        "healththeme",
        "derived/health-theme.tsv",
        "tsv",
        "HealthDCAT-AP R8 health themes.",
    ),
    "health-activity": (
        "HealthActivity",
        "healthactivity",
        "derived/health-activity.tsv",
        "tsv",
        "HealthDCAT-AP R8 health activities: the activities that generated a dataset (prov:wasGeneratedBy).",
    ),
    "coding-system": (
        "CodingSystem",
        "codingsystem",
        "derived/coding-system.tsv",
        "tsv",
        "HealthDCAT-AP R8 coding systems (healthdcatap:hasCodingSystem).",
    ),
    "standard": (
        "HealthStandard",
        "hdeustandard",
        "derived/standard.tsv",
        "tsv",
        "HealthDCAT-AP R8 standards a dataset conforms to (dct:conformsTo).",
    ),
    "publisher-type": (
        "PublisherType",
        "publishertype",
        "derived/publisher-type.tsv",
        "tsv",
        "HealthDCAT-AP R8 publisher types (dct:type of an agent).",
    ),
    "distribution-status": (
        "DistributionStatus",
        "diststatus",
        "distribution-status.rdf",
        "rdf",
        "EU distribution-status table (adms:status of a distribution).",
    ),
}
# Types the R8 example and shapes give the concepts of a table (written in the SKOS snapshot).
RDF_TYPES = {"standard": "dct:Standard", "coding-system": "dct:Standard"}
EU_TABLES = ("dataset-type", "frequency", "file-type")


def _scheme(graph: Graph, table: str) -> URIRef:
    schemes = sorted(graph.subjects(RDF.type, SKOS.ConceptScheme)) or sorted(set(graph.objects(None, SKOS.inScheme)))
    return schemes[0] if schemes else URIRef(HDEU + table)


def read_rdf(path: Path, table: str) -> tuple[dict, dict]:
    graph = Graph().parse(path, format="xml")
    scheme = _scheme(graph, table)
    version = graph.value(scheme, OWL.versionInfo)
    info = {"scheme": str(scheme), "version": f"{version} (EU authority table)" if version else R8}
    concepts = {}
    for concept in sorted(set(graph.subjects(SKOS.inScheme, scheme))):
        code = str(graph.value(concept, DCTERMS.identifier) or graph.value(concept, DC.identifier) or "")
        if not code or code.startswith("OP_") or str(graph.value(concept, AT.deprecated)) == "true":
            continue  # OP_DATPRO is the Publications Office's placeholder, not a status
        labels = _by_language(graph.objects(concept, SKOS.prefLabel))
        definitions = _by_language(graph.objects(concept, SKOS.definition))
        concepts[code] = {"iri": str(concept), "labels": labels, "definition": definitions.get("en", "")}
    return info, concepts


def _by_language(literals) -> dict[str, str]:
    found: dict[str, str] = {}
    for literal in sorted(lit for lit in literals if isinstance(lit, Literal)):
        found.setdefault((literal.language or "en").lower(), str(literal))
    return dict(sorted(found.items()))


def read_tsv(path: Path, table: str) -> tuple[dict, dict]:
    concepts = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            concepts[row["identifier"]] = {
                "iri": row["iri"],
                "labels": {"en": row["prefLabel_en"]},
                "definition": row["definition_en"],
                "broader": row["broader"] or None,
            }
    return {"scheme": HDEU + table, "version": R8}, dict(sorted(concepts.items()))


def all_languages(source: Path, concepts: dict) -> None:
    """The health categories: labels in every language of the all-languages table (same as the RDF)."""
    with (source / "derived" / "healthcategories-all-languages.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            labels = concepts[row["identifier"]]["labels"]
            for column, text in row.items():
                if column.startswith("prefLabel_") and text:
                    labels.setdefault(column.removeprefix("prefLabel_"), text)
            concepts[row["identifier"]]["labels"] = dict(sorted(labels.items()))


def eu_nal_codes(source: Path) -> dict:
    tables: dict[str, dict] = {}
    with (source / "derived" / "eu-nal-codes-from-r8-validator.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            table = row["scheme"].rpartition("/")[2]
            if table in EU_TABLES:
                entry = tables.setdefault(table, {"scheme": row["scheme"], "version": row["nal_version"], "codes": []})
                entry["codes"].append(row["code"])
    for entry in tables.values():
        entry["codes"] = sorted(set(entry["codes"]))
    return {
        "source": "healthdcat-ap-r8/vocabularies/derived/eu-nal-codes-from-r8-validator.tsv; " + UPSTREAM,
        "licence": LICENCE,
        "tables": dict(sorted(tables.items())),
    }


def build(source: Path = DEFAULT_SOURCE) -> dict[Path, str]:
    """Every output file's text, from the source folder."""
    files: dict[Path, str] = {}
    enums: dict[str, dict] = {}
    for table, (enum, prefix, file_name, kind, description) in TABLES.items():
        reader = read_rdf if kind == "rdf" else read_tsv
        info, concepts = reader(source / file_name, table)
        if table == "healthcategories":
            all_languages(source, concepts)
        data = {
            "table": table,
            "enum": enum,
            "scheme": info["scheme"],
            "version": info["version"],
            "source": f"healthdcat-ap-r8/vocabularies/{file_name}; {UPSTREAM}",
            "licence": LICENCE,
            "concepts": dict(sorted(concepts.items())),
        }
        files[DATA / f"{table}.json"] = _json(data)
        enums[enum] = _enum(table, prefix, description, data)
    files[DATA / "eu-nal-codes.json"] = _json(eu_nal_codes(source))
    files[SCHEMA_MODULE] = _module(enums)
    return files


def _json(data) -> str:
    return json.dumps(data, indent=1, ensure_ascii=False, sort_keys=False) + "\n"


def _enum(table: str, prefix: str, description: str, data: dict) -> dict:
    annotations = {
        "concept_scheme": data["scheme"],
        "snapshot_version": data["version"],
        "vocabulary_source": data["source"],
        "vocabulary_licence": data["licence"],
    }
    if table in RDF_TYPES:
        annotations["rdf_types"] = RDF_TYPES[table]
    if table == "healthcategories":
        annotations["moved_from_release"] = (
            "HealthDCAT-AP before Release 8 (the interim host http://13.81.34.152:1101 of the older public code)"
        )
    values = {}
    for code, concept in data["concepts"].items():
        namespace = data["scheme"] + "/"
        if not concept["iri"].startswith(namespace):
            raise ValueError(f"{table}: {concept['iri']} is not in the scheme {namespace}")
        value: dict = {"meaning": f"{prefix}:{concept['iri'][len(namespace) :]}"}
        value["title"] = concept["labels"].get("en") or code
        if concept.get("definition"):
            value["description"] = concept["definition"]
        value_annotations = {f"label_{lang}": text for lang, text in concept["labels"].items() if lang != "en"}
        if table == "healthcategories":
            value_annotations["moved_from"] = INTERIM_HOST + "healthcategories/" + code
        if concept.get("broader"):
            value_annotations["broader"] = concept["broader"]
        if value_annotations:
            value["annotations"] = value_annotations
        values[code] = value
    return {"description": description, "annotations": annotations, "permissible_values": values}


def _module(enums: dict) -> str:
    module = {
        "id": "https://w3id.org/genocat/schema/vocabularies_r8",
        "name": "genocat-vocabularies-r8",
        "title": "HealthDCAT-AP Release 8 controlled vocabularies (generated)",
        "description": (
            "Generated by scripts/build_vocabularies.py from the HealthDCAT-AP R8 vocabulary files; do not edit. "
            f"Source: {UPSTREAM}. Licence: {LICENCE}."
        ),
        "default_prefix": "genocat",
        "imports": ["linkml:types", "prefixes"],
        "enums": enums,
    }
    header = "# Generated by scripts/build_vocabularies.py from ../shared/external/healthdcat-ap-r8; do not edit.\n"
    return header + yaml.safe_dump(module, sort_keys=False, allow_unicode=True, width=100)


def main(argv: list[str]) -> int:
    check = "--check" in argv
    rest = [a for a in argv if a != "--check"]
    source = Path(rest[0]) if rest else DEFAULT_SOURCE
    if not source.is_dir():
        print(f"source folder not found: {source} (the HealthDCAT-AP R8 vocabularies, see its README)")
        return 2
    files = build(source)
    stale = [p for p, text in files.items() if not p.exists() or p.read_text(encoding="utf-8") != text]
    if check:
        for path in stale:
            print(f"stale: {path.relative_to(ROOT)}")
        return 1 if stale else 0
    DATA.mkdir(parents=True, exist_ok=True)
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
    print(f"wrote {len(files)} files ({len(stale)} changed)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
