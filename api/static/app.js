// The page: a SPARQL editor, actor search, actor pages with their neighbourhood and timeline,
// and documents. Everything shown from the data goes through text nodes (el() / textContent),
// never through innerHTML, so a "<script>" in a document is just text.
"use strict";

const TYPE_COLOURS = {
  Person: "#4c78a8", State: "#f58518", Organization: "#54a24b", IntergovernmentalOrganization: "#b279a2",
  Media: "#9d755d", ThinkTank: "#72b7b2", Group: "#e45756", Topic: "#bab0ac", Actor: "#8c8c8c",
};
const GROUP_COLOURS = { cooperative: "#2e9d5b", conflictual: "#d64545", neutral: "#8a8f98", fact: "#3b7dd8" };
const state = { prefixes: {}, lastQuery: null, graph: null };

// --- small helpers ---------------------------------------------------------------------------
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "className") node.className = value;
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}
const $ = (id) => document.getElementById(id);

async function getJSON(url, options) {
  const response = await fetch(url, options);
  const body = await response.json().catch(() => ({ message: response.statusText }));
  if (!response.ok) throw new Error(body.message || `HTTP ${response.status}`);
  return body;
}

function shorten(iri) {
  let best = null;
  for (const [prefix, namespace] of Object.entries(state.prefixes)) {
    if (iri.startsWith(namespace) && (!best || namespace.length > best[1].length)) best = [prefix, namespace];
  }
  return best ? `${best[0]}:${iri.slice(best[1].length)}` : iri;
}

function linkFor(iri) {
  const actor = state.prefixes.actor, doc = state.prefixes.doc;
  if (actor && iri.startsWith(actor)) return "#actor/" + encodeURIComponent(iri.slice(actor.length));
  if (doc && iri.startsWith(doc) && !iri.includes("#")) return "#document/" + encodeURIComponent(iri.slice(doc.length));
  return null;
}

// only web links leave the page: a "javascript:" IRI in the data must not become a live link
function webLink(url, text) {
  return /^https?:\/\//i.test(url) ? el("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, text) : el("span", {}, text);
}

function actorLink(ref) {
  return el("a", { href: "#actor/" + encodeURIComponent(ref.id), className: "actor-link" }, ref.name);
}

function showView(name) {
  for (const view of document.querySelectorAll(".view")) view.hidden = view.id !== "view-" + name;
  for (const link of document.querySelectorAll("nav a[data-view]")) {
    link.classList.toggle("active", link.dataset.view === name);
  }
}

function relationLabel(a) {
  const flags = [a.negated ? "not" : null, a.modality !== "asserted" ? a.modality : null].filter(Boolean);
  return a.relation + (flags.length ? ` (${flags.join(", ")})` : "");
}

// --- query view --------------------------------------------------------------------------------
const editor = CodeMirror.fromTextArea($("query-editor"), {
  mode: "application/sparql-query", lineNumbers: true, matchBrackets: true, viewportMargin: Infinity,
  extraKeys: { "Ctrl-Enter": () => runQuery(), "Cmd-Enter": () => runQuery() },
});

async function loadExamples() {
  const data = await getJSON("examples");
  state.prefixes = data.prefixes;
  const list = $("examples");
  list.replaceChildren();
  data.examples.forEach((example, index) => {
    list.append(el("li", {}, el("button", {
      type: "button", className: "example", "data-index": index, title: example.query,
      onclick: () => { location.hash = "#query"; editor.setValue(example.query); runQuery(); },
    }, example.title)));
  });
}

function cellContent(term) {
  if (!term) return "";
  if (term.type === "uri") {
    const target = linkFor(term.value);
    const label = shorten(term.value);
    return target ? el("a", { href: target, title: term.value }, label) : el("span", { className: "iri", title: term.value }, label);
  }
  if (term.type === "bnode") return el("span", { className: "bnode" }, "_:" + term.value);
  const suffix = term["xml:lang"] ? "@" + term["xml:lang"] : "";
  return el("span", { className: "literal" }, term.value, suffix ? el("small", {}, suffix) : null);
}

function sortKey(term) {
  if (!term) return "";
  const number = Number(term.value);
  return term.datatype && !Number.isNaN(number) ? number : term.value.toLowerCase();
}

