"""Structure layer: each submission against the JSON Schema generated from the LinkML schema.

The JSON Schema is compiled once per run. jsonschema-rs answers "valid?" at Rust speed; only the
documents it rejects go through python-jsonschema, whose errors carry the paths we map to lines.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from functools import cache

import jsonschema_rs

from genocat import artefacts
from genocat.findings import Finding, Severity
from genocat.load import Document, pointer_escape
from genocat.rules.registry import declare
from genocat.vocab import obsolete_replacement, suggest_code

declare(
    "GC201",
    "missing-required",
    Severity.ERROR,
    "structure",
    """
    A required key is missing. The finding points at the mapping that lacks it.

    Passing: a dataset with `access_rights: NON_PUBLIC`.
    Failing: a dataset without `access_rights`.
""",
)
declare(
    "GC202",
    "unknown-key",
    Severity.ERROR,
    "structure",
    """
    A key the schema does not know, often a typo; the hint names the closest known key.

    Passing: `title: {en: ...}`
    Failing: `titel: {en: ...}`
""",
)
declare(
    "GC203",
    "wrong-type",
    Severity.ERROR,
    "structure",
    """
    A value of the wrong kind: text where a number is expected, a single value where a list is.

    Passing: `number_of_records: 1200`
    Failing: `number_of_records: about 1200`
""",
)
declare(
    "GC204",
    "pattern-mismatch",
    Severity.ERROR,
    "structure",
    """
    A value does not have the required form (identifiers, CURIEs, URLs, email addresses).

    Passing: `identifier: GDI-HU-SEMMELWEIS-1`
    Failing: `identifier: hu semmelweis 1`
""",
)
declare(
    "GC205",
    "bad-format",
    Severity.ERROR,
    "structure",
    """
    A date is not an ISO date (YYYY-MM-DD), or a URL is not an absolute URL.

    Passing: `issued: 2024-03-01`
    Failing: `issued: 01/03/2024`
""",
)
declare(
    "GC206",
    "out-of-range",
    Severity.ERROR,
    "structure",
    """
    A number lies outside its allowed range (negative counts, ages over 150).

    Passing: `min_typical_age: 18`
    Failing: `min_typical_age: -1`
""",
)
declare(
    "GC207",
    "incomplete-alternative",
    Severity.ERROR,
    "structure",
    """
    A group that needs one of several keys has none of them (a contact point needs an email or a
    URL) or a list that needs values is empty.

    Passing: `contact_point: {email: dac@example.org}`
    Failing: `contact_point: {telephone: "+36 1 234 5678"}`
""",
)
declare(
    "GC208",
    "schema-violation",
    Severity.ERROR,
    "structure",
    """
    Any other violation of the schema.

    Passing: a submission that follows the schema reference.
    Failing: a value the schema forbids for a reason not covered by the rules above.
""",
)
declare(
    "GC402",
    "obsolete-code",
    Severity.ERROR,
    "vocabulary",
    """
    A code that its vocabulary has retired (obsolete DUO terms such as GRU-CC or RU); the hint names
    the replacement when the vocabulary gives one.

    Passing: `permission: GRU` with `modifiers: [CC]`
    Failing: `permission: GRU-CC`
""",
)
declare(
    "GC401",
    "unknown-code",
    Severity.ERROR,
    "vocabulary",
    """
    A value is not a code of its vocabulary (EU authority tables, DUO, assemblies...); the hint
    names the code that was probably meant.

    Passing: `spatial: [HUN]`
    Failing: `spatial: [Hungary]`
