"""``kg_attribute_ruler``: the trained English pipeline's attribute ruler, applied by table lookups.

spaCy's ``AttributeRuler`` maps each token's tag (and a few words, dependencies and two-word
phrases) to its coarse part of speech, morphology and some lemmas, by running a ``Matcher`` of its
179 patterns over every token: 1.1–1.4 s of CPU for the 200 articles of ``bench/ingest_process.py``,
a tenth of the whole parse. Nearly all of its patterns test one token's tag, lowercase form or
whitespace, so the patterns that apply to a token follow from those three values: they are found
once per (tag, form) and remembered, and the few others (a dependency, two tokens) are checked at
the tokens whose form or tag they name.

It sets exactly what the ruler sets: the same attributes from the same patterns, a later pattern
winning over an earlier one as in ``AttributeRuler.set_annotations`` (``tests/test_attributes.py``
compares every token's attributes with the ruler's on generated articles). A ruler with a pattern
outside what this reads (an operator, another attribute, an extension) is kept as it is.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Callable

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import normalize_token_attrs, set_token_attrs

# What a pattern may test, and how a token answers (the Matcher compares the same values).
_READ: dict[str, Callable[[Token], Any]] = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "IS_SPACE": lambda t: t.is_space,
    "DEP": lambda t: t.dep_,
}
_BY_FORM = frozenset({"TAG", "LOWER", "IS_SPACE"})  # one-token patterns testing only these are looked up
_SET = frozenset({"TAG", "POS", "MORPH", "LEMMA", "DEP"})  # token attributes only: no lexeme is changed
_MEMORY = 200_000  # (tag, form) pairs remembered; past that the table starts again

_OPERATORS = frozenset({"IN", "NOT_IN", "REGEX"})


@dataclass(frozen=True)
class Test:
    """One attribute test of one pattern token, as the Matcher reads it: the value among ``values``
    (``{"IN": …}`` or a plain value), not among them (``NOT_IN``), or one ``regex`` finds something in."""

    attr: str
    values: frozenset = frozenset()
    negated: bool = False
    regex: re.Pattern | None = None

    @classmethod
    def of(cls, attr: str, value: Any) -> Test:
        if not isinstance(value, dict):
            return cls(attr, frozenset([value]))
        ((operator, operand),) = value.items()
        if operator == "REGEX":
            return cls(attr, regex=re.compile(operand))
        return cls(attr, frozenset(operand), negated=operator == "NOT_IN")

    def passes(self, value: Any) -> bool:
        if self.regex is not None:
            return self.regex.search(value) is not None
        return (value in self.values) != self.negated


def supported(patterns: list[dict]) -> bool:
    """Whether every pattern of an ``AttributeRuler.patterns`` list is one this component reads alike."""
    for entry in patterns:
        if not set(entry["attrs"]) <= _SET or entry.get("index", 0) < 0:
            return False
        for pattern in entry["patterns"]:
            for token in pattern:
                for attr, value in token.items():
                    if attr not in _READ:
                        return False
                    if isinstance(value, dict):
                        if len(value) != 1 or not set(value) <= _OPERATORS or ("REGEX" in value and attr == "IS_SPACE"):
                            return False
                    elif not isinstance(value, (str, bool)):
                        return False
    return True


def _passes(token: Token, tests: tuple[Test, ...]) -> bool:
    return all(test.passes(_READ[test.attr](token)) for test in tests)


class FastAttributeRuler:
    """The ``AttributeRuler`` of ``patterns`` (its ``patterns`` property), for tokens of ``vocab``."""

    def __init__(self, nlp: Language, name: str, patterns: list[dict]) -> None:
        self.name = name
        self.attrs = [normalize_token_attrs(nlp.vocab, entry["attrs"]) for entry in patterns]
        self.simple: list[tuple[int, tuple[Test, ...]]] = []
        # the other patterns, filed under a value their first token must have: (pattern id, tests, index)
        self.by_lower: dict[str, list[tuple[int, tuple[Test, ...], int]]] = defaultdict(list)
        self.by_tag: dict[str, list[tuple[int, tuple[Test, ...], int]]] = defaultdict(list)
        self.anywhere: list[tuple[int, tuple[Test, ...], int]] = []
        for number, entry in enumerate(patterns):
            for pattern in entry["patterns"]:
                tests = tuple(tuple(Test.of(attr, value) for attr, value in token.items()) for token in pattern)
                if len(tests) == 1 and all(test.attr in _BY_FORM and test.regex is None for test in tests[0]):
                    self.simple.append((number, tests[0]))
                    continue
                first = {test.attr: test.values for test in tests[0] if test.regex is None and not test.negated}
                other = (number, tests, entry.get("index", 0))
                if "LOWER" in first:
                    for lower in first["LOWER"]:
                        self.by_lower[lower].append(other)
                elif "TAG" in first:
                    for tag in first["TAG"]:
                        self.by_tag[tag].append(other)
                else:
                    self.anywhere.append(other)
        self._table: dict[tuple[str, str, bool], tuple[tuple[int, ...], dict]] = {}

    def _simple_for(self, key: tuple[str, str, bool]) -> tuple[tuple[int, ...], dict]:
        """The one-token patterns a token of this (tag, lowercase form, whitespace) matches, in order,
        and what they set together (a later pattern's value wins, as when they are set one by one)."""
        values = dict(zip(("TAG", "LOWER", "IS_SPACE"), key))
        numbers = tuple(
            sorted({n for n, tests in self.simple if all(test.passes(values[test.attr]) for test in tests)})
        )
        merged: dict = {}
        for number in numbers:
            merged.update(self.attrs[number])
        if len(self._table) >= _MEMORY:
            self._table.clear()
        self._table[key] = (numbers, merged)
        return numbers, merged

    def __call__(self, doc: Doc) -> Doc:
        found: dict[int, list[int]] = {}  # token → patterns other than the simple ones that set it
        n = len(doc)
        for token in doc:
            i = token.i
            for number, tests, index in (*self.by_lower.get(token.lower_, ()), *self.by_tag.get(token.tag_, ()), *self.anywhere):
                end = i + len(tests)
                if end <= n and all(_passes(doc[i + k], test) for k, test in enumerate(tests)):
                    found.setdefault(i + index, []).append(number)
        table = self._table
        for token in doc:  # every match is read above before any attribute is set, as the ruler does
            key = (token.tag_, token.lower_, token.is_space)
            numbers, merged = table.get(key) or self._simple_for(key)
            extra = found.get(token.i)
            if extra:
                merged = {}
                for number in sorted(set(numbers).union(extra)):
                    merged.update(self.attrs[number])
            if merged:
                set_token_attrs(token, merged)
        return doc


@Language.factory("kg_attribute_ruler", default_config={"patterns": []})
def make_attribute_ruler(nlp: Language, name: str, patterns: list[dict]) -> FastAttributeRuler:
    """The attribute ruler of ``patterns`` (an ``AttributeRuler.patterns`` list that :func:`supported` accepts)."""
    return FastAttributeRuler(nlp, name, patterns)


def speed_up(nlp: Language) -> None:
    """Replace ``nlp``'s ``attribute_ruler`` by ``kg_attribute_ruler`` when its patterns allow it."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    patterns = nlp.get_pipe("attribute_ruler").patterns
    if supported(patterns):
        nlp.replace_pipe("attribute_ruler", "kg_attribute_ruler", config={"patterns": patterns})
