"""The translation maps beside an English text (`name_translated`, `population_coverage_translated`, a table's
`keywords_translated`) get the rules every language map gets: known language codes only, text (or a list of
keywords) per language, no control characters, no YAML tags. One valid and one invalid example per case,
asserting (code, line)."""

from __future__ import annotations

import pytest

from genocat.validator import validate
from tests.conftest import DATA

BASE = (DATA / "valid" / "gdi-hu-semmelweis-1.yaml").read_text(encoding="utf-8")
NAME = "  name: Semmelweis Genomics Centre (demo)\n"
COVERAGE = "population_coverage: Patients"
COVERAGE_LINES = next(
    line + "\n" for line in BASE.splitlines() if line.startswith(COVERAGE)
)  # one line in the base file: the whole English field
TABLES = "has_structured_data: false\n"
TABLE = """has_structured_data: true
variables:
  title: {en: Variables}
  tables:
  - title: {en: Participants}
    keywords: [participants]
    KEYWORDS
    columns:
    - {name: age, title: {en: Age}, description: {en: Age at sampling}, datatype: integer}
"""

# (case, text of the valid base, replacement, the finding expected as (code, text that starts its line), or None)
CASES = [
    ("name-valid", NAME, NAME + "  name_translated:\n    hu: Semmelweis Genomikai Központ\n", None),
    ("name-english-key", NAME, NAME + "  name_translated:\n    en: Semmelweis Centre\n", ("GC202", "    en:")),
    ("name-unknown-language", NAME, NAME + "  name_translated:\n    hungarian: Központ\n", ("GC202", "    hungarian:")),
    ("name-list-not-text", NAME, NAME + "  name_translated:\n    hu: [Semmelweis, Központ]\n", ("GC203", "    hu:")),
    ("name-text-not-map", NAME, NAME + "  name_translated: Semmelweis Központ\n", ("GC203", "  name_translated:")),
    ("name-control-char", NAME, NAME + '  name_translated:\n    hu: "Semmelweis\\x0b Központ"\n', ("GC311", "    hu:")),
    ("name-unsafe-tag", NAME, NAME + '  name_translated:\n    hu: !!python/name:os.system ""\n', ("GC105", "    hu:")),
    ("coverage-valid", COVERAGE, "population_coverage_translated: {hu: Betegek}\n" + COVERAGE, None),
    (
        "coverage-english-key",
        COVERAGE,
        "population_coverage_translated: {en: Patients}\n" + COVERAGE,
        ("GC202", "population_coverage_translated:"),
    ),
    (
        "coverage-translation-without-english",
        COVERAGE_LINES,
        "population_coverage_translated: {hu: Betegek}\n",
        ("GC201", "identifier:"),  # the dataset lacks population_coverage: reported on its first line
    ),
    ("table-keywords-valid", TABLES, TABLE.replace("KEYWORDS", "keywords_translated: {hu: [résztvevők]}"), None),
    (
        "table-keywords-translation-without-english",
        TABLES,
        TABLE.replace("    keywords: [participants]\n", "").replace(
            "KEYWORDS", "keywords_translated: {hu: [résztvevők]}"
        ),
        ("GC201", "  - title: {en: Participants}"),
    ),
    (
        "table-keywords-text-not-list",
        TABLES,
        TABLE.replace("KEYWORDS", "keywords_translated: {hu: résztvevők}"),
        ("GC203", "    keywords_translated:"),
    ),
]


@pytest.mark.parametrize(("case", "old", "new", "expected"), CASES, ids=[c[0] for c in CASES])
def test_translation_maps_follow_the_language_map_rules(tmp_path, case, old, new, expected):
    assert BASE.count(old) == 1
    text = BASE.replace(old, new, 1)
    path = tmp_path / "hu" / "datasets" / "gdi-hu-semmelweis-1.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    found = [(f.code, f.line) for f in validate([path]).findings]
    if expected is None:
        assert found == []
    else:
        code, marker = expected
        line = next(i for i, row in enumerate(text.splitlines(), 1) if row.startswith(marker))
        assert found == [(code, line)]


def test_a_translation_without_english_asks_for_the_english_field(tmp_path):
    path = tmp_path / "hu" / "datasets" / "gdi-hu-semmelweis-1.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(
        BASE.replace(COVERAGE_LINES, "population_coverage_translated: {hu: Betegek}\n", 1), encoding="utf-8"
    )
    [finding] = validate([path]).findings
    assert (finding.code, finding.pointer) == ("GC201", "")
    assert finding.hint.startswith("Add 'population_coverage:' with the English text;")


def test_an_english_key_in_a_translation_map_points_to_the_english_field(tmp_path):
    path = tmp_path / "hu" / "datasets" / "gdi-hu-semmelweis-1.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(BASE.replace(NAME, NAME + "  name_translated:\n    en: Semmelweis Centre\n", 1), encoding="utf-8")
    [finding] = validate([path]).findings
    assert (finding.code, finding.pointer) == ("GC202", "/publisher/name_translated/en")
    assert finding.hint.startswith("Write the English text in 'name';")


def test_every_translation_map_knows_the_languages_of_a_multilingual_text_but_english():
    from genocat.artefacts import schema_index

    classes = schema_index()["classes"]
    languages = set(classes["MultilingualText"]["slots"]) - {"en"}
    maps = {name for name, cls in classes.items() if cls["language_map"]} - {"MultilingualText"}
    assert maps == {"TranslatedText", "TranslatedKeywords"}
    assert {name: set(classes[name]["slots"]) for name in maps} == {name: languages for name in maps}
