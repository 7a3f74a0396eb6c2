"""`genocat validate --shacl` through the real CLI."""

from __future__ import annotations

import json
import shutil

from genocat.cli import main
from tests.conftest import CATALOG, SHARED, requires_shared

DCAT_301 = [SHARED / "dcat-ap-3/3.0.1/shacl/dcat-ap-SHACL.ttl", SHARED / "dcat-ap-3/3.0.1/shacl/ranges.ttl"]


def _shapes(paths):
    return [arg for path in paths for arg in ("--shapes", str(path))]


@requires_shared
def test_demo_node_passes_with_the_official_healthdcat_shapes(runner):
    shapes = [SHARED / "healthdcat-ap-r8/shapes", SHARED / "dcat-ap-3/3.0.0/html-shacl/shapes.ttl"]
    args = ["validate", str(CATALOG / "hu"), "--shacl", "--no-cache", *_shapes(shapes)]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "No problems found in 6 files." in result.output


@requires_shared
def test_violations_are_errors_on_their_lines(runner, tmp_path):
    target = tmp_path / "d.yaml"
    shutil.copy(CATALOG / "hu" / "datasets" / "gdi-hu-pecs-1.yaml", target)
    args = ["validate", str(target), "--no-cache", "--format", "json", *_shapes(DCAT_301)]
    result = runner.invoke(main, args)
    assert result.exit_code == 1
    findings = json.loads(result.stdout)["findings"]
    lines = [n for n, text in enumerate(target.read_text().splitlines(), start=1) if "byte_size:" in text]
    assert [(f["code"], f["line"]) for f in findings] == [("GC801", line) for line in lines]


@requires_shared
def test_shacl_findings_can_be_switched_off_by_configuration(runner, tmp_path):
    target = tmp_path / "d.yaml"
    shutil.copy(CATALOG / "hu" / "datasets" / "gdi-hu-pecs-1.yaml", target)
    config = tmp_path / "genocat.toml"
    config.write_text('disable = ["GC801"]\n')
    args = ["validate", str(target), "--no-cache", "--config", str(config), *_shapes(DCAT_301)]
    assert runner.invoke(main, args).exit_code == 0


def test_unusable_shape_file_is_a_usage_error(runner, tmp_path):
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> . <a> sh:targetClass")
    result = runner.invoke(main, ["validate", str(CATALOG / "hu"), "--no-cache", "--shapes", str(broken)])
    assert result.exit_code == 2
    assert "broken.ttl: not valid Turtle" in result.output
    assert "Traceback" not in result.output
