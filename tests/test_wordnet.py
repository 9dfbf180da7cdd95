"""WordNet generalises the English lexicon: derived rows, read after the listed ones."""

import pytest

from kg.extract.read import read_text
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
