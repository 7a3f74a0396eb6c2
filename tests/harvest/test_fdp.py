"""Harvesting a FAIR Data Point into a node folder, and harvesting it again."""

from __future__ import annotations

import json

import yaml

from genocat import __version__
from genocat.cli import main
from genocat.harvest.state import STATE
from tests.harvest import shapes
from tests.harvest.conftest import serve_fdp
from tests.harvest.servers import turtle

DATASETS = ["datasets/gdi-nl-radboud-1.yaml", "datasets/gdi-nl-radboud-2.yaml", "datasets/gdi-nl-radboud-3.yaml"]


def harvest(runner, *args):
    return runner.invoke(main, ["harvest", *map(str, args)], catch_exceptions=False)


def tree(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_first_harvest_writes_the_catalogue_and_every_dataset(runner, fdp, tmp_path):
    out = tmp_path / "catalog" / "nl"
    result = harvest(runner, fdp.url + "/", "--out", out)
    assert result.exit_code == 0, result.output
    assert sorted(tree(out)) == [STATE, "catalog.yaml", *DATASETS]
    assert f"nl: {fdp.url}/ (fdp) -> {out}: added 4, changed 0, removed 0, unchanged 0" in result.stdout
    catalogue = yaml.safe_load((out / "catalog.yaml").read_text())
    assert (catalogue["identifier"], catalogue["country"]) == ("rare", "NLD")
    dataset = yaml.safe_load((out / DATASETS[0]).read_text())
    assert dataset["title"] == {"en": "Cohort 1"}
    assert dataset["distributions"][0]["access_url"] == "https://ega-archive.org/datasets/EGAD1"
    assert (out / DATASETS[0]).read_text().startswith(f"# Harvested by `genocat harvest` from <{fdp.url}/dataset/1>.")


def test_requests_name_genocat_and_ask_for_turtle(runner, fdp, tmp_path):
    harvest(runner, fdp.url + "/", "--out", tmp_path / "nl")
    agents = {headers["user-agent"] for _, _, headers in fdp.requests()}
    assert agents == {f"genocat/{__version__} (harvest; +https://github.com/genocat/genocat)"}
    assert all(headers["accept"].startswith("text/turtle") for _, _, headers in fdp.requests())


def test_json_ld_and_rdf_xml_are_taken_when_that_is_all_a_server_offers(runner, site, tmp_path):
    serve_fdp(site, ["1", "2"])
    for name, media in (("1", "application/ld+json"), ("2", "application/rdf+xml")):
        doc = turtle(shapes.fdp_dataset(site.url, name), media)
        del doc.bodies["text/turtle"]
        site.add(f"/dataset/{name}", doc)
    result = harvest(runner, site.url + "/", "--out", tmp_path / "nl")
    assert result.exit_code == 0, result.output
    for name in ("1", "2"):
        data = yaml.safe_load((tmp_path / "nl" / f"datasets/gdi-nl-radboud-{name}.yaml").read_text())
        assert data["title"] == {"en": f"Cohort {name}"} and len(data["distributions"]) == 1


def test_datasets_in_an_ldp_container_are_found(runner, site, tmp_path):
    serve_fdp(site, ["1", "2"], container=True)
    result = harvest(runner, site.url + "/", "--out", tmp_path / "nl")
    assert result.exit_code == 0, result.output
    assert sorted(tree(tmp_path / "nl")) == [STATE, "catalog.yaml", *DATASETS[:2]]


def test_a_second_harvest_of_an_unchanged_source_changes_nothing(runner, fdp, tmp_path):
    out = tmp_path / "nl"
    harvest(runner, fdp.url + "/", "--out", out)
    before = {p: (out / p).stat().st_mtime_ns for p in tree(out) if p != STATE}
    fdp.log.clear()
    result = harvest(runner, fdp.url + "/", "--out", out)
    assert result.exit_code == 0, result.output
    assert "added 0, changed 0, removed 0, unchanged 4, conflicts 0, errors 0" in result.stdout
    assert {p: (out / p).stat().st_mtime_ns for p in tree(out) if p != STATE} == before
    conditional = [path for _, path, headers in fdp.requests() if "if-none-match" in headers]
    assert sorted(conditional) == [f"/{kind}/{n}" for kind in ("dataset", "distribution") for n in "123"]
    answered = [path for _, path, _ in fdp.requests() if path.startswith("/dataset/")]
    assert sorted(answered) == ["/dataset/1", "/dataset/2", "/dataset/3"]  # each asked once: 304, not refetched


def test_a_re_harvest_writes_only_what_changed_and_removes_what_vanished(runner, fdp, tmp_path):
    out = tmp_path / "nl"
    harvest(runner, fdp.url + "/", "--out", out)
    before = tree(out)
    fdp.add("/dataset/2", turtle(shapes.fdp_dataset(fdp.url, "2", title="Cohort two, revised")))
    fdp.add("/catalog/rare", turtle(shapes.fdp_catalog(fdp.url, "rare", ["1", "2", "4"])))
    fdp.add("/dataset/4", turtle(shapes.fdp_dataset(fdp.url, "4")))
    fdp.add("/distribution/4", turtle(shapes.fdp_distribution(fdp.url, "4")))
    report = tmp_path / "report.json"
    result = harvest(runner, fdp.url + "/", "--out", out, "--report", report)
    assert result.exit_code == 0, result.output
    node = json.loads(report.read_text())["nodes"][0]
    assert (node["added"], node["changed"], node["removed"]) == (
        ["datasets/gdi-nl-radboud-4.yaml"],
        ["datasets/gdi-nl-radboud-2.yaml"],
        ["datasets/gdi-nl-radboud-3.yaml"],
    )
    assert node["unchanged"] == ["catalog.yaml", "datasets/gdi-nl-radboud-1.yaml"]
    after = tree(out)
    assert after["datasets/gdi-nl-radboud-1.yaml"] == before["datasets/gdi-nl-radboud-1.yaml"]
    assert "Cohort two, revised" in after["datasets/gdi-nl-radboud-2.yaml"].decode()
    assert "datasets/gdi-nl-radboud-3.yaml" not in after
    lines = result.stdout.splitlines()
    assert "  added datasets/gdi-nl-radboud-4.yaml" in lines and "  removed datasets/gdi-nl-radboud-3.yaml" in lines


def test_hand_edited_files_are_conflicts_and_left_alone(runner, fdp, tmp_path):
    out = tmp_path / "nl"
    harvest(runner, fdp.url + "/", "--out", out)
    edited = out / DATASETS[1]
    edited.write_text(edited.read_text() + "# reviewed by Jonas\n")
    fdp.add("/dataset/2", turtle(shapes.fdp_dataset(fdp.url, "2", title="Cohort two, revised")))
    result = harvest(runner, fdp.url + "/", "--out", out)
    assert result.exit_code == 1
    assert f"  conflict {DATASETS[1]}: edited by hand since the last harvest; left as it is" in result.stdout.replace(
        " (delete it to take the source's version)", ""
    )
    assert edited.read_text().endswith("# reviewed by Jonas\n") and "revised" not in edited.read_text()
    edited.unlink()  # the steward takes the source's version
    result = harvest(runner, fdp.url + "/", "--out", out)
    assert result.exit_code == 0, result.output
    assert "Cohort two, revised" in edited.read_text()


def test_not_mapped_is_reported_per_record_in_text_and_json(runner, fdp, tmp_path):
    report = tmp_path / "report.json"
    result = harvest(runner, fdp.url + "/", "--out", tmp_path / "nl", "--report", report)
    node = json.loads(report.read_text())["nodes"][0]
    rows = node["not_mapped"][DATASETS[0]]
    assert ("<https://w3id.org/fdp/fdp-o#metadataIssued>", f"<{fdp.url}/dataset/1>", "unmapped") in {
        (r["predicate"], r["subject"], r["kind"]) for r in rows
    }
    assert f"  not mapped in {DATASETS[0]}: " in result.stdout
    assert any(
        line.split()[:2] == ["<https://w3id.org/fdp/fdp-o#metadataIssued>", f"<{fdp.url}/dataset/1>"]
        for line in result.stdout.splitlines()
    )


def test_last_modified_is_used_where_a_server_gives_no_etag(runner, site, tmp_path):
    serve_fdp(site, ["1", "2"])
    for number, doc in enumerate(site.docs.values()):
        doc.etag, doc.last_modified = None, f"Tue, 0{number + 1} Dec 2026 10:00:00 GMT"
    out = tmp_path / "nl"
    harvest(runner, site.url + "/", "--out", out)
    site.log.clear()
    result = harvest(runner, site.url + "/", "--out", out)
    assert "added 0, changed 0, removed 0, unchanged 3" in result.stdout
    asked = {path: headers.get("if-modified-since") for _, path, headers in site.requests()}
    assert asked["/dataset/1"] == site.docs["/dataset/1"].last_modified
    assert "if-none-match" not in site.requests("/dataset/1")[0][2]


def test_requests_to_one_host_are_limited(runner, site, tmp_path):
    names = [str(n) for n in range(1, 9)]
    serve_fdp(site, names)
    for name in names:
        site.docs[f"/dataset/{name}"].delay = 0.2
    result = harvest(runner, site.url + "/", "--out", tmp_path / "nl", "--per-host", "2")
    assert result.exit_code == 0, result.output
    assert site.most_active == 2
