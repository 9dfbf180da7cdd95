// Autocompletion in the SPARQL editor: keywords, the store's prefixes, the ontology's classes and
// properties (from /vocabulary) and actors by name (from /actors?q=). Prefixed names pop up as
// you type; Ctrl-Space asks for everything that fits the word before the cursor.
import { el, getJSON } from "./dom.js";
import { site } from "./kg.js";

const KEYWORDS = [
  "SELECT", "DISTINCT", "REDUCED", "WHERE", "CONSTRUCT", "DESCRIBE", "ASK", "PREFIX", "BASE", "FROM", "NAMED", "GRAPH",
  "OPTIONAL", "UNION", "MINUS", "FILTER", "BIND", "VALUES", "AS", "GROUP BY", "HAVING", "ORDER BY", "ASC", "DESC",
  "LIMIT", "OFFSET", "NOT EXISTS", "EXISTS", "IN", "COUNT", "SUM", "AVG", "MIN", "MAX", "SAMPLE", "GROUP_CONCAT",
  "STR", "LANG", "LANGMATCHES", "REGEX", "CONTAINS", "STRSTARTS", "LCASE", "UCASE", "YEAR", "MONTH", "SUBSTR",
  "CONCAT", "IF", "COALESCE", "BOUND", "isIRI", "isLITERAL", "DATATYPE",
];

function item(text, note, kind) {
  return {
    text, className: `hint-${kind}`,
    render: (node) => node.append(el("span", { className: "hint-text" }, text), note ? el("span", { className: "hint-note" }, note) : ""),
  };
}

const rank = (word) => (text) => (text.toLowerCase().startsWith(word) ? 0 : 1);

function matching(candidates, word) {
  const lower = word.toLowerCase();
  const order = rank(lower);
  return candidates.filter((c) => c.text.toLowerCase().includes(lower))
    .sort((a, b) => order(a.text) - order(b.text) || a.text.localeCompare(b.text));
}

async function actors(local) {
  const data = await getJSON("actors?" + new URLSearchParams({ ...(local ? { q: local.replace(/-/g, " ") } : {}), limit: 30 }));
  return data.items.map((a) => item(`actor:${a.id}`, `${a.name} · ${a.types.join(", ") || "Actor"}`, "actor"));
}

/** CodeMirror 5 hint function: {list, from, to}, a Promise when actors are asked of the server. */
export async function sparqlHints(cm) {
  const cursor = cm.getCursor();
  const before = cm.getLine(cursor.line).slice(0, cursor.ch);
  const prefixed = /([A-Za-z][\w.-]*)?:([\w.-]*)$/.exec(before);
  const bare = /[A-Za-z_]*$/.exec(before)[0];
  const word = prefixed ? prefixed[0] : bare;
  const from = { line: cursor.line, ch: cursor.ch - word.length };
  let list;
  if (/^\s*PREFIX\s+\w*$/i.test(before)) {
    list = matching(Object.entries(site.prefixes).map(([p, ns]) => item(`${p}: <${ns}>`, null, "prefix")), bare);
  } else if (prefixed && prefixed[1] === "actor") {
    list = await actors(prefixed[2]);
  } else if (prefixed) {
    const terms = site.terms.filter((t) => t.name.startsWith(`${prefixed[1] || ""}:`));
    list = matching(terms.map((t) => item(t.name, [t.kind === "class" ? "class" : null, t.label].filter(Boolean).join(" · "), t.kind)), word);
  } else {
    list = matching([
      ...KEYWORDS.map((k) => item(k, null, "keyword")),
      ...Object.keys(site.prefixes).map((p) => item(`${p}:`, site.prefixes[p], "prefix")),
    ], bare);
  }
  return { list, from, to: cursor };
}

/** Show completions by themselves while a prefixed name is typed. */
export function completeWhileTyping(cm) {
  cm.on("inputRead", (editor, change) => {
    if (change.origin !== "+input" || editor.state.completionActive) return;
    const cursor = editor.getCursor();
    const before = editor.getLine(cursor.line).slice(0, cursor.ch);
    if (/(^|[\s({;,.])([A-Za-z][\w.-]*)?:[\w.-]*$/.test(before)) editor.showHint({ hint: sparqlHints, completeSingle: false });
  });
}
