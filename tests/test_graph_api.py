"""The KnowledgeGraph API on the sample store, embedded and over HTTP against a live `kg serve`."""

from __future__ import annotations


import networkx as nx
import pandas as pd
import pytest

from tests.builders import reset_extraction
from tests.conftest import free_port, serving_copy
from kg import KnowledgeGraph
from kg.explore import analytics
from kg.errors import NotFoundError, QueryError, ReadError, StoreError, ValidationError
from kg.store.rdf import to_quads
from kg.vocab import GROUPS, vocabulary


@pytest.fixture(scope="module")
def graph(sample_store_path):
    with KnowledgeGraph.open(sample_store_path, read_only=True) as opened:
        yield opened


TOKEN = "notebook-secret"


@pytest.fixture(scope="module")
def writable_server(tmp_path_factory, sample_store_path):
    """A live `kg serve` that accepts documents from holders of TOKEN, over its own copy of the samples."""
    with serving_copy(tmp_path_factory, sample_store_path, {"KG_UPDATE_TOKEN": TOKEN}) as base:
        yield base


@pytest.fixture(scope="module")
def remote(server):
    with KnowledgeGraph.connect(server + "/sparql") as connected:
        yield connected


def test_select_columns_follow_the_literal_datatypes(graph):
    table = graph.sparql(
        "SELECT ?date ?confidence ?negated ?evidence ?start WHERE { ?a a kg:Assertion ; dcterms:date ?date ; "
        "kg:confidence ?confidence ; kg:negated ?negated ; kg:evidence ?evidence ; kg:evidenceStart ?start } LIMIT 20"
    )
    assert len(table) == 20
    assert str(table["date"].dtype).startswith("datetime64")
    assert table["confidence"].dtype == "float64"
    assert table["negated"].dtype == "bool"
    assert table["start"].dtype == "int64"
    assert isinstance(table["evidence"].iloc[0], str)


def test_optional_values_keep_their_type_with_gaps(graph):
    table = graph.sparql(
        "SELECT ?doc ?date WHERE { GRAPH ?doc { ?doc a kg:Document OPTIONAL { ?doc dcterms:date ?date } } }"
    )
    assert str(table["date"].dtype).startswith("datetime64")
    assert table["doc"].str.startswith("https://w3id.org/newskg/doc/").all()


def test_ask_is_a_bool_and_construct_gives_triples(graph):
    assert graph.sparql("ASK { ?s a kg:Assertion }") is True
    triples = graph.sparql("CONSTRUCT { ?s a kg:Actor } WHERE { GRAPH ?g { ?s a kg:State } } LIMIT 3")
    assert list(triples.columns) == ["subject", "predicate", "object"] and len(triples) == 3


def test_an_invalid_query_is_a_coded_error(graph):
    with pytest.raises(QueryError, match="E501"):
        graph.sparql("SELECT WHERE {")


def test_stats_count_the_samples(graph):
    stats = graph.stats()
    assert stats.documents == 38 and stats.actors > 30 and stats.relations > 50


def test_actors_list_russia_as_a_state_with_its_aliases(graph):
    actors = graph.actors()
    russia = actors[actors["name"] == "Russia"].iloc[0]
    assert russia["type"] == "State" and russia["documents"] >= 5
    assert "Moscow" in russia["aliases"] or "Kremlin" in " ".join(russia["aliases"])
    assert actors["mentions"].is_monotonic_decreasing


def test_actors_are_filtered_by_text_and_type(graph):
    assert set(graph.actors(type="Person")["type"]) == {"Person"}
    assert "Russia" in set(graph.actors(q="russ")["name"])
    with pytest.raises(ValidationError, match="E816.*type 'Planet'.*Person"):
        graph.actors(type="Planet")


def test_an_actor_is_found_by_name_alias_or_iri(graph):
    russia = graph.actor("Russia")
    assert graph.actor("russia") == russia
    assert graph.actor(russia.iri) == russia
    assert graph.actor(russia.aliases[0]).iri == russia.iri
    assert russia.type == "State" and russia.wikidata == "Q159"


def test_an_unknown_actor_gets_suggestions(graph):
    with pytest.raises(NotFoundError, match="E801.*Did you mean 'Russia'"):
        graph.actor("Rusia")


