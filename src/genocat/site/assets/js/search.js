// The search page (#gc-search) over the build's search document and its full-text index, searched with
// MiniSearch (search_engine.js): full text, facets with counts over the current results, a range on the number of
// individuals, sorting; the whole query lives in the URL (?q=&country=..&min=&max=&sort=) so back, forward
// and a shared link restore it. Metadata is untrusted: every value is rendered as text.

import { basketButton } from "./basket.js";
import { fillDecisionSlots } from "./decisions.js";
import { clear, el, uid } from "./dom.js";
import { excerpt, loadEngine } from "./search_engine.js";

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
// a facet of more than FACET_LONG values shows its FACET_SHOWN most frequent (and any chosen) before "Show all"
const FACET_SHOWN = 12;
const FACET_LONG = 16;

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

/** The excerpt pieces as nodes: text, with the query words in <mark> (built as elements, never parsed). */
function excerptNodes(pieces) {
  return pieces.map((piece, i) => (i % 2 ? el("mark", {}, piece) : piece));
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
  let engine;
  try {
    engine = await loadEngine(root);
  } catch (error) {
    count.textContent = "The search index could not be loaded: " + String(error.message || error);
    return;
  }
  // what loading and indexing cost, once per page (bench/site_bench.py reads them)
  mount.dataset.msLoad = engine.msLoad.toFixed(1);
  mount.dataset.msIndex = engine.msIndex.toFixed(1);
  const totals = engine.labels;

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
  const expanded = new Set(); // facets whose every value the researcher asked to see
  let lastCounts = {};
  const renderFacets = (counts) => {
    lastCounts = counts;
    const active = document.activeElement && facets.contains(document.activeElement) ? document.activeElement : null;
    const focused = active && { name: active.name, value: active.value, more: active.dataset.more };
    clear(facets);
    for (const [name, label] of FACETS) {
      const values = (totals[name] || []).slice();
      if (!values.length) continue;
      const here = counts[name] || {};
      const selected = new Set(state.filters[name] || []);
      values.sort((a, b) => (here[b] || 0) - (here[a] || 0) || a.localeCompare(b));
      // each facet folds away (the first three and any in use start open) so the results stay in reach
      const open = selected.size > 0 || FACETS.findIndex(([n]) => n === name) < 3 || opened.has(name);
      const cut = values.length > FACET_LONG && !expanded.has(name);
      const box = el("details", { class: "gc-facet-box", open, "data-facet-box": name },
        el("summary", {}, label, selected.size ? ` (${selected.size} chosen)` : ""),
        el("fieldset", { class: "gc-facet", "data-facet": name }, el("legend", { class: "gc-visually-hidden" }, label),
          el("ul", {}, values.filter((value, k) => !cut || k < FACET_SHOWN || selected.has(value)).map((value) => {
            const id = uid(`gc-f-${name}`);
            const input = el("input", { type: "checkbox", id, name, value, checked: selected.has(value) });
            return el("li", {}, input, el("label", { for: id }, value, " ",
              el("span", { class: "gc-facet-count" }, `(${here[value] || 0})`)));
          }))));
      if (values.length > FACET_LONG) { // diseases, platforms: the most frequent first, the rest on demand
        const toggle = el("button", { type: "button", class: "gc-facet-more", "data-more": name, "aria-expanded": String(!cut) },
          cut ? `Show all ${values.length}` : `Show the first ${FACET_SHOWN}`);
        toggle.addEventListener("click", () => {
          if (cut) expanded.add(name);
          else expanded.delete(name);
          renderFacets(lastCounts);
        });
        box.append(toggle);
      }
      box.addEventListener("toggle", () => (box.open ? opened.add(name) : opened.delete(name)));
      facets.append(box);
    }
    if (focused) {
      const again = [...facets.querySelectorAll("input, button")].find((i) => (focused.more
        ? i.dataset.more === focused.more : i.name === focused.name && i.value === focused.value));
      if (again) again.focus();
    }
  };

  /** The next page of results, drawn now; the promise of their excerpts, filled in once their texts are fetched. */
  const renderMore = () => {
    const slice = shown.slice(offset, offset + PAGE);
    const q = state.q;
    const items = slice.map((doc) => resultItem(engine, doc, q, root));
    list.append(...items);
    offset += slice.length;
    // in the page only while there is more to show (a styled button would ignore `hidden`)
    if (offset >= shown.length) more.remove();
    else if (!more.isConnected) list.after(more);
    fillDecisionSlots(root, list);
    return q ? fillExcerpts(slice, items, q) : Promise.resolve();
  };
  const fillExcerpts = async (slice, items, q) => {
    await engine.loadTexts(slice); // the text files of these results only
    slice.forEach((doc, k) => {
      const slot = items[k].querySelector(".gc-excerpt");
      if (slot && items[k].isConnected) slot.replaceChildren(...excerptNodes(excerpt(engine.textOf(doc), q)));
    });
  };

  const run = async () => {
    const mine = ++sequence;
    const started = performance.now();
    mount.dataset.busy = "true"; // tests and assistive tech can tell a settled view from a pending one
    try {
      const drawn = await runSearch(mine);
      if (mine === sequence) {
        // time from the query to its results on screen, and from the page's navigation (bench/site_bench.py)
        mount.dataset.ms = (performance.now() - started).toFixed(1);
        mount.dataset.msPage = performance.now().toFixed(1);
      }
      await drawn.excerpts;
      if (mine === sequence) mount.dataset.msExcerpts = (performance.now() - started).toFixed(1); // and their excerpts
    } finally {
      if (mine === sequence) delete mount.dataset.busy;
    }
  };
  /** Search and draw the first results; {excerpts: the promise of their excerpts}. */
  const runSearch = async (mine) => {
    const asked = performance.now();
    const search = await engine.query(state);
    const results = search.docs;
    // fetching the index's base and shards and loading them, for a query with words (bench/site_bench.py reads it)
    if (engine.msText !== undefined) mount.dataset.msText = engine.msText.toFixed(1);
    if (mine === sequence) mount.dataset.msSearch = (performance.now() - asked).toFixed(1); // the index's answer alone
    if (mine !== sequence) return { excerpts: null };
    shown = results;
    offset = 0;
    clear(list);
    renderFacets(search.counts);
    count.textContent = `${results.length} dataset${results.length === 1 ? "" : "s"} found`;
    mount.dataset.state = "ready";
    return { excerpts: renderMore() }; // in an object: an async function would wait for a promise it returns
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
  // someone about to type: fetch the index's base now (every query with words needs it; the shards come per word)
  form.elements.q.addEventListener("focus", () => engine.base().catch(() => {}), { once: true });
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

function resultItem(engine, doc, q, root) {
  const facts = [];
  const facets = engine.facetsOf(doc);
  for (const key of ["country", "access", "category"]) if (facets[key]?.length) facts.push(facets[key].join(", "));
  if (doc.individuals !== null) facts.push(`${doc.individuals.toLocaleString("en")} individuals`);
  // the page's path as the build wrote it (datasets/<safe stem>.html); anything else gets no link
  const href = /^datasets\/[A-Za-z0-9._-]+\.html$/.test(doc.url) ? root + doc.url : null;
  return el("li", { class: "gc-result", "data-dataset": doc.id },
    el("h3", { class: "gc-result-title" }, href ? el("a", { href }, doc.title) : doc.title),
    el("p", { class: "gc-result-meta" }, el("code", {}, doc.id), facts.length ? " · " + facts.join(" · ") : ""),
    q ? el("p", { class: "gc-excerpt" }, excerptNodes(excerpt(engine.textOf(doc), q))) : null,
    el("p", { class: "gc-result-actions" }, el("span", { class: "gc-decision", "data-dataset": doc.id }), " ",
      basketButton(doc.id, doc.title)));
}