""",
)

# One finding per value: the most telling of these codes wins (an unknown code over its pattern...).
_VALUE_CODES = {"GC402": 0, "GC401": 1, "GC203": 2, "GC204": 3, "GC205": 4, "GC206": 5}
_TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a mapping of keys",
    "null": "empty",
}


def _root(kind: str) -> dict:
    schema = artefacts.json_schema()
    return {"$schema": schema.get("$schema"), "$defs": schema["$defs"], "$ref": f"#/$defs/{artefacts.KIND_CLASS[kind]}"}


@cache
def _fast(kind: str):
    return jsonschema_rs.validator_for(_root(kind), validate_formats=True)


@cache
def _slow(kind: str):
    """python-jsonschema, imported only when a document is rejected: its errors carry the paths."""
    import jsonschema

    cls = jsonschema.validators.validator_for(_root(kind))
    return cls(_root(kind), format_checker=cls.FORMAT_CHECKER)


def class_at(kind: str, path: list) -> str | None:
    """The schema class of the mapping at a data path, found by walking slot ranges."""
    index = artefacts.schema_index()["classes"]
    current = artefacts.KIND_CLASS[kind]
    for token in path:
        if isinstance(token, int):
            continue
        slot = index.get(current, {}).get("slots", {}).get(token)
        if slot is None:
            return None
        current = slot["range"]
    return current if current in index else None


def _slot_info(kind: str, path: list) -> dict:
    if not path or isinstance(path[-1], int):
        return {}
    owner = class_at(kind, [t for t in path[:-1]])
    return artefacts.schema_index()["classes"].get(owner or "", {}).get("slots", {}).get(path[-1], {})


def _pointer(path) -> str:
    return "".join(f"/{pointer_escape(str(token))}" for token in path)


_KIND_WORDS = {"dataset": "the dataset", "node_catalogue": "the node catalogue", "catalogue": "the catalogue"}


def _where(path: list, kind: str = "dataset") -> str:
    names = [str(t) for t in path if not isinstance(t, int)]
    return names[-1] if names else _KIND_WORDS[kind]


def _shown(value) -> str:
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 60 else text[:57] + "...'"


def _hint_for(kind: str, path: list) -> str:
    description = _slot_info(kind, path).get("description", "")
    return description


def check(doc: Document) -> Iterator[Finding]:
    if _fast(doc.kind).is_valid(doc.data):
        return
    slow = _slow(doc.kind)
    seen: set[tuple] = set()
    valued: set[str] = set()  # pointers that already have a finding about their value
    findings = [f for error in slow.iter_errors(doc.data) for f in _to_findings(doc, error)]
    for finding in sorted(findings, key=lambda f: (f.pointer, _VALUE_CODES.get(f.code, 0), f.message)):
        key = (finding.code, finding.pointer, finding.message)
        if key in seen or (finding.code in _VALUE_CODES and finding.pointer in valued):
            continue
        seen.add(key)
        if finding.code in _VALUE_CODES:
            valued.add(finding.pointer)
        yield finding
    if not seen:
        yield Finding(
            doc.path,
            1,
            1,
            "GC208",
            Severity.ERROR,
            "The file does not follow the schema.",
            "Compare it with the schema reference.",
            "",
        )


def _to_findings(doc: Document, error) -> Iterator[Finding]:
    path = list(error.absolute_path)
    pointer = _pointer(path)
    kind, validator = doc.kind, error.validator
    index = artefacts.schema_index()["classes"]

    def at(code: str, ptr: str, message: str, hint: str = "") -> Finding:
        line, column = doc.locate(ptr)
        return Finding(doc.path, line, column, code, Severity.ERROR, message, hint, ptr)

    if validator == "required":
        owner = class_at(kind, path)
        slots = index.get(owner or "", {}).get("slots", {})
        for key in error.validator_value:
            if key not in error.instance:
                description = slots.get(key, {}).get("description", "")
                hint = f"Add '{key}:'." + (f" {description}" if description else "")
                if "then" in error.schema_path and f"{key}_translated" in error.instance:  # a schema rule
                    hint = f"Add '{key}:' with the English text; the translations in '{key}_translated' need it."
                yield at("GC201", pointer, f"The required key '{key}' is missing in {_where(path, kind)}.", hint)
    elif validator == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        for key in sorted(k for k in error.instance if k not in allowed):
            close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            translations = str(path[-1]) if path else ""
            if key == "en" and translations.endswith("_translated"):  # e.g. name_translated beside name
                english = translations.removesuffix("_translated")
                hint = f"Write the English text in '{english}'; '{translations}' holds the other languages."
            elif close:
                hint = f"Did you mean '{close[0]}'?"
            else:
                hint = "Known keys here: " + ", ".join(allowed) + "."
            yield at(
                "GC202",
                f"{pointer}/{pointer_escape(key)}",
                f"The key '{key}' is not known in {_where(path, kind)}.",
                hint,
            )
    elif validator == "enum":
        enum = error.schema.get("title", "")
        replacement = obsolete_replacement(enum, error.instance)
        if replacement is not None:
            yield at(
                "GC402", pointer, f"{_shown(error.instance)} in '{_where(path)}' is an obsolete code.", replacement
            )
            return
        suggestion = suggest_code(enum, error.instance)
        hint = (
            f"Did you mean '{suggestion}'?"
            if suggestion
            else f"Use a code of {enum}, listed in the vocabularies reference."
        )
        yield at("GC401", pointer, f"{_shown(error.instance)} in '{_where(path)}' is not a code of {enum}.", hint)
    elif validator == "type":
        expected = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        words = " or ".join(_TYPE_WORDS.get(t, t) for t in expected)
        if error.instance is None:
            message = f"'{_where(path)}' is empty but needs {words}."
        else:
            message = f"'{_where(path)}' must be {words}, not {_shown(error.instance)}."
        yield at("GC203", pointer, message, _hint_for(kind, path))
    elif validator == "pattern":
        yield at(
            "GC204",
            pointer,
            f"{_shown(error.instance)} in '{_where(path)}' does not have the required form.",
            _hint_for(kind, path) or f"Expected the form {error.validator_value}.",
        )
    elif validator == "format":
        what = {"date": "a date written YYYY-MM-DD", "uri": "an absolute URL"}.get(
            error.validator_value, error.validator_value
        )
        yield at(
            "GC205", pointer, f"{_shown(error.instance)} in '{_where(path)}' is not {what}.", _hint_for(kind, path)
        )
    elif validator in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        bound = "at least" if "inimum" in validator else "at most"
        yield at(
            "GC206",
            pointer,
            f"'{_where(path)}' is {error.instance}; it must be {bound} {error.validator_value}.",
            _hint_for(kind, path),
        )
    elif validator == "anyOf" and all("required" in branch for branch in error.validator_value):
        keys = [key for branch in error.validator_value for key in branch["required"]]
        yield at("GC207", pointer, f"'{_where(path)}' needs at least one of: {', '.join(keys)}.", f"Add '{keys[0]}:'.")
    elif validator == "minItems":
        yield at(
            "GC207", pointer, f"'{_where(path)}' is an empty list; give at least one value.", _hint_for(kind, path)
        )
    else:
        yield at("GC208", pointer, f"'{_where(path)}' does not follow the schema: {error.message}.", "")