def test_relations_keep_every_qualifier_of_an_assertion():
    with KnowledgeGraph.open(None) as memory:
        memory.backend.put_document(to_quads(reset_extraction()))
        table = memory.relations(facts=True, negated=None, modality=None).set_index("relation")
    assert len(table) == 3
    demand = table.loc["demands"]
    assert (demand["subject"], demand["object"], demand["group"]) == ("Vladimir Putin", "United States", "conflictual")
    assert (demand["modality"], demand["condition"]) == ("conditional", "sanctions were lifted")
    assert demand["attributed_to"] == "Institute for the Study of War" and demand["confidence"] == 0.7
    assert demand["date"] == pd.Timestamp("2024-11-12") and demand["document"] == "en-reset"
    criticism = table.loc["criticizes"]
    assert criticism["negated"] and criticism["attributed_to"] is None and criticism["attributed_to_iri"] is None


def test_relations_carry_names_iris_qualifiers_and_evidence(graph):
    relations = graph.relations()
    assert len(relations) > 50
    assert set(relations["group"]) <= set(GROUPS)
    assert not relations["negated"].any()
    row = relations.iloc[0]
    assert row["subject_iri"].startswith("https://w3id.org/newskg/actor/")
    assert row["tone"] == vocabulary()[row["relation"]].tone
    assert row["evidence"] and row["document"]
    assert relations["date"].dropna().is_monotonic_increasing


def test_relations_are_filtered_by_actor_group_dates_confidence_and_negation(graph):
    mine = graph.relations(subject="Russia", relation="conflictual", since="2024-01-01", until="2025-12-31", min_confidence=0.5)
    assert len(mine) > 0
    assert set(mine["subject"]) == {"Russia"} and set(mine["group"]) == {"conflictual"}
    assert mine["date"].between(pd.Timestamp("2024-01-01"), pd.Timestamp("2025-12-31")).all()
    assert (mine["confidence"] >= 0.5).all()
    with pytest.raises(ValidationError, match="E816.*modality 'certain'.*hypothetical"):
        graph.relations(modality="certain")


def test_relations_are_asserted_interactions_that_were_not_negated_by_default(graph):
    honest = graph.relations()
    assert "fact" not in set(honest["group"])
    assert set(honest["modality"]) == {"asserted"} and not honest["negated"].any()
    assert honest.attrs["counts"] == "asserted, non-negated interactions; facts excluded"


def test_each_argument_brings_its_statements_back(graph):
    honest = len(graph.relations())
    with_facts = graph.relations(facts=True)
    assert "fact" in set(with_facts["group"]) and len(with_facts) > honest
    negated = graph.relations(negated=True, modality=None)
    assert len(negated) > 0 and negated["negated"].all()
    conditional = graph.relations(modality="conditional")
    assert len(conditional) > 0 and set(conditional["modality"]) == {"conditional"}
    assert conditional["condition"].notna().any()
    every_modality = graph.relations(modality=None)
    assert set(every_modality["modality"]) > {"asserted"} and not every_modality["negated"].any()
    everything = graph.relations(facts=True, negated=None, modality=None)
    assert len(everything) == graph.stats().relations
    assert everything.attrs["counts"] == "interactions and facts of any modality, negated or not"


def test_between_finds_a_pair_in_either_direction(graph):
    pair = graph.relations(between=("Russia", "Washington"), facts=True, negated=None, modality=None)
    both_ways = [
        graph.relations(subject=a, object=b, facts=True, negated=None, modality=None)
        for a, b in (("Russia", "United States"), ("United States", "Russia"))
    ]
    assert len(pair) == sum(len(table) for table in both_ways) > 0
    assert {frozenset(row) for row in pair[["subject", "object"]].values} == {frozenset({"Russia", "United States"})}
    for wrong in (("Russia",), "Russia", ("Russia", "Iran", "China")):
        with pytest.raises(ValidationError, match="E405"):
            graph.relations(between=wrong)


def test_asking_for_facts_without_facts_true_says_how(graph):
    with pytest.raises(ValidationError, match="E404.*leaderOf.*facts=True"):
        graph.relations(relation="fact")
    assert set(graph.relations(relation="fact", facts=True)["group"]) == {"fact"}


def test_an_unknown_relation_filter_lists_groups_and_relations(graph):
    with pytest.raises(ValidationError, match="E203.*cooperative.*sanctions"):
        graph.relations(relation="hugs")


def test_the_multigraph_has_one_edge_per_assertion(graph):
    relations = graph.relations()
    network = graph.to_networkx()
    assert isinstance(network, nx.MultiDiGraph)
    assert network.number_of_edges() == len(relations)
    edge = next(iter(network.edges(data=True)))[2]
    assert {"relation", "group", "tone", "date", "evidence", "document", "confidence"} <= set(edge)
    assert network.nodes[graph.actor("Russia").iri] == {"name": "Russia", "type": "State"}


