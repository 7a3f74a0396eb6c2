"""The demo catalogue built once (with the site) for the site's Python tests; helpers to read pages."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from genocat.build import build
from tests.conftest import CATALOG


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The demo catalogue's build folder (RDF and site)."""
    out = tmp_path_factory.mktemp("site") / "out"
    build(CATALOG, out, jobs=1)
    return out


def copy_catalog(target: Path) -> Path:
    shutil.copytree(CATALOG, target, ignore=shutil.ignore_patterns(".genocat-cache"))
    return target


def jsonld_of(html: str) -> dict:
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(found) == 1
    return json.loads(found[0])


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
