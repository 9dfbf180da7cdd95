"""Linear frames on Italian: morphology, clause structure and conditions, one behaviour per test.

The sentences are written for these tests; none comes from an annotated set.
"""

import pytest

from kg.extract.parse import load_pipeline
from kg.extract.read import read_text
from kg.model import Relation
from kg.relations.lexicon import load_lexicon


@pytest.fixture(scope="module")
def extract(pipeline):
    def run(text: str, date: str | None = None) -> list[Relation]:
        return list(pipeline.extract_one(read_text(text, lang="it", date=date)).relations)

    return run


def triples(relations: list[Relation]) -> set[tuple[str, str, str]]:
    return {(r.subject.name, r.relation, r.object.name) for r in relations}


def lemmas(text: str) -> dict[str, str]:
    return {t.text: t.lemma_ for t in load_pipeline("it")(text)}


def test_a_line_break_ends_a_headline_without_a_full_stop():
    doc = load_pipeline("it")("Il Cile minaccia il Perù\n\nSANTIAGO – Il governo cileno ha convocato l'ambasciatore.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[0] == "Il Cile minaccia il Perù"
    assert sentences[-1] == "Il governo cileno ha convocato l'ambasciatore."  # (a dateline before it is a sentence of its own)


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


def test_a_relative_joined_by_e_che_shares_the_antecedent_of_the_first(extract):
    found = triples(extract("Resta il caso della Francia, che ha criticato la Russia e che ieri ha sostenuto l'Ucraina."))
    assert {("France", "criticizes", "Russia"), ("France", "supports", "Ukraine")} <= found
    assert ("Russia", "supports", "Ukraine") not in found


def test_a_relative_joined_by_e_che_with_its_own_subject_keeps_it(extract):
    found = triples(extract("Resta il caso della Francia, che ha criticato la Russia e che la Germania ha sostenuto."))
    assert not any(s == "France" and r == "supports" for s, r, _ in found)


def test_a_participle_after_a_preposition_is_a_noun_and_opens_no_clause(extract):
    found = triples(extract("Serve una linea comune con Berlino, che in passato ha sostenuto il Marocco."))
    assert ("Germany", "supports", "Morocco") in found


def test_an_object_list_goes_on_past_a_relative_set_off_by_commas(extract):
    found = triples(extract("Il ministro Tajani ha ringraziato la Francia, che nel 2022 ha restituito il reperto, e la Germania."))
    assert {("Antonio Tajani", "praises", "France"), ("Antonio Tajani", "praises", "Germany")} <= found


def test_an_actor_with_a_verb_after_the_relative_opens_a_clause_of_its_own(extract):
    found = triples(extract("Il ministro Tajani ha ringraziato la Francia, che ha criticato la Russia, e la Germania ha protestato."))
    assert ("Antonio Tajani", "praises", "Germany") not in found


def test_a_fine_inflicted_on_a_company_sanctions_it(extract):
    found = triples(extract("L'Antitrust ha inflitto ieri una multa da 5 milioni di euro a Telecom Italia."))
    assert any(r == "sanctions" and o == "TIM" for _, r, o in found)


def test_every_owner_joined_by_e_before_the_verb_is_its_subject(extract):
    found = triples(extract("I vertici della Fiom e della Uilm hanno criticato la Regione Puglia."))
    assert {("FIOM", "criticizes", "Regione Puglia"), ("UILM", "criticizes", "Regione Puglia")} <= found


def test_every_owner_joined_by_e_makes_the_event_noun_of_their_verb(extract):
    found = triples(extract("Le segreterie della Fiom e della Uilm hanno proclamato uno sciopero contro la Regione Puglia."))
    assert {("FIOM", "protests", "Regione Puglia"), ("UILM", "protests", "Regione Puglia")} <= found


def test_a_bare_participle_on_the_object_is_stated_by_every_member_of_the_subject(extract):
    found = triples(extract("La Francia e la Germania hanno espulso tre diplomatici russi, accusati di ingerenza."))
    assert {("France", "accuses", "Russian government"), ("Germany", "accuses", "Russian government")} <= found


def test_an_actor_after_quando_is_the_subject_of_the_clause_it_opens(extract):
    found = triples(extract("Il momento più teso è arrivato quando la Grecia ha accusato la Turchia di violare lo spazio aereo."))
    assert ("Greece", "accuses", "Turkey") in found


def test_a_reported_clause_with_no_subject_of_its_own_has_the_speaker_for_subject(extract):
    relations = extract("Il ministro degli Esteri Antonio Tajani ha annunciato che la prossima settimana incontrerà il segretario di Stato Marco Rubio.")
    meeting = next(r for r in relations if r.relation == "consults")
    assert {meeting.subject.name, meeting.object.name} == {"Antonio Tajani", "Marco Rubio"}
    assert meeting.modality == "future" and meeting.attributed_to is None


def test_a_reported_clause_with_its_own_subject_keeps_it(extract):
    found = triples(extract("La Francia ha detto che la Germania sosterrà la Polonia."))
    assert ("France", "supports", "Poland") not in found


def test_an_actor_in_a_relative_opened_by_di_cui_is_not_the_subject_after_it(extract):
    found = triples(extract("Il Partito democratico, di cui Schlein è segretaria, ha criticato la Francia."))
    assert not any(s == "Elly Schlein" and r == "criticizes" for s, r, _ in found)


def test_the_holder_named_after_a_two_word_title_of_a_body_is_the_object(extract):
    found = triples(extract("Crosetto ha incontrato l'amministratore delegato di Fincantieri, Pierroberto Folgiero."))
    assert ("Guido Crosetto", "consults", "Pierroberto Folgiero") in found or ("Pierroberto Folgiero", "consults", "Guido Crosetto") in found


def test_welcoming_a_visitor_is_a_consultation_and_welcoming_with_favour_is_praise(extract):
    found = triples(extract("Il presidente turco Erdoğan ha accolto ad Ankara il cancelliere tedesco Friedrich Merz. "
                            "La Grecia ha accolto con favore la proposta della Francia."))
    assert ("Friedrich Merz", "consults", "Recep Tayyip Erdoğan") in found
    assert ("Greece", "praises", "France") in found


def test_a_participle_without_auxiliary_has_no_subject_before_it(extract):
    found = triples(extract("Il tecnico ucraino fermato a Varsavia su richiesta della Germania è stato rilasciato."))
    assert not any(r == "coerces" for s, r, o in found)


def test_a_participle_with_its_agent_after_da_detains(extract):
    found = triples(extract("Il giornalista Paolo Neri, fermato dalla polizia turca a Smirne, è detenuto da due settimane dalle autorità turche."))
    assert any(r == "coerces" and o == "Paolo Neri" for s, r, o in found)


def test_a_government_named_by_its_leader_is_the_state_the_leader_heads(extract):
    found = triples(extract("Il presidente argentino Javier Milei è atteso a Roma. Il governo di Javier Milei ha criticato il Cile."))
    assert ("Argentina", "criticizes", "Chile") in found
    assert ("Javier Milei", "criticizes", "Chile") not in found


def test_a_government_named_by_its_state_and_its_president_is_the_state_and_he_leads_it(extract):
    found = triples(extract("Il governo keniano del presidente William Ruto ha chiesto all'Unione africana di inviare osservatori."))
    assert ("Kenya", "requests", "African Union") in found
    assert ("William Ruto", "leaderOf", "Kenya") in found
    assert ("William Ruto", "requests", "African Union") not in found


def test_the_government_alone_is_the_press_own_state_when_the_story_names_it(extract):
    found = triples(extract("L'Italia ha rinviato il voto sulla riforma. Il sindacato Cgil ha accusato il governo di ignorare i lavoratori."))
    assert ("CGIL", "accuses", "Italy") in found


def test_an_event_noun_after_an_inverted_speech_verb_takes_the_speaker(extract):
    found = triples(extract("La tregua deve reggere, ha dichiarato il presidente francese Emmanuel Macron dopo un colloquio con il premier indiano Narendra Modi."))
    assert any(r == "consults" and {s, o} == {"Emmanuel Macron", "Narendra Modi"} for s, r, o in found)


def test_a_speech_verb_opened_by_a_clitic_has_its_speaker_after_it(extract):
    found = triples(extract("Lo ha riferito il ministro Antonio Tajani al termine dell'incontro con il premier greco Kyriakos Mitsotakis."))
    assert any(r == "consults" and "Mitsotakis" in o and "Tajani" in s for s, r, o in found)


def test_a_charge_in_a_bare_participle_on_the_object_is_made_by_the_clause_subject(extract):
    relations = extract("Il Mali ha espulso due diplomatici francesi, accusati di spionaggio.")
    assert any(r.relation == "accuses" and r.subject.name == "Mali" for r in relations)


def test_a_present_verb_that_shares_its_form_with_a_noun_is_read_as_the_verb(extract):
    found = triples(extract("Caracas accusa la Colombia di ospitare i ribelli. Bogotà minaccia dazi sul Venezuela."))
    assert ("Venezuela", "accuses", "Colombia") in found
    assert ("Colombia", "threatens", "Venezuela") in found


def test_a_full_lo_before_a_vowel_is_a_clitic_and_the_noun_shaped_present_after_it_a_verb(extract):
    found = triples(extract("Il premier Robert Fico ha bloccato il pacchetto. La Commissione europea lo accusa di ricatto."))
    assert ("European Commission", "accuses", "Robert Fico") in found
    assert ("European Commission", "accuses", "Slovakia") in triples(extract("La Slovacchia ha respinto l'accusa della Commissione europea."))


def test_signing_a_memorandum_or_a_convention_is_an_agreement(extract):
    found = triples(extract("Spagna e Portogallo hanno firmato a Lisbona una convenzione sulla gestione dei fiumi."))
    assert any(r == "agreesWith" and {s, o} == {"Spain", "Portugal"} for s, r, o in found)


def test_a_strike_against_an_actor_is_a_protest(extract):
    found = triples(extract("La Cgil ha proclamato uno sciopero di otto ore contro Stellantis."))
    assert ("CGIL", "protests", "Stellantis") in found


def test_recalling_an_ambassador_or_lodging_a_protest_is_a_protest(extract):
    found = triples(extract("Il Marocco ha richiamato il proprio ambasciatore a Madrid. Tokyo ha presentato una protesta formale alla Cina."))
    assert ("Morocco", "protests", "Spain") in found
    assert ("Japan", "protests", "China") in found


def test_a_title_before_e_names_no_one_after_it(extract):
    found = triples(extract("Il premier spagnolo e Emmanuel Macron hanno firmato un accordo sui migranti."))
    assert ("Emmanuel Macron", "leaderOf", "Spain") not in found


def test_a_visit_set_off_after_an_actor_is_that_actor_s_visit(extract):
    found = triples(extract("Il presidente cileno Gabriel Boric, in visita a Lima, ha elogiato il governo peruviano."))
    assert any(r == "consults" and {s, o} == {"Gabriel Boric", "Peru"} for s, r, o in found)


def test_an_actor_inside_a_relative_clause_is_not_the_subject_of_the_verb_after_it(extract):
    found = triples(extract("Il generale Mahamat Déby, che governa il Ciad con il sostegno della Francia, ha ricevuto una delegazione russa."))
    assert not any(r == "consults" and {"Chad", "France"} & {s, o} for s, r, o in found)
    assert any(r == "consults" and "Russia" in (s, o) and "Déby" in s + o for s, r, o in found)


def test_a_participle_after_an_article_is_a_noun(extract):
    found = triples(extract("La Francia ha nominato un inviato speciale in Libano."))
    assert ("France", "aids", "Lebanon") not in found


def test_a_preposition_reaches_no_actor_that_another_preposition_governs(extract):
    found = triples(extract("La Spagna ha lodato il sostegno della Francia alla cooperazione con il Mali."))
    assert ("France", "supports", "Mali") not in found


def test_a_title_takes_its_di_only_right_after_it(extract):
    found = triples(extract("Al vertice c'era anche l'ex ministro Paolo Gentiloni, leader del Partito democratico."))
    assert not any(r == "affiliatedWith" and s == "Paolo Gentiloni" for s, r, o in found)


def test_a_genitive_agent_is_distributed_over_its_coordination(extract):
    found = triples(extract("La Grecia ha criticato i raid di Francia e Germania contro lo Stato islamico."))
    assert ("France", "attacks", "Islamic State") in found
    assert ("Germany", "attacks", "Islamic State") in found


def test_a_government_named_by_a_leader_the_gazetteer_knows_is_his_state(extract):
    found = triples(extract("Il governo di Viktor Orbán ha criticato la Commissione europea."))
    assert ("Hungary", "criticizes", "European Commission") in found
    assert ("Viktor Orbán", "leaderOf", "Hungary") in found


def test_a_state_owned_by_the_person_who_leads_it_states_the_leadership(extract):
    found = triples(extract("La Turchia di Recep Tayyip Erdoğan ha bloccato l'adesione della Svezia."))
    assert ("Recep Tayyip Erdoğan", "leaderOf", "Turkey") in found


def test_a_predicate_after_a_che_clause_shares_the_subject_of_the_clause_before(extract):
    found = triples(extract("Il Portogallo ha respinto quello che ha definito un diktat, ha accusato la Spagna di mentire e ha chiesto alla Francia di mediare."))
    assert ("Portugal", "accuses", "Spain") in found
    assert ("Portugal", "requests", "France") in found


def test_a_predicate_after_ma_shares_the_subject_of_the_clause_with_its_tense(extract):
    found = triples(extract("Il ministro Paolo Neri ha detto che Madrid «resta un partner», ma ha criticato le «scelte francesi» sul nucleare."))
    assert ("Paolo Neri", "criticizes", "France") in found
    assert ("Spain", "criticizes", "France") not in found


def test_the_two_countries_are_the_last_two_actors_joined_by_e(extract):
    found = triples(extract("Il Perù e l'Ecuador si contendono una valle di confine. L'ONU ha esortato i due Paesi al dialogo."))
    assert ("United Nations", "requests", "Peru") in found
    assert ("United Nations", "requests", "Ecuador") in found


def test_both_sides_of_a_dispute_between_leaders_are_their_states(extract):
    found = triples(extract("Il presidente turco Recep Tayyip Erdoğan ha accusato il premier greco Kyriakos Mitsotakis di provocazioni. "
                            "La Nato ha invitato entrambe le parti alla calma."))
    assert ("NATO", "requests", "Turkey") in found
    assert ("NATO", "requests", "Greece") in found


def test_a_mutual_accusation_goes_both_ways(extract):
    found = triples(extract("Il Marocco e l'Algeria si sono accusati a vicenda di aver violato la tregua."))
    assert ("Morocco", "accuses", "Algeria") in found
    assert ("Algeria", "accuses", "Morocco") in found


def test_a_noun_s_complement_does_not_reach_past_a_comma_into_another_clause(extract):
    found = triples(extract("Il tecnico è stato fermato su richiesta del Canada, che lo accusa di aver venduto droni alla Russia."))
    assert ("Canada", "requests", "Russia") not in found


def test_the_owner_of_an_event_noun_may_follow_its_complement(extract):
    found = triples(extract("La visita a Madrid del presidente francese Emmanuel Macron è stata rinviata."))
    assert any(r == "consults" and {s, o} == {"Emmanuel Macron", "Spain"} for s, r, o in found)


def test_praising_a_joint_act_praises_the_partner_its_noun_names(extract):
    found = triples(extract("Il ministro Paolo Neri ha elogiato «la cooperazione con le autorità marocchine» sui migranti."))
    assert any(r == "praises" and s == "Paolo Neri" and "Morocc" in o for s, r, o in found)


def test_the_three_countries_are_the_last_three_actors_joined_by_e(extract):
    found = triples(extract("Spagna, Portogallo e Grecia hanno scritto alla Commissione. I tre Paesi accusano la Turchia di ostacolare i soccorsi."))
    assert {("Spain", "accuses", "Turkey"), ("Portugal", "accuses", "Turkey"), ("Greece", "accuses", "Turkey")} <= found


def test_a_delegation_led_by_a_person_is_that_person_s(extract):
    found = triples(extract("Il presidente Sergio Mattarella ha ricevuto una delegazione ucraina guidata da Andriy Yermak."))
    assert any(r == "consults" and {s, o} == {"Sergio Mattarella", "Andriy Yermak"} for s, r, o in found)
    assert not any(r == "consults" and "Ukraine" in (s, o) for s, r, o in found)


def test_answering_an_owned_statement_makes_its_owner_address_the_one_who_answers(extract):
    found = triples(extract("Lisbona ha respinto le richieste di Madrid."))
    assert {("Portugal", "rejects", "Spain"), ("Spain", "requests", "Portugal")} <= found


def test_repeating_an_owned_statement_addresses_nobody(extract):
    found = triples(extract("Il ministro Carla Fontana ha ribadito il sostegno della Francia."))
    assert not any(r == "supports" and o == "Carla Fontana" for s, r, o in found)


def test_ending_a_hostile_measure_is_a_concession_to_its_target(extract):
    assert ("Japan", "concedes", "South Korea") in triples(extract("Il Giappone ha revocato le sanzioni contro la Corea del Sud."))


def test_an_offer_to_end_a_measure_is_a_conditional_concession_not_a_threat(extract):
    relations = extract("Il Canada è pronto a sospendere i dazi sui prodotti messicani a condizione che il Messico rafforzi i controlli.")
    offer = next(r for r in relations if r.relation == "concedes")
    assert (offer.subject.name, offer.object.name, offer.modality) == ("Canada", "Mexico", "conditional")
    assert not any(r.relation == "threatens" for r in relations)


def test_a_contracted_in_cambio_di_opens_an_exchange(extract):
    relations = extract("La Bolivia è disposta a riaprire il valico al Cile in cambio della revoca delle tariffe.")
    demand = next(r for r in relations if r.relation == "demands")
    assert (demand.subject.name, demand.object.name, demand.condition) == ("Bolivia", "Chile", "revoca delle tariffe")


def test_a_direct_object_described_by_a_common_noun_is_the_person_named_after_its_comma(extract):
    found = triples(extract("La polizia greca ha arrestato il direttore del porto, Nikos Papadakis, e ha sequestrato i documenti."))
    assert any(r == "coerces" and o == "Nikos Papadakis" for s, r, o in found)


def test_a_clitic_with_no_antecedent_in_its_sentence_is_the_person_the_sentence_before_names(extract):
    found = triples(extract("Emmanuel Macron ha visitato Dakar. Il presidente senegalese lo ha ringraziato per il sostegno."))
    assert any(r == "praises" and o == "Emmanuel Macron" for s, r, o in found)


def test_dismissing_a_thing_no_row_names_reaches_whoever_the_sentence_before_is_about(extract):
    found = triples(extract("La Francia ha presentato un piano di pace per il Sahel. Il governo maliano ha respinto il documento."))
    assert ("Mali", "rejects", "France") in found


def test_killing_is_an_attack(extract):
    assert ("Azerbaijani military", "attacks", "Armenia") in triples(extract("Le truppe azere hanno ucciso due ufficiali armeni."))


def test_unblocking_funds_for_a_country_aids_it(extract):
    assert ("Japan", "aids", "Philippines") in triples(extract("Tokyo è pronta a sbloccare 200 milioni di aiuti per le Filippine."))


def test_a_noun_s_partner_may_stand_between_its_light_verb_and_it(extract):
    found = triples(extract("Il Cile ha firmato con l'Argentina un accordo sul litio."))
    assert any(r == "agreesWith" and {s, o} == {"Chile", "Argentina"} for s, r, o in found)


def test_a_title_names_no_person_past_a_verb(extract):
    found = triples(extract("Il premier greco ha incontrato Erdogan ad Ankara."))
    assert not any(r == "leaderOf" and s == "Recep Tayyip Erdoğan" for s, r, o in found)
    assert any(r == "consults" and o == "Recep Tayyip Erdoğan" for s, r, o in found)


def test_a_reflexive_verb_with_its_auxiliary_is_active_not_passive(extract):
    assert ("Luiz Inácio Lula da Silva", "praises", "Javier Milei") in triples(
        extract("Il presidente Lula si è congratulato con Javier Milei per la vittoria.")
    )
    assert ("Spain", "rejects", "Israel") in triples(extract("Il governo spagnolo si è opposto al piano di Israele."))


def test_an_actor_joined_to_a_complement_is_a_complement_too(extract):
    found = triples(extract("La Turchia ha ospitato i colloqui tra Israele e Hamas."))
    consulted = {o if s == "Turkey" else s for s, r, o in found if r == "consults" and "Turkey" in (s, o)}
    assert consulted == {"Israel", "Hamas"}


def test_a_title_s_person_not_its_adjective_is_the_coordinated_subject(extract):
    found = triples(extract("Il premier indiano e Giorgia Meloni hanno firmato un accordo.", date="2025-06-01"))
    assert any(r == "agreesWith" and {s, o} == {"Narendra Modi", "Giorgia Meloni"} for s, r, o in found)
    assert not any(r == "agreesWith" and "India" in (s, o) for s, r, o in found)


def test_a_judgement_quoted_after_the_object_is_near_its_verb(extract):
    found = triples(extract("Il ministro Pedro Sánchez ha definito la nuova legge del Marocco «un grave errore»."))
    assert ("Pedro Sánchez", "criticizes", "Morocco") in found


def test_the_antecedent_of_a_relative_che_is_the_object_of_its_verb(extract):
    found = triples(extract("Il vertice discuterà i dazi canadesi sul legname, che Sánchez ha criticato."))
    assert ("Pedro Sánchez", "criticizes", "Canada") in found


def test_the_government_is_the_state_last_named(extract):
    found = triples(extract("In Perù si vota domenica. L'ex presidente Pedro Castillo ha accusato il governo di svendere il rame."))
    assert ("Pedro Castillo", "accuses", "Peru") in found


def test_a_joint_venture_created_or_given_life_joins_its_founders(extract):
    found = triples(extract("Fincantieri, Thales e Airbus daranno vita a una joint venture con sede a Tolosa."))
    assert any(r == "cooperatesWith" and {s, o} == {"Fincantieri", "Airbus"} for s, r, o in found)
    assert ("Fincantieri", "cooperatesWith", "Thales") in triples(extract("Fincantieri ha creato una joint venture con Thales."))


def test_a_procedure_against_a_state_and_a_verification_are_investigations(extract):
    assert ("European Commission", "investigates", "Poland") in triples(
        extract("La Commissione europea ha aperto una procedura d'infrazione contro la Polonia.")
    )
    assert ("Frontex", "investigates", "Greece") in triples(extract("Frontex verificherà i controlli della Grecia alla frontiera."))


def test_a_relative_pronoun_after_the_slot_preposition_gives_that_slot_its_antecedent(extract):
    relations = triples(extract("Il premier Paolo Verdi ha avuto un colloquio con l'omologo cileno Marco Ruiz, al quale ha chiesto di riaprire il porto."))
    assert ("Paolo Verdi", "requests", "Marco Ruiz") in relations
    negated = extract("La Norvegia ha ricevuto una delegazione della Bolivia, alla quale non ha chiesto nulla.")
    assert not any(r.relation == "requests" and not r.negated for r in negated)


def test_a_managing_director_leads_the_company_and_a_correspondent_works_for_her_paper(extract):
    found = triples(extract("L'amministratore delegato di Fincantieri Marco Bruni ha incontrato il presidente tunisino Kais Saied."))
    assert ("Marco Bruni", "leaderOf", "Fincantieri") in found
    found = triples(extract("La giornalista Anna Verdi, inviata della Rai, è stata espulsa dalla Russia."))
    assert ("Anna Verdi", "affiliatedWith", "RAI") in found


def test_a_person_heading_a_named_body_leads_it_but_not_a_delegation_of_a_state(extract):
    assert ("Mark Rutte", "leaderOf", "NATO") in triples(extract("La Nato, guidata da Mark Rutte, ha criticato la Russia."))
    assert not any(r.relation == "leaderOf" for r in extract("Il ministro ha ricevuto una delegazione polacca guidata da Radosław Sikorski."))


def test_a_word_of_a_name_triggers_nothing(extract):
    relations = extract("Il ministro della Difesa italiano Guido Bianchi ha criticato Parigi.")
    assert ("Guido Bianchi", "criticizes", "France") in triples(relations)
    assert not any(r.relation == "leaderOf" for r in relations)


def test_a_noun_a_copula_puts_on_its_subject_takes_that_subject(extract):
    assert ("Norway", "cooperatesWith", "Poland") in triples(extract("La Norvegia è diventata il primo fornitore di gas della Polonia."))
    assert ("Hungary", "sanctions", "Russia") not in triples(extract("L'Ungheria si è opposta alle sanzioni contro la Russia."))


def test_a_condition_reported_by_a_speaker_is_set_by_the_speaker(extract):
    relations = extract("Il presidente Luca Ferri ha detto che lo sciopero finirà solo se Marco Neri si dimetterà.")
    demand = next(r for r in relations if r.relation == "demands")
    assert (demand.subject.name, demand.object.name) == ("Luca Ferri", "Marco Neri")
    assert demand.condition == "Marco Neri si dimetterà"


def test_the_government_a_condition_names_is_its_party(extract):
    relations = extract("La Uil ha proclamato uno sciopero contro il governo italiano. La Uil è pronta a revocarlo solo se il governo riaprirà il tavolo.")
    demand = next(r for r in relations if r.relation == "demands")
    assert (demand.subject.name, demand.object.name, demand.condition) == ("UIL", "Italy", "il governo riaprirà il tavolo")


def test_a_title_with_a_hyphenated_demonym_names_its_person_later(extract):
    relations = extract("Il leader greco-cipriota Nikos Christodoulides ha criticato la Turchia. L'Ue ha elogiato il leader greco-cipriota.")
    assert ("European Union", "praises", "Nikos Christodoulides") in triples(relations)
    assert not any(r.relation == "leaderOf" for r in relations)


def test_accepting_a_request_concedes_to_whoever_made_it(extract):
    found = triples(extract("Il Marocco ha accettato la richiesta della Spagna."))
    assert ("Morocco", "concedes", "Spain") in found
    assert ("Morocco", "agreesWith", "Spain") not in found


def test_a_title_before_an_unknown_name_is_not_the_home_office_holder(extract):
    found = triples(extract("Il premier Kovač ha incontrato Macron."))
    assert not any("Giorgia Meloni" in (s, o) for s, _, o in found)


def test_a_described_actor_is_coordinated_as_a_name_is(extract):
    found = triples(extract("Enel e la compagnia brasiliana Petrobras hanno firmato a Brasilia un accordo sul gas."))
    assert {("Enel", "agreesWith", "Petrobras"), ("Petrobras", "agreesWith", "Enel")} & found


def test_shaking_hands_is_a_meeting_of_both_sides(extract):
    found = triples(extract("Il presidente francese Emmanuel Macron e il cancelliere Friedrich Merz si sono stretti la mano a Berlino."))
    assert {("Emmanuel Macron", "consults", "Friedrich Merz"), ("Friedrich Merz", "consults", "Emmanuel Macron")} & found
    assert not any(o == "Germany" for s, r, o in found if r == "consults")


def test_a_first_person_verb_in_a_transcript_is_its_speakers_or_their_states(extract):
    found = triples(extract(
        "Intervista al presidente cileno Gabriel Boric.\n\nD: Presidente, il Perù ha chiuso il confine.\n\n"
        "BORIC: Non chiederò a Lima di riaprirlo. Chiederemo alla Francia di aiutarci."
    ))
    assert ("Gabriel Boric", "requests", "Peru") in found
    assert ("Chile", "requests", "France") in found


def test_a_european_commissioner_belongs_to_the_union(extract):
    found = triples(extract("Il commissario europeo Andrius Kubilius ha incontrato a Varsavia il premier polacco."))
    assert ("Andrius Kubilius", "affiliatedWith", "European Union") in found
    unknown = triples(extract("Il commissario straordinario Paolo Verdi ha visitato il porto di Genova."))
    assert not any(r == "affiliatedWith" for _, r, _ in unknown)


def test_an_actor_after_a_preposition_and_an_infinitive_is_the_infinitives_not_the_addressee(extract):
    found = triples(extract("Il ministro Carlo Bianchi ha invitato tutte le parti a proteggere i manifestanti."))
    assert not any(r == "requests" for _, r, _ in found)
    addressed = triples(extract("Il ministro Carlo Bianchi ha invitato la Grecia a ritirare le navi."))
    assert ("Carlo Bianchi", "requests", "Greece") in addressed


@pytest.mark.parametrize("text, relation", [
    pytest.param("Il ministro Carlo Neri ha detto dopo il tavolo con Fincantieri che i cantieri restano aperti.",
                 ("Carlo Neri", "negotiatesWith", "Fincantieri"), id="a negotiating table"),
    pytest.param("Le sanzioni che il Canada ha imposto alla Bielorussia restano in vigore.",
                 ("Canada", "sanctions", "Belarus"), id="an event noun made by a relative clause's light verb"),
    pytest.param("Erdoğan ha minacciato di rompere le relazioni con Israele.",
                 ("Recep Tayyip Erdoğan", "threatens", "Israel"), id="a threat's object behind a preposition of its complement"),
    pytest.param("Il presidente Lula ha però respinto più volte i «diktat» della Banca mondiale.",
                 ("Luiz Inácio Lula da Silva", "rejects", "World Bank"), id="quotes do not count in a direct object's reach"),
    pytest.param("Ankara sostiene invece che la nave greca abbia violato le sue acque e ha intimato ad Atene di ritirarla.",
                 ("Turkey", "demands", "Greece"), id="a verb after a subjunctive clause has the main subject"),
    pytest.param("Il sindacato Ugtt ha criticato duramente la Banca mondiale.",
                 ("UGTT", "criticizes", "World Bank"), id="a Tunisian union of the gazetteer"),
    pytest.param("Buenos Aires ha criticato Santiago per la chiusura del valico.",
                 ("Argentina", "criticizes", "Chile"), id="the Italian form of a capital"),
    pytest.param("Il Pakistan ha accusato i talebani di proteggere i miliziani.",
                 ("Pakistan", "accuses", "Taliban"), id="an armed group in lowercase"),
    pytest.param("Il cancelliere Friedrich Merz ha telefonato a Lula e lo ha ringraziato.",
                 ("Friedrich Merz", "praises", "Luiz Inácio Lula da Silva"), id="a clitic after a coordination"),
    pytest.param("Il presidente cileno Gabriel Boric è stato ricevuto dalla premier Giorgia Meloni, che lo ha elogiato.",
                 ("Giorgia Meloni", "praises", "Gabriel Boric"), id="a clitic in a relative clause"),
    pytest.param("Il governo di Chisinau ha avviato un negoziato con Mosca.",
                 ("Moldova", "negotiatesWith", "Russia"), id="a noun after an article read by its own row"),
    pytest.param("Il governo di unità nazionale di Abdul Hamid Dbeibah ha accusato la Turchia.",
                 ("Libya", "accuses", "Turkey"), id="a government's own name before its leader"),
    pytest.param("Il governo di Nicolás Maduro è pronto a liberare tre giornalisti in cambio dello sblocco dei fondi. "
                 "Il Dipartimento di Stato americano ha respinto la proposta.",
                 ("US State Department", "rejects", "Venezuela"), id="a capital Stato is no passive auxiliary"),
    pytest.param("Conferenza stampa del ministro degli Esteri Antonio Tajani\n\n"
                 "D: Ministro, la Germania vi ha chiesto di inviare navi?\n\n"
                 "TAJANI: No.",
                 ("Germany", "requests", "Italy"), id="the interviewer's vi is the state of the one asked"),
    pytest.param("Il ministro dei Trasporti Matteo Salvini ha minacciato di precettare i lavoratori se i sindacati non ridurranno lo sciopero. "
                 "Il segretario della Cgil, Maurizio Landini, ha respinto l'ultimatum.",
                 ("Maurizio Landini", "rejects", "Matteo Salvini"), id="a demand set as a condition recalled by its rejection"),
    pytest.param("La Cgil ha proclamato otto ore di astensione contro la manovra del governo Meloni.",
                 ("CGIL", "protests", "Italy"), id="hours of abstention against someone are a strike"),
    pytest.param("Un raid russo ha colpito Leopoli, nell'ovest dell'Ucraina. La Francia ha espresso «ferma condanna» per il raid.",
                 ("France", "criticizes", "Russia"), id="a noun of condemnation recalls the deed's author"),
    pytest.param("L'India ha vietato le esportazioni di riso verso il Bangladesh, una decisione che Dacca ha definito «infondata».",
                 ("Bangladesh", "criticizes", "India"), id="a noun phrase after a comma sums up the clause a relative judges"),
    pytest.param("Il ministro Matteo Piantedosi ha annunciato ricorso in Cassazione.",
                 ("Matteo Piantedosi", "requests", "Court of Cassation"), id="an appeal to a court asks it"),
    pytest.param("Il governo serbo ha respinto le accuse di Pristina definendole «ridicole».",
                 ("Serbia", "criticizes", "Kosovo"), id="a rejection with a quoted judgement in a gerund also criticises"),
    pytest.param("L'Eni ha firmato un contratto con la compagnia algerina Sonatrach.",
                 ("Eni", "agreesWith", "Sonatrach"), id="signing a contract is an agreement"),
    pytest.param("Droni russi hanno colpito nella notte Leopoli, nell'ovest dell'Ucraina.",
                 ("Russia", "attacks", "Ukraine"), id="a place the gazetteer lacks set in one it has after a comma"),
    pytest.param("Il Brasile e l'Argentina hanno inviato aiuti al Cile, e il presidente Gabriel Boric li ha ringraziati entrambi.",
                 ("Gabriel Boric", "praises", "Argentina"), id="a clitic with entrambi is the last actors joined"),
    pytest.param("Intervista al presidente cileno Gabriel Boric\n\nD: Chi vi ha aiutato?\n\n"
                 "BORIC: Il Brasile e l'Unione europea ci hanno sostenuto, e li ho ringraziati entrambi.",
                 ("Gabriel Boric", "praises", "European Union"), id="a first-person verb in a turn is the speaker's"),
    pytest.param("La Russia ha vietato le importazioni di vino dalla Moldavia.",
                 ("Russia", "sanctions", "Moldova"), id="stopping imports from a state sanctions it"),
    pytest.param("Scontri a Misurata tra la Brigata 444 e le milizie Radaa. L'Unsmil ha chiesto alle due fazioni di fermarsi.",
                 ("UNSMIL", "requests", "Radaa"), id="a pair word after a contracted preposition names the two factions"),
    pytest.param("Il Kenya ha mediato tra la Brigata 444, fedele al premier libico Abdul Hamid Dbeibah, e la milizia Radaa. "
                 "L'Unsmil ha chiesto alle due fazioni di fermarsi.",
                 ("UNSMIL", "requests", "Brigata 444"), id="a describing insertion between commas does not end a coordination"),
    pytest.param("Italia e Algeria hanno firmato sei accordi commerciali, tra cui uno tra Eni e Sonatrach.",
                 ("Eni", "agreesWith", "Sonatrach"), id="an elliptical uno before tra stands for the noun before its comma"),
    pytest.param("Mosca ha inviato truppe su richiesta del Kazakistan.",
                 ("Russia", "aids", "Kazakhstan"), id="an aid sent at someone's request is given to the one who asked"),
    pytest.param("Il premier albanese Edi Rama ha difeso l'intesa. Amnesty ha denunciato il protocollo tra Roma e Tirana.",
                 ("Amnesty International", "criticizes", "Italy"), id="a thing between two parties named after it is theirs"),
    pytest.param("Nel 2024 il Qatar ha superato la Russia come primo fornitore della Germania.",
                 ("Germany", "cooperatesWith", "Qatar"), id="a noun after come says what the subject is"),
    pytest.param("L'Unicef ha inviato a Beirut medicinali per la popolazione libanese.",
                 ("UNICEF", "aids", "Lebanese civilians"), id="what is sent for someone is given to them, not to the place"),
    pytest.param("Il comandante della Kfor, il generale italiano Enrico Barduani, ha incontrato il premier Albin Kurti.",
                 ("Enrico Barduani", "leaderOf", "KFOR"), id="a person described after the comma of a title's complement holds it"),
    pytest.param("Haftar ha ospitato il viceministro della Difesa russo Yunus-Bek Yevkurov.",
                 ("Yunus-Bek Yevkurov", "affiliatedWith", "Russia"), id="a deputy minister serves the state"),
    pytest.param("Cinque militari spagnoli della Nato sono rimasti feriti in Lettonia.",
                 ("Spanish military", "memberOf", "NATO"), id="a state's forces of an international body are its members"),
    pytest.param("Ales Bialiatski ha ricevuto il premio a Oslo. L'attivista era stato arrestato dalla Bielorussia nel 2021.",
                 ("Belarus", "coerces", "Ales Bialiatski"), id="a definite noun for a kind of person is the person just named"),
    pytest.param("La Serbia ha minacciato di chiudere il confine se Pristina non ritirerà la polizia. "
                 "Il premier Albin Kurti ha respinto quello che ha definito un ultimatum.",
                 ("Albin Kurti", "rejects", "Serbia"), id="a demonstrative a relative calls a thing is that thing"),
    pytest.param("Rabat ha accolto con favore il sostegno della Francia al suo piano di autonomia.",
                 ("France", "supports", "Morocco"), id="a noun's complement with a possessive is the possessor's"),
    pytest.param("I soldati ruandesi, inviati da Kigali in Mozambico e finanziati dall'Unione europea, presidiano Palma.",
                 ("European Union", "aids", "Rwandan military"), id="a participle joined to an earlier one describes the same noun"),
    pytest.param("Le Forze di supporto rapido hanno preso il controllo di una base dell'esercito sudanese.",
                 ("Rapid Support Forces", "attacks", "Sudanese military"), id="taking control of someone's base attacks them"),
    pytest.param("La Corea del Nord ha minacciato di colpire Seul se le esercitazioni continueranno. "
                 "Il presidente sudcoreano Lee Jae-myung ha replicato che le esercitazioni proseguiranno.",
                 ("Lee Jae-myung", "rejects", "North Korea"), id="a reply in words rejects the threat just reported"),
    pytest.param("Ieri i negoziati tra Armenia e Azerbaigian sono ripresi a Ginevra.",
                 ("Armenia", "negotiatesWith", "Azerbaijan"), id="the pair after tra is one phrase before the clause's verb"),
])
def test_a_sentence_states_its_relation(extract, text, relation):
    assert relation in triples(extract(text))


# --- eighth round -------------------------------------------------------------------------------------


def test_a_government_no_state_is_named_with_is_the_story_s_state_or_the_press_s_own(extract):
    home = triples(extract("La Cgil ha proclamato uno sciopero generale contro il governo per il 5 marzo."))
    assert ("CGIL", "protests", "Italy") in home
    abroad = triples(extract(
        "Il presidente tunisino Kaïs Saïed ha sciolto il consiglio comunale di Sfax. "
        "Il sindacato Ugtt ha minacciato uno sciopero se il governo aumenterà le tasse sul pane."
    ))
    assert ("UGTT", "threatens", "Tunisia") in abroad
    assert not any(o == "Italy" for _, _, o in abroad)


def test_governments_in_the_plural_are_no_one_government(extract):
    found = triples(extract("L'Alto rappresentante Kaja Kallas ha invitato i governi europei a non partecipare alla parata."))
    assert not any(o == "Italy" for _, _, o in found)


def test_a_request_noun_after_su_asks_for_the_act_of_its_clause(extract):
    assert ("Kazakhstan", "requests", "Russia") in triples(extract("Mosca ha inviato truppe su richiesta del Kazakistan."))
    assert ("Mozambique", "requests", "Rwanda") in triples(extract("I soldati ruandesi, inviati da Kigali su richiesta di Maputo, presidiano il porto."))



@pytest.mark.parametrize("text, relation", [
    pytest.param("La Cgil ha manifestato davanti a Montecitorio contro il governo Meloni.",
                 ("CGIL", "protests", "Italy"), id="demonstrating against"),
    pytest.param("La Uil ha contestato in piazza la premier Giorgia Meloni.",
                 ("UIL", "protests", "Giorgia Meloni"), id="contesting in the street"),
    pytest.param("Gli iscritti della Cgil hanno sfilato a Roma contro il governo Meloni.",
                 ("CGIL", "protests", "Italy"), id="marching against"),
])
def test_demonstrations_are_protests(extract, text, relation):
    assert relation in triples(extract(text))


def test_condemning_an_attack_criticises_whoever_the_text_said_attacked(extract):
    found = triples(extract("Le forze israeliane hanno bombardato nella notte Beirut sud. Il presidente libanese Joseph Aoun ha condannato l'attacco."))
    assert ("Joseph Aoun", "criticizes", "Israeli military") in found
    charged = triples(extract("Il Cremlino accusa Kiev di aver attaccato con droni una raffineria. Il cancelliere Friedrich Merz ha condannato l'attacco."))
    assert ("Friedrich Merz", "criticizes", "Ukraine") not in charged


def test_a_hostile_judgement_makes_a_verb_of_evaluation_criticism(extract):
    assert ("Japan", "criticizes", "China") in triples(extract("Il governo giapponese ha definito «del tutto infondata» la decisione della Cina."))
    assert not any(r == "criticizes" for _, r, _ in triples(extract("Il ministro ha definito «storico» l'accordo tra la Francia e il Marocco.")))


def test_a_judgement_in_a_relative_clause_is_passed_by_the_main_subject_on_the_antecedent_s_owner(extract):
    found = triples(extract("La Uil e la Cisl hanno indetto uno sciopero contro la riforma del governo Meloni, che giudicano «iniqua»."))
    assert {("UIL", "criticizes", "Italy"), ("CISL", "criticizes", "Italy")} <= found
    named = triples(extract("Il governo di Madrid ha varato la legge, che la Francia giudica «inaccettabile»."))
    assert ("France", "criticizes", "Spain") in named


def test_a_definite_plural_names_the_actors_of_its_kind_just_joined(extract):
    found = triples(extract("Cgil e Uil hanno indetto uno sciopero dei trasporti. Il ministro Matteo Salvini ha minacciato la precettazione se i sindacati non ridurranno la protesta."))
    assert {("Matteo Salvini", "demands", "CGIL"), ("Matteo Salvini", "demands", "UIL")} <= found
    other = triples(extract("Il Pd e il M5S hanno criticato la riforma. I partiti della maggioranza hanno invece elogiato il governo Meloni."))
    assert not any(r == "praises" and s in ("Partito Democratico", "Five Star Movement") for s, r, _ in other)


def test_one_person_attacking_another_is_criticism(extract):
    assert ("Vincenzo De Luca", "criticizes", "Elly Schlein") in triples(extract("Il governatore Vincenzo De Luca ha attaccato Elly Schlein in un comizio."))
    assert ("Hamas", "attacks", "Israel") in triples(extract("Hamas ha attaccato Israele all'alba."))


def test_a_clash_named_as_a_clause_s_adjunct_is_an_attack_both_ways(extract):
    found = triples(extract("Dieci soldati francesi sono rimasti feriti negli scontri con i ribelli del M23."))
    assert {("French military", "attacks", "M23"), ("M23", "attacks", "French military")} <= found
    condemned = triples(extract(
        "Dieci soldati francesi sono rimasti feriti negli scontri con i ribelli del M23. Il presidente Emmanuel Macron ha condannato l'aggressione."
    ))
    assert not any(r == "criticizes" and o == "French military" for _, r, o in condemned)


def test_parties_of_a_clash_may_follow_its_place_and_a_noun_that_describes_them(extract):
    found = triples(extract("Scontri a Tripoli tra la Brigata 444 e le milizie Radaa per il controllo del porto."))
    assert {("Brigata 444", "attacks", "Radaa"), ("Radaa", "attacks", "Brigata 444")} <= found


def test_an_actor_with_a_verb_of_its_own_ends_a_coordination(extract):
    found = triples(extract("Il presidente Kaïs Saïed ha respinto i diktat dell'Fmi, e il sindacato Ugtt minaccia uno sciopero generale."))
    assert ("Kais Saied", "rejects", "International Monetary Fund") in found
    assert not any(r == "rejects" and o == "UGTT" for _, r, o in found)


def test_authorising_supplies_is_a_light_verb_of_the_supplies(extract):
    found = extract("La Spagna non ha autorizzato nuove forniture di armi a Israele.")
    assert any((r.subject.name, r.relation, r.object.name, r.negated) == ("Spain", "aids", "Israel", True) for r in found)


def test_a_mutual_act_a_leader_speaks_of_without_its_agent_is_the_leader_s_state_s(extract):
    found = triples(extract("Il premier albanese Edi Rama ha ribadito che l'intesa con Roma «resta in vigore»."))
    assert ("Albania", "agreesWith", "Italy") in found or ("Italy", "agreesWith", "Albania") in found
    told = triples(extract("Il ministro Tajani ha detto che le sanzioni contro Mosca restano."))
    assert not any(r == "sanctions" for _, r, _ in told)


def test_a_condition_runs_on_through_an_insertion_between_commas(extract):
    found = extract("Teheran sarebbe disposta a rilasciare il cooperante in cambio della liberazione, da parte della Francia, di due agenti iraniani.")
    demands = [r for r in found if (r.subject.name, r.relation, r.object.name) == ("Iran", "demands", "France")]
    assert demands and "di due agenti iraniani" in demands[0].condition


def test_a_minister_s_we_in_a_transcript_sets_the_condition_for_the_state_served(extract):
    found = triples(extract(
        "Intervista al ministro degli Esteri Antonio Tajani (estratto)\n\n"
        "D: Ministro, la Tunisia chiede più fondi.\n\n"
        "TAJANI: Siamo pronti ad aumentare gli aiuti solo se la Tunisia fermerà le partenze."
    ))
    assert {("Italy", "demands", "Tunisia"), ("Italy", "concedes", "Tunisia")} & found
    assert not any(s == "Antonio Tajani" and r == "demands" for s, r, _ in found)


# eighth round, second pass



def test_condemned_violence_is_no_criticism_of_the_sentence_before_s_first_actor(extract):
    found = triples(extract("Il ministro Crosetto ha visitato Belgrado. Il presidente serbo, che non ha condannato le violenze, ha parlato alla nazione."))
    assert not any(r == "criticizes" for _, r, _ in found)


def test_an_adverb_after_ma_keeps_the_subject_of_the_clause_before(extract):
    found = extract("Il governo libico segue la crisi con preoccupazione, ma finora non ha protestato con Ankara.")
    assert any((r.subject.name, r.relation, r.object.name, r.negated) == ("Libya", "protests", "Turkey", True) for r in found)



def test_a_purpose_infinitive_after_a_contact_verb_is_addressed_to_the_one_contacted(extract):
    found = triples(extract("Il ministro degli Esteri Antonio Tajani ha telefonato al collega Johann Wadephul per chiedere un cessate il fuoco."))
    assert ("Antonio Tajani", "requests", "Johann Wadephul") in found
    met = triples(extract("Antonio Tajani ha criticato Johann Wadephul per chiedere un cessate il fuoco."))
    assert not any(r == "requests" for _, r, _ in met)


def test_a_negated_restrictive_relative_is_a_condition_and_the_act_withheld_a_threat(extract):
    found = extract("Il Canada non finanzierà le agenzie dell'Onu che non accetteranno controlli indipendenti.")
    got = {(r.subject.name, r.relation, r.object.name): r.condition for r in found}
    assert got.get(("Canada", "demands", "United Nations")) == "non accetteranno controlli indipendenti"
    assert ("Canada", "threatens", "United Nations") in got


def test_the_speakers_us_before_the_verb_in_a_transcript_is_the_object(extract):
    found = triples(extract(
        "Intervista al presidente della Colombia Gustavo Petro (estratto)\n\n"
        "D: Presidente, chi vi ha aiutato?\n\n"
        "PETRO: Il Brasile e il Messico ci hanno sostenuto fin dall'inizio."
    ))
    assert {("Brazil", "supports", "Colombia"), ("Mexico", "supports", "Colombia")} <= found
    assert not any(s == "Colombia" and r == "supports" for s, r, _ in found)


def test_what_others_did_in_a_transcript_turn_is_attributed_to_the_speaker(extract):
    found = extract(
        "Intervista al presidente della Colombia Gustavo Petro (estratto)\n\n"
        "D: Presidente, chi vi ha aiutato?\n\n"
        "PETRO: Il Brasile ci ha sostenuto. Abbiamo chiesto al Venezuela di chiudere il confine."
    )
    by = {(r.subject.name, r.relation, r.object.name): r.attributed_to for r in found}
    assert by[("Brazil", "supports", "Colombia")].name == "Gustavo Petro"
    assert by.get(("Colombia", "requests", "Venezuela"), "absent") is None


def test_a_noun_with_an_agent_of_its_own_is_not_the_act_a_condition_is_set_on(extract):
    found = triples(extract(
        "Il governo egiziano ha accettato di far passare a Rafah venti camion di aiuti turchi al giorno, "
        "a patto che la distribuzione venga affidata dalla Turchia alla Mezzaluna Rossa."
    ))
    assert ("Egypt", "concedes", "Turkey") in found
    assert ("Egypt", "aids", "Turkey") not in found


def test_thanks_for_an_aid_recall_the_aid_given_to_the_thanker_s_state(extract):
    found = triples(extract("Il ministro degli Esteri ucraino Andrii Sybiha ha ringraziato Parigi per il nuovo pacchetto di aiuti militari."))
    assert ("France", "aids", "Ukraine") in found
    owned = triples(extract("Il premier albanese Edi Rama ha ringraziato la Germania per il sostegno della Francia."))
    assert not any(r == "supports" and s == "Germany" for s, r, _ in owned)



def test_the_two_leaders_are_the_persons_just_named_not_their_partners(extract):
    found = triples(extract(
        "Il presidente brasiliano Lula è stato ricevuto ieri a Berlino dal cancelliere Friedrich Merz. "
        "I due leader hanno firmato un memorandum sulla cooperazione energetica tra Brasile e Germania."
    ))
    assert ("Friedrich Merz", "agreesWith", "Luiz Inácio Lula da Silva") in found
    assert not any(r == "cooperatesWith" for _, r, _ in found)
    assert not any({s, o} & {"Brazil", "Germany"} and {s, o} & {"Friedrich Merz", "Luiz Inácio Lula da Silva"} and r == "agreesWith" for s, r, o in found)




def test_a_judgement_of_a_possessed_thing_judges_the_possessor_not_the_judge(extract):
    found = triples(extract("Il cancelliere Friedrich Merz ha ricevuto il presidente brasiliano Lula e ha criticato la sua politica ambientale."))
    assert ("Friedrich Merz", "criticizes", "Luiz Inácio Lula da Silva") in found
    relative = triples(extract("Il presidente brasiliano Lula è stato ricevuto a Berlino dal cancelliere Friedrich Merz, che ha elogiato le sue riforme."))
    assert ("Friedrich Merz", "praises", "Luiz Inácio Lula da Silva") in relative
    assert ("Friedrich Merz", "praises", "Germany") not in relative


def test_a_condemnation_to_years_of_prison_is_a_sentence_not_criticism(extract):
    found = triples(extract("La Bielorussia ha condannato l'attivista Ales Bialiatski a dieci anni di carcere."))
    assert ("Belarus", "coerces", "Ales Bialiatski") in found
    assert not any(r == "criticizes" for _, r, _ in found)
    words = triples(extract("Il governo francese ha condannato l'attacco della Russia a Kiev."))
    assert ("France", "criticizes", "Russia") in words



def test_saying_oneself_disappointed_by_someone_s_decision_is_criticism(extract):
    found = triples(extract("Il governo francese si è detto deluso dalla scelta di Giorgia Meloni."))
    assert ("France", "criticizes", "Giorgia Meloni") in found
    plain = triples(extract("Il governo francese ha detto che la scelta di Giorgia Meloni è legittima."))
    assert not any(r == "criticizes" for _, r, _ in plain)
    before = triples(extract("Il Mali ha espulso tre diplomatici francesi. Parigi si è detta «delusa»."))
    assert ("France", "criticizes", "Mali") in before


def test_both_sides_are_the_parties_of_the_last_two_sided_event_not_of_a_side_act(extract):
    found = triples(extract("Armenia e Azerbaigian hanno avviato negoziati a Ginevra. Il premier armeno Nikol Pashinyan ha respinto "
                            "la proposta russa. L'Unione europea ha criticato entrambe le parti."))
    assert {("European Union", "criticizes", "Armenia"), ("European Union", "criticizes", "Azerbaijan")} <= found
    assert ("European Union", "criticizes", "Russia") not in found


def test_a_breach_a_source_reports_is_the_source_s_charge(extract):
    found = triples(extract("Secondo il sindaco di Pantelleria, Marco Rossi, la Tunisia non sta rispettando l'intesa con l'Ue. "
                            "Tunisi ha respinto le accuse."))
    assert {("Marco Rossi", "accuses", "Tunisia"), ("Tunisia", "rejects", "Marco Rossi")} <= found
    assert not any(r == "accuses" for _, r, _ in triples(extract("Secondo Kiev, Mosca ha rispettato la tregua.")))


def test_a_gerund_of_hitting_after_a_measure_is_no_attack(extract):
    found = triples(extract("La Cina ha imposto sanzioni sul vino europeo, colpendo soprattutto Francia e Italia."))
    assert not any(r == "attacks" for _, r, _ in found)
    struck = triples(extract("Le forze russe hanno bombardato Kharkiv, colpendo anche una scuola in Ucraina."))
    assert ("Russian military", "attacks", "Ukraine") in struck


def test_a_third_person_of_a_verb_in_ere_is_a_verb_whose_object_is_no_later_subject(extract):
    found = triples(extract("Il Mali espelle due diplomatici francesi e chiede il ritiro delle truppe tedesche."))
    assert not any(s == "French government" and r == "requests" for s, r, _ in found)
    assert ("Mali", "requests", "German military") in found


def test_a_participle_is_read_through_its_verb_past_an_adverb(extract):
    found = triples(extract("Il governo ungherese è stato aspramente criticato dall'Unione europea."))
    assert ("European Union", "criticizes", "Hungary") in found
    rejected = triples(extract("L'offerta di Israele, respinta dall'Egitto, è caduta."))
    assert ("Egypt", "rejects", "Israel") in rejected


def test_a_clitic_after_a_verb_recalls_the_object_phrase_the_actor_ends(extract):
    found = triples(extract("La Russia ha convocato due diplomatici tedeschi e li ha espulsi."))
    assert ("Russia", "coerces", "German government") in found


def test_a_negation_word_inside_a_name_does_not_negate(extract):
    relations = extract("Medici senza frontiere ha criticato il governo del Sudan.")
    assert any((r.subject.name, r.relation, r.object.name, r.negated) == ("Médecins Sans Frontières", "criticizes", "Sudan", False) for r in relations)
    negated = extract("La Serbia non ha criticato la Russia.")
    assert any((r.subject.name, r.relation, r.object.name, r.negated) == ("Serbia", "criticizes", "Russia", True) for r in negated)


def test_a_fronted_clause_without_a_person_has_the_main_clause_subject(extract):
    found = triples(extract("Prima di incontrare Xi Jinping, Lula ha visitato il Vietnam."))
    assert ("Luiz Inácio Lula da Silva", "consults", "Xi Jinping") in found
    criticised = triples(extract("Dopo aver criticato la Cina, il Giappone ha convocato l'ambasciatore cinese."))
    assert ("Japan", "criticizes", "China") in criticised
    own = triples(extract("Dopo che la Cina ha criticato il Vietnam, il Giappone ha convocato l'ambasciatore cinese."))
    assert ("Japan", "criticizes", "Vietnam") not in own


def test_a_fronted_complement_is_the_complement_of_the_main_clause_trigger(extract):
    found = triples(extract("Con il Giappone, la Corea del Sud ha avviato negoziati commerciali."))
    assert {("Japan", "negotiatesWith", "South Korea")} <= found or {("South Korea", "negotiatesWith", "Japan")} <= found
    war = triples(extract("Con la guerra in Sudan, l'Egitto ha chiuso il confine."))
    assert not any(o == "Sudan" for _, _, o in war)


def test_a_participle_with_its_agent_between_commas_does_not_end_a_coordination(extract):
    found = triples(extract("La Sonatrach ha firmato contratti con il consorzio cinese Cnpc, guidato da Sinopec, e con la russa Gazprom."))
    assert {("China National Petroleum Corporation", "agreesWith", "Sonatrach"), ("Gazprom", "agreesWith", "Sonatrach")} <= found


def test_two_subjects_signing_together_agree(extract):
    found = triples(extract("Narendra Modi e Giorgia Meloni hanno firmato un piano d'azione strategico."))
    assert ("Giorgia Meloni", "agreesWith", "Narendra Modi") in found or ("Narendra Modi", "agreesWith", "Giorgia Meloni") in found
    alone = triples(extract("Il ministro Crosetto ha firmato il decreto per il nuovo pacchetto di aiuti."))
    assert not any(r == "agreesWith" for _, r, _ in alone)


def test_a_bare_secretary_heads_the_union_the_sentence_before_names(extract):
    found = triples(extract("La Fiom ha proclamato uno sciopero contro Stellantis. Il segretario Michele De Palma ha chiesto un incontro al governo."))
    assert ("Michele De Palma", "leaderOf", "FIOM") in found
    state = triples(extract("La Nato ha chiesto più spese militari. Il segretario di Stato americano Marco Rubio ha criticato la Spagna."))
    assert not any(r == "leaderOf" for _, r, _ in state)


def test_choosing_the_way_of_talks_is_negotiating(extract):
    found = triples(extract("Il governo giapponese ha scelto la via del negoziato con Pechino."))
    assert ("China", "negotiatesWith", "Japan") in found or ("Japan", "negotiatesWith", "China") in found


def test_a_participle_after_a_title_is_part_of_the_title_not_a_verb(extract):
    found = triples(extract("Il presidente eletto Donald Trump ha minacciato il Messico."))
    assert ("Donald Trump", "threatens", "Mexico") in found
    ceo = triples(extract("Il ministro Urso ha incontrato i vertici di Stellantis. L'amministratore delegato Carlos Tavares ha respinto la richiesta."))
    assert ("Carlos Tavares", "leaderOf", "Stellantis") in ceo


def test_a_haven_offered_in_an_infinitive_is_the_accused_aid(extract):
    found = triples(extract("Il governo siriano accusa la Turchia di offrire rifugio ai curdi del Pkk."))
    assert ("Turkey", "aids", "PKK") in found
    assert not any(s == "Syria" and r == "aids" for s, r, _ in found)


def test_what_a_charge_says_the_accused_did_is_the_accusers_report(extract):
    found = extract("Il governo siriano accusa la Turchia di offrire rifugio ai curdi del Pkk.")
    by = {(r.subject.name, r.relation, r.object.name): r.attributed_to for r in found}
    assert by[("Turkey", "aids", "PKK")] is not None and by[("Turkey", "aids", "PKK")].name == "Syria"
    assert by[("Syria", "accuses", "Turkey")] is None
    noun = extract("Il Niger è accusato di tradimento dalla Francia.")
    assert all(r.attributed_to is None for r in noun)


def test_a_state_set_beside_a_country_of_a_body_is_its_member(extract):
    found = triples(extract("L'Ungheria, Paese membro della Nato, ha bloccato gli aiuti all'Ucraina."))
    assert ("Hungary", "memberOf", "NATO") in found
    led = triples(extract("L'Ue ha discusso il bilancio. La Polonia di Donald Tusk, unico Paese dell'Ue a votare contro, ha criticato Bruxelles."))
    assert ("Poland", "memberOf", "European Union") in led
    assert not any(s == "Donald Tusk" and r == "memberOf" for s, r, _ in led)


def test_the_union_after_the_eu_is_named_is_the_eu(extract):
    found = triples(extract("L'Ue ha discusso il bilancio. La Polonia di Donald Tusk, unico Paese dell'Unione a votare contro, ha criticato Bruxelles."))
    assert ("Poland", "memberOf", "European Union") in found


# --- tenth round: what over-fired -----------------------------------------------------------------


@pytest.mark.parametrize("text, wrong, right", [
    pytest.param("Il Paese che la Russia ha invaso nel 2022 chiede armi alla Francia.",
                 ("Russia", "requests", "France"), None, id="the subject of an object relative is not the main verb's"),
    pytest.param("Il battaglione che la Francia ha addestrato per anni ha attaccato il Mali.",
                 ("France", "aids", "Mali"), None, id="an object relative's che is its verb's object"),
    pytest.param("La notizia che la Russia ha attaccato la Georgia ha sorpreso l'Europa.",
                 None, ("Russia", "attacks", "Georgia"), id="a clause after a noun's che keeps its own object"),
    pytest.param("Il Paese che la Russia ha invaso vuole incontrare la Francia.",
                 ("Russia", "consults", "France"), None, id="a modal and its infinitive after an object relative"),
    pytest.param("Il timore che la Cina possa invadere Taiwan cresce.",
                 None, ("China", "attacks", "Taiwan"), id="a modal before an infinitive is of its own clause"),
    pytest.param("La Turchia oggi accusa la Grecia.",
                 None, ("Turkey", "accuses", "Greece"), id="a present read as its noun after an adverb is the verb"),
    pytest.param("Il presidente ha detto che la Russia ha invaso l'Ucraina e chiede armi alla Bielorussia.",
                 None, ("Russia", "requests", "Belarus"), id="a verb after e continues the clause that che opened"),
    pytest.param("Il presidente Lula ha incontrato il Papa e ha poi criticato Israele.",
                 ("Israel", "consults", "Luiz Inácio Lula da Silva"), ("Luiz Inácio Lula da Silva", "criticizes", "Israel"),
                 id="no object past a coordinated verb"),
    pytest.param("La Spagna ha ricevuto e ringraziato il Marocco.",
                 None, ("Spain", "praises", "Morocco"), id="two verbs joined right after the first share the object"),
    pytest.param("La Francia ha condannato il bombardamento contro Israele.",
                 ("France", "criticizes", "Israel"), None, id="who suffers an act is not judged with it"),
    pytest.param("L'Austria ha chiesto nuove sanzioni contro la Bielorussia.",
                 ("Austria", "requests", "Belarus"), None, id="an actor after contro is no direct object"),
    pytest.param("La Svezia ha criticato l'accordo con la Cina.",
                 None, ("Sweden", "criticizes", "China"), id="who shares an act is judged with it"),
    pytest.param("Il Pakistan ha promesso una rappresaglia contro l'India.",
                 None, ("Pakistan", "threatens", "India"), id="a threat's target after contro, by its row"),
    pytest.param("Il Pakistan ha promesso di rispondere contro l'India.",
                 None, ("Pakistan", "threatens", "India"), id="a threat's target after contro in its infinitive"),
    pytest.param("La Corea del Sud è stata colpita dai dazi degli Stati Uniti.",
                 ("United States", "attacks", "South Korea"), None, id="hit by an act of another kind is no attack"),
    pytest.param("Il ministro Carlo Neri, convinto dalle pressioni della Cgil, ha ritirato il decreto.",
                 None, ("CGIL", "influences", "Carlo Neri"), id="won over by pressure is the influence the verb names"),
    pytest.param("La Lituania ha chiesto di inviare munizioni all'Ucraina.",
                 ("Lithuania", "requests", "Ukraine"), None, id="a preposition after an infinitive is the infinitive's"),
    pytest.param("La Russia ha fatto sapere alla Cina che non parteciperà al vertice.",
                 ("Russia", "demands", "China"), None, id="a name takes no restrictive relative"),
    pytest.param("Il Belgio ha condannato l'invasione della Georgia.",
                 ("Belgium", "criticizes", "Georgia"), None, id="the genitive of an act's object is not judged"),
    pytest.param("Il Belgio ha condannato l'invasione della Georgia da parte della Russia.",
                 None, ("Belgium", "criticizes", "Russia"), id="the agent after da parte di is judged"),
    pytest.param("La Turchia ha criticato il riconoscimento del Kosovo da parte della Grecia.",
                 ("Turkey", "criticizes", "Kosovo"), ("Turkey", "criticizes", "Greece"), id="da parte di after a noun's genitive"),
    pytest.param("Le accuse da parte dell'India al Pakistan sono cresciute.",
                 None, ("India", "accuses", "Pakistan"), id="an event noun's agent after da parte di"),
    pytest.param("Dopo il vertice in Egitto, il presidente francese è rientrato a Parigi.",
                 ("Egypt", "leaderOf", "France"), None, id="an office set off after a state is no state's"),
    pytest.param("La Corea del Nord ha minacciato il Giappone. Il Canada ha replicato che la minaccia è grave.",
                 ("Canada", "rejects", "North Korea"), None, id="a bystander's reply answers no threat"),
    pytest.param("La Corea del Nord ha minacciato il Giappone. Il premier giapponese Shigeru Ishiba ha replicato che il Giappone non cederà.",
                 None, ("Shigeru Ishiba", "rejects", "North Korea"), id="the threatened one's reply rejects the threat"),
    pytest.param("La Cina minaccia sanzioni contro la Lituania se aprirà un ufficio di Taiwan.",
                 ("China", "threatens", "Taiwan"), ("China", "demands", "Lithuania"), id="a condition is not the verb's object; its unsaid subject is"),
    # tenth round, probe pass: the phrasings of the national press, one or two per relation (written before any run)
    pytest.param("Secondo il portavoce del Cremlino, la Russia apprezza la posizione equilibrata della Turchia.",
                 None, ("Russia", "praises", "Turkey"), id="probe: apprezzare praises"),
    pytest.param("Il premier ungherese Viktor Orbán si è detto solidale con la Serbia.",
                 None, ("Viktor Orbán", "supports", "Serbia"), id="probe: solidale con supports"),
    pytest.param("L'inviato americano Steve Witkoff ha incontrato Putin a Mosca.",
                 None, ("Steve Witkoff", "consults", "Vladimir Putin"), id="probe: a participle after an article is a noun"),
    pytest.param("La Serbia si è accordata con la Cina per la costruzione di una ferrovia.",
                 None, ("China", "agreesWith", "Serbia"), id="probe: accordarsi con agrees (symmetric: ordered by name)"),
    pytest.param("Ankara ha tolto il veto all'adesione della Svezia alla Nato.",
                 None, ("Turkey", "concedes", "Sweden"), id="probe: a veto lifted concedes"),
    pytest.param("La Russia esercita una forte influenza sulla Serbia.",
                 None, ("Russia", "influences", "Serbia"), id="probe: a light verb's present right after its subject"),
    pytest.param("La Russia esige che l'Ucraina rinunci all'adesione alla Nato.",
                 ("Russia", "demands", "NATO"), ("Russia", "demands", "Ukraine"), id="probe: a demand is of the subject of its che clause"),
    pytest.param("L'Iran ha preteso che gli Stati Uniti revochino tutte le sanzioni.",
                 None, ("Iran", "demands", "United States"), id="probe: pretendere che X"),
    pytest.param("La Russia ha chiesto che la Nato non si allarghi.",
                 None, ("Russia", "requests", "NATO"), id="probe: a request's che clause past non"),
    pytest.param("La Russia ha chiesto che l'Ucraina rinunci alla Nato.",
                 ("Russia", "requests", "NATO"), ("Russia", "requests", "Ukraine"), id="probe: a preposition after che is the clause's"),
    pytest.param("Il Mali ha puntato il dito contro l'Algeria per il drone abbattuto.",
                 None, ("Mali", "accuses", "Algeria"), id="probe: puntare il dito contro accuses"),
    pytest.param("L'India ha attribuito al Pakistan la responsabilità dell'attentato.",
                 None, ("India", "accuses", "Pakistan"), id="probe: a name between a verb and its with word"),
    pytest.param("L'Ungheria ha posto il veto sul pacchetto di sanzioni dell'Ue.",
                 None, ("Hungary", "rejects", "European Union"), id="probe: porre il veto su rejects"),
    pytest.param("Israele ha rigettato la richiesta della Francia di un cessate il fuoco.",
                 None, ("Israel", "rejects", "France"), id="probe: rigettare rejects"),
    pytest.param("L'Algeria ha ritirato il suo ambasciatore in Spagna in segno di protesta.",
                 None, ("Algeria", "protests", "Spain"), id="probe: an ambassador withdrawn protests"),
    pytest.param("Gli Stati Uniti hanno introdotto dazi del 25% sulle importazioni dal Messico.",
                 None, ("United States", "sanctions", "Mexico"), id="probe: duties on goods from a state"),
    pytest.param("Washington ha inserito Huawei nella lista nera.",
                 None, ("United States", "sanctions", "Huawei"), id="probe: put on a blacklist"),
    pytest.param("La Cina ha imposto un embargo sulle esportazioni di terre rare verso il Giappone.",
                 None, ("China", "sanctions", "Japan"), id="probe: a plural noun in -re is no infinitive"),
    pytest.param("Il Canada ha congelato i beni della banca centrale russa.",
                 None, ("Canada", "sanctions", "Bank of Russia"), id="probe: assets frozen"),
    pytest.param("L'Aiea indagherà sulle attività nucleari dell'Iran.",
                 None, ("International Atomic Energy Agency", "investigates", "Iran"), id="probe: the plural of an adjective in -are is no verb"),
    pytest.param("La Russia ha ammassato truppe al confine con l'Ucraina.",
                 None, ("Russia", "mobilizes", "Ukraine"), id="probe: troops massed at a border"),
    pytest.param("La Corea del Nord ha dispiegato missili al confine con la Corea del Sud.",
                 None, ("North Korea", "mobilizes", "South Korea"), id="probe: missiles deployed at a border"),
    pytest.param("Il Mali ha nazionalizzato la miniera della canadese Barrick Gold.",
                 None, ("Mali", "coerces", "Barrick Gold"), id="probe: nationalised"),
    pytest.param("Gli Houthi hanno lanciato missili contro una nave britannica.",
                 None, ("Houthis", "attacks", "United Kingdom"), id="probe: missiles launched against"),
    pytest.param("La Russia minaccia ritorsioni contro la Finlandia se entrerà nella Nato.",
                 ("Russia", "demands", "NATO"), ("Russia", "demands", "Finland"), id="probe: a condition with its verb first demands of the threatened"),
    pytest.param("Il Qatar ha mediato tra Israele e Hamas.",
                 ("Israel", "negotiatesWith", "Qatar"), ("Israel", "consults", "Qatar"), id="probe: a mediator consults each side"),
    pytest.param("Il governo di Roma si è schierato con la Francia nella disputa sui migranti.",
                 None, ("Italy", "supports", "France"), id="probe: schierarsi con supports"),
    pytest.param("L'Italia ha chiesto che l'Ue e la Nato intervengano in Libia, e che Kiev venga ascoltata.",
                 ("Italy", "requests", "Ukraine"), ("Italy", "requests", "NATO"), id="probe: a che clause's coordinated subjects, not a passive's"),
    pytest.param("Il presidente del Consiglio Giorgia Meloni ha incontrato a Palazzo Chigi il primo ministro britannico Keir Starmer.",
                 None, ("Giorgia Meloni", "consults", "Keir Starmer"), id="probe: met at a seat of government"),
    pytest.param("L'Onu ha esortato Israele a consentire l'ingresso degli aiuti.",
                 None, ("United Nations", "requests", "Israel"), id="probe: esortare a"),
    pytest.param("La Germania ha definito inaccettabile la posizione dell'Ungheria.",
                 None, ("Germany", "criticizes", "Hungary"), id="probe: an evaluative verb with a hostile word"),
    pytest.param("Pechino accusa Washington di interferire negli affari interni cinesi.",
                 None, ("China", "accuses", "United States"), id="probe: a capital's present accuses"),
    pytest.param("Trump ha minacciato dazi del 50% contro l'Ue.",
                 None, ("Donald Trump", "threatens", "European Union"), id="probe: duties threatened against"),
    pytest.param("La Grecia ha convocato l'ambasciatore turco ad Atene.",
                 None, ("Greece", "protests", "Turkey"), id="probe: an ambassador summoned"),
    pytest.param("L'Ue ha imposto nuove sanzioni alla Russia.",
                 None, ("European Union", "sanctions", "Russia"), id="probe: sanctions imposed on"),
    pytest.param("La Corte penale internazionale ha aperto un'indagine su Israele.",
                 None, ("International Criminal Court", "investigates", "Israel"), id="probe: an inquiry opened into"),
    pytest.param("Kiev è stata colpita da decine di droni russi.",
                 None, ("Russia", "attacks", "Ukraine"), id="probe: a passive hit by an actor adjective's drones"),
    pytest.param("Le pressioni della Cina hanno spinto il Nepal a rinviare il progetto.",
                 None, ("China", "influences", "Nepal"), id="probe: pressure that pushes a state to act"),
    pytest.param("L'Iran ha avvertito Israele che risponderà a ogni attacco.",
                 None, ("Iran", "threatens", "Israel"), id="probe: a speech verb whose row names the act's word"),
    pytest.param("La condanna della Spagna nei confronti di Israele è arrivata in serata.",
                 None, ("Spain", "criticizes", "Israel"), id="probe: the genitive is the agent when the object has its own preposition"),
    pytest.param('Washington, ultimatum ad Hamas: "Liberate gli ostaggi entro domenica".',
                 None, ('United States', 'demands', 'Hamas'), id="probe3: demands"),
    pytest.param('Londra, nuove sanzioni contro la flotta ombra russa.',
                 None, ('United Kingdom', 'sanctions', 'Russia'), id="probe3: sanctions"),
    pytest.param('Mosca, il Cremlino elogia la "saggezza" dell\'India sul petrolio.',
                 None, ('Russia', 'praises', 'India'), id="probe3: praises"),
    pytest.param('"Un esempio per tutta l\'Europa", ha dichiarato il cancelliere Friedrich Merz lodando la Danimarca.',
                 None, ('Friedrich Merz', 'praises', 'Denmark'), id="probe3: praises"),
    pytest.param("ROMA, 3 DIC - Il ministro degli Esteri Antonio Tajani, al termine dell'incontro, ha ringraziato il Qatar per il ruolo svolto nella liberazione degli ostaggi.",
                 None, ('Antonio Tajani', 'praises', 'Qatar'), id="probe3: praises"),
    pytest.param("Il governo di Berlino, pur tra molte cautele, ha espresso il proprio appoggio alla candidatura dell'Albania.",
                 None, ('Germany', 'supports', 'Albania'), id="probe3: supports"),
    pytest.param('BRUXELLES, 12 GEN - La Commissione europea ha stanziato altri 200 milioni di euro in aiuti umanitari per il Sudan.',
                 None, ('European Commission', 'aids', 'Sudan'), id="probe3: aids"),
    pytest.param("Macron riceve Zelensky all'Eliseo, poi la telefonata con Trump.",
                 None, ('Emmanuel Macron', 'consults', 'Volodymyr Zelensky'), id="probe3: consults"),
    pytest.param('Il Cairo ospita una nuova tornata di negoziati tra Israele e Hamas sul rilascio degli ostaggi.',
                 None, ('Hamas', 'negotiatesWith', 'Israel'), id="probe3: negotiatesWith"),
    pytest.param("Ore 15.40 — L'Iran tratta con gli Stati Uniti sul programma nucleare, conferma il ministero degli Esteri di Teheran.",
                 None, ('Iran', 'negotiatesWith', 'United States'), id="probe3: negotiatesWith"),
    pytest.param('La Serbia sta negoziando con la Russia il prezzo delle forniture di gas per il prossimo inverno.',
                 None, ('Russia', 'negotiatesWith', 'Serbia'), id="probe3: negotiatesWith"),
    pytest.param("ROMA, 8 FEB - Italia e Albania hanno raggiunto un'intesa sulla gestione dei migranti soccorsi in mare.",
                 None, ('Albania', 'agreesWith', 'Italy'), id="probe3: agreesWith"),
    pytest.param('Il Marocco e la Spagna, dopo una lunga crisi diplomatica, hanno sottoscritto un accordo sui confini di Ceuta e Melilla.',
                 None, ('Morocco', 'agreesWith', 'Spain'), id="probe3: agreesWith"),
    pytest.param("L'India ha siglato con il Regno Unito un accordo di libero scambio, ha fatto sapere il governo di Nuova Delhi.",
                 None, ('India', 'agreesWith', 'United Kingdom'), id="probe3: agreesWith"),
    pytest.param("Il governo di Tripoli ha sollecitato l'intervento dell'Unione europea per fermare i trafficanti.",
                 None, ('Libya', 'requests', 'European Union'), id="probe3: requests"),
    pytest.param("Ore 11.05 — La Polonia ha chiesto alla Nato di convocare una riunione d'urgenza dopo lo sconfinamento di alcuni droni.",
                 None, ('Poland', 'requests', 'NATO'), id="probe3: requests"),
    pytest.param("Il Consiglio di sicurezza dell'Onu ha intimato al Sudan di consentire l'accesso degli aiuti.",
                 None, ('UN Security Council', 'demands', 'Sudan'), id="probe3: demands"),
    pytest.param('La Cina pretende dalle Filippine il ritiro della nave incagliata nelle secche contese.',
                 None, ('China', 'demands', 'Philippines'), id="probe3: demands"),
    pytest.param('Gli Stati Uniti allentano le sanzioni contro la Siria.',
                 None, ('United States', 'concedes', 'Syria'), id="probe3: concedes"),
    pytest.param("Pressioni di Washington sull'Ucraina per accettare il piano di pace.",
                 None, ('United States', 'influences', 'Ukraine'), id="probe3: influences"),
    pytest.param("L'Arabia Saudita ha spinto l'Opec a tagliare la produzione di greggio.",
                 None, ('Saudi Arabia', 'influences', 'OPEC'), id="probe3: influences"),
    pytest.param("Teheran accusa Israele dell'attentato contro lo scienziato nucleare.",
                 None, ('Iran', 'accuses', 'Israel'), id="probe3: accuses"),
    pytest.param('La Danimarca respinge la proposta degli Stati Uniti di acquistare la Groenlandia: "Non è in vendita".',
                 None, ('Denmark', 'rejects', 'United States'), id="probe3: rejects"),
    pytest.param('Israele e Hamas hanno raggiunto una tregua con la mediazione del Qatar.',
                 ('Israel', 'agreesWith', 'Qatar'), None, id="probe3: a party is not the genitive of a means after con"),
    pytest.param("La mediazione dell'Oman tra l'Iran e gli Stati Uniti è ripresa.",
                 None, ('Iran', 'consults', 'Oman'), id="probe3: the mediator consults each side"),
    pytest.param("Il Pentagono ha inviato una portaerei come monito all'Iran.",
                 ('Pentagon', 'aids', 'Iran'), None, id="probe3: sent as a warning is no aid"),
    pytest.param("L'Iran ha avuto colloqui con gli Stati Uniti sul programma nucleare.",
                 None, ('Iran', 'negotiatesWith', 'United States'), id="probe3: talks on a subject bargain"),
    pytest.param('Pechino, nuove sanzioni contro Taiwan.',
                 None, ('China', 'sanctions', 'Taiwan'), id="probe3: a headline names its noun's agent before the comma"),
    pytest.param("Londra e Bruxelles hanno ripreso le trattative sull'accordo per la pesca.",
                 None, ('European Union', 'negotiatesWith', 'United Kingdom'), id='probe3: an aspectual verb before a mutual noun'),
    pytest.param("Firmato a Baku l'accordo di pace tra Armenia e Azerbaigian.",
                 None, ('Armenia', 'agreesWith', 'Azerbaijan'), id="probe3: a mutual noun's bare genitive before tra"),
    pytest.param('"Chiediamo alla Cina di usare la sua influenza su Mosca", ha dichiarato il ministro degli Esteri francese.',
                 None, ('France', 'requests', 'China'), id="probe3: a first-person quote is its speaker's turn"),
    pytest.param('Il governo ungherese esige che Bruxelles sblocchi i fondi congelati, ha dichiarato il portavoce di Viktor Orbán.',
                 None, ('Hungary', 'demands', 'European Union'), id='probe3: a subjunctive read as a noun before an article'),
    pytest.param('Il premier indiano Narendra Modi, in visita ufficiale a Mosca, si è intrattenuto per oltre due ore con Vladimir Putin.',
                 None, ('Narendra Modi', 'consults', 'Vladimir Putin'), id='probe3: intrattenersi con'),
    pytest.param('Pechino e Mosca hanno avviato pattugliamenti aerei congiunti sul Mar del Giappone.',
                 None, ('China', 'cooperatesWith', 'Russia'), id='probe3: joint patrols'),
    pytest.param("La Russia ha lanciato oltre cento droni contro l'Ucraina nella notte, ha riferito l'aeronautica di Kiev.",
                 None, ('Russia', 'attacks', 'Ukraine'), id="probe3: droni, simplemma's own lemma"),
    pytest.param('"Sosteniamo la Moldavia", ha detto il cancelliere Friedrich Merz.',
                 None, ('Germany', 'supports', 'Moldova'), id="probe3: we in a quote is the speaker's state"),
    pytest.param('La Francia chiede che Teheran liberi i due cittadini detenuti.',
                 None, ('France', 'requests', 'Iran'), id='probe3: a subjunctive read as an adjective before an article'),
    pytest.param('Il presidente turco Recep Tayyip Erdoğan ha sentito al telefono Vladimir Putin.',
                 None, ('Recep Tayyip Erdoğan', 'consults', 'Vladimir Putin'), id='probe3: sentire al telefono'),
    pytest.param('La Casa Bianca plaude alla decisione della Turchia.',
                 None, ('United States', 'praises', 'Turkey'), id='probe3: plaudire a'),
    # eleventh round, probe pass: other regions, headlines, live-blog lines (written before any run)
    pytest.param("Il Brasile si è schierato al fianco del Venezuela nella disputa con la Guyana.",
                 ("Brazil", "mobilizes", "Venezuela"), ("Brazil", "supports", "Venezuela"), id="probe4: schierarsi al fianco di supports"),
    pytest.param("Il Giappone è al fianco delle Filippine nella disputa con Pechino.",
                 None, ("Japan", "supports", "Philippines"), id="probe4: a copula's al fianco di"),
    pytest.param("Il Venezuela ha liberato due cittadini francesi detenuti da mesi.",
                 None, ("Venezuela", "concedes", "France"), id="probe4: releasing prisoners concedes"),
    pytest.param("Le forze ucraine hanno liberato la regione di Kharkiv dalle truppe russe.",
                 ("Ukraine", "concedes", "Russia"), None, id="probe4: freeing a region concedes nothing"),
    pytest.param("Il presidente colombiano ha lanciato un duro attacco verbale contro l'Ecuador.",
                 ("Colombia", "attacks", "Ecuador"), ("Colombia", "criticizes", "Ecuador"), id="probe4: attacco verbale criticizes"),
    pytest.param("La Russia ha bombardato Kiev. La Francia ha condannato l'attacco.",
                 None, ("France", "criticizes", "Russia"), id="probe4: the bare noun recalls the sense without required words"),
    pytest.param("Il Kenya ha dichiarato il proprio sostegno alla missione di pace dell'Unione africana in Somalia.",
                 None, ("Kenya", "supports", "African Union"), id="probe4: dichiarare as a light verb"),
    pytest.param("L'Egitto ha dichiarato che le sanzioni contro il Sudan sono inutili.",
                 ("Egypt", "sanctions", "Sudan"), None, id="probe4: dichiarare che is speech"),
    pytest.param("L'attacco missilistico della Russia contro l'Ucraina ha fatto dieci morti.",
                 None, ("Russia", "attacks", "Ukraine"), id="probe4: an adjective between an event noun and its genitive agent"),
    pytest.param("Esercitazioni navali congiunte di India e Australia nell'oceano Indiano.",
                 None, ("Australia", "cooperatesWith", "India"), id="probe4: two adjectives, then the coordinated genitive"),
    pytest.param("La Serbia ha messo le truppe in stato di allerta lungo il confine con il Kosovo.",
                 None, ("Serbia", "mobilizes", "Kosovo"), id="probe4: in stato di is a noun; mettere as a light verb"),
    pytest.param("La Francia, insieme a Germania e Italia, ha condannato la Russia.",
                 None, ("Germany", "criticizes", "Russia"), id="probe5: the actors of insieme a act with the subject"),
    pytest.param("La Francia, insieme a Germania e Italia, ha condannato la Russia.",
                 None, ("France", "criticizes", "Russia"), id="probe5: the subject is before the insieme phrase"),
    pytest.param("L'Iran resta al fianco di Hezbollah, ha detto il ministro degli Esteri.",
                 None, ("Iran", "supports", "Hezbollah"), id="probe5: a copula's present shaped like a noun"),
    pytest.param("Secondo il governo di Kinshasa, il Ruanda avrebbe bombardato villaggi congolesi.",
                 None, ("Democratic Republic of the Congo", "accuses", "Rwanda"), id="probe5: a deed in the hearsay conditional is the source's charge"),
    pytest.param("Secondo Kiev, la Russia avrebbe accettato di negoziare.",
                 ("Ukraine", "accuses", "Russia"), None, id="probe5: no charge in a hearsay conditional of no deed"),
    pytest.param("Le pressioni della Cina hanno condizionato le scelte del governo delle Isole Salomone.",
                 ("China", "demands", "Solomon Islands"), ("China", "influences", "Solomon Islands"), id="probe4: condizionare with no terms influences"),
    pytest.param("Gli Stati Uniti hanno condizionato gli aiuti all'Egitto al rispetto dei diritti umani.",
                 None, ("United States", "demands", "Egypt"), id="probe4: condizionare X a Y still demands"),
    pytest.param("La Serbia è in stato di allerta lungo il confine con il Kosovo.",
                 None, ("Serbia", "mobilizes", "Kosovo"), id="probe4: a copula's in stato di"),
    pytest.param("La Corte penale internazionale ha aperto un'indagine sui crimini commessi in Myanmar.",
                 None, ("International Criminal Court", "investigates", "Myanmar"), id="probe4: the place of what is investigated"),
])
def test_a_construction_relates_only_its_own_parties(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


def test_what_two_sign_is_signed_by_both_agents_of_its_passive(extract):
    assert ("Egypt", "agreesWith", "Jordan") in triples(extract("Il memorandum è stato firmato dall'Egitto e dalla Giordania."))
    assert not any(r == "agreesWith" for _, r, _ in triples(extract("Il decreto è stato firmato dalla Giordania.")))


def test_a_description_with_an_adjective_after_a_contracted_preposition_joins_a_coordination(extract):
    found = triples(extract("Le intese, firmate da Eni e dalla compagnia statale Sonatrach, valgono due miliardi."))
    assert ("Eni", "agreesWith", "Sonatrach") in found


# --- twelfth round: conflict reporting ---------------------------------------------------------------


@pytest.mark.parametrize("text, wrong, right", [
    pytest.param("Raid aerei dell'Arabia Saudita hanno colpito le postazioni degli Houthi nello Yemen.",
                 None, ("Saudi Arabia", "attacks", "Houthis"), id="conflict: a bare plural opening the lead is its genitive's"),
    pytest.param("Combattenti di Hamas hanno attaccato una postazione dell'esercito israeliano a Rafah.",
                 None, ("Hamas", "attacks", "Israeli military"), id="conflict: fighters of a group act for it"),
    pytest.param("Dieci militari italiani della Kfor sono rimasti feriti negli scontri con manifestanti serbi.",
                 ("KFOR", "attacks", "Serbian protesters"), None, id="conflict: a bare plural naming its own actor is not the genitive's"),
    pytest.param("Gli Houthi hanno rivendicato il lancio di missili contro Israele.",
                 None, ("Houthis", "attacks", "Israel"), id="conflict: claiming a launch of missiles"),
    pytest.param("La Russia ha lanciato nella notte oltre cento droni contro l'Ucraina, secondo l'aeronautica di Kiev.",
                 None, ("Russia", "attacks", "Ukraine"), id="conflict: drones aimed at someone"),
    pytest.param("L'Ucraina ha denunciato un attacco con droni su Odessa attribuito alla Russia.",
                 ("Ukraine", "attacks", "Odessa"), ("Russia", "attacks", "Ukraine"), id="conflict: a deed blamed on its agent with attribuito a"),
    pytest.param("Tre soldati maliani sono stati uccisi in un'imboscata rivendicata dal JNIM nella regione di Mopti.",
                 ("Malian military", "attacks", "JNIM"), ("JNIM", "attacks", "Malian military"), id="conflict: victims first, the claimant attacks"),
    pytest.param("I soldati ucraini uccisi a Pokrovsk erano stati colpiti dall'artiglieria russa.",
                 ("Ukrainian military", "attacks", "Russia"), ("Russia", "attacks", "Ukrainian military"), id="conflict: a passive keeps the victim the object"),
    pytest.param("La polizia iraniana ha sparato sui manifestanti a Teheran.",
                 None, ("Iranian police", "attacks", "Iranian protesters"), id="conflict: firing on"),
    pytest.param("I ribelli dell'M23 hanno conquistato la città di Bukavu, nell'est della Repubblica democratica del Congo.",
                 None, ("M23", "attacks", "Democratic Republic of the Congo"), id="conflict: taking a town by force"),
    pytest.param("La Turchia ha arrestato il sindaco di Istanbul, Ekrem İmamoğlu, principale rivale di Erdogan.",
                 None, ("Turkey", "coerces", "Ekrem İmamoğlu"), id="conflict: an arrested office with a place, named after its comma"),
    pytest.param("La Cina ha imposto un blocco navale attorno a Taiwan durante le esercitazioni.",
                 None, ("China", "coerces", "Taiwan"), id="conflict: a naval blockade"),
    pytest.param("La polizia iraniana ha represso i manifestanti a Teheran.",
                 None, ("Iranian police", "coerces", "Iranian protesters"), id="conflict: repressing"),
    pytest.param("Il Tesoro americano ha sanzionato tre società cinesi accusate di fornire droni all'Iran.",
                 ("US Treasury", "aids", "Iran"), ("US Treasury", "sanctions", "China"), id="conflict: the deed after accusate di is the accused's"),
    pytest.param("Parigi ha condannato la pena di cinque anni inflitta dall'Algeria allo scrittore Boualem Sansal.",
                 None, ("France", "criticizes", "Algeria"), id="conflict: condemning an act judges its participle's agent"),
    pytest.param("Kiev ha respinto il piano presentato dagli Stati Uniti.",
                 None, ("Ukraine", "rejects", "United States"), id="conflict: rejecting a plan presented by someone"),
    pytest.param("Il ministro Antonio Tajani ha deplorato l'attacco russo contro Kiev.",
                 None, ("Antonio Tajani", "criticizes", "Russia"), id="conflict: deploring"),
    pytest.param("La Thailandia ha risposto con raid aerei agli attacchi cambogiani lungo il confine.",
                 ("Cambodia", "attacks", "Thailand"), ("Thailand", "attacks", "Cambodia"), id="conflict: retaliation hits the one answered"),
    pytest.param("Il Sudafrica ha definito «genocidio» l'offensiva israeliana a Gaza.",
                 None, ("South Africa", "criticizes", "Israel"), id="conflict: a deed called a genocide"),
    pytest.param("Il vertice si è tenuto a Mosca, mentre a Kiev i negoziatori ucraini attendevano.",
                 ("Russia", "attacks", "Ukraine"), None, id="conflict: places that are only places"),
])
def test_conflict_reporting_relates_its_sides(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


def test_a_denied_or_possible_attack_is_not_asserted(extract):
    denied = [r for r in extract("Mosca ha negato di aver attaccato obiettivi civili in Ucraina.") if r.relation == "attacks"]
    assert denied and all(r.negated for r in denied)
    possible = [r for r in extract("Un eventuale attacco della Cina contro Taiwan avrebbe conseguenze gravissime.") if r.relation == "attacks"]
    assert possible and all(r.modality != "asserted" for r in possible)


SYMMETRIC = {"consults", "negotiatesWith", "cooperatesWith", "agreesWith"}


def _has(found: set[tuple[str, str, str]], triple: tuple[str, str, str]) -> bool:
    s, rel, o = triple
    return triple in found or (rel in SYMMETRIC and (o, rel, s) in found)


def _reads(extract, text: str, wrong: tuple[str, str, str] | None, right: tuple[str, str, str] | None) -> None:
    """The text gives ``right`` and not ``wrong`` (either may be None)."""
    found = triples(extract(text))
    if wrong is not None:
        assert not _has(found, wrong)
    if right is not None:
        assert _has(found, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("«È una scelta irresponsabile», ha detto il cancelliere Friedrich Merz commentando la decisione di Mosca.",
                 None, ("Friedrich Merz", "criticizes", "Russia"), id="stance: a quoted judgement on what the speaker comments"),
    pytest.param("Modi e Albanese si sono sentiti al telefono per parlare di commercio.",
                 None, ("Narendra Modi", "consults", "Anthony Albanese"), id="contacts: two who spoke by phone"),
    pytest.param("Stati Uniti e Cina hanno avviato a Ginevra un nuovo round di negoziati sui dazi.",
                 None, ("United States", "negotiatesWith", "China"), id="contacts: a place phrase does not use up a light verb's reach"),
    pytest.param("Italia e Turchia hanno firmato ieri un accordo di cooperazione.",
                 ("Italy", "cooperatesWith", "Turkey"), ("Italy", "agreesWith", "Turkey"), id="contacts: the genitive of an agreement is the agreement's"),
    pytest.param("Il Fondo monetario internazionale ha concesso all'Argentina un prestito da 20 miliardi di dollari.",
                 ("International Monetary Fund", "concedes", "Argentina"), ("International Monetary Fund", "aids", "Argentina"), id="aid: a loan granted"),
    pytest.param("L'Unione europea ha approvato un nuovo pacchetto di sanzioni contro la Russia.",
                 None, ("European Union", "sanctions", "Russia"), id="aid: a package of sanctions is no aid"),
    pytest.param("«Stiamo con Israele», ha detto il cancelliere Merz.",
                 None, ("Germany", "supports", "Israel"), id="aid: to stand with"),
    pytest.param("Il governo tedesco sta lavorando con la Francia a un piano comune.",
                 ("Germany", "supports", "France"), None, id="aid: the progressive stare is no standing with"),
    pytest.param("Il premier Starmer ha attaccato il governo russo: «Una minaccia per l'Europa».",
                 ("Keir Starmer", "attacks", "Russia"), ("Keir Starmer", "criticizes", "Russia"), id="stance: an attack followed by a quotation is in words"),
    pytest.param("La Russia ha attaccato l'Ucraina con missili e droni: colpite dieci regioni.",
                 ("Russia", "criticizes", "Ukraine"), ("Russia", "attacks", "Ukraine"), id="stance: an attack followed by a report is by arms"),
    pytest.param("L'India ha proposto un piano per il Kashmir. Islamabad lo ha respinto senza esitazioni.",
                 None, ("Pakistan", "rejects", "India"), id="stance: a clitic rejects what the sentence before put forward"),
    pytest.param("La Cina ha condannato le esercitazioni di Stati Uniti e Filippine. Il ministero degli Esteri ha accusato Washington di destabilizzare la regione.",
                 ("Philippines", "accuses", "United States"), ("China", "accuses", "United States"), id="stance: an unnamed ministry is the sentence before's subject's"),
    pytest.param("Il presidente argentino Javier Milei è arrivato a Washington. Il presidente incontrerà Trump alla Casa Bianca.",
                 None, ("Javier Milei", "consults", "Donald Trump"), id="contacts: a bare title refers back to its person"),
    pytest.param("Macron ha incontrato Meloni. Il presidente della Commissione ha criticato la Francia.",
                 ("Giorgia Meloni", "criticizes", "France"), None, id="contacts: a title with its own complement refers to no one before"),
    pytest.param("Washington esige che Caracas liberi immediatamente i cittadini americani detenuti.",
                 None, ("United States", "demands", "Venezuela"), id="appeals: an adverb after the subjunctive"),
    pytest.param("La Casa Bianca insiste: l'Iran deve rinunciare all'arricchimento dell'uranio.",
                 None, ("United States", "demands", "Iran"), id="appeals: insisting, then a colon and dovere"),
    pytest.param("Il presidente Donald Trump ha ordinato all'Iran di smantellare il programma nucleare.",
                 None, ("Donald Trump", "demands", "Iran"), id="appeals: ordering someone to"),
    pytest.param("La Germania ha chiesto scusa alla Namibia per il genocidio degli Herero.",
                 ("Germany", "requests", "Namibia"), None, id="appeals: asking forgiveness is no request"),
    pytest.param("Erdogan contro Netanyahu: «Un criminale di guerra».",
                 None, ("Recep Tayyip Erdoğan", "criticizes", "Benjamin Netanyahu"), id="stance: a headline X contro Y and a quotation"),
    pytest.param("Il Messico ha condannato «con la massima fermezza» la decisione dell'Ecuador.",
                 None, ("Mexico", "criticizes", "Ecuador"), id="stance: a phrase of manner after the verb"),
    pytest.param("I ministri degli Esteri di Spagna e Marocco si sono incontrati a Madrid.",
                 None, ("Spain", "consults", "Morocco"), id="contacts: the owners of a plural with its portfolio"),
])
def test_statements_diplomacy_and_aid_relate_their_sides(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text", [
    "Il vertice tra Putin e Trump previsto a Budapest è stato annullato.",
    "È saltato l'incontro tra Erdoğan e Assad previsto a Mosca.",
    "Salta il vertice tra Stati Uniti e Corea del Nord.",
])
def test_a_meeting_called_off_did_not_take_place(extract, text):
    met = [r for r in extract(text) if r.relation == "consults"]
    assert met and all(r.negated for r in met)
    kept = [r for r in extract("Il vertice tra Putin e Trump ha annullato le sanzioni.") if r.relation == "consults"]
    assert kept and not any(r.negated for r in kept)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("La Polonia, membro della Nato, ha chiesto più truppe sul fianco orientale.",
                 None, ("Poland", "memberOf", "NATO"), id="membership: a state apposed to 'membro di'"),
    pytest.param("La Francia e la Germania, entrambi Stati membri dell'Ue, hanno frenato sull'accordo.",
                 None, ("France", "memberOf", "European Union"), id="membership: a coordination before 'entrambi Stati membri'"),
    pytest.param("La Svezia è diventata il 32° membro della Nato.",
                 None, ("Sweden", "memberOf", "NATO"), id="membership: a copula and an ordinal before 'membro'"),
    pytest.param("La Finlandia è entrata nella Nato nel 2023.",
                 None, ("Finland", "memberOf", "NATO"), id="membership: an unaccusative verb in a compound tense is no passive"),
    pytest.param("L'Ungheria, che fa parte della Nato dal 1999, ha ritardato la ratifica.",
                 None, ("Hungary", "memberOf", "NATO"), id="membership: fare parte di"),
    pytest.param("I Paesi membri dell'Opec, tra cui Arabia Saudita ed Emirati Arabi Uniti, hanno tagliato la produzione.",
                 None, ("United Arab Emirates", "memberOf", "OPEC"), id="membership: the members listed after 'tra cui'"),
    pytest.param("La Georgia vuole entrare nell'Unione europea.",
                 ("Georgia", "memberOf", "European Union"), None, id="membership: an infinitive states no membership"),
    pytest.param("Le truppe russe sono entrate in Ucraina.",
                 ("Russian military", "memberOf", "Ukraine"), None, id="membership: one belongs to no state"),
    pytest.param("L'ex presidente brasiliano Jair Bolsonaro è stato condannato.",
                 ("Jair Bolsonaro", "leaderOf", "Brazil"), None, id="roles: an office not held now"),
    pytest.param("Il Likud, il partito guidato da Benjamin Netanyahu, ha perso consensi.",
                 None, ("Benjamin Netanyahu", "leaderOf", "Likud"), id="roles: a common noun apposed to the name it refers to"),
    pytest.param("Un alto funzionario di Hezbollah, Wafiq Safa, ha detto che il gruppo non consegnerà le armi.",
                 None, ("Wafiq Safa", "affiliatedWith", "Hezbollah"), id="roles: an official of"),
    pytest.param("Il capo politico di Hamas, Khalil al-Hayya, è arrivato al Cairo.",
                 None, ("Khalil al-Hayya", "leaderOf", "Hamas"), id="roles: an adjective between a title and its complement"),
    pytest.param("Recep Tayyip Erdogan, presidente turco, ha telefonato a Vladimir Putin.",
                 ("Turkey", "consults", "Vladimir Putin"), ("Recep Tayyip Erdoğan", "consults", "Vladimir Putin"), id="roles: the adjective of an apposed title is not the subject"),
    pytest.param("Emmanuel Macron, presidente francese, ha criticato Trump.",
                 ("Donald Trump", "leaderOf", "France"), ("Emmanuel Macron", "criticizes", "Donald Trump"), id="roles: a verb after the apposition's comma opens the predicate"),
    pytest.param("La portavoce Maria Zakharova ha attaccato il governo italiano.",
                 ("Maria Zakharova", "attacks", "Italy"), ("Maria Zakharova", "criticizes", "Italy"), id="stance: a person attacks a government in words"),
    pytest.param("Meloni a Macron: «Inaccettabili le sue critiche».",
                 None, ("Giorgia Meloni", "criticizes", "Emmanuel Macron"), id="stance: a headline X a Y and a quotation that judges"),
    pytest.param("Zelensky a Putin: «Incontriamoci a Istanbul».",
                 ("Volodymyr Zelensky", "consults", "Vladimir Putin"), None, id="contacts: a headline that proposes a meeting reports none"),
    pytest.param("Il Marocco ha boicottato il vertice organizzato dall'Algeria.",
                 None, ("Morocco", "protests", "Algeria"), id="protests: a boycott"),
    pytest.param("Giorgia Meloni si è complimentata con il premier canadese Mark Carney.",
                 None, ("Giorgia Meloni", "praises", "Mark Carney"), id="praises: complimentarsi con"),
    pytest.param("La Corea del Nord ha messo in stato di allerta le sue forze contro la Corea del Sud.",
                 None, ("North Korea", "mobilizes", "South Korea"), id="mobilizes: on alert against"),
    pytest.param("L'Arabia Saudita ha promesso al Pakistan un deposito di 3 miliardi di dollari.",
                 None, ("Saudi Arabia", "aids", "Pakistan"), id="aids: a promise of a deposit"),
    pytest.param("La Germania ha promesso nuovi aiuti militari all'Ucraina.",
                 None, ("Germany", "aids", "Ukraine"), id="aids: a promise of aid"),
])
def test_memberships_roles_and_rarer_relations(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Tra i Paesi del G7, solo l'Italia aveva firmato il memorandum con Pechino.",
                 None, ("Italy", "memberOf", "G7"), id="membership: the member after a fronted 'tra i Paesi di'"),
    pytest.param("Tra gli Stati membri dell'Ue, soltanto l'Ungheria ha bloccato il pacchetto.",
                 None, ("Hungary", "memberOf", "European Union"), id="membership: 'tra gli Stati membri di' and a focus adverb"),
    pytest.param("Tra i critici della Nato, il Cremlino è il più duro.",
                 ("Russia", "memberOf", "NATO"), None, id="membership: 'tra i critici di' names no member"),
    pytest.param("Il Giappone, stretto alleato degli Stati Uniti, ha aumentato la spesa militare.",
                 None, ("Japan", "cooperatesWith", "United States"), id="alliance: a state apposed to 'alleato di', an adjective between"),
    pytest.param("La Turchia, alleato della Nato, ha acquistato i missili russi S-400.",
                 None, ("NATO", "cooperatesWith", "Turkey"), id="alliance: a state allied to a bloc"),
    pytest.param("Sotto la presidenza di Lula, il Brasile ha rilanciato i Brics.",
                 None, ("Luiz Inácio Lula da Silva", "leaderOf", "Brazil"), id="roles: a fronted 'sotto la presidenza di'"),
    pytest.param("La Nato, sotto la guida di Mark Rutte, ha aumentato il bilancio.",
                 None, ("Mark Rutte", "leaderOf", "NATO"), id="roles: 'sotto la guida di' set after the body"),
    pytest.param("Sotto la presidenza di Barack Obama, gli Stati Uniti avevano firmato l'accordo di Parigi.",
                 ("Barack Obama", "leaderOf", "United States"), None, id="roles: a past tense after 'sotto la presidenza' states no office now"),
    pytest.param("Israele ha richiamato 60.000 riservisti per l'offensiva contro Hamas.",
                 None, ("Israel", "mobilizes", "Hamas"), id="mobilizes: reservists called up against"),
    pytest.param("L'Iran ha richiamato decine di migliaia di riservisti contro Israele.",
                 None, ("Iran", "mobilizes", "Israel"), id="mobilizes: a quantity before the reservists"),
    pytest.param("Il Giappone ha promesso all'Ucraina un nuovo pacchetto di aiuti da 4,5 miliardi.",
                 None, ("Japan", "aids", "Ukraine"), id="aids: a noun of measure before the aid after its recipient"),
    pytest.param("L'Ue ha promesso un nuovo pacchetto di sanzioni contro la Russia.",
                 ("European Union", "aids", "Russia"), None, id="aids: a package of sanctions is no aid"),
    pytest.param("Washington ha promesso a Israele un pacchetto di assistenza militare.",
                 None, ("United States", "aids", "Israel"), id="aids: military assistance"),
    pytest.param("L'ambasciatore russo è stato convocato alla Farnesina dopo le minacce di Medvedev.",
                 None, ("Italian Foreign Ministry", "protests", "Russia"), id="protests: summoned at a ministry, named as the place"),
    pytest.param("Il ministro ha incontrato alla Farnesina l'ambasciatore cinese.",
                 ("Italian Foreign Ministry", "protests", "China"), None, id="protests: a meeting at the ministry summons no one"),
])
def test_leftovers_memberships_offices_summons(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


_TRANSCRIPT = "Conferenza stampa del ministro Antonio Tajani e del ministro giapponese Takeshi Iwaya, Tokyo.\n\n"


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Nel 2018 Washington aveva già colpito l'acciaio canadese con tariffe del 25%, poi ritirate nel 2019.",
                 ("United States", "attacks", "Canada"), ("United States", "sanctions", "Canada"), id="hit with tariffs is a sanction"),
    pytest.param("Il Giappone ha colpito la Corea del Nord con nuove sanzioni.",
                 ("Japan", "attacks", "North Korea"), ("Japan", "sanctions", "North Korea"), id="hit with sanctions is a sanction"),
    pytest.param("Israele ha colpito il Libano con raid aerei.",
                 None, ("Israel", "attacks", "Lebanon"), id="hit with air raids is still an attack"),
    pytest.param("Le Filippine hanno convocato l'ambasciatore cinese Huang Xilian dopo che la guardia costiera cinese ha usato cannoni ad acqua.",
                 ("Philippines", "protests", "Huang Xilian"), ("Philippines", "protests", "China"), id="an envoy summoned by name is summoned for his state"),
    pytest.param("La Germania ha convocato l'ambasciatore iraniano, Mohammad Hossein Sadeghi.",
                 ("Germany", "protests", "Mohammad Hossein Sadeghi"), ("Germany", "protests", "Iran"), id="an envoy named after a comma"),
    pytest.param("I colloqui tra Egitto ed Etiopia mediati dall'Unione africana si sono interrotti nel 2021.",
                 ("Egypt", "consults", "Ethiopia"), ("Egypt", "negotiatesWith", "Ethiopia"), id="mediated talks bargain"),
    pytest.param("I negoziati tra Armenia e Azerbaigian, mediati dalla Russia, sono falliti.",
                 None, ("Russia", "consults", "Armenia"), id="the mediator named after a participle consults each side"),
    pytest.param("Il Qatar ha mediato i colloqui tra Israele e Hamas.",
                 ("Israel", "consults", "Hamas"), ("Israel", "negotiatesWith", "Hamas"), id="talks a verb of mediating governs bargain"),
    pytest.param("Grazie alla mediazione del Qatar, Israele e Hamas hanno firmato un accordo.",
                 ("Israel", "agreesWith", "Qatar"), None, id="the genitive of a fronted phrase is no signer"),
    pytest.param("L'annuncio è arrivato dopo una telefonata tra la presidente Claudia Sheinbaum e Donald Trump.",
                 None, ("Claudia Sheinbaum", "consults", "Donald Trump"), id="a phone call between two"),
    pytest.param("Il generale Assimi Goïta, capo della giunta maliana, accusa l'Ecowas di essere uno strumento di Parigi.",
                 None, ("Assimi Goïta", "accuses", "ECOWAS"), id="a present after an apposition is its verb"),
    pytest.param("Viktor Orbán, premier ungherese, critica Bruxelles.",
                 None, ("Viktor Orbán", "criticizes", "European Union"), id="a present after a title in apposition"),
    pytest.param(_TRANSCRIPT + "TAJANI: Ho avuto un colloquio molto positivo con il collega giapponese Takeshi Iwaya.",
                 None, ("Antonio Tajani", "consults", "Takeshi Iwaya"), id="transcript: a first-person light verb's noun is the speaker's"),
    pytest.param(_TRANSCRIPT + "IWAYA: Vorrei ringraziare il governo italiano per il sostegno.",
                 None, ("Takeshi Iwaya", "praises", "Italy"), id="transcript: a first-person modal before the verb"),
    pytest.param("Il presidente ha incontrato l'ambasciatore cinese Huang Xilian.",
                 ("Philippines", "protests", "China"), None, id="a meeting with an envoy is no summons"),
    pytest.param("Pechino ha chiesto a Manila di ritirare la nave. Manila ha respinto ogni richiesta.",
                 None, ("Philippines", "rejects", "China"), id="a universal determiner recalls as the article does"),
    pytest.param("Tokyo ha detto che la Corea del Nord viola le risoluzioni dell'Onu.",
                 None, ("Japan", "accuses", "North Korea"), id="a breach in what a speaker says is a charge"),
    pytest.param("Il Cremlino ha negato di aver violato la tregua con l'Ucraina.",
                 ("Ukraine", "accuses", "Russia"), None, id="a breach denied is no charge"),
    pytest.param("L'India resta membro del Quad con Stati Uniti, Giappone e Australia.",
                 None, ("Japan", "memberOf", "Quad"), id="fellow members after 'con' belong too"),
    pytest.param("La Svezia è entrata nella Nato insieme alla Finlandia.",
                 None, ("Finland", "memberOf", "NATO"), id="a fellow member after 'insieme a'"),
    pytest.param("Abiy Ahmed ha firmato la pace con l'Eritrea.",
                 None, ("Abiy Ahmed", "agreesWith", "Eritrea"), id="peace signed with someone is an agreement"),
    pytest.param("Il Papa ha fatto un appello per la pace con la Russia.",
                 ("Pope", "agreesWith", "Russia"), None, id="an appeal for peace is no agreement"),
    pytest.param("Nel 2022 la Cina aveva condotto esercitazioni militari intorno all'isola e sospeso il dialogo con gli Stati Uniti.",
                 ("China", "cooperatesWith", "United States"), None, id="a noun's complement stops at a coordinated predicate"),
    pytest.param("Il Giappone ha condotto esercitazioni congiunte con le Filippine e l'Australia.",
                 None, ("Japan", "cooperatesWith", "Australia"), id="a coordinated partner is no predicate"),
])
def test_whole_articles_round_fourteen(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Ieri Satkaliyev ha incontrato il ministro delle Imprese Adolfo Urso, che ha definito il Kazakistan «un partner strategico».",
                 None, ("Adolfo Urso", "praises", "Kazakhstan"), id="a judgement of esteem in the quotation is praise"),
    pytest.param("Islamabad, che considera la Cina il suo principale alleato, ha chiesto a Pechino garanzie.",
                 ("Pakistan", "praises", "China"), None, id="esteem outside a quotation only describes"),
    pytest.param("Il premier Viktor Orbán ha definito la Commissione europea «una farsa burocratica».",
                 None, ("Viktor Orbán", "criticizes", "European Commission"), id="a farce in the quotation is criticism"),
    pytest.param("Nel 1967 Indonesia, Malesia, Filippine, Singapore e Thailandia fondarono l'Asean.",
                 None, ("Singapore", "memberOf", "ASEAN"), id="the founders of a bloc are its members"),
    pytest.param("Il Sudafrica e lo Zimbabwe, che con la Tanzania avevano fondato nel 1980 il nucleo della futura Sadc, guardano con timore a un vuoto di sicurezza.",
                 None, ("Zimbabwe", "memberOf", "SADC"), id="a founder in a relative clause"),
    pytest.param("Il Qatar ha fondato Al Jazeera nel 1996.",
                 ("Qatar", "memberOf", "Al Jazeera"), None, id="a channel one founded is no bloc"),
    pytest.param("Il presidente Macron ha convocato il Consiglio di sicurezza dell'Onu dopo l'attacco.",
                 ("Emmanuel Macron", "protests", "UN Security Council"), None, id="a council is convened, not summoned"),
    pytest.param("Pechino ha chiesto a Manila di ritirare la nave. La nave è rimasta nella zona per tre giorni. Manila ha respinto la richiesta.",
                 None, ("Philippines", "rejects", "China"), id="a request recalled across a sentence with no actor"),
])
def test_whole_articles_round_fifteen(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Tirana ha attribuito l'attacco a un gruppo di hacker legato all'Iran.",
                 ("Albania", "demands", "Iran"), None, id="a group linked to someone sets no terms"),
    pytest.param("La Francia ha arrestato tre uomini legati alla Russia.",
                 ("France", "demands", "Russia"), None, id="men linked to a state set no terms"),
    pytest.param("Brasile e Colombia chiedono i verbali. Il Tribunale supremo di giustizia del Venezuela ha convalidato la vittoria di Nicolás Maduro, respingendo il ricorso presentato dall'opposizione.",
                 ("Supreme Tribunal of Justice", "rejects", "Brazil"), None, id="a thing whose author follows 'da' is not recalled"),
    pytest.param("La Corte costituzionale thailandese ha destituito la premier Paetongtarn Shinawatra.",
                 None, ("Corte costituzionale thailandese", "coerces", "Paetongtarn Shinawatra"), id="removing from office coerces"),
    pytest.param("Lima, 4 dic. (ANSA) - Il Congresso del Perù ha destituito la presidente Dina Boluarte.",
                 ("ANSA", "coerces", "Dina Boluarte"), None, id="an agency's dateline credit is no subject"),
    pytest.param("INTERVISTA. Il premier armeno Nikol Pashinyan risponde alle nostre domande.\n\nPresidente, la pace è vicina?\n«Abbiamo concordato il testo con l'Azerbaigian. Ora chiediamo alla Turchia di riaprire la frontiera.»",
                 None, ("Armenia", "requests", "Turkey"), id="an interview's quoted answer is the interviewee's"),
    pytest.param("Washington ha chiesto a Mosca di ritirare le truppe. Il Cremlino ha escluso qualsiasi ritiro.",
                 None, ("Russia", "rejects", "United States"), id="ruling out any act answers the last asker"),
    pytest.param("Bruxelles ha chiesto a Kiev di negoziare. Mosca ha escluso ogni tregua.",
                 ("Russia", "rejects", "European Union"), None, id="ruling out answers only a request made of one's side"),
])
def test_whole_articles_round_sixteen(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


def test_the_word_classes_the_linear_frames_read_are_rows_of_the_italian_lexicon():
    # the frames read these classes from it.tsv, not from lists in the code: an empty class would silently
    # switch a rule off ("è entrata nella Nato" would read as a passive without @unaccusative)
    lexicon = load_lexicon("it")
    for cue in ("@unaccusative", "@belonging", "@focus", "@leading", "@past_auxiliary", "@quantity", "@undergone", "@charging",
                "@blamed", "@commenting", "@any", "@modal", "@returning", "@cancelled", "@founding", "@mediation", "@declared", "@dative"):
        assert lexicon.cue(cue), cue
    assert "entrare" in lexicon.cue("@unaccusative") and "mediare" in lexicon.cue("@mediation")


def test_a_noun_with_an_elided_article_that_sums_up_the_clause_before_recalls_its_author(extract):
    relations = extract("Il governo turco ha accusato la Grecia di militarizzare le isole, un'accusa che Atene ha respinto.")
    assert ("Greece", "rejects", "Turkey") in triples(relations)


def test_an_event_noun_without_article_after_a_comma_recalls_the_subject_of_the_clause_before(extract):
    relations = extract("Il ministro degli Esteri russo Sergej Lavrov ha minacciato sanzioni contro la Finlandia, "
                        "minaccia che Helsinki ha definito «inaccettabile».")
    assert ("Finland", "criticizes", "Sergei Lavrov") in triples(relations)
    assert ("Finland", "criticizes", "Russia") not in triples(relations)


def test_a_clause_opened_by_after_that_is_no_summing_noun(extract):
    assert ("Russia", "attacks", "Ukraine") not in triples(extract("L'Ucraina ha chiuso lo spazio aereo, dopo che la Russia ha attaccato."))


def test_a_relative_clause_with_its_own_subject_gives_the_antecedent_to_its_preposition(extract):
    relations = extract("L'Unione africana, di cui l'Etiopia è membro, ha condannato il golpe.")
    assert ("Ethiopia", "memberOf", "African Union") in triples(relations)
    relations = extract("Il premier Milojko Spajić ha chiesto aiuto alla Nato, di cui il Montenegro è membro dal 2017.")
    assert ("Montenegro", "memberOf", "NATO") in triples(relations)


def test_both_sides_judged_after_partners_agreed_are_the_sides_of_the_latest_dispute(extract):
    found = triples(extract("I droni russi hanno colpito Kiev nella notte. Russia e Cina hanno firmato venerdì un nuovo accordo di "
                            "partenariato. La cerimonia si è svolta al Cremlino. Trump si è detto deluso da entrambe le parti."))
    assert {("Donald Trump", "criticizes", "Russia"), ("Donald Trump", "criticizes", "Ukraine")} <= found
    assert ("Donald Trump", "criticizes", "China") not in found


def test_a_verb_joined_after_a_reported_clause_of_another_tense_has_the_reporting_subject(extract):
    relations = extract("Il ministro Crosetto ha detto che la Francia resterà nella missione e ha annunciato che Roma "
                        "addestrerà i soldati dell'esercito libanese.")
    assert any(r.relation == "aids" and r.attributed_to is not None and r.attributed_to.name == "Guido Crosetto" for r in relations)
    found = triples(extract("Il premier Sánchez ha detto che la Francia resterà nella missione e ha criticato il Marocco."))
    assert ("Pedro Sánchez", "criticizes", "Morocco") in found
    assert ("France", "criticizes", "Morocco") not in found
    # the same tense keeps the reported subject: "… che la Francia aiuterà … e sosterrà …"
    assert ("France", "supports", "Morocco") in triples(extract("Sánchez ha detto che la Francia aiuterà la Spagna e sosterrà il Marocco."))


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Lituania ha accusato la Bielorussia di aver attaccato la Polonia con i droni.",
                 ("Lithuania", "attacks", "Poland"), ("Belarus", "attacks", "Poland"), id="the deed charged after 'di' is the object's"),
    pytest.param("La Francia ha presentato un ricorso alla Corte. La Spagna sostiene il ricorso francese.",
                 ("France", "requests", "Spain"), None, id="who backs a statement was not its target"),
    pytest.param("Il Fondo monetario internazionale ha subordinato il prestito per l'Egitto alla riforma dei sussidi.",
                 None, ("International Monetary Fund", "demands", "Egypt"), id="terms set on a thing are asked of whom it is for"),
])
def test_round_seventeen_charges_backing_and_terms(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


def test_an_interview_answer_without_a_name_is_the_interviewee_s_turn(extract):
    # answers on the line after the question, the interviewee in the lede the paper "met"
    found = triples(extract("Il Cile guarda a est. Parla il ministro\n\nIeri abbiamo incontrato a Roma il ministro degli Esteri "
                            "cileno, Alberto van Klaveren.\n\nMinistro, che cosa chiedete all'Argentina?\nChiediamo "
                            "all'Argentina di riaprire il valico.\n\nE il Perù? Il confine resta chiuso?\nAbbiamo firmato "
                            "un accordo con il Perù sulla pesca."))
    assert {("Chile", "requests", "Argentina"), ("Chile", "agreesWith", "Peru")} <= found
    # answers labelled "R:", the interviewee in the sentence before "Gli abbiamo chiesto"
    found = triples(extract("INTERVISTA. Accra guarda al Sahel\n\nIl presidente del Ghana, John Mahama, è a Roma. Gli abbiamo "
                            "chiesto del Burkina Faso.\n\nD: Che cosa chiedete al Burkina Faso?\n\nR: Chiediamo al Burkina "
                            "Faso di riaprire le frontiere. Il Togo ci ha aiutato con i porti."))
    assert {("Ghana", "requests", "Burkina Faso"), ("Togo", "aids", "Ghana")} <= found
    # no lede saying the paper put the questions: a line after a question is no one's turn
    found = triples(extract("Che cosa è successo al confine?\nChiediamo alla Francia di riaprire il valico.\n\nE adesso?\n"
                            "Abbiamo firmato un accordo con la Spagna."))
    assert not {r for r in found if r[1] in ("requests", "agreesWith") and r[2] in ("France", "Spain")}


def test_the_government_in_an_interview_answer_is_the_state_of_the_one_answering(extract):
    found = triples(extract("INTERVISTA. Chișinău guarda a ovest\n\nIl ministro degli Esteri della Moldova, Mihai Popșoi, è a "
                            "Roma. Gli abbiamo chiesto dell'energia.\n\nD: E la Francia?\n\nR: Le imprese francesi investiranno "
                            "nel nostro settore energetico nel caso in cui il governo garantisca contratti trasparenti."))
    assert ("French business", "demands", "Moldova") in found
    assert not any(r[1] == "demands" and r[2] == "Italy" for r in found)


def test_a_government_named_by_its_own_name_and_then_its_state_is_the_state(extract):
    found = triples(extract("Il governo di transizione di Bamako ha chiesto alla Russia di inviare istruttori."))
    assert ("Mali", "requests", "Russia") in found


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Il cancelliere tedesco Friedrich Merz ha incontrato Volodymyr Zelensky a Berlino e gli ha promesso nuovi aiuti.",
                 None, ("Friedrich Merz", "aids", "Volodymyr Zelensky"), id="a dative clitic before a light verb fills the noun's 'a'"),
    pytest.param("Il ministro Tajani ha chiamato il collega turco Hakan Fidan per chiedergli di mediare.",
                 None, ("Antonio Tajani", "requests", "Turkey"), id="a dative ending on an infinitive fills the verb's 'a'"),
    pytest.param("Le armi promesse all'Ucraina? La Germania le ha inviate ieri.",
                 ("Germany", "aids", "Ukraine"), None, id="'le' before a participle in -e is the object, no dative"),
    pytest.param("Il Kazakistan esporta uranio verso la Cina.", None, ("Kazakhstan", "cooperatesWith", "China"), id="trade is cooperation"),
    pytest.param("La Germania vende armi all'Arabia Saudita.", None, ("Germany", "aids", "Saudi Arabia"), id="arms sold are aid"),
    pytest.param("L'India continua a comprare petrolio russo nonostante i dazi imposti da Washington.",
                 ("India", "cooperatesWith", "United States"), None, id="'da' after a participle is its agent, not the seller"),
    pytest.param("Tajani ha incontrato il ministro degli Esteri francese Jean-Noël Barrot e il ministro degli Esteri tedesco Johann Wadephul.",
                 None, ("Antonio Tajani", "consults", "Johann Wadephul"), id="a title's portfolio does not break a coordination"),
])
def test_round_nineteen_datives_trade_and_titles(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Il premier polacco Donald Tusk ha criticato la Russia. Ha poi chiesto alla Germania di inviare più truppe.",
                 None, ("Donald Tusk", "requests", "Germany"), id="a verb with no subject continues the sentence before's agent"),
    pytest.param("Il presidente francese Emmanuel Macron è arrivato a Roma. Ha incontrato Giorgia Meloni.",
                 None, ("Emmanuel Macron", "consults", "Giorgia Meloni"), id="the subject of a clause with no relation is continued too"),
    pytest.param("Il premier polacco Donald Tusk ha criticato la Russia.\n\nHa poi chiesto alla Germania di inviare più truppe.",
                 ("Donald Tusk", "requests", "Germany"), None, id="a new paragraph continues no subject"),
    pytest.param("Il premier polacco Donald Tusk ha criticato la Russia. Si chiede ora alla Germania di inviare truppe.",
                 ("Donald Tusk", "requests", "Germany"), None, id="an impersonal 'si' verb continues no subject"),
    pytest.param("Il premier polacco Donald Tusk ha criticato la Russia. Il documento chiede alla Germania di inviare truppe.",
                 ("Donald Tusk", "requests", "Germany"), None, id="a subject with no actor stands before the verb"),
])
def test_round_nineteen_null_subjects_across_sentences(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Le sanzioni imposte dall'Unione europea alla Bielorussia restano in vigore.",
                 None, ("European Union", "sanctions", "Belarus"), id="a participle with 'da' names an event noun's agent"),
    pytest.param("Gli attacchi lanciati da Israele contro il Libano sono continuati anche ieri.",
                 None, ("Israel", "attacks", "Lebanon"), id="the agent before the noun's own complement"),
    pytest.param("Il Sudan ha richiamato l'ambasciatore in segno di protesta contro l'accordo firmato dal Kenya con i ribelli.",
                 ("Kenya", "protests", "Sudan"), None, id="a participle after another noun phrase describes that one"),
    pytest.param("Le sanzioni revocate dagli Stati Uniti alla Bielorussia riguardavano il potassio.",
                 ("United States", "sanctions", "Belarus"), None, id="a participle of reversal names no agent of the measure"),
    pytest.param("La Turchia ha abbattuto un caccia russo al confine con la Siria.",
                 None, ("Turkey", "attacks", "Russia"), id="shooting down a state's aircraft attacks it"),
    pytest.param("La Polonia ha chiuso di nuovo il confine con la Bielorussia.",
                 None, ("Poland", "coerces", "Belarus"), id="closing a border with a state coerces it, an adverb between"),
    pytest.param("La Spagna, che teme un nuovo afflusso di migranti, sostiene la Mauritania.",
                 None, ("Spain", "supports", "Mauritania"), id="a present after a relative set off after the subject is its verb"),
    pytest.param("Mosca attaccherà ancora Kiev, che resiste, sostiene l'Istituto per lo studio della guerra.",
                 ("Institute for the Study of War", "supports", "Ukraine"), None, id="an inverted speech verb after a clause with its verb"),
])
def test_round_nineteen_participle_agents_force_and_set_off_relatives(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Macron ha detto che la Francia interromperà il dialogo con l'Algeria.",
                 ("Algeria", "consults", "France"), None, id="a mutual act ended by a reversal verb is not the speaker's act"),
    pytest.param("Sánchez ha annunciato che la Spagna ritirerà l'accordo con il Marocco.",
                 ("Morocco", "agreesWith", "Spain"), None, id="withdrawing an agreement signs none"),
    pytest.param("Il cancelliere tedesco Friedrich Merz ha telefonato al premier greco Kyriakos Mitsotakis e al presidente turco Recep Tayyip Erdoğan, "
                 "invitando entrambi alla calma.", None, ("Friedrich Merz", "requests", "Kyriakos Mitsotakis"), id="'entrambi' alone is the last actors joined"),
    pytest.param("Il cancelliere tedesco Friedrich Merz ha telefonato al premier greco Kyriakos Mitsotakis e al presidente turco Recep Tayyip Erdoğan, "
                 "invitando entrambi alla calma.", None, ("Friedrich Merz", "requests", "Recep Tayyip Erdoğan"), id="a demonym before its person is in its phrase"),
    pytest.param("Il cancelliere tedesco Friedrich Merz ha telefonato al premier greco Kyriakos Mitsotakis e al ministro degli Esteri turco Hakan Fidan, "
                 "invitando la Russia al dialogo.", ("Hakan Fidan", "requests", "Russia"), ("Friedrich Merz", "requests", "Russia"),
                 id="a conjunct opened by a preposition is no subject"),
])
def test_round_twenty_reversed_mutual_acts_and_both_pronoun(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("La Russia ha criticato la Nato, che ha condannato l'Iran e ha chiesto alla Cina di intervenire.",
                 ("Russia", "requests", "China"), ("NATO", "requests", "China"), id="a verb joined to a subject relative's verb is the relative's"),
    pytest.param("Il governo tedesco ha ricevuto il presidente egiziano Abdel Fattah al-Sisi, che ha elogiato l'Italia e ha criticato Israele.",
                 ("Germany", "criticizes", "Israel"), ("Abdel Fattah el-Sisi", "criticizes", "Israel"), id="the relative's second verb, an object between"),
    pytest.param("La Russia ha criticato la Nato, che ha condannato l'Iran, e ha chiesto alla Cina di intervenire.",
                 ("NATO", "requests", "China"), ("Russia", "requests", "China"), id="a comma closes the relative"),
    pytest.param("Nel 2024 la Turchia ha organizzato a Smirne un'esercitazione navale insieme al Pakistan e all'Azerbaigian.",
                 None, ("Pakistan", "cooperatesWith", "Azerbaijan"), id="partners named after 'insieme a' cooperate with the subject and each other"),
    pytest.param("La Francia ha condannato il colpo di Stato insieme alla Germania.",
                 ("France", "cooperatesWith", "Germany"), None, id="a judgement shared is no cooperation"),
])
def test_round_twenty_one_relative_coordination_and_joint_acts(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Il sindaco di Napoli Gaetano Manfredi ha accusato la Regione Campania di ritardi. "
                 "Il presidente della Regione Vincenzo De Luca ha respinto le critiche.",
                 None, ("Vincenzo De Luca", "rejects", "Gaetano Manfredi"), id="'le critiche' recall the last accuser"),
    pytest.param("La Spagna ha criticato il Marocco per la chiusura della frontiera. Rabat ha respinto le accuse.",
                 None, ("Morocco", "rejects", "Spain"), id="'le accuse' recall the last critic"),
    pytest.param("L'India ha sospeso i visti. Il ministero degli Esteri indiano ha accusato il Pakistan di ospitare terroristi. "
                 "La Russia ha chiesto alle due parti di evitare l'escalation.",
                 ("Russia", "requests", "Indian foreign ministry"), ("Russia", "requests", "India"), id="a state's body facing a state is its state among the two parties"),
    pytest.param("Il Venezuela ha accusato la Colombia di violare il confine. "
                 "La Norvegia, che ospita i colloqui tra il governo colombiano e i guerriglieri, ha convinto le due parti a firmare una tregua.",
                 ("Norway", "influences", "Venezuela"), None, id="the two parties named after 'tra' are not an earlier pair"),
])
def test_round_twenty_one_recalled_judgements_and_the_two_parties(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("La Regione Toscana ha approvato il nuovo piano dei rifiuti. Il sindacato Fp Cgil ha chiesto alla Regione di rinviarlo.",
                 None, ("Fp Cgil", "requests", "Regione Toscana"), id="'la Regione' alone is the region named before"),
    pytest.param("La giunta regionale pugliese ha varato la riforma dei trasporti. Il Codacons ha chiesto alla giunta di ritirarla.",
                 None, ("Codacons", "requests", "giunta regionale pugliese"), id="'la giunta' alone is the body named with its word"),
    pytest.param("Il consiglio comunale ha discusso il bilancio. Il consigliere Marco Bianchi ha criticato la giunta.",
                 ("Marco Bianchi", "criticizes", "Marco Bianchi"), None, id="no body named, no referent"),
    pytest.param("Amnesty International accusa la Birmania di abusi e chiede all'Asean di intervenire.",
                 ("Myanmar", "requests", "ASEAN"), ("Amnesty International", "requests", "ASEAN"), id="a present in -a after a name is a verb"),
])
def test_round_twenty_one_third_local_body_and_present_in_a(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Il sindaco di Livorno Luca Salvetti ha parlato in consiglio. Il ministro Carlo Nordio ha risposto. "
                 "La Lega ha criticato il sindaco.",
                 ("Lega", "criticizes", "Carlo Nordio"), ("Lega", "criticizes", "Luca Salvetti"), id="'il sindaco' alone is the person named as mayor"),
    pytest.param("Il sindaco Beppe Sala ha presentato il bilancio. Il Pd ha chiesto al sindaco di rivedere le tariffe.",
                 None, ("Partito Democratico", "requests", "Beppe Sala"), id="'di' + an infinitive after the title is no genitive"),
    pytest.param("Il prefetto Paolo Rossi ha vietato il corteo. Il ministro Carlo Nordio ha difeso la scelta. "
                 "La Cgil ha criticato il prefetto.",
                 ("CGIL", "criticizes", "Carlo Nordio"), ("CGIL", "criticizes", "Paolo Rossi"), id="'il prefetto' alone is the person named as prefect"),
])
def test_round_twenty_two_local_office_titles(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Il consigliere Marco Bianchi (Lega) ha criticato la Regione Toscana.",
                 ("Lega", "criticizes", "Regione Toscana"), ("Marco Bianchi", "memberOf", "Lega"), id="a party in brackets: its member, no subject"),
    pytest.param("Il consigliere Marco Bianchi (Lega) ha criticato la Regione Toscana.",
                 None, ("Marco Bianchi", "criticizes", "Regione Toscana"), id="the person before the brackets is the subject"),
    pytest.param("Hanno firmato l'appello Luca Verdi (Coldiretti) e Anna Neri (Legambiente).",
                 None, ("Luca Verdi", "affiliatedWith", "Coldiretti"), id="an organisation in brackets: one who works for it"),
])
def test_round_twenty_two_bracketed_affiliation(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("La guardia costiera tunisina ha fermato due pescherecci italiani al largo di Biserta.",
                 ("Tunisian police", "coerces", "Italy"), None, id="boats: a private noun's demonym is no state"),
    pytest.param("La polizia croata ha arrestato tre tifosi serbi allo stadio.",
                 ("Croatian police", "coerces", "Serbia"), None, id="people: a state's fans are not the state"),
    pytest.param("La polizia croata ha arrestato tre diplomatici serbi al confine.",
                 None, ("Croatian police", "coerces", "Serbian government"), id="officials still stand for their state"),
])
def test_round_twenty_four_private_nationality(extract, text, wrong, right):
    _reads(extract, text, wrong, right)



