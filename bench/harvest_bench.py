"""Benchmark `genocat harvest` on 10,000 datasets from local sources (issue 14).

    python bench/harvest_bench.py [--datasets 10000] [--per-page 100] [--changed 0.01] [--tmp DIR]

Builds the demo catalogue once and takes each demo dataset's RDF (with its distributions) as a
template; a server process on 127.0.0.1 then answers for N datasets made from those templates (dataset
i is template i mod n with its own identifier and IRIs), computed per request so the server's memory
does not grow with N, with ETags:

- as a FAIR Data Point: `/fdp/` -> `/catalogue/nl` (dcat:dataset for every dataset) -> one document
  per dataset (one request per record, as FDPs answer);
- as a paged DCAT endpoint: `/catalog.ttl?page=N` as ckanext-dcat (hydra:PagedCollection, nextPage).

Each harvest runs as its own `genocat harvest` process (wall time, peak RSS of that process from
getrusage); first into an empty node folder, then again with nothing changed, then with `--changed`
of the datasets given a new title (the server is restarted with the change). Also times the refusal
of a 1 KB entity-expansion bomb by `genocat import` (278 s before DTDs were refused).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

GENOCAT = [sys.executable, "-m", "genocat.cli"]
BASE = "https://catalogue.genocat.example/"


def templates(work: Path) -> dict:
    """The demo datasets' own N-Triples (distributions included) and the Netherlands catalogue."""
    from rdflib import RDF, Graph, URIRef
    from tests.harvest.test_round_trip import DCAT, RECORDS, _own

    build = work / "demo-build"
    subprocess.run([*GENOCAT, "build", str(ROOT / "catalog"), "--out", str(build), "--quiet"], check=True)
    graph = Graph().parse(build / "catalogue.nt", format="nt")
    records = {s for cls in RECORDS for s in graph.subjects(RDF.type, cls)}
    datasets = []
    for node in sorted(graph.subjects(RDF.type, DCAT.Dataset)):
        identifier = str(node).rsplit("/", 1)[1]
        datasets.append({"identifier": identifier, "nt": _own(graph, node, records).serialize(format="nt")})
    catalogue = _own(graph, URIRef(BASE + "catalogue/nl"), records, skip={DCAT.dataset}).serialize(format="nt")
    catalogue = "".join(line + "\n" for line in catalogue.splitlines() if str(DCAT.dataset) not in line)
    return {"datasets": datasets, "catalogue": catalogue}


