"""Fixtures of the API tests: the demo catalogue built once per session."""

from __future__ import annotations

import pytest

from tests.test_query import build_demo


@pytest.fixture(scope="session")
def demo_build(tmp_path_factory):
    return build_demo(tmp_path_factory.mktemp("api") / "build")
