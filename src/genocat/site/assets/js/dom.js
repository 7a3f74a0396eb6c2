// DOM helpers: every piece of metadata reaches the page as text (createElement + textContent), never as
// markup, and links taken from metadata keep only http:, https: and mailto: URLs.

const SAFE_SCHEMES = new Set(["http:", "https:", "mailto:"]);

/** Build an element: `el("a", {href, class: "x"}, "text", child, ...)`. Children are text or nodes. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = String(value);
    else if (name === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  append(node, ...children);
  return node;
}

/** Append text or nodes (null and undefined are skipped). */
export function append(parent, ...children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Remove every child of `node`. */
export function clear(node) {
  while (node.firstChild) node.firstChild.remove();
  return node;
}

/** The URL when it is an absolute http(s) or mailto URL, else null (a `javascript:`, `data:` or relative link
 * from metadata never renders as a link). */
export function safeHref(value) {
  if (typeof value !== "string" || !/^(https?:\/\/|mailto:)/i.test(value.trim())) return null;
  try {
    const url = new URL(value.trim());
    return SAFE_SCHEMES.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** A link from metadata: an <a> when the URL is safe, else plain text. */
export function metaLink(href, text) {
  const safe = safeHref(href);
  return safe ? el("a", { href: safe, rel: "noopener noreferrer" }, text ?? safe) : el("span", {}, text ?? "");
}

/** A link inside the site: `path` is relative to the site root (never from a full URL in metadata). */
export function siteLink(root, path, text) {
  const rel = String(path || "");
  const ok = rel && !/^[a-z][a-z0-9+.-]*:/i.test(rel) && !rel.startsWith("//");
  return ok ? el("a", { href: root + rel }, text) : el("span", {}, text);
}

let liveCounter = 0;
/** A unique id for aria wiring. */
export function uid(prefix) {
  liveCounter += 1;
  return `${prefix}-${liveCounter}`;
}
