"""Safe machine fixes for `genocat validate --fix`: values rewritten in place, every other byte kept.

What is fixed, all derived from the schema index (`genocat.artefacts`) except the small alias table:
a coded value written as another case (`hun` -> `HUN`), as its label, ISO annotation or IRI (`en`,
`english` -> `ENG`; `cc-by-4.0`, `CC BY 4.0` -> `CC_BY_4_0`), a DUO CURIE or IRI (-> its shorthand),
an obsolete DUO permission (-> DUO's replacement, adding replacement modifiers), an obsolete MONDO disease
(-> MONDO's one replacement) or a disease IRI (-> its CURIE), and dates in other
unambiguous formats (`23/11/2026`, `2026.11.23`, `23 November 2026` -> `'2026-11-23'`). A value is
changed only when exactly one code (or date) fits.

Why not a ruamel.yaml dump: its round trip re-flows long plain scalars (57 of the 71 demo files
changed with no edit at all). Instead the file is composed once with positions and each fixed
scalar is replaced between its start and end marks, so comments, key order, quoting, indentation
and line breaks stay exactly as the steward wrote them.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from genocat import artefacts
from genocat.vocab import DUO_ENUMS

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML without libyaml
    from yaml import SafeLoader as _Loader

DATE_RANGES = ("date", "date_or_datetime")

# Free-form spellings that no label or annotation of the schema carries. Keys are compared without
# case, punctuation, spaces or a leading http(s)://; every value must be a code of its enum (tested).
ALIASES: dict[str, dict[str, str]] = {
    "Licence": {
        "Creative Commons Attribution 4.0 International": "CC_BY_4_0",
        "Creative Commons Attribution-ShareAlike 4.0 International": "CC_BYSA_4_0",
        "Creative Commons Attribution-NoDerivatives 4.0 International": "CC_BYND_4_0",
        "Creative Commons Attribution-NonCommercial 4.0 International": "CC_BYNC_4_0",
        "Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International": "CC_BYNCSA_4_0",
        "Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International": "CC_BYNCND_4_0",
        "CC0 1.0": "CC0",
        "CC0 1.0 Universal": "CC0",
        "creativecommons.org/licenses/by/4.0/": "CC_BY_4_0",
        "creativecommons.org/licenses/by-sa/4.0/": "CC_BYSA_4_0",
        "creativecommons.org/licenses/by-nd/4.0/": "CC_BYND_4_0",
        "creativecommons.org/licenses/by-nc/4.0/": "CC_BYNC_4_0",
        "creativecommons.org/licenses/by-nc-sa/4.0/": "CC_BYNCSA_4_0",
        "creativecommons.org/licenses/by-nc-nd/4.0/": "CC_BYNCND_4_0",
        "creativecommons.org/publicdomain/zero/1.0/": "CC0",
    },
}

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")  # fmt: skip
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEAR_FIRST = re.compile(r"^(\d{4})([./-])(\d{1,2})\2(\d{1,2})$")
_YEAR_LAST = re.compile(r"^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$")
_DAY_NAME = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]+)\.?,?\s+(\d{4})$")
_NAME_DAY = re.compile(r"^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_LIST_ITEM_PREFIX = re.compile(r"^[ \t]*-[ \t]+$")


@dataclass(frozen=True)
class Fix:
    """One value rewritten: where it stood, what it was and what it became, and why that is safe."""

    path: str
    line: int
    column: int
    pointer: str
    old: str
    new: str
    reason: str


@dataclass(frozen=True)
class FileFix:
    """The fixes of one file with its text before and after."""

    path: Path
    display: str
    before: str
    after: str
    fixes: tuple[Fix, ...]

    def diff(self) -> str:
        lines = difflib.unified_diff(
            self.before.splitlines(keepends=True),
            self.after.splitlines(keepends=True),
            fromfile=self.display if self.display.startswith("/") else f"a/{self.display}",
            tofile=self.display if self.display.startswith("/") else f"b/{self.display}",
        )
        return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def _normal(text: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", re.sub(r"^\s*https?://", "", text, flags=re.I).upper())


def _moved_from(info: dict) -> str | None:
    return info.get("annotations", {}).get("moved_from")


def code_for(enum: str, value: str) -> tuple[str, str] | None:
    """The one code of `enum` that `value` certainly means, with the reason; None when unsure or already right."""
    codes = artefacts.enum_codes(enum)
    if value in codes:
        return None
    text = value.strip()
    if enum in DUO_ENUMS:
        from genocat.consent.terms import load_terms

        term = load_terms().resolve(text)
        if term is not None and not term.obsolete and term.shorthand in codes:
            return term.shorthand, "DUO term written as its shorthand code"
    steps = (
        ("IRI of the code", lambda code, info: info.get("meaning") == text),
        ("the code's IRI in an older release of its table", lambda code, info: _moved_from(info) == text),
        ("case of the code", lambda code, info: code.casefold() == text.casefold()),
        (
            f"name of a {enum} code",
            lambda code, info: any(
                _normal(name) == _normal(text)
                for name in (code, info.get("label"), *info.get("annotations", {}).values())
                if name
            ),
        ),
    )
    for reason, fits in steps:
        found = sorted(code for code, info in codes.items() if fits(code, info))
        if len(found) == 1:
            return found[0], reason
        if found:
            return None
    aliases = {_normal(alias): code for alias, code in ALIASES.get(enum, {}).items()}
    code = aliases.get(_normal(text))
    return (code, f"known spelling of a {enum} code") if code in codes else None


def iso_date(value: str) -> str | None:
    """`value` as YYYY-MM-DD when it can only mean one date; None when ambiguous, invalid or already ISO."""
    text = value.strip()
    if _ISO.match(text):
        return None
    readings: set[tuple[int, int, int]] = set()
    if match := _YEAR_FIRST.match(text):
        readings.add((int(match[1]), int(match[3]), int(match[4])))
    elif match := _YEAR_LAST.match(text):
        first, second, year = int(match[1]), int(match[3]), int(match[4])
        readings |= {(year, second, first), (year, first, second)}  # day/month and month/day
    elif match := _DAY_NAME.match(text):
        readings.add((int(match[3]), _month(match[2]), int(match[1])))
    elif match := _NAME_DAY.match(text):
        readings.add((int(match[3]), _month(match[1]), int(match[2])))
    valid = set()
    for year, month, day in readings:
        try:
            valid.add(date(year, month, day).isoformat())
        except ValueError:
            continue
    return valid.pop() if len(valid) == 1 else None


def _month(name: str) -> int:
    name = name.lower()
    found = [i for i, month in enumerate(MONTHS, 1) if month == name or (len(name) >= 3 and month.startswith(name))]
    return found[0] if len(found) == 1 else 0


class _Planner:
    """Walks one composed file along the schema, collecting edits (start, end, text) and fixes."""

    def __init__(self, text: str, display: str) -> None:
        self.text, self.display = text, display
        self.newline = "\r\n" if "\r\n" in text else "\n"
        self.edits: list[tuple[int, int, str]] = []
        self.fixes: list[Fix] = []
        self.index = artefacts.schema_index()

    def walk(self, node, cls: str, pointer: str = "") -> None:
        info = self.index["classes"].get(cls)
        if not isinstance(node, MappingNode) or info is None or info.get("language_map"):
            return
        for key, value in node.value:
            slot = info["slots"].get(key.value) if isinstance(key, ScalarNode) else None
            if slot is None:
                continue
            here = f"{pointer}/{key.value}"
            if isinstance(value, SequenceNode):
                for i, item in enumerate(value.value):
                    self.visit(node, item, slot["range"], f"{here}/{i}")
            else:
                self.visit(node, value, slot["range"], here)

    def visit(self, mapping: MappingNode, node, rng: str, pointer: str) -> None:
        if rng in self.index["classes"]:
            self.walk(node, rng, pointer)
            return
        value = _string(node)
        if value is None:
            return
        if rng in DATE_RANGES and (new := iso_date(value)):
            self.replace(node, new, pointer, "date written YYYY-MM-DD", quote=True)
        elif rng == "Curie" and pointer.rsplit("/", 2)[-2] == "diseases":
            from genocat.consent.diseases import fixed_disease

            if found := fixed_disease(value):
                self.replace(node, found[0], pointer, found[1])
        elif rng in self.index["enums"]:
            if rng == "DuoPermission" and self.obsolete_permission(mapping, node, value, pointer):
                return
            if found := code_for(rng, value):
                self.replace(node, found[0], pointer, found[1])

    def replace(self, node: ScalarNode, new: str, pointer: str, reason: str, quote: bool = False) -> bool:
        start, end = node.start_mark.index, node.end_mark.index
        source = _source(node)
        if source is None or self.text[start:end] != source:
            return False  # written over several lines or with escapes: leave it to the steward
        self.edits.append((start, end, _render(new, node.style, quote)))
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
        self.fixes.append(Fix(self.display, line, column, pointer, node.value, new, reason))
        return True

    def obsolete_permission(self, mapping: MappingNode, node: ScalarNode, value: str, pointer: str) -> bool:
        """GRU-CC -> GRU with CC among the modifiers: DUO's own replacement, split by kind."""
        from genocat.consent.terms import load_terms

        terms = load_terms()
        term = terms.resolve(value)
        if term is None or not term.obsolete or not term.replaced_by:
            return False
        replacements = [terms.terms[r].shorthand if r in terms.terms else None for r in term.replaced_by]
        permissions = [c for c in replacements if c in artefacts.enum_codes("DuoPermission")]
        modifiers = [c for c in replacements if c in artefacts.enum_codes("DuoModifier")]
        if len(permissions) != 1 or len(permissions) + len(modifiers) != len(replacements):
            return False
        listed = next((v for k, v in mapping.value if isinstance(k, ScalarNode) and k.value == "modifiers"), None)
        if listed is not None and not isinstance(listed, SequenceNode):
            return False
        present = {_code(terms, item) for item in (listed.value if listed is not None else [])}
        missing = [c for c in modifiers if c not in present]
        insertion = self.add_modifiers(mapping, node, listed, missing) if missing else []
        if insertion is None or not self.replace(node, permissions[0], pointer, "obsolete DUO code replaced"):
            return False
        self.edits += insertion
        parent = pointer.rsplit("/", 1)[0]
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
        for code in missing:
            self.fixes.append(
                Fix(
                    self.display,
                    line,
                    column,
                    f"{parent}/modifiers/-",
                    "",
                    code,
                    "modifier that replaces part of the obsolete DUO code",
                )
            )
        return True

    def add_modifiers(self, mapping, permission, listed, codes: list[str]) -> list[tuple[int, int, str]] | None:
        text = self.text
        if listed is not None and listed.flow_style:
            end = listed.end_mark.index
            if text[end - 1 : end] != "]":
                return None
            style = listed.value[-1].style if listed.value else permission.style
            added = ", ".join(_render(c, style) for c in codes)
            return (
                [(listed.value[-1].end_mark.index, listed.value[-1].end_mark.index, ", " + added)]
                if listed.value
                else [(end - 1, end - 1, added)]
            )
        if listed is not None:
            last = listed.value[-1]
            prefix = text[text.rfind("\n", 0, last.start_mark.index) + 1 : last.start_mark.index]
            if not isinstance(last, ScalarNode) or not _LIST_ITEM_PREFIX.match(prefix):
                return None
            return [self.after_line(last.end_mark.index, [prefix + _render(c, last.style) for c in codes])]
        key = next(k for k, v in mapping.value if v is permission)
        if mapping.flow_style:
            added = ", ".join(_render(c, permission.style) for c in codes)
            return [
                (
                    permission.end_mark.index,
                    permission.end_mark.index,
                    f", {_render('modifiers', key.style)}: [{added}]",
                )
            ]
        indent = text[text.rfind("\n", 0, key.start_mark.index) + 1 : key.start_mark.index]
        if indent.strip():
            return None
        added = ", ".join(_render(c, permission.style) for c in codes)
        return [self.after_line(permission.end_mark.index, [f"{indent}modifiers: [{added}]"])]

    def after_line(self, index: int, lines: list[str]) -> tuple[int, int, str]:
        """An insertion of whole lines after the line that holds `index` (its comment stays on it)."""
        end = self.text.find("\n", index)
        if end == -1:
            return (len(self.text), len(self.text), "".join(self.newline + line for line in lines))
        return (end + 1, end + 1, "".join(line + self.newline for line in lines))

    def result(self) -> str | None:
        edits = sorted(set(self.edits))
        if any(a[1] > b[0] for a, b in zip(edits, edits[1:], strict=False)):
            return None  # two fixes of one place: fix nothing rather than guess
        text = self.text
        for start, end, new in reversed(edits):
            text = text[:start] + new + text[end:]
        return text