@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Il sindaco di Livorno Marco Neri ha attaccato Eni per i ritardi sulle bonifiche.",
                 ("Marco Neri", "attacks", "Eni"), ("Marco Neri", "criticizes", "Eni"), id="attacking a company in words"),
    pytest.param("L'esercito israeliano ha attaccato la sede dell'Unrwa a Gaza.",
                 None, ("Israeli military", "attacks", "UNRWA"), id="an army still attacks"),
    pytest.param("Il Consiglio di Stato ha respinto il ricorso della Regione. La Fiom ha criticato i giudici.",
                 None, ("FIOM", "criticizes", "Council of State of Italy"), id="the judges are their court"),
    pytest.param("Le Forze di supporto rapido hanno assediato El Fasher. L'Onu ha chiesto ai paramilitari di aprire i corridoi umanitari.",
                 None, ("United Nations", "requests", "Rapid Support Forces"), id="the paramilitaries are the armed group"),
    pytest.param("Consiglio comunale di Pisa, seduta di ieri. Il sindaco Paolo Neri ha ringraziato la Regione Toscana per i fondi. "
                 "Il consigliere Luca Bini ha criticato la giunta.",
                 ("Luca Bini", "criticizes", "Regione Toscana"), None, id="a town council's giunta is no region"),
    pytest.param("Il Sudan accusa gli Emirati Arabi Uniti di armare le Forze di supporto rapido.",
                 ("Sudan", "aids", "Rapid Support Forces"), ("United Arab Emirates", "aids", "Rapid Support Forces"),
                 id="a present of charging read as its noun"),
])
def test_round_twenty_four_local_bodies_and_members(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Il Giappone ha inviato a Manila il suo ambasciatore per discutere del commercio.",
                 ("Japan", "aids", "Philippines"), None, id="an envoy sent is no aid"),
    pytest.param("La Germania ha inviato ieri una lettera di protesta alla Polonia.",
                 ("Germany", "aids", "Poland"), None, id="a letter sent is no aid"),
    pytest.param("La Francia ha inviato un messaggio di solidarietà all'Ucraina.",
                 ("France", "aids", "Ukraine"), ("France", "supports", "Ukraine"), id="a message gives only what it says"),
    pytest.param("La Spagna ha inviato due aerei di medicinali al Marocco.",
                 None, ("Spain", "aids", "Morocco"), id="goods sent are still aid"),
    pytest.param("È scontro tra la Regione Lombardia e la Fondazione Cariplo sui fondi per la ricerca.",
                 ("Regione Lombardia", "attacks", "Fondazione Cariplo"), None, id="a clash between unarmed bodies is no attack"),
    pytest.param("Nuovi scontri tra l'esercito sudanese e le Forze di supporto rapido a El Fasher.",
                 None, ("Sudanese military", "attacks", "Rapid Support Forces"), id="a clash of armed sides still attacks"),
])
def test_round_twenty_four_no_aid_by_an_envoy_or_a_message_no_attack_in_a_clash_of_words(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Il ministro degli Esteri Paolo Bianchi ha accusato l'esercito serbo di aver violato il confine. "
                 "In serata l'ambasciata serba a Roma ha respinto le accuse del ministro Bianchi.",
                 ("Paolo Bianchi", "accuses", "Serbian embassy in Roma"), ("Paolo Bianchi", "accuses", "Serbian military"),
                 id="a charge made to the army is not made again to the embassy that answers it"),
    pytest.param("La Cisl ha proclamato uno sciopero. Il segretario Marco Ferri ha detto che il sindacato lo revocherà purché "
                 "il governo ritiri la riforma. Il ministro del Lavoro Carlo Neri ha respinto la richiesta di Ferri.",
                 ("Marco Ferri", "requests", "Carlo Neri"), ("CISL", "demands", "Italy"),
                 id="the union's demand is its leader's request, made to the government"),
    pytest.param("Il sindaco Luca Rossi ha criticato Snam per i ritardi. Snam ha respinto le accuse del sindaco.",
                 None, ("Luca Rossi", "accuses", "Snam"), id="a charge first made to the one who answers still reads"),
    pytest.param("Il governo albanese ha respinto le richieste di Roma di estradare i due imprenditori.",
                 None, ("Italy", "requests", "Albania"), id="a request named first in its answer still reads"),
])
def test_round25_an_answer_to_a_statement_made_to_another_makes_no_second_one(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,right", [
    pytest.param("Intervista al presidente della Colombia Gustavo Petro (estratto)\n\n"
                 "D: Presidente, come sono i rapporti con Caracas?\n\n"
                 "PETRO: Il Venezuela ci accusa di ingerenza, ma noi vogliamo il dialogo.",
                 ("Venezuela", "accuses", "Colombia"), id="ci accusa: the speaker's state is accused"),
    pytest.param("Intervista al presidente della Colombia Gustavo Petro (estratto)\n\n"
                 "D: Presidente, che cosa teme?\n\n"
                 "PETRO: Il Venezuela ci minaccia da mesi.",
                 ("Venezuela", "threatens", "Colombia"), id="ci minaccia: a present in -a after ci is the verb"),
])
def test_round25_a_present_in_a_after_ci_is_the_verb_and_ci_its_object(extract, text, right):
    _reads(extract, text, None, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Intervista al presidente della Colombia Gustavo Petro (estratto)\n\n"
                 "D: Presidente, chi vi ha aiutato?\n\n"
                 "PETRO: Il Brasile ci ha mandato medici, e ringrazio Brasilia per questo.",
                 None, ("Gustavo Petro", "praises", "Brazil"), id="ringrazio: the speaker thanks"),
    pytest.param("Intervista al presidente della Colombia Gustavo Petro (estratto)\n\n"
                 "D: Presidente, e il Venezuela?\n\n"
                 "PETRO: Chiedo al Venezuela di riaprire il confine.",
                 None, ("Gustavo Petro", "requests", "Venezuela"), id="chiedo: the speaker asks"),
    pytest.param("Intervista al presidente della Colombia Gustavo Petro (estratto)\n\n"
                 "D: Presidente, che cosa ha fatto il Messico?\n\n"
                 "PETRO: Il Messico ha accusato il Venezuela di ingerenza.",
                 ("Gustavo Petro", "accuses", "Venezuela"), ("Mexico", "accuses", "Venezuela"),
                 id="a participle in -o is no first person"),
])
def test_round25_a_present_first_person_singular_in_a_turn_is_the_speakers(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


def test_round26_a_condition_phrase_of_four_words_opens_the_condition(extract):
    """"nel caso in cui": the longest condition phrase that starts at a word is the marker, and the clause after it
    the condition."""
    relations = extract("La Grecia chiuderà la frontiera con la Turchia nel caso in cui Ankara non fermi i migranti.")
    assert {r.condition for r in relations if r.relation == "threatens"} == {"Ankara non fermi i migranti"}


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Amnesty International ha denunciato torture da parte della polizia egiziana.",
                 ("Amnesty International", "criticizes", "Egyptian police"), ("Amnesty International", "accuses", "Egyptian police"),
                 id="a wrong denounced is laid on its doer"),
    pytest.param("Human Rights Watch ha denunciato gli abusi commessi dall'esercito birmano.",
                 None, ("Human Rights Watch", "accuses", "Myanmar"), id="a participle's agent is the doer"),
    pytest.param("Teheran ha denunciato le misure di Washington come una violazione del diritto internazionale.",
                 ("Iran", "accuses", "United States"), ("Iran", "criticizes", "United States"),
                 id="a measure denounced is criticised"),
])
def test_round26_a_wrong_denounced_is_a_charge_against_its_doer(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Il Comitato olimpico russo ha annunciato un ricorso al Tribunale arbitrale dello sport.",
                 ("Comitato olimpico russo", "requests", "Tribunale arbitrale dello sport"), None,
                 id="an appeal to a court asks nothing of it"),
    pytest.param("Il ministro della Giustizia Carlo Neri ha annunciato ricorso in Cassazione.",
                 None, ("Carlo Neri", "requests", "Court of Cassation"), id="ricorso in Cassazione still reads"),
])
def test_round26_an_appeal_to_a_court_is_no_request_of_it(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


def test_round26_funds_promised_to_someone_are_aid(extract):
    _reads(extract, "La Commissione europea ha promesso fondi alla Moldova per le nuove centrali elettriche.",
           None, ("European Commission", "aids", "Moldova"))


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Il presidente della Regione Marco Bellini ha difeso il piano dei rifiuti. Dall'opposizione, il consigliere "
                 "Luca Neri ha criticato la giunta per i ritardi e ha accusato la Regione di aver nascosto i dati.",
                 ("Luca Neri", "criticizes", "Marco Bellini"), ("Luca Neri", "criticizes", "Regione"),
                 id="the body named after the giunta in its sentence"),
    pytest.param("Il presidente della Regione Marco Bellini ha difeso il piano dei rifiuti. La consigliera Anna Riva ha "
                 "attaccato la giunta per i ritardi e ha annunciato che voterà il bilancio solo se la Regione taglierà i costi.",
                 None, ("Anna Riva", "criticizes", "Regione"), id="the body named after the giunta in a condition"),
])
def test_round26_a_giunta_named_before_its_body_is_the_body_named_after_it(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,right", [
    pytest.param("Leonardo ha presentato il nuovo piano industriale. La Fiom Cgil accusa l'azienda di voler tagliare i turni.",
                 ("FIOM", "accuses", "Leonardo"), id="l'azienda is not the subject of its own verb"),
    pytest.param("Ansaldo Energia chiude l'anno con ricavi in crescita. Ansaldo Energia ha firmato un nuovo contratto in Egitto. "
                 "Non mancano però le tensioni. La Fiom Cgil accusa l'azienda di aver tagliato i turni.",
                 ("FIOM", "accuses", "Ansaldo Energia"), id="l'azienda far from its name is the company the story is about"),
])
def test_round26_the_company_a_definite_noun_names_is_not_its_clauses_subject(extract, text, right):
    _reads(extract, text, None, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("La ministra degli Esteri tedesca Annalena Baerbock ha avvertito: «Puniremo la Russia se attaccherà la Moldavia».",
                 ("Annalena Baerbock", "threatens", "Russia"), ("Germany", "threatens", "Russia"),
                 id="a first person plural in a quote after a colon is the speaker's state"),
    pytest.param("Il ministro dell'Economia Giancarlo Giorgetti ha difeso la manovra: «Abbiamo fatto la nostra parte. "
                 "Chiederemo alla Commissione europea più flessibilità».",
                 None, ("Italy", "requests", "European Commission"),
                 id="the quote is the speaker's turn to its close, past its first sentence"),
    pytest.param("Il ministro degli Esteri Antonio Tajani ha parlato con la stampa. «Chiederemo alla Commissione europea più fondi», "
                 "ha detto il commissario ungherese.",
                 ("Italy", "requests", "European Commission"), None,
                 id="a quote opened with no colon is no turn of the sentence before"),
])
def test_round26_we_in_a_quote_after_a_colon_is_the_speakers_state(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Camera, via libera al memorandum con la Libia. Il testo prevede nuove motovedette per Tripoli e fondi alla "
                 "guardia costiera libica. Il Partito democratico e il Movimento 5 Stelle hanno votato contro, la Lega e Forza Italia "
                 "a favore. Il deputato "
                 "Marco Neri ha criticato il governo.",
                 ("Marco Neri", "criticizes", "Libya"), ("Marco Neri", "criticizes", "Italy"),
                 id="the press's own bodies outnumber the foreign state's"),
    pytest.param("Senato, scontro sul protocollo con l'Albania. Il premier albanese Edi Rama lo difende da Tirana. Il Partito "
                 "democratico, Italia Viva e il Movimento 5 Stelle hanno votato contro. La senatrice Anna Neri ha criticato il governo.",
                 ("Anna Neri", "criticizes", "Albania"), ("Anna Neri", "criticizes", "Italy"),
                 id="a foreign leader counts for his state, the parties for theirs"),
])
def test_round27_il_governo_is_the_press_state_when_its_own_bodies_fill_the_story(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


def test_round27_an_actor_after_il_governo_and_a_new_clause_does_not_name_the_government(extract):
    _reads(extract, "Il senatore Luca Bianchi ha sostenuto il governo ma ha chiesto a Bruxelles di accelerare sul nuovo patto.",
           None, ("Luca Bianchi", "supports", "Italy"))


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Il sindaco di Pisa, Marco Conti, ha scritto al direttore dell'ospedale, Luca Ferri, chiedendogli di riaprire il reparto.",
                 ("Luca Ferri", "requests", "Marco Conti"), ("Marco Conti", "requests", "Luca Ferri"),
                 id="a name apposed to an object is not the gerund's subject"),
    pytest.param("Soddisfatta la presidente della Regione, Anna Riva, che ha ringraziato Legambiente per la battaglia.",
                 None, ("Anna Riva", "praises", "Legambiente"), id="a name a relative clause follows is its subject"),
])
def test_round27_a_name_apposed_to_a_verbs_complement_is_no_subject(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,right", [
    pytest.param("La Fiom e la Fim hanno proclamato un presidio davanti alla sede di Stellantis.",
                 ("FIOM", "protests", "Stellantis"), id="a picket at a company's seat"),
    pytest.param("Il Nursind ha proclamato un presidio davanti all'ingresso dell'ospedale Cardarelli.",
                 ("Nursind", "protests", "Cardarelli"), id="a picket at a hospital's entrance"),
    pytest.param("La Cgil ha annunciato per sabato un presidio contro Stellantis.",
                 ("CGIL", "protests", "Stellantis"), id="a picket against someone"),
])
def test_round27_a_picket_at_a_bodys_seat_is_a_protest_against_it(extract, text, right):
    _reads(extract, text, None, right)


