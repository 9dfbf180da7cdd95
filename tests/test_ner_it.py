"""The Italian entity recogniser: fine-tuned on the annotated Italian (``kg train --ner it``), shipped
under ``ontologies/models/ner-it/`` and run by the Italian pipeline.

The sentences and documents are written for these tests; none comes from an annotated set.
"""

import json

import pytest
from spacy.tokens import Span

from kg.actors.gazetteer import Gazetteer
from kg.errors import ModelError
from kg.evaluation.recogniser import labelled, name_forms, train_recogniser
from kg.extract.parse import load_pipeline, load_places, tokenizer_pipeline
from tests.conftest import kg_command

ARTICLES = frozenset({"il", "la", "l'", "le"})

DOCUMENTS = [
    {"id": "t-1", "lang": "it", "text": "La Corvina Trasporti ha criticato il sindaco Elio Marangoni. Marangoni ha risposto ieri.",
     "entities": [{"name": "Corvina Trasporti", "type": "Organization", "aliases": ["La Corvina Trasporti"]},
                  {"name": "Elio Marangoni", "type": "Person", "aliases": ["il sindaco Elio Marangoni"]}], "relations": []},
    {"id": "t-2", "lang": "it", "text": "Il governo della Moldavia ha accusato Petra Lindqvist di ingerenza.",
     "entities": [{"name": "Moldova", "type": "State", "aliases": ["Il governo della Moldavia", "Moldavia"]},
                  {"name": "Petra Lindqvist", "type": "Person", "aliases": ["Petra Lindqvist"]}], "relations": []},
    {"id": "t-3", "lang": "en", "text": "An English document is left out.", "entities": [], "relations": []},
]


@pytest.fixture(scope="module")
def gold_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("gold") / "ner.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in DOCUMENTS), encoding="utf-8")
    return path


def mentions(text: str) -> dict[str, str]:
    return {m.text: m.rule for m in load_pipeline("it")(text)._.kg_mentions}


def test_round25_the_italian_pipeline_runs_its_own_recogniser():
    assert "kg_names" in load_pipeline("it").pipe_names


@pytest.mark.parametrize(("text", "name"), [
    ("Secondo la Brenvik Holding, i lavori riprenderanno a marzo.", "Brenvik Holding"),
    ("Ieri i sindacati hanno criticato la Nordvik Energy.", "Nordvik Energy"),
])
def test_round25_an_organisation_no_rule_knows_is_found_by_the_recogniser(text, name):
    assert mentions(text).get(name) == "ner:ORG"


def test_round25_a_gold_actor_gives_its_name_forms_without_article_title_or_demonym():
    nlp = tokenizer_pipeline("it")
    forms = name_forms({"name": "Egypt", "type": "State", "aliases": ["l'Egitto", "egiziano", "il governo"]}, nlp, ARTICLES)
    assert forms == {(("Egypt",), "GPE"), (("Egitto",), "GPE")}
    person = name_forms({"name": "Elio Marangoni", "type": "Person", "aliases": ["il sindaco Elio Marangoni"]}, nlp, ARTICLES)
    assert person == {(("Elio", "Marangoni"), "PERSON"), (("Marangoni",), "PERSON")}


def test_round25_every_mention_of_a_name_is_labelled_and_the_rest_is_outside():
    example = labelled(DOCUMENTS[0], tokenizer_pipeline("it"), ARTICLES)
    assert [(e.text, e.label_) for e in example.reference.ents] == [
        ("Corvina Trasporti", "ORG"), ("Elio Marangoni", "PERSON"), ("Marangoni", "PERSON")]
    assert example.reference[0].ent_iob_ == "O"  # "La": set aside, and known outside any name


def test_round25_training_writes_the_same_recogniser_twice(gold_file, tmp_path):
    first = train_recogniser([gold_file], "it", tmp_path / "one", epochs=1)
    second = train_recogniser([gold_file], "it", tmp_path / "two", epochs=1)
    assert (first.documents, first.names) == (2, 5)
    assert (first.path / "ner" / "model").read_bytes() == (second.path / "ner" / "model").read_bytes()


def test_round25_only_a_language_without_a_trained_pipeline_gets_a_recogniser(gold_file, tmp_path):
    with pytest.raises(ModelError, match="E209"):
        train_recogniser([gold_file], "en", tmp_path / "en", epochs=1)


def test_round25_kg_train_ner_writes_the_folder_it_is_given(gold_file, tmp_path):
    done = kg_command("train", "--ner", "it", str(gold_file), "--out", str(tmp_path / "ner-it"))
    assert done.returncode == 0, done.stderr
    assert "5 name mentions in 2 documents" in done.stdout
    assert (tmp_path / "ner-it" / "ner" / "model").is_file()


