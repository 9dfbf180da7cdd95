"""Relation lexicons: ``ontologies/lexicon/<lang>.tsv``, the language data of the relation engine.

Every line is one tab-separated row with seven columns::

    lemma   frame   relation   subject   object   options   note

Trigger rows state a relation:

- ``lemma``: the lemma of the word that carries the relation ("praise", "sanzione").
- ``frame``: ``verb``, ``noun`` or ``adj`` — the part of speech of the trigger, which
  decides how its arguments are found (``kg.relations.component`` explains the frames).
- ``relation``: a relation name of the vocabulary (``kg.vocab``, from ``ontologies/kg.ttl``).
- ``subject`` and ``object``: where each argument is, as ``|``-separated slots tried in
  order (the first slot that finds an actor wins):

  ========== ==================================================================
  agent      who acts: the subject of an active verb, the by-agent of a passive one,
             the subject inherited through control ("sought to shape"),
             coordination and participles; for a noun, its possessor ("Russia's
             coalition"), its actor modifier ("the Russian invasion") or the
             subject of the light verb that governs it ("imposed sanctions")
  patient    the direct object of an active verb, the subject of a passive one, or an
             actor inside that object's phrase ("sanctioned tankers of Russia's fleet")
  direct     the direct object only, never an actor deeper in its phrase
  prep:X     the object of the preposition X ("cooperate with", "sanctions against")
  xcomp      the first actor in the trigger's clausal complement ("threatened to
             use nuclear weapons against X")
  host       what a title or role noun describes: the other side of an apposition
             ("X, a close ally of Y") or the subject of a copula ("X is a member of Y")
  mod        an actor modifying the noun ("the British prime minister")
  reciprocal the other coordinated subjects ("X and Y held talks" → X–Y)
  relative   the first actor in a relative clause on the noun ("a coalition that
             includes X")
  clause     the subject of the clause the noun's phrase belongs to ("Under pressure
             from X, Y agreed" → the pressure is on Y)
  place      the actor in a place phrase (``@place`` prepositions) of the trigger
             ("massed troops near X", "investigate reports at Iranian sites")
  self       the actor the noun itself stands for ("Maduro's government" is Venezuela)
  ========== ==================================================================

  Languages parsed without dependencies (Italian) read the same slots linearly:
  ``agent`` is the nearest actor before the trigger in subject position (or the actor
  after "da" in a passive), ``patient`` the next actor after it, ``prep:X`` the actor
  after the preposition X (contracted forms are listed as ``@contraction`` rows).

- ``options``: space-separated ``key=value`` pairs:
  ``with=w1,w2`` words that must be attached to the trigger (dependency parse) or
  within three words of it (linear) — "call on", "peace talks", "prime minister";
  a trigger with more required words wins over a shorter one at the same token.
  ``unless=w`` skip the trigger when the next word is ``w`` ("sostiene che" is speech,
  not support). ``condition=SLOT`` the phrase at that slot is the relation's condition
  ("condition X on Y").
- ``note``: free text for the reader.

Cue rows qualify relations rather than state one: ``frame`` is ``cue``, ``relation`` is
one of ``CUES`` and ``lemma`` is a word or a space-separated phrase ("according to",
"in exchange for"), matched on lemmas or lower-cased forms; a lemma starting with ``-``
is a word ending ("-rà": Italian future). ``@pronoun`` rows take
``type=`` in options (the actor types the word can refer back to; the nouns that refer back, "the alliance",
are ``ontologies/actors/descriptions.tsv``, kg.relations.mentions.referring), ``@contraction`` rows the base preposition in
``object``, ``@act_noun`` rows the endings of the noun's verbs in ``object`` ("-ation" with "-ate|-|-e"). Lines starting with ``#`` are comments. Malformed rows are refused with
``file:line`` (``E201``, ``E203``).
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import ResourceError, ValidationError
from kg.model import ACTOR_TYPES
from kg.settings import ONTOLOGIES
from kg.vocab import vocabulary

FRAMES = ("verb", "noun", "adj")
SLOTS = ("agent", "patient", "direct", "xcomp", "host", "mod", "reciprocal", "relative", "clause", "place", "self", "previous")
OPTIONS = ("with", "unless", "condition")
CUES = {
    "@negation": "negates the relation (not, never, non)",
    "@failure": "a verb whose complement did not happen (failed to)",
    "@rejection": "a verb that turns its complement into a rejection (refused to → rejects)",
    "@denial": "a speech verb that negates what it reports (denied that)",
    "@hypothetical": "modal of possibility (may, could, potrebbe)",
    "@future": "future or intention (will, plan to, -rà)",
    "@irrealis": "a verb whose complement is wished or asked for, not stated (urge X to)",
    "@attribution": "a speech or belief verb: its subject is who the content is attributed to",
    "@source": "a phrase naming the source of the whole sentence (according to, secondo)",
    "@condition": "a clause marker that makes the relation conditional (if, unless)",
    "@exchange": "a condition that is also a demand on whoever it names (in exchange for)",
    "@price": "an @exchange marker that names a price paid back (in exchange for, in cambio di): a harm paid on it is done, not held out",
    "@precondition": "a noun of terms set for an act after for/per (a precondition for talks, la precondizione per): the terms are what it is equated with",
    "@condition_noun": "a @precondition noun that also names a state of things (condition, condizione): terms only of a relation noun after for/per",
    "@none": "a negative determiner of a noun (no, nessun): 'no aid without reforms' sets terms with @without",
    "@without": "a marker of the terms of a noun under @none (no talks without a withdrawal, nessun negoziato senza)",
    "@obligation": "a verb of obligation that, with @first, puts a condition on the clause before it (must first, deve prima)",
    "@circumstance": "words that make a condition clause of their own an open circumstance, set by nobody (if needed, as long as it takes, se necessario)",
    "@permission": "a verb of giving leave (approve, authorise, autorizzare): what it approves on terms is a concession, not the aid its object names",
    "@offer": "a verb of offering: an agreement or talks it gives someone is a concession to them, not an act agreed (offer, offrire)",
    "@readiness": "a word of being ready for an act (ready, willing, prepared): talks one offers or is ready for are a bargain proposed (negotiatesWith), not a meeting held",
    "@receipt": "a verb of getting or undergoing: its subject is who is given the act, so a condition on it is no offer of the subject's (get, receive, face, ricevere, subire)",
    "@first": "an adverb of what comes first: with @obligation the other side's condition (first, prima)",
    "@terms": "a predicate that states the terms of what its subject names (is conditional on, è subordinato a): a condition only there",
    "@threat": "a condition marker after which the act follows a refusal: a threat (unless)",
    "@until": "a time marker that sets a condition after a negation or a @continuation verb (will not stop until, will keep up the blockade until, finché)",
    "@continuation": "a verb that keeps an act going, so that @until sets a condition (keep, continue)",
    "@once": "a time marker that sets a condition on an act still to come (will lift the veto once, non appena)",
    "@warning": "a verb of warning: a conditional act reported under it is a threat (warn, avvertire)",
    "@question": "a verb after which if/whether opens a question, not a condition (asked if)",
    "@light": "a light verb whose subject acts through its noun (impose sanctions)",
    "@copula": "a verb that links a subject to a role noun (be, become)",
    "@pronoun": "a pronoun that can refer back to an actor (its, their)",
    "@plural": "a pronoun that refers back to a coordination of actors (their → China and Russia)",
    "@pair": "a word that makes a plural noun refer back to the last two coordinated actors (both sides, the two governments)",
    "@either": "a word that makes a singular noun stand for each of the last two coordinated actors (either country)",
    "@both": "a @pair word that is also a pronoun on its own, standing for the last actors joined by \"and\" (invitando entrambi alla calma)",
    "@trio": "a numeral that makes a plural noun, or itself after \"the\", refer back to the three actors of a kind its own sentence named before it, if it named just three (where the three signed)",
    "@sides": "a noun that, after a @pair word, may also name the two sides of the latest relation read (both sides)",
    "@place": "a preposition of place, for the place slot (near, at, in)",
    "@oblique": "a preposition after which an actor is no direct object (linear frames: in, con)",
    "@abbreviation": "an abbreviation whose full stop ends no sentence (dott., sig.)",
    "@private": "a noun whose nationality adjective does not stand for the state (Chinese students)",
    "@evaluative": "a verb that puts a judgement on its object (called X reckless, described X as a provocation): criticism when the judgement is hostile",
    "@hostile": "a word of hostile judgement that makes an @evaluative verb criticism where no valence list is read (ha definito «infondata» X), or where the valence list lacks it or rates it mildly (called the aid a bribe)",
    "@government": "a noun for a state's government, which a person's possessive makes the state that person leads (Maduro's government)",
    "@contraction": "a contracted preposition and its base form (alla → a)",
    "@reversal": "a verb that ends what its object noun names (lift sanctions, end the alliance)",
    "@protest": "a noun that, after \"in\", makes the act it hangs on a protest against whom the act is done to (recalled its envoy in protest)",
    "@elicit": "a verb or preposition by which an act meets a reaction (drew criticism from X, sparked protests, despite objections from X): the reaction is to the act's doer",
    "@adjunct": "a preposition whose event noun or gerund shares the subject of the verb it modifies (drilling under an accord with X, by signing a deal with X)",
    "@topic": "a preposition naming what talks are about: talks on a ceasefire, a dispute over a treaty",
    "@alongside": "a preposition by which the subject of a verb of fighting fights together with its object: they cooperate (fought alongside X)",
    "@together": "an adverb or preposition by which coordinated subjects of a hostile verb act side by side, not on each other (fought together, jointly, against a third)",
    "@joint": "an adjective by which the agents of its noun act together: they cooperate (A and B launched a joint offensive)",
    "@mediation": "a verb whose subject or by-agent hosts or mediates talks between others (mediate, host)",
    "@definite": "a determiner that makes a noun refer back (the alliance, questo blocco)",
    "@any": "a determiner by which what a reaction refuses is the last sentence's act, as with @definite (rejected any withdrawal, ha respinto ogni richiesta)",
    "@stance": "a prefix that turns an actor adjective into a stance (anti-Western)",
    "@control": "a preposition whose gerund's subject is the object before it (accused X of shelling)",
    "@future_in_past": "a modal that is a future when reported after a past speech verb (said X would)",
    # word classes the linear frames need, since a blank pipeline tags nothing
    "@preposition": "a preposition: an actor right after it is not a subject",
    "@article": "an article, skipped when looking at the word before an actor",
    "@breach": "a verb of breaking a rule or a deal, a charge against its subject when a source reports it (secondo X, Y ha violato la tregua)",
    "@kept": "a verb of keeping a rule or a deal, a breach under a negation (secondo X, Y non rispetta il memorandum)",
    "@demonstrative": "a pronoun a reaction may take for the thing its relative clause names (ha respinto quello che ha definito un ultimatum)",
    "@indefinite": "an indefinite article opening a noun after a comma that sums up the clause before (…, una decisione che X ha definito …)",
    "@boundary": "a word or sign that ends a clause (mentre, ;)",
    "@coordinator": "a conjunction joining coordinated actors (e, and)",
    "@adverb": "an adverb or adverb ending (poi, ieri, -mente), passed over between a clause opener and its verb (ma poi ha chiesto)",
    "@auxiliary": "an auxiliary verb (avere, essere)",
    "@passive": "the auxiliary of a passive (è stato criticato)",
    "@reflexive": "a reflexive clitic: with it an auxiliary and a participle are active (si è congratulato con)",
    "@agent_marker": "the preposition of a passive's agent (da, by)",
    "@clitic": "an object pronoun before the verb (lo ha criticato)",
    "@elided_article": "an article written \"l'\" before a vowel (lo, la): written in full before a vowel, it is an object clitic (lo accusa)",
    "@complementizer": "introduces reported content (ha detto che)",
    "@relative": "a relative pronoun after a preposition: its antecedent fills that preposition's slot (al quale ha chiesto, con cui ha discusso)",
    "@genitive": "the preposition of a noun's owner (il sostegno dell'Italia)",
    "@verb_ending": "an ending of infinitive lemmas (-are): a form with such a lemma is a verb",
    "@participle": "an ending of past participles (-ato), for passives",
    "@gerund": "an ending of gerunds (-ando): a gerund shares the subject of the verb it follows",
    "@between": "a preposition naming all the parties of a mutual event noun (i negoziati tra A e B)",
    "@each_other": "a reciprocal pronoun as an object (accused each other): each coordinated subject acts on the others",
    "@ruling_out": "a verb that refuses what follows when its particle is out (ruled out sending troops): the act is negated, as after refused",
    "@former": "a word before a role noun that says the role is not held now (a former ambassador): no fact",
    "@envoy": "a noun for persons sent to speak for, mediate or watch (envoy, mediation team, observers): sending them is no aid",
    "@missive": "a noun for a message sent (letter, note, formal warning): sending it is no aid",
    "@acceptance": "a verb of accepting: negated on its own verb, the concession is a rejection (would not accept X's proposal)",
    "@by_phrase": "a phrase before a genitive that names the agent of the event noun before it (il riconoscimento della Palestina da parte della Spagna)",
    "@together": "a word of company before a or con (insieme, assieme): the actors of the phrase, set off by commas after a subject, act with it",
    "@goods": "a noun of traded goods whose origin or destination after da or verso is the actor a measure on them hits (dazi sulle importazioni dalla Cina)",
    "@comitative": "a preposition naming who shares an act (l'accordo con X): a verb judging the act reaches X through it, not through a preposition of whom the act is done to (l'attacco contro X)",
    "@us": "a first-person plural object clitic (ci): in a transcript turn, the state the speaker leads or serves (ci hanno sostenuto)",
    "@peers": "a noun for persons that a pair word makes refer back (i due leader): the persons just joined, else the two sides of the latest relation, not their states",
    "@possessive": "a third-person possessive (suo, sue): the object of a judgement it opens is its possessor, the actor named before other than the judge (ha elogiato le sue riforme)",
    "@duration": "a noun of a span of time after \"da\": \"da mesi\", \"da anni\" say how long, they name no agent (accusa da mesi il Ruanda)",
    "@penalty": "a word of a penalty after \"a\": with it a verb of condemnation is a sentence, coercion (condannato a 27 anni di carcere)",
    "@disappointed": "a word of disappointment that makes \"si è detto\" criticism of whoever follows \"da\" (si è detta «delusa» dalla decisione di X)",
    "@you": "a second-person plural object clitic (vi): in an interviewer's question (D:), the state of the one asked (vi hanno chiesto)",
    "@purpose": "a preposition of purpose before an infinitive: after a verb of contact the infinitive's act is addressed to the one contacted (called X to ask, ha telefonato a X per chiedere)",
    "@beneficiary": "a preposition naming whom a thing is for (i fondi per la Tunisia): a verb of making terms asks them of that actor",
    "@behalf": "a preposition before a request noun whose act is the clause's (inviati da A su richiesta di B: B asks A)",
    "@first_person": "a first-person singular verb form or ending (ho, -rò): in a transcript its subject is the turn's speaker",
    "@answer_label": "a label that opens an interview's answer line (R:, Risposta:): the line is the interviewee's turn",
    "@first_plural": "a first-person plural verb form or ending (abbiamo, -remo; we): in a transcript its subject is the state the turn's speaker leads; an act on terms said so is no act of the speaker's own",
    "@subjunctive": "a subjunctive auxiliary (abbia, sia): its clause is subordinate, so an indicative verb coordinated after it has another subject",
    "@money": "money offered (dollars, euros, funds, fondi): a conditional offer of money is aid, not a concession",
    "@increase": "a verb of more of the same (double, aumentare): a conditional offer of more is cooperation, not a concession",
    "@trade": "a word of trade (trade, buy, commercio): an act offered on terms that names it is cooperation, not a concession",
    "@deferral": "a verb that puts off what its object names (postpone, rinviare): an act put off on terms ends it for a time, as @reversal",
    "@tenure": "an adjective of how long a role is held (new, interim, acting): names no portfolio",
    "@member_class": "a class noun a role noun modifies (state, country): \"an EU member state\" describes its host",
    "@approving": "a word of esteem in the quotation of an @evaluative verb: praise (\"ha definito X «un partner strategico»\")",
    "@judgment": "a court's decision named again (\"condemned the ruling\"): the latest judicial actor's",
    "@court": "a word that makes a body's name a court's (court, tribunal): the author of a @judgment named again",
    "@sidelines": "a noun of an event's edges (on the sidelines of a summit): talks there have no subject of dispute",
    "@responsibility": "a verb whose object \"responsibility for\" an attack makes its subject the attack's author (claim, take, admit)",
    "@response": "a verb or noun of answering (respond, reaction): an attack \"responding to\" X's act strikes X",
    "@reprisal": "a verb or noun of paying back (retaliation, reprisal): an attack \"in retaliation for\" X's act strikes X",
    "@first_pronoun": "a first-person pronoun (we, our, I, me): in a quotation, the quotation's speaker",
    "@deed_noun": "a noun that names again whatever deed was done last (the move, the decision, la mossa)",
    "@proposal": "a word of a thing put forward (propose, proposal, plan, proposta): the noun names again the latest act of such a verb",
    "@act_noun": "an ending of act nouns, with the endings of their verbs in object (-ation → -ate|-|-e: deportation → deport, classification → classify)",
    # word classes of the linear frames (Italian): what each word does in the rule that reads it
    "@unaccusative": "a verb that takes its auxiliary from essere and has no passive (è entrata nella Nato is no passive)",
    "@belonging": "a word that may stand between a member and its word of membership (è diventata il 32° membro, entrambi Stati membri)",
    "@focus": "a focus adverb (solo, only): before the member named after a fronted among-the-members phrase (Tra i Paesi del G7, solo l'Italia); after a copula's negation it denies no role (is not only a member)",
    "@leading": "a noun of leadership after under: its genitive names the leader of the body set off by commas (sotto la presidenza di X)",
    "@past_auxiliary": "a past form of an auxiliary: the office of an under-the-leadership phrase was held then, not now (aveva firmato)",
    "@quantity": "a noun of quantity, no name in the words around a trigger (ha richiamato decine di migliaia di riservisti)",
    "@undergone": "a participle of undergoing: the actor after its da is whom the act came from, no agent of the verb before (subite da)",
    "@charging": "a participle of charging: its di + infinitive is the deed charged to the noun it describes (le milizie accusate di aver attaccato)",
    "@blamed": "a participle that lays a deed on the actor after a (un attacco attribuito alla Russia)",
    "@commenting": "a gerund that says what a quoted judgement is about (commentando la decisione di X)",
    "@modal": "a modal verb, which carries the person of its infinitive (Vorrei ringraziare)",
    "@addressing": "a verb that addresses a message to someone, as a verb of contact does: an infinitive of purpose after it is addressed to them (ha scritto al ministro X per chiedere)",
    "@returning": "a verb of taking one's place at an event, which makes the event noun after a its predicate (tornare al tavolo dei negoziati)",
    "@cancelled": "a verb or participle that calls an event off: the event did not happen (il vertice è stato annullato)",
    "@founding": "a verb of founding: its subject is a member only of a bloc it founded, not of a channel or an army it set up",
    "@dative": "an indirect object clitic before a verb (gli, le) or an ending of one after an infinitive or a gerund (-gli, -le): it fills the verb's \"a\" slot (gli ha promesso sostegno, per confermarle il sostegno)",
    "@declared": "a participle of saying oneself something after si, which a @disappointed word makes criticism (si è detta «delusa»)",
    "@local_body": "a noun of a local body that refers back alone to the last actor named with its word or adjective (la Regione, la giunta, il Comune)",
    "@local_council": "a local body's governing council that may be any of the other local bodies (la giunta: a region's or a town's)",
    "@local_title": "a local office's title that refers back alone to the person last named with it (il sindaco, il prefetto, l'assessore)",
    "@rotating_chair": "a role a state holds in a bloc by rotation and leads it by (ASEAN chair Malaysia): the one office a state holds",
    "@forum": "a word before a preposition whose actor hears a case (davanti a, dinanzi a): the forum of an act, not whom it is done to (minaccia di portare il caso davanti all'Onu)",
}
WINDOW = 3  # words around a linear trigger in which its ``with=`` words must appear


@dataclass(frozen=True)
class Trigger:
    """One relation trigger: a lemma, the frame it heads, and where its arguments are."""

    lemma: str
    frame: str
    relation: str
    subject: tuple[str, ...]
    object: tuple[str, ...]
    source: str  # the row it comes from: "en.tsv:12"
    requires: tuple[str, ...] = ()
    unless: str | None = None
    condition: str | None = None


@dataclass(frozen=True)
class Lexicon:
    """A language's triggers by lemma (most specific first) and its cue words by cue."""

    lang: str
    path: Path
    triggers: dict[str, tuple[Trigger, ...]]
    cues: dict[str, frozenset[str]]
    pronoun_types: dict[str, frozenset[str]] = field(default_factory=dict)  # pronoun -> the actor types it may stand for
    contractions: dict[str, str] = field(default_factory=dict)  # "alla" -> "a"
    act_nouns: dict[str, tuple[str, ...]] = field(default_factory=dict)  # act noun ending -> its verbs' endings: "ation" -> ("ate", "", "e")
    # phrases and suffixes by cue, built at their first use: the engines ask for them at every sentence
    _split_cues: dict[tuple[str, str], tuple] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def pronouns(self) -> frozenset[str]:
        return self.cue("@pronoun")

    def cue(self, name: str) -> frozenset[str]:
        return self.cues.get(name, frozenset())

    def role_nouns(self) -> frozenset[str]:
        """Nouns of office ("president", "presidente"): the noun rows whose subject is the host they describe."""
        return frozenset(lemma for lemma, triggers in self.triggers.items() if any(t.frame == "noun" and "host" in t.subject for t in triggers))

    def phrases(self, name: str) -> tuple[tuple[str, ...], ...]:
        """The multiword entries of a cue, as word tuples ("according to" → ("according", "to"))."""
        key = ("phrases", name)
        if key not in self._split_cues:
            self._split_cues[key] = tuple(tuple(p.split()) for p in self.cue(name) if " " in p)
        return self._split_cues[key]

    def suffixes(self, name: str) -> tuple[str, ...]:
        """The endings of a cue, its entries written with a leading hyphen ("-iamo" → "iamo")."""
        key = ("suffixes", name)
        if key not in self._split_cues:
            self._split_cues[key] = tuple(p[1:] for p in self.cue(name) if p.startswith("-"))
        return self._split_cues[key]

    def marks(self, word: str, name: str) -> bool:
        """``word`` (lowercase) is an entry of the cue ``name`` or ends with one of its endings ("abbiamo", "tratteremo")."""
        return word in self.cue(name) or word.endswith(self.suffixes(name))

    def verb_stems(self, noun: str) -> list[str]:
        """The verbs an act noun may be derived from, by the longest ``@act_noun`` ending it has
        ("expulsion" → ["expel"]); [] for other nouns."""
        for ending in sorted(self.act_nouns, key=len, reverse=True):
            if noun.endswith(ending) and len(noun) - len(ending) >= 2:
                return [noun[: -len(ending)] + verb for verb in self.act_nouns[ending]]
        return []


