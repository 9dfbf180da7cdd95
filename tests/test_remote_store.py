"""RemoteStore against real servers on loopback: our own `kg serve`, and Oxigraph's when it is installed.

Each test does the same thing to a RemoteStore and to an embedded store in memory, and the two
must agree: one protocol, whatever answers behind it.
"""

from __future__ import annotations

import doctest
import http.server
import threading
from dataclasses import dataclass

import httpx
import pytest

from kg import KnowledgeGraph
from kg.errors import NotFoundError, QueryError, RequestError, StoreError
from kg.store.embedded import EmbeddedStore, open_store
from kg.store.protocol import Dataset, Store
from kg.store.query import FORMATS, execute, named, run
from kg.store.rdf import document_iri, to_quads
from kg.store import remote as remote_module
from kg.store.remote import RemoteStore
from kg.vocab import ACTORS_GRAPH
from tests.builders import praise_extraction, reset_extraction
from tests.conftest import OXIGRAPH, free_port, kg_command, oxigraph, start_server

TOKEN = "remote-store-token"
RESET, PRAISE = document_iri("en-reset"), document_iri("en-praise")
ACTORS = "SELECT ?a ?name WHERE { ?a a <https://w3id.org/newskg/ontology#Actor> ; <http://www.w3.org/2000/01/rdf-schema#label> ?name } ORDER BY ?a"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@dataclass(frozen=True)
class Endpoint:
    server: str
    url: str


@pytest.fixture(scope="module", params=["kg serve", "oxigraph"])
def endpoint(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp("remote") / "store"
    if request.param == "kg serve":
        open_store(folder).close()
        process, base = start_server(folder, {"KG_UPDATE_TOKEN": TOKEN})
        yield Endpoint("kg serve", base + "/sparql")
        process.terminate()
        process.wait(timeout=10)
        return
    if not OXIGRAPH.exists():
        pytest.skip("the oxigraph test dependency ships no `oxigraph` server here")
    with oxigraph(folder) as url:
        yield Endpoint("oxigraph", url)


@pytest.fixture
def stores(endpoint):
    """A RemoteStore on the (emptied) endpoint and an embedded store in memory, each holding the two test documents."""
    remote = RemoteStore(endpoint.url, token=TOKEN)
    remote.update("CLEAR ALL")
    local = open_store(None)
    documents = [to_quads(reset_extraction()), to_quads(praise_extraction())]  # once: both get the same ingestedAt
    for store in (remote, local):
        for quads in documents:
            store.put_document(quads)
    yield remote, local
    remote.close()


def quads(store: Store) -> set[tuple[str, ...]]:
    rows = execute(store, "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
    return {tuple(str(row[name]) for name in "spog") for row in rows}


@pytest.mark.slow
def test_documents_and_counts_are_those_of_an_embedded_store(stores):
    remote, local = stores
    assert remote.documents() == local.documents() == ["en-praise", "en-reset"]
    assert remote.document_hash("en-reset") == local.document_hash("en-reset") is not None
    assert remote.document_hash("en-nowhere") is None
    assert remote.stats() == local.stats()
    assert quads(remote) == quads(local)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_a_select_is_written_as_the_embedded_store_writes_it(stores, fmt):
    remote, local = stores
    assert run(remote, ACTORS, named(fmt), limit=100).body == run(local, ACTORS, named(fmt), limit=100).body


@pytest.mark.slow
def test_ask_and_construct_answer_as_the_embedded_store_does(stores):
    remote, local = stores
    assert remote.query("ASK { ?a <https://w3id.org/newskg/ontology#praises> ?b }")
    assert not remote.query("ASK { ?a <https://w3id.org/newskg/ontology#attacks> ?b }")
    construct = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{ACTORS_GRAPH}> {{ ?s ?p ?o }} }}"
    assert set(execute(remote, construct).triples) == set(execute(local, construct).triples)
    with pytest.raises(QueryError, match="E506"):
        run(remote, construct, named("nt"), limit=3)


@pytest.mark.slow
def test_a_dataset_given_with_the_query_replaces_the_union_of_all_graphs(stores):
    remote, local = stores
    one = Dataset(default_graphs=(PRAISE,))
    count = lambda store, dataset=None: int(next(iter(store.query(COUNT, dataset)))["n"].value)  # noqa: E731
    assert count(remote, one) == count(local, one) < count(remote) == count(local)
    named_graphs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    only = Dataset(named_graphs=(RESET,))
    assert [row["g"].value for row in remote.query(named_graphs, only)] == [RESET]


@pytest.mark.slow
def test_graph_store_loads_add_or_replace_and_say_whether_the_graph_is_new(stores):
    remote, local = stores
    graph = "http://example.org/loaded"
    turtle = FORMATS["ttl"].syntax
    for store in (remote, local):
        assert not store.graph_exists(graph)
        assert store.load(b"<#a> <http://example.org/knows> <#b> .", turtle, graph) is True
        assert store.load(b'<#a> <http://example.org/says> "hi" .', turtle, graph) is False
        assert store.graph_exists(graph)
    assert set(remote.triples(graph)) == set(local.triples(graph))
    assert {t.subject.value for t in remote.triples(graph)} == {graph + "#a"}  # relative IRIs resolve against the graph
    for store in (remote, local):
        assert store.load(b"<http://example.org/c> <http://example.org/p> <http://example.org/d> .", FORMATS["nt"].syntax, graph, replace=True) is False
    assert set(remote.triples(graph)) == set(local.triples(graph)) and len(set(remote.triples(graph))) == 1
    with pytest.raises(NotFoundError, match="E709"):
        list(remote.triples("http://example.org/never"))
    with pytest.raises(RequestError, match="E710.*text/turtle"):
        remote.load(b"<a> <b> .", turtle, graph)
    assert len(set(remote.triples(graph))) == 1  # bad data never left


