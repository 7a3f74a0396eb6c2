"""The search cache (genocat.site.search_cache): a rebuild analyses only the datasets whose text changed, the files
come out byte-identical with or without it, and a cache that is missing, stale or damaged is ignored, never a
traceback."""

from __future__ import annotations

import hashlib
import marshal
from array import array

import pytest

from genocat.site import search_cache, search_index, search_terms
from tests.site.test_search_index import entry
from tests.site.test_search_terms import gathered_extra


def items(n: int = 40) -> list[dict]:
    return [
        {"entry": entry(f"GDI-C-{k:03d}", f"Study {k}"), "search": f"alpha beta gamma {k} cohort"} for k in range(n)
    ]


@pytest.fixture
def counted(monkeypatch) -> list[tuple]:
    """The field values search_terms.analyse was asked to analyse (each dataset it tokenised)."""
    calls: list[tuple] = []
    real = search_terms.analyse

    def analyse(values, memo=None):
        calls.append(values)
        return real(values, memo)

    monkeypatch.setattr(search_terms, "analyse", analyse)
    return calls


def test_a_rebuild_analyses_only_the_changed_datasets_and_writes_the_same_bytes(tmp_path, counted):
    data = items()
    plain = search_index.documents(data)
    assert len(counted) == 40
    counted.clear()
    assert search_index.documents(data, cache=tmp_path) == plain  # cold: analysed, then kept
    assert len(counted) == 40 and (tmp_path / search_cache.NAME).is_file()
    counted.clear()
    assert search_index.documents(data, cache=tmp_path) == plain  # warm: nothing analysed
    assert counted == []
    data[7] = {**data[7], "search": "alpha delta"}
    data[30] = {**data[30], "entry": entry("GDI-C-030", "Renamed study")}
    counted.clear()
    changed = search_index.documents(data, cache=tmp_path)
    assert [values[3] for values in counted] == ["GDI-C-007", "GDI-C-030"]
    assert changed == search_index.documents(data)  # as without a cache


def test_a_warm_cache_gives_the_bytes_of_no_cache_on_hostile_and_non_ascii_text(tmp_path):
    data = gathered_extra()
    search_index.documents(data, cache=tmp_path)
    assert search_index.documents(data, cache=tmp_path) == search_index.documents(data)


def test_the_cache_keeps_only_this_builds_analyses_and_is_not_rewritten_when_nothing_changed(tmp_path):
    data = items()
    search_index.documents(data, cache=tmp_path)
    path = tmp_path / search_cache.NAME
    assert len(search_cache.load(tmp_path)) == 40
    stamp = path.stat().st_mtime_ns
    search_index.documents(data, cache=tmp_path)
    assert path.stat().st_mtime_ns == stamp
    search_index.documents(data[:10], cache=tmp_path)
    assert len(search_cache.load(tmp_path)) == 10


def test_the_cache_holds_the_same_bytes_however_its_analyses_were_made(tmp_path):
    data = gathered_extra()
    changed = [*data[:3], {**data[3], "search": data[3]["search"] + " neu"}, *data[4:]]
    search_index.documents(data, cache=tmp_path / "a")
    search_index.documents(changed, cache=tmp_path / "a")  # most analyses read from the cache
    search_index.documents(changed, cache=tmp_path / "b")  # all analysed in this process
    assert (tmp_path / "a" / search_cache.NAME).read_bytes() == (tmp_path / "b" / search_cache.NAME).read_bytes()


def test_keys_tell_apart_values_that_join_alike():
    assert search_cache.key(("ab", "c", "", "")) != search_cache.key(("a", "bc", "", ""))
    assert search_cache.key(("lone \ud800 surrogate", "", "", "")) != search_cache.key(("lone  surrogate", "", "", ""))


def payload_cache(data: bytes) -> bytes:
    """A cache file with a correct header and checksum around `data`."""
    return search_cache.MAGIC + search_cache.fingerprint() + hashlib.sha256(data).digest() + data


