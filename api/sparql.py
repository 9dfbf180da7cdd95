"""SPARQL 1.1 Protocol (``/sparql``), Update (``/update``) and Graph Store HTTP Protocol (``/store``).

Queries are time-limited reads of the newest checkpoint (``api.runtime.backend``), answered by
``kg.store.query.run`` in the format ``api.media`` negotiates; updates and Graph Store writes need
the bearer token and go to the supervisor, which applies them one at a time. Both reach the store
through the ``kg.store.protocol.Store`` operations only.
"""

from __future__ import annotations

from functools import partial
from urllib.parse import parse_qs
from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.types import Receive, Scope, Send

from api.media import chooser, known_media, media_type, negotiate
from api.runtime.backend import Backend, backend
from api.runtime.writes import DropGraph, PutGraph, Update, missing_graph
from kg.errors import FormatError, QueryError, RequestError
from kg.store.protocol import Dataset, Store
from kg.store.query import Answer, Format, format_for, formats, run
from kg.store.sparql_text import shape_of

router = APIRouter(tags=["SPARQL"])

QUERY_BODY = "application/sparql-query"
UPDATE_BODY = "application/sparql-update"
FORM_BODIES = ("application/x-www-form-urlencoded", "multipart/form-data")
SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
ANSWER_FORMATS = (*formats("results"), *formats("graph"))
RESULT_EXAMPLES = {fmt.media_type: {} for fmt in ANSWER_FORMATS}

# ``/sparql`` is a plain ASGI app (``query_endpoint``), not a FastAPI route: it reads its own
# parameters (SPARQL names like "default-graph-uri" repeat and carry dashes) and is served ahead
# of FastAPI's machinery (see ``api.app.Service``). So its OpenAPI description is written out
# here, and ``api.app`` adds it to the schema.
DATASET_PARAMETERS = [
    {"name": "default-graph-uri", "in": "query", "required": False, "schema": {"type": "array", "items": {"type": "string"}},
     "description": "Graphs merged into the default graph (replaces the union of all graphs)."},
    {"name": "named-graph-uri", "in": "query", "required": False, "schema": {"type": "array", "items": {"type": "string"}},
     "description": "Graphs that GRAPH patterns may match."},
]
QUERY_PARAMETER = {"name": "query", "in": "query", "required": False, "schema": {"type": "string"},
                   "description": "The SPARQL query; without it the endpoint answers its service description."}
QUERY_RESPONSES = {
    "200": {"description": "The answer, in the negotiated format", "content": RESULT_EXAMPLES},
    "400": {"description": "Malformed query, or an update"},
    "406": {"description": "No acceptable result format"},
    "503": {"description": "The query ran past the time limit"},
}
QUERY_OPENAPI = {
    "get": {
        "tags": ["SPARQL"],
        "summary": "SPARQL 1.1 query (GET), or the service description when no query is given",
        "operationId": "sparql_get",
        "parameters": [QUERY_PARAMETER, *DATASET_PARAMETERS],
        "responses": QUERY_RESPONSES,
    },
    "post": {
        "tags": ["SPARQL"],
        "summary": "SPARQL 1.1 query (POST, form-encoded or application/sparql-query)",
        "operationId": "sparql_post",
        "parameters": DATASET_PARAMETERS,
        "requestBody": {
            "required": True,
            "content": {
                "application/x-www-form-urlencoded": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "query": {"type": "string"},
                            "default-graph-uri": {"type": "array", "items": {"type": "string"}},
                            "named-graph-uri": {"type": "array", "items": {"type": "string"}},
                        },
                        "required": ["query"],
                    }
                },
                QUERY_BODY: {"schema": {"type": "string"}},
            },
        },
        "responses": {**QUERY_RESPONSES, "415": {"description": "Unsupported body"}},
    },
}


def body_kind(request: Request) -> str:
    return media_type(request.headers.get("content-type", ""))


