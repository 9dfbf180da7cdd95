// The query view: a SPARQL editor with tabs, a history and permalinks, in the manner of YASGUI.
// The URL holds the query and the chosen view (#query?query=…&view=chart), so a link reproduces
// the result; tabs and the history live in this browser's localStorage.
import { $, el, plural, saveFile, setHash } from "./dom.js";
import { site } from "./kg.js";
import { completeWhileTyping, sparqlHints } from "./complete.js";
import { plan, renderChart, renderGraph, renderTable, triplesOf } from "./results.js";

const TABS_KEY = "kg.query.tabs", HISTORY_KEY = "kg.query.history", HISTORY_SIZE = 50;
const ACCEPT = "application/sparql-results+json, application/ld+json;q=0.9";
const RENDER = { table: renderTable, chart: (host, tab) => renderChart(host, tab.result, tab.plan.chart), graph: (host, tab) => renderGraph(host, tab.result, tab.plan.graph) };
const DOWNLOADS = {
  select: [["CSV", "text/csv", "csv"], ["JSON", "application/sparql-results+json", "json"]],
  ask: [["JSON", "application/sparql-results+json", "json"]],
  graph: [["Turtle", "text/turtle", "ttl"], ["JSON-LD", "application/ld+json", "jsonld"]],
};

let editor = null;
let tabs = [], active = null, running = null, errorMarks = [];

// --- storage -------------------------------------------------------------------------------------
function load(key, fallback) {
  try { return JSON.parse(localStorage.getItem(key)) ?? fallback; } catch { return fallback; }
}
function store(key, value) {
  try { localStorage.setItem(key, JSON.stringify(value)); } catch { /* storage full or disabled: the page works without it */ }
}
const saveTabs = () => store(TABS_KEY, { active: active && active.id, tabs: tabs.map((t) => ({ id: t.id, title: t.title, query: t.doc.getValue() })) });
const history = () => load(HISTORY_KEY, []);

function remember(query, count) {
  const entries = [{ query, at: new Date().toISOString(), count }, ...history().filter((h) => h.query !== query)];
  store(HISTORY_KEY, entries.slice(0, HISTORY_SIZE));
  drawHistory();
}

// --- tabs ----------------------------------------------------------------------------------------
function newTab(query, title) {
  const tab = { id: Date.now().toString(36) + Math.random().toString(36).slice(2, 6), title: title || nextTitle(), doc: CodeMirror.Doc(query, "application/sparql-query"), result: null, plan: null, view: null, viewChosen: false };
  tabs.push(tab);
  return tab;
}

function nextTitle() {
  const used = new Set(tabs.map((t) => t.title));
  let n = 1;
  while (used.has(`Query ${n}`)) n += 1;
  return `Query ${n}`;
}

function activate(tab) {
  active = tab;
  editor.swapDoc(tab.doc);
  clearError();
  drawTabs();
  drawResult();
  saveTabs();
}

function closeTab(tab) {
  const index = tabs.indexOf(tab);
  tabs.splice(index, 1);
  if (!tabs.length) tabs.push(newTab(site.examples[0]?.query || "SELECT * WHERE { ?s ?p ?o } LIMIT 10"));
  if (active === tab) activate(tabs[Math.min(index, tabs.length - 1)]);
  else { drawTabs(); saveTabs(); }
}

function drawTabs() {
  $("query-tabs").replaceChildren(
    ...tabs.map((tab) => el("div", { className: tab === active ? "query-tab active" : "query-tab", role: "tab", "aria-selected": String(tab === active) },
      el("button", { type: "button", className: "tab-title", onclick: () => tab !== active && activate(tab),
        ondblclick: () => { const title = prompt("Name of this tab", tab.title); if (title) { tab.title = title; drawTabs(); saveTabs(); } },
        title: "Click to open, double-click to rename" }, tab.title),
      el("button", { type: "button", className: "tab-close", "aria-label": `Close ${tab.title}`, onclick: () => closeTab(tab) }, "×"))),
    el("button", { type: "button", className: "tab-new", title: "New tab", "aria-label": "New tab", onclick: () => activate(newTab(active.doc.getValue())) }, "+"),
  );
}

// --- sidebar: examples and history -----------------------------------------------------------
function drawExamples() {
  $("examples").replaceChildren(...site.examples.map((example) => el("li", {}, el("button", {
    type: "button", className: "example", title: example.query,
    onclick: () => openQuery(example.query, example.title),
  }, example.title))));
}