def test_round27_a_definite_noun_that_spells_an_acronym_is_that_organisation(extract):
    _reads(extract, "L'Asl Cn1 ha presentato il piano di riordino. La sindaca di Garessio, Luisa Ferrero, ha accusato "
                    "l'azienda sanitaria di aver deciso da sola.",
           None, ("Luisa Ferrero", "accuses", "Asl Cn1"))


@pytest.mark.parametrize("text,right", [
    pytest.param("La segretaria del Pd Elly Schlein ha attaccato Giorgia Meloni, accusandola di aver lasciato sola Lampedusa.",
                 ("Elly Schlein", "accuses", "Giorgia Meloni"), id="accusandola: the object before the comma"),
    pytest.param("Il sindaco di Bari, Vito Leccese, ha criticato la Regione Puglia, accusandola di aver tagliato i fondi.",
                 ("Vito Leccese", "accuses", "Regione Puglia"), id="accusandola after a body"),
])
def test_round27_a_pronoun_joined_to_a_gerund_is_the_object_before_its_comma(extract, text, right):
    _reads(extract, text, None, right)


def test_round27_a_pronoun_joined_to_a_gerund_for_a_thing_names_no_actor(extract):
    _reads(extract, "Il governo ha respinto le accuse di Mario Rossi, definendole menzogne.", ("Italy", "criticizes", "Mario Rossi"), None)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("La Cisl ha chiesto al presidente della Regione Lazio, Marco Fabbri, di aprire un tavolo sui trasporti.",
                 ("CISL", "requests", "Regione Lazio"), ("CISL", "requests", "Marco Fabbri"),
                 id="a title's complement names a body: the person after the comma is asked"),
    pytest.param("Il sindaco Paolo Riva ha chiesto al ministro per la Famiglia e le pari opportunità, Laura Conti, di sbloccare i fondi.",
                 None, ("Paolo Riva", "requests", "Laura Conti"), id="a portfolio with its own 'e'"),
    pytest.param("Il premier sloveno Robert Golob ha telefonato alla presidente di turno del Consiglio dell'Ue, Maria Rossi, per "
                 "discutere dei confini.", None, ("Robert Golob", "consults", "Maria Rossi"), id="a phone call"),
])
def test_round28_a_title_after_a_preposition_is_held_by_the_name_set_after_its_comma(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


def test_round28_a_name_after_a_title_and_comma_that_opens_a_clause_is_no_object(extract):
    _reads(extract, "La Cisl ha telefonato al presidente della Regione, Marco Fabbri ha poi risposto con una nota.",
           ("CISL", "consults", "Marco Fabbri"), None)


@pytest.mark.parametrize("text,right", [
    pytest.param("Il ministro dell'Agricoltura e della sovranità alimentare Mario Bassi ha invitato la Spagna a ritirare i dazi.",
                 ("Mario Bassi", "requests", "Spain"), id="dell'Agricoltura e della sovranità alimentare"),
    pytest.param("La ministra per lo Sport e i giovani Laura Conti ha ringraziato la Francia per l'ospitalità.",
                 ("Laura Conti", "praises", "France"), id="per lo Sport e i giovani"),
])
def test_round28_an_e_inside_a_titles_portfolio_does_not_end_the_subjects_phrase(extract, text, right):
    _reads(extract, text, None, right)


def test_round28_a_name_after_e_still_opens_a_clause_of_its_own(extract):
    _reads(extract, "L'Algeria ha espulso dodici funzionari dell'ambasciata francese e Parigi ha espulso dodici diplomatici algerini.",
           None, ("France", "coerces", "Algerian government"))


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Il Marocco accusa da mesi l'Algeria di ospitare i separatisti.",
                 ("Algeria", "accuses", "Morocco"), ("Morocco", "accuses", "Algeria"), id="da mesi"),
    pytest.param("La Serbia accusa da oltre un anno il Kosovo di violare gli accordi.",
                 ("Kosovo", "accuses", "Serbia"), ("Serbia", "accuses", "Kosovo"), id="da oltre un anno"),
])
def test_round28_da_before_a_span_of_time_names_no_agent(extract, text, wrong, right):
    """"accusa da mesi X": "da" and a span of time (``@duration``) say how long; the present is no passive."""
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Il Consiglio di Stato ha annullato la delibera con cui la Regione Toscana aveva prorogato le concessioni.",
                 None, ("Council of State of Italy", "rejects", "Regione Toscana"), id="a body's act annulled"),
    pytest.param("Il presidente Emmanuel Macron ha annullato il vertice con la Germania.",
                 ("Emmanuel Macron", "rejects", "Germany"), None, id="an event called off"),
])
def test_round29_annulling_a_bodys_act_rejects_the_body_but_calling_off_a_meeting_does_not(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


def test_round29_applying_duties_is_a_light_verb_of_the_sanction(extract):
    _reads(extract, "Da lunedì Washington applica dazi del 25 per cento sul vino italiano.", None, ("United States", "sanctions", "Italy"))


@pytest.mark.parametrize("text,rights", [
    pytest.param("La Thailandia ha accusato la Cambogia di aver violato il confine. La Malesia ha invitato le parti alla calma.",
                 [("Malaysia", "requests", "Thailand"), ("Malaysia", "requests", "Cambodia")], id="invited the parties"),
    pytest.param("La Thailandia ha accusato la Cambogia di aver violato il confine. La Malesia media tra le parti.",
                 [("Malaysia", "consults", "Thailand"), ("Malaysia", "consults", "Cambodia")], id="mediates between the parties"),
])
def test_round29_the_parties_without_a_number_are_the_sides_as_the_two_parties_are(extract, text, rights):
    for right in rights:
        _reads(extract, text, None, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Il prefetto di Bari, Laura Conti, ha convocato per lunedì il sindaco Marco Fabbri.",
                 ("Laura Conti", "protests", "Marco Fabbri"), ("Laura Conti", "consults", "Marco Fabbri"), id="a mayor is convened"),
    pytest.param("L'assessore Franco Lupo ha convocato la Fiom per giovedì.", None, ("Franco Lupo", "consults", "FIOM"), id="a union is convened"),
    pytest.param("La Farnesina ha convocato l'ambasciatore russo Aleksej Paramonov.",
                 ("Italian Foreign Ministry", "consults", "Aleksej Paramonov"), ("Italian Foreign Ministry", "protests", "Russia"),
                 id="an envoy is summoned"),
])
def test_round29_convening_a_body_or_a_person_without_an_envoys_title_consults_them(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,right", [
    pytest.param("Il Likud, il partito di Benjamin Netanyahu, ha vinto il voto.", ("Benjamin Netanyahu", "leaderOf", "Likud"),
                 id="the party's noun after a comma"),
    pytest.param("La Cgil, il sindacato di Maurizio Landini, ha proclamato lo sciopero.", ("Maurizio Landini", "leaderOf", "CGIL"),
                 id="a union's noun"),
])
def test_round29_the_person_after_di_that_closes_a_partys_phrase_leads_the_party(extract, text, right):
    _reads(extract, text, None, right)


