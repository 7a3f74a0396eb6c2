"""Put the structural findings of genocat and of linkml-validate in one form, to compare them.

Both tools validate against the same LinkML schema (genocat through the JSON Schema generated from it),
so each structural error becomes (file, kind, JSON pointer) with the kind named by genocat's rule code.
"""

from __future__ import annotations

import re

# genocat's structure and vocabulary codes; an obsolete code (GC402) is an enum violation for linkml.
STRUCTURAL = {"GC201", "GC202", "GC203", "GC204", "GC205", "GC206", "GC207", "GC208", "GC401", "GC402"}
_SAME_AS = {"GC402": "GC401"}

_LINE = re.compile(r"^\[(?P<level>[A-Z]+)\] \[(?P<file>.+?)/\d+\] (?P<message>.*) in (?P<where>/\S*)$")
_MESSAGES = [
    (re.compile(r"^'(?P<key>[^']+)' is a required property$"), "GC201"),
    (re.compile(r"^Additional properties are not allowed \((?P<keys>.+) (?:was|were) unexpected\)$"), "GC202"),
    (re.compile(r" is not of type "), "GC203"),
    (re.compile(r" does not match "), "GC204"),
    (re.compile(r" is not a '(?:date|uri|date-time|email)'$"), "GC205"),
    (re.compile(r" is (?:less|greater) than (?:or equal to )?the (?:minimum|maximum)"), "GC206"),
    (re.compile(r" should be non-empty$|is too short$"), "GC207"),
    (re.compile(r" is not one of "), "GC401"),
]


def genocat_errors(report: dict, files: set[str] | None = None) -> set[tuple[str, str, str]]:
    """(file, code, pointer) of the structural findings in a genocat JSON report."""
    return {
        (f["path"], _SAME_AS.get(f["code"], f["code"]), f["pointer"])
        for f in report["findings"]
        if f["code"] in STRUCTURAL and (files is None or f["path"] in files)
    }


def linkml_errors(output: str) -> tuple[set[tuple[str, str, str]], list[str]]:
    """(file, code, pointer) of each error line linkml-validate printed, and the lines not understood."""
    found: set[tuple[str, str, str]] = set()
    unknown: list[str] = []
    for line in output.splitlines():
        match = _LINE.match(line)
        if not match or match["level"] != "ERROR":
            if line.startswith("[ERROR]"):
                unknown.append(line)
            continue
        where = "" if match["where"] == "/" else match["where"]
        for pattern, code in _MESSAGES:
            hit = pattern.search(match["message"])
            if hit is None:
                continue
            if code == "GC202":
                for key in re.findall(r"'([^']+)'", hit["keys"]):
                    found.add((match["file"], code, f"{where}/{key}"))
            else:
                found.add((match["file"], code, where))
            break
        else:
            found.add((match["file"], "other", where))
            unknown.append(line)
    return found, unknown


def manifest_errors(manifest: dict, root: str) -> set[tuple[str, str, str]]:
    """The errors synth.py put in on purpose, as (file, code, pointer)."""
    return {(f"{root}/{path}", item["code"], item["pointer"]) for path, item in manifest["broken"].items()}
