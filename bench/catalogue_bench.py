"""Benchmark: the catalogue object (genocat.load_catalogue) on a large synthetic catalogue.

    .venv/bin/python bench/catalogue_bench.py [--datasets 10000]

Generates a catalogue with bench/synth.py (no broken files) and runs each measurement in a fresh
process, so peak memory (getrusage max RSS) is that run's own: loading the folder once; loading it
and answering (statistics, the usable datasets of a purpose with their individuals by country);
loading it and making every dataset's typed record one at a time (`entry.record()`, not kept); and,
as the anchor the catalogue object avoids, loading it and keeping every typed record in a list.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

PURPOSE = {"uses": ["DISEASE_RESEARCH"], "diseases": ["MONDO:0007254"], "commercial": False}

RUN = """
import json, resource, sys, time
from collections import Counter
start = time.perf_counter()
import genocat
catalogue = genocat.load_catalogue(sys.argv[1])
loaded = time.perf_counter() - start
mode, kept = sys.argv[2], []
if mode == "ask":
    catalogue.statistics()
    individuals = Counter()
    for entry in catalogue.usable_for(json.loads(sys.argv[3])):
        individuals[entry.country or "-"] += entry.individuals or 0
elif mode == "records":
    for entry in catalogue:
        entry.record()
elif mode == "keep":
    kept = [entry.record() for entry in catalogue]
total = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"datasets": len(catalogue), "load": loaded, "total": total, "peak_mb": peak}))
"""


def measure(catalog: Path, mode: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", RUN, str(catalog), mode, json.dumps(PURPOSE)], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--datasets", type=int, default=10000)
    args = parser.parse_args(argv)
    import synth

    with tempfile.TemporaryDirectory(prefix="genocat-catalogue-bench-") as work:
        synth.generate(args.datasets, Path(work), invalid_share=0.0)
        catalog = Path(work) / "catalog"
        rows = [
            ("load the folder", "load"),
            ("load + statistics + purpose -> individuals by country", "ask"),
            ("load + every typed record, one at a time (not kept)", "records"),
            ("anchor: load + every typed record kept in a list", "keep"),
        ]
        print("| run | datasets | load s | total s | peak MB |")
        print("|---|---|---|---|---|")
        for label, mode in rows:
            got = measure(catalog, mode)
            print(f"| {label} | {got['datasets']:,} | {got['load']:.2f} | {got['total']:.2f} | {got['peak_mb']:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
