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


def build_index(site: Path, stubs: dict[str, bytes]) -> None:
    """Index the stand-in pages `stubs` ({"datasets/<stem>.html": page}) into `site`/pagefind/."""
    import shutil
    import tempfile

    source = Path(tempfile.mkdtemp(prefix=".search-", dir=site))  # removed before the swap
    try:
        for name, content in stubs.items():
            target = source / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        _run(source, site / "pagefind")
        canonicalise(site / "pagefind")  # Pagefind's filter files come in random order (pagefind_order.py)
    finally:
        shutil.rmtree(source, ignore_errors=True)


def _run(source: Path, output: Path) -> None:
    command = [
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
    done = subprocess.run(command, capture_output=True, text=True, check=False, env={"PATH": "/usr/bin:/bin"})
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()[-5:]
        raise SearchIndexError("pagefind could not index the site: " + " / ".join(detail))
