"""Make Pagefind's index byte-identical from run to run.

Pagefind 1.5.2 writes each filter's values, and the list of filters in its metadata file, in the
order of a Rust hash map, which is seeded at random per run: the same pages give filter files with
the same values in another order, hence other content hashes, file names and metadata. Everything
else it writes (fragments, word index chunks) is already stable. This module rewrites those files
in sorted order: each filter file's values sorted, renamed by the hash of its new content; the
metadata file's filter and sort lists sorted by name and pointing at the new names; the entry file
naming the new metadata file. The pagefind.js loader reads these files by the names the entry and
metadata give, so search behaves exactly as before.

The files are gzip-compressed CBOR after an 12-byte `pagefind_dcd` signature; only the CBOR that
Pagefind writes (unsigned and negative integers, byte and text strings, arrays, maps, simple values)
is handled.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import struct
from pathlib import Path

SIGNATURE = b"pagefind_dcd"


def canonicalise(index: Path) -> None:
    """Rewrite the Pagefind bundle in `index` (the folder holding pagefind-entry.json) in sorted order."""
    entry_path = index / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for language in entry["languages"].values():
        meta_path = index / f"pagefind.{language['hash']}.pf_meta"
        meta = _read(meta_path)
        renamed = {}
        for path in sorted((index / "filter").glob("*.pf_filter")):
            name, values = _read(path)
            data = _pack([name, sorted(values, key=lambda pair: _key(pair[0]))])
            new = f"{path.stem.split('_')[0]}_{hashlib.sha256(data).hexdigest()[:7]}"
            renamed[path.stem] = new
            path.unlink()
            _write(index / "filter" / f"{new}.pf_filter", data)
        meta = _sorted_meta(meta, renamed)
        data = _pack(meta)
        new_meta = f"{language['hash'].split('_')[0]}_{hashlib.sha256(data).hexdigest()[:10]}"
        meta_path.unlink()
        _write(index / f"pagefind.{new_meta}.pf_meta", data)
        language["hash"] = new_meta
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def _sorted_meta(meta: list, renamed: dict[str, str]) -> list:
    """The metadata's lists of [name, filter hash] (renamed) and of [sort name, pages], sorted by name."""
    out = []
    for part in meta:
        if isinstance(part, list) and part and all(_named_pair(p) for p in part):
            if all(isinstance(p[1], str) and p[1] in renamed for p in part):
                part = [[p[0], renamed[p[1]]] for p in part]
            part = sorted(part, key=lambda p: _key(p[0]))
        out.append(part)
    return out


def _named_pair(item) -> bool:
    return isinstance(item, list) and len(item) == 2 and isinstance(item[0], str) and not isinstance(item[1], int)


def _key(value) -> tuple:
    return (str(type(value)), value if isinstance(value, str | int | bytes) else repr(value))


def _read(path: Path):
    raw = gzip.decompress(path.read_bytes())
    if not raw.startswith(SIGNATURE):
        raise ValueError(f"{path} is not a Pagefind file")
    value, end = _unpack(raw, len(SIGNATURE))
    if end != len(raw):
        raise ValueError(f"{path}: trailing bytes")
    return value


def _write(path: Path, data: bytes) -> None:
    path.write_bytes(gzip.compress(data, compresslevel=6, mtime=0))


def _unpack(data: bytes, at: int):
    head = data[at]
    major, info = head >> 5, head & 31
    at += 1
    if info < 24:
        arg = info
    elif info in (24, 25, 26, 27):
        size = 1 << (info - 24)
        arg = int.from_bytes(data[at : at + size], "big")
        at += size
    else:
        raise ValueError(f"unsupported CBOR item {head:#x}")
    if major == 0:
        return arg, at
    if major == 1:
        return -1 - arg, at
    if major in (2, 3):
        chunk = data[at : at + arg]
        return (bytes(chunk) if major == 2 else chunk.decode("utf-8")), at + arg
    if major == 4:
        items = []
        for _ in range(arg):
            item, at = _unpack(data, at)
            items.append(item)
        return items, at
    if major == 5:
        pairs = []
        for _ in range(arg):
            key, at = _unpack(data, at)
            value, at = _unpack(data, at)
            pairs.append((key, value))
        return _Map(pairs), at
    if major == 7:
        if info in (20, 21, 22):
            return {20: False, 21: True, 22: None}[info], at
        if info == 27:
            return struct.unpack(">d", arg.to_bytes(8, "big"))[0], at
    raise ValueError(f"unsupported CBOR item {head:#x}")


class _Map(list):
    """A CBOR map, kept as its pairs in order."""


def _head(major: int, arg: int) -> bytes:
    if arg < 24:
        return bytes([major << 5 | arg])
    for info, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if arg < 1 << (8 * size):
            return bytes([major << 5 | info]) + arg.to_bytes(size, "big")
    raise ValueError("integer too large for CBOR")


def _pack(value) -> bytes:
    return SIGNATURE + _encode(value)


def _encode(value) -> bytes:
    if value is False or value is True or value is None:
        return bytes([0xF4 if value is False else 0xF5 if value is True else 0xF6])
    if isinstance(value, int):
        return _head(0, value) if value >= 0 else _head(1, -1 - value)
    if isinstance(value, float):
        return b"\xfb" + struct.pack(">d", value)
    if isinstance(value, bytes):
        return _head(2, len(value)) + value
    if isinstance(value, str):
        data = value.encode("utf-8")
        return _head(3, len(data)) + data
    if isinstance(value, _Map):
        return _head(5, len(value)) + b"".join(_encode(k) + _encode(v) for k, v in value)
    if isinstance(value, list):
        return _head(4, len(value)) + b"".join(_encode(item) for item in value)
    raise TypeError(f"cannot encode {type(value).__name__}")
