"""`genocat build` as a pipeline of small named steps: validate, load, assemble, render, publish.

Everything is rendered into a temporary folder beside the output (build/render.py) and swapped in
whole: a failed build leaves the previous output untouched, and a folder that is not a previous
genocat build is never replaced.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from genocat.build.catalogue import LayoutError, plan
from genocat.build.formats import Unwritable
from genocat.build.iris import DEFAULT_BASE_IRI, normalise_base
from genocat.build.render import MANIFEST, SourceChanged, render
from genocat.build.reuse import Reuse
from genocat.config import Config
from genocat.findings import Report, Severity
from genocat.load import load_paths
from genocat.validator import validate
from genocat.workers import collector_paused


class BuildRefused(Exception):
    """The submissions have errors; `report` says which (printed like `genocat validate`)."""

    def __init__(self, report: Report) -> None:
        super().__init__("the submissions have errors")
        self.report = report


class BuildError(Exception):
    """The build cannot run (layout, output folder); the message says what to do."""


@dataclass
class BuildResult:
    """What a build wrote into `out_dir`: how many datasets and triples, every file (relative paths),
    the validation report it ran on, how many datasets were kept from the last build, and the site
    step's counts (None when the site was not written)."""

    out_dir: Path
    datasets: int
    triples: int
    files: list[str] = field(default_factory=list)
    report: Report | None = None
    reused: int = 0  # datasets whose files were linked from the previous build, not rendered
    site: dict | None = None  # the site step's counts (None: --no-site); pages_kept: dataset pages linked


Progress = Callable[[str, str], None]  # (step, detail such as "4,200 of 10,000 datasets")


def build(
    catalog_dir: str | Path,
    out_dir: str | Path,
    base_iri: str = DEFAULT_BASE_IRI,
    config: Config | None = None,
    progress: Progress | None = None,
    jobs: int | None = None,
    cache_dir: str | Path | None = None,
    site: bool = True,
    site_url: str | None = None,
) -> BuildResult:
    """Validate (with `genocat validate`'s cache in `cache_dir`, if given), then write the catalogue in
    every serialisation into `out_dir` (replaced whole). With `cache_dir`, the datasets whose files
    are unchanged since the last build into `out_dir` are linked from it, not rendered (reuse.py).
    `site`: also write the static site (genocat.site) into the same folder, before the swap;
    `site_url`: the address it is served at (sitemap.xml and robots.txt need absolute URLs)."""
    say = progress or (lambda step, detail: None)
    catalog_dir, out_dir, base = Path(catalog_dir), Path(out_dir), normalise_base(base_iri)
    say("validate", "")
    report = validate([catalog_dir], config, jobs=jobs, cache_dir=cache_dir)
    if any(f.severity is Severity.ERROR for f in report.findings):
        raise BuildRefused(report)
    with collector_paused():  # the loaded submissions stay until the end; collections would scan them in vain
        return _write(catalog_dir, out_dir, base, say, jobs, report, cache_dir, site, site_url)


def _write(
    catalog_dir: Path,
    out_dir: Path,
    base: str,
    say: Progress,
    jobs: int | None,
    report: Report,
    cache_dir: str | Path | None,
    site: bool = True,
    site_url: str | None = None,
) -> BuildResult:
    """Assemble and render the (valid) submissions into `out_dir`. Only the catalogue files are
    loaded here; the datasets are placed from validation's summaries (path and identifier) and each
    is loaded by the render worker that writes it."""
    say("load", "")
    documents = [s for s in report.summaries if s.kind == "dataset"]
    catalogues = [Path(s.path) for s in report.summaries if s.kind != "dataset"]
    documents += load_paths(catalogues).documents if catalogues else []
    say("assemble", "")
    try:
        layout = plan(documents, catalog_dir, base)
    except LayoutError as error:
        raise BuildError(str(error)) from error
    say("render", "")
    reuse = Reuse.load(Path(cache_dir), out_dir, base) if cache_dir is not None else None
    pages = site_pages(layout, report, base, catalog_dir, out_dir, cache_dir) if site else None
    counts = None
    with output_folder(out_dir) as folder:
        total = len(layout.datasets)
        try:
            count = lambda done, _total: say("render", f"{done:,} of {total:,} datasets")  # noqa: E731
            triples = render(layout, folder, jobs, count, load_datasets=True, reuse=reuse, pages=pages)
        except (Unwritable, SourceChanged) as error:  # GC311 keeps the first out; the second is a race
            raise BuildError(f"{error}; nothing was written") from error
        if pages is not None:
            say("site", "")
            counts = site_step(folder, layout, report, pages, site_url)
        files = list_files(folder)
        say("write", "")
    if reuse is not None:
        reuse.save()
    if pages is not None and cache_dir is not None:
        from genocat.site.dataset_pages import save_record

        save_record(Path(cache_dir), out_dir, pages.fingerprint, pages.gathered)
    reused = reuse.reused if reuse is not None else 0
    return BuildResult(out_dir, len(layout.datasets), triples, files, report, reused, counts)


def site_pages(layout, report: Report, base: str, catalog_dir: Path, out_dir: Path, cache_dir: str | Path | None):
    """The site's dataset-page writer for the render workers, with the previous build's pages to
    keep when a cache folder is given (genocat.site.dataset_pages)."""
    from genocat.site.dataset_pages import load_previous
    from genocat.site.step import page_writer

    pages = page_writer(layout, report, base, catalog_dir)
    if cache_dir is not None:
        pages.previous_dir = out_dir.resolve()
        pages.cache_dir = Path(cache_dir)
        pages.previous = load_previous(Path(cache_dir), out_dir, pages.fingerprint)
    return pages


def site_step(folder: Path, layout, report: Report, pages, site_url: str | None = None) -> dict:
    """The site step: every other page, the data files, the assets and the search index."""
    from genocat.site.step import write_site

    counts = write_site(folder, layout, report, pages, site_url)
    counts["dataset pages kept"] = sum(1 for g in pages.gathered if g.get("linked"))
    return counts


def list_files(folder: Path) -> list[str]:
    """Every file below `folder`, relative, sorted (os.walk: a site of 10,000 datasets has 80,000)."""
    import os

    found = []
    for top, _dirs, names in os.walk(folder):
        prefix = os.path.relpath(top, folder).replace(os.sep, "/")
        prefix = "" if prefix == "." else prefix + "/"
        found.extend(prefix + name for name in names if os.path.isfile(os.path.join(top, name)))
    return sorted(found)


@contextmanager
def output_folder(out_dir: Path) -> Iterator[Path]:
    """A fresh temporary folder beside `out_dir` to write into; swapped for `out_dir` in two renames
    when the block succeeds, removed when it fails."""
    out_dir = out_dir.resolve()
    if out_dir.exists() and (not out_dir.is_dir() or (any(out_dir.iterdir()) and not (out_dir / MANIFEST).is_file())):
        raise BuildError(
            f"{out_dir} exists and is not a genocat build output (no {MANIFEST}); "
            "choose an empty or new folder with --out"
        )
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.build-", dir=out_dir.parent))
    staging.chmod(0o755)  # mkdtemp's 0700 would hide the published files from a web server
    try:
        yield staging
        previous = None
        if out_dir.exists():
            previous = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.previous-", dir=out_dir.parent))
            previous.rmdir()
            out_dir.rename(previous)
        try:
            staging.rename(out_dir)
        except BaseException:
            if previous is not None:
                previous.rename(out_dir)
            raise
        if previous is not None:
            shutil.rmtree(previous, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
