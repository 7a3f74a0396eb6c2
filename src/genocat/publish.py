"""Push a built catalogue into a triple store over the SPARQL 1.1 Graph Store HTTP Protocol.

Every store the catalogue is likely to live in (Oxigraph, Virtuoso, GraphDB, Fuseki) speaks this
protocol, so one HTTP PUT per named graph is all publishing needs: a PUT replaces the graph whole,
which is exactly "this node's catalogue is now this". Only the standard library is used (urllib).
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

NTRIPLES = "application/n-triples"
EXCERPT = 300  # characters of an error body shown to the user


class PublishSetupError(Exception):
    """The publication could not start (missing build, bad endpoint or credentials): exit code 2."""


class PublishError(Exception):
    """The store refused or could not be reached: exit code 1. `done` lists the graphs already replaced."""

    def __init__(self, message: str, done: list[Published]):
        super().__init__(message)
        self.done = done


@dataclass(frozen=True)
class GraphFile:
    """One named graph to replace: its short name, its IRI and the N-Triples file holding it."""

    name: str
    iri: str
    path: Path


@dataclass(frozen=True)
class Published:
    """One graph replaced in the store: its short name (node or `catalogue`, `vocabulary`), its IRI,
    the triples it holds and the store's HTTP status."""

    name: str
    iri: str
    triples: int
    status: int


def read_manifest(build_dir: Path) -> dict:
    """The build's manifest.json (base IRI and graph IRIs); a clear error when the build is missing."""
    from genocat.build.render import MANIFEST, output_problem

    manifest_path = build_dir / MANIFEST
    if problem := output_problem(build_dir, MANIFEST):
        raise PublishSetupError(problem)
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PublishSetupError(f"{manifest_path}: not valid JSON ({exc}); rebuild with `genocat build`.") from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("base_iri"), str):
        raise PublishSetupError(f"{manifest_path}: has no base_iri; rebuild with `genocat build`.")
    return manifest


def graph_files(build_dir: Path, per_node: bool, vocabulary: bool = True) -> list[GraphFile]:
    """The graphs to publish: one per node (graphs/*.nt) or the whole catalogue as one, then the vocabulary.

    The vocabulary (labels and codes of the code lists) goes to a graph of its own, so that queries
    that show codes and labels, like the shipped examples, give the same answer on the store.
    """
    manifest = read_manifest(build_dir)
    graphs = _node_graphs(build_dir, manifest) if per_node else _whole_graph(build_dir, manifest)
    path = build_dir / "vocabulary.ttl"
    if vocabulary and path.is_file():
        graphs.append(GraphFile("vocabulary", manifest["base_iri"] + "graph/vocabulary", path))
    return graphs


def _whole_graph(build_dir: Path, manifest: dict) -> list[GraphFile]:
    path = build_dir / "catalogue.nt"
    if not path.is_file():
        raise PublishSetupError(f"{path}: missing; rebuild with `genocat build`.")
    return [GraphFile("catalogue", manifest["base_iri"] + "graph/catalogue", path)]


def _node_graphs(build_dir: Path, manifest: dict) -> list[GraphFile]:
    iris = manifest.get("graphs")
    if not isinstance(iris, dict):
        raise PublishSetupError(f"{build_dir / 'manifest.json'}: has no graphs; rebuild with `genocat build`.")
    files = sorted((build_dir / "graphs").glob("*.nt"))
    if not files:
        raise PublishSetupError(
            f"{build_dir / 'graphs'}: no per-node graph files (*.nt); rebuild with `genocat build`."
        )
    result = []
    for path in files:
        iri = iris.get(path.stem)
        if not isinstance(iri, str):
            raise PublishSetupError(
                f"{path}: no graph IRI for {path.stem!r} in manifest.json; rebuild with `genocat build`."
            )
        result.append(GraphFile(path.stem, iri, path))
    return result


def _format(path: Path):
    import pyoxigraph

    return pyoxigraph.RdfFormat.TURTLE if path.suffix == ".ttl" else pyoxigraph.RdfFormat.N_TRIPLES


def count_triples(path: Path) -> int:
    """Distinct triples in a graph file (what the store will hold); a file that does not parse stops the run."""
    import pyoxigraph

    try:
        return len(set(pyoxigraph.parse(path=str(path), format=_format(path))))
    except SyntaxError as exc:
        raise PublishSetupError(
            f"{path}: not valid {_format(path).name} ({exc}); rebuild with `genocat build`."
        ) from None


def payload(path: Path) -> bytes:
    """The graph as N-Triples bytes: the file itself, or the Turtle vocabulary converted (sorted lines)."""
    import pyoxigraph

    if _format(path) == pyoxigraph.RdfFormat.N_TRIPLES:
        return path.read_bytes()
    triples = pyoxigraph.parse(path=str(path), format=_format(path))
    from genocat.build.serialise import sorted_ntriples

    text = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES).decode("utf-8")
    return sorted_ntriples(text).encode("utf-8")


