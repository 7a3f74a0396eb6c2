// "May I use it?" (#gc-consent): a purpose form built from PURPOSE_SCHEMA, answered for every dataset by
// the consent matcher in this browser. The purpose is kept in the URL and in localStorage so search
// results and dataset pages show each dataset's decision.

import { consentModule, loadConsentData, loadDatasets } from "./catalogue.js";
import { basketButton } from "./basket.js";
import { DECISION_LABELS, answerFor, badge, reasonList } from "./decisions.js";
import { clear, el, siteLink, uid } from "./dom.js";
import { purposeFromParams, purposeToParams, topicLabel, useLabel } from "./purpose.js";
import { getPurpose, setPurpose } from "./store.js";

const LIST_CHOICES = { uses: "uses", accepts: "obligations", data_types: "dataTypes", sensitive_topics: "sensitiveTopics" };
const BOOLEANS = {
  commercial: "Is the purpose commercial?",
  ethics_approval: "Is ethics (IRB/ERB) approval documented?",
};
const TEXTS = {
  country: ["Country where the data will be used", "two-letter code, e.g. DE, or type its name", "[A-Za-z]{2}"],
  user_id: ["Your identifier", "e.g. ORCID:0000-0002-1825-0097", null],
  project_id: ["Project identifier", "e.g. EGAP00000000001", null],
  institution_id: ["Institution identifier", "e.g. ROR:05xg72x27", null],
  research_topic: ["Research topic, in a few words", null, null],
};
const DATES = { publication_date: "First planned publication", request_date: "Date of the request" };
const LEGENDS = { uses: "What will the data be used for?", accepts: "Obligations you accept",
  data_types: "Data types you need", sensitive_topics: "Does the research touch a sensitive topic?" };
const ORDER = ["permitted", "needs_review", "not_permitted"];

/** Build the consent page into `mount`. */
export async function mountConsent(mount, root) {
  const status = el("p", { class: "gc-status", role: "status", "aria-live": "polite" }, "Loading the consent data…");
  clear(mount).append(status);
  let mod;
  let consent;
  let datasets;
  try {
    [mod, consent, datasets] = await Promise.all([consentModule(root), loadConsentData(root), loadDatasets(root)]);
  } catch (error) {
    status.textContent = "The consent data could not be loaded: " + String(error.message || error);
    return;
  }
  const schema = mod.PURPOSE_SCHEMA;
  const errorBox = el("div", { class: "gc-error", role: "alert" });
  const form = el("form", { class: "gc-purpose-form", novalidate: true });
  const diseases = diseasePicker(consent);
  for (const field of schema.fields) form.append(fieldFor(field, schema, diseases));
  form.append(el("p", { class: "gc-form-actions" },
    el("button", { type: "submit", class: "gc-button" }, "Show which datasets I may use"), " ",
    el("button", { type: "button", class: "gc-button gc-clear-purpose" }, "Clear my purpose")));
  const results = el("div", { class: "gc-consent-results" });
  clear(mount).append(el("h2", {}, "Describe your research"),
    el("p", {}, "Leave out what you do not know: an unknown fact gives “needs review”, never “not permitted”. ",
      "Nothing you enter leaves this browser."), errorBox, form, status, results);

  const show = async (purpose, push) => {
    mount.dataset.busy = "true";
    try {
      await answer(purpose, push);
    } finally {
      delete mount.dataset.busy;
    }
  };
  const answer = async (purpose, push) => {
    clear(errorBox);
    try {
      consent.checkPurpose(purpose || {});
    } catch (error) {
      if (!(error instanceof mod.ConsentInputError)) throw error;
      errorBox.append(el("p", {}, "Please correct your purpose: ", error.message, "."));
      status.textContent = "The purpose could not be used.";
      return;
    }
    setPurpose(purpose);
    const query = purposeToParams(purpose, schema.fields).toString();
    const url = window.location.pathname + (query ? `?${query}` : "");
    if (push) window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
    if (!purpose) {
      clear(results);
      status.textContent = "No purpose set. Describe your research to see which datasets you may use.";
      return;
    }
    const decisions = await consent.decideAll(purpose);
    renderResults(results, datasets.list, decisions, root);
    const counts = countDecisions(datasets.list, decisions);
    status.textContent = ORDER.map((d) => `${counts[d]} ${DECISION_LABELS[d].toLowerCase()}`).join(", ") + ".";
    mount.dataset.state = "ready";
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    // an empty form is a purpose too (every fact unknown): it is answered, though not stored
    show(readForm(form, schema, diseases) || {}, true).catch(showError);
  });
  form.querySelector(".gc-clear-purpose").addEventListener("click", () => {
    fillForm(form, schema, diseases, null);
    show(null, true).catch(showError);
  });
  const showError = (error) => {
    status.textContent = "The answer could not be computed: " + String(error.message || error);
  };
  window.addEventListener("popstate", () => {
    const purpose = purposeFromParams(new URLSearchParams(window.location.search), schema.fields);
    fillForm(form, schema, diseases, purpose);
    show(purpose, false).catch(showError);
  });

  const fromUrl = purposeFromParams(new URLSearchParams(window.location.search), schema.fields);
  const purpose = fromUrl || getPurpose();
  await fillForm(form, schema, diseases, purpose);
  if (purpose) await show(purpose, false).catch(showError);
  else {
    status.textContent = "No purpose set. Describe your research to see which datasets you may use.";
    mount.dataset.state = "ready";
  }
}

