"""The one assertion query: its filters, its pages, and how it settles what the old queries disagreed on."""

from __future__ import annotations

import dataclasses
import datetime as dt
import doctest

import pytest

from kg.errors import ValidationError
from kg.explore import assertions
from kg.explore.assertions import AssertionFilter, as_date, assertion_record, find_assertions, relation_names, timeline
from kg.explore.scope import Scope
from kg.model import Actor, Relation
from kg.store.embedded import open_store
from kg.store.rdf import to_quads, topic_iri
from kg.vocab import ACTOR
from tests.builders import NATO, PUTIN, UNITED_STATES, praise_extraction, reset_extraction

RESET = "https://w3id.org/newskg/doc/en-reset"
RELIEF = Actor(topic_iri("sanctions relief"), "sanctions relief", "Topic")


@pytest.fixture
def store():
    """The reset article (a conditional demand, a fact, a negated criticism and a demand of a topic) and a praise a day later."""
    reset = reset_extraction()
    demand = Relation(PUTIN, "demands", RELIEF, reset.relations[0].evidence, modality="hypothetical", confidence=0.6)
    reset = dataclasses.replace(reset, relations=reset.relations + (demand,), actors=reset.actors + (RELIEF,))
    memory = open_store(None)
    memory.put_document(to_quads(reset))
    memory.put_document(to_quads(praise_extraction()))
    yield memory
    memory.close()


def relations(store, **chosen) -> list[str]:
    return [f"{a.relation} {a.object.name}" for a in find_assertions(store, AssertionFilter(**chosen)).items]


def test_every_example_in_the_docstrings_holds():
    assert doctest.testmod(assertions).failed == 0


def test_an_assertion_carries_every_qualifier_and_its_document(store):
    (demand,) = find_assertions(store, AssertionFilter(object=UNITED_STATES.iri)).items
    assert (demand.subject.name, demand.relation, demand.group) == ("Vladimir Putin", "demands", "conflictual")
    assert (demand.modality, demand.condition, demand.confidence) == ("conditional", "sanctions were lifted", 0.7)
    assert demand.attributed_to.name == "Institute for the Study of War" and demand.predicate_text == "accept a reset only if"
    assert (demand.document, demand.document_title, demand.date) == ("en-reset", "Putin sets a price for a reset", "2024-11-12")
    assert demand.evidence.sentence.startswith("Putin said") and demand.evidence.start == 0


def test_filters_by_actors_relations_qualifiers_dates_and_document(store):
    assert relations(store, subject=PUTIN.iri, object=NATO.iri) == ["criticizes NATO", "praises NATO"]
    assert relations(store, involving=NATO.iri, scope=Scope.of(modality=None)) == ["praises NATO"]
    assert relations(store, relations=relation_names("conflictual"), scope=Scope.of(modality="conditional")) == ["demands United States"]
    assert relations(store, attributed_to=ACTOR + "institute-for-the-study-of-war") == ["demands United States"]
    assert relations(store, since=dt.date(2024, 11, 13)) == ["praises NATO"]
    assert relations(store, until=dt.date(2024, 11, 12), min_confidence=0.75) == ["leaderOf Russia", "criticizes NATO"]
    assert relations(store, document="en-praise") == ["praises NATO"]


def test_the_honest_scope_keeps_only_asserted_interactions_that_were_not_negated(store):
    assert relations(store, scope=Scope()) == ["praises NATO"]


def test_facts_negated_and_other_modalities_come_back_when_asked_for(store):
    assert relations(store, scope=Scope(facts=True)) == ["leaderOf Russia", "praises NATO"]
    assert relations(store, scope=Scope.of(negated=True)) == ["criticizes NATO"]
    assert relations(store, scope=Scope.of(modality=["conditional", "hypothetical"])) == [
        "demands United States", "demands sanctions relief"
    ]
    assert len(relations(store, scope=Scope.of(facts=True, negated=None, modality=None))) == 5


