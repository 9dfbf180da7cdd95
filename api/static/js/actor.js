// An actor's page: its neighbourhood, a timeline and the table of its relations, all three drawn from
// the same filtered list, and next to them the evidence of the relation chosen, its sentence marked
// in its document. The filters start at the project's defaults (asserted, affirmed interactions,
// no actor facts) and live in the URL: #actor/russia?tone=conflictual&modality=any.
import { $, el, getJSON, plural, setHash } from "./dom.js";
import { actorLink, documentLink, legend, relationTag, shorten, toneColour, typeBadge, typeColour } from "./kg.js";
import { pagedTable } from "./table.js";
import { asTime, chartOf, drawChart, timeAxis } from "./charts.js";
import { excerpt, getDocument, spanOf } from "./documents.js";

const TONES = ["cooperative", "conflictual", "neutral"];
const MODALITIES = ["asserted", "hypothetical", "future", "conditional"];
const NEGATION = { affirmed: "affirmed only", negated: "negated only", any: "affirmed and negated" };
const DEFAULTS = { tone: TONES, modality: ["asserted"], negated: "affirmed", facts: false, relation: "", from: "", to: "" };
const RELATIONS_LIMIT = 1000;

let actor = null, relations = [], filters = { ...DEFAULTS }, table = null, graph = null;

// --- filters -----------------------------------------------------------------------------------
function readFilters(params) {
  const list = (name, known) => (params.has(name) ? params.get(name).split(",").filter((v) => known.includes(v)) : DEFAULTS[name]);
  return {
    tone: list("tone", TONES), modality: params.get("modality") === "any" ? MODALITIES : list("modality", MODALITIES),
    negated: NEGATION[params.get("negated")] ? params.get("negated") : DEFAULTS.negated,
    facts: params.get("facts") === "true", relation: params.get("relation") || "", from: params.get("from") || "", to: params.get("to") || "",
  };
}

function writeFilters() {
  const params = new URLSearchParams();
  const same = (a, b) => a.length === b.length && a.every((v) => b.includes(v));
  if (!same(filters.tone, DEFAULTS.tone)) params.set("tone", filters.tone.join(","));
  if (!same(filters.modality, DEFAULTS.modality)) params.set("modality", same(filters.modality, MODALITIES) ? "any" : filters.modality.join(","));
  if (filters.negated !== DEFAULTS.negated) params.set("negated", filters.negated);
  if (filters.facts) params.set("facts", "true");
  for (const name of ["relation", "from", "to"]) if (filters[name]) params.set(name, filters[name]);
  const query = params.toString();
  setHash("#actor/" + encodeURIComponent(actor.id) + (query ? "?" + query : ""));
}

/** Whether a relation passes the filters; the timeline, which is how dates are chosen, ignores the date range. */
function passes(a, { dates = true } = {}) {
  const f = filters;
  return (a.group === "fact" ? f.facts : f.tone.includes(a.group))
    && f.modality.includes(a.modality)
    && (f.negated === "any" || (f.negated === "negated") === a.negated)
    && (!f.relation || a.relation === f.relation)
    && (!dates || ((!f.from || (a.date && a.date >= f.from)) && (!f.to || (a.date && a.date <= f.to))));
}

/** What the shown relations are, in words: every figure on the page says what it counts. */
function describe({ dates = true } = {}) {
  const f = filters;
  const parts = [
    f.modality.length === MODALITIES.length ? "any modality" : f.modality.join(" or "),
    NEGATION[f.negated],
    f.relation ? `“${f.relation}” only` : f.tone.length === TONES.length ? "every tone" : f.tone.join(" and "),
    f.facts ? "actor facts included" : "actor facts hidden",
  ];
  if (dates && (f.from || f.to)) parts.push(`dated ${f.from || "…"} to ${f.to || "…"}`);
  return parts.join(", ");
}

function chip(name, value, colour, count) {
  return el("label", { className: "chip" },
    el("input", { type: "checkbox", name, value, checked: filters[name].includes(value), onchange: (event) => {
      filters[name] = event.target.checked ? [...filters[name], value] : filters[name].filter((v) => v !== value);
      update();
    } }),
    colour ? el("span", { className: "swatch", style: { background: colour } }) : null, value, el("small", {}, ` ${count}`));
}

