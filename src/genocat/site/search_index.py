"""The search documents of the search page (search_engine.js): data/search/documents.json, per dataset its id,
page, title, facet values and sort keys (all a facet click, a range or a sort needs), loaded with the page; and
beside it, fetched only when someone searches for words, the full-text index and the text excerpts are cut from.

Why not Pagefind, which the issue named first: measured over 10,000 datasets in Chromium, its searches
and sorts answered in 170-870 ms and the individuals range in about 1 s (the target is 100 ms), and it
cannot update an index, so re-indexing cost 8-10 s of a rebuild whose target is 10 s.

documents.json (compact, deterministic: datasets sorted by id, facet values sorted, keys sorted):
`{"format": 2, "index": "index.<hash>.json", "text": {"per": TEXT_CHUNK, "files": ["text.<hash>.json", ...]},
"facets": {name: [label, ...]}, "datasets": [{"id", "url", "title", "individuals", "issued", "f": {name:
[index into facets[name], ...]}}]}`. Facet values are written once and referred to by position.

The full-text index is MiniSearch's serialised form built here (search_terms.py) and cut by term prefix:
`index.<hash>.json` holds the parts every query needs (document count, field lengths, their means, the shard
names: `{"format": 2, "documentCount", "nextId", "fieldIds", "fieldLength": [[title, text, labels, id] per
dataset], "averageFieldLength", "dirtCount", "shards": {key: "terms/<stem>.<hash>.json"}}`) and each
`terms/<stem>.<hash>.json` the terms of one key (`{"format": 2, "index": [[term, {fieldId: {shortId: tf}}]],
"rank": [...]}`). The text a dataset is found by: the page's search text (dataset_pages.search_text:
descriptions in every language, national titles, keywords, diseases, categories, platforms, node, identifier)
with each part cut at PART_LIMIT characters and the whole at TEXT_LIMIT (at word boundaries), its title, its
facet labels and its id. The texts are written again in chunks of TEXT_CHUNK datasets (`text.<hash>.json`,
`{"format": 2, "text": [...]}`), fetched only for the results on screen, for their excerpts. Every file is
named by its content's hash, so a browser never pairs a cached file of one build with another of the next.
"""

from __future__ import annotations

import json
from pathlib import Path

from genocat.site import search_cache, search_terms
from genocat.site.words import duo_words

FOLDER = "data/search"
PATH = f"{FOLDER}/documents.json"
FORMAT = 2
TEXT_CHUNK = 20  # datasets per text file: a page of 20 results fetches at most 20 small files
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
        found = values(entry)
        if len(found) == 1:  # most facets of most datasets: one value
            if found[0]:
                out[name] = [str(found[0])]
        elif found:
            labels = list(dict.fromkeys(str(v) for v in found if v))
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


def documents(
    gathered: list[dict], shard_bytes: int = search_terms.SHARD_BYTES, cache: Path | None = None
) -> dict[str, bytes]:
    """The search files ({path in the site: content}) for the datasets the site step gathered
    ({"entry", "search", ...} each); `shard_bytes`: about the largest index shard (search_terms.shards); `cache`:
    the build's cache folder, where each dataset's term counts are kept for the next build (search_cache.py)."""
    items = sorted(gathered, key=lambda g: g["entry"]["id"])
    per_dataset = [facet_values(g["entry"]) for g in items]
    labels = {name: sorted({v for f in per_dataset for v in f.get(name, [])}) for name in FACETS}
    position = {name: {v: i for i, v in enumerate(values)} for name, values in labels.items()}
    texts = [searched(str(item.get("search") or "")) for item in items]
    files: dict[str, bytes] = {}
    chunks = []
    for start in range(0, len(texts), TEXT_CHUNK):
        content = _dump({"format": FORMAT, "text": texts[start : start + TEXT_CHUNK]})
        chunks.append(search_terms.content_name("text", content))
        files[f"{FOLDER}/{chunks[-1]}"] = content
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
                "f": {name: list(map(position[name].__getitem__, values)) for name, values in facets.items()},
            }
        )
    base_name = _write_index(files, analysed(indexed_fields(rows, per_dataset, texts), cache), shard_bytes)
    data = {
        "format": FORMAT,
        "index": base_name,
        "text": {"per": TEXT_CHUNK, "files": chunks},
        "facets": {k: v for k, v in labels.items() if v},
        "datasets": rows,
    }
    files[PATH] = _dump(data)
    return dict(sorted(files.items()))


def indexed_fields(rows: list[dict], facets: list[dict[str, list[str]]], texts: list[str]) -> list[tuple[str, ...]]:
    """(title, text, labels, id) of each dataset as search_engine.js hands them to MiniSearch: the title or else
    the id; the facet labels in the order the browser reads them (facets by name, values as listed)."""
    out = []
    for row, labels, text in zip(rows, facets, texts, strict=True):
        words = [value for name in sorted(labels) for value in labels[name]]
        out.append(
            (
                row["title"] if isinstance(row["title"], str) and row["title"] else row["id"],
                text,
                " ".join(words),
                row["id"],
            )
        )
    return out


def analysed(fields: list[tuple[str, ...]], cache: Path | None) -> list[list]:
    """search_terms.analyse of each dataset's fields, from the cache where the same text was analysed before; the
    cache then holds this build's analyses (written only when they differ from what it held)."""
    kept = search_cache.load(cache)
    used: dict[bytes, list] = {}
    memo: dict[str, tuple] = {}
    out = []
    for values in fields:
        key = search_cache.key(values)
        analysis = used.get(key) or kept.get(key)
        if analysis is None:
            analysis = search_terms.analyse(values, memo)
        used[key] = analysis
        out.append(analysis)
    if cache is not None and used.keys() != kept.keys():
        search_cache.save(cache, used)
    return out


def _write_index(files: dict[str, bytes], analyses: list[list], limit: int) -> str:
    """The index shards and their base into `files`; the base's name."""
    built = search_terms.index(analyses)
    names = {}
    for key, content in search_terms.shards(built, limit).items():
        names[key] = f"terms/{search_terms.content_name(search_terms.shard_stem(key), content)}"
        files[f"{FOLDER}/{names[key]}"] = content
    base = {k: v for k, v in built.items() if k not in ("postings", "rank")}  # those two are in the shards
    content = _dump({"format": FORMAT, **base, "shards": names})
    name = search_terms.content_name("index", content)
    files[f"{FOLDER}/{name}"] = content
    return name


def _dump(data: dict) -> bytes:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text + "\n").encode("utf-8")
