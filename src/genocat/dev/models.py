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
    """The module text: LinkML's Pydantic classes without per-class metadata, under our header.

    Enum members are named by their codes (`HealthCategory.HGPD`): the generator would name them by the
    permissible values' titles, which are the vocabularies' long labels."""
    from linkml.generators.pydanticgen import PydanticGenerator
    from linkml_runtime.utils.schemaview import SchemaView

    view = SchemaView(str(schema), merge_imports=True)
    view.merge_imports()
    for enum in view.schema.enums.values():
        for value in enum.permissible_values.values():
            value.title = None
    text = PydanticGenerator(view.schema, metadata_mode=None).serialize()
    return HEADER + text.rstrip("\n") + "\n"