def test_between_takes_a_pair_in_either_direction(store):
    assert relations(store, between=(NATO.iri, PUTIN.iri)) == ["criticizes NATO", "praises NATO"]
    assert relations(store, between=(UNITED_STATES.iri, PUTIN.iri)) == ["demands United States"]
    assert relations(store, between=(NATO.iri, UNITED_STATES.iri)) == []


def test_the_timeline_counts_what_the_scope_counts(store):
    points = timeline(store, AssertionFilter(involving=PUTIN.iri, scope=Scope()))
    assert [(p.date, p.cooperative, p.conflictual, p.fact) for p in points] == [("2024-11-13", 1, 0, 0)]


def test_an_actor_is_named_by_its_pref_label_and_a_topic_by_its_label(store):
    (demand,) = find_assertions(store, AssertionFilter(object=RELIEF.iri)).items
    assert (demand.object.name, demand.object.type, demand.object.id) == ("sanctions relief", "Topic", RELIEF.iri)
    assert demand.subject == dataclasses.replace(demand.subject, name="Vladimir Putin", type="Person", id="vladimir-putin")


def test_the_date_is_the_documents_and_offsets_are_optional(store):
    store.update(f"DELETE WHERE {{ GRAPH <{RESET}> {{ ?a dcterms:date ?d ; kg:evidenceStart ?s ; kg:evidenceEnd ?e }} }}")
    found = find_assertions(store, AssertionFilter(document="en-reset")).items
    assert len(found) == 4
    assert {a.date for a in found} == {"2024-11-12"}
    assert {(a.evidence.start, a.evidence.end) for a in found} == {(None, None)}


def test_pages_count_every_match_and_do_not_overlap(store):
    first = find_assertions(store, AssertionFilter(newest_first=True, limit=2))
    second = find_assertions(store, AssertionFilter(newest_first=True, limit=2, offset=2))
    assert first.total == second.total == 5
    assert first.items[0].relation == "praises"  # the newest document first
    assert not {a.id for a in first.items} & {a.id for a in second.items}


def test_the_timeline_counts_dated_assertions_by_group(store):
    points = timeline(store, AssertionFilter(involving=NATO.iri))
    assert [(p.date, p.cooperative, p.conflictual) for p in points] == [("2024-11-12", 0, 1), ("2024-11-13", 1, 0)]


def test_the_record_is_the_row_tables_and_edges_share(store):
    (praise,) = find_assertions(store, AssertionFilter(document="en-praise")).items
    record = assertion_record(praise)
    assert (record["subject"], record["object_iri"], record["tone"], record["symmetric"]) == ("Vladimir Putin", NATO.iri, 3.4, False)
    assert (record["plover"], record["cameo"], record["title"], record["attributed_to"]) == ("SUPPORT", "051", None, None)


def test_groups_stand_for_their_relations_and_unknown_names_are_refused():
    assert "sanctions" in relation_names(["conflictual", "aids"]) and "aids" in relation_names(["conflictual", "aids"])
    assert relation_names(None) == ()
    with pytest.raises(ValidationError, match="E203.*'hugs'.*cooperative"):
        relation_names("hugs")


def test_asking_for_facts_while_facts_are_left_out_says_how_to_ask():
    assert "leaderOf" in relation_names("fact", facts=True)
    assert relation_names("conflictual", facts=False) == relation_names("conflictual")
    with pytest.raises(ValidationError, match="E404.*leaderOf.*facts=True"):
        relation_names(["aids", "leaderOf"], facts=False)


def test_dates_are_checked():
    assert as_date(dt.datetime(2024, 3, 21, 10), "since") == dt.date(2024, 3, 21)
    assert as_date("", "since") is None
    with pytest.raises(ValidationError, match="E815.*until.*'last week'"):
        as_date("last week", "until")


def test_no_actor_is_ever_spliced_into_the_query_unchecked(store):
    with pytest.raises(ValueError):
        find_assertions(store, AssertionFilter(subject="x> } DROP ALL ; SELECT * { <y"))