def test_round26_a_name_the_place_list_knows_is_a_place_not_an_actor():
    nlp = tokenizer_pipeline("it")
    places = nlp.add_pipe("kg_places", config={"lang": "it"})
    doc = nlp("Le pattuglie hanno risalito la valle dell'Oronte fino alla Cooperativa Valdora.")
    doc.ents = [Span(doc, 7, 8, "ORG"), Span(doc, 10, 12, "ORG")]  # what a recogniser might say
    assert [(e.text, e.label_) for e in places(doc).ents] == [("Oronte", "LOC"), ("Cooperativa Valdora", "ORG")]


def test_round26_the_italian_pipeline_makes_no_actor_of_a_listed_place():
    assert "kg_places" in load_pipeline("it").pipe_names
    assert "Golan" not in mentions("Il governo ha inviato truppe nella zona cuscinetto del Golan, suscitando le critiche dei vicini.")


def test_round26_the_place_list_holds_no_form_of_the_gazetteer():
    gazetteer = Gazetteer.load()
    assert len(load_places("it")) > 400
    assert [p for p in sorted(load_places("it")) if gazetteer.lookup(p, "it")] == []


@pytest.mark.parametrize(("text", "name", "wrong"), [
    ("La Fondazione offrirà i fondi a patto che la Regione ripristini almeno metà del contributo.", "Regione", "Regione ripristini almeno metà"),
    ("La Regione lunedì prossimo incontrerà i sindaci.", "Regione", "Regione lunedì prossimo"),
    ("Il presidente della Regione Gianfranco Malvezzi ha incontrato i sindacati.", "Gianfranco Malvezzi", "Regione Gianfranco Malvezzi"),
])
def test_round28_a_local_body_takes_no_words_of_its_clause_or_of_a_holder(text, name, wrong):
    found = mentions(text)
    assert name in found and wrong not in found


@pytest.mark.parametrize(("text", "name"), [
    ("La Regione Emilia-Romagna ha criticato il ministero.", "Regione Emilia-Romagna"),
    ("Il sindaco ha scritto alla Regione Siciliana e al Comune di Noto.", "Regione Siciliana"),
    ("Il sindaco ha scritto alla Regione Siciliana e al Comune di Noto.", "Comune di Noto"),
])
def test_round28_a_local_body_is_named_with_the_place_it_serves(text, name):
    assert mentions(text).get(name, "").startswith("institution:")


@pytest.mark.parametrize(("text", "name", "rule"), [
    ("Il Comune ha firmato con la Vespucci Logistica Spa un contratto di dieci anni.", "Vespucci Logistica Spa", "company:Organization"),
    ("Ieri la Marvelli Impianti S.p.A. ha chiesto un incontro al ministero.", "Marvelli Impianti S.p.A.", "company:Organization"),
    ("Lo sciopero finirà solo se Korvath Europe ritirerà i licenziamenti.", "Korvath Europe", "company:Organization"),
    ("I sindacati accusano Dravenport Italia di aver aperto i licenziamenti.", "Dravenport Italia", "branch:Organization"),
])
def test_round28_a_legal_form_or_a_branch_ends_a_company_name(text, name, rule):
    assert mentions(text).get(name) == rule


def test_round28_a_legal_form_after_a_lowercase_noun_makes_no_company():
    assert not any(rule.startswith("company") for rule in mentions("Lo ha annunciato l'agenzia Spa.").values())


@pytest.mark.parametrize(("text", "name"), [
    ("Il Tar della Campania ha annullato la delibera del Comune di Sorrento.", "Tar della Campania"),
    ("L'Asl di Caserta ha aperto un'indagine sulla clinica.", "Asl di Caserta"),
])
def test_round29_a_body_written_as_a_word_is_named_with_its_place(text, name):
    assert mentions(text).get(name) == "institution:Organization"


def test_round29_a_body_written_as_a_word_takes_no_clause_after_it():
    assert "Asl ad aprire" not in mentions("Il prefetto ha invitato l'Asl ad aprire un tavolo con i sindaci.")


def test_round29_a_court_that_upholds_an_appeal_supports_the_appellant():
    doc = load_pipeline("it")("Il Consiglio di Stato ha accolto il ricorso del Comune di Sorrento.")
    found = {(r.subject.name, r.relation, r.object.name) for r in doc._.kg_relations}
    assert ("Council of State of Italy", "supports", "Comune di Sorrento") in found


def actors(text: str) -> dict[str, str]:
    return {m.text: m.actor.name for m in load_pipeline("it")(text)._.kg_mentions}


@pytest.mark.parametrize(("text", "description", "firm"), [
    ("Ryanair ha annunciato nuovi voli. Secondo il sindacato, la compagnia irlandese non ha rispettato gli accordi.", "compagnia irlandese", "Ryanair"),
    ("L'Eni ha firmato un contratto con l'Algeria. La compagnia italiana investirà due miliardi.", "compagnia italiana", "Eni"),
    ("Eni e TotalEnergies hanno firmato un contratto. La compagnia francese investirà due miliardi.", "compagnia francese", "TotalEnergies"),
])
def test_round29_a_firm_of_a_country_described_after_its_name_is_that_firm(text, description, firm):
    assert actors(text)[description] == firm


