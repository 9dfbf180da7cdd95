"""A SPARQL 1.1 endpoint over HTTP as a ``Store``: ``kg serve``, Oxigraph or any other.

Queries go by the SPARQL 1.1 Protocol (a form POST to the query endpoint), updates by SPARQL 1.1
Update (a form POST to the update endpoint), and a graph's triples and loads by the Graph Store
HTTP Protocol (``?graph=IRI`` or ``?default``). The update and graph store endpoints are found
beside the query endpoint, as ``kg serve`` and Oxigraph place them (``…/sparql`` → ``…/update``,
``…/store``), unless given. Writes carry the bearer token when there is one.

Every failure is a coded error: E803 when the endpoint cannot be reached, E804 when it refuses
(with its own message), E806 when what it answers is not SPARQL. A request whose connection fails
(refused, reset, closed early) is sent again a few times, with a pause that doubles, before E803.

>>> store = RemoteStore("http://127.0.0.1:8000/sparql")
>>> store.update_url, store.store_url
('http://127.0.0.1:8000/update', 'http://127.0.0.1:8000/store')
"""

from __future__ import annotations

import json
import time
from typing import Iterator

import httpx
import pyoxigraph as ox

from kg.errors import NotFoundError, QueryError, StoreError
from kg.model import Document
from kg.store.protocol import Dataset, QueryResult, SparqlStore, read_triples, triples_of
from kg.store.query import FORMATS

# SPARQL JSON results for SELECT and ASK, N-Triples (the quickest to read) for graphs
ACCEPT = f"{FORMATS['json'].media_type}, {FORMATS['nt'].media_type};q=0.9, {FORMATS['ttl'].media_type};q=0.8"
N_TRIPLES = FORMATS["nt"]
ATTEMPTS = 4
"""Tries of a request whose connection fails, 0.25, 0.5 and 1 s apart: a restarting server or a dropped
keep-alive connection, not a server that is down."""
FIRST_PAUSE = 0.25


