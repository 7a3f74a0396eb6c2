"""Deprecating a public name: it keeps working, with a warning, for one minor version, then goes.

The policy (docs/python.md): a public name that changes is kept as an alias that raises
`GenocatDeprecationWarning` on use, for the whole next minor version (deprecated in 0.2.x, removed in
0.3.0), and the CHANGELOG says what to use instead. Only names in a module's `__all__` (and the
documented API) are covered; everything else may change in any release.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from importlib import import_module
from typing import Any

__all__ = ["Deprecated", "GenocatDeprecationWarning", "resolve"]


class GenocatDeprecationWarning(DeprecationWarning):
    """A public name of genocat is deprecated; the message names its replacement and the removal version."""


@dataclass(frozen=True)
class Deprecated:
    """An old public name: where it lives now (`module:attribute`), what to use instead, since / until when."""

    target: str
    instead: str
    since: str
    removal: str


def resolve(module: str, name: str, deprecated: dict[str, Deprecated]) -> Any:
    """The value of a deprecated `module.name`, after warning the caller (raises AttributeError if not deprecated)."""
    entry = deprecated.get(name)
    if entry is None:
        raise AttributeError(f"module {module!r} has no attribute {name!r}")
    warnings.warn(
        f"{module}.{name} is deprecated since genocat {entry.since} and will be removed in {entry.removal}; "
        f"use {entry.instead} instead.",
        GenocatDeprecationWarning,
        stacklevel=3,
    )
    where, _, attribute = entry.target.partition(":")
    return getattr(import_module(where), attribute)
