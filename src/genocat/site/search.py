"""The Pagefind search index of the dataset pages (pagefind/), built by the `pagefind` binary that
PyPI's `pagefind[bin]` ships, with no network, before the swap.

Pagefind is given one small stand-in page per dataset (templates/search_stub.html: the searchable
text with the same filters, sort keys and meta as the dataset page, at the page's own URL), written
to a temporary folder, not the dataset pages themselves: parsing 10,000 full pages took Pagefind
56 s, the stand-ins 8.5 s, for the same filters and results. Its output is then put in a fixed
order (pagefind_order.py), so a rebuild is byte-identical."""

from __future__ import annotations

import subprocess
from pathlib import Path

from genocat.site.pagefind_order import canonicalise


class SearchIndexError(Exception):
    """Pagefind is missing or failed; the message says what it printed."""


def executable() -> Path:
    try:
        from pagefind_bin import get_executable
    except ImportError as error:  # pragma: no cover - a dependency of genocat
        raise SearchIndexError("the pagefind binary is not installed (pip install 'pagefind[bin]')") from error
    return Path(get_executable())


class SearchIndex:
    """The index being built: `start` writes the stand-in pages and starts Pagefind, which runs while
    the site step writes its other pages; `finish` waits for it and puts its output in order."""

    def __init__(self, site: Path) -> None:
        self.site = site
        self.source: Path | None = None
        self.process: subprocess.Popen | None = None

    def start(self, stubs: dict[str, bytes]) -> SearchIndex:
        """Write `stubs` ({"datasets/<stem>.html": page}) to a temporary folder inside the site
        (removed before the swap) and start Pagefind on it."""
        import tempfile

        self.source = Path(tempfile.mkdtemp(prefix=".search-", dir=self.site))
        (self.source / "datasets").mkdir()
        for name, content in stubs.items():
            (self.source / name).write_bytes(content)
        try:
            self.process = subprocess.Popen(
                _command(self.source, self.site / "pagefind"),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env={"PATH": "/usr/bin:/bin"},
            )
        except OSError as error:
            self.close()
            raise SearchIndexError(f"pagefind could not be started ({error.strerror or error})") from error
        return self

    def finish(self) -> None:
        try:
            assert self.process is not None
            out, err = self.process.communicate()
            if self.process.returncode != 0:
                detail = (err or out).decode("utf-8", "replace").strip().splitlines()[-5:]
                raise SearchIndexError("pagefind could not index the site: " + " / ".join(detail))
            canonicalise(self.site / "pagefind")  # Pagefind's filter files come in random order
        finally:
            self.close()

    def close(self) -> None:
        """Stop Pagefind if it still runs (the step failed) and remove the stand-in pages."""
        import shutil

        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        if self.source is not None:
            shutil.rmtree(self.source, ignore_errors=True)
            self.source = None


def build_index(site: Path, stubs: dict[str, bytes]) -> None:
    """Index the stand-in pages `stubs` into `site`/pagefind/ (start and finish in one)."""
    SearchIndex(site).start(stubs).finish()


def _command(source: Path, output: Path) -> list[str]:
    return [
        str(executable()),
        "--site",
        str(source),
        "--glob",
        "datasets/*.html",
        "--output-path",
        str(output),
        "--force-language",
        "en",
        "--silent",
    ]
