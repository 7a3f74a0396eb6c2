// The search page (#gc-search) on Pagefind's JS API: full text, facets with counts, a range on the number
// of individuals, sorting; the whole query lives in the URL (?q=&country=..&min=&max=&sort=) so back,
// forward and a shared link restore it.

import { absoluteRoot } from "./catalogue.js";
import { basketButton } from "./basket.js";
import { fillDecisionSlots } from "./decisions.js";
import { clear, el, uid } from "./dom.js";

export const FACETS = [
  ["country", "Country"], ["access", "Access rights"], ["category", "Data category"],
  ["genome", "Reference genome"], ["platform", "Platform"], ["health", "Health category"],
  ["cohort", "Cohort type"], ["disease", "Disease"], ["permission", "Data use permission (DUO)"],
];
const SORTS = [
  ["", "Relevance (title A–Z without search words)"], ["title-asc", "Title A–Z"], ["title-desc", "Title Z–A"],
  ["issued-desc", "Newest first"], ["issued-asc", "Oldest first"],
  ["individuals-desc", "Most individuals"], ["individuals-asc", "Fewest individuals"],
];
const PAGE = 20;

/** The search state held in a URL query. */
export function stateFromUrl(search) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const [name] of FACETS) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length) filters[name] = values;
  }
  const number = (key) => (/^\d+$/.test(params.get(key) || "") ? Number(params.get(key)) : null);
  const sort = SORTS.some(([key]) => key === params.get("sort")) ? params.get("sort") : "";
  return { q: (params.get("q") || "").trim(), filters, min: number("min"), max: number("max"), sort };
}

export function stateToUrl(state) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const [name] of FACETS) for (const v of state.filters[name] || []) params.append(name, v);
  if (state.min !== null) params.set("min", String(state.min));
  if (state.max !== null) params.set("max", String(state.max));
  if (state.sort) params.set("sort", state.sort);
  const text = params.toString();
  return text ? `?${text}` : "";
}

function pagefindOptions(state) {
  const filters = {};
  for (const [name, values] of Object.entries(state.filters)) filters[name] = { any: values };
  const [key, dir] = (state.sort || (state.q ? "" : "title-asc")).split("-");
  return key ? { filters, sort: { [key]: dir } } : { filters };
}

/** First index in [0, n) where the monotone `test` holds (n when none): a 4-ary search whose probes in a round
 * run together, so a catalogue of 10,000 costs ~7 rounds of 3 fragment fetches rather than 14 one by one. */
async function bisect(n, test) {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const step = Math.max(1, Math.floor((hi - lo) / 4));
    const probes = [];
    for (let i = lo + step - 1; i < hi - 1 && probes.length < 3; i += step) probes.push(i);
    if (!probes.length) probes.push(lo);
    const answers = await Promise.all(probes.map((i) => test(i)));
    const first = answers.indexOf(true);
    if (first === -1) lo = probes[probes.length - 1] + 1;
    else {
      hi = probes[first];
      if (first > 0) lo = probes[first - 1] + 1;
    }
  }
  return lo;
}

/** Pagefind result ids whose `individuals` lie in [min, max]: the results sorted by that key, bisected,
 * so only ~2·log2(n) result fragments are fetched whatever the catalogue's size. */
async function idsInRange(pagefind, state) {
  const opts = pagefindOptions(state);
  const sorted = await pagefind.search(state.q || null, { filters: opts.filters, sort: { individuals: "asc" } });
  const results = sorted.results;
  // A dataset with no count sorts as 0 but has an empty meta value: it reads as -1, outside every range.
  const value = async (i) => {
    const raw = String((await results[i].data()).meta?.individuals ?? "").trim();
    return /^\d+$/.test(raw) ? Number(raw) : -1;
  };
  const min = state.min === null ? 0 : state.min;
  const [lower, upper] = await Promise.all([
    bisect(results.length, async (i) => (await value(i)) >= min),
    state.max === null ? results.length : bisect(results.length, async (i) => (await value(i)) > state.max),
  ]);
  return new Set(results.slice(lower, Math.max(lower, upper)).map((r) => r.id));
}

/** Pagefind's excerpt (HTML with <mark>) as safe nodes: parsed in an inert document, copied as text. */
function excerptNodes(html) {
  const doc = new DOMParser().parseFromString(`<p>${String(html || "")}</p>`, "text/html");
  const out = [];
  for (const node of doc.body.firstChild ? doc.body.firstChild.childNodes : []) {
    if (node.nodeName === "MARK") out.push(el("mark", {}, node.textContent));
    else out.push(node.textContent);
  }
  return out;
}

