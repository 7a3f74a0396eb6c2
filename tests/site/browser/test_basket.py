"""The access-request basket in Chromium: kept across page loads, grouped by access body, one request per
body (printable page, JSON document, mailto link)."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from genocat.consent import match
from genocat.matching import conditions_of
from tests.conftest import CATALOG
from tests.site.browser.conftest import open_page
from tests.site.browser.helpers import datasets, result_ids, wait_search

PICKED = ["GDI-IT-MILANO-1", "GOE-IT-BOLOGNA-1", "GDI-MT-MSIDA-2"]  # two Italian, one Maltese dataset
PURPOSE = {"uses": ["DISEASE_RESEARCH"], "commercial": False, "organisation_type": "NOT_FOR_PROFIT"}


def test_basket_keeps_datasets_across_page_loads_and_groups_them_by_body(page, demo_site):
    demo = {d["id"]: d for d in datasets(demo_site.folder)}
    for dataset_id in PICKED[:2]:
        open_page(page, demo_site.url(demo[dataset_id]["url"]))
        page.click(f'.gc-dataset-actions .gc-basket-toggle[data-dataset="{dataset_id}"]')
        assert page.get_attribute(".gc-dataset-actions .gc-basket-toggle", "aria-pressed") == "true"
    # a third one from the search results
    open_page(page, demo_site.url("search/index.html?q=cardiomyopathy"))
    wait_search(page)
    assert PICKED[2] in result_ids(page)
    page.click(f'.gc-result[data-dataset="{PICKED[2]}"] .gc-basket-toggle')
    assert page.inner_text("#gc-basket-count") == "3"

    page.reload()
    page.wait_for_selector("body[data-gc-ready]", state="attached")
    assert page.inner_text("#gc-basket-count") == "3"
    assert json.loads(page.evaluate("() => localStorage.getItem('genocat.basket')")) == PICKED

    open_page(page, demo_site.url("basket/index.html"))
    page.wait_for_selector(".gc-basket-group")
    groups = page.eval_on_selector_all(
        ".gc-basket-group[data-body]",
        "gs => gs.map(g => [g.dataset.body, [...g.querySelectorAll('.gc-basket-item')].map(i => i.dataset.dataset)])",
    )
    expected: dict[str, list[str]] = {}
    for dataset_id in PICKED:
        expected.setdefault(demo[dataset_id]["access_body"]["key"], []).append(dataset_id)
    assert {key: ids for key, ids in groups} == expected
    assert len(groups) == 2
    kinds = {demo[i]["access_body"]["kind"] for i in PICKED}
    shown = " ".join(page.locator(".gc-body-contact").all_inner_texts())
    words = {"HDAB": "health data access body (HDAB)", "DAC": "data access committee", "data holder": "the data holder"}
    for kind in kinds:  # the body's kind in words, not the request's code
        assert f"Grants access as: {words[kind]}" in shown
    assert "Kind:" not in shown

    # remove one on the basket page: the count and the stored list follow
    page.click(f'.gc-basket-item[data-dataset="{PICKED[1]}"] .gc-basket-remove')
    page.wait_for_selector(f'.gc-basket-item[data-dataset="{PICKED[1]}"]', state="detached")
    assert page.inner_text("#gc-basket-count") == "2"
    assert json.loads(page.evaluate("() => localStorage.getItem('genocat.basket')")) == [PICKED[0], PICKED[2]]
    assert page.watch.problems() == []


def test_request_per_body_json_mailto_and_printable_page(page, demo_site):
    demo = {d["id"]: d for d in datasets(demo_site.folder)}
    conditions = conditions_of(CATALOG)
    open_page(page, demo_site.url("index.html"))
    page.evaluate(
        f"() => {{ localStorage.setItem('genocat.basket', {json.dumps(json.dumps(PICKED))});"
        f" localStorage.setItem('genocat.purpose', {json.dumps(json.dumps(PURPOSE))}); }}"
    )
    open_page(page, demo_site.url("basket/index.html"))
    body = demo[PICKED[0]]["access_body"]
    group = page.locator(f'.gc-basket-group[data-body="{body["key"]}"]')
    group.wait_for()

    with page.expect_download() as info:
        group.locator(".gc-download").click()
    download = info.value
    assert download.suggested_filename == f"access-request-{body['key']}.json"
    doc = json.loads(Path(download.path()).read_text(encoding="utf-8"))
    assert doc["format"] == "genocat-access-request/1"
    assert doc["access_body"] == {k: body.get(k) for k in ("key", "name", "kind", "email", "url", "apply_url")}
    assert doc["purpose"] == PURPOSE
    italian = [i for i in PICKED if demo[i]["access_body"]["key"] == body["key"]]
    assert [d["identifier"] for d in doc["datasets"]] == italian
    for entry in doc["datasets"]:
        source = demo[entry["identifier"]]
        expected = match(conditions[entry["identifier"]], PURPOSE)
        assert entry["iri"] == source["iri"]
        assert entry["title"] == source["title"]
        assert entry["page"] == demo_site.url(source["url"])
        assert entry["conditions"] == {
            "permission": source["permission"],
            "modifiers": source["modifiers"],
            "diseases": source["diseases"],
        }
        assert entry["decision"] == expected.outcome.value
        assert entry["reasons"] == [r.to_dict() for r in expected.reasons]

    mailto = group.locator("a[href^='mailto:']").last.get_attribute("href")
    parts = urlsplit(mailto)
    assert parts.path == body["email"]
    mail_body = parse_qs(parts.query)["body"][0]
    for dataset_id in italian:
        assert dataset_id in mail_body and demo[dataset_id]["iri"] in mail_body
    assert "Data access request" in unquote(parse_qs(parts.query)["subject"][0])

    group.locator(".gc-request-link").click()
    page.wait_for_selector("#gc-request table")
    assert f"body={body['key']}" in page.url
    rows = page.eval_on_selector_all("#gc-request tbody tr", "rows => rows.map(r => r.cells[1].textContent)")
    assert [any(i in row for i in italian) for row in rows] == [True] * len(italian)
    assert len(rows) == len(italian)
    assert body["name"] in page.inner_text("#gc-request h2")
    assert "Research uses" in page.inner_text("#gc-request dl")
    assert page.watch.problems() == []
