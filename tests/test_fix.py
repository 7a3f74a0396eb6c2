"""Safe fixes: only the fixed values change, each fix removes the finding at its line, unsure values stay."""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

import genocat
from genocat import artefacts, fix
from tests.conftest import CATALOG, DATA

FIX = DATA / "fix"
CASES = sorted(FIX.glob("*.before.*"))
VALUE_CODES = {"GC401", "GC402", "GC204", "GC205"}


def after_of(before: Path) -> Path:
    return before.with_name(before.name.replace(".before.", ".after."))


def value_findings(path: Path) -> set[tuple[str, int]]:
    return {(f.code, f.line) for f in genocat.validate([path]).findings if f.code in VALUE_CODES}


def test_there_are_cases():
    assert len(CASES) == 6 and all(after_of(c).is_file() for c in CASES)


@pytest.mark.parametrize("before", CASES, ids=[c.name for c in CASES])
def test_fixed_text_is_the_expected_file(before):
    result = fix.plan_file(before)
    assert result is not None and result.after == after_of(before).read_text(encoding="utf-8")


@pytest.mark.parametrize("before", CASES, ids=[c.name for c in CASES])
def test_each_fix_removes_the_finding_at_its_line(before, tmp_path):
    result = fix.plan_file(before)
    fixed = tmp_path / before.name
    fixed.write_text(result.after, encoding="utf-8")
    removed = value_findings(before) - value_findings(fixed)
    assert removed and {line for _, line in removed} == {f.line for f in result.fixes}


@pytest.mark.parametrize("before", CASES, ids=[c.name for c in CASES])
def test_only_the_fixed_lines_change_and_comments_stay(before):
    old = before.read_text(encoding="utf-8").splitlines()
    new = after_of(before).read_text(encoding="utf-8").splitlines()
    touched = set()
    for tag, i1, i2, _j1, _j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if tag in ("replace", "delete"):
            touched |= set(range(i1 + 1, i2 + 1))
    assert touched == {f.line for f in fix.plan_file(before).fixes}
    comments = [line[line.index("#") :] for line in old if "#" in line]
    assert all(any(line.endswith(c) for line in new) for c in comments)


@pytest.mark.parametrize("before", CASES, ids=[c.name for c in CASES])
def test_fixing_twice_changes_nothing(before):
    assert fix.plan_file(after_of(before)) is None


def test_values_it_is_unsure_of_stay():
    result = fix.plan_file(FIX / "dates.before.yaml")
    assert "moratorium_until: 01/02/2027" in result.after
    assert {("GC205", 10)} <= value_findings(FIX / "dates.after.yaml")
    codes = fix.plan_file(FIX / "codes.before.yaml")
    assert "licence: CC-BY   #" in codes.after and not any(f.old == "CC-BY" for f in codes.fixes)


def test_fixes_name_place_old_new_and_reason():
    fixes = fix.plan_file(FIX / "obsolete-block.before.yaml").fixes
    assert [(f.line, f.pointer, f.old, f.new) for f in fixes] == [
        (4, "/data_use/permission", "GRU-CC", "GRU"),
        (4, "/data_use/modifiers/-", "", "CC"),
    ]
    assert all(f.reason for f in fixes)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("23/11/2026", "2026-11-23"),
        ("23.11.2026", "2026-11-23"),
        ("11/23/2026", "2026-11-23"),  # month first, but 23 cannot be a month
        ("05/05/2026", "2026-05-05"),  # both readings are the same day
        ("2026.11.23", "2026-11-23"),
        ("2026/1/5", "2026-01-05"),
        ("23 November 2026", "2026-11-23"),
        ("23rd Nov. 2026", "2026-11-23"),
        ("November 23, 2026", "2026-11-23"),
        ("Sept 3 2026", "2026-09-03"),
        ("01/02/2026", None),  # 1 February or 2 January
        ("31/02/2026", None),  # no such day
        ("2026-11-23", None),  # already right
        ("2026.11-23", None),  # mixed separators
        ("Ma 3 2026", None),  # March or May
        ("sometime in 2026", None),
    ],
)
def test_iso_date(value, expected):
    assert fix.iso_date(value) == expected


