"""Run every rule layer over a set of submissions and return one report.

Per file: read -> (cache hit, or) parse findings -> structure (JSON Schema) -> document-scope rules,
over a process pool when there are many files. Then the catalogue-scope rules over the summaries of
all files. The engine stamps each finding with its rule's configured severity; rules never decide
their own. Files are handled independently and merged in file order, so the report does not depend
on the number of processes or on the cache.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from genocat.config import Config
from genocat.files import discover, kind_of
from genocat.findings import Finding, Report, Severity
from genocat.load import Document, load_bytes, read_file
from genocat.rules import RULES, structure
from genocat.rules.catalogue import SUMMARY_KEYS
from genocat.rules.context import Context
from genocat.workers import start_pool

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

PARALLEL_MIN_FILES = 100  # fewer files to check than this: starting worker processes costs more than it saves
BATCH_FILES = 32  # files per task sent to a worker process


class NothingToValidate(Exception):
    """No submission file under the given paths (a usage problem, exit code 2)."""


@dataclass
class FileResult:
    """What one file gave: its findings, and the summary the catalogue-scope rules read (None if it
    could not be loaded)."""

    path: str
    findings: list[Finding]
    summary: Document | None
    score: dict | None = None  # the dataset's quality points (genocat.score.in_report), None for other files


def validate(
    paths: list[str | Path],
    config: Config | None = None,
    *,
    cache_dir: str | Path | None = None,
    jobs: int | None = None,
    shacl: bool = False,
    shapes: list[str | Path] | tuple = (),
) -> Report:
    """Validate the submissions under `paths` (files or folders).

    `cache_dir`: keep per-file results there and reuse those of unchanged files (None: no cache).
    `jobs`: processes to use (default: the CPUs available; 1 runs everything in this process).
    `shacl`: also build the RDF in memory and check it with the generated shapes and `shapes`
    (official shape files), each result placed on its YAML line (raises ShapesError for unusable files).
    """
    config = config or Config()
    files, missing = discover(paths)
    if missing:
        raise NothingToValidate(f"No such file or folder: {', '.join(missing)}")
    if not files:
        raise NothingToValidate("No submission files (*.yaml, *.yml, *.json) under " + ", ".join(map(str, paths)))
    ctx = config.context()
    store = None
    if cache_dir is not None:
        from genocat.cache import Cache

        store = Cache.for_config(Path(cache_dir), config)
    results = check_files(files, config, ctx, store, jobs)
    findings = [f for result in results for f in result.findings]
    summaries = [result.summary for result in results if result.summary is not None]
    findings.extend(check_catalogue(summaries, config, ctx))
    if store is not None:
        store.save()
    if shacl or shapes:
        findings.extend(_shacl(paths, results, shapes, jobs, cache_dir))
    from genocat import waivers
    from genocat.score.in_report import report_field

    files = [result.path for result in results]
    findings, waived = waivers.apply(_configured(findings, config), summaries, config, ctx.today, files=files)
    scores = {result.path: result.score for result in results if result.score is not None}
    return Report(
        findings,
        files,
        waived=len(waived),
        score=report_field(scores, findings),
        summaries=summaries,
        waived_by_file=dict(Counter(f.path for f in waived)),
    )


def _shacl(paths, results: list[FileResult], shapes, jobs, cache_dir) -> list[Finding]:
    """The SHACL layer over the files that loaded without errors (the others cannot be built)."""
    from genocat.load import load_paths
    from genocat.shacl import check_documents

    broken = {f.path for r in results for f in r.findings if f.severity is Severity.ERROR}
    documents = [d for d in load_paths(paths).documents if d.path not in broken]
    folders = [Path(p) for p in paths if Path(p).is_dir()]
    root = folders[0] if len(folders) == 1 else Path(".")
    cache = None if cache_dir is None else Path(cache_dir)
    return check_documents(documents, root, [Path(p) for p in shapes], jobs=jobs, cache_dir=cache)


def document_codes(config: Config) -> tuple[str, ...]:
    """The enabled rules that look at one document at a time, in code order."""
    return tuple(
        code
        for code, rule in sorted(RULES.items())
        if rule.check is not None and rule.scope != "catalogue" and config.enabled(code)
    )


def check_document(doc: Document, config: Config) -> list[Finding]:
    """Every document-scope layer over one document already in memory (no file: a record built in
    Python), with the configured severities; the findings carry JSON pointers and the document's
    positions, if it has any."""
    ctx = config.context()
    findings = list(structure.check(doc))
    for code in document_codes(config):
        findings.extend(_guarded(RULES[code].check, doc, ctx))
    return _configured(findings, config)


def check_catalogue(summaries: list[Document], config: Config, ctx: Context) -> list[Finding]:
    findings: list[Finding] = []
    for code, rule in sorted(RULES.items()):
        if rule.check is not None and rule.scope == "catalogue" and config.enabled(code):
            findings.extend(_guarded(rule.check, summaries, ctx))
    return findings


def check_file(path: str, kind: str, codes: tuple[str, ...], ctx: Context, raw: bytes | None = None):
    """Every document-scope layer over one file (read here unless its bytes are given), and the
    digest of the bytes checked (None if the file could not be read)."""
    if raw is None:
        raw, problems = read_file(Path(path), path)
        if raw is None:
            return FileResult(path, problems, None), None
    digest = hashlib.sha256(raw).hexdigest()
    doc, findings = load_bytes(raw, path, kind)
    if doc is None:
        return FileResult(path, findings, None), digest
    findings.extend(structure.check(doc))
    for code in codes:
        findings.extend(_guarded(RULES[code].check, doc, ctx))
    from genocat.score.in_report import file_score

    return FileResult(path, findings, doc.summary(SUMMARY_KEYS), file_score(doc)), digest


def check_files(files: list[Path], config: Config, ctx: Context, store=None, jobs: int | None = None):
    """One FileResult per file, in the order of `files`. Unchanged files come from the cache; the
    others are checked here or, once there are enough of them, by a pool of worker processes that
    starts while the rest are still being looked up. Workers read the files themselves."""
    codes = document_codes(config)
    jobs = available_cpus() if jobs is None else jobs
    results: list[FileResult | None] = [None] * len(files)
    pending: list[tuple[int, str, str, bytes | None]] = []  # to check, not yet sent to a worker
    sent: list[tuple[list, object]] = []  # (batch, future)
    pool: ProcessPoolExecutor | None = None
    parallel = jobs > 1  # until there are enough files to start a pool, or it cannot be started
    try:
        for index, path in enumerate(files):
            name = path.as_posix()
            raw = None
            if store is not None:
                raw, problems = read_file(path, name)
                if raw is None:
                    results[index] = FileResult(name, problems, None)
                    continue
                hit = store.get(name, hashlib.sha256(raw).hexdigest())
                if hit is not None:
                    results[index] = FileResult(name, *hit)
                    continue
            pending.append((index, name, kind_of(path), raw))
            if parallel and pool is None and len(pending) >= PARALLEL_MIN_FILES:
                pool = _start_pool(jobs, codes, ctx)
                parallel = pool is not None
            while pool is not None and len(pending) >= BATCH_FILES:
                batch, pending = _without_bytes(pending[:BATCH_FILES]), pending[BATCH_FILES:]
                sent.append((batch, _submit(pool, batch)))
        if pool is not None and pending:
            batch, pending = _without_bytes(pending), []
            sent.append((batch, _submit(pool, batch)))
        for batch, future in sent:
            done = _result(future) if future is not None else None
            if done is None:  # the pool could not run this batch: check it here
                done = [check_file(name, kind, codes, ctx, raw) for _, name, kind, raw in batch]
            _store(batch, done, results, store)
        _store(pending, [check_file(name, kind, codes, ctx, raw) for _, name, kind, raw in pending], results, store)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return results


def available_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _without_bytes(batch: list) -> list:
    """A worker reads its files itself: sending the bytes costs more, and keeping them costs memory."""
    return [(index, name, kind, None) for index, name, kind, _raw in batch]


def _store(batch, done: list, results: list, store) -> None:
    for (index, name, _kind, _raw), (result, digest) in zip(batch, done, strict=True):
        results[index] = result
        if store is not None and digest is not None:
            store.put(name, digest, result.findings, result.summary, result.score)


_worker: tuple[tuple[str, ...], Context] | None = None


def _init_worker(codes: tuple[str, ...], ctx: Context) -> None:
    global _worker
    _worker = (codes, ctx)


def _check_batch(batch: list[tuple[str, str]]) -> list:
    codes, ctx = _worker
    return [check_file(name, kind, codes, ctx) for name, kind in batch]


def _start_pool(jobs: int, codes: tuple[str, ...], ctx: Context) -> ProcessPoolExecutor | None:
    """A pool of worker processes, or None where processes cannot be started (then all runs here)."""
    return start_pool(jobs, _init_worker, (codes, ctx))


def _submit(pool: ProcessPoolExecutor, batch):
    from concurrent.futures.process import BrokenProcessPool

    try:
        return pool.submit(_check_batch, [(name, kind) for _, name, kind, _ in batch])
    except (BrokenProcessPool, RuntimeError, OSError):
        return None


def _result(future) -> list | None:
    from concurrent.futures.process import BrokenProcessPool

    try:
        return future.result()
    except BrokenProcessPool:  # a worker died (killed, out of memory): its batches are redone here
        return None


def _guarded(check, subject, ctx) -> list[Finding]:
    """Run one check. A value of the wrong type was already reported by the structure layer, so
    a check that trips over it has nothing to add."""
    try:
        return list(check(subject, ctx))
    except (TypeError, AttributeError, ValueError, KeyError):
        return []


def _configured(findings: list[Finding], config: Config) -> list[Finding]:
    result = []
    for finding in findings:
        if not config.enabled(finding.code):
            continue
        default = RULES[finding.code].severity if finding.code in RULES else finding.severity
        result.append(replace(finding, severity=config.severity_for(finding.code, default)))
    return result
