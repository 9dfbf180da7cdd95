"""How a phrase judges what it describes: the polarity of "called the plan *a militarisation of
the Arctic*", "described the duties as *protectionist*".

A verb of evaluation (``@evaluative`` in the lexicon: call, describe, label …) states a relation
only through the words it puts on its object, and no list of phrasings can name them all. The
phrase is scored word by word: VADER's valence lexicon (``vaderSentiment``, from PyPI: 7,500
English words rated from -4 to +4 by human raters) says how negative "reckless", "regrettable"
or "betrayal" are; the relation lexicon adds what VADER, built on social media, lacks — a word
that is itself a trigger of a conflictual relation ("aggression", "militarisation", "blackmail")
names a hostile act. English only: Italian has no such resource installed.
"""

from __future__ import annotations

import functools
from importlib import resources

from spacy.tokens import Token

from kg.relations.lexicon import Lexicon
from kg.vocab import vocabulary

HOSTILE = -2.0  # the valence of a word that triggers a conflictual relation (VADER rates "attack" -2.1)
CRITICAL = -1.0  # a phrase at or below this judges its object badly
CONTENT = ("NOUN", "ADJ", "VERB", "ADV", "PROPN")


@functools.lru_cache(maxsize=1)
def valences() -> dict[str, float]:
    """VADER's word valences (its lexicon's first two columns)."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    found = {}
    for line in text.splitlines():
        word, value, *_ = line.split("\t")
        found[word] = float(value)
    return found


def polarity(words: list[Token], lexicon: Lexicon) -> float:
    """The summed valence of the content words of a phrase."""
    vocab = vocabulary()
    scores = valences()
    total = 0.0
    for token in words:
        if token.pos_ not in CONTENT:
            continue
        score = scores.get(token.lower_, scores.get(token.lemma_.lower()))
        if token.lemma_.lower() in lexicon.cue("@hostile") or token.lower_ in lexicon.cue("@hostile"):
            score = min(score or 0.0, HOSTILE)  # "called the aid a bribe", "a slow-motion secession": words of political blame
        if score is None and any(vocab[t.relation].group == "conflictual" for t in lexicon.triggers.get(token.lemma_.lower(), ())):
            score = HOSTILE
        total += score or 0.0
    return total
