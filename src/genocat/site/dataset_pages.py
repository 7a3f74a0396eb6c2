"""Dataset pages, written by the build's render workers (build/render.py `pages`), which have each
submission loaded anyway: no extra load of the catalogue. Each call writes one dataset's page and
returns its datasets.json entry and data-use conditions for the pages and files that list datasets.

Incremental: a page depends on the submission's bytes, its node's record, its findings and its score
(and on genocat itself, through the record's fingerprint). When those are what they were at the last
build into the same output and the page file there is the one that build wrote, the page is
hard-linked from it and its entry taken from the record (`site-<hash>.json` in the build cache):
the submission is not even parsed again.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from genocat.build.iris import file_stem
from genocat.build.reuse import file_id
from genocat.load import load_bytes
from genocat.site import fields
from genocat.site.jsonld import dataset_jsonld, script_text
from genocat.site.pages import render
from genocat.site.records import entry as make_entry
from genocat.site.words import english


@dataclass
class PageWriter:
    """Everything a worker needs to write dataset pages (sent once, by fork), and what came back."""

    base: str
    nodes: dict[str, dict]  # node folder -> records.node_context
    node_of: dict[str, str]  # dataset identifier -> node folder
    findings: dict[str, list[dict]]  # submission path -> its findings (plain data)
    scores: dict[str, dict]  # submission path -> {"points", "rating"}
    catalog_dir: str = ""  # submission paths are shown relative to it
    previous_dir: Path | None = None
    previous: dict[str, dict] = field(default_factory=dict)  # identifier -> record of the last build
    gathered: list[dict] = field(default_factory=list)  # set by gather, in the main process
    cache_dir: Path | None = None  # the build's cache folder: the site step keeps the search's term counts there

    @property
    def fingerprint(self) -> str:
        """The genocat that wrote the pages (its code, templates and data) and the base IRI."""
        from genocat.cache import code_digest

        return hashlib.sha256(f"{code_digest()}\n{self.base}".encode()).hexdigest()

    def key(self, identifier: str, path: str, digest: str) -> str:
        """What the page is made from, as one digest."""
        node = self.nodes[self.node_of[identifier]]
        parts = [digest, node, self.findings.get(path, []), self.scores.get(path), self.base]
        return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()

    def __call__(self, folder: Path, identifier: str, path: str, raw: bytes, digest: str, data: dict | None) -> dict:
        key = self.key(identifier, path, digest)
        page = Path(folder) / "datasets" / f"{file_stem(identifier)}.html"
        before = self.previous.get(identifier)
        if before is not None and before["key"] == key and self._link(page, before):
            return {**before, "linked": True}
        if data is None:
            doc, _problems = load_bytes(raw, path, "dataset")
            data = doc.data if doc is not None else {}
        return {**self.write(page, identifier, path, data), "key": key, "linked": False}

    def _link(self, page: Path, before: dict) -> bool:
        if self.previous_dir is None:
            return False
        source = self.previous_dir / "datasets" / page.name
        try:
            if list(file_id(source)) != list(before["file"]):
                return False
            os.link(source, page)
            return True
        except OSError:
            return False

    def write(self, page: Path, identifier: str, path: str, data: dict) -> dict:
        from genocat.build.iris import dataset_iri

        node = self.nodes[self.node_of[identifier]]
        score = self.scores.get(path)
        entry = make_entry(identifier, dataset_iri(self.base, identifier), data, node, score)
        page.write_bytes(dataset_page(entry, data, node, self.findings.get(path, []), self.shown(path)))
        use = data.get("data_use") if isinstance(data.get("data_use"), dict) else {}
        return {"entry": entry, "data_use": use, "search": search_text(entry, data)}

    def shown(self, path: str) -> str:
        """A submission's path as the steward knows it: relative to the catalogue folder."""
        relative = os.path.relpath(os.path.abspath(path), self._catalog)
        return Path(path).name if relative.startswith("..") else Path(relative).as_posix()

    @property
    def _catalog(self) -> str:
        return os.path.abspath(self.catalog_dir or ".")

    def gather(self, results: list[dict]) -> None:
        self.gathered = results


SHOWN_ABOVE = ("title", "description", "distributions", "contact_point", "data_use")


