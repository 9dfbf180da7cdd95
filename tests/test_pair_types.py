"""The type a lexicon row gives a pair: a joint act is cooperation and a sum promised is aid, not the default offer;
selling is trade unless it sells arms; granting a request concedes.

Sentences written for these tests; one behaviour per test.
"""

import pytest

from kg.extract.read import read_text


@pytest.fixture(scope="module")
def triples(pipeline):
    def run(text: str, lang: str) -> set[tuple[str, str, str]]:
        return {(r.subject.name, r.relation, r.object.name) for r in pipeline.extract_one(read_text(text, lang=lang)).relations}

    return run


def test_cofinancing_a_work_with_another_side_is_cooperation(triples):
    found = triples("La Francia cofinanzierà il nuovo tunnel con l'Italia.", "it")
    assert {("France", "cooperatesWith", "Italy"), ("Italy", "cooperatesWith", "France")} & found


def test_cofinancing_offered_on_terms_is_cooperation_on_them_not_a_concession(triples):
    found = triples("La Regione Liguria si è detta pronta a cofinanziare con Aspi i nuovi svincoli purché la società "
                    "garantisca l'esenzione dal pedaggio.", "it")
    assert not any(relation == "concedes" for _, relation, _ in found)
    assert any(relation == "cooperatesWith" for _, relation, _ in found)


def test_a_sum_promised_to_another_side_is_aid_also_on_terms(triples):
    found = triples("La Francia ha promesso quaranta milioni alla Tunisia, a condizione che riprenda i rimpatri.", "it")
    assert ("France", "aids", "Tunisia") in found
    assert ("France", "concedes", "Tunisia") not in found


def test_a_promise_of_no_sum_is_no_aid(triples):
    assert not any(relation == "aids" for _, relation, _ in triples("La Francia ha promesso alla Tunisia di riprendere i colloqui.", "it"))


def test_selling_goods_to_another_side_is_trade_not_aid(triples):
    found = triples("Kazakhstan sold 2 million tonnes of wheat to Egypt last year.", "en")
    assert ("Kazakhstan", "cooperatesWith", "Egypt") in found or ("Egypt", "cooperatesWith", "Kazakhstan") in found
    assert ("Kazakhstan", "aids", "Egypt") not in found


def test_selling_weapons_to_another_side_is_still_aid(triples):
    assert ("Iran", "aids", "Russia") in triples("Iran sold weapons to Russia in 2022.", "en")
    assert ("Iran", "aids", "Russia") in triples("Iran sold drones to Russia in 2022.", "en")


def test_granting_another_sides_request_concedes_to_it(triples):
    found = triples("La Cgil ha chiesto al governo di riaprire il tavolo, e il governo ha accolto la richiesta.", "it")
    assert ("Italy", "concedes", "CGIL") in found
    assert not any(r == "consults" for _, r, _ in found)



@pytest.mark.parametrize("text, lang", [
    ("Russia ordered Gazprom to halt gas deliveries to Moldova.", "en"),
    ("La Russia ha ordinato a Gazprom di sospendere le forniture alla Moldova.", "it"),
])
def test_an_order_to_halt_an_activity_restricts_it(triples, text, lang):
    found = triples(text, lang)
    assert ("Russia", "coerces", "Gazprom") in found
    assert ("Russia", "demands", "Gazprom") not in found


@pytest.mark.parametrize("text, lang", [
    ("Russia ordered Gazprom to raise gas deliveries to Moldova.", "en"),
    ("La Russia ha ordinato a Gazprom di aumentare le forniture alla Moldova.", "it"),
])
def test_an_order_to_act_is_still_a_demand(triples, text, lang):
    assert ("Russia", "demands", "Gazprom") in triples(text, lang)


@pytest.mark.parametrize("text", [
    "The United States will resume military training for the Ukrainian army.",
    "Britain will expand its training of Ukrainian troops.",
])
def test_military_training_given_to_another_side_is_aid(triples, text):
    found = triples(text, "en")
    assert any(r == "aids" for _, r, _ in found)
    assert not any(r == "concedes" for _, r, _ in found)


def test_a_joint_undertaking_offered_on_terms_is_cooperation_not_a_concession(triples):
    found = triples("Kazakhstan is ready to build a joint grain terminal with Uzbekistan if Tashkent scraps its import licences.", "en")
    assert ("Kazakhstan", "cooperatesWith", "Uzbekistan") in found or ("Uzbekistan", "cooperatesWith", "Kazakhstan") in found
    assert ("Kazakhstan", "concedes", "Uzbekistan") not in found
