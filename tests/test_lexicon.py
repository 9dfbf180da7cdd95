"""Relation lexicons: data files, validated with file:line errors, covering the vocabulary."""

import pytest

from kg.errors import ResourceError, ValidationError
from kg.relations.lexicon import load_lexicon
from kg.vocab import vocabulary

HEADER = "# lemma\tframe\trelation\tsubject\tobject\toptions\tnote\n"


def write(tmp_path, rows: str):
    (tmp_path / "xx.tsv").write_text(HEADER + rows, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("lang, at_least", [("en", 300), ("it", 100)])
def test_each_lexicon_has_hundreds_of_triggers_covering_the_whole_vocabulary(lang, at_least):
    lexicon = load_lexicon(lang)
    triggers = [t for entries in lexicon.triggers.values() for t in entries]
    assert len(triggers) >= at_least
    assert {t.relation for t in triggers} == set(vocabulary())


def test_a_trigger_needing_more_words_is_tried_first():
    [first, *_] = load_lexicon("en").triggers["talk"]
    assert first.requires and first.relation == "negotiatesWith"


def test_multiword_cues_are_phrases():
    assert ("according", "to") in load_lexicon("en").phrases("@source")
    assert ("in", "cambio", "di") in load_lexicon("it").phrases("@exchange")


def test_italian_contractions_map_to_their_preposition():
    assert load_lexicon("it").contractions["dall'"] == "da"


@pytest.mark.parametrize(
    "row, message",
    [
        ("praise\tverb\tpraises\tagent\n", "expected 'lemma"),
        ("praise\tpronoun\tpraises\tagent\tpatient\n", "unknown frame 'pronoun'"),
        ("praise\tverb\tpraises\tagent\tbehind\n", "unknown object slot 'behind'"),
        ("praise\tverb\tpraises\tagent\tpatient\tfoo=bar\n", "bad option 'foo=bar'"),
        ("call on\tverb\trequests\tagent\tprep:on\n", "the lemma 'call on' has a space"),
        ("maybe\tcue\t@perhaps\t-\t-\n", "unknown cue '@perhaps'"),
        ("it\tcue\t@pronoun\t-\t-\n", "@pronoun needs type="),
        ("alliance\tcue\t@anaphor\t-\t-\ttype=IntergovernmentalOrganization\n", "unknown cue '@anaphor'"),
    ],
)
def test_a_malformed_row_is_refused_with_its_file_and_line(tmp_path, row, message):
    folder = write(tmp_path, "praise\tverb\tpraises\tagent\tpatient\n" + row)
    with pytest.raises(ResourceError) as error:
        load_lexicon("xx", folder)
    assert f"xx.tsv:3: {message}" in str(error.value)


def test_an_unknown_relation_names_the_known_ones(tmp_path):
    folder = write(tmp_path, "adore\tverb\tadores\tagent\tpatient\n")
    with pytest.raises(ValidationError) as error:
        load_lexicon("xx", folder)
    assert "E203" in str(error.value) and "xx.tsv:2" in str(error.value) and "praises" in str(error.value)


def test_a_language_without_a_lexicon_is_refused(tmp_path):
    with pytest.raises(ResourceError, match="no relation lexicon for language 'xx'"):
        load_lexicon("xx", tmp_path)
