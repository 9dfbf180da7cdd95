"""Relations stage: frames and qualifiers on held-out sentences written for these tests.

None of these sentences is in the dev set (tests/data/gold/dev.jsonl): they check that the
frames and qualifiers generalise, one behaviour per test.
"""

import json
import subprocess
import sys

import pytest

from kg.model import Relation
from kg.extract.read import read_paths, read_text
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def extract(pipeline):
    def run(text: str, lang: str = "en") -> list[Relation]:
        return list(pipeline.extract_one(read_text(text, lang=lang)).relations)

    return run


def triples(relations: list[Relation], include_facts: bool = False) -> set[tuple[str, str, str]]:
    return {
        (r.subject.name, r.relation, r.object.name)
        for r in relations
        if include_facts or r.relation not in ("leaderOf", "memberOf", "affiliatedWith")
    }


def only(relations: list[Relation], relation: str) -> Relation:
    [found] = [r for r in relations if r.relation == relation]
    return found


# --- frames (English, dependency parse) -------------------------------------------------
def test_an_active_verb_relates_its_subject_to_its_object(extract):
    assert triples(extract("Emmanuel Macron praised Giorgia Meloni on Monday.")) == {("Emmanuel Macron", "praises", "Giorgia Meloni")}


def test_a_passive_verb_takes_its_subject_from_the_by_phrase(extract):
    assert triples(extract("Iran was condemned by France after the missile launches.")) == {("France", "criticizes", "Iran")}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ukraine, backed by the United States, rejected the plan.", ("United States", "supports", "Ukraine")),
        ("Myanmar's junta, led by Senior General Min Aung Hlaing, intensified air strikes.", ("Min Aung Hlaing", "leaderOf", "Myanmar")),
    ],
)
def test_a_participle_with_a_by_phrase_acts_on_the_noun_it_follows(extract, sentence, expected):
    assert expected in triples(extract(sentence), include_facts=True)


def test_leading_is_a_fact_only_in_the_passive_and_a_participle_reaches_no_deeper_than_an_owner(extract):
    assert ("Rustem Umerov", "leaderOf", "Ukraine") not in triples(extract("Rustem Umerov, who led Kyiv's team, spoke."), include_facts=True)
    assert not triples(extract("Romanian officials said a TikTok campaign backed by Russia had boosted Georgescu."))


@pytest.mark.parametrize("sentence", [
    "ASEAN chair Indonesia condemned the strike on Tuesday.",
    "Indonesia, which chairs ASEAN this year, said it was ready to host the summit.",
])
def test_a_state_holding_a_blocs_rotating_chair_leads_it_and_leads_nothing_else(extract, sentence):
    facts = triples(extract(sentence), include_facts=True)
    assert ("Indonesia", "leaderOf", "ASEAN") in facts
    assert ("Saudi Arabia", "leaderOf", "OPEC") not in triples(extract("Saudi Arabia, which leads OPEC, cut output."), include_facts=True)


def test_each_place_coordinated_in_a_sector_phrase_names_an_actor_of_its_own(extract):
    relations = triples(extract("The Qatari envoy spoke with officials in Kigali and Kinshasa on Monday."))
    assert {"Qatar", "Democratic Republic of the Congo"} in [{s, o} for s, r, o in relations if r == "consults"]


def test_a_leaders_government_is_the_state_the_text_says_that_leader_heads(extract):
    found = triples(extract("Peru's President Dina Boluarte faced protests. Boluarte's government accused Bolivia of stirring the unrest."))
    assert ("Peru", "accuses", "Bolivia") in found
    assert ("Dina Boluarte", "accuses", "Bolivia") not in found


def test_a_control_chain_passes_the_subject_down(extract):
    assert triples(extract("Turkey is trying to persuade Hungary to drop its veto.")) == {("Turkey", "influences", "Hungary")}


def test_a_raising_passive_gives_its_subject_to_the_complement(extract):
    assert triples(extract("Belarus was found to have shipped fuel to Russia.")) == {("Belarus", "aids", "Russia")}


def test_an_accusation_makes_its_object_the_subject_of_what_it_alleges(extract):
    relations = extract("Germany accused Iran of supplying drones to Russia.")
    assert triples(relations) == {("Germany", "accuses", "Iran"), ("Iran", "aids", "Russia")}
    assert only(relations, "aids").attributed_to.name == "Germany"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Spain called on Morocco to reopen the border crossing.", ("Spain", "requests", "Morocco")),
        ("Greece blamed Turkey for the incident in the Aegean.", ("Greece", "accuses", "Turkey")),
        ("Hungary attributed the energy crisis to the European Union.", ("Hungary", "accuses", "European Union")),
        ("Serbia sided with Russia in the vote.", ("Serbia", "supports", "Russia")),
    ],
)
def test_prepositional_frames_find_the_object_of_their_preposition(extract, sentence, expected):
    assert triples(extract(sentence)) == {expected}


def test_conditioning_x_on_y_is_a_demand_with_a_condition(extract):
    relation = only(extract("Iran conditioned any deal on the United States lifting its sanctions."), "demands")
    assert (relation.subject.name, relation.object.name) == ("Iran", "United States")
    assert relation.modality == "conditional"
    assert relation.condition == "the United States lifting its sanctions"


@pytest.mark.parametrize("noun", ["condition", "terms"])
def test_accepting_the_condition_named_again_yields_to_whoever_set_it(extract, noun):
    found = triples(extract(f"The World Bank said it would release the grant only if Zambia publishes an audit. Zambia accepted the {noun}."))
    assert ("Zambia", "concedes", "World Bank") in found


def test_conditions_named_anew_are_not_the_latest_condition(extract):
    found = triples(extract("The World Bank said it would release the grant only if Zambia publishes an audit. Zambia will accept new conditions."))
    assert ("Zambia", "concedes", "World Bank") not in found


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("France's condemnation of Iran was swift.", ("France", "criticizes", "Iran")),
        ("Japan's support for Ukraine has grown since 2022.", ("Japan", "supports", "Ukraine")),
        ("New sanctions against Syria were announced by the European Union.", ("European Union", "sanctions", "Syria")),
    ],
)
def test_nominal_frames_take_their_subject_from_the_possessor_or_the_light_verb(extract, sentence, expected):
    assert triples(extract(sentence)) == {expected}


def test_coordination_distributes_a_relation_over_every_conjunct(extract):
    found = triples(extract("Iran's alliance with Russia, China and Venezuela worries Washington."))
    assert found == {("Iran", "cooperatesWith", "Russia"), ("China", "cooperatesWith", "Iran"), ("Iran", "cooperatesWith", "Venezuela")}


def test_an_apposition_states_a_relation(extract):
    assert triples(extract("Poland, a member of NATO, abstained in the vote."), include_facts=True) == {("Poland", "memberOf", "NATO")}

def test_coordinated_subjects_of_a_symmetric_relation_are_paired(extract):
    assert triples(extract("Spain and Morocco held talks in Rabat on Friday.")) == {("Morocco", "consults", "Spain")}


# --- qualifiers --------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", ["Brazil did not criticize Russia at the summit.", "Austria has never sanctioned Iran."])
def test_negated_relations_are_kept_but_flagged(extract, sentence):
    [relation] = extract(sentence)
    assert relation.negated


def test_refusing_to_act_negates_the_act_and_refusing_a_thing_rejects_it(extract):
    [relation] = extract("Hungary refused to support Ukraine's bid.")
    assert (relation.relation, relation.negated) == ("supports", True)
    [relation] = extract("Hungary refused Ukraine's offer.")
    assert (relation.relation, relation.negated) == ("rejects", False)


def test_failing_to_persuade_negates_the_influence(extract):
    [relation] = extract("Japan failed to persuade China.")
    assert (relation.relation, relation.negated) == ("influences", True)


@pytest.mark.parametrize(
    "sentence, modality",
    [
        ("Germany could sanction Iran next month.", "hypothetical"),
        ("France will send tanks to Ukraine.", "future"),
        ("Italy plans to send aid to Ukraine.", "future"),
        ("Emmanuel Macron praised Giorgia Meloni on Monday.", "asserted"),
    ],
)
def test_modality_comes_from_modals_and_intentions(extract, sentence, modality):
    [relation] = extract(sentence)
    assert relation.modality == modality


def test_a_threat_to_act_against_someone_threatens_them(extract):
    assert triples(extract("Turkey threatened to block Sweden from joining NATO.")) == {("Turkey", "threatens", "Sweden")}


def test_an_only_if_clause_is_the_condition_and_a_demand_on_whoever_it_names(extract):
    relations = extract("Russia would accept a truce with Ukraine only if NATO halted its expansion.")
    agreement = only(relations, "agreesWith")
    assert (agreement.modality, agreement.condition) == ("conditional", "NATO halted its expansion")
    demand = only(relations, "demands")
    assert (demand.subject.name, demand.object.name, demand.modality, demand.condition) == ("Russia", "NATO", "conditional", "NATO halted its expansion")


@pytest.mark.parametrize(
    "sentence, threat_or_offer, author, other, condition",
    [
        ("Russia will cut off gas deliveries to Belarus unless Minsk pays in roubles.", "threatens", "Russia", "Belarus", "Minsk pays in roubles"),
        ("Japan is prepared to lower duties on steel provided South Korea reopens its ports.", "concedes", "Japan", "South Korea", "South Korea reopens its ports"),
        ("Moscow offered Washington a thaw on condition that the United States scraps its sanctions.", "concedes", "Russia", "United States", "the United States scraps its sanctions"),
    ],
)
def test_an_act_made_to_depend_on_the_other_side_is_a_conditional_threat_or_offer_and_a_demand(extract, sentence, threat_or_offer, author, other, condition):
    relations = extract(sentence)
    act, demand = only(relations, threat_or_offer), only(relations, "demands")
    for r in (act, demand):
        assert (r.subject.name, r.object.name, r.modality, r.condition) == (author, other, "conditional", condition)


def test_a_conditional_threat_is_made_to_whoever_must_comply_not_to_whom_the_act_goes(extract):
    relations = extract("Niger's government warned Orano that it would hand the mine to a Russian partner unless Orano resumes royalty payments.")
    assert {("Niger", "threatens", "Orano"), ("Niger", "demands", "Orano")} <= triples(relations)
    assert ("Niger", "threatens", "Russia") not in triples(relations)


def test_what_is_offered_is_never_the_condition(extract):
    demand = only(extract("Moscow offered Washington a thaw on condition that the United States scraps its sanctions."), "demands")
    assert "thaw" not in demand.condition


def test_an_italian_condition_after_purche_is_a_demand_on_its_subject(extract):
    relations = extract("Il governo turco si è detto pronto a riaprire i porti all'Egitto, purché il Cairo garantisca il passaggio sicuro.", lang="it")
    demand = only(relations, "demands")
    assert (demand.subject.name, demand.object.name, demand.condition) == ("Turkey", "Egypt", "il Cairo garantisca il passaggio sicuro")


def test_asking_if_is_a_question_not_a_condition(extract):
    assert not [r for r in extract("The minister asked if Russia would attack Ukraine.") if r.condition]


def test_an_act_refused_until_the_other_side_acts_is_a_demand_not_negated(extract):
    relations = extract("Warsaw said it would not negotiate with Minsk until Belarus releases the detained journalists.")
    talks, demand = only(relations, "negotiatesWith"), only(relations, "demands")
    # the talks are conditional, not denied: what is withheld until the other side acts is offered on that condition
    assert not talks.negated and talks.condition == demand.condition == "Belarus releases the detained journalists"
    assert (demand.subject.name, demand.object.name, demand.negated) == ("Poland", "Belarus", False)


def test_until_after_a_forecast_or_without_a_negation_is_a_time_not_a_condition(extract):
    assert not [r for r in extract("The talks between Poland and Belarus went on until Belarus released the journalists.") if r.condition]
    assert not [r for r in extract("The minister did not expect a breakthrough until Poland and Belarus meet.") if r.relation == "demands"]


def test_a_title_says_what_its_holder_leads_and_no_role_frame_adds_a_neighbours(extract):
    relations = extract("Joint press conference of British Prime Minister Keir Starmer and European Council President António Costa.")
    assert triples(relations, include_facts=True) == {
        ("Keir Starmer", "leaderOf", "United Kingdom"), ("António Costa", "leaderOf", "European Council"),
    }


def test_a_titled_head_of_state_who_chairs_a_bloc_holds_both_offices(extract):
    relations = extract("Ghana's president John Mahama, who chairs the African Union, flew to Addis Ababa on Monday.")
    assert {("John Mahama", "leaderOf", "Ghana"), ("John Mahama", "leaderOf", "African Union")} <= triples(relations, include_facts=True)


def test_a_state_named_beside_a_title_leads_nothing(extract):
    relations = extract("US President Donald Trump and Russian President Vladimir Putin met in Anchorage.")
    assert {t for t in triples(relations, include_facts=True) if t[1] == "leaderOf"} == {
        ("Donald Trump", "leaderOf", "United States"), ("Vladimir Putin", "leaderOf", "Russia"),
    }


def test_italian_coordinated_actors_keep_their_titles_inside_the_phrase(extract):
    agreed = extract("La premier Giorgia Meloni e il presidente turco Recep Tayyip Erdoğan hanno concordato di raddoppiare l'interscambio.", lang="it")
    assert ("Giorgia Meloni", "agreesWith", "Recep Tayyip Erdoğan") in triples(agreed)
    met = extract("Il ministro Tajani ha incontrato il cancelliere Merz e il presidente ucraino Zelensky.", lang="it")
    assert {("Antonio Tajani", "consults", "Friedrich Merz"), ("Antonio Tajani", "consults", "Volodymyr Zelensky")} <= triples(met)


def test_a_compound_demonym_before_a_name_is_part_of_the_name_phrase_and_names_no_state(extract):
    relations = extract("L'Ue non ha ancora sanzionato il leader serbo-bosniaco Milorad Dodik.", lang="it")
    assert triples(relations, include_facts=True) == {("European Union", "sanctions", "Milorad Dodik")}
    assert only(relations, "sanctions").negated


def test_an_italian_party_or_union_secretary_leads_it_and_a_capitalised_title_word_is_no_verb(extract):
    relations = extract("Il segretario della Cgil, Maurizio Landini, ha incontrato il segretario di Stato americano Marco Rubio.", lang="it")
    assert {("Maurizio Landini", "leaderOf", "CGIL"), ("Marco Rubio", "affiliatedWith", "United States")} <= triples(relations, include_facts=True)
    assert ("Maurizio Landini", "consults", "Marco Rubio") in triples(relations) | {t[::-1] for t in triples(relations)}


def test_a_condition_on_a_list_of_actors_is_a_demand_of_each(extract):
    relations = extract("Iran warned it would quit the treaty if France, Germany and Britain restore the UN sanctions.")
    demands = [r for r in relations if r.relation == "demands"]
    assert {r.object.name for r in demands} == {"France", "Germany", "United Kingdom"}
    assert {r.condition for r in demands} == {"France, Germany and Britain restore the UN sanctions"}


def test_nel_caso_in_cui_and_in_the_event_that_open_a_condition(extract):
    assert only(extract("Teheran lascerà il trattato nel caso in cui la Francia ripristini le sanzioni.", lang="it"), "demands").object.name == "France"
    assert only(extract("Iran would quit the treaty in the event that France restores sanctions."), "demands").condition == "France restores sanctions"


def test_an_italian_subject_acts_through_the_body_it_owns_and_an_object_is_no_place(extract):
    asked = extract("La giunta militare di Niamey ha chiesto agli Stati Uniti di ritirare i militari.", lang="it")
    assert ("Niger", "requests", "United States") in triples(asked)
    received = extract("Il ministro Tajani ha ricevuto alla Farnesina l'omologo ucraino Andrii Sybiha.", lang="it")
    assert {t for t in triples(received) if t[1] == "consults"} in ({("Antonio Tajani", "consults", "Andrii Sybiha")}, {("Andrii Sybiha", "consults", "Antonio Tajani")})
    assert not [t for t in triples(extract("Ha parlato con il governo di Tripoli e ha criticato Haftar.", lang="it")) if t[1] == "criticizes"]


def test_a_person_named_after_a_noun_of_office_and_a_comma_is_the_object_however_it_was_parsed(extract):
    relations = extract("António Guterres spoke by phone with Sudan's army chief, General Abdel Fattah al-Burhan, on Monday.")
    assert {frozenset((r.subject.name, r.object.name)) for r in relations if r.relation == "consults"} == {
        frozenset(("António Guterres", "Abdel Fattah al-Burhan"))
    }


def test_an_exchange_is_a_condition_too(extract):
    relations = extract("Israel would sign a deal with Lebanon in exchange for a withdrawal by Hezbollah.")
    assert only(relations, "agreesWith").condition == "a withdrawal by Hezbollah"
    assert only(relations, "demands").object.name == "Hezbollah"


def test_making_x_conditional_on_y_is_a_demand_with_that_condition(extract):
    relation = only(extract("Iran has made any deal with the United States conditional on the lifting of sanctions."), "demands")
    assert (relation.subject.name, relation.object.name, relation.condition) == ("Iran", "United States", "the lifting of sanctions")


@pytest.mark.parametrize(
    "sentence, relation, condition",
    [
        ("Russia threatened to cut gas supplies to Moldova unless Chisinau paid its debts.", "threatens", "Chisinau paid its debts"),
        ("Iran demanded that the United States lift sanctions in exchange for a return to talks.", "demands", "a return to talks"),
    ],
)
def test_a_condition_in_what_is_demanded_or_threatened_qualifies_the_demand_or_threat(extract, sentence, relation, condition):
    assert only(extract(sentence), relation).condition == condition


@pytest.mark.parametrize(
    "sentence, condition",
    [
        ("Italy supports a role for Turkey in the security framework, provided that Ankara respects the sanctions regime.", "Ankara respects the sanctions regime"),
        ("Germany will send tanks to Ukraine unless Russia withdraws.", "Russia withdraws"),
    ],
)
def test_provided_that_and_unless_clauses_make_a_relation_conditional_and_a_demand(extract, sentence, condition):
    relations = extract(sentence)
    assert {r.relation for r in relations} - {"demands"}
    assert all((r.modality, r.condition) == ("conditional", condition) for r in relations)
    assert only(relations, "demands")


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("According to Reuters, Iran supplied drones to Russia.", "Reuters"),
        ("Emmanuel Macron said that Russia attacked Ukraine.", "Emmanuel Macron"),
        ("According to Reuters, Emmanuel Macron said that Russia had attacked Ukraine.", "Emmanuel Macron"),
        ("Poland will not send troops to Ukraine, the Polish government said.", "Poland"),
    ],
)
def test_reported_relations_are_attributed_to_the_innermost_speaker(extract, sentence, speaker):
    [relation] = extract(sentence)
    assert relation.attributed_to.name == speaker


def test_a_denial_negates_what_it_reports_and_is_attributed_to_the_denier(extract):
    [relation] = extract("Iran denied that it had sent missiles to Russia.")
    assert (relation.relation, relation.negated, relation.attributed_to.name) == ("aids", True, "Iran")


# --- Italian (linear frames) -------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Emmanuel Macron ha elogiato Giorgia Meloni.", ("Emmanuel Macron", "praises", "Giorgia Meloni")),
        ("La Russia è stata criticata dalla Francia per l'attacco.", ("France", "criticizes", "Russia")),
        ("L'Iran coopera con la Russia e la Cina.", ("Iran", "cooperatesWith", "Russia")),
        ("La Cina potrebbe sanzionare il Giappone.", ("China", "sanctions", "Japan")),
    ],
)
def test_italian_linear_frames_read_subjects_objects_and_passives(extract, sentence, expected):
    assert expected in triples(extract(sentence, "it"))


def test_an_italian_clitic_points_back_to_the_last_object(extract):
    found = triples(extract("Volodymyr Zelensky ha incontrato Emmanuel Macron a Parigi e lo ha ringraziato.", "it"))
    assert ("Volodymyr Zelensky", "praises", "Emmanuel Macron") in found


def test_italian_qualifiers_read_non_potrebbe_the_future_and_secondo(extract):
    assert only(extract("Il Brasile non ha criticato la Russia.", "it"), "criticizes").negated
    assert only(extract("La Cina potrebbe sanzionare il Giappone.", "it"), "sanctions").modality == "hypothetical"
    supports = only(extract("Giorgia Meloni ha detto che l'Italia sosterrà l'Ucraina.", "it"), "supports")
    assert (supports.modality, supports.attributed_to.name) == ("future", "Giorgia Meloni")
    assert only(extract("Secondo l'ANSA, la Turchia ha criticato Israele.", "it"), "criticizes").attributed_to.name == "ANSA"
    stated = only(extract("La Francia ha sostenuto l'Ucraina, ha dichiarato Emmanuel Macron.", "it"), "supports")
    assert stated.attributed_to.name == "Emmanuel Macron"


def test_an_italian_condition_becomes_a_demand(extract):
    relations = extract("La Russia negozierà con l'Ucraina solo se la NATO fermerà l'espansione.", "it")
    assert only(relations, "negotiatesWith").modality == "conditional"
    assert only(relations, "demands").object.name == "NATO"


# --- evidence, noise and bad input ---------------------------------------------------------
def test_evidence_offsets_point_into_the_original_document_text(pipeline):
    for extraction in pipeline.extract(read_paths([SAMPLES])):
        for r in extraction.relations:
            assert extraction.document.text[r.evidence.start : r.evidence.end] == r.evidence.sentence


def test_no_relation_comes_from_comments_captions_or_spam(pipeline):
    [document] = read_paths([SAMPLES / "macron-merz-air-defence-noisy.txt"])
    extraction = pipeline.extract_one(document)
    article_end = document.text.index("Macron and Merz during a joint press conference")
    assert extraction.relations
    assert all(r.evidence.end <= article_end for r in extraction.relations)


def test_confidence_is_the_calibrated_precision_of_the_frame(extract):
    from kg.relations.component import load_confidence

    [relation] = extract("Emmanuel Macron praised Giorgia Meloni on Monday.")
    assert relation.confidence == load_confidence()[("en", relation.rule.split(":")[0])]
    assert 0 < relation.confidence <= 1