def parse_auth(auth: str | None) -> tuple[str, str] | None:
    if auth is None or auth == "":
        return None
    user, sep, password = auth.partition(":")
    if not sep or not user:
        raise PublishSetupError("--auth must be USER:PASSWORD (or set GENOCAT_PUBLISH_AUTH to USER:PASSWORD).")
    return user, password


def check_endpoint(endpoint: str) -> str:
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PublishSetupError(
            f"--endpoint {endpoint!r} is not an http(s) URL; give the store's graph store endpoint, "
            "e.g. http://localhost:7878/store for Oxigraph."
        )
    if parts.query or parts.fragment:
        raise PublishSetupError(f"--endpoint {endpoint!r} must not carry a query or fragment; genocat adds ?graph=.")
    return endpoint


def graph_url(endpoint: str, graph_iri: str) -> str:
    """Indirect graph identification (`?graph=`), the form every Graph Store implementation accepts."""
    return endpoint + "?" + urllib.parse.urlencode({"graph": graph_iri})


class _ClosingChallenge:
    """Closes the 401 response an auth handler answered with a retry (urllib leaves its socket open)."""

    def http_error_401(self, req, fp, code, msg, headers):
        try:
            result = super().http_error_401(req, fp, code, msg, headers)
        except BaseException:
            fp.close()
            raise
        if result is not None:
            fp.close()
        return result


class _BasicAuth(_ClosingChallenge, urllib.request.HTTPBasicAuthHandler):
    pass


class _DigestAuth(_ClosingChallenge, urllib.request.HTTPDigestAuthHandler):
    pass


def _opener(endpoint: str, credentials: tuple[str, str] | None) -> urllib.request.OpenerDirector:
    """Basic or Digest authentication, whichever the store asks for (Virtuoso's -auth endpoints use Digest)."""
    handlers: list[urllib.request.BaseHandler] = []
    if credentials is not None:
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, endpoint, *credentials)
        handlers += [_BasicAuth(passwords), _DigestAuth(passwords)]
    return urllib.request.build_opener(*handlers)


def excerpt(body: bytes, content_type: str | None) -> str:
    """The start of an error body on one line (an HTML error page without its tags)."""
    text = body.decode("utf-8", errors="replace")
    if content_type and "html" in content_type:
        text = re.sub(r"<[^>]*>", " ", text)
    text = " ".join(text.split())
    return text[:EXCERPT] + ("..." if len(text) > EXCERPT else "")


def put_graph(
    opener: urllib.request.OpenerDirector, endpoint: str, graph: GraphFile, data: bytes, with_auth: bool
) -> int:
    """PUT one graph; returns the HTTP status. An HTTP or connection failure raises with what the store said."""
    request = urllib.request.Request(
        graph_url(endpoint, graph.iri), data=data, method="PUT", headers={"Content-Type": NTRIPLES}
    )
    try:
        with opener.open(request, timeout=300) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        with exc:
            said = excerpt(exc.read(), exc.headers.get("Content-Type") if exc.headers else None)
        hint = ""
        if exc.code in (401, 403):
            hint = "; check the --auth credentials" if with_auth else "; the store wants credentials: pass --auth"
        raise PublishError(
            f"{endpoint}: HTTP {exc.code} {exc.reason} when replacing graph <{graph.iri}> ({graph.path.name})"
            + (f": {said}" if said else "")
            + hint,
            [],
        ) from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise PublishError(
            f"{endpoint}: could not reach the store ({reason}) when replacing graph <{graph.iri}>; "
            "is it running, and is this its graph store endpoint?",
            [],
        ) from None


def publish(
    build_dir: Path,
    endpoint: str,
    per_node: bool,
    auth: str | None,
    vocabulary: bool = True,
    on_graph=None,
) -> list[Published]:
    """Replace each graph of the build in the store, in order; `on_graph(Published)` reports progress.

    The protocol has no transaction across graphs: when the store fails mid-way, the graphs already
    replaced stay replaced (PublishError.done lists them) and a re-run converges.
    """
    endpoint = check_endpoint(endpoint)
    credentials = parse_auth(auth)
    graphs = graph_files(build_dir, per_node, vocabulary)
    counts = [count_triples(graph.path) for graph in graphs]  # every file parses before the first PUT
    opener = _opener(endpoint, credentials)
    done: list[Published] = []
    for graph, triples in zip(graphs, counts, strict=True):
        try:
            status = put_graph(opener, endpoint, graph, payload(graph.path), credentials is not None)
        except PublishError as exc:
            raise PublishError(str(exc), done) from None
        published = Published(graph.name, graph.iri, triples, status)
        done.append(published)
        if on_graph is not None:
            on_graph(published)
    return done
