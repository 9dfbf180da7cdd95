// A query's answer as a table, a chart or a graph. Which views fit is read from the answer itself:
// a chart when a label column meets a numeric one (a line over time when the labels are dates, bars
// otherwise), a graph for CONSTRUCT and DESCRIBE or when two columns hold IRIs.
import { el, plural } from "./dom.js";
import { pagedTable } from "./table.js";
import { asTime, drawChart, timeAxis } from "./charts.js";
import { legend, pageLink, relationGroup, seriesColours, shorten, site, toneColour, typeColour } from "./kg.js";

const XSD = "http://www.w3.org/2001/XMLSchema#";
const NUMERIC = /^(integer|decimal|double|float|int|long|short|byte|(non)?(negative|positive)Integer|unsigned\w+)$/;
const TEMPORAL = new Set(["date", "dateTime", "gYear", "gYearMonth"]);
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const LABELS = ["http://www.w3.org/2004/02/skos/core#prefLabel", "http://www.w3.org/2000/01/rdf-schema#label", "http://purl.org/dc/terms/title"];
const MAX_BARS = 50, MAX_SERIES = 12, MAX_EDGES = 500, CHART_FIRST = 200;

// --- terms -------------------------------------------------------------------------------------
const isIRI = (term) => term && (term.type === "uri" || term.type === "bnode");
const isNumeric = (term) => term && term.type === "literal" && !!term.datatype && term.datatype.startsWith(XSD) && NUMERIC.test(term.datatype.slice(XSD.length));
const isTemporal = (term) => term && term.type === "literal" && (TEMPORAL.has((term.datatype || "").slice(XSD.length)) || !Number.isNaN(asTime(term.value)));

/** A term as text: prefixed IRI, blank node, or the literal's value (no language tag or datatype). */
export const termText = (term) => (!term ? "" : term.type === "uri" ? shorten(term.value) : term.type === "bnode" ? "_:" + term.value : term.value);

export function termCell(term) {
  if (!term) return "";
  if (term.type === "bnode") return el("span", { className: "bnode" }, "_:" + term.value);
  if (term.type === "uri") {
    const target = pageLink(term.value);
    const group = relationGroup(term.value);
    const text = shorten(term.value);
    if (target) return el("a", { href: target, title: term.value }, text);
    return el("span", { className: "iri", title: term.value },
      group ? el("span", { className: "swatch", style: { background: toneColour(group) }, title: group }) : null, text);
  }
  // the language tag and datatype stay out of the cell (no "@en" clutter), in its tooltip
  const about = term["xml:lang"] ? `@${term["xml:lang"]}` : term.datatype ? shorten(term.datatype) : null;
  return el("span", { className: isNumeric(term) ? "literal number" : "literal", title: about }, term.value);
}

function termKey(term) {
  if (!term) return "";
  return isNumeric(term) ? Number(term.value) : termText(term).toLowerCase();
}

// --- what fits ---------------------------------------------------------------------------------
/** Views that fit an answer, the one to show first, and the chart's and graph's plans. */
export function plan(result) {
  if (result.kind === "ask") return { views: ["table"], preferred: "table" };
  const chart = result.kind === "select" ? chartPlan(result.vars, result.rows) : null;
  const graph = graphPlan(result);
  const views = ["table", chart && "chart", graph && "graph"].filter(Boolean);
  const chartUsesAll = chart && result.vars.every((v) => [chart.label, chart.pivot, ...chart.values].includes(v));
  const preferred = result.kind === "graph" ? "graph" : chartUsesAll && result.rows.length <= CHART_FIRST ? "chart" : "table";
  return { views, preferred, chart, graph };
}

function chartPlan(vars, rows) {
  if (!rows.length) return null;
  const bound = (v) => rows.filter((row) => row[v]);
  const values = vars.filter((v) => bound(v).length && bound(v).every((row) => isNumeric(row[v])));
  const labels = vars.filter((v) => !values.includes(v) && bound(v).length);
  if (!values.length || !labels.length) return null;
  const temporal = labels.find((v) => bound(v).every((row) => isTemporal(row[v])));
  const literal = labels.find((v) => bound(v).every((row) => row[v].type === "literal"));
  const label = temporal || literal || labels[0];
  const distinct = (v) => new Set(rows.map((row) => termText(row[v]))).size;
  // long format (month, group, count): the second label column becomes the series
  const pivot = values.length === 1 && labels.find((v) => v !== label && distinct(v) <= MAX_SERIES && distinct(label) < rows.length) || null;
  return { label, values, pivot, temporal: !!temporal };
}

