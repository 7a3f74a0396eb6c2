// One access request per body that grants access: a JSON document (datasets, identifiers, IRIs,
// conditions, the purpose), a mailto link and the printable page basket/request.html?body=<key>.
// Everything is built in the browser; nothing is sent unless the researcher sends it.

import { absoluteRoot, consentModule, loadConsentData, loadDatasets } from "./catalogue.js";
import { answerFor, badge, currentDecisions, reasonList } from "./decisions.js";
import { clear, el, metaLink, siteLink } from "./dom.js";
import { describePurpose } from "./purpose.js";
import { getBasket, getPurpose } from "./store.js";

export const UNKNOWN_BODY = { key: "unknown", name: "Access body not stated", kind: null, email: null, url: null,
  apply_url: null };

/** The basket's datasets grouped by access body key: Map(key → {body, datasets}); unknown ids apart. */
export function groupBasket(ids, byId) {
  const groups = new Map();
  const missing = [];
  for (const id of ids) {
    const dataset = byId.get(id);
    if (!dataset) {
      missing.push(id);
      continue;
    }
    const body = dataset.access_body && typeof dataset.access_body.key === "string" ? dataset.access_body : UNKNOWN_BODY;
    if (!groups.has(body.key)) groups.set(body.key, { body, datasets: [] });
    groups.get(body.key).datasets.push(dataset);
  }
  return { groups, missing };
}

/** The request document for one body, as plain data. */
export function requestDocument(group, purpose, decisions, root) {
  const base = absoluteRoot(root);
  const body = group.body;
  return {
    format: "genocat-access-request/1",
    access_body: { key: body.key, name: body.name ?? null, kind: body.kind ?? null, email: body.email ?? null,
      url: body.url ?? null, apply_url: body.apply_url ?? null },
    purpose: purpose || null,
    datasets: group.datasets.map((d) => {
      const answer = decisions ? answerFor(decisions, d, d.id) : null;
      return {
        identifier: d.id,
        title: d.title ?? null,
        iri: d.iri ?? null,
        page: d.url ? new URL(d.url, base).href : null,
        node: d.node_title ?? d.node ?? null,
        country: d.country ?? null,
        conditions: { permission: d.permission ?? null, modifiers: d.modifiers || [], diseases: d.diseases || [] },
        decision: answer ? answer.decision : null,
        reasons: answer ? answer.reasons : [],
      };
    }),
  };
}

/** A download link for the JSON document (a Blob URL; the file never leaves the browser). */
export function jsonDownloadLink(doc) {
  const blob = new Blob([JSON.stringify(doc, null, 2) + "\n"], { type: "application/json" });
  const safeKey = String(doc.access_body.key).replace(/[^A-Za-z0-9_-]+/g, "-");
  return el("a", { href: URL.createObjectURL(blob), download: `access-request-${safeKey}.json`,
    class: "gc-button gc-download" }, "Download the request (JSON)");
}

