"""Small readers shared by the browser tests: the built site's dataset summary and what a view shows."""

from __future__ import annotations

import json
from pathlib import Path


def datasets(folder: Path) -> list[dict]:
    """data/datasets.json of a built site (the summary site-core writes for the browser)."""
    return json.loads((folder / "data" / "datasets.json").read_text(encoding="utf-8"))["datasets"]


def result_ids(page) -> list[str]:
    """Dataset ids in the search results, in the order shown (after every result page is loaded)."""
    while page.locator(".gc-more:visible").count():
        before = page.locator(".gc-result").count()
        page.click(".gc-more")
        page.wait_for_selector(f".gc-results > li:nth-child({before + 1})", state="attached")
    return page.eval_on_selector_all(".gc-result", "items => items.map(i => i.dataset.dataset)")


def wait_search(page) -> int:
    """Wait for the search view to settle; the number of results the live region announces."""
    # a CSS wait: the site's CSP forbids the eval that wait_for_function needs
    page.wait_for_selector("#gc-search[data-state=ready]:not([data-busy])", state="attached")
    text = page.inner_text(".gc-result-count")
    return int(text.split()[0])


def facet_counts(page, facet: str) -> dict[str, int]:
    """{value: count} shown in one facet."""
    rows = page.eval_on_selector_all(
        f'.gc-facet[data-facet="{facet}"] li',
        "items => items.map(li => [li.querySelector('input').value, li.querySelector('.gc-facet-count').textContent])",
    )
    return {value: int(count.strip("()")) for value, count in rows}
