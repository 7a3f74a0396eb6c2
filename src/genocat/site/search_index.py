"""The search documents the search page indexes in the browser with MiniSearch
(assets/vendor/minisearch.js): data/search/documents.json, per dataset its id, page, title, facet
values and sort keys (all a facet click, a range or a sort needs), and beside it the text full-text
search finds each dataset by, in a second file fetched only when someone searches for words.

Why not Pagefind, which the issue named first: measured over 10,000 datasets in Chromium, its searches
and sorts answered in 170-870 ms and the individuals range in about 1 s (the target is 100 ms), and it
cannot update an index, so re-indexing cost 8-10 s of a rebuild whose target is 10 s. These documents
are made from what the build gathered anyway (the dataset pages' entries and search text), in one
pass, so writing them whole at every build costs a fraction of a second and there is no index to keep.

documents.json (compact, deterministic: datasets sorted by id, facet values sorted, keys sorted):
`{"format": 1, "text": "text.<hash>.json", "facets": {name: [label, ...]}, "datasets": [{"id", "url",
"title", "individuals", "issued", "f": {name: [index into facets[name], ...]}}]}`. Facet values are
written once and referred to by position, which keeps 10,000 datasets small. The text file is named
by its content's hash, so a browser never pairs a cached file of one build with the other of the next;
it holds `{"format": 1, "text": [...]}`, one string per dataset in the order of documents.json: the
page's search text (dataset_pages.search_text: descriptions in every language, national titles,
keywords, diseases, categories, platforms, node, identifier) with each of its parts cut at PART_LIMIT
characters and the whole at TEXT_LIMIT (at word boundaries): descriptions are long, and finding a word
deep in one would cost every visitor the bytes of every description. The facet labels are searched
too (search_engine.js adds them to what it indexes), so they cost no bytes there.
"""

from __future__ import annotations

import json

from genocat.site.words import duo_words

FOLDER = "data/search"
PATH = f"{FOLDER}/documents.json"
FORMAT = 1
PART_LIMIT = 280
TEXT_LIMIT = 900
SEPARATOR = " · "  # between the parts of dataset_pages.search_text

# The facets of the search page, by the names search.js and the URL use, each from the entry's field.
FACETS = {
    "country": lambda e: [e["country_label"]],
    "access": lambda e: [e["access_rights"]],
    "category": lambda e: e["data_categories"],
    "genome": lambda e: e["reference_genomes"],
    "platform": lambda e: e["platforms"],
    "health": lambda e: e["health_categories"],
    "cohort": lambda e: [e["cohort_type"]],
    "disease": lambda e: [d["label"] for d in e["diseases"]],
    "permission": lambda e: [duo_words(e["permission"])] if e["permission"] else [],
}


def facet_values(entry: dict) -> dict[str, list[str]]:
    """The labels of each facet for one dataset (empty values left out, order kept, no repeats)."""
    out = {}
    for name, values in FACETS.items():
        labels = list(dict.fromkeys(str(v) for v in values(entry) if v))
        if labels:
            out[name] = labels
    return out


def cut(text: str, limit: int = TEXT_LIMIT) -> str:
    """`text` at most `limit` characters, cut at the last space before the limit when there is one."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    space = head.rfind(" ")
    return head[:space] if space > limit // 2 else head


def searched(text: str) -> str:
    """The search text with each part, then the whole, cut to size."""
    return cut(SEPARATOR.join(cut(part, PART_LIMIT) for part in text.split(SEPARATOR)), TEXT_LIMIT)


def documents(gathered: list[dict]) -> dict[str, bytes]:
    """The search files ({path in the site: content}) for the datasets the site step gathered
    ({"entry", "search", ...} each)."""
    import hashlib

    items = sorted(gathered, key=lambda g: g["entry"]["id"])
    per_dataset = [facet_values(g["entry"]) for g in items]
    labels = {name: sorted({v for f in per_dataset for v in f.get(name, [])}) for name in FACETS}
    position = {name: {v: i for i, v in enumerate(values)} for name, values in labels.items()}
    text = _dump({"format": FORMAT, "text": [searched(str(item.get("search") or "")) for item in items]})
    text_name = f"text.{hashlib.sha256(text).hexdigest()[:12]}.json"
    rows = []
    for item, facets in zip(items, per_dataset, strict=True):
        entry = item["entry"]
        rows.append(
            {
                "id": entry["id"],
                "url": entry["url"],
                "title": entry["title"],
                "individuals": entry["individuals"],
                "issued": entry["issued"] or None,
                "f": {name: [position[name][v] for v in values] for name, values in facets.items()},
            }
        )
    data = {"format": FORMAT, "text": text_name, "facets": {k: v for k, v in labels.items() if v}, "datasets": rows}
    return {PATH: _dump(data), f"{FOLDER}/{text_name}": text}


def _dump(data: dict) -> bytes:
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode("utf-8")
