"""An extraction becomes checked quads: assertion nodes with every qualifier, direct triples only for facts as stated."""

import dataclasses

import pyoxigraph as ox
import pytest

from kg.errors import ValidationError
from kg.model import Actor, Evidence, Mention
from kg.store.rdf import DCT, PROV, RDF, document_iri, to_quads, topic_iri
from kg.store.embedded import open_store
from kg.store.validate import validate_quads
from kg.vocab import ACTOR, ACTORS_GRAPH, KG
from tests.builders import NATO, PUTIN, UNITED_STATES, praise_extraction, reset_extraction, with_relation


def stored(*extractions):
    store = open_store(None)
    for extraction in extractions:
        store.put_document(to_quads(extraction))
    return store


def select(store, sparql: str) -> list[dict]:
    answer = store.query(sparql)
    names = [v.value for v in answer.variables]
    return [{name: (row[name].value if row[name] is not None else None) for name in names} for row in answer]


def test_every_relation_gets_an_assertion_node_with_its_qualifiers_and_evidence():
    store = stored(reset_extraction())
    found = select(store, """
        SELECT ?p ?negated ?modality ?confidence ?start ?end ?evidence ?source ?doc ?date ?by WHERE {
          ?a a kg:Assertion ; rdf:subject actor:vladimir-putin ; rdf:predicate ?p ; kg:negated ?negated ;
             kg:modality ?modality ; kg:confidence ?confidence ; kg:evidenceStart ?start ; kg:evidenceEnd ?end ;
             kg:evidence ?evidence ; prov:wasDerivedFrom ?doc ; dcterms:date ?date ; prov:wasGeneratedBy ?by .
          OPTIONAL { ?a kg:attributedTo ?source }
        } ORDER BY ?p""")
    assert [r["p"].removeprefix(KG) for r in found] == ["criticizes", "demands", "leaderOf"]
    criticizes, demands, _ = found
    assert (criticizes["negated"], criticizes["modality"]) == ("true", "asserted")
    assert (demands["negated"], demands["modality"], demands["confidence"]) == ("false", "conditional", "0.7")
    assert demands["source"] == ACTOR + "institute-for-the-study-of-war"
    text = reset_extraction().document.text
    assert text[int(demands["start"]):int(demands["end"])] == demands["evidence"]
    assert {r["doc"] for r in found} == {document_iri("en-reset")}
    assert {r["date"] for r in found} == {"2024-11-12"}
    assert all(r["by"].startswith("https://w3id.org/newskg/extractor/") for r in found)


def test_only_asserted_relations_that_are_not_negated_become_direct_triples():
    store = stored(reset_extraction())
    assert store.query("ASK { actor:vladimir-putin kg:leaderOf actor:russia }")
    assert not store.query("ASK { actor:vladimir-putin kg:criticizes actor:nato }"), "negated"
    assert not store.query("ASK { actor:vladimir-putin kg:demands actor:united-states }"), "conditional"


def test_the_reset_condition_is_answerable_as_typed_relation_and_through_the_surface_predicate():
    store = stored(reset_extraction())
    typed = select(store, """
        SELECT ?condition ?label WHERE {
          ?a rdf:subject actor:vladimir-putin ; rdf:predicate kg:demands ; rdf:object actor:united-states ;
             kg:condition ?condition ; kg:conditionText ?label .
        }""")
    assert typed == [{"condition": topic_iri("sanctions were lifted"), "label": "sanctions were lifted"}]
    assert store.query("ASK { <%s> a kg:Topic ; rdfs:label 'sanctions were lifted' }" % topic_iri("sanctions were lifted"))
    surface = select(store, """
        SELECT ?p WHERE { ?a rdf:subject actor:vladimir-putin ; rdf:predicate ?p ; kg:predicateText ?words .
                          FILTER(CONTAINS(?words, "only if")) }""")
    assert surface == [{"p": KG + "demands"}]


