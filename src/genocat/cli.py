"""The `genocat` command: a thin layer that turns options into calls of the library."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

import click

from genocat import __version__, commands

EXIT_CODES_HELP = "Exit codes: 0 nothing at the --fail-on level, 1 findings at that level, 2 could not run."


@click.group(help="Metadata catalogue and compliance checker for European genomic data.")
@click.version_option(__version__, prog_name="genocat")
def main() -> None:
    """Entry point of the CLI."""


# Every module of genocat.commands (but the shared `_options`) exposes its click command as `command`;
# adding a command is adding a module (heavy imports stay inside the commands, so start-up stays fast).
for _module in sorted(m.name for m in pkgutil.iter_modules(commands.__path__) if not m.name.startswith("_")):
    main.add_command(importlib.import_module(f"genocat.commands.{_module}").command)


def write_output(text: str, output: Path | None) -> None:
    """Write a report to a file (atomically) or to standard output."""
    if output is None:
        click.echo(text, nl=False)
        return
    from genocat.atomic import write_text_atomic

    write_text_atomic(output, text)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
