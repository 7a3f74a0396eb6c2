"""SPARQL over a built catalogue, embedded (pyoxigraph in memory): no server to run for an ad-hoc question.

The build folder's catalogue.nt and vocabulary.ttl (labels of the code lists) are loaded into one
in-memory store's default graph, so the same query text runs unchanged on a store that `genocat
publish` filled (with its default graph as the union of the named graphs). Named example queries
ship as .rq files in `genocat/queries/`; their header comments give a one-line description and the
parameters they take (`--param NAME=VALUE`, bound with SPARQL substitution, never pasted into text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

FORMATS = ("table", "csv", "json")
_PARAM_LINE = re.compile(r"^#\s*param\s+(\w+)\s+(\S+)\s*:\s*(.*)$")
_PREFIX_DECL = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>", re.IGNORECASE)
_PREFIXED = re.compile(r"^([A-Za-z][\w.-]*)?:(\S*)$")


class QueryError(Exception):
    """Something the user must fix (no build, bad query, unknown example or parameter): exit code 2."""


@dataclass(frozen=True)
class Param:
    """A parameter of a named query: `iri` (CURIE or <IRI>), `string`, or an enum of the schema (value is a code)."""

    name: str
    kind: str
    help: str


@dataclass(frozen=True)
class NamedQuery:
    """An example query shipped with genocat: its name, the one-line description, the parameters it
    declares and its SPARQL text."""

    name: str
    description: str
    params: tuple[Param, ...]
    text: str


def _parse_named(name: str, text: str) -> NamedQuery:
    comments = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        comments.append(line)
    description = comments[0].lstrip("#").strip() if comments else ""
    params = tuple(Param(*m.groups()) for m in map(_PARAM_LINE.match, comments) if m)
    return NamedQuery(name, description, params, text)


def named_queries() -> dict[str, NamedQuery]:
    """The example queries shipped in genocat/queries/, by name (file name without .rq)."""
    folder = resources.files("genocat").joinpath("queries")
    found = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".rq"):
            name = entry.name[: -len(".rq")]
            found[name] = _parse_named(name, entry.read_text(encoding="utf-8"))
    return dict(sorted(found.items()))


def get_named(name: str) -> NamedQuery:
    queries = named_queries()
    if name not in queries:
        import difflib

        close = difflib.get_close_matches(name, queries, n=1)
        hint = f" Did you mean {close[0]!r}?" if close else ""
        raise QueryError(f"no example query named {name!r}.{hint} `genocat query --list` shows them all.")
    return queries[name]


def format_list(queries: dict[str, NamedQuery]) -> str:
    width = max((len(name) for name in queries), default=0)
    lines = []
    for query in queries.values():
        lines.append(f"{query.name.ljust(width)}  {query.description}")
        for param in query.params:
            lines.append(f"{'':{width}}    --param {param.name}=...  {param.help}")
    return "\n".join(lines) + "\n"


def prefixes() -> dict[str, str]:
    """The namespaces of the schema: usable in queries without PREFIX lines, and used to shorten IRIs."""
    from genocat.artefacts import schema_index

    return dict(schema_index().get("prefixes", {}))


# --- loading ---------------------------------------------------------------------------------------


def load_store(build_dir: Path):
    """An in-memory store holding catalogue.nt and, when present, vocabulary.ttl, in the default graph."""
    import pyoxigraph

    from genocat.build.render import output_problem

    catalogue = build_dir / "catalogue.nt"
    if problem := output_problem(build_dir, catalogue.name):
        raise QueryError(problem)
    store = pyoxigraph.Store()
    sources = [(catalogue, pyoxigraph.RdfFormat.N_TRIPLES), (build_dir / "vocabulary.ttl", pyoxigraph.RdfFormat.TURTLE)]
    for path, rdf_format in sources:
        if not path.is_file():
            continue
        try:
            store.load(path=str(path), format=rdf_format)
        except SyntaxError as exc:
            raise QueryError(f"{path}: not valid {rdf_format.name} ({exc}); rebuild with `genocat build`.") from None
    return store


# --- parameters ------------------------------------------------------------------------------------


def _term_from_text(value: str, known: dict[str, str]):
    """`<IRI>` or a prefixed name with a known prefix is an IRI; anything else is a plain string."""
    from pyoxigraph import Literal, NamedNode

    if value.startswith("<") and value.endswith(">"):
        return NamedNode(value[1:-1])
    match = _PREFIXED.match(value)
    if match and (match.group(1) or "") in known:
        return NamedNode(known[match.group(1) or ""] + match.group(2))
    return Literal(value)


def _enum_term(param: Param, value: str):
    """A code of the schema's enum, checked here and bound as the literal the vocabulary's skos:notation holds."""
    from pyoxigraph import Literal

    from genocat.artefacts import enum_codes
    from genocat.vocab import suggest_code

    codes = enum_codes(param.kind)
    if value in codes:
        return Literal(value)
    guess = suggest_code(param.kind, value)
    if guess is not None:
        raise QueryError(f"--param {param.name}={value}: not a {param.kind} code; did you mean {guess}?")
    raise QueryError(f"--param {param.name}={value}: not a {param.kind} code; expected one of {', '.join(codes)}.")


def bind_params(raw: tuple[str, ...], named: NamedQuery | None, known: dict[str, str]) -> dict:
    """NAME=VALUE options as SPARQL substitutions; a named query accepts only the parameters it declares."""
    from pyoxigraph import Literal, NamedNode, Variable

    declared = {param.name: param for param in named.params} if named else None
    bound = {}
    for item in raw:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not name:
            raise QueryError(f"--param {item!r}: expected NAME=VALUE, e.g. --param assembly=GRCh38.")
        if declared is None:
            term = _term_from_text(value, known)
        elif name not in declared:
            takes = ", ".join(declared) or "no parameters"
            raise QueryError(f"--param {name}: the example {named.name!r} takes {takes}.")
        elif declared[name].kind == "string":
            term = Literal(value)
        elif declared[name].kind == "iri":
            term = _term_from_text(value, known)
            if not isinstance(term, NamedNode):
                raise QueryError(f"--param {name}={value}: expected a CURIE such as MONDO:0007254 or an <IRI>.")
        else:
            term = _enum_term(declared[name], value)
        bound[Variable(name)] = term
    return bound


# --- running and rendering -------------------------------------------------------------------------


def run(store, text: str, substitutions: dict, known: dict[str, str]):
    try:
        return store.query(text, prefixes=known, substitutions=substitutions or None)
    except SyntaxError as exc:
        raise QueryError(f"the query is not valid SPARQL: {exc}") from None
    except RuntimeError as exc:  # e.g. a --param naming a variable the SELECT does not project
        raise QueryError(f"the query could not run: {exc}") from None


def _shorten(iri: str, known: list[tuple[str, str]]) -> str:
    for prefix, namespace in known:
        if iri.startswith(namespace) and len(iri) > len(namespace):
            local = iri[len(namespace) :]
            if re.fullmatch(r"[\w.-]*[\w-]", local):
                return f"{prefix}:{local}"
    return f"<{iri}>"


def _cell(term, known: list[tuple[str, str]]) -> str:
    from pyoxigraph import BlankNode, Literal, NamedNode

    if term is None:
        return ""
    if isinstance(term, NamedNode):
        text = _shorten(term.value, known)
    elif isinstance(term, BlankNode):
        text = f"_:{term.value}"
    elif isinstance(term, Literal):
        text = term.value + (f"@{term.language}" if term.language else "")
    else:
        text = str(term)
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def _table(solutions, known: dict[str, str], query_text: str) -> str:
    """Aligned columns for people: IRIs shortened with the schema's and the query's own prefixes."""
    declared = {p or "": ns for p, ns in _PREFIX_DECL.findall(query_text)}
    # longest namespace first, so the most specific prefix wins
    order = sorted({**known, **declared}.items(), key=lambda item: (-len(item[1]), item[0]))
    names = [variable.value for variable in solutions.variables]
    rows = [[_cell(solution[name], order) for name in names] for solution in solutions]
    widths = [max([len(name)] + [len(row[i]) for row in rows]) for i, name in enumerate(names)]
    lines = ["  ".join(name.ljust(w) for name, w in zip(names, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.append(f"({len(rows)} row{'' if len(rows) == 1 else 's'})")
    return "\n".join(lines) + "\n"


def render(result, fmt: str, known: dict[str, str], query_text: str) -> str:
    """SELECT and ASK in the chosen format (csv/json: the SPARQL 1.1 result formats); graphs as sorted N-Triples."""
    import pyoxigraph

    if isinstance(result, pyoxigraph.QueryTriples):
        from genocat.build.serialise import sorted_ntriples

        data = pyoxigraph.serialize(result, format=pyoxigraph.RdfFormat.N_TRIPLES) or b""
        return sorted_ntriples(data.decode("utf-8"))
    if fmt == "table":
        if isinstance(result, pyoxigraph.QueryBoolean):
            return ("yes" if bool(result) else "no") + "\n"
        return _table(result, known, query_text)
    results_format = {"csv": pyoxigraph.QueryResultsFormat.CSV, "json": pyoxigraph.QueryResultsFormat.JSON}[fmt]
    text = result.serialize(format=results_format).decode("utf-8")
    return text if text.endswith("\n") else text + "\n"


def execute(
    build_dir: Path,
    fmt: str,
    text: str | None = None,
    example: str | None = None,
    params: tuple[str, ...] = (),
) -> str:
    """Run one query (text, or a named example) over the build and return its rendering."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}.")
    named = get_named(example) if example is not None else None
    query_text = named.text if named is not None else text or ""
    known = prefixes()
    substitutions = bind_params(params, named, known)
    store = load_store(build_dir)
    return render(run(store, query_text, substitutions, known), fmt, known, query_text)