async def answer(
    server: Backend, query: str | None, accept: str | None, default_graphs: list[str] | None, named_graphs: list[str] | None
) -> Answer:
    """Run one query within the limits and answer in the negotiated format."""
    if not query or not query.strip():
        raise QueryError("E501", reason="no query given (use ?query=..., a 'query' form field or an application/sparql-query body)")
    shape = shape_of(query)
    if shape.is_update:
        raise QueryError("E503")
    if shape.external:
        raise QueryError("E505", what=shape.external)
    for name, iris in (("default-graph-uri", default_graphs), ("named-graph-uri", named_graphs)):
        for iri in iris or ():
            check_iri(iri, name)
    choose = chooser(accept)
    if shape.form is not None:
        choose("graph" if shape.is_graph else "results")  # E705 before evaluating when the client takes no format for it
    if default_graphs is not None or named_graphs is not None:
        dataset = Dataset(tuple(default_graphs or ()), tuple(named_graphs or ()))  # SPARQL Protocol: it replaces the query's own
    else:
        dataset = Dataset() if shape.dataset else None  # FROM / FROM NAMED decide, or else the union of all graphs
    limit = server.settings.result_limit
    return await server.read(partial(run, sparql=query, choose=choose, limit=limit, dataset=dataset, top_limit=shape.limit))


def check_iri(value: str, name: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(value)
    except ValueError as err:
        raise RequestError("E707", name=name, reason=f"is not an absolute IRI ({err})") from None


async def service_description(request: Request, server: Backend) -> Response:
    """SPARQL 1.1 Service Description of this endpoint, in the negotiated RDF syntax."""
    fmt = graph_format(request)
    triples = await server.read(default_graph_size)
    endpoint = ox.NamedNode(str(request.url.replace(query="", fragment="")))
    sd = lambda name: ox.NamedNode(SD + name)  # noqa: E731
    dataset, default = ox.BlankNode(), ox.BlankNode()
    description = [
        ox.Triple(endpoint, RDF_TYPE, sd("Service")),
        ox.Triple(endpoint, sd("endpoint"), endpoint),
        ox.Triple(endpoint, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(endpoint, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(endpoint, sd("defaultDataset"), dataset),
        ox.Triple(dataset, RDF_TYPE, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), default),
        ox.Triple(default, RDF_TYPE, sd("Graph")),
        ox.Triple(default, ox.NamedNode(VOID + "triples"), ox.Literal(str(triples), datatype=XSD_INTEGER)),
    ]
    for answer_format in ANSWER_FORMATS:
        description.append(ox.Triple(endpoint, sd("resultFormat"), ox.NamedNode(answer_format.syntax.iri)))
    if server.settings.update_token:
        update = ox.NamedNode(str(request.url_for("sparql_update")))
        description += [
            ox.Triple(update, RDF_TYPE, sd("Service")),
            ox.Triple(update, sd("endpoint"), update),
            ox.Triple(update, sd("supportedLanguage"), sd("SPARQL11Update")),
        ]
    body = ox.serialize(description, format=fmt.syntax, prefixes={"sd": SD, "void": VOID})
    return Response(body, media_type=fmt.media_type)


def default_graph_size(store: Store) -> int:
    """Triples in the default graph, the union of all graphs: ``void:triples`` of the service description."""
    return int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))["n"].value)


def graph_format(request: Request) -> Format:
    """The RDF format the request's ``Accept`` header asks for; E705 when it takes none."""
    fmt = negotiate(request.headers.get("accept"), "graph")
    if fmt is None:
        raise FormatError("E705", accept=request.headers.get("accept", ""), known=known_media("graph"))
    return fmt


async def query_endpoint(scope: Scope, receive: Receive, send: Send) -> None:
    """``/sparql`` as an ASGI app: GET and POST queries; errors are left to the caller (``api.app.Service``) to answer.

    The usual requests (GET ``?query=``, POST ``application/sparql-query``) are read straight
    from the ASGI scope and answered with two ASGI messages: on a quick query, Starlette's
    request and response objects cost a good part of the time the engine takes.
    """
    method = scope["method"]
    headers = dict(scope["headers"])
    accept = headers.get(b"accept", b"").decode("latin-1") or None
    params = parse_qs(scope["query_string"].decode("latin-1"), keep_blank_values=True) if scope["query_string"] else {}
    server: Backend = scope["app"].state.backend
    if method == "GET":
        if "update" in params:
            raise QueryError("E503")
        if "query" not in params:
            await (await service_description(Request(scope, receive), server))(scope, receive, send)
            return
        reply = await answer(server, params["query"][0], accept, *dataset_of(params))
    elif method == "POST":
        kind = media_type(headers.get(b"content-type", b"").decode("latin-1"))
        if kind == QUERY_BODY:
            reply = await answer(server, decode_body(await read_body(receive)), accept, *dataset_of(params))
        else:
            reply = await form_query(Request(scope, receive), server, kind, accept, params)
    else:
        raise RequestError("E713", method=method, path=scope["path"], allowed="GET, POST")
    await send({"type": "http.response.start", "status": 200, "headers": [
        (b"content-type", CONTENT_TYPE[reply.format.name]), (b"content-length", str(len(reply.body)).encode())
    ]})
    await send({"type": "http.response.body", "body": reply.body})


