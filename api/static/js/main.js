// The page: one view at a time, chosen by the URL's hash (#query…, #actor/…, #document/…,
// #documents, #search/…), and the actor search box in the bar.
import { $, el, debounce, getJSON, parseHash, plural } from "./dom.js";
import { loadSite, typeBadge, typeDot } from "./kg.js";
import { setupQuery, showQuery } from "./query.js";
import { resetTimelineZoom, showActor } from "./actor.js";
import { showDocument, showDocuments } from "./documents.js";

function showView(name) {
  for (const view of document.querySelectorAll(".view")) view.hidden = view.id !== "view-" + name;
  for (const link of document.querySelectorAll("nav a[data-view]")) link.classList.toggle("active", link.dataset.view === name);
}

const ROUTES = {
  actor: (argument, params) => argument && showActor(argument, params),
  document: (argument, params) => argument && showDocument(argument, params),
  documents: () => showDocuments(),
  search: (argument) => argument && showSearch(argument),
};

function route() {
  const { name, argument, params } = parseHash(location.hash);
  if (ROUTES[name] && (argument || name === "documents")) {
    showView(name);
    return ROUTES[name](argument, params);
  }
  showView("query");
  return showQuery(params);
}

// --- actor search ----------------------------------------------------------------------------------
async function suggest() {
  const q = $("search").value.trim();
  const list = $("suggestions");
  if (!q) { list.hidden = true; return; }
  const data = await getJSON("actors?" + new URLSearchParams({ q, limit: 8 }));
  list.replaceChildren(...data.items.map((a) => el("li", {}, el("a", {
    href: "#actor/" + encodeURIComponent(a.id), onclick: () => { list.hidden = true; },
  }, typeDot(a.types[0] || "Actor"), a.name, el("small", {}, ` ${a.types.join(", ")}`)))));
  list.hidden = data.items.length === 0;
}

async function showSearch(q) {
  $("search-term").textContent = q;
  const data = await getJSON("actors?" + new URLSearchParams({ q, limit: 100 }));
  $("search-results").replaceChildren(...data.items.map((a) => el("li", { className: "card" },
    el("a", { href: "#actor/" + encodeURIComponent(a.id), className: "actor-link" }, a.name), typeBadge(a.types),
    el("p", { className: "facts" }, `${plural(a.mentions, "mention")} in ${plural(a.documents, "document")}`,
      a.aliases.length ? ` · also ${a.aliases.slice(0, 6).join(", ")}` : ""))));
  if (!data.items.length) $("search-results").append(el("li", { className: "hint" }, "No actor matches. Try part of a name."));
}

function setupSearch() {
  $("search").addEventListener("input", debounce(suggest, 150));
  $("search").addEventListener("keydown", (event) => { if (event.key === "Escape") $("suggestions").hidden = true; });
  document.addEventListener("click", (event) => { if (!$("search-form").contains(event.target)) $("suggestions").hidden = true; });
  $("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const q = $("search").value.trim();
    if (q) location.hash = "#search/" + encodeURIComponent(q);
  });
}

async function start() {
  getJSON("stats").then((s) => {
    $("counts").textContent = `${plural(s.documents, "document")} · ${plural(s.actors, "actor")} · ${plural(s.relations, "relation")}`;
  });
  await loadSite();
  setupQuery();
  setupSearch();
  $("timeline-reset").addEventListener("click", resetTimelineZoom);
  window.addEventListener("hashchange", route);
  await route();
  document.body.dataset.ready = "true"; // the page has drawn its first view (the browser tests wait for it)
}
start();
