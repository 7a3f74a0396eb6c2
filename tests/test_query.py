"""`genocat query` over the demo catalogue as `genocat build` writes it: examples, formats, errors (exit 2).

Expected rows come from two independent places: a few pinned by hand (the Hungarian node), and the
rest computed from the YAML submissions in catalog/, so a query that reads the RDF wrong cannot pass.
"""

from __future__ import annotations

import csv
import io
import json
import re
from functools import cache
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from genocat.cli import main
from genocat.query import named_queries
from tests.conftest import CATALOG

BASE = "https://catalogue.genocat.example/"
DCT = "http://purl.org/dc/terms/"


def build_demo(out: Path) -> Path:
    """The demo catalogue built by the real CLI (the same builder users run)."""
    result = CliRunner().invoke(main, ["build", str(CATALOG), "--out", str(out), "--quiet"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory):
    return build_demo(tmp_path_factory.mktemp("query") / "build")


def _yaml(path: Path) -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@cache
def submissions() -> tuple[dict, ...]:
    """One entry per dataset file: its node folder, node record and dataset record (read once)."""
    entries = []
    for node_file in sorted(CATALOG.glob("*/catalog.yaml")):
        node = _yaml(node_file)
        for dataset_file in sorted((node_file.parent / "datasets").glob("*.yaml")):
            entries.append({"folder": node_file.parent.name, "node": node, "dataset": _yaml(dataset_file)})
    assert len(entries) > 20, "the demo catalogue is missing"
    return tuple(entries)


def run(runner, build_dir, *args):
    return runner.invoke(main, ["query", "--build-dir", str(build_dir), *args], catch_exceptions=False)


def example_json(runner, build_dir, example, **params) -> list[list[str]]:
    """An example's rows in the SPARQL JSON format, as lists of lexical values ('' when unbound)."""
    args = ["--format", "json", "--example", example]
    for name, value in params.items():
        args += ["--param", f"{name}={value}"]
    result = run(runner, build_dir, *args)
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    names = document["head"]["vars"]
    return [[row.get(name, {}).get("value", "") for name in names] for row in document["results"]["bindings"]]


def rows_of(output: str) -> list[list[str]]:
    """Split a table into cells (columns are separated by at least two spaces), without header and footer."""
    lines = output.splitlines()
    assert set(lines[1]) <= {"-", " "}, output
    return [re.split(r"\s{2,}", line.strip()) for line in lines[2:-1]]


# --- named examples ----------------------------------------------------------------------------------


def test_list_names_every_shipped_query_with_its_description(runner):
    result = runner.invoke(main, ["query", "--list"], catch_exceptions=False)
    assert result.exit_code == 0
    queries = named_queries()
    assert {
        "datasets-per-country",
        "datasets-by-permission",
        "datasets-for-disease-research",
        "datasets-by-assembly",
        "datasets-by-data-category",
        "node-catalogues",
    } <= set(queries)
    listed = {line.split(None, 1)[0]: line.split(None, 1)[1] for line in result.output.splitlines() if line[:1] != " "}
    assert listed == {name: query.description for name, query in queries.items()}
    for name, query in queries.items():
        assert query.description, name
        assert "ORDER BY" in query.text, f"{name}: shipped queries must be ordered"
    assert "    --param assembly=...  reference assembly code, e.g. GRCh38" in result.output


def test_datasets_by_permission_pinned_rows(runner, build_dir):
    result = run(runner, build_dir, "--example", "datasets-by-permission", "--param", "permission=POA")
    assert result.exit_code == 0, result.output
    hungary = "Genome of Europe, Hungarian share: individual-level genomes for ancestry research"
    assert rows_of(result.output) == [
        ["POA", "GOE-EE-TALLINN-1", "Estonian population genomes for ancestry research", "NMDS PUB"],
        ["POA", "GOE-HU-DEBRECEN-2", hungary, "COL GSO"],
        ["POA", "GOE-NL-GRONINGEN-2", "Dutch population reference genomes, individual level", "IRB NPU"],
        ["POA", "GOE-NO-TROMSO-2", "Norwegian population genomes for population history research", "GS TS"],
    ]
    assert result.output.endswith("(4 rows)\n")


def test_node_catalogues_pinned_row_for_hungary(runner, build_dir):
    rows = rows_of(run(runner, build_dir, "--example", "node-catalogues").output)
    assert ["HUN", "gdi-hu-node", "Hungary genomic data node (demo)", "Hungarian Genomics Data Node", "5"] in rows


def test_datasets_per_country_matches_the_submissions(runner, build_dir):
    counts: dict[str, int] = {}
    for entry in submissions():
        counts[entry["node"]["country"]] = counts.get(entry["node"]["country"], 0) + 1
    from genocat.artefacts import enum_codes

    countries = enum_codes("Country")
    expected = [[code, countries[code]["label"], str(n)] for code, n in sorted(counts.items())]
    assert example_json(runner, build_dir, "datasets-per-country") == expected


def test_node_catalogues_match_the_submissions(runner, build_dir):
    nodes: dict[str, list] = {}
    for entry in submissions():
        node = entry["node"]
        key = node["identifier"]
        nodes.setdefault(key, [node["country"], key, node["title"]["en"], node["publisher"]["name"], 0])[4] += 1
    expected = sorted(([*row[:4], str(row[4])] for row in nodes.values()), key=lambda r: (r[0], r[1]))
    assert example_json(runner, build_dir, "node-catalogues") == expected


@pytest.mark.parametrize("permission", [None, "GRU", "HMB", "DS", "NRES", "POA"])
def test_datasets_by_permission_match_the_submissions(runner, build_dir, permission):
    expected = sorted(
        [use["permission"], d["identifier"], d["title"]["en"], " ".join(sorted(use.get("modifiers", [])))]
        for d in (e["dataset"] for e in submissions())
        if (use := d["data_use"]) and permission in (None, use["permission"])
    )
    params = {"permission": permission} if permission else {}
    assert example_json(runner, build_dir, "datasets-by-permission", **params) == expected


@pytest.mark.parametrize("disease", ["MONDO:0007254", "MONDO:0003582", "MONDO:0005439"])
def test_datasets_for_disease_research_match_the_submissions(runner, build_dir, disease):
    iri = "http://purl.obolibrary.org/obo/MONDO_" + disease.split(":")[1]
    expected = sorted(
        [iri, d["identifier"], use["permission"], " ".join(sorted(use.get("modifiers", [])))]
        for d in (e["dataset"] for e in submissions())
        if (use := d["data_use"])
        and (use["permission"] in ("NRES", "GRU", "HMB") or (use["permission"] == "DS" and disease in use["diseases"]))
    )
    assert any(row[2] == "DS" for row in expected), "pick a disease some DS dataset names"
    assert example_json(runner, build_dir, "datasets-for-disease-research", disease=disease) == expected


@pytest.mark.parametrize("assembly", [None, "GRCh37", "GRCh38"])
def test_datasets_by_assembly_match_the_submissions(runner, build_dir, assembly):
    expected = sorted(
        [genome, e["dataset"]["identifier"], e["node"]["identifier"], " ".join(sorted(g.get("data_categories", [])))]
        for e in submissions()
        for g in [e["dataset"]["genomics"]]
        for genome in g.get("reference_genomes", [])
        if assembly in (None, genome)
    )
    params = {"assembly": assembly} if assembly else {}
    assert example_json(runner, build_dir, "datasets-by-assembly", **params) == expected


@pytest.mark.parametrize("category", [None, "WGS", "WES", "TARGETED_PANEL"])
def test_datasets_by_data_category_match_the_submissions(runner, build_dir, category):
    expected = sorted(
        [c, e["dataset"]["identifier"], e["node"]["identifier"], e["dataset"]["title"]["en"]]
        for e in submissions()
        for c in e["dataset"]["genomics"].get("data_categories", [])
        if category in (None, c)
    )
    params = {"category": category} if category else {}
    assert example_json(runner, build_dir, "datasets-by-data-category", **params) == expected


@pytest.mark.parametrize(
    ("params", "message"),
    [
        (["assembly=grch38"], "--param assembly=grch38: not a ReferenceGenome code; did you mean GRCh38?"),
        (["assembly=hg19"], "--param assembly=hg19: not a ReferenceGenome code; expected one of GRCh37, GRCh38"),
        (["country=HUN"], "--param country: the example 'datasets-by-assembly' takes assembly."),
        (["GRCh38"], "--param 'GRCh38': expected NAME=VALUE"),
    ],
)
def test_bad_example_parameter_exits_2_with_message(runner, build_dir, params, message):
    args = ["--example", "datasets-by-assembly"]
    for param in params:
        args += ["--param", param]
    result = run(runner, build_dir, *args)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_iri_parameter_must_be_an_iri(runner, build_dir):
    result = run(runner, build_dir, "--example", "datasets-for-disease-research", "--param", "disease=breast cancer")
    assert result.exit_code == 2
    assert "--param disease=breast cancer: expected a CURIE such as MONDO:0007254 or an <IRI>." in result.output


def test_unknown_example_suggests_the_nearest(runner, build_dir):
    result = run(runner, build_dir, "--example", "datasets-per-contry")
    assert result.exit_code == 2
    assert "no example query named 'datasets-per-contry'. Did you mean 'datasets-per-country'?" in result.output


def test_output_is_identical_across_builds_and_runs(runner, build_dir, tmp_path):
    again = build_demo(tmp_path / "again")
    for name in named_queries():
        first = run(runner, build_dir, "--example", name).output
        assert run(runner, build_dir, "--example", name).output == first, name
        assert run(runner, again, "--example", name).output == first, name


# --- ad-hoc queries and formats ----------------------------------------------------------------------

HU_NO = """
SELECT ?node (COUNT(?d) AS ?n)
WHERE { ?c dct:identifier ?node ; dcat:dataset ?d FILTER(?node IN ("gdi-hu-node", "gdi-no-node")) }
GROUP BY ?node ORDER BY ?node
"""


def _count(folder: str) -> int:
    return sum(1 for e in submissions() if e["folder"] == folder)


def test_table_aligns_columns_and_shortens_iris(runner, build_dir):
    query = "SELECT DISTINCT ?c ?place WHERE { ?c dct:spatial ?place ; dcat:dataset ?d } ORDER BY ?c LIMIT 2"
    result = run(runner, build_dir, query)
    assert result.exit_code == 0, result.output
    assert result.output == (
        "c                                                 place\n"
        "------------------------------------------------  -----------\n"
        "<https://catalogue.genocat.example/catalogue/be>  country:BEL\n"
        "<https://catalogue.genocat.example/catalogue/cy>  country:CYP\n"
        "(2 rows)\n"
    )


def test_table_uses_the_query_own_prefixes_and_marks_languages(runner, build_dir):
    query = (
        "PREFIX cat: <https://catalogue.genocat.example/catalogue/> "
        "SELECT ?c ?title WHERE { ?c dct:title ?title FILTER(?c = cat:hu) } ORDER BY ?title"
    )
    result = run(runner, build_dir, query)
    assert rows_of(result.output) == [
        ["cat:hu", "Hungary genomic data node (demo)@en"],
        ["cat:hu", "Magyar genomikai adatkatalógus csomópont@hu"],
    ]


def test_csv_is_the_sparql_csv_result_format(runner, build_dir):
    result = run(runner, build_dir, "--format", "csv", HU_NO)
    assert result.exit_code == 0
    expected = f"node,n\r\ngdi-hu-node,{_count('hu')}\r\ngdi-no-node,{_count('no')}\r\n"
    assert result.stdout_bytes == expected.encode()
    assert list(csv.reader(io.StringIO(result.output)))[0] == ["node", "n"]


def test_json_is_the_sparql_json_result_format(runner, build_dir):
    result = run(runner, build_dir, "--format", "json", HU_NO)
    assert result.exit_code == 0
    integer = "http://www.w3.org/2001/XMLSchema#integer"
    assert json.loads(result.output) == {
        "head": {"vars": ["node", "n"]},
        "results": {
            "bindings": [
                {
                    "node": {"type": "literal", "value": f"gdi-{folder}-node"},
                    "n": {"type": "literal", "value": str(_count(folder)), "datatype": integer},
                }
                for folder in ("hu", "no")
            ]
        },
    }


@pytest.mark.parametrize(
    ("fmt", "dataset", "expected"),
    [
        ("table", "GDI-NO-OSLO-1", "yes\n"),
        ("table", "NO-SUCH-DATASET", "no\n"),
        ("json", "GDI-NO-OSLO-1", '{"head":{},"boolean":true}\n'),
        ("json", "NO-SUCH-DATASET", '{"head":{},"boolean":false}\n'),
    ],
)
def test_ask(runner, build_dir, fmt, dataset, expected):
    result = run(runner, build_dir, "--format", fmt, f'ASK {{ ?d a dcat:Dataset ; dct:identifier "{dataset}" }}')
    assert result.exit_code == 0
    assert result.output == expected


def test_construct_prints_sorted_ntriples(runner, build_dir):
    query = "CONSTRUCT { ?d dct:identifier ?id } "
    query += f"WHERE {{ <{BASE}catalogue/hu> dcat:dataset ?d . ?d dct:identifier ?id }}"
    result = run(runner, build_dir, query)
    assert result.exit_code == 0
    identifiers = sorted(e["dataset"]["identifier"] for e in submissions() if e["folder"] == "hu")
    assert result.output == "".join(f'<{BASE}dataset/{i}> <{DCT}identifier> "{i}" .\n' for i in identifiers)


def test_vocabulary_labels_are_loaded(runner, build_dir):
    query = "SELECT ?label WHERE { <https://w3id.org/genocat/vocab/data-category/WGS> skos:prefLabel ?label }"
    result = run(runner, build_dir, query)
    assert rows_of(result.output) == [["Whole-genome sequencing (short reads)@en"]]


def test_ad_hoc_param_binds_a_variable(runner, build_dir):
    query = "SELECT ?id ?perm WHERE { ?d dct:identifier ?id ; genocat:dataUse/genocat:dataUsePermission ?perm } "
    query += "ORDER BY ?id"
    result = run(runner, build_dir, "--format", "csv", "--param", "perm=DUO:0000004", query)
    nres = sorted(e["dataset"]["identifier"] for e in submissions() if e["dataset"]["data_use"]["permission"] == "NRES")
    assert result.output.splitlines() == ["id,perm"] + [f"{i},http://purl.obolibrary.org/obo/DUO_0000004" for i in nres]


def test_query_from_file(runner, build_dir, tmp_path):
    path = tmp_path / "q.rq"
    path.write_text(HU_NO, encoding="utf-8")
    result = run(runner, build_dir, "--format", "csv", "--file", str(path))
    assert result.output.splitlines() == ["node,n", f"gdi-hu-node,{_count('hu')}", f"gdi-no-node,{_count('no')}"]


# --- errors ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["SELEC ?x WHERE { ?x ?p ?o }"], "the query is not valid SPARQL: error at 1:1"),
        (["SELECT ?x WHERE { ?x nope:p ?o }"], "the query is not valid SPARQL"),
        (["INSERT DATA { <a:b> <a:c> <a:d> }"], "the query is not valid SPARQL"),
        (["--param", "o=x", "SELECT ?s WHERE { ?s ?p ?o }"], "the query could not run"),
    ],
)
def test_bad_query_exits_2_with_message(runner, build_dir, args, message):
    result = run(runner, build_dir, *args)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_missing_build_dir_exits_2(runner, tmp_path):
    result = run(runner, tmp_path / "nowhere", "ASK {}")
    assert result.exit_code == 2
    assert f"{tmp_path / 'nowhere'}: no such build folder; run `genocat build` first" in result.output


