// The one table of the page: sortable by any column, and drawn one page at a time, so a result of
// a hundred thousand rows costs the same to show as one of a hundred.
import { el } from "./dom.js";

const PAGE_SIZES = [50, 100, 500, 1000];

const isEmpty = (key) => key === null || key === undefined || key === "";

/**
 * columns: [{label, cell(row) -> Node | text, key(row) -> number | string (for sorting), className}]
 * options: {pageSize, onSelect(row), empty (text when there are no rows), label (aria-label)}
 * Returns {setRows(rows), select(row)}.
 */
export function pagedTable(host, columns, options = {}) {
  const table = el("table", { className: "table", "aria-label": options.label || null });
  const pager = el("div", { className: "pager" });
  host.replaceChildren(el("div", { className: "table-wrap" }, table), pager);
  let rows = [], order = [], sort = { column: null, ascending: true }, page = 0, pageSize = options.pageSize || 100, selected = null;

  function sortRows() {
    order = rows.map((_, i) => i);
    if (sort.column === null) return;
    const keys = rows.map((row) => columns[sort.column].key(row));
    const sign = sort.ascending ? 1 : -1;
    order.sort((i, j) => {
      const a = keys[i], b = keys[j];
      if (isEmpty(a) || isEmpty(b)) return isEmpty(a) - isEmpty(b) || i - j; // empty cells last, whichever the order
      if (typeof a !== typeof b) return (typeof a === "number" ? -1 : 1) * sign; // numbers before text in a mixed column
      return (a < b ? -1 : a > b ? 1 : 0) * sign || i - j;
    });
  }

  function draw() {
    const pages = Math.max(1, Math.ceil(order.length / pageSize));
    page = Math.min(page, pages - 1);
    const head = el("tr", {}, columns.map((column, index) => el("th", {
      scope: "col", className: [column.className, sort.column === index ? (sort.ascending ? "sorted-asc" : "sorted-desc") : null].filter(Boolean).join(" ") || null,
      "aria-sort": sort.column === index ? (sort.ascending ? "ascending" : "descending") : null,
      onclick: () => {
        sort = { column: index, ascending: sort.column === index ? !sort.ascending : true };
        sortRows();
        draw();
      },
    }, column.label)));
    const body = order.slice(page * pageSize, (page + 1) * pageSize).map((i) => {
      const row = rows[i];
      const tr = el("tr", {
        className: options.onSelect ? (row === selected ? "clickable selected" : "clickable") : null,
        onclick: options.onSelect ? (event) => {
          if (event.target.closest("a")) return; // a link in the row goes where it says
          select(row);
        } : null,
      }, columns.map((column) => el("td", { className: column.className || null }, column.cell(row))));
      tr.kgRow = row;
      return tr;
    });
    if (!rows.length) body.push(el("tr", {}, el("td", { colspan: columns.length, className: "hint" }, options.empty || "No rows.")));
    table.replaceChildren(el("thead", {}, head), el("tbody", {}, body));
    drawPager(pages);
  }

  function drawPager(pages) {
    if (order.length <= PAGE_SIZES[0]) { pager.replaceChildren(); return; }
    const go = (target) => () => { page = Math.max(0, Math.min(pages - 1, target)); draw(); host.querySelector(".table-wrap").scrollTop = 0; };
    const first = page * pageSize + 1, last = Math.min(order.length, (page + 1) * pageSize);
    pager.replaceChildren(
      el("button", { type: "button", "data-page": "first", onclick: go(0), disabled: page === 0, title: "First page" }, "«"),
      el("button", { type: "button", "data-page": "previous", onclick: go(page - 1), disabled: page === 0, title: "Previous page" }, "‹"),
      el("span", { className: "pager-status" }, `rows ${first.toLocaleString("en")}–${last.toLocaleString("en")} of ${order.length.toLocaleString("en")} · page `,
        el("input", { type: "number", min: 1, max: pages, value: page + 1, "aria-label": "Page", className: "pager-page",
          onchange: (event) => go(Number(event.target.value) - 1)() }), ` of ${pages.toLocaleString("en")}`),
      el("button", { type: "button", "data-page": "next", onclick: go(page + 1), disabled: page >= pages - 1, title: "Next page" }, "›"),
      el("button", { type: "button", "data-page": "last", onclick: go(pages - 1), disabled: page >= pages - 1, title: "Last page" }, "»"),
      el("select", { "aria-label": "Rows per page", onchange: (event) => { pageSize = Number(event.target.value); page = 0; draw(); } },
        PAGE_SIZES.map((size) => el("option", { value: size, selected: size === pageSize }, `${size} per page`))),
    );
  }

  function select(row) {
    selected = row;
    for (const tr of table.tBodies[0].rows) tr.classList.toggle("selected", tr.kgRow === row);
    options.onSelect(row);
  }

  return {
    setRows(next) {
      rows = next;
      page = 0;
      sortRows();
      draw();
    },
    select,
  };
}
