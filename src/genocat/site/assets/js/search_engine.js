// The search over data/search/documents.json (written by genocat.site.search_index): facets, the individuals
// range and sorting here, over arrays built once per page load; full text by MiniSearch (assets/vendor/
// minisearch.js, MIT, vendored as published) over the text file the document names, fetched and indexed only
// when a query has words. Every value is untrusted text: nothing here touches the DOM; search.js renders with
// textContent.

import MiniSearch from "../vendor/minisearch.js";

import { absoluteRoot } from "./catalogue.js";

/** Lower case without diacritics, so "Malmö" finds "malmo" and "leukämie" "leukamie". */
function fold(term) {
  return term.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
}

async function fetchJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot load the search index (${response.status})`);
  const data = await response.json();
  if (!data || data.format !== 1) throw new Error("the search index has an unknown format");
  return data;
}

/** The engine for one page: fetch the document, set up facets and sort orders; `msLoad` and `msIndex` say what
 * each cost (the text index comes later, `textIndex`). */
export async function loadEngine(root) {
  const started = performance.now();
  const base = new URL("data/search/", absoluteRoot(root));
  const data = await fetchJson(new URL("documents.json", base));
  if (!Array.isArray(data.datasets)) throw new Error("the search index has no datasets");
  const loaded = performance.now();
  const engine = new Engine(data, base);
  return Object.assign(engine, { msLoad: loaded - started, msIndex: performance.now() - loaded });
}

const text = (value) => (typeof value === "string" ? value : "");
const count = (value) => (Number.isSafeInteger(value) && value >= 0 ? value : null);

class Engine {
  constructor(data, base) {
    // the text file's name as the build wrote it (text.<hash>.json), nothing else
    this.textUrl = /^text\.[0-9a-f]+\.json$/.test(String(data.text)) ? new URL(data.text, base) : null;
    this.mini = null;
    this.indexing = null;
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

  /** Fetch the text file and index it with the titles and facet labels (once; later calls share the promise).
   * Indexing runs in chunks that give the page back between them, so clicks stay answered meanwhile. */
  textIndex() {
    if (!this.indexing) {
      this.indexing = (async () => {
        const started = performance.now();
        if (!this.textUrl) throw new Error("the search index names no text file");
        const texts = (await fetchJson(this.textUrl)).text;
        if (!Array.isArray(texts) || texts.length !== this.docs.length) throw new Error("the search text does not fit the index");
        const mini = new MiniSearch({
          idField: "i",
          fields: ["title", "text", "labels", "id"],
          // words are runs of letters and digits: "</script>Hostile" holds the word "hostile" ("<" is no punctuation)
          tokenize: (value) => value.split(/[^\p{L}\p{N}\p{M}]+/u),
          processTerm: (term) => fold(term) || null,
          extractField: (doc, field) => (field === "labels" ? this.labelText(doc)
            : field === "text" ? text(texts[doc.i]) : doc[field]),
        });
        await mini.addAllAsync(this.docs, { chunkSize: 200 }); // ~30 ms of work between two clicks
        this.texts = texts;
        this.mini = mini;
        this.msText = performance.now() - started;
      })();
      this.indexing.catch(() => (this.indexing = null)); // a failed fetch may be tried again
    }
    return this.indexing;
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
    if (state.q) await this.textIndex();
    const n = this.docs.length;
    const keep = new Uint8Array(n);
    let scored = null;
    if (state.q) {
      scored = this.mini.search(state.q, { combineWith: "AND", prefix: true, boost: { title: 3 } });
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
    const tallies = {};
    for (const name of Object.keys(this.labels)) tallies[name] = new Uint32Array(this.labels[name].length);
    for (const i of order) {
      for (const [name, values] of Object.entries(this.docs[i].facets)) for (const v of values) tallies[name][v]++;
    }
    const counts = {};
    for (const [name, tally] of Object.entries(tallies)) {
      counts[name] = {};
      tally.forEach((c, v) => (counts[name][this.labels[name][v]] = c));
    }
    return { docs: order.map((i) => this.docs[i]), counts };
  }

  /** The search text of a dataset, once the text is loaded ("" before). */
  textOf(doc) {
    return this.texts ? text(this.texts[doc.i]) : "";
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