def test_round29_all_the_parties_are_not_the_sides_of_the_latest_relation(extract):
    _reads(extract, "La Thailandia ha accusato la Cambogia di aver violato il confine. La Malesia ha invitato tutte le parti a proteggere i civili.",
           ("Malaysia", "requests", "Thailand"), None)


@pytest.mark.parametrize("text,right", [
    pytest.param("Il governo di Lima ha sospeso l'accordo con la Bolivia. Chiede a La Paz di fermare il contrabbando.",
                 ("Peru", "requests", "Bolivia"), id="a present the lemma starts with"),
    pytest.param("Il premier ceco Petr Fiala ha ricevuto il collega slovacco. Poi critica la Germania per i ritardi.",
                 ("Petr Fiala", "criticizes", "Germany"), id="an -a present after an adverb"),
    pytest.param("Il presidente cileno Gabriel Boric ha chiuso il valico. Accusa La Paz di ignorare i traffici.",
                 ("Gabriel Boric", "accuses", "Bolivia"), id="an -a present opening the sentence"),
])
def test_round29_a_subjectless_present_continues_the_subject_of_the_sentence_before(extract, text, right):
    _reads(extract, text, None, right)


def test_round29_a_sentence_opening_noun_without_a_name_after_it_is_no_verb(extract):
    _reads(extract, "Il presidente cileno Gabriel Boric ha chiuso il valico. Accusa di corruzione per il sindaco di Lima.",
           ("Gabriel Boric", "accuses", "Peru"), None)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Amnesty International ha accusato il Marocco di torture. Il Mali accusa l'Algeria di ospitare i ribelli; Algeri respinge le accuse.",
                 ("Algeria", "rejects", "Amnesty International"), ("Algeria", "rejects", "Mali"), id="a charge"),
    pytest.param("L'Egitto ha chiesto aiuti alla Francia. Il Niger ha chiesto al Benin di riaprire il confine; il Benin ha respinto la richiesta.",
                 ("Benin", "rejects", "Egypt"), ("Benin", "rejects", "Niger"), id="a request"),
])
def test_round29_a_reply_recalls_the_act_read_before_it_in_its_own_sentence(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("La Uil ha manifestato a Torino contro il decreto sulle pensioni approvato dal governo.",
                 None, ("UIL", "protests", "Italy"), id="a decree approved by the government"),
    pytest.param("La Coldiretti ha sfilato a Bruxelles contro la riforma decisa dalla Commissione europea.",
                 None, ("Coldiretti", "protests", "European Commission"), id="a feminine participle the lemmatiser takes for an adjective"),
    pytest.param("La Somalia protesta contro l'intesa firmata da Addis Abeba con il Somaliland.",
                 ("Somalia", "protests", "Somaliland"), ("Somalia", "protests", "Ethiopia"), id="the author, not the partner after con"),
])
def test_round30_an_act_closed_by_a_participle_and_its_agent_reaches_its_author(extract, text, wrong, right):
    """"contro il decreto … approvato dal governo": a preposition's object that is an act, with its author after a
    participle and "da", is the author."""
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Il presidente cileno Gabriel Boric ha definito Javier Milei «un venditore di fumo».",
                 None, ("Gabriel Boric", "criticizes", "Javier Milei"), id="a label with no word of esteem"),
    pytest.param("Il presidente cileno Gabriel Boric ha definito Javier Milei «un amico sincero».",
                 ("Gabriel Boric", "criticizes", "Javier Milei"), ("Gabriel Boric", "praises", "Javier Milei"), id="a label of esteem"),
])
def test_round30_a_name_given_a_quoted_label_is_criticised_unless_the_label_esteems(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Il ministero degli Esteri cinese ha definito «deludente» la decisione giapponese.",
                 None, ("Chinese foreign ministry", "criticizes", "Japan"), id="a label before the object"),
    pytest.param("Il ministero degli Esteri cinese ha definito «un partner affidabile» il governo sudcoreano.",
                 ("Chinese foreign ministry", "criticizes", "South Korea"), ("Chinese foreign ministry", "praises", "South Korea"),
                 id="a label of esteem before the object"),
    pytest.param("Il governo italiano ha presentato la legge di bilancio. Giuseppe Conte ha definito «una resa alle banche» la manovra del governo.",
                 None, ("Giuseppe Conte", "criticizes", "Italy"), id="a label of several words, with a complement of its own"),
])
def test_round31_a_quoted_label_before_its_object_is_a_judgement_of_the_object(extract, text, wrong, right):
    """"ha definito «deludente» la decisione giapponese": the label put between the verb and its object."""
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("La Turchia, che ha già schierato truppe lungo il confine con l'Iraq, ha offerto alla Siria nuovi aiuti.",
                 ("Turkey", "mobilizes", "Syria"), ("Turkey", "mobilizes", "Iraq"), id="a relative clause closed by its comma"),
    pytest.param("Il premier greco Kyriakos Mitsotakis, che ieri ha parlato, ha chiesto alla Turchia di ritirare le navi.",
                 ("Kyriakos Mitsotakis", "consults", "Turkey"), ("Kyriakos Mitsotakis", "requests", "Turkey"), id="a verb right before the comma"),
])
def test_round31_a_verb_after_a_comma_opens_the_next_predicate(extract, text, wrong, right):
    """A complement after "…, ha offerto" is the second verb's, not the relative's verb before the comma."""
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Il premier ungherese Viktor Orbán ha attaccato il premier polacco Donald Tusk, definendolo «un amico di Bruxelles», "
                 "e ha respinto la sentenza della Corte di giustizia dell'Unione europea.",
                 ("European Union", "rejects", "Court of Justice of the European Union"),
                 ("Viktor Orbán", "rejects", "Court of Justice of the European Union"), id="a label of several words"),
])
def test_round31_an_actor_inside_a_closed_quotation_is_no_subject_after_it(extract, text, wrong, right):
    """An actor named inside a quoted label that closes before the verb does not do what the verb says."""
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Il governo tedesco ha minacciato di portare la questione davanti all'Onu.",
                 ("Germany", "threatens", "United Nations"), None, id="davanti a"),
    pytest.param("Il governo tedesco ha minacciato di imporre dazi al Canada.",
                 None, ("Germany", "threatens", "Canada"), id="no forum: the infinitive's object"),
])
def test_round32_a_forum_in_the_threatened_act_is_not_threatened(extract, text, wrong, right):
    """"di portare la questione davanti all'Onu": the UN hears the case (``@forum``); it is not the one threatened."""
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Podemos critica la riforma. Il partito di Ione Belarra ha accusato il governo spagnolo di aver tradito gli elettori.",
                 ("Ione Belarra", "accuses", "Spain"), None, id="a party a person owns"),
    pytest.param("Il governo di Pedro Sánchez ha accusato il Marocco di aver violato gli accordi.",
                 None, ("Spain", "accuses", "Morocco"), id="a person's government is the state"),
])
def test_round32_a_persons_party_is_not_the_person(extract, text, wrong, right):
    """"Il partito di X ha accusato …": the person owns a body that acts; a government owned stays the state."""
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("L'Oim ha ricordato alla Grecia l'obbligo di soccorrere i naufraghi.",
                 None, ("International Organization for Migration", "requests", "Greece"), id="an obligation"),
    pytest.param("Il Consiglio d'Europa ha ricordato alla Turchia i suoi impegni sui diritti umani.",
                 None, ("Council of Europe", "requests", "Turkey"), id="its commitments"),
    pytest.param("Il presidente francese Emmanuel Macron ha ricordato alla Germania la visita di De Gaulle.",
                 ("Emmanuel Macron", "requests", "Germany"), None, id="a memory, no duty"),
])
def test_round33_reminding_an_actor_of_its_duty_is_a_request(extract, text, wrong, right):
    """"ha ricordato a X l'obbligo / i suoi impegni": the reminder urges X; a reminder of anything else asks nothing."""
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("La Fiom ha scritto alla Regione Piemonte per chiedere un incontro urgente.",
                 None, ("FIOM", "requests", "Regione Piemonte"), id="per chiedere"),
    pytest.param("Il sindaco di Genova Marco Bucci ha scritto al ministro Adolfo Urso chiedendo un tavolo sull'ex Ilva.",
                 None, ("Marco Bucci", "requests", "Adolfo Urso"), id="chiedendo"),
    pytest.param("La Fiom ha scritto alla Regione Piemonte una lettera di ringraziamento.",
                 ("FIOM", "requests", "Regione Piemonte"), None, id="a letter that asks nothing"),
])
def test_round33_writing_to_an_actor_to_ask_is_a_request_of_it(extract, text, wrong, right):
    """"ha scritto a X per chiedere / chiedendo …": the one written to is the one asked."""
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("L'Eni firma con la Sonatrach un contratto per nuove forniture di gas.",
                 None, ("Eni", "agreesWith", "Sonatrach"), id="the partner before what is signed"),
    pytest.param("Il ministro croato Davor Božinović ha firmato ieri con il collega sloveno Boštjan Poklukar la proroga dei pattugliamenti congiunti.",
                 None, ("Davor Božinović", "agreesWith", "Boštjan Poklukar"), id="a document no row names"),
    pytest.param("L'Ue sbloccherà i fondi a condizione che Tunisi firmi l'accordo con il Fondo monetario internazionale.",
                 ("International Monetary Fund", "agreesWith", "Tunisia"), None, id="the partner after the agreement is the agreement's"),
])
def test_round33_who_signs_with_another_agrees_with_it(extract, text, wrong, right):
    """"ha firmato con X un contratto / la proroga": signing with someone is an agreement; "con" after a noun of
    agreement ("firmi l'accordo con X") is the noun's, whose frame reads it (or, in a condition's terms, does not)."""
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Forza Italia ha preso le distanze dalla Lega sulle pensioni.",
                 None, ("Forza Italia", "criticizes", "Lega"), id="prendere le distanze da"),
    pytest.param("La Francia ha preso da Washington la tecnologia dei droni.",
                 ("France", "criticizes", "United States"), None, id="taking something from someone"),
])
def test_round33_distancing_oneself_from_an_actor_criticises_it(extract, text, wrong, right):
    """"ha preso le distanze da X": disapproval of X; "prendere" alone takes nothing against anyone."""
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Il sindaco Mario Rossi ha criticato il presidente della Regione Lazio, Francesco Rocca, per i ritardi.",
                 ("Mario Rossi", "criticizes", "Regione Lazio"), ("Mario Rossi", "criticizes", "Francesco Rocca"), id="a title's holder after its comma"),
    pytest.param("Il sindaco Mario Rossi ha criticato gli alleati della Nato, soprattutto la Francia.",
                 None, ("Mario Rossi", "criticizes", "NATO"), id="no title: the genitive stays the object"),
])
def test_round33_a_title_named_by_its_body_is_held_by_the_person_after_its_comma(extract, text, wrong, right):
    """"il presidente della Regione Lazio, Francesco Rocca": the body is the office's; the person is the object."""
    _reads(extract, text, wrong, right)