@pytest.mark.parametrize(
    "text, warning",
    [
        (" ".join(["Russia", "criticized", "NATO", "and", "Iran", "praised", "China", "while"] * 625), "longer than"),
        ("Country | Sanctions | Aid\nRussia | 16 | 0\nUkraine | 0 | 45\nIran | 11 | 0", "table-like"),
        ("RUSSIA CONDEMNS NATO AS TRUMP PRAISES PUTIN AND IRAN ATTACKS ISRAEL", "all-capitals"),
        ("Russland hat die NATO scharf kritisiert und Iran lobte China für seine Unterstützung der Regierung.", "language 'de'"),
    ],
    ids=["5000-token sentence", "flattened table", "all caps", "German"],
)
def test_unreadable_input_yields_a_warning_and_no_invented_relation(pipeline, text, warning):
    extraction = pipeline.extract_one(read_text(text))
    assert not [r for r in extraction.relations if r.relation not in ("leaderOf", "memberOf", "affiliatedWith")]
    assert any(warning in w for w in extraction.warnings), extraction.warnings


# --- packaging ---------------------------------------------------------------------------------
def test_a_blank_pipeline_adds_the_components_by_name_through_entry_points(tmp_path):
    """A user's own pipeline finds the factories through the installed entry points, without
    importing kg first; the results are on Doc extensions."""
    script = """
import json, spacy
from importlib.metadata import entry_points
names = sorted(e.name for e in entry_points(group="spacy_factories") if e.name.startswith("kg_"))
nlp = spacy.blank("en")
nlp.add_pipe("sentencizer")
nlp.add_pipe("kg_actors")
nlp.add_pipe("kg_relations")
doc = nlp("Donald Trump praised Vladimir Putin. Russia did not criticize China.")
print(json.dumps({"names": names, "relations": [[r.subject.name, r.relation, r.object.name, r.negated] for r in doc._.kg_relations]}))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["names"] == ["kg_actors", "kg_relations"]
    assert ["Donald Trump", "praises", "Vladimir Putin", False] in found["relations"]
    assert ["Russia", "criticizes", "China", True] in found["relations"]


# --- wire-news phrasings of the weaker relations (written for these tests) --------------
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Zelensky insisted that Russia must withdraw all its forces before any negotiations.", ("Volodymyr Zelensky", "demands", "Russia")),
        ("The European Union set conditions for Serbia's membership bid.", ("European Union", "demands", "Serbia")),
        ("Iran vowed to respond to Israel's strike.", ("Iran", "threatens", "Israel")),
        ("Russia agreed to withdraw troops from the border with Georgia.", ("Russia", "concedes", "Georgia")),
        ("Turkey backed down after pressure from Sweden.", ("Turkey", "concedes", "Sweden")),
        ("Hungary yielded to pressure from the European Union and lifted its veto.", ("Hungary", "concedes", "European Union")),
        ("Japan pledged $1 billion in humanitarian aid to Ukraine.", ("Japan", "aids", "Ukraine")),
        ("Britain provided Ukraine with long-range missiles.", ("United Kingdom", "aids", "Ukraine")),
        ("Brussels approved a financial package for Moldova.", ("European Union", "aids", "Moldova")),
        ("Poland called Russia's actions unacceptable.", ("Poland", "criticizes", "Russia")),
    ],
)
def test_news_phrasings_of_demands_threats_concessions_aid_and_criticism_are_found(extract, sentence, expected):
    assert expected in triples(extract(sentence))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("L'Iran ha promesso di vendicarsi contro Israele.", ("Iran", "threatens", "Israel")),
        ("La Russia ha accettato di ritirare le truppe dalla Georgia.", ("Russia", "concedes", "Georgia")),
        ("La Turchia ha fatto marcia indietro dopo le pressioni della Svezia.", ("Turkey", "concedes", "Sweden")),
        ("Il Giappone ha stanziato un miliardo di dollari in aiuti all'Ucraina.", ("Japan", "aids", "Ukraine")),
        ("La Francia ha spedito carri armati all'Ucraina.", ("France", "aids", "Ukraine")),
        ("La Polonia ha definito inaccettabili le azioni della Russia.", ("Poland", "criticizes", "Russia")),
        ("Il Giappone ha condotto esercitazioni congiunte con gli Stati Uniti.", ("Japan", "cooperatesWith", "United States")),
    ],
)
def test_italian_news_phrasings_of_the_weaker_relations_are_found(extract, sentence, expected):
    assert expected in triples(extract(sentence, lang="it"))


def test_a_bare_insistence_without_an_obligation_is_no_demand(extract):
    assert "demands" not in {r.relation for r in extract("Zelensky insisted that Russia had lost the battle.")}


# --- event nouns, mediators and reactions that point back ---------------------------------
def test_talks_between_two_parties_relate_them_and_their_host_consults_each(extract):
    relations = extract("Saudi Arabia and Iran kept a channel open through Oman, which hosted three rounds of talks between them last year.")
    pairs = {frozenset((r.subject.name, r.object.name)) for r in relations if r.relation == "consults"}  # symmetric
    assert {frozenset(("Oman", "Saudi Arabia")), frozenset(("Oman", "Iran"))} <= pairs
    # talks a third party hosts or mediates are bargaining between the parties (annotation guide)
    assert frozenset(("Iran", "Saudi Arabia")) in {frozenset((r.subject.name, r.object.name)) for r in relations if r.relation == "negotiatesWith"}


def test_talks_only_offered_are_the_hosts_contacts_to_come(extract):
    # (round 25: an act offered is the act still to come, as the studied gold annotates offered hosting; this test
    # asserted nothing at all before)
    found = extract("Turkey offered to host a new round of talks between Kyiv and Moscow.")
    hosted = [r for r in found if r.relation == "consults" and "Turkey" in (r.subject.name, r.object.name)]
    assert {r.object.name if r.subject.name == "Turkey" else r.subject.name for r in hosted} == {"Ukraine", "Russia"}
    # the parties' talks are no more held than the host's contacts: all still to come
    assert {"Ukraine", "Russia"} == {n for r in found if r.relation == "negotiatesWith" for n in (r.subject.name, r.object.name)}
    assert all(r.modality == "future" for r in found)


def test_a_reaction_to_the_scheme_is_a_relation_to_its_author(extract):
    relations = extract("Peru proposed a new border scheme on Monday. Ecuador dismissed the scheme as unworkable.")
    assert ("Ecuador", "criticizes", "Peru") in triples(relations)
    assert only(relations, "criticizes").rule.startswith("recalled:")

def test_talks_named_without_parties_are_between_the_last_sentences_parties(extract):
    relations = extract("Armenia and Azerbaijan agreed on Monday to hold talks on their border. Negotiations are set to restart next week.")
    # the first sentence's talks on their border bargain too (a stated subject): the second's are read from the first's parties
    [resumed] = [r for r in relations if r.relation == "negotiatesWith" and r.predicate_text == "Negotiations"]
    assert {resumed.subject.name, resumed.object.name} == {"Armenia", "Azerbaijan"} and resumed.modality == "future"


def test_ending_a_hostile_measure_concedes_to_its_target_and_does_not_impose_it(extract):
    lifted = triples(extract("The United States lifted most of its sanctions on Syria on Monday."))
    assert ("United States", "sanctions", "Syria") not in lifted and ("United States", "concedes", "Syria") in lifted
    assert ("Turkey", "concedes", "Sweden") in triples(extract("Turkey eased its remaining restrictions on Swedish arms exports."))
    assert ("Saudi Arabia", "concedes", "Qatar") in triples(extract("Saudi Arabia ended its blockade of Qatar."))
    # the veto ends, not the sanctions it held up
    vetoed = triples(extract("Orbán said he would lift his veto on the EU's sanctions package against Russia if Brussels releases the funds."))
    assert ("Viktor Orbán", "concedes", "European Union") in vetoed and ("Viktor Orbán", "concedes", "Russia") not in vetoed


def test_an_event_noun_in_a_purpose_adjunct_takes_the_verbs_subject_unless_the_verb_only_asks_for_it(extract):
    assert ("Viktor Orbán", "consults", "Vladimir Putin") in triples(extract("Orbán travelled to Moscow for a meeting with Putin."))
    assert not triples(extract("Hungary called for talks with Russia."))
    assert not triples(extract("Macron pressed for sanctions against Russia."))


def test_both_sides_are_the_last_two_coordinated_actors_or_the_two_sides_of_the_latest_relation(extract):
    coordinated = triples(extract("Thailand and Cambodia exchanged fire along the border on Monday. Malaysia urged both sides to agree to a ceasefire."))
    assert {("Malaysia", "requests", "Thailand"), ("Malaysia", "requests", "Cambodia")} <= coordinated
    latest = triples(extract("Thailand accused Cambodia of shelling a temple. Malaysia urged both sides to agree to a ceasefire."))
    assert {("Malaysia", "requests", "Thailand"), ("Malaysia", "requests", "Cambodia")} <= latest


def test_both_sides_are_the_parties_of_the_last_two_sided_event_not_of_a_side_act(extract):
    found = triples(extract("Armenia and Azerbaijan opened negotiations in Geneva. Armenian Prime Minister Nikol Pashinyan rejected "
                            "the Russian proposal. The European Union criticized both sides."))
    assert {("European Union", "criticizes", "Armenia"), ("European Union", "criticizes", "Azerbaijan")} <= found
    assert ("European Union", "criticizes", "Russia") not in found


def test_the_two_leaders_are_never_the_states_of_the_latest_relation(extract):
    found = triples(extract("Canada accused the United States of bullying. Carney later praised the two leaders."))
    assert ("Mark Carney", "praises", "Canada") not in found and ("Mark Carney", "praises", "United States") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Georgian Prime Minister Irakli Kobakhidze called the EU's ultimatum unfriendly.",
        "Evo Morales described Argentina's decision as a reckless betrayal.",
        "The Kremlin called NATO's deployment an act of aggression.",
        'Milei has called Lula "a dangerous liar".',  # parsed as two complements, the first one the object
    ],
)
def test_a_hostile_judgement_put_on_an_actor_or_its_act_is_criticism(extract, sentence):
    assert {r.relation for r in extract(sentence)} >= {"criticizes"}


def test_a_favourable_or_neutral_judgement_is_no_criticism(extract):
    assert "criticizes" not in {r.relation for r in extract("Macron called the EU's plan a sensible compromise.")}


def test_a_reaction_to_a_thing_not_named_before_judges_the_last_sentences_act(extract):
    relations = extract("Turkey warned that it would halt electricity exports unless Georgia pays its debts. Kobakhidze called the ultimatum unfriendly.")
    assert ("Irakli Kobakhidze", "criticizes", "Turkey") in triples(relations)
    stated = extract("Georgia passed a law on foreign agents. Kaja Kallas condemned the crackdown by riot police.")
    assert ("Kaja Kallas", "criticizes", "Georgia") not in triples(stated)


# --- syntax the parser gets half right (written for these tests) ----------------------------
def test_an_object_pronoun_never_refers_to_its_own_clauses_subject(extract):
    relations = extract("Milei praised Lula in March and thanked him again in May.")
    assert ("Javier Milei", "praises", "Luiz Inácio Lula da Silva") in triples(relations)
    assert all(r.subject.name != r.object.name for r in relations)


def test_it_past_its_own_clauses_subject_reaches_only_the_subject_of_the_reporting_clause(extract):
    relation = only(extract("Moscow complained that Yerevan had not consulted it."), "consults")
    assert {relation.subject.name, relation.object.name} == {"Armenia", "Russia"} and relation.negated
    assert not triples(extract("Germany had voted against the measure, while France and Italy backed it."))

def test_the_noun_a_relative_clause_hangs_from_is_its_gap(extract):
    assert ("United Nations", "accuses", "Rwanda") in triples(extract("Rwanda, which the United Nations has accused of arming rebels, welcomed the deal."))
    # "companies it accused of shipping parts to Russia": the companies ship, not the accuser
    assert not triples(extract("The Treasury blacklisted six companies it accused of shipping drone parts to Russia."))

def test_denying_an_accusation_rejects_its_author_and_the_accusation_stands(extract):
    relations = extract("The Emirates denied accusations by Khartoum that it is supplying Russia with drones.")
    assert ("United Arab Emirates", "rejects", "Sudan") in triples(relations)
    accusation = only(relations, "accuses")
    assert (accusation.subject.name, accusation.object.name, accusation.negated) == ("Sudan", "United Arab Emirates", False)


def test_a_conditional_threat_reaches_the_objects_of_the_threatened_act_or_the_pronoun_that_must_comply(extract):
    relations = extract("The bloc met Kosovo's leaders. The European Union threatened to freeze funds to Pristina unless it withdraws its police.")
    assert {("European Union", "threatens", "Kosovo"), ("European Union", "demands", "Kosovo")} <= triples(relations)
    relations = extract("Kosovo's police entered the north. The European Union threatened to freeze all funds unless it withdraws its police.")
    assert ("European Union", "demands", "Kosovo") in triples(relations)


def test_a_leader_named_right_after_a_states_title_is_the_object_not_the_state(extract):
    relations = triples(extract("Albanese spoke with Solomon Islands Prime Minister Jeremiah Manele on Monday."))
    assert ("Anthony Albanese", "consults", "Jeremiah Manele") in relations
    assert ("Anthony Albanese", "consults", "Solomon Islands") not in relations

def test_of_two_subjects_the_parser_gave_a_verb_the_name_is_the_subject(extract):
    relations = triples(extract("Myanmar's junta bombed a village. ASEAN chair Malaysia condemned the strike."))
    assert ("Malaysia", "criticizes", "Myanmar") in relations and not any(s == "ASEAN" for s, _, _ in relations)


def test_a_transcript_turn_is_attributed_to_its_speaker_and_its_label_breaks_no_reference(extract):
    text = (
        "Q: Will Jakarta act?\n"
        "SUGIONO, INDONESIAN FOREIGN MINISTER: We condemn the blockade of Gaza by Israel.\n"
        "Q: Have you been in touch with María Corina Machado?\n"
        "MR MILLER: Secretary Blinken spoke with her on Tuesday.\n"
    )
    relations = extract(text)
    condemned = only(relations, "criticizes")
    assert (condemned.subject.name, condemned.object.name, condemned.attributed_to.name) == ("Indonesia", "Israel", "Sugiono")
    assert ("Antony Blinken", "consults", "María Corina Machado") in triples(relations)

def test_a_pronoun_deep_inside_a_condition_is_not_the_party_that_must_comply(extract):
    relations = extract("Araghchi met Pezeshkian. Pezeshkian wants better ties with Europe, but only if the West ends what he called economic warfare.")
    assert not any(r.relation in ("demands", "concedes") and r.object.name == "Abbas Araghchi" for r in relations)


@pytest.mark.parametrize(
    "sentence, denier, accuser",
    [
        ("Kurti accused Belgrade of arming militants in Kosovo, a charge Vučić rejected.", "Aleksandar Vučić", "Albin Kurti"),
        ("Niger's government has accused Paris of plotting a coup, a charge France denies.", "France", "Niger"),
    ],
)
def test_a_charge_summing_up_an_accusation_and_denied_in_its_relative_clause_rejects_the_accuser(extract, sentence, denier, accuser):
    relations = extract(sentence)
    assert (denier, "rejects", accuser) in triples(relations)
    assert not only(relations, "accuses").negated  # the accusation was made

@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Brazil's decision drew praise from Argentina.", ("Argentina", "praises", "Brazil")),
        ("Israel's strikes sparked condemnation from Egypt.", ("Egypt", "criticizes", "Israel")),
        ("Prabowo Subianto will travel to Moscow next week despite criticism from Washington.", ("United States", "criticizes", "Prabowo Subianto")),
    ],
)
def test_a_reaction_an_act_meets_is_a_relation_to_whoever_did_it(extract, sentence, expected):
    assert expected in triples(extract(sentence))


@pytest.mark.parametrize(
    "sentence, person, state",
    [
        ("Peruvian Agriculture Minister Rosa Quispe visited the farms.", "Rosa Quispe", "Peru"),
        ("Chile's labour minister, Tomás Rojas, urged calm.", "Tomás Rojas", "Chile"),
    ],
)
def test_a_title_reaches_its_state_past_a_portfolio(extract, sentence, person, state):
    assert (person, "affiliatedWith", state) in triples(extract(sentence), include_facts=True)


def test_a_chief_of_a_field_works_for_the_body_rather_than_leading_it(extract):
    relations = triples(extract("The UN's refugee chief, Lena Sorensen, visited Chad."), include_facts=True)
    assert ("Lena Sorensen", "affiliatedWith", "United Nations") in relations
    assert ("Lena Sorensen", "leaderOf", "United Nations") not in relations
    assert ("Igor Sechin", "leaderOf", "Rosneft") in triples(extract("Rosneft chief executive Igor Sechin said the company would invest."), include_facts=True)


def test_an_act_kept_up_until_the_other_side_acts_is_a_demand(extract):
    demand = only(extract("Chile said it would keep striking until Peru disarms the militias."), "demands")
    assert (demand.subject.name, demand.object.name, demand.condition) == ("Chile", "Peru", "Peru disarms the militias")
    assert all(r.condition is None for r in extract("Chile will continue talks with Peru until Friday."))


def test_a_participle_the_parser_read_as_a_subject_clause_leaves_its_noun_the_subject(extract):
    sentence = "Rwandan police officers leading the mission in Bangui exchanged fire with M23 fighters on Monday, the mission said."
    assert ("Rwandan police", "attacks", "M23") in triples(extract(sentence))


def test_a_mutual_act_that_is_not_symmetric_goes_both_ways(extract):
    assert {("Peruvian military", "attacks", "Bolivian military"), ("Bolivian military", "attacks", "Peruvian military")} <= triples(
        extract("Peruvian soldiers and Bolivian troops clashed near the lake.")
    )
    swap = triples(extract("Chile and Peru exchanged prisoners in a swap mediated by Brazil."))
    assert {("Chile", "concedes", "Peru"), ("Peru", "concedes", "Chile"), ("Brazil", "consults", "Chile"), ("Brazil", "consults", "Peru")} <= swap


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ghana and Togo initialled a border treaty in Accra.", ("Ghana", "agreesWith", "Togo")),
        ("Ghana clinched a trade deal with Togo.", ("Ghana", "agreesWith", "Togo")),
        ("Ghana and Togo have completed negotiations on a border treaty.", ("Ghana", "negotiatesWith", "Togo")),
        ("Petrobras signed a contract with Sinopec.", ("Petrobras", "agreesWith", "Sinopec")),
        ("Ghana's navy will continue joint patrols with the Togolese navy.", ("Ghanaian military", "cooperatesWith", "Togolese military")),
        ("Sweden resumed payments to the World Bank.", ("Sweden", "aids", "World Bank")),
        ("Belarus's Supreme Court sentenced Ales Bialiatski to ten years in prison.", ("Belarusian Supreme Court", "coerces", "Ales Bialiatski")),
    ],
)
def test_common_words_for_agreements_negotiations_joint_patrols_payments_and_sentences(extract, sentence, expected):
    assert expected in triples(extract(sentence))


def test_talks_about_an_agreement_are_bargaining_and_their_mediators_consult_each_party(extract):
    assert ("Ghana", "negotiatesWith", "Togo") in triples(extract("Ghana discussed a ceasefire with Togo."))
    assert ("Ghana", "consults", "Togo") in triples(extract("Ghana held talks with Togo on Monday."))
    mediated = triples(extract("Norwegian mediators resumed talks in Geneva between Armenia and Azerbaijan on a border treaty."))
    assert {("Armenia", "negotiatesWith", "Azerbaijan"), ("Armenia", "consults", "Norway"), ("Azerbaijan", "consults", "Norway")} <= mediated
    assert ("Norway", "negotiatesWith", "Armenia") not in mediated


def test_an_agreement_that_says_what_the_parties_will_do_is_also_cooperation(extract):
    relations = triples(extract("Ghana and Togo signed an agreement on Monday to jointly manage the Volta basin."))
    assert {("Ghana", "agreesWith", "Togo"), ("Ghana", "cooperatesWith", "Togo")} <= relations
    assert ("Ghana", "cooperatesWith", "Togo") not in triples(extract("Ghana and Togo signed a border treaty."))

@pytest.mark.parametrize(
    "sentence, expected",
    [
        # two titled names the parser reads as two subjects
        ("Ghanaian President John Mahama and Togolese President Faure Gnassingbé signed a border treaty in Lomé on Friday.", ("Faure Gnassingbé", "agreesWith", "John Mahama")),
        # a gerund after an adjunct preposition shares the subject of the verb it modifies
        ("Togo angered Benin by signing a port deal with Ghana.", ("Ghana", "agreesWith", "Togo")),
        # a light verb in a relative clause on the agreement
        ("The accord that Ghana and Togo signed in 2021 has lapsed.", ("Ghana", "agreesWith", "Togo")),
        # a person named after a noun and a comma, parsed as a second object
        ("Ghanaian President John Mahama thanked his Togolese counterpart, Faure Gnassingbé, for hosting the summit.", ("John Mahama", "praises", "Faure Gnassingbé")),
        # actor adjectives joined by a hyphen are both parties
        ("Oman hosted three rounds of Saudi-Iranian talks.", ("Oman", "consults", "Saudi Arabia")),
    ],
)
def test_parties_the_parser_hangs_in_odd_places_are_found(extract, sentence, expected):
    assert expected in triples(extract(sentence))


def test_the_two_governments_are_the_last_two_coordinated_states_not_the_last_one(extract):
    text = "Kenya and Uganda have quarrelled over the border for years. On Monday the two governments resumed talks in Nairobi."
    assert ("Kenya", "consults", "Uganda") in triples(extract(text))


def test_a_conditional_act_is_what_its_object_names(extract):
    relations = extract("The World Bank will release a loan tranche to Malawi provided Lilongwe cuts fuel subsidies.")
    aid = only(relations, "aids")
    assert (aid.subject.name, aid.object.name, aid.condition) == ("World Bank", "Malawi", "Lilongwe cuts fuel subsidies")
    assert "concedes" not in {r.relation for r in relations}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The United States has designated the Tren de Aragua gang a terrorist organisation.", ("United States", "sanctions", "Tren de Aragua")),
        ("Ghana signed the document with Togo on Friday.", ("Ghana", "agreesWith", "Togo")),
        ("The European Union is ready to conclude a fisheries scheme with Norway.", ("European Union", "agreesWith", "Norway")),
        ("Niger's junta ordered the Beninese ambassador to leave the country within 48 hours.", ("Niger", "coerces", "Benin")),
    ],
)
def test_common_words_for_designations_signing_and_expulsions(extract, sentence, expected):
    assert expected in triples(extract(sentence))


def test_a_commander_of_an_armed_group_leads_it_while_an_army_chief_serves_his_state(extract):
    group = triples(extract("Arakan Army commander Twan Mrat Naing said his fighters would hold the port."), include_facts=True)
    state = triples(extract("Russia's army chief Valery Gerasimov said his troops had advanced."), include_facts=True)
    assert ("Twan Mrat Naing", "leaderOf", "Arakan Army") in group
    assert ("Valery Gerasimov", "affiliatedWith", "Russia") in state


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a party fields its own members as candidates
        ("Kenneth Mwale, the Socialist Party candidate backed by the outgoing mayor, conceded defeat.", ("Kenneth Mwale", "memberOf", "Socialist Party")),
        # the content clause of a demand names who must act
        ("Ghana rejected Togo's demand that Accra extradite the activists.", ("Togo", "demands", "Ghana")),
        # a person's government is the state the person leads
        ("William Ruto's government declared a state of emergency in the north.", ("William Ruto", "leaderOf", "Kenya")),
    ],
)
def test_parties_and_leaders_read_from_the_nouns_that_name_them(extract, sentence, expected):
    assert expected in triples(extract(sentence), include_facts=True)


def test_an_apposition_parsed_around_a_verb_with_its_own_subject_names_no_holder(extract):
    # the parser reads "Lavrov" as the chief's apposition, "hosted" as a participle on it
    found = triples(extract("Cuba's party chief Miguel Díaz-Canel hosted Sergei Lavrov in Havana on Tuesday."), include_facts=True)
    assert not any(s == "Sergei Lavrov" and o == "Cuba" for s, r, o in found)


@pytest.mark.parametrize(
    "sentence, author, other, condition",
    [
        # a definite noun that refers back to a state named before
        (
            "Ecuador raised fuel prices on Monday. The Andean Workers Federation said it would begin a general strike unless the government reverses the increase.",
            "Andean Workers Federation", "Ecuador", "the government reverses the increase",
        ),
        # a pronoun that stands for the act's own object
        (
            "Chile warned that it would impose sanctions on Bolivia if it did not reopen the border within a week.",
            "Chile", "Bolivia", "it did not reopen the border within a week",
        ),
    ],
)
def test_a_condition_whose_subject_refers_back_is_a_demand_on_its_referent(extract, sentence, author, other, condition):
    demand = only(extract(sentence), "demands")
    assert (demand.subject.name, demand.object.name, demand.modality, demand.condition) == (author, other, "conditional", condition)


# --- seventh round, English -------------------------------------------------------------
def test_a_conditional_act_reported_under_a_warning_is_the_warners_threat_and_demand(extract):
    # the warships are the minister's own side: she threatens, and the condition is asked of whom the act befalls
    # (vessels, not trawlers: "Peruvian trawlers" are private boats whose nationality is no state, round 30)
    found = extract("Chilean Defence Minister Maya Fernández warned that Chilean warships would seize Peruvian vessels if fishing continued inside the zone.")
    threat, demand = only(found, "threatens"), only(found, "demands")
    assert {(r.subject.name, r.object.name, r.condition) for r in (threat, demand)} == {("Maya Fernández", "Peru", "fishing continued inside the zone")}


def test_a_condition_belongs_to_its_own_clause_not_to_a_verb_coordinated_with_it(extract):
    found = extract("Canada sanctioned three Iranian firms and warned Turkey that it could face penalties if it keeps buying Iranian oil.")
    assert only(found, "sanctions").condition is None

def test_a_noun_summing_up_the_clause_before_carries_a_reaction_to_its_author(extract):
    assert ("Togo", "praises", "Ghana") in triples(extract("Ghana released 40 Togolese fishermen, a move Lomé welcomed as a gesture of goodwill."))
    # a judgement read from word valences is not carried this way (measured: mostly wrong)
    assert not any(r == "criticizes" for _, r, _ in triples(extract("Ghana released 40 Togolese fishermen, a move Lomé described as a provocation.")))

def test_a_preposition_may_hang_from_the_complement_of_an_agreement_noun(extract):
    assert triples(extract("Kenya signed a memorandum of understanding with Ethiopia on Friday.")) == {("Ethiopia", "agreesWith", "Kenya")}

@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a gerund after a preposition, tagged as a noun
        ("Kenya thanked Qatar and Turkey for mediating between Sudan and South Sudan.", ("Qatar", "consults", "Sudan")),
        # a noun with a subject and auxiliaries of its own is a verb the tagger misread
        ("Premier Ana Vaka of the Samoa Council has been bargaining with New Zealand ever since over how to share the fishing revenue.", ("Ana Vaka", "negotiatesWith", "New Zealand")),
    ],
)
def test_verbs_the_tagger_read_as_nouns_still_take_their_subjects(extract, sentence, expected):
    assert expected in triples(extract(sentence))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Serbia accepted the European Union's demand for a new border regime.", ("Serbia", "concedes", "European Union")),
        ("Armenia accepted a ceasefire with Azerbaijan on Sunday.", ("Armenia", "agreesWith", "Azerbaijan")),
        ("Honduras said it would sit down with Guatemala next week.", ("Guatemala", "consults", "Honduras")),
        ("The World Bank released $200 million to Malawi on Tuesday.", ("World Bank", "aids", "Malawi")),
    ],
)
def test_accepting_a_demand_concedes_accepting_an_agreement_agrees_and_other_common_senses(extract, sentence, expected):
    assert expected in triples(extract(sentence))


def test_an_offer_still_to_come_is_conditional_on_what_follows_once(extract):
    found = extract("Ghana offered to mediate between Togo and the rebels once Lomé halts its air strikes.")
    demand = only(found, "demands")
    assert (demand.subject.name, demand.object.name, demand.condition) == ("Ghana", "Togo", "Lomé halts its air strikes")
    assert ("Ghana", "consults", "Togo") in triples(found)


def test_a_condition_ends_at_a_line_break(extract):
    text = "Ghana offers to cut tariffs in exchange for port access\n\nAccra is ready to cut tariffs on Togolese goods in exchange for the reopening of Togo's port, the minister said."
    demand = only(extract(text), "demands")
    assert (demand.subject.name, demand.object.name, demand.condition) == ("Ghana", "Togo", "the reopening of Togo's port")


def test_what_a_condition_asks_of_the_other_side_is_not_stated(extract):
    found = triples(extract("Kenya will resume its patrols provided Uganda and Tanzania sign a border agreement."))
    assert ("Kenya", "demands", "Uganda") in found
    assert not any(r == "agreesWith" for _, r, _ in found)


def test_a_condition_the_parser_hangs_on_a_relative_clause_belongs_to_the_act_still_to_come(extract):
    found = extract("Serbia warned it would impose fines on Kosovar officials who attend the summit unless Pristina withdraws its delegation.")
    demand = only(found, "demands")
    assert (demand.subject.name, demand.object.name) == ("Serbia", "Kosovo")


def test_a_persons_own_government_is_the_state_the_person_serves(extract):
    found = triples(extract("Kenyan Foreign Minister Musalia Mudavadi said his government would sign a trade deal with Uganda next month."))
    assert ("Kenya", "agreesWith", "Uganda") in found
    assert not any("Musalia Mudavadi" in (s, o) for s, r, o in found)

@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Chile accused Peru of spying on its navy, a charge Peru rejects.", ("Peru", "rejects", "Chile")),
        ("Lima accused Quito of genocide in the north, a charge Ecuador rejects, and the court ordered an inquiry.", ("Ecuador", "rejects", "Peru")),
    ],
)
def test_a_denial_in_the_present_tagged_as_a_plural_noun_still_rejects_the_accuser(extract, sentence, expected):
    assert expected in triples(extract(sentence))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Chile recalled its ambassador from Peru in protest.", ("Chile", "protests", "Peru")),
        ("In May, Quito severed diplomatic relations with Peru in protest.", ("Ecuador", "protests", "Peru")),
    ],
)
def test_an_act_done_in_protest_protests_against_whom_it_is_done_to(extract, sentence, expected):
    assert expected in triples(extract(sentence))

@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Chile scorned Peru's offer of talks.", ("Chile", "criticizes", "Peru")),
        ("Phnom Penh said it would take the dispute to the International Court of Justice.", ("Cambodia", "requests", "International Court of Justice")),
    ],
)
def test_scorning_criticizes_and_taking_a_dispute_to_a_court_asks_the_court(extract, sentence, expected):
    assert expected in triples(extract(sentence))


@pytest.mark.parametrize(
    "text, expected",
    [
        # a rebel group and a state are two sides (the group's country is no side of its own)
        ("The ELN said it would free its hostages if Colombia suspends its air strikes. Brazil urged both sides to accept a ceasefire.",
         {("Brazil", "requests", "National Liberation Army"), ("Brazil", "requests", "Colombia")}),
        # a leader's reply to the other state keeps the two states as the sides
        ("Chile told Peru it would reopen the border only if Lima halts the raids. Peruvian President Dina Boluarte called the ultimatum unacceptable. "
         "Argentina urged both governments to return to dialogue.",
         {("Argentina", "requests", "Chile"), ("Argentina", "requests", "Peru")}),
    ],
)
def test_both_sides_are_the_two_sides_of_the_latest_relation_between_two_sides(extract, text, expected):
    assert expected <= triples(extract(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ukraine accused Belarus of shelling a border post. Minsk denied any involvement.", ("Belarus", "rejects", "Ukraine")),
        ("Chile said it would reopen the crossing if Bolivia withdraws its troops. Bolivian President Luis Arce rejected any withdrawal.", ("Luis Arce", "rejects", "Chile")),
    ],
)
def test_denying_or_rejecting_any_such_thing_answers_the_last_act(extract, text, expected):
    assert expected in triples(extract(text))

# --- English, eighth round: mediated talks, reactions to agreements and acts named again, asking nouns, joint acts

@pytest.mark.parametrize(
    "text, expected",
    [
        # talks someone mediates are bargaining between the parties; the mediator consults each
        ("Chad and Sudan held talks in Doha on Monday, mediated by Qatar.",
         {("Chad", "negotiatesWith", "Sudan"), ("Chad", "consults", "Qatar"), ("Qatar", "consults", "Sudan")}),
        # whoever mediates between two sides sets them bargaining
        ("Norway, which has mediated between Colombia and the ELN, urged restraint.",
         {("Colombia", "negotiatesWith", "National Liberation Army")}),
    ],
)
def test_mediated_talks_are_bargaining_between_the_parties(extract, text, expected):
    found = triples(extract(text))
    assert all(t in found or (t[2], t[1], t[0]) in found for t in expected)  # the relations are symmetric


def test_a_mediation_only_offered_sets_no_talks_going(extract):
    found = triples(extract("Ghana offered to mediate between Togo and Burkina Faso once the fighting stops."))
    assert not any(r == "negotiatesWith" for _, r, _ in found)

@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Chile accused Bolivia of sheltering Peruvian rebels.", ("Bolivia", "aids", "Peruvian rebels")),
        ("Japan has propped up the government in Manila with cheap loans.", ("Japan", "aids", "Philippines")),
    ],
)
def test_sheltering_and_propping_up_give_material_help(extract, sentence, expected):
    assert expected in triples(extract(sentence))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ghana turned down Togo's request to close the border.", ("Togo", "requests", "Ghana")),
        ("Rwanda sent 300 soldiers to Bangui at the request of the Central African Republic.", ("Central African Republic", "requests", "Rwanda")),
        ("Paraguay backed Bolivia's request for a World Bank loan.", ("Bolivia", "requests", "World Bank")),
    ],
)
def test_who_a_request_is_made_of_when_no_preposition_says(extract, sentence, expected):
    assert expected in triples(extract(sentence))


def test_actors_who_act_jointly_cooperate(extract):
    found = triples(extract("Kenya and Uganda launched a joint offensive against the rebels on Monday."))
    assert ("Kenya", "cooperatesWith", "Uganda") in found or ("Uganda", "cooperatesWith", "Kenya") in found


def test_a_joint_statement_is_words_not_cooperation(extract):
    found = triples(extract("Ghana and Togo warned the traders. Their joint statement named two firms."))
    assert not any(r == "cooperatesWith" for _, r, _ in found)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Hundreds of Kenyan students marched on the parliament of Uganda.", "protests"),
        ("Greenpeace activists protested outside Shell's offices in The Hague.", "protests"),
        ("Tokyo routinely protests Chinese construction in the area.", "protests"),
    ],
)
def test_marching_on_protesting_outside_and_protesting_a_thing_are_protests(extract, sentence, expected):
    assert any(r == expected for _, r, _ in triples(extract(sentence)))


def test_a_vice_premier_serves_the_state_the_title_names_and_does_not_lead_it(extract):
    found = triples(extract("Chinese Vice Premier Ding Xuexiang said Beijing would answer soon."))
    assert ("Ding Xuexiang", "leaderOf", "China") not in found


def test_terms_set_in_a_sentence_about_talks_are_bargaining(extract):
    found = triples(extract("After a third round of talks, Chile said it would lower its duties only if Peru reopens its ports."))
    assert ("Chile", "negotiatesWith", "Peru") in found or ("Peru", "negotiatesWith", "Chile") in found


def test_terms_set_beside_talks_between_others_are_no_bargaining(extract):
    found = triples(extract("As talks between Chile and Peru resumed, Bolivia said it would reopen its border with Chile only if Santiago drops its tariffs."))
    assert ("Bolivia", "demands", "Chile") in found
    assert not {("Bolivia", "negotiatesWith", "Chile"), ("Chile", "negotiatesWith", "Bolivia")} & found


def test_work_done_under_an_agreement_with_another_party_is_cooperation(extract):
    found = triples(extract("Italy is drilling for gas off the coast under a 2023 accord with Libya."))
    assert ("Italy", "cooperatesWith", "Libya") in found or ("Libya", "cooperatesWith", "Italy") in found


def test_fighting_alongside_a_named_ally_is_cooperation(extract):
    found = triples(extract("Chadian troops fought alongside the Rapid Support Forces in Darfur."))
    assert any(r == "cooperatesWith" and "Rapid Support Forces" in (s, o) for s, r, o in found)


def test_working_with_another_is_cooperation(extract):
    found = triples(extract("Georgia will work with Turkey to build a new rail link."))
    assert ("Georgia", "cooperatesWith", "Turkey") in found or ("Turkey", "cooperatesWith", "Georgia") in found


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The Iran-backed Houthis fired missiles at a tanker.", ("Iran", "supports", "Houthis")),
        ("The EU-funded Somali coast guard intercepted two boats.", ("European Union", "aids", "Somali police")),
    ],
)
def test_the_actor_before_the_hyphen_of_a_participle_acts_on_the_noun(extract, sentence, expected):
    assert expected in triples(extract(sentence))

def test_both_governments_are_the_states_of_the_two_sides_last_related(extract):
    found = triples(extract(
        "Latvian border guards detained a Russian fishing crew near Daugavpils, which Riga says is its territory. "
        "Moscow protested. UN Secretary-General António Guterres spoke with both governments."
    ))
    assert {("António Guterres", "consults", "Latvia"), ("António Guterres", "consults", "Russia")} <= {
        (s, r, o) if s == "António Guterres" else (o, r, s) for s, r, o in found if r == "consults"
    }


# English, eighth round, second pass


@pytest.mark.parametrize(
    "sentence, pair",
    [
        ("Blinken met the two prime ministers, Nikol Pashinyan and Ilham Aliyev, in Washington.", ("Antony Blinken", "Ilham Aliyev")),
        (
            "Indian Prime Minister Narendra Modi spoke with both prime ministers, Shehbaz Sharif of Pakistan and Sheikh Hasina of Bangladesh.",
            ("Narendra Modi", "Sheikh Hasina"),
        ),
    ],
)
def test_every_name_a_plural_noun_lists_after_a_comma_is_an_object(extract, sentence, pair):
    found = {(s, o) for s, r, o in triples(extract(sentence)) if r == "consults"}
    assert pair in found or pair[::-1] in found


@pytest.mark.parametrize(
    "sentence",
    ["Nicaragua formally left the Organization of American States on Sunday.", "Burundi quit the International Criminal Court in 2017."],
)
def test_leaving_a_body_says_one_was_a_member(extract, sentence):
    assert any(r == "memberOf" for _s, r, _o in triples(extract(sentence), include_facts=True))


def test_no_one_is_a_member_of_a_state_nor_of_a_place_troops_leave(extract):
    found = triples(extract("France withdrew its soldiers from Niger."), include_facts=True)
    assert not any(r == "memberOf" for _s, r, _o in found)


def test_a_proposal_presented_to_the_parties_consults_each(extract):
    found = triples(extract("Turkish and Saudi envoys presented Armenia and Azerbaijan with a draft peace text."))
    assert {("Armenia", "consults", "Turkey"), ("Azerbaijan", "consults", "Saudi Arabia")} <= {
        (s, r, o) if s in ("Armenia", "Azerbaijan") else (o, r, s) for s, r, o in found
    }

def test_drills_around_a_state_mobilize_against_it_and_joint_drills_with_it_cooperate(extract):
    assert ("China", "mobilizes", "Taiwan") in triples(extract("China announced large-scale drills around Taiwan."))
    found = triples(extract("Indonesia held joint naval drills with Russia in the Java Sea."))
    assert not any(r == "mobilizes" for _s, r, _o in found)


def test_a_prisoner_swap_is_an_agreement(extract):
    found = triples(extract("Armenia and Azerbaijan completed a prisoner swap on Sunday."))
    assert ("Armenia", "agreesWith", "Azerbaijan") in found or ("Azerbaijan", "agreesWith", "Armenia") in found

def test_branding_a_group_a_terrorist_organisation_lists_it(extract):
    found = triples(extract("Colombia branded the Clan del Golfo a terrorist group."))
    assert ("Colombia", "sanctions", "Clan del Golfo") in found
    assert ("Turkey", "criticizes", "Greece") in triples(extract("Turkey branded Greece a threat to the region."))

def test_a_go_between_shuttling_between_the_two_delegations_consults_each(extract):
    found = triples(extract(
        "Serbian and Kosovar negotiators held talks on the border dispute in Brussels, with EU envoy Miroslav Lajčák shuttling between the two delegations."
    ))
    consulted = {o if s == "Miroslav Lajčák" else s for s, r, o in found if r == "consults" and "Miroslav Lajčák" in (s, o)}
    assert {"Serbia", "Kosovo"} <= consulted


def test_a_title_is_a_fact_whatever_its_holder_only_offers(extract):
    found = triples(extract("US Commerce Secretary Howard Lutnick offered to lower duties on Indian textiles."), include_facts=True)
    assert any(s == "Howard Lutnick" and r == "affiliatedWith" for s, r, _o in found)

def test_the_two_leaders_are_the_two_persons_of_the_latest_relation(extract):
    found = triples(extract(
        "Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in Tokyo on Friday. "
        "The two leaders signed a pact on semiconductor supply chains."
    ))
    assert ("Narendra Modi", "agreesWith", "Shigeru Ishiba") in found or ("Shigeru Ishiba", "agreesWith", "Narendra Modi") in found


def test_both_leaders_unnamed_are_the_last_two_actors_joined(extract):
    found = triples(extract("Peru and Chile agreed to reopen the border crossing, Brazilian President Lula announced after hosting both leaders."))
    assert ("Luiz Inácio Lula da Silva", "consults", "Peru") in found or ("Lula", "consults", "Peru") in found


def test_no_interaction_is_kept_between_an_actor_and_the_body_it_leads_or_serves():
    from kg.model import Evidence
    from kg.relations.component import _without_own_side
    from tests.builders import PUTIN, RUSSIA, UNITED_STATES

    said = Evidence("Putin si è detto deluso da entrambe le parti.", 0, 46)
    relations = [
        Relation(PUTIN, "leaderOf", RUSSIA, said),
        Relation(PUTIN, "criticizes", RUSSIA, said),  # the wrong side of "entrambe le parti"
        Relation(RUSSIA, "accuses", PUTIN, said),
        Relation(PUTIN, "criticizes", UNITED_STATES, said),
    ]
    kept = [(r.subject.name, r.relation, r.object.name) for r in _without_own_side(relations, set())]
    assert kept == [("Vladimir Putin", "leaderOf", "Russia"), ("Vladimir Putin", "criticizes", "United States")]
    # the leaders of the document's day count as its facts do
    assert _without_own_side(relations[1:2], {(PUTIN.iri, RUSSIA.iri)}) == []


# --- English, ninth round: roles named after a misparsed apposition, coordinated holders, sector nouns referring back
@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the role noun set in apposition to the last noun of the clause, and inside the phrase of what is eased
        ("SADC agreed on Monday to ease the remaining travel bans on Madagascar, the bloc's executive secretary, "
         "Elias Magosi, said in Gaborone.", ("Elias Magosi", "affiliatedWith", "SADC")),
        ("The Commonwealth will lift the suspension of Fiji, the organisation's deputy secretary general, Jane Doe, said.",
         ("Jane Doe", "affiliatedWith", "Commonwealth")),
    ],
)
def test_a_role_noun_after_a_comma_titles_the_name_after_it(extract, sentence, expected):
    assert expected in triples(extract(sentence), include_facts=True)


def test_the_holders_of_a_noun_coordinated_with_a_movement_act_together(extract):
    # "Delegates of (Colombia and the FARC rebel movement)", parsed with the movement coordinated with the delegates
    found = triples(extract("Delegates of Colombia and the FARC rebel movement signed a road map in Havana on Monday."))
    assert ("Colombia", "agreesWith", "FARC") in found or ("FARC", "agreesWith", "Colombia") in found


def test_a_pair_noun_owned_by_a_third_actor_is_no_pair_read_before(extract):
    found = triples(extract("North Korea and South Korea exchanged fire across the border. "
                            "China has stayed silent about the alliance between its two neighbours."))
    assert not {r for r in found if r[1] == "cooperatesWith"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nigerian troops recaptured the town of Bama. Governor Babagana Zulum praised the soldiers.",
         ("Babagana Zulum", "praises", "Nigerian military")),
        ("Tunisian coast guard vessels intercepted a boat off Sfax. Human Rights Watch accused the coast guard of "
         "abandoning migrants in the desert.", ("Human Rights Watch", "accuses", "Tunisian police")),
    ],
)
def test_a_definite_noun_of_a_sector_refers_to_the_sector_actor_named_before(extract, text, expected):
    assert expected in triples(extract(text))


def test_a_possessive_in_a_clause_the_object_controls_is_that_object(extract):
    found = triples(extract("Brussels urged Serbia to honour its agreement with Kosovo."))
    assert ("European Union", "requests", "Serbia") in found
    assert {r for r in found if r[1] == "agreesWith"} and not {r for r in found if r[1] == "agreesWith" and "European Union" in r}


def test_each_name_listed_after_a_plural_role_noun_holds_it_for_the_body_after_its_own_of(extract):
    found = triples(extract("The Turkish foreign minister spoke by phone with both prime ministers, Nikol Pashinyan of Armenia "
                            "and Ali Asadov of Azerbaijan."), include_facts=True)
    assert {("Nikol Pashinyan", "leaderOf", "Armenia"), ("Ali Asadov", "leaderOf", "Azerbaijan")} <= found
    assert ("Nikol Pashinyan", "leaderOf", "Azerbaijan") not in found

@pytest.mark.parametrize(
    "text",
    ["Egypt blocked Al Jazeera's website and accused the channel of spreading lies.",
     "Egypt blocked the website of Al Jazeera. Cairo accused the network of spreading lies."],
)
def test_a_definite_noun_for_a_news_organisation_refers_to_the_one_named_before(extract, text):
    assert ("Egypt", "accuses", "Al Jazeera") in triples(extract(text))


# --- one text in, the triples it must give (English): each case a behaviour of the frames above ----------
@pytest.mark.parametrize("text, expected, facts", [
    pytest.param("Egypt is a member of the African Union.",
                 {("Egypt", "memberOf", "African Union")}, True,
                 id="a copula with a role noun states a fact"),
    pytest.param("Israel struck targets in Beirut on Sunday. Lebanese President Joseph Aoun condemned the strikes as "
                 "a violation of the truce.",
                 {("Joseph Aoun", "criticizes", "Israel")}, False,
                 id="a reaction to an act named again by its noun is a relation to whoever acted"),
    pytest.param("ECOWAS offered on Monday to lift the trade restrictions on Niger in exchange for an election date, "
                 "its president said.",
                 {("ECOWAS", "concedes", "Niger"), ("ECOWAS", "demands", "Niger")}, False,
                 id="a past tense straight after a name is a verb even when a speech clause follows"),
    pytest.param("Norway and Cuba called on the government of Colombia to preserve the ceasefire.",
                 {("Norway", "requests", "Colombia"), ("Cuba", "requests", "Colombia")}, False,
                 id="a definite noun with its owner names the owner not an earlier actor"),
    pytest.param("The finance minister, Situmbeko Musokotwane, said the deal followed months of bargaining and "
                 "thanked Beijing for its flexibility.",
                 {("Situmbeko Musokotwane", "praises", "China")}, False,
                 id="a conjunct of a reported clause with no actor is the speakers own act"),
    pytest.param("Jeannette Jara, the candidate backed by President Gabriel Boric, conceded defeat.",
                 {("Gabriel Boric", "supports", "Jeannette Jara")}, False,
                 id="a participle on an apposition acts on the name it describes"),
    pytest.param("Bolivia's Supreme Electoral Tribunal disqualified Evo Morales. President Luis Arce praised the "
                 "tribunal's independence.",
                 {("Luis Arce", "praises", "Bolivian Supreme Electoral Tribunal")}, False,
                 id="a definite noun that ends one organisations name refers to it"),
    pytest.param("Ukrainian and Russian negotiators met in Istanbul on Wednesday for talks on prisoners, hosted by "
                 "Turkish Foreign Minister Hakan Fidan.",
                 {("Hakan Fidan", "consults", "Ukraine"), ("Hakan Fidan", "consults", "Russia")}, False,
                 id="a host named in a participle on the meeting consults each party"),
    pytest.param("MANILA — Japan and the Philippines signed a defence pact on Monday.",
                 {("Japan", "agreesWith", "Philippines")}, False,
                 id="a dateline is no actor of its sentence"),
    pytest.param("Ethiopia vowed to keep up military pressure on Eritrea until all the prisoners are home.",
                 {("Ethiopia", "threatens", "Eritrea"), ("Ethiopia", "demands", "Eritrea")}, False,
                 id="a vow to keep up pressure until the other side acts is a threat and a demand"),
    pytest.param("Turkey struck what its army described as PKK ammunition depots in northern Iraq.",
                 {("Turkey", "attacks", "PKK")}, False,
                 id="an object named by a free relative is what its words name"),
    pytest.param("Qatar hosted two rounds of talks between Chad and Sudan on a ceasefire last year.",
                 {("Chad", "negotiatesWith", "Sudan")}, False,
                 id="talks on an agreement bargain even when the topic hangs from the verb"),
    pytest.param("Yamandú Orsi will visit Caracas next week, his office said, despite criticism of the trip from "
                 "Chile.",
                 {("Chile", "criticizes", "Yamandú Orsi")}, False,
                 id="a reaction to a reported act reaches the actor of the act not the reporter"),
    pytest.param("Russia deployed two frigates off the Estonian coast on Monday.",
                 {("Russia", "mobilizes", "Estonia")}, False,
                 id="ships deployed off a coast are deployed against its state"),
    pytest.param("Australia pledged $190 million in budget support for Fiji over four years.",
                 {("Australia", "aids", "Fiji")}, False,
                 id="a preposition on what a sum is given as names the recipient"),
    pytest.param("Kenya accused Somalia of arming the militia. Mogadishu rejected the charge. Ghanaian President John "
                 "Mahama, who has been mediating between the two neighbours, invited both ministers to Accra.",
                 {("John Mahama", "consults", "Kenya"), ("John Mahama", "consults", "Somalia")}, False,
                 id="the two neighbours are the two sides of the latest relation"),
    pytest.param("Armenia and Azerbaijan signed a border treaty in Tbilisi on Monday. The ministers will meet again "
                 "in May. Kazakhstan welcomed the agreement.",
                 {("Kazakhstan", "praises", "Armenia"), ("Kazakhstan", "praises", "Azerbaijan")}, False,
                 id="welcoming an agreement named before praises every party to it"),
    pytest.param("Venezuela expelled three Colombian diplomats on Friday. Brazil condemned the expulsions.",
                 {("Brazil", "criticizes", "Venezuela")}, False,
                 id="a reaction to an act named again by another noun reaches its doer"),
    pytest.param("The Treasury blacklisted four Turkish firms it accused of selling drones to Iran.",
                 {("Treasury", "accuses", "Turkish business")}, False,
                 id="the noun a relative clause is on is its missing object"),
    pytest.param("The ELN said it would free its hostages only if Colombia halts the air strikes, as Cuban and "
                 "Norwegian mediators urged both sides to resume talks.",
                 {("Cuba", "requests", "Colombia"), ("Norway", "requests", "National Liberation Army")}, False,
                 id="both sides may be the two sides of a relation read earlier in the same sentence"),
    pytest.param("Hungary delayed Finland's entry into NATO for a year.",
                 {("Finland", "memberOf", "NATO")}, True,
                 id="a states entry into a bloc makes it a member"),
    pytest.param("Macron toured the flooded villages with Greek Prime Minister Kyriakos Mitsotakis.",
                 {("Emmanuel Macron", "consults", "Kyriakos Mitsotakis")}, False,
                 id="touring a place with a leader consults him"),
    pytest.param("Indonesian police dispersed the protesters in Jakarta with tear gas.",
                 {("Indonesian police", "attacks", "Indonesian protesters")}, False,
                 id="police dispersing protesters use force"),
    pytest.param("The International Court of Justice ordered Myanmar to prevent acts of genocide.",
                 {("International Court of Justice", "demands", "Myanmar")}, False,
                 id="a court ordering a state to act demands it"),
    pytest.param("Kenya accused Eritrea of complicity in the massacre by arming the rebels of the Oromo Liberation "
                 "Army.",
                 {("Eritrea", "aids", "Oromo Liberation Army")}, False,
                 id="what an accused does by a gerund is the accused act"),
    # "called Washington's offer blackmail", parsed as one phrase "offer blackmail": the owner is judged
    pytest.param("Iran called Washington's offer blackmail.",
                 {("Iran", "criticizes", "United States")}, False,
                 id="a judgement parsed with the object as its compound judges the owner"),
    pytest.param("The Arab League adopted a resolution condemning Israel.",
                 {("Arab League", "criticizes", "Israel")}, False,
                 id="a text no one else owns speaks for whoever issues it"),
    pytest.param("Since expelling French troops last year, Niger has turned to Russia for security.",
                 {("Niger", "coerces", "French military")}, False,
                 id="a gerund after since shares the subject of the clause it modifies"),
    pytest.param("Nepalese peacekeepers serving with the UN Mission in South Sudan repaired the road.",
                 {("Nepali military", "memberOf", "UNMISS")}, True,
                 id="serving with a body is belonging to it"),
    pytest.param("Students marched on the Serbian government's offices on Monday. Riot police formed a cordon near the "
                 "park. Officers beat some of the marchers. Many were taken to hospital. The European Union has declined "
                 "to criticise the government.",
                 {("European Union", "criticizes", "Serbia")}, False,
                 id="a definite noun for a state reaches further back than a pronoun"),
    pytest.param("Peru classified the Shining Path as a terrorist organisation on Monday. Colombia's foreign ministry said "
                 "it was studying the matter. Ecuador condemned the classification.",
                 {("Ecuador", "criticizes", "Peru")}, False,
                 id="an act named by the noun derived from its verb is the act of that verb's agent"),
    pytest.param("Spain's intelligence agency, the CNI, accused Morocco of spying on ministers.",
                 {("CNI", "accuses", "Morocco")}, False,
                 id="a description's appositive name is the body that acts"),
    pytest.param("Chad's army said it had repelled an attack on its base near Bol. Niger has sent 300 soldiers to N'Djamena, "
                 "a Nigerien army spokesman said. The United Nations called on the army and Chadian rebels to stop fighting.",
                 {("United Nations", "requests", "Chadian military")}, False,
                 id="the army is the army of the state its sentence's actors belong to"),
    pytest.param("Sudanese troops shelled El Fasher. RSF leader Mohamed Hamdan Dagalo said his fighters would accept a truce "
                 "only if the army halted air strikes.",
                 {("Rapid Support Forces", "demands", "Sudanese military")}, False,
                 id="a leader's fighters are the body the leader leads"),
    pytest.param("Colombian President Gustavo Petro suspended talks with the ELN on Friday. Norway and Cuba urged the "
                 "government to return to the table.",
                 {("Norway", "requests", "Colombia"), ("Cuba", "requests", "Colombia")}, False,
                 id="a definite noun object never refers to its own clause's subject"),
    pytest.param("Hamas said on Tuesday it would free ten hostages if Israel withdraws its troops from the corridor. Israeli "
                 "Prime Minister Benjamin Netanyahu rejected any withdrawal.",
                 {("Benjamin Netanyahu", "rejects", "Hamas")}, False,
                 id="an act the reacting side is asked to do is not the act it judges"),
    pytest.param("Azerbaijan deployed 40 tanks and more than 20 helicopters around Armenia on Friday.",
                 {("Azerbaijan", "mobilizes", "Armenia")}, False,
                 id="a place phrase parsed on the object's last conjunct belongs to the verb"),
    pytest.param("The Swiss envoy spoke with Addis Ababa and Asmara on Monday and urged restraint.",
                 {("Switzerland", "requests", "Ethiopia"), ("Switzerland", "requests", "Eritrea")}, False,
                 id="a request with no addressee asks the one talked to in the verb it is coordinated with"),
    pytest.param("Hamas warned that it could resume rocket attacks on Israel.",
                 {("Hamas", "threatens", "Israel")}, False,
                 id="harm a warner says it could do is a threat"),
    pytest.param("Chile and Peru agreed on Friday to cut the port fees, ending a year of haggling.",
                 {("Chile", "agreesWith", "Peru"), ("Chile", "negotiatesWith", "Peru")}, False,
                 id="an agreement in a sentence that names bargaining is also bargaining between its parties"),
    pytest.param("Iwaya said Japan was willing to discuss joint patrols with Manila.",
                 {("Japan", "negotiatesWith", "Philippines")}, False,
                 id="discussing a stated subject with another is bargaining"),
    pytest.param("Ghana condemned the latest attack on Burkina Faso by JNIM.",
                 {("Ghana", "criticizes", "JNIM")}, False,
                 id="an act is judged in whoever did it"),
    pytest.param("Eritrea and Ethiopia accused each other of arming rebels.",
                 {("Eritrea", "accuses", "Ethiopia"), ("Ethiopia", "accuses", "Eritrea")}, False,
                 id="coordinated subjects with a reciprocal object act on each other"),
    pytest.param("China held military drills around Taiwan.",
                 {("China", "mobilizes", "Taiwan")}, False,
                 id="a light verb may carry the word its noun requires"),
    pytest.param("Chancellor Merz paid a visit to Brazil.",
                 {("Brazil", "consults", "Friedrich Merz")}, False,
                 id="paying a visit is visiting"),
    pytest.param("Hezbollah launched forty rockets at northern Israel overnight.",
                 {("Hezbollah", "attacks", "Israel")}, False,
                 id="weapons launched at an actor attack it"),
    pytest.param("Norway has promised 40 million kroner to help Mozambique.",
                 {("Norway", "aids", "Mozambique")}, False,
                 id="an infinitive after a thing given is the giver's purpose"),
    pytest.param("Portugal, which announced plans last month to send engineers to Angola, has said nothing since.",
                 {("Portugal", "aids", "Angola")}, False,
                 id="an infinitive after a noun of plan parsed on the verb is the planner's"),
    # a probe of wire-copy phrasings, one or two per relation (tenth round)
    pytest.param("Turkey praised Qatar for its role in securing the ceasefire.", {("Turkey", "praises", "Qatar")}, False, id="probe: praise with a reason"),
    pytest.param("Beijing welcomed Pakistan's offer to mediate.", {("China", "praises", "Pakistan")}, False, id="probe: welcoming an offer to act is praise, no guest welcomed to"),
    pytest.param("Kenya was praised by the African Union for hosting the peace talks.", {("African Union", "praises", "Kenya")}, False, id="probe: a passive praise"),
    pytest.param("Washington threw its weight behind the Philippines in the maritime dispute.", {("United States", "supports", "Philippines")}, False, id="probe: threw its weight behind"),
    pytest.param("Spain voiced support for Morocco's autonomy plan.", {("Spain", "supports", "Morocco")}, False, id="probe: voiced support for a plan"),
    pytest.param("Saudi Arabia granted Pakistan a $3 billion loan.", {("Saudi Arabia", "aids", "Pakistan")}, False, id="probe: a double object's first is the recipient"),
    pytest.param("Weapons were delivered to Kyiv by Poland last week.", {("Poland", "aids", "Ukraine")}, False, id="probe: a passive delivery"),
    pytest.param("Germany's delivery of tanks to Ukraine was delayed.", {("Germany", "aids", "Ukraine")}, False, id="probe: a delivery noun"),
    pytest.param("Russia and China deepened their military ties.", {("China", "cooperatesWith", "Russia")}, False, id="probe: coordinated subjects deepen their ties"),
    pytest.param("Britain shared intelligence with Ukraine.", {("Ukraine", "cooperatesWith", "United Kingdom")}, False, id="probe: sharing intelligence"),
    pytest.param("The joint exercises between Egypt and Greece began on Monday.", {("Egypt", "cooperatesWith", "Greece")}, False, id="probe: joint exercises between"),
    pytest.param("Prime Minister Narendra Modi spoke by phone with Vladimir Putin.", {("Narendra Modi", "consults", "Vladimir Putin")}, False, id="probe: spoke by phone"),
    pytest.param("Lula, who met Xi in Beijing last week, said trade was discussed.", {("Luiz Inácio Lula da Silva", "consults", "Xi Jinping")}, False, id="probe: a meeting in a relative clause"),
    pytest.param("Talks between Armenia and Azerbaijan on a peace treaty stalled.", {("Armenia", "negotiatesWith", "Azerbaijan")}, False, id="probe: talks between two sides on a treaty"),
    pytest.param("The EU is haggling with China over tariffs on electric cars.", {("China", "negotiatesWith", "European Union")}, False, id="probe: haggling over tariffs"),
    pytest.param("The accord signed by Egypt and Israel in 1979 still holds.", {("Egypt", "agreesWith", "Israel")}, False, id="probe: an accord signed by two sides"),
    pytest.param("Israel agreed to Hamas's demand to withdraw from the corridor.", {("Israel", "concedes", "Hamas")}, False, id="probe: agreeing to a demand concedes"),
    pytest.param("China eased its restrictions on Australian wine.", {("China", "concedes", "Australia")}, False, id="probe: eased restrictions"),
    pytest.param("Saudi Arabia leaned on Sudan's generals to accept the truce.", {("Saudi Arabia", "influences", "Sudan")}, False, id="probe: leaned on"),
    pytest.param("Lula's request to Maduro to publish the vote tallies went unanswered.", {("Luiz Inácio Lula da Silva", "requests", "Nicolás Maduro")}, False, id="probe: a request noun"),
    pytest.param("China insisted that the Philippines withdraw its ship from the shoal.", {("China", "demands", "Philippines")}, False, id="probe: insisted on a subjunctive clause"),
    pytest.param("Israel gave Hezbollah an ultimatum to pull back from the border.", {("Israel", "demands", "Hezbollah")}, False, id="probe: gave X an ultimatum"),
    pytest.param("The Kremlin denounced NATO's decision as a provocation.", {("Russia", "criticizes", "NATO")}, False, id="probe: denounced X's decision as"),
    pytest.param("Erdogan lashed out at Israel on Wednesday.", {("Recep Tayyip Erdoğan", "criticizes", "Israel")}, False, id="probe: lashed out at"),
    pytest.param("Algeria charged that Morocco was spying on its officials.", {("Algeria", "accuses", "Morocco")}, False, id="probe: charged that"),
    pytest.param("Venezuela alleged that Colombia had trained the saboteurs.", {("Venezuela", "accuses", "Colombia")}, False, id="probe: alleged that"),
    pytest.param("Kenya has been accused by Sudan of arming the RSF.", {("Sudan", "accuses", "Kenya")}, False, id="probe: a passive accusation"),
    pytest.param("Iran turned down an American offer of talks.", {("Iran", "rejects", "United States")}, False, id="probe: turned down an offer"),
    pytest.param("The offer from Moscow was rejected by Kyiv.", {("Ukraine", "rejects", "Russia")}, False, id="probe: a passive rejection of an offer from"),
    pytest.param("North Korea warned South Korea it would retaliate for the drills.", {("North Korea", "threatens", "South Korea")}, False, id="probe: warned X it would retaliate"),
    pytest.param("Russia lodged a formal protest with Finland.", {("Russia", "protests", "Finland")}, False, id="probe: lodged a protest with"),
    pytest.param("Britain slapped an arms embargo on Israel.", {("United Kingdom", "sanctions", "Israel")}, False, id="probe: slapped an embargo on"),
    pytest.param("Trump hit Canada with tariffs.", {("Donald Trump", "sanctions", "Canada")}, False, id="probe: hit X with tariffs"),
    pytest.param("The ICC opened an investigation into Israel's conduct in Gaza.", {("International Criminal Court", "investigates", "Israel")}, False, id="probe: opened an investigation into"),
    pytest.param("Venezuela sent troops to the border with Guyana.", {("Venezuelan military", "mobilizes", "Guyana")}, False, id="probe: sent troops to the border with"),
    pytest.param("India put its forces on high alert along the border with Pakistan.", {("India", "mobilizes", "Pakistan")}, False, id="probe: put forces on alert"),
    pytest.param("Mali's junta expelled the French ambassador.", {("Mali", "coerces", "France")}, False, id="probe: the junta expelled an ambassador"),
    pytest.param("Thai and Cambodian troops clashed on the border.", {("Thai military", "attacks", "Cambodian military")}, False, id="probe: coordinated demonyms on one noun clash"),
    pytest.param("Hezbollah fired rockets into northern Israel.", {("Hezbollah", "attacks", "Israel")}, False, id="probe: fired rockets into"),
    pytest.param("Drone strikes by Ukraine hit a Russian refinery overnight.", {("Ukraine", "attacks", "Russia")}, False, id="probe: strikes by X"),
    pytest.param("Nigeria lauds Ghana's role in ECOWAS mediation", {("Nigeria", "praises", "Ghana")}, False, id="probe r11: headline praise of a role"),
    pytest.param("Senegal, Ivory Coast and Benin endorsed Nigeria's candidate for the presidency of the African Development Bank.", {("Senegal", "supports", "Nigeria"), ("Benin", "supports", "Nigeria")}, False, id="probe r11: three endorsers"),
    pytest.param("Japan will provide Bangladesh with $1.2 billion in low-interest loans for railway projects, Tokyo's embassy in Dhaka said.", {("Japan", "aids", "Bangladesh")}, False, id="probe r11: provide X with loans"),
    pytest.param("Under the new framework, Indonesia will work with Malaysia to fight illegal logging on Borneo.", {("Indonesia", "cooperatesWith", "Malaysia")}, False, id="probe r11: work with X to"),
    pytest.param("Kenyan President William Ruto spoke by phone with Ethiopian Prime Minister Abiy Ahmed about the situation in Somalia.", {("Abiy Ahmed", "consults", "William Ruto")}, False, id="probe r11: spoke by phone with"),
    pytest.param("Delegations from Ethiopia and Egypt resumed negotiations over the Grand Ethiopian Renaissance Dam in Cairo on Sunday.", {("Egypt", "negotiatesWith", "Ethiopia")}, False, id="probe r11: delegations resumed negotiations"),
    pytest.param("BREAKING: Mexico, US reach deal on migration enforcement", {("Mexico", "agreesWith", "United States")}, False, id="probe r11: a headline's comma joins the subjects"),
    pytest.param("Mali's junta bowed to ECOWAS demands and set a date for elections.", {("Mali", "concedes", "ECOWAS")}, False, id="probe r11: bowed to demands"),
    pytest.param("Morocco dismissed Algeria's proposal as a non-starter.", {("Morocco", "rejects", "Algeria"), ("Morocco", "criticizes", "Algeria")}, False, id="probe r11: dismissed a proposal as: both"),
    pytest.param("Caracas would not accept Guyana's proposal for arbitration, the foreign minister said.", {("Venezuela", "rejects", "Guyana")}, False, id="probe r11: would not accept a proposal"),
    pytest.param("Niger turned down a request from France to keep its troops in the country.", {("Niger", "rejects", "France")}, False, id="probe r11: turned down a request from"),
    pytest.param("Ecuador's storming of the Mexican embassy in Quito was condemned by Brazil, Colombia and Chile.", {("Brazil", "criticizes", "Ecuador"), ("Chile", "criticizes", "Ecuador")}, False, id="probe r11: a passive with three agents"),
    pytest.param("South Africa summoned Israel's ambassador over the strikes on Rafah.", {("South Africa", "protests", "Israel")}, False, id="probe r11: summoned the ambassador over"),
    pytest.param("Pakistan blamed Afghanistan's Taliban for a suicide bombing in Peshawar that killed 30 police officers.", {("Pakistan", "accuses", "Taliban")}, False, id="probe r11: blamed for a bombing"),
    pytest.param("Nicaragua was hit with fresh sanctions by the United States.", {("United States", "sanctions", "Nicaragua")}, False, id="probe r11: a passive's by-phrase on the noun"),
    pytest.param("Azerbaijani forces shelled Armenian positions along the border overnight, Yerevan said.", {("Azerbaijani military", "attacks", "Armenia")}, False, id="probe r11: forces shelled positions"),
    pytest.param("The International Criminal Court opened an investigation into Venezuela for crimes against humanity.", {("International Criminal Court", "investigates", "Venezuela")}, False, id="probe r11: opened an investigation into"),
    pytest.param("Heavy fighting broke out between the Sudanese army and the RSF in Omdurman on Tuesday.", {("Sudanese military", "attacks", "Rapid Support Forces")}, False, id="probe r12: fighting broke out between two sides"),
    pytest.param("Clashes between Ethiopian troops and Fano militias killed at least 20 people in the Amhara region.", {("Ethiopian military", "attacks", "Fano")}, False, id="probe r12: clashes between two sides"),
    pytest.param("Armenian and Azerbaijani forces exchanged fire along the border for a second day.", {("Armenian military", "attacks", "Azerbaijani military")}, False, id="probe r12: sides that exchanged fire"),
    pytest.param("Two Ukrainian villages were shelled by Russian forces overnight, the governor said.", {("Russian military", "attacks", "Ukraine")}, False, id="probe r12: a passive with the victim first"),
    pytest.param("Israeli positions in the Golan were struck by Hezbollah rockets on Sunday.", {("Hezbollah", "attacks", "Israel")}, False, id="probe r12: struck by someone's rockets"),
    pytest.param("Ukrainian positions near Pokrovsk came under heavy fire from Russian forces.", {("Russian military", "attacks", "Ukraine")}, False, id="probe r12: came under fire from"),
    pytest.param("Pakistan carried out airstrikes on Taliban hideouts in Afghanistan, the army said.", {("Pakistan", "attacks", "Taliban")}, False, id="probe r12: carried out airstrikes on"),
    pytest.param("The US launched strikes against Houthi targets in Yemen after attacks on shipping.", {("United States", "attacks", "Houthis")}, False, id="probe r12: launched strikes against"),
    pytest.param("JNIM claimed responsibility for the attack on a Malian army convoy.", {("JNIM", "attacks", "Malian military")}, False, id="probe r12: a claim of responsibility"),
    pytest.param("Ukraine struck a refinery in Russia in retaliation for Russian drone attacks.", {("Ukraine", "attacks", "Russia"), ("Russia", "attacks", "Ukraine")}, False, id="probe r12: in retaliation for the other's attacks"),
    pytest.param("Colombian soldiers fired on ELN guerrillas near the Venezuelan border.", {("Colombian military", "attacks", "National Liberation Army")}, False, id="probe r12: sector actor fired on rebels"),
    pytest.param("Kenyan police fired tear gas at protesters in Nairobi on Tuesday.", {("Kenyan police", "attacks", "Kenyan protesters")}, False, id="probe r12: police and protesters"),
    pytest.param("Thai and Cambodian troops traded artillery fire across the disputed border on Thursday.", {("Thai military", "attacks", "Cambodian military")}, False, id="probe r12: troops traded fire"),
    pytest.param("Myanmar's military bombed a village held by the Arakan Army in Rakhine State.", {("Burmese military", "attacks", "Arakan Army")}, False, id="probe r12: a village held by a rebel army"),
    pytest.param("Georgian police arrested dozens of opposition protesters in Tbilisi.", {("Georgian police", "coerces", "Georgian protesters")}, False, id="probe r12: police arrested protesters"),
    pytest.param("Venezuela closed its airspace to Colombian flights.", {("Venezuela", "coerces", "Colombia")}, False, id="probe r12: closed its airspace to"),
    pytest.param("The Iranian navy seized a Marshall Islands-flagged tanker in the Gulf of Oman.", {("Iranian military", "coerces", "Marshall Islands")}, False, id="probe r12: a navy seized a flagged tanker"),
    pytest.param("Belarusian authorities launched a crackdown on independent journalists.", {("Belarusian government", "coerces", "independent journalists")}, False, id="probe r12: a crackdown on"),
    pytest.param("The EU imposed sanctions on Belarus over the forced landing of a Ryanair flight.", {("European Union", "sanctions", "Belarus")}, False, id="probe r12: imposed sanctions on"),
    pytest.param("Washington slapped 25% tariffs on Canadian steel.", {("United States", "sanctions", "Canada")}, False, id="probe r12: slapped tariffs on"),
    pytest.param("New sanctions were imposed on North Korea by the UN Security Council.", {("UN Security Council", "sanctions", "North Korea")}, False, id="probe r12: sanctions imposed by, passive"),
    pytest.param("North Korea threatened to strike US bases in Guam.", {("North Korea", "threatens", "United States")}, False, id="probe r12: threatened to strike"),
    pytest.param("Beijing warned Manila it would respond firmly to any further provocations.", {("China", "threatens", "Philippines")}, False, id="probe r12: warned it would respond"),
    pytest.param("The UN human rights chief denounced Israel's strikes on aid convoys.", {("United Nations", "criticizes", "Israel")}, False, id="probe r12: denounced someone's strikes"),
    pytest.param("Pakistan condemned the Indian strikes as an act of war.", {("Pakistan", "criticizes", "India")}, False, id="probe r12: condemned the strikes of an adjective's state"),
    pytest.param("Qatar is mediating between Israel and Hamas over a new ceasefire deal.", {("Hamas", "negotiatesWith", "Israel"), ("Israel", "consults", "Qatar"), ("Hamas", "consults", "Qatar")}, False, id="probe r13: a progressive read as the copula's predicate; the mediator consults"),
    pytest.param("Ethiopia is in talks with Somaliland over access to the Red Sea, officials said.", {("Ethiopia", "negotiatesWith", "Somaliland")}, False, id="probe r13: talks with a stated subject bargain"),
    pytest.param("Modi held talks with Albanese on the sidelines of the summit.", {("Anthony Albanese", "consults", "Narendra Modi")}, False, id="probe r13: talks on the sidelines only consult"),
    pytest.param("The World Bank approved a $1.5 billion loan for Kenya.", {("World Bank", "aids", "Kenya")}, False, id="probe r13: a loan for"),
    pytest.param("Washington announced a new $400 million package of weapons for Taipei.", {("United States", "aids", "Taiwan")}, False, id="probe r13: a package of weapons for"),
    pytest.param("Ecuador granted asylum to Peru's former prime minister Betssy Chávez.", {("Ecuador", "aids", "Betssy Chávez")}, False, id="probe r13: granted asylum to"),
    pytest.param("Zelensky thanked Denmark for its new package of military aid.", {("Denmark", "aids", "Ukraine"), ("Volodymyr Zelensky", "praises", "Denmark")}, False, id="probe r13: aid one is thanked for, named by a noun"),
    pytest.param("The IMF has told Pakistan it must raise taxes before the next tranche is released.", {("International Monetary Fund", "demands", "Pakistan")}, False, id="probe r13: told X it must"),
    pytest.param("Hungary's veto is unacceptable, German Chancellor Friedrich Merz said on Thursday.", {("Friedrich Merz", "criticizes", "Hungary")}, False, id="probe r13: a hostile judgement a speaker reports"),
    pytest.param("\"We urge Beijing to exercise restraint,\" Japan's foreign ministry said on Friday.", {("Japanese foreign ministry", "requests", "China")}, False, id="probe r13: the first person of a quotation is its speaker"),
    pytest.param("The European Parliament rebuked Georgia's ruling party for its crackdown on the opposition.", {("European Parliament", "criticizes", "Georgia"), ("Georgia", "coerces", "opposition")}, False, id="probe r13: a possessive in the reason is the object's owner"),
    pytest.param("09:15 — Blinken lands in Riyadh for talks with Saudi officials", {("Antony Blinken", "consults", "Saudi government")}, False, id="probe r13: a headline verb tagged a plural noun"),
    pytest.param("Poland said Russia was behind the sabotage of the railway line.", {("Poland", "accuses", "Russia")}, False, id="probe r13: said X was behind a hostile act"),
    pytest.param("Hezbollah must disarm, Israel's defence minister said.", {("Israel", "demands", "Hezbollah")}, False, id="probe r13: what a speaker says another must do"),
    pytest.param("The EU will give Egypt 7.4 billion euros over three years.", {("European Union", "aids", "Egypt")}, False, id="probe r13: gave X a sum of money"),
    pytest.param("Ruto arrived in Beijing on a state visit to China.", {("China", "consults", "William Ruto")}, False, id="probe r13: on a state visit to"),
    pytest.param("Ruto is in Beijing on a four-day state visit.", {("China", "consults", "William Ruto")}, False, id="probe r13: a visit that names no host is paid where the visitor is"),
    pytest.param("Kigali held Kinshasa responsible for the collapse of the truce.", {("Rwanda", "accuses", "Democratic Republic of the Congo")}, False, id="probe r13: held X responsible"),
    pytest.param("Greece airlifted medical supplies to Libya after the floods.", {("Greece", "aids", "Libya")}, False, id="probe r13: airlifted supplies to"),
    pytest.param("Indonesia sought Australia's help in locating the missing fishermen.", {("Indonesia", "requests", "Australia")}, False, id="probe r13: sought X's help"),
    pytest.param("Kenya called on the Sudanese army and the RSF to return to talks in Jeddah.", {("Kenya", "requests", "Rapid Support Forces"), ("Kenya", "requests", "Sudanese military")}, False, id="probe r13: called on two sides"),
    pytest.param("India extended a $1 billion credit line to Sri Lanka.", {("India", "aids", "Sri Lanka")}, False, id="probe r13: a credit line to"),
    pytest.param("Japan lodged a formal protest with China after a Chinese drone flew near Yonaguni.", {("Japan", "protests", "China")}, False, id="probe r13: lodged a protest with"),
    pytest.param("Israel gave Hamas a 48-hour ultimatum to release the hostages.", {("Israel", "demands", "Hamas")}, False, id="probe r13: gave X an ultimatum"),
    pytest.param("Macron spoke by phone with Saudi Crown Prince Mohammed bin Salman on Tuesday, the Elysee said.", {("Emmanuel Macron", "consults", "Mohammed bin Salman")}, False, id="probe r13: spoke by phone with"),    pytest.param("Hungary, an EU member state, has blocked the sanctions package again.", {("Hungary", "memberOf", "European Union")}, True, id="probe r13b: an EU member state"),
    pytest.param("Japan, one of the G7 countries, will host the next summit.", {("Japan", "memberOf", "G7")}, True, id="probe r13b: one of the G7 countries"),
    pytest.param("Ana Silva, Bolivia's new president, took office on Saturday.", {("Ana Silva", "leaderOf", "Bolivia")}, True, id="probe r13b: a new president leads (no portfolio)"),
    pytest.param("Rafael Grossi, who heads the International Atomic Energy Agency, arrived in Tehran.", {("Rafael Grossi", "leaderOf", "International Atomic Energy Agency")}, True, id="probe r13b: who heads"),
    pytest.param("Ajay Banga, who chairs the World Bank, met Modi.", {("Ajay Banga", "leaderOf", "World Bank")}, True, id="probe r13b: who chairs"),
    pytest.param("Putin has led Russia since 2000.", {("Vladimir Putin", "leaderOf", "Russia")}, True, id="probe r13b: has led"),
    pytest.param("Marjorie Taylor Greene, a lawmaker from the ruling Republican Party, broke with Trump.", {("Marjorie Taylor Greene", "memberOf", "Republican Party")}, True, id="probe r13b: a lawmaker from a party"),
    pytest.param("Diane Abbott, a Labour MP, was suspended.", {("Diane Abbott", "memberOf", "Labour Party")}, True, id="probe r13b: a party's MP"),
    pytest.param("India deployed troops to the border with Pakistan after the attack.", {("Indian military", "mobilizes", "Pakistan")}, False, id="probe r13b: deployed troops to the border with"),
    pytest.param("Lithuania handed a protest note to Belarus after balloons crossed the border.", {("Lithuania", "protests", "Belarus")}, False, id="probe r13b: handed a protest note to"),
    pytest.param("Beijing lodged stern representations with Manila after the collision.", {("China", "protests", "Philippines")}, False, id="probe r13b: lodged representations with"),
    pytest.param("Mexico's foreign ministry summoned the US ambassador, Ronald Johnson, on Tuesday.", {("Mexican foreign ministry", "protests", "United States")}, False, id="probe r13b: summoned an ambassador named after the title"),
    pytest.param("Zelensky expressed gratitude to Norway for the new aid package.", {("Volodymyr Zelensky", "praises", "Norway")}, False, id="probe r13b: gratitude to"),
    pytest.param("India expressed appreciation for Japan's role.", {("India", "praises", "Japan")}, False, id="probe r13b: appreciation for"),
    pytest.param("Modi is in Moscow at the invitation of Putin.", {("Narendra Modi", "consults", "Vladimir Putin")}, False, id="probe r13b: at the invitation of"),
    pytest.param("The UN Security Council welcomed the agreement between Armenia and Azerbaijan.", {("UN Security Council", "praises", "Armenia"), ("UN Security Council", "praises", "Azerbaijan")}, False, id="probe r13b: welcomed the accord between two parties"),
    pytest.param("China has stationed more troops along its border with India.", {("China", "mobilizes", "India")}, False, id="probe r13b: stationed troops along its border with"),
    pytest.param("Opposition supporters took to the streets against President Ruto.", {("Opposition supporters", "protests", "William Ruto")}, False, id="probe r13b: took to the streets against"),
    pytest.param("Turkey, a NATO ally, bought Russian missiles.", {("Turkey", "memberOf", "NATO")}, True, id="probe r13b: an ally named by its alliance belongs to it"),
    pytest.param("Hungary and Slovakia, both EU members, have kept buying Russian oil.", {("Hungary", "memberOf", "European Union"), ("Slovakia", "memberOf", "European Union")}, True, id="probe r13c: both EU members"),
    pytest.param("Greece and Cyprus, both EU member states, blocked the text.", {("Greece", "memberOf", "European Union"), ("Cyprus", "memberOf", "European Union")}, True, id="probe r13c: both EU member states"),
    pytest.param("EU member states Hungary and Slovakia refused to sign the statement.", {("Hungary", "memberOf", "European Union"), ("Slovakia", "memberOf", "European Union")}, True, id="probe r13c: names after member states"),
    pytest.param("OPEC member Nigeria wants a higher quota.", {("Nigeria", "memberOf", "OPEC")}, True, id="probe r13c: a membership noun titles a state"),
    pytest.param("Washington pressed Kyiv to accept the peace plan by Thursday.", {("United States", "demands", "Ukraine")}, False, id="probe r13c: pressed X to act by a date"),
    pytest.param("The IMF asked Pakistan to pass the budget before June.", {("International Monetary Fund", "demands", "Pakistan")}, False, id="probe r13c: asked X to act before a date"),
    pytest.param("Beijing pressed Manila on the shoal dispute.", {("China", "influences", "Philippines")}, False, id="probe r13c: pressed X on a matter"),
    pytest.param("Poland and the Baltic states boycotted the summit hosted by Hungary.", {("Poland", "protests", "Hungary")}, False, id="probe r13c: boycotted the summit hosted by"),
    pytest.param("Mali's military government on Tuesday ordered the French ambassador, Joel Meyer, to leave the country within 72 hours, accusing Paris of interfering in its internal affairs.",
                 {("Mali", "coerces", "France"), ("Mali", "accuses", "France")}, False, id="article r14: an envoy expelled for his state, a participle after the infinitive"),
    pytest.param("In April, the Philippines, Japan and the United States held their first joint naval exercises in the South China Sea. Beijing has condemned the drills as provocations.",
                 {("China", "criticizes", "Philippines"), ("China", "criticizes", "Japan"), ("China", "criticizes", "United States")}, False, id="article r14: drills recalled judge every doer"),
    pytest.param("Israel and the US struck targets in Yemen. Iran condemned the strikes.",
                 {("Iran", "criticizes", "Israel"), ("Iran", "criticizes", "United States")}, False, id="article r14: strikes recalled judge every doer"),
    pytest.param("Kyiv said Russian drones had struck a hospital in Kherson, a charge Moscow denied.", {("Russia", "rejects", "Ukraine")}, False, id="article r14: a charge that sums up what a speaker said"),
    pytest.param("Ethiopia and Eritrea fought a border war from 1998 to 2000.", {("Ethiopia", "attacks", "Eritrea"), ("Eritrea", "attacks", "Ethiopia")}, False, id="article r14: fought a war, each attacks the other"),
    pytest.param("Armenia fought a war with Azerbaijan in 2020.", {("Armenia", "attacks", "Azerbaijan")}, False, id="article r14: fought a war with"),
    pytest.param("India and Pakistan announced a ceasefire on May 10.", {("India", "agreesWith", "Pakistan")}, False, id="article r14: two parties announce a ceasefire"),
    pytest.param("Cyril Ramaphosa is due in Moscow next week.", {("Cyril Ramaphosa", "consults", "Russia")}, False, id="article r15: is due in a capital"),
    pytest.param("Armenia and Azerbaijan agreed not to use force against each other, after talks in Abu Dhabi mediated by the United Arab Emirates.",
                 {("Armenia", "consults", "United Arab Emirates"), ("Azerbaijan", "consults", "United Arab Emirates")}, False, id="article r15: a mediator's participle on the complement"),
    pytest.param("A court in Ankara sentenced the mayor to ten years in prison. Germany condemned the ruling.",
                 {("Germany", "criticizes", "Turkish court")}, False, id="article r16: the ruling is the court's"),
    pytest.param("Thailand's Constitutional Court removed Prime Minister Srettha Thavisin from office. Cambodia urged calm. "
                 "The United States criticised the verdict.", {("United States", "criticizes", "Thai Constitutional Court")}, False,
                 id="article r16: the verdict is the court's, not the last speaker's"),
    pytest.param("Japanese Prime Minister Sanae Takaichi is expected in Canberra next week.", {("Australia", "consults", "Sanae Takaichi")}, False,
                 id="round 17: a visit announced by a passive 'is expected in'"),
    pytest.param("Kenyan President William Ruto is due in Kampala on Monday for talks with Yoweri Museveni.",
                 {("William Ruto", "consults", "Yoweri Museveni")}, False, id="round 17: a visit for talks meets whom the talks are with"),
    pytest.param("Peru recalled its ambassador from Mexico City on Friday.", {("Peru", "protests", "Mexico")}, False,
                 id="round 17: an ambassador recalled from a capital protests against its state"),
    pytest.param("Ghana has recalled its envoy to Burkina Faso.", {("Ghana", "protests", "Burkina Faso")}, False,
                 id="round 17: an envoy recalled protests against the state he served in"),
    pytest.param("Japan will invest $3 billion in Vietnam's railways.", {("Japan", "aids", "Vietnam")}, False,
                 id="round 17b: money invested in a state's works aids the state"),
    pytest.param("Peru's electoral jury disqualified Alberto Otarola from the presidential election.", {("Peruvian electoral jury", "coerces", "Alberto Otarola")}, False,
                 id="round 33: disqualified X from an election"),
    pytest.param("Captain Ibrahim Traoré, who has ruled Burkina Faso since 2022, tore up the timetable.", {("Ibrahim Traoré", "leaderOf", "Burkina Faso")}, True,
                 id="round 33: who has ruled"),
    pytest.param("Alexander Lukashenko, Belarus's long-time ruler, dismissed the charge.", {("Alexander Lukashenko", "leaderOf", "Belarus")}, True,
                 id="round 33: a long-time ruler leads (no portfolio)"),
    pytest.param("Elaine Pearson, Asia director at Human Rights Watch, called the pushbacks a betrayal.", {("Elaine Pearson", "affiliatedWith", "Human Rights Watch")}, True,
                 id="round 33: a director at a body works for it"),
    pytest.param("India credits Japan for its help.", {("India", "praises", "Japan")}, False,
                 id="round 33: credits X for"),
])
def test_a_text_gives_the_triples_its_case_names(extract, text, expected, facts):
    assert expected <= triples(extract(text), include_facts=facts)


def test_a_negated_copula_negates_the_membership_it_states(extract):
    assert only(extract("Serbia is not a member of the European Union."), "memberOf").negated
    assert not only(extract("Turkey is not only a member of NATO but a key ally."), "memberOf").negated


def test_a_role_led_in_the_past_or_a_delegation_headed_is_no_leadership(extract):
    assert not any(r.relation == "leaderOf" for r in extract("Angela Merkel, who led Germany for 16 years, criticised the decision."))
    found = triples(extract("Steve Witkoff, who headed the US delegation, met Putin."), include_facts=True)
    assert not any(r == "leaderOf" for _, r, _ in found)
    assert not any(r.relation == "leaderOf" for r in extract("Saudi Arabia leads OPEC+."))


def test_the_parties_between_which_a_war_is_fought_are_not_judged_as_signatories(extract):
    assert not any(r.relation == "criticizes" for r in extract("China condemned the war between Israel and Iran."))


def test_a_role_a_relative_clause_puts_in_the_past_is_no_fact(extract):
    found = triples(extract("Matthew Miller, who was a State Department spokesman until January, now writes a column."), include_facts=True)
    assert not any(r == "affiliatedWith" for _, r, _ in found)
    # (round twenty-four: "a close ally of" is a standing tie, no cooperation the text reports)
    assert ("Hungary", "cooperatesWith", "Russia") not in triples(extract("Hungary, a close ally of Russia, blocked the package."))


def test_a_lawmaker_belongs_to_a_party_not_to_a_constituency(extract):
    found = triples(extract("Diane Abbott, the Labour MP for Hackney, was suspended."), include_facts=True)
    assert ("Diane Abbott", "memberOf", "Labour Party") in found and not any(o == "Hackney" for _, _, o in found)


def test_a_name_parsed_inside_its_title_phrase_is_the_subject_not_the_titles_owner(extract):
    # "To" read as a preposition: "chief (to Lam)"
    found = triples(extract("Vietnam's party chief To Lam hosted Indonesian President Prabowo Subianto in Hanoi on Monday."))
    assert ("Prabowo Subianto", "consults", "Tô Lâm") in found and ("Prabowo Subianto", "consults", "Vietnam") not in found


def test_the_army_is_the_one_called_by_the_same_noun_before(extract):
    found = triples(extract("Lebanese army units deployed to the border on Sunday after Israeli troops withdrew from three positions. "
                            "Hezbollah said it would hand over its weapons to the army only once Israel withdraws from all "
                            "Lebanese land."))
    assert ("Hezbollah", "concedes", "Lebanese military") in found and ("Hezbollah", "concedes", "Israeli military") not in found


def test_a_participle_pronoun_after_an_act_is_the_acts_object(extract):
    # "…, accusing them of": the adjunct's pronoun is the one the main act was on, a second relation on the same pair
    found = triples(extract("Chile expelled two Peruvian diplomats on Monday, accusing them of spying on naval bases."))
    assert ("Chile", "coerces", "Peruvian government") in found and ("Chile", "accuses", "Peruvian government") in found
    found = triples(extract("Argentina rejected a proposal by Brazil on tariffs, calling it unfair."))
    assert ("Argentina", "rejects", "Brazil") in found and ("Argentina", "criticizes", "Brazil") in found


def test_the_owner_of_an_object_is_not_its_clause_subject(extract):
    found = triples(extract("Myanmar's military seized power in 2021. Thailand hosted the junta's foreign minister in Bangkok last month."))
    assert {("Myanmar", "consults", "Thailand"), ("Thailand", "consults", "Myanmar")} & found
    assert ("Thailand", "consults", "Thailand") not in found


def test_an_act_noun_leads_back_to_its_verb_by_its_suffix():
    from kg.relations.lexicon import load_lexicon
    verb_stems = load_lexicon("en").verb_stems  # the endings are en.tsv @act_noun rows
    assert "classify" in verb_stems("classification") and "suspend" in verb_stems("suspension")
    assert "expel" in verb_stems("expulsion") and "withdraw" in verb_stems("withdrawal") and verb_stems("army") == []


def test_a_definite_noun_passes_over_a_state_named_only_by_an_adjective(extract):
    found = triples(extract("Mali's colonels seized power in 2021. The French envoy was sent home last year, and the junta has since "
                            "praised Russia."))
    assert ("Mali", "praises", "Russia") in found and ("France", "praises", "Russia") not in found


def test_no_interaction_is_kept_between_a_state_and_its_own_organs():
    from dataclasses import replace as changed
    from kg.model import Actor, Evidence
    from kg.relations.component import _without_own_side
    from tests.builders import RUSSIA, UNITED_STATES

    ministry = Actor(RUSSIA.iri + "-foreign-ministry", "Russian foreign ministry", "Organization", (), country=RUSSIA.iri, sector="government")
    protesters = changed(ministry, iri=RUSSIA.iri + "-protesters", name="Russian protesters", type="Group", sector="protesters")
    said = Evidence("Moscow said it would defend its diplomats.", 0, 42)
    relations = [
        Relation(RUSSIA, "supports", ministry, said),  # "its" read as the ministry of the sentence before
        Relation(ministry, "criticizes", UNITED_STATES, said),
        Relation(RUSSIA, "coerces", protesters, said),  # a state may act on its own people
    ]
    kept = [(r.subject.name, r.relation, r.object.name) for r in _without_own_side(relations, set())]
    assert kept == [("Russian foreign ministry", "criticizes", "United States"), ("Russia", "coerces", "Russian protesters")]


def test_a_delivery_with_no_recipient_goes_to_the_one_who_last_asked(extract):
    found = triples(extract("Moldovan President Maia Sandu appealed to her partners for more radar systems. "
                            "Romania will send three more units by spring."))
    assert ("Romania", "aids", "Moldova") in found
    # a recipient of its own is kept
    found = triples(extract("Moldovan President Maia Sandu appealed to her partners for more radar systems. "
                            "Romania will send three more units to Ukraine."))
    assert ("Romania", "aids", "Moldova") not in found


def test_a_refusal_with_no_object_rejects_the_one_who_asked_its_side(extract):
    found = triples(extract("Kenya urged Ethiopia to reopen the border crossing at Moyale. Addis Ababa has refused to do so."))
    assert ("Ethiopia", "rejects", "Kenya") in found
    # a denial answers a charge, not the request
    found = triples(extract("Kenya urged Ethiopia to reopen the border crossing at Moyale. Ethiopia denied closing it."))
    assert ("Ethiopia", "rejects", "Kenya") not in found


def test_such_appeals_are_the_ones_just_made(extract):
    found = triples(extract("Chile called on Bolivia to release the detained truckers. La Paz dismissed all such appeals as interference."))
    assert ("Bolivia", "criticizes", "Chile") in found


def test_both_leaders_are_the_leaders_of_the_two_sides_when_none_were_joined_nearby(extract):
    found = triples(extract("Armenian Prime Minister Nikol Pashinyan said on Monday that the talks had made progress. Azerbaijani "
                            "President Ilham Aliyev agreed. Armenia and Azerbaijan signed a peace treaty in Washington on Friday. "
                            "Under the deal, the border will be demarcated within a year. Georgian Prime Minister Irakli Kobakhidze, "
                            "who will host both leaders in Tbilisi next month, welcomed the treaty."))
    assert {("Irakli Kobakhidze", "consults", "Nikol Pashinyan"), ("Nikol Pashinyan", "consults", "Irakli Kobakhidze")} & found
    assert {("Ilham Aliyev", "consults", "Irakli Kobakhidze"), ("Irakli Kobakhidze", "consults", "Ilham Aliyev")} & found


def test_a_plural_noun_names_again_the_actors_listed_after_it(extract):
    found = triples(extract("Ghana's two largest teachers' unions, the Ghana National Association of Teachers and the National "
                            "Association of Graduate Teachers, said they would strike on Monday. Education Minister Haruna Iddrisu "
                            "urged the unions to return to the table."))
    assert ("Haruna Iddrisu", "requests", "Ghana National Association of Teachers") in found


def test_a_predicative_adjective_describes_the_subject_of_its_copula(extract):
    assert ("Kenya", "praises", "Japan") in triples(extract("Kenya said it was grateful to Japan for the new loan."))
    assert ("Kenya", "criticizes", "Japan") in triples(extract("Kenya has been critical of Japan for years."))


def test_help_one_is_praised_for_goes_to_the_one_who_praises(extract):
    found = triples(extract("Prime Minister Shehbaz Sharif thanked Saudi Arabia for supplying oil on credit."))
    assert ("Saudi Arabia", "aids", "Pakistan") in found


def test_a_membership_still_to_come_is_no_fact(extract):
    assert ("Georgia", "memberOf", "NATO") not in triples(extract("Georgia is negotiating to join NATO."), include_facts=True)
    assert ("Mali", "memberOf", "ECOWAS") not in triples(extract("Mali plans to quit ECOWAS."), include_facts=True)
    assert ("Sweden", "memberOf", "NATO") in triples(extract("Sweden joined NATO in 2024."), include_facts=True)


def test_an_actor_inside_an_infinitive_on_the_object_is_not_what_the_verb_acts_on(extract):
    assert ("Germany", "criticizes", "Iran") not in triples(extract("Germany criticised the plan to isolate Iran."))
    assert ("Kenya", "supports", "Russia") not in triples(extract("Kenya backed the proposal to suspend Russia."))
    assert ("Japan", "criticizes", "China") in triples(extract("Japan condemned Beijing's decision to expel two diplomats."))


def test_a_possessive_in_the_reason_of_an_act_is_the_one_the_act_is_on(extract):
    found = triples(extract("The EU imposed new sanctions on Iran over its support for Russia."))
    assert ("Iran", "supports", "Russia") in found and ("European Union", "supports", "Russia") not in found
    found = triples(extract("Spain praised Qatar for its mediation between Israel and Hamas."))
    assert ("Qatar", "consults", "Israel") in found or ("Israel", "consults", "Qatar") in found
    assert ("Spain", "consults", "Israel") not in found and ("Israel", "consults", "Spain") not in found


def test_an_act_under_a_refusal_is_negated(extract):
    found = extract("Austria's refusal to send weapons to Ukraine angered Poland.")
    assert any(r.relation == "aids" and r.subject.name == "Austria" and r.negated for r in found)
    assert not any(r.relation == "aids" and r.subject.name == "Austria" and not r.negated for r in found)


def test_a_role_not_held_now_is_no_fact(extract):
    found = triples(extract("Nikki Haley, a former US ambassador to the UN, backed Israel."), include_facts=True)
    assert ("Nikki Haley", "affiliatedWith", "United States") not in found and ("Nikki Haley", "supports", "Israel") in found
    found = triples(extract("Keir Starmer, the British prime minister, met Macron."), include_facts=True)
    assert ("Keir Starmer", "leaderOf", "United Kingdom") in found


def test_the_victim_of_a_hostile_act_is_not_what_a_judgement_of_it_judges(extract):
    assert ("Japan", "criticizes", "Iran") not in triples(extract("Japan criticised the sanctions on Iran."))
    found = triples(extract("Russian forces struck a passenger train near Kharkiv on Monday. "
                            "Poland condemned the attack on the Ukrainian train."))
    assert ("Poland", "criticizes", "Ukraine") not in found and ("Poland", "criticizes", "Russian military") in found


def test_a_measure_a_noun_of_ending_is_of_is_no_measure(extract):
    assert ("European Union", "sanctions", "Syria") not in triples(extract("The EU announced the lifting of sanctions on Syria."))
    assert ("European Union", "sanctions", "Syria") in triples(extract("The EU imposed sanctions on Syria."))


def test_talking_to_the_press_is_no_meeting(extract):
    found = extract("Erdogan spoke at length with reporters in Ankara.")
    assert not any(r.relation in ("consults", "negotiatesWith") for r in found)


def test_a_name_read_as_a_conjunct_that_opens_the_next_clause_is_its_subject(extract):
    found = triples(extract("Germany sent tanks to Ukraine and Poland sent jets."))
    assert ("Germany", "aids", "Ukraine") in found and ("Germany", "aids", "Poland") not in found


def test_what_a_thing_is_about_is_no_party_to_it(extract):
    assert ("France", "supports", "Sudan") not in triples(extract("France backed a resolution on Sudan."))
    assert ("Germany", "criticizes", "Russia") in triples(extract("Germany criticised Russia's stance on Ukraine."))


def test_an_act_ruled_out_is_negated_unless_the_ruling_out_is(extract):
    [sent] = [r for r in extract("Chile ruled out sending troops to Haiti.") if r.relation == "aids"]
    assert sent.negated
    [kept] = [r for r in extract("Chile has not ruled out sending troops to Haiti.") if r.relation == "aids"]
    assert not kept.negated
    assert not any(r.negated for r in extract("The court ruled that Chile had sent troops to Haiti.") if r.relation == "aids")


def test_an_infinitive_marker_in_the_object_is_no_word_the_verb_requires(extract):
    found = triples(extract("Lima welcomed Quito's offer to mediate."))
    assert ("Peru", "praises", "Ecuador") in found and not {t for t in found if t[1] == "consults"}


def test_only_a_bare_present_clause_after_insist_is_a_demand(extract):
    assert ("Chile", "demands", "Bolivia") in triples(extract("Chile insisted that Bolivia withdraw its claim."))
    assert ("Chile", "demands", "Bolivia") not in triples(extract("Chile insisted that Bolivia had withdrawn its claim."))


def test_a_wrong_reported_by_a_speaker_is_an_accusation(extract):
    assert ("Chile", "accuses", "Bolivia") in triples(extract("Chile said Bolivia had violated the treaty."))
    assert ("Ghana", "accuses", "Togo") in triples(extract("Ghana said Togo was sheltering the rebels."))
    assert ("Ecuador", "accuses", "Mexico") in triples(extract("Ecuador's government says Mexico abused diplomatic asylum."))
    assert ("United Nations", "accuses", "Venezuelan police") in triples(extract("The United Nations said Venezuelan security forces had tortured 90 activists."))
    assert not triples(extract("Chile said it had not violated the treaty."))


def test_a_from_phrase_names_who_gives_or_judges(extract):
    assert ("Qatar", "aids", "Lebanon") in triples(extract("Military aid from Qatar to Lebanon has doubled."))
    assert ("Brazil", "criticizes", "Venezuela") in triples(extract("Venezuela's crackdown drew condemnation from Brazil."))


def test_dismissing_what_was_asked_or_offered_as_bad_rejects_and_criticizes(extract):
    found = triples(extract("Armenia dismissed Azerbaijan's offer as a publicity stunt."))
    assert {("Armenia", "rejects", "Azerbaijan"), ("Armenia", "criticizes", "Azerbaijan")} <= found
    # a thing neither asked nor offered is only judged
    assert ("Kenya", "rejects", "Somalia") not in triples(extract("Kenya dismissed Somalia's statement as propaganda."))


@pytest.mark.parametrize(
    "sentence, judge, judged",
    [
        ("Chile rejected the vote by Peru's parliament as illegitimate.", "Chile", "Peruvian parliament"),
        ("Finland rejected Sweden's offer, calling it an insult.", "Finland", "Sweden"),
    ],
)
def test_rejecting_with_a_hostile_judgement_also_criticizes(extract, sentence, judge, judged):
    assert {(judge, "rejects", judged), (judge, "criticizes", judged)} <= triples(extract(sentence))


def test_a_bare_rejection_does_not_criticize(extract):
    assert triples(extract("Ghana rejected Togo's proposal on Monday.")) == {("Ghana", "rejects", "Togo")}


def test_not_accepting_a_proposal_rejects_it(extract):
    relations = extract("Serbia would not accept Kosovo's proposal.")
    assert [(r.relation, r.negated) for r in relations if r.subject.name == "Serbia" and r.object.name == "Kosovo"] == [("rejects", False)]
    assert ("Serbia", "concedes", "Kosovo") in triples(extract("Serbia accepted Kosovo's proposal."))


def test_a_by_phrase_the_parser_hung_on_the_noun_of_a_passive_is_its_agent(extract):
    assert ("European Union", "sanctions", "Iran") in triples(extract("Iran was hit with new sanctions by the European Union."))


def test_a_headline_comma_between_two_names_is_a_coordination(extract):
    assert ("Kazakhstan", "agreesWith", "Kyrgyzstan") in triples(extract("Kazakhstan, Kyrgyzstan sign border treaty"))
    # an adverbial before the comma is no subject, and a pronoun subject still is one
    assert ("Chile", "consults", "Peru") in triples(extract("Yesterday, Chile held talks with Peru."))


def test_the_first_of_a_double_object_is_the_recipient(extract):
    assert ("Qatar", "aids", "Lebanon") in triples(extract("Qatar gave Lebanon a loan of $500 million."))
    assert ("Israel", "demands", "Hamas") in triples(extract("Israel gave Hamas an ultimatum."))


def test_an_object_pronoun_is_not_the_subject_of_its_own_verb_when_it_controls_an_infinitive(extract):
    # "them" read as Tinubu gave him the lifting of the sanctions he asked others for
    found = triples(extract("Nigeria's president Bola Tinubu met ECOWAS leaders in Abuja on Monday. He asked them to lift sanctions on Niger."))
    assert ("Bola Tinubu", "concedes", "Niger") not in found


def test_what_one_is_told_another_must_do_demands_nothing_of_the_one_told(extract):
    found = triples(extract("Putin told Macron that Ukraine must give up Crimea."))
    assert ("Vladimir Putin", "demands", "Emmanuel Macron") not in found and ("Vladimir Putin", "demands", "Ukraine") in found


def test_a_reported_judgement_of_no_actor_criticizes_no_one(extract):
    assert not triples(extract("Merz said the weather was terrible."))


def test_a_mediator_consults_each_side_whatever_the_deal(extract):
    found = triples(extract("Qatar mediated between Israel and Hamas on a truce."))
    assert not {t for t in found if t[1] == "negotiatesWith" and "Qatar" in (t[0], t[2])}


def test_what_a_speaker_says_its_own_side_must_do_demands_nothing(extract):
    assert not {t for t in triples(extract("Merz said Germany must do more for Ukraine.")) if t[1] == "demands"}


def test_a_name_read_twice_among_coordinated_subjects_is_no_second_party(extract):
    found = triples(extract("The two presidents, Ruto and Xi, met in Beijing."))
    assert ("William Ruto", "consults", "Xi Jinping") in found and not {t for t in found if t[0] == t[2]}


def test_a_role_of_the_subject_is_not_negated_by_its_verb_but_by_its_own_negation(extract):
    found = extract("NATO members Poland and Lithuania refused to sign the statement.")
    assert {r.subject.name for r in found if r.relation == "memberOf" and not r.negated} == {"Poland", "Lithuania"}
    assert only(extract("Moldova, not an EU member, still applies the sanctions."), "memberOf").negated
    assert not any(r.relation == "memberOf" for r in extract("EU candidate Ukraine has opened accession talks."))


def test_a_target_year_is_no_deadline(extract):
    assert ("European Union", "requests", "Serbia") in triples(extract("The EU asked Serbia to explain its vote by letter."))
    assert not any(r.relation == "demands" for r in extract("The UN urged China to cut emissions by 2035."))


def test_article_r14_false_positives_of_whole_articles_are_gone(extract):
    # a content clause on a noun names what is reported, not who reported it
    assert not any(r.relation == "rejects" for r in extract("Turkey denied reports that it had expelled senior Hamas officials from Istanbul."))
    # an act only said to be possible sets no terms
    for text in ("If the US were to waver, analysts say, the Philippines might seek a new accommodation with China.",
                 "Some officials in Seoul fear that Russia may be sharing missile technology in exchange for the North Korean troops sent to fight Ukraine."):
        assert not any(r.relation in ("demands", "concedes") for r in extract(text))
    # an envoy named after his title is expelled for his state, not as a person
    found = triples(extract("Mali's military government ordered the French ambassador, Joel Meyer, to leave the country."))
    assert ("Mali", "coerces", "France") in found and not any(o == "Joel Meyer" for _, _, o in found)
    # which government a speaker charged is not read from "the government" alone
    text = ("ECOWAS is meeting in Abuja, Nigeria. Human Rights Watch said on Wednesday that Malian troops had killed "
            "at least 40 civilians, a charge the government rejected.")
    assert not any(r.relation == "rejects" for r in extract(text))
    # a war on a problem is no attack
    assert not any(r.relation == "attacks" for r in extract("Ukraine fought a war on corruption."))


def test_round17_visits_and_recalls_say_no_more_than_their_words(extract):
    # an active "expect" announces no visit ("did not expect a breakthrough until …")
    assert not any(r.relation == "consults" for r in extract("Analysts do not expect a deal until Xi Jinping and Narendra Modi meet in person."))
    assert only(extract("Japanese Prime Minister Sanae Takaichi is expected in Canberra next week."), "consults").modality == "future"
    # troops called home are no protest
    assert not any(r.relation == "protests" for r in extract("Russia recalled its troops from Syria."))


def test_round18_two_persons_as_both_sides_are_their_states(extract):
    # the last two sides read are persons: "both governments" and "both sides" are the states they lead or serve
    text = "Somalia's foreign minister Ahmed Fiqi rejected a proposal by Kenyan Foreign Minister Musalia Mudavadi. Qatar urged both governments to talk."
    assert {("Qatar", "requests", "Somalia"), ("Qatar", "requests", "Kenya")} <= triples(extract(text))
    text = "Kenyan President William Ruto will meet Somali President Hassan Sheikh Mohamud in Nairobi. Norway urged both sides to settle the row."
    assert {o for s, r, o in triples(extract(text)) if r == "requests"} == {"Kenya", "Somalia"}
    # "the two leaders" are still the persons
    assert ("Hassan Sheikh Mohamud", "agreesWith", "William Ruto") in triples(extract("Ruto met Mohamud in Nairobi on Monday. The two leaders agreed to reopen the border."))


def test_article_r16_false_positives_of_whole_articles_are_gone(extract):
    # leaders clash in words: no attack
    assert not any(r.relation == "attacks" for r in extract("Colombian President Gustavo Petro, who has clashed with Boluarte since 2022, called the vote a farce."))
    assert not any(r.relation == "attacks" for r in extract("Recep Tayyip Erdogan clashed with Emmanuel Macron over Libya."))
    # a verdict is the court's, not the last agent's
    found = triples(extract("A Kosovo court jailed a former mayor. Albin Kurti welcomed the verdict. Russia criticised the verdict."))
    assert ("Russia", "criticizes", "Albin Kurti") not in found
    # a politician named by a demonym is a person, not the state
    assert not any(r.object.name == "Serbia" for r in extract("Kosovo court jails Serb politician."))
    # "X accused Y of …, a charge Z denied", misparsed with the charge as the denial's subject: the accusation was made
    accusation = only(extract("Cambodia accused Thailand of violating the truce, an allegation Bangkok denied."), "accuses")
    assert not accusation.negated and accusation.attributed_to is None
    # a former ally is no partner now
    assert not any(r.relation == "cooperatesWith" for r in extract("Hungary, a former ally of Moscow, blocked the package."))


def test_article_r15_false_positives_of_whole_articles_are_gone(extract):
    # a person sent is an envoy, not aid
    assert not any(r.relation == "aids" for r in extract("Hanoi sent Trade Minister Nguyen Hong Dien to Washington for negotiations."))
    # a deed denied did not happen: no one's claim is refused
    text = ("Officials in Kyiv fear that Iran may be shipping missiles to Russia. Tehran has denied any such transfer.")
    assert not any(r.relation == "rejects" for r in extract(text))
    # a visit for talks with someone is with that someone, not with the place; an event is no visitor
    found = triples(extract("Vladimir Putin met Cyril Ramaphosa. Ramaphosa is due in Moscow next week for talks with Vladimir Putin."))
    assert ("Cyril Ramaphosa", "consults", "Russia") not in found
    assert not any(r.relation == "consults" and r.modality == "future" and "Brazil" in (r.subject.name, r.object.name)
                   for r in extract("Talks between Milei and Arce, hosted by Lula, are due in Brasilia next week."))
    # things in a state named by a plural noun are not the state
    assert not any(r.relation == "supports" for r in extract("Tokayev declined to recognise the Russian-backed separatist republics in eastern Ukraine."))
    # the visit announced is still to come; "did not expect a breakthrough until …" announces none
    assert not any(r.relation == "consults" for r in extract(
        "Marco Rubio said he did not expect a breakthrough until Putin and Donald Trump meet directly."))
    assert only(extract("Cyril Ramaphosa is due in Moscow next week."), "consults").modality == "future"


def test_both_sides_urged_or_judged_after_partners_agreed_are_the_sides_of_the_latest_dispute(extract):
    urged = triples(extract("Russian drones struck Kyiv overnight. Russia and China signed a new partnership agreement on Friday. "
                            "The ceremony took place in the Kremlin. The pope urged both sides to accept a truce."))
    assert {("Pope Leo XIV", "requests", "Russia"), ("Pope Leo XIV", "requests", "Ukraine")} <= urged
    assert ("Pope Leo XIV", "requests", "China") not in urged
    # sides that were at odds before their talks stay the sides, whatever dispute came after
    talked = triples(extract("Armenian and Azerbaijani troops exchanged fire on the border. Armenia and Azerbaijan held talks in "
                             "Geneva on Tuesday. Azerbaijan accused France of arming Armenia. The statement was read on state "
                             "television. The United Nations urged both sides to keep talking."))
    assert {("United Nations", "requests", "Armenia"), ("United Nations", "requests", "Azerbaijan")} <= talked


def test_round19_appeals_judgements_and_denials(extract):
    # asking another to do something other than give makes no one needy: a later delivery goes nowhere
    found = triples(extract("Somalia called on Ethiopia to withdraw its troops from the border. Turkey sent two warships and a training team."))
    assert ("Turkey", "aids", "Somalia") not in found
    # an appeal for deliveries still names who gets the next one
    assert ("Norway", "aids", "Ukraine") in triples(extract("Zelensky asked Germany to send more air defence systems. Norway delivered two launchers on Friday."))
    # a word of political blame VADER lacks ("ploy", "stunt") makes a judgement hostile; praise stays none
    assert ("Ethiopia", "criticizes", "Egypt") in triples(extract("Ethiopia described Egypt's objections as a ploy."))
    assert not any(r.relation == "criticizes" for r in extract("Ramaphosa called Ruto's proposal a breakthrough."))
    # judging a charge badly denies it; a report judged badly is only criticised
    assert ("Uganda", "rejects", "Kenya") in triples(extract("Kenya accused Uganda of arming the rebels. Kampala called the accusation baseless."))
    assert ("Azerbaijan", "rejects", "Armenia") in triples(extract("Armenia accused Azerbaijan of shelling Jermuk. Baku described the allegations as lies."))
    assert ("Azerbaijan", "rejects", "Armenia") not in triples(extract("Armenia accused Azerbaijan of shelling Jermuk. Baku called the report biased."))


def test_round19b_possessive_titles_hosts_and_third_parties(extract):
    # a possessive opening the sentence before a title: the previous sentence's subject, a person's state for "his"/"il suo"
    facts = triples(extract("Moldova buys most of its gas from Romania. Its energy minister, Dorin Vasilescu, said prices would fall."), include_facts=True)
    assert ("Dorin Vasilescu", "affiliatedWith", "Moldova") in facts
    facts = triples(extract("President Daniel Noboa defended the raid. His foreign minister, Teresa Villacres, accused Mexico of interference."), include_facts=True)
    assert ("Teresa Villacres", "affiliatedWith", "Ecuador") in facts
    facts = triples(extract("Il presidente Daniel Noboa ha difeso il raid. Il suo ministro degli Esteri, Teresa Villacres, ha accusato il Messico.", lang="it"), include_facts=True)
    assert ("Teresa Villacres", "affiliatedWith", "Ecuador") in facts and ("Teresa Villacres", "affiliatedWith", "Italy") not in facts
    # hosts of talks "between the two governments" are not the two governments, nor partners of each other
    found = triples(extract("Sudan and South Sudan traded fire near Heglig. Kenya and Ethiopia hosted three rounds of talks between the two governments."))
    assert ("Kenya", "consults", "South Sudan") in found and ("Kenya", "consults", "Ethiopia") not in found
    # coordinated subjects dealing with a third party named by the with-phrase are no partners of each other
    assert ("Kenya", "agreesWith", "Uganda") not in triples(extract("Kenya and Uganda signed trade deals with the Fund last year."))
    assert ("Hungary", "agreesWith", "Serbia") in triples(extract("Serbia and Hungary signed an agreement with a pledge to build a pipeline."))
    # a name coordinated with a title that has its own name in apposition is a subject too
    assert ("Ilir Hoxha", "agreesWith", "Marko Petrovic") in triples(extract("Serbia's interior minister, Marko Petrovic, and Ilir Hoxha signed a border accord."))


def test_round20_a_refusal_answers_an_appeal_of_its_own_sentence(extract):
    # a refusal with no object answers an appeal made earlier in the same sentence, as it does one of an earlier sentence
    found = triples(extract("Ghana asked Togo to extradite the two suspects, but Lomé refused."))
    assert ("Togo", "rejects", "Ghana") in found
    found = triples(extract("When Kenya's president, William Ruto, asked Tanzania's president, Samia Suluhu Hassan, to reopen the border, Dodoma refused."))
    assert ("Tanzania", "rejects", "William Ruto") in found
    # "turned it down": the particle verb's pronoun stands for the request, not for an actor
    assert ("Tanzania", "rejects", "Kenya") in triples(extract("Kenya urged Tanzania to reopen the border. Dodoma turned it down."))
    # a refusal of something else asks nothing back of a third party
    assert ("Uganda", "rejects", "Kenya") not in triples(extract("Kenya urged Tanzania to reopen the border, and Uganda refused to take sides."))


def test_round21_clause_summaries_pairs_named_again_and_second_objects(extract):
    # a reaction in a clause that sums up the whole sentence before it answers that sentence's agent: a "which" after
    # the clause's last noun, or a noun set off after it
    found = triples(extract("Colombia accused Venezuelan soldiers of crossing the river, which Caracas denied."))
    assert ("Venezuela", "rejects", "Colombia") in found
    found = triples(extract("Turkey sent drones to Ethiopia last year, a step Egypt criticised."))
    assert ("Egypt", "criticizes", "Turkey") in found
    # "the leaders", "the two": the two persons just named, as "both leaders" reads them
    found = triples(extract("Gustavo Petro hosted Daniel Noboa in Bogotá on Friday. The leaders signed a border agreement."))
    assert {("Gustavo Petro", "agreesWith", "Daniel Noboa"), ("Daniel Noboa", "agreesWith", "Gustavo Petro")} & found
    found = triples(extract("Lula received Javier Milei in Brasilia, where the two signed a trade accord."))
    assert {("Javier Milei", "agreesWith", "Luiz Inácio Lula da Silva"), ("Luiz Inácio Lula da Silva", "agreesWith", "Javier Milei")} & found
    # "called X's aid a bribe", the judgement parsed as an appositive of the object, after a verb joined to a gerund
    found = triples(extract("Belarus accused Poland's leaders of provoking the crisis and called the EU's aid a bribe."))
    assert ("Belarus", "criticizes", "European Union") in found
    # persons sent to speak for their sender, mediate or watch (@envoy) are no aid
    assert not any(r == "aids" for _, r, _ in triples(extract("Kenya will send a mediation team and election observers to Malawi.")))


def test_round22_a_licence_or_permit_taken_away_coerces_its_holder(extract):
    # revoking, suspending, cancelling or withdrawing a licence or permit restricts whoever held it (coerces): the
    # holder after "of" or "from", or as the possessor, or the subject of the passive
    assert ("Kazakhstan", "coerces", "Gazprom") in triples(extract("Kazakhstan revoked the drilling licence of Gazprom on Tuesday."))
    assert ("Mexico", "coerces", "Gazprom") in triples(extract("Mexico suspended Gazprom's import permits last week."))
    assert ("Uganda", "coerces", "MTN") in triples(extract("Uganda withdrew the operating license from MTN."))
    # a licence only threatened is no coercion done
    found = triples(extract("Kenya threatened to revoke the licence of Safaricom."))
    assert ("Kenya", "coerces", "Safaricom") not in found


def test_round24_the_three_are_the_three_persons_or_states_their_sentence_named(extract):
    # "the three" (or "the three leaders") refers back to the three persons, else states, its own sentence named
    # before it, when it named just three: each pair of them signs or agrees
    def pairs(found, relation):
        return {frozenset((s, o)) for s, r, o in found if r == relation}

    found = triples(extract("Kenyan President William Ruto hosted Ugandan President Yoweri Museveni and Tanzanian President "
                            "Samia Suluhu Hassan in Nairobi, where the three signed a customs protocol."))
    assert pairs(found, "agreesWith") >= {frozenset(p) for p in (("William Ruto", "Yoweri Museveni"), ("William Ruto", "Samia Suluhu Hassan"),
                                                                  ("Yoweri Museveni", "Samia Suluhu Hassan"))}
    found = triples(extract("Chile, Peru and Bolivia met in Lima on Monday, and the three agreed to share river data."))
    assert pairs(found, "agreesWith") >= {frozenset(p) for p in (("Chile", "Peru"), ("Chile", "Bolivia"), ("Peru", "Bolivia"))}
    # three named sentences back are not read; nor is the one state nearest taken for all three
    found = triples(extract("Mali, Burkina Faso and Niger left the bloc in January. Ghana urged the three juntas to return."))
    assert ("Ghana", "requests", "Niger") not in found


def test_round24_help_one_is_thanked_for_goes_between_the_states_the_persons_serve(extract):
    # the help a minister thanks a state for goes to the minister's state; a president thanked for help gave it
    # for the state the president leads
    found = triples(extract("Samoa's Minister of Health, Valasi Tafito Selesele, thanked Japan and Australia for sending vaccines."))
    assert {("Japan", "aids", "Samoa"), ("Australia", "aids", "Samoa")} <= found
    assert ("Japan", "aids", "Valasi Tafito Selesele") not in found
    found = triples(extract("Chilean President Gabriel Boric thanked Argentine President Javier Milei for his government's help "
                            "in fighting the forest fires."))
    assert ("Argentina", "aids", "Chile") in found


def test_round24_ties_cut_restrict_the_other_side_unless_cut_in_protest(extract):
    # cutting, severing or breaking off ties or relations with X restricts X (coerces); done "in protest" it protests
    assert ("Kuwait", "coerces", "Iraq") in triples(extract("Kuwait cut ties with Iraq in 1990."))
    assert ("Morocco", "coerces", "Iran") in triples(extract("Morocco severed diplomatic relations with Iran last year."))
    found = triples(extract("Bolivia broke off diplomatic relations with Israel in protest at the war."))
    assert ("Bolivia", "protests", "Israel") in found and ("Bolivia", "coerces", "Israel") not in found
    # warm ties are no restriction
    assert ("Kuwait", "coerces", "Iraq") not in triples(extract("Kuwait deepened ties with Iraq."))


def test_round24_a_subject_pronoun_goes_on_with_the_subject_before(extract):
    # a sentence-opening "he" or "it" with no antecedent in its own sentence is the last sentence's subject, not
    # an actor that sentence named later
    found = triples(extract("Kenya's foreign minister Musalia Mudavadi said Somali troops had detained Ethiopian President "
                            "Taye Atske Selassie's envoy. He urged Somalia to free the envoy."))
    assert ("Musalia Mudavadi", "requests", "Somalia") in found
    assert ("Taye Atske Selassie", "requests", "Somalia") not in found
    found = triples(extract("Guyana has taken its quarrel with Venezuela to every court it can find. It accuses Caracas of "
                            "massing troops on the border."))
    assert ("Guyana", "accuses", "Venezuela") in found


def test_round24_an_ally_named_in_apposition_is_no_cooperation_the_text_reports(extract):
    # "X, an old ally of Y, …" describes a standing tie; the act of the sentence is what is reported
    found = triples(extract("Belarus, a traditional ally of Russia, criticised the verdict."))
    assert ("Belarus", "cooperatesWith", "Russia") not in found and ("Russia", "cooperatesWith", "Belarus") not in found
    # allying, the verb, still reads cooperation
    assert ("Belarus", "cooperatesWith", "Russia") in triples(extract("Belarus allied with Russia in 1999."))


def test_round24_a_reaction_noun_recalls_the_latest_act_it_can_name(extract):
    # "the move", "the decision" name the latest deed, "the offer", "the proposal" the latest thing put forward,
    # not the last speaker's words, and never the reacting side's own act
    found = triples(extract("Morocco expelled two Algerian diplomats on Monday. Algerian Foreign Minister Ahmed Attaf called "
                            "the expulsions a provocation. Mauritania criticised the move."))
    assert ("Mauritania", "criticizes", "Morocco") in found and ("Mauritania", "criticizes", "Ahmed Attaf") not in found
    found = triples(extract("Uzbekistan halted gas exports to Kyrgyzstan on Tuesday. Uzbek President Shavkat Mirziyoyev said "
                            "the pipeline needed repairs. Kyrgyz Energy Minister Taalaibek Ibraev condemned the move."))
    assert ("Taalaibek Ibraev", "criticizes", "Uzbekistan") in found
    assert ("Taalaibek Ibraev", "criticizes", "Shavkat Mirziyoyev") not in found
    found = triples(extract("Kenya offered to host talks between the two armies. Ethiopian Prime Minister Abiy Ahmed said the "
                            "border was calm. Somalia welcomed the offer and Eritrea rejected the proposal."))
    assert {("Somalia", "praises", "Kenya"), ("Eritrea", "rejects", "Kenya")} <= found
    assert ("Eritrea", "rejects", "Abiy Ahmed") not in found
    # Italian: "la mossa", "la proposta"
    found = triples(extract("La Serbia ha chiuso il valico di Jarinje con il Kosovo. Il ministro degli Esteri serbo Marko Đurić "
                            "ha detto che i controlli erano necessari. L'Albania ha criticato la mossa.", lang="it"))
    assert ("Albania", "criticizes", "Serbia") in found and ("Albania", "criticizes", "Marko Đurić") not in found
    found = triples(extract("L'Egitto ha proposto una tregua di tre giorni a Gaza. Il ministro degli Esteri del Qatar ha detto "
                            "che i colloqui proseguono. Israele ha respinto la proposta.", lang="it"))
    assert ("Israel", "rejects", "Egypt") in found


def test_round25_talks_offered_or_declared_ready_for_are_a_bargain_proposed(extract):
    # talks one offers or says one is ready or willing to hold with the other side are bargaining proposed (negotiatesWith),
    # not a meeting held; a meeting one is ready for stays a meeting
    found = triples(extract("Prime Minister Nikol Pashinyan said Armenia was willing to hold talks with Baku without preconditions."))
    assert any(r == "negotiatesWith" and {s, o} == {"Armenia", "Azerbaijan"} for s, r, o in found)
    assert not any(r == "consults" for _, r, _ in found)
    found = triples(extract("The Sudanese army said it was ready to talk with the Rapid Support Forces."))
    assert any(r == "negotiatesWith" and "Rapid Support Forces" in (s, o) for s, r, o in found)
    found = triples(extract("Ghana has offered to hold talks with Togo on the border."))
    assert any(r == "negotiatesWith" and {s, o} == {"Ghana", "Togo"} for s, r, o in found)
    found = triples(extract("Ruto said he was ready to meet representatives of Uganda's opposition."))
    assert not any(r == "negotiatesWith" for _, r, _ in found)


def test_round25_an_act_offered_is_the_act_to_come(extract):
    # "offered to send troops", "offered to invest": the act itself, future (the guide reads a pledge of aid as aids)
    found = extract("Kenya offered to send police officers to Haiti.")
    aid = only(found, "aids")
    assert (aid.subject.name, aid.object.name, aid.modality) == ("Kenya", "Haiti", "future")
    assert ("Turkey", "aids", "Syria") in triples(extract("Turkey offered to invest in Syria's power grid."))


def test_round25_a_strike_of_workers_is_a_protest_not_an_attack(extract):
    # a general, a four-hour or an indefinite strike against someone is a stoppage of work: protests (annotation guide)
    found = triples(extract("The Korean Metal Workers' Union launched a four-hour strike against Hyundai Motor on Tuesday."))
    assert any(r == "protests" and o.startswith("Hyundai") for _, r, o in found)
    assert not any(r == "attacks" for _, r, _ in found)
    assert not any(r == "attacks" for _, r, _ in triples(extract("Kenya's teachers began a general strike against the government of Kenya.")))
    # a missile strike stays an attack
    assert ("Israel", "attacks", "Hezbollah") in triples(extract("Israel launched a strike against Hezbollah positions."))


def test_round25_a_meeting_between_two_sides_that_someone_offers_to_arrange_is_still_to_come(extract):
    # the parties of talks or a summit another offers or plans to host are no more met than the host: future
    found = extract("Qatar offered to organise a summit between Ethiopia and Eritrea.")
    assert found and all(r.modality == "future" for r in found if {r.subject.name, r.object.name} == {"Ethiopia", "Eritrea"})
    found = extract("Norway offered on Monday to host talks between Colombia and the ELN.")
    assert any({r.subject.name, r.object.name} == {"Colombia", "National Liberation Army"} for r in found)
    assert all(r.modality == "future" for r in found)


def test_round26_firing_water_cannon_at_someone_is_an_attack(extract):
    # the guide: "firing or striking is attacks", whatever is fired; the studied gold reads water cannon the same way
    found = triples(extract("Chinese coast guard ships fired water cannon at a Vietnamese fishing boat near the Paracel Islands."))
    assert any(r == "attacks" and o == "Vietnam" for _, r, o in found)
    assert not any(r == "coerces" for _, r, _ in found)


def test_round26_an_appeal_coordinated_with_a_reported_clause_is_the_speakers(extract):
    # "X said Y did A and called on Z", Y the side X speaks for: asking is done by speaking, so X asks Z
    found = triples(extract("Foreign Minister Radosław Sikorski said Warsaw supported the sanctions and called on Hungary to drop its veto."))
    assert ("Radosław Sikorski", "requests", "Hungary") in found
    assert ("Poland", "requests", "Hungary") not in found
    found = triples(extract("The EU's foreign policy chief Kaja Kallas said the bloc welcomed the verdict and urged Serbia to hand over the suspects."))
    assert ("Kaja Kallas", "requests", "Serbia") in found
    # any other act coordinated there stays the reported subject's, and so does an appeal a reported person makes
    found = triples(extract("Rwandan Foreign Minister Olivier Nduhungirehe said Kigali welcomed the accord but rejected Kinshasa's charge."))
    assert ("Rwanda", "rejects", "Democratic Republic of the Congo") in found
    found = triples(extract("Kyiv said Zelensky welcomed the offer but urged Moscow to withdraw its troops first."))
    assert ("Volodymyr Zelensky", "requests", "Russia") in found


def test_round26_the_one_accused_in_a_passive_does_what_it_is_accused_of(extract):
    # "X was accused by Y of V-ing": X does V (attributed to Y), as in the active "Y accused X of V-ing"
    found = extract("Iran was accused by the United States of supplying drones to Russia.")
    assert ("Iran", "aids", "Russia") in triples(found)
    assert ("United States", "aids", "Russia") not in triples(found)
    aid = only(found, "aids")
    assert aid.attributed_to is not None and aid.attributed_to.name == "United States"


def test_round26_a_commander_named_in_apposition_leads_the_body_that_owns_the_title(extract):
    # "the rebel group's commander, X": a commander heads the group, as a chief or a chairman does
    found = triples(extract("The Kachin Independence Army seized a jade mine on Monday. The rebel group's commander, N'Ban La, "
                            "said the fighters would hold the town."), include_facts=True)
    assert ("N'Ban La", "leaderOf", "Kachin Independence Army") in found


def test_round27_a_reaction_to_what_a_speaker_said_their_side_would_do_is_a_reaction_to_that_side(extract):
    # "X said [the state X serves] would …. Y rejected the offer": the offer is the state's, not the minister's
    found = triples(extract("Polish Foreign Minister Radosław Sikorski said Warsaw would reopen the border crossing if Minsk frees the "
                            "journalist. Belarus rejected the offer."))
    assert ("Belarus", "rejects", "Poland") in found
    assert ("Belarus", "rejects", "Radosław Sikorski") not in found
    # the speaker's words stay the speaker's
    found = triples(extract("Polish Foreign Minister Radosław Sikorski said Warsaw would close the border crossing. "
                            "Belarus condemned the remarks."))
    assert ("Belarus", "criticizes", "Radosław Sikorski") in found


def test_round27_a_ministers_quoted_we_is_the_state_the_minister_serves(extract):
    # the plural first person of a quotation is the speaker's side by the document's titles, the singular the speaker
    found = extract("Polish Foreign Minister Radosław Sikorski met the Belarusian ambassador. \"We will not reopen the crossing "
                    "until Minsk frees the journalist,\" Sikorski told reporters.")
    assert ("Poland", "demands", "Belarus") in triples(found)
    assert ("Radosław Sikorski", "demands", "Belarus") not in triples(found)
    assert only(found, "demands").attributed_to.name == "Radosław Sikorski"


def test_round27_an_appeal_to_both_governments_addresses_the_storys_dispute_not_the_last_quarrel(extract):
    # "both governments" with no pair just joined: the two sides at odds in the most relations read, not the latest pair
    found = triples(extract("Venezuela threatened to seize Guyana's oil platforms. Guyana accused Venezuela of massing troops on the "
                            "border. Separately, Chile criticised Peru over a fishing quota. Brazil urged both governments to pull "
                            "their troops back from the Essequibo."))
    assert {("Brazil", "requests", "Venezuela"), ("Brazil", "requests", "Guyana")} <= found
    assert ("Brazil", "requests", "Chile") not in found


def test_round27_both_governments_after_two_countries_officials_are_those_countries(extract):
    # "met Argentine and Chilean officials and urged both governments": the officials' states, not a pair named before
    found = triples(extract("Chile has kept Argentine trucks out since May, and Bolivia and Peru keep similar curbs. In Geneva, the "
                            "mediator Rafael Grossi met Argentine and Chilean officials and urged both governments to reopen the pass."))
    assert {("Rafael Grossi", "requests", "Argentina"), ("Rafael Grossi", "requests", "Chile")} <= found
    assert ("Rafael Grossi", "requests", "Bolivia") not in found


def test_round27_a_charge_denied_at_the_end_of_a_sentence_is_rejected_by_whoever_the_tail_names(extract):
    # ", a charge X denied": the verb that closes the accusation noun, whatever tree the parser made of the words between;
    # a title in apposition names the person who denies, not the accused nor the accuser
    found = triples(extract("Amnesty International accused the Kachin Independence Army of conscripting teenagers, a charge the "
                            "militia's spokesman, Naw Bu, denied."))
    assert ("Naw Bu", "rejects", "Amnesty International") in found
    found = triples(extract("Foreign Minister Ahmed Attaf spoke in Algiers. Bamako accused Algeria of arming Tuareg militants, "
                            "a charge Attaf rightly dismissed as nonsense."))
    assert ("Ahmed Attaf", "rejects", "Mali") in found


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Norway suspended development aid to Nicaragua after the disputed election.", ("Norway", "sanctions", "Nicaragua")),
        ("Ghana halted electricity exports to Togo over unpaid bills.", ("Ghana", "sanctions", "Togo")),
        ("Algeria has since suspended all trade with Spain.", ("Algeria", "sanctions", "Spain")),
        ("The European Union cut budget support to Mali.", ("European Union", "sanctions", "Mali")),
    ],
)
def test_round28_aid_or_trade_withheld_from_a_state_sanctions_it(extract, sentence, expected):
    # a penalty by what is stopped ("suspended aid to X", "halted exports to X"): the thing withheld names whom it hits
    assert expected in triples(extract(sentence))


def test_round28_a_stopped_act_that_is_no_aid_or_trade_sanctions_no_one(extract):
    # the verbs alone are no sanction: talks suspended, a convoy halted at a border
    found = triples(extract("Norway suspended its talks with Nicaragua. Ghana halted the convoy at the border with Togo."))
    assert not {t for t in found if t[1] == "sanctions"}


def test_round28_a_cooperation_pact_signed_is_an_agreement_not_cooperation(extract):
    # "signed a cooperation pact": the pact is what the two reached (agreesWith); that they work under it is not said
    found = triples(extract("Chile and Peru signed a coast guard cooperation pact last year."))
    assert ("Chile", "agreesWith", "Peru") in found or ("Peru", "agreesWith", "Chile") in found
    assert not {t for t in found if t[1] == "cooperatesWith"}
    # cooperation itself stays cooperation
    assert ("Chile", "cooperatesWith", "Peru") in triples(extract("Chile and Peru deepened their coast guard cooperation."))


def test_round28_support_named_as_money_or_weapons_is_aid(extract):
    # annotation guide: words and votes are supports; money, weapons, goods are aids
    assert ("Australia", "aids", "Tonga") in triples(extract("Australia will double its budget support to Tonga."))
    found = triples(extract("Germany announced new military support for Moldova."))
    assert ("Germany", "aids", "Moldova") in found and ("Germany", "supports", "Moldova") not in found
    assert ("Brazil", "supports", "Chile") in triples(extract("Brazil voiced support for Chile."))


def test_round28_a_second_reaction_to_a_thing_reaches_its_author_not_the_first_reactor(extract):
    # the object of a judgement or a refusal is not put forward by whoever judges it
    found = triples(extract("Bolivia proposed a water scheme. Paraguay rejected the scheme. Uruguay also rejected the scheme."))
    assert ("Uruguay", "rejects", "Bolivia") in found
    assert ("Uruguay", "rejects", "Paraguay") not in found


def test_round28_his_country_as_an_object_is_the_state_its_owner_leads(extract):
    # a person's "his country" after a preposition or as an object: the state the person leads or serves
    found = triples(extract("Prime Minister Sitiveni Rabuka of Fiji has praised Japan's loans to his country."))
    assert ("Japan", "aids", "Fiji") in found
    # "the two countries" names the pair in a sentence that names no one
    found = triples(extract("Ecuador and Peru were once rivals. The two countries fought a border war in 1995."))
    assert ("Ecuador", "attacks", "Peru") in found or ("Peru", "attacks", "Ecuador") in found


def test_round29_travel_to_a_capital_visits_its_state(extract):
    # "will travel to Caracas next week": a visit announced by a verb of travel consults the state the place names
    found = triples(extract("Jamaican Prime Minister Andrew Holness will travel to Havana next week."))
    assert ("Andrew Holness", "consults", "Cuba") in found or ("Cuba", "consults", "Andrew Holness") in found


def test_round29_a_trip_for_someone_named_visits_them_not_the_place(extract):
    # a trip whose purpose names an actor is for that actor: "travel to Moscow to meet Putin" meets Putin, not Russia
    found = triples(extract("Kenyan President William Ruto will travel to Kampala to meet Yoweri Museveni."))
    assert ("William Ruto", "consults", "Yoweri Museveni") in found or ("Yoweri Museveni", "consults", "William Ruto") in found
    assert not {t for t in found if t[1] == "consults" and "Uganda" in (t[0], t[2])}


def test_round29_asking_to_act_before_a_season_or_a_years_end_is_a_request(extract):
    # "before the dry season", "before the end of the year" say when, they set no deadline (the studied gold: requests);
    # "by Thursday" and "before June" stay demands
    found = triples(extract("Chad asked Niger to send more troops to the lake shore before the dry season."))
    assert ("Chad", "requests", "Niger") in found and ("Chad", "demands", "Niger") not in found
    found = triples(extract("Norway urged Colombia to approve the budget for the peace talks before the end of the year."))
    assert ("Norway", "requests", "Colombia") in found and ("Norway", "demands", "Colombia") not in found
    assert ("Norway", "demands", "Colombia") in triples(extract("Norway urged Colombia to approve the budget by Friday."))


def test_round30_supporters_of_a_leader_are_not_the_leader(extract):
    # "fired tear gas at supporters of X", "detained 40 X supporters": a crowd named for whom it backs is not that
    # one (the guide's sector actors; the gold names the crowd itself); the leader attacked by name still is
    found = triples(extract("Ecuadorian police fired tear gas at supporters of opposition leader Luisa González in Quito."))
    assert not {t for t in found if "Luisa González" in (t[0], t[2])}
    found = triples(extract("Guatemalan police detained 30 Arévalo supporters outside the court."))
    assert not {t for t in found if t[1] == "coerces"}
    found = triples(extract("Ecuadorian police fired tear gas at Luisa González in Quito."))
    assert ("Ecuadorian police", "attacks", "Luisa González") in found


def test_round30_trucks_and_trawlers_of_private_owners_are_not_their_state(extract):
    # "impounded Lithuanian trucks", "seized Vietnamese trawlers": goods of carriers and fishermen, whose
    # nationality does not stand for the state; a state's own ship ("a British tanker" here) is left as it was
    assert not {t for t in triples(extract("Belarusian border guards impounded 300 Polish trucks near Brest.")) if "Poland" in t}
    assert not {t for t in triples(extract("Indonesian patrol boats seized four Vietnamese trawlers off Natuna.")) if "Vietnam" in t}
    assert ("Iran", "coerces", "United Kingdom") in triples(extract("Iran seized a British tanker in the Strait of Hormuz."))


def test_round30_readiness_to_act_on_terms_is_the_infinitives_act(extract):
    # "is ready to open its mines to Japan, but on the condition that …": the act on terms is the infinitive under the
    # adjective of readiness, its objects are the act's (the terms name no actor: the demand goes to whom the act is for)
    found = extract("Mongolia is ready to open its copper mines to Japan, but on the condition that the profits stay in the country.")
    demand = only(found, "demands")
    assert (demand.subject.name, demand.object.name, demand.modality) == ("Mongolia", "Japan", "conditional")
    # the infinitive's own verb, not what its object names: doubling deliveries on terms is trade, no aid
    found = triples(extract("Gazprom said it was ready to double deliveries to Serbia provided Belgrade paid in roubles."))
    assert ("Gazprom", "aids", "Serbia") not in found and ("Gazprom", "demands", "Serbia") in found


def test_round31_ramming_a_ship_is_force_used_not_a_restriction(extract):
    # "rammed a patrol boat", "accused X of ramming a supply boat": the guide's attacks (force used, as firing on
    # it), not coerces (an arrest, a seizure, a ban)
    found = triples(extract("A Malaysian navy ship rammed an Indonesian patrol boat off Ambalat, Jakarta said."))
    assert ("Malaysian military", "attacks", "Indonesia") in found
    assert not {t for t in found if t[1] == "coerces"}


def test_round31_an_if_met_by_not_acting_reads_as_unless(extract):
    # "if BP does not contribute, we will review its licence", "will declare independence if the parliament has not
    # voted": terms the other side meets by not acting hold the act out as a threat, as "unless" does (the guide);
    # the same act on terms met by acting is offered
    found = triples(extract("If Chevron does not pay, Nigeria will review its drilling licence next year."))
    assert ("Nigeria", "threatens", "Chevron") in found and ("Nigeria", "demands", "Chevron") in found
    assert ("Nigeria", "concedes", "Chevron") not in found
    found = triples(extract("Nigeria will review Chevron's drilling licence if Chevron pays."))
    assert ("Nigeria", "concedes", "Chevron") in found and ("Nigeria", "threatens", "Chevron") not in found


def test_round32_a_judged_noun_of_the_verbs_own_form_names_that_verbs_act(extract):
    # "the Sejm voted … condemned the vote": a noun that is its verb's own form ("vote", "offer", "strike") names the
    # act of whoever last did that verb, as "expelled … the expulsion" does, not the last sentence's speaker
    found = triples(extract(
        "The Polish Sejm voted on Tuesday to extend a ban on grain imports from Ukraine. Hungarian Prime Minister Viktor "
        "Orbán said Budapest would do the same. Ukrainian Prime Minister Denys Shmyhal condemned the vote as a betrayal."
    ))
    assert ("Denys Shmyhal", "criticizes", "Poland") in found
    assert ("Denys Shmyhal", "criticizes", "Hungary") not in found


def test_a_body_named_after_a_person_is_what_the_person_belongs_to(extract):
    assert ("Riccardo Fabiani", "affiliatedWith", "International Crisis Group") in triples(
        extract("Riccardo Fabiani of the International Crisis Group said Algeria might use the tournament."), include_facts=True)
    assert ("Sandra Kalniete", "memberOf", "European People's Party") in triples(extract("Sandra Kalniete (EPP): We must keep the sanctions."), include_facts=True)
    # a seat in the brackets is no body, and a title already says what its holder is to the body it names
    assert not triples(extract("Adam Bandt (Melbourne) (14:06): The minister must answer."), include_facts=True)
    facts = triples(extract("President Ishmael Toroama of the Autonomous Bougainville Government spoke."), include_facts=True)
    assert ("Ishmael Toroama", "affiliatedWith", "Autonomous Bougainville Government") not in facts


def test_round36_a_condition_the_parser_hangs_on_the_speech_verb_is_of_the_clause_it_reports(extract):
    # "said Kenya was ready to … provided the Fund extends …": the parser may hang "provided …" on "said" as a second
    # complement; the terms are of the readiness reported (Kenya's), not of the saying (the minister's)
    found = triples(extract(
        "Treasury Secretary John Mbadi said Kenya was ready to phase out the fuel subsidy by December provided the "
        "International Monetary Fund extends the programme by a year."
    ))
    assert ("Kenya", "demands", "International Monetary Fund") in found
    assert ("John Mbadi", "demands", "International Monetary Fund") not in found
    # a pronoun subject of the reported clause is mostly the speaker, whom the speech verb already gives
    found = triples(extract(
        "Bishop Jaime Muñoz says he is ready to travel to the guerrilla camp, provided the Colombian army halts its flights."
    ))
    assert any(s.startswith("Jaime Muñoz") or s == "Muñoz" for s, r, _ in found if r == "demands")


def test_round36_the_subject_pronoun_of_a_relative_clause_in_the_reason_of_an_act_is_the_one_the_act_is_on(extract):
    # "thanked Australia for the patrol boats it has delivered": "it" is the one thanked, as "its" is in "praised Qatar
    # for its mediation", not the sentence's subject
    found = triples(extract("The Committee thanked Australia for the patrol boats it has delivered to Fiji and Samoa."))
    assert ("Australia", "aids", "Fiji") in found
    assert not any(r == "aids" and s != "Australia" for s, r, _ in found)


def test_round36_the_junta_left_to_the_relation_layer_is_the_state_its_military_rules(extract):
    # the story names Myanmar's military as a body, so the actor layer leaves "the junta" undecided; the nearest state
    # (China) is not what it refers back to, the state a military government rules is (juntas.tsv)
    found = triples(extract(
        "Myanmar's military has bombed villages near the border for a month. China hosted talks in Kunming on Monday. "
        "Malaysian Foreign Minister Mohamad Hasan urged the junta to extend its ceasefire."
    ))
    assert ("Mohamad Hasan", "requests", "China") not in found


@pytest.mark.parametrize("date, referent", [("2024-05-01", "Myanmar"), ("2019-05-01", None)])
def test_the_relation_layers_junta_is_a_state_its_military_rules_at_the_documents_date(pipeline, date, referent):
    # as in the actor layer: a story dated before Myanmar's coup (juntas.tsv: 2021) has no junta there to refer back to
    text = ("Myanmar's military has bombed villages near the border for a month. China hosted talks in Kunming on Monday. "
            "Malaysian Foreign Minister Mohamad Hasan urged the junta to extend its ceasefire.")
    found = triples(list(pipeline.extract_one(read_text(text, lang="en", date=date)).relations))
    assert (("Mohamad Hasan", "requests", "Myanmar") in found) == (referent == "Myanmar")


def _related(found: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return any({s, o} == {a, b} for s, _, o in found)


@pytest.mark.parametrize("text,pairs,apart", [
    pytest.param("Talks between the United States and France, Germany and Italy on tariffs resumed on Tuesday.",
                 [("United States", "France"), ("United States", "Germany"), ("United States", "Italy")],
                 [("France", "Germany"), ("Germany", "Italy")], id="one side, then a list"),
    pytest.param("Oman has mediated between the United States and Iran, Iraq and Syria.",
                 [("United States", "Iran"), ("United States", "Syria")], [("Iran", "Iraq"), ("Iraq", "Syria")],
                 id="a mediation between one side and a list"),
    pytest.param("Talks between France, Germany and Italy resumed on Tuesday.",
                 [("France", "Germany"), ("France", "Italy"), ("Germany", "Italy")], [], id="three listed alike: each pair"),
])
def test_round38_a_list_after_between_is_one_side_when_a_comma_follows_the_first_and(extract, text, pairs, apart):
    """"between A and B, C and D": A faces each member of the list, and the members are not each other's parties."""
    found = triples(extract(text))
    assert all(_related(found, a, b) for a, b in pairs)
    assert not any(_related(found, a, b) for a, b in apart)


