"""Real HTTP servers on 127.0.0.1 for the harvest tests: the standard library's http.server in a
thread, serving FDP-shaped and CKAN-shaped documents with content negotiation, ETags, paging, errors
and slow answers. Every request is logged (path and headers) so tests can see what genocat sent.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from rdflib import Graph

TURTLE = "text/turtle"


@dataclass
class Doc:
    """One resource: its representations by media type, or a canned failure."""

    bodies: dict[str, bytes] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    transient: list[int] = field(default_factory=list)  # statuses answered first, one per request
    require: dict[str, str] = field(default_factory=dict)  # request headers without which the answer is 401


def turtle(text: str, *others: str) -> Doc:
    """A Turtle document, also offered as JSON-LD and RDF/XML (content negotiation)."""
    graph = Graph().parse(data=text, format="turtle")
    bodies = {TURTLE: text.encode()}
    for media, fmt in (("application/ld+json", "json-ld"), ("application/rdf+xml", "xml")):
        if media in others:
            bodies[media] = graph.serialize(format=fmt).encode()
    return Doc(bodies, etag=f'"{abs(hash(text)) % 10**12}"')


class Site:
    def __init__(self) -> None:
        self.docs: dict[str, Doc] = {}
        self.log: list[tuple[str, str, dict]] = []  # (method, path, headers)
        self.redirects: dict[str, str] = {}
        self.active = self.most_active = 0  # slow requests waiting at once, and the most seen
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                site.answer(self)

            def do_POST(self):
                site.answer(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Site:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def add(self, path: str, doc: Doc) -> str:
        self.docs[path] = doc
        return self.url + path

    def requests(self, path: str | None = None) -> list[tuple[str, str, dict]]:
        return [r for r in self.log if path is None or r[1] == path]

    def _slow(self, delay: float) -> None:
        """Wait, counting the requests waiting at once (before any answer is sent, so a client that
        got its answer and asks again is never counted twice)."""
        with self._lock:
            self.active += 1
            self.most_active = max(self.most_active, self.active)
        time.sleep(delay)
        with self._lock:
            self.active -= 1

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        headers = {k.lower(): v for k, v in handler.headers.items()}
        self.log.append((handler.command, handler.path, headers))
        if handler.command == "POST":
            length = int(headers.get("content-length", "0"))
            handler.rfile.read(length)
        if handler.path in self.redirects:
            handler.send_response(302)
            handler.send_header("Location", self.redirects[handler.path])
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        doc = self.docs.get(handler.path)
        if doc is None:
            return _send(handler, 404, b"not found", "text/plain")
        if any(headers.get(name.lower()) != value for name, value in doc.require.items()):
            return _send(handler, 401, b"credentials needed", "text/plain", {"WWW-Authenticate": "Bearer"})
        if doc.delay:
            self._slow(doc.delay)
        if doc.transient:
            return _send(handler, doc.transient.pop(0), b"busy", "text/plain", doc.headers)
        if doc.status != 200:
            return _send(handler, doc.status, b"<html><body><h1>Error</h1></body></html>", "text/html", doc.headers)
        if doc.etag and headers.get("if-none-match") == doc.etag:
            return _send(handler, 304, b"", None, {"ETag": doc.etag})
        if doc.last_modified and headers.get("if-modified-since") == doc.last_modified and not doc.etag:
            return _send(handler, 304, b"", None, {"Last-Modified": doc.last_modified})
        media = _negotiate(headers.get("accept", "*/*"), list(doc.bodies))
        if media is None:
            return _send(handler, 406, b"not acceptable", "text/plain")
        extra = dict(doc.headers)
        if doc.etag:
            extra["ETag"] = doc.etag
        if doc.last_modified:
            extra["Last-Modified"] = doc.last_modified
        _send(handler, 200, doc.bodies[media], media, extra)


def _send(handler, status: int, body: bytes, media: str | None, headers: dict | None = None) -> None:
    handler.send_response(status)
    if media:
        handler.send_header("Content-Type", media + ("; charset=utf-8" if media.startswith("text/") else ""))
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    if body and handler.command != "HEAD":
        handler.wfile.write(body)


def _negotiate(accept: str, offered: list[str]) -> str | None:
    """The offered media type with the highest q in Accept (ties: the order of Accept), else the first."""
    ranked = []
    for position, part in enumerate(accept.split(",")):
        media, _, params = part.strip().partition(";")
        q = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                q = float(value)
        ranked.append((-q, position, media.strip()))
    for _, _, media in sorted(ranked):
        if media == "*/*" and offered:
            return offered[0]
        if media in offered:
            return media
    return offered[0] if offered else None  # as many servers do: what they have, whatever was asked