@pytest.mark.parametrize("text,pairs,apart", [
    pytest.param("Le trattative tra Stellantis e i sindacati Fiom, Fim-Cisl e Uilm riprenderanno giovedì.",
                 [("Stellantis", "FIOM"), ("Stellantis", "FIM-CISL"), ("Stellantis", "UILM")],
                 [("FIOM", "FIM-CISL"), ("FIM-CISL", "UILM"), ("FIOM", "UILM")], id="one side, then a list"),
    pytest.param("Le trattative tra l'azienda e i sindacati Fiom, Fim-Cisl e Uilm riprenderanno giovedì.",
                 [], [("FIOM", "FIM-CISL"), ("FIM-CISL", "UILM"), ("FIOM", "UILM")], id="the first side no actor: the list is one side"),
    pytest.param("I negoziati tra Francia, Germania e Italia sono ripresi ieri.",
                 [("France", "Germany"), ("France", "Italy"), ("Germany", "Italy")], [], id="three listed alike: each pair"),
])
def test_round38_a_list_after_tra_is_one_side_when_a_comma_follows_the_first_e(extract, text, pairs, apart):
    """"tra A e B, C e D": A faces each member of the list, and the members are not each other's parties."""
    found = {(s, o) for s, _, o in triples(extract(text))}
    assert all((a, b) in found or (b, a) in found for a, b in pairs)
    assert not any((a, b) in found or (b, a) in found for a, b in apart)