def serve(spec_path: str) -> None:
    """The server process: answers FDP and paged requests for N datasets made from the templates."""
    spec = json.loads(Path(spec_path).read_text())
    n, per_page, changed = spec["datasets"], spec["per_page"], set(spec["changed"])
    temps = spec["templates"]["datasets"]
    catalogue_nt = spec["templates"]["catalogue"]
    patterns = [re.compile(re.escape(t["identifier"]) + r"(?![0-9A-Za-z])") for t in temps]

    def dataset(i: int, url: str) -> str:
        template = temps[i % len(temps)]
        text = patterns[i % len(temps)].sub(f"BENCH-{i:05d}", template["nt"]).replace(BASE, url + "/")
        if i in changed:
            text = text.replace('/title> "', '/title> "Revised: ', 1)
        return text

    def catalogue(url: str, ids) -> str:
        text = catalogue_nt.replace(BASE, url + "/")
        me = f"<{url}/catalogue/nl>"
        return text + "".join(
            f"{me} <http://www.w3.org/ns/dcat#dataset> <{url}/dataset/BENCH-{i:05d}> .\n" for i in ids
        )

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_POST(self):  # /_change: the datasets given a new title from now on (a JSON list)
            changed.clear()
            changed.update(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def do_GET(self):
            url = f"http://{self.headers['Host']}"
            path = self.path
            if path == "/fdp/":
                body = (
                    f"<{url}/fdp/> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                    f"<https://w3id.org/fdp/fdp-o#FAIRDataPoint> .\n<{url}/fdp/> "
                    f"<https://w3id.org/fdp/fdp-o#metadataCatalog> <{url}/catalogue/nl> .\n"
                )
            elif path == "/catalogue/nl":
                body = catalogue(url, range(n))
            elif path.startswith("/dataset/BENCH-"):
                i = int(path.rsplit("-", 1)[1])
                body = dataset(i, url) if i < n else None
            elif path.startswith("/catalog.ttl?page="):
                page = int(path.rsplit("=", 1)[1])
                ids = range((page - 1) * per_page, min(n, page * per_page))
                pages = -(-n // per_page)
                paging = (
                    f"<{url}/catalog.ttl?page={page}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                    f"<http://www.w3.org/ns/hydra/core#PagedCollection> .\n"
                )
                if page < pages:
                    paging += (
                        f"<{url}/catalog.ttl?page={page}> <http://www.w3.org/ns/hydra/core#nextPage> "
                        f'"{url}/catalog.ttl?page={page + 1}" .\n'
                    )
                body = catalogue(url, ids) + paging + "".join(dataset(i, url) for i in ids) if ids else None
            else:
                body = None
            if body is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            data = body.encode()
            etag = '"' + hashlib.sha256(data).hexdigest()[:20] + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/turtle")  # N-Triples is Turtle
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


class Server:
    def __init__(self, work: Path, spec: dict):
        path = work / "spec.json"
        path.write_text(json.dumps(spec))
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--serve", str(path)], stdout=subprocess.PIPE, text=True
        )
        self.url = f"http://127.0.0.1:{self.process.stdout.readline().strip()}"

    def change(self, ids: list[int]) -> None:
        import urllib.request

        request = urllib.request.Request(self.url + "/_change", data=json.dumps(ids).encode(), method="POST")
        urllib.request.urlopen(request).close()

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--datasets", type=int, default=10000)
    parser.add_argument("--per-page", type=int, default=100)
    parser.add_argument("--changed", type=float, default=0.01)
    parser.add_argument("--jobs", type=int, default=2, help="genocat harvest --jobs")
    parser.add_argument("--kinds", default="fdp,paged")
    parser.add_argument("--tmp", type=Path)
    parser.add_argument(
        "--before",
        type=Path,
        help="a src/ folder of the code to compare with (e.g. `git archive <commit> src | tar -x -C DIR`), "
        "run in turn with this one on the same server",
    )
    parser.add_argument("--serve")
    options = parser.parse_args()
    if options.serve:
        serve(options.serve)
        return
    work = Path(tempfile.mkdtemp(dir=options.tmp))
    n = options.datasets
    print(
        f"genocat harvest benchmark: {n} datasets, pages of {options.per_page}, {options.changed:.0%} changed, "
        f"--jobs {options.jobs}; load average {os.getloadavg()[0]:.1f}; {time.strftime('%H:%M:%S', time.gmtime())} UTC"
        + (f"; before: {options.before}" if options.before else ""),
        flush=True,
    )
    temps = templates(work)
    print(f"  {len(temps['datasets'])} demo datasets as templates", flush=True)
    step = max(1, round(1 / options.changed)) if options.changed else 0
    changed = list(range(0, n, step)) if step else []
    rows: list = []
    variants = [("", None)] + ([("before: ", str(options.before.resolve()))] if options.before else [])
    for kind, source in (("fdp", "/fdp/"), ("paged", "/catalog.ttl?page=1")):
        if kind not in options.kinds.split(","):
            continue
        server = Server(work, {"datasets": n, "per_page": options.per_page, "changed": [], "templates": temps})
        try:
            steps = [("first harvest", None), ("re-harvest, nothing changed", None)]
            steps.append((f"re-harvest, {len(changed)} changed", changed))
            for index, (step, change) in enumerate(steps):
                if change is not None:
                    server.change(change)
                for prefix, src in variants[:: -1 if index % 2 else 1]:  # who goes first alternates
                    out = work / (prefix.strip(": ") or "after") / kind / "nl"
                    args = [server.url + source, "--kind", kind, "--out", str(out), "--jobs", str(options.jobs)]
                    timed_run(f"{prefix}{kind}: {step}", n, args, rows, src)
        finally:
            server.stop()
    bomb(work)


def timed_run(label: str, n: int, args: list[str], rows: list, src: str | None = None) -> None:
    """Through /usr/bin/time-like accounting: a fresh Python wrapper whose only child is the harvest."""
    wrapper = (
        "import resource, subprocess, sys, json, time;"
        "t = time.perf_counter();"
        "r = subprocess.run(sys.argv[1:], capture_output=True, text=True);"
        "e = time.perf_counter() - t;"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN);"
        "print(json.dumps([e, u.ru_maxrss / 1024, u.ru_utime + u.ru_stime, r.returncode, r.stdout[-1500:]]))"
    )
    report = Path(tempfile.mkstemp(suffix=".json")[1])
    command = [sys.executable, "-c", wrapper, *GENOCAT, "harvest", *args, "--quiet", "--report", str(report)]
    env = {**os.environ, "PYTHONPATH": src} if src else None
    done = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    elapsed, peak, cpu, code, stdout = json.loads(done.stdout)
    if code not in (0, 1):
        print(stdout)
    node = json.loads(report.read_text())["nodes"][0]
    report.unlink()
    counts = {k: len(node[k]) for k in ("added", "changed", "removed", "unchanged")}
    rows.append((label, elapsed, peak, counts))
    print(
        f"  {label:<40} {elapsed:7.2f} s {n / elapsed:7.0f} records/s  CPU {cpu:6.1f} s  peak {peak:4.0f} MB  "
        f"load {os.getloadavg()[0]:4.1f}  exit {code}  "
        + ", ".join(f"{k} {v}" for k, v in counts.items())
        + f", errors {len(node['errors'])}",
        flush=True,
    )
    for error in node["errors"][:3]:
        print(f"    {error['message'][:200]}")


def bomb(work: Path) -> None:
    from tests.test_import_safety import billion_laughs

    path = work / "bomb.rdf"
    path.write_text(billion_laughs())
    start = time.perf_counter()
    done = subprocess.run(
        [*GENOCAT, "import", str(path), "--out", str(work / "bomb-out")], capture_output=True, text=True
    )
    elapsed = time.perf_counter() - start
    print(
        f"  genocat import of a {path.stat().st_size}-byte entity bomb: "
        f"exit {done.returncode} in {elapsed:.2f} s (process)"
    )


if __name__ == "__main__":
    main()
