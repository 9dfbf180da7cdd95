"""Groupings of states named with their members: "il Quintetto (Stati Uniti, Francia, Egitto e Qatar)",
"the Contact Group (France, Germany and Italy)". The name right before the brackets is a
grouping of the states listed in them, and each of those states is a member of it.

The list must hold states only (two or more), joined by commas and conjunctions, articles allowed
("the United States and the UAE"); anything else in the brackets ("(Mali, 2024)", "(the EU's
envoy)") makes no list. :func:`members_after` reads the list; the recogniser makes an unknown name
before it an intergovernmental organisation (``grouping:``), and :func:`membership_facts` states the
``memberOf`` facts once the mentions are resolved.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.actors.rules import ActorRules
from kg.model import Actor, Evidence, Mention, Relation

_OPEN, _CLOSE = ("(", "["), (")", "]")
_SEPARATORS = (",", ";")


def list_links(rules: ActorRules, lang: str) -> frozenset[str]:
    """The words allowed between the states of a list: conjunctions and articles ("(X, Y and the Z)")."""
    return rules.conjunctions.get(lang, frozenset()) | rules.determiners.get(lang, frozenset())


def members_after(
    doc: Doc, end: int, states: dict[int, tuple[int, str]], links: frozenset[str]
) -> list[tuple[int, int, str]] | None:
    """The states listed in brackets right after token ``end`` (``(start, end, id)`` each), or None when
    no bracket opens there or it holds anything but a list of two states or more.

    ``states`` maps the first token of each state the gazetteer found to its end and id; ``links`` are
    the words allowed between them (:func:`list_links`)."""
    if end >= len(doc) or doc[end].text not in _OPEN:
        return None
    found: list[tuple[int, int, str]] = []
    i = end + 1
    while i < len(doc) and doc[i].text not in _CLOSE:
        token = doc[i]
        if i in states:
            state_end, state_id = states[i]
            found.append((i, state_end, state_id))
            i = state_end
        elif token.text in _SEPARATORS or token.lower_ in links:
            i += 1
        else:
            return None
    if i >= len(doc) or len(found) < 2:
        return None
    return found


def membership_facts(
    doc: Doc, resolved: list[tuple[Span, Mention]], links: frozenset[str]
) -> list[Relation]:
    """``memberOf`` facts for each state listed in brackets right after a mention of an organisation:
    "del Quintetto (Stati Uniti, Francia, Egitto e Qatar)" → the United States memberOf the Quintetto,
    and so on."""
    by_end: dict[int, Actor] = {span.end: mention.actor for span, mention in resolved}
    states = {span.start: (span.end, mention.actor) for span, mention in resolved if mention.actor.type == "State"}
    facts = []
    for end, grouping in by_end.items():
        if grouping.type in ("State", "Person"):
            continue
        listed = members_after(doc, end, {start: (e, a.iri) for start, (e, a) in states.items()}, links)
        for start, _, _ in listed or ():
            sentence = doc[start].sent
            facts.append(
                Relation(
                    subject=states[start][1],
                    relation="memberOf",
                    object=grouping,
                    evidence=Evidence(sentence.text, sentence.start_char, sentence.end_char),
                    confidence=0.9,
                    predicate_text=doc[end : end + 1].text,
                    rule="grouping:members",
                )
            )
    return facts
