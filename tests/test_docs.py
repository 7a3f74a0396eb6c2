"""The documentation site builds without warnings (mkdocs --strict)."""

import subprocess
import sys

from tests.conftest import ROOT


def test_mkdocs_build_strict(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert (tmp_path / "site" / "schema" / "Dataset" / "index.html").exists()
    assert (tmp_path / "site" / "rules" / "index.html").exists()
