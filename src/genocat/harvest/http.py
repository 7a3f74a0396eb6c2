"""Polite HTTP for harvesting: one client per run, standard library only (urllib), as publish.py.

Every request names genocat and its version in the User-Agent, has a timeout, reads at most a
size limit, is limited to a few at a time per host, and is retried with backoff on 429 and 5xx
(honouring Retry-After). Conditional requests (ETag, Last-Modified) let a re-harvest skip what did
not change. Every failure becomes a `FetchError` whose message is one line naming the URL.
"""

from __future__ import annotations

import email.utils
import hashlib
import socket
import ssl
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field, replace

from genocat import __version__

USER_AGENT = f"genocat/{__version__} (harvest; +https://github.com/genocat/genocat)"
RETRY_STATUSES = {429, 500, 502, 503, 504}
MAX_RETRY_AFTER_S = 120.0  # a Retry-After longer than this is not waited for: the request fails


class FetchError(Exception):
    """A URL could not be fetched; str() is the one line shown to the user."""

    def __init__(self, url: str, problem: str):
        super().__init__(f"{url}: {problem}")
        self.url, self.problem = url, problem


@dataclass(frozen=True)
class Validators:
    """What the server said identifies this version of a document (for a conditional request)."""

    etag: str | None = None
    last_modified: str | None = None
    sha256: str | None = None  # of the body: a server without ETag or Last-Modified still sends the same bytes

    def as_json(self) -> dict:
        pairs = (("etag", self.etag), ("last_modified", self.last_modified), ("sha256", self.sha256))
        return {k: v for k, v in pairs if v}

    @classmethod
    def from_json(cls, data: dict | None) -> Validators:
        data = data or {}
        return cls(data.get("etag"), data.get("last_modified"), data.get("sha256"))


@dataclass
class Response:
    url: str  # after redirects
    status: int
    body: bytes
    content_type: str
    validators: Validators

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass
class Settings:
    timeout: float = 30.0
    retries: int = 3
    backoff: float = 1.0  # seconds before the first retry; doubled each time
    max_bytes: int = 50 * 1024 * 1024
    per_host: int = 4
    sleep: object = time.sleep  # tests may shorten waits


class _NoRedirectLoop(urllib.request.HTTPRedirectHandler):
    max_redirections = 10


