"""What rules may know beyond one document: the configuration and the date of the run."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Context:
    today: date = field(default_factory=date.today)
    small_cell_threshold: int = 10
