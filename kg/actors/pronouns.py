"""Pronouns: a pronoun that opens a sentence stands for the previous sentence's subject (``pronouns.tsv``)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.model import Actor, Mention


def pronoun_mentions(
    doc: Doc, resolved: list[tuple[Span, Mention]], pronouns: dict[str, tuple[str, ...]]
) -> list[tuple[Span, Mention]]:
    """The sentence-opening pronouns of ``doc`` resolved to the subject of the sentence before,
    when that subject is one of ``resolved`` with a type the pronoun may stand for
    (``pronouns``: the language's pronoun → actor types)."""
    if not pronouns:
        return []
    found = []
    previous: Span | None = None
    for sentence in doc.sents:
        first = next((t for t in sentence if not (t.is_punct or t.is_space)), None)
        types = pronouns.get(first.lower_) if first is not None else None
        if types and previous is not None:
            referent = _subject_of(previous, resolved, types)
            if referent is not None:
                span = doc[first.i : first.i + 1]
                found.append((span, Mention(first.idx, first.idx + len(first), first.text, referent, f"pronoun:{first.lower_}")))
        previous = sentence
    return found


def _subject_of(sentence: Span, resolved: list[tuple[Span, Mention]], types: tuple[str, ...]) -> Actor | None:
    """The actor that is the grammatical subject of ``sentence`` (its first word without a parse)."""
    for span, mention in resolved:
        if not (sentence.start <= span.start and span.end <= sentence.end) or mention.actor.type not in types:
            continue
        if span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.dep_ == "ROOT":
            return mention.actor
        if not span.doc.has_annotation("DEP") and span.start == sentence.start:
            return mention.actor
    return None
