"""From articles to SPARQL answers over HTTP, as a user runs it: the `kg` command and `kg serve`.

With KG_TEST_STORE=oxigraph the graphs live in `oxigraph serve` instead of folders (``store_location``
and ``sample_sparql`` in conftest.py): the same tests, written and read through its URL.
"""

import json
import os

import httpx
import jsonschema
import pytest
from SPARQLWrapper import JSON, SPARQLWrapper

from kg.extract.output import load_schema
from tests.conftest import SAMPLES, kg_command

PREFIXES = """
PREFIX kg: <https://w3id.org/newskg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""


def select(endpoint: str, query: str) -> list[dict]:
    client = SPARQLWrapper(endpoint)
    client.setQuery(PREFIXES + query)
    client.setReturnFormat(JSON)
    return [{k: v["value"] for k, v in row.items()} for row in client.queryAndConvert()["results"]["bindings"]]


@pytest.mark.slow
def test_kg_extract_output_follows_the_published_schema():
    done = kg_command("extract", str(SAMPLES), "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) >= 35
    schema = load_schema()
    for line in lines:
        jsonschema.validate(json.loads(line), schema)


@pytest.mark.slow
def test_the_conditional_demand_comes_back_over_sparql_with_its_evidence(sample_sparql):
    rows = select(sample_sparql, """
        SELECT ?condition ?evidence WHERE {
          ?a a kg:Assertion ; rdf:subject ?s ; rdf:predicate kg:demands ; rdf:object ?o ;
             kg:conditionText ?condition ; kg:evidence ?evidence .
          ?s skos:prefLabel "Vladimir Putin"@en . ?o skos:prefLabel "United States"@en .
        }""")
    assert rows, "Putin — demands — United States is missing"
    assert any("sanction" in r["condition"].lower() for r in rows)
    assert all("Putin" in r["evidence"] or "Moscow" in r["evidence"] or "Kremlin" in r["evidence"] for r in rows)


@pytest.mark.slow
def test_the_coalition_with_iran_north_korea_and_china_comes_back_with_evidence(sample_sparql):
    rows = select(sample_sparql, """
        SELECT DISTINCT ?partner ?evidence WHERE {
          ?a a kg:Assertion ; rdf:predicate kg:cooperatesWith ; rdf:subject|rdf:object ?russia ;
             rdf:subject|rdf:object ?other ; kg:evidence ?evidence .
          ?russia skos:prefLabel "Russia"@en . ?other skos:prefLabel ?partner .
          FILTER(?other != ?russia)
        }""")
    partners = {r["partner"] for r in rows}
    assert {"Iran", "North Korea", "China"} <= partners
    assert all(r["evidence"] for r in rows)


@pytest.mark.slow
def test_malformed_sparql_is_a_400_and_the_server_keeps_serving(server):
    bad = httpx.get(server + "/sparql", params={"query": "SELECT WHERE {"})
    assert bad.status_code == 400 and bad.json()["message"]
    good = httpx.get(server + "/sparql", params={"query": "ASK { ?s ?p ?o }"}, headers={"Accept": "application/sparql-results+json"})
    assert good.status_code == 200 and good.json()["boolean"] is True


def test_reingesting_the_same_document_parses_nothing_and_duplicates_nothing(tmp_path, store_location):
    store = store_location
    doc = tmp_path / "one.jsonl"
    doc.write_text(json.dumps({"id": "one", "text": "Trump praised Putin on Monday."}) + "\n")
    first = kg_command("ingest", str(doc), "--store", str(store))
    assert first.returncode == 0, first.stderr
    before = kg_command("stats", "--store", str(store)).stdout
    # no English model can load in the second run: it succeeds only if nothing reaches the parser
    second = kg_command("ingest", str(doc), "--store", str(store), env={**os.environ, "KG_ENGLISH_MODEL": "no_such_model"})
    assert second.returncode == 0, second.stderr
    assert "0 documents (1 unchanged" in second.stdout
    assert kg_command("stats", "--store", str(store)).stdout == before


@pytest.mark.parametrize(
    "name, content, code",
    [
        ("empty.txt", b"   \n", "E102"),
        ("binary.txt", b"\x00\x01PK\x03\x04", "E103"),
        ("latin1.txt", b"Citt\xe0 del Vaticano", "E104"),
        ("late-nul.txt", b"Trump praised Putin. " * 500 + b"\x00", "E103"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_leaves_the_store_untouched(tmp_path, store_location, name, content, code):
    store = store_location
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"id": "good", "text": "Trump praised Putin on Monday."}) + "\n")
    assert kg_command("ingest", str(good), "--store", str(store)).returncode == 0
    before = kg_command("stats", "--store", str(store)).stdout
    bad = tmp_path / name
    bad.write_bytes(content)
    done = kg_command("ingest", str(good), str(bad), "--store", str(store))
    assert done.returncode != 0
    assert done.stderr.strip().count("\n") == 0 and code in done.stderr
    assert kg_command("stats", "--store", str(store)).stdout == before


def test_a_missing_path_is_a_clear_error(tmp_path, store_location):
    done = kg_command("ingest", str(tmp_path / "nope.txt"), "--store", store_location)
    assert done.returncode == 1 and "E101" in done.stderr and "Traceback" not in done.stderr


def test_a_malformed_jsonl_line_is_a_warning_and_the_good_lines_are_stored_unless_strict_stops_there(tmp_path, store_location):
    store = store_location
    news = tmp_path / "news.jsonl"
    news.write_text(
        '{"id": "good", "text": "Trump praised Putin on Monday."}\n'
        '{"id": "bad", "text"\n'
        '{"id": "good", "text": "The same id again."}\n'
        '{"id": "also-good", "text": "Macron criticized Russia."}\n'
    )
    strict = kg_command("ingest", str(news), "--strict", "--store", str(store))
    assert strict.returncode == 1 and strict.stderr.startswith(f"kg: E105 {news}:2:")
    # the input streams: what came before the line that stopped --strict is stored
    assert json.loads(kg_command("stats", "--store", str(store)).stdout)["documents"] == 1
    done = kg_command("ingest", str(news), "--store", str(store))
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if line.startswith("kg: warning:")]
    assert [w.split()[2:4] for w in warnings] == [["E105", f"{news}:2:"], ["E110", f"{news}:3:"]]
    assert "1 documents (1 unchanged, 2 skipped)" in done.stdout
    assert json.loads(kg_command("stats", "--store", str(store)).stdout)["documents"] == 2