def _string(node) -> str | None:
    """The scalar's text when YAML 1.2 reads it as a string (plain `12` or `true` are not)."""
    from genocat.load import resolve_plain

    if not isinstance(node, ScalarNode) or node.style in ("|", ">"):
        return None
    if node.style is None and not isinstance(resolve_plain(node.value), str):
        return None
    return node.value


def _source(node: ScalarNode) -> str | None:
    """How the scalar must read in the file for a plain replacement to be exact (None: escapes)."""
    if node.style == "'":
        return "'" + node.value.replace("'", "''") + "'"
    if node.style == '"':
        return None if "\\" in node.value or '"' in node.value else f'"{node.value}"'
    return node.value


def _render(value: str, style: str | None, quote: bool = False) -> str:
    """The new value in the old quoting; plain only where YAML 1.2 and 1.1 readers both see a string."""
    from genocat.load import YAML11_BOOLEANS, resolve_plain

    if style == '"':
        return f'"{value}"'
    if style == "'" or quote or value in YAML11_BOOLEANS or not isinstance(resolve_plain(value), str):
        return "'" + value.replace("'", "''") + "'"
    return value


def _code(terms, node) -> str | None:
    term = terms.resolve(node.value) if isinstance(node, ScalarNode) else None
    return term.shorthand if term is not None else None


