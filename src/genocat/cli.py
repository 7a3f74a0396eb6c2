"""The `genocat` command: a thin layer that turns options into calls of the library."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from genocat import __version__
from genocat.commands.match import match
from genocat.commands.validate import validate

EXIT_CODES_HELP = "Exit codes: 0 nothing at the --fail-on level, 1 findings at that level, 2 could not run."


@click.group(help="Metadata catalogue and compliance checker for European genomic data.")
@click.version_option(__version__, prog_name="genocat")
def main() -> None:
    """Entry point of the CLI."""


main.add_command(validate)
main.add_command(match)


def write_output(text: str, output: Path | None) -> None:
    """Write a report to a file (atomically) or to standard output."""
    if output is None:
        click.echo(text, nl=False)
        return
    from genocat.atomic import write_text_atomic

    write_text_atomic(output, text)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
