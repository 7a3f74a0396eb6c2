"""Reading the RDF files into one graph, offline, with messages that name the file and the line.

rdflib parses; the format follows the file's extension unless one is given. JSON-LD that points to a
remote context is refused rather than fetched (genocat never uses the network). RDF/XML with a
document type declaration is refused before any XML parser sees it: a DTD is how external entities
(reading local files, fetching URLs) and entity-expansion bombs get in, and RDF needs none. A file
that does not parse raises `InputError` with the parser's line when it gives one.
"""

from __future__ import annotations

import codecs
import json
import re
import warnings
from pathlib import Path
from urllib.parse import quote
from xml.sax import SAXParseException

from rdflib import Graph
from rdflib.plugins.parsers.notation3 import BadSyntax

FORMATS = {"turtle": "turtle", "json-ld": "json-ld", "rdf-xml": "xml", "n-triples": "nt"}
NAMES = {"turtle": "Turtle", "json-ld": "JSON-LD", "xml": "RDF/XML", "nt": "N-Triples"}
EXTENSIONS = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".xml": "xml",
    ".owl": "xml",
}


class InputError(Exception):
    """A file cannot be read as RDF; the message says which file, where and what to do."""


def rdflib_format(path: Path, fmt: str) -> str:
    if fmt != "auto":
        return FORMATS[fmt]
    try:
        return EXTENSIONS[path.suffix.lower()]
    except KeyError:
        raise InputError(
            f"{path}: cannot tell the RDF format from the extension {path.suffix or '(none)'}; "
            "pass --format turtle, json-ld, rdf-xml or n-triples"
        ) from None


def read_graph(paths: list[Path], fmt: str = "auto") -> Graph:
    """All files merged into one graph (blank nodes of different files stay distinct). Relative IRIs
    resolve against `file:///<file name>`, so the result does not depend on where the file lies."""
    graph = Graph()
    for path in paths:
        parser = rdflib_format(path, fmt)
        try:
            data = path.read_bytes()
        except OSError as error:
            raise InputError(f"{path}: cannot read the file ({error.strerror or error})") from None
        parse_data(graph, data, parser, str(path), f"file:///{quote(path.name)}")
    return graph


def parse_data(graph: Graph, data: bytes, parser: str, label: str, public_id: str) -> Graph:
    """Parse `data` (rdflib format name `parser`) into `graph`; `label` (a file or URL) starts every message.
    Refuses, before parsing, a DTD in RDF/XML and a remote context in JSON-LD."""
    if parser == "json-ld":
        _refuse_remote_contexts(label, data)
    if parser == "xml":
        refuse_dtd(label, data)
    if parser in _FAST and _fast_parse(graph, data, parser, public_id):
        return graph
    try:
        with warnings.catch_warnings():  # rdflib's JSON-LD parser warns about its own internals
            warnings.filterwarnings("ignore", "ConjunctiveGraph is deprecated", DeprecationWarning)
            graph.parse(data=data, format=parser, publicID=public_id)
    except Exception as error:  # noqa: BLE001 - every parser failure becomes one clear message
        raise InputError(_message(label, parser, error, data)) from None
    return graph


_FAST = {"turtle", "nt"}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def _fast_parse(graph: Graph, data: bytes, parser: str, public_id: str) -> bool:
    """Turtle and N-Triples parsed by pyoxigraph (several times faster than rdflib's parsers) into
    the rdflib graph; False when pyoxigraph refuses the text, so rdflib parses it and gives its
    message (or accepts what it accepts), as before."""
    import pyoxigraph
    from rdflib import BNode, Literal, URIRef

    fmt = pyoxigraph.RdfFormat.TURTLE if parser == "turtle" else pyoxigraph.RdfFormat.N_TRIPLES
    try:
        triples = list(pyoxigraph.parse(data, format=fmt, base_iri=public_id))
    except (SyntaxError, ValueError, UnicodeDecodeError):
        return False
    blanks: dict[str, BNode] = {}
    cache: dict = {}

    def term(value):
        found = cache.get(value)
        if found is not None:
            return found
        if isinstance(value, pyoxigraph.NamedNode):
            made = URIRef(value.value)
        elif isinstance(value, pyoxigraph.BlankNode):
            made = blanks.setdefault(value.value, BNode())
        elif value.language:
            made = Literal(value.value, lang=value.language)
        else:
            datatype = value.datatype.value
            made = Literal(value.value, datatype=None if datatype in (_XSD_STRING, _LANG_STRING) else URIRef(datatype))
        cache[value] = made
        return made

    graph.addN((term(t.subject), term(t.predicate), term(t.object), graph) for t in triples)
    return True


