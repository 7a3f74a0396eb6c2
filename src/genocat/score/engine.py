"""Score loaded submissions: MQA points, the genomic dimension, and the way to the next rating.

`score_documents` works on what the loader and the validator already produced, so a report that
has both (validate) can add scores without reading a file twice; `score_paths` does the loading.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path, PurePath

from genocat.config import Config
from genocat.files import discover
from genocat.findings import Finding, Severity
from genocat.load import Document, load_paths
from genocat.score import urls as urlcheck
from genocat.score.genomic import score_genomic
from genocat.score.model import DIMENSIONS, DatasetScore, Gap, Plan, ScoreReport, Skipped, Step, next_band
from genocat.score.mqa import Context, score_mqa
from genocat.score.urls import UrlStatus


class NothingToScore(Exception):
    """No dataset file under the given paths (a usage problem, exit code 2)."""


def node_of(doc: Document) -> str:
    """The node a dataset belongs to: the folder above `datasets/`, else its identifier's country."""
    parts = PurePath(doc.path).parts
    if "datasets" in parts[1:]:
        return parts[len(parts) - 1 - parts[::-1].index("datasets") - 1]
    ident = doc.data.get("identifier")
    if isinstance(ident, str) and ident.count("-") >= 2:
        return ident.split("-")[1].lower()
    return "-"


def plan_for(points: int, gaps: list[Gap], offline: bool) -> Plan | None:
    """Steps until the next rating is reached: one per field to fill, largest gain first.

    A field to add comes before a whole new distribution; offline, points that only a URL check
    can award come last and are marked as such.
    """
    target = next_band(points)
    if target is None:
        return None
    name, lowest = target
    groups: dict[tuple, list[Gap]] = {}
    for gap in gaps:
        needs_check = not gap.checked or (gap.network and offline)
        groups.setdefault((needs_check, gap.field or gap.indicator, gap.distribution), []).append(gap)
    steps = []
    for (needs_check, *_), members in groups.items():
        lead = max(members, key=lambda g: g.points)  # first of the largest, in indicator order
        steps.append(Step(lead.action, sum(g.points for g in members), needs_check, lead.adds_distribution))
    # Fields before new distributions before URL checks, largest first; indicator order breaks ties.
    steps.sort(key=lambda s: (s.needs_url_check, s.adds_distribution, -s.points))
    needed = lowest - points
    chosen, gained = [], 0
    for step in steps:
        if gained >= needed:
            break
        chosen.append(step)
        gained += step.points
    return Plan(name, lowest, needed, tuple(chosen), gained >= needed)


def _order(gap: Gap) -> tuple:
    dimension = DIMENSIONS.index(gap.dimension) if gap.dimension in DIMENSIONS else len(DIMENSIONS)
    return (dimension, -gap.points)


def score_document(doc: Document, errors: Iterable[Finding] = (), urls: Mapping[str, UrlStatus] | None = None):
    """The score of one dataset document, given its error findings and URL statuses (None: offline)."""
    dimensions, mqa_gaps = score_mqa(doc.data, Context(tuple(sorted(errors)), urls))
    genomic, genomic_gaps = score_genomic(doc.data)
    points = sum(p for p, _ in dimensions.values())
    ident = doc.data.get("identifier")
    return DatasetScore(
        path=doc.path,
        identifier=ident if isinstance(ident, str) else "",
        node=node_of(doc),
        dimensions=dimensions,
        genomic=genomic,
        gaps=sorted(mqa_gaps, key=_order) + genomic_gaps,
        plan=plan_for(points, mqa_gaps, offline=urls is None),
    )


def distribution_urls(documents: Iterable[Document]) -> list[str]:
    """Every access and download URL of the datasets' distributions."""
    urls = []
    for doc in documents:
        dists = doc.data.get("distributions")
        for dist in dists if isinstance(dists, list) else []:
            if isinstance(dist, dict):
                urls.extend(u for key in ("access_url", "download_url") if isinstance(u := dist.get(key), str))
    return urls


def score_documents(
    documents: Iterable[Document],
    findings: Iterable[Finding],
    files: Iterable[str] = (),
    urls: Mapping[str, UrlStatus] | None = None,
) -> ScoreReport:
    """Score the dataset documents; `findings` are the validator's, `files` every file that was read."""
    datasets = [doc for doc in documents if doc.kind == "dataset"]
    findings = list(findings)
    errors: dict[str, list[Finding]] = {}
    for finding in findings:
        if finding.severity == Severity.ERROR:
            errors.setdefault(finding.path, []).append(finding)
    read = {doc.path for doc in documents}
    skipped = []
    for path in sorted(set(files) - read):
        reasons = sorted(f for f in errors.get(path, []))
        skipped.append(Skipped(path, reasons[0].message if reasons else "the file could not be read"))
    scores = [score_document(doc, errors.get(doc.path, ()), urls) for doc in datasets]
    return ScoreReport(scores, check_urls=urls is not None, skipped=skipped)


def score_paths(
    paths: list[str | Path],
    *,
    check_urls: bool = False,
    config: Config | None = None,
    timeout: float = urlcheck.DEFAULT_TIMEOUT,
) -> ScoreReport:
    """Score the dataset files under `paths` (files or folders); URLs are requested only when asked."""
    from genocat.validator import validate

    where = ", ".join(map(str, paths))
    files, missing = discover(paths)
    if missing:
        raise NothingToScore(f"No such file or folder: {', '.join(missing)}")
    if not files:
        raise NothingToScore(f"No submission files (*.yaml, *.yml, *.json) under {where}")
    loaded = load_paths(paths)
    datasets = [doc for doc in loaded.documents if doc.kind == "dataset"]
    if not datasets:
        unread = len(loaded.files) - len(loaded.documents)
        because = f"; {unread} file(s) could not be read (run `genocat validate {where}`)" if unread else ""
        raise NothingToScore(f"No dataset file to score under {where}{because}")
    report = validate(paths, config)
    urls = urlcheck.check_urls(distribution_urls(datasets), timeout=timeout) if check_urls else None
    return score_documents(loaded.documents, report.findings, loaded.files, urls)