class RemoteStore(SparqlStore):
    """A SPARQL 1.1 endpoint, e.g. ``kg serve``'s ``http://127.0.0.1:8000/sparql``; ``token`` authorises writes."""

    def __init__(
        self,
        url: str,
        token: str | None = None,
        timeout: float = 60.0,
        update_url: str | None = None,
        store_url: str | None = None,
    ) -> None:
        self.url = url.rstrip("/")
        endpoint = httpx.URL(self.url)
        self.update_url = update_url or str(endpoint.join("update"))
        self.store_url = store_url or str(endpoint.join("store"))
        self.documents_url = str(endpoint.join("documents"))
        self.write_headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.client = httpx.Client(timeout=timeout)

    @property
    def location(self) -> str:
        return self.url

    def query(self, sparql: str, dataset: Dataset | None = None) -> QueryResult:
        form: dict[str, str | list[str]] = {"query": sparql}
        if dataset is not None:
            form.update({"default-graph-uri": list(dataset.default_graphs), "named-graph-uri": list(dataset.named_graphs)})
        response = self._send("POST", self.url, data=form, headers={"Accept": ACCEPT})
        results = ox.QueryResultsFormat.from_media_type(_media_type(response))
        if results is None:
            return _triples(response)  # CONSTRUCT, DESCRIBE
        try:
            return ox.parse_query_results(response.content, format=results)
        except (SyntaxError, ValueError) as err:
            raise StoreError("E806", url=self.url, media=_media_type(response), reason=str(err)) from None

    def update(self, sparql: str) -> None:
        # anyone's update: sent twice, "INSERT … WHERE" would insert twice, so it is not sent again
        self._send("POST", self.update_url, data={"update": sparql}, headers=self.write_headers, repeatable=False)

    def _write(self, sparql: str) -> None:
        self._send("POST", self.update_url, data={"update": sparql}, headers=self.write_headers)

    def graph_exists(self, graph: str | None) -> bool:
        if graph is None:
            return True
        # Oxigraph answers a HEAD for a missing graph with a body, which would spoil a reused connection
        headers = {"Connection": "close"}
        return self._send("HEAD", self.store_url, params=_graph_param(graph), headers=headers, allow=(404,)).status_code != 404

    def triples(self, graph: str | None) -> Iterator[ox.Triple]:
        response = self._send("GET", self.store_url, params=_graph_param(graph), headers={"Accept": ACCEPT}, allow=(404,))
        if response.status_code == 404:
            raise NotFoundError("E709", graph=graph or "default")
        return _triples(response)

    def load(
        self, data: bytes, format: ox.RdfFormat, graph: str | None, replace: bool = False, base_iri: str | None = None
    ) -> bool:
        # read here, so relative IRIs resolve as the caller says and bad data never leaves
        triples = read_triples(data, format, base_iri or graph)
        body = ox.serialize(triples, format=N_TRIPLES.syntax) or b""
        headers = {"Content-Type": N_TRIPLES.media_type, **self.write_headers}
        # the one write that is not safe to repeat: blank nodes added twice are two sets of nodes
        repeatable = replace or not any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in triples)
        response = self._send(
            "PUT" if replace else "POST", self.store_url, params=_graph_param(graph), content=body, headers=headers, repeatable=repeatable
        )
        return response.status_code == 201

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """Every quad (the default graph's too), or those of one named graph: one Graph Store read per
        graph, so no graph-sized answer meets a server's row limit on queries."""
        names = [graph] if graph else [None, *sorted(row["g"].value for row in self.query(_GRAPHS))]
        for name in names:
            node = ox.NamedNode(name) if name else ox.DefaultGraph()
            for triple in self.triples(name):
                yield ox.Quad(triple.subject, triple.predicate, triple.object, node)

    def post_document(self, document: Document) -> dict:
        """Have ``kg serve`` extract and store one document (its ``POST /documents``); the answer is
        the extraction as ``kg extract`` writes it. Other endpoints have no such route (E805)."""
        body = {"id": document.id, "text": document.text}
        body.update({k: v for k in ("title", "date", "source", "url", "lang") if (v := getattr(document, k))})
        response = self._send("POST", self.documents_url, json=body, headers=self.write_headers, allow=(404, 405))
        if response.status_code in (404, 405):  # a POST that creates cannot miss its target: the route is missing
            raise StoreError("E805", url=self.documents_url, status=response.status_code)
        return response.json()

    def close(self) -> None:
        self.client.close()

    def _send(
        self, method: str, url: str, allow: tuple[int, ...] = (), repeatable: bool = True, **request: object
    ) -> httpx.Response:
        """The response to one request; E803 when there is none, E804 for a refusal (a status of ``allow`` is the caller's).

        A connection that could not be opened is always tried again. One that broke after the request
        went out is tried again when the request is ``repeatable``: the server may have applied it, so
        only requests that leave the same store when applied twice may go twice. Reads are; so are the
        store's own writes (``SparqlStore._write``: a document is replaced whole by one update, a removal
        drops a graph SILENTly) and a Graph Store PUT, which replaces; not a caller's ``update``, nor a
        POST of blank nodes (``load``). A timeout is not retried: the server is busy, not gone.
        """
        for attempt in range(ATTEMPTS):
            try:
                response = self.client.request(method, url, **request)
                break
            except httpx.TransportError as err:
                again = isinstance(err, httpx.ConnectError) or (repeatable and not isinstance(err, httpx.TimeoutException))
                if not again or attempt == ATTEMPTS - 1:
                    raise StoreError("E803", url=url, reason=err) from None
                time.sleep(FIRST_PAUSE * 2**attempt)
            except httpx.HTTPError as err:
                raise StoreError("E803", url=url, reason=err) from None
        if response.status_code >= 400 and response.status_code not in allow:
            raise QueryError("E804", url=url, status=response.status_code, message=_error_message(response))
        return response


_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"


def _graph_param(graph: str | None) -> dict[str, str]:
    return {"default": ""} if graph is None else {"graph": graph}


def _triples(response: httpx.Response) -> Iterator[ox.Triple]:
    """The triples of an RDF answer; E806 for anything else."""
    media = _media_type(response)
    syntax = ox.RdfFormat.from_media_type(media)
    if syntax is None:
        raise StoreError("E806", url=str(response.url), media=media, reason="neither SPARQL results nor RDF")
    try:
        return iter(triples_of(response.content, syntax))
    except (SyntaxError, ValueError) as err:
        raise StoreError("E806", url=str(response.url), media=media, reason=str(err)) from None


def _media_type(response: httpx.Response) -> str:
    return response.headers.get("content-type", "").split(";")[0].strip().lower()


def _error_message(response: httpx.Response) -> str:
    """The server's reason: ``kg serve``'s ``{"error", "message"}`` as one line, else the start of the body."""
    try:
        body = response.json()
    except ValueError:
        return response.text[:300] or response.reason_phrase
    if isinstance(body, dict) and "message" in body:
        return f"{body.get('error', '')} {body['message']}".strip()
    return json.dumps(body)[:300]
