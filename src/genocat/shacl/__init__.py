"""The SHACL layer: the submissions' RDF, built in memory, checked against shapes; results as findings.

shapes.py loads shape sets (repairing known upstream defects), check.py runs them per dataset,
findings.py places each result on the YAML line it comes from.
"""

from __future__ import annotations

from pathlib import Path

from genocat.build.catalogue import assemble
from genocat.build.iris import DEFAULT_BASE_IRI
from genocat.findings import Finding
from genocat.load import Document
from genocat.shacl.check import ShapeSpec, run, units
from genocat.shacl.findings import to_findings
from genocat.shacl.shapes import ShapesError

__all__ = ["ShapesError", "check_documents", "shape_specs"]


def shape_specs(shape_paths: list[Path] | tuple[Path, ...] = ()) -> list[ShapeSpec]:
    """The generated shapes always; the user's files (all of them together) as one more set."""
    specs = [ShapeSpec("genocat", ())]
    if shape_paths:
        specs.append(ShapeSpec("official", tuple(str(Path(p)) for p in shape_paths)))
    return specs


def check_documents(
    documents: list[Document],
    root: Path,
    shape_paths=(),
    jobs: int | None = None,
    base: str = DEFAULT_BASE_IRI,
    cache_dir: Path | None = None,
) -> list[Finding]:
    """SHACL findings for loaded submissions (`root`: the folder whose layout places the datasets;
    `cache_dir`: reuse the results of datasets whose RDF and shapes are unchanged)."""
    from genocat.shacl.shapes import shape_sets

    for path in shape_paths:  # fail early, with a usage message, on a shape file that cannot be used
        shape_sets("check", [Path(path)])
    graphs = assemble(documents, Path(root), base, strict=False)
    results = run(units(graphs), shape_specs(shape_paths), jobs, cache_dir)
    return to_findings(results, graphs, documents)
