"""The search documents the browser indexes (genocat.site.search_index): what they hold for each dataset,
byte-identical output, hostile text kept as data, and their size bounded however long the descriptions."""

from __future__ import annotations

import json
import random

import pytest

from genocat.site import search_index
from genocat.site.words import duo_words

HOSTILE = [
    '"><script>window.__pwned=1</script>',
    "<img src=x onerror=alert(1)>",
    'back\\slash "quoted" </script><!--',
    "line\nbreak\u2028separator\u2029and tab\t",
    "emoji 🧬 and ünïcödé",
]


def read(site) -> dict:
    return json.loads((site / search_index.PATH).read_text(encoding="utf-8"))


def texts(site) -> list[str]:
    """The search text files the document names, one string per dataset in the document's order."""
    out = []
    for name in read(site)["text"]["files"]:
        out += json.loads((site / search_index.FOLDER / name).read_text(encoding="utf-8"))["text"]
    return out


def parse(files: dict[str, bytes]) -> tuple[dict, list[str]]:
    """documents() output as (document, texts), checking the text files are the ones the document names."""
    doc = json.loads(files[search_index.PATH])
    named = [f"{search_index.FOLDER}/{name}" for name in doc["text"]["files"]]
    assert set(named) <= set(files) and len(named) == -(-len(doc["datasets"]) // doc["text"]["per"])
    return doc, [text for name in named for text in json.loads(files[name])["text"]]


def entry(identifier: str, title: str = "A title", **extra) -> dict:
    """A datasets.json entry with every field the search document reads."""
    base = {
        "id": identifier,
        "url": f"datasets/{identifier}.html",
        "title": title,
        "country_label": "Hungary",
        "access_rights": "Not publicly accessible",
        "data_categories": ["Whole genome sequencing"],
        "reference_genomes": ["GRCh38"],
        "platforms": [],
        "health_categories": [],
        "cohort_type": "Rare disease",
        "diseases": [{"id": "MONDO:0007254", "label": "breast cancer"}],
        "permission": "DS",
        "individuals": 10,
        "issued": "2025-01-02",
    }
    return {**base, **extra}


def test_every_dataset_is_in_the_document_with_its_facets_and_sort_keys(site):
    doc = read(site)
    summary = json.loads((site / "data" / "datasets.json").read_text(encoding="utf-8"))["datasets"]
    assert [d["id"] for d in doc["datasets"]] == [d["id"] for d in summary]
    assert [d["id"] for d in doc["datasets"]] == sorted(d["id"] for d in summary)
    for row, e in zip(doc["datasets"], summary, strict=True):
        assert (row["url"], row["title"], row["individuals"]) == (e["url"], e["title"], e["individuals"])
        assert row["issued"] == (e["issued"] or None)
        assert (site / row["url"]).is_file()
        labels = {name: [doc["facets"][name][i] for i in values] for name, values in row["f"].items()}
        assert labels == search_index.facet_values(e)
        assert labels["country"] == [e["country_label"]] and labels["access"] == [e["access_rights"]]
        assert labels.get("disease", []) == list(dict.fromkeys(d["label"] for d in e["diseases"]))
    assert set(doc["facets"]) == set(search_index.FACETS)
    assert len(texts(site)) == len(doc["datasets"])
    names = ["documents.json", doc["index"], *doc["text"]["files"]]
    assert sorted(p.name for p in (site / search_index.FOLDER).glob("*.json")) == sorted(names)
    for values in doc["facets"].values():
        assert values == sorted(set(values))


def test_the_text_holds_national_titles_descriptions_and_keywords(site):
    ids = [d["id"] for d in read(site)["datasets"]]
    text = texts(site)[ids.index("GDI-HU-PECS-1")]
    assert text.startswith("Synthetic demo record: this entry imitates a dataset of germline")  # English first
    assert "Örökletes emlő- és petefészekrák génpanel-vizsgálat" in text  # the Hungarian title
    assert "Szintetikus bemutató rekord" in text  # the Hungarian description
    assert "gene panel" in text and "Illumina NextSeq 550" in text
    assert "Disease specific research" in read(site)["facets"]["permission"]
    assert duo_words("DS") == "Disease specific research"


def test_the_document_is_the_same_bytes_whatever_order_the_workers_returned():
    gathered = [{"entry": entry(f"GDI-X-{n}", f"Title {n}"), "search": f"words {n}"} for n in range(50)]
    shuffled = gathered[:]
    random.Random(7).shuffle(shuffled)
    assert search_index.documents(shuffled) == search_index.documents(gathered)
    doc, text = parse(search_index.documents(gathered))
    assert [d["id"] for d in doc["datasets"]] == sorted(f"GDI-X-{n}" for n in range(50))
    assert text == [f"words {d['id'].split('-')[-1]}" for d in doc["datasets"]]  # aligned with the datasets


def test_the_text_file_is_named_by_its_content():
    one = parse(search_index.documents([{"entry": entry("GDI-X-1"), "search": "first words"}]))[0]["text"]["files"]
    two = parse(search_index.documents([{"entry": entry("GDI-X-1"), "search": "other words"}]))[0]["text"]["files"]
    assert one != two and one[0].startswith("text.") and one[0].endswith(".json")


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_kept_as_data(text):
    gathered = [{"entry": entry("GDI-X-1", text, cohort_type=text, country_label=text), "search": text}]
    files = search_index.documents(gathered)
    doc, searched = parse(files)
    assert doc["datasets"][0]["title"] == text and searched == [text]
    assert doc["facets"]["cohort"] == [text] and doc["facets"]["country"] == [text]
    for raw in files.values():
        assert raw.endswith(b"\n") and raw.count(b"\n") == 1  # one line: a newline in the text is escaped


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("short words", 20, "short words"),
        ("one two three four", 12, "one two"),  # cut at the last space before the limit
        ("abcdefghijklmnop", 5, "abcde"),  # no space: cut at the limit
        ("a bcdefghijklmnop", 10, "a bcdefghi"),  # a space too early to be a good place is not used
    ],
)
def test_cut(text, limit, expected):
    assert search_index.cut(text, limit) == expected


def test_long_descriptions_do_not_grow_the_document():
    long = " · ".join(["word " * 2000, "nationaler Titel", "keyword"])
    (text,) = parse(search_index.documents([{"entry": entry("GDI-X-1"), "search": long}]))[1]
    assert len(text) <= search_index.TEXT_LIMIT
    assert text.endswith("nationaler Titel · keyword")  # each part cut, so the later parts survive
    many = [{"entry": entry(f"GDI-X-{n}"), "search": long} for n in range(1000)]
    written = search_index.documents(many)
    texts_bytes = sum(len(b) for p, b in written.items() if "/text." in p)
    assert texts_bytes < 1000 * (search_index.TEXT_LIMIT + 50)
