"""`genocat validate`: check submissions and report every problem with file and line."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from genocat.findings import Severity
from genocat.reporters import REPORTERS, render
from genocat.reporters.color import should_color


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(sorted(REPORTERS)), default="text", show_default=True, help="Report format."
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report to this file instead of standard output.",
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning"]),
    default="error",
    show_default=True,
    help="Lowest severity that makes the exit code 1.",
)
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True)
@click.option(
    "--config",
    "config_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="genocat.toml or pyproject.toml to read (default: the nearest one from the current folder).",
)
def validate(
    paths: tuple[Path, ...], fmt: str, output: Path | None, fail_on: str, color: str, config_path: Path | None
) -> None:
    """Validate submission files and folders (YAML or JSON).

    Exit codes: 0 nothing at the --fail-on level, 1 findings at that level, 2 could not run.
    """
    from genocat.cli import write_output
    from genocat.config import ConfigError, load_config
    from genocat.rules import RULES
    from genocat.validator import NothingToValidate
    from genocat.validator import validate as run

    try:
        report = run(list(paths), load_config(config_path))
    except (NothingToValidate, ConfigError) as problem:
        raise click.UsageError(str(problem)) from None
    use_color = output is None and fmt == "text" and should_color(sys.stdout, color)
    write_output(render(fmt, report, RULES, color=use_color), output)
    sys.exit(1 if report.has_at_least(Severity(fail_on)) else 0)


command = validate
