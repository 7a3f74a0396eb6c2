"""Every test folder is collected: pytest's default skips folders named `build`, which once hid
tests/build (the builder's tests) from every full run."""

from __future__ import annotations

from fnmatch import fnmatch
from pathlib import Path


def test_no_test_folder_matches_a_skipped_pattern(pytestconfig):
    skipped = pytestconfig.getini("norecursedirs")
    folders = [p for p in Path(__file__).parent.rglob("*") if p.is_dir() and (p / "__init__.py").is_file()]
    hidden = [f.name for f in folders if any(fnmatch(f.name, pattern) for pattern in skipped)]
    assert folders and not hidden
