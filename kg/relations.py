"""Relations stage: the ``kg_relations`` spaCy component turns sentences into ``Relation`` values.

One engine for every language, driven by the language's lexicon (``kg.lexicon``):
a trigger (a lemma from the lexicon) is found in a sentence, then a *frame finder* finds
its subject and object actors among ``doc._.kg_mentions``:

- ``dependency`` frames when the Doc has a dependency parse (English): subjects through
  ``nsubj``/passive agents/control verbs/possessors, objects through the lexicon's
  ``dobj`` / ``prep:X`` / ``poss`` slots, distributed over coordinations;
- ``linear`` frames otherwise (Italian, parsed without dependencies): the nearest actor
  before the trigger, the next actor after it (or after the preposition the lexicon names).

Qualifiers come from the lexicon's cues: negation, modality (hypothetical, future),
condition clauses and attribution (speech verbs, "according to").
Results land on ``doc._.kg_relations``, offsets relative to the Doc.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.lexicon import Lexicon, Trigger, load_lexicon
from kg.model import Actor, Evidence, Mention, Relation
from kg.vocab import vocabulary

Doc.set_extension("kg_relations", default=None, force=True)

SUBJECT_DEPS = ("nsubj", "nsubjpass")
CLAUSE_DEPS = ("xcomp", "ccomp", "conj", "advcl", "relcl", "acl")
# Confidence per frame before qualifiers; documented in README ("Confidence").
BASE_CONFIDENCE = {"dependency": 0.8, "nominal": 0.7, "linear": 0.6}


@dataclass(frozen=True)
class Candidate:
    subject: Mention
    object: Mention
    trigger: Token
    entry: Trigger
    frame: str


class MentionIndex:
    """Which actor mention covers a token."""

    def __init__(self, doc: Doc, mentions: Iterable[Mention]) -> None:
        self.by_token: dict[int, Mention] = {}
        for m in mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                current = self.by_token.get(token.i)
                if current is None or (current.end - current.start) < (m.end - m.start):
                    self.by_token[token.i] = m

    def of(self, token: Token) -> Mention | None:
        """The mention at ``token``, else one among its pre-modifiers ("Russian troops" → Russia)."""
        found = self.by_token.get(token.i)
        if found is not None:
            return found
        for child in token.lefts:
            if child.dep_ in ("compound", "amod", "poss", "nmod") and child.i in self.by_token:
                return self.by_token[child.i]
        return None

    def in_span(self, span: Span) -> list[Mention]:
        seen: list[Mention] = []
        for token in span:
            m = self.by_token.get(token.i)
            if m is not None and m not in seen:
                seen.append(m)
        return seen


class RelationExtractor:
    """The ``kg_relations`` component: ``nlp.add_pipe("kg_relations")`` after ``kg_actors``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.lexicon: Lexicon = load_lexicon(nlp.lang)
        self.vocab = vocabulary()

    def __call__(self, doc: Doc) -> Doc:
        mentions = doc._.kg_mentions or []
        index = MentionIndex(doc, mentions)
        parsed = doc.has_annotation("DEP")
        relations: list[Relation] = list(doc._.kg_facts or [])
        for sentence in doc.sents:
            finder = self._dependency if parsed else self._linear
            for candidate in finder(sentence, index):
                relation = self._qualify(candidate, sentence, index, parsed)
                if relation is not None:
                    relations.append(relation)
        doc._.kg_relations = _deduplicate(relations)
        return doc

    # --- triggers ---------------------------------------------------------------------
    def _triggers(self, sentence: Span) -> Iterator[tuple[Token, Trigger]]:
        for token in sentence:
            for entry in self.lexicon.triggers.get(token.lemma_.lower(), ()):
                if entry.pos != "VERB" and token.pos_ and token.pos_ not in (entry.pos, "PROPN") and token.doc.has_annotation("TAG"):
                    continue
                if entry.particle and not _has_particle(token, entry.particle):
                    continue
                yield token, entry

    # --- dependency frames --------------------------------------------------------------
    def _dependency(self, sentence: Span, index: MentionIndex) -> Iterator[Candidate]:
        for token, entry in self._triggers(sentence):
            passive = any(c.dep_ == "nsubjpass" for c in token.children)
            subjects = self._subjects(token, index, passive)
            objects = self._objects(token, entry, index, passive)
            frame = "nominal" if token.pos_ == "NOUN" else "dependency"
            for s in subjects:
                for o in objects:
                    if s.actor.iri != o.actor.iri:
                        yield Candidate(s, o, token, entry, frame)

    def _subjects(self, token: Token, index: MentionIndex, passive: bool) -> list[Mention]:
        if passive:
            agents = [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            return _mentions(agents, index)
        if token.pos_ == "NOUN":
            owners = [c for c in token.children if c.dep_ == "poss"]
            if owners:
                return _mentions(owners, index)
            head = token.head
            while head.dep_ in ("dobj", "pobj", "prep", "attr") and head.head is not head:
                head = head.head
            return self._subjects(head, index, False) if head is not token and head.pos_ in ("VERB", "AUX") else []
        direct = [c for c in token.children if c.dep_ == "nsubj"]
        if direct:
            return _mentions(direct, index)
        # control and coordination: "sought to shape", "met X and praised Y"
        if token.dep_ in ("xcomp", "conj") and token.head is not token:
            return self._subjects(token.head, index, False)
        return []

    def _objects(self, token: Token, entry: Trigger, index: MentionIndex, passive: bool) -> list[Mention]:
        found: list[Token] = []
        for slot in entry.objects:
            if slot == "dobj":
                deps = ("nsubjpass",) if passive else ("dobj", "dative")
                found += [c for c in token.children if c.dep_ in deps]
            elif slot.startswith("prep:"):
                word = slot.removeprefix("prep:")
                for prep in token.children:
                    if prep.dep_ in ("prep", "prt") and prep.lower_ == word:
                        found += [g for g in prep.children if g.dep_ == "pobj"]
                        if prep.dep_ == "prt":
                            found += [c for c in token.children if c.dep_ == "dobj"]
            elif slot == "poss":
                found += [c for c in token.children if c.dep_ == "poss"]
        return _mentions(found, index)

    # --- linear frames ------------------------------------------------------------------
    def _linear(self, sentence: Span, index: MentionIndex) -> Iterator[Candidate]:
        for token, entry in self._triggers(sentence):
            before = [index.by_token[t.i] for t in sentence if t.i < token.i and t.i in index.by_token]
            if not before:
                continue
            subject = before[-1]
            objects = self._linear_objects(sentence, token, entry, index)
            for o in objects:
                if o.actor.iri != subject.actor.iri:
                    yield Candidate(subject, o, token, entry, "linear")

    def _linear_objects(self, sentence: Span, token: Token, entry: Trigger, index: MentionIndex) -> list[Mention]:
        after = sentence.doc[token.i + 1 : sentence.end]
        for slot in entry.objects:
            start = 0
            if slot.startswith("prep:"):
                word = slot.removeprefix("prep:")
                positions = [t.i for t in after if t.lemma_.lower() == word or t.lower_.startswith(word + "l")]
                if not positions:
                    continue
                start = positions[0] - after.start + 1
            found = index.in_span(after[start:])
            if found:
                first = found[0]
                # coordination: "con Iran, Corea del Nord e Cina"
                tail = [m for m in found[1:] if _coordinated(sentence.doc, first, m)]
                return [first, *tail]
        return []

    # --- qualifiers ---------------------------------------------------------------------
    def _qualify(self, c: Candidate, sentence: Span, index: MentionIndex, parsed: bool) -> Relation | None:
        scope = _clause_chain(c.trigger) if parsed else list(sentence.doc[max(sentence.start, c.trigger.i - 4) : c.trigger.i])
        lemmas = {t.lemma_.lower() for t in scope} | {t.lower_ for t in scope}
        relation = c.entry.relation
        if lemmas & self.lexicon.cue("@rejection") and relation != "rejects":
            relation, negated = "rejects", False
        else:
            negated = bool(lemmas & self.lexicon.cue("@negation"))
        modality = "asserted"
        if lemmas & self.lexicon.cue("@hypothetical"):
            modality = "hypothetical"
        elif lemmas & self.lexicon.cue("@future") or any(t.morph.get("Tense") == ["Fut"] for t in scope):
            modality = "future"
        condition = self._condition(c.trigger, sentence, parsed)
        if condition and modality == "asserted":
            modality = "conditional"
        attributed = self._attribution(c, sentence, index, parsed)
        confidence = BASE_CONFIDENCE[c.frame] - (0.1 if modality == "hypothetical" else 0.0)
        subject, obj = c.subject.actor, c.object.actor
        if self.vocab[relation].symmetric and obj.iri < subject.iri:
            subject, obj = obj, subject
        return Relation(
            subject=subject,
            relation=relation,
            object=obj,
            evidence=Evidence(sentence.text, sentence.start_char, sentence.end_char),
            negated=negated,
            modality=modality,
            condition=condition,
            attributed_to=attributed,
            confidence=round(confidence, 2),
            predicate_text=_predicate_text(c.trigger),
            rule=f"{c.frame}:{self.lexicon.lang}:{c.entry.line}",
        )

    def _condition(self, trigger: Token, sentence: Span, parsed: bool) -> str | None:
        markers = self.lexicon.cue("@condition")
        for token in sentence:
            if token.lower_ in markers or token.lemma_.lower() in markers:
                if parsed and token.dep_ == "pobj":  # "in exchange for X"
                    objs = [c for p in token.children if p.dep_ == "prep" for c in p.children if c.dep_ == "pobj"]
                    if objs:
                        return _phrase(objs[0])
                clause = token.head if parsed and token.dep_ == "mark" else None
                if clause is not None:
                    return sentence.doc[token.i + 1 : clause.right_edge.i + 1].text.strip(" ,.")
                if not parsed:
                    rest = sentence.doc[token.i + 1 : sentence.end]
                    return rest.text.strip(" ,.") or None
        if parsed:  # "condition X on Y"
            for child in trigger.children:
                if trigger.lemma_ == "condition" and child.dep_ == "prep" and child.lower_ == "on":
                    objs = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
                    if objs:
                        return _phrase(objs[0])
        return None

    def _attribution(self, c: Candidate, sentence: Span, index: MentionIndex, parsed: bool) -> Actor | None:
        cues = self.lexicon.cue("@attribution")
        for token in sentence:
            if token.lemma_.lower() not in cues and token.lower_ not in cues:
                continue
            if token.i == c.trigger.i:
                continue
            if parsed:
                if token.lower_ == "according":
                    objs = [g for p in token.children for g in p.children if g.dep_ == "pobj"]
                    found = _mentions(objs, index)
                    if found:
                        return found[0].actor
                    continue
                if c.trigger in token.subtree and token is not c.trigger:
                    speakers = _mentions([s for s in token.children if s.dep_ == "nsubj"], index)
                    if speakers:
                        return speakers[0].actor
            else:
                after = index.in_span(sentence.doc[token.i + 1 : sentence.end])
                before = index.in_span(sentence.doc[sentence.start : token.i])
                if token.pos_ == "ADP" or token.lower_ in cues and after and after[0].start < c.subject.start:
                    if after:
                        return after[0].actor
                elif before and before[-1].start < token.idx and token.i < c.trigger.i:
                    return before[-1].actor
        return None


def _has_particle(token: Token, particle: str) -> bool:
    if not token.doc.has_annotation("DEP"):
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        return nxt is not None and nxt.lower_ == particle
    return any(c.lower_ == particle and c.dep_ in ("prep", "prt", "aux", "mark") for c in token.children)


def _mentions(tokens: Iterable[Token], index: MentionIndex) -> list[Mention]:
    """Mentions at the tokens and at everything coordinated with them ("Iran, North Korea and China")."""
    found: list[Mention] = []
    for token in tokens:
        for t in (token, *token.conjuncts):
            m = index.of(t)
            if m is not None and m not in found:
                found.append(m)
    return found


def _clause_chain(trigger: Token) -> list[Token]:
    """The trigger, its auxiliaries and modifiers, and those of the verbs it depends on."""
    chain, token = [], trigger
    while True:
        chain.append(token)
        chain += [c for c in token.children if c.dep_ in ("neg", "aux", "auxpass", "advmod")]
        if token.dep_ not in ("xcomp", "conj") or token.head is token:
            break
        token = token.head
    return chain


def _coordinated(doc: Doc, first: Mention, other: Mention) -> bool:
    between = doc.text[first.end : other.start]
    return len(between) < 40 and all(w in (",", "e", "ed", "and", "") for w in between.replace(",", " , ").split())


def _phrase(token: Token) -> str:
    return token.doc[token.left_edge.i : token.right_edge.i + 1].text


def _predicate_text(trigger: Token) -> str:
    parts = [trigger] + [c for c in trigger.children if c.dep_ in ("prt", "neg")]
    return " ".join(t.text for t in sorted(parts, key=lambda t: t.i))


def _deduplicate(relations: list[Relation]) -> list[Relation]:
    seen: dict[tuple, Relation] = {}
    for r in relations:
        key = (r.subject.iri, r.relation, r.object.iri, r.evidence.start)
        if key not in seen or seen[key].confidence < r.confidence:
            seen[key] = r
    return list(seen.values())


def shift(relation: Relation, offset: int) -> Relation:
    """The same relation with evidence offsets moved by ``offset`` (segment → document)."""
    if offset == 0:
        return relation
    ev = relation.evidence
    return replace(relation, evidence=Evidence(ev.sentence, ev.start + offset, ev.end + offset))


@Language.factory("kg_relations")
def make_relation_extractor(nlp: Language, name: str) -> RelationExtractor:
    """Entry point ``spacy_factories: kg_relations``; needs ``kg_actors`` before it."""
    return RelationExtractor(nlp, name)
