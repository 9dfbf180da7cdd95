"""Titles of office (``kg.actors.titles``): the facts they state and the body they belong to (round twenty-seven on).

Older title tests live in ``tests/test_actors.py``; sentences here are invented."""

from __future__ import annotations

import pytest

from kg.actors.rules import RULES, load_rules
from kg.errors import ResourceError
from kg.extract.read import read_text


def extract(pipeline, text: str, lang: str = "en", date: str | None = "2025-03-01"):
    return pipeline.extract_one(read_text(text, lang=lang, date=date))


def facts(extraction) -> set[tuple[str, str, str]]:
    return {(r.subject.name, r.relation, r.object.name) for r in extraction.relations if r.rule.startswith("title:")}


def test_round27_the_organ_an_office_is_held_in_is_a_column_of_roles_tsv():
    """``roles.tsv``'s ``organ`` column: a commissioner, whom the gazetteer lists under the EU, serves the European
    Commission when the story names it; the other roles have none."""
    roles = load_rules().roles
    assert roles["commissioner"].organ == ("european-union", "european-commission")
    assert roles["president"].organ is None and roles["minister"].organ is None


def test_round27_every_organ_names_two_actors_of_the_gazetteer():
    from kg.actors.gazetteer import Gazetteer

    entries = Gazetteer.load().entries
    organs = [role.organ for role in load_rules().roles.values() if role.organ is not None]
    assert organs and all(organisation in entries and organ in entries for organisation, organ in organs)


def test_round27_an_organ_that_is_no_pair_of_ids_is_refused_with_file_and_line(tmp_path):
    roles = tmp_path / "roles.tsv"
    roles.write_text("commissioner\taffiliatedWith\tno\tbody\teuropean-commission\tmember of a commission\n", encoding="utf-8")
    with pytest.raises(ResourceError, match=r"roles.tsv:1: organ is 'european-commission'"):
        load_rules(RULES, roles)


def test_round27_a_minister_with_no_state_serves_the_state_the_story_names_first(pipeline):
    """In a story set in no one state (none named twice as often as any other) a minister's title with no state, none
    in its sentence either, is of the state the story's first sentence naming a state names alone, its headline's or
    dateline's (``test_an_office_with_no_state_is_that_of_the_state_its_sentence_names_first``: not when it names two);
    a former minister is no minister."""
    text = ("Ghana blames its neighbour for border raid\n\n"
            "ACCRA - Ghana accused Togo on Monday of sheltering the gunmen who attacked a market near the border. "
            "Lome denied it. Defence Minister Kwabena Asare said the army would reinforce the crossings. "
            "Former interior minister Yaw Darko called for calm.")
    found = facts(extract(pipeline, text))
    assert ("Kwabena Asare", "affiliatedWith", "Ghana") in found
    assert not any(f[0] == "Yaw Darko" for f in found)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Sudan's army chief, General Abdel Fattah al-Burhan, vowed to retake the city. "
         "The Sudanese army said its aircraft had struck RSF positions.", "en"),
        ("Il capo dell'esercito, il generale Abdel Fattah al-Burhan, ha promesso di riconquistare la città. "
         "L'esercito sudanese ha bombardato le postazioni delle Rsf.", "it"),
    ],
)
def test_round27_an_army_chief_leads_the_army_the_story_names(pipeline, text, lang):
    """"Sudan's army chief, General X", "il capo dell'esercito, il generale X": past the rank, the person leads the one
    military body of the state the story names (the annotators' fact), not the state."""
    found = facts(extract(pipeline, text, lang=lang))
    led = {f[2] for f in found if f[:2] == ("Abdel Fattah al-Burhan", "leaderOf")}
    assert led and all("Sudan" in body and body != "Sudan" for body in led), found


def test_round27_an_army_chief_of_a_state_whose_army_the_story_never_names_states_no_fact(pipeline):
    text = "Guterres spoke by phone with Sudan's army chief, General Abdel Fattah al-Burhan, about the aid convoys."
    assert not any(f[0] == "Abdel Fattah al-Burhan" for f in facts(extract(pipeline, text)))


def test_round27_a_title_in_a_parliamentary_label_is_the_office_of_the_speaker(pipeline):
    """"Anthony Albanese (Grayndler, Prime Minister) (14:02):": the label's person holds the office its brackets name
    (the gazetteer gives the state)."""
    text = ("House of Representatives - Questions without notice\n\n"
            "Adam Reed (Tasman) (14:01): My question is to the Prime Minister.\n\n"
            "Anthony Albanese (Grayndler, Prime Minister) (14:02): I thank the member for his question.")
    assert ("Anthony Albanese", "leaderOf", "Australia") in facts(extract(pipeline, text))


