"""The functions behind `genocat validate`, `score`, `build`, `import`, `query` and `publish`.

Each takes plain arguments and returns a documented result; the CLI command of the same name only
turns its options into these arguments and prints the result. Internal exceptions are translated
into the types of `genocat.errors` here, at the edge, so a caller never sees a traceback from deep
inside (`__cause__` keeps the original).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from genocat.errors import ConfigurationError, InputError, OutputError, StoreError, SubmissionError

if TYPE_CHECKING:
    from genocat.build.pipeline import BuildResult
    from genocat.config import Config
    from genocat.findings import Report
    from genocat.fix import FileFix
    from genocat.publish import Published
    from genocat.query import NamedQuery
    from genocat.rdf_import import ImportResult
    from genocat.score import ScoreReport

__all__ = [
    "FixResult",
    "PublishResult",
    "QueryResult",
    "build_catalogue",
    "example_queries",
    "fix_submissions",
    "import_rdf",
    "publish_catalogue",
    "query_catalogue",
    "read_config",
    "score_datasets",
    "validate",
]

PathLike = str | Path
# the builder's default (genocat.build.iris.DEFAULT_BASE_IRI, a test pins it), without importing the builder
DEFAULT_BASE_IRI = "https://catalogue.genocat.example/"


def read_config(path: PathLike | None = None, start: PathLike | None = None) -> Config:
    """The configuration in `path` (genocat.toml or pyproject.toml), else the nearest one above `start`
    (default: the current folder), else the defaults. Raises `InputError` when `path` is no file,
    `ConfigurationError` when the file is not valid TOML or names an unknown rule or key."""
    from genocat.config import ConfigError, load_config

    if path is not None and not Path(path).is_file():
        raise InputError(f"{path}: no such configuration file")
    try:
        return load_config(None if path is None else Path(path), None if start is None else Path(start))
    except ConfigError as problem:
        raise ConfigurationError(str(problem)) from problem
    except UnicodeDecodeError as problem:
        raise ConfigurationError(f"{path}: not a UTF-8 text file") from problem


def _config(config: Config | PathLike | None) -> Config | None:
    return read_config(config) if isinstance(config, str | Path) else config


def _paths(paths: Sequence[PathLike] | PathLike) -> list[str | Path]:
    return [paths] if isinstance(paths, str | Path) else list(paths)


def validate(
    paths: Sequence[PathLike] | PathLike,
    config: Config | PathLike | None = None,
    *,
    cache_dir: PathLike | None = None,
    jobs: int | None = None,
    shacl: bool = False,
    shapes: Sequence[PathLike] = (),
) -> Report:
    """Validate the submission files and folders in `paths`; every problem is a finding of the `Report`.

    `config`: a `Config`, or the path of a genocat.toml / pyproject.toml (None: the defaults).
    `cache_dir`: reuse the results of unchanged files kept there. `jobs`: worker processes (default:
    one per CPU). `shacl`/`shapes`: also check the RDF the files build into (`shapes`: official shape
    files or folders). Raises `InputError` (no such path, no submission file, unusable shape file)
    or `ConfigurationError`.
    """
    from genocat.shacl import ShapesError
    from genocat.validator import NothingToValidate
    from genocat.validator import validate as run

    with _translated():
        try:
            return run(_paths(paths), _config(config), cache_dir=cache_dir, jobs=jobs, shacl=shacl, shapes=list(shapes))
        except (NothingToValidate, ShapesError) as problem:
            raise InputError(str(problem)) from problem


@dataclass(frozen=True)
class FixResult:
    """The safe fixes of `fix_submissions`, per file (`files[i].fixes`: line, old and new value, why),
    and whether they were written."""

    files: list[FileFix]
    written: bool

    @property
    def count(self) -> int:
        return sum(len(item.fixes) for item in self.files)

    def diff(self) -> str:
        """Every change as one unified diff (what `genocat validate --fix --diff` prints)."""
        return "".join(item.diff() for item in self.files)


def fix_submissions(paths: Sequence[PathLike] | PathLike, *, write: bool = True) -> FixResult:
    """Rewrite the safe fixes (codes, aliases, dates) into the files under `paths`, keeping every other
    byte (comments too); with `write=False`, only say what would change. Raises `InputError` for a
    path that does not exist, `OutputError` when a file cannot be written."""
    from genocat import fix
    from genocat.files import discover

    missing = discover(_paths(paths))[1]
    if missing:
        raise InputError(f"No such file or folder: {', '.join(missing)}")
    fixed = fix.plan(_paths(paths))
    if write:
        try:
            fix.write(fixed)
        except OSError as problem:
            raise OutputError(f"cannot write the fixes: {problem.strerror or problem}") from problem
    return FixResult(fixed, write)


def score_datasets(
    paths: Sequence[PathLike] | PathLike,
    *,
    config: Config | PathLike | None = None,
    check_urls: bool = False,
    timeout: float = 10.0,
) -> ScoreReport:
    """The data.europa.eu quality points of every dataset file under `paths`, and what would raise them.

    URLs are requested (HTTP HEAD) only with `check_urls`. Raises `InputError` when there is no
    dataset file to score, `ConfigurationError` for a bad configuration.
    """
    from genocat.score.engine import NothingToScore, score_paths

    with _translated():
        try:
            return score_paths(_paths(paths), check_urls=check_urls, config=_config(config), timeout=timeout)
        except NothingToScore as problem:
            raise InputError(str(problem)) from problem


def build_catalogue(
    catalog_dir: PathLike,
    out_dir: PathLike = "build",
    *,
    base_iri: str = DEFAULT_BASE_IRI,
    config: Config | PathLike | None = None,
    progress: Callable[[str, str], None] | None = None,
    jobs: int | None = None,
    cache_dir: PathLike | None = None,
    site: bool = True,
    site_url: str | None = None,
) -> BuildResult:
    """Validate `catalog_dir`, then write the catalogue (RDF in every serialisation, and the site) to `out_dir`.

    `out_dir` is replaced whole only when the build succeeds. `progress(step, detail)` is called as
    the build goes; `cache_dir` reuses validation results and unchanged datasets' files; `site=False`
    writes the RDF only, without the static site; `site_url` (the site's public address) makes its
    sitemap and robots.txt absolute. Raises `SubmissionError` when the submissions have
    errors (its `report` lists them; nothing was written), `InputError` for a missing or empty
    folder or files that do not form a catalogue, `ConfigurationError`, or `OutputError` when
    `out_dir` is not a previous build or cannot be written.
    """
    from genocat.build.pipeline import BuildError, BuildRefused, build
    from genocat.validator import NothingToValidate

    with _translated():
        try:
            return build(
                Path(catalog_dir),
                Path(out_dir),
                base_iri=base_iri,
                config=_config(config),
                progress=progress,
                jobs=jobs,
                cache_dir=cache_dir,
                site=site,
                site_url=site_url,
            )
        except BuildRefused as refused:
            errors = refused.report.summary["errors"]
            raise SubmissionError(
                f"the submissions have {errors} error(s); nothing was written", refused.report
            ) from None
        except NothingToValidate as problem:
            raise InputError(str(problem)) from problem
        except BuildError as problem:  # caused by the submissions (layout, a file changed), else the output folder
            raise (InputError if problem.__cause__ is not None else OutputError)(str(problem)) from problem
        except OSError as problem:
            detail = f"{problem.strerror}: {problem.filename}" if problem.filename else str(problem.strerror or problem)
            raise OutputError(f"could not write the catalogue ({detail}); {out_dir} was left as it was") from problem


def import_rdf(
    files: Sequence[PathLike] | PathLike,
    out_dir: PathLike,
    *,
    format: str = "auto",
    base_iri: str = DEFAULT_BASE_IRI,
    country: str | None = None,
) -> ImportResult:
    """Turn DCAT-AP / HealthDCAT-AP RDF files into submission YAML under `out_dir`.

    `ImportResult.not_mapped` lists every source triple the build of the written files would not
    reproduce, `added` what genocat had to make up (identifiers, `country`). Raises `InputError` for
    RDF that cannot be read, `ConfigurationError` for an unknown `country` or `format`, `OutputError`
    when `out_dir` cannot be written.
    """
    from genocat.rdf_import import InputError as RdfInputError
    from genocat.rdf_import import import_files
    from genocat.rdf_import.yaml_out import RoundTripError

    formats = ("auto", "turtle", "json-ld", "rdf-xml", "n-triples")
    if format not in formats:
        raise ConfigurationError(f"unknown RDF format {format!r}; choose one of {', '.join(formats)}.")
    try:
        return import_files([Path(f) for f in _paths(files)], Path(out_dir), format, base_iri, country)
    except RdfInputError as problem:
        raise InputError(str(problem)) from problem
    except RoundTripError as problem:
        raise OutputError(str(problem)) from problem
    except OSError as problem:
        raise OutputError(f"cannot write to {out_dir}: {problem.strerror or problem}") from problem
    except ValueError as problem:  # an unknown --country code, a record that would land outside out_dir
        raise ConfigurationError(str(problem)) from problem


@dataclass(frozen=True)
class QueryResult:
    """The answer to one SPARQL query over a build.

    `text` is the answer rendered in `format` (what `genocat query` prints). For SELECT, `variables`
    and `rows` hold it as plain values (an IRI or a literal's text; None where unbound); for ASK,
    `boolean`; CONSTRUCT and DESCRIBE give sorted N-Triples in `text` only.
    """

    kind: Literal["select", "ask", "graph"]
    text: str
    format: str
    variables: list[str] = field(default_factory=list)
    rows: list[dict[str, str | None]] = field(default_factory=list)
    boolean: bool | None = None


def example_queries() -> dict[str, NamedQuery]:
    """The named example queries `query_catalogue(..., example=NAME)` runs, by name, with their
    description and declared parameters (what `genocat query --list` shows)."""
    from genocat.query import named_queries

    return named_queries()


def query_catalogue(
    build_dir: PathLike,
    sparql: str | None = None,
    *,
    example: str | None = None,
    params: Mapping[str, str] | Sequence[str] = (),
    format: str = "table",
) -> QueryResult:
    """Run one SPARQL query, or a named example (`example`), over the catalogue built into `build_dir`.

    `params` binds variables (`{"assembly": "GRCh38"}` or `["assembly=GRCh38"]`); an example accepts
    only the parameters it declares. `format`: table, csv or json. Raises `InputError` when
    `build_dir` holds no build, `ConfigurationError` for an invalid query, unknown example or parameter.
    """
    import pyoxigraph

    from genocat import query

    if (sparql is None) == (example is None):
        raise ConfigurationError("give exactly one of a SPARQL text or an example name.")
    if format not in query.FORMATS:
        raise ConfigurationError(f"unknown format {format!r}; choose one of {', '.join(query.FORMATS)}.")
    pairs = tuple(f"{k}={v}" for k, v in params.items()) if isinstance(params, Mapping) else tuple(params)
    try:
        named = query.get_named(example) if example is not None else None
        text = named.text if named is not None else sparql or ""
        known = query.prefixes()
        substitutions = query.bind_params(pairs, named, known)
    except query.QueryError as problem:
        raise ConfigurationError(str(problem)) from problem
    try:
        store = query.load_store(Path(build_dir))
    except query.QueryError as problem:
        raise InputError(str(problem)) from problem
    try:
        answer = query.run(store, text, substitutions, known)
        if isinstance(answer, pyoxigraph.QueryBoolean):
            return QueryResult("ask", query.render(answer, format, known, text), format, boolean=bool(answer))
        if isinstance(answer, pyoxigraph.QueryTriples):
            return QueryResult("graph", query.render(answer, format, known, text), format)
        raw = answer.serialize(format=pyoxigraph.QueryResultsFormat.JSON)
        rendered = raw.decode("utf-8") + "\n" if format == "json" else ""
        if format != "json":  # a result is read once: run it again for the chosen rendering
            rendered = query.render(query.run(store, text, substitutions, known), format, known, text)
    except query.QueryError as problem:
        raise ConfigurationError(str(problem)) from problem
    data = json.loads(raw)
    variables = list(data["head"]["vars"])
    rows = [
        {name: row[name]["value"] if name in row else None for name in variables} for row in data["results"]["bindings"]
    ]
    return QueryResult("select", rendered, format, variables, rows)


@dataclass(frozen=True)
class PublishResult:
    """The graphs `publish_catalogue` replaced, in order (name, IRI, triples, HTTP status)."""

    endpoint: str
    graphs: list[Published]

    @property
    def triples(self) -> int:
        return sum(graph.triples for graph in self.graphs)


def publish_catalogue(
    build_dir: PathLike,
    endpoint: str,
    *,
    per_node: bool = False,
    auth: str | None = None,
    vocabulary: bool = True,
    on_graph: Callable[[Published], None] | None = None,
) -> PublishResult:
    """Replace the catalogue's named graphs in a SPARQL 1.1 Graph Store (one HTTP PUT per graph).

    `per_node`: one graph per national node instead of one for the catalogue; `auth`: "USER:PASSWORD";
    `on_graph` is called after each graph. Raises `ConfigurationError` (endpoint, credentials),
    `InputError` (no build in `build_dir`) or `StoreError` (the store refused; `.done` lists the
    graphs already replaced: a re-run converges).
    """
    from genocat import publish

    try:
        publish.check_endpoint(endpoint)
        publish.parse_auth(auth)
    except publish.PublishSetupError as problem:
        raise ConfigurationError(str(problem)) from problem
    try:
        done = publish.publish(Path(build_dir), endpoint, per_node, auth, vocabulary, on_graph=on_graph)
    except publish.PublishSetupError as problem:
        raise InputError(str(problem)) from problem
    except publish.PublishError as problem:
        raise StoreError(str(problem), problem.done) from problem
    return PublishResult(endpoint, done)


@contextmanager
def _translated() -> Iterator[None]:
    """A configuration problem met on the way (validation reads genocat.toml's rules) as ConfigurationError."""
    from genocat.config import ConfigError

    try:
        yield
    except ConfigError as problem:
        raise ConfigurationError(str(problem)) from problem
