"""Conditions (``kg.relations.conditions``): the clause one side sets and what it makes of the act.

Sentences written for these tests, in both languages; one behaviour per test.
"""

import pytest

from kg.model import Relation
from kg.extract.read import read_text


@pytest.fixture(scope="module")
def extract(pipeline):
    def run(text: str, lang: str = "en") -> list[Relation]:
        return list(pipeline.extract_one(read_text(text, lang=lang)).relations)

    return run


def conditional(relations: list[Relation]) -> dict[tuple[str, str, str], str]:
    return {(r.subject.name, r.relation, r.object.name): r.condition for r in relations if r.modality == "conditional"}


def test_an_act_threatened_unless_the_other_side_complies_is_a_threat_and_a_demand(extract):
    found = conditional(extract("Poland will veto the accord unless France accepts stricter rules on farm imports."))
    assert found[("Poland", "threatens", "France")] == "France accepts stricter rules on farm imports"
    assert found[("Poland", "demands", "France")] == "France accepts stricter rules on farm imports"


def test_an_act_offered_as_long_as_the_other_side_complies_is_a_concession_and_a_demand(extract):
    found = conditional(extract("Serbia will recognise the plates so long as Kosovo grants autonomy to the northern municipalities."))
    assert {("Serbia", "concedes", "Kosovo"), ("Serbia", "demands", "Kosovo")} <= set(found)


def test_a_condition_put_first_is_set_on_the_clause_after_it(extract):
    found = conditional(extract("If Tehran resumes enrichment, Israel will strike its nuclear sites, the defence minister said."))
    assert found[("Israel", "threatens", "Iran")] == "Tehran resumes enrichment"


def test_the_condition_stops_before_a_trailing_attribution(extract):
    found = conditional(extract("Iran would resume talks with the United States provided Washington lifts the oil sanctions, the foreign ministry said."))
    assert found[("Iran", "demands", "United States")] == "Washington lifts the oil sanctions"


def test_a_negated_italian_if_clause_threatens_and_demands(extract):
    found = conditional(extract("Pechino ha minacciato di sospendere le importazioni dall'Australia se Canberra non ritirerà la richiesta di inchiesta.", "it"))
    assert found[("China", "threatens", "Australia")] == "Canberra non ritirerà la richiesta di inchiesta"
    assert ("China", "demands", "Australia") in found


def test_purche_sets_what_the_other_side_must_do_on_an_italian_offer(extract):
    found = conditional(extract("La Serbia riconoscerà le targhe del Kosovo purché Pristina conceda l'autonomia ai comuni del nord.", "it"))
    assert found[("Serbia", "demands", "Kosovo")] == "Pristina conceda l'autonomia ai comuni del nord"


def test_what_must_happen_once_an_offer_is_asked_of_whom_the_act_is_for(extract):
    found = conditional(extract("Addis Ababa will hand back Eritrean prisoners once the ceasefire has held for six weeks."))
    assert found[("Ethiopia", "demands", "Eritrea")] == "the ceasefire has held for six weeks"
    assert ("Ethiopia", "concedes", "Eritrea") in found


def test_an_italian_future_before_non_appena_makes_it_a_condition(extract):
    found = conditional(extract("Il Venezuela libererà i prigionieri americani non appena gli Stati Uniti avranno allentato le sanzioni.", "it"))
    assert found[("Venezuela", "demands", "United States")] == "gli Stati Uniti avranno allentato le sanzioni"


@pytest.mark.parametrize(
    "text, lang, pair",
    [
        ("Qatar said it was ready to double gas deliveries to Pakistan provided Islamabad settles its arrears.", "en", {"Qatar", "Pakistan"}),
        ("Il governo libico è pronto a intensificare i pattugliamenti in mare, ma solo se l'Unione europea sbloccherà i fondi.", "it", {"Libya", "European Union"}),
        ("La Francia è pronta a mantenere i suoi istruttori militari in Ciad a condizione che N'Djamena rinnovi l'accordo di difesa.", "it", {"France", "Chad"}),
        ("Germany would keep its military trainers in Mali provided Bamako holds elections next year.", "en", {"Germany", "Mali"}),
    ],
)
def test_a_conditional_offer_of_more_is_cooperation_not_a_concession(extract, text, lang, pair):
    relations = [r for r in extract(text, lang) if r.modality == "conditional"]
    assert any(r.relation == "cooperatesWith" and {r.subject.name, r.object.name} == pair for r in relations)
    assert not any(r.relation == "concedes" for r in relations)


def test_a_hostile_act_once_something_happens_demands_nothing_of_its_target(extract):
    relations = extract("Russia will attack Ukraine's eastern towns once the ground freezes.")
    assert not any(r.relation == "demands" for r in relations)


