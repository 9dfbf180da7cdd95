"""The SPARQL 1.1 Protocol, Update and Graph Store endpoints of a live `kg serve`, as clients use them.

Three servers over copies of the sample store: `server` (conftest; read-only, no token),
`writable` (with an update token) and `limited` (tight time, size and body limits, CORS).
"""

from __future__ import annotations

import csv
import doctest
import io
import shutil
import socket
import threading
import time
from email.utils import parsedate_to_datetime

import httpx
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, POST, POSTDIRECTLY, TURTLE, XML, SPARQLWrapper

from api import media
from tests.conftest import start_server

pytestmark = pytest.mark.slow

TOKEN = "s3cret-token"
KG = "https://w3id.org/newskg/ontology#"
DOC = "https://w3id.org/newskg/doc/"
SD = "http://www.w3.org/ns/sparql-service-description#"
ASSERTIONS = "SELECT ?a ?evidence WHERE { ?a a kg:Assertion ; kg:evidence ?evidence } LIMIT 5"
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def served(tmp_path_factory, store_path, env: dict[str, str]):
    copy = tmp_path_factory.mktemp("store") / "store"
    shutil.copytree(store_path, copy)
    process, base = start_server(copy, env)
    return process, base


def stop(process) -> None:
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def writable(tmp_path_factory, sample_store_path):
    process, base = served(tmp_path_factory, sample_store_path, {"KG_UPDATE_TOKEN": TOKEN})
    yield base
    stop(process)


@pytest.fixture(scope="module")
def limited(tmp_path_factory, sample_store_path):
    env = {
        "KG_QUERY_TIMEOUT": "2",
        "KG_RESULT_LIMIT": "5",
        "KG_MAX_BODY_BYTES": "2000",
        "KG_CORS_ORIGINS": "https://example.org",
        "KG_SERVER_PROCESSES": "2",
    }
    process, base = served(tmp_path_factory, sample_store_path, env)
    yield base
    stop(process)


@pytest.fixture(scope="module")
def watched(tmp_path_factory, sample_store_path):
    # no other origin may read: a process with one connection evaluates on its event loop, its watchdog keeps the limit
    process, base = served(tmp_path_factory, sample_store_path, {"KG_QUERY_TIMEOUT": "2", "KG_SERVER_PROCESSES": "2"})
    yield base
    stop(process)


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def json_rows(response: httpx.Response) -> list[dict]:
    assert response.status_code == 200, response.text
    return response.json()["results"]["bindings"]


def first_document(base: str) -> str:
    rows = json_rows(httpx.get(base + "/sparql", params={"query": "SELECT ?d WHERE { GRAPH ?d { ?d a kg:Document } } ORDER BY ?d LIMIT 1"}))
    return rows[0]["d"]["value"]


# --- query: the three ways to send one, and the clients people use -------------------------


def test_a_get_query_is_answered_in_sparql_json(server):
    response = httpx.get(server + "/sparql", params={"query": ASSERTIONS}, headers={"Accept": "application/sparql-results+json"})
    assert response.headers["content-type"].startswith("application/sparql-results+json")
    rows = json_rows(response)
    assert len(rows) == 5 and all(row["evidence"]["value"] for row in rows)


def test_a_form_encoded_post_and_a_direct_post_give_the_same_answer(server):
    by_form = httpx.post(server + "/sparql", data={"query": ASSERTIONS})
    direct = httpx.post(server + "/sparql", content=ASSERTIONS, headers={"Content-Type": "application/sparql-query"})
    assert json_rows(by_form) == json_rows(direct)


@pytest.mark.parametrize("method", [POST, "GET"])
def test_sparqlwrapper_reads_the_endpoint_by_get_and_post(server, method):
    client = SPARQLWrapper(server + "/sparql")
    client.setMethod(method)
    client.setQuery("PREFIX kg: <%s> SELECT (COUNT(?a) AS ?n) WHERE { ?a a kg:Assertion }" % KG)
    client.setReturnFormat(JSON)
    count = int(client.queryAndConvert()["results"]["bindings"][0]["n"]["value"])
    assert count > 10


