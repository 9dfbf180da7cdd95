"""Which actor a token stands for (kg.relations.mentions), on sentences written for these tests."""

import pytest

from kg.extract.read import read_text


@pytest.fixture(scope="module")
def extract(pipeline):
    def run(text: str, lang: str = "en") -> set[tuple[str, str, str, bool]]:
        found = pipeline.extract_one(read_text(text, lang=lang)).relations
        return {(r.subject.name, r.relation, r.object.name, r.negated) for r in found}

    return run


def test_either_with_a_singular_noun_stands_for_each_of_the_two_just_joined(extract):
    found = extract("Chile and Peru have argued over fishing rights for a year. Argentina has refused to criticise either government.")
    assert ("Argentina", "criticizes", "Chile", True) in found
    assert ("Argentina", "criticizes", "Peru", True) in found


def test_either_with_no_pair_named_before_stands_for_no_one(extract):
    found = extract("Argentina has refused to criticise either government.")
    assert not any(relation == "criticizes" for _, relation, _, _ in found)


def test_a_relative_pronoun_after_a_preposition_stands_for_the_noun_its_clause_is_on(extract):
    found = extract("South Korea hosted Shigeru Ishiba, with whom Beijing negotiated a fisheries deal last year.")
    assert ("China", "negotiatesWith", "Shigeru Ishiba", False) in found or ("Shigeru Ishiba", "negotiatesWith", "China", False) in found


def test_the_bloc_to_which_both_countries_belong_has_each_as_a_member(extract):
    found = extract("Chile and Peru have argued over fishing rights for a year. NATO, to which both countries belong, urged calm.")
    assert {("Chile", "memberOf", "NATO", False), ("Peru", "memberOf", "NATO", False)} <= found


def test_the_second_party_after_between_stays_a_party_when_a_verb_follows_it(extract):
    found = extract("Kenya hosted talks two years after fighting between Ethiopian soldiers and Eritrean soldiers killed thousands of people.")
    assert ("Ethiopian military", "attacks", "Eritrean military", False) in found
    assert ("Eritrean military", "attacks", "Ethiopian military", False) in found
