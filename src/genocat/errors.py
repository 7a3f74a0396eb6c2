"""The exceptions of genocat's public API: one type per kind of failure, all under `GenocatError`.

Problems *in* the submissions are never exceptions: they are findings in a result (`Report`). An
exception means the call could not do its job at all, and its type says whose move it is:

- `InputError` (exit code 2): an input is missing or unreadable: no such file or folder, no
  submission in it, RDF or YAML that does not parse, no build folder.
- `ConfigurationError` (2): a setting is wrong: genocat.toml, an unknown format, rule code, example
  query or parameter, a bad endpoint or credentials.
- `OutputError` (2): the output cannot be written (a folder that is not a previous build, no
  permission, disk full); nothing was half-written.
- `StoreError` (1): the SPARQL store refused a graph or could not be reached.
- `SubmissionError` (1): a step that needs valid submissions (the build) found errors in them;
  `report` holds every finding, as `genocat.validate` returns it.

Every message is one sentence a person can act on; `__cause__` keeps the internal exception for
debugging.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from genocat.findings import Report

__all__ = ["ConfigurationError", "GenocatError", "InputError", "OutputError", "StoreError", "SubmissionError"]


class GenocatError(Exception):
    """Base of every exception genocat's API raises on purpose; catch this to catch them all."""

    exit_code = 2


class InputError(GenocatError):
    """An input is missing or cannot be read (file, folder, RDF, purpose, build folder)."""


class ConfigurationError(GenocatError):
    """A setting or option is wrong (configuration file, format, rule code, query, endpoint)."""


class OutputError(GenocatError):
    """The output cannot be written; nothing was half-written."""


class StoreError(GenocatError):
    """The SPARQL store refused or could not be reached; `done` lists the graphs already replaced."""

    exit_code = 1

    def __init__(self, message: str, done: list[Any] | None = None) -> None:
        super().__init__(message)
        self.done: list[Any] = list(done or [])


class SubmissionError(GenocatError):
    """The submissions have errors, so the build wrote nothing; `report` lists every finding."""

    exit_code = 1

    def __init__(self, message: str, report: Report) -> None:
        super().__init__(message)
        self.report = report