def test_sparqlwrapper_can_post_the_query_directly(server):
    client = SPARQLWrapper(server + "/sparql")
    client.setMethod(POST)
    client.setRequestMethod(POSTDIRECTLY)
    client.setQuery("ASK { ?s ?p ?o }")
    client.setReturnFormat(JSON)
    assert client.queryAndConvert()["boolean"] is True


@pytest.mark.parametrize("fmt", [XML, CSV])
def test_sparqlwrapper_gets_xml_and_csv_results(server, fmt):
    client = SPARQLWrapper(server + "/sparql")
    client.setQuery("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?name WHERE { ?a skos:prefLabel ?name } LIMIT 3")
    client.setReturnFormat(fmt)
    answer = client.query()
    assert answer.response.status == 200
    body = answer.convert()
    assert body is not None


def test_sparqlwrapper_gets_a_construct_as_turtle(server):
    client = SPARQLWrapper(server + "/sparql")
    client.setQuery("PREFIX kg: <%s> CONSTRUCT { ?a a kg:Actor } WHERE { ?a a kg:Actor } LIMIT 10" % KG)
    client.setReturnFormat(TURTLE)
    graph = rdflib.Graph().parse(data=client.query().convert(), format="turtle")
    assert len(graph) == 10


def test_rdflib_sparqlstore_queries_the_endpoint(server):
    graph = rdflib.Graph(store=SPARQLStore(server + "/sparql", returnFormat="json"))
    rows = list(graph.query("PREFIX kg: <%s> SELECT ?a WHERE { ?a a kg:Assertion } LIMIT 3" % KG))
    assert len(rows) == 3 and all(isinstance(row[0], rdflib.URIRef) for row in rows)


# --- content negotiation --------------------------------------------------------------------

RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}


@pytest.mark.parametrize("media", RESULT_TYPES)
@pytest.mark.parametrize("query", ["SELECT ?a WHERE { ?a a kg:Actor } LIMIT 4", "SELECT ?a WHERE { ?a a kg:Actor }", "ASK { ?a a kg:Actor }"])
def test_select_and_ask_answer_in_the_negotiated_result_format(server, media, query):
    response = httpx.get(server + "/sparql", params={"query": query}, headers={"Accept": media})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == media
    if media == "text/csv":  # lossy by design: pyoxigraph writes it but does not read it
        rows = list(csv.reader(io.StringIO(response.text)))
        assert query.startswith("ASK") or (rows[0] == ["a"] and len(rows) >= 5)
        return
    parsed = ox.parse_query_results(response.content, format=RESULT_TYPES[media])
    if query.startswith("ASK"):
        assert bool(parsed) is True
    else:
        assert len(list(parsed)) >= 4


@pytest.mark.parametrize("media", GRAPH_TYPES)
@pytest.mark.parametrize("query", ["CONSTRUCT { ?a a kg:Actor } WHERE { ?a a kg:Actor }", "DESCRIBE ?a WHERE { ?a a kg:Actor } LIMIT 2"])
def test_construct_and_describe_answer_in_the_negotiated_rdf_syntax(server, media, query):
    response = httpx.get(server + "/sparql", params={"query": query}, headers={"Accept": media})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == media
    triples = list(ox.parse(response.content, format=GRAPH_TYPES[media]))
    assert len(triples) >= 2


def test_the_negotiation_examples_hold():
    assert doctest.testmod(media).failed == 0


def test_an_unknown_accept_type_is_406_and_a_wildcard_gets_the_default(server):
    refused = httpx.get(server + "/sparql", params={"query": ASSERTIONS}, headers={"Accept": "image/png"})
    assert refused.status_code == 406 and refused.json()["error"] == "E705"
    assert "text/csv" in refused.json()["message"]
    for accept in ("*/*", "", "application/*;q=0.5"):
        answer = httpx.get(server + "/sparql", params={"query": ASSERTIONS}, headers={"Accept": accept})
        assert answer.headers["content-type"].startswith("application/sparql-results+json")
    graph = httpx.get(server + "/sparql", params={"query": "CONSTRUCT WHERE { ?a a kg:Actor } LIMIT 1"}, headers={"Accept": "*/*"})
    assert graph.headers["content-type"].startswith("text/turtle")


# --- errors and refusals --------------------------------------------------------------------


