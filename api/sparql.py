"""SPARQL 1.1 Protocol (``/sparql``), Update (``/update``) and Graph Store HTTP Protocol (``/store``).

Queries are time-limited in worker processes (``api.executor``); updates and Graph Store
writes need the bearer token and go to the primary store one at a time.
"""

from __future__ import annotations

from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from starlette.types import Receive, Scope, Send

from api.backend import Backend, backend
from api.media import GRAPHS, MEDIA_TYPE, RESULTS, accepted, known_media, negotiate
from api.sparql_text import shape_of
from kg.errors import FormatError, NotFoundError, QueryError, RequestError
from kg.query import GRAPH_FORMATS
from kg.store import EmbeddedStore

router = APIRouter(tags=["SPARQL"])

QUERY_BODY = "application/sparql-query"
UPDATE_BODY = "application/sparql-update"
FORM_BODIES = ("application/x-www-form-urlencoded", "multipart/form-data")
RDF_BODIES = ("text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json")
SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
VOID = "http://rdfs.org/ns/void#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
# W3C format IRIs for the service description, by kg.query format name
FORMAT_IRIS = {
    "json": "SPARQL_Results_JSON", "xml": "SPARQL_Results_XML", "csv": "SPARQL_Results_CSV",
    "tsv": "SPARQL_Results_TSV", "ttl": "Turtle", "nt": "N-Triples", "rdfxml": "RDF_XML", "jsonld": "JSON-LD",
}
RESULT_EXAMPLES = {media: {} for media in (*RESULTS, *GRAPHS)}

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
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


async def answer(
    server: Backend, query: str | None, accept: str | None, default_graphs: list[str] | None, named_graphs: list[str] | None
) -> Response:
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
    results_format, graph_format = accepted(accept)
    expected = graph_format if shape.is_graph else results_format
    if expected is None and shape.form is not None:
        raise FormatError("E705", accept=accept or "", known=known_media(GRAPHS if shape.is_graph else RESULTS))
    reply = await server.read(
        {
            "query": query,
            "accept": accept,
            "results_format": results_format,
            "graph_format": graph_format,
            "top_limit": shape.limit,
            "own_dataset": shape.dataset,
            "default_graph": default_graphs,
            "named_graphs": named_graphs,
        }
    )
    return Response(reply.body, media_type=MEDIA_TYPE[reply.format])


