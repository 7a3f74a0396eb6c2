"""Records as submission YAML that every reader reads back as written.

Keys keep the order they are given (the schema's slot order). A string is quoted whenever a YAML 1.1
reader (PyYAML, LinkML) or a YAML 1.2 reader (genocat's loader) would take it for something else:
PyYAML's emitter already quotes the YAML 1.1 booleans, numbers, dates and nulls (`NO`, `2025-03-26`),
and the resolvers added here make it quote the YAML 1.2 numbers YAML 1.1 reads as text (`1e3`,
`0o17`). `dump` reads its own output back with genocat's loader and refuses to return anything
that does not come back equal.
"""

from __future__ import annotations

import re

import yaml

from genocat.load import load_text


# libyaml's emitter when PyYAML has it (3x faster; the same bytes on every demo submission), else Python's.
class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
    pass


_Dumper.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$"),
    list("-+0123456789."),
)
_Dumper.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^0o[0-7]+$|^0x[0-9a-fA-F]+$"), ["0"])


_UNICODE_BREAKS = ("\x85", "\u2028", "\u2029")  # line breaks to YAML 1.1, plain text to YAML 1.2


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if any(c in value for c in _UNICODE_BREAKS):
        style = '"'  # escaped, so both readers agree
    else:
        style = "|" if "\n" in value.rstrip("\n") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


class RoundTripError(Exception):
    """The YAML written would not read back as the record (a bug: report it)."""


def dump(data: dict, header: str = "", path: str = "record.yaml", kind: str = "dataset") -> str:
    body = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    comment = "".join(f"# {line}\n" if line else "#\n" for line in header.splitlines())
    text = comment + body
    document, findings = load_text(text, path, kind)
    if document is None or document.data != data:
        problems = "; ".join(f.message for f in findings) or "the values differ"
        raise RoundTripError(f"{path}: the YAML written does not read back as the record ({problems})")
    return text