def test_a_malformed_query_is_a_400_with_the_parser_message(server):
    response = httpx.get(server + "/sparql", params={"query": "SELECT ?x WHERE { ?x ?y }"})
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "E501" and "line 1, column 26, at the end of the query" in body["message"]


def test_the_endpoint_without_a_query_describes_itself(server):
    response = httpx.get(server + "/sparql", headers={"Accept": "text/turtle"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=response.text, format="turtle")
    endpoint = rdflib.URIRef(server + "/sparql")
    assert (endpoint, rdflib.RDF.type, rdflib.URIRef(SD + "Service")) in graph
    assert (endpoint, rdflib.URIRef(SD + "supportedLanguage"), rdflib.URIRef(SD + "SPARQL11Query")) in graph
    assert (endpoint, rdflib.URIRef(SD + "resultFormat"), rdflib.URIRef("http://www.w3.org/ns/formats/SPARQL_Results_CSV")) in graph
    # no token on this server: it offers no update service
    assert (None, rdflib.URIRef(SD + "supportedLanguage"), rdflib.URIRef(SD + "SPARQL11Update")) not in graph
    as_jsonld = httpx.get(server + "/sparql", headers={"Accept": "application/ld+json"})
    assert as_jsonld.status_code == 200 and as_jsonld.json()


@pytest.mark.parametrize(
    "request_args",
    [
        {"method": "GET", "params": {"update": "INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }"}},
        {"method": "GET", "params": {"query": "INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }"}},
        {"method": "POST", "data": {"update": "DELETE WHERE { ?s ?p ?o }"}},
        {"method": "POST", "content": "CLEAR ALL", "headers": {"Content-Type": "application/sparql-update"}},
        {"method": "POST", "content": "PREFIX ex: <http://e/> DROP GRAPH ex:g", "headers": {"Content-Type": "application/sparql-query"}},
    ],
)
def test_updates_sent_to_the_query_endpoint_are_refused(writable, request_args):
    before = httpx.get(writable + "/stats").json()
    response = httpx.request(url=writable + "/sparql", **request_args)
    assert response.status_code == 400 and response.json()["error"] == "E503"
    assert httpx.get(writable + "/stats").json() == before


def test_the_dataset_of_a_request_replaces_the_union_default_graph(server):
    doc = first_document(server)
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    everything = int(json_rows(httpx.get(server + "/sparql", params={"query": count}))[0]["n"]["value"])
    one = json_rows(httpx.get(server + "/sparql", params={"query": count, "default-graph-uri": doc}))
    assert 0 < int(one[0]["n"]["value"]) < everything
    graphs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    named = json_rows(httpx.post(server + "/sparql", data={"query": graphs, "named-graph-uri": doc}))
    assert [row["g"]["value"] for row in named] == [doc]
    nothing = json_rows(httpx.get(server + "/sparql", params={"query": count, "default-graph-uri": "http://example.org/none"}))
    assert nothing[0]["n"]["value"] == "0"


def test_from_in_the_query_chooses_its_own_dataset(server):
    doc = first_document(server)
    query = f"SELECT (COUNT(*) AS ?n) FROM <{doc}> WHERE {{ ?s ?p ?o }}"
    own = int(json_rows(httpx.get(server + "/sparql", params={"query": query}))[0]["n"]["value"])
    union = int(json_rows(httpx.get(server + "/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}))[0]["n"]["value"])
    assert 0 < own < union


class Listener:
    """A loopback socket that counts the connections made to it."""

    def __init__(self) -> None:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen()
        self.socket.settimeout(0.2)
        self.connections = 0
        self.running = True
        self.thread = threading.Thread(target=self.accept, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.socket.getsockname()[1]}/sparql"

    def accept(self) -> None:
        while self.running:
            try:
                connection, _ = self.socket.accept()
                self.connections += 1
                connection.close()
            except OSError:
                continue

    def close(self) -> None:
        self.running = False
        self.thread.join()
        self.socket.close()


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ ?s ?p ?o .SERVICE SILENT <{url}> {{ ?s ?p ?o }} }} LIMIT 1",
        "SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
        "PREFIX x: <{url}> SELECT * WHERE {{ service x: {{ ?s ?p ?o }} }}",
    ],
)
def test_service_calls_to_external_urls_are_refused_without_a_request(server, template):
    listener = Listener()
    try:
        response = httpx.get(server + "/sparql", params={"query": template.format(url=listener.url)})
        time.sleep(0.3)
        assert response.status_code == 400 and response.json()["error"] == "E505"
        assert listener.connections == 0
    finally:
        listener.close()


