// consent-site.mjs as the site uses it: consent.json first, the MONDO file only when a decision or a search
// needs diseases. The files are the committed fixture (consent.json) and the package's mondo.json.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { loadConsent, ConsentInputError, PURPOSE_SCHEMA } from "../../src/genocat/site_assets/consent-site.mjs";

const files = {
  "consent.json": readFileSync(new URL("./fixture-export.json", import.meta.url), "utf8"),
  "mondo.json": readFileSync(new URL("../../src/genocat/data/mondo.json", import.meta.url), "utf8"),
};

function server() {
  const requested = [];
  const fetchImpl = async (url) => {
    const name = String(url).split("/").pop();
    requested.push(name);
    const body = files[name];
    return { ok: body !== undefined, status: body === undefined ? 404 : 200, json: async () => JSON.parse(body) };
  };
  return { requested, fetchImpl };
}

test("decisions load MONDO once, on first need", async () => {
  const { requested, fetchImpl } = server();
  const consent = await loadConsent("https://example.org/consent/", fetchImpl);
  assert.deepEqual(requested, ["consent.json"]);
  const purpose = { uses: ["DISEASE_RESEARCH"], diseases: ["DOID:1612"] };
  const all = await consent.decideAll(purpose);
  assert.equal(all["DS covers a DOID purpose disease through MONDO"].decision, "permitted");
  await consent.decideAll(purpose);
  assert.deepEqual(requested, ["consent.json", "mondo.json"]);
  assert.deepEqual(Object.keys(all).sort(), consent.datasets.sort());
});

test("search and labels", async () => {
  const { requested, fetchImpl } = server();
  const consent = await loadConsent("https://example.org/consent/", fetchImpl);
  assert.equal(await consent.diseaseLabel("MONDO:0007254"), "breast cancer");
  assert.deepEqual(requested, ["consent.json"]); // a dataset's own disease: no download
  const hits = await consent.searchDiseases("cystic fibrosis", 1);
  assert.deepEqual(hits.map((h) => [h.id, h.label]), [["MONDO:0009061", "cystic fibrosis"]]);
  assert.equal(await consent.diseaseLabel("OMIM:219700"), "cystic fibrosis");
  assert.equal(await consent.diseaseLabel("NOT:1"), "NOT:1");
});

test("bad purposes are refused with the field and the allowed values", async () => {
  const consent = await loadConsent("https://example.org/consent/", server().fetchImpl);
  assert.throws(() => consent.checkPurpose({ uses: ["SHOPPING"] }), ConsentInputError);
  await assert.rejects(consent.decideAll({ sensitive_topics: ["GOSSIP"] }), /sensitive_topics.*use CHILDREN/);
  assert.ok(PURPOSE_SCHEMA.fields.includes("request_date"));
});

test("a missing disease file is an error the page can show", async () => {
  const { fetchImpl } = server();
  const broken = async (url) => (String(url).endsWith("mondo.json") ? { ok: false, status: 404 } : fetchImpl(url));
  const consent = await loadConsent("https://example.org/consent/", broken);
  await assert.rejects(consent.searchDiseases("cancer"), /cannot load the disease ontology \(404\)/);
});
