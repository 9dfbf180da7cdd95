"""FastAPI application: ``create_app(settings)``; routes call the ``kg`` library, never the reverse."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse, Response

from kg.errors import KGError, QueryError
from kg.query import execute, serialize
from kg.settings import Settings
from kg.store import open_store

STATIC = Path(__file__).parent / "static"
RESULT_MEDIA = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_MEDIA = {
    "text/turtle": "ttl",
    "application/n-triples": "nt",
    "application/rdf+xml": "rdfxml",
    "application/ld+json": "jsonld",
}
MEDIA_OF = {v: k for k, v in reversed(list({**RESULT_MEDIA, **GRAPH_MEDIA}.items()))}


def negotiate(accept: str, table: dict[str, str], default: str) -> str:
    """The first acceptable format of ``table`` in the client's order of preference."""
    ranked = []
    for part in accept.split(","):
        media, _, params = part.strip().partition(";")
        q = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranked.append((q, media.strip().lower()))
    for q, media in sorted(ranked, key=lambda r: -r[0]):
        if q > 0 and media in table:
            return table[media]
        if q > 0 and media in ("*/*", "application/*", "text/*", ""):
            return default
    return default


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.from_env()
    store = open_store(settings.store)
    app = FastAPI(title="kg — news knowledge graph", version="0.1.0")
    app.state.store = store
    app.state.settings = settings

    @app.exception_handler(KGError)
    async def kg_error(request: Request, err: KGError) -> JSONResponse:
        return JSONResponse({"error": err.code, "message": err.message}, status_code=err.status)

    async def answer(request: Request, query: str | None) -> Response:
        if not query:
            raise QueryError("E501", reason="no query given (use ?query=... or POST it)")
        result = execute(store, query, limit=settings.result_limit)
        accept = request.headers.get("accept", "*/*")
        if result.kind == "graph":
            fmt = negotiate(accept, GRAPH_MEDIA, "ttl")
        else:
            fmt = negotiate(accept, RESULT_MEDIA, "json")
        return Response(serialize(result, fmt), media_type=MEDIA_OF[fmt])

    @app.get("/sparql", summary="SPARQL 1.1 query (GET)")
    async def sparql_get(request: Request, query: str | None = None) -> Response:
        return await answer(request, query)

    @app.post("/sparql", summary="SPARQL 1.1 query (POST form or application/sparql-query)")
    async def sparql_post(request: Request) -> Response:
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind == "application/sparql-query":
            query = (await request.body()).decode("utf-8", errors="replace")
        else:
            form = await request.form()
            query = form.get("query")
        return await answer(request, query if isinstance(query, str) else None)

    @app.get("/stats", summary="Counts of documents, actors, relations and triples")
    async def stats() -> dict:
        return store.stats().__dict__

    @app.get("/", include_in_schema=False)
    async def page() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    return app
