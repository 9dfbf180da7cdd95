"""Names of people: which words can be part of one, and which surnames stand for which known person."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import simplemma
from spacy.tokens import Token

from kg.actors.gazetteer import Gazetteer, normalize
from kg.actors.rules import ActorRules

# Hyphens and dashes the tokenizer leaves as tokens between words: "Greek-owned", "serbo-bosniaco", "Trump–Putin".
HYPHENS = frozenset({"-", "‐", "–"})
# The possessive ending as the tokenizer splits it off ("Peru's", "Peru’s"), and with the bare
# apostrophe of a plural's possessive ("the Philippines' navy").
SAXON_GENITIVE = frozenset({"'s", "’s"})
POSSESSIVE_MARKS = SAXON_GENITIVE | {"'", "’"}


@dataclass(frozen=True)
class Surnames:
    """The surnames of the gazetteer's people: each person's (``of``), and who each may stand for (``people``)."""

    of: dict[str, tuple[str, ...]]
    people: dict[str, frozenset[str]]


def folded(token: Token) -> str:
    """The token lower-cased, with the typographic apostrophe as the tables write it ("dell’" → "dell'")."""
    return token.lower_.replace("’", "'")


def capitalised(token: Token) -> bool:
    """A word that may be part of a name: "Putin", "McCarthy", "Al-Sisi"; not "US", "I" or "the"."""
    text = token.text
    return len(text) > 1 and text[0].isupper() and any(c.isalpha() for c in text[1:]) and not text.isupper()


def surnames_in(name: str, rules: ActorRules, family_first: bool = False) -> set[str]:
    """The forms of a full name that stand for the person alone: "Ursula von der Leyen" →
    {"Leyen", "von der Leyen"}, "Bashar al-Assad" → {"al-Assad", "Assad"}, "Xi Jinping" → {"Xi"}."""
    words = [w for w in name.split() if w not in rules.suffixes]
    if len(words) < 2:
        return set()
    if family_first:
        return {words[0]}
    last = words[-1]
    found = {last}
    start = len(words) - 1
    while start > 1 and words[start - 1] in rules.particles:
        start -= 1
    if start < len(words) - 1:
        found.add(" ".join(words[start:]))
    for prefix in rules.prefixes:
        if last.startswith(prefix) and len(last) > len(prefix) + 1:
            found.add(last[len(prefix):])
    return {f for f in found if len(f) > 1 and f[0].isupper() or " " in f}


def _is_word(text: str, lang: str | None) -> bool:
    return lang is not None and simplemma.is_known(text.lower(), lang=lang)


def known_surnames(gazetteer: Gazetteer, rules: ActorRules, lang: str | None = None) -> Surnames:
    """Each known person's surnames, and the people each surname may stand for (in text of ``lang``)."""
    family_first = {
        office.person
        for entry in gazetteer.entries.values()
        if entry.type == "Person"
        for office in gazetteer.offices(entry.id)
        if office.of in rules.family_first
    }
    of: dict[str, tuple[str, ...]] = {}
    people: dict[str, set[str]] = defaultdict(set)
    for entry in gazetteer.entries.values():
        if entry.type != "Person":
            continue
        forms = {s for a in entry.aliases for s in surnames_in(a.text, rules, entry.id in family_first)}
        # news often drops diacritics ("Erdogan" for "Erdoğan"): both spellings resolve, but for a plain
        # spelling that is a word of the text's language ("Oré" without its accent is "Ore", hours)
        forms |= {plain for form in forms if (plain := normalize(form, case_sensitive=True)) == form or not _is_word(plain, lang)}
        of[entry.id] = tuple(sorted(forms))
        for form in forms:
            if form not in rules.not_surnames:
                people[form].add(entry.id)
    return Surnames(of=of, people={surname: frozenset(ids) for surname, ids in people.items()})