def test_round38_a_span_between_two_dates_leaves_the_parties_after_its_comma_related(extract):
    """"Between May and June, France and Germany …": "between" opens a time, not the parties' list."""
    assert _related(triples(extract("Between May and June, France and Germany held talks on the budget.")), "France", "Germany")


@pytest.mark.parametrize("text, members", [
    ("ASEAN, which includes Thailand and Vietnam, met in Jakarta on Friday.", {("Thailand", "memberOf", "ASEAN"), ("Vietnam", "memberOf", "ASEAN")}),
    ("The talks included Iran and Qatar.", set()),  # an event is no body: nothing is a member of it
])
def test_round45_a_body_that_includes_or_groups_actors_has_them_as_members(extract, text, members):
    assert {t for t in triples(extract(text), include_facts=True) if t[1] == "memberOf"} == members


def test_round45_a_gerund_with_its_parties_after_between_is_the_fighting_between_them(extract):
    found = triples(extract("In 2023, fighting between the Sudanese army and the RSF spread from Khartoum to Darfur."))
    assert found == {("Sudanese military", "attacks", "Rapid Support Forces"), ("Rapid Support Forces", "attacks", "Sudanese military")}


@pytest.mark.parametrize("text, pairs", [
    ("In 2021, Armenian troops and Azerbaijani soldiers fought over the ridge.",
     {("Armenian military", "attacks", "Azerbaijani military"), ("Azerbaijani military", "attacks", "Armenian military")}),
    ("Armenian and Azerbaijani troops fought together against the rebels.", set()),  # side by side, not on each other
])
def test_round45_coordinated_subjects_that_fought_attack_each_other_unless_they_fought_together(extract, text, pairs):
    assert triples(extract(text)) == pairs