function fieldFor(field, schema, diseases) {
  if (LIST_CHOICES[field]) {
    const values = schema[LIST_CHOICES[field]] || [];
    return el("fieldset", { class: "gc-field gc-choices", "data-field": field },
      el("legend", {}, LEGENDS[field] || field),
      el("ul", {}, values.map((value) => {
        const id = uid(`gc-${field}`);
        const label = field === "uses" ? useLabel(value, schema)
          : field === "sensitive_topics" ? topicLabel(value, schema)
            : value.toLowerCase().replaceAll("_", " ");
        return el("li", {}, el("input", { type: "checkbox", id, name: field, value }), el("label", { for: id }, label));
      })));
  }
  if (field === "diseases") return diseases.element;
  if (BOOLEANS[field]) return select(field, BOOLEANS[field], [["", "Not said"], ["true", "Yes"], ["false", "No"]]);
  if (field === "organisation_type") {
    return select(field, "Your organisation", [["", "Not said"], ...(schema.organisationTypes || []).map(
      (v) => [v, v === "FOR_PROFIT" ? "For-profit" : v === "NOT_FOR_PROFIT" ? "Not-for-profit" : v])]);
  }
  if (DATES[field]) return input(field, DATES[field], { type: "date" });
  if (field === "duration_months") return input(field, "How many months you need the data", { type: "number", step: "1" });
  const [label, hint, pattern] = TEXTS[field] || [field.replaceAll("_", " "), null, null];
  // the page lists the countries the catalogue knows (name and code) as suggestions for the code
  const list = field === "country" && document.getElementById("gc-countries")
    ? { list: "gc-countries", autocomplete: "off" } : {};
  return input(field, label, { type: "text", placeholder: hint, pattern, ...list });
}

function select(name, label, options) {
  const id = uid(`gc-${name}`);
  return el("p", { class: "gc-field" }, el("label", { for: id }, label),
    el("select", { id, name }, options.map(([value, text]) => el("option", { value }, text))));
}

function input(name, label, attrs) {
  const id = uid(`gc-${name}`);
  return el("p", { class: "gc-field" }, el("label", { for: id }, label), el("input", { id, name, ...attrs }));
}

/** The purpose dict the form describes (fields left empty are left out: unknown facts). */
export function readForm(form, schema, diseases) {
  const purpose = {};
  for (const field of schema.fields) {
    if (LIST_CHOICES[field]) {
      const ticked = [...form.querySelectorAll(`input[name="${field}"]:checked`)].map((b) => b.value);
      if (ticked.length) purpose[field] = ticked;
    } else if (field === "diseases") {
      if (diseases.chosen.length) purpose.diseases = diseases.chosen.map((d) => d.id);
    } else {
      const control = form.elements[field];
      const value = control ? control.value.trim() : "";
      if (!value) continue;
      purpose[field] = BOOLEANS[field] ? value === "true" : field === "country" ? countryCode(control, value) : value;
    }
  }
  return Object.keys(purpose).length ? purpose : null;
}

/** The two-letter code of a country typed by code or by a name the page's list gives ("germany" -> "DE"). */
function countryCode(control, value) {
  const options = control.list ? [...control.list.options] : [];
  const named = options.find((o) => o.textContent.trim().toLowerCase() === value.toLowerCase());
  return named ? named.value : value.toUpperCase();
}

async function fillForm(form, schema, diseases, purpose) {
  const p = purpose || {};
  for (const field of schema.fields) {
    if (LIST_CHOICES[field]) {
      const want = new Set((Array.isArray(p[field]) ? p[field] : []).map((v) => String(v).toUpperCase()));
      for (const box of form.querySelectorAll(`input[name="${field}"]`)) box.checked = want.has(box.value);
    } else if (field === "diseases") {
      await diseases.set(Array.isArray(p.diseases) ? p.diseases.map(String) : []);
    } else if (form.elements[field]) {
      const value = p[field];
      form.elements[field].value = value === undefined || value === null ? "" : String(value);
    }
  }
}

function countDecisions(list, decisions) {
  const counts = { permitted: 0, needs_review: 0, not_permitted: 0 };
  for (const d of list) counts[answerFor(decisions, d, d.id).decision] += 1;
  return counts;
}

const SHOWN_PER_GROUP = 200; // a catalogue of thousands stays quick to render; the rest on request

