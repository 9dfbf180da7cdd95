// What the page knows of the graph: prefixes, relation groups, the ontology's terms, the colours
// (ontologies/palette.json, the same file kg.plots reads), and how a store IRI becomes a page link.
import { el, getJSON } from "./dom.js";

export const site = {
  prefixes: {}, assertions: "", groups: {}, groupNames: [], examples: [], terms: [],
  palette: { actor_types: {}, tones: {} },
};

export async function loadSite() {
  const [examples, vocabulary, palette] = await Promise.all([getJSON("examples"), getJSON("vocabulary"), getJSON("palette")]);
  Object.assign(site, {
    prefixes: examples.prefixes, assertions: examples.assertions, groups: examples.groups,
    groupNames: examples.group_names, examples: examples.examples, terms: vocabulary.terms, palette,
  });
}

/** "https://w3id.org/newskg/ontology#demands" -> "kg:demands" (the longest matching namespace). */
export function shorten(iri) {
  let best = null;
  for (const [prefix, namespace] of Object.entries(site.prefixes)) {
    if (iri.startsWith(namespace) && (!best || namespace.length > best[1].length)) best = [prefix, namespace];
  }
  return best ? `${best[0]}:${iri.slice(best[1].length)}` : iri;
}

/** The page inside this site that shows an IRI (actor, document, a mention or assertion in its document), or null. */
export function pageLink(iri) {
  const { actor, doc } = site.prefixes;
  if (actor && iri.startsWith(actor)) return "#actor/" + encodeURIComponent(iri.slice(actor.length));
  if (site.assertions && iri.startsWith(site.assertions)) {
    const [docId, key] = iri.slice(site.assertions.length).split("/");
    return documentLink(docId, { a: key });
  }
  if (doc && iri.startsWith(doc)) {
    const [docId, fragment = ""] = iri.slice(doc.length).split("#");
    const span = fragment.match(/^mention-(\d+)-(\d+)/);
    return documentLink(docId, span ? { at: `${span[1]}-${span[2]}` } : {});
  }
  return null;
}

export function documentLink(docId, params = {}) {
  const query = new URLSearchParams(params).toString();
  return "#document/" + encodeURIComponent(docId) + (query ? "?" + query : "");
}

/** The tone group of a relation IRI (kg:demands -> "conflictual"), or null for anything else. */
export function relationGroup(iri) {
  const kg = site.prefixes.kg;
  return kg && iri.startsWith(kg) ? site.groups[iri.slice(kg.length)] || null : null;
}

export const typeColour = (type) => site.palette.actor_types[type] || site.palette.actor_types.Actor;
export const toneColour = (group) => site.palette.tones[group] || site.palette.tones.neutral;

/** Colours for series with no meaning of their own: the palette's distinct colours, the fallback grey last. */
export const seriesColours = () => [...new Set([...Object.values(site.palette.actor_types), ...Object.values(site.palette.tones)])]
  .sort((a, b) => (a === typeColour("Actor")) - (b === typeColour("Actor")));

/** Black or white, whichever reads better on a background colour ("#F0E442" -> black). */
export function inkOn(colour) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.4 ? "#000000" : "#ffffff";
}

export function typeBadge(types) {
  const colour = typeColour(types[0] || "Actor");
  return el("span", { className: "badge", style: { background: colour, color: inkOn(colour) } }, types.join(", ") || "Actor");
}

export const typeDot = (type) => el("span", { className: "dot", style: { background: typeColour(type) }, title: type });

export function actorLink(ref) {
  return el("a", { href: "#actor/" + encodeURIComponent(ref.id), className: "actor-link" }, ref.name);
}

/** The relation name, coloured by its tone, with its qualifiers: "demands (not, conditional)". */
export function relationTag(a) {
  const flags = [a.negated ? "not" : null, a.modality !== "asserted" ? a.modality : null].filter(Boolean);
  return el("span", { className: "relation", style: { color: toneColour(a.group) } },
    a.relation, flags.length ? el("span", { className: "flags" }, ` (${flags.join(", ")})`) : null);
}

/** One legend for the whole page: actor types as dots, tones as lines. */
export function legend(types, groups = site.groupNames) {
  return el("div", { className: "legend", "aria-label": "Legend" },
    types.map((type) => el("span", { className: "legend-item" }, typeDot(type), type)),
    groups.map((group) => el("span", { className: "legend-item" },
      el("span", { className: "swatch", style: { background: toneColour(group) } }), group)));
}
