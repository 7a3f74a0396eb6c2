"""Benchmark: genocat validate (cold, warm with the cache) against linkml-validate and the YAML parse floor.

    .venv/bin/python bench/validate_bench.py [--files 10000] [--repeat 3] [--linkml-sample 1000]

Generates a synthetic catalogue with bench/synth.py, then runs every measurement in a fresh process
(so peak memory is that run's own) and prints the times, the ratios, both tools' error counts and
whether they found the same structural errors. Times are wall-clock seconds, the best of --repeat runs;
"validate()" excludes the interpreter start and imports, "process" includes them.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

START = time.perf_counter()
BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))


# ---- measurements, each run in its own process -------------------------------------------------


def _peak_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest child (Linux reports KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return round(own, 1), round(child, 1)


def _cpu() -> float:
    """CPU seconds of this process and its finished children: less disturbed by other load than wall time."""
    return sum(
        usage.ru_utime + usage.ru_stime
        for usage in (resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN))
    )


def _yaml_files(root: str) -> list[str]:
    return sorted(os.path.join(d, n) for d, _, names in os.walk(root) for n in names if n.endswith(".yaml"))


def _parse_chunk(args: tuple[str, list[str]]) -> int:
    import yaml

    what, paths = args
    for path in paths:
        with open(path, "rb") as handle:
            text = handle.read().decode("utf-8")
        if what == "load":
            yaml.load(text, Loader=yaml.CSafeLoader)
        else:
            loader = yaml.CSafeLoader(text)
            loader.get_single_node()
            loader.dispose()
    return len(paths)


def child_floor(spec: dict) -> dict:
    """PyYAML's C loader (load: composer + constructor; compose: the composer alone) over the files."""
    import multiprocessing

    import yaml  # noqa: F401  (imported before the clock starts, as genocat's imports are)

    began = time.perf_counter()
    files = _yaml_files(spec["root"])
    chunks = [(spec["what"], files[i : i + 64]) for i in range(0, len(files), 64)]
    if spec["procs"] == 1:
        count = sum(map(_parse_chunk, chunks))
    else:
        with multiprocessing.Pool(spec["procs"]) as pool:
            count = sum(pool.imap_unordered(_parse_chunk, chunks))
    return {"seconds": time.perf_counter() - began, "files": count, "peak_mb": _peak_mb(), "cpu": _cpu()}


def child_genocat(spec: dict) -> dict:
    """genocat's validate() as the CLI runs it; the report goes to a file for the comparisons."""
    from genocat.config import Config
    from genocat.validator import validate

    imported = time.perf_counter()
    report = validate(spec["paths"], Config(), cache_dir=spec["cache_dir"], jobs=spec["jobs"])
    done = time.perf_counter()
    Path(spec["report"]).write_text(json.dumps(report.to_dict(), sort_keys=True), encoding="utf-8")
    return {
        "seconds": done - imported,
        "with_imports": done - START,
        "summary": report.summary,
        "peak_mb": _peak_mb(),
        "cpu": _cpu(),
    }


def run_child(spec: dict) -> dict:
    began = time.perf_counter()
    out = subprocess.run(
        [sys.executable, __file__, "--child", json.dumps(spec)], capture_output=True, text=True, check=True, env=ENV
    ).stdout
    result = json.loads(out.splitlines()[-1])
    result["process"] = time.perf_counter() - began
    return result


def best(spec: dict, repeat: int, before=None) -> dict:
    """The fastest of `repeat` runs (each after `before()`, if given)."""
    runs = []
    for _ in range(repeat):
        if before:
            before()
        runs.append(run_child(spec))
    return min(runs, key=lambda r: r["seconds"])


# ---- the scenario ------------------------------------------------------------------------------


def change_one_percent(catalog: Path) -> list[Path]:
    """Add a keyword to every hundredth dataset file: new bytes and data, the same findings."""
    datasets = sorted(catalog.glob("*/datasets/*.yaml"))
    changed = datasets[::100]
    for path in changed:
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("\nkeywords:\n", "\nkeywords:\n- revised\n", 1), encoding="utf-8")
    return changed