function ago(iso) {
  const minutes = Math.round((Date.now() - Date.parse(iso)) / 60000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min ago`;
  if (minutes < 48 * 60) return `${Math.round(minutes / 60)} h ago`;
  return new Date(iso).toLocaleDateString("en");
}

function drawHistory() {
  const entries = history();
  $("history").replaceChildren(...entries.map((h) => el("li", {}, el("button", {
    type: "button", className: "example history-entry", title: h.query, onclick: () => openQuery(h.query),
  }, el("code", {}, h.query.replace(/\s+/g, " ").slice(0, 90)), el("small", {}, `${plural(h.count, "row")} · ${ago(h.at)}`)))));
  if (!entries.length) $("history").append(el("li", { className: "hint" }, "Queries you run are kept here, in this browser."));
  $("clear-history").hidden = !entries.length;
}

function showSide(name) {
  for (const button of document.querySelectorAll(".side-tabs button")) button.classList.toggle("active", button.dataset.side === name);
  $("examples").hidden = name !== "examples";
  $("history-box").hidden = name !== "history";
}

/** Put a query in the current tab (a new one if the current has a result of another query) and run it. */
function openQuery(query, title) {
  if (active.result && active.doc.getValue() !== query) activate(newTab(query, title));
  else {
    active.doc.setValue(query);
    if (title) active.title = title;
    drawTabs();
  }
  active.view = null; // a new query opens in the view that fits it best
  active.viewChosen = false;
  run();
}

// --- running -------------------------------------------------------------------------------------
function setStatus(text, error = false) {
  $("status").className = error ? "status error" : "status";
  $("status").textContent = text;
}

function permalink(tab) {
  const params = new URLSearchParams({ query: tab.result ? tab.result.query : tab.doc.getValue() });
  if (tab.view && tab.plan && tab.view !== tab.plan.preferred) params.set("view", tab.view);
  return "#query?" + params.toString();
}

function answer(data, type) {
  if (type.includes("ld+json")) return { kind: "graph", triples: triplesOf(data) };
  if ("boolean" in data) return { kind: "ask", boolean: data.boolean };
  return { kind: "select", vars: data.head.vars || [], rows: data.results.bindings };
}

const size = (result) => (result.kind === "select" ? result.rows.length : result.kind === "graph" ? result.triples.length : 1);

async function run() {
  if (running) running.abort();
  const tab = active, query = tab.doc.getValue(), controller = new AbortController();
  running = controller;
  clearError();
  setStatus("Running…");
  $("run").textContent = "Cancel";
  const started = performance.now();
  try {
    const response = await fetch("sparql", { method: "POST", body: new URLSearchParams({ query }), headers: { Accept: ACCEPT }, signal: controller.signal });
    if (!response.ok) {
      const body = await response.json().catch(() => ({ message: response.statusText }));
      throw Object.assign(new Error(body.message || `HTTP ${response.status}`), { code: body.error });
    }
    const result = answer(await response.json(), response.headers.get("content-type") || "");
    const seconds = (performance.now() - started) / 1000;
    tab.result = { ...result, query, seconds };
    tab.plan = plan(result);
    // the view someone chose stays while it fits; otherwise the one that fits this answer best
    if (!tab.viewChosen || !tab.plan.views.includes(tab.view)) tab.view = tab.plan.preferred;
    remember(query, size(result));
    if (tab === active) {
      setHash(permalink(tab));
      drawResult();
    }
  } catch (error) {
    if (error.name === "AbortError") { setStatus("Cancelled."); return; }
    tab.result = tab.plan = null;
    if (tab === active) {
      drawResult();
      setStatus(error.message, true);
      if (error.code === "E501") markError(error.message);
    }
  } finally {
    if (running === controller) {
      running = null;
      $("run").textContent = "Run query";
    }
  }
}

function drawResult() {
  const tab = active, box = $("result");
  for (const button of document.querySelectorAll(".view-switch button")) {
    button.disabled = !tab.plan || !tab.plan.views.includes(button.dataset.view);
    button.classList.toggle("active", !!tab.plan && button.dataset.view === tab.view);
    button.setAttribute("aria-pressed", String(!!tab.plan && button.dataset.view === tab.view));
  }
  const kinds = tab.result ? DOWNLOADS[tab.result.kind] : [];
  $("downloads").replaceChildren(...kinds.map(([label, accept, extension]) =>
    el("button", { type: "button", onclick: () => download(tab.result.query, accept, extension) }, label)));
  if (!tab.result) { box.replaceChildren(); setStatus(""); return; }
  const { result } = tab;
  const what = result.kind === "select" ? plural(result.rows.length, "row") : result.kind === "graph" ? plural(result.triples.length, "triple") : "Answered";
  setStatus(`${what} in ${result.seconds.toFixed(2)} s`);
  RENDER[tab.view](box, tab.view === "table" ? result : tab);
}

function chooseView(view) {
  if (!active.plan || !active.plan.views.includes(view)) return;
  active.view = view;
  active.viewChosen = true;
  setHash(permalink(active));
  drawResult();
}

async function download(query, accept, extension) {
  const response = await fetch("sparql", { method: "POST", body: new URLSearchParams({ query }), headers: { Accept: accept } });
  saveFile(await response.blob(), `results.${extension}`);
}

// --- syntax errors -------------------------------------------------------------------------------
/** The token a parser position points at; on a space or past the end of the line, the token before it. */
function tokenAt(line, column) {
  while (line > 0 && !editor.getLine(line).slice(0, column).trim()) {
    line -= 1;
    column = editor.getLine(line).length;
  }
  const text = editor.getLine(line);
  let end = Math.min(column, text.length);
  if (end < text.length && /\S/.test(text[end])) {
    while (end < text.length && /\S/.test(text[end])) end += 1;
  } else {
    while (end > 0 && /\s/.test(text[end - 1])) end -= 1;
  }
  let start = Math.max(0, end - 1);
  while (start > 0 && /\S/.test(text[start - 1])) start -= 1;
  return { line, start, end: Math.max(end, start + 1) };
}

/** Mark the place a parser message names ("line 3, column 14, …") in the editor, with the message under that line. */
function markError(message) {
  const at = /line (\d+), column (\d+)/.exec(message);
  if (!at) return;
  const { line, start, end } = tokenAt(Math.min(Number(at[1]), editor.lineCount()) - 1, Number(at[2]) - 1);
  const reason = message.slice(at.index);
  errorMarks.push(editor.markText({ line, ch: start }, { line, ch: end }, { className: "cm-syntax-error", attributes: { title: reason } }));
  errorMarks.push(editor.addLineWidget(line, el("div", { className: "syntax-error-note", role: "alert" }, "⚠ ", reason)));
  editor.setGutterMarker(line, "kg-errors", el("span", { className: "syntax-error-marker", title: reason }, "●"));
  editor.scrollIntoView({ line, ch: start }, 60);
}

function clearError() {
  for (const mark of errorMarks) mark.clear();
  errorMarks = [];
  editor.clearGutter("kg-errors");
}

// --- the view ------------------------------------------------------------------------------------
export function setupQuery() {
  editor = CodeMirror.fromTextArea($("query-editor"), {
    mode: "application/sparql-query", lineNumbers: true, matchBrackets: true, viewportMargin: Infinity,
    gutters: ["CodeMirror-linenumbers", "kg-errors"],
    extraKeys: { "Ctrl-Enter": () => run(), "Cmd-Enter": () => run(), "Ctrl-Space": "autocomplete" },
    hintOptions: { hint: sparqlHints, completeSingle: false },
  });
  completeWhileTyping(editor);
  editor.on("changes", () => {
    if (errorMarks.length) clearError();
    active.fresh = false;
    saveTabsSoon();
  });
  const saved = load(TABS_KEY, null);
  for (const t of saved?.tabs || []) Object.assign(newTab(t.query, t.title), { id: t.id });
  if (!tabs.length) newTab(site.examples[0]?.query || $("query-editor").value).fresh = true; // a link may take its place
  active = tabs.find((t) => t.id === saved?.active) || tabs[0];
  editor.swapDoc(active.doc);
  drawTabs();
  drawExamples();
  drawHistory();
  drawResult();
  $("run").addEventListener("click", () => (running ? running.abort() : run()));
  $("copy-link").addEventListener("click", async () => {
    const url = location.href.split("#")[0] + permalink(active);
    try { await navigator.clipboard.writeText(url); setStatus("Link copied."); } catch { setStatus(url); }
  });
  $("clear-history").addEventListener("click", () => { store(HISTORY_KEY, []); drawHistory(); });
  for (const button of document.querySelectorAll(".side-tabs button")) button.addEventListener("click", () => showSide(button.dataset.side));
  for (const button of document.querySelectorAll(".view-switch button")) button.addEventListener("click", () => chooseView(button.dataset.view));
  window.kgEditor = editor; // for the console, and for the browser tests
}

let saveTimer = null;
function saveTabsSoon() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveTabs, 400);
}

/** #query, or a permalink #query?query=…&view=…: open that query (in a tab of its own) and run it. */
export function showQuery(params) {
  editor.refresh();
  const query = params.get("query");
  if (query === null) return;
  let tab = tabs.find((t) => t.doc.getValue() === query);
  if (!tab && active.fresh) {
    tab = active;
    tab.doc.setValue(query);
  }
  tab = tab || newTab(query);
  const wanted = params.get("view");
  if (tab !== active) activate(tab);
  if (tab.result && tab.result.query === query) {
    if (wanted) chooseView(wanted);
    return;
  }
  tab.view = wanted;
  tab.viewChosen = !!wanted;
  run();
}