# --- round twenty-eight: members of parliaments and councils, offices of no state ------------------------------------


@pytest.mark.parametrize(
    "text, lang, member, party",
    [
        ("Alla Camera il capogruppo del Pd Marco Valli ha criticato il governo.", "it", "Marco Valli", "Partito Democratico"),
        ("In aula il deputato Carlo Neri, della Lega, ha difeso il ministro.", "it", "Carlo Neri", "Lega"),
        ("Anna Ruggeri, capogruppo di Forza Italia, ha chiesto un rinvio.", "it", "Anna Ruggeri", "Forza Italia"),
        ("Labour MP Janet Hollis criticised the deportation flights.", "en", "Janet Hollis", "Labour Party"),
        # a council member named with no level: "il consigliere del Movimento 5 Stelle X" (round 45)
        ("In aula il consigliere del Movimento 5 Stelle Luca Neri ha criticato la giunta.", "it", "Luca Neri", "Five Star Movement"),
    ],
)
def test_round28_a_member_of_a_parliament_belongs_to_the_party_its_title_names(pipeline, text, lang, member, party):
    """"il capogruppo del Pd X", "Il deputato X, della Lega", "X, capogruppo di Forza Italia", "Labour MP X": a member of a
    parliament or council (the role ``legislator`` of ``roles.tsv``) is a member of the party the title names."""
    assert (member, "memberOf", party) in facts(extract(pipeline, text, lang=lang))


@pytest.mark.parametrize(
    "text, member",
    [
        ("In consiglio regionale il capogruppo dem Sara Galli ha accusato la giunta di ritardi.", "Sara Galli"),
        ("Il deputato dem Luca Ferri ha criticato il decreto sulle concessioni.", "Luca Ferri"),
    ],
)
def test_round44_the_italian_press_adjective_dem_names_the_democratic_party_of_a_member_title(pipeline, text, member):
    """"il capogruppo dem X", "il deputato dem X": the Italian press writes the Partito Democratico as the adjective
    "dem" after a legislator's title, a lower-case form of the party in the gazetteer."""
    assert (member, "memberOf", "Partito Democratico") in facts(extract(pipeline, text, lang="it"))


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Il senatore Paolo Greco ha accusato il governo italiano di immobilismo.", "it"),
        ("KAMPALA - Uganda's parliament met on Monday. Senator Ruth Akello said Uganda would not sign the accord.", "en"),
    ],
)
def test_round28_a_member_whose_title_names_no_party_is_a_member_of_no_state(pipeline, text, lang):
    """A senator or deputy whose title names no party nor chamber states no fact: a person is a member of no state, and
    the home or story-set state a minister's title falls back on is none of a legislator's."""
    assert not any(f[1] == "memberOf" for f in facts(extract(pipeline, text, lang=lang)))


def test_round28_an_opposition_leader_leads_no_state(pipeline):
    """"Kenyan opposition leader X": ``outside`` in ``not_current.tsv``, an office outside the government of the state
    named with the title, states no fact of that state."""
    text = "NAIROBI - Kenyan opposition leader Otieno Wafula said Kenya must not sign the loan deal."
    assert not any(f[0] == "Otieno Wafula" and f[1] == "leaderOf" for f in facts(extract(pipeline, text)))
    assert "opposition" in load_rules().not_current["en"]["outside"]
    # the party a known holder leads stands (offices.csv), the state still not
    known = facts(extract(pipeline, "German opposition leader Friedrich Merz criticised the budget."))
    assert ("Friedrich Merz", "leaderOf", "Christian Democratic Union") in known
    assert not any(f[1] == "leaderOf" and f[2] == "Germany" for f in known)


