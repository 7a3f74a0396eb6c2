"""File names from identifiers stay inside their folder, whatever the identifier holds."""

from __future__ import annotations

import pytest

from genocat.build.iris import file_stem


@pytest.mark.parametrize(
    "identifier",
    ["../../etc/passwd", "..", ".hidden", "a/b", "a\\b", "C:\\x", "/abs", "", "ünï cødé", "x\x00y"],
)
def test_hostile_identifiers_become_plain_file_names(identifier):
    stem = file_stem(identifier)
    assert stem and "/" not in stem and "\\" not in stem and ":" not in stem and "\x00" not in stem
    assert not stem.startswith(".")


def test_safe_identifiers_are_kept_and_distinct_unsafe_ones_stay_distinct():
    assert file_stem("GDI-HU-PECS-1") == "GDI-HU-PECS-1"
    assert file_stem("a/b") != file_stem("a_b") and file_stem("a/b") != file_stem("a\\b")
