"""`genocat validate`: check submissions and report every problem with file and line."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from genocat.commands._options import (
    cache_dir_option,
    color_option,
    config_option,
    jobs_option,
    no_cache_option,
    output_option,
)
from genocat.findings import Severity
from genocat.reporters import REPORTERS, render
from genocat.reporters.color import should_color


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(sorted(REPORTERS)), default="text", show_default=True, help="Report format."
)
@output_option
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning"]),
    default="error",
    show_default=True,
    help="Lowest severity that makes the exit code 1.",
)
@color_option
@config_option
@cache_dir_option
@no_cache_option
@jobs_option
@click.option("--shacl", is_flag=True, help="Also check the RDF the submissions build into, with SHACL shapes.")
@click.option(
    "--shapes",
    type=click.Path(exists=True, path_type=Path),
    multiple=True,
    help="Official shape file or folder of .ttl files to add to --shacl (repeatable; implies --shacl).",
)
@click.option("--fix", is_flag=True, help="Rewrite safe fixes into the files (comments kept), then validate again.")
@click.option(
    "--diff", is_flag=True, help="With --fix: print the fixes as a unified diff and write nothing (exit 1 if any)."
)
def validate(
    paths: tuple[Path, ...],
    fmt: str,
    output: Path | None,
    fail_on: str,
    color: str,
    config_path: Path | None,
    cache_dir: Path,
    no_cache: bool,
    jobs: int | None,
    shacl: bool,
    shapes: tuple[Path, ...],
    fix: bool,
    diff: bool,
) -> None:
    """Validate submission files and folders (YAML or JSON).

    Exit codes: 0 nothing at the --fail-on level, 1 findings at that level, 2 could not run.
    With --fix --diff: 0 nothing to fix, 1 fixes to make, 2 could not run.
    """
    from genocat import GenocatError, read_config
    from genocat import validate as run
    from genocat.cli import write_output
    from genocat.rules import RULES

    if diff and not fix:
        raise click.UsageError("--diff shows what --fix would change; use it as --fix --diff.")
    try:
        config = read_config(config_path)
        if fix:
            _fix(list(paths), diff, output)
        cache = None if no_cache else cache_dir
        report = run(list(paths), config, cache_dir=cache, jobs=jobs, shacl=shacl, shapes=shapes)
    except GenocatError as problem:
        raise click.UsageError(str(problem)) from None
    use_color = output is None and fmt == "text" and should_color(sys.stdout, color)
    write_output(render(fmt, report, RULES, color=use_color), output)
    sys.exit(1 if report.has_at_least(Severity(fail_on)) else 0)


def _fix(paths: list[Path], diff: bool, output: Path | None) -> None:
    """Apply (or with `diff`, show and exit) the safe fixes; a summary goes to standard error."""
    from genocat import fix_submissions
    from genocat.cli import write_output

    result = fix_submissions(paths, write=not diff)
    for item in result.files:
        for change in item.fixes:
            old = f"'{change.old}'" if change.old else "(added)"
            click.echo(
                f"{change.path}:{change.line}:{change.column}: {old} -> '{change.new}' ({change.reason})", err=True
            )
    files = f"{len(result.files)} file" + ("" if len(result.files) == 1 else "s")
    if diff:
        write_output(result.diff(), output)
        click.echo(f"{result.count} fix(es) in {files} (nothing written: --diff).", err=True)
        sys.exit(1 if result.files else 0)
    click.echo(f"Fixed {result.count} value(s) in {files}; validating again.", err=True)


command = validate
