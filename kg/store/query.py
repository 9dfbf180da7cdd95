"""Query stage: run SPARQL on a store and serialise results with pyoxigraph's own writers.

Formats are chosen from one table by name or media type, never by scattered branches.

>>> from kg.store.embedded import open_store
>>> execute(open_store(None), "ASK { ?s ?p ?o }").boolean
False
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import FormatError
from kg.store.embedded import Store

RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
}


@dataclass
class Result:
    """A query's answer: ``rows`` (SELECT), ``boolean`` (ASK) or ``triples`` (CONSTRUCT/DESCRIBE)."""

    variables: list[str] | None = None
    rows: list[dict[str, ox.NamedNode | ox.Literal | ox.BlankNode | None]] | None = None
    boolean: bool | None = None
    triples: list[ox.Triple] | None = None

    @property
    def kind(self) -> str:
        return "select" if self.rows is not None else "ask" if self.boolean is not None else "graph"


def execute(store: Store, sparql: str, limit: int | None = None, **options: object) -> Result:
    """Run a query and materialise at most ``limit`` rows or triples."""
    answer = store.query(sparql, **options)
    if isinstance(answer, ox.QueryBoolean):
        return Result(boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        variables = [v.value for v in answer.variables]
        rows = []
        for solution in answer:
            rows.append({name: solution[name] for name in variables})
            if limit is not None and len(rows) > limit:
                break
        return Result(variables=variables, rows=rows)
    triples = []
    for triple in answer:
        triples.append(triple)
        if limit is not None and len(triples) > limit:
            break
    return Result(triples=triples)


def serialize(result: Result, fmt: str) -> bytes:
    """Bytes in a named format: json/xml/csv/tsv for SELECT and ASK, ttl/nt/rdfxml/jsonld for graphs."""
    if result.kind == "graph":
        if fmt not in GRAPH_FORMATS:
            raise FormatError("E504", fmt=fmt, known=", ".join(GRAPH_FORMATS))
        return ox.serialize(result.triples, format=GRAPH_FORMATS[fmt]) or b""
    if fmt not in RESULT_FORMATS:
        raise FormatError("E504", fmt=fmt, known=", ".join(RESULT_FORMATS))
    parsed = ox.parse_query_results(to_sparql_json(result).encode("utf-8"), format=ox.QueryResultsFormat.JSON)
    return parsed.serialize(format=RESULT_FORMATS[fmt])


def term_json(term) -> dict | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def to_sparql_json(result: Result) -> str:
    """SPARQL 1.1 JSON results; pyoxigraph re-reads it to write the other formats."""
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": result.boolean})
    bindings = [{k: term_json(v) for k, v in row.items() if v is not None} for row in result.rows or []]
    return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}}, ensure_ascii=False)


def python_value(term) -> object:
    """A Python value for a term: numbers as numbers, booleans as bools, IRIs and strings as str."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        kind = term.datatype.value.rsplit("#", 1)[-1]
        if kind in ("integer", "int", "long", "nonNegativeInteger"):
            return int(term.value)
        if kind in ("decimal", "double", "float"):
            return float(term.value)
        if kind == "boolean":
            return term.value == "true"
        return term.value
    return term.value


def to_table(result: Result, width: int = 60) -> str:
    """A plain-text table for terminals."""
    if result.kind == "ask":
        return "yes" if result.boolean else "no"
    if result.kind == "graph":
        return ox.serialize(result.triples, format=ox.RdfFormat.TURTLE).decode()
    header = result.variables or []
    cells = [[_short(python_value(row.get(v)), width) for v in header] for row in result.rows or []]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(header)]
    line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()  # noqa: E731
    return "\n".join([line(header), line(["-" * w for w in widths])] + [line(r) for r in cells])


def to_csv(result: Result) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(result.variables or [])
    for row in result.rows or []:
        writer.writerow(["" if row.get(v) is None else python_value(row.get(v)) for v in result.variables or []])
    return out.getvalue()


def _short(value: object, width: int) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"
