// Runs the shared consent vectors against the browser matcher: `node --test tests/js/`.
// The Python matcher runs the same vectors in tests/consent/test_matcher.py.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  createMatcher, ConsentInputError, PURPOSE_SCHEMA, diseaseIndex, normalizeDiseaseId,
} from "../../src/genocat/site_assets/duo-matcher.mjs";

const load = (rel) => JSON.parse(readFileSync(new URL(rel, import.meta.url), "utf8"));
const vectors = load("../consent/vectors.json");
const exported = load("./fixture-export.json");
const mondo = load("../../src/genocat/data/mondo.json"); // the package file the site serves as it is
const diseases = diseaseIndex(mondo);
const match = createMatcher(exported, diseases);

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
  assert.equal(normalizeDiseaseId("Orphanet:586"), "ORPHA:586");
  assert.equal(normalizeDiseaseId("ICD-10:c50.9"), "ICD10:C50.9");
  assert.equal(normalizeDiseaseId("OMIM:PS114480"), "OMIMPS:114480");
  assert.equal(normalizeDiseaseId("http://purl.obolibrary.org/obo/DOID_1612"), "DOID:1612");
});

test("the whole MONDO release is loaded, with ancestors and obsolete replacements", () => {
  assert.equal(diseases.terms.size, 23305);
  assert.equal(diseases.obsolete.size, 3278);
  assert.ok(diseases.ancestors("MONDO:0007254").has("MONDO:0004992"));
  assert.ok(!diseases.ancestors("MONDO:0005059").has("MONDO:0004992"));
  assert.deepEqual(diseases.resolve("DOID:1612").terms, ["MONDO:0007254"]);
  assert.equal(diseases.resolve("MONDO:0000002").replacedBy, "MONDO:0009299");
  assert.match(diseases.resolve("MONDO:0000002").problem, /use 46 XX gonadal dysgenesis \(MONDO:0009299\) instead/);
});

test("without the disease file every disease code needs review", () => {
  const bare = createMatcher(exported);
  const result = bare({ permission: "DS", diseases: ["MONDO:0004992"] }, { uses: ["DISEASE_RESEARCH"], diseases: ["MONDO:0007254"] });
  assert.equal(result.decision, "needs_review");
});

test("the purpose schema lists every field the reader accepts", () => {
  assert.ok(PURPOSE_SCHEMA.fields.includes("sensitive_topics"));
  assert.ok(PURPOSE_SCHEMA.sensitiveTopics.includes("CHILDREN"));
  for (const field of PURPOSE_SCHEMA.fields) assert.doesNotThrow(() => match({ permission: "NRES" }, { [field]: null }));
  assert.throws(() => match({ permission: "NRES" }, { sensitive_topics: ["GOSSIP"] }), /use CHILDREN, /);
});

test("the export names the DUO release and its licence", () => {
  assert.equal(exported.duo.version, "2021-02-23");
  assert.equal(exported.duo.license, "CC BY 4.0");
  assert.equal(exported.duo.aliases["DUO:00000044"], "DUO:0000044");
});
