"""Read submission files into plain data, keeping the line and column of every node.

Submissions are read as YAML 1.2 (JSON is a subset): `NO`, `ON`, `YES` stay strings and dates stay
strings. PyYAML's C composer gives nodes with positions at C speed; scalars are resolved here with
the YAML 1.2 core schema. Nothing is constructed from tags, so no tag is ever executed. A file that
cannot be read becomes a finding and the run goes on.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from genocat.files import discover, kind_of
from genocat.findings import Finding, Severity
from genocat.workers import collector_paused

try:
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - PyYAML without libyaml
    from yaml import SafeLoader as _BaseLoader

_DEFAULT_TAGS = {
    yaml.ScalarNode: "tag:yaml.org,2002:str",
    yaml.SequenceNode: "tag:yaml.org,2002:seq",
    yaml.MappingNode: "tag:yaml.org,2002:map",
}


class _Loader(_BaseLoader):
    """The composer without PyYAML's resolver: scalars are resolved here with YAML 1.2 rules, so the
    YAML 1.1 regular expressions PyYAML would run on every untagged node are skipped (up to a third
    of the composing time). Explicit tags still reach the node and are checked."""

    def resolve(self, kind, value, implicit):
        return _DEFAULT_TAGS[kind]

    def descend_resolver(self, current_node, current_index):
        pass

    def ascend_resolver(self):
        pass


MAX_FILE_BYTES = 5_000_000
MAX_SCALAR_CHARS = 100_000
MAX_DEPTH = 32
MAX_NODES = 200_000

_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"^[-+]?[0-9]+$")
_OCT = re.compile(r"^0o[0-7]+$")
_HEX = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_INF = re.compile(r"^[-+]?\.(?:inf|Inf|INF)$")
_NAN = re.compile(r"^\.(?:nan|NaN|NAN)$")
# Plain scalars a YAML 1.1 reader (PyYAML, most harvesters) turns into booleans.
YAML11_BOOLEANS = frozenset(
    ["y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF"]
)
_QUOTED_STYLES = frozenset("'\"|>")
_STANDARD_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:merge",
    "tag:yaml.org,2002:binary",
}


@dataclass
class Document:
    """One submission: its data and where each value stood in the file."""

    path: str
    kind: str  # "dataset", "node_catalogue" or "catalogue"
    data: dict
    positions: dict[str, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[str, tuple[int, int]] = field(default_factory=dict)

    def locate(self, pointer: str) -> tuple[int, int]:
        """Line and column for a JSON pointer: the key's place if it has one, else the value's."""
        while True:
            if pointer in self.key_positions:
                return self.key_positions[pointer]
            if pointer in self.positions:
                return self.positions[pointer]
            if not pointer:
                return (1, 1)
            pointer = pointer.rsplit("/", 1)[0]

    def summary(self, keys: tuple[str, ...]) -> Document:
        """The same document with only these top-level keys and their positions: what the
        catalogue-scope rules read, small enough to keep for every file of a large catalogue."""
        data = {key: self.data[key] for key in keys if key in self.data}
        kept = [""] + [f"/{pointer_escape(key)}" for key in data]
        nested = tuple(
            f"{p}/" for p, value in zip(kept[1:], data.values(), strict=True) if isinstance(value, dict | list)
        )
        if nested:  # rare (a list or mapping where a value belongs): keep the positions below it too
            kept += [p for p in self.positions if p.startswith(nested)]
            kept += [p for p in self.key_positions if p.startswith(nested)]
        return Document(
            self.path,
            self.kind,
            data,
            {p: self.positions[p] for p in kept if p in self.positions},
            {p: self.key_positions[p] for p in kept if p in self.key_positions},
        )


@dataclass
class LoadResult:
    documents: list[Document]
    findings: list[Finding]
    files: list[str]


class _Problem(Exception):
    def __init__(self, code: str, message: str, hint: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.code, self.message, self.hint, self.line, self.column = code, message, hint, line, column


def pointer_escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def strings(value, pointer: str = "") -> Iterator[tuple[str, str]]:
    """Every string in a loaded value, with its JSON pointer (below `pointer`)."""
    if isinstance(value, str):
        yield pointer, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(item, f"{pointer}/{pointer_escape(str(key))}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from strings(item, f"{pointer}/{i}")


# First characters of the plain scalars that YAML 1.2 resolves to something other than a string
# (null, booleans, numbers); any other plain scalar is a string without trying the patterns.
_NON_STRING_STARTS = frozenset("0123456789+-.~nNtTfF")
_SCALAR, _SEQUENCE = yaml.ScalarNode, yaml.SequenceNode


class _Converter:
    """Turn a composed YAML node tree into plain data with YAML 1.2 rules, recording positions.

    This walk runs once per node of every file, so scalars, the common case, take the shortest path."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.positions: dict[str, tuple[int, int]] = {}
        self.key_positions: dict[str, tuple[int, int]] = {}
        self.findings: list[Finding] = []
        self.nodes = 0
        self.top_line = 1  # line of the top-level key being read: where an alias bomb is reported

    def warn(self, code: str, node, message: str, hint: str, pointer: str, severity=Severity.WARNING) -> None:
        mark = node.start_mark
        self.findings.append(Finding(self.path, mark.line + 1, mark.column + 1, code, severity, message, hint, pointer))

    def convert(self, node, pointer: str = "", depth: int = 0):
        self.nodes += 1
        mark = node.start_mark
        if self.nodes > MAX_NODES:
            raise _Problem(
                "GC106",
                f"The file expands to more than {MAX_NODES} values (an alias bomb?).",
                "Remove the YAML aliases (*name) and write the values out.",
                self.top_line,
            )
        if depth > MAX_DEPTH:
            raise _Problem(
                "GC107",
                f"The file nests deeper than {MAX_DEPTH} levels.",
                "Flatten the structure; submissions need only a few levels.",
                mark.line + 1,
                mark.column + 1,
            )
        self.positions[pointer] = (mark.line + 1, mark.column + 1)
        if node.tag not in _STANDARD_TAGS:
            raise _Problem(
                "GC105",
                f"The tag {node.tag!r} is not allowed in a submission.",
                "Remove the tag; write the plain value.",
                mark.line + 1,
                mark.column + 1,
            )
        kind = type(node)
        if kind is _SCALAR:
            value = node.value
            if len(value) > MAX_SCALAR_CHARS:
                raise _Problem(
                    "GC108",
                    f"A value is {len(value)} characters long (the limit is {MAX_SCALAR_CHARS}).",
                    "Shorten it; link to long documents instead of pasting them.",
                    mark.line + 1,
                    mark.column + 1,
                )
            if node.style in _QUOTED_STYLES:  # quoted or block scalar: always a string
                return value
            if value in YAML11_BOOLEANS:
                self.warn(
                    "GC109",
                    node,
                    f"'{value}' is a string in YAML 1.2 but a boolean for YAML 1.1 readers.",
                    f'Quote it ("{value}") so every reader sees the same text.',
                    pointer,
                )
                return value
            if value and value[0] not in _NON_STRING_STARTS:
                return value
            return resolve_plain(value)
        if kind is _SEQUENCE:
            convert = self.convert
            return [convert(item, f"{pointer}/{i}", depth + 1) for i, item in enumerate(node.value)]
        return self._mapping(node, pointer, depth)

    def _mapping(self, node, pointer: str, depth: int) -> dict:
        result: dict = {}
        key_positions = self.key_positions
        for key_node, value_node in node.value:
            if type(key_node) is not _SCALAR:
                raise _Problem(
                    "GC101",
                    "A mapping key is itself a list or mapping.",
                    "Use a plain word as the key.",
                    key_node.start_mark.line + 1,
                )
            key = key_node.value
            if key == "<<":
                raise _Problem(
                    "GC105",
                    "YAML merge keys (<<) are not allowed in a submission.",
                    "Write the merged keys out.",
                    key_node.start_mark.line + 1,
                )
            child = f"{pointer}/{pointer_escape(key) if '~' in key or '/' in key else key}"
            mark = key_node.start_mark
            if key in result:
                first = key_positions[child]
                self.warn(
                    "GC104",
                    key_node,
                    f"The key '{key}' appears twice in this mapping.",
                    f"Keep one '{key}' (the first is on line {first[0]}); a YAML reader keeps only the last.",
                    child,
                    Severity.ERROR,
                )
                continue
            key_positions[child] = (mark.line + 1, mark.column + 1)
            if depth == 0:
                self.top_line = mark.line + 1
            result[key] = self.convert(value_node, child, depth + 1)
        return result


