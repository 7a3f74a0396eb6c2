"""The score for people: per file the rating, the way to the next rating, and every missing point."""

from __future__ import annotations

from genocat.score.model import BANDS, MQA_MAX, DatasetScore, Gap, Plan, ScoreReport

DIMENSION_WIDTH = len("interoperability")


def _gap_line(gap: Gap, with_dimension: bool = True) -> str:
    dimension = f"{gap.dimension:<{DIMENSION_WIDTH}}  " if with_dimension else ""
    return f"    +{gap.points:<3} {dimension}{gap.title}: {gap.advice if gap.checked else gap.action}"


def _plan_lines(plan: Plan) -> list[str]:
    head = f"  to reach {plan.rating} ({plan.min_points} points, {plan.needed} more):"
    if not plan.reachable:
        head += " not reachable with the gaps below alone"
    steps = [
        f"    {step.action} (+{step.points}{', needs --check-urls' if step.needs_url_check else ''})"
        for step in plan.steps
    ]
    return [head, *steps]


def _dataset_block(score: DatasetScore) -> list[str]:
    title = f"{score.path}  {score.identifier}".rstrip()
    dims = " · ".join(f"{name} {points}/{maximum}" for name, (points, maximum) in score.dimensions.items())
    lines = [title, f"  MQA {score.points}/{MQA_MAX} {score.rating}: {dims}"]
    if score.plan is not None:
        lines.extend(_plan_lines(score.plan))
    mqa_missing = [g for g in score.missing if g.dimension != "genomic"]
    if mqa_missing:
        lines.append("  missing:")
        lines.extend(_gap_line(g) for g in mqa_missing)
    if score.not_checked:
        lines.append("  not checked (run with --check-urls):")
        lines.extend(_gap_line(g) for g in score.not_checked)
    genomic_missing = [g for g in score.missing if g.dimension == "genomic"]
    points, maximum = score.genomic
    if genomic_missing:
        lines.append(f"  genomic {points}/{maximum}, missing:")
        lines.extend(_gap_line(g, with_dimension=False) for g in genomic_missing)
    else:
        lines.append(f"  genomic {points}/{maximum}")
    return lines


def _summary(report: ScoreReport) -> list[str]:
    summary = report.summary
    count = summary["datasets"]
    ratings = " · ".join(f"{name} {summary['ratings'][name]}" for name, _ in BANDS)
    lines = [
        f"{count} dataset{'s' if count != 1 else ''}: average MQA {summary['average']}/{MQA_MAX} "
        f"({summary['rating']}), genomic average {summary['genomic_average']}; {ratings}"
    ]
    if not report.check_urls:
        lines.append("URLs were not checked: the accessibility points for reachable URLs need --check-urls.")
    nodes = summary["nodes"]
    width = max([len("node"), *(len(n) for n in nodes)])
    lines.append(f"{'node'.ljust(width)}  datasets  average  rating")
    for node, row in nodes.items():
        lines.append(f"{node.ljust(width)}  {row['datasets']:>8}  {row['average']:>7}  {row['rating']}")
    return lines


def render(report: ScoreReport) -> str:
    """One block per dataset file (sorted by path), unreadable files, then the catalogue summary."""
    blocks = ["\n".join(_dataset_block(score)) for score in report.datasets]
    if report.skipped:
        blocks.append(
            "\n".join(
                ["not scored (the file could not be read):"] + [f"  {s.path}: {s.reason}" for s in report.skipped]
            )
        )
    blocks.append("\n".join(_summary(report)))
    return "\n\n".join(blocks) + "\n"
