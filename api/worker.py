"""A query process: reads requests on stdin, answers on stdout, one at a time.

The server runs every SPARQL read in one of these (``api.executor``), because pyoxigraph
cannot cancel a query: the only sound way to stop one at the time limit is to kill the
process evaluating it. Each worker opens an immutable snapshot of the store read-only (the
one named on its command line as soon as it starts), and reopens when a request names a
newer snapshot (after a write).

Frames are a 4-byte big-endian length and a payload. A request is one pickled dict; a reply
is one frame holding the length of a pickled header, the header, then the body: the answer
already serialised, which the server sends on as it is. (Pickle, because both ends are this
program and it is the quickest codec Python has.)

    python -m api.worker SNAPSHOT
"""

from __future__ import annotations

import io
import os
import pickle
import signal
import struct
import sys
from functools import partial
from pathlib import Path
from typing import BinaryIO, Callable

import pyoxigraph as ox

from api.media import GRAPHS, RESULTS, known_media
from kg.errors import FormatError, KGError, QueryError
from kg.query import GRAPH_FORMATS, RESULT_FORMATS, Result, serialize
from kg.store import EmbeddedStore, open_store

FRAME_LENGTH = struct.Struct(">I")


def write_frame(stream: BinaryIO, *parts: bytes) -> None:
    """One frame made of ``parts`` (written one after the other, so a large body is not copied)."""
    stream.write(FRAME_LENGTH.pack(sum(len(part) for part in parts)))
    for part in parts:
        stream.write(part)


def read_frame(stream: BinaryIO) -> bytes | None:
    """The next payload, or ``None`` when the other side has closed the pipe."""
    head = stream.read(FRAME_LENGTH.size)
    if len(head) < FRAME_LENGTH.size:
        return None
    (size,) = FRAME_LENGTH.unpack(head)
    return stream.read(size)


class Worker:
    """Answers requests against the snapshot each request names."""

    def __init__(self) -> None:
        self.snapshot: str | None = None
        self.store: EmbeddedStore | None = None

    def open(self, snapshot: str) -> EmbeddedStore:
        if snapshot != self.snapshot or self.store is None:
            self.store = None  # let RocksDB release the old snapshot before opening the new one
            self.store = open_store(Path(snapshot), read_only=True)
            self.snapshot = snapshot
        return self.store

    def answer(self, request: dict) -> tuple[dict, bytes]:
        """``(header, body)`` for one request; every failure becomes an ``error`` header, so the worker lives on."""
        try:
            return self.evaluate(request)
        except KGError as err:
            fields = {k: v if isinstance(v, (int, float)) else str(v) for k, v in err.fields.items()}
            return {"error": err.code, "type": type(err).__name__, "fields": fields}, b""
        except Exception as err:  # noqa: BLE001 — pyoxigraph raises OSError, ValueError, TypeError …
            return {"error": "E716", "type": "QueryError", "fields": {"reason": str(err) or type(err).__name__}}, b""

    def evaluate(self, request: dict) -> tuple[dict, bytes]:
        store = self.open(request["snapshot"])
        options: dict[str, object] = {}
        if request.get("default_graph") is not None or request.get("named_graphs") is not None:
            # SPARQL Protocol: a dataset given with the request replaces the query's own
            options["default_graph"] = [ox.NamedNode(iri) for iri in request.get("default_graph") or []]
            options["named_graphs"] = [ox.NamedNode(iri) for iri in request.get("named_graphs") or []]
        elif request.get("own_dataset"):
            options["use_default_graph_as_union"] = False  # FROM / FROM NAMED decide the dataset
        run = partial(store.query, request["query"], **options)
        answer = run()
        limit = request["limit"]
        if isinstance(answer, ox.QueryTriples):
            fmt = _chosen(request, "graph_format")
            return {"kind": "graph", "format": fmt}, ox.serialize(_capped(answer, limit), format=GRAPH_FORMATS[fmt]) or b""
        fmt = _chosen(request, "results_format")
        if isinstance(answer, ox.QueryBoolean):
            return {"kind": "ask", "format": fmt}, answer.serialize(format=RESULT_FORMATS[fmt])
        return {"kind": "select", "format": fmt}, _solutions(answer, fmt, limit, request.get("top_limit"), run)


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


def _chosen(request: dict, key: str) -> str:
    """The format the server negotiated for this shape of answer; E705 when the client accepts none."""
    fmt = request[key]
    if fmt is None:
        known = known_media(GRAPHS if key == "graph_format" else RESULTS)
        raise FormatError("E705", accept=request.get("accept") or "", known=known)
    return fmt


def _capped(iterator, limit: int):
    for count, item in enumerate(iterator):
        if count >= limit:
            raise QueryError("E506", limit=limit)
        yield item


def main() -> None:
    # Ctrl-C in a terminal reaches the whole process group: the server decides when workers end
    # (they leave when their stdin closes)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    requests, replies = sys.stdin.buffer, sys.stdout.buffer
    # nothing but frames may reach stdout: anything printed by a library goes to stderr
    sys.stdout = sys.stderr
    worker = Worker()
    worker.open(sys.argv[1])
    while (payload := read_frame(requests)) is not None:
        header, body = worker.answer(pickle.loads(payload))
        encoded = pickle.dumps(header)
        write_frame(replies, FRAME_LENGTH.pack(len(encoded)), encoded, body)
        replies.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