def test_round28_the_high_representative_is_no_minister_of_the_story_s_state(pipeline):
    """"L'Alto rappresentante X" in a story set in Bosnia is the international envoy, no minister of Bosnia; the High
    Representative offices.csv lists is the European Union's foreign minister (``_OFFICES``)."""
    bosnia = ("SARAJEVO – La Bosnia resta divisa sulla legge elettorale. In Bosnia la tensione cresce. "
              "L'Alto rappresentante Helmut Brandt ha annullato il decreto e ha chiesto alla procura di indagare.")
    assert not any(f[0] == "Helmut Brandt" for f in facts(extract(pipeline, bosnia, lang="it")))
    eu = "L'Alta rappresentante Kaja Kallas ha criticato la Russia per gli attacchi sui porti."
    assert ("Kaja Kallas", "affiliatedWith", "European Union") in facts(extract(pipeline, eu, lang="it"))


def test_round28_a_party_in_a_label_s_brackets_is_the_speaker_s(pipeline):
    """"BELLANDI (PD): …": with ")" and ":" two tokens (``load_pipeline``'s tokenizer exception; spaCy writes "):" as one
    emoticon), the Italian reading of a party in brackets after a person sees the label's speaker."""
    text = ("Presidente: Ha facoltà di parlare la senatrice Bellandi.\n\n"
            "BELLANDI (PD): Signor Presidente, il governo ignora i lavoratori dell'acciaio.")
    found = {(r.subject.name, r.relation, r.object.name) for r in extract(pipeline, text, lang="it").relations}
    assert ("Bellandi", "memberOf", "Partito Democratico") in found, found


@pytest.mark.parametrize(
    "text, lang, head, company",
    [
        ("Kenya Airways cancelled twelve flights on Friday after a strike by its pilots. The chief executive, Daniel Otieno, "
         "blamed the pilots' union for the chaos.", "en", "Daniel Otieno", "Kenya Airways"),
        ("Fincantieri ha firmato un nuovo contratto con la Marina Militare. L'amministratore delegato, Marco Ferri, ha "
         "ringraziato il governo per la fiducia.", "it", "Marco Ferri", "Fincantieri"),
    ],
)
def test_round29_a_company_head_with_no_body_leads_the_story_s_company(pipeline, text, lang, head, company):
    """"The chief executive, X", "L'amministratore delegato, X": a company head's title (role ``chief_executive``) that names
    no body leads the organisation the story names most, of no sector or a business one (``Titles._story_company``)."""
    assert (head, "leaderOf", company) in facts(extract(pipeline, text, lang=lang))


def test_round29_a_company_head_leads_no_state(pipeline):
    """With no company in the story, a chief executive's title states nothing: never the home or the story's state."""
    text = "ROMA – Il governo italiano ha approvato il decreto sulle accise. L'amministratore delegato Marco Ferri ha criticato l'Italia."
    assert not any(f[0] == "Marco Ferri" for f in facts(extract(pipeline, text, lang="it")))


@pytest.mark.parametrize(
    "text, relation, body",
    [
        ("Il direttore del British Museum, Tom Harlow, ha escluso la restituzione dei marmi alla Grecia.", "leaderOf", "British Museum"),
        ("Il Museo Egizio ha riaperto le sale. Il direttore del museo, Paolo Rinaldi, ha ringraziato l'Egitto.", "leaderOf", "Museo Egizio"),
        ("Il direttore del Corriere della Sera, Paolo Rinaldi, ha criticato il governo.", "affiliatedWith", "Corriere della Sera"),
    ],
)
def test_round29_a_director_leads_his_body_and_edits_a_newspaper(pipeline, text, relation, body):
    """"il direttore del British Museum X" leads the museum (role ``director``, "museum" an organisation's head word in
    ``org_heads.tsv``); "il direttore del museo" the story's one Museo; a newspaper's director is its editor."""
    found = facts(extract(pipeline, text, lang="it"))
    assert any(f[1] == relation and f[2] == body for f in found), found


@pytest.mark.parametrize(
    "text, minister, ministry",
    [
        ("Il ministero delle Imprese ha convocato le parti per lunedì. Il ministro delle Imprese Carlo Benassi ha detto che "
         "il governo non cederà.", "Carlo Benassi", "ministero delle Imprese"),
        ("Secondo il ministero dell'Ambiente i pozzi restano chiusi. Il ministro dell'Ambiente, Piero Landolfi, ha difeso la "
         "scelta.", "Piero Landolfi", "ministero dell'Ambiente"),
    ],
)
def test_round30_a_minister_leads_the_ministry_of_his_portfolio_the_story_names(pipeline, text, minister, ministry):
    """"il ministro delle Imprese X" in a story that names "il ministero delle Imprese" leads it (``portfolio_office``)."""
    assert (minister, "leaderOf", ministry) in facts(extract(pipeline, text, lang="it"))


