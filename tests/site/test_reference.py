"""The guide pages come from docs/ in a checkout and from the copy an installed wheel carries (setup.py), so a
site built by `pip install genocat` has them too."""

import subprocess
import sys

from genocat.site import reference
from tests.conftest import ROOT


def test_the_wheel_build_carries_every_guide(tmp_path):
    subprocess.run(
        [sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(tmp_path)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    carried = {p.name for p in (tmp_path / "genocat" / "guides").glob("*.md")}
    assert carried == {p.name for p in (ROOT / "docs").glob("*.md")}
    assert {"researchers.md", "stewards.md", "operators.md"} <= carried


def test_guide_pages_from_the_carried_copy(tmp_path):
    for name in ("researchers.md", "stewards.md"):
        (tmp_path / name).write_bytes((ROOT / "docs" / name).read_bytes())
    pages = reference.guide_pages(tmp_path)
    assert set(pages) == {"guides/index.html", "guides/researchers.html", "guides/stewards.html"}
    index = pages["guides/index.html"].decode()
    assert 'href="researchers.html"' in index and "does not include" not in index


def test_without_guides_the_index_says_where_they_are(tmp_path):
    index = reference.guide_pages(tmp_path / "absent")["guides/index.html"].decode()
    assert "does not include" in index


def test_the_documentations_front_page_does_not_overwrite_the_list_of_guides(tmp_path):
    (tmp_path / "index.md").write_text("# genocat\n\nWhat it is. [Stewards](stewards.md)\n", encoding="utf-8")
    (tmp_path / "stewards.md").write_text("# For stewards\n\nBack to [the start](index.md).\n", encoding="utf-8")
    pages = reference.guide_pages(tmp_path)
    assert set(pages) == {"guides/index.html", "guides/overview.html", "guides/stewards.html"}
    index = pages["guides/index.html"].decode()
    assert "<h1" in index and ">Guides<" in index and 'href="overview.html"' in index
    assert "What it is." in pages["guides/overview.html"].decode()
    assert 'href="overview.html"' in pages["guides/stewards.html"].decode()  # a link to index.md follows it
