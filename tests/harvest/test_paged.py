"""Harvesting a paged DCAT endpoint as CKAN's ckanext-dcat serves it, and as Hydra describes paging."""

from __future__ import annotations

import json

import pytest
import yaml

from genocat.cli import main
from genocat.harvest import harvest as harvest_library
from genocat.harvest import node, rdf
from tests.harvest import shapes
from tests.harvest.servers import turtle

NAMES = [f"s{n:02d}" for n in range(1, 8)]  # 7 datasets, 3 per page: pages 1, 2, 3


def harvest(runner, *args):
    return runner.invoke(main, ["harvest", *map(str, args)], catch_exceptions=False)


def serve_ckan(site, names=NAMES, per_page=3, hydra_view=False, links=True):
    pages = max(1, -(-len(names) // per_page))
    for page in range(1, pages + 1):
        chunk = names[(page - 1) * per_page : page * per_page]
        text = shapes.ckan_page(site.url, chunk, page, pages, per_page, len(names), hydra_view)
        if not links:
            text = "\n".join(
                line for line in text.splitlines() if "hydra:" not in line and "hydra:PagedCollection" not in line
            )
        site.add(f"/catalog.ttl?page={page}", turtle(text))
    return site.url + "/catalog.ttl?page=1"


def written(folder):
    return sorted(p.name for p in (folder / "datasets").iterdir())


EXPECTED = [f"ckan-{n}.yaml" for n in NAMES]


@pytest.mark.parametrize("style", ["ckanext-dcat", "hydra-view", "page-numbers"])
def test_every_page_is_harvested(runner, site, tmp_path, style):
    first = serve_ckan(site, hydra_view=style == "hydra-view", links=style != "page-numbers")
    out = tmp_path / "nl"
    result = harvest(runner, first, "--out", out, "--kind", "paged")
    assert result.exit_code == 0, result.output
    assert written(out) == EXPECTED
    asked = [path for _, path, _ in site.requests()]
    expected_pages = [f"/catalog.ttl?page={n}" for n in (1, 2, 3)] + (
        ["/catalog.ttl?page=4"] if style == "page-numbers" else []
    )
    assert asked == expected_pages
    catalogue = yaml.safe_load((out / "catalog.yaml").read_text())
    assert catalogue["title"] == {"en": "CKAN portal of the node"} and catalogue["country"] == "NLD"


def test_a_page_linking_to_itself_stops_with_one_line(runner, site, tmp_path):
    first = serve_ckan(site)
    page2 = site.docs["/catalog.ttl?page=2"]
    text = (
        page2.bodies["text/turtle"]
        .decode()
        .replace('catalog.ttl?page=3" ;\n    hydra:lastPage', 'catalog.ttl?page=2" ;\n    hydra:lastPage')
    )
    site.add("/catalog.ttl?page=2", turtle(text))
    result = harvest(runner, first, "--out", tmp_path / "nl", "--kind", "paged")
    assert result.exit_code == 1
    errors = [line for line in result.stdout.splitlines() if line.startswith("  error ")]
    assert errors == [
        f"  error {site.url}/catalog.ttl?page=2: "
        "page 2 links back to a page already read (paging that never ends); stopped"
    ]
    assert written(tmp_path / "nl") == EXPECTED[:6]


def test_re_harvest_asks_conditionally_and_takes_only_changed_records(runner, site, tmp_path):
    first = serve_ckan(site)
    out = tmp_path / "nl"
    harvest(runner, first, "--out", out, "--kind", "paged")
    names = NAMES[:]
    names.remove("s05")  # page 1 stays, page 2 changes, page 3 goes (six datasets fill two pages)
    serve_ckan(site, names)
    del site.docs["/catalog.ttl?page=3"]
    site.log.clear()
    report = tmp_path / "r.json"
    result = harvest(runner, first, "--out", out, "--kind", "paged", "--report", report)
    assert result.exit_code == 0, result.output
    node = json.loads(report.read_text())["nodes"][0]
    assert (node["added"], node["changed"], node["removed"]) == ([], [], ["datasets/ckan-s05.yaml"])
    assert len(node["unchanged"]) == 7  # the catalogue and six datasets
    first_page = site.requests("/catalog.ttl?page=1")
    assert "if-none-match" in first_page[0][2]


def test_an_unchanged_page_304_keeps_its_records(runner, site, tmp_path):
    first = serve_ckan(site)
    out = tmp_path / "nl"
    harvest(runner, first, "--out", out, "--kind", "paged")
    site.log.clear()
    result = harvest(runner, first, "--out", out, "--kind", "paged")
    assert result.exit_code == 0, result.output
    assert "added 0, changed 0, removed 0, unchanged 8" in result.stdout
    assert [path for _, path, _ in site.requests()] == [f"/catalog.ttl?page={n}" for n in (1, 2, 3)]


@pytest.mark.parametrize("changed", [False, True])
def test_a_page_without_validators_is_parsed_again_only_when_its_bytes_changed(
    runner, site, tmp_path, monkeypatch, changed
):
    """Servers that send no ETag or Last-Modified (CKAN's catalog.ttl): the sha256 of a page's body is
    kept, and a page that comes back with the same bytes keeps its records without being parsed."""
    first = serve_ckan(site)
    for doc in site.docs.values():
        doc.etag = None
    out = tmp_path / "nl"
    harvest(runner, first, "--out", out, "--kind", "paged")
    state = json.loads((out / ".genocat-harvest-state").read_text())
    assert {tuple(e["docs"][next(iter(e["docs"]))]) for e in state["records"].values()} == {("sha256",)}
    if changed:
        page2 = site.docs["/catalog.ttl?page=2"]
        text = page2.bodies["text/turtle"].decode().replace('"Study s05"', '"Study s05, revised"')
        assert text != page2.bodies["text/turtle"].decode()
        site.add("/catalog.ttl?page=2", turtle(text))
        site.docs["/catalog.ttl?page=2"].etag = None
    parsed = []
    real = rdf.ntriples_text
    monkeypatch.setattr(
        rdf, "ntriples_text", lambda body, media, url, *rest: parsed.append(url) or real(body, media, url)
    )
    report = tmp_path / "r.json"
    result = harvest(runner, first, "--out", out, "--kind", "paged", "--report", report)
    node = json.loads(report.read_text())["nodes"][0]
    assert (node["added"], node["removed"]) == ([], [])
    assert result.exit_code == 0, result.output
    if changed:
        assert (parsed, node["changed"]) == ([f"{site.url}/catalog.ttl?page=2"], ["datasets/ckan-s05.yaml"])
    else:
        assert (parsed, node["changed"], len(node["unchanged"])) == ([], [], 8)


@pytest.mark.parametrize("jobs", [1, 2])
def test_progress_counts_the_records_fetched_page_after_page(site, tmp_path, jobs):
    """The progress line (a terminal's) is fed after every record, paged sources included."""
    first = serve_ckan(site)
    seen = []
    progress = lambda node: seen.append((node.name, node.fetched))  # noqa: E731
    result = harvest_library(first, tmp_path / "nl", kind="paged", progress=progress, jobs=jobs)
    assert result.exit_code == 0
    assert seen == [("nl", count) for count in range(1, 9)]  # the catalogue and seven datasets, in order


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_record_on_two_pages_is_taken_once_with_one_line(runner, site, tmp_path, jobs):
    """ckanext-dcat orders pages by modification date: a record can move to page 1 and still be on
    page 2 when the pages are read. It is taken from page 1; page 2's copy is one line."""
    first = serve_ckan(site)
    out = tmp_path / "nl"
    harvest(runner, first, "--out", out, "--kind", "paged", "--jobs", jobs)
    site.add("/catalog.ttl?page=1", turtle(shapes.ckan_page(site.url, ["s01", "s02", "s03", "s04"], 1, 3, 3, 7)))
    page2 = shapes.ckan_page(site.url, ["s04", "s05", "s06"], 2, 3, 3, 7).replace('"Study s05"', '"Study s05, new"')
    site.add("/catalog.ttl?page=2", turtle(page2))  # read again: s05 changed
    report = tmp_path / "r.json"
    result = harvest(runner, first, "--out", out, "--kind", "paged", "--jobs", jobs, "--report", report)
    assert result.exit_code == 1
    errors = [line for line in result.stdout.splitlines() if line.startswith("  error ")]
    assert errors == [
        f"  error {site.url}/catalog.ttl?page=2: record <{site.url}/dataset/s04> has the identifier of the record "
        f"from {site.url}/catalog.ttl?page=1 (datasets/ckan-s04.yaml); skipped"
    ]
    node = json.loads(report.read_text())["nodes"][0]
    assert (node["added"], node["changed"], node["removed"], len(node["unchanged"])) == (
        [],
        ["datasets/ckan-s05.yaml"],
        [],
        7,
    )


def test_worker_processes_write_what_one_process_writes(runner, site, tmp_path, monkeypatch):
    """Pages cut and records imported by worker processes (started at once here: a harvest imports
    its first records itself) give the same files, byte for byte, as one process."""
    first = serve_ckan(site)
    harvest(runner, first, "--out", tmp_path / "one" / "nl", "--kind", "paged", "--jobs", "1")
    monkeypatch.setattr(node, "IMPORTS_HERE", 0)
    harvest(runner, first, "--out", tmp_path / "three" / "nl", "--kind", "paged", "--jobs", "3")

    def files(folder):
        return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}

    one, three = files(tmp_path / "one" / "nl"), files(tmp_path / "three" / "nl")
    assert len(one) == 9 and one == three  # the catalogue, seven datasets and the state
