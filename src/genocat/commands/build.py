"""`genocat build`: the accepted submissions as the European DCAT-AP / HealthDCAT-AP catalogue."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from genocat.build.iris import DEFAULT_BASE_IRI
from genocat.commands._options import cache_dir_option, color_option, config_option, jobs_option, no_cache_option

STEPS = ("validate", "load", "assemble", "render", "site", "write")


@click.command()
@click.argument("catalog_dir", default="catalog", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--out",
    "out_dir",
    default="build",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Output folder, replaced whole when the build succeeds.",
)
@click.option("--base-iri", default=DEFAULT_BASE_IRI, show_default=True, help="Base of every IRI the build mints.")
@click.option("--no-site", is_flag=True, help="Write the RDF only, not the static site.")
@click.option(
    "--site-url",
    default=None,
    help="Address the site will be served at, such as https://catalogue.example.eu/ (absolute sitemap URLs).",
)
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@color_option
@config_option
@cache_dir_option
@no_cache_option
@jobs_option
def build(
    catalog_dir: Path,
    out_dir: Path,
    base_iri: str,
    no_site: bool,
    site_url: str | None,
    quiet: bool,
    color: str,
    config_path: Path | None,
    cache_dir: Path,
    no_cache: bool,
    jobs: int | None,
) -> None:
    """Validate CATALOG_DIR (default: catalog) and write the RDF catalogue to --out.

    Writes Turtle, JSON-LD, RDF/XML and N-Triples, for the whole catalogue and per dataset, one
    N-Triples graph per node, the vocabulary snapshot, the JSON-LD context and a manifest; and,
    unless --no-site, the static site (HTML pages, search index, data files) in the same folder.
    Validation errors stop the build and are reported as by `genocat validate` (sharing its
    cache); the previous output is then left untouched.

    Exit codes: 0 built, 1 the submissions have errors, 2 could not run.
    """
    from genocat import ConfigurationError, InputError, OutputError, SubmissionError, build_catalogue
    from genocat.reporters import render
    from genocat.reporters.color import should_color
    from genocat.rules import RULES

    if not catalog_dir.is_dir():
        raise click.UsageError(f"No such catalogue folder: {catalog_dir}")
    interactive = not quiet and sys.stderr.isatty()  # a log file gets the summary line only
    bar = None
    if interactive:
        bar = click.progressbar(length=len(STEPS), label="build", file=sys.stderr, item_show_func=lambda step: step)

    progress = StepProgress(bar) if bar is not None else None

    try:
        if bar is not None:
            bar.__enter__()
        result = build_catalogue(
            catalog_dir,
            out_dir,
            base_iri=base_iri,
            config=config_path,
            progress=progress,
            jobs=jobs,
            cache_dir=None if no_cache else cache_dir,
            site=not no_site,
            site_url=site_url,
        )
    except SubmissionError as refused:
        _finish(bar)
        click.echo(render("text", refused.report, RULES, color=should_color(sys.stderr, color)), nl=False, err=True)
        click.echo(f"Build stopped: fix the errors above; {out_dir} was left as it was.", err=True)
        sys.exit(1)
    except (InputError, ConfigurationError) as problem:
        _finish(bar)
        raise click.UsageError(str(problem)) from None
    except OutputError as problem:  # not a previous build, or cannot be written (disk full, no permission, ...)
        _finish(bar)
        click.echo(f"Error: {problem}", err=True)
        sys.exit(2)
    _finish(bar, len(STEPS))
    if not quiet:
        summary = f"{result.datasets} datasets, {result.triples} triples, {len(result.files)} files"
        kept = f" ({result.reused} datasets unchanged since the last build, their files kept)"
        click.echo(f"Built {summary} in {out_dir}{kept if result.reused else ''}")
        if result.site is not None:
            click.echo(
                f"Site: {out_dir / 'index.html'} ({result.site['dataset pages']} dataset pages). "
                f"Look at it: python -m http.server -d {out_dir} 8000, then open http://127.0.0.1:8000/"
            )


class StepProgress:
    """Drives the build's progress bar: one tick per step begun; within a step (the render, which
    reports datasets written) only the label moves on."""

    def __init__(self, bar) -> None:
        self.bar = bar
        self.current = STEPS[0]

    def __call__(self, step: str, detail: str) -> None:
        label = f"{step}: {detail}" if detail else step
        if step == self.current:  # click draws on ticks only; a new label alone is drawn here
            self.bar.current_item = label
            self.bar.render_progress()
        else:
            self.bar.update(1, label)
        self.current = step


def _finish(bar, done: int = 0) -> None:
    if bar is not None:
        bar.update(done - bar.pos if done else 0, "done" if done else "")
        bar.__exit__(None, None, None)


command = build
