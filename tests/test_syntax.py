"""SPARQL syntax errors in plain words: the place (line, column, the token there) and what was expected."""

from __future__ import annotations

import doctest

import pytest

from kg.errors import QueryError
from kg.store import syntax
from kg.store.embedded import open_store


def parser_message(query: str) -> str:
    with pytest.raises(QueryError) as raised:
        open_store(None).query(query)
    assert raised.value.code == "E501"
    return raised.value.message


def test_the_examples_in_the_module_hold():
    assert doctest.testmod(syntax).failed == 0


def test_an_undeclared_prefix_is_named_with_the_prefixes_the_store_knows():
    message = parser_message("SELECT ?x WHERE {\n  ?x kg:demands ?y .\n  ?x foo:bar ?z\n}")
    assert "line 3, column 13, after “foo:bar”: the prefix foo: is not declared" in message
    assert "kg, rdf" in message and "['" not in message  # no character classes


def test_a_query_that_stops_early_says_so_and_lists_only_words_and_punctuation():
    message = parser_message("SELECT ?x WHERE { ?x kg:demands ?y ")
    assert "at the end of the query: expected one of" in message and "}" in message
    assert "[_]" not in message


def test_a_long_list_of_keywords_is_cut_short():
    message = parser_message("SELECT ?x WHERE { ?x ?y ?z . FILTER(?x = ) }")
    assert message.endswith("…") and len(message.split("expected one of ")[1].split(", ")) == 8


def test_a_bad_iri_is_named_as_such():
    assert "this IRI is not valid" in parser_message("SELECT ?x WHERE { ?x <http://a b> ?z }")


def test_a_message_without_a_position_is_left_as_it_is():
    assert syntax.plain_syntax_error("no query given", "", ["kg"]) == "no query given"
