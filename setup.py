"""The wheel carries the hand-written guides of docs/ as genocat/guides/*.md, so that a site built by an
installed genocat (not only by a checkout) has its guide pages. Everything else is in pyproject.toml."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

DOCS = Path(__file__).resolve().parent / "docs"


class BuildWithGuides(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads docs/ from the checkout itself
            return
        target = Path(self.build_lib) / "genocat" / "guides"
        target.mkdir(parents=True, exist_ok=True)
        for source in sorted(DOCS.glob("*.md")):
            shutil.copyfile(source, target / source.name)


if __name__ == "__main__":
    setup(cmdclass={"build_py": BuildWithGuides})
