"""The pre-commit hook, the composite GitHub Action and the CI examples in docs/ci.md run real genocat commands."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import tomllib

import click
import pytest
import yaml

from genocat.cli import main
from genocat.config import load_config
from tests.conftest import CATALOG, ROOT

HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
DOC = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"^```(\w+)\n(.*?)^```", DOC, flags=re.M | re.S)
BROKEN = "catalog/hu/datasets/gdi-hu-pecs-1.yaml"  # its `status: COMPLETED` becomes `DONE` (GC401) in `broken`


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A working copy with part of the demo catalogue (the root and the Hungarian node), as the cwd."""
    (tmp_path / "catalog").mkdir()
    shutil.copy(CATALOG / "catalog.yaml", tmp_path / "catalog" / "catalog.yaml")
    shutil.copytree(CATALOG / "hu", tmp_path / "catalog" / "hu")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def broken(project):
    path = project / BROKEN
    text = path.read_text(encoding="utf-8")
    assert text.count("\nstatus: COMPLETED\n") == 1
    path.write_text(text.replace("\nstatus: COMPLETED\n", "\nstatus: DONE\n"), encoding="utf-8")
    return project


def invoke(runner, args):
    return runner.invoke(main, args, catch_exceptions=False)


# --- commands found in text --------------------------------------------------------------------------------


def genocat_commands(text: str) -> list[list[str]]:
    """Every `genocat ...` shell command in a script, cut at shell operators (`||`, `&&`, `;`, `|`)."""
    commands = []
    for line in text.replace("\\\n", " ").splitlines():
        for segment in re.split(r"\|\||&&|;|\|", line):
            tokens = shlex.split(segment, comments=True)
            if tokens[:1] == ["genocat"]:
                commands.append(tokens)
    return commands


def strings_in(data) -> list[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for value in data.values() for s in strings_in(value)]
    if isinstance(data, list):
        return [s for value in data for s in strings_in(value)]
    return []


def doc_commands() -> list[list[str]]:
    found = []
    for language, body in BLOCKS:
        texts = strings_in(yaml.safe_load(body)) if language == "yaml" else [body] if language == "bash" else []
        found += [c for text in texts for c in genocat_commands(text)]
    return found


def check_options(tokens: list[str]) -> None:
    """The subcommand exists, every option is one of its options and every choice is allowed."""
    assert tokens[0] == "genocat" and tokens[1] in main.commands, tokens
    command = main.commands[tokens[1]]
    params = {opt: p for p in command.params for opt in [*p.opts, *p.secondary_opts] if opt.startswith("-")}
    rest = iter(tokens[2:])
    for token in rest:
        if not token.startswith("-"):
            continue
        name, _, inline = token.partition("=")
        assert name in params, f"{tokens}: {name} is not an option of genocat {tokens[1]}"
        param = params[name]
        if not param.is_flag:
            value = inline or next(rest)
            if isinstance(param.type, click.Choice) and not value.startswith("$"):  # "$VAR": set by the shell
                assert value in param.type.choices, f"{tokens}: {name} {value}"


def output_of(tokens: list[str]) -> str | None:
    for flag in ("--output", "-o"):
        if flag in tokens:
            return tokens[tokens.index(flag) + 1]
    return None


# --- pre-commit -------------------------------------------------------------------------------------------

HOOK = next(h for h in HOOKS if h["id"] == "genocat-validate")


def test_hook_is_declared_for_pre_commit():
    assert [h["id"] for h in HOOKS] == ["genocat-validate"]
    assert HOOK["language"] == "python" and HOOK["pass_filenames"] is True
    check_options(shlex.split(HOOK["entry"]))


@pytest.mark.parametrize(
    ("path", "selected"),
    [
        ("catalog/hu/datasets/gdi-hu-pecs-1.yaml", True),
        ("catalog/catalog.yaml", True),
        ("catalog/hu/datasets/x.yml", True),
        ("catalog/hu/datasets/x.json", True),
        ("schema/core.yaml", False),
        ("catalog/README.md", False),
    ],
)
def test_hook_selects_submission_files(path, selected):
    assert bool(re.search(HOOK["files"], path)) is selected


def hook_files(project) -> list[str]:
    files = sorted(p.relative_to(project).as_posix() for p in project.rglob("*") if p.is_file())
    chosen = [f for f in files if re.search(HOOK["files"], f)]
    assert len(chosen) == 7
    return chosen


def test_hook_entry_passes_a_clean_catalogue_and_stops_a_broken_one(runner, project):
    entry = shlex.split(HOOK["entry"])[1:]
    assert invoke(runner, entry + hook_files(project)).exit_code == 0
    result = invoke(runner, entry + hook_files(broken(project)))
    assert result.exit_code == 1 and "GC401" in result.output and BROKEN in result.output


# --- the composite action ---------------------------------------------------------------------------------


def action_step(name: str) -> dict:
    return next(step for step in ACTION["runs"]["steps"] if step.get("name") == name)


