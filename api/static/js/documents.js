// Documents: the list, one document with every evidence sentence marked in its text, and the
// excerpt around one sentence that the actor page shows next to a relation.
import { $, el, getJSON, setHash } from "./dom.js";
import { actorLink, documentLink, relationTag } from "./kg.js";

const EXCERPT = 700; // characters of context around a sentence, at least
const cache = new Map(); // id -> Promise of the document, so a relation clicked twice costs one request

export function getDocument(id) {
  if (!cache.has(id)) {
    const loading = getJSON("documents/" + encodeURIComponent(id));
    loading.catch(() => cache.delete(id));
    cache.set(id, loading);
  }
  return cache.get(id);
}

/** Where a relation's sentence is in its document's text: the stored offsets, else found by its words. */
export function spanOf(text, a) {
  if (a.evidence.start !== null && a.evidence.end !== null) return [a.evidence.start, a.evidence.end];
  const at = text.indexOf(a.evidence.sentence);
  return at < 0 ? null : [at, at + a.evidence.sentence.length];
}

/** Text with spans marked, as text nodes and <mark>s; ``current`` is marked apart and wins any overlap. */
export function markedText(text, spans, current) {
  const chosen = current ? [current] : [];
  for (const span of [...spans].sort((x, y) => x.range[0] - y.range[0])) {
    if (chosen.every((c) => span.range[1] <= c.range[0] || span.range[0] >= c.range[1])) chosen.push(span);
  }
  chosen.sort((x, y) => x.range[0] - y.range[0]);
  const parts = [];
  let at = 0;
  for (const span of chosen) {
    parts.push(text.slice(at, span.range[0]));
    parts.push(el("mark", { className: span === current ? "current" : null, title: span.title || null }, text.slice(...span.range)));
    at = span.range[1];
  }
  parts.push(text.slice(at));
  return parts;
}

/** The paragraph around a span, with its neighbours while the excerpt is short, the span marked. */
export function excerpt(text, range) {
  const lines = [...text.matchAll(/[^\n]+/g)].map((m) => [m.index, m.index + m[0].length]);
  let first = lines.findIndex(([, end]) => end > range[0]);
  if (first < 0) return markedText(text, [], { range });
  let last = first;
  while (last + 1 < lines.length && lines[last][1] < range[1]) last += 1;
  const size = () => lines[last][1] - lines[first][0];
  while (size() < EXCERPT && (first > 0 || last + 1 < lines.length)) {
    if (first > 0) first -= 1;
    if (size() < EXCERPT && last + 1 < lines.length) last += 1;
  }
  const [start, end] = [lines[first][0], lines[last][1]];
  const current = { range: [range[0] - start, range[1] - start] };
  return [start > 0 ? "… " : "", ...markedText(text.slice(start, end), [], current), end < text.length ? " …" : ""];
}

export async function showDocuments() {
  const data = await getJSON("documents?limit=1000");
  const head = el("tr", {}, ["Date", "Title", "Publisher", "Language"].map((h) => el("th", { scope: "col" }, h)));
  const rows = data.items.map((d) => el("tr", {},
    el("td", {}, d.date || ""), el("td", {}, el("a", { href: documentLink(d.id) }, d.title || d.id)),
    el("td", {}, d.publisher || ""), el("td", {}, d.language || "")));
  $("documents").replaceChildren(el("thead", {}, head), el("tbody", {}, rows));
}

/** One document; params ``a`` (an assertion's key) or ``at`` (start-end) pick the passage to mark and scroll to. */
export async function showDocument(id, params) {
  let doc;
  try {
    doc = await getDocument(id);
  } catch (error) {
    $("document-title").textContent = error.message;
    for (const part of ["document-meta", "document-text", "document-relations"]) $(part).replaceChildren();
    return;
  }
  const s = doc.summary;
  $("document-title").textContent = s.title || s.id;
  $("document-meta").replaceChildren([s.date, s.publisher, s.language, s.id].filter(Boolean).join(" · "),
    /^https?:\/\//i.test(s.url || "") ? el("span", {}, " · ", el("a", { href: s.url, rel: "noopener noreferrer", target: "_blank" }, "source")) : "");
  const spans = doc.relations.map((a) => ({ a, range: spanOf(doc.text, a), title: `${a.subject.name} ${a.relation} ${a.object.name}` })).filter((x) => x.range);
  const draw = (current) => {
    $("document-text").replaceChildren(...markedText(doc.text, spans, current));
    $("document-text").querySelector("mark.current")?.scrollIntoView({ block: "center" });
    for (const item of $("document-relations").children) item.classList.toggle("current", !!current && item.kgSpan === current);
  };
  $("document-relations").replaceChildren(...spans.map((span) => {
    const key = span.a.id.split("/").pop();
    const item = el("li", { className: "clickable", onclick: (event) => {
      if (event.target.closest("a")) return;
      setHash(documentLink(id, { a: key }));
      draw(span);
    } },
    el("div", { className: "evidence-head" }, actorLink(span.a.subject), " ", relationTag(span.a), " ", actorLink(span.a.object)),
    el("blockquote", { className: "sentence" }, span.a.evidence.sentence));
    item.kgSpan = span;
    return item;
  }));
  const key = params.get("a"), at = (params.get("at") || "").split("-").map(Number);
  const current = key ? spans.find((span) => span.a.id.endsWith("/" + key))
    : at.length === 2 && at.every(Number.isFinite) ? { range: at, title: "the mention" } : null;
  draw(current || null);
}
