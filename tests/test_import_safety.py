"""`genocat import` refuses RDF/XML with a DTD before any XML parser sees it (external entities,
entity-expansion bombs), and a JSON-LD remote context, with one line naming the file."""

from __future__ import annotations

import subprocess
import sys

import pytest

from genocat.cli import main

RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
BODY = (
    f"<rdf:RDF xmlns:rdf='{RDF_NS}' xmlns:dct='http://purl.org/dc/terms/'>\n"
    "<rdf:Description rdf:about='https://x.example/d'><dct:title>&x;</dct:title></rdf:Description>\n</rdf:RDF>\n"
)


def billion_laughs() -> str:
    """The classic entity-expansion bomb: ten levels of ten references, about 1 KB."""
    entities = ['<!ENTITY x0 "lol">'] + [f'<!ENTITY x{i} "{f"&x{i - 1};" * 10}">' for i in range(1, 10)]
    return "<?xml version='1.0'?>\n<!DOCTYPE rdf:RDF [\n" + "\n".join(entities) + '\n<!ENTITY x "&x9;">\n]>\n' + BODY


HOSTILE = {  # name -> (bytes, line of the DOCTYPE)
    "bomb.rdf": (billion_laughs().encode(), 2),
    "external.rdf": (
        ("<?xml version='1.0'?>\n<!DOCTYPE r [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>\n" + BODY).encode(),
        2,
    ),
    "after-comment.rdf": (
        ("<?xml version='1.0'?>\n<!-- a comment -->\n<?pi x?>\n<!DOCTYPE r [<!ENTITY x 'y'>]>\n" + BODY).encode(),
        4,
    ),
    "utf16.rdf": (
        ("\ufeff<?xml version='1.0' encoding='UTF-16'?>\n<!DOCTYPE r [<!ENTITY x 'y'>]>\n" + BODY).encode("utf-16-le"),
        2,
    ),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_rdf_xml_with_a_dtd_is_refused_with_its_line(runner, tmp_path, name):
    data, line = HOSTILE[name]
    path = tmp_path / name
    path.write_bytes(data)
    result = runner.invoke(main, ["import", str(path), "--out", str(tmp_path / "out")], catch_exceptions=False)
    assert result.exit_code == 2
    (message,) = result.stderr.splitlines()
    assert message.startswith(f"Error: {path}: not accepted as RDF/XML (line {line}): it declares a DTD")
    assert not (tmp_path / "out").exists()


def test_rdf_xml_without_a_dtd_still_imports(runner, tmp_path):
    path = tmp_path / "plain.rdf"
    path.write_text(
        f"<?xml version='1.0'?>\n<!-- no DTD -->\n<rdf:RDF xmlns:rdf='{RDF_NS}' xmlns:dct='http://purl.org/dc/terms/' "
        "xmlns:dcat='http://www.w3.org/ns/dcat#'>\n<dcat:Dataset rdf:about='https://x.example/d'>"
        "<dct:identifier>d</dct:identifier><dct:title xml:lang='en'>T &amp; U</dct:title></dcat:Dataset>\n</rdf:RDF>\n"
    )
    result = runner.invoke(main, ["import", str(path), "--out", str(tmp_path / "out")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "title:\n  en: T & U" in (tmp_path / "out" / "datasets" / "d.yaml").read_text()


def test_the_1_kb_bomb_is_refused_by_the_real_command(tmp_path):
    """In a process of its own, as a user runs it. The timeout only stops a hang (the XML parser took
    278 s on this file before DTDs were refused); the refusal's time is measured in bench/harvest_bench.py."""
    path = tmp_path / "bomb.rdf"
    path.write_bytes(HOSTILE["bomb.rdf"][0])
    assert len(path.read_bytes()) < 1100
    done = subprocess.run(
        [sys.executable, "-m", "genocat.cli", "import", str(path), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "it declares a DTD" in done.stderr and "Traceback" not in done.stderr


def test_json_ld_remote_context_stays_refused(runner, tmp_path):
    path = tmp_path / "remote.jsonld"
    path.write_text('{"@context": ["https://example.org/ctx.jsonld"], "@id": "https://x.example/d"}')
    result = runner.invoke(main, ["import", str(path), "--out", str(tmp_path / "out")], catch_exceptions=False)
    assert result.exit_code == 2
    assert "https://example.org/ctx.jsonld would have to be downloaded" in result.stderr