@dataclass
class Client:
    """Fetches URLs politely; thread-safe (the per-host limit is a semaphore per host)."""

    settings: Settings = field(default_factory=Settings)
    # Request headers (a token) per origin (`https://host:port`): sent to that origin only, never
    # across a redirect (unredirected headers), never logged or written anywhere.
    credentials: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._opener = urllib.request.build_opener(_NoRedirectLoop())
        self._hosts: dict[str, threading.Semaphore] = {}
        self._lock = threading.Lock()

    def _slot(self, url: str) -> threading.Semaphore:
        host = urllib.parse.urlsplit(url).netloc.lower()
        with self._lock:
            return self._hosts.setdefault(host, threading.Semaphore(self.settings.per_host))

    def get(self, url: str, accept: str, validators: Validators | None = None) -> Response:
        """GET, conditional on `validators` (last time's); a body whose sha256 is the one of last time counts
        as not modified too (the server may send no ETag, or a new one for the same bytes)."""
        headers = {"Accept": accept, "User-Agent": USER_AGENT}
        if validators and validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators and validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
        response = self.request(urllib.request.Request(url, headers=headers))
        if response.status == 200:
            digest = hashlib.sha256(response.body).hexdigest()
            response.validators = replace(response.validators, sha256=digest)
            if validators is not None and validators.sha256 == digest:
                response.status = 304
        return response

    def post_form(self, url: str, fields: dict[str, str], accept: str) -> Response:
        data = urllib.parse.urlencode(fields).encode()
        headers = {"Accept": accept, "User-Agent": USER_AGENT, "Content-Type": "application/x-www-form-urlencoded"}
        return self.request(urllib.request.Request(url, data=data, headers=headers, method="POST"))

    def request(self, request: urllib.request.Request) -> Response:
        url = request.full_url
        scheme = urllib.parse.urlsplit(url).scheme
        if scheme not in ("http", "https"):
            raise FetchError(url, f"not an http(s) URL (scheme {scheme or 'none'})")
        for name, value in self.credentials.get(origin(url), {}).items():
            request.add_unredirected_header(name, value)
        wait = self.settings.backoff
        for attempt in range(self.settings.retries + 1):
            with self._slot(url):
                try:
                    return self._once(request)
                except _Retry as retry:
                    if attempt == self.settings.retries:
                        raise FetchError(url, f"{retry.problem} (after {attempt + 1} attempts)") from None
                    delay = retry.after if retry.after is not None else wait
                    if delay > MAX_RETRY_AFTER_S:
                        raise FetchError(url, f"{retry.problem}; Retry-After asks for {delay:.0f} s") from None
            self.settings.sleep(delay)
            wait *= 2
        raise AssertionError("unreachable")  # pragma: no cover

    def _once(self, request: urllib.request.Request) -> Response:
        url = request.full_url
        try:
            with self._opener.open(request, timeout=self.settings.timeout) as answer:
                body = _read_limited(answer, url, self.settings.max_bytes)
                return _response(answer.geturl(), answer.status, body, answer.headers)
        except urllib.error.HTTPError as error:
            with error:
                if error.code == 304:
                    return _response(url, 304, b"", error.headers)
                if error.code in RETRY_STATUSES:
                    raise _Retry(f"HTTP {error.code} {error.reason}", _retry_after(error.headers)) from None
                if error.code in (301, 302, 303, 307, 308):
                    raise FetchError(url, f"redirect loop or too many redirects (HTTP {error.code})") from None
                hint = {401: "; the server wants credentials", 403: "; the server refuses access"}.get(error.code, "")
                raise FetchError(url, f"HTTP {error.code} {error.reason}{hint}") from None
        except FetchError:
            raise
        except TimeoutError:
            raise FetchError(url, f"no answer within {self.settings.timeout:g} s (timeout)") from None
        except urllib.error.URLError as error:
            raise FetchError(url, _reason(error.reason)) from None
        except ssl.SSLError as error:
            raise FetchError(url, f"TLS error ({error.reason or error})") from None
        except (ConnectionError, OSError) as error:
            raise FetchError(url, _reason(error)) from None


def origin(url: str) -> str:
    """`https://Host:443/x` -> `https://host:443`: where credentials may be sent."""
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


class _Retry(Exception):
    def __init__(self, problem: str, after: float | None):
        super().__init__(problem)
        self.problem, self.after = problem, after


def _reason(reason) -> str:
    if isinstance(reason, socket.gaierror):
        return f"cannot resolve the host name (DNS: {reason.strerror or reason})"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"TLS error: the certificate is not trusted ({reason.verify_message or reason.reason})"
    if isinstance(reason, ssl.SSLError):
        return f"TLS error ({reason.reason or reason})"
    if isinstance(reason, TimeoutError | socket.timeout):
        return "no answer in time (timeout)"
    if isinstance(reason, ConnectionRefusedError):
        return "cannot connect: connection refused (is the server running, is the port right?)"
    if isinstance(reason, OSError):
        return f"cannot connect ({reason.strerror or reason})"
    return f"cannot connect ({reason})"


def _read_limited(answer, url: str, limit: int) -> bytes:
    length = answer.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > limit:
        raise FetchError(url, f"response of {int(length)} bytes is over the size limit of {limit} bytes")
    chunks, size = [], 0
    while chunk := answer.read(65536):
        size += len(chunk)
        if size > limit:
            raise FetchError(url, f"response is over the size limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _response(url: str, status: int, body: bytes, headers) -> Response:
    content_type = (headers.get("Content-Type") or "").split(";")[0].strip().lower() if headers else ""
    validators = Validators(headers.get("ETag"), headers.get("Last-Modified")) if headers else Validators()
    return Response(url, status, body, content_type, validators)


def _retry_after(headers) -> float | None:
    value = (headers.get("Retry-After") or "").strip() if headers else ""
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
