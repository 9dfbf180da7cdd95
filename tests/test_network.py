"""The actor network: one builder from assertions, one path finder, one copy GraphML and GEXF can write."""

from __future__ import annotations

import datetime as dt
import doctest
import io

import networkx as nx

from kg.explore import network
from kg.explore.actors import ActorRef
from kg.explore.assertions import Assertion, Evidence
from kg.explore.network import actor_network, chains, writable

RUSSIA = ActorRef("russia", "https://w3id.org/newskg/actor/russia", "Russia", "State")
IRAN = ActorRef("iran", "https://w3id.org/newskg/actor/iran", "Iran", "State")
CHINA = ActorRef("china", "https://w3id.org/newskg/actor/china", "China", "State")


def assertion(number: int, subject: ActorRef, relation: str, obj: ActorRef, date: str | None = "2024-03-21") -> Assertion:
    return Assertion(
        id=f"https://w3id.org/newskg/assertion/doc/{number}", subject=subject, relation=relation, group="cooperative",
        object=obj, negated=False, modality="asserted", confidence=0.8, attributed_to=None, condition=None, date=date,
        document=f"doc-{number}", evidence=Evidence(f"{subject.name} {relation} {obj.name}.", 0, 20),
    )


def test_every_example_in_the_docstrings_holds():
    assert doctest.testmod(network).failed == 0


def test_the_network_has_one_node_per_actor_and_one_edge_per_assertion():
    graph = actor_network([assertion(1, RUSSIA, "aids", IRAN), assertion(2, RUSSIA, "aids", IRAN, date=None)])
    assert dict(graph.nodes(data=True)) == {RUSSIA.iri: {"name": "Russia", "type": "State"}, IRAN.iri: {"name": "Iran", "type": "State"}}
    assert graph.number_of_edges() == 2
    edge = graph.edges[RUSSIA.iri, IRAN.iri, "https://w3id.org/newskg/assertion/doc/1"]
    assert (edge["relation"], edge["group"], edge["tone"], edge["plover"]) == ("aids", "cooperative", 7.0, "AID")
    assert edge["date"] == dt.datetime(2024, 3, 21) and edge["evidence"] == "Russia aids Iran."
    assert graph.edges[RUSSIA.iri, IRAN.iri, "https://w3id.org/newskg/assertion/doc/2"]["date"] is None


def test_chains_ignore_direction_and_come_shortest_first_then_by_name():
    graph = actor_network([
        assertion(1, RUSSIA, "aids", IRAN), assertion(2, CHINA, "praises", IRAN), assertion(3, RUSSIA, "consults", CHINA),
    ])
    assert chains(graph, RUSSIA.iri, IRAN.iri) == [(RUSSIA.iri, IRAN.iri), (RUSSIA.iri, CHINA.iri, IRAN.iri)]
    assert chains(graph, RUSSIA.iri, IRAN.iri, shortest=True) == [(RUSSIA.iri, IRAN.iri)]
    assert chains(graph, RUSSIA.iri, IRAN.iri, max_hops=1) == [(RUSSIA.iri, IRAN.iri)]
    assert chains(graph, RUSSIA.iri, IRAN.iri, limit=1) == [(RUSSIA.iri, IRAN.iri)]


def test_equally_short_chains_are_ordered_by_actor_names_whatever_the_limit():
    graph = nx.MultiDiGraph()
    for middle in ("m", "c", "x", "a"):
        graph.add_node(middle, name=middle.upper())
        graph.add_edges_from([("start", middle), (middle, "end")])
    assert chains(graph, "start", "end", limit=2) == [("start", "a", "end"), ("start", "c", "end")]


def test_no_chain_is_an_empty_list():
    graph = actor_network([assertion(1, RUSSIA, "aids", IRAN)])
    graph.add_node(CHINA.iri, name="China")
    assert chains(graph, RUSSIA.iri, CHINA.iri) == []
    assert chains(graph, RUSSIA.iri, "https://w3id.org/newskg/actor/nowhere") == []
    assert chains(graph, RUSSIA.iri, RUSSIA.iri) == []


def test_the_writable_copy_has_dates_as_text_and_no_missing_values():
    graph = actor_network([assertion(1, RUSSIA, "aids", IRAN)])
    out = io.BytesIO()
    nx.write_gexf(writable(graph), out)
    back = nx.read_gexf(io.BytesIO(out.getvalue()))
    (_, _, edge), = back.edges(data=True)
    assert edge["date"] == "2024-03-21" and "condition" not in edge and "attributed_to" not in edge