def _slots(text: str, path: Path, line: int, column: str) -> tuple[str, ...]:
    slots = tuple(s.strip() for s in text.split("|") if s.strip())
    if not slots:
        raise ResourceError("E201", path=path, line=line, reason=f"empty {column} slot; use one of {', '.join(SLOTS)} or prep:X")
    for slot in slots:
        if slot not in SLOTS and not (slot.startswith("prep:") and len(slot) > 5):
            raise ResourceError("E201", path=path, line=line, reason=f"unknown {column} slot {slot!r}; use one of {', '.join(SLOTS)} or prep:X")
    return slots


def _options(text: str, path: Path, line: int) -> dict[str, str]:
    options: dict[str, str] = {}
    for part in text.split():
        key, sep, value = part.partition("=")
        if not sep or key not in (*OPTIONS, "type") or not value:
            raise ResourceError("E201", path=path, line=line, reason=f"bad option {part!r}; use key=value with keys {', '.join(OPTIONS)} (type= on @pronoun rows)")
        options[key] = value
    return options


@functools.lru_cache(maxsize=8)
def load_lexicon(lang: str, folder: Path = ONTOLOGIES / "lexicon", derived: bool = True) -> Lexicon:
    """The lexicon of ``lang``, validated: every bad row is an error naming ``file:line``.

    With ``derived``, the rows of ``<lang>.wordnet.tsv`` (``kg.relations.wordnet``) follow,
    for lemmas ``<lang>.tsv`` does not list."""
    path = folder / f"{lang}.tsv"
    if not path.is_file():
        raise ResourceError("E201", path=path, line=0, reason=f"no relation lexicon for language {lang!r}; add {path.name} next to en.tsv")
    triggers: dict[str, list[Trigger]] = {}
    cues: dict[str, set[str]] = {}
    pronoun_types: dict[str, frozenset[str]] = {}
    contractions: dict[str, str] = {}
    act_nouns: dict[str, tuple[str, ...]] = {}
    _read_rows(path, triggers, cues, pronoun_types, contractions, act_nouns)
    extra = folder / f"{lang}.wordnet.tsv"
    if derived and extra.is_file():
        more: dict[str, list[Trigger]] = {}
        _read_rows(extra, more, cues, pronoun_types, contractions, act_nouns)
        for lemma, rows in more.items():
            triggers.setdefault(lemma, rows)
    return Lexicon(
        lang=lang,
        path=path,
        # most specific first: a trigger that needs more words wins over a bare lemma
        triggers={k: tuple(sorted(v, key=lambda t: -len(t.requires))) for k, v in triggers.items()},
        cues={k: frozenset(v) for k, v in cues.items()},
        pronoun_types=pronoun_types,
        contractions=contractions,
        act_nouns=act_nouns,
    )


