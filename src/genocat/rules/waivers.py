"""Configuration layer: findings about the waivers file itself (GC9xx). `genocat.waivers` produces them."""

from genocat.findings import Severity
from genocat.rules.registry import declare

declare(
    "GC901",
    "expired-waiver",
    Severity.WARNING,
    "configuration",
    """
    A waiver in the waivers file has passed its `expires` date. It no longer waives anything, so the
    findings it covered are reported again; the finding points at the waiver's line.

    Passing: `expires: 2099-12-31` (a waiver still in force)
    Failing: `expires: 2020-01-31` (renew the waiver with a new date and reason, or remove it)
""",
)
declare(
    "GC902",
    "unused-waiver",
    Severity.INFO,
    "configuration",
    """
    A waiver whose dataset or files were validated in this run waived no finding: the problem was
    fixed, or the rule code, dataset or path is wrong. Remove the waiver or correct it.

    Passing: a waiver of GC601 for a dataset that has a small cell.
    Failing: a waiver of GC601 for a dataset whose counts are all at least 10.
""",
)
