"""Every field of a record in human form, for the dataset page: walked in the schema's slot order,
each value shown by what its slot is (a language map, a code of a table, a nested record, a link,
a date, a number). Field names and codes become labels (genocat.labels); links keep only http,
https and mailto. The result is plain data the template prints, escaped, with one macro.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from genocat.artefacts import schema_index
from genocat.labels import field_label, legislation_label, slot_enum
from genocat.site.words import disease_link, disease_words, duo_link, duo_words, human, safe_url, vocab_link

URL_RANGES = {"uri", "HttpUrl", "EliIri", "uriorcurie"}
DUO_SLOTS = {"permission", "modifiers"}
DISEASE_SLOTS = {"diseases"}


def rows(class_name: str, data: dict, skip: tuple[str, ...] = ()) -> list[dict]:
    """[{label, slot, values: [value]}] for every field present in `data`; a value is
    {text, lang?, href?} or {rows: [...]} (a nested record)."""
    info = schema_index()["classes"].get(class_name, {})
    slots = info.get("slots", {})
    order = info.get("slot_order") or list(slots)
    out = []
    for slot in [s for s in order if s in data and s not in skip] + sorted(k for k in data if k not in slots):
        value = data[slot]
        if value is None or value == [] or value == {}:
            continue
        values = value if isinstance(value, list) else [value]
        spec = slots.get(slot, {})
        shown = [v for v in (_value(class_name, slot, spec, item) for item in values) if v is not None]
        if shown:
            out.append({"label": field_label(class_name, slot), "slot": slot, "values": shown})
    return _beside_english(out)


def _beside_english(rows_: list[dict]) -> list[dict]:
    """Each `<slot>_translated` text (a publisher's name, the population coverage) shown in the row of its
    English `<slot>`, every text in a span with its `lang`, as titles are. A list (keywords) and a translation
    without its English text keep their own row."""
    by_slot = {row["slot"]: row for row in rows_}
    out = []
    for row in rows_:
        english = by_slot.get(row["slot"].removesuffix("_translated")) if row["slot"].endswith("_translated") else None
        if english is not None and _single_text(english):
            continue  # shown in the English row
        others = by_slot.get(row["slot"] + "_translated")
        if _single_text(row) and others is not None and len(others["values"]) == 1 and "texts" in others["values"][0]:
            row = {
                **row,
                "values": [
                    {"texts": [{"text": row["values"][0]["text"], "lang": "en"}, *others["values"][0]["texts"]]}
                ],
            }
        out.append(row)
    return out


def _single_text(row: dict) -> bool:
    return len(row["values"]) == 1 and set(row["values"][0]) == {"text"}


def _joined(text) -> str:
    """A language map's entry as text: keywords (a list per language) joined with commas."""
    return ", ".join(str(t) for t in text) if isinstance(text, list) else str(text)


def _value(class_name: str, slot: str, spec: dict, value) -> dict | list | None:
    rng = spec.get("range")
    classes = schema_index()["classes"]
    if isinstance(value, dict):
        if rng == "MultilingualText" or (rng in classes and classes[rng].get("language_map")):
            return {"texts": [{"text": _joined(t), "lang": str(lang)} for lang, t in value.items() if t is not None]}
        return {"rows": rows(rng if rng in classes else "", value)}
    if isinstance(value, bool):
        return {"text": "Yes" if value else "No"}
    if slot in DUO_SLOTS and class_name == "DataUseConditions":
        return {"text": duo_words(str(value)), "href": duo_link(str(value)), "code": str(value)}
    if slot in DISEASE_SLOTS:
        return {"text": disease_words(str(value)), "href": disease_link(str(value)), "code": str(value)}
    enum = slot_enum(class_name, slot)
    if enum is not None:
        return {"text": human(enum, value), "href": vocab_link(enum, value)}
    if isinstance(value, int | float):
        return {"text": _number(value, slot)}
    text = str(value)
    if rng == "EliIri":
        return {"text": legislation_label(text), "href": safe_url(text)}
    if rng in URL_RANGES or text.startswith(("http://", "https://")):
        return {"text": text, "href": safe_url(text)}
    if slot == "email":
        from genocat.site.words import mailto

        return {"text": text, "href": mailto(text)}
    return {"text": text}


def _number(value: int | float, slot: str) -> str:
    if slot == "byte_size" and isinstance(value, int):
        return size_words(value)
    if isinstance(value, float) and value.is_integer() and slot != "mean_coverage":
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else f"{value:g}"


def size_words(size: int) -> str:
    """Bytes as people read them (1,339,200,000,000 -> "1.34 TB (1,339,200,000,000 bytes)")."""
    for unit, factor in (("TB", 10**12), ("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if size >= factor:
            return f"{size / factor:.3g} {unit} ({size:,} bytes)"
    return f"{size:,} bytes"


def to_html(rows_: list[dict]) -> Markup:
    """The rows as a definition list, every text escaped (as the template's macro would, 3x faster:
    a dataset page holds hundreds of values)."""
    out: list[str] = []
    _dl(rows_, out)
    return Markup("".join(out))


def _dl(rows_: list[dict], out: list[str]) -> None:
    out.append('<dl class="gc-fields">\n')
    for row in rows_:
        out.append(f"<dt>{escape(row['label'])}</dt>\n<dd>")
        values = row["values"]
        if len(values) == 1:
            _one(values[0], out)
        else:
            out.append("<ul>")
            for value in values:
                out.append("<li>")
                _one(value, out)
                out.append("</li>")
            out.append("</ul>")
        out.append("</dd>\n")
    out.append("</dl>")


def _one(value: dict, out: list[str]) -> None:
    if "rows" in value:
        _dl(value["rows"], out)
    elif "texts" in value:
        out.append(" · ".join(f'<span lang="{escape(t["lang"])}">{escape(t["text"])}</span>' for t in value["texts"]))
    else:
        text = escape(value["text"])
        href = value.get("href")
        out.append(f'<a href="{escape(href)}" rel="nofollow noopener">{text}</a>' if href else str(text))
        if value.get("code"):
            out.append(f" <code>{escape(value['code'])}</code>")
