"""Generate a synthetic catalogue for the benchmark: N one-dataset files over the demo nodes.

    python bench/synth.py 10000 /tmp/synth [--invalid-share 0.05] [--seed 1] [--required-only]

Writes OUTDIR/catalog/ in the layout of catalog/ (the root and node catalog.yaml files are copied;
dataset i is demo dataset i mod n of node i mod 13, with its own identifier) and OUTDIR/manifest.json,
which lists every file broken on purpose and how. The breakages are structural errors the JSON Schema
catches, so genocat and linkml-validate can be compared on them. Same arguments, same bytes.

With --required-only each dataset keeps only the properties the schema requires, and one item of
each list (one distribution, one creator, ...): the smallest submissions genocat accepts, for
measuring the builder at the issue's anchor size (~26 triples per dataset) as closely as a valid
dataset allows.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
from pathlib import Path

DEMO = Path(__file__).resolve().parent.parent / "catalog"


def _break_required(text: str) -> tuple[str, str] | None:
    """Drop the required `access_rights` line: GC201 at the dataset's top mapping."""
    new = re.sub(r"^access_rights: .*\n", "", text, count=1, flags=re.M)
    return (new, "") if new != text else None


def _break_key(text: str) -> tuple[str, str] | None:
    """Misspell the optional `population_coverage:`: GC202 at /population_coverag."""
    new = re.sub(r"^population_coverage:", "population_coverag:", text, count=1, flags=re.M)
    return (new, "/population_coverag") if new != text else None


def _break_type(text: str) -> tuple[str, str] | None:
    """Write a count as words: GC203 at /number_of_records."""
    new = re.sub(r"^number_of_records: (\d+)", r"number_of_records: about \1", text, count=1, flags=re.M)
    return (new, "/number_of_records") if new != text else None


def _break_code(text: str) -> tuple[str, str] | None:
    """Write the country's name instead of its code: GC401 at /spatial/0."""
    new = re.sub(r"^spatial:\n- [A-Z]{3}\n", "spatial:\n- Atlantis\n", text, count=1, flags=re.M)
    return (new, "/spatial/0") if new != text else None


def _break_date(text: str) -> tuple[str, str] | None:
    """Write `issued` day first: GC205 at /issued."""
    new = re.sub(r"^issued: '(\d{4})-(\d\d)-(\d\d)'", r"issued: \3/\2/\1", text, count=1, flags=re.M)
    return (new, "/issued") if new != text else None


BREAKAGES = {
    "missing-required": (_break_required, "GC201"),
    "unknown-key": (_break_key, "GC202"),
    "wrong-type": (_break_type, "GC203"),
    "unknown-code": (_break_code, "GC401"),
    "bad-date": (_break_date, "GC205"),
}


def required_only(text: str) -> str:
    """The dataset with only its required properties, and the first item of each list."""
    import yaml

    sys.path.insert(0, str(DEMO.parent / "src"))
    from genocat.artefacts import schema_index

    slots = schema_index()["classes"]["Dataset"]["slots"]
    data = yaml.safe_load(text)
    kept = {key: value for key, value in data.items() if slots.get(key, {}).get("required")}
    if data.get("has_structured_data") and data.get("variables"):
        kept["variables"] = data["variables"]  # GC309: structured data must list its variables
    kept = {key: value[:1] if isinstance(value, list) else value for key, value in kept.items()}
    return yaml.safe_dump(kept, sort_keys=False, allow_unicode=True, width=1000)


def templates(demo: Path = DEMO, required: bool = False) -> dict[str, list[tuple[str, str]]]:
    """Each node's demo datasets as (identifier, text), in file-name order."""
    result: dict[str, list[tuple[str, str]]] = {}
    for node in sorted(p for p in demo.iterdir() if (p / "catalog.yaml").is_file()):
        items = []
        for path in sorted((node / "datasets").glob("*.yaml")):
            text = path.read_text(encoding="utf-8")
            text = required_only(text) if required else text
            ident = re.search(r"^identifier: (\S+)$", text, flags=re.M).group(1)
            items.append((ident, text))
        if items:
            result[node.name] = items
    return result


def generate(count: int, outdir: Path, invalid_share: float = 0.05, seed: int = 1, required: bool = False) -> dict:
    """Write the synthetic catalogue and its manifest; return the manifest."""
    catalog = outdir / "catalog"
    if catalog.exists():
        shutil.rmtree(catalog)
    catalog.mkdir(parents=True)
    shutil.copyfile(DEMO / "catalog.yaml", catalog / "catalog.yaml")
    nodes = templates(required=required)
    names = sorted(nodes)
    for name in names:
        (catalog / name / "datasets").mkdir(parents=True)
        shutil.copyfile(DEMO / name / "catalog.yaml", catalog / name / "catalog.yaml")
    rng = random.Random(seed)
    broken = set(rng.sample(range(count), round(count * invalid_share)))
    kinds = sorted(BREAKAGES)
    manifest: dict = {"count": count, "seed": seed, "invalid_share": invalid_share, "broken": {}}
    for i in range(count):
        name = names[i % len(names)]
        items = nodes[name]
        ident, text = items[(i // len(names)) % len(items)]
        new_ident = f"{ident.rsplit('-', 1)[0]}-{i + 1}"
        text = text.replace(ident, new_ident)
        path = catalog / name / "datasets" / f"{new_ident.lower()}.yaml"
        if i in broken:
            for offset in range(len(kinds)):  # the drawn breakage, or the next one this template allows
                kind = kinds[(rng.randrange(len(kinds)) + offset) % len(kinds)]
                result = BREAKAGES[kind][0](text)
                if result is not None:
                    text, pointer = result
                    rel = path.relative_to(outdir).as_posix()
                    manifest["broken"][rel] = {"kind": kind, "code": BREAKAGES[kind][1], "pointer": pointer}
                    break
        path.write_text(text, encoding="utf-8")
    (outdir / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="number of dataset files")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--invalid-share", type=float, default=0.05, help="share of dataset files broken on purpose")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--required-only", action="store_true", help="only the required properties, one list item")
    args = parser.parse_args(argv)
    manifest = generate(args.count, args.outdir, args.invalid_share, args.seed, args.required_only)
    by_kind: dict[str, int] = {}
    for item in manifest["broken"].values():
        by_kind[item["kind"]] = by_kind.get(item["kind"], 0) + 1
    detail = ", ".join(f"{kind} {n}" for kind, n in sorted(by_kind.items()))
    print(
        f"wrote {args.count} datasets over {len(templates())} nodes to {args.outdir / 'catalog'}; "
        f"broke {len(manifest['broken'])} ({detail}); manifest {args.outdir / 'manifest.json'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