def test_folder_without_catalogue_exits_2(runner, tmp_path):
    result = run(runner, tmp_path, "ASK {}")
    assert result.exit_code == 2
    assert "catalogue.nt: missing; is" in result.output


def test_broken_catalogue_file_exits_2(runner, tmp_path):
    (tmp_path / "catalogue.nt").write_text("this is not n-triples\n", encoding="utf-8")
    result = run(runner, tmp_path, "ASK {}")
    assert result.exit_code == 2
    assert "catalogue.nt: not valid N-Triples" in result.output


def test_unreadable_query_file_exits_2(runner, build_dir, tmp_path):
    result = run(runner, build_dir, "--file", str(tmp_path / "missing.rq"))
    assert result.exit_code == 2
    assert "missing.rq: cannot read the query" in result.output


@pytest.mark.parametrize("args", [[], ["ASK {}", "--example", "node-catalogues"]])
def test_exactly_one_query_source(runner, build_dir, args):
    result = run(runner, build_dir, *args)
    assert result.exit_code == 2
    assert "give exactly one of SPARQL, --file or --example" in result.output


def test_construct_output_keeps_literals_with_unicode_line_separators_whole():
    import pyoxigraph

    from genocat.query import render

    store = pyoxigraph.Store()
    store.load(b'<http://ex.org/a> <http://ex.org/p> "one\xe2\x80\xa8two" .\n', format=pyoxigraph.RdfFormat.N_TRIPLES)
    result = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    text = render(result, "table", {}, "")
    assert len(list(pyoxigraph.parse(text.encode(), format=pyoxigraph.RdfFormat.N_TRIPLES))) == 1