def test_terms_set_for_a_return_to_the_negotiating_table_are_bargaining(extract):
    found = conditional(extract("Kurti said he would come back to the negotiating table only if Belgrade recognises the Ohrid annex."))
    assert found[("Albin Kurti", "negotiatesWith", "Serbia")] == "Belgrade recognises the Ohrid annex"


@pytest.mark.parametrize(
    "text, pair, condition",
    [
        ("Japan will extend the loan to Sri Lanka contingent on Colombo restructuring its bilateral debt.", ("Japan", "Sri Lanka"), "Colombo restructuring its bilateral debt"),
        ("Turkey will ratify Sweden's membership only after Stockholm extradites the suspects.", ("Turkey", "Sweden"), "Stockholm extradites the suspects"),
    ],
)
def test_contingent_on_and_only_after_set_a_condition_on_an_act_still_to_come(extract, text, pair, condition):
    found = conditional(extract(text))
    assert found[(pair[0], "demands", pair[1])] == condition


def test_only_after_an_act_already_done_is_a_time(extract):
    assert not conditional(extract("Turkey ratified Sweden's membership only after Stockholm extradited the suspects."))


def test_a_condition_hung_on_the_infinitive_of_the_object_is_set_on_the_act(extract):
    found = conditional(extract("Hungary will not back Ukraine's bid to join the alliance until Kyiv restores the rights of its Hungarian minority."))
    assert found[("Hungary", "demands", "Ukraine")] == "Kyiv restores the rights of its Hungarian minority"


def test_a_condition_runs_on_through_the_verbs_coordinated_with_its_own(extract):
    found = conditional(extract("Moscow will halt the offensive if Kyiv withdraws its troops from Donetsk, stops shelling Belgorod and recognises the annexation."))
    assert found[("Russia", "demands", "Ukraine")] == "Kyiv withdraws its troops from Donetsk, stops shelling Belgorod and recognises the annexation"


@pytest.mark.parametrize(
    "text, pair, condition",
    [
        ("La Turchia ratificherà l'adesione della Svezia solo dopo che Stoccolma avrà estradato i sospetti.", ("Turkey", "Sweden"), "Stoccolma avrà estradato i sospetti"),
        ("Il Cairo riaprirà il valico di Rafah una volta che Israele avrà ritirato le truppe dal corridoio.", ("Egypt", "Israel"), "Israele avrà ritirato le truppe dal corridoio"),
    ],
)
def test_solo_dopo_and_una_volta_che_set_a_condition_on_an_italian_future(extract, text, pair, condition):
    found = conditional(extract(text, "it"))
    assert found[(pair[0], "demands", pair[1])] == condition


def test_an_italian_condition_put_first_is_set_on_the_clause_after_it(extract):
    found = conditional(extract("Se Ottawa non ritirerà i dazi sull'acciaio, Washington imporrà nuovi dazi sulle auto canadesi.", "it"))
    assert found[("United States", "threatens", "Canada")] == "Ottawa non ritirerà i dazi sull'acciaio"
    assert ("United States", "demands", "Canada") in found


@pytest.mark.parametrize(
    "text, lang, pair, condition",
    [
        ("Moscow makes any reset with Washington depend on an end to the sanctions.", "en", ("Russia", "United States"), "an end to the sanctions"),
        ("The IMF has tied the next loan tranche to Pakistan's efforts to widen its tax base.", "en", ("International Monetary Fund", "Pakistan"), "Pakistan's efforts to widen its tax base"),
        ("Germany conditions its support for Kyiv's membership on Ukraine's anti-corruption reforms.", "en", ("Germany", "Ukraine"), "Ukraine's anti-corruption reforms"),
        ("Mosca subordina l'accordo con Kiev al ritiro delle truppe ucraine dal Kursk.", "it", ("Russia", "Ukraine"), "ritiro delle truppe ucraine dal Kursk"),
        ("L'Unione europea ha legato gli aiuti alla Tunisia alle riforme.", "it", ("European Union", "Tunisia"), "riforme"),
    ],
)
def test_a_verb_that_ties_what_is_given_to_an_act_demands_the_act(extract, text, lang, pair, condition):
    found = conditional(extract(text, lang))
    assert found[(pair[0], "demands", pair[1])] == condition


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Ukraine tied the drone attack to Iran.", "en"),
        ("Vilnius said it had evidence tying agents of the Belarusian government to the balloon incursions.", "en"),
        ("Kiev lega l'attacco all'Iran.", "it"),
    ],
)
def test_tying_a_deed_to_someone_is_no_demand(extract, text, lang):
    assert not any(r.relation == "demands" for r in extract(text, lang))


