"""One table of the nouns that refer back to an actor ("the bloc", "the company", "il ministro"):
``ontologies/actors/descriptions.tsv``, read by the actor layer (by salience) and by the relation layer and both of
its frame engines (``kg.relations.mentions.referring``); the relation lexicon has no rows of its own for them."""

from __future__ import annotations

import pytest

from kg.actors.rules import load_rules
from kg.errors import ResourceError
from kg.relations.lexicon import load_lexicon
from kg.relations.mentions import referring


def test_round31_the_lexicon_has_no_rows_for_nouns_that_refer_back():
    """The nouns are ``descriptions.tsv``'s; the lexicon keeps only the pronouns' types."""
    for lang in ("en", "it"):
        lexicon = load_lexicon(lang)
        assert "@anaphor" not in lexicon.cues
        assert not {"alliance", "company", "governo", "società"} & set(lexicon.pronoun_types)
    assert load_lexicon("en").pronoun_types["its"] >= {"State", "Organization"}


@pytest.mark.parametrize(
    "lang, word, types",
    [
        ("en", "company", {"Organization"}),  # read by nearness only
        ("en", "bloc", {"IntergovernmentalOrganization"}),  # read by salience, the same kinds as its fallback
        ("en", "troop", {"military"}),  # a sector alone: the sector actor named before, whatever its type
        ("it", "ministro", {"Person"}),
        ("it", "paramilitari", {"rebels"}),
        ("en", "they", {"State", "Organization", "IntergovernmentalOrganization", "Group", "Person"}),  # a pronoun
        ("en", "deal", None),
    ],
)
def test_round31_both_engines_ask_one_table_what_a_word_may_stand_for(lang, word, types):
    assert referring(load_lexicon(lang), word) == (frozenset(types) if types else None)


def test_round31_only_the_nouns_read_by_salience_reach_the_actor_layer():
    """"The company" is the relation layer's alone (the nearest firm named before); "the bloc" the actor layer's first."""
    rules = load_rules()
    assert "bloc" in rules.salient["en"] and "company" not in rules.salient["en"]
    assert rules.descriptions["en"]["company"] == frozenset({("Organization", "business"), ("Organization", "-")})
    assert rules.descriptions["en"]["army"] == frozenset({(None, "military")})


def test_round31_a_noun_that_refers_back_is_no_wordnet_trigger():
    """"bloc" shares a WordNet sense with a cooperation noun; as a noun of ``descriptions.tsv`` it is never derived."""
    assert "bloc" not in load_lexicon("en").triggers


@pytest.mark.parametrize(
    "row, message",
    [
        ("en\tbloc\tIntergovernmentalOrganization\n", "expected 4 tab-separated columns"),
        ("en\tbloc\tIntergovernmentalOrganization\tnearest\n", "reading is 'nearest'"),
        ("en\tbloc\tTribe\tsalience\n", "unknown kinds in 'Tribe'"),
    ],
)
def test_round31_a_malformed_description_row_is_refused_with_its_line(tmp_path, row, message):
    from kg.actors.rules import RULES

    folder = tmp_path / "actors"
    folder.mkdir()
    for path in RULES.iterdir():
        if path.is_file():
            (folder / path.name).write_bytes(path.read_bytes())
    (folder / "descriptions.tsv").write_text("# lang\tnoun\tkinds\treading\n" + row, encoding="utf-8")
    with pytest.raises(ResourceError) as error:
        load_rules.__wrapped__(folder)
    assert "descriptions.tsv:2" in str(error.value) and message in str(error.value)


def _reading(pipeline, text: str, word: str, lang: str = "en") -> list[str]:
    """The actors the relation layer's index reads ``word`` (its last occurrence) as."""
    from kg.relations.mentions import MentionIndex

    nlp = pipeline.nlp(lang)
    doc = nlp(text)
    index = MentionIndex(doc, doc._.kg_mentions, nlp.get_pipe("kg_relations").lexicon)
    return [m.actor.name for m in index.itself([t for t in doc if t.lower_ == word][-1])]


