"""The ``kg_actors`` spaCy component: finds the actor mentions of a Doc and resolves them.

``nlp.add_pipe("kg_actors")`` after the tagger/NER (``config={"aliases": [path, …]}`` adds user
alias files to the gazetteer). For each Doc, in order:

1. titles of office are found (:mod:`kg.actors.titles`);
2. the spans that may name an actor are recognised (:mod:`kg.actors.recognition`);
3. each span is resolved to one canonical ``Actor`` (:mod:`kg.actors.resolution`);
4. titles before or beside a name become facts, titles with a state and no name mention the
   office holder (:mod:`kg.actors.titles`); states listed in brackets after a grouping's name are
   its members (:mod:`kg.actors.groupings`); "the government led by X" is the state X leads
   (:mod:`kg.actors.governments`);
5. a pronoun that opens a sentence takes the previous sentence's subject, and a definite description ("the
   bloc", "l'esecutivo") the actor of its kind the document names most (:mod:`kg.actors.pronouns`);
   in a transcript, a speaker's label and first-person words are the speaker (:mod:`kg.actors.speakers`);
6. every actor gets one description (type, name, country, sector), that of most of its mentions
   (:func:`kg.actors.resolution.one_actor_per_iri`), so what ``kg extract`` prints ``kg ingest`` stores.

The language data of these steps is in ``ontologies/actors/`` (:mod:`kg.actors.rules`), the names in
``ontologies/gazetteer/`` (:mod:`kg.actors.gazetteer`). Results land on ``doc._.kg_mentions``
(``Mention`` values, offsets relative to the Doc), ``doc._.kg_facts`` (``leaderOf`` /
``affiliatedWith`` relations from titles, ``memberOf`` from lists of members) and
``doc.spans["kg_actors"]`` (label = actor type, ``kb_id_`` = IRI) for displaCy.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.actors.gazetteer import Gazetteer
from kg.actors.governments import led_governments, region_governments
from kg.actors.groupings import list_links, membership_facts
from kg.actors.names import known_surnames
from kg.actors.pronouns import description_mentions, pronoun_mentions
from kg.actors.recognition import Recognizer
from kg.actors.resolution import Resolver, led_state, one_actor_per_iri
from kg.actors.rules import load_rules
from kg.actors.speakers import with_speakers
from kg.actors.titles import Titles, document_date

Doc.set_extension("kg_date", default=None, force=True)
Doc.set_extension("kg_document", default=None, force=True)  # the id of the document a Doc is (part of)
Doc.set_extension("kg_mentions", default=None, force=True)
Doc.set_extension("kg_facts", default=None, force=True)


class ActorRecognizer:
    """The ``kg_actors`` component: ``nlp.add_pipe("kg_actors")`` after the tagger/NER."""

    def __init__(self, nlp: Language, name: str, aliases: Sequence[str] = ()) -> None:
        self.name = name
        gazetteer = Gazetteer.load(extra=tuple(Path(p) for p in aliases))
        rules = load_rules()
        surnames = known_surnames(gazetteer, rules, nlp.lang)
        self.resolver = Resolver(gazetteer, rules, surnames, nlp.lang)
        self.titles = Titles(nlp, gazetteer, rules, self.resolver.actor)
        self.recognizer = Recognizer(nlp, gazetteer, rules, surnames)
        self.pronouns = rules.pronouns.get(nlp.lang, {})
        # all class nouns are read here as the body of the person who reports their clause; only the salient ones by
        # salience too, those read by nearness otherwise are the relation layer's (kg.relations.mentions)
        self.salient = rules.salient.get(nlp.lang, frozenset())
        self.descriptions = rules.descriptions.get(nlp.lang, {})
        self.rules = rules
        self.lang = nlp.lang
        self.member_links = list_links(rules, nlp.lang)

    def __call__(self, doc: Doc) -> Doc:
        titles = self.titles.find(doc)
        resolved = self.resolver.resolve(doc, self.recognizer.candidates(doc, titles))
        resolved = self.titles.abroad(resolved)
        # a title is read once the mentions are known: they hold its person and its state
        titles = self.titles.current(doc, titles, resolved)
        facts, described = self.titles.facts(doc, titles, resolved)
        roles, stated = self.titles.role_mentions(doc, titles, resolved, described, facts)
        resolved += roles
        facts += stated
        facts += membership_facts(doc, resolved, self.member_links)
        day = document_date(doc._.kg_date)
        governments, leaders = led_governments(
            doc, resolved, facts, self.rules, self.lang, lambda person: led_state(person, day, self.resolver.gazetteer, self.rules)
        )
        resolved = region_governments(doc, resolved + governments, self.rules, self.lang)
        facts += leaders
        resolved.sort(key=lambda pair: pair[0].start)
        resolved += pronoun_mentions(doc, resolved, self.pronouns)
        resolved += description_mentions(
            doc, resolved, self.descriptions, self.rules.definites.get(self.lang, frozenset()),
            self.rules.genitives.get(self.lang, frozenset()), self.salient, facts,
        )
        resolved = with_speakers(doc, resolved, facts, self.resolver, self.rules, self.lang)
        chosen = one_actor_per_iri(mention.actor for _, mention in resolved)
        # (a mention that already holds the chosen description is kept as it is, not copied)
        resolved = [(span, mention if mention.actor is chosen[mention.actor.iri] else dataclasses.replace(mention, actor=chosen[mention.actor.iri])) for span, mention in resolved]
        doc._.kg_mentions = [mention for _, mention in resolved]
        doc._.kg_facts = [
            dataclasses.replace(fact, subject=chosen.get(fact.subject.iri, fact.subject), object=chosen.get(fact.object.iri, fact.object))
            for fact in facts
        ]
        doc.spans["kg_actors"] = [
            Span(doc, span.start, span.end, label=m.actor.type, kb_id=m.actor.iri) for span, m in resolved
        ]
        return doc


@Language.factory("kg_actors", default_config={"aliases": []})
def make_actor_recognizer(nlp: Language, name: str, aliases: list[str]) -> ActorRecognizer:
    """Entry point ``spacy_factories: kg_actors``; ``aliases`` are extra user alias files."""
    return ActorRecognizer(nlp, name, aliases)
