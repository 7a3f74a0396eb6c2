"""`genocat publish` against a real Oxigraph server on loopback: graphs replaced whole, read back over SPARQL."""

from __future__ import annotations

import base64
import http.server
import json
import shutil
import threading

import pyoxigraph
import pytest

from genocat.cli import main
from genocat.query import get_named
from tests.oxigraph_server import OxigraphServer, VirtuosoServer, free_port, virtuoso_binary
from tests.test_query import BASE, build_demo


@pytest.fixture(scope="session")
def oxigraph(tmp_path_factory):
    server = OxigraphServer(tmp_path_factory.mktemp("oxigraph") / "data").start()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    """Requests to loopback must not go through a proxy the environment may configure."""
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")


@pytest.fixture
def store(oxigraph):
    """The shared server, emptied for each test."""
    oxigraph.update("DROP ALL")
    return oxigraph


@pytest.fixture(scope="module")
def demo_build(tmp_path_factory):
    return build_demo(tmp_path_factory.mktemp("publish") / "build")


@pytest.fixture
def build_dir(demo_build, tmp_path):
    """A copy of the demo build that a test may change."""
    return shutil.copytree(demo_build, tmp_path / "build")


def publish(runner, build_dir, endpoint, *args, **kwargs):
    return runner.invoke(
        main,
        ["publish", "--endpoint", endpoint, "--build-dir", str(build_dir), *args],
        catch_exceptions=False,
        **kwargs,
    )


def triples_in(path) -> int:
    rdf_format = pyoxigraph.RdfFormat.TURTLE if path.suffix == ".ttl" else pyoxigraph.RdfFormat.N_TRIPLES
    return len(set(pyoxigraph.parse(path=str(path), format=rdf_format)))


def test_publish_per_node_reads_back_the_same_triples(runner, store, build_dir):
    result = publish(runner, build_dir, store.store_url, "--graph-per-node")
    assert result.exit_code == 0, result.output
    manifest = json.loads((build_dir / "manifest.json").read_text(encoding="utf-8"))
    names = sorted(path.stem for path in (build_dir / "graphs").glob("*.nt"))
    assert len(names) == 14 and "europe" in names and "hu" in names
    expected = {manifest["graphs"][name]: triples_in(build_dir / "graphs" / f"{name}.nt") for name in names}
    expected[f"{BASE}graph/vocabulary"] = triples_in(build_dir / "vocabulary.ttl")
    assert store.graph_sizes() == expected
    assert result.output.splitlines()[:-1] == [
        f"{name}\t<{BASE}graph/{name}>\t{expected[BASE + 'graph/' + name]} triples\tHTTP 201"
        for name in [*names, "vocabulary"]
    ]
    total = sum(expected.values())
    assert result.output.splitlines()[-1] == f"published 15 graph(s), {total} triples, to {store.store_url}"
    # the union of the node graphs, as the server holds it, is the whole catalogue
    distinct = store.select(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
        f"FILTER(?g != <{BASE}graph/vocabulary>) }} }}"
    )
    assert distinct == [{"n": str(triples_in(build_dir / "catalogue.nt"))}]


def test_republish_replaces_only_the_changed_graph(runner, store, build_dir):
    assert publish(runner, build_dir, store.store_url, "--graph-per-node").exit_code == 0
    before = store.graph_sizes()
    # Norway's node now lists one dataset fewer: its graph must lose those triples, the others stay as they were.
    norway = build_dir / "graphs" / "no.nt"
    kept = [line for line in norway.read_text(encoding="utf-8").splitlines() if "GDI-NO-OSLO-1" not in line]
    norway.write_text("".join(line + "\n" for line in kept), encoding="utf-8")
    result = publish(runner, build_dir, store.store_url, "--graph-per-node")
    assert result.exit_code == 0, result.output
    assert f"no\t<{BASE}graph/no>\t{len(kept)} triples\tHTTP 204" in result.output.splitlines()
    after = store.graph_sizes()
    assert after[f"{BASE}graph/no"] == len(kept) < before[f"{BASE}graph/no"]
    assert {g: n for g, n in after.items() if not g.endswith("/no")} == {
        g: n for g, n in before.items() if not g.endswith("/no")
    }
    assert store.select('SELECT ?s WHERE { GRAPH ?g { ?s ?p "GDI-NO-OSLO-1" } }') == []
    assert store.select('SELECT ?g WHERE { GRAPH ?g { ?s ?p "GDI-NO-OSLO-2" } }') == [{"g": f"{BASE}graph/no"}]


def test_publish_whole_catalogue_into_one_graph(runner, store, build_dir):
    result = publish(runner, build_dir, store.store_url, "--no-vocabulary")
    assert result.exit_code == 0, result.output
    assert store.graph_sizes() == {f"{BASE}graph/catalogue": triples_in(build_dir / "catalogue.nt")}


