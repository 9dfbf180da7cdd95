"""Governments named by their leader or their region.

A government named by the person who leads it: "the interim government led by Muhammad Yunus",
"il governo di unità nazionale guidato da Abdul Hamid Dbeibah". The government noun is a mention of the
state that person leads — as the document's title facts say, else as the gazetteer's offices say for the
document's date — and the phrase states that the person leads it (a ``leaderOf`` fact).

A person no fact and no office ties to a state leaves the phrase as it is: the government of a party or
of a region is no state's.

A region with a government of its own (``regions.tsv``: Greenland, the Kurdistan Region) is that
government, an organisation (:func:`kg.actors.resolution.actor_of`); its name with a government noun
("the Greenlandic government", "the government of Greenland", "il governo groenlandese") is one mention
of it, so the government noun is no definite description of a state (:func:`region_governments`).
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc, Span

from kg.actors.gazetteer import ACTOR_BASE
from kg.actors.names import SAXON_GENITIVE
from kg.actors.rules import ActorRules, load_regions
from kg.model import Actor, Evidence, Mention, Relation

# tokens allowed between the government noun and its participle ("of national unity", "di unità nazionale")
_REACH = 4
_RULE = "role:government-led-by"


def led_governments(
    doc: Doc,
    resolved: list[tuple[Span, Mention]],
    facts: list[Relation],
    rules: ActorRules,
    lang: str,
    led_state: Callable[[Actor], Actor | None],
) -> tuple[list[tuple[Span, Mention]], list[Relation]]:
    """The government nouns followed by "led by" and a person, as mentions of the state the person leads,
    and the ``leaderOf`` facts the text so states (none for a person already stated to lead it)."""
    nouns, led_by = rules.governments.get(lang, frozenset()), rules.led_by.get(lang, frozenset())
    if not nouns or not led_by:
        return [], []
    covered = {i for span, _ in resolved for i in range(span.start, span.end)}
    people = {span.start: m for span, m in resolved if m.actor.type == "Person"}
    stated = {f.subject.iri: f.object for f in facts if f.relation == "leaderOf" and f.object.type == "State"}
    mentions: list[tuple[Span, Mention]] = []
    new_facts: list[Relation] = []
    for token in doc:
        if token.lower_ not in nouns or token.i in covered:
            continue
        person = _leader_after(doc, token.i + 1, led_by, people, covered)
        if person is None:
            continue
        state = stated.get(person.actor.iri) or led_state(person.actor)
        if state is None:
            continue
        span = doc[token.i : token.i + 1]
        mentions.append((span, Mention(token.idx, token.idx + len(token.text), token.text, state, _RULE)))
        if person.actor.iri not in stated:
            stated[person.actor.iri] = state
            sentence = token.sent
            new_facts.append(Relation(
                subject=person.actor, relation="leaderOf", object=state,
                evidence=Evidence(sentence.text, sentence.start_char, sentence.end_char),
                confidence=0.9, predicate_text=doc[token.i : token.i + 1].text, rule="title:government-led-by",
            ))
    return mentions, new_facts


def _leader_after(doc: Doc, start: int, led_by: frozenset[str], people: dict[int, Mention], covered: set[int]) -> Mention | None:
    """The person named right after the participle and agent word that follow a government noun within
    a few words ("… of national unity led by X"); a title between them is stepped over ("led by Prime
    Minister X")."""
    end = min(len(doc), start + _REACH + 1)
    i = next((k for k in range(start, end) if doc[k].lower_ in led_by), None)
    if i is None or any(doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX") and doc[k].lower_ not in led_by for k in range(start, i)):
        return None
    while i < len(doc) and doc[i].lower_ in led_by:
        i += 1
    for k in range(i, min(len(doc), i + 4)):
        if k in people:
            return people[k]
        if k in covered or not (doc[k].is_title or doc[k].is_upper):
            return None  # another actor, or words that are no title, before the name
    return None


def region_governments(doc: Doc, resolved: list[tuple[Span, Mention]], rules: ActorRules, lang: str) -> list[tuple[Span, Mention]]:
    """``resolved`` with each mention of a region that a government noun is written with grown over it
    ("Greenlandic" → "The Greenlandic government", "Greenland" → "the government of Greenland")."""
    nouns = rules.governments.get(lang, frozenset())
    links = rules.prepositions.get(lang, frozenset())
    determiners = rules.determiners.get(lang, frozenset())
    regions = {ACTOR_BASE + id for id in load_regions()}
    taken = {i for span, _ in resolved for i in range(span.start, span.end)}
    grown = []
    for span, mention in resolved:
        start, end = span.start, span.end
        if mention.actor.iri in regions:
            if end < len(doc) and doc[end].lower_ in nouns:
                end += 1  # "Greenlandic government", "Kurdistan government"
            elif end + 1 < len(doc) and doc[end].text in SAXON_GENITIVE and doc[end + 1].lower_ in nouns:
                end += 2  # "Greenland's government"
            elif start >= 1 and doc[start - 1].lower_ in nouns:
                start -= 1  # "il governo groenlandese"
            elif start >= 2 and doc[start - 1].lower_ in links and doc[start - 2].lower_ in nouns:
                start -= 2  # "the government of Greenland", "il governo della Groenlandia"
            if (start, end) != (span.start, span.end) and start >= 1 and doc[start - 1].lower_ in determiners:
                start -= 1  # "the Greenlandic government" as written
            if any(i in taken for i in range(start, end) if not span.start <= i < span.end):
                start, end = span.start, span.end
        if (start, end) != (span.start, span.end):
            new = doc[start:end]
            mention = Mention(new.start_char, new.end_char, new.text, mention.actor, mention.rule)
            span = new
        grown.append((span, mention))
    return grown
