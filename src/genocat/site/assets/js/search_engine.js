// The search over data/search/documents.json (written by genocat.site.search_index): facets, the individuals
// range and sorting here, over arrays built once per page load; full text by MiniSearch (assets/vendor/
// minisearch.js, MIT, vendored as published) over an index the build serialised and cut by term prefix
// (genocat.site.search_terms): a query with words fetches the index's base once and the shards its words need,
// and loads them with MiniSearch.loadJS, so ranking is MiniSearch's own. Every value is untrusted text: nothing
// here touches the DOM; search.js renders with textContent.

import MiniSearch from "../vendor/minisearch.js";

import { absoluteRoot } from "./catalogue.js";

/** Lower case without diacritics, so "Malmö" finds "malmo" and "leukämie" "leukamie". */
function fold(term) {
  return term.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
}

const FORMAT = 2;

async function fetchJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot load the search index (${response.status})`);
  const data = await response.json();
  if (!data || data.format !== FORMAT) throw new Error("the search index has an unknown format");
  return data;
}

/** The words of a text as MiniSearch indexes and searches them (genocat.site.search_terms repeats both). */
export const tokenize = (value) => value.split(/[^\p{L}\p{N}\p{M}]+/u);
export const processTerm = (term) => fold(term) || null;

/** MiniSearch's options for the search page's index: `labelText(doc)` gives a document's facet labels, `textOf(doc)`
 * its search text (only `addAll` reads these two; an index loaded from the build's shards already holds them). */
export function miniOptions(labelText, textOf) {
  return {
    idField: "i",
    fields: ["title", "text", "labels", "id"],
    // words are runs of letters and digits: "</script>Hostile" holds the word "hostile" ("<" is no punctuation)
    tokenize,
    processTerm,
    extractField: (doc, field) => (field === "labels" ? labelText(doc) : field === "text" ? textOf(doc) : doc[field]),
  };
}

/** A word this short matches itself only, not every word it begins: the first letter typed would otherwise fetch
 * every shard of that letter and search ~10,000 prefix matches (250 ms at 10,000 datasets, bench/README.md). */
export const MIN_PREFIX = 2;

/** The search options of every query: all words, each of two letters or more also as a prefix, titles weigh 3. */
export const SEARCH = { combineWith: "AND", prefix: (term) => term.length >= MIN_PREFIX, boost: { title: 3 } };

/** The shard keys a query needs, of those in `keys`. A term is in the shard of the longest key that begins it
 * (genocat.site.search_terms.shards: the first character, more where a shard would be large), so a word's own
 * term is in the longest key that begins the word, and the longer terms it begins (when it matches as a prefix)
 * are there or in the shards whose key begins with the word: "cancer" needs "canc" and "cancer*", not "c", "ca"
 * and "can" (their terms begin "c", "ca", "can" but not "canc"). */
export function shardsFor(q, keys) {
  const out = new Set();
  for (const term of tokenize(q).map(processTerm).filter(Boolean)) {
    let own = "";
    for (const key of keys) if (term.startsWith(key) && key.length > own.length) own = key;
    if (own) out.add(own);
    if (term.length >= MIN_PREFIX) for (const key of keys) if (key.startsWith(term)) out.add(key);
  }
  return [...out].sort();
}

/** MiniSearch's serialised form (toJSON) from the base and some shards: the shards' terms in the order `addAll`
 * met them (their rank), so prefix matches add up and tie in the same order as an index built in the page. */
export function serialised(base, shards) {
  const entries = [];
  for (const shard of shards) shard.index.forEach((entry, k) => entries.push([shard.rank[k], entry]));
  entries.sort((a, b) => a[0] - b[0]);
  if (!base.byShortId) { // once per base: every load needs them and MiniSearch only reads them
    const documentIds = {};
    const fieldLength = {};
    base.fieldLength.forEach((lengths, shortId) => {
      documentIds[shortId] = shortId;
      fieldLength[shortId] = lengths;
    });
    base.byShortId = { documentIds, fieldLength };
  }
  const { documentIds, fieldLength } = base.byShortId;
  return { documentCount: base.documentCount, nextId: base.nextId, documentIds, fieldIds: base.fieldIds, fieldLength,
    averageFieldLength: base.averageFieldLength, storedFields: {}, dirtCount: base.dirtCount,
    index: entries.map((e) => e[1]), serializationVersion: 2 };
}

/** The engine for one page: fetch the document, set up facets and sort orders; `msLoad` and `msIndex` say what
 * each cost (the text index comes later, `textIndex`). */
export async function loadEngine(root) {
  const started = performance.now();
  const base = new URL("data/search/", absoluteRoot(root));
  const data = await fetchJson(new URL("documents.json", base));
  if (!Array.isArray(data.datasets)) throw new Error("the search index has no datasets");
  const loaded = performance.now();
  // the full-text index's base now, while the facets are set up: a query with words then waits for its shards only
  const early = indexName(data) ? fetchJson(new URL(data.index, base)) : null;
  const engine = new Engine(data, base);
  if (early) engine.base(early);
  return Object.assign(engine, { msLoad: loaded - started, msIndex: performance.now() - loaded });
}

/** The base's file name as the build writes it (index.<hash>.json), or null. */
const indexName = (data) => (/^index\.[0-9a-f]+\.json$/.test(String(data.index)) ? String(data.index) : null);

const text = (value) => (typeof value === "string" ? value : "");
const count = (value) => (Number.isSafeInteger(value) && value >= 0 ? value : null);

class Engine {
  constructor(data, base) {
    this.folder = base;
    // the files' names as the build wrote them (<stem>.<hash>.json), nothing else
    this.indexUrl = indexName(data) ? new URL(indexName(data), base) : null;
    const chunks = data.text && typeof data.text === "object" ? data.text : {};
    this.textPer = Number.isSafeInteger(chunks.per) && chunks.per > 0 ? chunks.per : 0;
    this.textFiles = Array.isArray(chunks.files) ? chunks.files.map(String) : [];
    this.textChunks = new Map(); // chunk number -> promise of its texts
    this.texts = [];
    this.basePromise = null;
    this.shards = new Map(); // shard key -> promise of the shard
    this.mini = null;
    this.miniKeys = new Set(); // the shards loaded into this.mini
    const labels = data.facets && typeof data.facets === "object" ? data.facets : {};
    /** {facet: [label, ...]} as the document lists them (sorted). */
    this.labels = {};
    for (const [name, values] of Object.entries(labels)) {
      if (Array.isArray(values)) this.labels[name] = values.map(String);
    }
    this.docs = data.datasets.filter((d) => d && typeof d.id === "string").map((d, i) => {
      const facets = {};
      for (const [name, values] of Object.entries(d.f && typeof d.f === "object" ? d.f : {})) {
        const known = this.labels[name];
        if (known && Array.isArray(values)) facets[name] = values.filter((v) => Number.isInteger(v) && v >= 0 && v < known.length);
      }
      return { i, id: d.id, url: text(d.url), title: text(d.title) || d.id,
        individuals: count(d.individuals), issued: text(d.issued), facets };
    });
    // every dataset's facet values as one typed array of global value numbers (facet's offset + position), so a
    // query counts them in one flat loop over its results
    this.facetNames = Object.keys(this.labels);
    this.offsets = {};
    let values = 0;
    for (const name of this.facetNames) {
      this.offsets[name] = values;
      values += this.labels[name].length;
    }
    this.valueCount = values;
    this.valueStart = new Int32Array(this.docs.length + 1);
    const flat = [];
    this.docs.forEach((doc, i) => {
      this.valueStart[i] = flat.length;
      for (const [name, vs] of Object.entries(doc.facets)) for (const v of vs) flat.push(this.offsets[name] + v);
    });
    this.valueStart[this.docs.length] = flat.length;
    this.values = Int32Array.from(flat);
    // the sort orders, once: by lower-cased title (code points, then id), issued, individuals (unknown last)
    const byTitle = this.docs.map((d) => d.i);
    const key = this.docs.map((d) => d.title.toLowerCase());
    byTitle.sort((a, b) => (key[a] < key[b] ? -1 : key[a] > key[b] ? 1 : this.docs[a].id < this.docs[b].id ? -1 : 1));
    const rank = new Int32Array(this.docs.length);
    byTitle.forEach((doc, position) => (rank[doc] = position));
    const by = (value) => (a, b) => value(a) - value(b) || rank[a] - rank[b];
    const known = (field) => byTitle.filter((i) => this.docs[i][field] !== null && this.docs[i][field] !== "");
    const unknown = (field) => byTitle.filter((i) => this.docs[i][field] === null || this.docs[i][field] === "");
    const issued = known("issued").sort((a, b) => (this.docs[a].issued < this.docs[b].issued ? -1
      : this.docs[a].issued > this.docs[b].issued ? 1 : rank[a] - rank[b]));
    const individuals = known("individuals").sort(by((i) => this.docs[i].individuals));
    this.orders = {
      "title-asc": byTitle,
      "title-desc": byTitle.slice().reverse(),
      "issued-asc": issued.concat(unknown("issued")),
      "issued-desc": issued.slice().reverse().concat(unknown("issued")),
      "individuals-asc": individuals.concat(unknown("individuals")),
      "individuals-desc": individuals.slice().reverse().concat(unknown("individuals")),
    };
  }

  /** The index's base (fetched once, or taken from `fetching`, the page load's fetch of it; later calls share the
   * promise; a failed fetch may be tried again). */
  base(fetching = null) {
    if (!this.basePromise) {
      this.basePromise = (async () => {
        if (!this.indexUrl) throw new Error("the search index names no text index");
        const base = await (fetching || fetchJson(this.indexUrl));
        if (!Array.isArray(base.fieldLength) || base.fieldLength.length !== this.docs.length || !base.shards
          || typeof base.shards !== "object") throw new Error("the search text index does not fit the documents");
        const shards = new Map();
        for (const [key, name] of Object.entries(base.shards)) {
          if (/^terms\/[a-z0-9_]+\.[0-9a-f]+\.json$/.test(String(name))) shards.set(key, new URL(name, this.folder));
        }
        return Object.assign(base, { shardUrls: shards, keys: [...shards.keys()] });
      })();
      this.basePromise.catch(() => (this.basePromise = null));
    }
    return this.basePromise;
  }

  shard(key, url) {
    if (!this.shards.has(key)) {
      const promise = fetchJson(url).then((shard) => {
        if (!Array.isArray(shard.index) || !Array.isArray(shard.rank) || shard.index.length !== shard.rank.length) {
          throw new Error("a search index shard is malformed");
        }
        return shard;
      });
      this.shards.set(key, promise);
      promise.catch(() => this.shards.delete(key));
    }
    return this.shards.get(key);
  }

  /** A MiniSearch holding every term the words of `q` can match: the base and the shards they need, fetched in
   * parallel; the index is loaded again (with every shard fetched so far) only when a new shard came in. */
  async textIndex(q) {
    const started = performance.now();
    const base = await this.base();
    const keys = shardsFor(q, base.keys);
    const missing = keys.filter((key) => !this.miniKeys.has(key));
    if (missing.length || !this.mini) {
      await Promise.all(keys.map((key) => this.shard(key, base.shardUrls.get(key))));
      const all = [...this.shards.keys()].sort();
      const shards = await Promise.all(all.map((key) => this.shards.get(key)));
      this.mini = MiniSearch.loadJS(serialised(base, shards), miniOptions(() => "", () => ""));
      this.miniKeys = new Set(all);
    }
    this.msText = performance.now() - started;
    return this.mini;
  }

  /** Fetch the text chunks of `docs` (for their excerpts); textOf gives their text afterwards. */
  async loadTexts(docs) {
    const wanted = new Set(docs.map((doc) => Math.floor(doc.i / (this.textPer || 1))));
    await Promise.all([...wanted].map((chunk) => {
      const name = this.textFiles[chunk];
      if (!this.textPer || !/^text\.[0-9a-f]+\.json$/.test(name || "")) return null;
      if (!this.textChunks.has(chunk)) {
        const promise = fetchJson(new URL(name, this.folder)).then((data) => {
          if (!Array.isArray(data.text)) throw new Error("a search text file is malformed");
          data.text.forEach((value, k) => (this.texts[chunk * this.textPer + k] = text(value)));
        });
        this.textChunks.set(chunk, promise);
        promise.catch(() => this.textChunks.delete(chunk));
      }
      return this.textChunks.get(chunk);
    }));
  }

  labelText(doc) {
    const out = [];
    for (const [name, values] of Object.entries(doc.facets)) for (const v of values) out.push(this.labels[name][v]);
    return out.join(" ");
  }

  /** Facet labels of one dataset: {facet: [label, ...]}. */
  facetsOf(doc) {
    const out = {};
    for (const [name, values] of Object.entries(doc.facets)) out[name] = values.map((v) => this.labels[name][v]);
    return out;
  }

  /**
   * The datasets matching `state` ({q, filters: {facet: [label]}, min, max, sort}), in order, and the facet
   * counts over them: {docs: [doc], counts: {facet: {label: n}}}. Text: every word must match, the last as a
   * prefix while typing; within a facet any chosen value, across facets all; the range leaves out unknown counts.
   */
  async query(state) {
    const mini = state.q ? await this.textIndex(state.q) : null;
    const n = this.docs.length;
    const keep = new Uint8Array(n);
    let scored = null;
    if (state.q) {
      scored = mini.search(state.q, SEARCH);
      for (const hit of scored) keep[hit.id] = 1;
    } else keep.fill(1);
    const wanted = [];
    for (const [name, values] of Object.entries(state.filters)) {
      const known = this.labels[name] || [];
      wanted.push([name, new Set(values.map((v) => known.indexOf(v)))]);
    }
    const ranged = state.min !== null || state.max !== null;
    for (let i = 0; i < n; i++) {
      if (!keep[i]) continue;
      const doc = this.docs[i];
      if (ranged && (doc.individuals === null || (state.min !== null && doc.individuals < state.min)
        || (state.max !== null && doc.individuals > state.max))) {
        keep[i] = 0;
        continue;
      }
      for (const [name, set] of wanted) {
        const values = doc.facets[name];
        if (!values || !values.some((v) => set.has(v))) {
          keep[i] = 0;
          break;
        }
      }
    }
    let order;
    if (state.sort && this.orders[state.sort]) order = this.orders[state.sort].filter((i) => keep[i]);
    else if (scored) order = scored.map((hit) => hit.id).filter((i) => keep[i]);
    else order = this.orders["title-asc"].filter((i) => keep[i]);
    const tally = new Uint32Array(this.valueCount);
    const { values, valueStart } = this;
    for (const i of order) for (let k = valueStart[i], end = valueStart[i + 1]; k < end; k++) tally[values[k]]++;
    const counts = {};
    for (const name of this.facetNames) {
      const offset = this.offsets[name];
      counts[name] = {};
      this.labels[name].forEach((label, v) => (counts[name][label] = tally[offset + v]));
    }
    return { docs: order.map((i) => this.docs[i]), counts };
  }

  /** The search text of a dataset, once its chunk is loaded (loadTexts; "" before). */
  textOf(doc) {
    return text(this.texts[doc.i]);
  }
}

/** A short excerpt of `source` (a dataset's search text) around the first query word, as [text, marked, text, ...]
 * pieces (marked at odd positions), for search.js to render as text nodes and <mark> elements. */
export function excerpt(source, q, size = 180) {
  const words = (q || "").split(/[\s\p{P}]+/u).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (!words.length) return [source.length > size ? source.slice(0, size).replace(/\s+\S*$/, "") + " …" : source];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join("|")})[\\p{L}\\p{N}]*`, "giu");
  const first = source.search(pattern);
  let start = first > 60 ? source.lastIndexOf(" ", first - 40) + 1 : 0;
  if (start < 0) start = 0;
  let window = source.slice(start, start + size);
  if (start + size < source.length) window = window.replace(/\s+\S*$/, "") + " …";
  if (start > 0) window = "… " + window;
  const pieces = [];
  let at = 0;
  for (const match of window.matchAll(pattern)) {
    pieces.push(window.slice(at, match.index), match[0]);
    at = match.index + match[0].length;
  }
  pieces.push(window.slice(at));
  return pieces;
}
