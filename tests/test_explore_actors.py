"""Actors as the store knows them: one summary, one resolver for every caller, the actor page built on the summary."""

from __future__ import annotations

import dataclasses
import doctest

import pytest

from kg.errors import NotFoundError, QueryError
from kg.explore import actors
from kg.explore.actors import actor_refs, actor_summary, list_actors, resolve_actor
from kg.explore.browse import actor_detail, to_json
from kg.explore.scope import Scope
from kg.model import Actor
from kg.store.embedded import open_store
from kg.store.rdf import to_quads
from kg.vocab import ACTOR
from tests.builders import NATO, PUTIN, RUSSIA, praise_extraction, reset_extraction


@pytest.fixture
def store():
    memory = open_store(None)
    memory.put_document(to_quads(reset_extraction()))
    memory.put_document(to_quads(praise_extraction()))
    yield memory
    memory.close()


def test_every_example_in_the_docstrings_holds():
    assert doctest.testmod(actors).failed == 0


def test_the_summary_has_names_types_counts_and_identifiers(store):
    putin = actor_summary(store, PUTIN.iri)
    assert (putin.id, putin.name, putin.type, putin.aliases) == ("vladimir-putin", "Vladimir Putin", "Person", ("Putin",))
    assert (putin.mentions, putin.documents) == (3, 2)
    assert putin.identifiers == ("http://www.wikidata.org/entity/Q7747",)
    assert [a.name for a in list_actors(store, q="NATO")] == ["NATO"]
    assert list_actors(store)[0] == putin  # the most mentioned first


@pytest.mark.parametrize("reference", ["vladimir-putin", PUTIN.iri, "Vladimir Putin", "VLADIMIR PUTIN", "putin", " Putin "])
def test_an_actor_is_resolved_by_id_iri_name_or_alias_ignoring_case(store, reference):
    assert resolve_actor(store, reference) == PUTIN.iri


def test_an_unknown_actor_gets_suggestions(store):
    with pytest.raises(NotFoundError, match="E801.*'Vladimir Putn'.*Did you mean 'Vladimir Putin'"):
        resolve_actor(store, "Vladimir Putn")


def test_an_alias_of_two_actors_is_refused_with_both_names(store):
    twin = Actor(ACTOR + "vladimir-putin-junior", "Vladimir Putin Junior", "Person", ("Putin",))
    extraction = praise_extraction("en-twin")
    store.put_document(to_quads(dataclasses.replace(extraction, actors=extraction.actors + (twin,))))
    with pytest.raises(QueryError, match="E802.*'Putin'.*Vladimir Putin, Vladimir Putin Junior"):
        resolve_actor(store, "Putin")
    assert resolve_actor(store, "Vladimir Putin") == PUTIN.iri  # a canonical name is never ambiguous


def test_refs_name_what_the_store_describes_and_keep_the_tail_of_the_rest(store):
    refs = actor_refs(store, [RUSSIA.iri, ACTOR + "atlantis"])
    assert (refs[RUSSIA.iri].name, refs[RUSSIA.iri].type) == ("Russia", "State")
    assert (refs[ACTOR + "atlantis"].name, refs[ACTOR + "atlantis"].type) == ("atlantis", "Actor")


def test_the_actor_page_composes_the_summary_and_the_api_shows_its_fields_at_the_top(store):
    detail = actor_detail(store, NATO.iri)
    assert detail.actor == actor_summary(store, NATO.iri)
    assert detail.relations_in.total == 1 and detail.relations_out.total == 0  # the negated criticism is left out
    shown = to_json(detail)
    assert list(shown)[:8] == ["id", "iri", "name", "types", "aliases", "mentions", "documents", "identifiers"]
    assert shown["relations_in"]["items"][0]["relation"] == "praises"  # newest first
    assert "predicate_text" not in shown["relations_in"]["items"][0]


def test_the_actor_page_shows_facts_and_negated_relations_when_asked(store):
    everything = actor_detail(store, PUTIN.iri, scope=Scope.of(facts=True, negated=None, modality=None))
    assert {a.relation for a in everything.relations_out.items} == {"demands", "leaderOf", "criticizes", "praises"}
    assert sum(point.fact for point in everything.timeline) == 1
    honest = actor_detail(store, PUTIN.iri)
    assert [a.relation for a in honest.relations_out.items] == ["praises"]
    assert sum(point.fact for point in honest.timeline) == 0
