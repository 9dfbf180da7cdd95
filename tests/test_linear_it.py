"""Linear frames on Italian: morphology, clause structure and conditions, one behaviour per test.

The sentences are written for these tests; none comes from an annotated set.
"""

import pytest

from kg.extract.parse import load_pipeline
from kg.extract.read import read_text
from kg.model import Relation


@pytest.fixture(scope="module")
def extract(pipeline):
    def run(text: str) -> list[Relation]:
        return list(pipeline.extract_one(read_text(text, lang="it")).relations)

    return run


def triples(relations: list[Relation]) -> set[tuple[str, str, str]]:
    return {(r.subject.name, r.relation, r.object.name) for r in relations}


def lemmas(text: str) -> dict[str, str]:
    return {t.text: t.lemma_ for t in load_pipeline("it")(text)}


def test_a_line_break_ends_a_headline_without_a_full_stop():
    doc = load_pipeline("it")("Il Cile minaccia il Perù\n\nSANTIAGO – Il governo cileno ha convocato l'ambasciatore.")
    assert len(list(doc.sents)) == 2


def test_a_negated_if_clause_makes_the_conditional_act_a_threat(extract):
    relations = extract("La Polonia taglierà le forniture di grano alla Lituania se Vilnius non pagherà il debito.")
    threat = next(r for r in relations if r.relation == "threatens")
    assert (threat.subject.name, threat.object.name) == ("Poland", "Lithuania")
    assert threat.condition.startswith("Vilnius non pagherà")
    assert ("Poland", "demands", "Lithuania") in triples(relations)


def test_the_actor_adjective_inside_a_title_phrase_is_not_the_subject(extract):
    relations = extract("Il presidente Gustavo Petro, rientrato da Quito, ha elogiato il Brasile.")
    assert ("Gustavo Petro", "praises", "Brazil") in triples(relations)
    assert ("Colombia", "praises", "Brazil") not in triples(relations)


def test_an_event_noun_relates_the_parties_named_after_tra(extract):
    relations = extract("La Svizzera ha ospitato un nuovo round di negoziati tra Armenia e Azerbaigian.")
    assert {("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")} & {(r.subject.name, r.object.name) for r in relations if r.relation == "negotiatesWith"}


def test_cooperation_with_two_partners_does_not_relate_the_partners(extract):
    relations = extract("Il ministro ha lodato la cooperazione con Londra e Tokyo.")
    assert ("Japan", "cooperatesWith", "United Kingdom") not in triples(relations)
    assert ("United Kingdom", "cooperatesWith", "Japan") not in triples(relations)


def test_a_participle_without_auxiliary_takes_its_agent_after_da(extract):
    relations = extract("Gli agricoltori hanno protestato contro l'accordo firmato dal Canada con il Messico.")
    assert ("Canada", "agreesWith", "Mexico") in triples(relations)


def test_a_gerund_after_an_inverted_speech_verb_shares_the_speaker(extract):
    relations = extract("La Grecia resterà nella missione, ha detto il ministro Nikos Dendias incontrando ad Atene il presidente turco Erdoğan.")
    assert any(r.subject.name == "Nikos Dendias" and r.relation == "consults" and "Erdoğan" in r.object.name for r in relations)


def test_a_counterpart_named_after_a_comma_is_the_object_and_holds_the_office(extract):
    relations = extract("Il ministro Tajani ha incontrato il suo omologo brasiliano, il diplomatico Mauro Vieira.")
    found = triples(relations)
    assert any(s.endswith("Tajani") and o == "Mauro Vieira" for s, r, o in found if r == "consults")
    assert ("Mauro Vieira", "affiliatedWith", "Brazil") in found


def test_rejecting_the_accusations_reaches_whoever_accused(extract):
    relations = extract("Il ministro Bruno Tavares ha accusato il governo di Madrid di mentire. Lisbona ha respinto le accuse.")
    assert any(r.relation == "rejects" and r.subject.name == "Portugal" and r.object.name == "Bruno Tavares" for r in relations)


def test_condemning_an_attack_does_not_reach_the_last_author_of_words(extract):
    relations = extract("La Grecia ha accusato la Turchia di violare lo spazio aereo. Il Cile ha condannato l'attacco.")
    assert not any(r.subject.name == "Chile" for r in relations)


def test_the_actor_before_a_relative_che_is_the_subject_of_its_verb(extract):
    relations = extract("La delegazione è stata ricevuta dalle autorità cilene, che hanno elogiato il Perù.")
    assert any(r.relation == "praises" and r.object.name == "Peru" and "Chile" in r.subject.name for r in relations)