def plan_file(path: Path, display: str | None = None) -> FileFix | None:
    """The fixes of one file, or None when it has none (or cannot be read: validation reports that)."""
    from genocat.files import kind_of
    from genocat.load import MAX_FILE_BYTES, load_text

    display = display or path.as_posix()
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None
        raw = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    bom = "\ufeff" if raw.startswith("\ufeff") else ""
    text = raw.removeprefix(bom)
    kind = kind_of(path)
    doc, _ = load_text(text, display, kind)  # the loader's limits (aliases, depth, size) apply first
    if doc is None:
        return None
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:  # pragma: no cover - the loader above already accepted the text
        return None
    planner = _Planner(text, display)
    planner.walk(root, artefacts.KIND_CLASS[kind])
    after = planner.result()
    if not planner.fixes or after is None or load_text(after, display, kind)[0] is None:
        return None
    fixes = tuple(sorted(planner.fixes, key=lambda f: (f.line, f.column)))  # stable: a replacement before its additions
    return FileFix(path, display, raw, bom + after, fixes)


def plan(paths: Iterable[str | Path]) -> list[FileFix]:
    """The fixes of every submission under `paths` (files or folders), in file order."""
    from genocat.files import discover

    files, _missing = discover(list(paths))
    return [fixed for path in files if (fixed := plan_file(path)) is not None]


def write(fixed: Iterable[FileFix]) -> None:
    """Write fixed files back atomically (a file is either wholly old or wholly new)."""
    import os

    from genocat.atomic import write_text_atomic

    for item in fixed:
        mode = item.path.stat().st_mode & 0o7777
        write_text_atomic(item.path, item.after)
        os.chmod(item.path, mode)  # the temporary file was created private (0600)