@pytest.mark.parametrize(
    "text, word, lang, name",
    [
        # the union named between the firm and "the company" is no firm: its sector is labour
        ("Brentwick Motors closed its plant in Leeds on Monday. The Transport and General Workers' Union called a "
         "strike and accused the company of breaking the contract.", "company", "en", "Brentwick Motors"),
        ("La Veltra Spa ha annunciato 200 esuberi a Brescia. La Fiom ha proclamato uno sciopero e ha accusato "
         "l'azienda di non rispettare gli accordi.", "azienda", "it", "Veltra Spa"),
    ],
)
def test_round31_a_firm_noun_is_an_organisation_of_no_other_sector(pipeline, text, word, lang, name):
    """"The company", "l'azienda" describe an organisation that is a firm or that the text gives no sector
    (``Organization:business,Organization:-``): the nearest such, not the union named after the firm."""
    assert _reading(pipeline, text, word, lang) == [name]



@pytest.mark.parametrize(
    "text, word, lang, name",
    [
        # the fund is named more often, but the union's leader speaks: "the union" is his body
        ("The International Monetary Fund approved a loan to Ghana, and the IMF asked for a wage freeze. TUC secretary "
         "general Joshua Ansah warned that the union would shut down ports unless the government withdrew the freeze.",
         "union", "en", "TUC"),
    ],
)
def test_round34_a_noun_in_a_speakers_reported_clause_is_the_speakers_body_when_it_fits(pipeline, text, word, lang, name):
    """"X, the bank's governor, said the lender would …": the noun is the body the speaker's title makes them lead or
    serve, before the most salient actor of its kinds, when that body is of a kind the noun allows."""
    assert _reading(pipeline, text, word, lang) == [name]


def test_round34_a_speakers_body_of_no_kind_of_the_noun_is_not_its_referent(pipeline):
    """A state is no union, and the European Commission no bloc (a class noun of its own heads its name)."""
    assert "Ghana" not in _reading(
        pipeline, "The Trades Union Congress called a strike in Ghana. Finance Minister Cassiel Ato Forson said the "
        "union would lose its talks with the IMF.", "union")
    assert _reading(
        pipeline, "The European Union and Indonesia are at odds over nickel. Trade Commissioner Maros Sefcovic warned "
        "that the bloc would seek a ruling against Jakarta.", "bloc") == ["European Union"]


def test_round34_a_council_of_separatists_is_described_by_them_in_its_spokesmans_clause(pipeline):
    """"Council" heads the group's name but describes no group (its kinds are organisations), so it does not keep
    "the separatists", a class noun of groups, from the body of the council's spokesman."""
    text = ("Cameroon's army clashed with Ambazonia Governing Council rebels near Bamenda on Monday. The "
            "council's spokesman, Capo Daniel, said the separatists would free the teachers if the government dropped "
            "the charges.")
    assert _reading(pipeline, text, "separatists") == ["Ambazonia Governing Council"]


def test_round35_a_union_is_never_a_firm():
    """"il sindacato" describes a union or an organisation of no sector, never a business one (the firm a union
    confronts is named beside it in every story of a dispute)."""
    from kg.actors.pronouns import of_kinds
    from kg.model import Actor

    kinds = load_rules().descriptions["it"]["sindacato"]
    firm = Actor(iri="x:fincantieri", name="Fincantieri", type="Organization", sector="business")
    union = Actor(iri="x:fiom", name="FIOM", type="Organization", sector="labour")
    assert of_kinds(union, kinds) and not of_kinds(firm, kinds)