def resolve_plain(value: str):
    """YAML 1.2 core schema resolution of a plain scalar."""
    if _NULL.match(value):
        return None
    if value in _BOOL:
        return _BOOL[value]
    if _INT.match(value):
        return int(value)
    if _OCT.match(value):
        return int(value[2:], 8)
    if _HEX.match(value):
        return int(value[2:], 16)
    if _FLOAT.match(value):
        return float(value)
    if _INF.match(value):
        return float("-inf") if value.startswith("-") else float("inf")
    if _NAN.match(value):
        return float("nan")
    return value


def _decode(raw: bytes) -> str:
    if not raw.strip():
        raise _Problem("GC102", "The file is empty.", "Write the submission, or delete the file.")
    if b"\x00" in raw[:8192]:
        raise _Problem("GC103", "The file is binary, not text.", "Submit a UTF-8 YAML or JSON file.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise _Problem(
            "GC103",
            f"The file is not UTF-8 (byte 0x{raw[error.start]:02x} at line {line}).",
            "Save the file as UTF-8.",
            line,
        ) from None
    return text.removeprefix("\ufeff")


def load_text(text: str, path: str, kind: str) -> tuple[Document | None, list[Finding]]:
    converter = _Converter(path)
    try:
        try:
            loader = _Loader(text)
            try:
                root = loader.get_single_node()
            finally:
                loader.dispose()
        except yaml.MarkedYAMLError as error:
            mark = error.problem_mark or error.context_mark
            line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
            problem = (error.problem or "syntax error").rstrip(".")
            raise _Problem(
                "GC101",
                f"The file is not valid YAML: {problem}.",
                "Fix the syntax at this place (indentation, a missing ':' or quote).",
                line,
                column,
            ) from None
        except yaml.YAMLError as error:
            raise _Problem("GC101", f"The file is not valid YAML: {error}.", "Fix the syntax.") from None
        if root is None:
            raise _Problem("GC102", "The file holds no document.", "Write the submission, or delete the file.")
        data = converter.convert(root)
    except _Problem as problem:
        return None, [*converter.findings, _problem_finding(path, problem)]
    except RecursionError:
        finding = Finding(
            path, 1, 1, "GC107", Severity.ERROR, "The file nests too deeply to read.", "Flatten the structure.", ""
        )
        return None, [*converter.findings, finding]
    if not isinstance(data, dict):
        finding = Finding(
            path,
            1,
            1,
            "GC110",
            Severity.ERROR,
            f"The file holds a {type(data).__name__}, not a mapping of keys to values.",
            "Start the file with keys such as 'identifier:'.",
            "",
        )
        return None, [*converter.findings, finding]
    doc = Document(path, kind, data, converter.positions, converter.key_positions)
    return doc, converter.findings


