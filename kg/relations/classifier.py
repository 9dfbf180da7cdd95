"""A learned second opinion: a classifier over pairs of actors in a sentence, trained by ``kg train``.

The frames find a relation only where a lexicon row and a syntactic slot meet. The
classifier looks at every ordered pair of actor mentions in a sentence that the frames
left unrelated and asks which relation, if any, the words between and around them
express. Its features are the lemmas on the dependency path between the two mentions
(and the path's shape), the lemmas between them and just around them, the relation the
lexicon gives any of those words (and the first and last such word between them), the two
actors' types, and what the frames already relate either actor to a third one with in the
sentence; English and Italian share the feature function (Italian has no parse, so only the
word features fire).

Training is multinomial logistic regression (scikit-learn) on the studied gold sets;
the model ships as plain data (``ontologies/models/relations-<lang>.tsv``: one row per
feature and relation with its weight), so running it needs nothing but a dictionary
lookup, and its predictions are explainable feature by feature. Only pairs whose most
probable relation clears the model's threshold (chosen by cross-validation on the train
split for precision) are added, as candidates of the frame ``model``; they then get their
qualifiers from the engine like any other candidate.
"""

from __future__ import annotations

import csv
import functools
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from spacy.tokens import Span, Token

from kg.errors import ResourceError
from kg.model import Mention
from kg.relations.frames import Candidate
from kg.relations.lexicon import Lexicon
from kg.relations.mentions import MentionIndex
from kg.settings import ONTOLOGIES
from kg.vocab import vocabulary

MODELS = ONTOLOGIES / "models"
NONE = "-"  # the class of a pair with no relation
MAX_DISTANCE = 30  # tokens between two mentions beyond which no pair is considered
CONTEXT = 2  # words taken before the first and after the second mention
CONTENT = ("VERB", "NOUN", "ADJ", "ADV", "ADP", "PART")


def pairs(sentence: Span, index: MentionIndex) -> Iterator[tuple[Mention, Span, Mention, Span]]:
    """Ordered pairs of mentions of two different actors, close enough to be related, each
    with the tokens it covers."""
    doc = sentence.doc
    placed = [(m, doc[s:e]) for s, e, m in index.in_span(sentence.start, sentence.end)]
    for a, span_a in placed:
        for b, span_b in placed:
            if a.actor.iri == b.actor.iri:
                continue
            if abs(span_b.start - span_a.start) <= MAX_DISTANCE and (span_a.end <= span_b.start or span_b.end <= span_a.start):
                yield a, span_a, b, span_b


def _word(token: Token) -> str:
    return (token.lemma_ or token.text).lower().strip() or "_"


