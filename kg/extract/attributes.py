"""``kg_attribute_ruler``: the trained English pipeline's attribute ruler, applied by table lookups.

spaCy's ``AttributeRuler`` maps each token's tag (and a few words, dependencies and two-word
phrases) to its coarse part of speech, morphology and some lemmas, by running a ``Matcher`` of its
179 patterns over every token: 0.8–1.4 s of CPU for the 200 articles of ``bench/ingest_process.py``,
a tenth of the whole parse. Every pattern tests only a token's tag, lowercase form, whitespace or
dependency, so what applies at a token follows from those four values, its *form*: the one-token
patterns a form matches, what they set and the longer patterns it may start are found the first
time the form is met and remembered (patterns are filed under the tag or word their first token
needs, so a new form is tested against a few of them). A document is then read as four columns of
``Doc.to_array``, and what its tokens get is written back at once by ``Doc.from_array``: 0.08 s for
the 200 articles, the table's making included.

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

import numpy as np
from spacy.attrs import IDS
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs

# What a pattern may test, as ``Doc.to_array`` columns; a token's values of these four are its "form".
_READ = ("TAG", "LOWER", "IS_SPACE", "DEP")
_FORM_COLUMNS = [IDS[attr] for attr in _READ]
_SET = frozenset({"TAG", "POS", "MORPH", "LEMMA", "DEP"})  # token attributes only: no lexeme is changed
_MEMORY = 200_000  # forms remembered; past that the table starts again

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


def _passes(values: dict[str, Any], tests: tuple[Test, ...]) -> bool:
    return all(test.passes(values[test.attr]) for test in tests)


@dataclass(frozen=True)
class _Form:
    """What the ruler does at a token of one form (tag, lowercase form, whitespace, dependency)."""

    values: dict[str, Any]
    """The form as the patterns read it: ``{"TAG": "NN", "LOWER": "talks", "IS_SPACE": False, "DEP": "dobj"}``."""
    numbers: tuple[int, ...]
    """The one-token patterns it matches, in order."""
    starts: tuple[tuple[int, tuple[tuple[Test, ...], ...], int], ...]
    """The longer patterns whose first token it matches: (pattern id, tests of each token, index)."""


class _Index:
    """Patterns filed under a tag or a lowercase form their (first) token must have, so that a form
    is tested only against the patterns it may match: ``candidates`` of a form are those filed under
    its tag, under its lowercase form, and those with neither test (a superset of its matches)."""

    def __init__(self, entries: list, first_tests: Callable[[Any], tuple[Test, ...]]) -> None:
        self.by: dict[tuple[str, Any], list] = defaultdict(list)
        self.anywhere: list = []
        for entry in entries:
            plain = {test.attr: test.values for test in first_tests(entry) if test.regex is None and not test.negated}
            attr = next((attr for attr in ("TAG", "LOWER") if attr in plain), None)
            if attr is None:
                self.anywhere.append(entry)
            for value in plain.get(attr, ()):
                self.by[attr, value].append(entry)

    def candidates(self, values: dict[str, Any]) -> list:
        return [*self.by.get(("TAG", values["TAG"]), ()), *self.by.get(("LOWER", values["LOWER"]), ()), *self.anywhere]


class FastAttributeRuler:
    """The ``AttributeRuler`` of ``patterns`` (its ``patterns`` property), for tokens of ``vocab``."""

    def __init__(self, nlp: Language, name: str, patterns: list[dict]) -> None:
        self.name = name
        self.attrs = [normalize_token_attrs(nlp.vocab, entry["attrs"]) for entry in patterns]
        self.columns = sorted({attr for attrs in self.attrs for attr in attrs})  # what the patterns set
        self.simple: list[tuple[int, tuple[Test, ...]]] = []
        self.longer: list[tuple[int, tuple[tuple[Test, ...], ...], int]] = []  # (pattern id, tests, index)
        for number, entry in enumerate(patterns):
            for pattern in entry["patterns"]:
                tests = tuple(tuple(Test.of(attr, value) for attr, value in token.items()) for token in pattern)
                if len(tests) == 1 and entry.get("index", 0) == 0:
                    self.simple.append((number, tests[0]))
                else:
                    self.longer.append((number, tests, entry.get("index", 0)))
        self._simple_by = _Index(self.simple, lambda entry: entry[1])
        self._longer_by = _Index(self.longer, lambda entry: entry[1][0])
        self._forms: dict[tuple[int, int, int, int], int] = {}  # a form's column values → its number
        self._form_list: list[_Form] = []
        # by form number: the values it sets, in ``columns`` order, and which of them it sets
        self._values = np.zeros((1024, len(self.columns)), dtype=np.uint64)
        self._sets = np.zeros((1024, len(self.columns)), dtype=bool)

    def _form(self, key: tuple[int, int, int, int], strings: StringStore) -> int:
        """The number of a form not seen yet, its patterns found and what they set merged (a later
        pattern's value wins, as when they are set one by one)."""
        tag, lower, space, dep = key
        values = {"TAG": strings[tag], "LOWER": strings[lower], "IS_SPACE": bool(space), "DEP": strings[dep]}
        numbers = tuple(sorted({n for n, tests in self._simple_by.candidates(values) if _passes(values, tests)}))
        starts = tuple(other for other in self._longer_by.candidates(values) if _passes(values, other[1][0]))
        number = len(self._form_list)
        if number == len(self._values):
            self._values = np.concatenate([self._values, np.zeros_like(self._values)])
            self._sets = np.concatenate([self._sets, np.zeros_like(self._sets)])
        self._values[number], self._sets[number] = self._merged(numbers)
        self._forms[key] = number
        self._form_list.append(_Form(values, numbers, starts))
        return number

    def _merged(self, numbers) -> tuple[list[int], list[bool]]:
        """What ``numbers`` set together, as a row of ``columns`` values and a row of which are set."""
        merged: dict = {}
        for number in sorted(numbers):
            merged.update(self.attrs[number])
        return [merged.get(attr, 0) for attr in self.columns], [attr in merged for attr in self.columns]

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or not self.columns:  # nothing to read, or patterns that set nothing
            return doc
        if len(self._form_list) >= _MEMORY:  # only between documents: a document's form numbers stay valid
            self._forms.clear()
            self._form_list.clear()
        forms, strings, form_list = self._forms, doc.vocab.strings, self._form_list
        keys = list(map(tuple, doc.to_array(_FORM_COLUMNS).tolist()))
        known = [forms.get(key) for key in keys]
        if None in known:  # forms seen for the first time
            known = [forms[key] if key in forms else self._form(key, strings) for key in keys]
        # every match is read before any attribute is set, as the ruler does
        found: dict[int, set[int]] = {}  # token → longer patterns that set it
        n = len(doc)
        for i, number in enumerate(known):
            for pattern, tests, index in form_list[number].starts:
                end = i + len(tests)
                if end <= n and all(_passes(form_list[known[i + k]].values, tests[k]) for k in range(1, len(tests))):
                    found.setdefault(i + index, set()).add(pattern)
        rows = np.array(known)
        current = doc.to_array(self.columns)
        values = np.where(self._sets[rows], self._values[rows], current)
        for i, extra in found.items():
            row_values, row_sets = self._merged(set(form_list[known[i]].numbers) | extra)
            values[i] = np.where(row_sets, np.array(row_values, dtype=np.uint64), current[i])
        doc.from_array(self.columns, values)
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
