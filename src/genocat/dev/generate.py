"""Regenerate every artefact derived from the LinkML schema in `schema/`.

    python -m genocat.dev.generate            # write them
    python -m genocat.dev.generate --check    # exit 1 if any is stale

The validator, builder and site read only these artefacts, never the LinkML runtime: the schema is
the single source of truth and this is the one command that turns it into what the package ships.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SCHEMA = ROOT / "schema" / "genocat.yaml"
GENERATED = ROOT / "src" / "genocat" / "generated"
SCHEMA_DOCS = ROOT / "docs" / "schema"


def _schema_view():
    from linkml_runtime.utils.schemaview import SchemaView

    return SchemaView(str(SCHEMA), merge_imports=True)


def json_schema() -> str:
    from linkml.generators.jsonschemagen import JsonSchemaGenerator

    text = JsonSchemaGenerator(str(SCHEMA), include_null=False, mergeimports=True).serialize()
    return json.dumps(json.loads(text), indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def shacl() -> str:
    from linkml.generators.shaclgen import ShaclGenerator

    return ShaclGenerator(str(SCHEMA), mergeimports=True, metadata=False).serialize()


def jsonld_context() -> str:
    from linkml.generators.jsonldcontextgen import ContextGenerator

    text = ContextGenerator(str(SCHEMA), mergeimports=True, metadata=False).serialize()
    return json.dumps(json.loads(text), indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def schema_index() -> str:
    """Slot and enum facts for the builder and the vocabulary rules, as plain JSON."""
    view = _schema_view()
    classes = {}
    for name in sorted(view.all_classes()):
        cls = view.get_class(name)
        slots = {}
        for slot in view.class_induced_slots(name):
            slots[slot.name] = {
                "uri": view.expand_curie(slot.slot_uri),
                "range": slot.range or "string",
                "multivalued": bool(slot.multivalued),
                "required": bool(slot.required),
            }
        classes[name] = {
            "uri": view.expand_curie(cls.class_uri),
            "is_a": cls.is_a,
            "language_map": "language_map" in (cls.annotations or {}),
            "slots": dict(sorted(slots.items())),
        }
    enums = {}
    for name in sorted(view.all_enums()):
        values = {}
        for code, pv in view.get_enum(name).permissible_values.items():
            values[str(code)] = {
                "meaning": view.expand_curie(pv.meaning) if pv.meaning else None,
                "label": pv.title or pv.description or str(code),
                "annotations": {k: str(v.value) for k, v in sorted((pv.annotations or {}).items())},
            }
        enums[name] = dict(sorted(values.items()))
    types = {}
    for name in sorted(view.all_types()):
        typ = view.get_type(name)
        types[name] = {"base": typ.typeof or typ.base, "pattern": typ.pattern}
    index = {"classes": classes, "enums": enums, "types": types}
    return json.dumps(index, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def schema_docs() -> dict[str, str]:
    """Markdown reference pages, one per class and enum, plus an index."""
    from genocat.dev.schema_docs import render_pages

    return render_pages(_schema_view())


def artefacts() -> dict[Path, str]:
    files = {
        GENERATED / "genocat.schema.json": json_schema(),
        GENERATED / "genocat.shacl.ttl": shacl(),
        GENERATED / "genocat.context.jsonld": jsonld_context(),
        GENERATED / "schema_index.json": schema_index(),
    }
    for name, text in schema_docs().items():
        files[SCHEMA_DOCS / name] = text
    from genocat.dev.rules_docs import render as rules_page

    files[ROOT / "docs" / "rules.md"] = rules_page()
    return files


def stale(files: dict[Path, str]) -> list[Path]:
    expected_docs = {p for p in files if p.parent == SCHEMA_DOCS}
    extra = [p for p in SCHEMA_DOCS.glob("*.md") if p not in expected_docs] if SCHEMA_DOCS.exists() else []
    changed = [p for p, text in files.items() if not p.exists() or p.read_text(encoding="utf-8") != text]
    return sorted(changed + extra)


def main(argv: list[str]) -> int:
    files = artefacts()
    if "--check" in argv:
        out_of_date = stale(files)
        for path in out_of_date:
            print(f"stale: {path.relative_to(ROOT)}")
        return 1 if out_of_date else 0
    SCHEMA_DOCS.mkdir(parents=True, exist_ok=True)
    for path in SCHEMA_DOCS.glob("*.md"):
        if path not in files:
            path.unlink()
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    print(f"wrote {len(files)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
