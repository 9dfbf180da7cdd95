"""What an analysis counts: the honest default, the arguments that widen it, and the words that say it."""

from __future__ import annotations

import doctest

import pytest

from kg.errors import ValidationError
from kg.explore import scope
from kg.explore.scope import EVERY_STATEMENT, Scope, parse_modality, parse_negated


def test_every_example_in_the_docstrings_holds():
    assert doctest.testmod(scope).failed == 0


def test_the_default_counts_asserted_interactions_that_were_not_negated():
    default = Scope()
    assert default.admits({"group": "cooperative", "negated": False, "modality": "asserted"})
    assert not default.admits({"group": "fact", "negated": False, "modality": "asserted"})
    assert not default.admits({"group": "cooperative", "negated": True, "modality": "asserted"})
    for modality in ("hypothetical", "future", "conditional"):
        assert not default.admits({"group": "cooperative", "negated": False, "modality": modality})


def test_an_edge_without_qualifiers_counts_as_an_asserted_affirmed_interaction():
    assert Scope().admits({"relation": "aids", "group": "cooperative"})


def test_each_argument_brings_its_statements_back():
    assert Scope.of(facts=True).admits({"group": "fact"})
    assert Scope.of(negated=True).admits({"negated": True}) and not Scope.of(negated=True).admits({"negated": False})
    assert Scope.of(negated=None).admits({"negated": True}) and Scope.of(negated=None).admits({"negated": False})
    assert Scope.of(modality="conditional").admits({"modality": "conditional"})
    assert Scope.of(modality=None).admits({"modality": "future"})
    assert EVERY_STATEMENT == Scope.of(facts=True, negated=None, modality=None)


@pytest.mark.parametrize(
    "arguments, caption",
    [
        ({}, "asserted, non-negated interactions; facts excluded"),
        ({"facts": True}, "asserted, non-negated interactions and facts"),
        ({"negated": True}, "asserted, negated interactions; facts excluded"),
        ({"modality": ["asserted", "conditional"]}, "asserted or conditional, non-negated interactions; facts excluded"),
        ({"modality": None, "negated": None}, "interactions of any modality, negated or not; facts excluded"),
    ],
)
def test_the_caption_says_what_is_counted(arguments, caption):
    assert Scope.of(**arguments).caption == caption


def test_the_words_of_the_rest_api_and_the_cli_mean_the_python_values():
    assert [parse_negated(word) for word in ("false", "true", "any", "TRUE")] == [False, True, None, True]
    assert parse_modality("any") is None
    assert parse_modality("conditional") == ("conditional",)
    assert parse_modality("asserted, future") == ("asserted", "future")


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: parse_negated("maybe"), "E816.*negated 'maybe'.*false, true, any"),
        (lambda: parse_modality("asserted,rumoured"), "E816.*modality 'rumoured'.*conditional, any"),
        (lambda: parse_modality(""), "E816.*modality"),
        (lambda: Scope.of(modality="certain"), "E816.*modality 'certain'.*hypothetical"),
        (lambda: Scope.of(negated="any"), "E816.*negated 'any'.*None"),
        (lambda: Scope.of(facts="yes"), "E816.*facts 'yes'"),
    ],
)
def test_values_outside_the_choices_are_refused_with_the_choices(call, message):
    with pytest.raises(ValidationError, match=message):
        call()


def test_arguments_ask_again_for_the_same_scope():
    chosen = Scope.of(facts=True, negated=None, modality=["future"])
    assert Scope.of(**chosen.arguments) == chosen
