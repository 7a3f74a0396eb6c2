"""Benchmark: the consent matcher with the whole MONDO release, in Python and in the browser's JavaScript.

    .venv/bin/python bench/consent_bench.py [--datasets 10000] [--repeat 3] [--seed 1]

Each Python measurement runs in a fresh process so its memory is its own: loading the bundled MONDO
(`load_disease_ontology()`), computing every term's ancestors, and one purpose against N synthetic
datasets (a third DS on random live MONDO diseases, the rest HMB/GRU/NRES/POA with modifiers), both
with conditions already read (`Conditions`) and from the raw mappings as `genocat match` reads them.
The same datasets go through site_assets/duo-matcher.mjs in node (MONDO parsed and indexed, then one
`decideAll`-style loop). Last, the sizes of what the browser fetches (consent.json for the N datasets
and mondo.json), raw and gzip-compressed. Times are wall-clock seconds, the best of --repeat runs.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

PURPOSE = {
    "uses": ["DISEASE_RESEARCH", "METHODS_DEVELOPMENT"],
    "diseases": ["MONDO:0007254", "DOID:9256"],
    "commercial": False,
    "organisation_type": "NOT_FOR_PROFIT",
    "country": "DE",
    "ethics_approval": True,
    "accepts": ["PUBLICATION", "COLLABORATION"],
    "publication_date": "2027-06-01",
    "request_date": "2026-12-04",
}
OTHERS = [
    {"permission": "HMB", "modifiers": ["NPU", "PUB", "IRB"]},
    {"permission": "GRU", "modifiers": ["GS", "COL"], "places": ["EEA"]},
    {"permission": "NRES"},
    {"permission": "POA", "modifiers": ["NCU"]},
    {"permission": "HMB", "modifiers": ["MOR", "NMDS"], "moratorium_until": "2027-01-01"},
]


def synthetic_conditions(count: int, seed: int) -> dict[str, dict]:
    """N datasets' data_use mappings; the same arguments give the same datasets."""
    from genocat.consent.diseases import load_disease_ontology

    rng = random.Random(seed)
    live = sorted(load_disease_ontology().parents)
    out = {}
    for i in range(count):
        if i % 3 == 0:
            diseases = rng.sample(live, rng.choice((1, 1, 2)))
            out[f"DS-{i:05d}"] = {"permission": "DS", "diseases": diseases, "modifiers": ["NPU", "PUB"]}
        else:
            out[f"X-{i:05d}"] = dict(OTHERS[i % len(OTHERS)])
    return out


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def measure_load() -> dict:
    started = time.perf_counter()
    import genocat.consent  # noqa: F401

    imported = time.perf_counter()
    before = _peak_mb()
    from genocat.consent.diseases import load_disease_ontology

    ontology = load_disease_ontology()
    loaded = time.perf_counter()
    after_load = _peak_mb()
    for curie in ontology.parents:
        ontology.ancestors(curie)
    closed = time.perf_counter()
    links = sum(len(a) for a in ontology._ancestors.values())
    return {
        "import_s": imported - started,
        "load_s": loaded - imported,
        "closure_s": closed - loaded,
        "rss_before_mb": before,
        "rss_loaded_mb": after_load,
        "rss_closure_mb": _peak_mb(),
        "terms": len(ontology.parents),
        "closure_links": links,
    }


def measure_match(datasets: int, seed: int) -> dict:
    from genocat.consent import Conditions, Purpose, load_disease_ontology, load_terms, match

    ontology, terms = load_disease_ontology(), load_terms()
    raw = synthetic_conditions(datasets, seed)
    purpose = Purpose.from_dict(PURPOSE)
    parsed = {k: Conditions.from_dict(v) for k, v in raw.items()}
    started = time.perf_counter()
    decisions = {k: match(c, purpose, ontology, terms).outcome.value for k, c in parsed.items()}
    parsed_s = time.perf_counter() - started
    started = time.perf_counter()
    again = {k: match(v, PURPOSE, ontology, terms).outcome.value for k, v in raw.items()}
    raw_s = time.perf_counter() - started
    assert decisions == again
    counts = {o: list(decisions.values()).count(o) for o in sorted(set(decisions.values()))}
    return {"parsed_s": parsed_s, "raw_s": raw_s, "rss_mb": _peak_mb(), "decisions": counts}


