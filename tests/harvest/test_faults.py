"""Every fault of issue 14 gives one line naming the URL and what is wrong; the run goes on with the
other records and nodes, the exit code says something failed, and nothing half-written is left."""

from __future__ import annotations

import json

import pytest

from genocat.cli import main
from genocat.harvest.state import STAGING, STATE
from tests.harvest import shapes
from tests.harvest.conftest import serve_fdp
from tests.harvest.servers import Doc, turtle
from tests.oxigraph_server import free_port
from tests.test_import_safety import billion_laughs

GOOD = ["datasets/gdi-nl-radboud-1.yaml", "datasets/gdi-nl-radboud-3.yaml"]


def harvest(runner, *args):
    return runner.invoke(main, ["harvest", *map(str, args)], catch_exceptions=False)


def errors(output: str) -> list[str]:
    return [line[len("  error ") :] for line in output.splitlines() if line.startswith("  error ")]


def html(status: int, headers: dict | None = None) -> Doc:
    return Doc(status=status, headers=headers or {})


def body(media: str, data: bytes) -> Doc:
    return Doc({media: data})


def _bomb_doc(site) -> Doc:
    return body("application/rdf+xml", billion_laughs().encode())


def _remote_context(site) -> Doc:
    data = json.dumps({"@context": "https://w3id.org/fdp/context.jsonld", "@id": site.url + "/dataset/2"})
    return body("application/ld+json", data.encode())


def _invalid_turtle(site) -> Doc:
    return body("text/turtle", b'@prefix dct: <http://purl.org/dc/terms/> .\n<x> dct:title "a" .\n<y> dct:title ;; .\n')


def _big(site) -> Doc:
    return turtle(shapes.fdp_dataset(site.url, "2", title="Cohort " + "x" * 5000))


# name -> (the document served at /dataset/2, extra options, what the one line must say after the URL)
DATASET_FAULTS = {
    "401": (lambda s: html(401), [], "HTTP 401 Unauthorized; the server wants credentials"),
    "403": (lambda s: html(403), [], "HTTP 403 Forbidden; the server refuses access"),
    "404": (lambda s: html(404), [], "HTTP 404 Not Found"),
    "500": (
        lambda s: html(500, {"Retry-After": "0"}),
        ["--retries", "1"],
        "HTTP 500 Internal Server Error (after 2 attempts)",
    ),
    "not RDF": (lambda s: body("text/html", b"<html>FDP is down</html>"), [], "not RDF (text/html)"),
    "invalid Turtle": (_invalid_turtle, [], "not valid Turtle (line 3)"),
    "too large": (_big, ["--max-mb", "0.004"], "over the size limit of 4194 bytes"),
    "slow": (
        lambda s: Doc(turtle(shapes.fdp_dataset(s.url, "2")).bodies, delay=3),
        ["--timeout", "0.5"],
        "no answer within 0.5 s (timeout)",
    ),
    "DTD bomb": (_bomb_doc, [], "not accepted as RDF/XML (line 2): it declares a DTD"),
    "remote context": (
        _remote_context,
        [],
        "the JSON-LD context https://w3id.org/fdp/context.jsonld would have to be downloaded",
    ),
}


@pytest.mark.parametrize("name", sorted(DATASET_FAULTS))
def test_a_faulty_record_is_one_line_and_the_others_are_harvested(runner, site, tmp_path, name):
    make, options, expected = DATASET_FAULTS[name]
    serve_fdp(site, ["1", "2", "3"])
    site.add("/dataset/2", make(site))
    out = tmp_path / "nl"
    result = harvest(runner, site.url + "/", "--out", out, *options)
    assert result.exit_code == 1
    (line,) = errors(result.stdout)
    url = f"{site.url}/dataset/2"
    assert line.startswith(f"{url}: ") and expected in line, line
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.yaml"))
    assert written == ["catalog.yaml", *GOOD]
    assert "Traceback" not in result.output and not (out / STAGING).exists()


def test_a_redirect_loop_is_one_line(runner, site, tmp_path):
    serve_fdp(site, ["1", "2", "3"])
    site.redirects["/dataset/2"] = "/dataset/2"
    result = harvest(runner, site.url + "/", "--out", tmp_path / "nl")
    assert result.exit_code == 1
    assert errors(result.stdout) == [f"{site.url}/dataset/2: redirect loop or too many redirects (HTTP 302)"]


