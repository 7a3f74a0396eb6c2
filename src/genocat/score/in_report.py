"""The quality score as a field of every validation report: compact, from what validation has anyway.

Each dataset is scored where it is checked (in the worker, cached with its findings) as if it had no
error; the report then takes the DCAT-AP compliance points away from files that do have errors after
configuration and waivers, exactly as `genocat score` decides them. Nothing is read twice.
"""

from __future__ import annotations

from genocat.findings import Finding, Severity
from genocat.load import Document
from genocat.score.engine import score_document
from genocat.score.model import MQA_MAX, rating
from genocat.score.mqa import INDICATORS

COMPLIANCE = next(i.points for i in INDICATORS if i.key == "dcat_ap_compliance")


def file_score(doc: Document) -> dict | None:
    """A dataset's points, assuming it validates (see the module docstring); None for other files."""
    if doc.kind != "dataset":
        return None
    try:
        score = score_document(doc)
    except (TypeError, AttributeError, ValueError, KeyError):
        return None  # a value of the wrong type: the structure layer has reported it
    return {"points": score.points, "genomic": score.genomic[0], "genomic_max": score.genomic[1], "node": score.node}


def report_field(scores: dict[str, dict], findings: list[Finding]) -> dict:
    """The `score` field: average and rating, and points per dataset file."""
    with_errors = {f.path for f in findings if f.severity is Severity.ERROR}
    datasets = {}
    for path, score in sorted(scores.items()):
        points = score["points"] - (COMPLIANCE if path in with_errors else 0)
        datasets[path] = {"points": points, "rating": rating(points), "genomic": score["genomic"]}
    average = round(sum(d["points"] for d in datasets.values()) / len(datasets), 1) if datasets else 0.0
    return {
        "max": MQA_MAX,
        "average": average,
        "rating": rating(average),
        "datasets": datasets,
        "details": "genocat score PATHS shows what each dataset lacks",
    }
