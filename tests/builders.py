"""Hand-built extractions for the RDF, store, validation and export tests: small, exact, no parsing.

The story is the design card's: Putin makes a reset with Washington conditional on sanctions
relief, according to the Institute for the Study of War.
"""

from __future__ import annotations

import dataclasses

from kg.model import Actor, Document, Evidence, Extraction, Mention, Relation
from kg.vocab import ACTOR

PUTIN = Actor(ACTOR + "vladimir-putin", "Vladimir Putin", "Person", ("Putin", "Vladimir Putin"), "Q7747")
RUSSIA = Actor(ACTOR + "russia", "Russia", "State", ("Moscow", "Russia"), "Q159")
UNITED_STATES = Actor(ACTOR + "united-states", "United States", "State", ("United States", "Washington"), "Q30")
NATO = Actor(ACTOR + "nato", "NATO", "IntergovernmentalOrganization", ("NATO",), "Q7184")
ISW = Actor(ACTOR + "institute-for-the-study-of-war", "Institute for the Study of War", "ThinkTank", ("Institute for the Study of War",))

RESET_TEXT = (
    "Putin said Moscow would accept a reset with Washington only if sanctions were lifted, "
    "according to the Institute for the Study of War. Putin did not criticize NATO."
)


def span(text: str, words: str, after: int = 0) -> tuple[int, int]:
    start = text.index(words, after)
    return start, start + len(words)


def mention(text: str, words: str, actor: Actor, after: int = 0) -> Mention:
    start, end = span(text, words, after)
    return Mention(start, end, words, actor, "gazetteer:exact")


def sentence(text: str, words: str) -> Evidence:
    start, end = span(text, words)
    return Evidence(words, start, end)


def reset_extraction(doc_id: str = "en-reset", text: str = RESET_TEXT, date: str = "2024-11-12") -> Extraction:
    """Putin demands (conditional on sanctions relief, per ISW) of the US; Putin did not criticize NATO."""
    first = sentence(text, text.split(". ")[0] + ".")
    second = sentence(text, "Putin did not criticize NATO.")
    mentions = (
        mention(text, "Putin", PUTIN),
        mention(text, "Moscow", RUSSIA),
        mention(text, "Washington", UNITED_STATES),
        mention(text, "Institute for the Study of War", ISW),
        mention(text, "Putin", PUTIN, after=first.end),
        mention(text, "NATO", NATO),
    )
    relations = (
        Relation(
            PUTIN, "demands", UNITED_STATES, first, modality="conditional", condition="sanctions were lifted",
            attributed_to=ISW, confidence=0.7, predicate_text="accept a reset only if", rule="dependency:en:12",
        ),
        Relation(PUTIN, "leaderOf", RUSSIA, first, confidence=0.9, predicate_text="", rule="title:president"),
        Relation(PUTIN, "criticizes", NATO, second, negated=True, confidence=0.8, predicate_text="did not criticize", rule="dependency:en:40"),
    )
    return Extraction(
        document=Document(doc_id, text, lang="en", title="Putin sets a price for a reset", date=date,
                          source="Northbridge Post", url=f"https://example.org/{doc_id}"),
        lang="en",
        actors=(PUTIN, RUSSIA, UNITED_STATES, ISW, NATO),
        mentions=mentions,
        relations=relations,
    )


def praise_extraction(doc_id: str = "en-praise") -> Extraction:
    """A second document sharing Putin and NATO with the first: Putin praises NATO (asserted)."""
    text = "Putin praised NATO's restraint on Tuesday."
    evidence = sentence(text, text)
    return Extraction(
        document=Document(doc_id, text, lang="en", date="2024-11-13"),
        lang="en",
        actors=(PUTIN, NATO),
        mentions=(mention(text, "Putin", PUTIN), mention(text, "NATO", NATO)),
        relations=(Relation(PUTIN, "praises", NATO, evidence, confidence=0.8, predicate_text="praised", rule="dependency:en:3"),),
    )


def with_relation(extraction: Extraction, index: int = 0, **changes: object) -> Extraction:
    """The extraction with one relation's fields replaced (to build bad input)."""
    relations = list(extraction.relations)
    relations[index] = dataclasses.replace(relations[index], **changes)
    return dataclasses.replace(extraction, relations=tuple(relations))
