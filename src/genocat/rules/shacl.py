"""SHACL layer (GC8xx): the built RDF checked against shapes, each result placed on its YAML line.

`genocat validate --shacl` builds the submissions' RDF in memory and runs the shapes generated from
the schema, plus the official shape files given with `--shapes` (DCAT-AP 3, HealthDCAT-AP per
access level, GDI). The findings come from genocat.shacl; these declarations give them their codes.
"""

from genocat.findings import Severity
from genocat.rules.registry import declare

declare(
    "GC801",
    "shacl-violation",
    Severity.ERROR,
    "shacl",
    """
    The RDF built from the submission breaks a shape (sh:Violation). The message names the shape
    set, the property and the constraint; the line is that of the YAML key the property comes
    from, or of the record that lacks it.

    Passing: a dataset whose distributions each have an `access_url`.
    Failing: with the HealthDCAT-AP R8 shapes, a NON_PUBLIC dataset without `distributions`
    ("Each dcat:Dataset must have at least one dcat:distribution").
""",
)
declare(
    "GC802",
    "shacl-warning",
    Severity.WARNING,
    "shacl",
    """
    A recommended property is missing or off (sh:Warning), typically from the recommended shape
    files of DCAT-AP and HealthDCAT-AP.

    Passing: a dataset with `temporal` (start and end).
    Failing: with the HealthDCAT-AP recommended shapes, a dataset without `temporal`.
""",
)
declare(
    "GC803",
    "shacl-info",
    Severity.INFO,
    "shacl",
    """
    A shape reports information (sh:Info) about the RDF built from the submission.

    Passing: no sh:Info result.
    Failing: a shape with `sh:severity sh:Info` whose constraint the data does not meet.
""",
)
