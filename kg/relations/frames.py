"""The seam both frame engines share: what a frame finds, its qualifiers, and the ``FrameEngine`` protocol.

A frame yields ``Candidate`` values (subject, object, trigger and how they were found);
the engine's qualifiers turn each into ``Qualifiers`` (negation, modality, condition,
attribution), and ``kg.relations.component`` makes the ``Relation``. The dependency
engine (``kg.relations.dependency``) reads a parse, the linear engine
(``kg.relations.linear``) word order; both read one sentence at a time and keep nothing
between calls.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Callable, Iterator, Protocol

from spacy.tokens import Doc, Span, Token

from kg.model import Actor, Mention
from kg.relations.lexicon import Lexicon, Trigger
from kg.relations.mentions import MentionIndex
from kg.vocab import vocabulary

RELIEVED = frozenset({"sanctions", "coerces", "rejects"})  # both engines: measures whose end is a concession: sanctions, a blockade, a veto

if TYPE_CHECKING:  # the model's candidates are frames' candidates: the import goes one way at run time
    from kg.relations.classifier import PairModel


@dataclass(frozen=True)
class Candidate:
    """A subject and object a frame found for a trigger, before qualifiers.

    ``frame`` names how they were found (``verb``, ``passive``, ``noun``, ``title``,
    ``reciprocal``, ``demand``, ``linear-verb`` …): confidence is calibrated per frame.
    """

    subject: Mention
    object: Mention
    trigger: Token
    frame: str
    relation: str
    source: str  # the lexicon row it came from: "en.tsv:12", or "en.tsv:@exchange"
    condition: str | None = None


@dataclass(frozen=True)
class Qualifiers:
    negated: bool = False
    modality: str = "asserted"
    condition: str | None = None
    attributed_to: Actor | None = None



@dataclass(frozen=True)
class Opinions:
    """What reads a sentence: the frames (rules), the learned pair model, or both."""

    frames: bool = True
    model: "PairModel | None" = None

    def add_model(self, found: list[Candidate], sentence: Span, index: MentionIndex, lexicon: Lexicon) -> list[Candidate]:
        """The frames' candidates, then the model's for the pairs they left unrelated."""
        if self.model is None:
            return found
        return [*found, *self.model.candidates(sentence, index, lexicon, found, alone=not self.frames)]


@dataclass
class Discourse:
    """What a document has said so far, read sentence by sentence: who put forward which
    thing ("Peru proposed a border scheme" → scheme: Peru), so that a later reaction to
    "the scheme" is a relation to its author; and the parties of the last sentence's mutual
    relation, for talks the next sentence names without them ("Negotiations are set to
    restart in Oslo"). One per Doc, passed along explicitly."""

    authors: dict[str, Mention] = field(default_factory=dict)
    parties: tuple[Mention, ...] = ()
    last_agent: Mention | None = None  # who acted in the last sentence's main clause
    last_side: Mention | None = None  # the body that agent, a speaker, said would act ("Youssouf said the bloc would suspend …")
    last_plural: bool = False  # whether that agent's verb was plural (Italian: a later verb with no subject must agree to continue it)
    agreed: tuple[Mention, ...] = ()  # the parties of the latest agreement read, for "welcomed the deal" later
    asks: list[tuple[Mention, Mention]] = field(default_factory=list)  # (asker, asked) of each request or demand read, for a later refusal with no object
    needy: Mention | None = None  # who last asked for something (a leader as the state led), for "Germany will deliver two more systems"
    terms_by: Mention | None = None  # who set terms the sentence did not state, for "Kyiv must withdraw …" next
    opened: int | None = None  # the marker of a condition a sentence is made of, read with the acts of the sentence before
    joint: dict[str, tuple[Mention, ...]] = field(default_factory=dict)  # every doer of an act in ``authors`` ("the Philippines, Japan and the US held joint drills")
    acts: list[tuple[str, Mention]] = field(default_factory=list)  # every act read, in order, by kind ("deed", "proposal"), for "the move", "the plan" later


class FrameEngine(Protocol):
    """Reads one sentence: each candidate with its (possibly changed) relation and qualifiers."""

    def relations(self, sentence: Span, index: MentionIndex, discourse: Discourse) -> Iterator[tuple[Candidate, str, Qualifiers]]: ...


TWO_SIDED = frozenset({"agreesWith", "negotiatesWith", "cooperatesWith"})  # a call or a visit (consults) takes no side
NEGOTIATION = frozenset({"negotiatesWith"})  # talks: held between the sides of a dispute, not between partners


def disputes(found: list[tuple[Candidate, str]], index: MentionIndex) -> list[list[Mention]]:
    """The two sides of each conflictual relation among a sentence's relations (each with the relation it
    became), in order: "Russian drones struck Kyiv" gives Russia and Ukraine. A judgement, an appeal or a
    mediation aimed at "both sides" later is aimed at the latest of these, not at partners whose agreement was
    read since (``MentionIndex.latest_sides``). Talks are held between the sides of a dispute too (``NEGOTIATION``:
    "Armenia and Azerbaijan opened negotiations"). A leader's side is his state ("Hamas accused Netanyahu …")."""
    return [
        [replace(m, actor=index.leaders[m.actor.iri]) if m.actor.iri in index.leaders else m for m in (c.subject, c.object)]
        for c, relation in found if (vocabulary()[relation].group == "conflictual" or relation in NEGOTIATION) and _apart(c, index)
    ]


def deed(relation: str) -> bool:
    """A relation done rather than said (CAMEO's material roots: 06–08 and 14–20, a protest, sanctions, an
    attack, aid): what "the move", "the decision", "la mossa" name again; not a fact, not a statement."""
    cameo = vocabulary()[relation].cameo
    return cameo is not None and vocabulary()[relation].group != "fact" and not (1 <= int(cameo[:2]) <= 5 or 9 <= int(cameo[:2]) <= 13)


def act_kind(words: set[str], lexicon: Lexicon) -> str | None:
    """The kind of act a reaction's noun names again: "the proposal", "il piano" (``@proposal``) a thing put
    forward, "the move", "la decisione" (``@deed_noun``) a deed; None for other nouns."""
    return "proposal" if words & lexicon.cue("@proposal") else "deed" if words & lexicon.cue("@deed_noun") else None


def recall_act(discourse: Discourse, kind: str, mine: Callable[[Mention], bool]) -> Mention | None:
    """The doer of the latest act of ``kind`` in the document's history (``Discourse.acts``) that is not the
    reacting side's own (``mine``): "Colombia halted power exports. Petro called the tariff blackmail. Ecuador's
    energy minister condemned the move" judges Colombia, not the last speaker."""
    return next((m for k, m in reversed(discourse.acts) if k == kind and not mine(m)), None)


def _apart(c: Candidate, index: MentionIndex) -> bool:
    """Two sides, not an actor and itself or a leader and the state he leads."""
    return c.subject.actor.iri != c.object.actor.iri and (
        index.leaders.get(c.subject.actor.iri, c.subject.actor).iri != index.leaders.get(c.object.actor.iri, c.object.actor).iri)


def two_sided(found: list[tuple[Candidate, str]], index: MentionIndex) -> list[Mention]:
    """The parties of the last two-sided event among a sentence's relations (each with the relation it
    became): talks, an agreement or a cooperation between them, or an act each does to the other with one
    trigger ("the two armies clashed", "Russia and Ukraine exchanged prisoners"); [] when there is none.
    "Both sides" later in the story are these parties rather than the sides of whatever was read last."""
    acts = {(c.subject.actor.iri, c.object.actor.iri, c.trigger.i) for c, _ in found}
    events = [
        c for c, relation in found
        if (relation in TWO_SIDED or c.frame == "reciprocal" or (c.object.actor.iri, c.subject.actor.iri, c.trigger.i) in acts)
        and _apart(c, index)
    ]
    return [events[-1].subject, events[-1].object] if events else []


PARTY_REACH = 8  # words between "between"/"tra" and the first party it names ("tra l'azienda e i sindacati Fiom")


def reciprocal(subjects: list[Mention], trigger: Token, entry: Trigger, frame: str,
               pairs: list[tuple[Mention, Mention]] | None = None) -> Iterator[Candidate]:
    """A mutual relation among coordinated subjects: once for a symmetric one ("Armenia and
    Azerbaijan held talks"), both ways for one that is not ("the two armies clashed", "Russia and
    Ukraine exchanged prisoners"); every pair of them unless ``pairs`` (``listed_sides``) says which."""
    both_ways = not vocabulary()[entry.relation].symmetric
    for a, b in [(a, b) for i, a in enumerate(subjects) for b in subjects[i + 1 :]] if pairs is None else pairs:
        if a.actor.iri == b.actor.iri:
            continue  # "The two presidents, Ruto and Xi, met": a name read twice is no second party
        yield Candidate(a, b, trigger, frame, entry.relation, entry.source)
        if both_ways:
            yield Candidate(b, a, trigger, frame, entry.relation, entry.source)


def listed_sides(named: list[tuple[Mention, int, int]], doc: Doc, prepositions: frozenset[str], coordinators: frozenset[str]) -> list[tuple[Mention, Mention]] | None:
    """The pairs a list of parties after "between"/"tra" relates (``named``: each party with the characters where the
    sentence names it), read from the words that join them: "between A and B, C and D" is A on one side and the list B,
    C, D on the other (a comma after the first "and" opens one side's own list), so A with each of them and never they
    with each other; a coordinator before the first party named ("tra l'azienda e i sindacati Fiom, Fim-Cisl e Uilm",
    the company no actor) leaves those named one side, with no pair. None (every pair) for a pair or three or more
    listed alike ("between A, B and C": a multilateral talk)."""
    ordered = sorted(named, key=lambda n: n[1])
    first = doc.char_span(ordered[0][1], ordered[0][2], alignment_mode="expand")
    if first is None:
        return None
    opening = next((t for t in reversed(doc[max(first.sent.start, first.start - PARTY_REACH) : first.start]) if t.lower_ in prepositions), None)
    leading = "" if opening is None else doc.text[opening.idx + len(opening) : ordered[0][1]]
    if opening is None or any(c in leading for c in ",;:"):
        return None  # "Between May and June, France and Germany held talks": the parties are no list after it
    if any(word in coordinators for word in leading.lower().split()):
        return []
    # the words from the first party on, a name the recogniser missed among them ("between Stellantis and Unifor, the UAW …")
    words = doc.text[ordered[0][2] : ordered[-1][1]].lower().replace(",", " , ").split()
    joined = next((k for k, word in enumerate(words) if word in coordinators), None)
    if len(ordered) > 2 and joined is not None and "," in words[joined:]:
        return [(ordered[0][0], b) for b, _, _ in ordered[1:]]
    return None