def test_a_record_without_identifier_is_skipped_with_one_line(runner, site, tmp_path):
    serve_fdp(site, ["1", "2", "3"])
    site.add("/dataset/2", turtle(shapes.fdp_dataset(site.url, "2", identifier="")))
    result = harvest(runner, site.url + "/", "--out", tmp_path / "nl")
    assert result.exit_code == 1
    url = f"{site.url}/dataset/2"
    assert errors(result.stdout) == [f"{url}: record <{url}> has no dct:identifier; skipped (the source must give one)"]
    assert sorted(p.name for p in (tmp_path / "nl" / "datasets").iterdir()) == [p.split("/")[1] for p in GOOD]


def test_two_records_with_one_identifier_keep_the_first(runner, site, tmp_path):
    serve_fdp(site, ["1", "2", "3"])
    site.add("/dataset/2", turtle(shapes.fdp_dataset(site.url, "2", identifier="GDI-NL-RADBOUD-1")))
    result = harvest(runner, site.url + "/", "--out", tmp_path / "nl")
    assert result.exit_code == 1
    url = f"{site.url}/dataset/2"
    assert errors(result.stdout) == [
        f"{url}: record <{url}> has the identifier of the record from {site.url}/dataset/1 "
        "(datasets/gdi-nl-radboud-1.yaml); skipped"
    ]
    assert "Cohort 1" in (tmp_path / "nl" / GOOD[0]).read_text()


def _refused_port(site) -> str:
    return f"http://127.0.0.1:{free_port()}/"


# name -> (source URL, what the one line must say)
SOURCE_FAULTS = {
    "unreachable": (_refused_port, "cannot connect: connection refused"),
    "DNS": (lambda site: "http://genocat-harvest-test.invalid/", "cannot resolve the host name (DNS"),
    "TLS": (lambda site: site.url.replace("http://", "https://") + "/", "TLS error"),
    "root 404": (lambda site: site.url + "/no-fdp-here", "HTTP 404 Not Found"),
}


@pytest.mark.parametrize("name", sorted(SOURCE_FAULTS))
def test_a_source_that_cannot_be_read_is_one_line_and_the_other_nodes_go_on(runner, site, tmp_path, name):
    serve_fdp(site, ["1", "2", "3"])
    make, expected = SOURCE_FAULTS[name]
    broken = make(site)
    sources = tmp_path / "harvest.toml"
    sources.write_text(
        f'[[node]]\nname = "be"\nurl = "{broken}"\nkind = "fdp"\nfolder = "catalog/be"\n\n'
        f'[[node]]\nname = "nl"\nurl = "{site.url}/"\nkind = "fdp"\nfolder = "catalog/nl"\n'
    )
    result = harvest(runner, "--sources", sources, "--timeout", "5", "--retries", "0")
    assert result.exit_code == 1
    (line,) = errors(result.stdout)
    assert line.startswith(f"{broken}: ") and expected in line, line
    assert sorted(p.name for p in (tmp_path / "catalog" / "nl" / "datasets").iterdir()) == [
        "gdi-nl-radboud-1.yaml",
        "gdi-nl-radboud-2.yaml",
        "gdi-nl-radboud-3.yaml",
    ]
    assert sorted(p.name for p in (tmp_path / "catalog" / "be").iterdir()) == [STATE]


def test_retries_honour_retry_after(site, tmp_path):
    from genocat.harvest import harvest as harvest_one
    from genocat.harvest.http import Settings

    serve_fdp(site, ["1"])
    doc = site.docs["/dataset/1"]
    doc.transient = [429, 503]
    doc.headers = {"Retry-After": "2"}
    waits: list[float] = []
    result = harvest_one(site.url + "/", tmp_path / "nl", settings=Settings(sleep=waits.append, backoff=0.25))
    assert result.exit_code == 0
    assert waits == [2.0, 2.0]
    assert [path for _, path, _ in site.requests("/dataset/1")] == ["/dataset/1"] * 3


def test_backoff_doubles_without_retry_after(site, tmp_path):
    from genocat.harvest import harvest as harvest_one
    from genocat.harvest.http import Settings

    serve_fdp(site, ["1"])
    site.docs["/dataset/1"].transient = [502, 503, 504]
    waits: list[float] = []
    result = harvest_one(site.url + "/", tmp_path / "nl", settings=Settings(sleep=waits.append, backoff=0.5, retries=2))
    assert result.exit_code == 1
    assert waits == [0.5, 1.0]
    assert [str(f) for f in result.nodes[0].faults] == [
        f"{site.url}/dataset/1: HTTP 504 Gateway Timeout (after 3 attempts)"
    ]
