"""The import report: what could not be mapped (predicate, subject, count, values, why) and what the
importer had to add, as a table for the terminal and as JSON for `--report`.

Blank nodes have no stable names, so a blank subject is shown by the path that leads to it from a
named node (`<https://x/ds1> dct:publisher [ ]`); the report is the same on every run.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass

from rdflib import BNode, Literal, URIRef

KINDS = ("unmapped", "not-in-enum", "changed", "layout", "outside")
# what is lost: "changed" values come back written differently, "outside" triples describe a resource
# outside the records (a vocabulary concept, a web page's type)
LOST_KINDS = frozenset({"unmapped", "not-in-enum", "layout"})


def lost(rows: list[Entry]) -> list[Entry]:
    return [row for row in rows if row.kind in LOST_KINDS]


def summary(rows: list[Entry]) -> str:
    """The line above the table: what is lost, or that nothing is."""
    count = sum(row.count for row in lost(rows))
    if count:
        noun = "triple" if count == 1 else "triples"
        return f"Not mapped: {count} {noun} that genocat's build of these files will not reproduce:"
    others = sum(row.count for row in rows)
    if not others:
        return "Nothing lost: genocat's build of these files reproduces every triple."
    if others == 1:
        what = "1 triple comes back written differently or describes a resource"
    else:
        what = f"{others} triples come back written differently or describe resources"
    return f"Nothing lost: {what} outside the records (vocabulary concepts, web pages):"


@dataclass(frozen=True, order=True)
class Entry:
    """One row: triples of one predicate on one subject that share a reason."""

    predicate: str
    subject: str
    kind: str  # see KINDS
    reason: str
    count: int
    values: tuple[str, ...] = ()

    def as_json(self) -> dict:
        data = asdict(self)
        data["values"] = list(self.values)
        return data


@dataclass(frozen=True, order=True)
class Addition:
    """A value the importer wrote that the source does not state (e.g. an identifier made from an IRI)."""

    file: str
    field: str
    value: str
    reason: str


def value_label(term) -> str:
    if isinstance(term, Literal):
        text = str(term)
        suffix = f"@{term.language}" if term.language else (f"^^<{term.datatype}>" if term.datatype else "")
        return json.dumps(text, ensure_ascii=False) + suffix
    if isinstance(term, URIRef):
        return f"<{term}>"
    return "[ ]"


class Labels:
    """Stable names for subjects: IRIs as themselves, blank nodes by the path that reaches them."""

    def __init__(self, graph, smap, content_key) -> None:
        self.graph, self.smap, self.content_key = graph, smap, content_key
        self._done: dict = {}

    def __call__(self, node, depth: int = 0) -> str:
        if not isinstance(node, BNode):
            return f"<{node}>"
        if node in self._done:
            return self._done[node]
        parents = sorted(
            ((s, p) for s, p in self.graph.subject_predicates(node) if s != node),
            key=lambda sp: (isinstance(sp[0], BNode), str(sp[1]), self.content_key(sp[0])),
        )
        if parents and depth < 8:
            parent, predicate = parents[0]
            label = f"{self(parent, depth + 1)} {self.smap.label(str(predicate))} [ ]"
        else:
            label = "[ ] #" + hashlib.sha256(self.content_key(node).encode()).hexdigest()[:8]
        self._done[node] = label
        return label


def entries(lost: list[tuple], notes: dict, labels: Labels, smap, default) -> list[Entry]:
    """Group lost triples into rows; `notes` gives (kind, reason) per triple, `default(triple)` otherwise."""
    groups: dict[tuple, list] = {}
    for triple in lost:
        kind, reason = notes.get(triple) or default(triple)
        key = (smap.label(str(triple[1])), labels(triple[0]), kind, reason)
        groups.setdefault(key, []).append(value_label(triple[2]))
    return sorted(
        Entry(predicate, subject, kind, reason, len(values), tuple(sorted(set(values))))
        for (predicate, subject, kind, reason), values in groups.items()
    )


def table(rows: list[Entry], width: int = 60) -> str:
    """The rows as a plain-text table (no colour: it goes to stderr and into CI logs)."""
    if not rows:
        return ""
    header = ("predicate", "subject", "count", "why (values)")
    lines = [header]
    for row in rows:
        shown = ", ".join(_short(v, width) for v in row.values[:3]) + (" ..." if len(row.values) > 3 else "")
        lines.append((row.predicate, _short(row.subject, width), str(row.count), f"{row.reason}: {shown}"))
    widths = [max(len(line[i]) for line in lines) for i in range(3)]
    out = []
    for line in lines:
        out.append("  ".join(cell.ljust(widths[i]) if i < 3 else cell for i, cell in enumerate(line)).rstrip())
    return "\n".join(out) + "\n"


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def as_json(inputs: list[str], out_dir: str, written: list[str], rows: list[Entry], added: list[Addition]) -> str:
    document = {
        "inputs": inputs,
        "out": out_dir,
        "written": sorted(written),
        "nothing_lost": not lost(rows),
        "not_mapped": [row.as_json() for row in rows],
        "added": [asdict(a) for a in sorted(added)],
    }
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"