/** A mailto: link to the body's contact with the request summarised; null when no usable address. */
export function mailtoLink(doc) {
  const email = doc.access_body.email;
  if (typeof email !== "string" || !/^[^\s@,;?&<>"']+@[^\s@,;?&<>"']+$/.test(email)) return null;
  const lines = ["Dear " + (doc.access_body.name || "data access body") + ",", "",
    "I would like to apply for access to the following datasets:", ""];
  for (const d of doc.datasets) lines.push(`- ${d.title} (${d.identifier}) ${d.iri || ""}`.trimEnd());
  lines.push("", "My research purpose is attached as a JSON document (genocat access request).", "");
  const query = `subject=${encodeURIComponent("Data access request: " + doc.datasets.length + " dataset(s)")}` +
    `&body=${encodeURIComponent(lines.join("\n"))}`;
  return metaLink(`mailto:${email}?${query}`, `E-mail ${email}`);
}

/** The request's `kind` of a body (genocat.site.records.access_body) in words. */
const KIND_WORDS = { HDAB: "health data access body (HDAB)", DAC: "data access committee", "data holder": "the data holder" };

/** How to contact and apply to a body. */
export function bodyContact(body) {
  return el("ul", { class: "gc-body-contact" },
    body.kind ? el("li", {}, "Grants access as: ", KIND_WORDS[body.kind] || String(body.kind)) : null,
    body.email ? el("li", {}, "E-mail: ", metaLink(`mailto:${body.email}`, String(body.email))) : null,
    body.url ? el("li", {}, "Web site: ", metaLink(body.url, String(body.url))) : null,
    body.apply_url ? el("li", {}, "How to apply: ", metaLink(body.apply_url, String(body.apply_url))) : null);
}

/** Render the printable request page into `mount` (basket/request.html?body=<key>). */
export async function mountRequest(mount, root) {
  clear(mount).append(el("p", { role: "status" }, "Preparing the request…"));
  const key = new URLSearchParams(window.location.search).get("body");
  const [{ byId }, decisions] = await Promise.all([loadDatasets(root), currentDecisions(root).catch(() => null)]);
  const { groups } = groupBasket(getBasket(), byId);
  const group = key === null ? null : groups.get(key);
  clear(mount);
  if (!group) {
    mount.append(el("p", {}, "Your basket holds no dataset for this access body. "),
      siteLink(root, "basket/index.html", "Back to the basket"));
    return;
  }
  const purpose = getPurpose();
  const doc = requestDocument(group, purpose, decisions, root);
  const schema = await consentModule(root).then((m) => m.PURPOSE_SCHEMA).catch(() => null);
  const names = await diseaseNames(root, purpose?.diseases);
  mount.append(
    el("h2", {}, "Data access request to ", String(group.body.name || group.body.key)),
    bodyContact(group.body),
    el("h3", {}, "Research purpose"),
    purpose ? purposeTable(purpose, schema, names) : el("p", {}, "No purpose described yet. ",
      siteLink(root, "consent/index.html", "Describe your purpose"), "."),
    el("h3", {}, `Datasets (${doc.datasets.length})`),
    el("table", { class: "gc-request-table" },
      el("thead", {}, el("tr", {}, ["Dataset", "Identifier and IRI", "Conditions", "May I use it?"].map(
        (h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, doc.datasets.map((d, i) => el("tr", {},
        el("td", {}, siteLink(root, group.datasets[i].url, String(d.title || d.identifier))),
        el("td", {}, el("code", {}, d.identifier), el("br"), d.iri ? metaLink(d.iri, d.iri) : ""),
        el("td", {}, conditionsText(d.conditions)),
        el("td", {}, d.decision ? [badge(d.decision, { compact: true }), reasonList({ reasons: d.reasons })] : "no purpose set"))))),
    el("p", { class: "gc-request-actions gc-no-print" },
      el("button", { type: "button", class: "gc-button gc-print" }, "Print this request"), " ",
      jsonDownloadLink(doc), " ", mailtoLink(doc), " ",
      siteLink(root, "basket/index.html", "Back to the basket")));
  mount.querySelector(".gc-print").addEventListener("click", () => window.print());
}

export function conditionsText(c) {
  const parts = [];
  if (c.permission) parts.push(String(c.permission));
  if (c.modifiers && c.modifiers.length) parts.push(c.modifiers.map(String).join(", "));
  if (c.diseases && c.diseases.length) parts.push(c.diseases.map((d) => `${d.label || d.id} (${d.id})`).join("; "));
  return parts.length ? parts.join(" · ") : "no data use conditions recorded";
}

/** Map(disease id → name) for the purpose's diseases (ids stay when the consent data cannot load). */
export async function diseaseNames(root, ids) {
  const names = new Map();
  if (!Array.isArray(ids) || !ids.length) return names;
  try {
    const consent = await loadConsentData(root);
    for (const id of ids) names.set(id, await consent.diseaseLabel(String(id)));
  } catch {
    // the ids are shown instead
  }
  return names;
}

export function purposeTable(purpose, schema, names = new Map()) {
  const rows = describePurpose(purpose, schema, (id) => names.get(id) || id);
  return el("dl", { class: "gc-purpose" }, rows.flatMap(([label, text]) =>
    [el("dt", {}, label), el("dd", {}, text)]));
}