def test_document_graph_carries_the_metadata():
    store = stored(reset_extraction())
    doc = document_iri("en-reset")
    values = {q.predicate.value: q.object for q in store.quads(doc) if q.subject.value == doc}
    assert values[DCT + "identifier"].value == "en-reset"
    assert values[DCT + "date"] == ox.Literal("2024-11-12", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))
    assert values[DCT + "source"].value == "https://example.org/en-reset"
    assert len(values[KG + "sha256"].value) == 64
    assert values[KG + "ingestedAt"].datatype.value.endswith("#dateTime")
    assert values[PROV + "wasGeneratedBy"].value.startswith("https://w3id.org/newskg/extractor/")


def test_actor_descriptions_go_to_the_actors_graph_with_wikidata_links():
    store = stored(reset_extraction())
    putin = {(q.predicate.value, q.object.value) for q in store.quads(ACTORS_GRAPH) if q.subject.value == PUTIN.iri}
    assert (RDF + "type", KG + "Person") in putin and (RDF + "type", KG + "Actor") in putin
    assert ("http://www.w3.org/2002/07/owl#sameAs", "http://www.wikidata.org/entity/Q7747") in putin
    assert ("http://www.w3.org/2004/02/skos/core#altLabel", "Putin") in putin


BOLIVIAN_POLICE = Actor(
    ACTOR + "bolivia-police", "Bolivian police", "Group", ("Bolivian border guards",), country=ACTOR + "bolivia", sector="police"
)


def test_a_sector_actor_is_described_with_its_country_and_sector():
    store = stored(with_relation(reset_extraction(), object=BOLIVIAN_POLICE))
    assert store.query(
        f"ASK {{ GRAPH <{ACTORS_GRAPH}> {{ actor:bolivia-police a kg:Group ; kg:country actor:bolivia ; "
        "kg:sector <https://w3id.org/newskg/sector/police> } }"
    )
    assert not store.query(f"ASK {{ GRAPH <{ACTORS_GRAPH}> {{ actor:russia kg:country ?c }} }}"), "a state has no country"


def test_a_query_for_states_rolls_sector_actors_up_to_their_country():
    store = stored(with_relation(reset_extraction(), object=BOLIVIAN_POLICE))
    rows = select(store, """
        SELECT DISTINCT ?party WHERE {
          ?a rdf:subject actor:vladimir-putin ; rdf:predicate kg:demands ; rdf:object ?o .
          OPTIONAL { ?o kg:country ?country }
          BIND(COALESCE(?country, ?o) AS ?party)
        }""")
    assert rows == [{"party": ACTOR + "bolivia"}]


def test_the_quads_of_a_sector_actor_conform_to_the_shapes():
    written = to_quads(with_relation(reset_extraction(), object=BOLIVIAN_POLICE))
    report = validate_quads(written.quads + written.actor_quads)
    assert report.conforms, report.text()


def test_a_topic_object_is_described_as_a_topic_not_an_actor():
    plan = Actor("https://w3id.org/newskg/topic/ceasefire-plan", "ceasefire plan", "Topic")
    extraction = with_relation(praise_extraction(), object=plan, relation="rejects")
    store = stored(extraction)
    assert store.query(f"ASK {{ GRAPH <{ACTORS_GRAPH}> {{ <{plan.iri}> a kg:Topic ; rdfs:label 'ceasefire plan' }} }}")
    assert not store.query(f"ASK {{ <{plan.iri}> a kg:Actor }}")


def test_two_readings_of_one_sentence_get_two_assertion_nodes():
    extraction = reset_extraction()
    doubled = dataclasses.replace(
        extraction, relations=extraction.relations + (dataclasses.replace(extraction.relations[0], attributed_to=None),)
    )
    quads = to_quads(doubled).quads
    assertions = {q.subject for q in quads if q.predicate.value == RDF + "type" and q.object.value == KG + "Assertion"}
    assert len(assertions) == 4


def test_the_quads_of_one_document_conform_to_the_shapes():
    written = to_quads(reset_extraction())
    report = validate_quads(written.quads + written.actor_quads)
    assert report.conforms, report.text()


