"""Every export format round-trips, or is read back and checked against the store."""

import csv
import io
import json

import networkx as nx
import pyoxigraph as ox
import pytest

from kg.errors import FormatError
from kg.store.export import ASSERTION_COLUMNS, FORMATS, context, export, fact_network
from kg.store.query import execute
from kg.vocab import vocabulary
from tests.conftest import kg_command


def parsed(data: bytes, fmt: ox.RdfFormat) -> set:
    store = ox.Store()
    store.load(data, format=fmt)
    return set(store)


def triples(quads) -> set:
    return {ox.Triple(q.subject, q.predicate, q.object) for q in quads}


@pytest.mark.parametrize("fmt, syntax", [("trig", ox.RdfFormat.TRIG), ("nq", ox.RdfFormat.N_QUADS)])
def test_dataset_formats_round_trip_every_named_graph(sample_store, fmt, syntax):
    assert parsed(export(sample_store, fmt), syntax) == set(sample_store.quads())


@pytest.mark.parametrize("fmt, syntax", [("ttl", ox.RdfFormat.TURTLE), ("nt", ox.RdfFormat.N_TRIPLES), ("rdfxml", ox.RdfFormat.RDF_XML)])
def test_triple_formats_round_trip_the_union_of_the_graphs(sample_store, fmt, syntax):
    assert triples(parsed(export(sample_store, fmt), syntax)) == triples(sample_store.quads())


def test_jsonld_is_compact_with_the_published_context_and_round_trips(sample_store):
    data = export(sample_store, "jsonld")
    document = json.loads(data)
    assert document["@context"] == context()
    graphs = {g["id"]: g["@graph"] for g in document["@graph"]}
    assert "graph:actors" in graphs and any(name.startswith("doc:") for name in graphs)
    assertion = next(node for name, nodes in graphs.items() if name.startswith("doc:") for node in nodes if node.get("type") == "Assertion")
    assert assertion["predicate"] in vocabulary() and {"subject", "object", "negated", "evidence", "evidenceStart"} <= set(assertion)
    assert parsed(data, ox.RdfFormat.JSON_LD) == set(sample_store.quads())


def facts(store) -> int:
    """Assertions stated as facts: asserted and not negated, the ones a direct triple stands for."""
    answer = execute(store, 'SELECT (COUNT(?a) AS ?n) WHERE { ?a a kg:Assertion ; kg:negated false ; kg:modality "asserted" }')
    return int(answer.rows[0]["n"].value)


@pytest.mark.parametrize("fmt, read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_network_formats_have_one_edge_per_fact_with_its_attributes(sample_store, fmt, read):
    network = fact_network(sample_store)
    assert network.number_of_edges() == facts(sample_store) > 0
    back = read(io.BytesIO(export(sample_store, fmt)))
    assert back.number_of_nodes() == network.number_of_nodes()
    assert back.number_of_edges() == network.number_of_edges()
    expected = sorted((d["relation"], d["document"], d["tone"], d["group"]) for _, _, d in network.edges(data=True))
    assert sorted((d["relation"], d["document"], float(d["tone"]), d["group"]) for _, _, d in back.edges(data=True)) == expected
    assert {"plover", "cameo", "date", "confidence", "evidence"} <= set().union(*(d for _, _, d in back.edges(data=True)))
    assert "Vladimir Putin" in {d["name"] for _, d in back.nodes(data=True)}


def test_the_exported_network_is_the_one_kg_analyze_writes(sample_store, sample_store_path, tmp_path):
    done = kg_command(
        "analyze", "graphml", str(tmp_path / "analyzed.graphml"), "--facts", "--modality", "any", "--store", str(sample_store_path)
    )
    assert done.returncode == 0, done.stderr
    analyzed = nx.read_graphml(tmp_path / "analyzed.graphml")
    exported = nx.read_graphml(io.BytesIO(export(sample_store, "graphml")))
    # asked to, kg analyze keeps every affirmed assertion, the export only those stated as facts: same edges for those
    facts_analyzed = {(u, v, k) for u, v, k, d in analyzed.edges(keys=True, data=True) if d["modality"] == "asserted"}
    assert facts_analyzed == set(exported.edges(keys=True))
    assert all(analyzed.edges[edge] == exported.edges[edge] for edge in facts_analyzed)
    assert {d["name"] for _, d in exported.nodes(data=True)} <= {d["name"] for _, d in analyzed.nodes(data=True)}


def test_csv_has_one_row_per_assertion_with_the_documented_columns(sample_store):
    rows = list(csv.DictReader(io.StringIO(export(sample_store, "csv").decode("utf-8"))))
    assert tuple(rows[0]) == ASSERTION_COLUMNS
    total = execute(sample_store, "SELECT (COUNT(?a) AS ?n) WHERE { ?a a kg:Assertion }").rows[0]["n"].value
    assert len(rows) == int(total) == len({r["assertion"] for r in rows})
    text = {r["id"].value: r["text"].value for r in execute(sample_store, "SELECT ?id ?text WHERE { ?d dcterms:identifier ?id ; kg:text ?text }").rows}
    for row in rows:
        assert row["relation"] in vocabulary()
        assert row["negated"] in ("true", "false") and row["modality"] in ("asserted", "hypothetical", "future", "conditional")
        assert 0 <= float(row["confidence"]) <= 1
        assert row["subject"] and row["object"]
        # The evidence is the text at those offsets, with scraping noise blanked out by the cleaner.
        stated = text[row["document"]][int(row["start"]):int(row["end"])]
        assert len(stated) == len(row["evidence"])
        assert all(e == t or e.isspace() for e, t in zip(row["evidence"], stated))


def test_unknown_format_is_refused_with_the_known_ones(sample_store):
    with pytest.raises(FormatError, match="E303.*'xlsx'.*ttl, trig, nq"):
        export(sample_store, "xlsx")


def test_kg_export_writes_each_format_to_a_file(sample_store_path, tmp_path):
    for fmt in ("jsonld", "csv"):
        target = tmp_path / f"graph.{FORMATS[fmt].extension}"
        done = kg_command("export", "--format", fmt, "-o", str(target), "--store", str(sample_store_path))
        assert done.returncode == 0, done.stderr
        assert target.stat().st_size > 1000
    refused = kg_command("export", "--format", "xlsx", "--store", str(sample_store_path))
    assert refused.returncode == 1 and "E303" in refused.stderr
