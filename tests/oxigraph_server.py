"""Real SPARQL servers on loopback for the publishing tests: Oxigraph always, Virtuoso when installed.

Oxigraph is the `oxigraph` binary installed next to the interpreter (the `oxigraph` test dependency);
Virtuoso is the Debian package `virtuoso-opensource-7` (`virtuoso-t`). Both listen on 127.0.0.1
only, on free ports, with their data in a temporary folder. Requests made here bypass any proxy
configured in the environment, since they never leave the machine.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

STARTUP_LIMIT_S = 60  # how long to wait for the server to answer before giving up (not a timed assertion)


def oxigraph_binary() -> Path:
    return Path(sys.executable).parent / "oxigraph"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


_LOCAL = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _wait_until_up(process: subprocess.Popen, url: str, log_path: Path) -> None:
    deadline = time.monotonic() + STARTUP_LIMIT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}: {log_path.read_text(errors='replace')}")
        try:
            with _LOCAL.open(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    raise RuntimeError(f"the server did not answer on {url} within {STARTUP_LIMIT_S} s")


def _stop(process: subprocess.Popen | None) -> None:
    if process is None:
        return
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _select(query_url: str, sparql: str) -> list[dict[str, str]]:
    """A SELECT over HTTP (the SPARQL protocol, not the library): rows of variable -> lexical value."""
    request = urllib.request.Request(
        query_url,
        data=urllib.parse.urlencode({"query": sparql}).encode(),
        headers={"Accept": "application/sparql-results+json", "Content-Type": "application/x-www-form-urlencoded"},
    )
    with _LOCAL.open(request, timeout=60) as response:
        results = json.load(response)
    return [{name: cell["value"] for name, cell in row.items()} for row in results["results"]["bindings"]]


def graph_sizes(query_url: str, under: str = "") -> dict[str, int]:
    """Triples per named graph whose IRI starts with `under`, as the server counts them."""
    rows = _select(
        query_url,
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
        f"FILTER(STRSTARTS(STR(?g), {json.dumps(under)})) }} GROUP BY ?g",
    )
    return {row["g"]: int(row["n"]) for row in rows}


class _Server:
    """A store process on loopback: launched with a log file, awaited, stopped; SELECT over HTTP."""

    process: subprocess.Popen | None = None
    log_path: Path
    query_url: str

    def _launch(self, command: list[str], ready_url: str, cwd: Path | None = None) -> None:
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(command, cwd=cwd, stdout=log, stderr=subprocess.STDOUT)
        try:
            _wait_until_up(self.process, ready_url, self.log_path)
        except RuntimeError:
            self.stop()
            raise

    def stop(self) -> None:
        _stop(self.process)
        self.process = None

    def select(self, sparql: str) -> list[dict[str, str]]:
        return _select(self.query_url, sparql)


class OxigraphServer(_Server):
    """`oxigraph serve --location DIR --bind 127.0.0.1:PORT`, started and stopped by the test suite.

    With `union_default_graph`, queries without GRAPH see every named graph, as a portal's store is
    usually set up, so the shipped example queries run on it unchanged.
    """

    def __init__(self, location: Path, union_default_graph: bool = True):
        self.location = location
        self.union_default_graph = union_default_graph
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.store_url = self.url + "/store"
        self.query_url = self.url + "/query"
        self.update_url = self.url + "/update"
        self.log_path = location.parent / "oxigraph.log"
        self.process: subprocess.Popen | None = None

    def start(self) -> OxigraphServer:
        binary = oxigraph_binary()
        if not binary.exists():
            raise RuntimeError(f"{binary} is missing: install the test extra (pip install -e '.[test]').")
        command = [str(binary), "serve", "--location", str(self.location), "--bind", f"127.0.0.1:{self.port}"]
        if self.union_default_graph:
            command.append("--union-default-graph")
        self._launch(command, self.url + "/")
        return self

    def update(self, sparql: str) -> None:
        request = urllib.request.Request(
            self.update_url,
            data=urllib.parse.urlencode({"update": sparql}).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        with _LOCAL.open(request, timeout=60):
            pass

    def graph_sizes(self) -> dict[str, int]:
        return graph_sizes(self.query_url)


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 0
DirsAllowed = {db}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 2
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {db}
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


def virtuoso_binary() -> str | None:
    return shutil.which("virtuoso-t")


class VirtuosoServer(_Server):
    """`virtuoso-t +foreground` on a fresh database; Graph Store endpoint /sparql-graph-crud-auth (Digest, dba:dba)."""

    user = "dba"
    password = "dba"  # the fresh database's default; the server listens on loopback only

    def __init__(self, location: Path):
        self.location = location
        self.http_port = free_port()
        self.sql_port = free_port()
        self.url = f"http://127.0.0.1:{self.http_port}"
        self.store_url = self.url + "/sparql-graph-crud-auth"
        self.query_url = self.url + "/sparql"
        self.log_path = location / "virtuoso.out"
        self.process: subprocess.Popen | None = None

    def start(self) -> VirtuosoServer:
        self.location.mkdir(parents=True, exist_ok=True)
        ini = self.location / "virtuoso.ini"
        ini.write_text(
            VIRTUOSO_INI.format(db=self.location, sql_port=self.sql_port, http_port=self.http_port), encoding="utf-8"
        )
        command = [virtuoso_binary() or "virtuoso-t", "+foreground", "+configfile", str(ini)]
        self._launch(command, self.query_url, cwd=self.location)
        return self

    def graph_sizes(self, under: str) -> dict[str, int]:
        return graph_sizes(self.query_url, under)