def test_making_a_reset_conditional_is_a_demand_of_the_other_side_and_no_threat(extract):
    """The card's example: the source named after the condition is no party to it."""
    relations = extract(
        "Russian President Vladimir Putin has made any reset of relations with the United States conditional on "
        "the lifting of Western sanctions, according to the Institute for the Study of War."
    )
    assert conditional(relations) == {("Vladimir Putin", "demands", "United States"): "the lifting of Western sanctions"}
    assert {r.attributed_to.name for r in relations if r.relation == "demands"} == {"Institute for the Study of War"}


def test_an_act_withheld_from_someone_until_the_other_side_complies_is_a_demand(extract):
    relations = [r for r in extract("Ethiopia will not release the Eritrean prisoners until Asmara withdraws its troops from Badme.") if r.modality == "conditional"]
    found = {(r.subject.name, r.relation, r.object.name): r for r in relations}
    assert found[("Ethiopia", "demands", "Eritrea")].condition == "Asmara withdraws its troops from Badme"
    assert not found[("Ethiopia", "concedes", "Eritrea")].negated  # what is offered on the condition is not denied


@pytest.mark.parametrize(
    "text",
    [
        "Analysts did not expect a breakthrough with Iran until Washington changed course.",
        "Serbia will not know the results of the census until Kosovo publishes its own figures.",
    ],
)
def test_a_negation_and_until_that_befall_nobody_demand_nothing(extract, text):
    assert not any(r.relation == "demands" for r in extract(text))


def test_going_back_to_talks_on_terms_is_bargaining_not_a_concession(extract):
    relations = [r for r in extract("The M23 said it would not return to talks with Kinshasa until the army halts its air strikes.") if r.modality == "conditional"]
    assert {r.relation for r in relations} == {"demands", "negotiatesWith"}


def test_the_non_of_finche_non_marks_the_time_and_makes_no_threat(extract):
    found = conditional(extract("L'Etiopia non libererà i prigionieri eritrei finché Asmara non ritirerà le truppe da Badme.", "it"))
    assert found[("Ethiopia", "demands", "Eritrea")] == "Asmara non ritirerà le truppe da Badme"
    assert not any(relation == "threatens" for _, relation, _ in found)


def test_in_the_event_of_sets_a_condition_named_by_a_noun_and_what_it_names_is_not_stated(extract):
    relations = extract("In the event of an attack on Estonia, Britain would send its rapid reaction force to Tallinn.")
    assert conditional(relations)[("United Kingdom", "aids", "Estonia")] == "an attack on Estonia"
    assert not any(r.relation == "attacks" for r in relations)


@pytest.mark.parametrize(
    "text, relation, condition",
    [
        ("La Russia taglierà le forniture di gas alla Moldavia salvo che Chisinau paghi il debito entro marzo.", "threatens", "Chisinau paghi il debito entro marzo"),
        ("La Francia manterrà le truppe in Ciad fintanto che N'Djamena rispetterà l'accordo di difesa.", "demands", "N'Djamena rispetterà l'accordo di difesa"),
    ],
)
def test_salvo_che_and_fintanto_che_set_italian_conditions(extract, text, relation, condition):
    assert condition in conditional(extract(text, "it")).values()
    assert any(key[1] == relation for key in conditional(extract(text, "it")))


@pytest.mark.parametrize(
    "text, offered, pair, condition",
    [
        ("Hamas said any deal with Israel depends on a full withdrawal from Rafah.", "agreesWith", ("Hamas", "Israel"), "a full withdrawal from Rafah"),
        ("Beijing's support for the rescue package depends on Zambia's treatment of Chinese creditors.", "supports", ("China", "Zambia"), "Zambia's treatment of Chinese creditors"),
    ],
)
def test_a_relation_noun_that_depends_on_something_is_offered_on_that_condition(extract, text, offered, pair, condition):
    found = conditional(extract(text))
    assert found[(pair[0], "demands", pair[1])] == condition
    assert found[(pair[0], offered, pair[1])] == condition


def test_what_a_plain_thing_depends_on_sets_no_terms(extract):
    assert not conditional(extract("Germany said its economy depends on Russian gas."))


def test_an_italian_relation_noun_that_depends_on_something_is_offered_on_that_condition(extract):
    found = conditional(extract("Hamas ha detto che ogni accordo con Israele dipende dal ritiro completo da Rafah.", "it"))
    assert found[("Hamas", "demands", "Israel")] == "ritiro completo da Rafah"
    assert ("Hamas", "agreesWith", "Israel") in found
    assert not conditional(extract("La Germania ha detto che la sua economia dipende dal gas russo.", "it"))
