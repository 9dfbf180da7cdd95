"""Conditions: the clause one side sets ("unless Minsk pays in roubles") and the party it asks to act.

Both frame engines read conditions the same way, from words rather than the parse, because
the parser often attaches "provided" or "on condition that" somewhere odd. A condition
clause starts after a marker of the lexicon (``@condition`` words and phrases, ``@exchange``
phrases) and runs to the next clause boundary. Whoever must act is the first actor in it
that is not behind a preposition ("unless *Minsk* pays", "in exchange for *Kyiv*'s pledge",
"a halt to enrichment by *Tehran*"), nor what the clause's verb acts on ("unless the junta frees
Bazoum" asks the junta, whom no actor names, not Bazoum).

What a condition makes of the clause it is attached to (annotation guide, section 4): the
act offered or threatened becomes conditional, and its author ``demands`` of the party.
An act the frames did not find is still recorded, as a threat when the marker says the
act follows a refusal ("unless", ``@threat`` cues), the act is conflictual, it is reported
under a verb of warning (``@warning``: "warned that Tehran would close the strait if …") or it pays
back (``@response``, ``@reprisal``: "would respond with countermeasures if the concession were revoked"),
as cooperation when it offers more of what is done together (``@increase``: "ready to double
deliveries provided …"), trade (``@trade``: "would restore trade with Bamako only if …") or a joint undertaking
(``@joint``: "ready to pay for a joint smelter study if …"), otherwise
as an offer (``concedes``); money offered (``@money``), more of it too ("pronta a raddoppiare il contributo
alla Giordania purché …"), is aid. An act withheld "unless" is offered on the terms ("would not raise the
VAT unless …" is "only if"); pressure kept up "until" the other side acts asks it to act and offers
nothing ("would keep up the blockades until Paris vetoes the accord"). What is done to no one on terms
set to a state's forces is done to the state ("we will take Kisangani if the Congolese army keeps
bombing …" threatens the Congo). An act its verb
ends turns round: to end what one gives is a threat ("will suspend aid to Egypt if …", "would suspend
all trade with Venezuela if …"), to end or put off (``@deferral``) a hostile act an offer ("would halt
its strikes on Lebanon only if …", "pronta a rinviare lo sciopero purché …").
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field, replace
from itertools import takewhile
from typing import Callable, Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from kg.actors.names import folded
from kg.actors.rules import load_plurals, load_rules
from kg.model import STATE_SECTORS, Mention
from kg.relations.lexicon import Lexicon, Trigger, load_lexicon
from kg.relations.frames import Candidate
from kg.relations.mentions import MentionIndex
from kg.vocab import vocabulary

BOUNDARY = frozenset({",", ";", ":", "—", "–", "(", ")"})
FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})  # the tags of a finite English verb
HARMS = frozenset({"attacks", "sanctions", "coerces", "mobilizes"})  # harms a condition holds out as threats
# a state's own organs, companies and people named in its terms are whom the terms serve, not a party asked
# ("in exchange for guaranteed access for American companies", "if Russian sailors … are freed"); its rebels, opposition,
# unions or protesters may be asked ("Bogotá will resume talks if the ELN frees its hostages")
OWN_SIDE = frozenset(STATE_SECTORS) | {"business", "civilians"}
FORCES = frozenset({"military", "police"})  # a state's armed forces: what is done to them on terms is done to the state
UNTIL_NEGATION = 6  # words from "finché" to the negation of its clause ("finché il parlamento locale non ritirerà …")
PARENTHESIS = 5  # words of an insertion between two commas inside a condition ("rilascio, da parte dell'Italia, di …")

# the frames that read a condition's terms: what is demanded, and what is given or threatened on it.
# "will not release the prisoners until Asmara withdraws" concedes the release on that condition; a negation
# there is the condition's, not the act's
CONDITION_FRAMES = frozenset({"demand", "exchange"})
# what ending an act on a condition makes of it, by the act's group
ENDED = {"cooperative": "threatens", "conflictual": "concedes"}


def _ended(relation: str) -> bool:
    """An act whose end is a threat or an offer; a concession is already the end of a measure ("will ease sanctions")."""
    return relation != "concedes" and vocabulary()[relation].group in ENDED


@dataclass(frozen=True)
class ConditionClause:
    """Words ``[start, end)`` of a condition, after its marker ``[marker, start)``."""

    marker: int
    start: int
    end: int
    text: str
    threat: bool  # the act follows if the condition is *not* met ("unless")
    after_negation: bool = False  # "will not talk until …": a condition only of an act the frames read
    exchange: bool = False  # "in exchange for …": what the other side gives in return
    once: bool = False  # "will release the prisoners once …": what must happen first
    pending: bool = False  # an act still to come before the marker ("will not release … until"), not a forecast
    stated: bool = False  # "… is conditional on": the terms of what the copula's subject names, and of nothing else
    price: bool = False  # "in exchange for …", "in cambio di …": what the other side pays back (not "only if")
    refused: bool = False  # a negation before the marker ("would not leave the city until …"): an act withheld
    # the act before the marker is negated ("would not raise the VAT again unless …", "non finanzierà la riconversione a meno
    # che …"): "not … unless" is "only if", the act is offered on the terms, not threatened
    withholds: bool = False
    # where a coordinated clause of its own opens before the marker ("Eni ha già avviato le trattative con Algeri e si è detta
    # disposta ad aumentare i volumi a patto che …", "imposed new sanctions last week and says it will lift them only if …"):
    # what is read before it is another act, not the one on terms; -1 for none
    opened: int = -1
    # the words of the sentence outside the clause that pay back (``@response``, ``@reprisal``: "will respond if …",
    # "risponderà se …"): an act of answering held out on a condition is a reprisal, a threat
    answering: frozenset[int] = frozenset()
    # the clause opens with a definite class noun ("… only if the company restores …", "a patto che il sindacato accetti …",
    # "se le opposizioni garantiranno …"): another side, named only by description, must act
    described: bool = False

    @property
    def addressed(self) -> bool:
        """The condition is what the other side of the act must do, even when it names nobody:
        "will not return to talks with Paris until the reform is withdrawn", "offered to lift
        the restrictions on Niger in exchange for a timetable", "will release M23 prisoners once
        the truce holds". A bare "if" may be the author's own circumstance ("will retaliate if attacked")."""
        return self.threat or self.after_negation or self.exchange or self.once or self.stated


