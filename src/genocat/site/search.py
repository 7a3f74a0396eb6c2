"""The Pagefind search index of the dataset pages (pagefind/), built by the `pagefind` binary that
PyPI's `pagefind[bin]` ships. Pagefind reads each page's `data-pagefind-body`, filters, sort keys and
meta (site contract); it runs on the staging folder before the swap, with no network."""

from __future__ import annotations

import subprocess
from pathlib import Path


class SearchIndexError(Exception):
    """Pagefind is missing or failed; the message says what it printed."""


def executable() -> Path:
    try:
        from pagefind_bin import get_executable
    except ImportError as error:  # pragma: no cover - a dependency of genocat
        raise SearchIndexError("the pagefind binary is not installed (pip install 'pagefind[bin]')") from error
    return Path(get_executable())


def build_index(site: Path) -> None:
    """Index `site`/datasets/*.html into `site`/pagefind/."""
    command = [
        str(executable()),
        "--site", str(site),
        "--glob", "datasets/*.html",
        "--output-subdir", "pagefind",
        "--force-language", "en",
        "--silent",
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False, env={"PATH": "/usr/bin:/bin"})
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()[-5:]
        raise SearchIndexError("pagefind could not index the site: " + " / ".join(detail))