def test_round30_a_minister_leads_no_ministry_of_another_portfolio(pipeline):
    text = "Il ministero della Salute ha chiesto un parere. Il ministro delle Imprese Carlo Benassi ha detto che il governo non cederà."
    assert not any(f[1] == "leaderOf" and f[0] == "Carlo Benassi" for f in facts(extract(pipeline, text, lang="it")))


@pytest.mark.parametrize(
    "text",
    [
        "«La fabbrica resta chiusa», ha detto il segretario provinciale della Fiom Carlo Menegatti.",
        "La segretaria regionale della Fiom, Carla Menegatti, ha chiesto un incontro al prefetto.",
    ],
)
def test_round31_a_union_s_provincial_or_regional_secretary_is_its_officer_not_its_leader(pipeline, text):
    """"il segretario provinciale della Fiom X" works for the union (``officer``: an officer of an
    organisation); its general secretary leads it."""
    found = facts(extract(pipeline, text, lang="it"))
    assert any(f[1] == "affiliatedWith" and f[2] == "FIOM" for f in found), found
    assert not any(f[1] == "leaderOf" for f in found)


def test_round31_a_sector_of_a_state_names_the_state_of_a_minister_with_none(pipeline):
    """"l'opposizione venezuelana", "i militari venezuelani" name Venezuela as the demonym alone did: the minister with
    no state of a story the Italian press sets there is Venezuela's (``Titles._home``)."""
    text = ("L'opposizione venezuelana ha denunciato brogli. I militari venezuelani hanno arrestato due deputati. "
            "Il ministro dell'Interno Ramón Ortega ha difeso gli arresti.")
    found = facts(extract(pipeline, text, lang="it"))
    assert ("Ramón Ortega", "affiliatedWith", "Venezuela") in found, found


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        ("The Oakland Education Association rejected the district's offer and called a strike vote. The union's "
         "president, Ismael Armendariz, accused the district of breaking its promises.", "en",
         ("Ismael Armendariz", "leaderOf", "Oakland Education Association")),
        ("Arakan Army fighters seized the town on Monday. Bangladesh accused the rebels of shelling border posts, a "
         "charge the group's spokesperson, Khine Thu Kha, denied.", "en", ("Khine Thu Kha", "affiliatedWith", "Arakan Army")),
        # "sindacato" is read by nearness, and never of a firm: not the yard named more often
        ("Fincantieri ha annunciato nuovi appalti. La Fiom Cgil accusa Fincantieri di ricorrere agli appalti; il "
         "segretario provinciale del sindacato, Marco Zanin, ha annunciato uno sciopero.", "it",
         ("Marco Zanin", "affiliatedWith", "FIOM")),
    ],
)
def test_round35_a_class_noun_possessing_a_title_is_the_body_it_describes(pipeline, text, lang, fact):
    """"The union's president, X", "il segretario provinciale del sindacato, X": the body of the title is the actor
    named before that the class noun describes (``descriptions.tsv``, by its reading)."""
    assert fact in facts(extract(pipeline, text, lang=lang))


def test_round45_a_class_noun_of_a_firm_after_a_title_leads_to_the_person_named_after_the_comma(pipeline):
    """"L'amministratore unico della società, X": "società" is a class noun (``descriptions.tsv``) though no word of
    a firm's name (``org_heads.tsv``); the person after the comma holds the title, of the firm the noun describes."""
    text = ("I sindacati hanno criticato la Varenna Trasporti per i ritardi. L'amministratore unico della società, "
            "Marco Zanetti, ha respinto le critiche.")
    assert ("Marco Zanetti", "leaderOf", "Varenna Trasporti") in facts(extract(pipeline, text, lang="it"))


def test_round45_a_class_noun_that_describes_no_actor_leaves_a_company_head_without_a_company(pipeline):
    """A title whose class noun finds no firm near it ("della società" after a firm the recognisers missed) leads
    no other organisation the story names more: the court of an earlier paragraph is no company."""
    text = ("Il comitato presenterà ricorso al Tar. Il Tar deciderà a marzo.\n\nIl sindaco ha "
            "scritto al prefetto. Poi ha parlato con i cittadini.\n\nL'amministratore delegato della società, Marco Zanetti, "
            "si è detto pronto a trattare.")
    assert not any(f[0] == "Marco Zanetti" for f in facts(extract(pipeline, text, lang="it")))