@dataclass(frozen=True)
class Markers:
    """The lexicon's words for conditions, read once per engine rather than per sentence."""

    first_words: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]  # longest first
    threats: frozenset[str]
    # a bare "if", "se": a condition the other side does not meet ("if the trawlers were not returned", "se Astana non
    # salderà") makes the act follow a refusal, as "unless" does; "provided it does not …" still sets terms
    bare: frozenset[str]
    rejections: frozenset[str]  # "refuse", "fail" (with "to"): a verb by which what the condition asks is not done
    not_after: frozenset[str]  # "asked if", "wondered if": a question, not a condition
    complementizers: frozenset[str]
    after_negation: frozenset[str]  # "will not stop until …": a condition; "talks until Friday": a time
    continuations: frozenset[str]  # "will keep striking until …": a condition, as after a negation
    negations: frozenset[str]
    exchanges: frozenset[str]
    prices: frozenset[str]  # "in exchange for", "in cambio di": an exchange that names a price paid back
    after_future: frozenset[str]  # "will lift the veto once …": a condition; "once a major power": a time
    future: frozenset[str]  # the auxiliaries of an act still to come (will, would, could)
    future_endings: tuple[str, ...]  # the endings of a verb still to come ("riaprirà", "ritirerebbe")
    genitives: frozenset[str]  # "of", "di": what continues a noun after a parenthesis
    increases: frozenset[str]  # "double", "aumentare": an offer of more of a cooperation
    endings: frozenset[str]  # "suspend", "halt", "postpone", "sospendere": verbs that end (or put off) what their object names
    terms: frozenset[str]  # "conditional on", "subordinato a" (and "subordinato alla"): stated terms
    obligations: frozenset[str] = frozenset()  # "must", "dovere": with ``firsts``, the other side's condition
    firsts: frozenset[str] = frozenset()  # "first", "prima"
    coordinators: frozenset[str] = frozenset()  # "and", "but", "ma": what opens a clause of its own
    circumstances: frozenset[str] = frozenset()  # "if needed", "as long as it takes", "se necessario": no condition
    money: frozenset[str] = frozenset()  # "dollars", "funds", "fondi": an offer of money is aid
    trades: frozenset[str] = frozenset()  # "trade", "buy", "commercio": an offer of trade is cooperation
    articles: frozenset[str] = frozenset()  # "the", "lo": what stands between a verb and the noun it ends, where there is no parse
    auxiliaries: frozenset[str] = frozenset()  # "have", "essere": a verb group's first word, where there is no parse
    clitics: frozenset[str] = frozenset()  # "si", "lo": what stands before a verb group
    responses: frozenset[str] = frozenset()  # "respond", "retaliate", "rispondere": verbs of paying back
    # what opens the object of a verb, where there is no parse ("risponderà alle domande": an answer, not a reprisal)
    object_openers: frozenset[str] = frozenset()
    headings: frozenset[str] = frozenset()  # "condition", "term", "condizione": a noun that heads terms set after a colon
    definites: frozenset[str] = frozenset()  # "the", "il": what makes a class noun after it refer back
    described: frozenset[str] = frozenset()  # "company", "azienda", "unions": the class nouns that stand for an actor named before
    # the clauses read with these markers, by Doc (while it lives) and by the sentence's bounds: each engine asks for a
    # sentence's clauses several times (its frames, its speakers, the sentence after it), and reads them once
    read: "weakref.WeakKeyDictionary[Doc, dict[tuple[int, int], list[ConditionClause]]]" = field(
        default_factory=weakref.WeakKeyDictionary, compare=False, repr=False)

    @classmethod
    def of(cls, lexicon: Lexicon) -> "Markers":
        after_negation, after_future = lexicon.cue("@until"), lexicon.cue("@once")
        # a predicate of terms is written with the preposition's contracted forms too ("subordinata alla")
        contracted = {p: [w for w, base in lexicon.contractions.items() if base == p] for p in set(lexicon.contractions.values())}
        terms = frozenset(t for m in lexicon.cue("@terms") for t in (m, *(f"{m.rsplit(' ', 1)[0]} {w}" for w in contracted.get(m.rsplit(" ", 1)[-1], ()))))
        markers = lexicon.cue("@condition") | lexicon.cue("@exchange") | after_negation | after_future | terms
        return cls(
            first_words=frozenset(m.split()[0] for m in markers),
            phrases=tuple(sorted((tuple(m.split()) for m in markers), key=len, reverse=True)),
            threats=lexicon.cue("@threat"),
            bare=lexicon.cue("@condition") - lexicon.cue("@exchange") - lexicon.cue("@threat"),
            rejections=lexicon.cue("@rejection") | lexicon.cue("@failure"),
            not_after=lexicon.cue("@question"),
            complementizers=lexicon.cue("@complementizer"),
            after_negation=after_negation,
            continuations=lexicon.cue("@continuation"),
            negations=lexicon.cue("@negation"),
            exchanges=lexicon.cue("@exchange"),
            prices=lexicon.cue("@price"),
            after_future=after_future,
            future=lexicon.cue("@future") | lexicon.cue("@hypothetical"),
            future_endings=lexicon.suffixes("@future") + lexicon.suffixes("@hypothetical"),
            genitives=lexicon.cue("@genitive"),
            increases=lexicon.cue("@increase"),
            endings=lexicon.cue("@reversal") | lexicon.cue("@failure") | lexicon.cue("@deferral"),
            terms=terms,
            obligations=lexicon.cue("@obligation"),
            firsts=lexicon.cue("@first"),
            coordinators=lexicon.cue("@coordinator") | lexicon.cue("@boundary"),
            circumstances=lexicon.cue("@circumstance") | lexicon.cue("@copula"),
            money=lexicon.cue("@money"),
            trades=lexicon.cue("@trade") | lexicon.cue("@joint"),  # a joint undertaking offered ("a joint grain terminal") is done together, as trade is
            articles=lexicon.cue("@article"),
            auxiliaries=lexicon.cue("@auxiliary"),
            clitics=lexicon.cue("@clitic") | lexicon.cue("@reflexive"),
            responses=lexicon.cue("@response") | lexicon.cue("@reprisal"),
            object_openers=frozenset(lexicon.contractions) | lexicon.cue("@article") | (lexicon.cue("@preposition") & lexicon.cue("@place")),
            headings=lexicon.cue("@precondition") | lexicon.cue("@condition_noun"),
            definites=lexicon.cue("@definite"),
            described=frozenset(load_rules().descriptions.get(lexicon.lang, {})) | frozenset(load_plurals().get(lexicon.lang, {})),
        )


def condition_clauses(sentence: Span, markers: Markers) -> list[ConditionClause]:
    """Every condition clause of the sentence, leftmost first (read once per sentence and markers: ``Markers.read``)."""
    read = markers.read.setdefault(sentence.doc, {})
    bounds = (sentence.start, sentence.end)
    if bounds not in read:
        read[bounds] = _clauses(sentence, markers)
    return list(read[bounds])


def _clauses(sentence: Span, markers: Markers) -> list[ConditionClause]:
    doc = sentence.doc
    words = [t.lower_ for t in sentence]  # read once: most sentences hold no marker at all
    if markers.first_words.isdisjoint(words):
        return _inverted(sentence, markers, []) + (_obligations(sentence, markers, []) if not markers.firsts.isdisjoint(words) else [])
    clauses: list[ConditionClause] = []
    at = 0
    while at < len(words):
        width = next((len(p) for p in markers.phrases if p[0] == words[at] and tuple(words[at : at + len(p)]) == p), 0) if words[at] in markers.first_words else 0
        i = sentence.start + at
        if width == 1 and i > sentence.start and doc[i - 1].lemma_.lower() in markers.not_after:
            width = 0
        marker = " ".join(words[at : at + width])
        # "will not stop until …" sets a condition, and so does "will keep striking until …"
        # (Italian negates the clause that ends a state: "finché Baghdad non rispetterà l'intesa" is "until Baghdad honours it")
        unnegated_until = marker in markers.after_negation and markers.negations.isdisjoint(words[:at]) \
            and markers.negations.isdisjoint(words[at + width + 1 : at + width + UNTIL_NEGATION])  # (not "finché non ci sarà un accordo": a time)
        if unnegated_until and not _continued(sentence, at, markers):
            width = 0
        if marker in markers.after_future and not _still_to_come(sentence, at, words, markers):
            width = 0
        if width == 1 and _after_own_subject(doc[i]):
            width = 0  # "sanctions that Russia itself once voted for": an adverb of time, no subordinator
        if _actor_relies(doc[i]):
            width = 0  # "Kazakhstan, which also depends on the Syr Darya, held talks …": what it lives on, no terms
        if not width:
            at += 1
            continue
        start = end = i + width
        while start < sentence.end and doc[start].lower_ in markers.complementizers:
            start = end = start + 1
        # "unless and until Moscow withdraws", "if, and only if, Azerbaijan withdraws": a marker coordinated with another
        # opens one clause, after the last of them (and says what both say: "if and only if" is "only if")
        while (more := _chained(doc, start, sentence.end, words[start - sentence.start :], markers)) is not None:
            start = end = more[0]
            marker = f"{marker} {more[1]}"
        # a line break ends the clause too: a headline the parser ran into the first sentence is no part of it
        while end < sentence.end and not doc[end].is_sent_end and "\n" not in doc[end].text and (
            doc[end].text not in BOUNDARY
            or (doc[end].text == "," and (_listing(doc, start, end, markers) or _inserted(doc, end, markers) or _coordinated(doc, start, end)))
        ):
            end += 1
        if end < sentence.end and doc[end].is_sent_end and not doc[end].is_punct:
            end += 1
        text = doc[start:end].text.strip().strip(" .")
        if unnegated_until and not any(t.pos_ in ("VERB", "AUX") for t in doc[start:end]):
            text = ""  # "will continue talks until Friday": a time
        if all(t.ent_type_ in ("DATE", "TIME") for t in doc[start:end] if t.is_alpha or t.like_num):
            text = ""  # "will reopen the port, but not before March", "only after 2027": a time
        if circumstance(doc[start:end], markers):
            text = ""  # "will send more troops if needed", "as long as it takes", "finché sarà necessario": set by nobody
        if text:
            said = _said(marker, markers)
            clauses.append(ConditionClause(
                i, start, end, text, said(markers.threats) or (marker in markers.bare and _unmet(doc[start:end], markers)), said(markers.after_negation), said(markers.exchanges),
                said(markers.after_future), said(markers.after_negation) and _still_to_come(sentence, at, words, markers),
                said(markers.terms), said(markers.prices), not markers.negations.isdisjoint(words[:at]),
                _withholds(sentence, at, words, markers), _opened(sentence, at, words, markers),
                _answering(sentence, i, end, markers), _opens_described(doc, start, end, markers),
            ))
        at = max(end, i + 1) - sentence.start
    return clauses + _inverted(sentence, markers, clauses) + _obligations(sentence, markers, clauses)