@pytest.mark.parametrize("text,wrong,right", [
    pytest.param("Il consorzio Idrovie Salentine ha presentato ricorso. Ieri il Tar ha sospeso la delibera. "
                 "Il sindaco Paolo Greco ha criticato l'azienda.",
                 ("Paolo Greco", "criticizes", "Tar"), ("Paolo Greco", "criticizes", "Idrovie Salentine"),
                 id="a court is no firm: l'azienda passes over the Tar named after the firm"),
])
def test_round42_a_court_named_by_its_kind_is_not_a_company(extract, text, wrong, right):
    _reads(extract, text, wrong, right)


def test_a_title_whose_complement_names_a_body_is_held_by_the_person_closing_it(extract):
    relations = extract("Il premier Nikol Pashinyan ha telefonato al presidente del Consiglio europeo António Costa.")
    assert {("Nikol Pashinyan", "António Costa"), ("António Costa", "Nikol Pashinyan")} & \
        {(r.subject.name, r.object.name) for r in relations if r.relation == "consults"}


def test_a_body_named_by_its_noun_is_led_by_the_agent_of_guidato(extract):
    relations = extract("L'opposizione venezuelana, guidata da María Corina Machado, ha protestato davanti al Parlamento.")
    assert ("María Corina Machado", "leaderOf", "Venezuelan opposition") in triples(relations)


