""" "May I use it?" in Chromium over the demo site. The expected decisions and reasons come from the Python
matcher (genocat.consent.match) on the demo submissions: an independent implementation of the same rules."""

from __future__ import annotations

import json

import pytest

from genocat.consent import match
from genocat.matching import conditions_of
from tests.conftest import CATALOG
from tests.site.browser.conftest import open_page
from tests.site.browser.helpers import result_ids, wait_search

PURPOSES = {
    "breast-cancer-academic": {
        "uses": ["DISEASE_RESEARCH"],
        "diseases": ["MONDO:0007254"],
        "commercial": False,
        "organisation_type": "NOT_FOR_PROFIT",
        "country": "DE",
        "ethics_approval": True,
        "accepts": ["PUBLICATION", "COLLABORATION"],
    },
    "ancestry": {"uses": ["POPULATION_ANCESTRY"], "country": "NO"},
    "sensitive-children": {
        "uses": ["DISEASE_RESEARCH"],
        "diseases": ["MONDO:0007254"],
        "sensitive_topics": ["CHILDREN"],
    },
    "nothing-said": {},
    "biotech": {
        "uses": ["HEALTH_MEDICAL_BIOMEDICAL", "METHODS_DEVELOPMENT"],
        "commercial": True,
        "organisation_type": "FOR_PROFIT",
        "duration_months": 6,
        "publication_date": "2027-06-01",
    },
}
LABELS = {"permitted": "Permitted", "needs_review": "Needs review", "not_permitted": "Not permitted"}
FLIP = "GDI-IT-MILANO-1"  # HMB with NPU and NCU: the organisation type alone decides


@pytest.fixture(scope="module")
def conditions():
    return conditions_of(CATALOG)


def consent_url(site, purpose: dict) -> str:
    from urllib.parse import urlencode

    params = {
        k: ",".join(v) if isinstance(v, list) else str(v).lower() if isinstance(v, bool) else str(v)
        for k, v in purpose.items()
    }
    return site.url("consent/index.html" + ("?" + urlencode(params) if params else ""))


def shown_answers(page) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    """{dataset id: (decision, [(condition, outcome class, text)])} as the consent view shows them."""
    return {
        item["id"]: (item["decision"], [tuple(r) for r in item["reasons"]])
        for item in page.eval_on_selector_all(
            ".gc-consent-item",
            """items => items.map(li => ({id: li.dataset.dataset,
                 decision: li.closest('[data-decision]').dataset.decision,
                 reasons: [...li.querySelectorAll('.gc-reason')].map(r => [
                   r.querySelector('.gc-reason-condition').textContent,
                   [...r.classList].find(c => c.startsWith('gc-reason--')).slice(11),
                   r.textContent])}))""",
        )
    }


def wait_consent(page) -> None:
    page.wait_for_selector("#gc-consent[data-state=ready]:not([data-busy])", state="attached")


@pytest.mark.parametrize("name", sorted(PURPOSES))
def test_decisions_and_reasons_match_the_python_matcher(page, demo_site, conditions, name):
    purpose = PURPOSES[name]
    open_page(page, consent_url(demo_site, purpose))
    wait_consent(page)
    if not purpose:  # nothing said: the researcher submits the empty form
        page.click("text=Show which datasets I may use")
        wait_consent(page)
    shown = shown_answers(page)
    assert sorted(shown) == sorted(conditions)
    for dataset_id, raw in conditions.items():
        expected = match(raw, purpose)
        decision, reasons = shown[dataset_id]
        assert decision == expected.outcome.value, dataset_id
        assert reasons == [
            (r.condition, r.outcome.value, f"{r.condition}: {r.reason} ({LABELS[r.outcome.value]})")
            for r in expected.reasons
        ], dataset_id
    assert page.watch.problems() == []


def test_for_profit_turns_permitted_into_not_permitted(page, demo_site):
    purpose = {"uses": ["DISEASE_RESEARCH"], "commercial": False, "organisation_type": "NOT_FOR_PROFIT"}
    open_page(page, consent_url(demo_site, purpose))
    wait_consent(page)
    decision, reasons = shown_answers(page)[FLIP]
    assert (decision, [r[:2] for r in reasons]) == (
        "permitted",
        [("HMB", "permitted"), ("NPU", "permitted"), ("NCU", "permitted")],
    )
    # the researcher moves to a start-up: change the form, submit
    page.select_option("select[name=organisation_type]", "FOR_PROFIT")
    page.click("text=Show which datasets I may use")
    wait_consent(page)
    decision, reasons = shown_answers(page)[FLIP]
    assert (decision, [r[:2] for r in reasons]) == (
        "not_permitted",
        [("HMB", "permitted"), ("NPU", "not_permitted"), ("NCU", "permitted")],
    )
    reason_text = page.locator(f'.gc-consent-item[data-dataset="{FLIP}"] .gc-reason--not_permitted').inner_text()
    assert reason_text.startswith("NPU:")
    assert "organisation_type=FOR_PROFIT" in page.url
    stored = json.loads(page.evaluate("() => localStorage.getItem('genocat.purpose')"))
    assert stored["organisation_type"] == "FOR_PROFIT"