@pytest.mark.parametrize("before", ["Gazprom shares fell 3 percent in Moscow.", "Gazprom's board rejected the offer."])
def test_round45_its_title_after_a_sentence_about_a_body_s_shares_or_board_is_the_body_s(pipeline, before):
    """"Its chairman, X" after a sentence whose subject the body owns ("Gazprom shares fell"): the owner is the
    possessive's antecedent, as the subject itself would be."""
    text = before + " Its chairman, Ivan Petrov, told Reuters the group would not walk away."
    assert ("Ivan Petrov", "leaderOf", "Gazprom") in facts(extract(pipeline, text))


def test_round45_its_title_after_a_sentence_naming_one_body_but_no_actor_subject_is_that_body_s(pipeline):
    text = "The remarks drew an angry response from Gazprom. Its chairman, Ivan Petrov, told Reuters the group would not walk away."
    assert ("Ivan Petrov", "leaderOf", "Gazprom") in facts(extract(pipeline, text))


def test_round45_its_title_after_a_sentence_naming_two_bodies_and_no_actor_subject_is_nobody_s(pipeline):
    text = "The remarks drew angry responses from Gazprom and Rosneft. Its chairman, Ivan Petrov, told Reuters it would not walk away."
    assert not any(f[0] == "Ivan Petrov" for f in facts(extract(pipeline, text)))


def test_round35_a_title_naming_an_organ_serves_the_body_described(pipeline):
    """"The bloc's commission president, X" heads the commission, an organ: he serves the bloc, not leads it."""
    text = ("ECOWAS offered on Saturday to lift trade restrictions on Niger, the bloc's commission president, Omar "
            "Alieu Touray, said after a summit in Abuja.")
    found = facts(extract(pipeline, text))
    assert ("Omar Alieu Touray", "affiliatedWith", "ECOWAS") in found and ("Omar Alieu Touray", "leaderOf", "ECOWAS") not in found


def test_round35_a_blocs_officer_serves_the_bloc_and_no_state_of_the_sentence(pipeline):
    """"The bloc's commissioner X": the bloc the class noun describes, not the first state the sentence names."""
    found = facts(extract(pipeline, "ECOWAS lifted the sanctions on Guinea and Mali, the bloc's commissioner Musa Bah said."))
    assert found == {("Musa Bah", "affiliatedWith", "ECOWAS")}, found


def test_round35_a_province_is_no_story_company_of_a_company_head(pipeline):
    """"L'amministratore delegato X" with no body leads the story's firm: a Provincia named as often is a local body
    (``local_body`` in ``function_words.tsv``), no firm, so it makes no tie."""
    text = ("La Provincia di Bergamo ha negato l'autorizzazione alla Bioenergie Padane. La Bioenergie Padane ha fatto "
            "ricorso contro la Provincia di Bergamo. L'amministratore delegato Franco Rota ha definito il ricorso «un "
            "attacco ideologico».")
    assert ("Franco Rota", "leaderOf", "Bioenergie Padane") in facts(extract(pipeline, text, lang="it"))


def test_round40_a_minister_with_no_state_serves_the_state_his_sentence_names_first_in_a_story_set_elsewhere(pipeline):
    """A minister's title with no state is of the state its own sentence names first, before the title, even when the
    story names another state more often; "Ghana's interior minister" names Ghana past its portfolio, an adjective."""
    text = ("Mali braces for more floods\n\nBAMAKO - Mali declared an emergency on Monday as the Niger river rose. "
            "Mali asked for help. Mali closed its schools. Senegal will send 40 engineers to Mali, Defence Minister "
            "Ousmane Diallo said. Mali also thanked Ghana's interior minister, Kofi Mensah, for two boats.")
    found = facts(extract(pipeline, text))
    assert ("Ousmane Diallo", "affiliatedWith", "Senegal") in found and ("Kofi Mensah", "affiliatedWith", "Ghana") in found, found


def test_round40_a_title_of_the_regione_alone_is_of_the_story_s_regione(pipeline):
    """"il presidente della Regione X": the local body's word alone after the title names the story's one such body."""
    text = ("La Regione Marche ha bocciato il piano dei rifiuti. Il presidente della Regione, Carlo Bruni, ha "
            "criticato il ministero dell'Ambiente.")
    assert ("Carlo Bruni", "leaderOf", "Regione Marche") in facts(extract(pipeline, text, lang="it"))


