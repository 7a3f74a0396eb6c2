"""Validator configuration: rules on/off, severity overrides, thresholds.

Read from `genocat.toml` or the `[tool.genocat]` table of `pyproject.toml`:

    [tool.genocat]
    disable = ["GC505"]
    severity = { GC305 = "error", GC109 = "info" }
    small_cell_threshold = 5
    waivers = "waivers.yaml"   # relative to this file; see genocat.waivers
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from genocat.findings import Severity
from genocat.rules.context import Context

if TYPE_CHECKING:
    from genocat.waivers import Waivers


@dataclass
class Config:
    """What genocat.toml (or `[tool.genocat]`) says: rules turned off, severity overrides, the
    small-cell threshold, waivers; `genocat.read_config` reads one, `Config()` is the defaults."""

    disabled: set[str] = field(default_factory=set)
    severities: dict[str, Severity] = field(default_factory=dict)
    small_cell_threshold: int = 10
    today: date | None = None
    waivers: Waivers | None = None

    def context(self) -> Context:
        return Context(today=self.today or date.today(), small_cell_threshold=self.small_cell_threshold)

    def enabled(self, code: str) -> bool:
        return code not in self.disabled

    def severity_for(self, code: str, default: Severity) -> Severity:
        return self.severities.get(code, default)


class ConfigError(ValueError):
    """A configuration that names an unknown rule or value (a usage problem, exit code 2)."""


def find_config(start: Path) -> tuple[Path, dict] | None:
    """The nearest genocat.toml, or pyproject.toml with a [tool.genocat] table, from `start` upwards."""
    for folder in [start, *start.parents]:
        own = folder / "genocat.toml"
        if own.is_file():
            return own, _read(own)
        project = folder / "pyproject.toml"
        if project.is_file():
            table = _read(project).get("tool", {}).get("genocat")
            if table is not None:
                return project, table
    return None


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: {error}") from None


def from_table(table: dict, source: str = "configuration", base: Path | None = None) -> Config:
    """Check and convert a configuration table; every unknown rule code or key is an error.

    `base` is the folder of the configuration file: the waivers file and its path globs are relative to it.
    """
    from genocat.rules import RULES
    from genocat.rules import waivers as _declared  # noqa: F401  (GC901, GC902 can be configured)

    unknown_keys = sorted(set(table) - {"disable", "severity", "small_cell_threshold", "waivers"})
    if unknown_keys:
        raise ConfigError(f"{source}: unknown setting(s) {', '.join(unknown_keys)}")
    disabled = set(table.get("disable", []))
    severities = {}
    for code, level in table.get("severity", {}).items():
        if level not in {s.value for s in Severity}:
            raise ConfigError(f"{source}: severity of {code} must be error, warning or info, not {level!r}")
        severities[code] = Severity(level)
    unknown = sorted((disabled | set(severities)) - set(RULES))
    if unknown:
        raise ConfigError(f"{source}: unknown rule code(s) {', '.join(unknown)}")
    threshold = table.get("small_cell_threshold", 10)
    if not isinstance(threshold, int) or isinstance(threshold, bool) or threshold < 1:
        raise ConfigError(f"{source}: small_cell_threshold must be a whole number of at least 1")
    return Config(
        disabled=disabled,
        severities=severities,
        small_cell_threshold=threshold,
        waivers=_waivers(table.get("waivers"), source, base or Path.cwd()),
    )


def _waivers(value, source: str, base: Path) -> Waivers | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f'{source}: waivers must be the path of a waivers file, such as "waivers.yaml"')
    from genocat.waivers import load

    return load(base / value, base)


def load_config(path: Path | None = None, start: Path | None = None) -> Config:
    """The configuration from an explicit file, or the nearest one found from `start`."""
    if path is not None:
        data = _read(path)
        table = data.get("tool", {}).get("genocat", {}) if path.name == "pyproject.toml" else data
        return from_table(table, str(path), path.parent)
    found = find_config((start or Path.cwd()).resolve())
    return from_table(found[1], str(found[0]), found[0].parent) if found else Config()