def test_a_sensitive_topic_ticked_in_the_form_reaches_the_url_and_the_reasons(page, demo_site):
    open_page(page, consent_url(demo_site, {"uses": ["GENERAL_RESEARCH"]}))
    wait_consent(page)
    assert shown_answers(page)["GOE-EE-TARTU-1"][0] == "permitted"  # GRU
    page.get_by_label("research on children").check()
    page.click("text=Show which datasets I may use")
    wait_consent(page)
    assert "sensitive_topics=CHILDREN" in page.url
    decision, reasons = shown_answers(page)["GOE-EE-TARTU-1"]
    assert decision == "needs_review"
    assert [r[:2] for r in reasons][-1] == ("SENSITIVE", "needs_review")
    assert page.watch.problems() == []


def test_the_country_is_picked_by_name_or_typed_as_its_code(page, demo_site):
    open_page(page, consent_url(demo_site, {"uses": ["GENERAL_RESEARCH"]}))
    wait_consent(page)
    box = page.get_by_label("Country where the data will be used")
    assert box.get_attribute("list") == "gc-countries"
    assert page.locator('#gc-countries option[value="DE"]').inner_text() == "Germany"
    box.fill("germany")  # the name as typed, not picked from the suggestions
    page.click("text=Show which datasets I may use")
    wait_consent(page)
    assert "country=DE" in page.url
    box.fill("us")  # any country by its code, listed or not
    page.click("text=Show which datasets I may use")
    wait_consent(page)
    assert "country=US" in page.url
    assert page.watch.problems() == []


def test_input_errors_are_shown_to_the_researcher(page, demo_site):
    open_page(page, demo_site.url("consent/index.html?duration_months=-3"))
    alert = page.locator("#gc-consent [role=alert]")
    alert.wait_for()
    assert "'duration_months' must not be negative" in alert.inner_text()
    assert page.locator(".gc-consent-item").count() == 0
    assert page.evaluate("() => localStorage.getItem('genocat.purpose')") is None
    page.fill("input[name=duration_months]", "12")
    page.click("text=Show which datasets I may use")
    wait_consent(page)
    assert alert.inner_text() == ""
    assert page.locator(".gc-consent-item").count() > 0


def test_disease_combobox_is_keyboard_usable(page, demo_site):
    open_page(page, demo_site.url("consent/index.html"))
    wait_consent(page)
    box = page.locator("input[role=combobox]")
    box.focus()
    page.keyboard.type("breast canc")
    page.wait_for_selector("[role=listbox] [role=option]")
    assert box.get_attribute("aria-expanded") == "true"
    options = page.locator("[role=option]").all_inner_texts()
    assert "breast cancer (MONDO:0007254)" in options
    target = options.index("breast cancer (MONDO:0007254)")
    for _ in range(target):
        page.keyboard.press("ArrowDown")
    active = box.get_attribute("aria-activedescendant")
    assert page.locator(f"#{active}").inner_text() == "breast cancer (MONDO:0007254)"
    page.keyboard.press("Enter")
    chosen = [" ".join(text.split()) for text in page.locator(".gc-chosen li").all_inner_texts()]
    assert chosen == ["breast cancer (MONDO:0007254) Remove"]
    page.check("text=disease research")
    page.click("text=Show which datasets I may use")
    wait_consent(page)
    assert "diseases=MONDO%3A0007254" in page.url or "diseases=MONDO:0007254" in page.url


def test_the_stored_purpose_shows_decisions_in_search_results_and_on_dataset_pages(page, demo_site, conditions):
    purpose = {"uses": ["DISEASE_RESEARCH"], "commercial": False, "organisation_type": "FOR_PROFIT"}
    open_page(page, consent_url(demo_site, purpose))
    wait_consent(page)
    expected = {i: match(raw, purpose).outcome.value for i, raw in conditions.items()}

    open_page(page, demo_site.url(f"datasets/{FLIP}.html"))
    actions = page.locator(f'.gc-dataset-actions[data-dataset="{FLIP}"]')
    actions.locator(".gc-badge").wait_for()
    assert "Not permitted" in actions.locator(".gc-badge").inner_text()
    assert "NPU" in actions.locator(".gc-reasons").text_content()

    open_page(page, demo_site.url("search/index.html?q=cancer"))
    wait_search(page)
    ids = result_ids(page)
    page.wait_for_selector(".gc-result .gc-decision .gc-badge")
    for dataset_id in ids:
        badge = page.locator(f'.gc-result[data-dataset="{dataset_id}"] .gc-decision .gc-badge')
        assert badge.inner_text() == LABELS[expected[dataset_id]], dataset_id

    open_page(page, demo_site.url("index.html"))
    slots = page.locator(".gc-decision[data-dataset]")
    if slots.count():
        page.wait_for_selector(".gc-decision .gc-badge")
        for slot in slots.all():
            assert slot.inner_text() == LABELS[expected[slot.get_attribute("data-dataset")]]