function drawFilters() {
  const count = (test) => relations.filter(test).length;
  const names = [...new Set(relations.map((a) => a.relation))].sort();
  const set = (name) => (event) => { filters[name] = event.target.value; update(); };
  $("actor-filters").replaceChildren(
    el("fieldset", {}, el("legend", {}, "Tone"), TONES.map((t) => chip("tone", t, toneColour(t), count((a) => a.group === t)))),
    el("fieldset", {}, el("legend", {}, "Modality"), MODALITIES.map((m) => chip("modality", m, null, count((a) => a.modality === m)))),
    el("label", {}, "Negation ", el("select", { name: "negated", onchange: set("negated") },
      Object.entries(NEGATION).map(([value, text]) => el("option", { value, selected: filters.negated === value }, text)))),
    el("label", {}, "Relation ", el("select", { name: "relation", onchange: set("relation") },
      el("option", { value: "" }, "all"),
      names.map((n) => el("option", { value: n, selected: filters.relation === n }, `${n} (${count((a) => a.relation === n)})`)))),
    el("label", {}, "From ", el("input", { type: "date", name: "from", value: filters.from, onchange: set("from") })),
    el("label", {}, "to ", el("input", { type: "date", name: "to", value: filters.to, onchange: set("to") })),
    el("label", { className: "chip" }, el("input", { type: "checkbox", name: "hide-facts", checked: !filters.facts,
      onchange: (event) => { filters.facts = !event.target.checked; update(); } }),
    el("span", { className: "swatch", style: { background: toneColour("fact") } }), "hide facts", el("small", {}, ` ${count((a) => a.group === "fact")}`)),
    el("button", { type: "button", onclick: () => { filters = { ...DEFAULTS }; drawFilters(); update(); } }, "Defaults"),
    el("button", { type: "button", onclick: () => { filters = { ...DEFAULTS, tone: TONES, modality: MODALITIES, negated: "any", facts: true }; drawFilters(); update(); } }, "Show all"),
  );
}

// --- the page ------------------------------------------------------------------------------------
export async function showActor(id, params) {
  if (!actor || actor.id !== id) {
    $("actor-name").textContent = "…";
    try {
      // everything, qualifiers and facts included: the page filters in the browser
      actor = await getJSON("actors/" + encodeURIComponent(id) + "?" + new URLSearchParams({ limit: RELATIONS_LIMIT, facts: "true", negated: "any", modality: "any" }));
    } catch (error) {
      actor = null;
      $("actor-name").textContent = error.message;
      for (const part of ["actor-type", "actor-facts", "actor-filters", "actor-summary", "legend"]) $(part).replaceChildren();
      return;
    }
    relations = [...actor.relations_out.items, ...actor.relations_in.items];
    drawHead();
    table = pagedTable($("actor-relations"), COLUMNS, { pageSize: 50, onSelect: (a) => showEvidence([a]), label: "Relations", empty: "No relation passes these filters." });
    $("evidence").replaceChildren(el("p", { className: "hint" }, "Choose a relation in the table, the graph or the timeline."));
  }
  filters = readFilters(params);
  drawFilters();
  update(false);
}

