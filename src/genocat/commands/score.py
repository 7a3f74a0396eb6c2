"""`genocat score`: the EU metadata quality (MQA) rating of each dataset and what would raise it."""

from __future__ import annotations

import json
from pathlib import Path

import click

from genocat.commands._options import output_option

DEFAULT_PATH = Path("catalog")


@click.command("score")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option(
    "--check-urls",
    is_flag=True,
    help="Send an HTTP HEAD request to every access and download URL (the only use of the network).",
)
@click.option("--timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True, help="Seconds per URL.")
@output_option
@click.option(
    "--config",
    "config_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="genocat.toml or pyproject.toml for the validation behind DCAT-AP compliance (default: the nearest one).",
)
def score(
    paths: tuple[Path, ...], fmt: str, check_urls: bool, timeout: float, output: Path | None, config_path: Path | None
) -> None:
    """Score dataset files and folders (default: catalog/) on the data.europa.eu MQA scale.

    Exit codes: 0 scored, 2 could not run (no such path, no dataset file, bad configuration).
    """
    from genocat import GenocatError, read_config, score_datasets
    from genocat.cli import write_output
    from genocat.score.text import render

    try:
        config = read_config(config_path)
        report = score_datasets(list(paths) or [DEFAULT_PATH], check_urls=check_urls, config=config, timeout=timeout)
    except GenocatError as problem:
        raise click.UsageError(str(problem)) from None
    text = render(report) if fmt == "text" else json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"
    write_output(text, output)


command = score
