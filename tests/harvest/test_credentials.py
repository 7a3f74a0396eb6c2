"""Private FAIR Data Points: request headers (a token) per source, read from environment variables,
sent only to the source's own host and never written to the state file, the report or the output."""

from __future__ import annotations

import json

from genocat.cli import main
from tests.harvest.conftest import serve_fdp

TOKEN = "Bearer s3cret-7f3a"  # the value of the environment variable, never the sources file's text


def harvest(runner, *args):
    return runner.invoke(main, ["harvest", *map(str, args)], catch_exceptions=False)


def private_fdp(site) -> None:
    serve_fdp(site, ["1", "2"])
    for doc in site.docs.values():
        doc.require = {"Authorization": TOKEN}


def sources_file(tmp_path, url: str) -> str:
    path = tmp_path / "harvest.toml"
    path.write_text(
        f'[[node]]\nname = "nl"\nurl = "{url}"\nkind = "fdp"\nfolder = "catalog/nl"\n'
        'headers = { Authorization = "NL_FDP_AUTHORIZATION" }\n'
    )
    return path


def test_a_private_fdp_is_harvested_with_the_token_from_the_environment(runner, site, tmp_path, monkeypatch):
    private_fdp(site)
    monkeypatch.setenv("NL_FDP_AUTHORIZATION", TOKEN)
    report = tmp_path / "report.json"
    result = harvest(runner, "--sources", sources_file(tmp_path, site.url + "/"), "--report", report)
    assert result.exit_code == 0, result.output
    node = json.loads(report.read_text())["nodes"][0]
    assert (len(node["added"]), node["errors"]) == (3, [])
    assert {headers.get("authorization") for _, _, headers in site.requests()} == {TOKEN}
    written = [p for p in (tmp_path / "catalog" / "nl").rglob("*") if p.is_file()] + [report]
    assert len(written) == 5  # catalog.yaml, two datasets, the state file; and the report
    assert not [p.name for p in written if "s3cret" in p.read_text()]
    assert "s3cret" not in result.output


def test_without_the_token_the_server_says_401_in_one_line(runner, site, tmp_path):
    private_fdp(site)
    result = harvest(runner, site.url + "/", "--out", tmp_path / "nl")
    assert result.exit_code == 1
    errors = [line for line in result.stdout.splitlines() if line.startswith("  error ")]
    assert errors == [f"  error {site.url}/: HTTP 401 Unauthorized; the server wants credentials"]


def test_an_unset_variable_is_exit_2_naming_it_not_its_value(runner, site, tmp_path, monkeypatch):
    monkeypatch.delenv("NL_FDP_AUTHORIZATION", raising=False)
    path = sources_file(tmp_path, site.url + "/")
    result = harvest(runner, "--sources", path)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"Error: {path}: [[node]] number 1 (nl): headers.Authorization names the environment variable "
        "NL_FDP_AUTHORIZATION, which is not set"
    ]


def test_the_token_goes_only_to_the_source_host(runner, site, tmp_path, monkeypatch):
    """A catalogue the FDP lists on another host (here `localhost` beside `127.0.0.1`) is asked
    without the token: credentials for one node never leak to a server it links to."""
    private_fdp(site)
    other = site.url.replace("127.0.0.1", "localhost")
    root = site.docs["/"].bodies["text/turtle"].decode().replace(f"{site.url}/catalog/rare", f"{other}/catalog/rare")
    site.docs["/"].bodies["text/turtle"] = root.encode()
    monkeypatch.setenv("NL_FDP_AUTHORIZATION", TOKEN)
    result = harvest(runner, "--sources", sources_file(tmp_path, site.url + "/"))
    assert result.exit_code == 1
    assert [(path, headers.get("authorization")) for _, path, headers in site.requests()] == [
        ("/", TOKEN),
        ("/catalog/rare", None),
    ]


def test_the_header_option_reads_the_token_from_the_environment(runner, site, tmp_path, monkeypatch):
    private_fdp(site)
    monkeypatch.setenv("NL_FDP_AUTHORIZATION", TOKEN)
    out = tmp_path / "nl"
    result = harvest(runner, site.url + "/", "--out", out, "--header", "Authorization=NL_FDP_AUTHORIZATION")
    assert result.exit_code == 0, result.output
    assert "s3cret" not in (out / ".genocat-harvest-state").read_text() + result.output


def test_the_header_option_with_an_unset_variable_is_a_usage_error(runner, site, tmp_path, monkeypatch):
    monkeypatch.delenv("NL_FDP_AUTHORIZATION", raising=False)
    result = harvest(runner, site.url + "/", "--out", tmp_path / "nl", "--header", "Authorization=NL_FDP_AUTHORIZATION")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Error: --header: headers.Authorization names the environment variable NL_FDP_AUTHORIZATION, which is not set"
    )
