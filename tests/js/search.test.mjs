// The browser's disease search ranks as genocat.consent.lookup (Python): the shared cases in
// tests/consent/search.json (pytest runs them in tests/consent/test_lookup.py).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { diseaseIndex } from "../../src/genocat/site_assets/disease-index.mjs";
import { searchDiseases } from "../../src/genocat/site_assets/disease-search.mjs";

const load = (rel) => JSON.parse(readFileSync(new URL(rel, import.meta.url), "utf8"));
const index = diseaseIndex(load("../../src/genocat/data/mondo.json"));
const cases = load("../consent/search.json");

test("there are shared search cases", () => assert.ok(cases.length >= 10));

for (const c of cases) {
  test(`search: ${c.query || "(empty)"}`, () => {
    assert.deepEqual(searchDiseases(index, c.query, c.limit).map((h) => [h.id, h.match]), c.expected);
  });
}
