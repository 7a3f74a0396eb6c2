"""The site of the demo catalogue: every page type exists and says what the issue asks for."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from genocat.build import build
from genocat.build.iris import file_stem
from genocat.config import load_config
from tests.site.conftest import copy_catalog, jsonld_of

PECS = "datasets/GDI-HU-PECS-1.html"


def read(site, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text, of a page."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    def find(self, tag: str, **attrs) -> list[dict]:
        return [a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())]


PAGES = [
    "index.html",
    PECS,
    "nodes/gdi-hu-node.html",
    "search/index.html",
    "consent/index.html",
    "basket/index.html",
    "basket/request.html",
    "statistics/index.html",
    "compliance/index.html",
    "compliance/gdi-hu-node.html",
    "reference/index.html",
    "reference/rules.html",
    "reference/schema.html",
    "guides/index.html",
]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_follows_the_contract(site, path):
    html = read(site, path)
    tags = Tags(html)
    depth = path.count("/")
    root = "../" * depth if depth else "./"
    assert tags.find("html", lang="en")
    assert tags.find("body", **{"data-root": root})
    assert tags.find("meta", **{"http-equiv": "Content-Security-Policy"})[0]["content"].startswith("default-src 'self'")
    scripts = tags.find("script")
    assert [s.get("src") for s in scripts if s.get("type") == "module"] == [f"{root}assets/js/site.js"]
    assert all(s.get("src") or s.get("type") == "application/ld+json" for s in scripts), "an inline script"
    assert not re.search(r"\son[a-z]+\s*=", html), "an inline event handler"
    assert not re.search(r"\sstyle\s*=", html), "an inline style (style-src 'self')"
    assert not re.search(r"(href|src)=\"(https?:)?//(?!)", html)
    assert tags.find("span", id="gc-basket-count")
    assert tags.find("main", id="main") and tags.find("nav", **{"aria-label": "Main"})
    for attrs in tags.find("link") + tags.find("script"):
        target = attrs.get("href") or attrs.get("src")
        if target and not target.startswith(("http:", "https:")):
            assert (site / path).parent.joinpath(target).resolve().is_file(), target


def test_every_link_within_the_site_leads_to_a_page_and_no_page_links_to_itself(site):
    def links(html: str) -> list[str]:
        found = [a.get("href") for t, a in Tags(html).tags if t == "a"]
        return [h.split("#")[0].split("?")[0] for h in found if h and not re.match(r"^([a-z]+:|#|\?)", h)]

    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 60
    for page in pages:
        html = page.read_text(encoding="utf-8")
        for path in links(html):
            assert page.parent.joinpath(path).resolve().is_file(), (page.relative_to(site), path)
        main = re.search(r"<main[^>]*>(.*)</main>", html, re.S)
        for path in links(main.group(1) if main else ""):  # the menu and the footer name every page, this one too
            assert page.parent.joinpath(path).resolve() != page.resolve(), (page.relative_to(site), path)


def test_no_page_loads_anything_from_another_host(site):
    for page in site.rglob("*.html"):
        tags = Tags(page.read_text(encoding="utf-8"))
        for tag, attrs in tags.tags:
            if tag in ("link", "script", "img", "iframe") and (attrs.get("href") or attrs.get("src")):
                assert not re.match(r"^(https?:)?//", attrs.get("href") or attrs.get("src")), (page, attrs)
    css = (site / "assets" / "material.css").read_text(encoding="utf-8")
    assert not re.search(r"url\((?!\"?data:)", css) and "@import" not in css and "@font-face" not in css


def test_dataset_page_shows_every_field_in_human_form(site):
    html = read(site, PECS)
    tags = Tags(html)
    text = " ".join(tags.text)
    assert "Hereditary breast and ovarian cancer gene panel study" in text
    assert tags.find("p", lang="hu") and "Örökletes emlő- és petefészekrák génpanel-vizsgálat" in text
    for label in (
        "Hungary",
        "Targeted gene panel sequencing",
        "Genome Reference Consortium Human Build 37",
        "Number of unique individuals",
        "Hungarian National Health Data Access Body",
        "Disease specific research",
        "Publication required",
        "Not publicly accessible",
        "Health data access body",  # the field "hdab"
        "Access URL",
        "Regulation (EU) 2025/327, European Health Data Space (EHDS)",  # applicable legislation, cited
    ):
        assert label in text, label
    assert "NON_PUBLIC" not in text and "http://publications.europa.eu/resource/authority/country/HUN" not in text
    assert ">VCF<" in html and ">Vcf<" not in html  # a table's label as the table writes it ("VCF" is VCF's)
    assert "Hdab" not in text and "http://data.europa.eu/eli/reg/2025/327/oj" not in text
    assert tags.find("a", href="http://data.europa.eu/eli/reg/2025/327/oj")
    assert tags.find("a", href="http://purl.obolibrary.org/obo/DUO_0000007")  # DS, linked to DUO
    assert tags.find("a", href="https://hdab-hungary.example/data-permits")  # how to apply
    assert tags.find("a", href="mailto:dac@pecs-oncogenomics.example")  # contact point
    assert tags.find("div", **{"class": "gc-dataset-actions", "data-dataset": "GDI-HU-PECS-1"})
    assert "Quality: " in text
    for extension, media in (("ttl", "text/turtle"), ("jsonld", "application/ld+json"), ("rdf", "application/rdf+xml")):
        assert tags.find("link", rel="alternate", type=media, href=f"GDI-HU-PECS-1.{extension}")
        assert tags.find("a", href=f"GDI-HU-PECS-1.{extension}")
        assert (site / "datasets" / f"GDI-HU-PECS-1.{extension}").is_file()
    assert len(re.findall(r"<h3>", html)) >= 3  # the three distributions


def test_dataset_jsonld_is_a_schema_org_dataset(site):
    doc = jsonld_of(read(site, PECS))
    assert doc["@type"] == "Dataset" and doc["@context"] == "https://schema.org/"
    assert doc["name"] == "Hereditary breast and ovarian cancer gene panel study"
    assert 50 <= len(doc["description"]) <= 5000
    assert doc["identifier"] == "GDI-HU-PECS-1"
    assert "breast cancer" in doc["keywords"]
    assert doc["creator"][0]["name"] == "Pécs Institute for Oncogenomics"
    assert doc["spatialCoverage"] == [{"@type": "Place", "name": "Hungary"}]
    assert doc["temporalCoverage"] == "2018-09-01/2024-08-28"
    assert {d["contentUrl"] for d in doc["distribution"]} == {f"GDI-HU-PECS-1.{x}" for x in ("ttl", "jsonld", "rdf")}


def test_every_dataset_has_a_page_and_an_entry(site):
    data = json.loads(read(site, "data/datasets.json"))
    manifest = json.loads(read(site, "manifest.json"))
    assert data["format"] == 1
    ids = [d["id"] for d in data["datasets"]]
    assert ids == sorted(manifest["datasets"]) and len(ids) == 57
    for entry in data["datasets"]:
        assert entry["url"] == f"datasets/{file_stem(entry['id'])}.html" and (site / entry["url"]).is_file()
    pecs = next(d for d in data["datasets"] if d["id"] == "GDI-HU-PECS-1")
    assert pecs["country_label"] == "Hungary" and pecs["individuals"] == 1240 and pecs["permission"] == "DS"
    assert pecs["access_body"]["kind"] == "HDAB" and pecs["access_body"]["email"] == "permits@hdab-hungary.example"
    assert pecs["diseases"][0] == {"id": "MONDO:0003582", "label": "hereditary breast ovarian cancer syndrome"}
    assert pecs["rating"] in {"Excellent", "Good", "Sufficient", "Bad"} and isinstance(pecs["score"], int)
    consent = json.loads(read(site, "data/consent/consent.json"))
    assert sorted(consent["conditions"]) == ids and consent["conditions"]["GDI-HU-PECS-1"]["permission"] == "DS"
    assert (site / "assets" / "duo" / "consent-site.mjs").is_file()
    assert (site / "assets" / "duo" / "duo-matcher.mjs").is_file()


def test_home_counts_and_lists(site):
    tags = Tags(read(site, "index.html"))
    text = " ".join(tags.text)
    assert re.search(r"\b13\b\s*national nodes", text) and re.search(r"\b57\b\s*datasets", text)
    assert "Whole-genome sequencing" in text and "Hungary" in text
    newest = [a["data-dataset"] for a in tags.find("li") if "data-dataset" in a]
    assert len(newest) == 10
    assert all(tags.find("span", **{"class": "gc-decision", "data-dataset": d}) for d in newest)
    for extension in ("ttl", "jsonld", "rdf"):
        assert tags.find("link", rel="alternate", href=f"./catalogue.{extension}")


def test_node_page_lists_its_datasets(site):
    tags = Tags(read(site, "nodes/gdi-hu-node.html"))
    listed = sorted(a["data-dataset"] for a in tags.find("li") if "data-dataset" in a)
    assert listed == [
        "GDI-HU-PECS-1",
        "GDI-HU-SEMMELWEIS-1",
        "GDI-HU-SEMMELWEIS-2",
        "GOE-HU-DEBRECEN-1",
        "GOE-HU-DEBRECEN-2",
    ]
    assert all(tags.find("span", **{"class": "gc-decision", "data-dataset": d}) for d in listed)


@pytest.mark.parametrize(
    ("path", "mount"),
    [
        ("search/index.html", "gc-search"),
        ("consent/index.html", "gc-consent"),
        ("basket/index.html", "gc-basket"),
        ("basket/request.html", "gc-request"),
    ],
)
def test_shells_have_their_mount_point_and_a_noscript_message(site, path, mount):
    html = read(site, path)
    assert Tags(html).find("div", id=mount) and "<noscript>" in html


def test_statistics_are_svg_charts_with_titles(site):
    html = read(site, "statistics/index.html")
    charts = re.findall(r"<svg [^>]*role=\"img\"[^>]*>\s*<title id=\"([^\"]+)\">([^<]+)</title>\s*<desc", html)
    assert [title for _id, title in charts] == [
        "Datasets per country",
        "Individuals per country",
        "Data categories",
        "Reference genomes",
        "Sequencing platforms",
        "Data-use permissions (DUO)",
        "Access rights",
    ]
    assert "Netherlands: 6" in html  # the description reads the numbers out


def test_compliance_dashboard_links_each_datasets_findings(site):
    index = Tags(read(site, "compliance/index.html"))
    assert len([a for a in index.find("a") if a.get("href", "").startswith("../compliance/gdi-")]) == 13
    node = read(site, "compliance/gdi-hu-node.html")
    assert "Quality score distribution" in node and 'href="../datasets/GDI-HU-PECS-1.html"' in node


def test_compliance_counts_waived_findings_per_node(tmp_path):
    """A warning waived in the Hungarian node shows in its row and on its page, not in another node's."""
    catalog = copy_catalog(tmp_path / "catalog")
    pecs = catalog / "hu" / "datasets" / "gdi-hu-pecs-1.yaml"
    pecs.write_text(pecs.read_text(encoding="utf-8").replace("  - MONDO:0007254\n", "  - DOID:0000000\n", 1))
    (tmp_path / "waivers.yaml").write_text(
        "waivers:\n  - rule: GC507\n    dataset: GDI-HU-PECS-1\n    reason: the node's registry code\n"
        "    owner: eszter@example.org\n    expires: '2099-12-31'\n",
        encoding="utf-8",
    )
    (tmp_path / "genocat.toml").write_text('waivers = "waivers.yaml"\n', encoding="utf-8")
    result = build(catalog, tmp_path / "out", config=load_config(tmp_path / "genocat.toml"), jobs=1)
    assert result.report.waived == 1 and result.report.findings == []
    rows = {r[0]: r for r in table_rows(read(tmp_path / "out", "compliance/index.html"))}
    assert rows["Hungary genomic data node (demo)"][5] == "1"
    assert rows["Italy genomic data node (demo)"][5] == "0"
    assert "1 findings waived" in read(tmp_path / "out", "compliance/gdi-hu-node.html")


def table_rows(html: str) -> list[list[str]]:
    """The text of each body row's cells."""
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [
        [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<td>(.*?)</td>", row, re.S)]
        for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)
    ]


def test_reference_pages_come_from_the_registry_and_the_schema(site):
    from genocat.rules import RULES

    rules = read(site, "reference/rules.html")
    assert all(f'id="{code.lower()}"' in rules for code in RULES)
    schema = read(site, "reference/schema.html")
    assert "Number of unique individuals" in schema and "http://purl.org/dc/terms/accessRights" in schema


def test_sitemap_and_robots(site):
    sitemap = read(site, "sitemap.xml")
    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert PECS in locations and "index.html" in locations and "statistics/index.html" in locations
    assert len([loc for loc in locations if loc.startswith("datasets/")]) == 57
    assert "Sitemap: sitemap.xml" in read(site, "robots.txt")