@pytest.mark.parametrize(
    ("example", "params"),
    [("datasets-per-country", {}), ("node-catalogues", {}), ("datasets-by-assembly", {"assembly": "GRCh38"})],
)
def test_published_store_answers_the_examples_as_the_embedded_query(runner, store, build_dir, example, params):
    """The example's text, run by the server over HTTP, gives the rows `genocat query` gives (JSON compared)."""
    assert publish(runner, build_dir, store.store_url, "--graph-per-node").exit_code == 0
    args = ["query", "--build-dir", str(build_dir), "--format", "json", "--example", example]
    for name, value in params.items():
        args += ["--param", f"{name}={value}"]
    embedded = runner.invoke(main, args, catch_exceptions=False)
    assert embedded.exit_code == 0, embedded.output
    text = get_named(example).text
    for name, value in params.items():  # the server has no substitutions: bind with VALUES instead
        text = text.replace("WHERE {", f'WHERE {{ VALUES ?{name} {{ "{value}" }}', 1)
    expected = [{k: v["value"] for k, v in row.items()} for row in json.loads(embedded.output)["results"]["bindings"]]
    assert expected
    assert store.select(text) == expected


def test_http_error_exits_1_with_status_endpoint_and_body(runner, store, build_dir):
    manifest = json.loads((build_dir / "manifest.json").read_text(encoding="utf-8"))
    manifest["graphs"]["no"] = "not an iri"
    (build_dir / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    result = publish(runner, build_dir, store.store_url, "--graph-per-node")
    assert result.exit_code == 1
    assert (
        f"genocat publish: error: {store.store_url}: HTTP 400 Bad Request when replacing graph <not an iri> (no.nt): "
        "Invalid IRI code point ' '"
    ) in result.output
    assert "already replaced before the failure: be, cy, ee, es, europe, fi, hu, it, mt, nl" in result.output
    assert "Traceback" not in result.output


def test_wrong_endpoint_path_exits_1(runner, store, build_dir):
    result = publish(runner, build_dir, store.url + "/nope")
    assert result.exit_code == 1
    assert f"{store.url}/nope: HTTP 404 Not Found when replacing graph <{BASE}graph/catalogue>" in result.output


def test_unreachable_store_exits_1(runner, build_dir):
    endpoint = f"http://127.0.0.1:{free_port()}/store"
    result = publish(runner, build_dir, endpoint)
    assert result.exit_code == 1
    assert f"{endpoint}: could not reach the store (" in result.output
    assert "is it running, and is this its graph store endpoint?" in result.output


def test_broken_graph_file_changes_nothing_in_the_store(runner, store, build_dir):
    (build_dir / "graphs" / "no.nt").write_text("not n-triples\n", encoding="utf-8")
    result = publish(runner, build_dir, store.store_url, "--graph-per-node")
    assert result.exit_code == 2
    assert "no.nt: not valid N-Triples" in result.output
    assert store.graph_sizes() == {}


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [
        (lambda b: None, ["--endpoint", "ftp://example.org/store"], "is not an http(s) URL"),
        (lambda b: None, ["--endpoint", "http://127.0.0.1:1/store?graph=x"], "must not carry a query"),
        (lambda b: None, ["--endpoint", "http://127.0.0.1:1/store", "--auth", "nopassword"], "--auth must be"),
        (
            lambda b: (b / "manifest.json").unlink(),
            ["--endpoint", "http://127.0.0.1:1/store"],
            "manifest.json: missing",
        ),
        (lambda b: (b / "manifest.json").write_text("{"), ["--endpoint", "http://127.0.0.1:1/store"], "not valid JSON"),
        (
            lambda b: (b / "graphs" / "xx.nt").write_text(""),
            ["--endpoint", "http://127.0.0.1:1/store", "--graph-per-node"],
            "xx.nt: no graph IRI for 'xx' in manifest.json",
        ),
    ],
)
def test_could_not_run_exits_2(runner, build_dir, setup, args, message):
    setup(build_dir)
    result = runner.invoke(main, ["publish", "--build-dir", str(build_dir), *args], catch_exceptions=False)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_missing_build_dir_exits_2(runner, tmp_path):
    result = publish(runner, tmp_path / "nowhere", "http://127.0.0.1:1/store")
    assert result.exit_code == 2
    assert "nowhere: no such build folder; run `genocat build` first" in result.output


class _BasicAuthStore(http.server.BaseHTTPRequestHandler):
    """A store that wants Basic credentials (Oxigraph has none): records what it was sent."""

    received: list = []

    def do_PUT(self):  # noqa: N802 (http.server's naming)
        expected = "Basic " + base64.b64encode(b"luca:s3cret:with-colon").decode()
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if self.headers.get("Authorization") != expected:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="store"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.received.append((self.path, self.headers["Content-Type"], body))
        self.send_response(201)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def auth_store():
    _BasicAuthStore.received = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _BasicAuthStore)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/store", _BasicAuthStore.received
    server.shutdown()
    server.server_close()


