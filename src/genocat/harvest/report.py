"""The harvest report: per node what was added, changed, removed, left unchanged, the conflicts and
faults (one line each) and, per written record, what could not be mapped; as text and as JSON."""

from __future__ import annotations

import json

from genocat.harvest.run import HarvestResult
from genocat.rdf_import.report import table


def text(result: HarvestResult, details: bool = True) -> str:
    lines = []
    for node in result.nodes:
        counts = (
            f"added {len(node.added)}, changed {len(node.changed)}, removed {len(node.removed)}, "
            f"unchanged {len(node.unchanged)}, conflicts {len(node.conflicts)}, errors {len(node.faults)}"
        )
        lines.append(f"{node.name}: {node.source} ({node.kind}) -> {node.out}: {counts}")
        for label, paths in (("added", node.added), ("changed", node.changed), ("removed", node.removed)):
            lines += [f"  {label} {p}" for p in paths]
        lines += [f"  conflict {c}" for c in node.conflicts]
        lines += [f"  error {f}" for f in node.faults]
        lines += [f"  note {n}" for n in node.notes]
        if details:
            for path, rows in sorted(node.not_mapped.items()):
                count = sum(r.count for r in rows)
                lines.append(f"  not mapped in {path}: {count} triple{'s' if count != 1 else ''}")
                lines += ["    " + line for line in table(rows).splitlines()]
    return "\n".join(lines) + "\n"


def as_dict(result: HarvestResult) -> dict:
    return {
        "exit_code": result.exit_code,
        "nodes": [
            {
                "name": node.name,
                "source": node.source,
                "kind": node.kind,
                "out": str(node.out),
                "fetched": node.fetched,
                "added": node.added,
                "changed": node.changed,
                "removed": node.removed,
                "unchanged": node.unchanged,
                "conflicts": [{"file": c.url, "message": str(c)} for c in node.conflicts],
                "errors": [{"url": f.url, "message": str(f)} for f in node.faults],
                "notes": node.notes,
                "not_mapped": {p: [r.as_json() for r in rows] for p, rows in sorted(node.not_mapped.items())},
            }
            for node in result.nodes
        ],
    }


def as_json(result: HarvestResult) -> str:
    return json.dumps(as_dict(result), indent=1, ensure_ascii=False) + "\n"
