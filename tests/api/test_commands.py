"""Each command prints exactly what its API function returns (the CLI is a thin wrapper)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import genocat
from genocat.cli import main
from tests.conftest import CATALOG, DATA

HU = CATALOG / "hu"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout


def test_validate_json_is_the_api_report():
    code, out = run("validate", str(DATA / "invalid" / "bad-date.yaml"), "--format", "json", "--no-cache")
    report = genocat.validate([DATA / "invalid" / "bad-date.yaml"])
    assert json.loads(out) == report.to_dict()
    assert code == 1 and report.summary["errors"] >= 1


def test_score_json_is_the_api_report():
    code, out = run("score", str(HU), "--format", "json")
    assert code == 0
    assert json.loads(out) == genocat.score_datasets(HU).to_dict()


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_match_prints_the_api_result(tmp_path, fmt):
    purpose = tmp_path / "purpose.yaml"
    purpose.write_text("uses: [DISEASE_RESEARCH]\ndiseases: [MONDO:0007254]\ncommercial: false\n", encoding="utf-8")
    code, out = run("match", "--purpose", str(purpose), str(CATALOG), "--format", fmt)
    result = genocat.match_datasets(purpose, CATALOG)
    assert code == 0
    assert out == (result.to_json() if fmt == "json" else result.to_text())
    assert len(result.decisions) == len(list(CATALOG.glob("*/datasets/*.yaml")))


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_query_prints_the_api_text(demo_build, fmt):
    args = ("--example", "datasets-by-assembly", "--param", "assembly=GRCh38")
    code, out = run("query", *args, "--build-dir", str(demo_build), "--format", fmt)
    result = genocat.query_catalogue(
        demo_build, example="datasets-by-assembly", params={"assembly": "GRCh38"}, format=fmt
    )
    assert code == 0
    assert out == result.text.replace("\r\n", "\n")  # CliRunner reads CSV's CRLF back as LF
    assert result.kind == "select" and result.rows and set(result.rows[0]) == set(result.variables)


def test_query_rows_are_plain_values(demo_build):
    result = genocat.query_catalogue(
        demo_build, "SELECT ?d ?id WHERE { ?d a dcat:Dataset ; dct:identifier ?id } ORDER BY ?id LIMIT 2"
    )
    assert result.variables == ["d", "id"]
    assert [row["id"] for row in result.rows] == sorted(row["id"] for row in result.rows)
    assert all(row["d"].startswith("https://catalogue.genocat.example/dataset/") for row in result.rows)


def test_ask_gives_a_boolean(demo_build):
    result = genocat.query_catalogue(demo_build, "ASK { ?d a dcat:Dataset }")
    assert (result.kind, result.boolean, result.text) == ("ask", True, "yes\n")


def test_import_writes_what_the_api_returns(tmp_path):
    source = DATA / "import" / "fdp-export.ttl"
    result = genocat.import_rdf(source, tmp_path / "api")
    code, _ = run("import", str(source), "--out", str(tmp_path / "cli"), "--quiet")
    written = sorted(p.relative_to(tmp_path / "cli").as_posix() for p in (tmp_path / "cli").rglob("*.yaml"))
    assert written == sorted(record.path for record in result.records)
    assert code == (0 if result.complete else 1)


def test_fix_diff_is_the_api_diff_and_writing_applies_it(tmp_path):
    source = DATA / "fix" / "codes.before.yaml"
    target = tmp_path / source.name
    target.write_bytes(source.read_bytes())
    planned = genocat.fix_submissions(target, write=False)
    assert planned.count > 0 and not planned.written
    code, out = run("validate", str(target), "--fix", "--diff", "--no-cache")
    assert (code, out) == (1, planned.diff())
    assert target.read_bytes() == source.read_bytes()  # --diff writes nothing
    done = genocat.fix_submissions(target)
    assert done.written and done.count == planned.count
    assert genocat.fix_submissions(target, write=False).count == 0  # nothing left to fix


def test_query_list_shows_the_api_examples():
    code, out = run("query", "--list")
    examples = genocat.example_queries()
    assert code == 0 and "datasets-by-assembly" in examples
    assert [line.split()[0] for line in out.splitlines() if not line.startswith(" ")] == list(examples)
    assert [p.name for p in examples["datasets-by-assembly"].params] == ["assembly"]


@pytest.mark.parametrize(
    ("args", "site", "site_url"),
    [
        ([], True, None),
        (["--no-site"], False, None),
        (["--site-url", "https://c.example/"], True, "https://c.example/"),
    ],
)
def test_build_command_is_build_catalogue(monkeypatch, tmp_path, args, site, site_url):
    """`genocat build` only turns its options into one call of `genocat.build_catalogue`."""
    seen: dict[str, object] = {}

    def fake_build_catalogue(catalog_dir, out_dir, **options):
        seen.update(options, catalog_dir=catalog_dir, out_dir=out_dir)
        raise genocat.OutputError("stop here")

    monkeypatch.setattr(genocat, "build_catalogue", fake_build_catalogue)
    code, _ = run("build", str(CATALOG), "--out", str(tmp_path / "out"), "--jobs", "1", *args)
    assert code == 2  # an OutputError: could not run
    assert (seen["out_dir"], seen["jobs"], seen["site"], seen["site_url"]) == (tmp_path / "out", 1, site, site_url)