def test_a_delegation_named_by_a_state_adjective_is_not_led_by_the_agent_of_guidato(extract):
    relations = extract("Una delegazione polacca guidata da Radosław Sikorski è arrivata a Vilnius.")
    assert ("Radosław Sikorski", "leaderOf", "Poland") not in triples(relations)


def test_a_strike_against_a_plan_presented_by_a_company_protests_the_company(extract):
    relations = extract("La Fiom-Cgil ha proclamato uno sciopero contro il piano industriale presentato da Stellantis.")
    assert ("FIOM", "protests", "Stellantis") in triples(relations)


def test_a_place_before_the_object_does_not_count_against_its_reach(extract):
    relations = extract("Il ministro Antonio Tajani ha incontrato ieri a Nairobi il presidente della Commissione dell'Unione africana, Mahmoud Ali Youssouf.")
    assert {("Antonio Tajani", "Mahmoud Ali Youssouf"), ("Mahmoud Ali Youssouf", "Antonio Tajani")} & \
        {(r.subject.name, r.object.name) for r in relations if r.relation == "consults"}


def test_a_place_after_the_object_is_no_object(extract):
    relations = extract("Il ministro Antonio Tajani ha convocato i due manager per lunedì a Palazzo Santa Lucia.")
    assert not [r for r in relations if r.relation in ("protests", "consults")]