@pytest.mark.parametrize(
    "text, assessor, body",
    [("La Regione Umbria ha approvato il bilancio. L'assessore al Bilancio, Stefano Moretti, ha difeso la manovra.",
      "Stefano Moretti", "Regione Umbria"),
     ("La Regione Umbria ha chiesto lo stato di emergenza. L'assessora alla Protezione civile, Anna Rossi, ha incontrato i "
      "sindaci.", "Anna Rossi", "Regione Umbria"),
     ("Il Comune di Terni ha chiuso le scuole. L'assessora comunale all'Istruzione, Anna Neri, ha criticato la Asl.",
      "Anna Neri", "Comune di Terni")],
)
def test_round40_an_assessore_serves_the_story_s_local_body_not_the_body_of_the_portfolio(pipeline, text, assessor, body):
    """"L'assessore al Bilancio X": a member of the story's Regione ("assessore comunale": of its Comune); a body named
    after "al", "alla" is the portfolio, not the office's body."""
    found = {f for f in facts(extract(pipeline, text, lang="it")) if f[0] == assessor}
    assert found == {(assessor, "affiliatedWith", body)}, found


def test_round40_an_amministratore_unico_leads_the_company_he_names(pipeline):
    """"L'amministratore unico" runs a company alone: its head, as "l'amministratore delegato"."""
    text = ("La Cartiera Valdarno ha annunciato 40 esuberi. L'amministratore unico della Cartiera Valdarno, Paolo Greco, "
            "ha respinto le richieste dei sindacati.")
    assert ("Paolo Greco", "leaderOf", "Cartiera Valdarno") in facts(extract(pipeline, text, lang="it"))


def test_round43_a_minister_speaks_for_the_state_his_reported_clause_makes_its_subject(pipeline):
    """In a story set in no one state, a minister with no state named, none before him in the sentence either, is of
    the state that is the first actor his own words make a subject ("said Oslo would …", "told a briefing that Oslo
    was …", as a speaker's "we" is the body he speaks for)."""
    text = ("Norway and Sweden quarrel over salmon quotas; Denmark has offered to mediate. "
            "Fisheries Minister Lars Haugen told a briefing that Oslo was prepared to raise Sweden's quota if the duty went.")
    assert ("Lars Haugen", "affiliatedWith", "Norway") in facts(extract(pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        "Norway and Sweden quarrel over salmon quotas, Stockholm said. The rebels' spokesman, Lars Haugen, said Oslo would pay.",
        "Norway and Sweden quarrel over salmon quotas, Stockholm said. Ministry spokesperson Lars Haugen said Oslo would pay.",
        "Norway and Sweden quarrel over salmon quotas, Stockholm said. Spokesperson Lars Haugen said Equinor would halt "
        "drilling until Oslo pays.",
    ],
)
def test_round43_a_title_whose_body_is_named_or_first_subject_is_no_state_speaks_for_no_state_of_its_clause(pipeline, text):
    """A possessor or a class noun before the title names its body ("the rebels' spokesman", "Ministry spokesperson"),
    and a clause whose first subject is no state ("Equinor would halt drilling until Oslo pays") says nothing of his state."""
    assert not any(f[0] == "Lars Haugen" and f[2] == "Norway" for f in facts(extract(pipeline, text)))


@pytest.mark.parametrize(
    "text, lang, fact",
    [
        ("The talks between Chile and Peru are hosted by Norway, whose foreign minister, Lars Haugen, flew to both capitals.", "en",
         ("Lars Haugen", "affiliatedWith", "Norway")),
        ("Critico anche il partito Europa Verde, il cui segretario provinciale, Paolo Greco, ha accusato la Provincia.", "it",
         ("Paolo Greco", "affiliatedWith", "Green Europe")),
    ],
)
def test_round43_a_relative_possessive_before_a_title_is_the_actor_named_before_its_comma(pipeline, text, lang, fact):
    """"Norway, whose foreign minister, X", "Europa Verde, il cui segretario provinciale, X": the title's body is the
    actor the relative stands for."""
    assert fact in facts(extract(pipeline, text, lang=lang))


def test_round43_a_possessive_inside_a_sentence_is_the_subject_of_the_clause_its_title_s_clause_is_joined_to(pipeline):
    """"The Liberal Party of Peru has denounced …, and its leader X has urged …": the party, subject of the clause the
    leader's clause is joined to."""
    text = ("The talks between Chile and Peru resumed. The Liberal Party of Peru has denounced the deal, and its leader "
            "Lars Haugen has urged Lima to walk away.")
    found = facts(extract(pipeline, text))
    assert any(f[0] == "Lars Haugen" and f[1] == "leaderOf" and "Liberal" in f[2] for f in found), found


