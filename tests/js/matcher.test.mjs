// Runs the shared consent vectors against the browser matcher: `node --test tests/js/`.
// The Python matcher runs the same vectors in tests/consent/test_matcher.py.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createMatcher, ConsentInputError, normalizeDiseaseId } from "../../src/genocat/site_assets/duo-matcher.mjs";

const load = (rel) => JSON.parse(readFileSync(new URL(rel, import.meta.url), "utf8"));
const vectors = load("../consent/vectors.json");
const exported = load("./fixture-export.json");
const match = createMatcher(exported);

function check(vector, conditions) {
  const result = match(conditions, vector.purpose);
  assert.equal(result.decision, vector.expected, JSON.stringify(result.reasons, null, 1));
  const decisive = new Set(result.reasons.filter((r) => r.outcome === vector.expected).map((r) => r.condition));
  for (const code of vector.expected_reasons_include || []) {
    assert.ok(decisive.has(code), `expected a ${vector.expected} reason for ${code}: ${JSON.stringify(result.reasons)}`);
  }
  for (const reason of result.reasons) assert.ok(reason.reason.length > 0);
}

test("there are at least 60 shared vectors", () => {
  assert.ok(vectors.length >= 60);
});

for (const vector of vectors) {
  test(`vector: ${vector.name}`, () => check(vector, vector.conditions));
  test(`vector via exported conditions: ${vector.name}`, () => check(vector, exported.conditions[vector.name]));
}

test("one reason per condition, permission first", () => {
  const result = match({ permission: "GRU", modifiers: ["NPU", "NCU"] }, { uses: ["GENERAL_RESEARCH"] });
  assert.deepEqual(result.reasons.map((r) => r.condition), ["GRU", "NPU", "NCU"]);
});

test("bad purpose vocabulary is refused", () => {
  assert.throws(() => match({ permission: "GRU" }, { uses: ["SHOPPING"] }), ConsentInputError);
  assert.throws(() => match({ permission: "GRU" }, { colour: "blue" }), ConsentInputError);
  assert.throws(() => match({ permission: "GRU" }, { publication_date: "2027-02-30" }), ConsentInputError);
});

test("disease ids are normalised like Python", () => {
  assert.equal(normalizeDiseaseId("http://purl.obolibrary.org/obo/MONDO_0007254"), "MONDO:0007254");
  assert.equal(normalizeDiseaseId("http://www.orpha.net/ORDO/Orphanet_586"), "ORPHA:586");
  assert.equal(normalizeDiseaseId("mondo:0007254"), "MONDO:0007254");
});

test("the export names the DUO release and its licence", () => {
  assert.equal(exported.duo.version, "2021-02-23");
  assert.equal(exported.duo.license, "CC BY 4.0");
  assert.equal(exported.duo.aliases["DUO:00000044"], "DUO:0000044");
});
