"""The kg_actors component: recognition, resolution within a document, stable identities, facts."""

from __future__ import annotations

import json
import os
import shutil

import pytest
import spacy

from kg.actors.gazetteer import ACTOR_BASE, Gazetteer
from kg.actors.resolution import actor_iri
from kg.actors.rules import RULES, load_rules
from kg.errors import GazetteerError, ResourceError
from kg.extract.read import read_text
from kg.vocab import vocabulary
from tests.conftest import kg_command


def extract(pipeline, text: str, lang: str = "en", date: str | None = None):
    return pipeline.extract_one(read_text(text, lang=lang, date=date))


def mentions(extraction) -> list[tuple[str, str, str]]:
    return [(m.text, m.actor.name, m.rule) for m in extraction.mentions]


def facts(extraction) -> set[tuple[str, str, str]]:
    return {(r.subject.name, r.relation, r.object.name) for r in extraction.relations if r.rule.startswith("title:")}


# --- recognition --------------------------------------------------------------------------


def test_the_gazetteer_type_wins_over_the_statistical_label(pipeline):
    found = extract(pipeline, "Trump's new tariffs hit Chinese exporters, Beijing said.")
    trump = next(m for m in found.mentions if m.text == "Trump")
    assert trump.actor.iri == ACTOR_BASE + "donald-trump"
    assert trump.actor.type == "Person"


def test_names_inside_place_names_and_lowercase_words_are_not_actors(pipeline):
    found = extract(pipeline, "A destroyer sailed through the Taiwan Strait and the South China Sea. They ate turkey.")
    assert not found.actors


def test_a_hyphenated_pair_of_known_names_is_two_actors_not_an_organisation(pipeline):
    found = extract(pipeline, "Vladimir Putin and Donald Trump talked. Trump-Putin relations enter a new chapter.")
    assert {a.name for a in found.actors} == {"Vladimir Putin", "Donald Trump"}


def test_unknown_organisations_are_typed_from_their_words(pipeline):
    found = extract(pipeline, "The Sudanese Armed Forces clashed with militias, said the Baltic Institute of Strategy.")
    types = {a.name: a.type for a in found.actors}
    assert types["Sudanese Armed Forces"] == "Group"
    assert types["Baltic Institute of Strategy"] == "ThinkTank"


def test_italian_people_are_found_after_titles_given_names_and_as_unknown_capitalised_pairs(pipeline):
    text = (
        "Il portavoce Marco Ferretti ha detto che il quotidiano russo Kommersant ha sbagliato. "
        "Secondo Laura Bianchi, analista dell'ISPI, il governo ha incontrato Jaroslaw Kaczmarek a Varsavia, "
        "vicino al Mar Nero e alla Piazza Rossa."
    )
    found = extract(pipeline, text, lang="it")
    types = {a.name: a.type for a in found.actors}
    assert types == {
        "Marco Ferretti": "Person",
        "Russia": "State",
        "Kommersant": "Media",
        "Laura Bianchi": "Person",
        "ISPI": "ThinkTank",
        "Jaroslaw Kaczmarek": "Person",
        "Poland": "State",
    }
    assert ("Laura Bianchi", "affiliatedWith", "ISPI") in facts(found)


# --- titles and roles ---------------------------------------------------------------------


def test_titles_before_a_name_become_leadership_facts(pipeline):
    found = extract(pipeline, "Russian President Vladimir Putin and NATO Secretary General Mark Rutte spoke.")
    assert {("Vladimir Putin", "leaderOf", "Russia"), ("Mark Rutte", "leaderOf", "NATO")} <= facts(found)


def test_titles_in_apposition_become_affiliation_facts(pipeline):
    text = (
        "“He is not a profound thinker,” said Konstantin Remchukov, editor of Nezavisimaya Gazeta. "
        "Anna Kowalczyk, a senior analyst at Chatham House, disagreed."
    )
    found = extract(pipeline, text)
    assert {
        ("Konstantin Remchukov", "affiliatedWith", "Nezavisimaya Gazeta"),
        ("Anna Kowalczyk", "affiliatedWith", "Chatham House"),
    } <= facts(found)


