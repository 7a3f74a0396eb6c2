"""genocat's own Turtle, RDF/XML and JSON-LD writers: every format reads back as the N-Triples graph,
for the values that are hard to write (escapes, markup characters, names that cannot be shortened)."""

from __future__ import annotations

import pytest
from pyoxigraph import Literal, NamedNode, RdfFormat, parse
from rdflib import Graph
from rdflib.compare import isomorphic

from genocat.build import formats, serialise
from genocat.build.rdf import RDF_TYPE, iri, literal

EX = "https://ex.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"
DCT = "http://purl.org/dc/terms/"
S, T = iri(EX + "dataset/1"), iri(EX + "dataset/1/part?a=1&b='2'")

TEXTS = [
    'quote " and backslash \\ here',
    "lines\nand\r\ncarriage\rreturns\tand tab",
    "markup <b>&amp; ]]> 'apostrophe'",
    "separators \u2028 \u2029 \x85 and \x7f",
    "non-ASCII: Nœud, Szeged, 東京, 🧬",
    "",
]
TRIPLES = [
    *[(S, iri(DCT + "description"), literal(text)) for text in TEXTS],
    *[(S, iri(DCT + "title"), literal(text, language="en-GB")) for text in TEXTS],
    (S, iri(DCT + "identifier"), literal("a\\b", datatype=EX + "custom-type")),
    *[
        (S, iri(EX + "number"), literal(text, datatype=XSD + kind))
        for text, kind in [
            ("12", "integer"),
            ("012", "integer"),
            ("-0.5", "decimal"),
            ("5.", "decimal"),
            ("1e3", "double"),
            ("INF", "double"),
            ("true", "boolean"),
            ("TRUE", "boolean"),
            ("7", "nonNegativeInteger"),
        ]
    ],
    (S, RDF_TYPE, iri("http://www.w3.org/ns/dcat#Dataset")),
    (S, RDF_TYPE, iri("http://purl.obolibrary.org/obo/DUO_0000007")),
    (S, iri(DCT + "relation"), T),
    (S, iri(DCT + "relation"), iri("http://purl.org/dc/terms/")),  # a namespace itself: no local part
    (S, iri(EX + "vocab/no-prefix"), iri("https://w3id.org/genocat/vocab/sex/FEMALE")),  # local part with `/`
    (S, iri(EX + "vocab#1st"), iri("http://purl.org/dc/terms/a%20b.")),
    (T, RDF_TYPE, iri("http://purl.obolibrary.org/obo/DUO_0000007")),  # a type with no XML name of its own
    (S, iri("http://purl.obolibrary.org/obo/DUO_0000007"), literal("x")),  # a predicate in a `_` namespace
]
READERS = [
    ("ttl", RdfFormat.TURTLE, "turtle"),
    ("rdf", RdfFormat.RDF_XML, "xml"),
    ("jsonld", RdfFormat.JSON_LD, "json-ld"),
]


def _document(triples, extension):
    return serialise.document([serialise.pieces(serialise.sorted_triples(triples))], extension)[0]


@pytest.mark.parametrize(("extension", "oxigraph_format", "rdflib_format"), READERS, ids=[r[0] for r in READERS])
@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")  # rdflib's JSON-LD parser
def test_each_format_reads_back_as_the_n_triples(extension, oxigraph_format, rdflib_format):
    expected = set(parse(_document(TRIPLES, "nt"), format=RdfFormat.N_TRIPLES))
    data = _document(TRIPLES, extension)
    assert set(parse(data, format=oxigraph_format)) == expected
    reference = Graph().parse(data=_document(TRIPLES, "nt"), format="nt")
    assert isomorphic(Graph().parse(data=data, format=rdflib_format), reference)


def test_n_triples_terms_are_written_as_pyoxigraph_writes_them():
    """A line is a triple's identity: the same text whichever side (genocat, pyoxigraph) wrote it."""
    for code in [*range(0x3000), 0xFFFD, 0xFFFE, 0xFFFF, 0x1F9EC]:
        if 0xD800 <= code < 0xE000:
            continue
        text = f"a{chr(code)}b"
        assert literal(text) == str(Literal(text)), hex(code)
    assert literal("x", language="EN-gb") == str(Literal("x", language="en-gb"))
    assert literal("1", datatype=XSD + "string") == '"1"'
    assert iri(EX + "é") == str(NamedNode(EX + "é"))
    with pytest.raises(ValueError):
        iri("not an IRI")


def test_turtle_shortens_what_it_can_and_writes_numbers_bare_only_in_their_own_form():
    text = formats.turtle(serialise.sorted_triples(TRIPLES))
    assert "dct:description" in text and "\ta DUO:0000007 , dcat:Dataset ;" in text
    assert "<https://w3id.org/genocat/vocab/sex/FEMALE>" in text  # no `\/` escapes
    assert "<http://purl.org/dc/terms/>" in text and "<http://purl.org/dc/terms/a%20b.>" in text
    for bare in (" 12 ", " 012 ", " -0.5 ", " 1e3 ", " true "):
        assert bare in text
    for typed in ('"5."^^xsd:decimal', '"INF"^^xsd:double', '"TRUE"^^xsd:boolean', '"7"^^xsd:nonNegativeInteger'):
        assert typed in text
    assert '"a\\\\b"^^<https://ex.org/custom-type>' in text


def test_rdfxml_keeps_a_carriage_return_and_declares_names_outside_the_prefixes():
    text = _document(TRIPLES, "rdf").decode("utf-8")
    assert "carriage&#13;returns" in text  # a raw one would come back as a line feed
    assert '<number xmlns="https://ex.org/" rdf:datatype=' in text
    assert (
        '<DUO_0000007 xmlns="http://purl.obolibrary.org/obo/" rdf:about="https://ex.org/dataset/1/part?a=1&amp;b='
        in text
    )


@pytest.mark.parametrize(
    "triple",
    [(S, iri(DCT + "title"), literal("bell \x07 character")), (S, iri(EX + "ends-in-slash/"), literal("x"))],
    ids=["control-character", "predicate-without-xml-name"],
)
def test_what_rdfxml_cannot_hold_is_refused_by_name(triple):
    with pytest.raises(formats.Unwritable):
        formats.rdfxml([triple])
