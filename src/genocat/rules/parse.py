"""Parse layer: what stops a file from being read at all. The loader produces these findings."""

from genocat.findings import Severity
from genocat.rules.registry import declare

declare(
    "GC100",
    "unreadable-file",
    Severity.ERROR,
    "parse",
    """
    The file cannot be opened (permissions, a broken link).

    Passing: a readable `catalog/hu/datasets/gdi-hu-semmelweis-1.yaml`.
    Failing: a file without read permission.
""",
)
declare(
    "GC101",
    "yaml-syntax",
    Severity.ERROR,
    "parse",
    """
    The file is not valid YAML or JSON; the finding points at the place the parser stopped.

    Passing: `title: {en: Rare disease cohort}`
    Failing: `title: {en: Rare disease cohort` (the closing brace is missing)
""",
)
declare(
    "GC102",
    "empty-file",
    Severity.ERROR,
    "parse",
    """
    The file is empty or holds only comments.

    Passing: a file with `identifier: GDI-HU-SEMMELWEIS-1` and the other keys.
    Failing: a file of zero bytes.
""",
)
declare(
    "GC103",
    "not-utf8-text",
    Severity.ERROR,
    "parse",
    """
    The file is binary or not encoded as UTF-8.

    Passing: a YAML file saved as UTF-8.
    Failing: a YAML file saved as Latin-1 with `Pécs` in it.
""",
)
declare(
    "GC104",
    "duplicate-key",
    Severity.ERROR,
    "parse",
    """
    A key appears twice in one mapping; most readers silently keep only the last value.

    Passing: one `title:` per dataset.
    Failing: two `title:` keys in the same dataset.
""",
)
declare(
    "GC105",
    "forbidden-tag",
    Severity.ERROR,
    "parse",
    """
    A YAML tag (`!!python/object`, `!custom`) or merge key (`<<`) is used. Tags are never executed;
    submissions are plain data.

    Passing: `identifier: GDI-HU-SEMMELWEIS-1`
    Failing: `identifier: !!python/object/apply:os.system [ls]`
""",
)
declare(
    "GC106",
    "alias-bomb",
    Severity.ERROR,
    "parse",
    """
    YAML aliases expand the file to more values than any submission needs ("billion laughs").

    Passing: values written out.
    Failing: `a: &a [x, x, x]`, `b: &b [*a, *a, *a]`, ... nested ten levels deep.
""",
)
declare(
    "GC107",
    "too-deep",
    Severity.ERROR,
    "parse",
    """
    The file nests mappings and lists deeper than 32 levels.

    Passing: the few levels a submission uses.
    Failing: `a: [[[[[[...]]]]]]` nested 1000 deep.
""",
)
declare(
    "GC108",
    "too-large",
    Severity.ERROR,
    "parse",
    """
    The file (over 5 MB) or one value (over 100,000 characters) is too large for a metadata record.

    Passing: a description of a few paragraphs.
    Failing: a whole PDF pasted into `description`.
""",
)
declare(
    "GC109",
    "yaml11-boolean",
    Severity.WARNING,
    "parse",
    """
    An unquoted `NO`, `yes`, `on`, `off`... is a string for genocat (YAML 1.2) but a boolean for
    YAML 1.1 readers such as PyYAML and many harvesters: Norway becomes `false`.

    Passing: `places: ["NO", SE]`
    Failing: `places: [NO, SE]`
""",
)
declare(
    "GC110",
    "not-a-mapping",
    Severity.ERROR,
    "parse",
    """
    The file holds a list or a single value, not a mapping of keys to values.

    Passing: `identifier: GDI-HU-SEMMELWEIS-1` ...
    Failing: `- identifier: GDI-HU-SEMMELWEIS-1` (a list)
""",
)
