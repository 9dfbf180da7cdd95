"""A SPARQL query evaluated on a store and serialised in the format the server negotiated.

``evaluate`` runs in a serving process's reader thread (``api.runtime.backend``); the answer comes
back as bytes ready to send. Answers past the result cap are refused (E506) without
holding more than the cap in memory.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import partial
from typing import Callable

import pyoxigraph as ox

from api.media import GRAPHS, RESULTS, known_media
from kg.errors import FormatError, QueryError
from kg.store.query import GRAPH_FORMATS, RESULT_FORMATS, Result, serialize
from kg.store.embedded import EmbeddedStore


@dataclass(frozen=True)
class QueryRequest:
    """One SPARQL query and what the server settled before evaluating it.

    ``results_format``/``graph_format``: the negotiated format for each answer shape (``None``:
    the client accepts none); ``top_limit``: the query's own top-level LIMIT; ``own_dataset``:
    the query names its graphs with FROM; ``default_graph``/``named_graphs``: the protocol's
    dataset parameters, which replace the query's own.
    """

    query: str
    limit: int
    results_format: str | None = "json"
    graph_format: str | None = "nt"
    accept: str | None = None
    top_limit: int | None = None
    own_dataset: bool = False
    default_graph: list[str] | None = None
    named_graphs: list[str] | None = None


@dataclass(frozen=True)
class Answer:
    """The answer's shape (``select``/``ask``/``graph``), its format and its bytes."""

    kind: str
    format: str
    body: bytes


def evaluate(store: EmbeddedStore, request: QueryRequest) -> Answer:
    options: dict[str, object] = {}
    if request.default_graph is not None or request.named_graphs is not None:
        # SPARQL Protocol: a dataset given with the request replaces the query's own
        options["default_graph"] = [ox.NamedNode(iri) for iri in request.default_graph or []]
        options["named_graphs"] = [ox.NamedNode(iri) for iri in request.named_graphs or []]
    elif request.own_dataset:
        options["use_default_graph_as_union"] = False  # FROM / FROM NAMED decide the dataset
    run = partial(store.query, request.query, **options)
    answer = run()
    if isinstance(answer, ox.QueryTriples):
        fmt = _chosen(request, "graph_format")
        return Answer("graph", fmt, ox.serialize(_capped(answer, request.limit), format=GRAPH_FORMATS[fmt]) or b"")
    fmt = _chosen(request, "results_format")
    if isinstance(answer, ox.QueryBoolean):
        return Answer("ask", fmt, answer.serialize(format=RESULT_FORMATS[fmt]))
    return Answer("select", fmt, _solutions(answer, fmt, request.limit, request.top_limit, run))


def _solutions(
    answer: ox.QuerySolutions, fmt: str, limit: int, top_limit: int | None, again: Callable[[], ox.QuerySolutions]
) -> bytes:
    """SELECT results in ``fmt``, refused (E506) past ``limit`` rows; ``again`` evaluates the query anew."""
    if top_limit is not None and top_limit <= limit:
        return answer.serialize(format=RESULT_FORMATS[fmt])  # the query bounds itself within the cap
    # pyoxigraph's writer is several times quicker than counting rows in Python, so it writes
    # the answer into a bounded buffer: an answer too short to hold more than ``limit`` rows is
    # within the cap. Only a longer one is counted, on a second evaluation.
    bounded = _Bounded(MIN_ROW_BYTES[fmt] * (limit + 1))
    try:
        answer.serialize(bounded, format=RESULT_FORMATS[fmt])
        return bounded.getvalue()
    except _Overflow:
        answer = again()
    variables = [v.value for v in answer.variables]
    return serialize(Result(variables=variables, rows=[dict(zip(variables, row)) for row in _capped(answer, limit)]), fmt)


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


def _chosen(request: QueryRequest, key: str) -> str:
    """The format the server negotiated for this shape of answer; E705 when the client accepts none."""
    fmt = getattr(request, key)
    if fmt is None:
        known = known_media(GRAPHS if key == "graph_format" else RESULTS)
        raise FormatError("E705", accept=request.accept or "", known=known)
    return fmt


def _capped(iterator, limit: int):
    for count, item in enumerate(iterator):
        if count >= limit:
            raise QueryError("E506", limit=limit)
        yield item
