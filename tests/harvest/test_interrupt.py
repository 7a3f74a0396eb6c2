"""An interrupted harvest (Ctrl-C, killed) leaves the previous submissions as they were; one
interrupted while applying its changes is finished by the next run."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest

from genocat.cli import main
from genocat.harvest import state as state_module
from genocat.harvest.state import JOURNAL, STAGING, STATE
from tests.harvest import shapes
from tests.harvest.conftest import serve_fdp
from tests.harvest.servers import turtle

NAMES = [str(n) for n in range(1, 13)]
WAIT_LIMIT_S = 60  # how long to wait for the child to reach the middle of the harvest (not a timed assertion)


def snapshot(folder):
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and STAGING not in p.relative_to(folder).parts
    }


def _change_everything(site, delay: float) -> None:
    for name in NAMES:
        doc = turtle(shapes.fdp_dataset(site.url, name, title=f"Cohort {name}, revised"))
        doc.delay = delay
        site.add(f"/dataset/{name}", doc)


def _ctrl_c_as_at_a_terminal() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGINT], ids=["killed", "ctrl-c"])
def test_an_interrupted_harvest_leaves_the_previous_submissions(runner, site, tmp_path, how):
    serve_fdp(site, NAMES)
    out = tmp_path / "nl"
    assert runner.invoke(main, ["harvest", site.url + "/", "--out", str(out)], catch_exceptions=False).exit_code == 0
    before = snapshot(out)
    _change_everything(site, delay=0.3)
    site.log.clear()
    child = subprocess.Popen(
        [sys.executable, "-m", "genocat.cli", "harvest", site.url + "/", "--out", str(out), "--per-host", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # Ctrl-C as at a terminal: a suite run as a background job ignores SIGINT, and its children would inherit that
        preexec_fn=_ctrl_c_as_at_a_terminal,
    )
    deadline = time.monotonic() + WAIT_LIMIT_S
    while len([r for r in site.log if r[1].startswith("/dataset/")]) < 5 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert child.poll() is None, "the harvest ended before it could be interrupted"
    child.send_signal(how)
    child.communicate(timeout=WAIT_LIMIT_S)
    assert child.returncode != 0
    assert snapshot(out) == before
    if how == signal.SIGINT:
        assert not (out / STAGING).exists()
    _change_everything(site, delay=0)
    result = runner.invoke(main, ["harvest", site.url + "/", "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "changed 12" in result.stdout and not (out / STAGING).exists()


def test_a_harvest_interrupted_while_applying_is_finished_by_the_next(runner, site, tmp_path, monkeypatch):
    serve_fdp(site, NAMES[:4])
    out = tmp_path / "nl"
    runner.invoke(main, ["harvest", site.url + "/", "--out", str(out)], catch_exceptions=False)
    _change_everything(site, delay=0)
    real_replace, calls = state_module.os.replace, []

    def replace_then_stop(source, target):
        calls.append(target)
        if len(calls) == 2:
            raise KeyboardInterrupt
        real_replace(source, target)

    monkeypatch.setattr(state_module.os, "replace", replace_then_stop)
    aborted = runner.invoke(main, ["harvest", site.url + "/", "--out", str(out)], catch_exceptions=False)
    monkeypatch.undo()
    assert aborted.exit_code == 1 and "Aborted!" in aborted.output  # click's answer to Ctrl-C
    assert (out / JOURNAL).exists()
    result = runner.invoke(main, ["harvest", site.url + "/", "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "  note finished applying the changes of an interrupted harvest" in result.stdout.splitlines()
    assert "unchanged 5" in result.stdout  # the catalogue and the four revised datasets, all in place
    assert not (out / JOURNAL).exists() and (out / STATE).exists()
    assert all("revised" in (out / f"datasets/gdi-nl-radboud-{n}.yaml").read_text() for n in NAMES[:4])
