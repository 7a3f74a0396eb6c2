"""genocat: metadata catalogue and compliance checker for European genomic data.

The public API is what `__all__` lists (plus the `genocat.records` and `genocat.errors` modules):
one function per command, each returning a documented result, the `Catalogue` object and the
exception types. Every other module is internal and may change in any release. Names load on first
use, so `import genocat` stays cheap (the CLI starts with it).

    import genocat
    report = genocat.validate(["catalog/hu"])        # what `genocat validate catalog/hu` prints
    catalogue = genocat.load_catalogue("catalog")
"""

from __future__ import annotations

from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

try:
    __version__ = version("genocat")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

if TYPE_CHECKING:  # what a type checker sees; at run time the names load lazily (below)
    from genocat.api import (
        FixResult,
        PublishResult,
        QueryResult,
        build_catalogue,
        example_queries,
        fix_submissions,
        import_rdf,
        publish_catalogue,
        query_catalogue,
        read_config,
        score_datasets,
        validate,
    )
    from genocat.build.pipeline import BuildResult
    from genocat.catalogue import Catalogue, DatasetEntry, Statistics, load_catalogue
    from genocat.config import Config
    from genocat.consent import Decision, Purpose
    from genocat.consent.lookup import DiseaseHit, DiseaseInfo, search_diseases, show_disease
    from genocat.errors import (
        ConfigurationError,
        GenocatError,
        InputError,
        OutputError,
        StoreError,
        SubmissionError,
    )
    from genocat.findings import Finding, Report, Severity
    from genocat.harvest import HarvestResult, harvest_sources
    from genocat.harvest import harvest as harvest_source
    from genocat.matching import DatasetDecision, MatchResult, match_datasets
    from genocat.publish import Published
    from genocat.query import NamedQuery
    from genocat.rdf_import import ImportResult
    from genocat.records import to_rdf, to_yaml, validate_record, write_submission
    from genocat.score import ScoreReport

# public name -> "module:attribute".
_PUBLIC = {
    # one function per command, and its result
    "validate": "genocat.api:validate",
    "fix_submissions": "genocat.api:fix_submissions",
    "FixResult": "genocat.api:FixResult",
    "Report": "genocat.findings:Report",
    "Finding": "genocat.findings:Finding",
    "Severity": "genocat.findings:Severity",
    "score_datasets": "genocat.api:score_datasets",
    "ScoreReport": "genocat.score.model:ScoreReport",
    "build_catalogue": "genocat.api:build_catalogue",
    "BuildResult": "genocat.build.pipeline:BuildResult",
    "import_rdf": "genocat.api:import_rdf",
    "ImportResult": "genocat.rdf_import.importer:ImportResult",
    "query_catalogue": "genocat.api:query_catalogue",
    "QueryResult": "genocat.api:QueryResult",
    "example_queries": "genocat.api:example_queries",
    "NamedQuery": "genocat.query:NamedQuery",
    "publish_catalogue": "genocat.api:publish_catalogue",
    "PublishResult": "genocat.api:PublishResult",
    "Published": "genocat.publish:Published",
    "match_datasets": "genocat.matching:match_datasets",
    "MatchResult": "genocat.matching:MatchResult",
    "DatasetDecision": "genocat.matching:DatasetDecision",
    "Decision": "genocat.consent.matcher:Decision",
    "Purpose": "genocat.consent.purpose:Purpose",
    "search_diseases": "genocat.consent.lookup:search_diseases",
    "show_disease": "genocat.consent.lookup:show_disease",
    "DiseaseHit": "genocat.consent.lookup:DiseaseHit",
    "DiseaseInfo": "genocat.consent.lookup:DiseaseInfo",
    "harvest_source": "genocat.harvest:harvest",
    "harvest_sources": "genocat.harvest:harvest_sources",
    "HarvestResult": "genocat.harvest:HarvestResult",
    # configuration
    "Config": "genocat.config:Config",
    "read_config": "genocat.api:read_config",
    # records in Python
    "validate_record": "genocat.records:validate_record",
    "to_yaml": "genocat.records:to_yaml",
    "to_rdf": "genocat.records:to_rdf",
    "write_submission": "genocat.records:write_submission",
    # the catalogue object
    "load_catalogue": "genocat.catalogue:load_catalogue",
    "Catalogue": "genocat.catalogue:Catalogue",
    "DatasetEntry": "genocat.catalogue:DatasetEntry",
    "Statistics": "genocat.catalogue:Statistics",
    # errors
    "GenocatError": "genocat.errors:GenocatError",
    "InputError": "genocat.errors:InputError",
    "ConfigurationError": "genocat.errors:ConfigurationError",
    "OutputError": "genocat.errors:OutputError",
    "StoreError": "genocat.errors:StoreError",
    "SubmissionError": "genocat.errors:SubmissionError",
}

# a literal list, so type checkers know what is exported; tests/api/test_public.py pins it to _PUBLIC
__all__ = [
    "__version__",
    "BuildResult",
    "Catalogue",
    "Config",
    "ConfigurationError",
    "DatasetDecision",
    "DatasetEntry",
    "Decision",
    "DiseaseHit",
    "DiseaseInfo",
    "Finding",
    "FixResult",
    "GenocatError",
    "HarvestResult",
    "ImportResult",
    "InputError",
    "MatchResult",
    "NamedQuery",
    "OutputError",
    "PublishResult",
    "Published",
    "Purpose",
    "QueryResult",
    "Report",
    "ScoreReport",
    "Severity",
    "Statistics",
    "StoreError",
    "SubmissionError",
    "build_catalogue",
    "example_queries",
    "fix_submissions",
    "harvest_source",
    "harvest_sources",
    "import_rdf",
    "load_catalogue",
    "match_datasets",
    "publish_catalogue",
    "query_catalogue",
    "read_config",
    "score_datasets",
    "search_diseases",
    "show_disease",
    "to_rdf",
    "to_yaml",
    "validate",
    "validate_record",
    "write_submission",
]


def __getattr__(name: str) -> Any:
    """Load a public name on first use (and keep it)."""
    target = _PUBLIC.get(name)
    if target is None:
        raise AttributeError(f"module 'genocat' has no attribute {name!r}")
    module, _, attribute = target.partition(":")
    value = getattr(import_module(module), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_PUBLIC))