function graphPlan(result) {
  if (result.kind === "graph") return { triples: true };
  const { vars, rows } = result;
  const properties = new Set(site.terms.filter((t) => t.kind === "property").map((t) => t.name));
  // a column of the ontology's properties (?p, ?relation) labels the edges; columns holding IRIs are their ends
  const edge = vars.find((v) => rows.some((row) => row[v]) && rows.every((row) => !row[v] || (row[v].type === "uri" && properties.has(shorten(row[v].value))))) || null;
  const ends = vars.filter((v) => v !== edge && rows.some((row) => isIRI(row[v])));
  if (ends.length < 2) return null;
  const nameOf = (v) => {
    const next = vars[vars.indexOf(v) + 1];
    return next && next !== edge && !ends.includes(next) && rows.every((row) => !row[next] || row[next].type === "literal") ? next : null;
  };
  // the ends either side of the edge column (?s ?p ?o), else the first and the last
  const at = (v) => vars.indexOf(v), cut = edge ? at(edge) : -1;
  const source = ends.filter((v) => at(v) < cut).pop() || ends[0];
  const target = ends.find((v) => at(v) > cut && v !== source) || ends[ends.length - 1];
  return { source, target, edge, sourceName: nameOf(source), targetName: nameOf(target) };
}

// --- table ---------------------------------------------------------------------------------------
export function renderTable(host, result) {
  if (result.kind === "ask") {
    host.replaceChildren(el("p", { className: "boolean" }, result.boolean ? "yes" : "no"));
    return;
  }
  const vars = result.kind === "graph" ? ["subject", "predicate", "object"] : result.vars;
  const rows = result.kind === "graph" ? result.triples : result.rows;
  pagedTable(host, vars.map((v) => ({ label: v, cell: (row) => termCell(row[v]), key: (row) => termKey(row[v]) })),
    { label: "Query results", empty: "No rows match." }).setRows(rows);
}

// --- chart ---------------------------------------------------------------------------------------
/** A colour per name: a tone's or an actor type's own colour where the name is one, else the next unused palette colour. */
function coloursFor(names) {
  const own = names.map((name) => {
    const bare = name.replace(/^kg:/, "");
    const group = site.groupNames.includes(bare) ? bare : relationGroup(site.prefixes.kg + bare);
    return group ? toneColour(group) : site.palette.actor_types[bare] ? typeColour(bare) : null;
  });
  const free = seriesColours().filter((colour) => !own.includes(colour));
  let next = 0;
  return own.map((colour) => colour || free[next++ % free.length]);
}

function seriesOf(plan, rows) {
  if (!plan.pivot) return plan.values.map((v) => ({ name: v, rows: rows.filter((row) => row[v]), value: v }));
  const names = [...new Set(rows.map((row) => termText(row[plan.pivot])))];
  return names.map((name) => ({ name, rows: rows.filter((row) => termText(row[plan.pivot]) === name), value: plan.values[0] }));
}

