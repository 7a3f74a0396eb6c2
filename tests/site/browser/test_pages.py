"""Every page type of the demo site in Chromium: no console error, no request to another host, no serious or
critical axe-core violation, screenshots as artefacts; the dataset page's JSON-LD (pyld) and its content
with JavaScript off."""

from __future__ import annotations

import json

import pytest
from pyld import jsonld

from tests.site.browser.conftest import open_page, screenshot
from tests.site.browser.helpers import datasets

DATASET = "GDI-IT-MILANO-1"
# page type -> path in the demo site (checked to exist, so a renamed page fails here rather than passing)
PAGES = {
    "home": "index.html",
    "node": "nodes/gdi-it-node.html",
    "dataset": f"datasets/{DATASET}.html",
    "search": "search/index.html?q=cancer",
    "consent": "consent/index.html?uses=DISEASE_RESEARCH&commercial=false&organisation_type=NOT_FOR_PROFIT",
    "basket": "basket/index.html",
    "request": "basket/request.html?body=italian-health-data-access-body",
    "statistics": "statistics/index.html",
    "compliance": "compliance/index.html",
    "compliance-node": "compliance/gdi-it-node.html",
    "guides": "guides/index.html",
    "reference": "reference/index.html",
}
SCREENSHOTS = {"home", "search", "consent", "basket", "dataset", "request"}
SCHEMA_CONTEXT = {"@context": {"@vocab": "https://schema.org/"}}


def _with_basket(page, site) -> None:
    """A basket and a purpose, so the basket and request pages show their full content."""
    open_page(page, site.url("index.html"))
    page.evaluate("""() => {
        localStorage.setItem('genocat.basket',
                             JSON.stringify(['GDI-IT-MILANO-1', 'GOE-IT-BOLOGNA-1', 'GDI-MT-MSIDA-2']));
        localStorage.setItem('genocat.purpose', JSON.stringify({uses: ['DISEASE_RESEARCH'], commercial: false,
                                                                 organisation_type: 'NOT_FOR_PROFIT'}));
    }""")


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_page_type_loads_cleanly_and_is_accessible(page, demo_site, kind):
    from axe_playwright_python.sync_playwright import Axe

    path = PAGES[kind]
    assert (demo_site.folder / path.split("?")[0]).is_file(), path
    _with_basket(page, demo_site)
    open_page(page, demo_site.url(path))
    if kind in ("search", "consent"):
        page.wait_for_selector(f"#gc-{kind}[data-state=ready]:not([data-busy])", state="attached")
    page.wait_for_load_state("networkidle")
    if kind in SCREENSHOTS:
        assert screenshot(page, kind).stat().st_size > 10_000
    assert page.watch.problems() == []
    results = Axe().run(page)
    bad = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert bad == []


def _jsonld(html: str) -> dict:
    start = html.index('<script type="application/ld+json">') + len('<script type="application/ld+json">')
    return json.loads(html[start : html.index("</script>", start)])


def _offline_loader(url, options=None):
    """schema.org's context stood in by its vocabulary (tests have no network; every term is schema.org's)."""
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {
            "contentType": "application/ld+json",
            "contextUrl": None,
            "documentUrl": url,
            "document": SCHEMA_CONTEXT,
        }
    raise jsonld.JsonLdError(f"no network in tests: {url}", "loading document failed")


def test_dataset_json_ld_parses_with_the_properties_dataset_search_reads(demo_site):
    demo = {d["id"]: d for d in datasets(demo_site.folder)}
    options = {"documentLoader": _offline_loader}
    s = "https://schema.org/"
    with_licence = []
    for dataset_id, record in demo.items():  # every dataset page of the demo (57), not a sample
        html = (demo_site.folder / record["url"]).read_text(encoding="utf-8")
        expanded = jsonld.expand(_jsonld(html), options)
        assert len(expanded) == 1, dataset_id
        node = expanded[0]
        assert node["@type"] == [s + "Dataset"], dataset_id
        for prop in (
            "name",
            "description",
            "identifier",
            "creator",
            "keywords",
            "spatialCoverage",
            "temporalCoverage",
            "distribution",
        ):
            assert node.get(s + prop), (dataset_id, prop)
        assert 50 <= len(node[s + "description"][0]["@value"]) <= 5000, dataset_id
        assert node[s + "name"][0]["@value"] == record["title"]
        if node.get(s + "license"):
            with_licence.append(dataset_id)
        compacted = jsonld.compact(expanded, SCHEMA_CONTEXT, options)
        assert compacted["name"] == record["title"]
        assert dataset_id in json.dumps(compacted["identifier"])
        # the page also links its DCAT files for harvesters
        for kind in ("text/turtle", "application/ld+json", "application/rdf+xml"):
            assert f'rel="alternate" type="{kind}"' in html, (dataset_id, kind)
    # the licence is given where the submission states one (the Genome of Europe shares do)
    assert "GOE-IT-BOLOGNA-1" in with_licence


def test_dataset_page_is_complete_without_javascript(browser, demo_site):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(demo_site.url(PAGES["dataset"]))
        demo = {d["id"]: d for d in datasets(demo_site.folder)}
        text = page.inner_text("main")
        record = demo[DATASET]
        for expected in (
            record["title"],
            record["access_body"]["name"],
            record["country_label"],
            "Data use conditions",
            "How to apply",
        ):
            assert expected in text, expected
        assert page.locator("[lang]:not(html)").count() >= 1  # the national-language title or description
        for suffix in (".ttl", ".jsonld", ".rdf"):
            assert page.locator(f'a[href$="{DATASET}{suffix}"]').count() >= 1, suffix
    finally:
        context.close()


@pytest.mark.parametrize(
    ("path", "target"), [("search/index.html", "input[name=q]"), ("basket/index.html", ".gc-button")]
)
def test_keyboard_focus_is_visible(page, demo_site, path, target):
    _with_basket(page, demo_site)
    open_page(page, demo_site.url(path))
    page.wait_for_selector(target)
    for _ in range(60):  # Tab through the page until the control has the focus
        page.keyboard.press("Tab")
        if page.evaluate(f"() => document.activeElement.matches({json.dumps(target)})"):
            break
    else:
        pytest.fail(f"Tab never reached {target}")
    style = page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, s.outlineWidth, s.boxShadow]; }"
    )
    outline_style, outline_width, shadow = style
    assert (outline_style != "none" and outline_width != "0px") or shadow != "none", style
