// The site's one script (loaded as a module by every page): reads the page's path to the site root from
// <body data-root>, keeps the basket count, fills decision slots and dataset actions, and mounts the
// search, consent, basket and request views when their element is on the page. Pages are complete
// without it; it only adds.

import { bindBasketCount, basketButton, mountBasket } from "./basket.js";
import { answerFor, badge, decisionsWithDatasets, fillDecisionSlots, reasonList } from "./decisions.js";
import { clear, el, siteLink } from "./dom.js";
import { PURPOSE_EVENT } from "./store.js";

const root = document.body.dataset.root || "./";

/** Dataset pages: the decision for the stored purpose (with reasons) and the basket toggle. */
async function fillDatasetActions() {
  const boxes = [...document.querySelectorAll(".gc-dataset-actions[data-dataset]")];
  if (!boxes.length) return;
  let decisions = null;
  let datasets = null;
  try {
    ({ decisions, datasets } = await decisionsWithDatasets(root));
  } catch (error) {
    console.warn("genocat: consent data", error);
  }
  for (const box of boxes) {
    const id = box.dataset.dataset;
    let slot = box.querySelector(".gc-actions-js");
    if (!slot) {
      slot = el("div", { class: "gc-actions-js" });
      box.append(slot);
    }
    clear(slot);
    const title = document.querySelector("h1")?.textContent?.trim() || id;
    slot.append(basketButton(id, title));
    if (decisions) {
      const answer = answerFor(decisions, datasets.byId.get(id), id);
      slot.append(" ", badge(answer.decision), el("details", { class: "gc-decision-details" },
        el("summary", {}, "Why?"), reasonList(answer)), " ", siteLink(root, "consent/index.html", "Change my purpose"));
    } else {
      slot.append(" ", siteLink(root, "consent/index.html", "May I use it? Describe your purpose"));
    }
  }
}

async function mountViews() {
  const views = [
    ["gc-search", () => import("./search.js").then((m) => m.mountSearch)],
    ["gc-consent", () => import("./consent.js").then((m) => m.mountConsent)],
    ["gc-basket", async () => mountBasket],
    ["gc-request", () => import("./request.js").then((m) => m.mountRequest)],
  ];
  for (const [id, load] of views) {
    const mount = document.getElementById(id);
    if (!mount) continue;
    try {
      await (await load())(mount, root);
    } catch (error) {
      clear(mount).append(el("p", { class: "gc-error", role: "alert" }, "This part of the page could not load: ",
        String(error.message || error)));
    }
  }
}

function refreshDecisions() {
  fillDecisionSlots(root);
  fillDatasetActions();
}

bindBasketCount();
window.addEventListener(PURPOSE_EVENT, refreshDecisions);
refreshDecisions();
mountViews().finally(() => document.body.setAttribute("data-gc-ready", "true"));
