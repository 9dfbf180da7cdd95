"""FastAPI application: ``create_app(settings)``; routes call the ``kg`` library, never the reverse.

- ``api.sparql``: SPARQL 1.1 Protocol, Update and Graph Store Protocol;
- ``api.rest``: JSON for applications (documents, actors, relations, paths, stats);
- ``api.page``: the page at ``/``, its example queries and the local OpenAPI page at ``/docs``.

Every error a client can cause is a JSON ``{"error": code, "message": text}`` with a 4xx
status (codes in ``kg.errors``); a 500 means a bug, and no request can stop the server.
"""

from __future__ import annotations

import gc
import logging
from http import HTTPStatus
from contextlib import asynccontextmanager
from email.utils import formatdate
from pathlib import Path
from typing import AsyncIterator

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api import page, rest, sparql
from api.runtime.backend import Backend
from api.runtime.snapshots import Replica
from kg import __version__
from kg.errors import KGError, MemoryLimitError, QueryTimeoutError, RequestError, ServerError
from kg.settings import Settings

log = logging.getLogger("kg.api")


def error_response(err: KGError) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if err.status == 401 else {}
    if isinstance(err, (QueryTimeoutError, MemoryLimitError)):  # this process retires: the next request should open a new connection
        headers["Connection"] = "close"
    return JSONResponse({"error": err.code, "message": err.message}, status_code=err.status, headers=headers)


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with a 413, whether or not they announce a length."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope["headers"]).get(b"content-length", b"0")
        if declared.isdigit() and int(declared) > self.limit:
            return await error_response(RequestError("E703", limit=self.limit))(scope, receive, send)
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise RequestError("E703", limit=self.limit)
            return message

        await self.app(scope, counted, send)


def bug_response(method: str, path: str, err: Exception) -> JSONResponse:
    """The 500 for an error no handler expected (a bug), logged with its traceback."""
    log.error("unhandled error on %s %s", method, path, exc_info=err)
    return error_response(ServerError("E714", kind=type(err).__name__))


class Service(FastAPI):
    """The FastAPI app, except that ``/sparql`` is answered ahead of FastAPI's own layers.

    The query endpoint is the hot path: a quick query takes about a millisecond to evaluate,
    and FastAPI's per-request machinery (its telemetry check and exception middleware, route
    matching, dependency solving) cost a third as much again. So ``/sparql`` is a plain ASGI
    app (``api.sparql.query_endpoint``) whose errors are answered here, and its OpenAPI
    description is added by hand. ``entry`` (set by ``create_app``) wraps both paths in the
    body limit and CORS.
    """

    entry: ASGIApp

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.entry(scope, receive, send)

    async def route(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != "/sparql":
            return await super().__call__(scope, receive, send)
        scope["app"] = self
        try:
            await sparql.query_endpoint(scope, receive, send)
        except KGError as err:
            await error_response(err)(scope, receive, send)
        except Exception as err:  # noqa: BLE001 — as FastAPI's last-resort handler does for the other routes
            await bug_response(scope["method"], scope["path"], err)(scope, receive, send)

    def openapi(self) -> dict:
        if self.openapi_schema is None:
            schema = super().openapi()
            schema["paths"] = {"/sparql": sparql.QUERY_OPENAPI, **schema["paths"]}
            document_errors(schema)
        return self.openapi_schema


ERROR_CONTENT = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
ERROR_SCHEMA = {
    "type": "object",
    "properties": {"error": {"type": "string", "description": "The code (kg/errors.py)"}, "message": {"type": "string"}},
    "required": ["error", "message"],
}


def document_errors(schema: dict) -> None:
    """Say in the OpenAPI document what errors look like: every operation may refuse what it is sent
    with a 400, and other refusals (404, 405, 406, 413, 415, 503 …) have the same body. FastAPI's own
    422 goes: this app answers a parameter it cannot read with a 400 (E707)."""
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components.pop("HTTPValidationError", None)
    components.pop("ValidationError", None)
    components["Error"] = ERROR_SCHEMA
    for item in schema["paths"].values():
        for operation in item.values():
            responses = operation["responses"]
            responses.pop("422", None)
            responses.setdefault("400", {"description": "The request cannot be taken as sent (parameters, body, query)"})
            responses["default"] = {"description": "Any other refusal"}
            for status, response in responses.items():
                if status == "default" or int(status) >= 400:
                    response["content"] = ERROR_CONTENT


def http_answer(response: Response) -> bytes:
    """``response`` as HTTP/1.1 writes it on a connection, with the date and server headers uvicorn
    adds to its own answers: what a thread other than the event loop's can send, when it sends it."""
    head = [f"HTTP/1.1 {response.status_code} {HTTPStatus(response.status_code).phrase}".encode()]
    head += [b"date: " + formatdate(usegmt=True).encode(), b"server: uvicorn"]
    head += [name + b": " + value for name, value in response.raw_headers]
    return b"\r\n".join(head) + b"\r\n\r\n" + response.body


def create_app(settings: Settings, run_folder: Path, control_path: str) -> FastAPI:
    """The HTTP service of one serving process, reading the checkpoints in ``run_folder`` and
    sending writes to ``control_path`` (both made by ``api.runtime.supervisor``)."""
    timed_out = error_response(QueryTimeoutError("E502", seconds=f"{settings.query_timeout:g}"))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        replica = Replica(run_folder, settings.query_depth)
        server = await Backend.start(settings, replica, control_path, lambda: http_answer(timed_out))
        server.stop = app.state.stop
        server.connections = app.state.connections
        app.state.backend = server
        # what start-up made lives as long as the process: keep it out of the collector's passes
        gc.freeze()
        yield
        # no clean-up: the process exits right after (``api.runtime.serving``), which releases everything

    app = Service(
        title="kg — news knowledge graph",
        version=__version__,
        description="SPARQL 1.1 endpoint, Graph Store and a JSON API over actors and relations in the news.",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings

    @app.exception_handler(KGError)
    async def kg_error(request: Request, err: KGError) -> JSONResponse:
        return error_response(err)

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, err: RequestValidationError) -> JSONResponse:
        first = err.errors()[0] if err.errors() else {}
        name = ".".join(str(part) for part in first.get("loc", ())[1:]) or "request"
        return error_response(RequestError("E707", name=name, reason=str(first.get("msg", "is not valid")).lower()))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, err: HTTPException) -> JSONResponse:
        if err.status_code == 404:
            return error_response(RequestError("E712", path=request.url.path))
        if err.status_code == 405:
            allowed = (err.headers or {}).get("Allow", "")
            return error_response(RequestError("E713", method=request.method, path=request.url.path, allowed=allowed))
        return JSONResponse({"error": f"HTTP{err.status_code}", "message": str(err.detail)}, status_code=err.status_code)

    @app.exception_handler(Exception)
    async def bug(request: Request, err: Exception) -> JSONResponse:
        return bug_response(request.method, request.url.path, err)

    app.include_router(sparql.router)
    app.include_router(rest.router)
    app.include_router(page.router)
    page.mount_static(app)
    app.entry = BodyLimit(app.route, limit=settings.max_body_bytes)
    if settings.cors_origins:  # outermost, so even a refused request carries the CORS headers
        app.entry = CORSMiddleware(
            app.entry,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST", "PUT", "DELETE", "OPTIONS"],
            allow_headers=["Accept", "Authorization", "Content-Type"],
        )
    return app
