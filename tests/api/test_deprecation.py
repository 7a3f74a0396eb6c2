"""The deprecation policy, on its first name: `genocat.score.score_paths` (0.2.0, removed in 0.3.0)."""

from __future__ import annotations

import warnings

import pytest

from genocat.deprecation import GenocatDeprecationWarning


def test_deprecated_name_warns_and_still_works():
    import genocat.score
    from genocat.score.engine import score_paths as current

    with pytest.warns(
        GenocatDeprecationWarning,
        match=r"genocat\.score\.score_paths .* removed in 0\.3\.0; use genocat\.score_datasets",
    ):
        old = genocat.score.score_paths
    assert old is current


def test_from_import_warns_at_the_callers_line():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        from genocat.score import score_paths  # noqa: F401

    ours = [w for w in caught if issubclass(w.category, GenocatDeprecationWarning)]
    assert ours  # `from ... import` looks the name up twice (hasattr, then getattr): both point here
    assert {w.filename for w in ours} == {__file__}


def test_deprecation_is_a_deprecation_warning():
    """Test runners that turn DeprecationWarning into errors (as ours does) catch uses of old names."""
    assert issubclass(GenocatDeprecationWarning, DeprecationWarning)


def test_other_names_are_not_deprecated():
    import genocat.score

    with pytest.raises(AttributeError, match="has no attribute 'nothing'"):
        genocat.score.nothing  # noqa: B018