BAD_INPUT = [
    ("unknown relation", lambda e: with_relation(e, relation="admires"), "relations[0].relation", "unknown relation 'admires'"),
    ("confidence as text", lambda e: with_relation(e, confidence="high"), "relations[0].confidence", "not a number"),
    ("confidence above 1", lambda e: with_relation(e, confidence=1.5), "relations[0].confidence", "between 0 and 1"),
    ("negated as text", lambda e: with_relation(e, negated="no"), "relations[0].negated", "not true or false"),
    ("unknown modality", lambda e: with_relation(e, modality="rumoured"), "relations[0].modality", "not one of"),
    ("offset as text", lambda e: with_relation(e, evidence=Evidence("Putin", "0", 5)), "relations[0].evidence.start", "not an integer"),
    ("offsets past the text", lambda e: with_relation(e, evidence=Evidence("Putin", 0, 10_000)), "relations[0].evidence", "outside the text"),
    ("date not ISO", lambda e: dataclasses.replace(e, document=dataclasses.replace(e.document, date="last Tuesday")), "date", "not an ISO date"),
    ("actor without IRI", lambda e: with_relation(e, object=Actor("", "Nobody", "Person")), "relations[0].object", "without a usable IRI"),
    ("unknown actor type", lambda e: with_relation(e, object=dataclasses.replace(NATO, type="Alliance")), "relations[0].object", "unknown actor type"),
    ("bad Wikidata id", lambda e: with_relation(e, object=dataclasses.replace(UNITED_STATES, wikidata="30")), "relations[0].object.wikidata", "not a Wikidata id"),
    ("one IRI, two types", lambda e: with_relation(e, object=dataclasses.replace(UNITED_STATES, type="Organization")), "relations[0].object", "also 'United States' (State)"),
    ("dangling mention", lambda e: dataclasses.replace(e, mentions=e.mentions + (Mention(0, 5, "Putin", Actor(ACTOR + "ghost", "Ghost", "Person"), "x"),)), "mentions[6].actor", "dangling reference"),
    ("topic as subject", lambda e: with_relation(e, subject=Actor("https://w3id.org/newskg/topic/x", "x", "Topic")), "relations[0]", "only the object"),
    ("unknown sector", lambda e: with_relation(e, object=dataclasses.replace(BOLIVIAN_POLICE, sector="sheriffs")), "relations[0].object.sector", "not one of government"),
    ("country as a name", lambda e: with_relation(e, object=dataclasses.replace(BOLIVIAN_POLICE, country="Bolivia")), "relations[0].object.country", "not the IRI of a state"),
    ("one IRI, two countries", lambda e: with_relation(with_relation(e, object=BOLIVIAN_POLICE), index=2, object=dataclasses.replace(BOLIVIAN_POLICE, country=ACTOR + "peru")), "relations[2].object", "also 'Bolivian police' (Group, https://w3id.org/newskg/actor/bolivia, police)"),
]


@pytest.mark.parametrize("change, field, reason", [case[1:] for case in BAD_INPUT], ids=[case[0] for case in BAD_INPUT])
def test_bad_input_is_refused_naming_the_document_and_the_field(change, field, reason):
    with pytest.raises(ValidationError) as refused:
        to_quads(change(reset_extraction()))
    message = str(refused.value)
    assert message.startswith("E301 Document 'en-reset': field ")
    assert f"field {field!r}" in message and reason in message and "Nothing from this document was written" in message


def test_an_actor_only_a_relation_names_is_described_but_not_mentioned():
    # "the government" stood for the United States, which the text never names
    extraction = with_relation(praise_extraction(), object=UNITED_STATES)
    extraction = dataclasses.replace(extraction, actors=extraction.actors + (UNITED_STATES,))
    store = stored(extraction)
    document = document_iri(extraction.document.id)
    assert store.query(f"ASK {{ GRAPH <{ACTORS_GRAPH}> {{ <{UNITED_STATES.iri}> a kg:State }} }}")
    assert store.query(f"ASK {{ GRAPH <{document}> {{ <{document}> kg:mentions <{PUTIN.iri}> }} }}")
    assert not store.query(f"ASK {{ <{document}> kg:mentions <{UNITED_STATES.iri}> }}")
