"""Horizontal bar charts as SVG, drawn at build time: readable without JavaScript, with a title and a
description for screen readers, and the numbers written beside the bars (and in a table below)."""

from __future__ import annotations

from markupsafe import Markup, escape

BAR_HEIGHT, GAP, LABEL_WIDTH, BAR_WIDTH, NUMBER_WIDTH = 18, 6, 260, 360, 90


def bar_chart(chart_id: str, title: str, counts: list[tuple[str, int]], unit: str) -> Markup:
    """`counts`: (label, value), drawn in the order given."""
    width = LABEL_WIDTH + BAR_WIDTH + NUMBER_WIDTH
    height = max(1, len(counts)) * (BAR_HEIGHT + GAP) + GAP
    top = max((value for _, value in counts), default=0) or 1
    summary = ", ".join(f"{label}: {value:,}" for label, value in counts[:12])
    more = f" and {len(counts) - 12} more" if len(counts) > 12 else ""
    parts = [
        f'<svg class="gc-chart" role="img" aria-labelledby="{chart_id}-t {chart_id}-d" '
        f'viewBox="0 0 {width} {height}" width="100%" preserveAspectRatio="xMinYMin meet" '
        f'xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-t">{escape(title)}</title>',
        f'<desc id="{chart_id}-d">{escape(unit)} per item. {escape(summary)}{more}.</desc>',
    ]
    for index, (label, value) in enumerate(counts):
        y = GAP + index * (BAR_HEIGHT + GAP)
        length = max(1, round(BAR_WIDTH * value / top)) if value else 0
        text = label if len(label) <= 38 else label[:37] + "…"
        parts.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + 13}" text-anchor="end" class="gc-chart__label">{escape(text)}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{length}" height="{BAR_HEIGHT}" class="gc-chart__bar"/>'
            f'<text x="{LABEL_WIDTH + length + 6}" y="{y + 13}" class="gc-chart__value">{value:,}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
