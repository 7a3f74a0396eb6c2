"""The pages that list or count datasets: home, one per node, the search / consent / basket shells,
statistics (SVG charts) and the compliance dashboard. All are made from the datasets.json entries
the dataset pages returned and from the validation report; none reads a submission."""

from __future__ import annotations

from collections import Counter

from genocat.artefacts import enum_codes
from genocat.build.iris import file_stem
from genocat.site.charts import bar_chart
from genocat.site.pages import catalogue_alternates, render
from genocat.site.words import duo_words, human

NEWEST = 10
SHELLS = {
    "search/index.html": (
        "search",
        "Search the catalogue",
        "gc-search",
        "Search every dataset by text, and filter by country, data category, consent and more.",
    ),
    "consent/index.html": (
        "consent",
        "May I use it?",
        "gc-consent",
        "Describe your research purpose and see which datasets permit it, and why.",
    ),
    "basket/index.html": (
        "basket",
        "Access-request basket",
        "gc-basket",
        "The datasets you want to request, grouped by the body that grants access.",
    ),
    "basket/request.html": (
        "basket",
        "Access request",
        "gc-request",
        "A printable access request for one access body.",
    ),
}


def home(entries: list[dict], nodes: list[dict]) -> bytes:
    individuals = sum(e["individuals"] or 0 for e in entries)
    newest = sorted(entries, key=lambda e: (e["issued"], e["id"]), reverse=True)[:NEWEST]
    return render(
        "home.html",
        "index.html",
        title="Home",
        section="home",
        description="Search Europe's genomic datasets, check their data-use conditions and request access.",
        alternates=catalogue_alternates("./"),
        numbers={"nodes": len(nodes), "datasets": len(entries), "individuals": individuals},
        by_category=_counts(c for e in entries for c in e["data_categories"]),
        by_country=_country_rows(entries),
        newest=newest,
        nodes=nodes,
    )


def node_page(node: dict, entries: list[dict]) -> bytes:
    mine = sorted((e for e in entries if e["node"] == node["id"]), key=lambda e: (e["title"].lower(), e["id"]))
    return render(
        "node.html",
        node["page"],
        title=node["title"],
        section="home",
        node=node,
        datasets=mine,
        individuals=sum(e["individuals"] or 0 for e in mine),
        compliance_page=f"compliance/{file_stem(node['id'])}.html",
    )


def shells() -> dict[str, bytes]:
    return {
        path: render(
            "shell.html",
            path,
            title=title,
            section=section,
            mount=mount,
            lead=lead,
            page_kind=mount[3:],
            countries=_countries() if mount == "gc-consent" else [],
        )
        for path, (section, title, mount, lead) in SHELLS.items()
    }


def _countries() -> list[tuple[str, str]]:
    """(two-letter code, name) of the countries the schema's country table knows, by name: the suggestions of
    the purpose form's country field, which takes the matcher's ISO 3166-1 alpha-2 code (any country's)."""
    table = enum_codes("Country")
    found = {(e.get("annotations") or {}).get("iso2"): human("Country", code) for code, e in table.items()}
    return sorted(((iso2, name) for iso2, name in found.items() if iso2), key=lambda c: (c[1], c[0]))


def statistics(entries: list[dict]) -> bytes:
    countries = _country_rows(entries)
    charts = [
        ("datasets-per-country", "Datasets per country", [(c["label"], c["datasets"]) for c in countries], "Datasets"),
        (
            "individuals-per-country",
            "Individuals per country",
            [(c["label"], c["individuals"]) for c in countries],
            "Individuals",
        ),
        ("data-categories", "Data categories", _counts(v for e in entries for v in e["data_categories"]), "Datasets"),
        (
            "reference-genomes",
            "Reference genomes",
            _counts(v for e in entries for v in e["reference_genomes"]),
            "Datasets",
        ),
        ("platforms", "Sequencing platforms", _counts(v for e in entries for v in e["platforms"]), "Datasets"),
        (
            "duo-permissions",
            "Data-use permissions (DUO)",
            _counts(duo_words(e["permission"]) for e in entries if e["permission"]),
            "Datasets",
        ),
        ("access-rights", "Access rights", _counts(e["access_rights"] for e in entries), "Datasets"),
    ]
    drawn = [
        {"id": cid, "title": title, "svg": bar_chart(cid, title, rows, unit), "rows": rows, "unit": unit}
        for cid, title, rows, unit in charts
    ]
    return render("statistics.html", "statistics/index.html", title="Statistics", section="statistics", charts=drawn)


def compliance(
    nodes: list[dict],
    entries: list[dict],
    findings: dict[str, list[dict]],
    paths: dict[str, str],
    shown: dict[str, str],
    waived: dict[str, int],
) -> dict[str, bytes]:
    """The dashboard (compliance/index.html) and one page per node; `waived`: findings waived per file."""
    rows, pages = [], {}
    for node in nodes:
        mine = sorted((e for e in entries if e["node"] == node["id"]), key=lambda e: e["id"])
        found = [f for e in mine for f in findings.get(paths[e["id"]], [])]
        severities = Counter(f["severity"] for f in found)
        codes = sorted(Counter((f["code"], f["severity"]) for f in found).items())
        ratings = Counter(e["rating"] or "Not scored" for e in mine)
        page = f"compliance/{file_stem(node['id'])}.html"
        summary = {
            "node": node,
            "page": page,
            "datasets": len(mine),
            "errors": severities.get("error", 0),
            "warnings": severities.get("warning", 0),
            "infos": severities.get("info", 0),
            "waived": sum(waived.get(paths[e["id"]], 0) for e in mine),
            "ratings": sorted(ratings.items(), key=lambda kv: _RATING_ORDER.get(kv[0], 9)),
        }
        rows.append(summary)
        per_dataset = [{"entry": e, "findings": findings.get(paths[e["id"]], []), "path": shown[e["id"]]} for e in mine]
        pages[page] = render(
            "compliance_node.html",
            page,
            title=f"Compliance: {node['title']}",
            section="compliance",
            s=summary,
            codes=[{"code": c, "severity": s, "count": n} for (c, s), n in codes],
            datasets=per_dataset,
            chart=bar_chart(
                f"scores-{file_stem(node['id'])}", f"Quality ratings of {node['title']}", summary["ratings"], "Datasets"
            ),
        )
    pages["compliance/index.html"] = render(
        "compliance.html",
        "compliance/index.html",
        title="Compliance",
        section="compliance",
        rows=rows,
        waived=sum(waived.values()),
    )
    return pages


_RATING_ORDER = {"Excellent": 0, "Good": 1, "Sufficient": 2, "Bad": 3}


def _counts(values) -> list[tuple[str, int]]:
    """(value, count), most frequent first, then by value: stable."""
    return sorted(Counter(values).items(), key=lambda kv: (-kv[1], kv[0]))


def _country_rows(entries: list[dict]) -> list[dict]:
    rows: dict[str, dict] = {}
    for e in entries:
        row = rows.setdefault(
            e["country"], {"code": e["country"], "label": e["country_label"], "datasets": 0, "individuals": 0}
        )
        row["datasets"] += 1
        row["individuals"] += e["individuals"] or 0
    return sorted(rows.values(), key=lambda r: (-r["datasets"], r["label"]))