def _unmet(words: Span, markers: Markers) -> bool:
    """The condition is that something is not done: a negation in it, or a verb of refusing or failing to do it ("if
    the company failed to settle", "if Belgrade refuses to withdraw"; not "if Israel stops shelling")."""
    return any(t.lower_ in markers.negations
               or (t.lemma_.lower() in markers.rejections and t.i + 1 < len(t.doc) and t.doc[t.i + 1].tag_ == "TO")
               for t in words)


def _opens_described(doc: Doc, start: int, end: int, markers: Markers) -> bool:
    """The clause ``[start, end)`` opens with a definite article and a class noun that refers back ("the company", "l'azienda",
    "le opposizioni")."""
    return start + 1 < end and folded(doc[start]) in markers.definites \
        and (doc[start + 1].lower_ in markers.described or doc[start + 1].lemma_.lower() in markers.described)


def _answering(sentence: Span, marker: int, end: int, markers: Markers) -> frozenset[int]:
    """The verbs of paying back outside the clause ``[marker, end)`` that take no object ("would respond with
    countermeasures", "will retaliate", "risponderà con misure proporzionate"; not "would answer the committee's questions",
    "risponderà alle domande"): an act of answering held out on a condition is a reprisal."""
    doc = sentence.doc

    def bare(t: Token) -> bool:
        if doc.has_annotation("DEP"):
            return not any(c.dep_ == "dobj" for c in t.children)
        return t.i + 1 >= len(doc) or doc[t.i + 1].lower_ not in markers.object_openers
    return frozenset(t.i for t in sentence if not marker <= t.i < end and t.lemma_.lower() in markers.responses
                     and t.pos_ in ("VERB", "") and bare(t))


def _withholds(sentence: Span, at: int, words: list[str], markers: Markers) -> bool:
    """A negation in the clause the marker at word ``at`` ends (back to the last comma, colon or coordinator), with no clause
    under it after it: "would not raise the VAT again unless …", "non finanzierà la riconversione a meno che …" withhold the
    act; "non ha escluso di tagliare il gas se …", "did not hesitate to say it would …" negate another verb."""
    start = next((j + 1 for j in range(at - 1, -1, -1) if words[j] in BOUNDARY or words[j] in markers.coordinators), 0)
    last = next((j for j in range(at - 1, start - 1, -1) if words[j] in markers.negations), None)
    return last is not None and not any(
        t.lower_ in markers.complementizers or t.lower_ in markers.genitives or t.tag_ == "TO" for t in sentence[last + 1 : at])


def _opened(sentence: Span, at: int, words: list[str], markers: Markers) -> int:
    """The token of the last coordinator before the marker at word ``at`` that opens a clause with a finite verb or an
    auxiliary of its own ("… e si è detta disposta …", "… and says it will …"; not a second act under the same modal: "would
    lift the embargo and resume talks if …"), -1 for none."""
    for j in range(at - 1, 0, -1):
        if words[j] not in markers.coordinators:
            continue
        k = j + 1
        while k < at and words[k] in markers.clitics:
            k += 1
        verb = sentence[k] if k < at else None
        if verb is not None and (verb.tag_ in FINITE or (not verb.tag_ and verb.lemma_.lower() in markers.auxiliaries)):
            return sentence.start + j
    return -1


def _inverted(sentence: Span, markers: Markers, clauses: list[ConditionClause]) -> list[ConditionClause]:
    """"Were Mauritius to invite foreign forces onto the islands, the United Kingdom would suspend its payments", "Should
    Tehran close the strait, Washington would strike": an auxiliary that opens the sentence before its subject (a modal, or
    "be" with an infinitive after the subject) is an "if" clause, up to its comma. Read from the parse (English)."""
    doc = sentence.doc
    first = next((t for t in sentence if t.lower_ not in markers.coordinators and not t.is_punct), None)
    if first is None or first.pos_ != "AUX" or any(c.marker <= first.i < c.end for c in clauses):
        return []
    verb = first if first.dep_ == "advcl" else first.head if first.dep_ == "aux" and first.head.dep_ == "advcl" else None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
    if subject is None or subject.left_edge.i != first.i + 1:
        return []  # the subject right after the auxiliary: an inversion, not "Were there talks …"
    if first.tag_ != "MD" and not any(a.tag_ == "TO" for c in (verb, *(c for c in verb.children if c.dep_ == "xcomp")) for a in c.children):
        return []  # "Were X to …", "Should X …" set terms; "Had X …" is a past that did not happen
    comma = next((t.i for t in doc[first.i + 1 : sentence.end] if t.text == ","), None)
    if comma is None or comma < verb.i or not any(t.pos_ in ("VERB", "AUX") for t in doc[comma + 1 : sentence.end]):
        return []
    text = doc[first.i + 1 : comma].text.strip()
    return [ConditionClause(first.i, first.i + 1, comma, text, False)] if text else []


def _chained(doc, start: int, stop: int, words: list[str], markers: Markers) -> tuple[int, str] | None:
    """Where the clause starts after a marker coordinated with the one before ("and until", ", and only if ,"), and that
    marker; None when no marker follows a coordinator there."""
    j = 0
    while j < len(words) and (words[j] == "," or words[j] in markers.coordinators):
        j += 1
    if not j or not any(w in markers.coordinators for w in words[:j]):
        return None
    width = next((len(p) for p in markers.phrases if tuple(words[j : j + len(p)]) == p), 0)
    if not width:
        return None
    after = start + j + width
    while after < stop and doc[after].text == ",":
        after += 1
    return after, " ".join(words[j : j + width])


def _said(marker: str, markers: Markers):
    """Whether the marker, or one of a chain of them ("unless until", "if only if"), is in a set of markers."""
    words = marker.split()

    def said(group: frozenset[str]) -> bool:
        return marker in group or any(" ".join(words[k:]) in group or " ".join(words[:k]) in group for k in range(1, len(words)))
    return said


def circumstance(words: Span, markers: Markers) -> bool:
    """A condition clause that is an open circumstance set by nobody: "if needed", "as long as it takes", "se necessario"."""
    return all(t.lemma_.lower() in markers.circumstances or t.lower_ in markers.circumstances for t in words if t.is_alpha)


TAIL = 6  # words of a speaker's tail after a condition in a sentence of its own (", Berlin said")