def test_load_of_an_external_url_is_refused_without_a_request(writable):
    listener = Listener()
    try:
        response = httpx.post(writable + "/update", data={"update": f"LOAD <{listener.url}>"}, headers=auth())
        time.sleep(0.3)
        assert response.status_code == 400 and response.json()["error"] == "E505"
        assert listener.connections == 0
    finally:
        listener.close()


# --- update and the token -------------------------------------------------------------------

INSERT = 'INSERT DATA { GRAPH <http://example.org/g/{name}> { <http://example.org/{name}> <http://example.org/says> "hello" } }'


def test_writes_are_disabled_when_the_server_has_no_token(server):
    update = httpx.post(server + "/update", data={"update": INSERT.replace("{name}", "x")}, headers=auth())
    assert update.status_code == 403 and update.json()["error"] == "E701"
    assert "KG_UPDATE_TOKEN" in update.json()["message"]
    put = httpx.put(server + "/store", params={"graph": "http://example.org/g"}, content="<http://e/a> <http://e/b> <http://e/c> .",
                    headers={"Content-Type": "application/n-triples", **auth()})
    assert put.status_code == 403


@pytest.mark.parametrize("headers", [{}, auth("wrong"), {"Authorization": f"Basic {TOKEN}"}])
def test_an_update_without_the_right_token_is_401(writable, headers):
    response = httpx.post(writable + "/update", data={"update": INSERT.replace("{name}", "nope")}, headers=headers)
    assert response.status_code == 401 and response.json()["error"] == "E702"
    assert response.headers["www-authenticate"] == "Bearer"
    ask = httpx.get(writable + "/sparql", params={"query": "ASK { <http://example.org/nope> ?p ?o }"})
    assert ask.json()["boolean"] is False


def test_an_update_with_the_token_is_visible_to_the_next_query(writable):
    for kind, send in (
        ("form", lambda text: httpx.post(writable + "/update", data={"update": text}, headers=auth())),
        ("body", lambda text: httpx.post(writable + "/update", content=text, headers={"Content-Type": "application/sparql-update", **auth()})),
    ):
        assert send(INSERT.replace("{name}", kind)).status_code == 204
        ask = httpx.get(writable + "/sparql", params={"query": f'ASK {{ <http://example.org/{kind}> ?p "hello" }}'})
        assert ask.json()["boolean"] is True


def test_sparqlwrapper_sends_an_update_with_the_token(writable):
    client = SPARQLWrapper(writable + "/sparql", updateEndpoint=writable + "/update")
    client.addCustomHttpHeader("Authorization", f"Bearer {TOKEN}")
    client.setMethod(POST)
    client.setQuery(INSERT.replace("{name}", "wrapper"))
    assert client.query().response.status == 204
    ask = httpx.get(writable + "/sparql", params={"query": "ASK { <http://example.org/wrapper> ?p ?o }"})
    assert ask.json()["boolean"] is True


def test_a_malformed_update_is_a_400_and_changes_nothing(writable):
    before = httpx.get(writable + "/stats").json()
    response = httpx.post(writable + "/update", data={"update": "INSERT DATA { <http://e/a> }"}, headers=auth())
    assert response.status_code == 400 and response.json()["error"] == "E507"
    assert httpx.get(writable + "/stats").json() == before


# --- Graph Store HTTP Protocol ----------------------------------------------------------------


def test_anyone_can_read_a_graph_from_the_graph_store(server):
    doc = first_document(server)
    response = httpx.get(server + "/store", params={"graph": doc}, headers={"Accept": "application/n-triples"})
    assert response.status_code == 200
    triples = list(ox.parse(response.content, format=ox.RdfFormat.N_TRIPLES))
    assert any(t.predicate.value == KG + "sha256" for t in triples)
    missing = httpx.get(server + "/store", params={"graph": "http://example.org/missing"})
    assert missing.status_code == 404 and missing.json()["error"] == "E709"
    neither = httpx.get(server + "/store")
    assert neither.status_code == 400 and neither.json()["error"] == "E711"


