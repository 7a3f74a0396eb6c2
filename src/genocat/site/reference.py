"""The reference and guide pages: the validation rules (from the rule registry, as
genocat.dev.rules_docs writes docs/rules.md), the schema (from the generated schema index, the
LinkML schema's shipped form) and the hand-written guides of docs/ (an installed wheel carries them
as genocat/guides/, see setup.py).
Markdown is the project's own (trusted) text, converted with Python-Markdown as mkdocs does."""

from __future__ import annotations

import re
from pathlib import Path

import markdown
from markupsafe import Markup, escape

from genocat.artefacts import schema_index
from genocat.labels import field_label
from genocat.site.pages import render

EXTENSIONS = ["tables", "fenced_code", "toc", "admonition", "attr_list", "def_list"]
PACKAGED_DOCS = Path(__file__).resolve().parents[1] / "guides"  # in an installed wheel (setup.py copies them)
CHECKOUT_DOCS = Path(__file__).resolve().parents[3] / "docs"  # in a checkout (and an editable install)
DOCS = PACKAGED_DOCS if PACKAGED_DOCS.is_dir() else CHECKOUT_DOCS
OVERVIEW = "overview"  # the page of docs/index.md
GUIDES = (
    ("researchers", "For researchers: search, the consent question, the basket"),
    ("stewards", "For data stewards: write, validate and fix a submission; CI"),
    ("operators", "For operators: build, publish to a triple store, serve"),
    ("site", "The published site: build, serve, security headers"),
)


def to_html(text: str, links: dict[str, str] | None = None) -> Markup:
    html = markdown.markdown(text, extensions=EXTENSIONS, output_format="html")
    html = re.sub(r'href="([^":#]+)\.md(#[^"]*)?"', lambda m: f'href="{_link(m, links)}"', html)
    return Markup(html)


def _link(match: re.Match, links: dict[str, str] | None) -> str:
    target, anchor = match.group(1), match.group(2) or ""
    if links and target in links:
        return links[target] + anchor
    return f"{target}.html{anchor}"


def rules_page() -> bytes:
    from genocat.dev.rules_docs import render as rules_markdown

    text = rules_markdown().replace(
        "Generated from the rule registry by `python -m genocat.dev.generate`; do not edit.",
        "Generated from the rule registry.",
    )
    return render(
        "doc.html",
        "reference/rules.html",
        title="Validation rules",
        section="guides",
        crumbs=[{"href": "reference/index.html", "label": "Reference"}],
        body=to_html(text),
    )


def schema_page() -> bytes:
    index = schema_index()
    out = [
        "# Schema",
        "",
        "Every class of the submission schema, its fields, their RDF predicates and vocabularies.",
        "Generated from the LinkML schema (its generated index, shipped with genocat).",
        "",
    ]
    for name, info in sorted(index["classes"].items()):
        out += [
            f"## {name}",
            "",
            f"RDF class: `{info.get('uri') or ''}`",
            "",
            "| Field | Key | Required | Many | Range | RDF predicate |",
            "|---|---|---|---|---|---|",
        ]
        for slot in info.get("slot_order") or sorted(info.get("slots", {})):
            spec = info["slots"].get(slot, {})
            row = [
                field_label(name, slot),
                f"`{slot}`",
                "yes" if spec.get("required") else "",
                "yes" if spec.get("multivalued") else "",
                _range(spec.get("range")),
                f"`{spec.get('uri') or ''}`",
            ]
            out.append("| " + " | ".join(_cell(c) for c in row) + " |")
        out.append("")
    out += ["## Vocabularies", ""]
    for enum, codes in sorted(index["enums"].items()):
        description = (index.get("enum_info", {}).get(enum) or {}).get("description") or ""
        out += [f"### {enum}", "", _cell(description), "", "| Code | Label |", "|---|---|"]
        out += [f"| `{code}` | {_cell((entry or {}).get('label') or '')} |" for code, entry in sorted(codes.items())]
        out.append("")
    return render(
        "doc.html",
        "reference/schema.html",
        title="Schema",
        section="guides",
        crumbs=[{"href": "reference/index.html", "label": "Reference"}],
        body=to_html("\n".join(out)),
    )


def _range(rng) -> str:
    index = schema_index()
    if rng in index["classes"] or rng in index["enums"]:
        return f"[{rng}](#{str(rng).lower()})"
    return str(rng or "")


def _cell(text) -> str:
    return str(escape(str(text))).replace("|", "\\|").replace("\n", " ")


def reference_index() -> bytes:
    text = "\n".join(
        [
            "# Reference",
            "",
            "- [Schema](schema.html): every field of a submission, its RDF predicate and vocabulary.",
            "- [Validation rules](rules.html): every rule code, with a passing and a failing example.",
            "- The whole catalogue, for harvesters: [Turtle](../catalogue.ttl), [JSON-LD](../catalogue.jsonld), "
            "[RDF/XML](../catalogue.rdf); the [sitemap](../sitemap.xml).",
        ]
    )
    return render(
        "doc.html", "reference/index.html", title="Reference", section="guides", crumbs=[], body=to_html(text)
    )


def guide_pages(docs: Path = DOCS) -> dict[str, bytes]:
    """guides/index.html and one page per markdown file of docs/ (top level)."""
    pages: dict[str, bytes] = {}
    files = sorted(docs.glob("*.md")) if docs.is_dir() else []
    # docs/index.md (the documentation's front page) cannot be guides/index.html: that is this list of guides
    links = {"rules": "../reference/rules.html", "index": f"{OVERVIEW}.html"}
    for path in files:
        if path.stem == "rules":
            continue
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"\]\(schema/[^)]*\)", "](../reference/schema.html)", text)
        title = next((line[2:].strip() for line in text.splitlines() if line.startswith("# ")), path.stem)
        name = OVERVIEW if path.stem == "index" else path.stem
        pages[f"guides/{name}.html"] = render(
            "doc.html",
            f"guides/{name}.html",
            title=title,
            section="guides",
            crumbs=[{"href": "guides/index.html", "label": "Guides"}],
            body=to_html(text, links),
        )
    present = {p.stem for p in files}
    lines = ["# Guides", ""]
    lines += [f"- [{title}]({name}.html)" for name, title in GUIDES if name in present]
    others = sorted(p for p in present if p not in dict(GUIDES) and p not in ("rules", "index"))
    if others or "index" in present:
        lines += ["", "## More documentation", ""]
        lines += [f"- [What genocat is]({OVERVIEW}.html)"] if "index" in present else []
        lines += [f"- [{_title(docs / f'{p}.md')}]({p}.html)" for p in others]
    if not files:
        lines += [
            "The guides are part of genocat's documentation (the `docs/` folder of its source), which this",
            "installation does not include.",
        ]
    lines += ["", "See also the [reference](../reference/index.html): schema and validation rules."]
    pages["guides/index.html"] = render(
        "doc.html", "guides/index.html", title="Guides", section="guides", crumbs=[], body=to_html("\n".join(lines))
    )
    return pages


def _title(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem
