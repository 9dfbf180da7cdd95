"""JSON for applications: documents in (through the pipeline), actors, relations and paths out.

Field names are stable (the dataclasses of ``kg.explore``, presented by ``browse.to_json``); lists
are ``{"items", "total", "limit", "offset"}``; errors are ``{"error", "message"}`` with a 4xx.
Each read route does its work in one time-limited read (``Backend.read``) of one checkpoint,
so its queries see one state of the store.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Callable, TypeVar

from fastapi import APIRouter, Depends, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import JSONResponse, Response

from api.runtime.backend import Backend, backend
from api.media import media_type
from api.runtime.writes import Ingest, RemoveDocument
from kg.explore import browse
from kg.explore.actors import list_actors, resolve_actor
from kg.explore.assertions import AssertionFilter, Page, as_date, find_assertions, relation_names
from kg.explore.scope import Scope, parse_modality, parse_negated
from kg.errors import NotFoundError, RequestError, ValidationError
from kg.model import Document
from kg.extract.read import content_id, decode, parse_json_line, read_html, read_plain, read_text
from kg.store.protocol import Store

router = APIRouter(tags=["REST"])

Limit = Annotated[int, Query(ge=1, le=1000, description="Most items to return.")]
# bounded: a number past what the store's SPARQL engine counts in (2^64) would fail inside the query
Offset = Annotated[int, Query(ge=0, le=1_000_000_000, description="Items to skip.")]
Server = Annotated[Backend, Depends(backend)]
DOCUMENT_BODIES = ("application/json", "text/plain", "text/html")
T = TypeVar("T")


def as_json(value: object, status_code: int = 200) -> JSONResponse:
    return JSONResponse(browse.to_json(value), status_code=status_code)


def actor_iri(store: Store, reference: str) -> str:
    """The actor a parameter names; an unknown one is a 404 that says how to search (E708)."""
    try:
        return resolve_actor(store, reference)
    except NotFoundError:
        raise NotFoundError("E708", actor=reference) from None


def parameter(name: str, value: str | None, parse: Callable[[str], T]) -> T | None:
    """A query parameter read by a library parser; what the parser refuses is a 400 naming the parameter (E707)."""
    if value is None:
        return None
    try:
        return parse(value)
    except ValidationError as err:
        raise RequestError("E707", name=name, reason=f"is refused: {err.message.rstrip('.')}") from None


def statement_scope(
    facts: Annotated[bool, Query(description="Count facts too (leaderOf, memberOf …).")] = False,
    negated: Annotated[str, Query(description="false (affirmed only), true (negated only) or any.")] = "false",
    modality: Annotated[
        str, Query(description="asserted, hypothetical, future, conditional, a comma list of them, or any.")
    ] = "asserted",
) -> Scope:
    """Which statements a route counts: by default the asserted, non-negated interactions (docs/counting.md)."""
    return Scope.of(facts, parameter("negated", negated, parse_negated), parameter("modality", modality, parse_modality))


Counted = Annotated[Scope, Depends(statement_scope)]


def actor_pair(text: str) -> tuple[str, str]:
    """``A,B`` as two actor references (ValidationError E405 otherwise)."""
    parts = [part.strip() for part in text.split(",")]
    if len(parts) != 2 or not all(parts):
        raise ValidationError("E405", value=text)
    return parts[0], parts[1]


# --- documents --------------------------------------------------------------------------------


def read_document(data: bytes, kind: str, meta: dict[str, str]) -> Document:
    """The document in a request body: a JSON object (``{"text", "id", "title", …}``), plain text or HTML."""
    text = decode(data, "the request body")
    doc_id = meta.pop("id", None)
    if kind == "application/json":
        return parse_json_line(text, "the request body", 1)
    if kind == "text/html":
        return read_html(text, id=doc_id or content_id(text), **meta)
    if meta:
        return read_text(text, id=doc_id, **meta)
    return read_plain(text, doc_id or content_id(text))


@router.post(
    "/documents",
    summary="Extract actors and relations from a document and store it (needs the token)",
    status_code=201,
    openapi_extra={
        "requestBody": {
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "required": ["text"],
                        "properties": {k: {"type": "string"} for k in ("id", "text", "title", "date", "source", "url", "lang")},
                    }
                },
                "text/plain": {"schema": {"type": "string"}},
                "text/html": {"schema": {"type": "string"}},
            }
        }
    },
    responses={201: {"description": "The extraction, shaped like `kg extract` output"}, 401: {}, 403: {}, 415: {}},
)
async def post_document(
    request: Request,
    server: Server,
    id: Annotated[str | None, Query(description="Document id for text and HTML bodies (default: a content hash).")] = None,
    title: str | None = None,
    date: Annotated[str | None, Query(description="Publication date, YYYY-MM-DD.")] = None,
    source: str | None = None,
    url: str | None = None,
    lang: Annotated[str | None, Query(description="en or it (default: detected).")] = None,
) -> JSONResponse:
    server.authorize(request)
    kind = media_type(request.headers.get("content-type", ""))
    if kind not in DOCUMENT_BODIES:
        raise RequestError("E704", kind=kind, known=", ".join(DOCUMENT_BODIES))
    meta = {k: v for k, v in {"id": id, "title": title, "date": date, "source": source, "url": url, "lang": lang}.items() if v}
    document = read_document(await request.body(), kind, meta)
    return as_json(await server.write(Ingest(document)), status_code=201)


@router.get("/documents", summary="Stored documents, newest first")
async def get_documents(server: Server, limit: Limit = 50, offset: Offset = 0) -> JSONResponse:
    return as_json(await server.read(lambda store: browse.list_documents(store, limit, offset)))


@router.get("/documents/{doc_id}", summary="One document: metadata, text, actors mentioned and relations found")
async def get_document(doc_id: str, server: Server) -> JSONResponse:
    return as_json(await server.read(lambda store: browse.document_detail(store, doc_id)))


@router.delete("/documents/{doc_id}", summary="Delete a document and what only it said (needs the token)", status_code=204)
async def delete_document(doc_id: str, request: Request, server: Server) -> Response:
    server.authorize(request)
    await server.write(RemoveDocument(doc_id))
    return Response(status_code=204)


# --- actors, relations, paths ----------------------------------------------------------------


@router.get("/actors", summary="Actors whose name or an alias contains q, most mentioned first")
async def get_actors(
    server: Server,
    q: Annotated[str | None, Query(description="Part of a name or alias (case and accents ignored).")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> JSONResponse:
    found = await server.read(lambda store: list_actors(store, q))
    return as_json(Page(tuple(found[offset : offset + limit]), len(found), limit, offset))


@router.get("/actors/{actor}", summary="One actor: aliases, types, identifiers, relations in and out with evidence, timeline")
async def get_actor(
    actor: Annotated[str, PathParam(description="An actor id (the IRI's last part), its IRI, or a name or alias.")],
    server: Server,
    scope: Counted,
    limit: Annotated[int, Query(ge=1, le=1000, description="Most relations to return each way.")] = 100,
) -> JSONResponse:
    detail = lambda store: browse.actor_detail(store, actor_iri(store, actor), limit, scope)  # noqa: E731
    return as_json(await server.read(detail))


@router.get("/relations", summary="Relations (assertions) by actors, relation, dates and qualifiers, newest first")
async def get_relations(
    server: Server,
    scope: Counted,
    subject: Annotated[str | None, Query(description="Actor id, IRI or name.")] = None,
    relation: Annotated[str | None, Query(description="A relation name, or cooperative / conflictual / neutral / fact.")] = None,
    object: Annotated[str | None, Query(description="Actor id, IRI or name.")] = None,
    between: Annotated[str | None, Query(description="Two actors, comma-separated: relations between them, either way.")] = None,
    since: Annotated[str | None, Query(description="First date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, Query(description="Last date, YYYY-MM-DD.")] = None,
    attributed_to: Annotated[str | None, Query(description="Actor id, IRI or name the claim is attributed to.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> JSONResponse:
    chosen = AssertionFilter(
        relations=parameter("relation", relation, lambda value: relation_names(value, facts=scope.facts)) or (),
        since=parameter("since", since, lambda value: as_date(value, "since")),
        until=parameter("until", until, lambda value: as_date(value, "until")),
        scope=scope,
        newest_first=True,
        limit=limit,
        offset=offset,
    )
    pair = parameter("between", between, actor_pair)

    def relations(store: Store) -> Page:
        actor = lambda ref: actor_iri(store, ref) if ref else None  # noqa: E731
        return find_assertions(
            store,
            replace(
                chosen, subject=actor(subject), object=actor(object), attributed_to=actor(attributed_to),
                between=(actor(pair[0]), actor(pair[1])) if pair else None,
            ),
        )

    return as_json(await server.read(relations))


@router.get("/paths", summary="Shortest chains of relations between two actors, with the evidence for each hop")
async def get_paths(
    server: Server,
    scope: Counted,
    source: Annotated[str, Query(alias="from", description="Actor id, IRI or name.")],
    target: Annotated[str, Query(alias="to", description="Actor id, IRI or name.")],
    max_hops: Annotated[int, Query(ge=1, le=browse.MAX_HOPS, description="Longest chain to look for.")] = 3,
    limit: Annotated[int, Query(ge=1, le=100, description="Most paths to return.")] = 10,
) -> JSONResponse:
    def paths(store: Store) -> dict:
        start, end = actor_iri(store, source), actor_iri(store, target)
        found = browse.find_paths(store, start, end, max_hops, limit, scope=scope)
        return {"from": start, "to": end, "max_hops": max_hops, "paths": found}

    return as_json(await server.read(paths))


@router.get("/stats", summary="Counts of documents, actors, relations and triples")
async def get_stats(server: Server) -> JSONResponse:
    return as_json(await server.read(lambda store: store.stats()))
