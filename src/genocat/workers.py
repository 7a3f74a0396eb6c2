"""Worker processes, started the same way by the validator, the builder, the SHACL layer and the
harvester; and the garbage collector settings that large runs need.

Where a platform cannot start processes (no semaphores, no fork), `start_pool` gives None and the
caller runs everything itself: slower, never a different answer.
"""

from __future__ import annotations

import gc
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

THRESHOLDS = (20_000, 20, 20)  # the cyclic collector runs 30 times less often than by default


def start_pool(jobs: int, initializer: Callable | None = None, initargs: tuple = ()):
    """A ProcessPoolExecutor of `jobs` workers, each settled and then set up by `initializer`; None
    where processes cannot be started. Imported here: runs that stay in one process never need it."""
    try:
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(initializer, initargs))
    except (OSError, NotImplementedError, ImportError):
        return None


def _start_worker(initializer: Callable | None, initargs: tuple) -> None:
    settle()
    if initializer is not None:
        initializer(*initargs)


def settle() -> None:
    """What a worker inherited or imported lives for its whole life, so the collector need not scan it
    (`gc.freeze`); what it makes is freed by reference counting, so it collects less often."""
    gc.freeze()
    gc.set_threshold(*THRESHOLDS)


def watch_parent(parent: int) -> None:
    """A worker's initializer: the worker ends itself when the process that started it is killed (it would
    wait for work forever)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


@contextmanager
def collecting_less() -> Iterator[None]:
    """The worker's thresholds inside the block, for a main process that keeps a large structure alive while
    it makes many short-lived objects: the collector would otherwise scan the structure again and again.
    Cycles are still freed."""
    thresholds = gc.get_threshold()
    gc.set_threshold(*THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block. Loaded submissions are millions of objects with
    no reference cycles; each full collection would scan them all (0.5 s at 10,000 datasets) to
    free nothing. Memory is still freed by reference counting."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
