"""Benchmark the static site (issue 11): build time, size, and search latency in Chromium.

    python bench/site_bench.py [--sizes 1000 10000] [--anchor 1000] [--search 10000] [--tmp DIR]

For each size N it generates N valid synthetic datasets (bench/synth.py) and runs `genocat build` as a user
does (a fresh process, the real CLI), printing:

- cold: an empty cache and no previous output, with the site, and the same with `--no-site` (the RDF alone),
  so the site's share is the difference;
- 1% changed: every 100th submission edited, rebuilt with the cache and the previous output;
- size: the output folder's bytes without the RDF files the build already wrote (*.ttl, *.jsonld, *.rdf, *.nt,
  graphs/), i.e. HTML, assets, data files and the Pagefind index; and the whole folder.

The mkdocs-material anchor (one page per dataset in one navigation section, the layout the issue measured) is
built in the same run at `--anchor` datasets, from the same datasets (title, description and facts as
Markdown). At 10,000 it takes about an hour, so it is not run: the report extrapolates quadratically and says so.

Search latency: the `--search` site is served by http.server on 127.0.0.1 and opened in Debian's Chromium;
each query runs in a fresh browser context (empty HTTP cache) after the search page has loaded. The time is the
page's own measure (search.js stamps `data-ms`: from the query to its first 20 results on screen, and
`data-ms-search`: the index's answer alone (MiniSearch, facets, range, sort), before the 20 results are drawn) and
the bytes are the response bodies Playwright saw from the query's start until the results were shown and their
excerpts filled (`data-ms-excerpts`: the results are drawn first, the excerpts when their text files arrive), and
the same files' sizes gzipped (-6), as a server that compresses would send them. The page
load is reported too: bytes fetched (uncompressed, as http.server sends them), and the page's own stamps
`data-ms-load` (fetching and parsing the search document) and `data-ms-index` (facets and sort orders), and
for text queries `data-ms-text` (fetching the full-text index's base and the shards of the query's words and
loading them into MiniSearch). The synthetic datasets get realistic text first (`realistic_text`), so the byte
figures are measured, not extrapolated.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # noqa: E402

GENOCAT = (
    [sys.executable, "-m", "genocat.cli"]
    if not (ROOT / ".venv/bin/genocat").exists()
    else [str(ROOT / ".venv/bin/genocat")]
)
RDF_SUFFIXES = (".ttl", ".jsonld", ".rdf", ".nt")
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def run_timed(cmd: list[str], cwd: Path | None = None) -> float:
    os.sync()  # not timed: a step does not pay for the write-back of the one before
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return elapsed


def build(catalog: Path, out: Path, cache: Path, *extra: str) -> float:
    return run_timed([*GENOCAT, "build", str(catalog), "--out", str(out), "--cache-dir", str(cache), "-q", *extra])


def sizes(out: Path) -> dict:
    site = total = files = 0
    for path in out.rglob("*"):
        if not path.is_file():
            continue
        size = path.stat().st_size
        total += size
        rel = path.relative_to(out).as_posix()
        if not (rel.endswith(RDF_SUFFIXES) or rel.startswith("graphs/")):
            site += size
            files += 1
    # what the consent, basket and badge features load once per page (the search alone does not)
    summary = (out / "data" / "datasets.json").stat().st_size
    consent = sum(p.stat().st_size for p in (out / "data" / "consent").rglob("*") if p.is_file())
    folder = out / "data" / "search"
    document = (folder / "documents.json").read_bytes()
    named = json.loads(document)
    base = (folder / named["index"]).read_bytes()
    shards = [(folder / name).read_bytes() for name in json.loads(base)["shards"].values()]
    text = b"".join((folder / name).read_bytes() for name in named["text"]["files"])
    zipped = sorted(len(gzip.compress(s, compresslevel=6)) for s in shards)
    return {
        "site_bytes": site,
        "site_files": files,
        "total_bytes": total,
        "datasets_json_bytes": summary,
        "consent_bytes": consent,
        "search_document_bytes": len(document),
        "search_document_gzip_bytes": len(gzip.compress(document, compresslevel=6)),
        "search_text_bytes": len(text),
        "search_text_gzip_bytes": len(gzip.compress(text, compresslevel=6)),
        "search_text_files": len(named["text"]["files"]),
        "index_base_bytes": len(base),
        "index_base_gzip_bytes": len(gzip.compress(base, compresslevel=6)),
        "index_shards": len(shards),
        "index_shards_bytes": sum(len(s) for s in shards),
        "index_shards_gzip_bytes": sum(zipped),
        "index_shard_largest_bytes": max(len(s) for s in shards),
        "index_shard_median_gzip_bytes": statistics.median(zipped),
    }


def time_search_document(cache: Path) -> dict:
    """Seconds to write the search files from the build's record of its entries (the site step's share), as the build
    runs it (cyclic garbage collection paused, workers.collector_paused): from nothing (no search cache), and again
    after 1% of the texts changed, with the search cache of the build before (search_cache.py)."""
    import gc

    sys.path.insert(0, str(ROOT / "src"))
    from genocat.site import search_index

    (record,) = sorted(cache.glob("site-*.json"))
    pages = json.loads(record.read_text(encoding="utf-8"))["pages"]
    gathered = [{"entry": p["entry"], "search": p["search"]} for p in pages.values()]
    kept = Path(tempfile.mkdtemp(prefix="search-cache-"))
    out = {}
    try:
        gc.disable()
        start = time.perf_counter()
        search_index.documents(gathered)
        out["search_files_cold_s"] = time.perf_counter() - start
        search_index.documents(gathered, cache=kept)  # the cache of a build before
        for item in gathered[::100]:
            item["search"] = str(item["search"]) + " changed"
        start = time.perf_counter()
        search_index.documents(gathered, cache=kept)
        out["search_files_1pct_cached_s"] = time.perf_counter() - start
    finally:
        gc.enable()
        shutil.rmtree(kept, ignore_errors=True)
    return out


# ---- realistic text ----


def _pools(demo: Path = synth.DEMO) -> tuple[dict[str, list[str]], list[str]]:
    """Sentences of the demo catalogue's titles, descriptions, provenance and coverage by language, and the labels
    of MONDO's diseases: the words the synthetic datasets' text is drawn from."""
    import yaml

    sentences: dict[str, list[str]] = {}
    for path in sorted(demo.glob("*/datasets/*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        texts = [(lang, t) for key in ("title", "description") for lang, t in (data.get(key) or {}).items()]
        texts += [("en", str(data[key])) for key in ("provenance", "population_coverage") if data.get(key)]
        for lang, text in texts:
            for sentence in re.split(r"(?<=[.!?])\s+", " ".join(str(text).split())):
                if len(sentence) > 20:
                    sentences.setdefault(lang, []).append(sentence)
    mondo = json.loads((ROOT / "src/genocat/data/mondo.json").read_text(encoding="utf-8"))
    return sentences, [term[1] for term in mondo["terms"]]


def realistic_text(catalog: Path, seed: int = 1) -> None:
    """Give each synthetic dataset its own wording, as real metadata has: every description rewritten from sentences
    of the demo catalogue in its language and MONDO disease names (about 1,000 characters in English, 400 in the
    national language), and four MONDO names added to the keywords. synth.py copies the demo's few records, whose
    text repeats and compresses 5-6x better than real text; this keeps its facts and changes its words."""
    import yaml

    rng = random.Random(seed)
    sentences, diseases = _pools()
    block = re.compile(r"^description:\n((?:  .*\n)+)", re.M)
    for path in sorted(catalog.glob("*/datasets/*.yaml")):
        text = path.read_text(encoding="utf-8")
        found = block.search(text)
        if not found:
            continue
        langs = list(yaml.safe_load("x:\n" + found.group(1))["x"])
        lines = []
        for lang in langs:
            parts = ["Synthetic demo record:"] if lang == "en" else []
            while sum(len(p) + 1 for p in parts) < (1000 if lang == "en" else 400):
                if rng.random() < 0.4:
                    parts.append(f"Participants with {rng.choice(diseases)} or {rng.choice(diseases)}.")
                else:
                    parts.append(rng.choice(sentences.get(lang) or sentences["en"]))
            lines.append(f"  {lang}: {json.dumps(' '.join(parts))}\n")
        text = text[: found.start(1)] + "".join(lines) + text[found.end(1) :]
        extra = "".join(f"- {json.dumps(rng.choice(diseases))}\n" for _ in range(4))
        text = re.sub(r"^keywords:\n", lambda m, extra=extra: m.group(0) + extra, text, count=1, flags=re.M)
        path.write_text(text, encoding="utf-8")


def change_one_percent(catalog: Path) -> int:
    files = sorted(catalog.glob("*/datasets/*.yaml"))[::100]
    for path in files:
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("Synthetic demo record", "Synthetic demo record (changed)", 1), encoding="utf-8")
    return len(files)


def bench_size(n: int, tmp: Path) -> dict:
    work = tmp / f"n{n}"
    synth.generate(n, work, invalid_share=0.0)
    catalog = work / "catalog"
    realistic_text(catalog)
    result = {"n": n}
    result["cold_rdf_only_s"] = build(catalog, work / "rdf-only", work / "cache-rdf", "--no-site")
    shutil.rmtree(work / "rdf-only")
    result["cold_s"] = build(catalog, work / "out", work / "cache")
    result.update(sizes(work / "out"))
    result.update(time_search_document(work / "cache"))
    result["load_average"] = os.getloadavg()
    result["changed_files"] = change_one_percent(catalog)
    result["one_percent_s"] = build(catalog, work / "out", work / "cache")
    result["load_average_end"] = os.getloadavg()
    print(json.dumps(result), flush=True)
    return result


# ---- the mkdocs-material anchor ----


def _markdown(d: dict) -> str:
    facts = [
        ("Country", d.get("country_label")),
        ("Access", d.get("access_rights")),
        ("Individuals", d.get("individuals")),
        ("Data categories", ", ".join(d.get("data_categories") or [])),
        ("Reference genomes", ", ".join(d.get("reference_genomes") or [])),
        ("Diseases", ", ".join(x["label"] for x in d.get("diseases") or [])),
        ("Access body", (d.get("access_body") or {}).get("name")),
        ("Identifier", d["id"]),
    ]
    rows = "\n".join(f"| {k} | {v} |" for k, v in facts if v not in (None, ""))
    return f"# {d['title']}\n\n| field | value |\n|---|---|\n{rows}\n"


def bench_anchor(n: int, tmp: Path, site: Path) -> dict:
    """mkdocs-material, one page per dataset in one nav section (the issue's anchor)."""
    records = json.loads((site / "data" / "datasets.json").read_text(encoding="utf-8"))["datasets"][:n]
    project = tmp / f"mkdocs-{n}"
    docs = project / "docs" / "datasets"
    docs.mkdir(parents=True)
    (project / "docs" / "index.md").write_text("# Catalogue\n", encoding="utf-8")
    nav = []
    for d in records:
        name = d["url"].split("/")[-1].replace(".html", ".md")
        (docs / name).write_text(_markdown(d), encoding="utf-8")
        nav.append({d["title"]: f"datasets/{name}"})
    config = {"site_name": "anchor", "theme": {"name": "material"}, "nav": [{"Home": "index.md"}, {"Datasets": nav}]}
    (project / "mkdocs.yml").write_text(json.dumps(config), encoding="utf-8")  # JSON is YAML
    mkdocs = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "-q",
        "-f",
        str(project / "mkdocs.yml"),
        "-d",
        str(project / "site"),
    ]
    seconds = run_timed(mkdocs)
    size = sum(p.stat().st_size for p in (project / "site").rglob("*") if p.is_file())
    result = {"anchor_n": len(records), "anchor_s": seconds, "anchor_bytes": size}
    print(json.dumps(result), flush=True)
    return result