@pytest.mark.parametrize("text, fact", [
    ("Kenya's representative, Martin Kimani, told the Council the vote was premature.", ("Martin Kimani", "affiliatedWith", "Kenya")),
    ("The representative of Brazil, Sergio Danese, abstained.", ("Sergio Danese", "affiliatedWith", "Brazil")),
    ("Former Nigerian president Olusegun Obasanjo, the African Union's mediator for the crisis, arrived in Addis Ababa.", ("Olusegun Obasanjo", "affiliatedWith", "African Union")),
])
def test_round45_a_representative_or_mediator_in_apposition_works_for_the_body_named(extract, text, fact):
    assert fact in triples(extract(text), include_facts=True)


@pytest.mark.parametrize("text, pairs", [
    ("Japan has funded patrol boats for Vietnam and Malaysia since 2018.", {("Japan", "aids", "Vietnam"), ("Japan", "aids", "Malaysia")}),
    ("Norway financed new schools in southern Nepal.", {("Norway", "aids", "Nepal")}),
    ("Iran funded strikes in Israel.", set()),  # where a hostile act is done is its target, not whom the money helps
])
def test_round45_what_is_funded_for_or_in_an_actor_aids_it(extract, text, pairs):
    assert {t for t in triples(extract(text)) if t[1] == "aids"} == pairs