def test_head_says_whether_a_graph_exists_without_sending_it(server):
    doc = first_document(server)
    found = httpx.head(server + "/store", params={"graph": doc}, headers={"Accept": "application/n-triples"})
    assert found.status_code == 200 and found.headers["content-type"].startswith("application/n-triples") and not found.content
    assert httpx.head(server + "/store", params={"graph": "http://example.org/missing"}).status_code == 404
    assert httpx.head(server + "/store", params={"default": ""}).status_code == 200


def test_graph_store_put_post_get_delete_round_trip(writable):
    graph = {"graph": "http://example.org/gsp"}
    turtle = "@prefix ex: <http://example.org/> . ex:a ex:knows ex:b , ex:c ."
    created = httpx.put(writable + "/store", params=graph, content=turtle, headers={"Content-Type": "text/turtle", **auth()})
    assert created.status_code == 201
    replaced = httpx.put(writable + "/store", params=graph, content=turtle.replace(" , ex:c", ""), headers={"Content-Type": "text/turtle", **auth()})
    assert replaced.status_code == 204
    added = httpx.post(writable + "/store", params=graph, content='<http://example.org/d> <http://example.org/knows> "x" .',
                       headers={"Content-Type": "application/n-triples", **auth()})
    assert added.status_code == 204
    read = httpx.get(writable + "/store", params=graph, headers={"Accept": "text/turtle"})
    triples = rdflib.Graph().parse(data=read.text, format="turtle")
    assert len(triples) == 2
    assert httpx.delete(writable + "/store", params=graph, headers=auth()).status_code == 204
    assert httpx.get(writable + "/store", params=graph).status_code == 404
    assert httpx.delete(writable + "/store", params=graph, headers=auth()).status_code == 404


def test_graph_store_refuses_unparsable_rdf_and_unknown_media(writable):
    graph = {"graph": "http://example.org/bad"}
    bad = httpx.put(writable + "/store", params=graph, content="<a> <b> .", headers={"Content-Type": "text/turtle", **auth()})
    assert bad.status_code == 400 and bad.json()["error"] == "E710"
    unknown = httpx.put(writable + "/store", params=graph, content="x", headers={"Content-Type": "text/x-unknown", **auth()})
    assert unknown.status_code == 415 and unknown.json()["error"] == "E704"
    assert httpx.get(writable + "/store", params=graph).status_code == 404


def test_the_default_graph_can_be_written_and_read(writable):
    nt = '<http://example.org/default-s> <http://example.org/p> "in the default graph" .'
    put = httpx.put(writable + "/store?default", content=nt, headers={"Content-Type": "application/n-triples", **auth()})
    assert put.status_code in (201, 204)
    read = httpx.get(writable + "/store?default", headers={"Accept": "application/n-triples"})
    assert "in the default graph" in read.text


# --- protection -----------------------------------------------------------------------------


