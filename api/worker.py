"""A query process: reads requests on stdin, answers on stdout, one at a time.

The server runs every SPARQL read in one of these (``api.executor``), because pyoxigraph
cannot cancel a query: the only sound way to stop one at the time limit is to kill the
process evaluating it. Each worker opens an immutable snapshot of the store read-only,
and reopens when the server says a newer snapshot exists (after a write).

Frames are a 4-byte big-endian length and a payload. A request is one JSON frame; a reply
is one frame holding the length of a JSON header, the header, then the body.
"""

from __future__ import annotations

import json
import os
import signal
import struct
import sys
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from api.media import GRAPHS, RESULTS, known_media
from kg.errors import FormatError, KGError, QueryError
from kg.query import RESULT_FORMATS, Result, serialize, to_sparql_json
from kg.store import EmbeddedStore, open_store

FRAME_LENGTH = struct.Struct(">I")


def write_frame(stream: BinaryIO, payload: bytes) -> None:
    stream.write(FRAME_LENGTH.pack(len(payload)))
    stream.write(payload)


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
        return self.render(store.query(request["query"], **options), request)

    def render(self, answer: object, request: dict) -> tuple[dict, bytes]:
        limit = request["limit"]
        if isinstance(answer, ox.QueryBoolean):
            result, fmt = Result(boolean=bool(answer)), request["results_format"]
        elif isinstance(answer, ox.QuerySolutions):
            fmt = request["results_format"]
            if fmt is not None and request.get("top_limit") is not None and request["top_limit"] <= limit:
                # the query bounds itself within the cap: pyoxigraph's writer streams it fastest
                return {"kind": "select", "format": fmt}, answer.serialize(format=RESULT_FORMATS[fmt])
            variables = [v.value for v in answer.variables]
            rows = [dict(zip(variables, solution)) for solution in _capped(answer, limit)]
            result = Result(variables=variables, rows=rows)
        else:
            result, fmt = Result(triples=list(_capped(answer, limit))), request["graph_format"]
        if fmt is None:
            known = known_media(GRAPHS if result.kind == "graph" else RESULTS)
            raise FormatError("E705", accept=request.get("accept") or "", known=known)
        if fmt == "json" and result.kind != "graph":
            # the common case, written directly rather than through pyoxigraph's reader and writer
            return {"kind": result.kind, "format": fmt}, to_sparql_json(result).encode("utf-8")
        return {"kind": result.kind, "format": fmt}, serialize(result, fmt)


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
    while (payload := read_frame(requests)) is not None:
        header, body = worker.answer(json.loads(payload))
        encoded = json.dumps(header).encode("utf-8")
        write_frame(replies, FRAME_LENGTH.pack(len(encoded)) + encoded + body)
        replies.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
