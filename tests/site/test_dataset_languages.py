"""Dataset pages show a publisher's name and the population coverage in the national language beside the
English, each text in an element with its `lang`, as titles are."""

from __future__ import annotations

from genocat.site import fields
from tests.site.test_pages import Tags, read

DEBRECEN = "datasets/GOE-HU-DEBRECEN-1.html"


def _shown(rows: list[dict]) -> dict:
    return {row["slot"]: row["values"] for row in rows}


def test_a_translation_is_shown_in_the_row_of_its_english_text():
    data = {
        "population_coverage": "Adults",
        "population_coverage_translated": {"fi": "Aikuiset", "hu": "Felnőttek"},
        "publisher": {"name": "Semmelweis University", "name_translated": {"hu": "Semmelweis Egyetem"}},
    }
    shown = _shown(fields.rows("Dataset", data))
    assert set(shown) == {"population_coverage", "publisher"}
    assert shown["population_coverage"] == [
        {
            "texts": [
                {"text": "Adults", "lang": "en"},
                {"text": "Aikuiset", "lang": "fi"},
                {"text": "Felnőttek", "lang": "hu"},
            ]
        }
    ]
    [publisher] = shown["publisher"]
    assert _shown(publisher["rows"]) == {
        "name": [
            {"texts": [{"text": "Semmelweis University", "lang": "en"}, {"text": "Semmelweis Egyetem", "lang": "hu"}]}
        ]
    }


def test_a_translation_without_english_and_translated_keywords_keep_their_own_rows():
    data = {
        "population_coverage_translated": {"hu": "Felnőttek"},
        "keywords": ["exome", "rare disease"],
        "keywords_translated": {"hu": ["exom", "exomszekvenálás"]},
    }
    shown = _shown(fields.rows("Dataset", data))
    assert shown == {
        "keywords": [{"text": "exome"}, {"text": "rare disease"}],
        "keywords_translated": [{"texts": [{"text": "exom, exomszekvenálás", "lang": "hu"}]}],
        "population_coverage_translated": [{"texts": [{"text": "Felnőttek", "lang": "hu"}]}],
    }


def test_the_demo_page_shows_the_hungarian_publisher_name_and_coverage(site):
    tags = Tags(read(site, DEBRECEN))
    text = " ".join(tags.text)
    assert tags.find("span", lang="hu") and tags.find("span", lang="en")
    assert "Debreceni Populációgenetikai Intézet" in text
    assert "a mintavételkor 18–90 évesek" in text
    assert "translated" not in text.lower()


def test_search_finds_a_dataset_by_its_texts_in_every_language():
    from genocat.site.dataset_pages import search_text

    entry = {"diseases": [], "data_categories": [], "platforms": [], "node_title": "Hungary node", "id": "HU-1"}
    data = {
        "title": {"en": "Cohort", "hu": "Kohorsz"},
        "description": {"en": "Adults with rare disease.", "hu": "Ritka betegségben szenvedő felnőttek."},
        "keywords": ["rare disease"],
        "keywords_translated": {"hu": ["ritka betegség"]},
        "publisher": {"name": "Semmelweis University", "name_translated": {"hu": "Semmelweis Egyetem"}},
        "population_coverage": "Adults",
        "population_coverage_translated": {"hu": "Felnőttek"},
    }
    parts = search_text(entry, data).split(" · ")
    assert parts[0] == "Adults with rare disease."  # results quote the English description
    for wanted in ("Kohorsz", "ritka betegség", "Semmelweis Egyetem", "Felnőttek", "HU-1"):
        assert wanted in parts
    # the long national description comes last, so cutting the text to size drops it before the short parts
    assert parts[-1] == "Ritka betegségben szenvedő felnőttek."
