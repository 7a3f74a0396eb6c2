"""The engine: a run over a process pool gives the same report as a run in one process."""

from __future__ import annotations

import concurrent.futures
import os
from collections import Counter
from datetime import date

import pytest

from genocat import validator
from genocat.config import Config
from genocat.load import load_file
from genocat.rules import RULES
from genocat.rules.catalogue import SUMMARY_KEYS
from tests.conftest import CATALOG, DATA

TODAY = date(2026, 11, 23)
INPUTS = {
    "demo": [CATALOG],
    "invalid": [DATA / "invalid"],
    "demo+invalid": [CATALOG, DATA / "invalid", DATA / "valid"],
}


@pytest.fixture
def pools(monkeypatch):
    """Start a pool for any number of files, in small batches; record the pools started."""
    started = []
    real = validator._start_pool

    def start(*args):
        pool = real(*args)
        started.append(pool)
        return pool

    monkeypatch.setattr(validator, "PARALLEL_MIN_FILES", 1)
    monkeypatch.setattr(validator, "BATCH_FILES", 4)
    monkeypatch.setattr(validator, "_start_pool", start)
    return started


@pytest.mark.parametrize("name", sorted(INPUTS))
def test_parallel_report_is_the_serial_report(pools, name):
    serial = validator.validate(INPUTS[name], Config(today=TODAY), jobs=1)
    assert pools == []
    parallel = validator.validate(INPUTS[name], Config(today=TODAY), jobs=2)
    assert len(pools) == 1 and pools[0] is not None
    assert parallel.to_dict() == serial.to_dict()


def test_the_comparison_covers_findings_of_every_kind(pools):
    report = validator.validate(INPUTS["demo+invalid"], Config(today=TODAY), jobs=2)
    codes = Counter(f.code for f in report.findings)
    # parse (GC1xx), structure (GC2xx), vocabulary (GC4xx), catalogue across batches (GC701)
    assert {code[:3] for code in codes} >= {"GC1", "GC2", "GC4", "GC7"}
    assert codes["GC701"] >= 10


def test_small_input_runs_in_process_by_default(monkeypatch):
    started = []
    monkeypatch.setattr(validator, "_start_pool", lambda *args: started.append(args))
    validator.validate([CATALOG], Config(today=TODAY))
    assert started == []


def test_without_processes_the_run_still_completes(pools, monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("no semaphores here")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refuse)
    serial = validator.validate(INPUTS["demo+invalid"], Config(today=TODAY), jobs=1)
    fallback = validator.validate(INPUTS["demo+invalid"], Config(today=TODAY), jobs=2)
    assert pools == [None]
    assert fallback.to_dict() == serial.to_dict()


def test_disabled_rules_are_not_sent_to_workers(pools):
    config = Config(today=TODAY, disabled={"GC701", "GC202"})
    report = validator.validate(INPUTS["demo+invalid"], config, jobs=2)
    assert not {"GC701", "GC202"} & {f.code for f in report.findings}
    assert "GC702" in validator.document_codes(config) and "GC701" not in validator.document_codes(config)


def _catalogue_findings(docs):
    ctx = Config(today=TODAY).context()
    return [
        f
        for code, rule in sorted(RULES.items())
        if rule.scope == "catalogue" and rule.check is not None
        for f in rule.check(docs, ctx)
    ]


def test_catalogue_rules_find_the_same_on_summaries():
    """The engine hands catalogue-scope rules summaries (SUMMARY_KEYS only): same findings as full documents."""
    files = sorted((DATA / "invalid").glob("*.yaml")) + sorted(CATALOG.rglob("*.yaml"))
    docs = [doc for doc in (load_file(path)[0] for path in files) if doc is not None]
    full = _catalogue_findings(docs)
    summarised = _catalogue_findings([doc.summary(SUMMARY_KEYS) for doc in docs])
    assert len(full) >= 10
    assert [(f.path, f.line, f.column, f.code, f.message, f.hint) for f in summarised] == [
        (f.path, f.line, f.column, f.code, f.message, f.hint) for f in full
    ]


def _die(batch):
    """A worker that dies as one killed by the kernel would."""
    os._exit(1)


def test_batches_of_a_dead_worker_are_checked_in_process(pools, monkeypatch):
    serial = validator.validate(INPUTS["demo+invalid"], Config(today=TODAY), jobs=1)
    monkeypatch.setattr(validator, "_check_batch", _die)
    survived = validator.validate(INPUTS["demo+invalid"], Config(today=TODAY), jobs=2)
    assert len(pools) == 1 and pools[0] is not None
    assert survived.to_dict() == serial.to_dict()
