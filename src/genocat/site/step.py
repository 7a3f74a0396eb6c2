"""The site step of `genocat build`: every page besides the dataset pages (which the render workers
wrote, dataset_pages.py), the data files the browser code reads, the assets, the search index, the
sitemap. Input: what the build already holds (the layout's node records, the validation report, the
entries the dataset pages returned); output: files in the staging folder, swapped in with the RDF."""

from __future__ import annotations

import json
from pathlib import Path

from genocat.consent.export import browser_files
from genocat.findings import Report
from genocat.site import catalogue_pages, reference
from genocat.site.dataset_pages import PageWriter
from genocat.site.records import node_context

ASSETS = Path(__file__).resolve().parent / "assets"
DUO_ASSETS = Path(__file__).resolve().parent.parent / "site_assets"
DATASETS_FORMAT = 1


def page_writer(layout, report: Report, base: str, catalog_dir: Path) -> PageWriter:
    """The render hook for dataset pages, from the layout and the validation report."""
    nodes = {name: node_context(name, doc.data) for name, doc in layout.nodes.items()}
    node_of = {doc.data["identifier"]: node for doc, node, _iri in layout.datasets}
    return PageWriter(base, nodes, node_of, findings_by_path(report), scores_by_path(report), str(catalog_dir))


def findings_by_path(report: Report) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for f in report.findings:
        out.setdefault(f.path, []).append(
            {"code": f.code, "severity": f.severity.value, "line": f.line, "message": f.message}
        )
    return out


def scores_by_path(report: Report) -> dict[str, dict]:
    datasets = (report.score or {}).get("datasets", {})
    return {path: {"points": s["points"], "rating": s["rating"]} for path, s in datasets.items()}


def write_site(folder: Path, layout, report: Report, writer: PageWriter, site_url: str | None = None) -> dict[str, int]:
    """Write everything but the dataset pages into `folder`; how many pages of each kind."""
    from genocat.site import search_index

    gathered = sorted(writer.gathered, key=lambda g: g["entry"]["id"])
    counts = _write_rest(folder, layout, report, writer, gathered, site_url)
    for path, content in search_index.documents(gathered, cache=writer.cache_dir).items():  # whole each time
        _write(folder, path, content)
    return counts


def _write_rest(folder: Path, layout, report: Report, writer: PageWriter, gathered: list[dict], site_url) -> dict:
    """Every page but the dataset pages, the data files, the assets, the sitemap."""
    entries = [g["entry"] for g in gathered]
    nodes = sorted(writer.nodes.values(), key=lambda n: (n["title"].lower(), n["id"]))
    paths = {doc.data["identifier"]: doc.path for doc, _node, _iri in layout.datasets}
    pages: dict[str, bytes] = {"index.html": catalogue_pages.home(entries, nodes)}
    for node in nodes:
        pages[node["page"]] = catalogue_pages.node_page(node, entries)
    pages.update(catalogue_pages.shells())
    pages["statistics/index.html"] = catalogue_pages.statistics(entries)
    shown = {identifier: writer.shown(path) for identifier, path in paths.items()}
    pages.update(catalogue_pages.compliance(nodes, entries, writer.findings, paths, shown, report.waived_by_file))
    pages["reference/index.html"] = reference.reference_index()
    pages["reference/rules.html"] = reference.rules_page()
    pages["reference/schema.html"] = reference.schema_page()
    pages.update(reference.guide_pages())
    for path, content in pages.items():
        _write(folder, path, content)
    _write(folder, "data/datasets.json", datasets_json(entries))
    for name, text in sorted(browser_files({g["entry"]["id"]: g["data_use"] for g in gathered}).items()):
        _write(folder, f"data/consent/{name}", text.encode("utf-8"))
    copy_assets(folder)
    prefix = site_url.rstrip("/") + "/" if site_url else ""
    _write(folder, "sitemap.xml", sitemap(sorted(pages) + [e["url"] for e in entries], prefix))
    _write(folder, "robots.txt", f"User-agent: *\nAllow: /\nSitemap: {prefix}sitemap.xml\n".encode())
    return {"dataset pages": len(entries), "other pages": len(pages)}


def datasets_json(entries: list[dict]) -> bytes:
    """data/datasets.json: compact, sorted by id, keys sorted (site contract)."""
    data = {"format": DATASETS_FORMAT, "datasets": sorted(entries, key=lambda e: e["id"])}
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode("utf-8")


def sitemap(paths: list[str], prefix: str = "") -> bytes:
    """Every page. A sitemap needs absolute URLs, and only `genocat build --site-url` says where the
    site will be served: without it the locations are paths from the site root."""
    from markupsafe import escape

    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    lines += [f"<url><loc>{escape(prefix + path)}</loc></url>" for path in sorted(set(paths))]
    return ("\n".join(lines + ["</urlset>"]) + "\n").encode("utf-8")


def copy_assets(folder: Path) -> None:
    """The site's CSS and the browser code (assets/), material's stylesheet, the consent modules (assets/duo/)."""
    for source in sorted(p for p in ASSETS.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        _write(folder, "assets/" + source.relative_to(ASSETS).as_posix(), source.read_bytes())
    _write(folder, "assets/material.css", material_css())
    for source in sorted(p for p in DUO_ASSETS.iterdir() if p.is_file()):
        _write(folder, f"assets/duo/{source.name}", source.read_bytes())


def material_css() -> bytes:
    """mkdocs-material's main stylesheet, from the installed package (no CDN)."""
    import material

    folder = Path(material.__file__).resolve().parent / "templates" / "assets" / "stylesheets"
    found = sorted(folder.glob("main.*.min.css"))
    if not found:
        raise FileNotFoundError(f"mkdocs-material's stylesheet is not in {folder}")
    css = found[0].read_text(encoding="utf-8")
    css = css.split("/*# sourceMappingURL")[0].rstrip() + "\n"
    return css.encode("utf-8")


def _write(folder: Path, relative: str, content: bytes) -> None:
    """A file inside `folder` only (relative paths come from sanitised stems, checked again here)."""
    target = (folder / relative).resolve()
    if not target.is_relative_to(folder.resolve()):
        raise ValueError(f"{relative} would be written outside the site folder")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)