function drawHead() {
  $("actor-name").textContent = actor.name;
  $("actor-type").replaceChildren(typeBadge(actor.types));
  const facts = [`${plural(actor.mentions, "mention")} in ${plural(actor.documents, "document")}`];
  if (actor.aliases.length) facts.push("also called " + actor.aliases.join(", "));
  $("actor-facts").replaceChildren(facts.join(" · "), ...actor.identifiers.map((iri) =>
    el("span", {}, " · ", /^https?:\/\//i.test(iri) ? el("a", { href: iri, rel: "noopener noreferrer", target: "_blank" }, shorten(iri)) : iri)));
}

function update(rewrite = true) {
  if (rewrite) writeFilters();
  const shown = relations.filter((a) => passes(a));
  const partial = [actor.relations_out, actor.relations_in].some((list) => list.total > list.items.length);
  $("actor-summary").textContent = `${plural(shown.length, "relation")} of ${relations.length} shown: ${describe()}.` +
    (partial ? ` (The newest ${RELATIONS_LIMIT} each way were loaded.)` : "");
  table.setRows(shown);
  drawGraph(shown);
  drawTimeline(relations.filter((a) => passes(a, { dates: false })));
}

// --- the table ---------------------------------------------------------------------------------
const COLUMNS = [
  { label: "Date", cell: (a) => a.date || "", key: (a) => a.date || "", className: "nowrap" },
  { label: "Subject", cell: (a) => actorLink(a.subject), key: (a) => a.subject.name.toLowerCase() },
  { label: "Relation", cell: (a) => el("span", { className: "relation", style: { color: toneColour(a.group) } }, a.relation), key: (a) => a.relation },
  { label: "Object", cell: (a) => actorLink(a.object), key: (a) => a.object.name.toLowerCase() },
  { label: "Negation, modality", key: (a) => `${a.negated ? 0 : 1} ${a.modality}`,
    cell: (a) => [a.negated ? el("span", { className: "flag" }, "not") : null, " ", el("span", { className: a.modality === "asserted" ? "muted" : "flag" }, a.modality)] },
  { label: "Condition", cell: (a) => a.condition || "", key: (a) => (a.condition || "").toLowerCase() },
  { label: "Claimed by", cell: (a) => (a.attributed_to ? actorLink(a.attributed_to) : ""), key: (a) => (a.attributed_to ? a.attributed_to.name.toLowerCase() : "") },
  { label: "Evidence", cell: (a) => el("span", { className: "sentence-cell" }, a.evidence.sentence), key: (a) => a.evidence.sentence, className: "wide" },
];

// --- evidence ----------------------------------------------------------------------------------
function qualifiers(a) {
  const row = (name, value) => (value ? [el("dt", {}, name), el("dd", {}, value)] : null);
  return el("dl", { className: "qualifiers" },
    row("Negated", a.negated ? "yes — the sentence says it did not happen" : "no"),
    row("Modality", a.modality),
    row("Condition", a.condition),
    row("Claimed by", a.attributed_to ? actorLink(a.attributed_to) : "the document itself"),
    row("Confidence", String(a.confidence)),
    row("Date", a.date || "undated"));
}

async function showEvidence(list) {
  const box = $("evidence");
  if (list.length > 1) {
    box.replaceChildren(el("p", { className: "hint" }, `${plural(list.length, "statement")} behind this line; choose one.`),
      el("ul", { className: "evidence-list" }, list.map((a) => el("li", { className: "clickable", onclick: () => table.select(a) },
        el("div", { className: "evidence-head" }, relationTag(a), " · ", a.date || "undated"),
        el("blockquote", { className: "sentence" }, a.evidence.sentence)))));
    return;
  }
  const [a] = list;
  const key = a.id.split("/").pop();
  const title = el("p", { className: "document-title" }, a.document);
  const context = el("div", { className: "document-excerpt" }, el("p", { className: "hint" }, "Reading the document…"));
  box.replaceChildren(
    el("div", { className: "evidence-head" }, actorLink(a.subject), " ", relationTag(a), " ", actorLink(a.object)),
    qualifiers(a),
    el("h3", {}, "In the document"),
    title,
    context,
    el("p", {}, el("a", { href: documentLink(a.document, { a: key }) }, "Open the whole document at this sentence")),
  );
  try {
    const doc = await getDocument(a.document);
    const range = spanOf(doc.text, a);
    title.textContent = [doc.summary.title || doc.summary.id, doc.summary.publisher, doc.summary.date].filter(Boolean).join(" · ");
    context.replaceChildren(el("div", { className: "document-text" }, range ? excerpt(doc.text, range) : el("mark", { className: "current" }, a.evidence.sentence)));
    const mark = context.querySelector("mark.current");
    context.scrollTop = mark.offsetTop - 48; // the sentence in view with a little of what leads to it (the box is its offsetParent)
  } catch (error) {
    context.replaceChildren(el("blockquote", { className: "sentence" }, a.evidence.sentence), el("p", { className: "hint" }, error.message));
  }
}

// --- the neighbourhood ---------------------------------------------------------------------------
function drawGraph(shown) {
  const nodes = new Map([[actor.iri, { id: actor.iri, label: actor.name, type: actor.types[0] || "Actor", slug: actor.id, focus: 1 }]]);
  const edges = new Map();
  for (const a of shown) {
    for (const ref of [a.subject, a.object]) {
      if (!nodes.has(ref.iri)) nodes.set(ref.iri, { id: ref.iri, label: ref.name, type: ref.type, slug: ref.id, focus: 0 });
    }
    const key = [a.subject.iri, a.relation, a.object.iri, a.negated, a.modality].join("|");
    if (!edges.has(key)) {
      edges.set(key, { id: "e" + edges.size, source: a.subject.iri, target: a.object.iri, group: a.group,
        negated: a.negated ? 1 : 0, hedged: a.modality === "asserted" ? 0 : 1,
        label: (a.negated ? "not " : "") + a.relation + (a.modality === "asserted" ? "" : ` (${a.modality})`), assertions: [] });
    }
    edges.get(key).assertions.push(a);
  }
  if (graph) graph.destroy();
  graph = window.cytoscape({
    container: $("actor-graph"),
    elements: [...[...nodes.values()].map((data) => ({ data })), ...[...edges.values()].map((data) => ({ data: { ...data, weight: data.assertions.length } }))],
    maxZoom: 1.6,
    style: [
      { selector: "node", style: {
        "background-color": (n) => typeColour(n.data("type")), label: "data(label)", "border-width": 1, "border-color": "#3d4855",
        "font-size": 11, color: "#1d2733", "text-valign": "bottom", "text-margin-y": 4, width: 26, height: 26,
        "text-background-color": "#ffffff", "text-background-opacity": 0.8, "text-background-padding": 2 } },
      { selector: "node[focus = 1]", style: { width: 40, height: 40, "font-weight": "bold", "border-width": 3, "border-color": "#1d2733" } },
      { selector: "edge", style: {
        "line-color": (e) => toneColour(e.data("group")), "target-arrow-color": (e) => toneColour(e.data("group")),
        "target-arrow-shape": "triangle", "curve-style": "bezier", width: (e) => Math.min(2 + e.data("weight"), 9),
        "font-size": 10, color: "#1d2733", "text-rotation": "autorotate",
        "text-background-color": "#ffffff", "text-background-opacity": 0.9, "text-background-padding": 2 } },
      { selector: "edge[hedged = 1]", style: { "line-style": "dotted" } },
      { selector: "edge[negated = 1]", style: { "line-style": "dashed", "target-arrow-shape": "tee" } },
      // relation names only where they help: on a small graph, or on the edge under the pointer
      { selector: edges.size <= 8 ? "edge" : "edge.hover, edge:selected", style: { label: "data(label)" } },
      { selector: "edge:selected", style: { "overlay-color": "#ffd166", "overlay-opacity": 0.35 } },
    ],
    layout: { name: "concentric", concentric: (n) => n.data("focus") * 10 + 1, levelWidth: () => 1, minNodeSpacing: 40, padding: 24 },
  });
  graph.on("tap", "edge", (event) => showEvidence(event.target.data("assertions")));
  graph.on("mouseover", "edge", (event) => event.target.addClass("hover"));
  graph.on("mouseout", "edge", (event) => event.target.removeClass("hover"));
  graph.on("tap", "node", (event) => {
    if (!event.target.data("focus")) location.hash = "#actor/" + encodeURIComponent(event.target.data("slug"));
  });
  window.kgGraph = graph; // for the console, and for the browser tests
  const types = [...new Set([...nodes.values()].map((node) => node.type))].sort();
  const groups = [...TONES.filter((t) => filters.tone.includes(t)), ...(filters.facts ? ["fact"] : [])];
  $("legend").replaceChildren(legend(types, groups),
    el("div", { className: "legend" },
      el("span", { className: "legend-item" }, el("span", { className: "line-sample dashed" }), "negated"),
      el("span", { className: "legend-item" }, el("span", { className: "line-sample dotted" }), "hypothetical, future or conditional")));
}

// --- the timeline --------------------------------------------------------------------------------
function drawTimeline(shown) {
  const dated = shown.filter((a) => a.date);
  const canvas = $("timeline-canvas");
  $("timeline-note").textContent = dated.length
    ? `Relations per month (${describe({ dates: false })}); conflictual ones below the line. Scroll or drag across a span to zoom, shift-drag to pan, double-click to reset; click a bar to list that month.`
    : "No dated relation passes these filters.";
  const groups = ["cooperative", "neutral", ...(filters.facts ? ["fact"] : []), "conflictual"].filter((g) => g === "fact" || filters.tone.includes(g));
  const months = new Map(); // month start -> {group: count}
  for (const a of dated) {
    const month = asTime(a.date.slice(0, 7));
    if (!months.has(month)) months.set(month, {});
    const counts = months.get(month);
    counts[a.group] = (counts[a.group] || 0) + 1;
  }
  const starts = [...months.keys()].sort((x, y) => x - y);
  drawChart(canvas, {
    type: "bar",
    data: { datasets: groups.map((group) => ({
      label: group, backgroundColor: toneColour(group), stack: "all",
      data: starts.map((x) => ({ x, y: (months.get(x)[group] || 0) * (group === "conflictual" ? -1 : 1) })),
    })) },
    options: {
      parsing: { xAxisKey: "x", yAxisKey: "y" },
      scales: {
        x: timeAxis({ stacked: true, minUnit: "month", tooltipFormat: "MMMM yyyy" }),
        y: { stacked: true, ticks: { precision: 0, callback: (value) => Math.abs(value) }, title: { display: true, text: "relations" } },
      },
      plugins: { tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${Math.abs(item.raw.y)}` } }, legend: { position: "bottom" } },
      onClick: (event, elements, chart) => {
        if (!elements.length) return;
        const start = new Date(chart.data.datasets[elements[0].datasetIndex].data[elements[0].index].x);
        const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
        filters.from = iso(start);
        filters.to = iso(new Date(start.getFullYear(), start.getMonth() + 1, 0));
        drawFilters();
        update();
      },
    },
  }, { zoomable: true });
  canvas.hidden = !dated.length;
}

export function resetTimelineZoom() {
  chartOf($("timeline-canvas"))?.resetZoom();
}
