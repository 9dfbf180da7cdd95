"""The plain values that flow between the pipeline stages.

read → ``Document`` → clean → ``Document`` → parse/actors/relations → ``Extraction``
(``Actor``, ``Mention``, ``Relation``) → rdf → quads → store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

ACTOR_TYPES = (
    "Person",
    "State",
    "Organization",
    "IntergovernmentalOrganization",
    "Media",
    "ThinkTank",
    "Group",
)
MODALITIES = ("asserted", "hypothetical", "future", "conditional")
# The parts of a country a sector actor belongs to ("Bolivian border guards" → police), the
# SKOS concepts https://w3id.org/newskg/sector/<name> of ontologies/kg.ttl (docs/annotation.md).
SECTORS = (
    "government",
    "military",
    "police",
    "judiciary",
    "legislature",
    "opposition",
    "rebels",
    "protesters",
    "business",
    "labour",
    "media",
    "civil_society",
    "religious",
    "civilians",
)
# The sectors that are the state itself (the members of sector:state in kg.ttl): what a query
# asking for states rolls up to the state.
STATE_SECTORS = ("government", "military", "police", "judiciary", "legislature")
# The rule of a mention of a group with no state ("the students", "riot police"): an actor of its
# document only (kg.actors.resolution).
GROUP_RULE = "sector:group"


@dataclass(frozen=True)
class Document:
    """One article. ``text`` is what offsets point into; ``meta`` keeps the rest of the input."""

    id: str
    text: str
    lang: str | None = None
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    meta: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Actor:
    """A canonical actor: one stable IRI whatever the surface form.

    A sector actor ("Bolivian border guards", "the Quai d'Orsay") also has the IRI of its
    ``country`` (a state) and its ``sector`` (one of ``SECTORS``); queries roll it up to the state.
    """

    iri: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True)
class Mention:
    """A surface form in the document text resolved to an actor, and the rule that resolved it."""

    start: int
    end: int
    text: str
    actor: Actor
    rule: str


@dataclass(frozen=True)
class Evidence:
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Relation:
    """A typed relation between two actors, with its qualifiers and the sentence that states it."""

    subject: Actor
    relation: str
    object: Actor
    evidence: Evidence
    negated: bool = False
    modality: str = "asserted"
    condition: str | None = None
    attributed_to: Actor | None = None
    confidence: float = 0.5
    predicate_text: str = ""
    rule: str = ""


@dataclass(frozen=True)
class Extraction:
    """What the extractors found in one document."""

    document: Document
    lang: str
    actors: tuple[Actor, ...]
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]
    warnings: tuple[str, ...] = ()