def damage(good: bytes, how: str, kept: dict[bytes, list]) -> bytes:
    head = len(search_cache.MAGIC) + 64
    if how == "truncated":
        return good[: len(good) // 2]
    if how == "flipped byte":
        return good[:-5] + bytes([good[-5] ^ 1]) + good[-4:]
    if how == "other code":
        return good.replace(search_cache.fingerprint(), bytes(32), 1)
    if how == "other magic":
        return b"genocat search terms 0\n" + good[len(search_cache.MAGIC) :]
    if how == "empty":
        return b""
    if how == "header only":
        return good[:head]
    if how == "not marshal":
        return payload_cache(b"\xff\x00 not marshal")
    if how == "a list":
        return payload_cache(marshal.dumps([1, 2, 3]))
    if how == "bad analyses":
        words = sorted({t for analysis in kept.values() for t in analysis[2]})

        def numbers(values) -> bytes:
            return array("I", values).tobytes()

        stored = {k: [a[0], a[1], numbers(words.index(t) for t in a[2]), numbers(a[3])] for k, a in kept.items()}
        keys = sorted(kept)
        stored[keys[0]] = [[1, 2], [1, 0], numbers([0]), numbers([1])]
        stored[keys[1]] = "text"
        stored[keys[2]] = [None] * 4
        stored[keys[3]] = [[1, 1, 1, 1], [1, "0", 0, 0], numbers([0]), numbers([1])]  # numbers that are no numbers
        stored[keys[4]] = [[1, 1, 1, 1], [1, 1, 0, 0], numbers([0]), numbers([1])]  # two terms counted, one given
        stored[keys[5]] = [[1, 1, 1, 1], [1, 0, 0, 0], numbers([len(words)]), numbers([1])]  # no such term
        stored[keys[6]] = [[1, 1, 1, 1], [1, 0, 0, 0], b"\x00\x00\x00", numbers([1])]  # bytes of no array
        return payload_cache(marshal.dumps([words, stored], 2))
    raise AssertionError(how)


HOW = ["truncated", "flipped byte", "other code", "other magic", "empty", "header only", "not marshal", "a list"]


@pytest.mark.parametrize("how", [*HOW, "bad analyses"])
def test_a_damaged_or_stale_cache_is_ignored(tmp_path, counted, how):
    data = items()
    expected = search_index.documents(data)
    search_index.documents(data, cache=tmp_path)
    path = tmp_path / search_cache.NAME
    path.write_bytes(damage(path.read_bytes(), how, search_cache.load(tmp_path)))
    counted.clear()
    assert search_index.documents(data, cache=tmp_path) == expected
    # analysed again: all of them, or (shapes checked one by one) the seven whose analyses were bad
    assert len(counted) == (7 if how == "bad analyses" else 40)
    assert len(search_cache.load(tmp_path)) == 40  # and the cache is whole again


def test_an_unwritable_cache_costs_time_not_the_build(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    data = items()
    assert search_index.documents(data, cache=blocker / "cache") == search_index.documents(data)
    (tmp_path / "dir" / search_cache.NAME).mkdir(parents=True)  # a folder where the file would be
    assert search_index.documents(data, cache=tmp_path / "dir") == search_index.documents(data)


def test_genocat_build_keeps_the_cache_in_its_cache_folder_and_a_rebuild_writes_the_same_search_files(
    tmp_path, site, counted
):
    from genocat.build import build
    from tests.conftest import CATALOG
    from tests.site.conftest import tree

    cache = tmp_path / "cache"
    build(CATALOG, tmp_path / "out", jobs=1, cache_dir=cache)
    assert len(search_cache.load(cache)) == len(counted) > 20
    counted.clear()
    build(CATALOG, tmp_path / "out", jobs=1, cache_dir=cache)
    assert counted == []
    searched = {k: v for k, v in tree(tmp_path / "out").items() if k.startswith(search_index.FOLDER)}
    assert searched == {k: v for k, v in tree(site).items() if k.startswith(search_index.FOLDER)}