def test_round43_a_minister_speaks_for_the_state_his_quoted_words_make_their_subject(pipeline):
    """"\"Oslo will not pay,\" Fisheries Minister X said": his own words, quoted, as the studied gold reads them ("\"Ethiopia
    has no intention …,\" government spokesman X told"); the narrator's first state in a quotation still counts for
    nothing (``test_an_office_with_no_state_is_that_of_the_state_its_sentence_names_first``)."""
    text = ('Norway and Sweden quarrel over salmon quotas, Stockholm said. "Oslo will not pay for this," Fisheries Minister '
            'Lars Haugen said.')
    assert ("Lars Haugen", "affiliatedWith", "Norway") in facts(extract(pipeline, text))


@pytest.mark.parametrize(
    "text, person, body",
    [
        ("«Serve un confronto», dichiara il segretario della Flc Cgil Torino, Luca Bassi.", "Luca Bassi", "Flc Cgil"),
        ("Il presidente di Confcommercio Veneto, Anna Ricci, ha criticato la Regione.", "Anna Ricci", "Confcommercio"),
    ],
)
def test_round44_a_title_of_a_body_s_local_branch_describes_the_person_after_the_place(pipeline, text, person, body):
    """"il segretario della Flc Cgil Torino, X": the place of a union's or association's local branch after the
    body's name, then a comma, does not part the title from the person it describes."""
    assert (person, "leaderOf", body) in facts(extract(pipeline, text, lang="it"))


def test_round44_a_one_letter_word_after_a_body_is_part_of_a_name_not_a_branch_s_place(pipeline):
    """"il presidente della Lega Serie A, X": "Serie A" is no place of a branch of the party."""
    found = facts(extract(pipeline, "Il presidente della Lega Serie A, Paolo Conti, ha elogiato il progetto.", lang="it"))
    assert not any(f[0] == "Paolo Conti" and f[1] == "leaderOf" for f in found), found


@pytest.mark.parametrize(
    "text, lang, person, body",
    [
        ("Amnesty International published a report on prison conditions on Monday. Spokesperson Grace Banda said the "
         "findings were alarming.", "en", "Grace Banda", "Amnesty International"),
        ("La Coldiretti ha chiesto al governo nuovi fondi per la siccità. «Serve un piano subito», ha detto il portavoce "
         "Marco Ferri.", "it", "Marco Ferri", "Coldiretti"),
    ],
)
def test_round44_a_bare_spokesperson_speaks_for_the_one_body_just_named(pipeline, text, lang, person, body):
    """"… Amnesty International … Spokesperson X", "… il portavoce X": a title of an organisation's office
    (``body_before`` in ``function_words.tsv``) that names no body serves the one organisation, not a state, named in
    the sentence before it and its own sentence up to it."""
    assert (person, "affiliatedWith", body) in facts(extract(pipeline, text, lang=lang))


def test_round44_a_bare_spokesperson_after_two_bodies_speaks_for_none(pipeline):
    text = ("Amnesty International published a report with Human Rights Watch on Monday. Spokesperson Grace Banda "
            "said the findings were alarming.")
    assert not any(f[0] == "Grace Banda" for f in facts(extract(pipeline, text)))


def test_round44_a_possessed_spokesperson_is_not_the_body_just_named(pipeline):
    text = "Congress passed the budget on Friday. The president's spokesman, Grace Banda, said the vote was a victory."
    assert ("Grace Banda", "affiliatedWith", "Congress") not in facts(extract(pipeline, text))



def test_round44_a_head_opening_a_sentence_leads_the_state_that_was_the_subject_before(pipeline):
    """In a story set in no one state, "Kiribati closed … Prime Minister X accused Suva": the head's title with no
    state is of the state the sentence before has for its subject."""
    text = ("Fiji and Kiribati traded charges over fishing grounds on Monday. Kiribati closed its waters to Fijian "
            "trawlers on Tuesday. Prime Minister Teuea Tonganibeia accused Suva of ignoring the quotas.")
    assert ("Teuea Tonganibeia", "leaderOf", "Kiribati") in facts(extract(pipeline, text))
