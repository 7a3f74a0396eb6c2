"""The score as plain data: what each dataset earned, what it lacks, and the catalogue summary.

`ScoreReport.to_dict()` is what `genocat score --format json` prints and what other reports embed,
so its keys are kept few and stable (version 1).
"""

from __future__ import annotations

from dataclasses import dataclass, field

DIMENSIONS = ("findability", "accessibility", "interoperability", "reusability", "contextuality")
GENOMIC = "genomic"
MQA_MAX = 405

# data.europa.eu MQA rating bands: the lowest point count of each rating, best first.
BANDS = (("Excellent", 351), ("Good", 221), ("Sufficient", 121), ("Bad", 0))


def rating(points: float) -> str:
    """The MQA rating of a point count (an average is rated like a single dataset)."""
    for name, lowest in BANDS:
        if points >= lowest:
            return name
    return BANDS[-1][0]


def next_band(points: float) -> tuple[str, int] | None:
    """The next better rating and its lowest point count, or None at Excellent."""
    better = [(name, lowest) for name, lowest in BANDS if lowest > points]
    return better[-1] if better else None


@dataclass(frozen=True)
class Gap:
    """Points a dataset does not have: which indicator, how many, and what to add to gain them.

    `checked` is False for the network indicators a run without --check-urls cannot decide.
    """

    indicator: str
    title: str
    dimension: str
    points: int
    field: str
    action: str
    example: str = ""
    distribution: str | None = None
    checked: bool = True
    network: bool = False  # earned only when the URL answers, so only a run with --check-urls can show it
    adds_distribution: bool = False  # the fix is a whole new distribution, not a field

    @property
    def advice(self) -> str:
        """What to do, with an example: `add `temporal` (start/end), e.g. `temporal: {...}``."""
        if not self.checked:
            return f"{self.action} (not checked; run with --check-urls)"
        return f"{self.action}, e.g. `{self.example}`" if self.example else self.action

    @property
    def hint(self) -> str:
        return f"{self.advice}, to gain {self.points} {self.dimension} points"

    def to_dict(self) -> dict:
        return {
            "indicator": self.indicator,
            "dimension": self.dimension,
            "points": self.points,
            "field": self.field,
            "distribution": self.distribution,
            "hint": self.hint,
        }


@dataclass(frozen=True)
class Step:
    """One thing to do on the way to the next rating: an action and the points it brings."""

    action: str
    points: int
    needs_url_check: bool = False
    adds_distribution: bool = False

    def to_dict(self) -> dict:
        return {"action": self.action, "points": self.points, "needs_url_check": self.needs_url_check}


@dataclass(frozen=True)
class Plan:
    """The fewest steps (largest first) that lift a dataset into the next rating."""

    rating: str
    min_points: int
    needed: int
    steps: tuple[Step, ...]
    reachable: bool

    def to_dict(self) -> dict:
        return {
            "rating": self.rating,
            "min_points": self.min_points,
            "needed": self.needed,
            "reachable": self.reachable,
            "steps": [s.to_dict() for s in self.steps],
        }


@dataclass
class DatasetScore:
    path: str
    identifier: str
    node: str
    dimensions: dict[str, tuple[int, int]]  # dimension -> (points, max)
    genomic: tuple[int, int]
    gaps: list[Gap]
    plan: Plan | None

    @property
    def points(self) -> int:
        return sum(points for points, _ in self.dimensions.values())

    @property
    def rating(self) -> str:
        return rating(self.points)

    @property
    def missing(self) -> list[Gap]:
        return [g for g in self.gaps if g.checked]

    @property
    def not_checked(self) -> list[Gap]:
        return [g for g in self.gaps if not g.checked]

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "identifier": self.identifier,
            "node": self.node,
            "mqa": {
                "points": self.points,
                "max": MQA_MAX,
                "rating": self.rating,
                "dimensions": {name: {"points": p, "max": m} for name, (p, m) in self.dimensions.items()},
            },
            "genomic": {"points": self.genomic[0], "max": self.genomic[1]},
            "next_rating": self.plan.to_dict() if self.plan else None,
            "missing": [g.to_dict() for g in self.missing],
            "not_checked": [g.to_dict() for g in self.not_checked],
        }


@dataclass(frozen=True)
class Skipped:
    """A file that could not be read, so it has no score."""

    path: str
    reason: str

    def to_dict(self) -> dict:
        return {"path": self.path, "reason": self.reason}


def _average(values: list[float]) -> float:
    return round(sum(values) / len(values), 1) if values else 0.0


@dataclass
class ScoreReport:
    """Scores of every dataset file, sorted by path, and the catalogue summary."""

    datasets: list[DatasetScore]
    check_urls: bool = False
    skipped: list[Skipped] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.datasets = sorted(self.datasets, key=lambda d: d.path)
        self.skipped = sorted(self.skipped, key=lambda s: s.path)

    @property
    def summary(self) -> dict:
        average = _average([d.points for d in self.datasets])
        nodes: dict[str, list[DatasetScore]] = {}
        for dataset in self.datasets:
            nodes.setdefault(dataset.node, []).append(dataset)
        return {
            "datasets": len(self.datasets),
            "average": average,
            "rating": rating(average),
            "ratings": {name: sum(1 for d in self.datasets if d.rating == name) for name, _ in BANDS},
            "genomic_average": _average([d.genomic[0] for d in self.datasets]),
            "nodes": {
                node: {
                    "datasets": len(members),
                    "average": _average([d.points for d in members]),
                    "rating": rating(_average([d.points for d in members])),
                }
                for node, members in sorted(nodes.items())
            },
        }

    def to_dict(self) -> dict:
        return {
            "version": 1,
            "check_urls": self.check_urls,
            "summary": self.summary,
            "datasets": [d.to_dict() for d in self.datasets],
            "skipped": [s.to_dict() for s in self.skipped],
        }