def dataset_page(entry: dict, data: dict, node: dict, findings: list[dict], source: str) -> bytes:
    stem = file_stem(entry["id"])
    downloads = {
        "text/turtle": f"{stem}.ttl",
        "application/ld+json": f"{stem}.jsonld",
        "application/rdf+xml": f"{stem}.rdf",
    }
    distributions = []
    for dist in data.get("distributions") or []:
        if isinstance(dist, dict):
            title = english(dist.get("title")) or str(dist.get("identifier") or "Distribution")
            distributions.append(
                {"title": title, "rows": fields.to_html(fields.rows("Distribution", dist, skip=("title",)))}
            )
    use = data.get("data_use") if isinstance(data.get("data_use"), dict) else {}
    contacts = [fields.rows("ContactCard", c) for c in data.get("contact_point") or [] if isinstance(c, dict) and c]
    return render(
        "dataset.html",
        f"datasets/{stem}.html",
        title=entry["title"],
        description=english(data.get("description"))[:300],
        d=entry,
        node=node,
        stem=stem,
        source=source,
        findings=findings,
        national_titles=_others(data.get("title")),
        description_en=english(data.get("description")),
        national_descriptions=_others(data.get("description")),
        conditions=fields.to_html(fields.rows("DataUseConditions", use)) if use else "",
        contacts=fields.to_html([row for rows in contacts for row in rows]) if contacts else "",
        distributions=distributions,
        all_rows=fields.to_html(fields.rows("Dataset", data, skip=SHOWN_ABOVE)),
        jsonld=script_text(dataset_jsonld(entry, data, downloads)),
        alternates=[
            {"type": media, "href": name, "title": f"This dataset in {label}"}
            for (media, name), label in zip(downloads.items(), ("Turtle", "JSON-LD", "RDF/XML"), strict=True)
        ],
    )


def search_text(entry: dict, data: dict) -> str:
    """What full-text search finds a dataset by, besides its title (the stand-in page's heading): its
    descriptions and national titles, keywords in every language, diseases, categories, publisher names,
    node, identifier and population coverage (search_index.py cuts it to size for the browser's index, so
    the short parts come before the long national descriptions). The English description comes first:
    results quote it."""
    title, description = data.get("title"), data.get("description")
    parts = [english(description)]
    parts += [str(v) for k, v in sorted(title.items()) if v and k != "en"] if isinstance(title, dict) else []
    parts += [str(k) for k in data.get("keywords") or []]
    parts += [str(k) for _, words in sorted(_mapping(data.get("keywords_translated")).items()) for k in words or []]
    parts += [d["label"] for d in entry["diseases"]] + entry["data_categories"] + entry["platforms"]
    for agent in (data.get("publisher"), *(data.get("creators") or [])):
        if isinstance(agent, dict):
            parts.append(agent.get("name"))
            parts += [v for _, v in sorted(_mapping(agent.get("name_translated")).items())]
    parts += [entry["node_title"], entry["id"]]
    parts.append(data.get("population_coverage"))
    parts += [v for _, v in sorted(_mapping(data.get("population_coverage_translated")).items())]
    parts += (
        [str(v) for k, v in sorted(description.items()) if v and k != "en"] if isinstance(description, dict) else []
    )
    return " · ".join(dict.fromkeys(p for p in parts if isinstance(p, str) and p))


def _mapping(value: object) -> dict:
    return value if isinstance(value, dict) else {}


def _others(text) -> list[dict]:
    """The non-English entries of a language map, as {lang, text}."""
    if not isinstance(text, dict):
        return []
    return [{"lang": str(lang), "text": str(t)} for lang, t in sorted(text.items()) if lang != "en" and t]


def record_file(cache_dir: Path, out_dir: Path) -> Path:
    return Path(cache_dir) / f"site-{hashlib.sha256(str(Path(out_dir).resolve()).encode()).hexdigest()[:16]}.json"


def load_previous(cache_dir: Path, out_dir: Path, fingerprint: str) -> dict[str, dict]:
    """The record of the last build into `out_dir`: its dataset pages; empty when none fits."""
    try:
        data = json.loads(record_file(cache_dir, out_dir).read_text(encoding="utf-8"))
        if isinstance(data, dict) and data.get("fingerprint") == fingerprint:
            return {str(k): v for k, v in data["pages"].items() if isinstance(v, dict) and "key" in v}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    return {}


def save_record(cache_dir: Path, out_dir: Path, fingerprint: str, gathered: list[dict]) -> None:
    """After the swap: each page's file identity in `out_dir`, with its key and entry."""
    from genocat.atomic import write_text_atomic

    try:
        pages = {}
        for item in gathered:
            stem = file_stem(item["entry"]["id"])
            pages[item["entry"]["id"]] = {
                "key": item["key"],
                "file": list(file_id(Path(out_dir) / "datasets" / f"{stem}.html")),
                "entry": item["entry"],
                "data_use": item["data_use"],
                "search": item["search"],
            }
        text = json.dumps({"fingerprint": fingerprint, "pages": pages}, sort_keys=True)
        write_text_atomic(record_file(cache_dir, out_dir), text + "\n")
    except OSError:
        pass  # costs speed on the next build, not correctness
