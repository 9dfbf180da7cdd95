"""Transcript speakers: a label opening a line ("LIN JIAN, FOREIGN MINISTRY SPOKESPERSON: …", later
"LIN: …") names who speaks; in that turn "I", "me", "my" are the speaker, and "we", "us", "our" the
body the titles say the speaker leads or belongs to ("We have suspended Guinea-Bissau" from the chair
of the AU Commission is the AU): the document's title facts, else the title of the label itself
("MARTA LINDQVIST, NATO SPOKESPERSON" when no recogniser found her to hold it); else the speaker.

A label is what ``kg_speaker_turns`` splits off (:func:`kg.extract.parse.speaker_labels`). Its name
part (before a comma) is a person when a recogniser already found one there, when the gazetteer
knows it, when a role follows it after a comma or a title opens it ("SPOKESPERSON STÉPHANE DUJARRIC",
the person without the title), or when it opens with a known given name; a one-word
label is a person only as the surname of a speaker or person of the document ("ALBANESE:" after
"Anthony Albanese"), so "Q:", "HOST:" and "PRESENTER:" name nobody.

Only a title whose role speaks for its body (``we`` in ``roles.tsv``) makes "we" the body: a
minister's "we condemn" and a spokesperson's "we urge" are the state, as the annotation guide reads
a speaker's "we"; the person is the subject only of their own "I".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.actors.gazetteer import ACTOR_BASE, unknown_actor
from kg.actors.resolution import Resolver
from kg.actors.names import surnames_in
from kg.actors.rules import ActorRules
from kg.actors.titles import title_role
from kg.extract.parse import label_name, speaker_labels, text_lines
from kg.model import Actor, Mention, Relation


def with_speakers(
    doc: Doc, resolved: list[tuple[Span, Mention]], facts: list[Relation], resolver: Resolver, rules: ActorRules, lang: str
) -> list[tuple[Span, Mention]]:
    """``resolved`` with each speaker label as a mention of its speaker (replacing what a recogniser
    made of the capitals) and the first-person words of each turn as mentions of the speaker or
    of the body they speak for."""
    singular, plural = rules.first_person.get(lang, frozenset()), rules.first_person_plural.get(lang, frozenset())
    if not singular and not plural:
        return resolved
    people: dict[str, Actor] = {}
    for _, mention in resolved:
        if mention.actor.type == "Person":
            _remember(mention.actor, people, resolver, rules)
    bodies: dict[str, Actor] = {}
    for fact in sorted(facts, key=lambda f: f.relation != "leaderOf"):  # the body a person leads first
        role = rules.roles.get(title_role(fact) or "")
        if role is None or role.speaks_for_body:
            bodies.setdefault(fact.subject.iri, fact.object)
    by_start = {span.start: (span, mention) for span, mention in resolved}
    replaced: set[int] = set()
    covered = {i for span, _ in resolved for i in range(span.start, span.end)}
    found: list[tuple[Span, Mention]] = []
    speaker: Actor | None = None
    labels: dict[int, Span] = {}
    for label in speaker_labels(doc):
        labels.setdefault(label.start, label)  # a line's first label
    for start, end, _ in text_lines(doc):
        line = doc[start:end]
        label = labels.get(line.start)
        body = range(line.start, line.end)
        if label is not None:
            colon = label.end
            name = label_name(label)
            known = by_start.get(name.start)
            speaker = known[1].actor if known and known[1].actor.type == "Person" and known[0].end == name.end else _speaker(name, label, resolver, rules, people, lang)
            body = range(colon + 1, line.end)
            if speaker is not None:
                _remember(speaker, people, resolver, rules)
                if speaker.iri not in bodies and (served := _label_body(label, name, resolved, resolver, rules, lang)) is not None:
                    bodies[speaker.iri] = served
                replaced |= {s.start for s, _ in resolved if name.start <= s.start < name.end}
                found.append((name, Mention(name.start_char, name.end_char, name.text, speaker, "speaker:label")))
        if speaker is None:
            continue
        side = bodies.get(speaker.iri, speaker)
        for i in body:
            token = doc[i]
            if i in covered or token.lower_ not in singular | plural:
                continue
            actor = speaker if token.lower_ in singular else side
            found.append((doc[i : i + 1], Mention(token.idx, token.idx + len(token), token.text, actor, "speaker:first-person")))
    kept = [(span, mention) for span, mention in resolved if span.start not in replaced]
    return sorted(kept + found, key=lambda pair: pair[0].start)


def _label_body(label: Span, name: Span, resolved: list[tuple[Span, Mention]], resolver: Resolver, rules: ActorRules, lang: str) -> Actor | None:
    """The one state or organisation the role after a label's name names with a title whose holder speaks for it
    ("MARTA LINDQVIST, NATO SPOKESPERSON": NATO), when the recognisers found no holder to write a title fact of."""
    role_words = " ".join(t.lower_ for t in label[name.end - label.start :] if t.is_alpha)
    roles = [title.role for title in resolver.gazetteer.titles(lang) if f" {title.text.casefold()} " in f" {role_words} "]
    if not roles or not all((role := rules.roles.get(r)) is not None and role.speaks_for_body for r in roles):
        return None
    named = {m.actor.iri: m.actor for span, m in resolved if name.end <= span.start < label.end and m.actor.type != "Person"}
    return next(iter(named.values())) if len(named) == 1 else None


def _remember(person: Actor, people: dict[str, Actor], resolver: Resolver, rules: ActorRules) -> None:
    """Index a person by full name and by every surname form ("Lin" for "Lin Jian", family name first)."""
    forms = {person.name, *surnames_in(person.name, rules), *resolver.surnames.of.get(person.iri.removeprefix(ACTOR_BASE), ())}
    for form in forms:
        people.setdefault(form.casefold(), person)


def _speaker(name: Span, label: Span, resolver: Resolver, rules: ActorRules, people: dict[str, Actor], lang: str) -> Actor | None:
    words = [t.text for t in name if t.is_alpha]
    if not words:
        return None
    # "SPOKESPERSON STÉPHANE DUJARRIC", "MINISTRO DEGLI ESTERI ANTONIO TAJANI": a title, then the name
    titles = resolver.gazetteer.title_forms(lang)
    titled = next((k for k in range(len(words) - 2, 0, -1) if " ".join(words[:k]).casefold() in titles), 0)
    words = words[titled:]
    text = " ".join(w.capitalize() for w in words)
    if text.casefold() in people:
        return people[text.casefold()]
    known = [e for e in resolver.gazetteer.lookup(text) if e.type == "Person"]
    if len(known) == 1:
        return resolver.actor(known[0].id)
    introduced = titled > 0 or len(name) < len(label)  # "LIN JIAN, CHINESE FOREIGN MINISTRY SPOKESPERSON"
    if len(words) > 1 and (introduced or text.split()[0] in rules.given_names):
        return unknown_actor(text, "Person")
    return None
