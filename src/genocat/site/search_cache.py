"""The search cache: each dataset's analysis for the full-text index (search_terms.analyse: field lengths, terms,
frequencies) from the last build, keyed by a hash of the very text analysed, so that a rebuild tokenises only the
datasets whose title, search text, facet labels or id changed (at 10,000 datasets tokenising all costs ~0.4 s, and
the term counts are what the index is merged from).

One file in the build's cache folder, `search-terms.bin`, written whole (temp file + os.replace) by the build and
holding the analyses that build used: a header (`MAGIC`, the fingerprint of the code that analysed, the sha256 of
the payload) and the payload in `marshal`'s format, version 2: `[terms, {key: [lengths, numbers, term numbers,
frequencies]}]`, each term written once, the numbers as `array("I")` bytes (at 10,000 datasets it loads in under
0.1 s; the same as JSON with the terms repeated took 0.3 s); the same analyses give the same bytes. The file is only
trusted whole: a missing, unreadable, truncated or altered file (checksum), one written by another tokeniser,
Unicode database or Python (fingerprint), or a payload of the wrong shape is ignored and the texts analysed again;
the output never depends on the cache, only the time it takes.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
import unicodedata
from array import array
from functools import lru_cache
from pathlib import Path

from genocat.site import search_terms

NAME = "search-terms.bin"
MAGIC = b"genocat search terms 1\n"
_DIGEST = 32


@lru_cache(maxsize=1)
def fingerprint() -> bytes:
    """What an analysis depends on besides its text: search_terms' code, the Unicode data, Python (marshal)."""
    digest = hashlib.sha256(Path(search_terms.__file__).read_bytes())
    digest.update(f"{unicodedata.unidata_version} {sys.version} {sys.byteorder} {array('I').itemsize}".encode())
    return digest.digest()


def key(values: tuple[str, ...]) -> bytes:
    """The cache key of one document's field values (each length-prefixed: no two tuples share a key)."""
    digest = hashlib.blake2b(digest_size=16)
    for value in values:
        data = value.encode("utf-8", "surrogatepass")  # a lone surrogate from JSON is text too
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.digest()


def load(folder: Path | None) -> dict[bytes, list]:
    """{key: analysis} from the cache in `folder`; empty when there is none or it cannot be trusted whole."""
    if folder is None:
        return {}
    try:
        raw = (Path(folder) / NAME).read_bytes()
    except OSError:
        return {}
    head = len(MAGIC) + 2 * _DIGEST
    if len(raw) < head or not raw.startswith(MAGIC) or raw[len(MAGIC) : len(MAGIC) + _DIGEST] != fingerprint():
        return {}
    payload = memoryview(raw)[head:]
    if hashlib.sha256(payload).digest() != raw[len(MAGIC) + _DIGEST : head]:
        return {}
    try:
        data = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return {}
    if not isinstance(data, list) or len(data) != 2 or not isinstance(data[0], list) or not isinstance(data[1], dict):
        return {}
    words, stored = data
    out = {}
    for k, value in stored.items():
        analysis = loaded(value, words)
        if isinstance(k, bytes) and analysis is not None:
            out[k] = analysis
    return out


def loaded(value, words: list) -> list | None:
    """An analysis read from the cache (its term numbers and frequencies as `array("I")` bytes); None for anything of
    another shape (the checksum already vouches for the content)."""
    if not isinstance(value, list) or len(value) != 4:
        return None
    lengths, numbers, ids, tfs = value
    n = len(search_terms.FIELDS)
    try:
        if len(lengths) != n or len(numbers) != n or min(numbers) < 0 or min(lengths) < 0:
            return None
        numbered, counts = array("I"), array("I")
        numbered.frombytes(ids)
        counts.frombytes(tfs)
        if len(numbered) != len(counts) or sum(numbers) != len(counts):
            return None
        return [list(lengths), list(numbers), list(map(words.__getitem__, numbered)), counts]
    except (TypeError, ValueError, IndexError):  # no numbers, no bytes, bytes of no array, terms that are not there
        return None


def save(folder: Path | None, analyses: dict[bytes, list]) -> None:
    """The analyses of this build into the cache (whole, atomically); an unwritable cache costs time, not output."""
    if folder is None:
        return
    # each term once, analyses refer to it by number: ~21,000 terms for 1.36 million postings at 10,000 datasets
    words = sorted({t for analysis in analyses.values() for t in analysis[2]})
    number = {t: i for i, t in enumerate(words)}
    stored = {
        k: [a[0], a[1], array("I", map(number.__getitem__, a[2])).tobytes(), array("I", a[3]).tobytes()]
        for k, a in sorted(analyses.items())
    }
    # version 2: no marks of shared objects (version 3 adds them, by reference count), so the same analyses give the
    # same bytes however they were made (search_terms.analyse interns one-character terms, as marshal does on reading)
    payload = marshal.dumps([words, stored], 2)
    content = MAGIC + fingerprint() + hashlib.sha256(payload).digest() + payload
    path = Path(folder) / NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{NAME}.", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(content)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass
