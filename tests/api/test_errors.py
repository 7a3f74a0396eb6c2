"""Bad input through the API: one documented exception type per kind of failure, never a deep traceback."""

from __future__ import annotations

import pytest

import genocat
from genocat.errors import ConfigurationError, GenocatError, InputError, OutputError, StoreError, SubmissionError
from tests.conftest import CATALOG, DATA
from tests.oxigraph_server import free_port

HU = CATALOG / "hu"
PURPOSE = {"uses": ["GENERAL_RESEARCH"]}


def _bad_config(tmp_path):
    path = tmp_path / "genocat.toml"
    path.write_text('[rules]\ndisable = ["GC999"]\n', encoding="utf-8")
    return path


def _write(tmp_path, name, data):
    (tmp_path / name).write_bytes(data)
    return tmp_path / name


def _empty(tmp_path):
    (tmp_path / "empty").mkdir()
    return tmp_path / "empty"


def _not_rdf(tmp_path):
    path = tmp_path / "broken.ttl"
    path.write_text("this is not turtle <", encoding="utf-8")
    return path


CASES = [
    ("validate: no such path", InputError, lambda t, b: genocat.validate([t / "missing"])),
    ("validate: folder without submissions", InputError, lambda t, b: genocat.validate([_empty(t)])),
    ("validate: unknown rule in genocat.toml", ConfigurationError, lambda t, b: genocat.validate([HU], _bad_config(t))),
    ("score: no dataset file", InputError, lambda t, b: genocat.score_datasets([_empty(t)])),
    ("import: not RDF", InputError, lambda t, b: genocat.import_rdf([_not_rdf(t)], t / "out")),
    (
        "import: unknown country",
        ConfigurationError,
        lambda t, b: genocat.import_rdf([DATA / "import" / "fdp-export.ttl"], t / "out", country="XXX"),
    ),
    (
        "import: unknown format",
        ConfigurationError,
        lambda t, b: genocat.import_rdf([DATA / "import" / "fdp-export.ttl"], t / "out", format="n3"),
    ),
    ("query: no build", InputError, lambda t, b: genocat.query_catalogue(_empty(t), "ASK {}")),
    ("query: not SPARQL", ConfigurationError, lambda t, b: genocat.query_catalogue(b, "SELEKT *")),
    ("query: unknown example", ConfigurationError, lambda t, b: genocat.query_catalogue(b, example="nope")),
    (
        "query: undeclared parameter",
        ConfigurationError,
        lambda t, b: genocat.query_catalogue(b, example="datasets-by-assembly", params={"colour": "red"}),
    ),
    ("query: unknown format", ConfigurationError, lambda t, b: genocat.query_catalogue(b, "ASK {}", format="xml")),
    ("publish: not an http endpoint", ConfigurationError, lambda t, b: genocat.publish_catalogue(b, "ftp://x/")),
    (
        "publish: credentials without a colon",
        ConfigurationError,
        lambda t, b: genocat.publish_catalogue(b, "http://127.0.0.1:1/store", auth="user"),
    ),
    ("publish: no build", InputError, lambda t, b: genocat.publish_catalogue(_empty(t), "http://127.0.0.1:1/store")),
    (
        "publish: store unreachable",
        StoreError,
        lambda t, b: genocat.publish_catalogue(b, f"http://127.0.0.1:{free_port()}/store"),
    ),
    ("match: purpose with an unknown field", InputError, lambda t, b: genocat.match_datasets({"usse": []}, CATALOG)),
    ("match: neither catalogue nor conditions", InputError, lambda t, b: genocat.match_datasets(PURPOSE)),
    ("match: missing purpose file", InputError, lambda t, b: genocat.match_datasets(t / "nope.yaml", CATALOG)),
    (
        "match: missing ontology",
        InputError,
        lambda t, b: genocat.match_datasets(PURPOSE, CATALOG, ontology=t / "x.obo"),
    ),
    ("catalogue: no such folder", InputError, lambda t, b: genocat.load_catalogue(t / "missing")),
    (
        "catalogue: purpose with an unknown field",
        InputError,
        lambda t, b: genocat.load_catalogue(HU).decisions({"usse": []}),
    ),
    ("read_config: unknown rule", ConfigurationError, lambda t, b: genocat.read_config(_bad_config(t))),
    ("read_config: not TOML", ConfigurationError, lambda t, b: genocat.read_config(_write(t, "x.toml", b"[rules"))),
    ("read_config: not UTF-8", ConfigurationError, lambda t, b: genocat.read_config(_write(t, "x.toml", b"\xff\xfe"))),
    ("read_config: no such file", InputError, lambda t, b: genocat.read_config(t / "missing.toml")),
    ("to_rdf: unknown format", ConfigurationError, lambda t, b: genocat.to_rdf({"identifier": "x"}, format="n3")),
    ("to_rdf: record with errors", InputError, lambda t, b: genocat.to_rdf({"identifier": "x"})),
    ("to_yaml: a value YAML cannot write", InputError, lambda t, b: genocat.to_yaml({"identifier": object()})),
    ("validate_record: unknown kind", ConfigurationError, lambda t, b: genocat.validate_record({}, kind="series")),
]


