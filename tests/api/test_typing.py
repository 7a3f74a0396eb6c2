"""The public API passes mypy --strict, and so does the guide's code as a user would write it.

This is how CI runs the type checker: as part of the README's test command.
"""

from __future__ import annotations

import subprocess
import sys

from tests.api.test_guide import guide_blocks
from tests.conftest import ROOT


def mypy(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mypy", *args], cwd=ROOT, capture_output=True, text=True, check=False)


def test_public_modules_pass_mypy_strict():
    """[tool.mypy] in pyproject.toml: strict, over the public modules (py.typed ships them to users)."""
    result = mypy("--no-incremental")
    assert result.returncode == 0, result.stdout[-3000:]
    assert "Success: no issues found in 8 source files" in result.stdout


def test_guide_code_type_checks_as_user_code(tmp_path):
    """A user's script (the guide's code) sees the real types of genocat's names, not Any."""
    script = tmp_path / "guide.py"
    script.write_text("".join(code for code, _ in guide_blocks()), encoding="utf-8")
    (tmp_path / "none.toml").write_text("", encoding="utf-8")  # not the project's config: a user's defaults
    result = mypy("--strict", "--no-incremental", "--config-file", str(tmp_path / "none.toml"), str(script))
    assert result.returncode == 0, result.stdout[-3000:]


def test_a_type_error_in_user_code_is_caught(tmp_path):
    """The check above can fail: a wrong argument type is reported."""
    script = tmp_path / "wrong.py"
    script.write_text("import genocat\n\ngenocat.validate(42)\n", encoding="utf-8")
    (tmp_path / "none.toml").write_text("", encoding="utf-8")
    result = mypy("--strict", "--no-incremental", "--config-file", str(tmp_path / "none.toml"), str(script))
    assert result.returncode == 1
    assert 'Argument 1 to "validate" has incompatible type "int"' in result.stdout
