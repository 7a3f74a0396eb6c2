"""The full-text index the build writes for the browser (genocat.site.search_terms, search_index): the tokenizer
and term processing of search_engine.js, MiniSearch's field lengths, shards that hold every term exactly once
under safe names, deterministic bytes; and the fixture tests/js/search_index.test.mjs proves, in node, equal to
what MiniSearch's own `addAll` builds from the same documents."""

from __future__ import annotations

import json
import os
import random
import re
from pathlib import Path

import pytest

from genocat.build import build
from genocat.site import search_index, search_terms
from tests.site.test_search_index import HOSTILE, entry

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "js" / "fixtures" / "search-index.json"
HOSTILE_CATALOG = ROOT / "tests" / "data" / "hostile-catalog"
# words in several scripts, marks, compatibility characters, a final sigma, astral letters
NON_ASCII = [
    ("Malmö leukämie cohort", "Malmö Leukämie LEUKÄMIE leukamie café ½ x² ﬁbrosis İstanbul"),
    ("Γονιδίωμα καρκίνου ΟΔΟΣ", "γονιδίωμα καρκίνος Καρκίνος ΟΔΟΣ οδός · Ελλάδα"),
    ("東京 遺伝子 study", "東京の遺伝子研究 𝐁𝐨𝐥𝐝 𝔊𝔢𝔫𝔬𝔪𝔢 e\u0301 \u0301 lone mark"),
    ("Москва геном", "Москва геном рак молочной железы · Malmö"),
]


@pytest.mark.parametrize(
    ("value", "tokens"),
    [
        ("breast cancer", ["breast", "cancer"]),
        ("</script>Hostile", ["", "script", "Hostile"]),  # "<" splits; the empty token is kept, as split keeps it
        ("a-b_c", ["a", "b", "c"]),  # "_" is punctuation, not a word character
        ("Malmö ½", ["Malmö", "½"]),  # letters with marks and other numbers are word characters
        ("e\u0301t\u00e9", ["e\u0301t\u00e9"]),  # a combining mark stays inside its word
        ("", [""]),
    ],
)
def test_tokenize(value, tokens):
    assert search_terms.tokenize(value) == tokens


@pytest.mark.parametrize(
    ("token", "term"),
    [
        ("Malmö", "malmo"),
        ("LEUKÄMIE", "leukamie"),
        ("ΟΔΟΣ", "οδος"),  # final sigma, as JavaScript's toLowerCase gives it
        ("ﬁbrosis", "fibrosis"),  # compatibility decomposition
        ("½", "1\u20442"),  # one token, one term, though the fraction slash would split a text
        ("\u0301", ""),  # only a mark: no term
    ],
)
def test_fold(token, term):
    assert search_terms.fold(token) == term


@pytest.mark.parametrize(
    ("key", "stem"),
    [
        ("ca", "ca"),
        ("c", "c"),
        ("1⁄", "1_002044"),
        ("οδ", "_0003bf_0003b4"),
        ("東京", "_006771_004eac"),
        ("a_", "a_00005f"),
    ],
)
def test_shard_stems_are_safe_and_unambiguous(key, stem):
    assert search_terms.shard_stem(key) == stem
    assert re.fullmatch(r"[a-z0-9_]+", stem)


def test_field_lengths_count_distinct_raw_tokens_and_the_mean_runs_as_minisearch_keeps_it():
    docs = [("Cancer cancer", "a b a", "", "X-1"), ("cancer", "", "l m", "X-2")]
    built = search_terms.index([search_terms.analyse(d) for d in docs])
    # "Cancer" and "cancer" are two raw tokens (one term); "" is one token
    assert built["fieldLength"] == [[2, 2, 1, 2], [1, 1, 2, 2]]
    assert built["averageFieldLength"] == [1.5, 1.5, 1.5, 2.0]
    terms = {}
    for content in search_terms.shards(built, 10**6).values():
        shard = json.loads(content)
        for (term, postings), rank in zip(shard["index"], shard["rank"], strict=True):
            terms[term] = (postings, rank)
    assert terms["cancer"][0] == {"0": {"0": 2, "1": 1}}
    order = sorted(terms, key=lambda t: terms[t][1])
    assert order[:3] == ["cancer", "a", "b"]  # the order addAll meets them
    assert order == sorted(built["rank"], key=built["rank"].get)


def test_analyse_lists_terms_as_they_first_occur_with_their_frequency():
    # per field the distinct raw tokens and the number of terms; the terms field after field, and their frequencies
    analysed = search_terms.analyse(("B a b", "", "x", "É e"))
    assert analysed == [[3, 1, 1, 2], [2, 0, 1, 1], ["b", "a", "x", "e"], [2, 1, 1, 2]]


@pytest.mark.parametrize("limit", [300, search_terms.SHARD_BYTES])
def test_shards_written_as_text_are_the_json_they_parse_to(limit):
    """search_terms writes shards by joining pieces of text: each must be the compact JSON of what it holds."""
    items = gathered_extra()
    files = search_index.documents(items, shard_bytes=limit)
    shards = {p: c for p, c in files.items() if "/terms/" in p}
    assert len(shards) > 3
    for content in shards.values():
        data = json.loads(content)
        assert list(data) == ["format", "index", "rank"]
        again = json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
        assert content == again.encode("utf-8")


def gathered_extra() -> list[dict]:
    items = [
        {"entry": entry(f"GDI-X-{n}", title, country_label="Sverige" if n % 2 else "Ελλάδα"), "search": text}
        for n, (title, text) in enumerate(NON_ASCII)
    ]
    items += [{"entry": entry(f"GDI-H-{n}", text, cohort_type=text), "search": text} for n, text in enumerate(HOSTILE)]
    # identical documents tie on score: their order must still come out as addAll's
    items += [
        {"entry": entry(f"GDI-T-{n:02d}", "Twin study"), "search": "cancer cancers canine cohort"} for n in range(25)
    ]
    return items


