"""WordNet generalises the English lexicon, MultiWordNet the Italian one: derived rows, read after the listed ones."""

import pytest

from kg.extract.read import read_text
from kg.relations import multiwordnet
from kg.relations.lexicon import load_lexicon
from kg.relations.wordnet import DEBIAN_WORDNET, WordNet, derive
from kg.settings import ONTOLOGIES

needs_wordnet = pytest.mark.skipif(not (DEBIAN_WORDNET / "index.verb").is_file(), reason="Debian's wordnet-base is not installed")


def test_an_unlisted_synonym_of_a_trigger_takes_its_relation(pipeline):
    relations = pipeline.extract_one(read_text("France objurgated Italy over the migrant deal.", lang="en")).relations
    assert [(r.subject.name, r.relation, r.object.name) for r in relations] == [("France", "criticizes", "Italy")]
    assert relations[0].rule.startswith("verb:en.wordnet.tsv:")


def test_listed_triggers_win_over_derived_rows():
    lexicon = load_lexicon("en")
    listed = load_lexicon("en", derived=False)
    for lemma, triggers in listed.triggers.items():
        assert lexicon.triggers[lemma] == triggers
    assert all(t.source.startswith("en.wordnet.tsv:") for lemma in set(lexicon.triggers) - set(listed.triggers) for t in lexicon.triggers[lemma])


@needs_wordnet
def test_the_shipped_derived_rows_are_what_wordnet_gives_today():
    rows = derive(load_lexicon("en", derived=False), WordNet.open())
    shipped = [line for line in (ONTOLOGIES / "lexicon" / "en.wordnet.tsv").read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert [row.tsv() for row in rows] == shipped, "regenerate with `kg lexicon wordnet`"


@needs_wordnet
def test_a_word_is_derived_only_in_its_most_frequent_sense():
    derived = {row.lemma: row for row in derive(load_lexicon("en", derived=False), WordNet.open())}
    assert derived["objurgate"].trigger.relation == "criticizes"
    assert "shell" not in derived  # first sense: remove the husk, not bombard
    assert not any(row.trigger.relation in ("leaderOf", "memberOf", "affiliatedWith") for row in derived.values())


@needs_wordnet
def test_a_word_whose_first_sense_is_not_most_of_its_tagged_uses_is_not_derived():
    wordnet = WordNet.open()
    derived = {row.lemma: row for row in derive(load_lexicon("en", derived=False), wordnet)}
    assert not wordnet.first_sense_dominates("ignore", "verb")  # "snub" in 17 of its 40 tagged uses
    assert "ignore" not in derived and "direct" not in derived
    assert derived["jail"].trigger.relation == "coerces"  # its one tagged use is its first sense
    assert derived["lambast"].trigger.relation == "criticizes"  # never tagged: the first sense alone decides


# --- Italian: MultiWordNet lends English triggers' relations to Italian words (it.wordnet.tsv) ---

def test_an_unlisted_italian_word_sharing_an_english_triggers_sense_takes_its_relation(pipeline):
    relations = pipeline.extract_one(read_text("Il Marocco ha ricattato la Spagna sui migranti.", lang="it")).relations
    assert [(r.subject.name, r.relation, r.object.name) for r in relations] == [("Morocco", "coerces", "Spain")]
    assert "it.wordnet.tsv:" in relations[0].rule


def test_listed_italian_triggers_win_over_derived_rows():
    lexicon, listed = load_lexicon("it"), load_lexicon("it", derived=False)
    for lemma, triggers in listed.triggers.items():
        assert lexicon.triggers[lemma] == triggers
    assert all(t.source.startswith("it.wordnet.tsv:") for lemma in set(lexicon.triggers) - set(listed.triggers) for t in lexicon.triggers[lemma])


def test_the_shipped_italian_rows_are_what_multiwordnet_gives_today():
    rows = multiwordnet.derive(load_lexicon("it", derived=False), load_lexicon("en", derived=False), multiwordnet.MultiWordNet.open())
    shipped = [line for line in (ONTOLOGIES / "lexicon" / "it.wordnet.tsv").read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert [row.tsv() for row in rows] == shipped, "regenerate with `kg lexicon wordnet`"


def test_an_italian_word_is_derived_only_where_its_sense_is_sure():
    derived = {row.lemma: row for row in multiwordnet.derive(load_lexicon("it", derived=False), load_lexicon("en", derived=False), multiwordnet.MultiWordNet.open())}
    assert derived["redarguire"].trigger.relation == "criticizes"
    assert derived["patteggiare"].trigger.relation == "negotiatesWith"
    assert derived["patteggiare"].slots == (("agent",), ("prep:con", "reciprocal"))  # the Italian triggers' slots, not English ones
    assert "riprendere" not in derived  # resume, film, scold: the scolding is one sense of many
    assert "vetta" not in derived  # shares "summit" only as a mountain's, and has another sense
    assert "abitare" not in derived  # "occupy" as dwelling: no Italian trigger confirms it, and it has two senses