def _path(a: Token, b: Token) -> tuple[list[Token], list[Token]]:
    """The tokens from ``a`` up to the lowest common head, and from ``b`` up to it."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    common = next((t for t in up_a if t in up_b), None)
    if common is None:
        return up_a, up_b
    return up_a[: up_a.index(common) + 1], up_b[: up_b.index(common) + 1]


def pair_features(sentence: Span, subject: Span, obj: Span, lexicon: Lexicon, kinds: tuple[str, str] = ("", ""), others: Iterable[str] = ()) -> list[str]:
    """The features of an ordered pair (``subject`` acts on ``obj``), as strings. ``kinds``: the two actors' types;
    ``others``: what the frames already say of either actor with someone else in the sentence (``ruled_roles``)."""
    doc = sentence.doc
    features = [f"order:{'forward' if subject.start < obj.start else 'backward'}"]
    if all(kinds):
        features.append(f"kinds:{kinds[0]}>{kinds[1]}")
    features += list(others)
    first, second = (subject, obj) if subject.start < obj.start else (obj, subject)
    between = doc[first.end : second.start]
    words = []
    for t in between:
        if t.is_space:
            continue
        if t.is_punct:
            if t.text in (",", ";", ":"):
                features.append(f"between-punct:{t.text}")
            continue
        word = _word(t)
        words.append(word)
        features.append(f"between:{word}")
        features += [f"between-lex:{relation}" for relation in _classes(lexicon, word)]
    lexical = [(word, relation) for word in words for relation in _classes(lexicon, word)]
    if lexical:
        features.append(f"first-lex:{lexical[0][1]}")
        features.append(f"last-lex:{lexical[-1][1]}")
        features.append(f"first-trigger:{lexical[0][0]}")
    if len(words) <= 1:
        features.append(f"adjacent:{'-'.join(words)}")
    features.append(f"gap:{min(len(between) // 4, 5)}")
    features += [f"before:{_word(t)}" for t in doc[max(sentence.start, first.start - CONTEXT) : first.start] if not t.is_space]
    features += [f"after:{_word(t)}" for t in doc[second.end : min(sentence.end, second.end + CONTEXT)] if not t.is_space]
    if doc.has_annotation("DEP"):
        up_s, up_o = _path(subject.root, obj.root)
        top = up_s[-1]
        features.append(f"top:{_word(top)}")
        features.append(f"top-pos:{top.pos_}")
        features += [f"top-lex:{relation}" for relation in _classes(lexicon, _word(top))]
        shape = "<".join(t.dep_ for t in up_s[:-1]) + "^" + ">".join(t.dep_ for t in reversed(up_o[:-1]))
        features.append(f"path:{shape}")
        features.append(f"subject-dep:{subject.root.dep_}")
        features.append(f"object-dep:{obj.root.dep_}")
        for t in (*up_s[1:-1], *up_o[1:-1]):
            features.append(f"on-path:{_word(t)}")
            features += [f"path-lex:{relation}" for relation in _classes(lexicon, _word(t))]
        if any(child.dep_ == "neg" for t in (*up_s, *up_o) for child in t.children):
            features.append("path-negated")
        if len(up_s) + len(up_o) > 8:
            features.append("long-path")
    return features


def ruled_roles(subject: str, obj: str, triples: Iterable[tuple[str, str, str]]) -> list[str]:
    """What the frames relate either actor of the pair (by IRI) to a third actor with, as features: a mention the
    rules already made the subject of a criticism is seldom also the subject of another relation in the sentence."""
    roles = set()
    for head, relation, tail in triples:
        if {head, tail} == {subject, obj}:
            continue
        for name, iri in (("subject", subject), ("object", obj)):
            if head == iri:
                roles.add(f"{name}-ruled-as-subject:{relation}")
            if tail == iri:
                roles.add(f"{name}-ruled-as-object:{relation}")
    return sorted(roles)


def _classes(lexicon: Lexicon, word: str) -> list[str]:
    """The relations ``word`` triggers by itself: a row that needs another word ("say … with=torture" accuses) says
    what the pair of words means, not the word ("say" alone is no accusation)."""
    return [trigger.relation for trigger in lexicon.triggers.get(word, ()) if not trigger.requires]


@dataclass(frozen=True)
class PairModel:
    """Weights of a trained classifier: ``weights[feature] = {relation: weight}``."""

    lang: str
    relations: tuple[str, ...]  # the classes, NONE first
    intercepts: dict[str, float]
    weights: dict[str, dict[str, float]]
    threshold: float
    source: str

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        scores = dict(self.intercepts)
        for feature in features:
            for relation, weight in self.weights.get(feature, {}).items():
                scores[relation] += weight
        top = max(scores.values())
        exp = {r: math.exp(s - top) for r, s in scores.items()}
        total = sum(exp.values())
        return {r: v / total for r, v in exp.items()}

    def predict(self, features: Iterable[str]) -> tuple[str, float]:
        probabilities = self.probabilities(features)
        relation = max(probabilities, key=probabilities.__getitem__)
        return relation, probabilities[relation]

    def candidates(self, sentence: Span, index: MentionIndex, lexicon: Lexicon, found: list[Candidate], alone: bool = False) -> Iterator[Candidate]:
        """Pairs the frames left unrelated, where the model is sure enough of a relation
        (``alone``: without frames, its most probable relation for every pair)."""
        related = {frozenset((c.subject.actor.iri, c.object.actor.iri)) for c in found}
        vocab = vocabulary()
        said = [(c.subject.actor.iri, c.relation, c.object.actor.iri) for c in found if vocab[c.relation].group != "fact"]
        for a, subject, b, obj in pairs(sentence, index):
            if frozenset((a.actor.iri, b.actor.iri)) in related:
                continue
            others = ruled_roles(a.actor.iri, b.actor.iri, said)
            relation, probability = self.predict(pair_features(sentence, subject, obj, lexicon, (a.actor.type, b.actor.type), others))
            if relation == NONE or (probability < self.threshold and not alone):
                continue
            first, second = sorted((subject, obj), key=lambda s: s.start)
            between = [t for t in sentence.doc[first.end : second.start] if t.pos_ in ("VERB", "NOUN")]
            trigger = between[0] if between else subject.root
            yield Candidate(a, b, trigger, "model", relation, f"{self.source}:{relation}")


@functools.lru_cache(maxsize=4)
def load_model(lang: str, folder: Path = MODELS) -> PairModel | None:
    """The shipped model of ``lang``, or ``None`` when none was trained for it."""
    path = folder / f"relations-{lang}.tsv"
    if not path.is_file():
        return None
    intercepts: dict[str, float] = {}
    weights: dict[str, dict[str, float]] = {}
    threshold = 1.0
    with path.open(encoding="utf-8") as handle:
        for lineno, row in enumerate(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), start=1):
            if not row or row[0].startswith("#"):
                continue
            try:
                kind, key, relation, value = row[0], row[1], row[2], float(row[3])
            except (IndexError, ValueError):
                raise ResourceError("E201", path=path, line=lineno, reason="expected 'kind<TAB>feature<TAB>relation<TAB>weight'") from None
            if kind == "threshold":
                threshold = value
            elif kind == "intercept":
                intercepts[relation] = value
            else:
                weights.setdefault(key, {})[relation] = value
    relations = tuple(sorted(intercepts, key=lambda r: (r != NONE, r)))
    return PairModel(lang, relations, intercepts, weights, threshold, path.name)
