"""Regenerate src/genocat/data/mondo.json, the disease ontology genocat ships, from a MONDO release.

Source: the report tables of a MONDO release (`class-stats.tsv`, `edges.tsv`, `xrefs.tsv`,
`obsoletes.tsv`, and `synonyms.tsv` when a release folder has one), by default
`../shared/external/mondo/release-2023-08-01/` (Mondo Disease Ontology, Monarch Initiative, CC BY 4.0;
see that folder's README for the commit they come from).

What is kept: every non-obsolete MONDO class with its label, its direct is-a parents (MONDO to MONDO
`rdfs:subClassOf`) and its cross-references to DOID, Orphanet, ICD-10 (ICD-10-CM and WHO, read as one
`ICD10:` namespace) and OMIM (entries and phenotypic series); every obsolete MONDO class with its label,
its replacement (followed to a live term) and its "consider" terms. MONDO numbers are written as integers
and each term is one line, so the file is small, diffable and fast to read in Python and in the browser.
Output is deterministic: running the script twice on the same release gives the same bytes (tested).

Usage: python scripts/build_mondo.py [RELEASE_DIR] [OUTPUT.json]
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_RELEASE = ROOT.parent / "shared" / "external" / "mondo" / "release-2023-08-01"
DEFAULT_OUT = ROOT / "src" / "genocat" / "data" / "mondo.json"

VERSION = "2023-08-01"
SOURCE = (
    "MONDO release 2023-08-01, report tables reports/*.tsv of github.com/monarch-initiative/mondo "
    "at commit bb9b423ad692725b9555b4929ff81ab2d11737d1"
)
ATTRIBUTION = (
    "Mondo Disease Ontology, Monarch Initiative, https://mondo.monarchinitiative.org/, release 2023-08-01, "
    "licensed CC BY 4.0 (http://creativecommons.org/licenses/by/4.0/). Labels, is-a parents, selected "
    "cross-references and obsolete-term replacements extracted by genocat; term content unmodified."
)
# Cross-reference prefixes of the release -> the prefix genocat reads and writes.
XREF_PREFIXES = {
    "DOID": "DOID",
    "Orphanet": "ORPHA",
    "ICD10CM": "ICD10",
    "ICD10WHO": "ICD10",
    "OMIM": "OMIM",
    "OMIMPS": "OMIMPS",
}
FORMAT = 1


class ReleaseError(ValueError):
    """A release table that does not say what this script expects."""


def unquote(value: str) -> str:
    """A SPARQL TSV value: "text" literals lose their quotes and escapes; IRIs and CURIEs stay."""
    value = value.strip()
    if len(value) >= 2 and value[0] == '"' and value[-1] == '"':
        return value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    return value


def rows(path: Path, columns: int) -> list[list[str]]:
    """Data rows of a TSV table (header skipped), padded to `columns` cells."""
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return [(cells + [""] * columns)[:columns] for cells in (line.split("\t") for line in lines if line)]


def number(curie: str) -> int:
    return int(curie.split(":", 1)[1])


def is_mondo(curie: str) -> bool:
    return curie.startswith("MONDO:") and curie[6:].isdigit()


def build(release: Path) -> dict:
    """The package data as a dict (see `dumps` for its exact text)."""
    labels = {cls: unquote(label) for cls, label in rows(release / "class-stats.tsv", 2) if is_mondo(cls)}
    replaced: dict[str, str] = {}
    consider: dict[str, set[str]] = defaultdict(set)
    obsolete: set[str] = set()
    for cls, repl, cons in rows(release / "obsoletes.tsv", 3):
        if not is_mondo(cls):
            continue
        obsolete.add(cls)
        repl, cons = unquote(repl), unquote(cons)
        if is_mondo(repl):
            replaced[cls] = repl
        if is_mondo(cons):
            consider[cls].add(cons)
    live = sorted(set(labels) - obsolete, key=number)

    parents: dict[str, set[str]] = defaultdict(set)
    for child, predicate, parent in rows(release / "edges.tsv", 3):
        if predicate == "rdfs:subClassOf" and is_mondo(child) and is_mondo(parent) and child not in obsolete:
            if parent in obsolete or parent not in labels:
                raise ReleaseError(f"{child} has the parent {parent}, which is not a live MONDO class")
            parents[child].add(parent)

    xrefs: dict[str, set[str]] = defaultdict(set)
    for cls, xref in rows(release / "xrefs.tsv", 2):
        prefix, _, local = unquote(xref).partition(":")
        if is_mondo(cls) and cls not in obsolete and prefix in XREF_PREFIXES and local:
            xrefs[cls].add(f"{XREF_PREFIXES[prefix]}:{local.strip()}")

    synonyms: dict[str, set[str]] = defaultdict(set)
    if (release / "synonyms.tsv").exists():  # no MONDO release table of synonyms was obtainable yet
        for cls, synonym in rows(release / "synonyms.tsv", 2):
            if is_mondo(cls) and cls not in obsolete and unquote(synonym):
                synonyms[cls].add(unquote(synonym))

    terms = []
    for cls in live:
        if not labels[cls]:
            raise ReleaseError(f"{cls} has no label")
        row = [number(cls), labels[cls], sorted(map(number, parents[cls])), sorted(xrefs[cls])]
        if synonyms:
            row.append(sorted(synonyms[cls]))
        terms.append(row)

    def final(cls: str) -> str | None:
        seen = set()
        while cls in replaced and cls not in seen:
            seen.add(cls)
            cls = replaced[cls]
        return cls if cls in labels and cls not in obsolete else None

    old = []
    for cls in sorted(obsolete, key=number):
        target = final(cls) if cls in replaced else None
        advice = sorted(number(c) for c in consider[cls] if c in labels and c not in obsolete)
        old.append([number(cls), labels.get(cls, ""), number(target) if target else None, advice])
    return {
        "format": FORMAT,
        "version": VERSION,
        "source": SOURCE,
        "license": "CC BY 4.0",
        "attribution": ATTRIBUTION,
        "terms": terms,
        "obsolete": old,
    }


def dumps(data: dict) -> str:
    """One header line per field, then one line per term: compact, stable and diffable."""
    fields = [key for key in data if key not in ("terms", "obsolete")]
    head = [f"{json.dumps(key)}:{json.dumps(data[key], ensure_ascii=False)}" for key in fields]
    parts = ["{" + ",\n".join(head) + ","]
    for key in ("terms", "obsolete"):
        body = ",\n".join(json.dumps(row, ensure_ascii=False, separators=(",", ":")) for row in data[key])
        parts.append(f'"{key}":[\n{body}\n]' + ("," if key == "terms" else ""))
    return "\n".join(parts) + "}\n"


def main(argv: list[str]) -> int:
    release = Path(argv[1]) if len(argv) > 1 else DEFAULT_RELEASE
    out = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT
    try:
        text = dumps(build(release))
    except (OSError, ReleaseError) as exc:
        print(f"build_mondo: {exc}", file=sys.stderr)
        return 2
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out} ({len(text.encode()):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
