"""Queries answered as bytes (``run``) and as values (``execute``), within the row cap, in pyoxigraph's own formats."""

from __future__ import annotations

import csv
import doctest
import io

import pyoxigraph as ox
import pytest

from kg.errors import FormatError, QueryError
from kg.store import protocol, query
from kg.store.embedded import open_store
from kg.store.protocol import Dataset
from kg.store.query import FORMATS, execute, format_for, formats, named, run
from kg.store.rdf import document_iri, to_quads
from tests.builders import praise_extraction, reset_extraction
from tests.conftest import kg_command

ACTORS = "SELECT ?a ?name WHERE { ?a a kg:Actor ; rdfs:label ?name } ORDER BY ?a"
GRAPH = "CONSTRUCT { ?a a kg:Actor } WHERE { ?a a kg:Actor }"


@pytest.fixture(scope="module")
def store():
    memory = open_store(None)
    memory.put_document(to_quads(reset_extraction()))
    memory.put_document(to_quads(praise_extraction()))
    return memory


def test_the_examples_in_the_docstrings_hold():
    assert doctest.testmod(query).failed == doctest.testmod(protocol).failed == 0


def test_formats_are_named_by_short_name_and_found_by_pyoxigraphs_media_types():
    assert [fmt.name for fmt in formats("results")] == ["json", "xml", "csv", "tsv"]
    assert [fmt.name for fmt in formats("graph")] == ["ttl", "nt", "rdfxml", "jsonld"]
    for fmt in FORMATS.values():
        assert fmt.syntax.media_type.startswith(fmt.media_type) and ";" not in fmt.media_type
        if fmt.carries != "dataset":
            assert format_for(fmt.media_type, fmt.carries) is fmt
    # the aliases pyoxigraph knows name the same formats, for the shape of answer at hand
    assert format_for("application/json", "results").name == "json"
    assert format_for("application/json", "graph").name == "jsonld"
    assert format_for("text/plain", "graph").name == "nt"
    assert format_for("image/png", "results") is None
    assert format_for("application/n-quads", "graph") is None  # a dataset format carries no query answer


@pytest.mark.parametrize("fmt", ["json", "xml", "tsv"])
def test_a_select_is_written_in_each_results_format_with_every_row(store, fmt):
    body = run(store, ACTORS, named(fmt), limit=100).body
    rows = list(ox.parse_query_results(body, format=FORMATS[fmt].syntax))
    assert [row["a"] for row in rows] == [row["a"] for row in execute(store, ACTORS).rows]


def test_csv_is_written_too_though_pyoxigraph_does_not_read_it(store):
    rows = list(csv.reader(io.StringIO(run(store, ACTORS, named("csv"), limit=100).body.decode())))
    assert rows[0] == ["a", "name"] and len(rows) == 1 + len(execute(store, ACTORS).rows)


@pytest.mark.parametrize("fmt", ["ttl", "nt", "rdfxml", "jsonld"])
def test_a_construct_is_written_in_each_rdf_format(store, fmt):
    triples = set(ox.parse(run(store, GRAPH, named(fmt), limit=100).body, format=FORMATS[fmt].syntax))
    assert {ox.Triple(t.subject, t.predicate, t.object) for t in triples} == set(execute(store, GRAPH).triples)


def test_ask_is_written_in_the_results_formats(store):
    assert run(store, "ASK { ?a kg:praises ?b }", named("json"), limit=1).body == b'{"head":{},"boolean":true}'


@pytest.mark.parametrize(
    "query, fmt, known",
    [(ACTORS, "ttl", "json, xml, csv, tsv"), (GRAPH, "csv", "ttl, nt, rdfxml, jsonld"), (ACTORS, "yaml", "json, xml, csv, tsv")],
)
def test_a_format_that_cannot_carry_the_answer_is_refused_with_those_that_can(store, query, fmt, known):
    with pytest.raises(FormatError, match=f"E504 Unknown result format '{fmt}'. Choose one of: {known}"):
        run(store, query, named(fmt), limit=100)


def test_answers_past_the_cap_are_refused(store):
    count = len(execute(store, ACTORS).rows)
    assert len(execute(store, ACTORS, limit=count).rows) == count
    for answer in (lambda: run(store, ACTORS, named("json"), limit=count - 1), lambda: run(store, GRAPH, named("nt"), limit=count - 1),
                   lambda: execute(store, ACTORS, limit=count - 1)):
        with pytest.raises(QueryError, match=f"E506 The result has more than {count - 1} rows"):
            answer()


def test_long_rows_within_the_cap_are_counted_then_written(store):
    """Rows longer than the writer's smallest row overflow the quick check: they are counted, and kept."""
    long_rows = "SELECT ?text WHERE { ?d kg:text ?text } ORDER BY ?text"
    body = run(store, long_rows, named("tsv"), limit=2).body
    assert body == run(store, long_rows, named("tsv"), limit=100).body and len(body.splitlines()) == 3


def test_a_query_bounded_by_its_own_limit_within_the_cap_is_written_as_it_comes(store):
    assert run(store, ACTORS + " LIMIT 2", named("csv"), limit=2, top_limit=2).body.count(b"\n") == 3


def test_a_dataset_replaces_the_union_of_all_graphs_and_an_empty_one_leaves_it_to_from(store):
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    total = lambda sparql, dataset=None: int(next(iter(store.query(sparql, dataset)))["n"].value)  # noqa: E731
    one = total(count, Dataset(default_graphs=(document_iri("en-praise"),)))
    assert 0 < one < total(count)
    from_clause = f"SELECT (COUNT(*) AS ?n) FROM <{document_iri('en-praise')}> WHERE {{ ?s ?p ?o }}"
    assert total(from_clause, Dataset()) == one


def test_kg_query_prints_every_format_and_refuses_what_cannot_be(tmp_path):
    folder = tmp_path / "store"
    written = open_store(folder)
    written.put_document(to_quads(reset_extraction()))
    written.close()
    table = kg_command("query", ACTORS, "--store", str(folder))
    assert table.returncode == 0 and table.stdout.splitlines()[0].split() == ["a", "name"] and "Vladimir Putin" in table.stdout
    tsv = kg_command("query", ACTORS, "-f", "tsv", "--store", str(folder))
    assert tsv.stdout.startswith("?a\t?name\n") and tsv.stdout.count("\n") == 6
    refused = kg_command("query", ACTORS, "-f", "ttl", "--store", str(folder))
    assert refused.returncode == 1 and refused.stderr.startswith("kg: E504")
    missing = kg_command("query", "@nowhere.rq", "--store", str(folder))
    assert missing.returncode == 1 and missing.stderr.startswith("kg: E101")