def test_credentials_from_the_environment(runner, build_dir, auth_store):
    endpoint, received = auth_store
    result = publish(runner, build_dir, endpoint, env={"GENOCAT_PUBLISH_AUTH": "luca:s3cret:with-colon"})
    assert result.exit_code == 0, result.output
    assert [(path, kind) for path, kind, _ in received] == [
        ("/store?graph=https%3A%2F%2Fcatalogue.genocat.example%2Fgraph%2Fcatalogue", "application/n-triples"),
        ("/store?graph=https%3A%2F%2Fcatalogue.genocat.example%2Fgraph%2Fvocabulary", "application/n-triples"),
    ]
    assert received[0][2] == (build_dir / "catalogue.nt").read_bytes()
    assert "s3cret" not in result.output


def test_missing_credentials_exit_1_and_say_so(runner, build_dir, auth_store):
    endpoint, received = auth_store
    result = publish(runner, build_dir, endpoint)
    assert result.exit_code == 1
    assert "HTTP 401 Unauthorized" in result.output
    assert "the store wants credentials: pass --auth" in result.output
    assert received == []


def test_wrong_credentials_exit_1(runner, build_dir, auth_store):
    endpoint, received = auth_store
    result = publish(runner, build_dir, endpoint, "--auth", "luca:wrong")
    assert result.exit_code == 1
    assert "HTTP 401 Unauthorized" in result.output
    assert "check the --auth credentials" in result.output
    assert received == []


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    server = VirtuosoServer(tmp_path_factory.mktemp("virtuoso")).start()
    yield server
    server.stop()


@pytest.mark.skipif(
    virtuoso_binary() is None, reason="virtuoso-t is not installed (Debian: apt-get install virtuoso-opensource-7)"
)
def test_virtuoso_graph_store_with_digest_auth(runner, virtuoso, build_dir):
    """The store data.europa.eu runs: Graph Store at /sparql-graph-crud-auth, Digest authentication."""
    auth = f"{virtuoso.user}:{virtuoso.password}"
    result = publish(runner, build_dir, virtuoso.store_url, "--graph-per-node", "--auth", auth)
    assert result.exit_code == 0, result.output
    expected = {f"{BASE}graph/{path.stem}": triples_in(path) for path in (build_dir / "graphs").glob("*.nt")}
    assert len(expected) == 14
    expected[f"{BASE}graph/vocabulary"] = triples_in(build_dir / "vocabulary.ttl")
    assert virtuoso.graph_sizes(BASE) == expected
    # Virtuoso's default graph is the union of all graphs: the shipped examples run on it unchanged
    for example in ("datasets-per-country", "node-catalogues", "datasets-by-permission"):
        embedded = runner.invoke(
            main, ["query", "--build-dir", str(build_dir), "--format", "json", "--example", example]
        )
        document = json.loads(embedded.output)
        names = document["head"]["vars"]
        rows = [[row.get(n, {}).get("value", "") for n in names] for row in document["results"]["bindings"]]
        # Virtuoso binds GROUP_CONCAT of nothing to "" (as the spec says), Oxigraph leaves it unbound
        served = [[row.get(n, "") for n in names] for row in virtuoso.select(get_named(example).text)]
        assert rows and served == rows, example
    # replace one node's graph: its old triples go, the others stay
    norway = build_dir / "graphs" / "no.nt"
    kept = [line for line in norway.read_text(encoding="utf-8").splitlines() if "GDI-NO-OSLO-1" not in line]
    norway.write_text("".join(line + "\n" for line in kept), encoding="utf-8")
    result = publish(runner, build_dir, virtuoso.store_url, "--graph-per-node", "--auth", auth)
    assert result.exit_code == 0, result.output
    assert virtuoso.graph_sizes(BASE) == {**expected, f"{BASE}graph/no": len(kept)}
    assert virtuoso.select('SELECT ?s WHERE { GRAPH ?g { ?s ?p "GDI-NO-OSLO-1" } }') == []
    # without credentials Virtuoso refuses, and genocat says what to do
    refused = publish(runner, build_dir, virtuoso.store_url, "--graph-per-node")
    assert refused.exit_code == 1
    assert "HTTP 401" in refused.output and "pass --auth" in refused.output


def test_payload_keeps_literals_with_unicode_line_separators_whole(tmp_path):
    from genocat.publish import payload

    turtle = tmp_path / "vocabulary.ttl"
    turtle.write_text('<http://ex.org/a> <http://ex.org/p> "one\u2028two\x85three" .\n', encoding="utf-8")
    data = payload(turtle)
    assert len(list(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.N_TRIPLES))) == 1
