"""Sector actors (kg.actors.sectors): the parts of a country a text names, and the bodies of a state it names with
no state ("il ministero della Difesa").

The sentences are written for these tests; none comes from an annotated set.
"""

import pytest

from kg.actors.gazetteer import ACTOR_BASE
from kg.extract.parse import infinitive, load_pipeline
from kg.extract.read import read_text


def extract(pipeline, text: str, lang: str = "it"):
    return pipeline.extract_one(read_text(text, lang=lang))


def actors(extraction) -> set[tuple[str, str, str | None]]:
    return {(a.name, a.type, a.country) for a in extraction.actors}


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Il sindacato ha accusato i sindaci di aver mentito.", "aver", True),  # cut short of its last vowel
        ("La Regione ha chiesto di esser ascoltata.", "esser", True),
        ("La Regione ha deciso di pubblicare i dati.", "pubblicare", True),
        ("Le frontiere restano chiuse.", "frontiere", False),  # a plural noun of a verb's shape
        ("I sindaci hanno chiesto fondi.", "sindaci", False),
    ],
)
def test_round27_an_infinitive_cut_short_is_still_an_infinitive(text, word, expected):
    """One test tells an infinitive, whole or cut short ("di aver mentito"): the verb's ending on its lemma, and on
    the word or the word with its last vowel back."""
    doc = load_pipeline("it")(text)
    assert infinitive(next(t for t in doc if t.text == word)) is expected


def test_round27_a_group_ends_before_an_infinitive_cut_short(pipeline):
    """"ha accusato i sindaci di aver mentito": the mayors, not "i sindaci di aver", are the group accused."""
    extraction = extract(pipeline, "La Coldiretti ha accusato i sindaci di aver mentito sui fondi per la siccità.")
    assert "sindaci" in {a.name for a in extraction.actors}


@pytest.mark.parametrize(
    "text, body",
    [
        ("Il consiglio regionale ha approvato una mozione, e il ministero della Difesa ha annunciato il rinvio delle esercitazioni.",
         "ministero della Difesa"),
        ("Il sindaco ha chiesto al ministero delle Infrastrutture di intervenire sul cantiere della statale.",
         "ministero delle Infrastrutture"),
        ("La Regione ha criticato il ministero delle Imprese, che decide senza ascoltare il territorio.", "ministero delle Imprese"),
    ],
)
def test_round27_a_ministry_named_with_no_state_is_a_body_of_its_own(pipeline, text, body):
    """Italian: a ministry named in full after an article, with no state named with it, is an organisation named as
    written, of no country the text says."""
    assert (body, "Organization", None) in actors(extract(pipeline, text))


def test_round27_a_ministry_with_its_state_stays_the_states(pipeline):
    """A demonym after the ministry still makes it that state's body; an unplaced ministry is no reading of it."""
    extraction = extract(pipeline, "Il ministero della Salute etiope ha accusato le milizie di bloccare gli aiuti.")
    assert ("Ethiopian health ministry", "Organization", "https://w3id.org/newskg/actor/ethiopia") in actors(extraction)
    assert "ministero della Salute" not in {a.name for a in extraction.actors}


def test_round27_a_title_of_a_ministry_names_no_body(pipeline):
    """"la portavoce del ministero degli Esteri Maria Zakharova": the ministry is the title's, no actor of its own."""
    extraction = extract(pipeline, "Ieri la portavoce del ministero degli Esteri Maria Zakharova ha criticato la Moldavia.")
    assert "ministero degli Esteri" not in {a.name for a in extraction.actors}


def test_round27_a_ministry_after_a_foreign_state_is_that_states(pipeline):
    """After a foreign state just named, a ministry with no state is that state's, which the engines read back: no
    body of its own ("La Cina ha condannato … Il ministero degli Esteri ha accusato …")."""
    extraction = extract(pipeline, "La Cina ha condannato le manovre navali. Il ministero degli Esteri ha accusato Manila di provocazioni.")
    assert "ministero degli Esteri" not in {a.name for a in extraction.actors}
    assert ("China", "accuses", "Philippines") in {(r.subject.name, r.relation, r.object.name) for r in extraction.relations}


@pytest.mark.parametrize(
    "text, lang, actor",
    [
        ("L'opposizione colombiana ha criticato Petro.", "it", ("Colombian opposition", "Group", ACTOR_BASE + "colombia")),
    ],
)
def test_round37_the_opposition_of_a_state_is_its_sector_actor(pipeline, text, lang, actor):
    assert actor in actors(extract(pipeline, text, lang=lang))


@pytest.mark.parametrize(
    "name, kinds",
    [
        ("Ministry of Water", ("government", None)),
        ("Water Services Regulatory Board", ("government", "regulator")),  # the last word of the table first
        ("L'Autorità di regolazione per energia reti e ambiente", ("government", "regulator")),
        ("Kauri Bank", ("business", "bank")),
        ("Idrotecnica Sarda S.p.A.", ("business", None)),
        ("Brentwick Motors", None),  # no word says what it is
    ],
)
def test_round38_a_word_of_an_organisations_name_gives_its_sector_and_kind(name, kinds):
    from kg.actors.sectors import name_kinds

    assert name_kinds(name) == kinds


@pytest.mark.parametrize(
    "text, lang, name",
    [
        ("Residents of Bel-Tokay blocked the road and accused the Kyrgyz government of ignoring them.", "en", "Residents of Bel-Tokay"),
        ("Fishermen in Saint-Aubert protested against the Senegalese navy.", "en", "Fishermen in Saint-Aubert"),
    ],
)
def test_round43_a_place_written_with_a_hyphen_is_one_place_of_the_groups_name(pipeline, text, lang, name):
    assert name in {a.name for a in extract(pipeline, text, lang=lang).actors}


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("I governatori del Nord hanno criticato il ministro Aldo Ferrandi per i tagli alle strade.", "governatori del Nord", None),
        ("I governatori canadesi hanno criticato i dazi sull'acciaio.", "Canadian government", ACTOR_BASE + "canada"),
    ],
)
def test_round43_governors_are_a_group_of_government(pipeline, text, name, country):
    """Italian: "governatori" are a group like "sindaci": of the state named with them, or a group of the story."""
    assert (name, "Group", country) in actors(extract(pipeline, text))


def test_round43_collectives_are_a_group_of_protesters(pipeline):
    """Italian: "i collettivi" (of students, of workers) are a group of the story that marches and occupies."""
    extraction = extract(pipeline, "I collettivi universitari hanno occupato il rettorato per protestare contro il ministro Aldo Ferrandi.")
    assert ("collettivi", "Group", None) in actors(extraction)