@pytest.mark.slow
def test_removing_a_document_leaves_what_the_embedded_store_leaves(stores):
    remote, local = stores
    for store in (remote, local):
        store.remove_document("en-reset")
    assert quads(remote) == quads(local)
    with pytest.raises(NotFoundError, match="E403"):
        remote.remove_document("en-reset")


@pytest.mark.slow
def test_a_malformed_query_or_update_is_refused_with_the_servers_own_message(stores):
    remote, _ = stores
    with pytest.raises(QueryError, match=r"E804 .*\(400\).*(1:|line 1, column)"):  # Oxigraph says "1:15", kg serve "line 1, column 15"
        remote.query("SELECT WHERE {")
    with pytest.raises(QueryError, match=r"E804 .*\(400\)"):
        remote.update("INSERT DATA { <http://example.org/a> }")


@pytest.mark.slow
def test_writes_without_the_token_are_refused_and_change_nothing(stores, endpoint):
    if endpoint.server == "oxigraph":
        pytest.skip("Oxigraph takes writes from anyone")
    remote, _ = stores
    before = remote.stats()
    anonymous = RemoteStore(endpoint.url)
    with pytest.raises(QueryError, match="E804.*401.*E702"):
        anonymous.update("CLEAR ALL")
    with pytest.raises(QueryError, match="E804.*401.*E702"):
        anonymous.load(b"<http://example.org/a> <http://example.org/b> <http://example.org/c> .", FORMATS["nt"].syntax, None)
    assert remote.stats() == before


@pytest.mark.slow
def test_the_python_api_reads_either_server_as_it_reads_a_folder(stores, endpoint):
    remote, local = stores
    with KnowledgeGraph.connect(endpoint.url) as far:
        near = KnowledgeGraph(local)
        assert far.location == endpoint.url and repr(far).endswith("remote)")
        assert far.stats() == near.stats()
        everything = {"facts": True, "negated": None, "modality": None}
        assert far.relations(**everything).equals(near.relations(**everything))
        assert far.actor("Putin").iri == near.actor("Putin").iri


@pytest.mark.slow
def test_kg_query_with_an_endpoint_prints_what_it_prints_for_the_store(server, sample_store_path):
    query = "SELECT ?name WHERE { ?a a kg:State ; skos:prefLabel ?name } ORDER BY ?name LIMIT 30"
    for fmt in ("table", "json", "csv", "tsv", "xml"):
        local = kg_command("query", query, "-f", fmt, "--store", str(sample_store_path))
        remote = kg_command("query", query, "-f", fmt, "--endpoint", server + "/sparql")
        assert remote.returncode == 0, remote.stderr
        assert remote.stdout == local.stdout and "Russia" in remote.stdout
    graph = "CONSTRUCT { ?a a kg:State } WHERE { ?a a kg:State }"
    local, remote = (kg_command("query", graph, "-f", "nt", *where) for where in (("--store", str(sample_store_path)), ("--endpoint", server + "/sparql")))
    assert sorted(remote.stdout.splitlines()) == sorted(local.stdout.splitlines()) and remote.stdout
    stats = kg_command("stats", "--endpoint", server + "/sparql")
    assert stats.stdout == kg_command("stats", "--store", str(sample_store_path)).stdout


def test_an_unreachable_endpoint_is_a_coded_error():
    nowhere = RemoteStore(f"http://127.0.0.1:{free_port()}/sparql", timeout=2)
    with pytest.raises(StoreError, match="E803 Could not reach"):
        nowhere.stats()
    done = kg_command("query", "ASK {}", "--endpoint", nowhere.url)
    assert done.returncode == 1 and done.stderr.startswith("kg: E803")


class Page(http.server.BaseHTTPRequestHandler):
    """A web server that answers every POST with an HTML page."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        body = b"<html><body>Welcome</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_an_answer_that_is_not_sparql_is_a_coded_error():
    web = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=web.serve_forever, daemon=True).start()
    try:
        store = RemoteStore(f"http://127.0.0.1:{web.server_address[1]}/")
        with pytest.raises(StoreError, match="E806.*'text/html'.*not SPARQL"):
            store.query("SELECT * WHERE { ?s ?p ?o }")
    finally:
        web.shutdown()


def test_the_update_and_graph_store_endpoints_are_found_beside_the_query_endpoint():
    assert doctest.testmod(remote_module).failed == 0
    ours = RemoteStore("http://127.0.0.1:8000/sparql/")
    assert (ours.update_url, ours.store_url) == ("http://127.0.0.1:8000/update", "http://127.0.0.1:8000/store")
    fuseki = RemoteStore("http://h/ds/sparql", store_url="http://h/ds/data")
    assert (fuseki.update_url, fuseki.store_url) == ("http://h/ds/update", "http://h/ds/data")


def test_both_stores_offer_every_operation_of_the_protocol():
    operations = {name for name in vars(Store) if not name.startswith("_")}
    assert {"query", "update", "graph_exists", "triples", "load", "stats", "put_document", "close"} <= operations
    for kind in (EmbeddedStore, RemoteStore):
        assert not kind.__abstractmethods__
        assert sorted(name for name in operations if not hasattr(kind, name)) == []