def opening(sentence: Span, markers: Markers, speech: frozenset[str]) -> ConditionClause | None:
    """The condition a sentence is made of, when it is no more than one ("But only if Ukrainian troops leave the Kursk
    region.", "Solo se gli Stati Uniti faranno lo stesso, ha detto Berlino."): a marker after at most a coordinator, and
    after the clause nothing but a speaker's tail; or terms set after a heading and a colon ("The condition: Kampala
    must first …", ``_heading``). It is a condition of the acts of the sentence before."""
    if (heading := _heading(sentence, markers)) is not None:
        return heading
    clauses = condition_clauses(sentence, markers)
    if not clauses or clauses[0].once or clauses[0].after_negation:
        return None
    clause, doc = clauses[0], sentence.doc
    if not all(t.lower_ in markers.coordinators for t in doc[sentence.start : clause.marker]):
        return None
    # ("Only if talks fail will Moscow escalate": a main clause after the condition, its subject after the auxiliary)
    if any(t.lower_ in markers.future and t.i + 1 < clause.end and doc[t.i + 1].pos_ in ("PROPN", "PRON", "DET") for t in doc[clause.start : clause.end]):
        return None
    tail = [t for t in doc[clause.end : sentence.end] if not t.is_punct]
    if tail and (len(tail) > TAIL or not any(t.lemma_.lower() in speech or t.lower_ in speech for t in tail)):
        return None
    return clause


HEADING = 6  # words before the colon of a heading of terms ("The money comes with terms:")


def _heading(sentence: Span, markers: Markers) -> ConditionClause | None:
    """"The condition: Tashkent must first scrap …", "Ma a una condizione: che Jsw presenti …", "The money comes with terms:
    Nepal must first endorse …": a sentence whose first words name terms (``@precondition``, ``@condition_noun``) and end
    in a colon states after it, in a clause with a verb of its own, the terms of the acts of the sentence before."""
    doc = sentence.doc
    colon = next((t for t in doc[sentence.start : min(sentence.end, sentence.start + HEADING + 1)] if t.text == ":"), None)
    if colon is None or not any(t.lemma_.lower() in markers.headings or t.lower_ in markers.headings for t in doc[sentence.start : colon.i]):
        return None
    start, end = colon.i + 1, sentence.end
    while start < end and doc[start].lower_ in markers.complementizers:
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    # a clause, not a list of things ("The conditions: heavy rain and flooded roads"): a finite verb where there are tags,
    # else the complementizer that opens it ("a una condizione: che …")
    if not (any(t.tag_ in FINITE for t in doc[start:end]) if doc.has_annotation("TAG") else start > colon.i + 1):
        return None
    return ConditionClause(colon.i, start, end, doc[start:end].text.strip(), False, exchange=True)


OBLIGATION_REACH = 6  # words from the comma or coordinator that opens an obligation to its "first" ("ma prima gli Stati Uniti devono")


def _obligations(sentence: Span, markers: Markers, clauses: list[ConditionClause]) -> list[ConditionClause]:
    """"Israel will halt its offensive in Gaza, but Hamas must first release all the hostages", "allenterà le sanzioni
    sul Venezuela, ma prima Caracas deve tenere elezioni libere": what another clause says must come first, after a
    comma or a coordinator, is the condition of the act before it (the clause from its subject on)."""
    doc, found = sentence.doc, []
    for t in sentence:
        if t.lower_ not in markers.firsts:
            continue
        near = doc[max(sentence.start, t.i - OBLIGATION_REACH) : min(sentence.end, t.i + OBLIGATION_REACH)]
        if not any(u.lower_ in markers.obligations or u.lemma_.lower() in markers.obligations for u in near if u.i != t.i):
            continue
        opener = next((u for u in reversed(doc[max(sentence.start + 1, t.i - OBLIGATION_REACH) : t.i + 1])
                       if u.text == "," or u.lower_ in markers.coordinators), None)
        if opener is None or any(c.marker <= t.i < c.end for c in clauses):
            continue
        marker = opener.i + 1 if opener.text == "," and opener.i + 1 < t.i and doc[opener.i + 1].lower_ in markers.coordinators else opener.i
        start = marker + 1 + (doc[marker + 1].lower_ in markers.firsts)
        end = next((u.i for u in doc[start : sentence.end] if u.text in BOUNDARY or (u.is_sent_end and u.is_punct)), sentence.end)
        text = doc[start:end].text.strip().strip(" .")
        if text and any(u.is_alpha for u in doc[sentence.start : opener.i]):
            found.append(ConditionClause(marker, start, end, text, False, exchange=True))
    return found


def withheld_width(doc, at: int, end: int, withouts: frozenset[str], markers: Markers) -> int:
    """The words of a marker that withholds what a negative determiner names: ``@without`` ("no aid without reforms") or an
    ``@until`` phrase ("no dialogue with Islamabad until …", "nessun dialogo con Islamabad prima che …"); 0 for none."""
    word = doc[at].lower_
    if word in withouts:
        return 1
    if word not in markers.first_words:
        return 0  # called for every token: most open no marker at all
    # a phrase's first word is compared before the phrase is joined and read
    return next((len(p) for p in markers.phrases if p[0] == word and " ".join(p) in markers.after_negation
                 and at + len(p) <= end and tuple(t.lower_ for t in doc[at : at + len(p)]) == p), 0)


def _still_to_come(sentence: Span, at: int, words: list[str], markers: Markers) -> bool:
    """An act before word ``at`` is still to come: "will lift the veto once …", "offered to mediate once …",
    "riaprirà il valico una volta che …" (a future by its ending)."""
    return not markers.future.isdisjoint(words[:at]) or any(
        t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in markers.future for t in sentence[:at]
    ) or any(w.endswith(markers.future_endings) for w in words[:at] if markers.future_endings)


def _after_own_subject(marker: Token) -> bool:
    """A marker word the parser hangs on a verb whose subject stands before it ("Russia once voted for …"):
    a subordinator opens its clause, before the clause's subject."""
    return marker.dep_ == "advmod" and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < marker.i for c in marker.head.children)