# ---- search latency in Chromium ----

QUERIES = [
    ("first words on the page: breast cancer", "?q=breast+cancer", None),
    ("first words on the page: cancer", "?q=cancer", None),
    ("first words on the page: one letter 'c' (matches itself only)", "?q=c", None),
    ("shared link ?q=breast+cancer (from navigation, page load included)", "?q=breast+cancer", "link"),
    ("later words: cancer", "?q=cancer", "warm"),
    ("later words: breast cancer", "?q=breast+cancer", "warm"),
    ("later words: rare disease exome", "?q=rare+disease+exome", "warm"),
    ("facet click: country Hungary (no text)", "", ("country", "Hungary")),
    ("facet click: category after text 'cancer'", "?q=cancer", ("category", None)),
    ("range: 1000 to 2000 individuals", "?min=1000&max=2000", None),
    ("sort: most individuals", "?sort=individuals-desc", None),
]
# None: the empty search page loaded, then the query as the URL would give it (a fresh page: nothing of the text
# index fetched yet); "warm": an earlier query with words ("genome") ran on the page first, so the index's base is
# there (not the shards of other words); "link": the page opened at the query's URL, timed from navigation


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        pass


def bench_search(site: Path, repeats: int = 3) -> list[dict]:
    from playwright.sync_api import sync_playwright

    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{server.server_address[1]}/"
    base = origin + "search/index.html"

    @functools.cache
    def gzipped(url: str) -> int:
        path = site / url.removeprefix(origin).split("?")[0]
        return len(gzip.compress(path.read_bytes(), compresslevel=6)) if path.is_file() else 0

    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for label, query, click in QUERIES:
            times, answers, fetched, zipped, loads, load_ms, index_ms, text_ms, excerpts = ([] for _ in range(9))
            for _ in range(repeats):
                context = browser.new_context()
                page = context.new_page()
                seen: list[tuple[str, int]] = []
                page.on(
                    "requestfinished",
                    lambda r, seen=seen: seen.append((r.url, max(0, r.sizes()["responseBodySize"]))),
                )
                ready = "#gc-search[data-state=ready]:not([data-busy])"
                push = "(q) => { history.pushState(null, '', q); dispatchEvent(new PopStateEvent('popstate')); }"
                if click == "link":  # everything from navigation to the results of the shared link
                    page.goto(base + query)
                    page.wait_for_selector(ready, state="attached")
                    loads.append(0)
                elif click and click != "warm":  # load the page for the starting query, then measure the click alone
                    page.goto(base + query)
                    page.wait_for_selector(ready, state="attached")
                    page.wait_for_load_state("networkidle")
                    loads.append(sum(size for _url, size in seen))
                    seen.clear()
                    value = click[1]
                    box = (
                        page.locator(f'.gc-facet[data-facet="{click[0]}"] input[value="{value}"]')
                        if value
                        else page.locator(f'.gc-facet[data-facet="{click[0]}"] input').first
                    )
                    box.check()
                else:  # load the empty search page, then run the query as the URL would
                    page.goto(base)
                    page.wait_for_selector(ready, state="attached")
                    page.wait_for_load_state("networkidle")  # the page has loaded (the index's base with it)
                    loads.append(sum(size for _url, size in seen))
                    if click == "warm":
                        page.evaluate(push, "?q=genome")
                        page.wait_for_selector(ready, state="attached")
                        page.wait_for_load_state("networkidle")
                    seen.clear()
                    page.evaluate(push, query)
                page.wait_for_selector(ready, state="attached")
                page.wait_for_load_state("networkidle")
                stamp = page.get_attribute
                load_ms.append(float(stamp("#gc-search", "data-ms-load")))
                index_ms.append(float(stamp("#gc-search", "data-ms-index")))
                text_ms.append(float(stamp("#gc-search", "data-ms-text") or "nan") if "q=" in query else float("nan"))
                times.append(float(stamp("#gc-search", "data-ms-page" if click == "link" else "data-ms")))
                answers.append(float(stamp("#gc-search", "data-ms-search")))
                excerpts.append(
                    float(stamp("#gc-search", "data-ms-excerpts") or "nan") if "q=" in query else float("nan")
                )
                fetched.append(sum(size for _url, size in seen))
                zipped.append(sum(gzipped(url) for url, _size in seen))
                context.close()
            row = {
                "query": label,
                "ms_median": statistics.median(times),
                "ms_max": max(times),
                "index_ms_median": statistics.median(answers),
                "excerpts_ms_median": statistics.median(excerpts),
                "kb_median": statistics.median(fetched) / 1024,
                "kb_gzip_median": statistics.median(zipped) / 1024,
                "page_load_kb": statistics.median(loads) / 1024,
                "page_load_ms_median": statistics.median(load_ms),
                "page_index_ms_median": statistics.median(index_ms),
                "text_index_ms_median": statistics.median(text_ms),
                "load_average": os.getloadavg()[0],
            }
            print(json.dumps(row), flush=True)
            rows.append(row)
        browser.close()
    server.shutdown()
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--anchor", type=int, default=1000, help="datasets for the mkdocs-material anchor (0: skip)")
    parser.add_argument("--search", type=int, default=10000, help="site size for the Chromium search latency (0: skip)")
    parser.add_argument("--tmp", type=Path, default=None)
    parser.add_argument(
        "--search-only",
        type=Path,
        default=None,
        metavar="SITE",
        help="only the Chromium search latency, over an already built site folder",
    )
    args = parser.parse_args(argv)
    if args.search_only:
        bench_search(args.search_only)
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="site-bench-", dir=args.tmp))
    try:
        results = {n: bench_size(n, tmp) for n in args.sizes}
        if args.anchor:
            source = tmp / f"n{max(args.sizes)}" / "out"
            anchor = bench_anchor(args.anchor, tmp, source)
            per_10k = anchor["anchor_s"] * (10000 / anchor["anchor_n"]) ** 2
            print(json.dumps({"anchor_10000_estimate_s": per_10k, "note": "quadratic extrapolation, not measured"}))
        if args.search:
            if args.search not in results:
                sys.exit(f"--search {args.search} needs that size in --sizes")
            bench_search(tmp / f"n{args.search}" / "out")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
