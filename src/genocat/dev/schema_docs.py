"""Render the schema reference pages (Markdown for mkdocs) from the LinkML schema view."""

from __future__ import annotations


def _cell(text: str | None) -> str:
    return " ".join((text or "").split()).replace("|", "\\|")


def _cardinality(slot) -> str:
    low = "1" if slot.required else "0"
    high = "n" if slot.multivalued else "1"
    return f"{low}..{high}"


def _range_link(view, rng: str | None) -> str:
    rng = rng or "string"
    if rng in view.all_classes():
        return f"[{rng}]({rng}.md)"
    if rng in view.all_enums():
        return f"[{rng}](vocabularies.md#{rng.lower()})"
    return f"`{rng}`"


def class_page(view, name: str) -> str:
    cls = view.get_class(name)
    lines = [f"# {name}", "", _cell(cls.description), "", f"RDF class: `{view.expand_curie(cls.class_uri)}`", ""]
    if cls.is_a:
        lines += [f"Specialises [{cls.is_a}]({cls.is_a}.md).", ""]
    lines += ["| key | predicate | range | cardinality | description |", "|---|---|---|---|---|"]
    for slot in sorted(view.class_induced_slots(name), key=lambda s: s.name):
        lines.append(
            f"| `{slot.name}` | `{view.expand_curie(slot.slot_uri)}` | {_range_link(view, slot.range)} "
            f"| {_cardinality(slot)} | {_cell(slot.description)} |"
        )
    return "\n".join(lines) + "\n"


def vocabularies_page(view) -> str:
    lines = ["# Vocabularies", "", "Short codes a submission uses, and the IRI the catalogue writes for each.", ""]
    for name in sorted(view.all_enums()):
        enum = view.get_enum(name)
        lines += [f"## {name}", "", _cell(enum.description), "", "| code | IRI | meaning |", "|---|---|---|"]
        for code, pv in enum.permissible_values.items():
            iri = view.expand_curie(pv.meaning) if pv.meaning else ""
            lines.append(f"| `{code}` | `{iri}` | {_cell(pv.title or pv.description)} |")
        lines.append("")
    return "\n".join(lines)


def index_page(view) -> str:
    schema = view.schema
    lines = [
        "# Schema reference",
        "",
        "Generated from the LinkML schema in `schema/` by `python -m genocat.dev.generate`; do not edit.",
        "",
        _cell(schema.description),
        "",
        "## Classes",
        "",
        "| class | RDF class | description |",
        "|---|---|---|",
    ]
    for name in sorted(view.all_classes()):
        cls = view.get_class(name)
        lines.append(f"| [{name}]({name}.md) | `{view.expand_curie(cls.class_uri)}` | {_cell(cls.description)} |")
    lines += ["", "## Namespaces", "", "| prefix | namespace |", "|---|---|"]
    for prefix, value in sorted(view.namespaces().items()):
        lines.append(f"| `{prefix}` | `{value}` |")
    lines += ["", "See also the [vocabularies](vocabularies.md).", ""]
    return "\n".join(lines)


def render_pages(view) -> dict[str, str]:
    pages = {"index.md": index_page(view), "vocabularies.md": vocabularies_page(view)}
    for name in sorted(view.all_classes()):
        pages[f"{name}.md"] = class_page(view, name)
    return pages