def test_the_aggregated_graph_counts_symmetric_relations_both_ways(graph):
    relations = graph.relations()
    folded = graph.to_networkx(aggregate=True)
    symmetric = relations["symmetric"] & (relations["subject_iri"] != relations["object_iri"])
    assert sum(c for _, _, c in folded.edges(data="count")) == len(relations) + int(symmetric.sum())


def test_networks_follow_the_filters(graph):
    conflict = graph.to_networkx(relations=["conflictual"], since="2024-01-01")
    assert {d["group"] for _, _, d in conflict.edges(data=True)} == {"conflictual"}


def test_the_network_has_the_same_defaults_and_arguments_as_the_relations(graph):
    honest = graph.to_networkx()
    assert {d["group"] for _, _, d in honest.edges(data=True)} <= {"cooperative", "conflictual", "neutral"}
    assert {d["modality"] for _, _, d in honest.edges(data=True)} == {"asserted"}
    wide = graph.to_networkx(facts=True, modality=None)
    assert wide.number_of_edges() == len(graph.relations(facts=True, modality=None)) > honest.number_of_edges()
    pair = graph.to_networkx(between=("Russia", "United States"), modality=None)
    assert set(pair) == {graph.actor("Russia").iri, graph.actor("United States").iri}
    assert graph.to_networkx(aggregate=True, facts=True).graph["counts"] == "asserted, non-negated interactions and facts"


def test_the_dyad_timeline_counts_what_the_relations_show(graph):
    network = graph.to_networkx(modality=None)
    for modality in ("asserted", None):
        timeline = analytics.dyad_timeline(network, "Russia", "United States", modality=modality)
        pair = graph.relations(between=("Russia", "United States"), modality=modality).dropna(subset=["date"])
        assert timeline["events"].sum() == len(pair)
        assert timeline["cooperative"].sum() == (pair["group"] == "cooperative").sum()


def test_ingest_takes_texts_paths_and_documents(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("Rome summit\n\nItaly praised Turkey for its mediation on the Black Sea.", encoding="utf-8")
    with KnowledgeGraph.open(None) as memory:
        report = memory.ingest(["Donald Trump praised Vladimir Putin on Tuesday.", note])
        assert report.documents == 2
        found = memory.relations()
        assert {"praises"} <= set(found["relation"])
        assert memory.ingest(note).unchanged == 1
        with pytest.raises(ReadError, match="E101"):
            memory.ingest("samples/missing.txt")


def test_the_graph_shows_itself_as_a_table_in_notebooks(graph):
    page = graph._repr_html_()
    assert "<table" in page and "documents" in page and "embedded" in page


@pytest.mark.slow
def test_the_remote_graph_answers_like_the_embedded_one(graph, remote):
    assert remote.stats() == graph.stats()
    local, far = graph.relations(subject="Russia"), remote.relations(subject="Russia")
    pd.testing.assert_frame_equal(local, far)
    assert remote.actor("Moscow").iri == graph.actor("Moscow").iri
    assert remote.to_networkx().number_of_edges() == graph.to_networkx().number_of_edges()
    assert remote.sparql("ASK { ?s a kg:Actor }") is True
    assert len(remote.sparql("CONSTRUCT { ?s a kg:Actor } WHERE { GRAPH ?g { ?s a kg:State } } LIMIT 3")) == 3


@pytest.mark.slow
def test_a_remote_query_error_carries_the_servers_message(remote):
    with pytest.raises(QueryError, match="E804.*E501"):
        remote.sparql("SELECT WHERE {")


def test_an_unreachable_endpoint_is_a_clear_error():
    with KnowledgeGraph.connect(f"http://127.0.0.1:{free_port()}/sparql", timeout=2) as nowhere:
        with pytest.raises(StoreError, match="E803.*kg serve"):
            nowhere.stats()


@pytest.mark.slow
def test_remote_ingest_sends_documents_to_the_server(writable_server):
    with KnowledgeGraph.connect(writable_server + "/sparql", token=TOKEN) as remote:
        before = remote.stats().documents
        report = remote.ingest("Italy praised Greece for its help with the wildfires on Rhodes.")
        assert report.documents == 1 and report.relations >= 1  # the praise, and Greece's help read as aid
        assert remote.stats().documents == before + 1
        assert "praises" in set(remote.relations(subject="Italy", object="Greece")["relation"])


@pytest.mark.slow
def test_remote_ingest_without_the_token_is_refused_with_the_servers_reason(writable_server):
    with KnowledgeGraph.connect(writable_server + "/sparql") as remote:
        with pytest.raises(QueryError, match="E804.*401.*E702"):
            remote.ingest("Italy praised Greece for its help with the wildfires on Rhodes.")