@pytest.mark.parametrize(("case", "kind", "call"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_raises_the_documented_type(case, kind, call, tmp_path, demo_build, monkeypatch):
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    with pytest.raises(kind) as raised:
        call(tmp_path, demo_build)
    assert type(raised.value) is kind  # the documented type itself, not something that merely inherits from it
    assert isinstance(raised.value, GenocatError)
    assert str(raised.value)  # a message a person can act on


def test_store_error_says_which_graphs_were_done(tmp_path, demo_build, monkeypatch):
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    with pytest.raises(StoreError) as raised:
        genocat.publish_catalogue(demo_build, f"http://127.0.0.1:{free_port()}/store")
    assert raised.value.done == []
    assert raised.value.exit_code == 1


def test_unwritable_output_is_an_output_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(OutputError):
        genocat.import_rdf([DATA / "import" / "fdp-export.ttl"], blocker / "out")


def test_findings_are_not_exceptions():
    """Problems in the submissions come back as findings of the report, not as exceptions."""
    report = genocat.validate([DATA / "invalid" / "bad-date.yaml"])
    assert [(f.code, f.line) for f in report.findings] == [("GC204", 54)]  # the file's `# expect:` header


def test_build_of_submissions_with_errors_is_refused_with_the_report(tmp_path):
    node = tmp_path / "catalog" / "hu"
    (node / "datasets").mkdir(parents=True)
    (node / "catalog.yaml").write_bytes((CATALOG / "hu" / "catalog.yaml").read_bytes())
    (node / "datasets" / "bad.yaml").write_bytes((DATA / "invalid" / "bad-date.yaml").read_bytes())
    with pytest.raises(SubmissionError) as raised:
        genocat.build_catalogue(tmp_path / "catalog", tmp_path / "build")
    assert [(f.code, f.line) for f in raised.value.report.findings] == [("GC204", 54)]
    assert raised.value.exit_code == 1
    assert not (tmp_path / "build").exists()


@pytest.mark.parametrize(
    ("case", "kind"),
    [
        ("no such folder", InputError),
        ("a dataset in no node folder", InputError),
        ("output is not a build", OutputError),
        ("bad configuration", ConfigurationError),
    ],
)
def test_build_failures_are_documented_types(case, kind, tmp_path):
    out = tmp_path / "out"
    catalog, config = CATALOG / "mt", None
    if case == "no such folder":
        catalog = tmp_path / "missing"
    elif case == "a dataset in no node folder":
        catalog = tmp_path / "loose"
        catalog.mkdir()
        (catalog / "dataset.yaml").write_bytes((CATALOG / "mt" / "datasets" / "gdi-mt-msida-1.yaml").read_bytes())
    elif case == "output is not a build":
        out.mkdir()
        (out / "precious.txt").write_text("not a build", encoding="utf-8")
    else:
        config = _bad_config(tmp_path)
    with pytest.raises(kind) as raised:
        genocat.build_catalogue(catalog, out, config=config)
    assert type(raised.value) is kind


def test_a_node_folder_builds(tmp_path):
    """The folder the failure cases above start from builds when nothing is wrong."""
    result = genocat.build_catalogue(CATALOG / "mt", tmp_path / "out")
    assert result.datasets == 3 and (tmp_path / "out" / "catalogue.ttl").is_file()
