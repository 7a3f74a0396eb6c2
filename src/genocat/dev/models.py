"""The typed record classes (`genocat.generated.models`), generated from the LinkML schema.

LinkML's Pydantic generator writes one class per schema class and one `str` enum per enum, with the
slot names as field names, so `Dataset.model_dump(mode="json", exclude_none=True)` is a submission's
mapping. Regenerated with the other artefacts by `python -m genocat.dev.generate`.
"""

from __future__ import annotations

from pathlib import Path

HEADER = '''"""Typed record classes generated from the LinkML schema by `python -m genocat.dev.generate`; do not edit.

Use them through `genocat.records` (building, validating and writing records); see docs/python.md.
"""
# mypy: disable-error-code="no-untyped-def,type-arg"
'''


def render(schema: Path) -> str:
    """The module text: LinkML's Pydantic classes without per-class metadata, under our header."""
    from linkml.generators.pydanticgen import PydanticGenerator

    text = PydanticGenerator(str(schema), mergeimports=True, metadata_mode=None).serialize()
    return HEADER + text.rstrip("\n") + "\n"
