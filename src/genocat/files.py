"""Which files are submissions, and what each describes: the layout of a catalogue folder.

`catalog.yaml` at the top is the European root catalogue, `<cc>/catalog.yaml` a national node's,
every other YAML or JSON file a dataset. The layout is part of the format.
"""

from __future__ import annotations

import os
from pathlib import Path

SUFFIXES = (".yaml", ".yml", ".json")


def discover(paths: list[str | Path]) -> tuple[list[Path], list[str]]:
    """Submission files under the given paths, sorted; and the paths that do not exist.

    Hidden folders (.git, .genocat-cache) and cache folders (marked by a CACHEDIR.TAG file) are not
    searched: they hold no submissions, and a cache's own JSON files must not be read as one."""
    found: set[Path] = set()
    missing: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.update(_walk(path))
        elif path.is_file():
            found.add(path)
        else:
            missing.append(str(raw))
    return sorted(found, key=lambda p: p.parts), missing  # the order of Path comparison, much faster


def _walk(folder: Path) -> list[Path]:
    """Submission files below a folder. Directory entries say what they are without a stat per file;
    symbolic links to folders are not followed (as Path.rglob does not)."""
    try:
        with os.scandir(folder) as scan:
            entries = list(scan)
    except OSError:
        return []
    if any(entry.name == "CACHEDIR.TAG" for entry in entries):
        return []
    files: list[Path] = []
    for entry in entries:
        name = entry.name
        if entry.is_dir(follow_symlinks=False):
            if not name.startswith("."):
                files.extend(_walk(folder / name))
        elif os.path.splitext(name)[1].lower() in SUFFIXES and entry.is_file():
            files.append(folder / name)
    return files


def kind_of(path: Path) -> str:
    """What a file describes follows from where it lies: the layout is part of the format. A
    catalogue file in a folder named by a country code (`hu/catalog.yaml`) is a node's, unless node
    catalogues lie in the folders below it: then it is the root, whatever its folder is called
    (a copy of the whole catalogue in a folder named `eu/`)."""
    if path.stem == "catalog":
        parent = path.parent.name
        if len(parent) == 2 and parent.isalpha() and parent.islower() and not _has_node_folders(path.parent):
            return "node_catalogue"
        return "catalogue"
    return "dataset"


def _has_node_folders(folder: Path) -> bool:
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return False
    return any(
        entry.is_dir() and any((Path(entry.path) / f"catalog{suffix}").is_file() for suffix in SUFFIXES)
        for entry in entries
        if len(entry.name) == 2 and entry.name.isalpha() and entry.name.islower()
    )
