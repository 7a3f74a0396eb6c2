"""Reachability of access and download URLs, only when asked (`genocat score --check-urls`).

Like the MQA's URL checker, one HTTP HEAD request per URL; a status from 200 to 399 counts as
reachable. Redirects are followed with HEAD (urllib would turn them into GET and start a download).
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from genocat import __version__

DEFAULT_TIMEOUT = 10.0
DEFAULT_WORKERS = 8


@dataclass(frozen=True)
class UrlStatus:
    url: str
    status: int | None
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 400

    def describe(self) -> str:
        return f"HTTP {self.status}" if self.status is not None else self.error


class _KeepHead(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None:
            new.method = req.get_method()
        return new


_OPENER = urllib.request.build_opener(_KeepHead)


def check_url(url: str, timeout: float = DEFAULT_TIMEOUT) -> UrlStatus:
    """HEAD one URL; every failure becomes a status with a reason, never an exception."""
    if not url.startswith(("http://", "https://")):
        return UrlStatus(url, None, "not an http(s) URL")
    request = urllib.request.Request(url, method="HEAD", headers={"User-Agent": f"genocat/{__version__}"})
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            return UrlStatus(url, response.status)
    except urllib.error.HTTPError as error:
        error.close()
        return UrlStatus(url, error.code)
    except urllib.error.URLError as error:
        return UrlStatus(url, None, f"could not connect: {error.reason}")
    except TimeoutError:
        return UrlStatus(url, None, f"no answer within {timeout:g} s")
    except (OSError, ValueError) as error:
        return UrlStatus(url, None, f"could not connect: {error}")


def check_urls(
    urls: Iterable[str], timeout: float = DEFAULT_TIMEOUT, workers: int = DEFAULT_WORKERS
) -> dict[str, UrlStatus]:
    """HEAD each distinct URL once, several at a time; results keyed by URL."""
    distinct = sorted(set(urls))
    if not distinct:
        return {}
    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(distinct)))) as pool:
        return dict(zip(distinct, pool.map(lambda u: check_url(u, timeout), distinct), strict=True))