def test_a_query_past_the_time_limit_is_stopped_and_the_server_goes_on(limited):
    results: dict[str, httpx.Response] = {}

    def heavy() -> None:
        results["heavy"] = httpx.get(limited + "/sparql", params={"query": HEAVY}, timeout=30)

    started = time.monotonic()
    thread = threading.Thread(target=heavy)
    thread.start()
    time.sleep(0.3)
    # while a serving process is busy with it, the server still answers
    assert httpx.get(limited + "/stats", timeout=5).status_code == 200
    thread.join()
    elapsed = time.monotonic() - started
    assert results["heavy"].status_code == 503 and results["heavy"].json()["error"] == "E502"
    assert elapsed < 10
    after = httpx.get(limited + "/sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
    assert after.status_code == 200 and after.json()["boolean"] is True


def test_processes_that_retire_after_a_timeout_are_replaced(limited):
    # more runaway queries than the server has processes: each retires one, and successors take over
    for _ in range(3):
        heavy = httpx.get(limited + "/sparql", params={"query": HEAVY}, timeout=30)
        assert heavy.status_code == 503 and heavy.json()["error"] == "E502"
        assert heavy.headers.get("connection") == "close"
    for _ in range(5):
        quick = httpx.get(limited + "/sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
        assert quick.status_code == 200


def test_round44_a_read_the_event_loop_holds_past_the_limit_gets_the_same_503_and_its_process_is_replaced(watched):
    for _ in range(3):  # more than the server has processes: each ends, and a successor takes its place
        with httpx.Client(timeout=30) as client:  # one connection: its process evaluates the query on its own loop
            started = time.monotonic()
            heavy = client.get(watched + "/sparql", params={"query": HEAVY})
        assert heavy.status_code == 503 and heavy.json()["error"] == "E502" and "2 s" in heavy.json()["message"]
        assert heavy.headers["connection"] == "close" and heavy.headers["content-type"] == "application/json"
        assert time.monotonic() - started < 10
        # dated when written, as uvicorn dates its own answers
        assert abs(parsedate_to_datetime(heavy.headers["date"]).timestamp() - time.time()) < 10
        assert heavy.headers["server"] == "uvicorn"
    for _ in range(5):
        quick = httpx.get(watched + "/sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
        assert quick.status_code == 200 and quick.json()["boolean"] is True


def test_round44_a_quick_read_on_the_event_loop_gets_its_answer_on_a_kept_connection(watched):
    with httpx.Client(timeout=30) as client:
        answers = [client.get(watched + "/sparql", params={"query": f"SELECT ?s WHERE {{ ?s ?p ?o }} LIMIT {n}"}) for n in (1, 2, 3)]
    assert [len(a.json()["results"]["bindings"]) for a in answers] == [1, 2, 3]
    assert all("close" not in a.headers.get("connection", "") for a in answers)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?s WHERE { ?s ?p ?o }",
        "SELECT ?s WHERE { ?s ?p ?o } LIMIT 100",
        "CONSTRUCT WHERE { ?s ?p ?o }",
    ],
)
def test_answers_over_the_result_limit_are_refused(limited, query):
    response = httpx.get(limited + "/sparql", params={"query": query})
    assert response.status_code == 400 and response.json()["error"] == "E506"
    small = httpx.get(limited + "/sparql", params={"query": "SELECT ?s WHERE { ?s ?p ?o } LIMIT 5"})
    assert len(json_rows(small)) == 5


def test_bodies_over_the_size_limit_are_413_announced_or_streamed(limited):
    big = "SELECT * WHERE { ?s ?p ?o } # " + "x" * 3000
    announced = httpx.post(limited + "/sparql", content=big, headers={"Content-Type": "application/sparql-query"})
    assert announced.status_code == 413 and announced.json()["error"] == "E703"
    streamed = httpx.post(limited + "/sparql", content=iter([big[:1500].encode(), big[1500:].encode()]),
                          headers={"Content-Type": "application/sparql-query"})
    assert streamed.status_code == 413
    assert httpx.post(limited + "/sparql", data={"query": "ASK {}"}).status_code == 200


def test_cors_is_allowed_only_for_the_configured_origins(limited, server):
    preflight = httpx.options(limited + "/sparql", headers={
        "Origin": "https://example.org", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"})
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "https://example.org"
    simple = httpx.get(limited + "/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://example.org"})
    assert simple.headers["access-control-allow-origin"] == "https://example.org"
    other = httpx.get(limited + "/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in other.headers
    default = httpx.get(server + "/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://example.org"})
    assert "access-control-allow-origin" not in default.headers


def test_openapi_documents_every_route_and_the_docs_page_is_local(server):
    spec = httpx.get(server + "/openapi.json").json()
    documented = {(path, method.upper()) for path, item in spec["paths"].items() for method in item}
    expected = {
        ("/sparql", "GET"), ("/sparql", "POST"), ("/update", "POST"),
        ("/store", "GET"), ("/store", "PUT"), ("/store", "POST"), ("/store", "DELETE"),
        ("/documents", "POST"), ("/documents", "GET"), ("/documents/{doc_id}", "GET"), ("/documents/{doc_id}", "DELETE"),
        ("/actors", "GET"), ("/actors/{actor}", "GET"), ("/relations", "GET"), ("/paths", "GET"), ("/stats", "GET"),
        ("/", "GET"), ("/examples", "GET"), ("/vocabulary", "GET"), ("/palette", "GET"), ("/docs", "GET"),
    }
    assert expected <= documented
    assert all(item[m].get("summary") for item in spec["paths"].values() for m in item)
    page = httpx.get(server + "/docs")
    assert page.status_code == 200 and "swagger-ui-bundle.js" in page.text
    assert "cdn" not in page.text.lower() and "https://" not in page.text
    for asset in ("static/vendor/swagger-ui/swagger-ui-bundle.js", "static/vendor/swagger-ui/swagger-ui.css"):
        assert httpx.get(f"{server}/{asset}").status_code == 200


def test_odd_but_valid_expressions_are_answered_not_refused(server):
    query = "SELECT (1/0 AS ?x) (STRDT('a', <http://x>) AS ?y) WHERE {}"
    rows = json_rows(httpx.get(server + "/sparql", params={"query": query}))
    assert "x" not in rows[0] and rows[0]["y"]["value"] == "a"  # an error in an expression leaves it unbound


MISTAKES = [
    ("GET", "/sparql", {"params": {"query": ""}}),
    ("GET", "/sparql", {"params": {"query": "SELECT * WHERE { ?s ?p ?o }", "default-graph-uri": "not an iri"}}),
    ("GET", "/sparql", {"params": {"query": "SELECT * WHERE { FILTER(?x = <http://a b>) }"}}),
    ("GET", "/sparql", {"params": {"query": "SELECT * WHERE { ?s ?p ?o } ORDER BY"}}),
    ("GET", "/sparql", {"params": {"query": 'ASK { ?s ?p "\\UFFFFFFFF" }'}}),  # an escape past Unicode
    ("GET", "/sparql", {"params": {"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 99999999999999999999999"}}),
    ("POST", "/sparql", {"content": b"\xff\xfe\x00", "headers": {"Content-Type": "application/sparql-query"}}),
    ("POST", "/sparql", {"content": "ASK {}", "headers": {"Content-Type": "text/plain"}}),
    ("POST", "/sparql", {"data": {"nothing": "here"}}),
    ("POST", "/sparql", {"content": "query=%ZZ", "headers": {"Content-Type": "application/x-www-form-urlencoded"}}),
    ("POST", "/sparql", {"content": "query=ASK {}", "headers": {"Content-Type": "multipart/form-data"}}),  # no boundary
    ("GET", "/relations", {"params": {"since": "2025-13-45"}}),
    ("PUT", "/sparql", {}),
    ("GET", "/update", {}),
    ("GET", "/nowhere", {}),
    ("GET", "/store", {"params": {"graph": "no iri"}}),
    ("GET", "/store", {"params": {"graph": "http://e/g", "default": ""}}),
    ("GET", "/relations", {"params": {"limit": "lots"}}),
    ("GET", "/relations", {"params": {"since": "yesterday"}}),
    ("GET", "/relations", {"params": {"relation": "loves"}}),
    ("GET", "/relations", {"params": {"negated": "maybe"}}),
    ("GET", "/actors/%00%ff", {}),
    ("GET", "/documents/..%2F..%2Fetc", {}),
    ("GET", "/paths", {"params": {"from": "nobody", "to": "anybody"}}),
    ("GET", "/paths", {"params": {"from": "russia", "to": "russia", "max_hops": "99"}}),
    ("DELETE", "/documents/x", {}),
]


@pytest.mark.parametrize("method, path, options", MISTAKES, ids=[f"{m} {p} {i}" for i, (m, p, _) in enumerate(MISTAKES)])
def test_a_client_mistake_is_a_4xx_json_error_never_a_500(server, method, path, options):
    """A wrong request gets a coded JSON 4xx, never a 500, and the server goes on answering."""
    response = httpx.request(method, server + path, **options)
    assert 400 <= response.status_code < 500, response.text
    body = response.json()
    assert body["error"].startswith("E") and body["message"]
    assert httpx.get(server + "/sparql", params={"query": "ASK {}"}).status_code == 200


def test_a_rest_parameter_past_what_the_store_counts_to_is_refused_by_its_name(server):
    """Not with the position of an error in a query the client never wrote (E501)."""
    for path in ("/relations", "/documents"):
        response = httpx.get(server + path, params={"offset": "99999999999999999999999"})
        assert response.status_code == 400 and response.json()["error"] == "E707", response.text
        assert "'offset'" in response.json()["message"] and "line" not in response.json()["message"]