export function renderChart(host, result, chartPlan) {
  const canvas = el("canvas", { role: "img", "aria-label": "Chart of the results" });
  const box = el("div", { className: "chart-box" }, canvas);
  const note = el("p", { className: "hint" });
  host.replaceChildren(box, note);
  const series = seriesOf(chartPlan, result.rows);
  const colours = coloursFor(series.map((s) => s.name));
  if (chartPlan.temporal) {
    box.style.height = "420px";
    drawChart(canvas, {
      type: "line",
      data: { datasets: series.map((s, i) => ({
        label: s.name, borderColor: colours[i], backgroundColor: colours[i], pointRadius: 3, tension: 0,
        data: s.rows.map((row) => ({ x: asTime(row[chartPlan.label].value), y: Number(row[s.value].value) })).sort((a, b) => a.x - b.x),
      })) },
      options: { parsing: false, scales: { x: timeAxis(), y: { beginAtZero: true, title: { display: true, text: chartPlan.values.join(", ") } } } },
    }, { zoomable: true });
    note.textContent = `${chartPlan.values.join(", ")} over ${chartPlan.label}${chartPlan.pivot ? `, one line per ${chartPlan.pivot}` : ""}. Scroll or drag across a span to zoom, shift-drag to pan, double-click to reset.`;
    return;
  }
  const categories = [...new Set(result.rows.map((row) => termText(row[chartPlan.label])))];
  const shown = categories.slice(0, MAX_BARS);
  const byTone = !chartPlan.pivot && chartPlan.values.length === 1 && shown.every((name) => relationGroup(site.prefixes.kg + name.replace(/^kg:/, "")));
  const barColours = byTone ? coloursFor(shown) : null;
  box.style.height = `${Math.max(160, shown.length * (series.length > 1 ? 12 * series.length : 24) + 70)}px`;
  drawChart(canvas, {
    type: "bar",
    data: {
      labels: shown,
      datasets: series.map((s, i) => {
        const at = new Map(s.rows.map((row) => [termText(row[chartPlan.label]), Number(row[s.value].value)]));
        return {
          label: s.name, data: shown.map((name) => at.get(name) ?? null),
          backgroundColor: byTone ? barColours : colours[i],
        };
      }),
    },
    options: {
      indexAxis: "y",
      scales: { x: { beginAtZero: true, title: { display: true, text: chartPlan.values.join(", ") } }, y: { ticks: { autoSkip: false } } },
      plugins: { legend: { display: !byTone } },
    },
  });
  if (byTone) host.insertBefore(legend([], site.groupNames.filter((g) => barColours.includes(toneColour(g)))), note);
  note.textContent = `${chartPlan.values.join(", ")} by ${chartPlan.label}${chartPlan.pivot ? `, one bar per ${chartPlan.pivot}` : ""}` +
    (categories.length > shown.length ? ` — the first ${shown.length} of ${plural(categories.length, "label")}, in the order of the results.` : ".");
}

// --- graph ---------------------------------------------------------------------------------------
function graphElements(result, graphPlan) {
  const nodes = new Map(), edges = new Map();
  const node = (term, label) => {
    if (!nodes.has(term.value)) nodes.set(term.value, { id: term.value, label: label || termText(term), types: [], props: [] });
    else if (label) nodes.get(term.value).label = label;
    return nodes.get(term.value);
  };
  const edge = (s, p, o) => {
    const key = [s, p, o].join("\u0000");
    if (!edges.has(key)) edges.set(key, { id: "e" + edges.size, source: s, target: o, predicate: p, label: p ? shorten(p) : "", count: 0 });
    edges.get(key).count += 1;
  };
  if (graphPlan.triples) {
    for (const { subject, predicate, object } of result.triples) {
      const from = node(subject);
      if (predicate.value === RDF_TYPE) from.types.push(shorten(object.value));
      else if (object.type === "literal") {
        if (LABELS.includes(predicate.value) && (!object["xml:lang"] || object["xml:lang"] === "en")) from.label = object.value;
        from.props.push([shorten(predicate.value), object.value]);
      } else if (edges.size < MAX_EDGES) {
        node(object);
        edge(subject.value, predicate.value, object.value);
      }
    }
  } else {
    for (const row of result.rows) {
      const s = row[graphPlan.source], o = row[graphPlan.target];
      if (!isIRI(s) || !isIRI(o) || edges.size >= MAX_EDGES) continue;
      node(s, graphPlan.sourceName && row[graphPlan.sourceName]?.value);
      node(o, graphPlan.targetName && row[graphPlan.targetName]?.value);
      edge(s.value, graphPlan.edge && row[graphPlan.edge] ? row[graphPlan.edge].value : "", o.value);
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], complete: edges.size < MAX_EDGES };
}

function nodeColour(data) {
  const type = data.types.map((t) => t.replace(/^kg:/, "")).find((t) => t !== "Actor" && site.palette.actor_types[t]);
  if (type) return typeColour(type);
  return data.id.startsWith(site.prefixes.actor) ? typeColour("Actor") : "#ffffff";
}

