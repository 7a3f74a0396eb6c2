// The full-text index the build writes (genocat.site.search_terms, cut into shards) is the index MiniSearch's own
// addAll builds in the page from the same documents with search_engine.js's options: toJSON equal, and queries
// loaded from only the shards they need give the same ids, scores and order (ties too) as the whole index.
// The fixture holds the search files of the demo site, the hostile catalogue and non-ASCII/tied documents;
// tests/site/test_search_terms.py writes it (GENOCAT_REGENERATE=1) and checks it is fresh.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import MiniSearch from "../../src/genocat/site/assets/vendor/minisearch.js";

globalThis.document = { baseURI: "http://fixture.test/" }; // catalogue.js resolves the site root against it
const { loadEngine, miniOptions, serialised, SEARCH, shardsFor } = await import(
  "../../src/genocat/site/assets/js/search_engine.js"
);

const fixture = JSON.parse(readFileSync(new URL("./fixtures/search-index.json", import.meta.url), "utf8"));

/** A fetch over one site's search files; `fetched` lists what was asked for. */
function serve(files) {
  const fetched = [];
  globalThis.fetch = async (url) => {
    const path = String(url).replace("http://fixture.test/data/search/", "");
    fetched.push(path);
    const body = files[path];
    return { ok: body !== undefined, status: body === undefined ? 404 : 200, json: async () => structuredClone(body) };
  };
  return fetched;
}

async function engineOf(files) {
  const fetched = serve(files);
  return { engine: await loadEngine("./"), fetched };
}

/** The index as the page would build it itself: every document's text, addAll. */
async function fullIndex(files) {
  const { engine } = await engineOf(files);
  await engine.loadTexts(engine.docs);
  const mini = new MiniSearch(miniOptions((doc) => engine.labelText(doc), (doc) => engine.textOf(doc)));
  mini.addAll(engine.docs);
  return mini;
}

/** toJSON with the terms sorted (MiniSearch lists them in its tree's order). */
function canonical(json) {
  const copy = JSON.parse(JSON.stringify(json));
  copy.index.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return copy;
}

const QUERIES = {
  split: ["cancer", "cancers", "canc", "can", "ca", "c", "canine", "cohort", "twin", "Malmö", "καρκίνος", "κ", "script"],
  demo: ["breast cancer", "cancer", "c", "ca", "Hungary", "genom", "GDI-HU", "rare disease exome", "leukaemia", "b",
    "whole genome sequencing", "Malmö", "nonexistentword", "GRCh38", "gene panel", "e"],
  hostile: ["script", "hostile", "img onerror", "s", "alert", "pwned", "<script>"],
  extra: ["Malmö", "malmo", "leukämie", "LEUKAMIE", "καρκίνος", "καρ", "κ", "ΟΔΟΣ", "οδός", "東京", "𝐁𝐨𝐥𝐝", "bold",
    "ﬁbrosis", "½", "istanbul", "москва", "cancer", "canc", "c", "twin", "script", "e\u0301", "é"],
};

for (const [name, files] of Object.entries(fixture)) {
  test(`${name}: the shards put together are what addAll builds`, async () => {
    const mini = await fullIndex(files);
    const { engine } = await engineOf(files);
    const base = await engine.base();
    const shards = await Promise.all(base.keys.map((key) => engine.shard(key, base.shardUrls.get(key))));
    assert.ok(shards.length > 0);
    const built = mini.toJSON();
    assert.ok(built.index.length > 0 && built.documentCount === engine.docs.length);
    assert.deepEqual(canonical(serialised(base, shards)), canonical(built));
  });

  for (const q of QUERIES[name]) {
    test(`${name}: "${q}" from the shards it needs ranks as the whole index`, async () => {
      const expected = (await fullIndex(files)).search(q, SEARCH).map((hit) => [hit.id, hit.score]);
      const { engine, fetched } = await engineOf(files); // a fresh page: nothing fetched yet
      const mini = await engine.textIndex(q);
      assert.deepEqual(mini.search(q, SEARCH).map((hit) => [hit.id, hit.score]), expected);
      const base = await engine.base();
      const needed = shardsFor(q, base.keys).map((key) => new URL(base.shardUrls.get(key)).pathname.split("/search/")[1]);
      assert.deepEqual(fetched.filter((path) => path.startsWith("terms/")).sort(), needed.sort());
      // and the page's own query gives them in that order
      const shown = await engine.query({ q, filters: {}, min: null, max: null, sort: "" });
      assert.deepEqual(shown.docs.map((doc) => doc.i), expected.map(([id]) => id));
    });
  }

  test(`${name}: an index grown over several queries still ranks as the whole index`, async () => {
    const full = await fullIndex(files);
    const { engine } = await engineOf(files);
    for (const q of QUERIES[name]) {
      const mini = await engine.textIndex(q);
      const got = mini.search(q, SEARCH).map((hit) => [hit.id, hit.score]);
      assert.deepEqual(got, full.search(q, SEARCH).map((hit) => [hit.id, hit.score]), q);
    }
  });
}

