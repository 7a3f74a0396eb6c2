"""Browser tests of the published site: the demo and the hostile catalogue are each built once per session
with `genocat build` into a temporary folder, served by `http.server` on 127.0.0.1 in a thread, and opened
in Debian's Chromium through Playwright (never `playwright install`)."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import CATALOG, DATA, ROOT, in_ci

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HOSTILE = DATA / "hostile-catalog"
# Screenshots the issue asks for, kept as test artefacts (gitignored); CI uploads the folder.
ARTIFACTS = Path(os.environ.get("GENOCAT_TEST_ARTIFACTS", ROOT / "test-artifacts")) / "screenshots"


def _require_chromium() -> None:
    if CHROMIUM.exists():
        return
    message = f"{CHROMIUM} is missing: install Debian's chromium package to run the browser tests"
    if in_ci():
        pytest.fail(message)
    pytest.skip(message)


def build_site(catalog: Path, out: Path) -> Path:
    """`genocat build CATALOG --out OUT` through the real CLI; the site is written beside the RDF."""
    from genocat.cli import main

    result = CliRunner().invoke(main, ["build", str(catalog), "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert (out / "search" / "index.html").is_file(), "genocat build wrote no site"
    return out


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        pass


@dataclass
class Served:
    """A built site served over HTTP: `url(path)` gives the address of a file in it."""

    folder: Path
    base: str

    def url(self, path: str = "") -> str:
        return self.base + path


def _serve(folder: Path):
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread


@pytest.fixture(scope="session")
def _served_sites(tmp_path_factory):
    servers = []

    def serve(name: str, catalog: Path) -> Served:
        out = build_site(catalog, tmp_path_factory.mktemp(name) / "site")
        server, thread = _serve(out)
        servers.append((server, thread))
        return Served(out, f"http://127.0.0.1:{server.server_address[1]}/")

    yield functools.cache(serve)
    for server, thread in servers:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture(scope="session")
def demo_site(_served_sites) -> Served:
    return _served_sites("demo", CATALOG)


@pytest.fixture(scope="session")
def hostile_site(_served_sites) -> Served:
    return _served_sites("hostile", HOSTILE)


@pytest.fixture(scope="session")
def browser():
    _require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class Watch:
    """What a page reported: console errors, uncaught exceptions, dialogs and requests to other hosts."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return [
            *self.console_errors,
            *self.page_errors,
            *(f"dialog: {d}" for d in self.dialogs),
            *(f"request to another host: {u}" for u in self.foreign_requests),
        ]


@pytest.fixture
def page(browser):
    """A fresh browser context (empty localStorage) and page; `page.watch` holds what it reported."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    watch = Watch()

    def on_console(message):
        if message.type == "error":
            watch.console_errors.append(f"console: {message.text} ({message.location.get('url', '')})")

    def on_dialog(dialog):
        watch.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def on_request(request):
        if not request.url.startswith(("http://127.0.0.1:", "data:", "blob:", "about:")):
            watch.foreign_requests.append(request.url)

    page.on("console", on_console)
    page.on("pageerror", lambda error: watch.page_errors.append(f"uncaught: {error}"))
    page.on("dialog", on_dialog)
    page.on("request", on_request)
    page.watch = watch
    yield page
    context.close()


def open_page(page, url: str) -> None:
    """Go to `url` and wait until site.js has mounted every view on the page."""
    page.goto(url)
    page.wait_for_selector("body[data-gc-ready]", state="attached", timeout=15_000)


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


@pytest.fixture(scope="session", autouse=True)
def _fresh_artifacts():
    """Screenshots of this run only (an old picture must not pass for a new one)."""
    if ARTIFACTS.exists():
        shutil.rmtree(ARTIFACTS)
    yield
