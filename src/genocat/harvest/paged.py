"""A paged DCAT catalogue (ckanext-dcat's `catalog.ttl?page=N` with hydra:PagedCollection and
hydra:nextPage, or Hydra's hydra:view/hydra:next), walked one page at a time.

Three things happen at once: the next page is fetched (a thread), this page is parsed here (its
link to the next page is needed before the page after it can be asked for), and the page before is
cut into records and hashed by a worker process (when the harvest has more than one job). A page is
parsed once, to N-Triples lines; the worker indexes them and sends back each record as plain data
(`rdf.Cut`). At most two pages are held at a time.
"""

from __future__ import annotations

import concurrent.futures
import itertools
import os
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass

from genocat.harvest import rdf
from genocat.harvest.http import FetchError, Validators
from genocat.harvest.rdf import HYDRA, RDF_TYPE, NotRdf, Triples, iri
from genocat.harvest.sources import Event, Fault, Record, Unchanged, Walk, catalogues_of, datasets_of
from genocat.workers import start_pool, watch_parent

MAX_PAGES = 100_000
NEXT = f" {iri(HYDRA, 'next')[:-1]}"  # hydra:next and hydra:nextPage
PAGING_TYPE = f" {RDF_TYPE} <{HYDRA}"  # a hydra:PagedCollection or hydra:PartialCollectionView


@dataclass
class _Page:
    url: str
    docs: dict[str, Validators]
    cut: concurrent.futures.Future  # -> cut_page's answer


def walk(first: str, w: Walk) -> Iterator[Event]:
    """Every page's records, in order; a page's records come once the page after it is parsed."""
    pool = None
    started = False

    def cutter():  # the worker process, started for the first page that must be cut (not for 304s)
        nonlocal pool, started
        if not started:
            started = True
            pool = start_pool(1, watch_parent, (os.getpid(),)) if w.jobs > 1 else None
        return pool

    held: _Page | None = None  # the newest page, handed on once the next one is parsed (or the walk ends)
    catalogue_done = False
    try:
        with concurrent.futures.ThreadPoolExecutor(1) as ahead:
            for item in itertools.chain(_pages(first, w, ahead, cutter), [None]):
                if held is not None:
                    catalogues, datasets = held.cut.result()
                    for node, cut in [] if catalogue_done else catalogues:
                        yield Record(node, "catalogue", held.url, cut, held.docs)
                    catalogue_done = catalogue_done or bool(catalogues)
                    for node, cut in datasets:
                        yield Record(node, "dataset", held.url, cut, held.docs)
                    held = None
                if isinstance(item, _Page):
                    held = item
                elif item is not None:
                    yield item
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _pages(first: str, w: Walk, ahead, cutter) -> Iterator[Event | _Page]:
    url: str | None = first
    seen: set[str] = set()
    counted = False
    fetching = None
    for number in itertools.count(1):
        if url is None:
            return
        if url in seen:
            yield Fault(url, f"page {number - 1} links back to a page already read (paging that never ends); stopped")
            return
        if number > MAX_PAGES:
            yield Fault(url, f"more than {MAX_PAGES} pages; stopped")
            return
        seen.add(url)
        try:
            response = (fetching or ahead.submit(w.fetch, url, True)).result()
            fetching = None
            if response.not_modified:
                yield Unchanged(url)
                w.next_pages[url] = url = w.known_next(url)
                continue
            text = rdf.ntriples_text(response.body, response.content_type, response.url)
        except FetchError as error:
            if counted and "HTTP 404" in error.problem:
                return  # counted past the last page
            yield Fault(url, str(error))
            return
        except NotRdf as error:
            yield Fault(url, str(error))
            return
        head = Triples()  # the page's lines about paging, found by searching the text
        head.add_ntriples("\n".join(rdf.lines_with(text, NEXT) + rdf.lines_with(text, PAGING_TYPE)))
        job = (text, w.catalog, w.salt("catalogue"), w.salt("dataset"), w.standing(url))
        pool = cutter()
        if pool is not None:
            cut = pool.submit(cut_page, *job)
        else:
            cut = concurrent.futures.Future()
            cut.set_result(cut_page(*job))
        following = _next_page(head, url)
        if following is None and not _has_paging(head) and "page=" in url and cut.result()[1]:
            following, counted = _page_plus_one(url), True  # ckanext-dcat's ?page=N without links
        if following is not None and following not in seen:
            fetching = ahead.submit(w.fetch, following, True)
        w.next_pages[url] = following
        yield _Page(url, {url: response.validators}, cut)
        url = following


def cut_page(text: str, only: str | None, catalogue_salt: str, dataset_salt: str, standing: set[str]):
    """A page's catalogues and datasets, each as (node, rdf.Cut): a worker's job, plain data both ways.
    Records hashing as one of `standing` (last time's, on disk as written) come without N-Triples."""
    doc = Triples()
    doc.add_ntriples(text)
    catalogues = catalogues_of(doc, only)
    datasets = datasets_of(doc, catalogues, only)
    return (
        [(c, doc.record(c).freeze(c, catalogue_salt, standing)) for c in catalogues],
        [(d, doc.record(d).freeze(d, dataset_salt, standing)) for d in datasets],
    )


def _next_page(doc: Triples, url: str) -> str | None:
    """hydra:next (Hydra) or hydra:nextPage (ckanext-dcat's PagedCollection), an IRI or a literal."""
    for predicate in (iri(HYDRA, "next"), iri(HYDRA, "nextPage")):
        for _, o in sorted(doc.with_predicate(predicate)):
            text = o[1:-1] if o.startswith("<") else o[1 : o.rindex('"')] if o.startswith('"') else ""
            if text.strip():
                return urllib.parse.urljoin(url, text.strip())
    return None


def _has_paging(doc: Triples) -> bool:
    return bool(doc.typed(iri(HYDRA, "PagedCollection")) or doc.typed(iri(HYDRA, "PartialCollectionView")))


def _page_plus_one(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    query = dict(urllib.parse.parse_qsl(parts.query))
    page = query.get("page", "1")
    query["page"] = str(int(page) + 1) if page.isdigit() else "2"
    return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))
