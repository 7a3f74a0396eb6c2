"""What `genocat` exports: every name of `__all__` resolves, and `import genocat` stays cheap."""

from __future__ import annotations

import subprocess
import sys

import pytest

import genocat


@pytest.mark.parametrize("name", [n for n in genocat.__all__ if n != "__version__"])
def test_every_public_name_resolves(name):
    value = getattr(genocat, name)
    assert value is getattr(genocat, name)  # loaded once, then kept


@pytest.mark.parametrize("name", [n for n in genocat.__all__ if n != "__version__"])
def test_every_public_name_has_a_docstring_for_the_reference(name):
    doc = getattr(genocat, name).__doc__ or ""
    assert doc.strip() and not doc.startswith(f"{name}("), f"genocat.{name} has no docstring of its own"


def test_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'score_paths'"):
        genocat.score_paths  # noqa: B018


def test_names_with_commands_are_not_shadowed_by_subpackages():
    """`genocat.build` and `genocat.score` are subpackages; the API functions have names of their own,
    which importing the subpackages cannot replace."""
    import genocat.build.pipeline
    import genocat.score.engine

    assert genocat.build_catalogue.__module__ == "genocat.api"
    assert genocat.score_datasets.__module__ == "genocat.api"


def test_import_genocat_loads_no_heavy_module():
    heavy = "('pydantic', 'pyoxigraph', 'rdflib', 'genocat.validator')"
    code = f"import sys, genocat; print(sorted(m for m in {heavy} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_default_base_iri_is_the_builders():
    from genocat.api import DEFAULT_BASE_IRI
    from genocat.build.iris import DEFAULT_BASE_IRI as BUILDER

    assert DEFAULT_BASE_IRI == BUILDER


def test_all_lists_exactly_the_public_names():
    assert genocat.__all__ == ["__version__", *sorted(genocat._PUBLIC)]
