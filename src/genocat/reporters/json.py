"""The library's report object, serialised as-is: the CLI's JSON is exactly `Report.to_dict()`."""

from __future__ import annotations

import json
from collections.abc import Mapping

from genocat.findings import Report
from genocat.rules.registry import Rule


def render(report: Report, rules: Mapping[str, Rule], *, color: bool) -> str:
    """No reshaping here, so the documented schema and the library cannot drift apart."""
    return json.dumps(report.to_dict(), indent=2, sort_keys=False, ensure_ascii=False) + "\n"
