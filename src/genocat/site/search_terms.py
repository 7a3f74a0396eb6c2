"""The full-text index of the search page, built here at build time in MiniSearch's own serialised form
(`toJSON()`, serializationVersion 2, assets/vendor/minisearch.js) and cut into shards by term prefix, so that a
query fetches the shards its words need and hands them to `MiniSearch.loadJSON` instead of fetching all the
text and indexing ~1.3 million words in the browser. MiniSearch still ranks (BM25, unchanged); this module only
repeats, word for word, what its `add()` would store for the same documents with search_engine.js's options:

- tokenize: split on runs of characters that are not letters, digits or marks (`[^\\p{L}\\p{N}\\p{M}]+`);
- processTerm: NFKD, marks removed, lower case; empty terms dropped;
- fieldLength: per document and field, the number of *distinct raw tokens* (before processTerm, the empty
  token included), as `add()` counts `new Set(tokens).size`;
- averageFieldLength: the running mean `add()` keeps, (mean * count + length) / (count + 1), the same float
  operations in the same order, so the bits are equal;
- index: term -> {fieldId: {shortId: term frequency}}.

Shards hold terms in the order `addAll` first met them, with where it met them (their rank) beside them:
MiniSearch's radix tree iterates children in insertion order, and prefix matches add up scores in that order, so
the browser loads the terms it fetched sorted by rank and gets the same tree, scores and order of ties as `addAll`
(tests/js/search_index.test.mjs proves it). A shard's key is a prefix of its terms, one character or more
where one would make a large shard (`shards`).
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache

FIELDS = ("title", "text", "labels", "id")  # search_engine.js's `fields`, in order: the field ids
SHARD_BYTES = 48_000  # about the largest shard (estimated: 9 bytes a posting)
_POSITIONS = 1 << 20  # tokens of one field counted in a rank (texts are cut to 900 characters, titles are short)
_SAFE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


_ASCII_SEPARATORS = re.compile(r"[^A-Za-z0-9]+")  # in ASCII, the letters and digits are exactly these
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@lru_cache(maxsize=2)
def _separators(bmp: bool) -> re.Pattern:
    """`[^\\p{L}\\p{N}\\p{M}]+` for Python's `re`, which has no \\p{..}: Python's `\\w` is letters, numbers and
    "_" (the tests check every code point), so it is "neither \\w nor a mark" once "_" is made a space; the marks
    are listed from unicodedata. `re` tests a class of characters below U+10000 by a bitmap, anything else range by
    range (3x slower), hence one pattern for text without astral characters and one for text with them."""
    ranges: list[list[int]] = []
    for code in range(0x10000 if bmp else sys.maxunicode + 1):
        if unicodedata.category(chr(code))[0] == "M":
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    marks = "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)
    return re.compile(f"[^\\w{marks}]+")


def tokenize(value: str) -> list[str]:
    """The raw tokens of a field, as search_engine.js's `tokenize` (empty tokens kept, as `split` keeps them)."""
    if value.isascii():
        return _ASCII_SEPARATORS.split(value)
    return _separators(not _ASTRAL.search(value)).split(value.replace("_", " "))


@lru_cache(maxsize=200_000)
def fold(token: str) -> str:
    """search_engine.js's `processTerm`: NFKD, marks removed, lower case ("" means no term)."""
    decomposed = unicodedata.normalize("NFKD", token)
    return "".join(c for c in decomposed if not unicodedata.category(c).startswith("M")).lower()


def shard_stem(key: str) -> str:
    """A file-name-safe, case-safe and unambiguous spelling of a shard key: a-z and 0-9 as they are, any other
    character as `_` and six hex digits of its code point."""
    return "".join(c if c in _SAFE else f"_{ord(c):06x}" for c in key)


def index(docs: list[tuple[str, str, str, str]]) -> dict:
    """MiniSearch's `toJSON()` for `docs` (title, text, labels, id per document; the document's short id and id
    are its position) added in order, plus `rank`: where `addAll` first met each term (document, field, token),
    as one number that sorts in that order and does not move when another document changes."""
    field_length = []
    average = [0.0] * len(FIELDS)
    per_field: list[defaultdict[str, dict[int, int]]] = [defaultdict(dict) for _ in FIELDS]  # term -> {short: tf}
    first: dict[str, int] = {}
    seen: dict[str, tuple] = {}  # field values repeat (facet labels): each analysed once
    for short, values in enumerate(docs):
        lengths = []
        for field, value in enumerate(values):
            analysed = seen.get(value)
            if analysed is None:
                tokens = tokenize(value)
                folded = list(map(fold, tokens))
                counts = Counter(folded)
                counts.pop("", None)
                analysed = seen[value] = (len(set(tokens)), counts, folded)
            length, counts, folded = analysed
            lengths.append(length)
            average[field] = (average[field] * short + length) / (short + 1)
            postings = per_field[field]
            for term, count in counts.items():  # the hot loop: one store per posting
                postings[term][short] = count
            for term in set(counts).difference(first):  # C: each of these looked up in `first`
                first[term] = (short * len(FIELDS) + field) * _POSITIONS + min(folded.index(term), _POSITIONS - 1)
        field_length.append(lengths)
    terms = {
        t: {f: per_field[f][t] for f in range(len(FIELDS)) if t in per_field[f]} for t in sorted(first, key=first.get)
    }
    return {
        "documentCount": len(docs),
        "nextId": len(docs),
        "fieldIds": {name: i for i, name in enumerate(FIELDS)},
        "fieldLength": field_length,
        "averageFieldLength": average,
        "dirtCount": 0,
        "terms": terms,
        "rank": first,
    }


def shards(built: dict, limit: int = SHARD_BYTES) -> dict[str, dict]:
    """{key: {"index": [[term, {fieldId: {shortId: tf}}], ...], "rank": [...]}}, terms in first-met order.

    Keys are prefixes of terms, a term is in the shard of the longest key that begins it, and a shard holds about
    `limit` bytes at most (unless one term alone is larger): the terms of a first character make one shard if
    they fit; if not, the largest groups by one more character are cut off into shards of their own (the same way
    down) until the rest fits. So there are few files, and a word needs the few shards along its prefixes."""
    terms, rank = built["terms"], built["rank"]
    size = {t: len(t) + 8 + 9 * sum(len(d) for d in postings.values()) for t, postings in terms.items()}
    out: dict[str, list[str]] = {}

    def place(key: str, group: list[str]) -> None:
        kept = [t for t in group if len(t) == len(key)]
        children: dict[str, list[str]] = {}
        for t in group:
            if len(t) > len(key):
                children.setdefault(t[: len(key) + 1], []).append(t)
        weight = {k: sum(size[t] for t in c) for k, c in children.items()}
        rest = sum(size[t] for t in kept) + sum(weight.values())
        for child in sorted(children, key=lambda k: (-weight[k], k)):
            if rest > limit:
                place(child, children[child])
                rest -= weight[child]
            else:
                kept += children[child]
        if kept:
            out[key] = kept

    roots: dict[str, list[str]] = {}
    for t in terms:
        roots.setdefault(t[:1], []).append(t)
    for key, group in roots.items():
        place(key, group)
    result = {}
    for key in sorted(out):
        ordered = sorted(out[key], key=rank.__getitem__)
        result[key] = {"index": [[t, terms[t]] for t in ordered], "rank": [rank[t] for t in ordered]}
    return result


def content_name(stem: str, content: bytes) -> str:
    """`stem.<hash>.json`: a browser never pairs a cached file of one build with another of the next."""
    return f"{stem}.{hashlib.sha256(content).hexdigest()[:12]}.json"
