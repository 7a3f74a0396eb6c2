"""Write tests/js/fixture-export.json: the browser export (DUO terms, regions, the conditions of every shared
test vector and the labels of their diseases) that the node tests feed to site_assets/duo-matcher.mjs together
with the package's MONDO file (src/genocat/data/mondo.json, read by the tests as it is).

Node cannot call Python, so the export is committed; tests/consent/test_matcher.py rebuilds it in memory
and fails when the committed file is stale. Run: python scripts/export_js_fixture.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VECTORS = ROOT / "tests" / "consent" / "vectors.json"
FIXTURE = ROOT / "tests" / "js" / "fixture-export.json"
sys.path.insert(0, str(ROOT / "src"))

from genocat.consent.diseases import load_disease_ontology  # noqa: E402
from genocat.consent.export import dumps_export, export_for_browser  # noqa: E402


def build_fixture_text() -> str:
    """The fixture's exact text, built from the vectors and the bundled MONDO release."""
    vectors = json.loads(VECTORS.read_text(encoding="utf-8"))
    conditions = {vector["name"]: vector["conditions"] for vector in vectors}
    return dumps_export(export_for_browser(conditions, load_disease_ontology()))


def main() -> int:
    FIXTURE.write_text(build_fixture_text(), encoding="utf-8")
    print(f"wrote {FIXTURE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