function renderResults(target, list, decisions, root) {
  const groups = { permitted: [], needs_review: [], not_permitted: [] };
  for (const d of list) groups[answerFor(decisions, d, d.id).decision].push(d);
  clear(target);
  for (const decision of ORDER) {
    const items = groups[decision];
    const listEl = el("ul", { class: "gc-consent-list" });
    const section = el("section", { class: `gc-decision-group gc-decision-group--${decision}`, "data-decision": decision },
      el("h2", {}, `${DECISION_LABELS[decision]} (${items.length})`), items.length ? listEl : el("p", {}, "None."));
    const showFrom = (start, end) => {
      for (const d of items.slice(start, end)) listEl.append(consentItem(d, decisions, root));
    };
    showFrom(0, SHOWN_PER_GROUP);
    if (items.length > SHOWN_PER_GROUP) {
      const more = el("button", { type: "button", class: "gc-button gc-more" }, `Show all ${items.length}`);
      more.addEventListener("click", () => {
        showFrom(SHOWN_PER_GROUP, items.length);
        more.remove();
      });
      section.append(more);
    }
    target.append(section);
  }
}

function consentItem(d, decisions, root) {
  const answer = answerFor(decisions, d, d.id);
  return el("li", { class: "gc-consent-item", "data-dataset": d.id },
    el("h3", {}, siteLink(root, d.url, String(d.title || d.id))),
    el("p", {}, el("code", {}, d.id), d.country_label ? ` · ${d.country_label}` : "", " ",
      badge(answer.decision, { compact: true }), " ", basketButton(d.id, d.title)),
    reasonList(answer));
}

/** The disease picker: a combobox (type a name, arrow keys, Enter) over `searchDiseases`, and the chosen list. */
function diseasePicker(consent) {
  const inputId = uid("gc-disease");
  const listId = uid("gc-disease-options");
  const hintId = uid("gc-disease-hint");
  const box = el("input", { id: inputId, type: "text", role: "combobox", "aria-autocomplete": "list",
    "aria-expanded": "false", "aria-controls": listId, "aria-describedby": hintId, autocomplete: "off" });
  const options = el("ul", { id: listId, role: "listbox", class: "gc-options", hidden: true, "aria-label": "Matching diseases" });
  const chosenList = el("ul", { class: "gc-chosen", "aria-label": "Diseases chosen" });
  const element = el("fieldset", { class: "gc-field gc-diseases", "data-field": "diseases" },
    el("legend", {}, "Diseases you study"),
    el("label", { for: inputId }, "Find a disease by name"), box,
    el("p", { id: hintId, class: "gc-hint" }, "Type part of a name, choose with the arrow keys and Enter."),
    options, chosenList);
  const picker = { element, chosen: [] };
  let hits = [];
  let active = -1;
  let sequence = 0;

  const close = () => {
    options.hidden = true;
    box.setAttribute("aria-expanded", "false");
    box.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const highlight = (index) => {
    active = index;
    [...options.children].forEach((li, i) => li.setAttribute("aria-selected", i === index ? "true" : "false"));
    if (index >= 0) box.setAttribute("aria-activedescendant", options.children[index].id);
  };
  const renderChosen = () => {
    clear(chosenList);
    for (const d of picker.chosen) {
      const remove = el("button", { type: "button", class: "gc-button gc-remove-disease",
        "aria-label": `Remove ${d.label}` }, "Remove");
      remove.addEventListener("click", () => {
        picker.chosen = picker.chosen.filter((x) => x.id !== d.id);
        renderChosen();
        box.focus();
      });
      chosenList.append(el("li", { "data-disease": d.id }, `${d.label} (${d.id}) `, remove));
    }
  };
  const choose = (hit) => {
    if (!picker.chosen.some((d) => d.id === hit.id)) picker.chosen.push({ id: hit.id, label: hit.label });
    renderChosen();
    box.value = "";
    close();
  };
  box.addEventListener("input", async () => {
    const mine = ++sequence;
    const found = await consent.searchDiseases(box.value, 12);
    if (mine !== sequence) return;
    hits = found;
    clear(options);
    hits.forEach((hit, i) => {
      const li = el("li", { id: `${listId}-${i}`, role: "option", "aria-selected": "false", "data-disease": hit.id },
        `${hit.label} (${hit.id})`);
      li.addEventListener("mousedown", (event) => event.preventDefault());
      li.addEventListener("click", () => choose(hit));
      options.append(li);
    });
    options.hidden = !hits.length;
    box.setAttribute("aria-expanded", hits.length ? "true" : "false");
    highlight(hits.length ? 0 : -1);
  });
  box.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && hits.length) {
      event.preventDefault();
      options.hidden = false;
      box.setAttribute("aria-expanded", "true");
      highlight((active + 1) % hits.length);
    } else if (event.key === "ArrowUp" && hits.length) {
      event.preventDefault();
      highlight(active <= 0 ? hits.length - 1 : active - 1);
    } else if (event.key === "Enter") {
      if (!options.hidden && active >= 0) {
        event.preventDefault();
        choose(hits[active]);
      }
    } else if (event.key === "Escape") close();
  });
  box.addEventListener("blur", close);
  picker.set = async (ids) => {
    picker.chosen = [];
    for (const id of ids) picker.chosen.push({ id, label: await consent.diseaseLabel(id) });
    renderChosen();
  };
  return picker;
}