NODE = """
import { readFileSync } from "node:fs";
import { createMatcher, diseaseIndex } from "%(assets)s/duo-matcher.mjs";
const folder = process.argv[2];
const t0 = performance.now();
const mondo = JSON.parse(readFileSync(folder + "/mondo.json", "utf8"));
const index = diseaseIndex(mondo);
const t1 = performance.now();
const exported = JSON.parse(readFileSync(folder + "/consent.json", "utf8"));
const purpose = JSON.parse(readFileSync(folder + "/purpose.json", "utf8"));
const match = createMatcher(exported, index);
const counts = {};
let best = Infinity;
for (let r = 0; r < %(repeat)d; r++) {
  const t2 = performance.now();
  for (const [id, c] of Object.entries(exported.conditions)) {
    const d = match(c, purpose).decision;
    if (r === 0) counts[d] = (counts[d] || 0) + 1;
  }
  best = Math.min(best, performance.now() - t2);
}
console.log(JSON.stringify({ load_s: (t1 - t0) / 1000, match_s: best / 1000, decisions: counts,
  heap_mb: Math.round(process.memoryUsage().heapUsed / 1048576) }));
"""


def measure_node(folder: Path, repeat: int) -> dict | None:
    node = shutil.which("node")
    if node is None:
        return None
    script = folder / "bench.mjs"
    script.write_text(NODE % {"assets": (REPO / "src" / "genocat" / "site_assets").as_uri(), "repeat": repeat})
    out = subprocess.run([node, str(script), str(folder)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def child(kind: str, *args: str) -> dict:
    """Run one measurement in a fresh interpreter and return its JSON result."""
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, *args], capture_output=True, text=True, check=True, cwd=REPO
    )
    return json.loads(out.stdout)


def best(runs: list[dict], key: str) -> float:
    return min(r[key] for r in runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind = args.child[0]
        result = measure_load() if kind == "load" else measure_match(int(args.child[1]), int(args.child[2]))
        print(json.dumps(result))
        return 0

    loads = [child("load") for _ in range(args.repeat)]
    matches = [child("match", str(args.datasets), str(args.seed)) for _ in range(args.repeat)]
    from genocat.consent.export import browser_files

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = browser_files(synthetic_conditions(args.datasets, args.seed))
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
        (folder / "purpose.json").write_text(json.dumps(PURPOSE), encoding="utf-8")
        sizes = {
            name: (len(text.encode()), len(gzip.compress(text.encode(), 6)), len(gzip.compress(text.encode(), 9)))
            for name, text in sorted(files.items())
        }
        browser = measure_node(folder, args.repeat)

    first = loads[0]
    print(f"MONDO: {first['terms']:,} live terms; full closure {first['closure_links']:,} ancestor links")
    print("| measurement | value |")
    print("|---|---:|")
    print(f"| import genocat.consent | {best(loads, 'import_s'):.3f} s |")
    print(f"| load bundled MONDO (`load_disease_ontology()`) | {best(loads, 'load_s'):.3f} s |")
    print(f"| ancestors of every term (full closure, computed once) | {best(loads, 'closure_s'):.3f} s |")
    print(
        f"| peak RSS: before load / loaded / with full closure | {first['rss_before_mb']} / "
        f"{first['rss_loaded_mb']} / {first['rss_closure_mb']} MB |"
    )
    print(f"| one purpose x {args.datasets:,} datasets, conditions read | {best(matches, 'parsed_s'):.3f} s |")
    print(f"| one purpose x {args.datasets:,} datasets, from raw mappings | {best(matches, 'raw_s'):.3f} s |")
    print(f"| peak RSS of the match process | {matches[0]['rss_mb']} MB |")
    if browser:
        print(f"| node: parse and index mondo.json | {browser['load_s']:.3f} s |")
        print(f"| node: one purpose x {args.datasets:,} datasets (`createMatcher`) | {browser['match_s']:.3f} s |")
        print(f"| node: heap used | {browser['heap_mb']} MB |")
    for name, (raw, gz6, gz9) in sizes.items():
        print(f"| {name}: raw / gzip -6 / gzip -9 | {raw:,} / {gz6:,} / {gz9:,} bytes |")
    fetch6 = sum(s[1] for s in sizes.values())
    print(f"| browser fetch for a disease search (consent.json + mondo.json, gzip -6) | {fetch6:,} bytes |")
    print(f"decisions (Python): {matches[0]['decisions']}")
    if browser:
        print(f"decisions (node):   {dict(sorted(browser['decisions'].items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