def _problem_finding(path: str, problem: _Problem) -> Finding:
    return Finding(path, problem.line, problem.column, problem.code, Severity.ERROR, problem.message, problem.hint, "")


def read_file(path: Path, display: str | None = None) -> tuple[bytes | None, list[Finding]]:
    """The bytes of a submission file, or the finding that says why it cannot be read."""
    name = display or path.as_posix()
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            size = os.fstat(fd).st_size
            if size > MAX_FILE_BYTES:
                raise _Problem(
                    "GC108",
                    f"The file is {size} bytes (the limit is {MAX_FILE_BYTES}).",
                    "Split it; one dataset per file.",
                )
            chunks = []
            while chunk := os.read(fd, size + 1 if not chunks else 1 << 20):  # until end of file
                chunks.append(chunk)
            raw = b"".join(chunks)
            if len(raw) > MAX_FILE_BYTES:  # it grew while being read
                raise _Problem("GC108", f"The file is over {MAX_FILE_BYTES} bytes.", "Split it; one dataset per file.")
            return raw, []
        finally:
            os.close(fd)
    except _Problem as problem:
        return None, [_problem_finding(name, problem)]
    except OSError as error:
        return None, [
            Finding(
                name,
                1,
                1,
                "GC100",
                Severity.ERROR,
                f"The file cannot be read: {error.strerror}.",
                "Check the path and its permissions.",
                "",
            )
        ]


def load_bytes(raw: bytes, path: str, kind: str) -> tuple[Document | None, list[Finding]]:
    """Decode and load the bytes of one file (the validator reads and hashes them first)."""
    try:
        text = _decode(raw)
    except _Problem as problem:
        return None, [_problem_finding(path, problem)]
    return load_text(text, path, kind)


def load_file(path: Path, display: str | None = None) -> tuple[Document | None, list[Finding]]:
    name = display or path.as_posix()
    raw, problems = read_file(path, name)
    if raw is None:
        return None, problems
    return load_bytes(raw, name, kind_of(path))


def load_paths(paths: list[str | Path]) -> LoadResult:
    """Load every submission under the given files and folders."""
    files, _missing = discover(paths)
    documents: list[Document] = []
    findings: list[Finding] = []
    with collector_paused():  # re-scanning the growing list of documents cost 45% at 10,000 files
        for path in files:
            doc, problems = load_file(path)
            findings.extend(problems)
            if doc is not None:
                documents.append(doc)
    return LoadResult(documents, findings, [p.as_posix() for p in files])
