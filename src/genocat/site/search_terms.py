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
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict, deque
from functools import lru_cache
from itertools import islice

FIELDS = ("title", "text", "labels", "id")  # search_engine.js's `fields`, in order: the field ids
FORMAT = 2  # of the shard files (search_index.FORMAT)
SHARD_BYTES = 48_000  # about the largest shard (estimated: 9 bytes a posting)
_POSITIONS = 1 << 20  # terms of one field counted in a rank (texts are cut to 900 characters, titles are short)
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


def analyse(values: tuple[str, ...], memo: dict | None = None) -> list:
    """What MiniSearch's `add()` takes from one document's fields (FIELDS' values, in order), as plain lists (the
    search cache keeps them, search_cache.py): `[lengths, counts, terms, tfs]`: per field the number of distinct raw
    tokens and the number of its terms; then every field's terms, field after field, each field's in the order they
    first occur, and each term's frequency in its field. `memo`: analyses of values already seen in this build
    (facet labels repeat)."""
    lengths: list[int] = []
    numbers: list[int] = []
    terms: list[str] = []
    tfs: list[int] = []
    for value in values:
        done = memo.get(value) if memo is not None else None
        if done is None:
            tokens = tokenize(value)
            counts = Counter(map(fold, tokens))  # a dict: its keys in the order they first occur
            counts.pop("", None)
            # one-character terms interned, so the search cache writes them alike whether counted or read (marshal
            # marks interned strings; longer terms made here never are)
            done = (len(set(tokens)), [sys.intern(t) if len(t) == 1 else t for t in counts], list(counts.values()))
            if memo is not None:
                memo[value] = done
        lengths.append(done[0])
        numbers.append(len(done[1]))
        terms += done[1]
        tfs += done[2]
    return [lengths, numbers, terms, tfs]


def index(analyses: list[list]) -> dict:
    """MiniSearch's `toJSON()` for documents analysed by `analyse` (the document's short id and id are its
    position) added in order, with each term's postings as JSON text (`postings[field][term]`: `"shortId":tf`
    pieces, short ids ascending) and `rank`: where `addAll` first met each term (document, field, place among the
    field's terms), as one number that sorts in that order and does not move when another document changes."""
    field_length = []
    average = [0.0] * len(FIELDS)
    postings: list[defaultdict[str, list[str]]] = [defaultdict(list) for _ in FIELDS]
    for short, (lengths, numbers, terms, tfs) in enumerate(analyses):
        field_length.append(lengths)
        prefix = f'"{short}":'
        pieces = [prefix + str(tf) for tf in range(max(tfs, default=0) + 1)]  # posting texts by term frequency
        at = 0
        for field in range(len(FIELDS)):
            average[field] = (average[field] * short + lengths[field]) / (short + 1)
            end = at + numbers[field]
            # one append per posting, in C: postings[field][term].append(pieces[tf])
            get = postings[field].__getitem__
            deque(map(list.append, map(get, islice(terms, at, end)), map(pieces.__getitem__, islice(tfs, at, end))), 0)
            at = end
    return {
        "documentCount": len(analyses),
        "nextId": len(analyses),
        "fieldIds": {name: i for i, name in enumerate(FIELDS)},
        "fieldLength": field_length,
        "averageFieldLength": average,
        "dirtCount": 0,
        "postings": postings,
        "rank": _ranks(analyses, postings),
    }


def _ranks(analyses: list[list], postings: list[dict[str, list[str]]]) -> dict[str, int]:
    """Where addAll first met each term: the first (document, field) of its postings (their first piece holds the
    lowest short id), then its place among that field's terms."""
    first: dict[str, int] = {}
    n = len(FIELDS)
    for field, per_term in enumerate(postings):
        for term, pieces in per_term.items():
            at = int(pieces[0][1 : pieces[0].index('"', 1)]) * n + field
            if first.get(term, at) >= at:
                first[term] = at
    out = {}
    for t, at in first.items():
        _lengths, numbers, terms, _tfs = analyses[at // n]
        start = sum(numbers[: at % n])
        out[t] = at * _POSITIONS + min(terms.index(t, start) - start, _POSITIONS - 1)
    return out


def entry_json(term: str, postings: list) -> str:
    """One `index` entry of a shard as JSON text: `[term, {fieldId: {shortId: tf}}]`."""
    fields = ",".join(f'"{f}":{{{",".join(p[term])}}}' for f, p in enumerate(postings) if term in p)
    return f"[{quoted(term)},{{{fields}}}]"


def quoted(term: str) -> str:
    """A term as a JSON string. Terms are letters, digits and marks (their compatibility forms may add spaces or
    brackets), so most need no escape; the rest go through json."""
    if term.isprintable() and '"' not in term and "\\" not in term:
        return f'"{term}"'
    return json.dumps(term, ensure_ascii=False)


def shards(built: dict, limit: int = SHARD_BYTES) -> dict[str, bytes]:
    """{key: the shard's JSON, `{"format": 2, "index": [[term, {fieldId: {shortId: tf}}], ...], "rank": [...]}`},
    terms in first-met order.

    Keys are prefixes of terms, a term is in the shard of the longest key that begins it, and a shard holds about
    `limit` bytes at most (unless one term alone is larger): the terms of a first character make one shard if
    they fit; if not, the largest groups by one more character are cut off into shards of their own (the same way
    down) until the rest fits. So there are few files, and a word needs the shard of the longest key that begins
    it and, as a prefix, the shards whose key begins with it (search_engine.js's `shardsFor`)."""
    postings, rank = built["postings"], built["rank"]
    size = dict.fromkeys(rank, 8)
    for per_term in postings:
        for t, pieces in per_term.items():
            size[t] += 9 * len(pieces)
    for t in size:
        size[t] += len(t)
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
    for t in rank:
        roots.setdefault(t[:1], []).append(t)
    for key, group in roots.items():
        place(key, group)
    result = {}
    for key in sorted(out):
        ordered = sorted(out[key], key=rank.__getitem__)
        entries = ",".join(entry_json(t, postings) for t in ordered)
        ranks = ",".join(str(rank[t]) for t in ordered)
        result[key] = f'{{"format":{FORMAT},"index":[{entries}],"rank":[{ranks}]}}\n'.encode()
    return result


def content_name(stem: str, content: bytes) -> str:
    """`stem.<hash>.json`: a browser never pairs a cached file of one build with another of the next."""
    return f"{stem}.{hashlib.sha256(content).hexdigest()[:12]}.json"
