"""Fixtures of the harvest tests: an FDP on 127.0.0.1 with a catalogue of datasets."""

from __future__ import annotations

import pytest

from tests.harvest import shapes
from tests.harvest.servers import Site, turtle


def serve_fdp(site: Site, datasets: list[str], container: bool = False) -> None:
    base = site.url
    site.add("/", turtle(shapes.fdp_root(base, ["rare"])))
    site.add("/catalog/rare", turtle(shapes.fdp_catalog(base, "rare", datasets, container)))
    for name in datasets:
        site.add(f"/dataset/{name}", turtle(shapes.fdp_dataset(base, name)))
        site.add(f"/distribution/{name}", turtle(shapes.fdp_distribution(base, name)))


@pytest.fixture
def site():
    with Site() as running:
        yield running


@pytest.fixture
def fdp(site):
    serve_fdp(site, ["1", "2", "3"])
    return site