def _actor_relies(marker: Token) -> bool:
    """A marker verb ("depends on") in a relative clause of an actor: "Farmers in Yuma County, who depend on the river",
    "Kazakhstan, which depends on the Syr Darya" say what the actor lives on, not the terms of an act (read from the
    parse: "any deal, which depends on an end to the war" is still the deal's)."""
    if not marker.doc.has_annotation("DEP"):
        return False  # (a Doc read by words has no children to ask)
    relative = next((c for c in marker.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP")), None)
    return relative is not None and marker.dep_ == "relcl" and (relative.lower_ == "who" or bool(marker.head.ent_type_))


def _continued(sentence: Span, at: int, markers: Markers) -> bool:
    """A verb before word ``at`` keeps an act going ("would keep up the blockades until …")."""
    return any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in markers.continuations for t in sentence[:at])


def _inserted(doc, comma: int, markers: Markers) -> bool:
    """A comma that opens a short insertion after which the noun goes on with its genitive ("in cambio del
    rilascio, da parte dell'Italia, di un ingegnere"): the clause runs on through it."""
    def resumes(i: int) -> bool:  # the comma that closes it, with the genitive after it
        return doc[i].text == "," and i + 1 < len(doc) and doc[i + 1].lower_ in markers.genitives

    closing = next((t.i for t in doc[comma + 1 : comma + PARENTHESIS + 2] if t.text in BOUNDARY or t.is_sent_end), None)
    opening = next((t.i for t in reversed(doc[max(0, comma - PARENTHESIS - 1) : comma]) if t.text in BOUNDARY or t.is_sent_end), None)
    return (closing is not None and resumes(closing)) or (resumes(comma) and opening is not None and doc[opening].text == ",")


def _coordinated(doc, start: int, comma: int) -> bool:
    """A comma before a verb coordinated with the clause's own ("unless Kyiv withdraws its troops, stops
    the shelling and recognises …"): the clause runs on through the list of its acts. The parser often
    coordinates that verb with the main one instead: the same finite form as the clause's verb is the sign.
    Words only (Italian) give no such parse, and the clause stops at the comma."""
    verb = next((t for t in doc[comma + 1 : comma + 3] if t.pos_ != "CCONJ"), None)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    return (verb.dep_ == "conj" and start <= verb.head.i < comma) or any(
        t.pos_ in ("VERB", "AUX") and t.tag_ == verb.tag_ and t.tag_ in ("VBZ", "VBP", "VBD") for t in doc[start:comma]
    )


def _listing(doc, start: int, comma: int, markers: Markers) -> bool:
    """A comma inside a list of names that opens the clause ("if France, Germany and Britain
    restore …"): only capitalised words and commas so far, and a capitalised word next."""
    words = doc[start:comma]
    return (
        comma + 1 < len(doc)
        and doc[comma + 1].text[:1].isupper()
        and all(t.is_punct or t.text[:1].isupper() or t.lower_ in markers.complementizers for t in words)
    )


def parties(clause: ConditionClause, sentence: Span, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """Who must act: the clause's ``party`` and the actors coordinated with it ("if France,
    Germany and Britain restore the sanctions")."""
    first = party(clause, sentence, index, lexicon)
    if first is None:
        return []
    doc = sentence.doc
    joins = lexicon.cue("@coordinator") | lexicon.cue("@article") | {","}
    ordered = index.in_span(clause.start, clause.end)  # party() chose among these
    position = next(i for i, (_, _, mention) in enumerate(ordered) if mention is first)
    found, end = [first], ordered[position][1]
    for start, stop, mention in ordered[position + 1 :]:
        if (start, stop) == ordered[position][:2]:
            found.append(mention)  # a group placed on one noun: "se i sindacati non ridurranno la protesta"
            continue
        if start < end:
            continue
        if start == end or not all(t.lower_ in joins for t in doc[end:start]):
            break
        found.append(mention)
        end = stop
    # "if Israel stops the bombing and Hamas releases the hostages": the subject of a clause coordinated with the
    # condition's own (an actor after a coordinator, a verb's lowercase word right after it) must act too
    closed = lexicon.cue("@preposition") | lexicon.cue("@genitive") | lexicon.cue("@article") | lexicon.cue("@coordinator") | frozenset(lexicon.contractions)
    for start, stop, mention in ordered[position + 1 :]:
        j = start - 1
        while j > clause.start and doc[j].lower_ in lexicon.cue("@article"):
            j -= 1
        if start >= end and j > clause.start and doc[j].lower_ in lexicon.cue("@coordinator") and stop < clause.end \
                and doc[stop].is_alpha and doc[stop].is_lower and doc[stop].lower_ not in closed and all(m is not mention for m in found) \
                and (doc[stop].tag_ in FINITE or not doc[stop].tag_):  # (a finite verb where there is a parse: not "migrants crossing")
            found.append(mention)
    return found


def clause_actors(clause: ConditionClause, index) -> list[Mention]:
    """The actors the clause names, in order, but those its verb acts on (``_acted_on``)."""
    doc = getattr(index, "doc", None)  # (a reading by words places its mentions with no parse to read)
    placed = index.in_span(clause.start, clause.end)
    return [m for start, end, m in placed if doc is None or not _acted_on(doc, clause, start, end, placed)]


# what may stand between a clause's subject and an actor named in it that still names the one who acts: its owner, a
# conjunct, an apposition, a place or a genitive ("Kyiv's troops", "the junta of Niamey", "the government in Paris")
SUBJECT_LINKS = frozenset({"poss", "conj", "cc", "appos", "compound", "prep", "pobj"})


def _acted_on(doc: Doc, clause: ConditionClause, start: int, end: int, placed: list[tuple[int, int, Mention]]) -> bool:
    """The actor at tokens ``[start, end)`` is what the clause's verb acts on, not who must act: the verb has a subject of
    its own that names no actor, and the actor stands in its object or deep inside that subject ("unless the junta frees
    Bazoum", "only if the soldiers who took power release President Embaló", "unless the group keeps Tarrant's refinery",
    "unless the concession held by CK Hutchison is reviewed"). Read from the parse (English); a clause of nouns ("in
    exchange for the release of the hostages held by Hamas") has no such verb, and its actors may all be asked."""
    if not doc.has_annotation("DEP"):
        return False
    path, node, verb = [], doc[start:end].root, None
    # up to the verb that governs the actor inside the clause, past participles that only describe a noun ("held by")
    while node.head.i != node.i and clause.start <= node.head.i < clause.end:
        path.append(node)
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("acl", "amod"):
            verb = node
            break
    # (a personal pronoun may stand for the actor named after it: "if we give its coast guard access to Port Georgetown",
    # said in Georgetown, is Guyana's own act; a relative one stands for the noun before it, "the soldiers who took …")
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ != "PRP" and clause.start <= c.i < clause.end] if verb is not None else []
    if not subjects or path[-1].dep_ == "agent" or any(t.left_edge.i <= p[0] <= t.right_edge.i and p[0] != start for t in subjects for p in placed):
        return False  # (a subject that names an actor is itself the party, and comes first)
    if path[-1].dep_ in ("nsubj", "nsubjpass"):
        return not all(t.dep_ in SUBJECT_LINKS for t in path[:-1])
    return True


def _undergoes(mention: Mention, clause: ConditionClause, doc: Doc) -> bool:
    """The actor stands in the subject of the clause's passive verb, as its owner or itself: it undergoes what the clause
    says and is asked nothing ("unless Mohamed Bazoum was reinstated", "once the court's order is served"). Read from the
    parse (English); an owner named by a genitive owns it too ("unless the siege of El Fasher is lifted")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand") if doc.has_annotation("DEP") else None
    if span is None or not clause.start <= span.start < clause.end:
        return False
    genitives = load_lexicon(doc.lang_).cue("@genitive")

    def owned(node: Token) -> bool:
        return node.dep_ in ("poss", "compound", "appos") or (node.dep_ == "pobj" and node.head.lower_ in genitives) \
            or (node.dep_ == "prep" and node.lower_ in genitives)
    node = span.root
    while owned(node) and clause.start <= node.head.i < clause.end:
        node = node.head
    return node.dep_ == "nsubjpass" and not any(c.dep_ == "agent" for c in node.head.children)


def party(clause: ConditionClause, sentence: Span, index: MentionIndex, lexicon: Lexicon) -> Mention | None:
    """The first actor of the clause not governed by a preposition ("by" names an agent) nor acted on by the clause's
    verb (``_acted_on``), or the owner named by the clause's first noun phrase ("unless the junta of Niamey …")."""
    doc = sentence.doc
    prepositions = lexicon.cue("@preposition") | lexicon.cue("@place") | lexicon.cue("@oblique")
    skip = lexicon.cue("@article")
    agents, genitives = lexicon.cue("@agent_marker"), lexicon.cue("@genitive")
    by_phrases = lexicon.phrases("@by_phrase")
    seats, seated = lexicon.cue("@place"), load_rules().descriptions.get(lexicon.lang, {})

    def by_phrase(before: int) -> bool:  # "da parte di Parigi", "da parte dei militari birmani"
        return lexicon.contractions.get(doc[before].lower_, doc[before].lower_) in genitives and any(
            tuple(t.lower_ for t in doc[before - len(p) : before]) == p for p in by_phrases if before - len(p) >= clause.start)

    # "al rilascio di un diplomatico iraniano da parte di Parigi": who the by-phrase names acts, whoever is named before
    agent = next((m for start, _end, m in index.in_span(clause.start, clause.end) if start - 1 > clause.start and by_phrase(start - 1)), None)
    if agent is not None:
        return agent
    placed = index.in_span(clause.start, clause.end)
    for start, end, mention in placed:
        if _acted_on(doc, clause, start, end, placed):
            continue  # ("unless the junta frees Bazoum": the junta, named by no actor, must act; Bazoum is acted on)
        before = start - 1
        while before >= clause.start and (doc[before].lower_ in skip or doc[before].is_punct):
            before -= 1
        word = doc[before].lower_ if before >= clause.start else ""
        # (a preposition contracted with an article, "dell'", "degli", is read as its base)
        base = lexicon.contractions.get(word, word)
        if word in agents or base in agents or (base not in prepositions and base not in genitives):
            return mention  # (not "in cambio della chiusura della disputa all'Omc": a contracted preposition governs too)
        # "in cambio di un cessate il fuoco da parte di Israele": the genitive of a by-phrase names the agent, as "by" does
        # ("in cambio del ritorno degli ispettori dell'Aiea": an owner inside the first phrase's own genitive is not it)
        opening = [lexicon.contractions.get(t.lower_, t.lower_) for t in doc[clause.start : before]]
        if base in genitives and len(opening) <= 3 and not any(w in prepositions for w in opening):
            return mention  # "la giunta di Niamey": the first phrase of the clause, owned by the actor
        # "unless the government in Chisinau restores …": a class noun of an actor seated where the actor is named
        heads = [t for t in doc[clause.start : before] if t.lower_ not in skip]
        if base in seats and len(heads) == 1 and (heads[0].lemma_.lower() in seated or heads[0].lower_ in seated):
            return mention
    return None


@dataclass(frozen=True)
class Act:
    """What a condition is attached to, as the engine reads it: the verb of the act, who
    acts, the actors in its object, the verb's own relation if it is a trigger, and the
    tokens whose triggers belong to the act."""

    verb: Token
    authors: tuple[Mention, ...]
    objects: tuple[Mention, ...]
    relation: str | None
    tokens: frozenset[int]
    warned: bool = False  # reported under a verb of warning ("warned that X would …")
    more: bool = False  # more of what is already done together ("ready to double deliveries"): cooperation
    ended_by: Token | None = None  # the verb that ends what follows it ("will suspend aid", "would stop shelling")
    received: bool = False  # a verb of getting or undergoing ("will get more weapons if …", "could face sanctions if …"): its subject offers and asks nothing
    money: bool = False  # money offered ("has promised 250 million euros to Moldova provided …"): aid, not a concession
    known: bool = False  # a verb of knowing or seeing (``@question``: "will not know the results until …"): no act withheld
    answers_harm: bool = False  # the condition is a harm the party does ("will respond if Azerbaijan shells …"): a reprisal


def given_on_terms(made: Sequence[Token], trigger: Callable[[Token], Trigger | None], markers: Markers) -> str | None:
    """What a verb of making terms gives on them, named by the words it makes conditional (``trigger`` reads each
    word's entry): a measure ended ("the lifting of sanctions", "la revoca delle sanzioni": concedes), a noun of
    cooperation ("military aid": its relation), money ("i nuovi fondi": aids); None for anything else."""
    if any(ends(t, markers) for t in made):
        return "concedes"
    found = next((e.relation for t in made if (e := trigger(t)) is not None and e.frame == "noun"
                  and vocabulary()[e.relation].group == "cooperative"), None)
    return found or ("aids" if any(t.lower_ in markers.money for t in made) else None)


def ends(verb: Token, markers: Markers) -> bool:
    """The act's verb ends what its object names: "will suspend military aid to Egypt if …", "sospenderà i raid"."""
    return verb.lemma_.lower() in markers.endings


def offers_more(sentence: Span, tokens: frozenset[int], clause: ConditionClause, markers: Markers) -> bool:
    """The act is more of what is already done together ("ready to double deliveries provided …",
    "disposta ad aumentare i volumi a condizione che …", "would keep its trainers in Mali provided …"): a verb of
    increase or of keeping on outside the condition; or it is trade ("would restore trade with Bamako only if …",
    "would buy its power as long as …", "pronto a riaprire il commercio con l'India a patto che …"), offered or
    ended by the verb right before it ("would suspend all trade with Venezuela if …": a threat), not what a verb
    ends elsewhere ("will lift the ban on trade with …": a concession)."""
    doc = sentence.doc
    words = [doc[i] for i in tokens if not clause.marker <= i < clause.end]
    if any(t.lemma_.lower() in markers.increases | markers.continuations for t in words):
        return True
    traded = [t for t in words if (t.lemma_.lower() in markers.trades or t.lower_ in markers.trades) and not _purpose(t)]
    enders = [t for t in words if t.lemma_.lower() in markers.endings]
    return bool(traded) and (not enders or any(_object_of(t, enders, markers) for t in traded))


def _purpose(word: Token) -> bool:
    """The word names what the act's object is opened for, not the act ("will reopen the Muse crossing to Myanmar trade",
    "offered to reopen the Teknaf crossing to trade with Rakhine": a crossing reopened is a concession, not trade): an
    infinitive of purpose, or the object of "to" after the verb's own object. Read from the parse (English)."""
    if word.dep_ == "advcl" and any(c.tag_ == "TO" for c in word.children):
        return True
    held = word.head.head  # the verb, or its object the "to" phrase hangs on
    return word.dep_ == "pobj" and word.head.lower_ == "to" and word.head.dep_ == "prep" \
        and (held.dep_ == "dobj" or (held.pos_ == "VERB" and any(c.dep_ == "dobj" for c in held.children)))


def _object_of(word: Token, verbs: list[Token], markers: Markers) -> bool:
    """The word is the first after one of the verbs but for determiners: what that verb ends ("suspend all trade",
    "sospenderà lo scambio")."""
    before = word.i - 1
    while before > 0 and (word.doc[before].pos_ == "DET" or word.doc[before].lower_ in markers.articles):
        before -= 1
    return any(v.i == before for v in verbs)


def offers_money(verb: Token, tokens: frozenset[int], clause: ConditionClause, markers: Markers) -> bool:
    """The act offers money ("offered Kinshasa 200 million dollars if …", "its reconstruction funds would flow to Damascus
    only if …", "ha promesso 1,8 miliardi di euro purché …"): a ``@money`` word outside the condition."""
    doc = verb.doc
    return any(doc[i].lower_ in markers.money and _governor(doc[i]) in (verb, None) for i in tokens if not clause.marker <= i < clause.end)


def _governor(token: Token) -> Token | None:
    """The verb that governs a word, None where there is no parse (words only): the act's money, not another clause's
    ("blocked the EU's €50 billion aid package …: Budapest will lift its veto only if …")."""
    head = token.head
    while head.i != head.head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    return head if head.i != token.i else None


def _state_of(forces: Mention, author: Mention, doc: Doc) -> Mention:
    """The state whose forces (``FORCES``) a mention names, standing at the forces' words, when the document names that
    state and the author is neither a force itself nor a side of the same country ("the Rapid Support Forces will open a
    corridor if the Sudanese army halts air strikes": in a civil war the army is the other side); else the mention."""
    if forces.actor.sector not in FORCES or author.actor.sector in FORCES or author.actor.country == forces.actor.country:
        return forces
    state = next((m.actor for m in doc._.kg_mentions or () if m.actor.iri == forces.actor.country), None)
    return replace(forces, actor=state) if state is not None else forces


def _placed(act: Act, clause: ConditionClause) -> tuple[Mention, ...]:
    """The states a giving names only as the place it goes to, after its verb and before the condition: "ready to fund new
    roads and ports in Timor-Leste, subject to …" and "could finance two transmission lines in Nepal's east, in exchange for
    …" give to Timor-Leste and to Nepal."""
    doc, authors = act.verb.doc, {m.actor.iri for m in act.authors} | {m.actor.country for m in act.authors}
    found = []
    for m in doc._.kg_mentions or ():
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and act.verb.i < span.start and span.end <= clause.marker and span.start in act.tokens \
                and m.actor.type == "State" and m.actor.iri not in authors and all(f.actor.iri != m.actor.iri for f in found):
            found.append(m)
    return tuple(found)


def _named_after_author(act: Act, clause: ConditionClause) -> list[Mention]:
    """The one actor other than the act's authors, and not of their side, that the act's own words name after the first
    author and before the condition; none when there are several."""
    doc = act.verb.doc
    authors = {m.actor.iri for m in act.authors}
    first = min((m.end for m in act.authors), default=None)
    if first is None:
        return []
    found: dict[str, Mention] = {}
    for m in doc._.kg_mentions or ():
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or m.start < first or span.end > clause.marker or span.start not in act.tokens:
            continue
        if m.actor.iri in authors or m.actor.country in authors or any(_same_side(m.actor, a.actor) for a in act.authors):
            continue
        found.setdefault(m.actor.iri, m)
    return list(found.values()) if len(found) == 1 else []


def _same_side(one, other) -> bool:
    """Two actors of one side: the same, one a sector actor of the other's state, or two of one sector of one state (the
    workers and their unions)."""
    return one.iri == other.iri or one.country == other.iri or other.country == one.iri \
        or (one.sector is not None and one.sector == other.sector and (one.country is None or other.country is None or one.country == other.country))


SPEAKER_REACH = 6  # words before the act's word that may say who acts ("we are ready to sign the accord", "siamo pronti a firmare l'intesa")


def _said_as_us(verb: Token) -> bool:
    """The act is said in the first person plural, in its own clause ("«Tratteremo solo se l'azienda ritira i licenziamenti»,
    ha detto il segretario", "'We will sign only if …,' the envoy said"): the body the speaker speaks for acts, not the
    speaker (a first person singular is the speaker's own act: "I will sit down with Milei only if …")."""
    lexicon, doc = load_lexicon(verb.doc.lang_), verb.doc
    for token in reversed(doc[max(verb.i - SPEAKER_REACH, verb.sent.start) : verb.i + 1]):
        if token.text in BOUNDARY or token.is_quote:
            return False
        if lexicon.marks(token.lower_, "@first_plural"):
            return True
    return False


def _readied(verb: Token, clause: ConditionClause) -> bool:
    """The act is offered or declared ready for in its own clause, the words of readiness before its verb or, where a
    reading by words takes the auxiliary for the verb, after it ("was prepared to raise …", "offered to reopen …", "si è
    detta pronta ad aumentare …")."""
    lexicon, doc = load_lexicon(verb.doc.lang_), verb.doc

    def ready(token: Token) -> bool:
        return token.lower_ in lexicon.cue("@readiness") or (token.lemma_ or token.lower_).lower() in lexicon.cue("@offer")
    before = takewhile(lambda t: t.text not in BOUNDARY, reversed(doc[max(verb.i - SPEAKER_REACH, verb.sent.start) : verb.i]))
    after = takewhile(lambda t: t.text not in BOUNDARY, doc[verb.i + 1 : min(verb.i + SPEAKER_REACH, clause.marker)])
    return any(ready(t) for t in (*before, *after))


def _permits(verb: Token) -> bool:
    """The act's verb, or the verb before the noun that stands for it (past its article, where there is no parse: "approverà
    l'aiuto di Stato"), gives leave (``@permission``)."""
    lexicon = load_lexicon(verb.doc.lang_)
    before = verb.i - 1
    while before >= 0 and (verb.doc[before].lower_ in lexicon.cue("@article") or verb.doc[before].lower_ in lexicon.contractions):
        before -= 1
    return any(t.lemma_.lower() in lexicon.cue("@permission") for t in (verb, *verb.doc[max(before, 0) : before + 1]))


def conditional(clause: ConditionClause, act: Act, targets: list[Mention], found: list[Candidate], source: str, named: list[Mention] = ()) -> Iterator[Candidate]:
    """The candidates a condition makes: the act's relations found by the frames, now
    conditional (a conflictual one is also a threat); a demand of each party; and, when no
    frame found the act, a threat or an offer to the act's object or the party."""
    vocab = vocabulary()
    reprisal = act.verb.i in clause.answering and act.relation is None  # "Beijing would respond with countermeasures if …"
    if not act.objects and (act.relation == "aids" or act.money):
        act = replace(act, objects=_placed(act, clause))
    acts = [c for c in found if c.trigger.i in act.tokens and not clause.marker <= c.trigger.i < clause.end
            and not c.trigger.i < clause.opened < act.verb.i]
    # a fact its clause states is no act the condition makes: "European Commission President Ursula von der Leyen has
    # promised Serbia … only if …" leads the Commission whatever Belgrade does (the fact still tells whose act it is)
    facts = [c for c in acts if vocab[c.relation].group == "fact"]
    # "Ukraine will get more weapons if Congress approves the package": the one who gets concedes nothing (but "warned banks
    # that they could face penalties if …" is the warner's threat)
    if act.received and not act.warned:
        yield from (replace(c, condition=clause.text) for c in acts if c.subject.actor.iri not in {m.actor.iri for m in act.authors} and c not in facts)
        return
    authors = {m.actor.iri for m in act.authors}
    hostile = any(vocab[c.relation].group == "conflictual" for c in acts) or (act.relation is not None and vocab[act.relation].group == "conflictual")
    # "… è legata alla creazione dell'associazione dei comuni serbi", the Serbian side's own terms: a condition that
    # names only the act's author asks the other side
    if clause.addressed and targets and all(m.actor.iri in authors for m in targets):
        targets = []
    # the author's own side named in its terms is served by them: the terms ask the side the act is done to
    named = [m for m in named if not (m.actor.country in authors and m.actor.sector in OWN_SIDE)]
    # (and so is the state whose organ acts: "the US Treasury warned it would impose new sanctions on Venezuela unless the
    # Americans are freed" asks Venezuela, not the United States)
    organs_of = {m.actor.country for m in act.authors if m.actor.country and m.actor.sector in STATE_SECTORS}
    served = [m for m in targets if (m.actor.country in authors and m.actor.sector in OWN_SIDE) or m.actor.iri in organs_of]
    if served:
        targets = [m for m in targets if m not in served] or [m for m in act.objects if m.actor.iri not in authors]
    # (an actor the clause's passive befalls, not of the author's side, is asked nothing: "unless Mohamed Bazoum was reinstated")
    targets = [m for m in targets if not _undergoes(m, clause, act.verb.doc)]
    named = [m for m in named if not _undergoes(m, clause, act.verb.doc)]
    # "talks with Kyiv … the withdrawal of Ukrainian troops": a condition whose first phrase names the forces of the act's
    # other side asks that side (not an agent named further on: "… da parte dei militari birmani"); forces that open the
    # clause as its subject act themselves ("… if Ethiopian forces entered Somali territory", "unless the Chinese coast guard
    # leaves …": the demand is theirs, as the guide's sector actors are)
    sides = {m.actor.iri: m for m in act.objects}
    doc = act.verb.doc
    targets = [sides.get(m.actor.country, m) if m.actor.sector is not None and sum(t.idx < m.start for t in doc[clause.start : clause.end]) <= PARENTHESIS
               and any(t.idx < m.start and not (t.is_stop or t.is_punct) for t in doc[clause.start : clause.end])
               else m for m in targets]  # (a mention's start is a character offset)
    # a warning is addressed to whom the act befalls; "will strike once the ground freezes" is a time, asked of nobody
    # (and so is terms another side named only by description must meet: "… to strike at Hartley Marsh unless the company …")
    # (and so is an act of no relation of its own, offered or declared ready for, on a bare "if" that names no one: "was
    # prepared to raise Uzbekistan's allocation if the duty went"; an act the lexicon reads may wait on a circumstance: "ready
    # to help Ukraine if the war escalates")
    readied = act.relation is None and not acts and _readied(act.verb, clause)
    if not targets and ((clause.addressed and not (clause.once and hostile)) or act.warned or reprisal or clause.described or readied):
        targets = [m for m in act.objects if m.actor.iri not in authors]
        # an act done to no one named, on terms that name one actor only, deep in a phrase: "ready to withdraw troops from
        # the corridor in exchange for the release of the hostages still in the hands of Hamas" asks Hamas (``named``: the
        # actors the clause names)
        alone = {m.actor.iri: m for m in named if m.actor.iri not in authors}
        if not targets and not act.objects and len(alone) == 1:
            targets = list(alone.values())
        # an act whose object a reading by words did not reach (it looks after the act's word: "il Marocco offre a Bruxelles
        # la sua collaborazione in cambio del riconoscimento …"), on terms that name no one: the one other side its own
        # clause names after its author (a parse reaches the objects it has)
        if not targets and not act.objects and not alone and not act.verb.doc.has_annotation("DEP") \
                and (beyond := _named_after_author(act, clause)):
            targets = beyond
        # a harm paid for terms that name one other side only ("… tariffs on Chinese cars in exchange for a pause in US
        # tariffs"): that side pays back, not the harm's object
        others = [m for m in alone.values() if m.actor.iri not in {o.actor.iri for o in act.objects}]
        if clause.price and len(others) == 1 and any(c.relation in HARMS and c.subject.actor.iri in authors for c in acts):
            targets = others
    # "ha accettato di sospendere le importazioni dal Nicaragua in cambio della revoca dei dazi americani": a harm paid for
    # terms another side must meet is the price, done to its object and no threat to it (it is asked nothing); the offer
    # goes to the side that pays back
    # (a price is a ``@price`` phrase, "in exchange for", "in return for", "in cambio di", not "only if"; and no harm ended:
    # "will halt its strikes on Lebanon only if …", "will lift sanctions on Iran in exchange for …")
    asked = {m.actor.iri for m in targets}
    price = clause.price
    paid = [c for c in acts if price and asked and vocab[c.relation].group == "conflictual" and c.relation in HARMS
            and not (act.ended_by is not None and _ended(c.relation) and (c.trigger.i > act.ended_by.i or c.trigger.head.i == act.ended_by.i != c.trigger.i))
            and c.subject.actor.iri in authors and c.object.actor.iri not in asked]
    yield from paid
    acts = [c for c in acts if c not in paid]
    for c in (c for c in acts if c not in facts):
        # a threat is made to whoever must comply: "minaccia di portare il caso all'Asean se Phnom Penh non sospenderà i lavori",
        # "threatened to expel a million Afghan refugees unless the Taliban hand over …" threaten the side the terms ask, not the
        # venue or the people the harm befalls (a side of the asked one, its forces or its state, stays: "the Israeli army"; and so
        # does a state threatened: "threatened to attack Israel if the United States strikes …")
        asked_sides = [m for m in targets if m.actor.iri not in authors]
        if c.relation == "threatens" and c.subject.actor.iri in authors and asked_sides and c.object.actor.type != "State" \
                and not any(_same_side(c.object.actor, m.actor) for m in asked_sides):
            yield from (replace(c, object=m, condition=clause.text) for m in asked_sides)
            continue
        # ("sanctions relief": a noun of ending after the measure it heads)
        if act.ended_by is not None and _ended(c.relation) and (c.trigger.i > act.ended_by.i or c.trigger.head.i == act.ended_by.i != c.trigger.i) \
                and c.subject.actor.iri in authors:
            # to end on a condition what one gives is a threat ("will suspend military aid to Egypt if Cairo buys …"),
            # to end a hostile act an offer ("will halt its strikes on Lebanon only if Hezbollah withdraws …")
            yield replace(c, relation=ENDED[vocab[c.relation].group], frame="exchange", condition=clause.text)
            continue
        threat = vocab[c.relation].group == "conflictual" and c.relation != "threatens" and c.subject.actor.iri in authors
        # a harm held out on a condition is the threat of it, not yet the harm ("will impose sanctions on UAE-based companies
        # unless the flights stop" threatens; it does not sanction)
        if not (threat and c.relation in HARMS):
            # money offered by the act's own verb is aid ("has offered South Sudan a $500 million advance in exchange for …")
            money = act.money and c.relation == "concedes" and c.trigger.i == act.verb.i
            yield replace(c, condition=clause.text, **({"relation": "aids"} if money else {}))
        if threat:
            yield replace(c, relation="threatens", frame="exchange", condition=clause.text)
    # "will not release the prisoners until …" withholds from someone an act still to come: a demand, as
    # "will not talk until …" is
    # (or from no one named, refused on terms another side must meet: "would not leave the city until Kinshasa frees …")
    withheld = clause.pending and any(m.actor.iri not in authors for m in (*act.objects, *(targets if clause.refused and not act.known else ())))
    # "would keep up the blockades until Paris vetoes the accord": pressure kept up until the other side acts asks it to act
    # (on the verb that has the subject, where there is a parse: not "would keep its border with Benin closed until …", whose
    # "closed" the parser hangs apart, with no subject of its own)
    kept = act.more and clause.after_negation and (not act.verb.dep_ or any(c.dep_ in ("nsubj", "nsubjpass") for c in act.verb.children))
    if not targets or (clause.after_negation and not acts and act.relation is None and not act.warned and not withheld and not kept):
        return  # "did not expect a breakthrough until …": a forecast, not a demand; "vowed to keep up pressure until …" is one
    us = _said_as_us(act.verb)
    for author, target in ((a, t) for a in act.authors for t in targets):
        if author.actor.iri == target.actor.iri or (us and author.actor.type == "Person"):
            continue
        yield Candidate(author, target, act.verb, "demand", "demands", source, clause.text)
        # (a title its clause states is no act of the author's where the act's own words name what is given: "European
        # Commission President Ursula von der Leyen has promised Serbia 1.6 billion euros, but only if …" offers the money)
        if any(c.subject.actor.iri == author.actor.iri for c in acts if not (act.money and c in facts)) \
                or (act.relation == "demands" and not (clause.threat or act.warned)):
            continue  # "made its approval conditional on …": the act is the demand itself, neither offer nor threat
        conflict = act.relation is not None and vocab[act.relation].group == "conflictual"
        if any(c.subject.actor.iri == author.actor.iri for c in paid):
            relation = "concedes"
        elif act.ended_by is not None and act.relation is not None and _ended(act.relation) and not act.warned:
            relation = ENDED[vocab[act.relation].group]
        elif (clause.threat and not clause.withholds) or conflict or act.warned or (act.ended_by is not None and (act.money or act.more)) or (act.answers_harm and act.relation is None) or reprisal:
            # (an act of no relation of its own answering a harm is a reprisal held out: "will respond if Azerbaijan shells the
            # villages again", "will take Kisangani if the army keeps bombing our positions")
            # (money or trade it ends is a giving ended: "sospenderà i fondi per la Serbia finché Belgrado non ritirerà …",
            # "would suspend all trade with Venezuela if …" threaten)
            relation = "threatens"
        elif act.relation is not None and act.relation != "demands":
            relation = act.relation
        elif act.more and clause.after_negation and not clause.refused:
            continue  # "would keep its ban on Ukrainian grain imports until …": what is kept up until the other side acts is pressure, no offer
        elif act.money:
            relation = "aids"  # (more money is still aid: "pronta a raddoppiare il contributo alla Giordania purché …")
        elif act.more:
            relation = "cooperatesWith"
        else:
            relation = "concedes"
        # leave given on terms is a concession, whatever the thing approved: "would approve the takeover of Ridgeline Steel by
        # Vantor only if …", "autorizzerà il nuovo prestito ponte a condizione che …" do not aid
        if relation == "aids" and _permits(act.verb):
            relation = "concedes"
        # a threat is made to whoever must comply ("will hand the mine to a Russian partner unless
        # Orano pays" threatens Orano); an offer goes to whom the act is for, but at a price to the side that pays it back
        # ("agreed to bar Iranian tankers from its harbours in return for a US defence pledge" is offered to the US)
        # (an act its own word names, done to several sides on terms each of them must meet, goes to each: "offered to host a
        # new round of talks between Georgetown and Caracas, provided both governments freeze …")
        beneficiary = target if relation == "concedes" and (any(c.subject.actor.iri == author.actor.iri for c in paid) or price) \
            else target if relation == act.relation and any(m.actor.iri == target.actor.iri for m in act.objects) \
            else next((m for m in act.objects if m.actor.iri != author.actor.iri), target)
        # (forces asked in their own name are threatened through their state when the act names it: "would deploy troops along
        # the Ethiopian border if Ethiopian forces entered …" threatens Ethiopia; and when the act is done to no one named, so is
        # what it offers: "if the Congolese army keeps bombing our positions, we will take Kisangani" threatens the Congo, "would
        # withdraw its troops once Kyrgyz forces pull back" offers to Kyrgyzstan)
        threatened = sides.get(target.actor.country, target) if target.actor.sector is not None else target
        if not act.objects and relation in ("threatens", "concedes"):
            threatened = beneficiary = _state_of(target, author, doc)
        yield Candidate(author, threatened if relation == "threatens" else beneficiary, act.verb, "exchange", relation, source, clause.text)
        if relation == act.relation and vocab[relation].symmetric:
            # a mutual act offered on terms is done with each side it names, asked or not: "offered to mediate between Bamako
            # and the separatists once the junta halts …" consults the separatists too
            yield from (Candidate(author, m, act.verb, "exchange", relation, source, clause.text)
                        for m in act.objects if m.actor.iri not in (author.actor.iri, beneficiary.actor.iri))
