"""Whether to colour output: the CLI decides once, reporters only obey the resulting flag."""

from __future__ import annotations

import os
from typing import IO

CHOICES = ("auto", "always", "never")


def should_color(stream: IO[str], choice: str) -> bool:
    """Resolve `--color auto|always|never`; auto means a terminal and no non-empty NO_COLOR (no-color.org)."""
    if choice == "always":
        return True
    if choice == "never":
        return False
    if choice != "auto":
        raise ValueError(f"unknown colour choice {choice!r}; expected one of {', '.join(CHOICES)}")
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    if isatty is None:
        return False
    try:
        return bool(isatty())
    except (ValueError, OSError):
        return False
