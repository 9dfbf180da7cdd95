"""The floor of a SPARQL server on Python's HTTP stack: an ASGI app that evaluates each request's
query with pyoxigraph on the loop's own thread and writes the answer, served by uvicorn as ``kg
serve``'s processes are (uvloop, httptools, no access log).

Nothing else: no time limit, no memory cap, no content negotiation, no checks. ``bench/sparql.py``
sends it the same queries as ``kg serve`` and ``oxigraph serve``, so its latency is the least any
server built on this stack and this engine can answer them in. At concurrency 8 it runs as many
processes as ``kg serve`` (uvicorn's ``--workers``), in two forms: each process evaluating on its
loop's thread, one query at a time, or (``KG_FLOOR_THREADS=1``) in the loop's thread pool, so that
a process's queries overlap as ``kg serve``'s reader threads let them.

    KG_FLOOR_STORE=STORE python -m uvicorn http_floor:app --app-dir bench --port 8001 [--workers 2]
"""

import asyncio
import os
from urllib.parse import parse_qs

import pyoxigraph as ox

# read-only, as every process of a uvicorn --workers N opens it (RocksDB takes no lock for readers)
store = ox.Store.read_only(os.environ["KG_FLOOR_STORE"])
in_threads = os.environ.get("KG_FLOOR_THREADS") == "1"


def evaluate(query: str) -> tuple[bytes, bytes]:
    """The answer's bytes and media type."""
    answer = store.query(query, use_default_graph_as_union=True)
    if isinstance(answer, (ox.QuerySolutions, ox.QueryBoolean)):
        return answer.serialize(format=ox.QueryResultsFormat.JSON), b"application/sparql-results+json"
    return ox.serialize(answer, format=ox.RdfFormat.N_TRIPLES) or b"", b"application/n-triples"


async def app(scope, receive, send) -> None:
    if scope["type"] != "http":  # the lifespan's messages: nothing to start or stop
        return
    body, more = b"", True
    while more:
        message = await receive()
        body, more = body + message.get("body", b""), message.get("more_body", False)
    query = parse_qs(scope["query_string"].decode()).get("query", [body.decode()])[0]  # GET ?query=…, or a POSTed query
    data, media = await asyncio.to_thread(evaluate, query) if in_threads else evaluate(query)
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", media), (b"content-length", str(len(data)).encode())]})
    await send({"type": "http.response.body", "body": data})
