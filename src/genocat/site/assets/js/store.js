// What the researcher keeps in the browser: the purpose (`genocat.purpose`, the purpose dict of
// `genocat match`) and the basket (`genocat.basket`, a list of dataset ids). Nothing is sent anywhere.
// Broken or foreign values in localStorage are ignored, never trusted.

const PURPOSE_KEY = "genocat.purpose";
const BASKET_KEY = "genocat.basket";
export const BASKET_EVENT = "gc-basket-change";
export const PURPOSE_EVENT = "gc-purpose-change";

function read(key) {
  try {
    const text = window.localStorage.getItem(key);
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

function write(key, value) {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // storage full or disabled (private mode): the page still works for this visit
  }
}

/** The stored purpose dict, or null when none is set. */
export function getPurpose() {
  const value = read(PURPOSE_KEY);
  return value && typeof value === "object" && !Array.isArray(value) ? value : null;
}

export function setPurpose(purpose) {
  write(PURPOSE_KEY, purpose && Object.keys(purpose).length ? purpose : null);
  window.dispatchEvent(new CustomEvent(PURPOSE_EVENT));
}

/** The basket: unique dataset ids in the order they were added. */
export function getBasket() {
  const value = read(BASKET_KEY);
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((x) => typeof x === "string" && x))];
}

function setBasket(ids) {
  write(BASKET_KEY, [...new Set(ids)]);
  window.dispatchEvent(new CustomEvent(BASKET_EVENT));
}

export function inBasket(id) {
  return getBasket().includes(id);
}

export function addToBasket(id) {
  if (!inBasket(id)) setBasket([...getBasket(), id]);
}

export function removeFromBasket(id) {
  setBasket(getBasket().filter((x) => x !== id));
}

export function clearBasket() {
  setBasket([]);
}

// Another tab changed the storage: tell this page too.
window.addEventListener("storage", (event) => {
  if (event.key === BASKET_KEY) window.dispatchEvent(new CustomEvent(BASKET_EVENT));
  if (event.key === PURPOSE_KEY) window.dispatchEvent(new CustomEvent(PURPOSE_EVENT));
});
