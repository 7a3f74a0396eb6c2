"""--check-urls against a local HTTP server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from genocat.cli import main
from genocat.score.urls import check_url, check_urls
from tests.conftest import DATA


class Handler(BaseHTTPRequestHandler):
    seen: list[tuple[str, str]] = []

    def do_HEAD(self):  # noqa: N802 - the http.server API
        Handler.seen.append((self.command, self.path))
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/ok")
        else:
            self.send_response(200 if self.path == "/ok" else 404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):  # noqa: N802
        Handler.seen.append((self.command, self.path))
        self.send_response(500)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def server(monkeypatch):
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    Handler.seen = []
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join()


def test_head_requests_and_their_statuses(server):
    results = check_urls([f"{server}/ok", f"{server}/missing", f"{server}/moved", f"{server}/ok"], timeout=5)
    assert {url.rsplit("/", 1)[1]: (s.status, s.ok) for url, s in results.items()} == {
        "ok": (200, True),
        "missing": (404, False),
        "moved": (200, True),
    }
    assert all(method == "HEAD" for method, _ in Handler.seen)  # the redirect is followed with HEAD too


def test_unreachable_and_non_http_urls_are_statuses_not_exceptions():
    with socket.socket() as probe:  # a port that was free a moment ago and has no listener now
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    closed = check_url(f"http://127.0.0.1:{port}/x", timeout=2)
    assert closed.status is None and not closed.ok and closed.describe().startswith("could not connect")
    assert check_url("ftp://example.org/x").describe() == "not an http(s) URL"


def test_cli_check_urls_awards_reachable_and_reports_broken(server, runner, tmp_path):
    text = (DATA / "valid" / "gdi-hu-semmelweis-1.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "    access_url: https://ega.example.org/datasets/EGAD00001009999\n",
        f"    access_url: {server}/ok\n    download_url: {server}/missing\n",
    )
    path = tmp_path / "gdi-hu-semmelweis-1.yaml"
    path.write_text(text, encoding="utf-8")

    offline = json.loads(runner.invoke(main, ["score", str(path), "--format", "json"]).output)
    assert offline["check_urls"] is False and not Handler.seen
    assert {g["indicator"] for g in offline["datasets"][0]["not_checked"]} == {
        "access_url_accessibility",
        "download_url_accessibility",
    }

    result = runner.invoke(main, ["score", str(path), "--format", "json", "--check-urls", "--timeout", "5"])
    assert result.exit_code == 0, result.output
    [dataset] = json.loads(result.output)["datasets"]
    assert dataset["not_checked"] == []
    assert dataset["mqa"]["dimensions"]["accessibility"] == {"points": 70, "max": 100}  # 50 access + 20 download
    [broken] = [g for g in dataset["missing"] if g["indicator"] == "download_url_accessibility"]
    assert "HTTP 404" in broken["hint"] and f"{server}/missing" in broken["hint"]
    assert sorted(Handler.seen) == [("HEAD", "/missing"), ("HEAD", "/ok")]
