"""What the MQA knows about formats and media types, for the interoperability indicators.

The MQA reads `dct:format` against the EU file-type table and two lists kept by data.europa.eu
(edp-vocabularies: `edp-non-proprietary-format.rdf`, `edp-machine-readable-format.rdf`). Only the
codes genocat's FileType enum can take matter here; which of them are EU file types follows from
the schema (their meaning IRI), never from a second hand-kept table.
"""

from __future__ import annotations

import re
from functools import cache

from genocat.artefacts import enum_codes

EU_FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/"

# EU file-type codes on the data.europa.eu lists (the subset a genocat FileType can name).
NON_PROPRIETARY = frozenset({"CSV", "TSV", "JSON", "XML", "RDF_TURTLE", "HTML", "ZIP", "GZIP", "TAR"})
MACHINE_READABLE = frozenset({"CSV", "JSON", "XML", "RDF_TURTLE"})

# IANA top-level types; a subtype in the unregistered `x-` tree is not from the registry.
_IANA_TOP = "application|audio|font|haptics|image|message|model|multipart|text|video"
_REGISTERED = re.compile(rf"^(?:{_IANA_TOP})/(?!x-)[A-Za-z0-9][A-Za-z0-9.+-]*$")

# Examples for hints: the media type a distribution in this format would carry.
MEDIA_TYPE_EXAMPLE = {
    "CSV": "text/csv",
    "TSV": "text/tab-separated-values",
    "JSON": "application/json",
    "XML": "application/xml",
    "RDF_TURTLE": "text/turtle",
    "HTML": "text/html",
    "PDF": "application/pdf",
    "ZIP": "application/zip",
    "GZIP": "application/gzip",
    "VCF": "application/gzip",
    "BCF": "application/gzip",
    "FASTQ": "application/gzip",
}


@cache
def _eu_codes() -> dict[str, str]:
    found = {}
    for code, info in enum_codes("FileType").items():
        meaning = info.get("meaning") or ""
        if meaning.startswith(EU_FILE_TYPE):
            found[code] = meaning[len(EU_FILE_TYPE) :]
    return found


def eu_code(fmt: object) -> str | None:
    """The EU file-type code of a genocat format code, or None (EDAM formats, unknown codes, non-strings)."""
    return _eu_codes().get(fmt) if isinstance(fmt, str) else None


def registered_media_type(value: object) -> bool:
    """A media type of a registered IANA tree (offline approximation of the registry lookup)."""
    return isinstance(value, str) and bool(_REGISTERED.match(value))


def media_type_example(fmt: object) -> str:
    return MEDIA_TYPE_EXAMPLE.get(fmt if isinstance(fmt, str) else "", "application/octet-stream")
