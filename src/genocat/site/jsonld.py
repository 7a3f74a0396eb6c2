"""schema.org Dataset JSON-LD for a dataset page, as Google Dataset Search reads it, and its safe
embedding in `<script type="application/ld+json">` (data, not script: allowed under the CSP)."""

from __future__ import annotations

import json

from genocat.site.words import english, human, safe_url

MIN_DESCRIPTION, MAX_DESCRIPTION = 50, 5000


def dataset_jsonld(entry: dict, data: dict, downloads: dict[str, str]) -> dict:
    """`entry`: the dataset's datasets.json entry; `downloads`: format name -> URL of its DCAT file."""
    temporal = data.get("temporal") if isinstance(data.get("temporal"), dict) else {}
    doc = {
        "@context": "https://schema.org/",
        "@type": "Dataset",
        "@id": entry["iri"],
        "name": entry["title"],
        "description": description(entry, data),
        "identifier": entry["id"],
        "url": entry["iri"],
        "keywords": [str(k) for k in data.get("keywords") or []],
        "creator": [_agent(a) for a in data.get("creators") or [] if isinstance(a, dict)],
        "publisher": _agent(data.get("publisher") if isinstance(data.get("publisher"), dict) else {}),
        "spatialCoverage": [
            {"@type": "Place", "name": human("Country", c)} for c in data.get("spatial") or [entry["country"]]
        ],
        "isAccessibleForFree": data.get("access_rights") == "PUBLIC",
        "conditionsOfAccess": entry["access_rights"],
    }
    if temporal.get("start") or temporal.get("end"):
        doc["temporalCoverage"] = f"{temporal.get('start') or '..'}/{temporal.get('end') or '..'}"
    licences = [d.get("licence") for d in data.get("distributions") or [] if isinstance(d, dict) and d.get("licence")]
    if licences:
        doc["license"] = _licence(licences[0])
    if entry["issued"]:
        doc["datePublished"] = entry["issued"]
    if data.get("modified"):
        doc["dateModified"] = str(data["modified"])
    doc["distribution"] = [
        {"@type": "DataDownload", "encodingFormat": media, "contentUrl": url} for media, url in downloads.items()
    ]
    return doc


def description(entry: dict, data: dict) -> str:
    """The English description, completed from the record when under 50 characters, cut at 5,000."""
    text = english(data.get("description")).strip()
    if len(text) < MIN_DESCRIPTION:
        facts = f"Genomic dataset {entry['title']} ({entry['id']}) held by {entry['node_title']}"
        text = f"{text} {facts}.".strip() if text else f"{facts}."
        text = text if len(text) >= MIN_DESCRIPTION else f"{text} Listed in the European genomic data catalogue."
    return text if len(text) <= MAX_DESCRIPTION else text[: MAX_DESCRIPTION - 1].rstrip() + "…"


def _agent(agent: dict) -> dict:
    out = {"@type": "Organization", "name": str(agent.get("name") or "")}
    url = safe_url(agent.get("homepage"))
    if url:
        out["url"] = url
    return out


def _licence(licence) -> str:
    from genocat.labels import code_iri

    return safe_url(code_iri("Licence", str(licence))) or safe_url(str(licence)) or str(licence)


def script_text(doc: dict) -> str:
    """JSON that cannot end its `<script>` element early: `<`, `>` and `&` as \\u escapes."""
    text = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