@pytest.mark.parametrize(("text", "phrase"), [
    ("La compagnia irlandese ha protestato contro il governo.", "compagnia irlandese"),  # no firm named before
    ("Le compagnie irlandesi hanno protestato dopo le parole di Ryanair.", "compagnie irlandesi"),  # plural, and after
])
def test_round29_a_firm_noun_with_no_firm_of_its_country_before_it_stays_the_sector(text, phrase):
    assert actors(text)[phrase] == "Irish business"


@pytest.mark.parametrize(("text", "town"), [
    ("La Regione Sardegna ha offerto uno sconto sui costi di handling a Cagliari e Alghero.", "Alghero"),
    ("La compagnia britannica cercava gas al largo di Rimini da tre anni.", "Rimini"),
])
def test_round30_an_italian_town_alone_is_a_place(text, town):
    assert town not in mentions(text)


def test_round30_a_town_after_a_local_office_is_still_its_municipality():
    assert "Rimini" in mentions("Il sindaco di Rimini, Paolo Verri, ha annunciato un ricorso contro la gara.")


def test_round30_two_capitalised_words_of_a_listed_place_are_no_person():
    assert mentions("La missione ha lasciato il porto di Pemba per tornare da Cabo Delgado entro luglio.").get("Cabo Delgado") is None


@pytest.mark.parametrize(("text", "name"), [
    ("L'Autorità di sistema portuale del Mare Adriatico meridionale ha chiesto i danni alla società.",
     "Autorità di sistema portuale del Mare Adriatico meridionale"),
    ("Il Comune ha firmato un accordo con l'Autorità di sistema portuale del mare Tirreno settentrionale.",
     "Autorità di sistema portuale del mare Tirreno settentrionale"),
])
def test_round30_a_body_named_by_the_part_of_a_sea_it_serves_takes_the_whole_place(text, name):
    assert mentions(text).get(name) == "institution:Organization"


def test_round30_a_cue_word_inside_a_known_name_opens_no_name_after_it():
    found = actors("Ieri il consigliere del Movimento 5 Stelle Laura Pezzali ha chiesto le dimissioni del sindaco.")
    assert found.get("Laura Pezzali") == "Laura Pezzali"
    assert mentions("Ieri il consigliere del Movimento 5 Stelle Laura Pezzali ha chiesto le dimissioni.")["Laura Pezzali"] != "cue:Group"


@pytest.mark.parametrize(("text", "form", "actor"), [
    ("Coldiretti e Cia-Agricoltori italiani hanno chiesto un tavolo sulla siccità.", "Cia-Agricoltori italiani", "Cia-Agricoltori italiani"),
    ("Il presidente di turno Gian Marco Ferrandi ha sospeso la seduta.", "Gian Marco Ferrandi", "Gian Marco Ferrandi"),
])
def test_round30_names_the_italian_press_writes_its_own_way(text, form, actor):
    assert any(form in written and name == actor for written, name in actors(text).items())


def test_round30_a_hyphenated_demonym_places_a_sector_in_its_state():
    doc = load_pipeline("it")("L'esercito sud-sudanese ha attaccato un villaggio vicino a Malakal.")
    assert [m.actor.country for m in doc._.kg_mentions if m.text == "esercito sud-sudanese"] == ["https://w3id.org/newskg/actor/south-sudan"]


def test_round30_russia_s_african_mercenaries_are_an_armed_group():
    doc = load_pipeline("it")("I mercenari dell'Africa Corps hanno lasciato la base di Kidal.")
    assert {m.actor.type for m in doc._.kg_mentions if m.text == "Africa Corps"} == {"Group"}


def test_round31_a_name_ending_in_a_feminine_plural_adjective_is_no_person():
    """No surname agrees with a plural noun before it: "Autovie Adriatiche", "Bioenergie Padane" are firms' names, which the
    recogniser may call a person's (``plural_adjective`` rows of ``function_words.tsv``)."""
    doc = load_pipeline("it")("Ieri Bioenergie Lombarde ha presentato ricorso contro la Provincia.")
    assert {m.actor.type for m in doc._.kg_mentions if m.text == "Bioenergie Lombarde"} == {"Organization"}


def test_round31_a_person_s_name_is_no_firm_s():
    doc = load_pipeline("it")("Ieri Paolo Bianchi ha incontrato i sindacati.")
    assert {m.actor.type for m in doc._.kg_mentions if m.text == "Paolo Bianchi"} == {"Person"}


@pytest.mark.parametrize(
    "text, firm, state",
    [
        ("Il colosso danese Vestrand ha chiuso lo stabilimento di Taranto.", "Vestrand", "Denmark"),
        ("La società britannica Harlow Energy ha vinto la gara del porto di Ravenna.", "Harlow Energy", "United Kingdom"),
    ],
)
def test_round31_a_firm_s_nationality_names_no_state(text, firm, state):
    """A demonym between an organisation's cue and its name says where the firm is from, as "Greek-owned" does:
    the firm is an actor, the state no actor of the story."""
    names = {m.actor.name for m in load_pipeline("it")(text)._.kg_mentions}
    assert firm in names and state not in names, names
