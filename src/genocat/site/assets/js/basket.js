// The access-request basket: add/remove buttons on any page, the count in the header, and the basket
// page (#gc-basket) grouped by the body that grants access, with one ready request per body.

import { loadDatasets } from "./catalogue.js";
import { answerFor, badge, currentDecisions, reasonList } from "./decisions.js";
import { clear, el, siteLink } from "./dom.js";
import { bodyContact, groupBasket, jsonDownloadLink, mailtoLink, requestDocument } from "./request.js";
import { BASKET_EVENT, addToBasket, clearBasket, getBasket, getPurpose, inBasket, removeFromBasket } from "./store.js";

/** Keep `#gc-basket-count` and every add/remove toggle in step with the basket (one listener per page). */
export function bindBasketCount() {
  const update = () => {
    const count = getBasket().length;
    for (const node of document.querySelectorAll("#gc-basket-count")) {
      node.textContent = String(count);
      node.setAttribute("aria-label", `${count} dataset${count === 1 ? "" : "s"} in the basket`);
    }
    for (const button of document.querySelectorAll(".gc-basket-toggle")) syncToggle(button);
  };
  update();
  window.addEventListener(BASKET_EVENT, update);
}

function syncToggle(button) {
  const id = button.dataset.dataset;
  const present = inBasket(id);
  const name = button.dataset.title || id;
  button.textContent = present ? "Remove from basket" : "Add to basket";
  button.setAttribute("aria-pressed", present ? "true" : "false");
  button.setAttribute("aria-label", `${present ? "Remove" : "Add"} ${name} ${present ? "from" : "to"} the basket`);
}

/** An add/remove toggle for one dataset; its label follows the basket. */
export function basketButton(id, title) {
  const button = el("button", { type: "button", class: "gc-button gc-basket-toggle", "data-dataset": id,
    "data-title": title ? String(title) : null });
  button.addEventListener("click", () => (inBasket(id) ? removeFromBasket(id) : addToBasket(id)));
  syncToggle(button);
  return button;
}

/** Render the basket page into `mount` and keep it current. */
export async function mountBasket(mount, root) {
  const status = el("p", { class: "gc-status", role: "status", "aria-live": "polite" });
  const content = el("div", { class: "gc-basket-groups" });
  clear(mount).append(status, content);
  const render = async () => {
    const ids = getBasket();
    const [{ byId }, decisions] = await Promise.all([loadDatasets(root), currentDecisions(root).catch(() => null)]);
    const { groups, missing } = groupBasket(ids, byId);
    clear(content);
    status.textContent = ids.length
      ? `${ids.length} dataset${ids.length === 1 ? "" : "s"} in your basket, for ${groups.size} access bod${groups.size === 1 ? "y" : "ies"}.`
      : "Your basket is empty. Add datasets from the search page or any dataset page.";
    if (!ids.length) {
      content.append(el("p", {}, siteLink(root, "search/index.html", "Search the catalogue")));
      return;
    }
    if (!decisions) {
      content.append(el("p", { class: "gc-hint" }, "Describe your purpose on ",
        siteLink(root, "consent/index.html", "May I use it?"), " to see each dataset's consent decision here."));
    }
    const purpose = getPurpose();
    const sorted = [...groups.values()].sort((a, b) => String(a.body.name).localeCompare(String(b.body.name)));
    for (const group of sorted) content.append(groupSection(group, purpose, decisions, root));
    if (missing.length) {
      content.append(el("section", { class: "gc-basket-group" }, el("h2", {}, "No longer in the catalogue"),
        el("ul", {}, missing.map((id) => el("li", {}, el("code", {}, id), " ", removeButton(id, id))))));
    }
    content.append(el("p", {}, el("button", { type: "button", class: "gc-button gc-basket-clear" }, "Empty the basket")));
    content.querySelector(".gc-basket-clear").addEventListener("click", () => clearBasket());
  };
  window.addEventListener(BASKET_EVENT, () => render().catch(showError));
  const showError = (error) => {
    status.textContent = "The basket could not be shown: " + String(error.message || error);
  };
  await render().catch(showError);
}

function groupSection(group, purpose, decisions, root) {
  const body = group.body;
  const doc = requestDocument(group, purpose, decisions, root);
  const requestHref = `${root}basket/request.html?body=${encodeURIComponent(body.key)}`;
  return el("section", { class: "gc-basket-group", "data-body": body.key },
    el("h2", {}, String(body.name || body.key)),
    bodyContact(body),
    el("ul", { class: "gc-basket-list" }, group.datasets.map((d) => {
      const answer = decisions ? answerFor(decisions, d, d.id) : null;
      return el("li", { class: "gc-basket-item", "data-dataset": d.id },
        siteLink(root, d.url, String(d.title || d.id)), " ", el("code", {}, d.id), " ",
        answer ? badge(answer.decision, { compact: true }) : null, " ",
        removeButton(d.id, d.title),
        answer ? el("details", {}, el("summary", {}, "Reasons"), reasonList(answer)) : null);
    })),
    el("p", { class: "gc-request-actions" },
      el("a", { href: requestHref, class: "gc-button gc-request-link" }, "Printable request"), " ",
      jsonDownloadLink(doc), " ", mailtoLink(doc)));
}

function removeButton(id, title) {
  const button = el("button", { type: "button", class: "gc-button gc-basket-remove", "data-dataset": id,
    "aria-label": `Remove ${title ? String(title) : id} from the basket` }, "Remove");
  button.addEventListener("click", () => removeFromBasket(id));
  return button;
}