def search_files(files: dict[str, bytes]) -> dict[str, object]:
    return {
        path.removeprefix(search_index.FOLDER + "/"): json.loads(content) for path, content in sorted(files.items())
    }


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("hostile") / "out"
    build(HOSTILE_CATALOG, out, jobs=1)
    return out


def folder_files(site: Path) -> dict[str, bytes]:
    folder = site / search_index.FOLDER
    return {f"{search_index.FOLDER}/{p.relative_to(folder).as_posix()}": p.read_bytes() for p in folder.rglob("*.json")}


def test_every_term_is_in_exactly_one_shard_named_safely(site):
    assert max(len(key) for key in check_shards(folder_files(site))) == 1  # the demo's shards are small: one a letter


def test_large_shards_are_cut_by_one_more_character():
    files = search_index.documents(gathered_extra(), shard_bytes=300)
    keys = check_shards(files)
    # "cancer", "cancers" and "canine" of the 25 twins are cut off from "c" and from each other, again and again
    assert {"cancer", "cancers", "can"} <= set(keys)
    doc = json.loads(files[search_index.PATH])
    base = json.loads(files[f"{search_index.FOLDER}/{doc['index']}"])
    sizes = {k: len(files[f"{search_index.FOLDER}/{name}"]) for k, name in base["shards"].items()}
    assert max(size for key, size in sizes.items() if key not in ("cancer", "cancers")) < 1000  # about the limit
    assert all(len(key) == 1 for key in check_shards(search_index.documents(gathered_extra())))


def check_shards(files: dict[str, bytes]) -> list[str]:
    """Every term in exactly one shard, the one of the longest key that begins it; safe names; every file named
    by the document, nothing else. The shard keys."""
    doc = json.loads(files[search_index.PATH])
    base = json.loads(files[f"{search_index.FOLDER}/{doc['index']}"])
    assert sorted(base) == sorted(
        ["format", "documentCount", "nextId", "fieldIds", "fieldLength", "averageFieldLength", "dirtCount", "shards"]
    )
    seen: dict[str, str] = {}
    ranks = []
    for key, name in base["shards"].items():
        assert re.fullmatch(r"terms/[a-z0-9_]+\.[0-9a-f]{12}\.json", name)
        shard = json.loads(files[f"{search_index.FOLDER}/{name}"])
        assert len(shard["index"]) == len(shard["rank"]) and shard["rank"] == sorted(shard["rank"])
        for term, postings in shard["index"]:
            # in the shard of the longest key that begins it
            assert max((k for k in base["shards"] if term.startswith(k)), key=len) == key and term not in seen
            seen[term] = key
            assert postings and all(int(f) < len(search_terms.FIELDS) and tfs for f, tfs in postings.items())
        ranks += shard["rank"]
    assert len(set(ranks)) == len(seen)  # every term once, each met first at its own place
    assert len(seen) > 20
    # every file the document names is there, and nothing else
    named = {doc["index"], *doc["text"]["files"], *base["shards"].values()}
    assert {p.removeprefix(search_index.FOLDER + "/") for p in files} == named | {"documents.json"}
    assert len(doc["text"]["files"]) == -(-len(doc["datasets"]) // search_index.TEXT_CHUNK)
    return list(base["shards"])


def test_the_files_are_the_same_bytes_whatever_order_the_workers_returned():
    items = gathered_extra()
    shuffled = items[:]
    random.Random(3).shuffle(shuffled)
    assert search_index.documents(shuffled) == search_index.documents(items)


def test_a_changed_text_changes_only_its_chunk_and_the_shards_of_its_words():
    items = [{"entry": entry(f"GDI-X-{n:03d}"), "search": f"alpha beta {n}"} for n in range(60)]
    before = search_index.documents(items)
    items[45] = {**items[45], "search": "alpha beta 45 zeta"}
    after = search_index.documents(items)
    changed = {p.split("/")[-1].split(".")[0] for p in after if before.get(p) != after[p]}
    # the chunk of dataset 45, the new word's shard and the base (field lengths) and the document naming them
    assert changed == {"text", "z", "index", "documents"}
    assert len([p for p in after if "/text." in p and p not in before]) == 1


def fixture_data(site: Path, hostile: Path) -> dict:
    return {
        "demo": search_files(folder_files(site)),
        "hostile": search_files(folder_files(hostile)),
        "extra": search_files(search_index.documents(gathered_extra())),
        "split": search_files(search_index.documents(gathered_extra(), shard_bytes=300)),
    }


def test_the_node_proof_fixture_is_fresh(site, hostile_site):
    """tests/js/search_index.test.mjs reads this fixture; GENOCAT_REGENERATE=1 writes it."""
    data = fixture_data(site, hostile_site)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0) + "\n"
    if os.environ.get("GENOCAT_REGENERATE") == "1":
        FIXTURE.parent.mkdir(parents=True, exist_ok=True)
        FIXTURE.write_text(text, encoding="utf-8")
    assert FIXTURE.read_text(encoding="utf-8") == text, (
        "stale: GENOCAT_REGENERATE=1 pytest tests/site/test_search_terms.py"
    )


def test_the_separators_are_every_character_but_letters_numbers_and_marks():
    """tokenize's three patterns (ASCII, below U+10000, any) against unicodedata, over every code point."""
    import sys
    import unicodedata

    wrong = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if search_terms.tokenize(f"a{chr(code)}b")
        != (["a", "b"] if unicodedata.category(chr(code))[0] not in "LNM" else [f"a{chr(code)}b"])
    ]
    assert wrong == []