@pytest.mark.parametrize("text, pair", [
    ('Chile called Bolivia\'s decision "unhelpful".', ("Chile", "Bolivia")),
    ("Uruguay described the Argentine tariffs as counterproductive.", ("Uruguay", "Argentina")),
    ("Peru said Ecuador's tariffs were unjustified.", ("Peru", "Ecuador")),
])
def test_round45_words_of_blame_the_valence_list_lacks_make_a_judgement_criticism(extract, text, pair):
    assert (pair[0], "criticizes", pair[1]) in triples(extract(text))


@pytest.mark.parametrize("text, pair", [
    ("Portugal said it would cancel 40 million euros of Mozambique's bilateral debt.", ("Portugal", "Mozambique")),
    ("China agreed to forgive Zambia's debt.", ("China", "Zambia")),
    ("Kuwait and Qatar said they would settle Jordan's arrears with the World Bank.", ("Kuwait", "Jordan")),
    ("The Asian Development Bank said it would contribute a further $600 million to Indonesia.", ("Asian Development Bank", "Indonesia")),
])
def test_round45_debt_relief_and_a_contribution_to_an_actor_are_aid(extract, text, pair):
    assert (pair[0], "aids", pair[1]) in triples(extract(text))


def test_round45_settling_or_cancelling_ones_own_debt_aids_no_creditor(extract):
    found = triples(extract("Syria settled its arrears with the World Bank, and Argentina cancelled its debt to the IMF."))
    assert not any(relation == "aids" for _, relation, _ in found)