function renderTable(table, vars, rows) {
  let order = { column: null, ascending: true };
  const draw = () => {
    const sorted = order.column === null ? rows : [...rows].sort((x, y) => {
      const a = sortKey(x[order.column]), b = sortKey(y[order.column]);
      return (a < b ? -1 : a > b ? 1 : 0) * (order.ascending ? 1 : -1);
    });
    const head = el("tr", {}, vars.map((v) => el("th", {
      scope: "col", className: order.column === v ? (order.ascending ? "sorted-asc" : "sorted-desc") : null,
      onclick: () => { order = { column: v, ascending: order.column === v ? !order.ascending : true }; draw(); },
    }, v)));
    const body = sorted.map((row) => el("tr", {}, vars.map((v) => el("td", {}, cellContent(row[v])))));
    table.replaceChildren(el("thead", {}, head), el("tbody", {}, body));
  };
  draw();
}

async function runQuery() {
  const query = editor.getValue();
  const status = $("status");
  status.className = "status";
  status.textContent = "Running…";
  const started = performance.now();
  try {
    const response = await fetch("sparql", {
      method: "POST", body: new URLSearchParams({ query }),
      headers: { Accept: "application/sparql-results+json, text/turtle;q=0.9" },
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (!response.ok) {
      const error = await response.json().catch(() => ({ message: response.statusText }));
      throw new Error(error.message);
    }
    state.lastQuery = query;
    $("download-csv").disabled = $("download-json").disabled = false;
    const kind = response.headers.get("content-type") || "";
    if (!kind.includes("json")) {
      const text = await response.text();
      $("results").replaceChildren(el("tbody", {}, el("tr", {}, el("td", {}, el("pre", {}, text)))));
      status.textContent = `Graph answer in ${seconds} s`;
      return;
    }
    const data = await response.json();
    if ("boolean" in data) {
      $("results").replaceChildren(el("tbody", {}, el("tr", {}, el("td", { className: "boolean" }, data.boolean ? "yes" : "no"))));
      status.textContent = `Answered in ${seconds} s`;
      return;
    }
    const rows = data.results.bindings;
    renderTable($("results"), data.head.vars || [], rows);
    status.textContent = `${rows.length} row${rows.length === 1 ? "" : "s"} in ${seconds} s`;
  } catch (error) {
    status.className = "status error";
    status.textContent = error.message;
    $("results").replaceChildren();
  }
}

async function download(accept, extension) {
  if (!state.lastQuery) return;
  const response = await fetch("sparql", { method: "POST", body: new URLSearchParams({ query: state.lastQuery }), headers: { Accept: accept } });
  const blob = await response.blob();
  const link = el("a", { href: URL.createObjectURL(blob), download: `results.${extension}` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

$("run").addEventListener("click", runQuery);
$("download-csv").addEventListener("click", () => download("text/csv", "csv"));
$("download-json").addEventListener("click", () => download("application/sparql-results+json", "json"));

// --- actor search ------------------------------------------------------------------------------
let suggestTimer = null;
$("search").addEventListener("input", () => {
  clearTimeout(suggestTimer);
  suggestTimer = setTimeout(suggest, 150);
});
$("search").addEventListener("keydown", (event) => {
  if (event.key === "Escape") $("suggestions").hidden = true;
});
document.addEventListener("click", (event) => {
  if (!$("search-form").contains(event.target)) $("suggestions").hidden = true;
});
$("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const q = $("search").value.trim();
  if (q) location.hash = "#search/" + encodeURIComponent(q);
});

async function suggest() {
  const q = $("search").value.trim();
  const list = $("suggestions");
  if (!q) { list.hidden = true; return; }
  const data = await getJSON("actors?" + new URLSearchParams({ q, limit: 8 }));
  list.replaceChildren(...data.items.map((a) => el("li", {}, el("a", {
    href: "#actor/" + encodeURIComponent(a.id), onclick: () => { list.hidden = true; },
  }, el("span", { className: "dot", style: `background:${TYPE_COLOURS[a.types[0]] || TYPE_COLOURS.Actor}` }), a.name,
  el("small", {}, ` ${a.types.join(", ")}`)))));
  list.hidden = data.items.length === 0;
}

async function showSearch(q) {
  showView("search");
  $("search-term").textContent = q;
  const data = await getJSON("actors?" + new URLSearchParams({ q, limit: 100 }));
  const list = $("search-results");
  list.replaceChildren(...data.items.map((a) => el("li", { className: "card" },
    el("a", { href: "#actor/" + encodeURIComponent(a.id), className: "actor-link" }, a.name),
    el("span", { className: "badge", style: `background:${TYPE_COLOURS[a.types[0]] || TYPE_COLOURS.Actor}` }, a.types.join(", ") || "Actor"),
    el("p", { className: "facts" }, `${a.mentions} mentions in ${a.documents} documents`,
      a.aliases.length ? ` · also ${a.aliases.slice(0, 6).join(", ")}` : ""))));
  if (!data.items.length) list.append(el("li", { className: "hint" }, "No actor matches. Try part of a name."));
}

// --- actor page --------------------------------------------------------------------------------
async function showActor(id) {
  showView("actor");
  let actor;
  try {
    actor = await getJSON("actors/" + encodeURIComponent(id));
  } catch (error) {
    $("actor-name").textContent = error.message;
    return;
  }
  $("actor-name").textContent = actor.name;
  const type = actor.types[0] || "Actor";
  $("actor-type").textContent = actor.types.join(", ") || "Actor";
  $("actor-type").style.background = TYPE_COLOURS[type] || TYPE_COLOURS.Actor;
  const facts = [`${actor.mentions} mentions in ${actor.documents} documents`];
  if (actor.aliases.length) facts.push("also called " + actor.aliases.join(", "));
  $("actor-facts").replaceChildren(facts.join(" · "), ...actor.identifiers.map((iri) =>
    el("span", {}, " · ", webLink(iri, shorten(iri)))));
  const relations = [...actor.relations_out.items, ...actor.relations_in.items];
  drawGraph(actor, relations);
  drawTimeline(actor.timeline);
  relationsTable(relations);
  $("evidence").replaceChildren(el("p", { className: "hint" }, "Choose a relation in the graph or in the table below."));
}

function drawGraph(actor, relations) {
  const nodes = new Map([[actor.iri, { id: actor.iri, label: actor.name, type: actor.types[0] || "Actor", slug: actor.id, focus: 1 }]]);
  const edges = new Map();
  for (const a of relations) {
    for (const ref of [a.subject, a.object]) {
      if (!nodes.has(ref.iri)) nodes.set(ref.iri, { id: ref.iri, label: ref.name, type: ref.type, slug: ref.id, focus: 0 });
    }
    const key = [a.subject.iri, a.relation, a.object.iri, a.negated].join("|");
    if (!edges.has(key)) {
      edges.set(key, { id: "e" + edges.size, source: a.subject.iri, target: a.object.iri, relation: a.relation,
        group: a.group, negated: a.negated ? 1 : 0, label: (a.negated ? "not " : "") + a.relation, assertions: [] });
    }
    edges.get(key).assertions.push(a);
  }
  for (const edge of edges.values()) edge.weight = edge.assertions.length;
  if (state.graph) state.graph.destroy();
  const cy = cytoscape({
    container: $("actor-graph"),
    elements: [...[...nodes.values()].map((data) => ({ data })), ...[...edges.values()].map((data) => ({ data }))],
    maxZoom: 1.6,
    style: [
      { selector: "node", style: {
        "background-color": (n) => TYPE_COLOURS[n.data("type")] || TYPE_COLOURS.Actor, label: "data(label)",
        "font-size": 11, color: "#1d2733", "text-valign": "bottom", "text-margin-y": 4, width: 26, height: 26,
        "text-background-color": "#ffffff", "text-background-opacity": 0.8, "text-background-padding": 2 } },
      { selector: "node[focus = 1]", style: { width: 40, height: 40, "font-weight": "bold", "border-width": 3, "border-color": "#1d2733" } },
      { selector: "edge", style: {
        "line-color": (e) => GROUP_COLOURS[e.data("group")] || GROUP_COLOURS.neutral,
        "target-arrow-color": (e) => GROUP_COLOURS[e.data("group")] || GROUP_COLOURS.neutral,
        "target-arrow-shape": "triangle", "curve-style": "bezier", width: (e) => Math.min(2 + e.data("weight"), 9),
        "font-size": 10, color: "#1d2733", "text-rotation": "autorotate",
        "text-background-color": "#ffffff", "text-background-opacity": 0.9, "text-background-padding": 2 } },
      { selector: "edge[negated = 1]", style: { "line-style": "dashed" } },
      // relation names only where they help: on a small graph, or on the edge under the pointer
      { selector: edges.size <= 8 ? "edge" : "edge.hover, edge:selected", style: { label: "data(label)" } },
      { selector: "edge:selected", style: { "overlay-color": "#ffd166", "overlay-opacity": 0.35 } },
    ],
    layout: { name: "concentric", concentric: (n) => n.data("focus") * 10 + 1, levelWidth: () => 1, minNodeSpacing: 40, padding: 24 },
  });
  cy.on("tap", "edge", (event) => showEvidence(event.target.data("assertions")));
  cy.on("mouseover", "edge", (event) => event.target.addClass("hover"));
  cy.on("mouseout", "edge", (event) => event.target.removeClass("hover"));
  cy.on("tap", "node", (event) => {
    if (!event.target.data("focus")) location.hash = "#actor/" + encodeURIComponent(event.target.data("slug"));
  });
  state.graph = cy;
  window.kgGraph = cy; // for people poking around in the console, and for the browser tests
  const types = [...new Set([...nodes.values()].map((node) => node.type))].sort();
  $("legend").replaceChildren(
    ...types.map((type) => el("span", { className: "legend-item" },
      el("span", { className: "dot", style: `background:${TYPE_COLOURS[type] || TYPE_COLOURS.Actor}` }), type)),
    ...Object.entries(GROUP_COLOURS).map(([group, colour]) => el("span", { className: "legend-item" },
      el("span", { className: "swatch", style: `background:${colour}` }), group)));
}

function showEvidence(assertions) {
  const box = $("evidence");
  box.replaceChildren(el("ul", { className: "evidence-list" }, assertions.map((a) => el("li", {},
    el("div", { className: "evidence-head" }, actorLink(a.subject), " ",
      el("span", { className: "relation", style: `color:${GROUP_COLOURS[a.group] || "inherit"}` }, relationLabel(a)), " ",
      actorLink(a.object)),
    el("blockquote", { className: "sentence" }, a.evidence.sentence),
    el("div", { className: "evidence-meta" }, [
      a.date || "undated",
      a.attributed_to ? ["according to ", actorLink(a.attributed_to)] : null,
      a.condition ? `if: ${a.condition}` : null,
      `confidence ${a.confidence}`,
      el("a", { href: "#document/" + encodeURIComponent(a.document) }, a.document),
    ].filter(Boolean).flatMap((part, i) => (i ? [" · ", part] : [part])))))));
}

function relationsTable(relations) {
  const table = $("actor-relations");
  const head = el("tr", {}, ["Subject", "Relation", "Object", "Date", "Evidence"].map((h) => el("th", { scope: "col" }, h)));
  const rows = relations.map((a) => el("tr", { className: "clickable", onclick: () => showEvidence([a]) },
    el("td", {}, actorLink(a.subject)),
    el("td", {}, el("span", { className: "relation", style: `color:${GROUP_COLOURS[a.group] || "inherit"}` }, relationLabel(a))),
    el("td", {}, actorLink(a.object)), el("td", {}, a.date || ""), el("td", { className: "sentence-cell" }, a.evidence.sentence)));
  table.replaceChildren(el("thead", {}, head), el("tbody", {}, rows));
  if (!relations.length) table.append(el("tbody", {}, el("tr", {}, el("td", { colspan: 5, className: "hint" }, "No relations yet."))));
}

function drawTimeline(points) {
  const box = $("timeline");
  if (!points.length) { box.replaceChildren(el("p", { className: "hint" }, "No dated relations.")); return; }
  const svgNS = "http://www.w3.org/2000/svg";
  const svg = (tag, attrs, ...children) => {
    const node = document.createElementNS(svgNS, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return node;
  };
  const up = (p) => p.cooperative + p.neutral + p.fact;
  const maxUp = Math.max(1, ...points.map(up)), maxDown = Math.max(1, ...points.map((p) => p.conflictual));
  const width = Math.max(320, points.length * 34 + 60), height = 180, axis = 20 + (height - 50) * maxUp / (maxUp + maxDown);
  const scale = (height - 50) / (maxUp + maxDown);
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, width, height, role: "img", "aria-label": "Relations per date" });
  chart.append(svg("line", { x1: 40, x2: width - 10, y1: axis, y2: axis, stroke: "#9aa5b1" }));
  points.forEach((p, i) => {
    const x = 48 + i * 34;
    let y = axis;
    for (const group of ["cooperative", "neutral", "fact"]) {
      const h = p[group] * scale;
      if (h) { y -= h; chart.append(svg("rect", { x, y, width: 22, height: h, fill: GROUP_COLOURS[group] }, svg("title", {}, `${p.date}: ${p[group]} ${group}`))); }
    }
    if (p.conflictual) chart.append(svg("rect", { x, y: axis, width: 22, height: p.conflictual * scale, fill: GROUP_COLOURS.conflictual },
      svg("title", {}, `${p.date}: ${p.conflictual} conflictual`)));
    chart.append(svg("text", { x: x + 11, y: height - 6, "text-anchor": "middle", "font-size": 9, fill: "#4a5562" }, p.date.slice(2)));
  });
  chart.append(svg("text", { x: 4, y: 28, "font-size": 10, fill: GROUP_COLOURS.cooperative }, "▲ coop."));
  chart.append(svg("text", { x: 4, y: height - 24, "font-size": 10, fill: GROUP_COLOURS.conflictual }, "▼ confl."));
  box.replaceChildren(chart);
}

// --- documents ---------------------------------------------------------------------------------
async function showDocuments() {
  showView("documents");
  const data = await getJSON("documents?limit=500");
  const head = el("tr", {}, ["Date", "Title", "Publisher", "Language"].map((h) => el("th", { scope: "col" }, h)));
  const rows = data.items.map((d) => el("tr", {},
    el("td", {}, d.date || ""), el("td", {}, el("a", { href: "#document/" + encodeURIComponent(d.id) }, d.title || d.id)),
    el("td", {}, d.publisher || ""), el("td", {}, d.language || "")));
  $("documents").replaceChildren(el("thead", {}, head), el("tbody", {}, rows));
}

async function showDocument(id) {
  showView("document");
  let doc;
  try {
    doc = await getJSON("documents/" + encodeURIComponent(id));
  } catch (error) {
    $("document-title").textContent = error.message;
    $("document-meta").textContent = "";
    $("document-text").replaceChildren();
    $("document-relations").replaceChildren();
    return;
  }
  const s = doc.summary;
  $("document-title").textContent = s.title || s.id;
  $("document-meta").replaceChildren([s.date, s.publisher, s.language, s.id].filter(Boolean).join(" · "),
    s.url ? el("span", {}, " · ", webLink(s.url, "source")) : "");
  // the evidence sentences are marked in the text by their offsets, still only as text nodes
  const marks = doc.relations.filter((a) => a.evidence.start !== null).sort((x, y) => x.evidence.start - y.evidence.start);
  const parts = [];
  let at = 0;
  for (const a of marks) {
    if (a.evidence.start < at) continue;
    parts.push(doc.text.slice(at, a.evidence.start));
    parts.push(el("mark", { title: `${a.subject.name} ${relationLabel(a)} ${a.object.name}` }, doc.text.slice(a.evidence.start, a.evidence.end)));
    at = a.evidence.end;
  }
  parts.push(doc.text.slice(at));
  $("document-text").replaceChildren(...parts);
  $("document-relations").replaceChildren(...doc.relations.map((a) => el("li", {},
    el("div", { className: "evidence-head" }, actorLink(a.subject), " ",
      el("span", { className: "relation", style: `color:${GROUP_COLOURS[a.group] || "inherit"}` }, relationLabel(a)), " ", actorLink(a.object)),
    el("blockquote", { className: "sentence" }, a.evidence.sentence))));
}

// --- routing -----------------------------------------------------------------------------------
function route() {
  const [name, ...rest] = location.hash.replace(/^#/, "").split("/");
  const argument = decodeURIComponent(rest.join("/"));
  if (name === "actor" && argument) return showActor(argument);
  if (name === "search" && argument) return showSearch(argument);
  if (name === "document" && argument) return showDocument(argument);
  if (name === "documents") return showDocuments();
  showView("query");
  editor.refresh();
}

async function start() {
  fetch("stats").then((r) => r.json()).then((s) => {
    $("counts").textContent = `${s.documents} documents · ${s.actors} actors · ${s.relations} relations`;
  });
  await loadExamples();
  window.addEventListener("hashchange", route);
  route();
}
start();