def test_action_inputs_are_declared_and_used():
    assert ACTION["runs"]["using"] == "composite"
    text = (ROOT / "action.yml").read_text(encoding="utf-8")
    used = set(re.findall(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", text))
    assert used == set(ACTION["inputs"]) and all("default" in spec for spec in ACTION["inputs"].values())
    assert not any("${{" in step["run"] for step in ACTION["runs"]["steps"])  # inputs reach scripts as env


def test_action_commands_use_real_options():
    commands = genocat_commands(action_step("Validate")["run"])
    assert [c[:2] for c in commands] == [["genocat", "validate"]] * 2
    for tokens in commands:
        check_options(tokens)
    assert "pip install" in action_step("Install genocat")["run"]


def run_action(project, **inputs) -> subprocess.CompletedProcess:
    """The Validate step as GitHub runs it: bash -eo pipefail, inputs in env, genocat on PATH."""
    step = action_step("Validate")
    values = {name: str(spec["default"]) for name, spec in ACTION["inputs"].items()} | inputs
    env = {
        name: re.sub(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", lambda m: values[m[1]], value)
        for name, value in step["env"].items()
    }
    bin_dir = os.path.dirname(shutil.which("genocat", path=str(ROOT / ".venv" / "bin")) or "")
    assert bin_dir, "genocat is not installed in .venv"
    env |= {"PATH": bin_dir + os.pathsep + os.environ["PATH"], "GITHUB_STEP_SUMMARY": str(project / "summary.md")}
    script = project / "step.sh"
    script.write_text(step["run"], encoding="utf-8")
    return subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_action_passes_a_clean_catalogue_and_writes_sarif(project):
    result = run_action(project, sarif="genocat.sarif")
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith("No problems found in 7 files.\n")
    assert json.loads((project / "genocat.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert "No problems found" in (project / "summary.md").read_text(encoding="utf-8")


def test_action_annotates_and_fails_a_broken_catalogue(project):
    result = run_action(broken(project), sarif="genocat.sarif", paths="catalog/hu catalog/catalog.yaml")
    assert result.returncode == 1
    assert re.search(rf"^::error file={re.escape(BROKEN)},line=\d+,col=\d+,title=GC401::", result.stdout, re.M)
    results = json.loads((project / "genocat.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["GC401"]


def test_action_fail_on_warning_and_config_inputs_reach_genocat(project):
    (project / "strict.toml").write_text('severity = { GC401 = "warning" }\n', encoding="utf-8")
    broken(project)
    assert run_action(project, config="strict.toml").returncode == 0
    assert run_action(project, config="strict.toml", **{"fail-on": "warning"}).returncode == 1


def test_action_stops_when_genocat_cannot_run(project):
    result = run_action(project, sarif="genocat.sarif", config="missing.toml")
    assert result.returncode == 2 and "missing.toml" in result.stderr


# --- docs/ci.md -------------------------------------------------------------------------------------------


def test_docs_commands_use_real_options():
    commands = doc_commands()
    assert len(commands) >= 6
    for tokens in commands:
        check_options(tokens)


def test_docs_commands_run_on_the_demo_catalogue(runner, project):
    for tokens in doc_commands():
        result = invoke(runner, tokens[1:])
        assert result.exit_code == 0, (tokens, result.output)
        if output_of(tokens):
            assert (project / output_of(tokens)).stat().st_size > 0


def test_docs_options_are_in_the_help(runner):
    help_text = invoke(runner, ["validate", "--help"]).output
    for tokens in doc_commands():
        for token in tokens[2:]:
            if token.startswith("--"):
                assert token.partition("=")[0] in help_text


def yaml_blocks(key: str) -> list:
    blocks = [yaml.safe_load(body) for language, body in BLOCKS if language == "yaml"]
    return [b for b in blocks if isinstance(b, dict) and key in b]


def test_docs_pre_commit_examples_name_the_hook_and_work(runner, project):
    configs = yaml_blocks("repos")
    assert len(configs) == 2
    entry = shlex.split(HOOK["entry"])[1:]
    for config in configs:
        (hook,) = config["repos"][0]["hooks"]
        assert hook["id"] == "genocat-validate" and config["repos"][0]["repo"].endswith("/genocat/genocat")
        check_options(["genocat", "validate", *hook["args"]])
        assert invoke(runner, entry + hook["args"] + hook_files(project)).exit_code == 0


def test_docs_github_examples_upload_the_sarif_they_write():
    workflows = yaml_blocks("jobs")
    assert len(workflows) == 2
    for workflow in workflows:
        steps = workflow["jobs"]["genocat"]["steps"]
        upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@"))
        written = [output_of(c) for s in steps for c in genocat_commands(s.get("run", "")) if "sarif" in c]
        action = [s for s in steps if s.get("uses", "").startswith("genocat/genocat@")]
        written += [s["with"]["sarif"] for s in action]
        assert written == [upload["with"]["sarif_file"]]
        for step in action:
            assert set(step["with"]) <= set(ACTION["inputs"])
        assert workflow["permissions"]["security-events"] == "write"


def test_docs_gitlab_example_keeps_the_reports_it_writes():
    (config,) = yaml_blocks("genocat")
    job = config["genocat"]
    commands = {c[c.index("--format") + 1]: output_of(c) for line in job["script"] for c in genocat_commands(line)}
    reports = job["artifacts"]["reports"]
    assert reports == {"codequality": commands["gitlab"], "junit": commands["junit"]}
    assert job["artifacts"]["when"] == "always"


def test_docs_waivers_example_is_a_valid_configuration(tmp_path):
    (toml,) = [body for language, body in BLOCKS if language == "toml"]
    (waivers,) = [body for language, body in BLOCKS if language == "yaml" and body.startswith("waivers:")]
    assert tomllib.loads(toml) == {"waivers": "waivers.yaml"}
    (tmp_path / "genocat.toml").write_text(toml, encoding="utf-8")
    (tmp_path / "waivers.yaml").write_text(waivers, encoding="utf-8")
    entries = load_config(tmp_path / "genocat.toml").waivers.entries
    assert [(w.rule, w.dataset, w.path) for w in entries] == [
        ("GC601", "GDI-HU-PECS-1", None),
        ("GC401", None, "catalog/hu/datasets/goe-*.yaml"),
    ]