@pytest.mark.parametrize(
    ("enum", "value", "expected"),
    [
        ("Language", "en", "ENG"),
        ("Language", "english", "ENG"),
        ("Language", "eng", "ENG"),
        ("Licence", "cc-by-4.0", "CC_BY_4_0"),
        ("Licence", "CC BY 4.0", "CC_BY_4_0"),
        ("Licence", "CC BY-NC-ND 4.0", "CC_BYNCND_4_0"),
        ("Licence", "Creative Commons Attribution 4.0 International", "CC_BY_4_0"),
        ("Licence", "http://creativecommons.org/publicdomain/zero/1.0", "CC0"),
        ("Licence", "http://publications.europa.eu/resource/authority/licence/CC0", "CC0"),
        ("Country", "hun", "HUN"),
        ("Country", "HU", "HUN"),
        ("DuoPermission", "ds", "DS"),
        ("DuoPermission", "DUO:0000042", "GRU"),
        ("DuoModifier", "http://purl.obolibrary.org/obo/DUO_0000043", "CC"),
        ("Language", "ENG", None),  # already a code
        ("Licence", "CC-BY", None),  # several versions fit
        ("Country", "Hungry", None),  # a near miss is a hint, never a fix
        ("DuoPermission", "GRU-CC", None),  # obsolete: handled with its modifiers, not as a code
    ],
)
def test_code_for(enum, value, expected):
    found = fix.code_for(enum, value)
    assert (found[0] if found else None) == expected


def test_alias_targets_are_codes_of_their_enums():
    for enum, aliases in fix.ALIASES.items():
        assert set(aliases.values()) <= set(artefacts.enum_codes(enum)), enum


def test_demo_catalogue_needs_no_fix():
    assert fix.plan([CATALOG]) == []


def test_line_endings_and_byte_order_mark_are_kept(tmp_path):
    path = tmp_path / "crlf.yaml"
    path.write_bytes("\ufeffidentifier: X\r\nlanguage: [en]  # c\r\ndata_use:\r\n  permission: GRU-CC\r\n".encode())
    result = fix.plan_file(path)
    assert (
        result.after
        == "\ufeffidentifier: X\r\nlanguage: [ENG]  # c\r\ndata_use:\r\n  permission: GRU\r\n  modifiers: [CC]\r\n"
    )


@pytest.mark.parametrize(
    "content",
    [b"\x00\x01binary", b"language: [en\n", "language: [en]\n".encode("latin-1") + b"title: P\xe9cs\n", b"- en\n"],
    ids=["binary", "broken-yaml", "not-utf8", "not-a-mapping"],
)
def test_unreadable_files_are_left_to_validation(tmp_path, content):
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    assert fix.plan_file(path) is None


def test_write_is_atomic_and_keeps_the_file_mode(tmp_path):
    path = tmp_path / "d.yaml"
    path.write_text("identifier: X\nlanguage: [en]\n", encoding="utf-8")
    os.chmod(path, 0o640)
    fix.write(fix.plan([tmp_path]))
    assert path.read_text(encoding="utf-8") == "identifier: X\nlanguage: [ENG]\n"
    assert path.stat().st_mode & 0o777 == 0o640 and [p.name for p in tmp_path.iterdir()] == ["d.yaml"]


def test_diff_is_unified_and_names_the_file():
    result = fix.plan_file(FIX / "obsolete-no-modifiers.before.yaml", "catalog/hu/datasets/x.yaml")
    lines = result.diff().splitlines()
    assert lines[:3] == ["--- a/catalog/hu/datasets/x.yaml", "+++ b/catalog/hu/datasets/x.yaml", "@@ -1,4 +1,5 @@"]
    assert "-  permission: 'GRU-CC'   # quoted" in lines and "+  modifiers: ['CC']" in lines
