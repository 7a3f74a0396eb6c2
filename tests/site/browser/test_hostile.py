"""The hostile catalogue (tests/data/hostile-catalog: `<script>`, onerror=, javascript: and quotes in titles,
descriptions, keywords, names and an access body) on every page type and in every browser view: no payload
runs, the text shows as text, links from metadata stay http(s)/mailto.

These pages are opened with the CSP switched off (`bypass_csp`): the Content-Security-Policy would block an
inline payload anyway, and the point here is that escaping alone keeps them inert."""

from __future__ import annotations

import json

import pytest

from tests.site.browser.conftest import Watch, open_page
from tests.site.browser.helpers import datasets, result_ids, wait_search

HOSTILE_TITLE_PART = '<script>window.__pwned="title"</script>Hostile'
PAGES = [
    "index.html",
    "nodes/gdi-mt-node.html",
    "datasets/GDI-MT-MSIDA-1.html",
    "datasets/GDI-MT-MSIDA-2.html",
    "search/index.html?q=hostile",
    "search/index.html?q=cardiomyopathy",
    "consent/index.html?uses=GENERAL_RESEARCH",
    "basket/index.html",
    "statistics/index.html",
    "compliance/index.html",
    "compliance/gdi-mt-node.html",
]


@pytest.fixture
def open_page_no_csp(browser):
    context = browser.new_context(bypass_csp=True, accept_downloads=True)
    page = context.new_page()
    watch = Watch()
    page.on("dialog", lambda d: (watch.dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: watch.page_errors.append(str(e)))
    page.watch = watch
    yield page
    context.close()


def _pwned(page):
    return page.evaluate("() => window.__pwned === undefined ? null : String(window.__pwned)")


def _fill_basket(page, site):
    ids = [d["id"] for d in datasets(site.folder)]
    open_page(page, site.url("index.html"))
    page.evaluate(
        f"() => {{ localStorage.setItem('genocat.basket', {json.dumps(json.dumps(ids))});"
        " localStorage.setItem('genocat.purpose', JSON.stringify({uses: ['GENERAL_RESEARCH']})); }"
    )
    return ids


@pytest.mark.parametrize("path", PAGES)
def test_no_payload_runs_on_any_page(open_page_no_csp, hostile_site, path):
    page = open_page_no_csp
    _fill_basket(page, hostile_site)
    assert (hostile_site.folder / path.split("?")[0]).is_file(), path
    open_page(page, hostile_site.url(path))
    page.wait_for_load_state("networkidle")
    # hover and click every element that carries a payload's text, in case an attribute got through
    for element in page.query_selector_all("main *:not(a):not(button):not(input):not(select)")[:400]:
        if element.is_visible() and "pwned" in (element.text_content() or ""):
            element.hover()
    assert _pwned(page) is None
    assert page.watch.dialogs == []
    assert page.watch.page_errors == []
    assert (
        page.locator(
            "main script, main img[src=x], main svg[onload], main iframe, main [onerror], "
            "main [onclick], main [onmouseover]"
        ).count()
        == 0
    )
    for href in page.eval_on_selector_all("a[href]", "as => as.map(a => a.href)"):
        assert href.split(":", 1)[0] in ("http", "https", "mailto", "blob"), href


def test_payloads_show_as_text_in_every_view(open_page_no_csp, hostile_site):
    page = open_page_no_csp
    ids = _fill_basket(page, hostile_site)
    demo = {d["id"]: d for d in datasets(hostile_site.folder)}
    title = demo["GDI-MT-MSIDA-1"]["title"]
    assert HOSTILE_TITLE_PART in title

    open_page(page, hostile_site.url("search/index.html?q=hostile"))
    wait_search(page)
    assert result_ids(page) == ["GDI-MT-MSIDA-1"]
    assert page.inner_text(".gc-result-title") == title

    open_page(page, hostile_site.url("consent/index.html?uses=GENERAL_RESEARCH"))
    page.wait_for_selector("#gc-consent[data-state=ready]:not([data-busy])", state="attached")
    assert page.inner_text('.gc-consent-item[data-dataset="GDI-MT-MSIDA-1"] h3') == title

    open_page(page, hostile_site.url("basket/index.html"))
    page.wait_for_selector(".gc-basket-item")
    assert sorted(page.eval_on_selector_all(".gc-basket-item", "is => is.map(i => i.dataset.dataset)")) == sorted(ids)
    hdab = demo["GDI-MT-MSIDA-2"]["access_body"]
    assert page.inner_text(f'.gc-basket-group[data-body="{hdab["key"]}"] h2') == hdab["name"]
    # the request page and the JSON document carry the names unchanged, as data
    page.click(f'.gc-basket-group[data-body="{hdab["key"]}"] .gc-request-link')
    page.wait_for_selector("#gc-request table")
    assert page.inner_text("#gc-request h2") == f"Data access request to {hdab['name']}"
    with page.expect_download() as info:
        page.click("#gc-request .gc-download")
    with open(info.value.path(), encoding="utf-8") as handle:
        doc = json.load(handle)
    assert doc["access_body"]["name"] == hdab["name"]
    assert [d["title"] for d in doc["datasets"]] == [demo["GDI-MT-MSIDA-2"]["title"]]

    open_page(page, hostile_site.url("datasets/GDI-MT-MSIDA-1.html"))
    assert page.inner_text("h1") == title
    page.click(".gc-dataset-actions .gc-basket-toggle")  # remove, then add again: labels built from the title
    assert "Hostile" in page.get_attribute(".gc-dataset-actions .gc-basket-toggle", "aria-label")
    assert _pwned(page) is None
    assert page.watch.dialogs == [] and page.watch.page_errors == []


def test_hostile_pages_under_the_real_csp_have_no_console_errors(page, hostile_site):
    """With the CSP on, a payload that escaped escaping would be reported as a CSP violation: there is none."""
    for path in PAGES:
        open_page(page, hostile_site.url(path))
        page.wait_for_load_state("networkidle")
    assert _pwned(page) is None
    assert page.watch.problems() == []


@pytest.mark.parametrize(
    ("value", "allowed"),
    [
        ("https://hdab.example/apply", True),
        ("http://hdab.example/", True),
        ("mailto:dac@hdab.example", True),
        ("javascript:window.__pwned=1", False),
        (" JavaScript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("vbscript:msgbox(1)", False),
        ("//evil.example/", False),
        ("../datasets/x.html", False),
        ("https://", False),
    ],
)
def test_links_from_metadata_allow_only_http_https_and_mailto(page, hostile_site, value, allowed):
    """dom.js's safeHref, the one gate every metadata link passes (validation already refuses most of these)."""
    open_page(page, hostile_site.url("index.html"))
    result = page.evaluate("async (v) => (await import('./assets/js/dom.js')).safeHref(v)", value)
    assert (result is not None) == allowed, result


@pytest.mark.parametrize("sort", ["individuals-desc", "individuals-asc", "issued-desc"])
def test_a_dataset_without_a_count_stays_listed_when_sorting_and_leaves_any_range(page, hostile_site, sort):
    """GDI-MT-MSIDA-2 states no number of individuals (Pagefind leaves pages without the sort key out)."""
    counts = {d["id"]: d["individuals"] for d in datasets(hostile_site.folder)}
    assert counts["GDI-MT-MSIDA-2"] is None and counts["GDI-MT-MSIDA-1"] is not None
    open_page(page, hostile_site.url(f"search/index.html?sort={sort}"))
    wait_search(page)
    shown = result_ids(page)
    assert sorted(shown) == sorted(counts)
    if sort.startswith("individuals"):
        assert shown[-1] == "GDI-MT-MSIDA-2"  # the unknown count comes after the known ones
        open_page(page, hostile_site.url(f"search/index.html?sort={sort}&min=0"))
        wait_search(page)
        assert result_ids(page) == ["GDI-MT-MSIDA-1"]