def freeze_code(work: Path) -> dict:
    """Children import a copy of the package made now: the checkout may change during the run (and
    any change to the package rightly invalidates the cache)."""
    frozen = work / "src"
    shutil.rmtree(frozen, ignore_errors=True)
    shutil.copytree(REPO / "src" / "genocat", frozen / "genocat", ignore=shutil.ignore_patterns("__pycache__"))
    return {**os.environ, "PYTHONPATH": str(frozen)}


ENV: dict | None = None
RUNS = ("cold", "serial", "primed", "warm", "after")


def linkml(files: list[str]) -> tuple[float, str]:
    schema = REPO / "schema" / "genocat.yaml"
    exe = Path(sys.executable).with_name("linkml-validate")
    began = time.perf_counter()
    done = subprocess.run([str(exe), "-s", str(schema), "-C", "Dataset", *files], capture_output=True, text=True)
    return time.perf_counter() - began, done.stdout + done.stderr


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=10_000, help="synthetic dataset files")
    parser.add_argument("--workdir", type=Path, help="where the catalogue is generated (default: a temp folder)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing; the best is kept")
    parser.add_argument("--jobs", type=int, default=None, help="genocat worker processes (default: all CPUs)")
    parser.add_argument(
        "--linkml-sample", type=int, default=1000, help="dataset files given to linkml-validate (0: all)"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        spec = json.loads(args.child)
        print(json.dumps((child_floor if spec["kind"] == "floor" else child_genocat)(spec)))
        return 0

    import synth
    from compare import genocat_errors, linkml_errors, manifest_errors

    work = (args.workdir or Path(tempfile.gettempdir()) / f"genocat-bench-{args.files}").resolve()
    manifest = synth.generate(args.files, work)
    global ENV
    ENV = freeze_code(work)
    catalog = work / "catalog"
    cache = work / "cache"
    all_files = _yaml_files(str(catalog))
    n = len(all_files)
    print(f"{n} files ({args.files} datasets, {len(manifest['broken'])} broken on purpose) in {catalog}")
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, load average {os.getloadavg()}")
    rows: list[tuple[str, dict]] = []

    def show(label: str, result: dict) -> None:
        rows.append((label, result))
        extra = f"  process {result['process']:.2f} s" if "with_imports" in result else ""
        print(
            f"  {label:<46} {result['seconds']:6.2f} s{extra}  CPU {result['cpu']:5.1f} s"
            f"  peak MB (main, largest child) {result['peak_mb']}"
        )

    print("parse floor (PyYAML C loader, same files):")
    floor = {}
    for what in ("load", "compose"):
        for procs in (1, 2):
            floor[what, procs] = best(
                {"kind": "floor", "root": str(catalog), "what": what, "procs": procs}, args.repeat
            )
            show(f"{what}, {procs} process{'es' if procs > 1 else ''}", floor[what, procs])

    def genocat(report: str, cache_dir: Path | None, jobs: int | None = args.jobs) -> dict:
        return {
            "kind": "genocat",
            "paths": [str(catalog)],
            "cache_dir": str(cache_dir) if cache_dir else None,
            "jobs": jobs,
            "report": str(work / report),
        }

    def fresh_cache() -> None:
        shutil.rmtree(cache, ignore_errors=True)

    print("genocat validate:")
    cold = best(genocat("cold.json", None), args.repeat)
    show(f"cold, no cache, jobs={args.jobs or os.cpu_count()}", cold)
    serial = run_child(genocat("serial.json", None, jobs=1))
    show("cold, no cache, jobs=1", serial)
    primed = best(genocat("primed.json", cache), args.repeat, before=fresh_cache)
    show("cold, empty cache (writes it)", primed)
    saved = work / "cache-primed"
    shutil.rmtree(saved, ignore_errors=True)
    shutil.copytree(cache, saved)
    unchanged = best(genocat("unchanged.json", cache), args.repeat)
    show("warm, nothing changed", unchanged)
    cold_report = json.loads((work / "cold.json").read_text(encoding="utf-8"))

    datasets = sorted(str(p) for p in catalog.glob("*/datasets/*.yaml"))
    sample = datasets if args.linkml_sample in (0, None) or args.linkml_sample >= len(datasets) else None
    if sample is None:
        step = len(datasets) / args.linkml_sample
        sample = [datasets[int(i * step)] for i in range(args.linkml_sample)]
    sample_set = set(sample)
    print(f"linkml-validate on {len(sample)} of {len(datasets)} dataset files (target class Dataset):")
    startup, _ = linkml(sample[:1])
    seconds, output = linkml(sample)
    found, unknown = linkml_errors(output)
    if "Traceback" in output:
        print(f"  linkml-validate stopped early: {output.strip().splitlines()[-1]}")
    per_file = (seconds - startup) / len(sample)
    estimate = startup + per_file * len(datasets)
    label = "measured" if len(sample) == len(datasets) else "extrapolated: start-up + per-file time x all files"
    print(f"  one file (start-up) {startup:.2f} s; {len(sample)} files {seconds:.2f} s", end="")
    print(f"; {per_file * 1000:.1f} ms per file")
    print(f"  all {len(datasets)} files: {estimate:.1f} s ({label})")

    ours = genocat_errors(cold_report, sample_set)
    planted = {e for e in manifest_errors(manifest, str(work)) if e[0] in sample_set}
    print("structural errors on the linkml sample, as (file, kind, pointer):")
    print(f"  planted by synth.py: {len(planted)}")
    print(f"  genocat: {len(ours)} (planted ones found: {len(planted & ours)}/{len(planted)})")
    print(f"  linkml-validate: {len(found)} (planted ones found: {len(planted & found)}/{len(planted)})")
    print(f"  found by both: {len(ours & found)}; only genocat: {len(ours - found)}; only linkml: {len(found - ours)}")
    for error in sorted(ours ^ found)[:5]:
        print(f"    differs: {error} ({'genocat' if error in ours else 'linkml'} only)")
    for line in unknown[:5]:
        print(f"    linkml line not understood: {line}")
    all_planted = manifest_errors(manifest, str(work))
    whole = genocat_errors(cold_report)
    print(f"  genocat over all {n} files: {len(whole)} structural errors", end="")
    print(f"; planted found {len(all_planted & whole)}/{len(all_planted)}")
    print(f"  genocat summary: {cold_report['summary']}")

    changed = change_one_percent(catalog)

    def restore() -> None:
        shutil.rmtree(cache, ignore_errors=True)
        shutil.copytree(saved, cache)

    warm = best(genocat("warm.json", cache), args.repeat, before=restore)
    show(f"warm, {len(changed)} files changed (1%)", warm)
    after = run_child(genocat("after.json", None))
    show("cold, no cache, after the change (reference)", after)

    reports = {name: json.loads((work / f"{name}.json").read_text(encoding="utf-8")) for name in RUNS}
    print("same report:")
    print(f"  parallel == serial: {reports['cold'] == reports['serial']}")
    print(f"  cold with cache == cold without: {reports['primed'] == reports['cold']}")
    print(f"  warm after the change == cold after the change: {reports['warm'] == reports['after']}")

    floor2 = floor["load", 2]["seconds"]
    print("ratios:")
    print(f"  genocat cold / parse floor (C load, 2 processes): {cold['seconds'] / floor2:.2f} (target <= 1.5)")
    print(f"  genocat cold / parse floor (C load, 1 process): {cold['seconds'] / floor['load', 1]['seconds']:.2f}")
    print(f"  linkml-validate / genocat cold: {estimate / cold['seconds']:.1f}x (target >= 10)")
    print(f"  linkml-validate / genocat warm (1% changed): {estimate / warm['seconds']:.0f}x (target >= 100, < 1 s)")
    print(f"  genocat cold / warm (1% changed): {cold['seconds'] / warm['seconds']:.1f}x")
    peak = cold["peak_mb"][0] + (args.jobs or os.cpu_count()) * cold["peak_mb"][1]
    print(f"  peak memory of the cold run, main + workers: <= {peak:.0f} MB (target < 500)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
