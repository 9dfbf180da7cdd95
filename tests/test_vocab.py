"""The relation vocabulary comes from ontologies/kg.ttl, with codebook facts that can be checked."""

import json

import pyoxigraph as ox
import pytest

from kg.errors import ValidationError
from kg.store.rdf import to_quads
from kg.settings import ONTOLOGIES
from kg.vocab import KG, relation_type, vocabulary
from tests.builders import reset_extraction

ISSUE_RELATIONS = {
    "cooperative": {"praises", "supports", "aids", "cooperatesWith", "consults", "negotiatesWith", "agreesWith", "concedes"},
    "neutral": {"influences", "requests", "investigates"},
    "conflictual": {"demands", "criticizes", "accuses", "rejects", "threatens", "protests", "sanctions", "mobilizes", "coerces", "attacks"},
    "fact": {"leaderOf", "memberOf", "affiliatedWith"},
}
# Goldstein weights of the CAMEO codes used, from the table distributed with CAMEO.
GOLDSTEIN = {
    "02": 3.0, "04": 1.0, "046": 7.0, "05": 3.5, "051": 3.4, "057": 8.0, "06": 6.0, "07": 7.0, "08": 5.0,
    "09": -2.0, "10": -5.0, "111": -2.0, "112": -2.0, "12": -4.0, "13": -6.0, "14": -6.5, "15": -7.2,
    "163": -8.0, "17": -7.0, "19": -10.0,
}
# Event types of the PLOVER manual (0.7).
PLOVER = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "DEMAND", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}


def ontology() -> ox.Store:
    store = ox.Store()
    store.load(path=str(ONTOLOGIES / "kg.ttl"), format=ox.RdfFormat.TURTLE)
    return store


def test_every_relation_of_the_issue_is_in_its_group():
    groups = {}
    for relation in vocabulary().values():
        groups.setdefault(relation.group, set()).add(relation.name)
    assert groups == ISSUE_RELATIONS


def test_only_mutual_relations_are_symmetric():
    assert {r.name for r in vocabulary().values() if r.symmetric} == {"cooperatesWith", "consults", "negotiatesWith", "agreesWith"}


def test_every_relation_has_an_english_and_an_italian_label():
    for relation in vocabulary().values():
        assert {lang for lang, _ in relation.labels} == {"en", "it"}, relation.name
        assert relation.label("it") and relation.label("en")


def test_tone_is_the_goldstein_weight_of_the_cameo_code():
    for relation in vocabulary().values():
        if relation.cameo is None:
            assert relation.tone == 0.0, relation.name
        else:
            assert relation.tone == GOLDSTEIN[relation.cameo], relation.name


def test_plover_types_are_those_of_the_codebook_and_facts_have_none():
    for relation in vocabulary().values():
        if relation.group == "fact":
            assert relation.plover is None and relation.cameo is None
        elif relation.plover is not None:
            assert relation.plover in PLOVER, relation.name
    assert vocabulary()["requests"].plover is None, "PLOVER does not code appeals"


def test_tone_agrees_with_the_group():
    for relation in vocabulary().values():
        if relation.group == "cooperative":
            assert relation.tone > 0, relation.name
        if relation.group == "conflictual":
            assert relation.tone < 0, relation.name


def test_unknown_relation_name_is_refused_with_the_known_ones():
    with pytest.raises(ValidationError, match="E203.*'praise'.*lexicon.tsv:3.*praises"):
        relation_type("praise", "lexicon.tsv:3")


def test_every_kg_term_the_rdf_stage_writes_is_declared_with_a_comment():
    written = to_quads(reset_extraction())
    used = set()
    for quad in written.quads + written.actor_quads:
        used.add(quad.predicate.value)
        if quad.predicate.value.endswith("#type"):
            used.add(quad.object.value)
    declared = ontology()
    for iri in sorted(i for i in used if i.startswith(KG)):
        assert declared.query(f"ASK {{ <{iri}> <http://www.w3.org/2000/01/rdf-schema#comment> ?c }}"), iri


def test_every_property_and_class_of_the_ontology_has_a_term_in_the_published_context():
    context = json.loads((ONTOLOGIES / "context.jsonld").read_text())["@context"]
    terms = {key: value for key, value in context.items() if not key.startswith("@") and value not in ("@id", "@type")}
    expanded = {(v if isinstance(v, str) else v["@id"]).replace("kg:", KG) for v in terms.values()}
    rows = ontology().query(
        "SELECT ?x WHERE { ?x a ?kind VALUES ?kind { <http://www.w3.org/2002/07/owl#Class> "
        "<http://www.w3.org/2002/07/owl#ObjectProperty> <http://www.w3.org/2002/07/owl#DatatypeProperty> } }"
    )
    # kg:actor has no term: "actor" is the prefix of actor IRIs (actor:vladimir-putin).
    missing = {row["x"].value for row in rows if row["x"].value.startswith(KG)} - expanded - {KG + "actor"}
    assert not missing - {KG + g for g in ("relation", "cooperative", "conflictual", "neutral", "fact")}


def test_the_ontology_has_its_own_iri_and_version():
    rows = list(ontology().query(
        "SELECT ?v ?iri WHERE { <https://w3id.org/newskg/ontology> a <http://www.w3.org/2002/07/owl#Ontology> ; "
        "<http://www.w3.org/2002/07/owl#versionInfo> ?v ; <http://www.w3.org/2002/07/owl#versionIRI> ?iri }"
    ))
    assert len(rows) == 1
    assert rows[0]["iri"].value.endswith("/" + rows[0]["v"].value)
