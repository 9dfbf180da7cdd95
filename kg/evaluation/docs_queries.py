"""The example queries of ``docs/model.md``, run against a store: checked, or their tables rewritten.

Each example in the document is a ``### Title`` heading, a sentence, a ```` ```sparql ````
block and the expected answer as a Markdown table. ``tests/test_model_queries.py`` runs
every query on the store built from ``samples/`` and compares it with the table. When the
extraction improves and answers change, a maintainer regenerates the tables::

    python -m kg.evaluation.docs_queries --update docs/model.md             # builds a store from samples/
    python -m kg.evaluation.docs_queries --update docs/model.md --store DIR # or uses an existing one
    python -m kg.evaluation.docs_queries --check docs/model.md              # exit 1 and a diff if a table is stale

Cells are what a reader needs: IRIs in prefixed form (``actor:nato``), literals as their
value, long texts cut at ``CELL_WIDTH`` characters.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.store.query import execute
from kg.store.rdf import PREFIXES
from kg.store.embedded import open_store
from kg.store.protocol import Store

CELL_WIDTH = 90
Table = tuple[tuple[str, ...], ...]  # header row, then one row per solution

# A "### Title" line, prose lines (no heading, no code fence), a sparql block, blank lines, a table.
_EXAMPLE = re.compile(
    r"^### (?P<title>.+)\n(?P<prose>(?:(?!#|```).*\n)*?)```sparql\n(?P<sparql>[\s\S]*?)^```\n(?P<gap>\n*)(?P<table>(?:\|.*\n?)*)",
    re.MULTILINE,
)
_CELL_SPLIT = re.compile(r"(?<!\\)\|")


@dataclass(frozen=True)
class Example:
    """One documented query: its title, SPARQL, the table the document shows, and where that table is."""

    title: str
    sparql: str
    table: Table
    table_start: int
    table_end: int


def examples(markdown: str) -> list[Example]:
    """Every ``### Title`` + ```` ```sparql ```` example of a document, in order."""
    found = []
    for match in _EXAMPLE.finditer(markdown):
        found.append(
            Example(
                title=match["title"].strip(),
                sparql=match["sparql"],
                table=parse_table(match["table"]),
                table_start=match.start("table"),
                table_end=match.end("table"),
            )
        )
    return found


def answer(store: Store, sparql: str) -> Table:
    """The query's result as table cells, the way the document shows them."""
    result = execute(store, sparql)
    header = tuple(result.variables or [])
    return (header,) + tuple(tuple(cell(row.get(name)) for name in header) for row in result.rows or [])


def cell(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in sorted(PREFIXES.items(), key=lambda item: -len(item[1])):
            if term.value.startswith(namespace) and "/" not in term.value[len(namespace):]:
                return f"{prefix}:{term.value[len(namespace):]}"
        return f"<{term.value}>"
    text = " ".join(term.value.split())
    return text if len(text) <= CELL_WIDTH else text[: CELL_WIDTH - 1] + "…"


def markdown_table(table: Table) -> str:
    header, *rows = table
    lines = [_row(header), _row(tuple("---" for _ in header))] + [_row(row) for row in rows]
    return "\n".join(lines) + "\n"


def parse_table(text: str) -> Table:
    """Cells of a Markdown table (header first, the ``---`` line dropped); ``()`` when there is none."""
    rows = []
    for line in text.strip().splitlines():
        cells = tuple(c.strip().replace("\\|", "|") for c in _CELL_SPLIT.split(line.strip())[1:-1])
        if cells and not all(c and set(c) <= set("-: ") for c in cells):
            rows.append(cells)
    return tuple(rows)


def update(path: Path, store: Store) -> list[str]:
    """Rewrite every example's table with the store's answer; the titles whose table changed."""
    markdown = path.read_text(encoding="utf-8")
    changed = []
    for example in reversed(examples(markdown)):  # from the end, so earlier offsets stay valid
        table = answer(store, example.sparql)
        if table != example.table:
            changed.append(example.title)
        markdown = markdown[: example.table_start] + markdown_table(table) + "\n" + markdown[example.table_end :].lstrip("\n")
    path.write_text(markdown, encoding="utf-8")
    return list(reversed(changed))


def stale(path: Path, store: Store) -> list[str]:
    """A readable difference for every example whose documented table is not what the store answers."""
    problems = []
    for example in examples(path.read_text(encoding="utf-8")):
        table = answer(store, example.sparql)
        if table != example.table:
            problems.append(f"### {example.title}\ndocumented:\n{markdown_table(example.table) if example.table else '(none)'}"
                            f"actual:\n{markdown_table(table)}")
    return problems


def sample_store(folder: Path) -> Store:
    """A store built from ``samples/`` in ``folder`` (what the tests query)."""
    from kg.store.ingest import ingest
    from kg.extract.pipeline import Pipeline
    from kg.extract.read import read_paths
    from kg.settings import PROJECT_ROOT, Settings

    store = open_store(folder)
    ingest(store, read_paths([PROJECT_ROOT / "samples"]), Pipeline(Settings()))
    return store


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.evaluation.docs_queries", description=__doc__.split("\n\n")[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--update", action="store_true", help="rewrite the tables with the store's answers")
    action.add_argument("--check", action="store_true", help="compare only; exit 1 when a table is stale")
    parser.add_argument("document", type=Path, help="the Markdown file, e.g. docs/model.md")
    parser.add_argument("--store", type=Path, help="store folder to query (default: a fresh store built from samples/)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        store = open_store(args.store, read_only=True) if args.store else sample_store(Path(scratch) / "store")
        if args.update:
            changed = update(args.document, store)
            print(f"{len(examples(args.document.read_text(encoding='utf-8')))} examples, tables changed: {', '.join(changed) or 'none'}")
            return 0
        problems = stale(args.document, store)
        print("\n".join(problems) or "every documented table matches")
        return 1 if problems else 0


def _row(cells: tuple[str, ...]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


if __name__ == "__main__":
    sys.exit(main())
