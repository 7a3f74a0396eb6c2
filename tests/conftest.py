"""Shared paths and fixtures for the test suite."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "external"
CATALOG = ROOT / "catalog"
DATA = ROOT / "tests" / "data"


@pytest.fixture
def runner():
    from click.testing import CliRunner

    return CliRunner()