/** Build the search page into `mount`. */
export async function mountSearch(mount, root) {
  const ids = { q: uid("gc-q"), sort: uid("gc-sort"), min: uid("gc-min"), max: uid("gc-max") };
  const form = el("form", { class: "gc-search-form", role: "search", "aria-label": "Search the catalogue" },
    el("p", { class: "gc-field" }, el("label", { for: ids.q }, "Search datasets"),
      el("input", { id: ids.q, type: "search", name: "q", autocomplete: "off" }),
      el("button", { type: "submit", class: "gc-button" }, "Search")),
    el("p", { class: "gc-field" }, el("label", { for: ids.sort }, "Sort by"),
      el("select", { id: ids.sort, name: "sort" }, SORTS.map(([v, label]) => el("option", { value: v }, label)))),
    el("fieldset", { class: "gc-range" }, el("legend", {}, "Number of individuals"),
      el("label", { for: ids.min }, "At least"), el("input", { id: ids.min, name: "min", type: "number", min: "0", step: "1", inputmode: "numeric" }),
      el("label", { for: ids.max }, "At most"), el("input", { id: ids.max, name: "max", type: "number", min: "0", step: "1", inputmode: "numeric" })));
  const facets = el("div", { class: "gc-facets", "aria-label": "Filters" });
  const count = el("p", { class: "gc-result-count", role: "status", "aria-live": "polite", "aria-atomic": "true" });
  const list = el("ol", { class: "gc-results" });
  const more = el("button", { type: "button", class: "gc-button gc-more" }, "Show more results");
  clear(mount).append(el("div", { class: "gc-search-layout" }, el("div", { class: "gc-search-side" }, form, facets),
    el("div", { class: "gc-search-main" }, count, list)));

  count.textContent = "Loading the search index…";
  let pagefind;
  try {
    pagefind = await import(new URL("pagefind/pagefind.js", absoluteRoot(root)).href);
    await pagefind.options({ baseUrl: new URL(absoluteRoot(root)).pathname });
    await pagefind.init();
  } catch (error) {
    count.textContent = "The search index could not be loaded: " + String(error.message || error);
    return;
  }
  const totals = await pagefind.filters();

  let state = stateFromUrl(window.location.search);
  let sequence = 0;
  let shown = [];
  let offset = 0;

  const syncControls = () => {
    form.elements.q.value = state.q;
    form.elements.sort.value = state.sort;
    form.elements.min.value = state.min === null ? "" : String(state.min);
    form.elements.max.value = state.max === null ? "" : String(state.max);
  };
  const readControls = () => {
    const num = (v) => (/^\d+$/.test(v.trim()) ? Number(v.trim()) : null);
    const filters = {};
    for (const box of facets.querySelectorAll("input[type=checkbox]:checked")) {
      (filters[box.name] ||= []).push(box.value);
    }
    return { q: form.elements.q.value.trim(), filters, min: num(form.elements.min.value),
      max: num(form.elements.max.value), sort: form.elements.sort.value };
  };

  const opened = new Set(); // facets the researcher unfolded stay unfolded across searches
  const renderFacets = (counts) => {
    const focused = document.activeElement && facets.contains(document.activeElement)
      ? [document.activeElement.name, document.activeElement.value] : null;
    clear(facets);
    for (const [name, label] of FACETS) {
      const all = totals[name] || {};
      const values = Object.keys(all);
      if (!values.length) continue;
      const here = counts[name] || {};
      const selected = new Set(state.filters[name] || []);
      values.sort((a, b) => (here[b] || 0) - (here[a] || 0) || a.localeCompare(b));
      // each facet folds away (the first three and any in use start open) so the results stay in reach
      const open = selected.size > 0 || FACETS.findIndex(([n]) => n === name) < 3 || opened.has(name);
      const box = el("details", { class: "gc-facet-box", open, "data-facet-box": name },
        el("summary", {}, label, selected.size ? ` (${selected.size} chosen)` : ""),
        el("fieldset", { class: "gc-facet", "data-facet": name }, el("legend", { class: "gc-visually-hidden" }, label),
          el("ul", {}, values.map((value) => {
            const id = uid(`gc-f-${name}`);
            const input = el("input", { type: "checkbox", id, name, value, checked: selected.has(value) });
            return el("li", {}, input, el("label", { for: id }, value, " ",
              el("span", { class: "gc-facet-count" }, `(${here[value] || 0})`)));
          }))));
      box.addEventListener("toggle", () => (box.open ? opened.add(name) : opened.delete(name)));
      facets.append(box);
    }
    if (focused) {
      const again = [...facets.querySelectorAll("input")].find((i) => i.name === focused[0] && i.value === focused[1]);
      if (again) again.focus();
    }
  };

  const renderMore = async () => {
    const mine = sequence;
    const slice = shown.slice(offset, offset + PAGE);
    const data = await Promise.all(slice.map((r) => r.data()));
    if (mine !== sequence) return;
    for (const d of data) list.append(resultItem(d, root));
    offset += slice.length;
    // in the page only while there is more to show (a styled button would ignore `hidden`)
    if (offset >= shown.length) more.remove();
    else if (!more.isConnected) list.after(more);
    fillDecisionSlots(root, list);
  };

  const run = async () => {
    const mine = ++sequence;
    const started = performance.now();
    mount.dataset.busy = "true"; // tests and assistive tech can tell a settled view from a pending one
    try {
      await runSearch(mine);
    } finally {
      if (mine === sequence) {
        // time from the query to its first results on screen (bench/site_bench.py reads it)
        mount.dataset.ms = (performance.now() - started).toFixed(1);
        delete mount.dataset.busy;
      }
    }
  };
  const runSearch = async (mine) => {
    const opts = pagefindOptions(state);
    const hasQuery = state.q || Object.keys(state.filters).length || opts.sort;
    const asked = performance.now();
    const search = hasQuery ? await pagefind.search(state.q || null, opts) : { results: [], filters: totals };
    let results = search.results;
    // every dataset has one access right, so the access counts (which ignore the sort) sum to all matches
    const matched = Object.values(search.filters?.access || {}).reduce((a, b) => a + b, 0);
    if (opts.sort && !opts.sort.title && matched !== results.length) {
      // Pagefind leaves out pages without the sort key (no count, no date): list them after the sorted ones
      const rest = await pagefind.search(state.q || null, state.q ? { filters: opts.filters }
        : { filters: opts.filters, sort: { title: "asc" } });
      const sorted = new Set(results.map((r) => r.id));
      results = results.concat(rest.results.filter((r) => !sorted.has(r.id)));
    }
    if (state.min !== null || state.max !== null) {
      const allowed = await idsInRange(pagefind, state);
      results = results.filter((r) => allowed.has(r.id));
    }
    if (mine === sequence) mount.dataset.msSearch = (performance.now() - asked).toFixed(1); // the index's answer alone
    if (mine !== sequence) return;
    shown = results;
    offset = 0;
    clear(list);
    renderFacets(search.filters || {});
    count.textContent = `${results.length} dataset${results.length === 1 ? "" : "s"} found`;
    mount.dataset.state = "ready";
    await renderMore();
  };

  const update = (push) => {
    const next = readControls();
    const url = window.location.pathname + stateToUrl(next);
    state = next;
    if (push) window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
    run().catch(showError);
  };
  const showError = (error) => {
    count.textContent = "The search failed: " + String(error.message || error);
  };

  let typing = null;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(typing);
    update(true);
  });
  form.elements.q.addEventListener("input", () => {
    clearTimeout(typing);
    mount.dataset.busy = "true";
    typing = setTimeout(() => update(false), 250);
  });
  form.elements.sort.addEventListener("change", () => update(true));
  for (const name of ["min", "max"]) form.elements[name].addEventListener("change", () => update(true));
  facets.addEventListener("change", () => update(true));
  more.addEventListener("click", () => renderMore().catch(showError));
  window.addEventListener("popstate", () => {
    state = stateFromUrl(window.location.search);
    syncControls();
    run().catch(showError);
  });

  syncControls();
  await run().catch(showError);
}

function resultItem(data, root) {
  const meta = data.meta || {};
  const id = String(meta.id || "");
  const title = String(meta.title || id || data.url);
  const facts = [];
  const filters = data.filters || {};
  for (const key of ["country", "access", "category"]) if (filters[key]?.length) facts.push(filters[key].join(", "));
  if (meta.individuals) facts.push(`${Number(meta.individuals).toLocaleString("en")} individuals`);
  const href = /^[a-z][a-z0-9+.-]*:/i.test(String(data.url)) ? null : String(data.url);
  return el("li", { class: "gc-result", "data-dataset": id },
    el("h3", { class: "gc-result-title" }, href ? el("a", { href }, title) : title),
    el("p", { class: "gc-result-meta" }, id ? el("code", {}, id) : null, facts.length ? " · " + facts.join(" · ") : ""),
    el("p", { class: "gc-excerpt" }, excerptNodes(data.excerpt)),
    el("p", { class: "gc-result-actions" }, id ? el("span", { class: "gc-decision", "data-dataset": id }) : null, " ",
      id ? basketButton(id, title) : null));
}