test("some queries find something and some tie, so the comparisons above compare something", async () => {
  const mini = await fullIndex(fixture.extra);
  const hits = mini.search("cancer", SEARCH);
  assert.ok(hits.length >= 25);
  assert.ok(hits.some((hit, k) => k > 0 && hit.score === hits[k - 1].score)); // the 25 identical twins tie
  for (const q of ["Malmö", "καρκίνος", "οδός", "東京", "bold", "istanbul"]) assert.ok(mini.search(q, SEARCH).length > 0, q);
  const demo = await fullIndex(fixture.demo);
  assert.ok(demo.search("breast cancer", SEARCH).length > 0);
});

test("a word needs the longest shard key that begins it and the keys that begin with it", () => {
  const keys = ["c", "ca", "ce", "co", "br", "κα", "東京"];
  assert.deepEqual(shardsFor("c", keys), ["c"]); // one letter matches itself only, not every c* word
  assert.deepEqual(shardsFor("c", ["ca", "ce"]), []);
  assert.deepEqual(shardsFor("breast ca", keys), ["br", "ca"]); // "c" holds c* terms, none of them ca*
  assert.deepEqual(shardsFor("cancer zzz", keys), ["ca"]);
  assert.deepEqual(shardsFor("ΚΑΡΚΙΝΟΣ", keys), ["κα"]);
  assert.deepEqual(shardsFor("東京の", keys), ["東京"]);
  assert.deepEqual(shardsFor("!!", keys), []);
  const cut = ["c", "ca", "can", "cas", "canc", "ce"]; // "ca" was cut by one more letter, "can" again
  assert.deepEqual(shardsFor("cancer", cut), ["canc"]);
  assert.deepEqual(shardsFor("ca", cut), ["ca", "can", "canc", "cas"]);
  assert.deepEqual(shardsFor("cas", cut), ["cas"]);
  assert.deepEqual(shardsFor("cab", cut), ["ca"]);
  assert.deepEqual(shardsFor("cancers", [...cut, "cancer", "cancers", "cancero"]), ["cancers"]);
});

test("the page load fetches the index's base with the document, so a query with words fetches only its shards", async () => {
  const { engine, fetched } = await engineOf(fixture.demo);
  await engine.base();
  assert.deepEqual(fetched.map((path) => path.split(".")[0]), ["documents", "index"]);
  fetched.length = 0;
  await engine.query({ q: "breast cancer", filters: {}, min: null, max: null, sort: "" });
  assert.ok(fetched.length > 0 && fetched.every((path) => path.startsWith("terms/")), fetched.join(" "));
});

test("facet counts are the datasets of the results with each value", async () => {
  const { engine } = await engineOf(fixture.demo);
  const states = [{ q: "", filters: {} }, { q: "cancer", filters: {} }, { q: "genome", filters: { access: [engine.labels.access[0]] } }];
  let nonzero = 0;
  for (const state of states) {
    const result = await engine.query({ min: null, max: null, sort: "", ...state });
    const expected = {};
    for (const [name, labels] of Object.entries(engine.labels)) expected[name] = Object.fromEntries(labels.map((l) => [l, 0]));
    for (const doc of result.docs) for (const [name, labels] of Object.entries(engine.facetsOf(doc))) for (const l of labels) expected[name][l]++;
    assert.deepEqual(result.counts, expected);
    nonzero += Object.values(result.counts.country).filter(Boolean).length;
  }
  assert.ok(nonzero > 3);
});