@pytest.mark.parametrize("quote", ["«irresponsabile»", '"irresponsabile"'])
def test_an_actor_after_a_closed_label_is_the_object_of_the_verb_not_the_subject_of_the_next(extract, quote):
    """"ha definito «irresponsabile» la proposta del Cile e ha chiesto …": the phrase after the label the verb gives
    goes on with its clause, so the speaker, not the owner of "la proposta", asks."""
    found = triples(extract(f"Il Paraguay ha definito {quote} la proposta del Cile e ha chiesto alla Bolivia di ritirare il piano."))
    assert ("Paraguay", "requests", "Bolivia") in found
    assert ("Chile", "requests", "Bolivia") not in found


def test_a_perfect_after_a_reported_pluperfect_is_the_reporting_speaker_s(extract):
    """"Il Ghana ha replicato che la nave togolese era entrata … e ha chiesto al Togo …": a pluperfect in the reported
    clause and a perfect after "e" are not coordinated, so "ha chiesto" goes on the verb that reports."""
    found = triples(extract("Il Ghana ha replicato che la nave togolese era entrata illegalmente nelle acque ghanesi e ha chiesto "
                            "al Togo di ritirare la flotta."))
    assert ("Ghana", "requests", "Togo") in found


def test_an_infinitive_of_purpose_after_writing_is_addressed_to_the_one_written_to(extract):
    """"ha scritto al presidente della Regione X per sollecitare …": writing addresses someone as a phone call does
    (``@addressing``), so the request of the purpose clause goes to them, however long the name between."""
    found = triples(extract("Il sindaco di Cuneo, Paolo Bertola, ha scritto al presidente della Regione Marta Valli per sollecitare "
                            "la revoca della concessione."))
    assert ("Paolo Bertola", "requests", "Marta Valli") in found


def test_a_verb_after_ma_in_a_subject_relative_is_the_antecedent_s(extract):
    """"è intervenuto X, che ha sostenuto il governo ma ha chiesto a Y …": "ma" right before the second verb group
    names no subject, so that verb is the relative's too and its subject is the antecedent."""
    found = triples(extract("Alla Camera è intervenuto Luca Ferri, che ha difeso il governo ma ha chiesto alla Francia di accelerare."))
    assert ("Luca Ferri", "requests", "France") in found


def test_a_title_before_the_object_s_name_does_not_count_against_its_reach(extract):
    """"ha criticato in un'intervista il ministro dell'Economia X": the object's phrase begins at its title's article,
    within the verb's reach, however far the name after the portfolio."""
    found = triples(extract("Marco Ferri ha criticato in un'intervista il ministro dell'Economia Paolo Neri."))
    assert ("Marco Ferri", "criticizes", "Paolo Neri") in found


def test_an_object_relative_stands_for_the_actor_right_before_its_comma(extract):
    """"ha attaccato l'Uganda, che la Ong Human Rights Watch accusa di torture": "che" stands for the actor closing the
    phrase before the comma, not the clause's first, and the relative's subject may have a class noun before its name."""
    found = triples(extract("Il Kenya ha attaccato l'Uganda, che la Ong Human Rights Watch accusa di torture."))
    assert ("Human Rights Watch", "accuses", "Uganda") in found
    assert ("Human Rights Watch", "accuses", "Kenya") not in found


def test_a_gerund_after_the_comma_closing_a_long_rejected_object_also_criticises(extract):
    """"ha respinto la proposta della Uil di … , definendola «…»": the gerund right after the comma that closes the rejected
    thing's phrase judges it, however long that phrase (docs/annotation.md: "dismissed the scheme as extortion" is both)."""
    found = triples(extract("La ministra del Lavoro Paola Neri ha respinto ieri la proposta della Uil di ridurre l'orario settimanale a "
                            "trentadue ore in tutti i settori pubblici, definendola «irrealistica»."))
    assert ("Paola Neri", "rejects", "UIL") in found
    assert ("Paola Neri", "criticizes", "UIL") in found


def test_to_bargain_only_if_the_other_side_acts_negotiates_with_it_on_terms(extract):
    """"«Tratteremo solo se la Bolivia ritira …»": "trattare" with no "con", on a condition, bargains with the side the
    condition asks, and demands of it (docs/annotation.md, conditions)."""
    found = triples(extract("Il governo cileno ha risposto con durezza. «Tratteremo solo se la Bolivia ritirerà le sue truppe dal confine», "
                            "ha detto il ministro degli Esteri cileno."))
    assert ("Chile", "negotiatesWith", "Bolivia") in found or ("Bolivia", "negotiatesWith", "Chile") in found
    assert ("Chile", "demands", "Bolivia") in found


def test_recalling_an_envoy_for_consultations_protests_against_the_host(extract):
    """"ha richiamato per consultazioni il proprio ambasciatore in X": the words put between the verb and the envoy
    push "ambasciatore" out of reach, but only an envoy is recalled for consultations (docs/annotation.md: protests)."""
    found = triples(extract("Il Perù ha richiamato per consultazioni il proprio ambasciatore in Messico dopo le parole del governo messicano."))
    assert ("Peru", "protests", "Mexico") in found


def test_a_recall_that_names_no_one_protests_against_the_side_just_accused(extract):
    """"ha accusato X di … e ha richiamato il proprio ambasciatore": the recall answers the charge, so it protests against
    the accused; with nothing judged before it, a recall naming no one makes no protest."""
    found = triples(extract("Quito ha accusato Lima di «proteggere i narcotrafficanti» e ha richiamato il proprio ambasciatore."))
    assert ("Ecuador", "protests", "Peru") in found
    alone = triples(extract("Quito ha richiamato il proprio ambasciatore."))
    assert not any(r == "protests" for _, r, _ in alone)


def test_a_state_adjective_after_a_plant_names_where_the_plant_is_not_the_state(extract):
    """"negli stabilimenti spagnoli di X": a company's plant is private (``@private``), so the strike threatened there on
    terms threatens the company the terms ask, not Spain."""
    found = triples(extract("La Cgil ha minacciato uno sciopero negli stabilimenti spagnoli di Stellantis se l'azienda non ritirerà i licenziamenti."))
    assert ("CGIL", "threatens", "Stellantis") in found
    assert ("CGIL", "threatens", "Spain") not in found


def test_occupying_the_plant_on_terms_threatens_the_company_asked(extract):
    """"occuperà lo stabilimento qualora X …": workers taking over a plant protest (a conflictual act), so held out on
    terms it threatens the side the terms ask, not an offer to it (docs/annotation.md, conditions)."""
    found = triples(extract("La Cgil ha annunciato che occuperà lo stabilimento qualora Stellantis avvii i licenziamenti."))
    assert ("CGIL", "threatens", "Stellantis") in found
    assert ("CGIL", "concedes", "Stellantis") not in found


def test_a_refusal_that_names_no_one_rejects_whoever_just_asked_its_subject(extract):
    """"X ha invitato Y a …, ma Y ha rifiutato": the refusal answers the invitation, so it rejects the one who invited;
    a refusal with no request before it in its sentence rejects no one."""
    found = triples(extract("Il Cile ha invitato la Bolivia a riaprire i negoziati, ma la Bolivia ha rifiutato."))
    assert ("Bolivia", "rejects", "Chile") in found
    alone = triples(extract("La Bolivia ha rifiutato."))
    assert not any(r == "rejects" for _, r, _ in alone)


def test_the_two_after_a_meeting_in_the_same_sentence_are_its_subject_and_object(extract):
    """"X ha telefonato a Y, e i due hanno concordato …": the pair phrase that opens the next clause stands for the two
    actors of the clause before it, as named (persons stay persons), though the relation read there is not yet recorded."""
    found = triples(extract("Il presidente cileno Gabriel Boric ha telefonato al presidente argentino Javier Milei, "
                            "e i due hanno concordato di riaprire il valico."))
    assert ("Gabriel Boric", "agreesWith", "Javier Milei") in found or ("Javier Milei", "agreesWith", "Gabriel Boric") in found
    assert not any(r == "agreesWith" and {s, o} & {"Chile", "Argentina"} for s, r, o in found)


def test_the_two_standing_alone_are_the_actors_last_joined(extract):
    """"I due hanno poi criticato …": a number after its article with a verb after it leaves its noun out and refers
    back like "i due Paesi"."""
    found = triples(extract("Il Cile ha firmato un accordo con l'Argentina. I due hanno poi criticato il Perù."))
    assert {("Chile", "criticizes", "Peru"), ("Argentina", "criticizes", "Peru")} <= found
    alone = triples(extract("Il Cile ha firmato un accordo con l'Argentina. Due hanno poi criticato il Perù."))
    assert ("Argentina", "criticizes", "Peru") not in alone


def test_an_asking_verb_that_names_no_one_asks_the_object_of_the_predicate_before(extract):
    """"X ha convocato Y e ha chiesto il rilascio …": the second predicate keeps the subject and, naming no one it asks,
    asks the object of the first; a preposition, a "che" clause or an actor in what is asked names another."""
    found = triples(extract("Il Cile ha convocato l'ambasciatore boliviano e ha chiesto il rilascio dei camionisti."))
    assert ("Chile", "requests", "Bolivia") in found
    named = triples(extract("Il Cile ha convocato l'ambasciatore boliviano e ha chiesto all'azienda di rilasciare i camionisti."))
    assert ("Chile", "requests", "Bolivia") not in named
    against = triples(extract("Il Cile ha accusato La Paz di aver chiuso il confine e ha chiesto sanzioni contro la Bolivia."))
    assert ("Chile", "requests", "Bolivia") not in against
