"""docs/python.md runs: its code blocks in order, in a folder with a copy of the demo catalogue; a block
followed by a "prints" block must print exactly that (so the guide cannot drift from the API)."""

from __future__ import annotations

import contextlib
import io
import re
import shutil

import pytest

from tests.conftest import CATALOG, ROOT

GUIDE = ROOT / "docs" / "python.md"
BLOCK = re.compile(r"```(python|text title=\"prints\")\n(.*?)```", re.DOTALL)


def guide_blocks() -> list[tuple[str, str | None]]:
    """(code, what it prints or None) for every python block of the guide."""
    found = BLOCK.findall(GUIDE.read_text(encoding="utf-8"))
    blocks: list[tuple[str, str | None]] = []
    for kind, text in found:
        if kind == "python":
            blocks.append((text, None))
        else:
            assert blocks and blocks[-1][1] is None, "a prints block must follow a python block"
            blocks[-1] = (blocks[-1][0], text)
    return blocks


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    from tests.oxigraph_server import OxigraphServer

    server = OxigraphServer(tmp_path_factory.mktemp("guide-store") / "data").start()
    yield server
    server.stop()


def test_the_guide_has_the_purpose_example():
    code = "".join(block for block, _ in guide_blocks())
    assert "usable_for(purpose)" in code and "entry.individuals" in code and "entry.country" in code


def test_guide_code_blocks_run_and_print_what_the_guide_says(tmp_path, monkeypatch, oxigraph):
    shutil.copytree(CATALOG, tmp_path / "catalog")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GENOCAT_STORE", oxigraph.store_url)
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    namespace: dict[str, object] = {"__name__": "guide"}
    blocks = guide_blocks()
    assert len(blocks) >= 8
    for number, (code, expected) in enumerate(blocks, start=1):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(code, f"{GUIDE.name} block {number}", "exec"), namespace)  # noqa: S102
        if expected is not None:
            assert out.getvalue() == expected, f"block {number} of {GUIDE.name} printed something else"


def test_readme_python_example_runs(monkeypatch):
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    [code] = re.findall(r"```python\n(.*?)```", text, re.DOTALL)
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {}
    exec(compile(code, "README.md", "exec"), namespace)  # noqa: S102
    assert namespace["usable"] and namespace["report"].summary["errors"] == 0