@pytest.mark.parametrize(
    "text, word, lang, name",
    [
        # the firm is last named three sentences before "the company", the union and the minister in between
        ("Brentwick Motors recalled 2,000 vans on Monday. Brentwick Motors said the brakes were safe. The union of "
         "nurses called a strike in Oslo. Transport Minister Jan Berg met the nurses on Tuesday. He urged the company "
         "to publish its test results.", "company", "en", "Brentwick Motors"),
        ("La Veltra Spa ha annunciato 200 esuberi a Brescia. La Veltra Spa ha chiuso il reparto. La Fiom ha "
         "proclamato uno sciopero. Il prefetto ha convocato le parti. La Fiom ha detto che l'azienda non "
         "rispetta gli accordi.", "azienda", "it", "Veltra Spa"),
    ],
)
def test_round37_a_noun_with_no_actor_of_its_kinds_within_reach_is_read_by_salience(pipeline, text, word, lang, name):
    """The relation layer reads "the company" by nearness within two sentences; with none of its kinds there it takes
    the one the actor layer's salience reading gives, the actor of its kinds named most before it."""
    assert _reading(pipeline, text, word, lang) == [name]


def test_round37_a_noun_of_any_organisation_or_with_words_of_its_own_is_not_read_by_salience_far_back(pipeline):
    """"The council" may be any organisation, and "the agency of …" names its own referent: far back, neither is
    the organisation named most before it."""
    text = ("The Red Cross opened a clinic in Goma. The Red Cross said the clinic was full. Rwanda denied the "
            "charge. Kenya sent food to the camps. Uganda urged the council to meet.")
    assert _reading(pipeline, text, "council") == []


@pytest.mark.parametrize(
    "text, word, name",
    [
        ("L'Autorità portuale di Livorno ha prorogato la concessione senza gara. Secondo i sindacati l'ente non ha "
         "rispettato le regole.", "ente", "Autorità portuale di Livorno"),
        ("La Regione ha diffidato Acque Centro Marche. L'assessore ha accusato il gestore di aver ignorato le "
         "segnalazioni.", "gestore", "Acque Centro Marche"),
    ],
)
def test_round37_a_public_body_and_a_service_operator_are_described_by_their_kind(pipeline, text, word, name):
    """"L'ente" is a public body or an organisation the text gives no sector; "il gestore" the firm that runs a
    service, or an organisation of no sector: the nearest such named before."""
    assert _reading(pipeline, text, word, "it") == [name]


def test_round38_an_organisation_of_no_sector_is_of_the_kind_its_name_gives():
    """An organisation the text gives no sector is of the sector a word of its name gives (org_kinds.tsv): a ministry
    is no firm for "the company"; and of that word's kind whatever its sector ("Organization:regulator")."""
    from kg.actors.pronouns import of_kinds
    from kg.model import Actor

    company = load_rules().descriptions["en"]["company"]
    ministry = Actor(iri="x:water", name="Ministry of Water", type="Organization")
    firm = Actor(iri="x:brentwick", name="Brentwick Motors", type="Organization")
    assert of_kinds(firm, company) and not of_kinds(ministry, company)
    regulator = frozenset({("Organization", "regulator")})
    board = Actor(iri="x:wasreb", name="WASREB", type="Organization", sector="government",
                  aliases=("WASREB", "Water Services Regulatory Board"))
    assert of_kinds(board, regulator) and not of_kinds(ministry, regulator)


def test_round38_the_company_is_not_the_ministry_named_after_the_firm(pipeline):
    """The Ministry of Labour, which the recogniser gives no sector, is named nearer "the company" than the firm: its
    name makes it no firm."""
    text = ("Brentwick Motors closed its plant in Leeds after the Ministry of Labour called both sides to talks. The "
            "union accused the company of breaking the contract.")
    assert _reading(pipeline, text, "company") == ["Brentwick Motors"]


def test_round39_the_regulator_is_the_regulatory_body_named_before_not_the_firm(pipeline):
    """"The regulator" refers back to the nearest organisation of the regulator kind (org_kinds.tsv), not to the firm
    named after it."""
    text = ("The Pellmore Energy Authority fined Corvane Power for overcharging households in Leeds. Corvane Power's "
            "chairman accused the regulator of bias.")
    assert _reading(pipeline, text, "regulator") == ["Pellmore Energy Authority"]