def _read_rows(
    path: Path, triggers: dict[str, list[Trigger]], cues: dict[str, set[str]], pronoun_types: dict[str, frozenset[str]], contractions: dict[str, str],
    act_nouns: dict[str, tuple[str, ...]],
) -> None:
    known = vocabulary()
    with path.open(encoding="utf-8") as handle:
        for lineno, row in enumerate(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), start=1):
            if not row or not row[0].strip() or row[0].startswith("#"):
                continue
            if len(row) < 5:
                raise ResourceError("E201", path=path, line=lineno, reason="expected 'lemma<TAB>frame<TAB>relation<TAB>subject<TAB>object[<TAB>options<TAB>note]'")
            lemma, frame, relation, subject, obj = (cell.strip() for cell in row[:5])
            options = _options(row[5] if len(row) > 5 else "", path, lineno)
            lemma = lemma.lower()
            if frame == "cue":
                if relation not in CUES:
                    raise ResourceError("E201", path=path, line=lineno, reason=f"unknown cue {relation!r}; use one of {', '.join(CUES)}")
                cues.setdefault(relation, set()).add(lemma)
                if relation == "@pronoun":
                    types = frozenset(options.get("type", "").split("|")) - {""}
                    if not types or not types <= set(ACTOR_TYPES):
                        raise ResourceError("E201", path=path, line=lineno, reason=f"{relation} needs type=T1|T2 with types among {', '.join(ACTOR_TYPES)}")
                    pronoun_types[lemma] = types
                if relation == "@contraction":
                    contractions[lemma] = obj
                if relation == "@act_noun":
                    # "-ation" with "-ate|-|-e": a lone "-" is the bare stem ("consultation" → "consult")
                    endings = tuple(e.strip() for e in obj.split("|"))
                    if not lemma.startswith("-") or not all(e.startswith("-") for e in endings):
                        raise ResourceError("E201", path=path, line=lineno, reason="@act_noun needs an ending (-ation) and its verbs' endings in object (-ate|-|-e)")
                    act_nouns[lemma[1:]] = tuple(e[1:] for e in endings)
                continue
            if frame not in FRAMES:
                raise ResourceError("E201", path=path, line=lineno, reason=f"unknown frame {frame!r}; use one of {', '.join(FRAMES)} or cue")
            if relation not in known:
                raise ValidationError("E203", name=relation, where=f"{path}:{lineno}", known=", ".join(known))
            if " " in lemma:
                raise ResourceError("E201", path=path, line=lineno, reason=f"the lemma {lemma!r} has a space; put the other words in options as with=")
            condition = options.get("condition")
            if condition is not None:
                _slots(condition, path, lineno, "condition")
            trigger = Trigger(
                lemma=lemma,
                frame=frame,
                relation=relation,
                subject=_slots(subject, path, lineno, "subject"),
                object=_slots(obj, path, lineno, "object"),
                source=f"{path.name}:{lineno}",
                requires=tuple(w for w in options.get("with", "").lower().split(",") if w),
                unless=options.get("unless"),
                condition=condition,
            )
            triggers.setdefault(lemma, []).append(trigger)