def test_a_title_without_its_state_takes_it_from_the_persons_known_office(pipeline):
    found = extract(pipeline, "Secretary of State Marco Rubio flew to Riyadh.")
    assert ("Marco Rubio", "affiliatedWith", "United States") in facts(found)


def test_former_elect_and_deputy_titles_state_no_office_of_the_person(pipeline):
    found = extract(pipeline, "Former President Donald Trump met US President-elect Joe Biden and Russian Deputy Foreign Minister Sergei Ryabkov.")
    assert not facts(found)


@pytest.mark.parametrize(("date", "holder"), [("2010-06-01", "Dmitry Medvedev"), ("2024-06-01", "Vladimir Putin")])
def test_the_russian_president_is_whoever_held_the_office_on_the_documents_date(pipeline, date, holder):
    found = extract(pipeline, "The Russian president said the talks were over.", date=date)
    assert mentions(found) == [("Russian", "Russia", "gazetteer:demonym"), ("Russian president", holder, "role:president")]
    person = next(a for a in found.actors if a.type == "Person")
    assert person.aliases == (holder,)  # a description is no alias


def test_roles_with_many_holders_do_not_resolve_to_a_person(pipeline):
    found = extract(pipeline, "South Korea summoned the Russian ambassador.")
    assert {a.type for a in found.actors} == {"State"}


def test_rule_data_with_an_unknown_actor_type_is_refused_with_file_and_line(tmp_path):
    folder = tmp_path / "actors"
    shutil.copytree(RULES, folder)
    with (folder / "cues.tsv").open("a", encoding="utf-8") as cues:
        cues.write("en\tnewsletter\tMagazine\n")
    with pytest.raises(ResourceError, match=r"cues.tsv:\d+: unknown actor type 'Magazine'"):
        load_rules(folder)


def test_every_gazetteer_role_states_a_known_fact():
    rules = load_rules()
    gazetteer = Gazetteer.load()
    roles = {t.role for lang in ("en", "it") for t in gazetteer.titles(lang)}
    assert roles <= set(rules.roles)
    assert {r.fact for r in rules.roles.values()} <= set(vocabulary())


# --- resolution within a document ---------------------------------------------------------


def test_surnames_and_acronyms_resolve_to_the_full_forms_of_the_document(pipeline):
    text = (
        "Anna Kowalczyk said the Baltic Security Forum (BSF) had erred. "
        "Kowalczyk added that the BSF would meet again. The European Commission agreed, and the Commission said so."
    )
    found = extract(pipeline, text)
    assert ("Kowalczyk", "Anna Kowalczyk", "surname:in-document") in mentions(found)
    assert ("BSF", "Baltic Security Forum", "acronym:defined-in-text") in mentions(found)
    assert ("Commission", "European Commission", "short-form:in-document") in mentions(found)
    assert len(found.actors) == 3


def test_a_known_persons_surname_alone_resolves_through_the_gazetteer(pipeline):
    found = extract(pipeline, "Zelensky ha chiesto più sistemi di difesa aerea.", lang="it")
    assert mentions(found) == [("Zelensky", "Volodymyr Zelensky", "surname:gazetteer")]


def test_a_pronoun_opening_a_sentence_stands_for_the_previous_subject(pipeline):
    found = extract(pipeline, "Vladimir Putin met Xi Jinping in Beijing. He said the talks went well.")
    assert ("He", "Vladimir Putin", "pronoun:he") in mentions(found)
    assert "He" not in found.actors[0].aliases


def test_a_pronoun_after_a_sentence_whose_subject_is_no_actor_stays_unresolved(pipeline):
    found = extract(pipeline, "The statement criticized the United States. It was a long day.")
    assert [m.rule for m in found.mentions] == ["gazetteer:name"]


