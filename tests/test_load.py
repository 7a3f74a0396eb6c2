"""The loader: YAML 1.2 values with positions, and hostile input turned into findings."""

from __future__ import annotations

import pytest

from genocat.load import load_file, load_text


def codes(findings):
    return [(f.code, f.line) for f in findings]


def test_yaml12_scalars_and_positions():
    doc, findings = load_text("a: NO\nb: 2024-01-01\nc: [1, 0x1f, ~, true, '7']\nd:\n  e: x\n", "t.yaml", "dataset")
    assert doc.data == {"a": "NO", "b": "2024-01-01", "c": [1, 31, None, True, "7"], "d": {"e": "x"}}
    assert doc.positions["/c/1"] == (3, 8)
    assert doc.key_positions["/d/e"] == (5, 3)
    assert doc.locate("/d/e/missing") == (5, 3)
    assert codes(findings) == [("GC109", 1)]


def test_quoted_norway_gives_no_warning():
    doc, findings = load_text('places: ["NO", SE]\n', "t.yaml", "dataset")
    assert doc.data == {"places": ["NO", "SE"]} and findings == []


def test_json_is_read_with_positions():
    doc, findings = load_text('{\n  "identifier": "x",\n  "n": 3\n}\n', "t.json", "dataset")
    assert doc.data == {"identifier": "x", "n": 3}
    assert doc.key_positions["/n"] == (3, 3) and findings == []


BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(7)
)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty", b"", [("GC102", 1)]),
        ("comments-only", b"# nothing here\n", [("GC102", 1)]),
        ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00", [("GC103", 1)]),
        ("latin-1", "a: ok\nb: P\xe9cs\n".encode("latin-1"), [("GC103", 2)]),
        ("syntax", b"a: [1, 2\nb: 3\n", [("GC101", 2)]),
        ("duplicate", b"a: 1\nb: 2\na: 3\n", [("GC104", 3)]),
        ("python-tag", b"a: !!python/object/apply:os.system [echo hacked]\n", [("GC105", 1)]),
        ("custom-tag", b"a: !secret x\n", [("GC105", 1)]),
        ("merge-key", b"base: &b {x: 1}\nc:\n  <<: *b\n", [("GC105", 3)]),
        ("alias-bomb", BOMB.encode(), [("GC106", 6)]),
        ("deep", ("a: " + "[" * 100 + "]" * 100 + "\n").encode(), [("GC107", 1)]),
        ("huge-scalar", b"a: " + b"x" * 200_000 + b"\n", [("GC108", 1)]),
        ("list", b"- a\n- b\n", [("GC110", 1)]),
        ("scalar", b"just text\n", [("GC110", 1)]),
    ],
)
def test_hostile_input_becomes_a_finding(tmp_path, name, content, expected):
    path = tmp_path / f"{name}.yaml"
    path.write_bytes(content)
    doc, findings = load_file(path)
    assert doc is None or name == "duplicate"
    assert codes(findings) == expected


def test_tag_is_never_executed(tmp_path):
    marker = tmp_path / "executed"
    path = tmp_path / "x.yaml"
    path.write_text(f"a: !!python/object/apply:os.system ['touch {marker}']\n")
    load_file(path)
    assert not marker.exists()


def test_summary_keeps_only_the_keys_asked_for_with_their_positions():
    doc, _ = load_text("# c\nidentifier: X-1\ntitle: {en: t}\nother:\n  identifier: Y\n", "t.yaml", "dataset")
    summary = doc.summary(("identifier", "absent"))
    assert summary.data == {"identifier": "X-1"}
    assert summary.locate("/identifier") == (2, 1) and summary.locate("/title") == doc.locate("")
    nested, _ = load_text("identifier:\n  - a\n  - b\n", "t.yaml", "dataset")
    assert nested.summary(("identifier",)).locate("/identifier/1") == (3, 5)


def test_file_over_the_size_limit_is_not_read(tmp_path, monkeypatch):
    from genocat import load

    monkeypatch.setattr(load, "MAX_FILE_BYTES", 10)
    path = tmp_path / "big.yaml"
    path.write_text("a: 12345678901\n")
    assert codes(load_file(path)[1]) == [("GC108", 1)]


def test_unreadable_path_is_a_finding(tmp_path):
    doc, findings = load_file(tmp_path)  # a folder where a file was expected
    assert doc is None and codes(findings) == [("GC100", 1)]
