// Building the page from data. Everything shown from the store goes through text nodes (el(),
// textContent), never through innerHTML, so a "<script>" in a document stays text.

export const $ = (id) => document.getElementById(id);

function build(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "className") node.setAttribute("class", value);
    else if (key === "style" && typeof value === "object") Object.assign(node.style, value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** An HTML element: el("a", {href: "#x", onclick: f}, "text", otherNode). */
export const el = (tag, attrs, ...children) => build(document.createElement(tag), attrs, children);

/** JSON from the server; a refusal becomes an Error carrying the server's code and message. */
export async function getJSON(url, options) {
  const response = await fetch(url, options);
  const body = await response.json().catch(() => ({ message: response.statusText }));
  if (!response.ok) throw Object.assign(new Error(body.message || `HTTP ${response.status}`), { code: body.error });
  return body;
}

export const plural = (n, word) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;

export function debounce(f, ms) {
  let timer = null;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => f(...args), ms); };
}

/** Parameters of a hash route: "#actor/russia?tone=conflictual" -> {name, argument, params}. */
export function parseHash(hash) {
  const [path, query = ""] = hash.replace(/^#/, "").split(/\?(.*)/s);
  const [name, ...rest] = path.split("/");
  return { name, argument: decodeURIComponent(rest.join("/")), params: new URLSearchParams(query) };
}

/** Replace the URL's hash without a new history entry and without a hashchange. */
export function setHash(hash) {
  if (location.hash !== hash) history.replaceState(null, "", hash);
}

/** Offer text as a file to save. */
export function saveFile(blob, name) {
  const link = el("a", { href: URL.createObjectURL(blob), download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
