"""The Jinja2 environment every page is rendered with, and the parts all pages share: the header
navigation (bounded: seven entries), the Content-Security-Policy, the path back to the site root.

Autoescape is on for every template: metadata reaches a page only as escaped text.
"""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, select_autoescape

SITE_NAME = "European Genomic Data Catalogue"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'"
)
NAV = (
    {"key": "home", "label": "Home", "href": "index.html"},
    {"key": "search", "label": "Search", "href": "search/index.html"},
    {"key": "consent", "label": "May I use it?", "href": "consent/index.html"},
    {"key": "basket", "label": "Basket", "href": "basket/index.html"},
    {"key": "statistics", "label": "Statistics", "href": "statistics/index.html"},
    {"key": "compliance", "label": "Compliance", "href": "compliance/index.html"},
    {"key": "guides", "label": "Guides", "href": "guides/index.html"},
)
CATALOGUE_ALTERNATES = (
    ("text/turtle", "catalogue.ttl", "The catalogue in Turtle"),
    ("application/ld+json", "catalogue.jsonld", "The catalogue in JSON-LD"),
    ("application/rdf+xml", "catalogue.rdf", "The catalogue in RDF/XML"),
)


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("genocat.site", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=False,
        keep_trailing_newline=True,
    )
    env.filters["thousands"] = lambda n: f"{n:,}" if isinstance(n, int) else ("" if n is None else str(n))
    return env


def root_of(path: str) -> str:
    """The relative path from a page at `path` (such as "datasets/x.html") back to the site root."""
    depth = path.count("/")
    return "../" * depth if depth else "./"


def render(template: str, path: str, **context) -> bytes:
    """The page at `path` (relative to the site root) as UTF-8 bytes."""
    context.setdefault("alternates", ())
    context.setdefault("description", "")
    context.setdefault("section", "")
    context.setdefault("page_kind", template.removesuffix(".html"))
    html = (
        environment()
        .get_template(template)
        .render(root=root_of(path), nav=NAV, csp=CSP, site_name=SITE_NAME, **context)
    )
    return html.encode("utf-8")


def catalogue_alternates(root: str) -> list[dict]:
    return [{"type": t, "href": root + href, "title": title} for t, href, title in CATALOGUE_ALTERNATES]
