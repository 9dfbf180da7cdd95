"""Query stage: run SPARQL on a store, within the row cap, and write the answer in a named format.

``FORMATS`` is the one table of formats: a short name (what ``kg query -f`` and ``kg export -f``
take) for each of pyoxigraph's own format objects, which know their media type, file extension
and IRI. ``run`` answers a query as bytes, for ``kg query`` and the server's ``/sparql`` alike;
``execute`` gives the answer as Python values.

>>> from kg.store.embedded import open_store
>>> run(open_store(None), "ASK { ?s ?p ?o }", named("json"), limit=10).body
b'{"head":{},"boolean":false}'
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from functools import partial
from typing import Callable, Iterable, Iterator, Literal, TypeVar

import pyoxigraph as ox

from kg.errors import FormatError, QueryError
from kg.store.protocol import Dataset, Store

Carries = Literal["results", "graph", "dataset"]
T = TypeVar("T")


@dataclass(frozen=True)
class Format:
    """A format by its short name: pyoxigraph's format object, and what it carries — ``results``
    (SELECT and ASK answers), ``graph`` (CONSTRUCT and DESCRIBE answers, Graph Store bodies) or
    ``dataset`` (named graphs kept: exports)."""

    name: str
    syntax: ox.QueryResultsFormat | ox.RdfFormat
    carries: Carries

    @property
    def media_type(self) -> str:
        """The bare media type (pyoxigraph's own has ``; charset=utf-8`` for CSV and TSV)."""
        return self.syntax.media_type.split(";")[0]


FORMATS: dict[str, Format] = {
    fmt.name: fmt
    for fmt in (  # the first of each kind is the default
        Format("json", ox.QueryResultsFormat.JSON, "results"),
        Format("xml", ox.QueryResultsFormat.XML, "results"),
        Format("csv", ox.QueryResultsFormat.CSV, "results"),
        Format("tsv", ox.QueryResultsFormat.TSV, "results"),
        Format("ttl", ox.RdfFormat.TURTLE, "graph"),
        Format("nt", ox.RdfFormat.N_TRIPLES, "graph"),
        Format("rdfxml", ox.RdfFormat.RDF_XML, "graph"),
        Format("jsonld", ox.RdfFormat.JSON_LD, "graph"),
        Format("trig", ox.RdfFormat.TRIG, "dataset"),
        Format("nq", ox.RdfFormat.N_QUADS, "dataset"),
    )
}


def formats(carries: Carries) -> list[Format]:
    """The formats that carry one kind of answer, the default first."""
    return [fmt for fmt in FORMATS.values() if fmt.carries == carries]


def format_for(media: str, carries: Carries) -> Format | None:
    """The format a media type names among those that carry ``carries``, with the aliases pyoxigraph
    knows (``application/json``, ``text/plain`` …); ``None`` for any other."""
    kind = ox.QueryResultsFormat if carries == "results" else ox.RdfFormat
    syntax = kind.from_media_type(media)
    return next((fmt for fmt in formats(carries) if fmt.syntax == syntax), None)


Chooser = Callable[[Carries], Format]
"""Picks the format once the shape of the answer is known, or raises the caller's error (E504, E705)."""


def named(name: str) -> Chooser:
    """The chooser of ``kg query -f NAME``: that format, or E504 when it cannot carry the answer."""

    def choose(carries: Carries) -> Format:
        if name in FORMATS and FORMATS[name].carries == carries:
            return FORMATS[name]
        raise FormatError("E504", fmt=name, known=", ".join(fmt.name for fmt in formats(carries)))

    return choose


@dataclass(frozen=True)
class Answer:
    """A query's answer, written out."""

    format: Format
    body: bytes


def run(
    store: Store, sparql: str, choose: Chooser, limit: int, dataset: Dataset | None = None, top_limit: int | None = None
) -> Answer:
    """Run a query and write its answer in the format ``choose`` picks; E506 past ``limit`` rows or triples.

    ``top_limit`` is the query's own top-level LIMIT, when the caller has read it: an answer it
    bounds within ``limit`` is written without counting.
    """
    evaluate = partial(store.query, sparql, dataset)
    answer = evaluate()
    if isinstance(answer, ox.QueryBoolean):
        fmt = choose("results")
        return Answer(fmt, answer.serialize(format=fmt.syntax))
    if isinstance(answer, ox.QuerySolutions):
        fmt = choose("results")
        return Answer(fmt, _solutions(answer, fmt, limit, top_limit, evaluate))
    fmt = choose("graph")
    return Answer(fmt, ox.serialize(capped(answer, limit), format=fmt.syntax) or b"")


def _solutions(
    answer: ox.QuerySolutions, fmt: Format, limit: int, top_limit: int | None, again: Callable[[], ox.QuerySolutions]
) -> bytes:
    """SELECT results in ``fmt``, refused (E506) past ``limit`` rows; ``again`` evaluates the query anew."""
    if top_limit is not None and top_limit <= limit:
        return answer.serialize(format=fmt.syntax)  # the query bounds itself within the cap
    # pyoxigraph's writer is several times quicker than counting rows in Python, so it writes
    # the answer into a bounded buffer: an answer too short to hold more than ``limit`` rows is
    # within the cap. Only a longer one is counted, on a second evaluation.
    bounded = _Bounded(MIN_ROW_BYTES[fmt.name] * (limit + 1))
    try:
        answer.serialize(bounded, format=fmt.syntax)
        return bounded.getvalue()
    except _Overflow:
        answer = again()
    # within the cap after all: written as SPARQL JSON, which pyoxigraph reads back to write ``fmt``
    variables = [v.value for v in answer.variables]
    bindings = [
        {name: term_json(term) for name, term in zip(variables, row) if term is not None} for row in capped(answer, limit)
    ]
    data = json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}, ensure_ascii=False).encode()
    return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON).serialize(format=fmt.syntax)


# The fewest bytes one more row adds to an answer in each results format: "{}" (and a comma)
# in JSON, "<result></result>" in XML, a line end in CSV and TSV.
MIN_ROW_BYTES = {"json": 2, "xml": 17, "csv": 2, "tsv": 1}


class _Overflow(Exception):
    """Raised by ``_Bounded`` at its size."""


class _Bounded(io.BytesIO):
    """A buffer that refuses to grow to ``size`` bytes."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def write(self, data: bytes) -> int:
        if self.tell() + len(data) >= self.size:
            raise _Overflow
        return super().write(data)


def capped(items: Iterable[T], limit: int | None) -> Iterator[T]:
    """The items, E506 on the first past ``limit`` (``None``: no cap)."""
    for count, item in enumerate(items):
        if limit is not None and count >= limit:
            raise QueryError("E506", limit=limit)
        yield item


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


def execute(store: Store, sparql: str, limit: int | None = None) -> Result:
    """Run a query and hold its answer as Python values; E506 past ``limit`` rows or triples."""
    answer = store.query(sparql)
    if isinstance(answer, ox.QueryBoolean):
        return Result(boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        variables = [v.value for v in answer.variables]
        rows = [{name: solution[name] for name in variables} for solution in capped(answer, limit)]
        return Result(variables=variables, rows=rows)
    return Result(triples=list(capped(answer, limit)))


def term_json(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> dict[str, str]:
    """A term as SPARQL 1.1 JSON results write it."""
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


def _short(value: object, width: int) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"