# "charset" only where the media type has one (RFC 6838), as Starlette would add it
CONTENT_TYPE = {
    fmt.name: (fmt.media_type + ("; charset=utf-8" if fmt.media_type.startswith("text/") else "")).encode()
    for fmt in ANSWER_FORMATS
}


def dataset_of(params: dict[str, list[str]]) -> tuple[list[str] | None, list[str] | None]:
    return params.get("default-graph-uri"), params.get("named-graph-uri")


async def read_body(receive: Receive) -> bytes:
    message = await receive()
    body = message.get("body", b"")
    while message.get("more_body"):
        message = await receive()
        body += message.get("body", b"")
    return body


async def form_query(request: Request, server: Backend, kind: str, accept: str | None, params: dict[str, list[str]]) -> Answer:
    if kind == UPDATE_BODY:
        raise QueryError("E503")
    if kind not in FORM_BODIES:
        raise RequestError("E704", kind=kind, known=", ".join((*FORM_BODIES, QUERY_BODY)))
    form = await read_form(request)
    if "update" in form:
        raise QueryError("E503")
    query = form.get("query")
    default_graphs, named_graphs = dataset_of(params)
    return await answer(
        server,
        query if isinstance(query, str) else None,
        accept,
        [str(v) for v in form.getlist("default-graph-uri")] or default_graphs,
        [str(v) for v in form.getlist("named-graph-uri")] or named_graphs,
    )


async def read_form(request: Request) -> FormData:
    """The fields of a form body; one that cannot be read as its Content-Type says (no multipart
    boundary, a field past the size Starlette reads) is E707."""
    try:
        return await request.form()
    except HTTPException as err:  # Starlette's refusal, which would otherwise reach the client as a bug (a 500)
        raise RequestError("E707", name="body", reason=f"is not a readable form ({str(err.detail).rstrip('.')})") from None


