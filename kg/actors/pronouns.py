"""Words that refer back: a pronoun that opens a sentence stands for the previous sentence's subject
(``pronouns.tsv``); a definite description ("the bloc", "il gruppo") for the most salient actor of the
document it can describe, by its type and sector or by the name it heads (``descriptions.tsv``), or, in the
clause a person reports, for the body the person's title makes them lead or serve."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from kg.actors.names import capitalised
from kg.actors.sectors import name_kinds
from kg.model import Actor, Mention, Relation

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
    salient: frozenset[str] | None = None,
    facts: list[Relation] | None = None,
) -> list[tuple[Span, Mention]]:
    """The definite descriptions of ``doc`` resolved to the actor they describe: a class noun of ``nouns`` right
    after a word of ``definites`` ("the bloc", "l'esecutivo") is, of the actors of a kind the noun allows named
    before it, the one named most often; none if two are named equally often. A kind is an actor type, and for
    some nouns a sector too ("the group": an armed group or a firm): an actor's own sector, else, for one with
    none, that a class noun of ``nouns`` among the two words before one of its names gives it ("il gruppo
    tedesco Velbert": a firm). An actor whose name the noun heads ("the
    group" after the International Crisis Group) is a candidate whatever its kind. A noun with words of its own
    after it (an adjective, a preposition, a name, one of ``genitives``: "the government of Colombia", "il governo
    di Roma") names its own referent.

    In the clause a person reports ("X, the bank's governor, said the lender would …", "TUC secretary general X
    warned that the union would …"), a noun stands first for the body the speaker leads or serves by ``facts``
    (the document's titles), when that body is of a kind the noun allows or its name the noun heads; every noun
    of ``nouns`` is read so, only those of ``salient`` (all if None) by salience too."""
    if not nouns:
        return []
    bodies = _bodies(facts or [])
    covered = {i for span, _ in resolved for i in range(span.start, span.end)}
    named = [(span, m) for span, m in resolved if not m.rule.startswith(DESCRIPTIVE_RULES)]
    sectors = _sectors_by_cue(doc, named, nouns if salient is None else {n: k for n, k in nouns.items() if n in salient})
    found = []
    for token in doc:
        kinds = nouns.get(token.lower_)
        if kinds is None or token.i == 0 or token.i in covered or doc[token.i - 1].lower_ not in definites:
            continue
        if token.i + 1 in covered or has_own_words(token, genitives):
            continue  # "the government of Colombia", "il governo di Roma", "the group Hamas": its own words, no reference
        body = next((b for b in _speakers_bodies(token, named, bodies) if _describes_body(token.lower_, nouns, b)), None)
        if body is not None:
            found.append((doc[token.i : token.i + 1], Mention(token.idx, token.idx + len(token), token.text, body, f"description:{token.lower_}")))
            continue
        if salient is not None and token.lower_ not in salient:
            continue
        actor = most_salient(token.lower_, kinds, [m for span, m in named if span.end <= token.i], sectors)
        if actor is None:
            continue
        span = doc[token.i : token.i + 1]
        found.append((span, Mention(token.idx, token.idx + len(token), token.text, actor, f"description:{token.lower_}")))
    return found


def has_own_words(noun: Token, genitives: frozenset[str]) -> bool:
    """A class noun followed by words of its own (an adjective, a preposition, a name, one of ``genitives``: "the
    government of Colombia", "the government in Bogotá", "il governo di Roma") names its own referent. (A text with
    no tagger has no parts of speech: there only a name or a genitive counts.)"""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return after is not None and (after.pos_ in ("ADJ", "ADP", "NOUN", "PROPN") or after.lower_ in genitives or capitalised(after))


def most_salient(
    noun: str, kinds: frozenset[tuple[str | None, str | None]], earlier: list[Mention], sectors: dict[str, str]
) -> Actor | None:
    """The actor a class noun describes by salience: of the ``earlier`` mentions of actors of the noun's ``kinds``
    (or whose name it heads: "the group" after the International Crisis Group, "the union" after the Australian
    Workers' Union, whatever their kind), the actor named most often; none if two are named equally often."""
    salience = Counter(m.actor.iri for m in earlier if _describes(noun, kinds, m.actor, sectors, m.text))
    ranked = salience.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return next(m.actor for m in earlier if m.actor.iri == ranked[0][0])


def nearest_described(noun: str, kinds: frozenset[tuple[str | None, str | None]], earlier: list[Mention]) -> Actor | None:
    """The actor a class noun read by nearness describes: the last of the ``earlier`` mentions whose actor it may
    describe (``_describes``)."""
    return next((m.actor for m in reversed(earlier) if _describes(noun, kinds, m.actor, {}, m.text)), None)


def _describes(
    noun: str, kinds: frozenset[tuple[str | None, str | None]], actor: Actor, sectors: dict[str, str], text: str = ""
) -> bool:
    """``noun`` may describe ``actor``: the actor is of one of its ``kinds``, or not a person and its name (or the
    form ``text`` it is named by) headed by the noun."""
    return (actor.type != "Person" and noun in head_words(actor.name) + head_words(text)) or of_kinds(actor, kinds, sectors.get(actor.iri))


def _describes_body(noun: str, nouns: dict[str, frozenset[tuple[str | None, str | None]]], body: Actor) -> bool:
    """``noun`` may describe the speaker's ``body``: as ``_describes``, but a body the text gives no sector may be of
    any sector its type allows (the title already ties it to the speaker: "TUC secretary general X … the union"); a
    body whose name another class noun of its kinds heads is that noun's ("the bloc" is not the European Commission)."""
    heads = head_words(body.name)
    if noun in heads:
        return True
    return not any(of_kinds(body, nouns[word]) for word in heads if word in nouns) and _describes(noun, tied_kinds(nouns[noun]), body, {})


def tied_kinds(kinds: frozenset[tuple[str | None, str | None]]) -> frozenset[tuple[str | None, str | None]]:
    """The kinds a noun allows for a body a title already ties to a person: also each of their types with no sector
    ("TUC secretary general X … the union": a union the text gives no sector)."""
    return kinds | {(type_, "-") for type_, _ in kinds if type_ is not None}


def _bodies(facts: list[Relation]) -> dict[str, list[Actor]]:
    """Person IRI → the bodies the titles make them lead, then those they serve."""
    found: dict[str, list[Actor]] = {}
    for fact in sorted(facts, key=lambda f: f.relation != "leaderOf"):
        if fact.relation in ("leaderOf", "affiliatedWith"):
            found.setdefault(fact.subject.iri, []).append(fact.object)
    return found


def _speakers_bodies(token: Token, named: list[tuple[Span, Mention]], bodies: dict[str, list[Actor]]) -> list[Actor]:
    """The bodies of the person who reports the clause ``token`` is in: the subject (or the subject's apposition,
    "the bank's chairman, X") of the verb whose clausal complement the clause is ("X said the lender would …")."""
    if not bodies:
        return []
    clause = next((t for t in token.ancestors if t.dep_ == "ccomp"), None)
    if clause is None:
        return []
    subjects = [c for c in clause.head.children if c.dep_ == "nsubj"]
    speakers = subjects + [a for s in subjects for a in s.children if a.dep_ == "appos"]
    return [body for span, m in named if span.root in speakers for body in bodies.get(m.actor.iri, [])]


def of_kinds(actor: Actor, kinds: frozenset[tuple[str | None, str | None]], sector: str | None = None) -> bool:
    """The actor is of one of ``kinds`` (``descriptions.tsv``): of its type (any for a kind that names a sector
    alone), and of the sector the kind names if any, the actor's own, else ``sector`` (one a class noun before its
    name gives it, "il gruppo tedesco X"), else the one a word of its name or of a form it goes by gives
    (``name_kinds``: the Ministry of Water is no firm; "WASREB", "the Water Services Regulatory Board"); a kind's
    sector ``-`` is none ("Organization:-": an organisation the text gives no sector, which may be a firm; a union or a
    ministry may not). A kind a word of the name gives is the actor's whatever its sector ("Organization:regulator":
    the Commerce Commission). Both readings of a description use it: by salience here, by nearness in
    kg.relations.mentions."""
    named = next(filter(None, map(name_kinds, (actor.name, *actor.aliases))), None) if actor.type != "Person" else None
    named_sector, named_kind = named or (None, None)
    own = actor.sector or sector or named_sector or "-"
    return any(type_ in (None, actor.type) and kind_sector in (None, own, named_kind) for type_, kind_sector in kinds)


def head_words(name: str) -> tuple[str, ...]:
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