# --- identities across documents ----------------------------------------------------------


def test_unknown_actors_get_the_same_iri_whatever_the_spelling_and_ingestion_order(pipeline):
    first = read_text("Anna Kowalczyk of the Baltic Security Forum spoke.", id="first", lang="en")
    second = read_text("The Baltic Security Forum hired Anna Kowalczyk.", id="second", lang="en")

    def iris(documents):
        return {e.document.id: sorted(a.iri for a in e.actors) for e in pipeline.extract(documents)}

    assert iris([first, second]) == iris([second, first])
    assert iris([first])["first"] == iris([second])["second"]
    assert actor_iri("Baltic  Security Forum") == actor_iri("baltic security forum") == ACTOR_BASE + "baltic-security-forum"


def test_a_user_aliases_file_defines_actors_through_the_component_config(tmp_path):
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("alias,actor,lang,type,name\nBSF,baltic-security-forum,,ThinkTank,Baltic Security Forum\n")
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kg_actors", config={"aliases": [str(aliases)]})
    doc = nlp("The Baltic Security Forum (BSF) met.")
    assert [(m.text, m.actor.iri, m.actor.type) for m in doc._.kg_mentions] == [
        ("Baltic Security Forum", ACTOR_BASE + "baltic-security-forum", "ThinkTank"),
        ("BSF", ACTOR_BASE + "baltic-security-forum", "ThinkTank"),
    ]


def test_a_conflicting_aliases_file_is_refused_with_file_line_and_both_actors(tmp_path):
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("alias,actor,lang\nKremlin,united-states,\n")
    with pytest.raises(GazetteerError) as refused:
        spacy.blank("en").add_pipe("kg_actors", config={"aliases": [str(aliases)]})
    assert refused.value.code == "E202"
    assert f"{aliases}:2" in str(refused.value)
    assert "'russia'" in str(refused.value) and "'united-states'" in str(refused.value)


def test_kg_ingest_refuses_a_conflicting_aliases_file_from_kg_aliases(tmp_path):
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("alias,actor,lang\nKremlin,united-states,\n")
    result = kg_command(
        "ingest", "samples/erdogan-black-sea-talks.txt", "--store", str(tmp_path / "store"),
        env={**os.environ, "KG_ALIASES": str(aliases)},
    )
    assert result.returncode == 1
    assert result.stderr.startswith("kg: E202")
    assert f"{aliases}:2" in result.stderr and "'russia'" in result.stderr and "'united-states'" in result.stderr


# --- kg actors ------------------------------------------------------------------------------


def test_kg_actors_lists_types_aliases_counts_and_identifiers(sample_store_path):
    result = kg_command("actors", "--q", "putin", "--store", str(sample_store_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Vladimir Putin  [Person]")
    assert "http://www.wikidata.org/entity/Q7747" in result.stdout
    assert "aliases: Putin" in result.stdout


def test_kg_actors_shows_which_rule_merged_each_surface_form(sample_store_path):
    result = kg_command("actors", "--q", "Kremlin", "--merges", "--json", "--store", str(sample_store_path))
    assert result.returncode == 0, result.stderr
    russia = json.loads(result.stdout)[0]
    assert russia["name"] == "Russia" and russia["types"] == ["State"]
    assert russia["mentions"] > 10 and russia["documents"] > 5
    rules = {(m["surface"], m["rule"]) for m in russia["merges"]}
    assert ("Kremlin", "gazetteer:seat") in rules and ("Moscow", "gazetteer:capital") in rules


def test_a_surname_written_without_its_diacritics_still_resolves(pipeline):
    found = extract(pipeline, "Erdogan spoke by phone with Putin on Tuesday.")
    assert {m.actor.name for m in found.mentions} == {"Recep Tayyip Erdoğan", "Vladimir Putin"}
