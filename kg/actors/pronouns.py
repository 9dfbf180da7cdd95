"""Words that refer back: a pronoun that opens a sentence stands for the previous sentence's subject
(``pronouns.tsv``); a definite description ("the bloc", "il gruppo") for the most salient actor of the
document it can describe, by its type and sector or by the name it heads (``descriptions.tsv``)."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from kg.actors.names import capitalised
from kg.model import Actor, Mention

# rules of mentions that describe an actor rather than name it: never its aliases (kg.actors.resolution.is_name)
DESCRIPTIVE_RULES = ("role:", "pronoun:", "description:")


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


def description_mentions(
    doc: Doc,
    resolved: list[tuple[Span, Mention]],
    nouns: dict[str, frozenset[tuple[str | None, str | None]]],
    definites: frozenset[str],
    genitives: frozenset[str] = frozenset(),
) -> list[tuple[Span, Mention]]:
    """The definite descriptions of ``doc`` resolved to the actor they describe: a class noun of ``nouns`` right
    after a word of ``definites`` ("the bloc", "l'esecutivo") is, of the actors of a kind the noun allows named
    before it, the one named most often; none if two are named equally often. A kind is an actor type, and for
    some nouns a sector too ("the group": an armed group or a firm): an actor's own sector, else, for one with
    none, that a class noun of ``nouns`` among the two words before one of its names gives it ("il gruppo
    tedesco Velbert": a firm). An actor whose name the noun heads ("the
    group" after the International Crisis Group) is a candidate whatever its kind. A noun with words of its own
    after it (an adjective, a preposition, a name, one of ``genitives``: "the government of Colombia", "il governo
    di Roma") names its own referent, and the actors its own clause names beside it are no candidates ("Senegal
    urged the government …": not Senegal)."""
    if not nouns:
        return []
    covered = {i for span, _ in resolved for i in range(span.start, span.end)}
    named = [(span, m) for span, m in resolved if not m.rule.startswith(DESCRIPTIVE_RULES)]
    sectors = _sectors_by_cue(doc, named, nouns)
    found = []
    for token in doc:
        kinds = nouns.get(token.lower_)
        if kinds is None or token.i == 0 or token.i in covered or doc[token.i - 1].lower_ not in definites:
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and (after.i in covered or after.pos_ in ("ADJ", "ADP", "NOUN", "PROPN") or after.lower_ in genitives or capitalised(after)):
            continue  # "the government of Colombia", "il governo di Roma", "the group Hamas": its own words, no reference
        beside = {m.actor.iri for span, m in named if span.root.head is token.head and span.root is not token}
        earlier = [m for span, m in named if span.end <= token.i and m.actor.iri not in beside]
        # an actor whose name the noun heads (its first or last word: "the group" after the International Crisis Group,
        # "the union" after the Australian Workers' Union) is a candidate whatever its kind
        salience = Counter(
            m.actor.iri for m in earlier
            if (m.actor.type != "Person" and token.lower_ in _head_words(m.actor.name) + _head_words(m.text))
            or of_kinds(m.actor, kinds, sectors.get(m.actor.iri))
        )
        ranked = salience.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            continue
        actor = next(m.actor for _, m in named if m.actor.iri == ranked[0][0])
        span = doc[token.i : token.i + 1]
        found.append((span, Mention(token.idx, token.idx + len(token), token.text, actor, f"description:{token.lower_}")))
    return found


def of_kinds(actor: Actor, kinds: frozenset[tuple[str | None, str | None]], sector: str | None = None) -> bool:
    """The actor is of one of ``kinds`` (``descriptions.tsv``): of its type (any for a kind that names a sector
    alone), and of the sector the kind names if any, the actor's own, else ``sector`` (one a class noun before its
    name gives it, "il gruppo tedesco X"); a kind's sector ``-`` is none ("Organization:-": an organisation the
    text gives no sector, which may be a firm; a union or a ministry may not). Both readings of a description use it: by salience here, by nearness in
    kg.relations.mentions."""
    return any(type_ in (None, actor.type) and kind_sector in (None, actor.sector or sector or "-") for type_, kind_sector in kinds)


def _head_words(name: str) -> tuple[str, ...]:
    """The words of a name that may be its head, lowercase: the first and the last ("Unione europea", "European Union")."""
    words = name.lower().split()
    return (words[0], words[-1]) if words else ()


def _sectors_by_cue(doc: Doc, named: list[tuple[Span, Mention]], nouns: dict[str, frozenset[tuple[str | None, str | None]]]) -> dict[str, str]:
    """The sector of each actor with none of its own that a class noun among the two words before one of its names
    gives, the sector of the noun's kind of the actor's type ("il gruppo tedesco Velbert": an organisation, so a firm)."""
    found: dict[str, str] = {}
    for span, mention in named:
        if mention.actor.sector is not None or mention.actor.iri in found:
            continue
        for word in doc[max(0, span.start - 2) : span.start]:
            if any(between.pos_ in ("VERB", "AUX", "ADP") for between in doc[word.i + 1 : span.start]):
                continue  # "the union accused MTN": a description before its verb, not a cue of the name
            sector = next((s for t, s in nouns.get(word.lower_, frozenset()) if t == mention.actor.type and s not in (None, "-")), None)
            if sector is not None:
                found[mention.actor.iri] = sector
    return found