def check_iri(value: str, name: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(value)
    except ValueError as err:
        raise RequestError("E707", name=name, reason=f"is not an absolute IRI ({err})") from None


def service_description(request: Request, server: Backend) -> Response:
    """SPARQL 1.1 Service Description of this endpoint, in the negotiated RDF syntax."""
    fmt = negotiate(request.headers.get("accept"), GRAPHS)
    if fmt is None:
        raise FormatError("E705", accept=request.headers.get("accept", ""), known=known_media(GRAPHS))
    endpoint = ox.NamedNode(str(request.url.replace(query="", fragment="")))
    sd = lambda name: ox.NamedNode(SD + name)  # noqa: E731
    dataset, default = ox.BlankNode(), ox.BlankNode()
    triples = [
        ox.Triple(endpoint, RDF_TYPE, sd("Service")),
        ox.Triple(endpoint, sd("endpoint"), endpoint),
        ox.Triple(endpoint, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(endpoint, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(endpoint, sd("defaultDataset"), dataset),
        ox.Triple(dataset, RDF_TYPE, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), default),
        ox.Triple(default, RDF_TYPE, sd("Graph")),
        ox.Triple(default, ox.NamedNode(VOID + "triples"), ox.Literal(str(len(server.primary.store)), datatype=XSD_INTEGER)),
    ]
    for name in dict.fromkeys((*RESULTS.values(), *GRAPHS.values())):
        triples.append(ox.Triple(endpoint, sd("resultFormat"), ox.NamedNode(FORMATS + FORMAT_IRIS[name])))
    if server.settings.update_token:
        update = ox.NamedNode(str(request.url_for("sparql_update")))
        triples += [
            ox.Triple(update, RDF_TYPE, sd("Service")),
            ox.Triple(update, sd("endpoint"), update),
            ox.Triple(update, sd("supportedLanguage"), sd("SPARQL11Update")),
        ]
    body = ox.serialize(triples, format=GRAPH_FORMATS[fmt], prefixes={"sd": SD, "void": VOID})
    return Response(body, media_type=MEDIA_TYPE[fmt])


async def query_endpoint(scope: Scope, receive: Receive, send: Send) -> None:
    """``/sparql`` as an ASGI app: GET and POST queries; errors are left to the caller (``api.app.Service``) to answer."""
    request = Request(scope, receive)
    if request.method == "GET":
        response = await query_get(request)
    elif request.method == "POST":
        response = await query_post(request)
    else:
        raise RequestError("E713", method=request.method, path=request.url.path, allowed="GET, POST")
    await response(scope, receive, send)


async def query_get(request: Request) -> Response:
    params = request.query_params
    if "update" in params:
        raise QueryError("E503")
    if "query" not in params:
        return service_description(request, request.app.state.backend)
    return await answer(
        request.app.state.backend, params["query"], request.headers.get("accept"),
        params.getlist("default-graph-uri") or None, params.getlist("named-graph-uri") or None,
    )


async def query_post(request: Request) -> Response:
    server: Backend = request.app.state.backend
    kind = body_kind(request)
    accept = request.headers.get("accept")
    params = request.query_params
    if kind == QUERY_BODY:
        return await answer(
            server, await text_body(request), accept,
            params.getlist("default-graph-uri") or None, params.getlist("named-graph-uri") or None,
        )
    if kind == UPDATE_BODY:
        raise QueryError("E503")
    if kind not in FORM_BODIES:
        raise RequestError("E704", kind=kind, known=", ".join((*FORM_BODIES, QUERY_BODY)))
    form = await request.form()
    if "update" in form:
        raise QueryError("E503")
    query = form.get("query")
    return await answer(
        server,
        query if isinstance(query, str) else None,
        accept,
        [str(v) for v in form.getlist("default-graph-uri")] or params.getlist("default-graph-uri") or None,
        [str(v) for v in form.getlist("named-graph-uri")] or params.getlist("named-graph-uri") or None,
    )


async def text_body(request: Request) -> str:
    data = await request.body()
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
        update = await text_body(request)
    elif kind in FORM_BODIES:
        form = await request.form()
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
    await server.write(lambda store: store.update(update))
    return Response(status_code=204)


# --- Graph Store HTTP Protocol -------------------------------------------------------------

GraphParam = Annotated[str | None, Query(description="IRI of the named graph.")]
DefaultParam = Annotated[str | None, Query(description="Present (empty) to act on the default graph.")]


def target_graph(graph: str | None, default: str | None) -> ox.NamedNode | ox.DefaultGraph:
    if (graph is None) == (default is None):
        raise RequestError("E711")
    return ox.DefaultGraph() if graph is None else check_iri(graph, "graph")


def graph_exists(store: EmbeddedStore, graph: ox.NamedNode | ox.DefaultGraph) -> bool:
    return isinstance(graph, ox.DefaultGraph) or store.store.contains_named_graph(graph)


def _missing(target: ox.NamedNode | ox.DefaultGraph) -> NotFoundError:
    return NotFoundError("E709", graph=target.value if isinstance(target, ox.NamedNode) else "default")


def graph_ref(target: ox.NamedNode | ox.DefaultGraph) -> str:
    return "DEFAULT" if isinstance(target, ox.DefaultGraph) else f"GRAPH {target}"


def insert_data(target: ox.NamedNode | ox.DefaultGraph, triples: list[ox.Triple]) -> str:
    lines = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)
    if isinstance(target, ox.DefaultGraph):
        return f"INSERT DATA {{\n{lines}\n}}"
    return f"INSERT DATA {{ GRAPH {target} {{\n{lines}\n}} }}"


async def rdf_body(request: Request, target: ox.NamedNode | ox.DefaultGraph) -> list[ox.Triple]:
    """The triples of the request body, parsed by its Content-Type."""
    kind = body_kind(request)
    if kind not in RDF_BODIES:
        raise RequestError("E704", kind=kind, known=", ".join(RDF_BODIES))
    fmt = GRAPHS[kind]
    base = target.value if isinstance(target, ox.NamedNode) else str(request.url.remove_query_params(["default"]))
    try:
        parsed = ox.parse(await request.body(), format=GRAPH_FORMATS[fmt], base_iri=base)
        return [ox.Triple(q.subject, q.predicate, q.object) for q in parsed]
    except (SyntaxError, ValueError, OSError) as err:
        raise RequestError("E710", fmt=MEDIA_TYPE[fmt], reason=str(err)) from None


@router.get(
    "/store",
    summary="Graph Store Protocol: read one graph (?graph=IRI or ?default); open to everyone",
    responses={200: {"content": {media: {} for media in GRAPHS}}, 404: {"description": "No such graph"}},
)
async def store_get(
    request: Request, server: Annotated[Backend, Depends(backend)], graph: GraphParam = None, default: DefaultParam = None
) -> Response:
    target = target_graph(graph, default)
    fmt = negotiate(request.headers.get("accept"), GRAPHS)
    if fmt is None:
        raise FormatError("E705", accept=request.headers.get("accept", ""), known=known_media(GRAPHS))
    store = server.primary

    def dump() -> bytes:
        if not graph_exists(store, target):
            raise _missing(target)
        quads = store.store.quads_for_pattern(None, None, None, target)
        return ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads), format=GRAPH_FORMATS[fmt]) or b""

    return Response(await run_in_threadpool(dump), media_type=MEDIA_TYPE[fmt])


WRITE_RESPONSES = {
    201: {"description": "The graph was created"},
    204: {"description": "The graph was changed"},
    401: {"description": "Missing or wrong token"},
    403: {"description": "Writes are disabled"},
}
RDF_REQUEST = {"requestBody": {"content": {media: {"schema": {"type": "string"}} for media in RDF_BODIES}}}


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


async def write_graph(request: Request, server: Backend, target: ox.NamedNode | ox.DefaultGraph, replace: bool) -> Response:
    server.authorize(request)
    triples = await rdf_body(request, target)

    def change(store: EmbeddedStore) -> bool:
        created = not graph_exists(store, target)
        drop = f"DROP SILENT {graph_ref(target)} ;\n" if replace else ""
        store.update(drop + insert_data(target, triples))
        return created

    created = await server.write(change)
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
    target = target_graph(graph, default)

    def change(store: EmbeddedStore) -> None:
        if not graph_exists(store, target):
            raise _missing(target)
        store.update(f"DROP {graph_ref(target)}")

    await server.write(change)
    return Response(status_code=204)
