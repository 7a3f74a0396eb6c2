"""The operator's sources file, a single RDF document as the source, and the command's options."""

from __future__ import annotations

import json

import pytest

from genocat.cli import main
from genocat.harvest import read_sources
from genocat.harvest.run import guess_kind
from tests.harvest import shapes


def harvest(runner, *args):
    return runner.invoke(main, ["harvest", *map(str, args)], catch_exceptions=False)


GOOD = '[[node]]\nname = "nl"\nurl = "https://fdp.example.nl/"\nkind = "fdp"\nfolder = "catalog/nl"\n'
# text of the file -> what the one line on stderr says after the file name
BAD = {
    "not toml": ("[[node]\n", "not valid TOML"),
    "no nodes": ("title = 'x'\n", "no [[node]] entries"),
    "no url": ('[[node]]\nname = "nl"\nfolder = "catalog/nl"\n', "[[node]] number 1: `url` is missing"),
    "bad kind": (GOOD.replace('"fdp"', '"oai-pmh"'), "kind 'oai-pmh' is not one of fdp, paged, sparql, document"),
    "unknown key": (GOOD + 'token = "x"\n', "unknown key 'token'"),
    "twice": (GOOD + GOOD, "[[node]] number 2: the name 'nl' is used twice"),
    "headers not a table": (GOOD + 'headers = "Bearer x"\n', "(nl): `headers` must be a table"),
    "header value not a variable": (
        GOOD + 'headers = { Authorization = "Bearer x" }\n',
        "(nl): headers.Authorization must name an environment variable",
    ),
    "header name": (
        GOOD + 'headers = { "Auth orization" = "X" }\n',
        "(nl): 'Auth orization' is not an HTTP header name",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_a_bad_sources_file_is_exit_2_with_one_line(runner, tmp_path, name):
    text, expected = BAD[name]
    path = tmp_path / "harvest.toml"
    path.write_text(text)
    result = harvest(runner, "--sources", path)
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"Error: {path}") and expected in line, line


def test_a_good_sources_file_reads_relative_to_itself(tmp_path):
    path = tmp_path / "ops" / "harvest.toml"
    path.parent.mkdir()
    path.write_text(
        GOOD + '\n[[node]]\nname = "be"\nurl = "https://ckan.example.be/catalog.ttl?page=1"\nfolder = "be"\n'
    )
    nl, be = read_sources(path)
    assert (nl.name, nl.kind, nl.folder) == ("nl", "fdp", path.parent / "catalog/nl")
    assert (be.kind, be.folder) == ("paged", path.parent / "be")


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("https://fdp.example.nl/", "fdp"),
        ("https://ckan.example.be/catalog.ttl?page=1", "paged"),
        ("https://store.example.eu/sparql", "sparql"),
        ("https://fdp.example.nl/export.ttl", "document"),
        ("exports/nl.ttl", "document"),
    ],
)
def test_the_kind_of_a_source_is_guessed_from_its_address(source, kind):
    assert guess_kind(source) == kind


def test_source_and_sources_cannot_both_be_given(runner, tmp_path):
    result = harvest(runner, "https://fdp.example.nl/", "--sources", tmp_path / "x.toml")
    assert result.exit_code == 2 and "give either SOURCE with --out, or --sources FILE" in result.stderr


def test_the_node_folder_must_be_a_country(runner, tmp_path):
    path = tmp_path / "export.ttl"
    path.write_text(shapes.ckan_page("https://x.example", ["a"], 1, 1, 1, 1))
    result = harvest(runner, path, "--out", tmp_path / "netherlands")
    assert result.exit_code == 1
    assert "must be named by its country's two-letter code" in result.stdout


def test_a_file_is_harvested_and_a_second_run_changes_nothing(runner, tmp_path):
    path = tmp_path / "export.ttl"
    path.write_text(shapes.ckan_page("https://x.example", ["a", "b"], 1, 1, 2, 2))
    out, report = tmp_path / "catalog" / "nl", tmp_path / "r.json"
    first = harvest(runner, path, "--out", out)
    assert first.exit_code == 0, first.output
    assert "\r" not in first.output  # no progress bar when the output is not a terminal
    second = harvest(runner, path, "--out", out, "--report", report)
    node = json.loads(report.read_text())["nodes"][0]
    assert second.exit_code == 0 and node["unchanged"] == [
        "catalog.yaml",
        "datasets/ckan-a.yaml",
        "datasets/ckan-b.yaml",
    ]
    assert node["added"] == node["changed"] == node["removed"] == []


def test_the_json_report_is_the_result_serialised(runner, tmp_path):
    from genocat.harvest import harvest as harvest_one
    from genocat.harvest.report import as_json

    path = tmp_path / "export.ttl"
    path.write_text(shapes.ckan_page("https://x.example", ["a"], 1, 1, 1, 1))
    report = tmp_path / "r.json"
    harvest(runner, path, "--out", tmp_path / "one" / "nl", "--report", report)
    again = harvest_one(str(path), tmp_path / "two" / "nl")
    first = json.loads(report.read_text())
    second = json.loads(as_json(again))
    for node in (first["nodes"][0], second["nodes"][0]):
        node.pop("out")
    assert first == second


def test_node_option_harvests_only_the_named_nodes(runner, tmp_path):
    for cc in ("nl", "be"):
        (tmp_path / f"{cc}.ttl").write_text(shapes.ckan_page(f"https://{cc}.example", ["a"], 1, 1, 1, 1))
    sources = tmp_path / "harvest.toml"
    sources.write_text(
        "".join(f'[[node]]\nname = "{cc}"\nurl = "{cc}.ttl"\nfolder = "catalog/{cc}"\n' for cc in ("nl", "be"))
    )
    result = harvest(runner, "--sources", sources, "--node", "be")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "catalog" / "be" / "catalog.yaml").exists() and not (tmp_path / "catalog" / "nl").exists()