_PROLOG_ITEM = re.compile(r"\s+|<\?.*?\?>|<!--.*?-->", re.DOTALL)


def refuse_dtd(label, data: bytes) -> None:
    """Refuse XML whose prolog declares a document type (`<!DOCTYPE ...>`), whatever its encoding.

    Only the prolog is looked at (what comes before the first element), so this costs nothing on
    large files and cannot be fooled by a DTD written after comments or processing instructions."""
    text = _prolog_text(data)
    position = 0
    while match := _PROLOG_ITEM.match(text, position):
        if match.end() == position:
            break
        position = match.end()
    if text[position : position + 9].upper() == "<!DOCTYPE":
        line = text[:position].count("\n") + 1
        raise InputError(
            f"{label}: not accepted as RDF/XML (line {line}): it declares a DTD (<!DOCTYPE ...>), which can "
            "define entities that read local files, fetch URLs or expand without end; genocat refuses DTDs. "
            "Export the RDF/XML without a DOCTYPE, or as Turtle"
        )


def _prolog_text(data: bytes, limit: int = 1 << 20) -> str:
    """The start of an XML document as text, decoded by its byte-order mark (UTF-8, UTF-16, UTF-32)."""
    head = data[:limit]
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if head.startswith(bom):
            return head[len(bom) :].decode(encoding, errors="replace")
    if head[:4] == b"<\x00?\x00":
        return head.decode("utf-16-le", errors="replace")
    if head[:4] == b"\x00<\x00?":
        return head.decode("utf-16-be", errors="replace")
    return head.decode("utf-8", errors="replace")


def _message(path, parser: str, error: Exception, data: bytes) -> str:
    name = NAMES[parser]
    line, why = None, str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    if isinstance(error, BadSyntax):
        line, why = error.lines + 1, error._why
    elif isinstance(error, SAXParseException):
        line, why = error.getLineNumber(), error.getMessage()
    elif isinstance(error, json.JSONDecodeError):
        line, why = error.lineno, error.msg
    elif isinstance(error, UnicodeDecodeError):
        line, why = data[: error.start].count(b"\n") + 1, "not UTF-8 text"
    elif parser in {"nt", "turtle", "xml"}:
        line, why = _oxigraph_position(parser, data) or (None, why)
    where = f" (line {line})" if line else ""
    return f"{path}: not valid {name}{where}: {why}"


def _oxigraph_position(parser: str, data: bytes) -> tuple[int, str] | None:
    """rdflib's N-Triples errors carry no line; pyoxigraph's do."""
    import pyoxigraph

    formats = {"nt": pyoxigraph.RdfFormat.N_TRIPLES, "turtle": pyoxigraph.RdfFormat.TURTLE}
    formats["xml"] = pyoxigraph.RdfFormat.RDF_XML
    try:
        for _ in pyoxigraph.parse(data, format=formats[parser]):
            pass
    except SyntaxError as error:
        message = str(error.msg).split(": ", 1)[-1]
        return (error.lineno, message) if error.lineno else None
    except Exception:  # noqa: BLE001 - only a better message is at stake
        return None
    return None


def _refuse_remote_contexts(path, data: bytes) -> None:
    try:
        document = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return  # the parser reports it with its line
    remote = sorted(_remote_contexts(document))
    if remote:
        raise InputError(
            f"{path}: the JSON-LD context {remote[0]} would have to be downloaded, and genocat works offline; "
            "put the context itself in the file (e.g. the context.jsonld genocat build writes)"
        )


def _remote_contexts(value) -> set[str]:
    found: set[str] = set()
    if isinstance(value, list):
        for item in value:
            found |= _remote_contexts(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key == "@context":
                contexts = item if isinstance(item, list) else [item]
                found |= {c for c in contexts if isinstance(c, str)}
                found |= {c["@import"] for c in contexts if isinstance(c, dict) and isinstance(c.get("@import"), str)}
            found |= _remote_contexts(item)
    return found
