// Consent decisions beside datasets: once a purpose is stored, every `.gc-decision[data-dataset]` slot and
// every dataset page's `.gc-dataset-actions` shows "Permitted", "Needs review" or "Not permitted".

import { decisionOf, loadConsentData, loadDatasets } from "./catalogue.js";
import { el, clear } from "./dom.js";
import { getPurpose } from "./store.js";

export const DECISION_LABELS = {
  permitted: "Permitted",
  needs_review: "Needs review",
  not_permitted: "Not permitted",
};

const NO_CONDITIONS = { decision: "needs_review", reasons: [{ condition: "conditions", outcome: "needs_review",
  reason: "the catalogue records no data use conditions for this dataset" }] };

let cache = { key: null, promise: null };

/** Decisions for the stored purpose, {consentKey: {decision, reasons}}; null when no purpose is set. */
export function currentDecisions(root) {
  const purpose = getPurpose();
  if (!purpose) return Promise.resolve(null);
  const key = JSON.stringify(purpose);
  if (cache.key !== key) {
    cache = { key, promise: loadConsentData(root).then((consent) => consent.decideAll(purpose)) };
  }
  return cache.promise;
}

/** {decisions, datasets} for the stored purpose (both null when no purpose is set): what every view that shows
 * decisions beside datasets needs. Rejects when the consent data or the dataset summary cannot be loaded. */
export async function decisionsWithDatasets(root) {
  const decisions = await currentDecisions(root);
  return { decisions, datasets: decisions ? await loadDatasets(root) : null };
}

/** The answer for one dataset, with a stated reason when the dataset has no conditions in the export. */
export function answerFor(decisions, dataset, id) {
  return decisionOf(decisions, dataset, id) || NO_CONDITIONS;
}

/** A badge element for a decision (text, with a class for colour; colour is never the only signal). */
export function badge(decision, { compact = false } = {}) {
  const label = DECISION_LABELS[decision] || "Unknown";
  return el("span", { class: `gc-badge gc-badge--${decision}`, title: compact ? "May I use it? " + label : null },
    compact ? label : `May I use it? ${label}`);
}

/** A list of reasons: "DS: …". */
export function reasonList(answer) {
  return el("ul", { class: "gc-reasons" }, (answer.reasons || []).map((r) =>
    el("li", { class: `gc-reason gc-reason--${r.outcome}` },
      el("span", { class: "gc-reason-condition" }, String(r.condition)), ": ", String(r.reason),
      ` (${DECISION_LABELS[r.outcome] || r.outcome})`)));
}

/** Fill every decision slot on the page; empty them when no purpose is set. */
export async function fillDecisionSlots(root, scope = document) {
  const slots = [...scope.querySelectorAll(".gc-decision[data-dataset]")];
  if (!slots.length) return;
  let decisions = null;
  let datasets = null;
  try {
    ({ decisions, datasets } = await decisionsWithDatasets(root));
  } catch (error) {
    for (const slot of slots) clear(slot).append(el("span", { class: "gc-error" }, "consent answer unavailable"));
    console.warn("genocat: consent data", error);
    return;
  }
  for (const slot of slots) {
    clear(slot);
    if (!decisions) continue;
    const id = slot.dataset.dataset;
    slot.append(badge(answerFor(decisions, datasets.byId.get(id), id).decision, { compact: true }));
  }
}
