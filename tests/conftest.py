"""Shared paths and fixtures for the test suite.

Tests that read the upstream files in ../shared/external (official shapes, vocabularies, examples)
are marked `requires_shared` (or use the `shared` fixture). Without that folder they are skipped with
one message saying what is missing and how to get it; with CI=true its absence fails them instead, so
no CI run skips them silently.
"""

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "external"
CATALOG = ROOT / "catalog"
DATA = ROOT / "tests" / "data"

SHARED_MISSING = (
    f"../shared/external is missing (looked for {SHARED}): these tests read the upstream DCAT-AP, "
    "HealthDCAT-AP R8, GDI, DUO, MONDO and SARIF files; place the project's shared/external folder beside the "
    "checkout (each subfolder's README names its upstream source and commit) to run them"
)

requires_shared = pytest.mark.requires_shared


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def require_shared() -> None:
    """Skip (outside CI) or fail (CI=true) the running test when ../shared/external is absent."""
    if SHARED.is_dir():
        return
    if in_ci():
        pytest.fail(f"CI=true and {SHARED_MISSING}", pytrace=False)
    pytest.skip(SHARED_MISSING)


def pytest_configure(config):
    config.addinivalue_line("markers", "requires_shared: the test reads ../shared/external (skipped without it)")


def pytest_runtest_setup(item):
    if item.get_closest_marker("requires_shared") is not None:
        require_shared()


@pytest.fixture
def shared() -> Path:
    """The ../shared/external folder, for tests that read it (skip or fail as `require_shared`)."""
    require_shared()
    return SHARED


def load_script(name: str):
    """A script of scripts/ (which is no package) as a module, for the tests of what it generates."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def runner():
    from click.testing import CliRunner

    return CliRunner()