function details(data) {
  const link = pageLink(data.id);
  return el("div", {},
    el("h3", {}, data.label),
    el("p", { className: "iri" }, link ? el("a", { href: link }, shorten(data.id)) : shorten(data.id)),
    data.types.length ? el("p", { className: "hint" }, "a ", data.types.join(", ")) : null,
    data.props.length ? el("dl", { className: "props" }, data.props.slice(0, 40).map(([p, v]) => [el("dt", {}, p), el("dd", {}, v)])) : null);
}

export function renderGraph(host, result, graphPlan) {
  const { nodes, edges, complete } = graphElements(result, graphPlan);
  const canvas = el("div", { className: "graph", "aria-label": "The results drawn as a graph" });
  const side = el("aside", { className: "graph-details" }, el("p", { className: "hint" }, "Click a node or an edge to see what it is."));
  const types = [...new Set(nodes.flatMap((n) => n.types.map((t) => t.replace(/^kg:/, ""))).filter((t) => site.palette.actor_types[t]))].sort();
  const groups = site.groupNames.filter((g) => edges.some((e) => relationGroup(e.predicate) === g));
  host.replaceChildren(
    el("div", { className: "graph-view" }, canvas, side),
    legend(types, groups),
    el("p", { className: "hint" }, `${plural(nodes.length, "node")}, ${plural(edges.length, "edge")}` +
      (complete ? "." : ` — the first ${MAX_EDGES} edges; narrow the query to see the rest.`)),
  );
  const cy = window.cytoscape({
    container: canvas,
    elements: [...nodes.map((data) => ({ data })), ...edges.map((data) => ({ data }))],
    maxZoom: 1.5, // a graph of three nodes is not drawn at four times the size of one of thirty
    style: [
      { selector: "node", style: {
        "background-color": (n) => nodeColour(n.data()), "border-width": 1, "border-color": "#5f6b7a", label: "data(label)",
        "font-size": 10, "text-valign": "bottom", "text-margin-y": 3, width: 20, height: 20,
        "text-background-color": "#ffffff", "text-background-opacity": 0.8, "text-background-padding": 1 } },
      { selector: "edge", style: {
        "line-color": (e) => toneColour(relationGroup(e.data("predicate")) || "neutral"),
        "target-arrow-color": (e) => toneColour(relationGroup(e.data("predicate")) || "neutral"),
        "target-arrow-shape": "triangle", "curve-style": "bezier", width: (e) => Math.min(1.5 + e.data("count"), 8),
        "font-size": 9, "text-rotation": "autorotate", "text-background-color": "#ffffff", "text-background-opacity": 0.9 } },
      { selector: edges.length <= 12 ? "edge" : "edge:selected", style: { label: "data(label)" } },
      { selector: ":selected", style: { "overlay-color": "#ffd166", "overlay-opacity": 0.35 } },
    ],
    layout: { name: nodes.length > 400 ? "grid" : "cose", animate: false, padding: 20 },
  });
  cy.on("tap", "node", (event) => side.replaceChildren(details(event.target.data())));
  cy.on("tap", "edge", (event) => {
    const data = event.target.data();
    const end = (id) => details(cy.getElementById(id).data());
    side.replaceChildren(el("h3", {}, data.label || "linked"), el("p", { className: "hint" }, plural(data.count, "row")), end(data.source), end(data.target));
  });
  window.kgResultGraph = cy; // for the console, and for the browser tests
}

/** Triples of an expanded JSON-LD answer (what the endpoint sends for CONSTRUCT and DESCRIBE). */
export function triplesOf(jsonld) {
  const triples = [];
  const term = (value) => ("@id" in value
    ? { type: value["@id"].startsWith("_:") ? "bnode" : "uri", value: value["@id"].replace(/^_:/, "") }
    : { type: "literal", value: String(value["@value"]), ...(value["@language"] ? { "xml:lang": value["@language"] } : {}), ...(value["@type"] ? { datatype: value["@type"] } : {}) });
  for (const object of Array.isArray(jsonld) ? jsonld : jsonld["@graph"] || [jsonld]) {
    const subject = term({ "@id": object["@id"] });
    for (const [key, values] of Object.entries(object)) {
      if (key === "@id") continue;
      for (const value of [].concat(values)) {
        const predicate = { type: "uri", value: key === "@type" ? RDF_TYPE : key };
        triples.push({ subject, predicate, object: key === "@type" ? { type: "uri", value } : term(value) });
      }
    }
  }
  return triples;
}