def decode_body(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise RequestError("E707", name="body", reason=f"is not UTF-8 (byte {err.start})") from None


@router.post(
    "/update",
    name="sparql_update",
    summary="SPARQL 1.1 Update (needs the bearer token)",
    status_code=204,
    openapi_extra={
        "requestBody": {
            "content": {
                "application/x-www-form-urlencoded": {
                    "schema": {"type": "object", "properties": {"update": {"type": "string"}}, "required": ["update"]}
                },
                UPDATE_BODY: {"schema": {"type": "string"}},
            }
        }
    },
    responses={401: {"description": "Missing or wrong token"}, 403: {"description": "Writes are disabled"}},
)
async def sparql_update(request: Request, server: Annotated[Backend, Depends(backend)]) -> Response:
    server.authorize(request)
    kind = body_kind(request)
    dataset = [name for name in ("using-graph-uri", "using-named-graph-uri") if name in request.query_params]
    if kind == UPDATE_BODY:
        update = decode_body(await request.body())
    elif kind in FORM_BODIES:
        form = await read_form(request)
        dataset += [name for name in ("using-graph-uri", "using-named-graph-uri") if name in form]
        value = form.get("update")
        if not isinstance(value, str):
            raise RequestError("E707", name="update", reason="is missing: send the update in the 'update' form field")
        update = value
    else:
        raise RequestError("E704", kind=kind, known=", ".join((*FORM_BODIES, UPDATE_BODY)))
    if dataset:
        raise RequestError("E715", names=", ".join(sorted(set(dataset))))
    shape = shape_of(update)
    if shape.external:
        raise QueryError("E505", what=shape.external)
    if shape.form is not None and not shape.is_update:
        raise QueryError("E507", reason=f"it is a {shape.form} query; send queries to /sparql")
    await server.write(Update(update))
    return Response(status_code=204)


# --- Graph Store HTTP Protocol -------------------------------------------------------------

GraphParam = Annotated[str | None, Query(description="IRI of the named graph.")]
DefaultParam = Annotated[str | None, Query(description="Present (empty) to act on the default graph.")]


def target_graph(graph: str | None, default: str | None) -> str | None:
    """The IRI of the graph a request names, or ``None`` for the default graph."""
    if (graph is None) == (default is None):
        raise RequestError("E711")
    return None if graph is None else check_iri(graph, "graph").value


STORE_READ = {200: {"content": {fmt.media_type: {} for fmt in formats("graph")}}, 404: {"description": "No such graph"}}


@router.get("/store", summary="Graph Store Protocol: read one graph (?graph=IRI or ?default); open to everyone", responses=STORE_READ)
async def store_get(
    request: Request, server: Annotated[Backend, Depends(backend)], graph: GraphParam = None, default: DefaultParam = None
) -> Response:
    target = target_graph(graph, default)
    fmt = graph_format(request)

    def dump(store: Store) -> bytes:
        if not store.graph_exists(target):
            raise missing_graph(target)
        return ox.serialize(store.triples(target), format=fmt.syntax) or b""

    return Response(await server.read(dump), media_type=fmt.media_type)


@router.head("/store", summary="Graph Store Protocol: whether a graph exists (?graph=IRI or ?default)", responses=STORE_READ)
async def store_head(
    request: Request, server: Annotated[Backend, Depends(backend)], graph: GraphParam = None, default: DefaultParam = None
) -> Response:
    target = target_graph(graph, default)
    fmt = graph_format(request)
    if not await server.read(lambda store: store.graph_exists(target)):
        raise missing_graph(target)
    return Response(media_type=fmt.media_type)


WRITE_RESPONSES = {
    201: {"description": "The graph was created"},
    204: {"description": "The graph was changed"},
    401: {"description": "Missing or wrong token"},
    403: {"description": "Writes are disabled"},
}
RDF_REQUEST = {"requestBody": {"content": {fmt.media_type: {"schema": {"type": "string"}} for fmt in formats("graph")}}}


@router.put(
    "/store", summary="Graph Store Protocol: replace a graph (needs the token)", responses=WRITE_RESPONSES, openapi_extra=RDF_REQUEST
)
async def store_put(
    request: Request, server: Annotated[Backend, Depends(backend)], graph: GraphParam = None, default: DefaultParam = None
) -> Response:
    return await write_graph(request, server, target_graph(graph, default), replace=True)


@router.post(
    "/store", summary="Graph Store Protocol: add triples to a graph (needs the token)", responses=WRITE_RESPONSES, openapi_extra=RDF_REQUEST
)
async def store_post(
    request: Request, server: Annotated[Backend, Depends(backend)], graph: GraphParam = None, default: DefaultParam = None
) -> Response:
    return await write_graph(request, server, target_graph(graph, default), replace=False)


async def write_graph(request: Request, server: Backend, target: str | None, replace: bool) -> Response:
    """Graph Store PUT (``replace``) or POST: the body, read by its Content-Type, into the target graph."""
    server.authorize(request)
    kind = body_kind(request)
    fmt = format_for(kind, "graph")
    if fmt is None:
        raise RequestError("E704", kind=kind, known=known_media("graph"))
    base = target if target is not None else str(request.url.remove_query_params(["default"]))
    created = await server.write(PutGraph(target, await request.body(), fmt.name, base, replace))
    return Response(status_code=201 if created else 204)


@router.delete(
    "/store",
    summary="Graph Store Protocol: delete a graph (needs the token)",
    status_code=204,
    responses={**WRITE_RESPONSES, 404: {"description": "No such graph"}},
)
async def store_delete(
    request: Request, server: Annotated[Backend, Depends(backend)], graph: GraphParam = None, default: DefaultParam = None
) -> Response:
    server.authorize(request)
    await server.write(DropGraph(target_graph(graph, default)))
    return Response(status_code=204)
