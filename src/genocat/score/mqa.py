"""The data.europa.eu Metadata Quality Assessment (405 points), computed from one submission.

Dataset-level indicators read the dataset's own keys. Distribution-level indicators follow the
reference implementation (piveau-metrics-score): every distribution is scored on all of them and
the single best distribution counts. Accessibility needs the network: without URL statuses those
indicators earn nothing and are reported as not checked. See docs/score.md for the sources.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from genocat.artefacts import enum_codes
from genocat.findings import Finding
from genocat.score.formats import (
    MACHINE_READABLE,
    NON_PROPRIETARY,
    eu_code,
    media_type_example,
    registered_media_type,
)
from genocat.score.model import DIMENSIONS, Gap
from genocat.score.urls import UrlStatus


@dataclass(frozen=True)
class Outcome:
    earned: bool
    checked: bool = True
    field: str = ""
    action: str = ""
    example: str = ""
    adds_distribution: bool = False


EARNED = Outcome(True)


def _need(field: str, action: str, example: str = "") -> Outcome:
    return Outcome(False, True, field, action, example)


@dataclass(frozen=True)
class Context:
    """What a check may know beyond the submission: validator errors and URL statuses (None: offline)."""

    errors: tuple[Finding, ...] = ()
    urls: Mapping[str, UrlStatus] | None = None


@dataclass(frozen=True)
class Indicator:
    key: str
    title: str
    dimension: str
    points: int
    property: str
    level: str  # "dataset" or "distribution"
    check: Callable[..., Outcome]
    network: bool = False


def _has(value: object) -> bool:
    """A value is given: a non-blank string, a non-empty list or mapping, or a number."""
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | dict):
        return bool(value)
    return value is not None and not isinstance(value, bool)


def _dataset_key(key: str, example: str) -> Callable[[dict, Context], Outcome]:
    def check(data: dict, ctx: Context) -> Outcome:
        return EARNED if _has(data.get(key)) else _need(key, f"add `{key}`", example)

    return check


def _temporal(data: dict, ctx: Context) -> Outcome:
    period = data.get("temporal")
    if isinstance(period, dict) and (_has(period.get("start")) or _has(period.get("end"))):
        return EARNED
    return _need("temporal", "add `temporal` (start/end)", "temporal: {start: 2021-01-01, end: 2024-12-31}")


def _in_enum(key: str, enum: str, example: str) -> Callable[[dict, Context], Outcome]:
    def check(data: dict, ctx: Context) -> Outcome:
        value = data.get(key)
        if isinstance(value, str) and value in enum_codes(enum):
            return EARNED
        if not _has(value):
            return _need(key, f"add `{key}` with a code of the EU table", example)
        return _need(key, f"replace `{key}: {value}` with a code of the EU table", example)

    return check


def _compliance(data: dict, ctx: Context) -> Outcome:
    if not ctx.errors:
        return EARNED
    first = ctx.errors[0]
    count = len(ctx.errors)
    noun = "error" if count == 1 else "errors"
    return _need(
        "",
        f"fix the {count} {noun} `genocat validate` reports for this file "
        f"(first: {first.code} at line {first.line}: {first.message})",
    )


# Distribution checks take the distribution, how hints name it ("distribution `cram`"), and the context.


def _dist_key(key: str, example: str) -> Callable[[dict, str, Context], Outcome]:
    def check(dist: dict, where: str, ctx: Context) -> Outcome:
        return EARNED if _has(dist.get(key)) else _need(f"distributions[].{key}", f"add `{key}` to {where}", example)

    return check


def _reachable(key: str, example: str) -> Callable[[dict, str, Context], Outcome]:
    def check(dist: dict, where: str, ctx: Context) -> Outcome:
        url = dist.get(key)
        field = f"distributions[].{key}"
        if not _has(url):
            return _need(field, f"add a `{key}` that answers to {where}", example)
        if not isinstance(url, str):
            return _need(field, f"write `{key}` of {where} as one URL", example)
        if ctx.urls is None:
            return Outcome(False, False, field, f"`{key}` of {where} must answer an HTTP request")
        status = ctx.urls.get(url)
        if status is not None and status.ok:
            return EARNED
        answer = status.describe() if status is not None else "no answer"
        return _need(field, f"make `{key}` {url} of {where} answer with 2xx or 3xx (it gave {answer})")

    return check


def _media_type(dist: dict, where: str, ctx: Context) -> Outcome:
    if _has(dist.get("media_type")):
        return EARNED
    example = f"media_type: {media_type_example(dist.get('format'))}"
    return _need("distributions[].media_type", f"add `media_type` to {where}", example)


def _vocabulary(dist: dict, where: str, ctx: Context) -> Outcome:
    fmt, media = dist.get("format"), dist.get("media_type")
    if eu_code(fmt) or registered_media_type(media):
        return EARNED
    if not _has(fmt) and not _has(media):
        return _need("distributions[].format", f"add `format` from the EU file-type table to {where}", "format: CSV")
    example = f"media_type: {media_type_example(fmt)}"
    if _has(media):
        return _need("distributions[].media_type", f"replace `media_type: {media}` of {where} by an IANA type", example)
    return _need(
        "distributions[].media_type",
        f"add an IANA `media_type` to {where} (`format: {fmt}` is not in the EU file-type table)",
        example,
    )


def _format_list(codes: frozenset[str], adjective: str) -> Callable[[dict, str, Context], Outcome]:
    common = sorted(codes & {"CSV", "TSV", "JSON", "XML", "RDF_TURTLE"})
    listed = ", ".join(common[:-1]) + " or " + common[-1]

    def check(dist: dict, where: str, ctx: Context) -> Outcome:
        fmt = dist.get("format")
        if eu_code(fmt) in codes:
            return EARNED
        if not _has(fmt):
            return _need("distributions[].format", f"add a {adjective} `format` ({listed}) to {where}", "format: CSV")
        action = (
            f"`format: {fmt}` is not on the MQA's {adjective} list: add a distribution in {listed} "
            f"(such as aggregate counts) with the fields of {where}"
        )
        return Outcome(False, True, "distributions[].format", action, "format: CSV", adds_distribution=True)

    return check


def _licence_vocabulary(dist: dict, where: str, ctx: Context) -> Outcome:
    value = dist.get("licence")
    if isinstance(value, str) and value in enum_codes("Licence"):
        return EARNED
    if not _has(value):
        return _need(
            "distributions[].licence", f"add `licence` from the EU licence table to {where}", "licence: CC_BY_4_0"
        )
    return _need(
        "distributions[].licence", f"replace `licence: {value}` of {where} by an EU licence code", "licence: CC_BY_4_0"
    )


F, A, IO, R, C = DIMENSIONS
D, S = "dataset", "distribution"

INDICATORS: tuple[Indicator, ...] = (
    Indicator("keyword_usage", "Keyword usage", F, 30, "dcat:keyword", D,
              _dataset_key("keywords", "keywords: [rare disease, whole genome sequencing]")),
    Indicator("categories", "Categories", F, 30, "dcat:theme", D, _dataset_key("theme", "theme: [HEAL]")),
    Indicator("geo_search", "Geo search", F, 20, "dct:spatial", D, _dataset_key("spatial", "spatial: [HUN]")),
    Indicator("time_based_search", "Time based search", F, 20, "dct:temporal", D, _temporal),
    Indicator("access_url_accessibility", "AccessURL accessibility", A, 50, "dcat:accessURL", S,
              _reachable("access_url", "access_url: https://ega-archive.org/datasets/EGAD00001009999"), network=True),
    Indicator("download_url", "DownloadURL", A, 20, "dcat:downloadURL", S,
              _dist_key("download_url", "download_url: https://example.org/files/frequencies.csv")),
    Indicator("download_url_accessibility", "DownloadURL accessibility", A, 30, "dcat:downloadURL", S,
              _reachable("download_url", "download_url: https://example.org/files/frequencies.csv"), network=True),
    Indicator("format", "Format", IO, 20, "dct:format", S, _dist_key("format", "format: VCF")),
    Indicator("media_type", "Media type", IO, 10, "dcat:mediaType", S, _media_type),
    Indicator("format_media_type_vocabulary", "Format / media type from vocabulary", IO, 10,
              "dct:format, dcat:mediaType", S, _vocabulary),
    Indicator("non_proprietary", "Non-proprietary", IO, 20, "dct:format", S,
              _format_list(NON_PROPRIETARY, "non-proprietary")),
    Indicator("machine_readable", "Machine readable", IO, 20, "dct:format", S,
              _format_list(MACHINE_READABLE, "machine-readable")),
    Indicator("dcat_ap_compliance", "DCAT-AP compliance", IO, 30, "(validation)", D, _compliance),
    Indicator("license_information", "License information", R, 20, "dct:license", S,
              _dist_key("licence", "licence: CC_BY_4_0")),
    Indicator("license_vocabulary", "License vocabulary", R, 10, "dct:license", S, _licence_vocabulary),
    Indicator("access_restrictions", "Access restrictions", R, 10, "dct:accessRights", D,
              _dataset_key("access_rights", "access_rights: NON_PUBLIC")),
    Indicator("access_restrictions_vocabulary", "Access restrictions vocabulary", R, 5, "dct:accessRights", D,
              _in_enum("access_rights", "AccessRights", "access_rights: NON_PUBLIC")),
    Indicator("contact_point", "Contact point", R, 20, "dcat:contactPoint", D,
              _dataset_key("contact_point", "contact_point: [{name: Data access desk, email: access@example.org}]")),
    Indicator("publisher", "Publisher", R, 10, "dct:publisher", D,
              _dataset_key("publisher", "publisher: {name: Genomics Centre, contact_point: {email: a@example.org}}")),
    Indicator("rights", "Rights", C, 5, "dct:rights", S,
              _dist_key("rights", "rights: Access only with a data permit from the health data access body.")),
    Indicator("file_size", "File size", C, 5, "dcat:byteSize", S, _dist_key("byte_size", "byte_size: 18000000000")),
    Indicator("date_of_issue", "Date of issue", C, 5, "dct:issued", D, _dataset_key("issued", "issued: 2025-02-01")),
    Indicator("modification_date", "Modification date", C, 5, "dct:modified", D,
              _dataset_key("modified", "modified: 2025-06-15")),
)  # fmt: skip


def _distributions(data: dict) -> list[tuple[dict, str | None, str]]:
    """Each distribution with its label for the report and its name for hints."""
    found = data.get("distributions")
    if not isinstance(found, list) or not found:
        return [({}, None, "a new distribution")]
    result = []
    for index, dist in enumerate(found, start=1):
        ident = dist.get("identifier") if isinstance(dist, dict) else None
        label = ident if isinstance(ident, str) and ident else f"#{index}"
        where = f"distribution `{label}`" if ident else f"distribution {label}"
        result.append((dist if isinstance(dist, dict) else {}, label, where))
    return result


def _gap(indicator: Indicator, outcome: Outcome, distribution: str | None) -> Gap:
    return Gap(
        indicator.key,
        indicator.title,
        indicator.dimension,
        indicator.points,
        outcome.field,
        outcome.action,
        outcome.example,
        distribution,
        outcome.checked,
        indicator.network,
        outcome.adds_distribution,
    )


def score_mqa(data: dict, ctx: Context) -> tuple[dict[str, tuple[int, int]], list[Gap]]:
    """Points per dimension (points, max) and the gaps, for one dataset's data."""
    earned = dict.fromkeys(DIMENSIONS, 0)
    maximum = dict.fromkeys(DIMENSIONS, 0)
    gaps: list[Gap] = []
    for indicator in INDICATORS:
        maximum[indicator.dimension] += indicator.points

    for indicator in INDICATORS:
        if indicator.level == D:
            outcome = indicator.check(data, ctx)
            if outcome.earned:
                earned[indicator.dimension] += indicator.points
            else:
                gaps.append(_gap(indicator, outcome, None))

    per_distribution = []
    for dist, label, where in _distributions(data):
        outcomes = [(ind, ind.check(dist, where, ctx)) for ind in INDICATORS if ind.level == S]
        total = sum(ind.points for ind, outcome in outcomes if outcome.earned)
        per_distribution.append((total, label, outcomes))
    # The best distribution counts; on a tie, the first one listed.
    _, label, outcomes = max(enumerate(per_distribution), key=lambda item: (item[1][0], -item[0]))[1]
    for indicator, outcome in outcomes:
        if outcome.earned:
            earned[indicator.dimension] += indicator.points
        else:
            gaps.append(_gap(indicator, outcome, label))
    return {name: (earned[name], maximum[name]) for name in DIMENSIONS}, gaps
