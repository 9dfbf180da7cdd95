"""Linear frames: relations read off word order, for languages parsed without dependencies.

Italian runs spaCy's blank pipeline (tokens, sentences, simplemma lemmas), so the frames
are read from positions, with the same lexicon slots as the dependency frames:

- the subject (``agent``) is the nearest actor before the trigger that stands in subject
  position — not after a preposition ("con Kiev") or right after a verb ("ha incontrato
  Zelensky") — or, in a passive ("è stato criticato da X", "sono state approvate
  dall'Unione europea"), the actor after the agent marker;
- a noun's subject is its genitive ("il sostegno dell'Italia"), an actor adjective right
  after it ("l'invasione russa") or the subject of a light verb before it ("ha imposto
  nuove sanzioni");
- the object (``patient``) is the next actor after the trigger, ``prep:X`` the actor after
  X or its contracted forms ("all'Iran"); a clitic before the verb ("lo ha criticato")
  points back to the last actor in object position; coordinations ("con Iran, Corea del
  Nord e Cina") are distributed;
- a participle without auxiliary is a passive when its agent follows ("l'accordo firmato
  dalla Commissione con il Mercosur"); a gerund after an inverted speech verb shares its
  speaker ("…, ha detto Crosetto ricevendo l'omologo"); a mutual event noun relates the
  parties named after "tra" ("i negoziati tra Kiev e Mosca"); a condition with a negation
  ("se Kiev non paga") is an "unless": the act is a threat;
- a government named by its state or its leader is that state ("il governo di Maia Sandu"),
  a bare "il governo" the press's own state; a noun trigger right after its subject is the
  present of its verb ("Islamabad accusa Kabul");
- a verb right after ", ", "e" or "ma" with no subject of its own continues the clause before
  ("ha respinto quello che ha definito un ultimatum, ha accusato il Cremlino e ha chiesto …");
  "entrambe le parti", "i due Paesi", "i tre governi" are the last actors joined by "e"; a mutual
  act ("si sono accusati a vicenda") goes both ways;
- an owned event noun answered by a verb is addressed to that verb's subject ("Lisbona ha respinto le
  richieste di Madrid": Spain requests of Portugal); a hostile measure ended by an ``@reversal`` verb is a
  concession ("ha revocato le sanzioni contro Seul"); a thing dismissed that no row names ("ha respinto il
  documento") and a clitic with no antecedent in its sentence ("… Il presidente senegalese lo ha
  ringraziato") point back to the sentence before; a direct object described by a common noun is the
  person named after its comma ("ha arrestato il direttore del porto, Nikos Papadakis,"); a noun's
  complement may stand between its light verb and it ("ha firmato con l'Argentina un accordo");
- an event noun takes the subject of the relative clause whose light verb makes it ("le sanzioni che il
  Canada ha imposto"), and a copula governs its predicate noun as a light verb does ("è diventata il primo
  fornitore"); a clitic with no direct object before it is the last person named ("ha telefonato a Lula e
  lo ha ringraziato"); a condition's party may be a government or definite noun the reading placed
  ("purché il governo ritiri …"), and an act whose clause names no subject is its speaker's;
- "il governo" of a story that never names the press's own state is the story's state; a verb of evaluation
  with a hostile word is criticism ("ha definito «infondata» la decisione"), also from a relative clause
  ("la legge del governo, che giudicano «iniqua»"); a condemnation recalls the author of the deed it names
  ("ha condannato l'attacco"); a clash "con X" goes both ways, and an event noun after "in" or "durante"
  shares its clause's subject ("sono rimasti feriti negli scontri con X"); "i sindacati" may be the unions
  just joined by "e"; a request "su richiesta di X" is addressed to the agent of its clause.

Qualifiers look at the few words before the trigger (negation "non", modality "potrebbe",
future "-rà"), at condition markers after it ("a condizione di", "se"), at source phrases
("secondo X", "secondo quanto riferito da X") and at speech verbs ("ha detto che …",
"…, ha dichiarato X"). Every word list is a cue of the language's lexicon.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, replace
from typing import Callable, Iterator

import simplemma
from spacy.tokens import Doc, Span, Token

from kg.actors.gazetteer import ACTOR_BASE, Gazetteer
from kg.actors.names import folded
from kg.actors.resolution import actor_of
from kg.actors.rules import load_rules
from kg.actors.titles import HYPHENS
from kg.extract.parse import infinitive, inflected_verb, text_lines
from kg.relations.conditions import BOUNDARY, CONDITION_FRAMES, Act, ConditionClause, Markers, circumstance, condition_clauses, conditional, ends, offers_money, offers_more, parties, opening, clause_actors, withheld_width, given_on_terms
from kg.relations.frames import RELIEVED, Candidate, Discourse, Opinions, Qualifiers, act_kind, deed, listed_sides, recall_act, reciprocal
from kg.relations.mentions import MentionIndex, office_body, referring
from kg.relations.lexicon import WINDOW, Lexicon, Trigger
from kg.model import ACTOR_TYPES, Actor, Mention
from kg.vocab import vocabulary

QUALIFIER_WINDOW = 4  # words before a trigger where negation and modality are looked for
SUBJECT_REACH = 12  # words back from an actor to the verb or clause start that decides its role
IRREALIS_REACH = 12  # words back from a trigger to a verb or noun that makes it wished-for
IMPERFECT = ("ava", "eva", "iva", "avano", "evano", "ivano")
DEEDS = frozenset({"attacks", "coerces", "mobilizes", "sanctions", "threatens"})  # hostile acts a source can allege
JUDGING = frozenset({"criticizes", "praises", "rejects", "supports"})  # verbs whose object may be an act judged by its agent
HEADLINE_REACH = 3  # words from a headline's comma to its event noun ("Mosca, nuove dure sanzioni")
PREP_GAP = 5  # words between a preposition and its actor ("contro la legge di bilancio del governo")
REDUCED_GAP = 3  # words between a participle without auxiliary and its agent marker ("finanziati in parte dall'UE")
FRONTED_REACH = 12  # words from a fronted clause's verb to the comma that closes it ("Dopo aver incontrato … a Parigi,")
OBJECT_PHRASE = 3  # words of a noun phrase between a verb and the actor ending it ("ha convocato due diplomatici tedeschi")
BARE_REACH = 4  # words back from a participle to its auxiliary ("ha poi più volte criticato")
OWNER = 5  # words from a noun of terms to the "di" actor that owns it ("l'accordo commerciale dell'Unione europea", "la ripresa dei negoziati della Serbia")
LIGHT_REACH = 6  # a light verb governs a noun only this close: "hanno firmato ieri a Roma undici accordi"
PATIENT_REACH = 7  # the direct object starts this close to its verb
OBJECT_REACH = 15  # words after a trigger where its object may be
SENT_REACH = 6  # words after a verb of giving where what it sends is named ("ha inviato a Niamey il suo ambasciatore")
BY_REACH = 2  # "della Palestina da parte della Spagna": the agent phrase right after a noun's genitive
GOVERNMENT_REACH = 5  # words after "il governo" where an actor would name whose it is ("il governo di unità nazionale di X")
QUOTE_REACH = 80  # words back from a sentence to the quote mark it may stand in
OPENING_QUOTES, CLOSING_QUOTES = frozenset("«“"), frozenset("»”")
INFINITIVE_MARKER = "di"  # "ha negato di aver …": what a speech verb reports in an infinitive
TITLE_REACH = 2  # words after a title where its "di" may be ("il segretario generale della Nato")
DISMISSALS = frozenset({"rejects", "criticizes"})  # reactions whose object may be a thing put forward just before
PEOPLE = frozenset({"Person"})  # what an ``@peers`` noun refers back to ("i due leader")
ANYONE = frozenset(ACTOR_TYPES)  # what "i due" refers back to: the actors as named, leaders as persons
JUDGEMENTS = frozenset({"praises", "criticizes", "rejects"})  # what a possessive object may be judged by ("ha elogiato le sue riforme")
THANKED = frozenset({"aids", "supports"})  # what praise "per" a gift recalls ("ha ringraziato Roma per gli aiuti")
JUDGED_GAP = 4  # words from a gerund to the quotation it puts on what was rejected ("definendole «infondate»", "parlando di «…»")
BODIES = frozenset({"Organization", "IntergovernmentalOrganization", "Group"})  # the kinds of a body a person may own (``_body_noun``)
ASKED = frozenset({"requests", "demands"})  # acts whose "che" clause names whom they ask ("esige che Kiev si ritiri")
ANSWERED = ("threatens", "demands", "accuses")  # what a reply in words rejects ("ha replicato che …")
JUDGED = ("accuses", "criticizes")  # hostile judgements: "le accuse", "le critiche" recall whoever made the last of either
MEASURES = frozenset({"sanctions", "investigates"})  # measures whose blow a gerund of hitting may describe ("…, colpendo la Francia")
ELLIPSIS_REACH = 4  # words from an elliptical "uno" back to its comma, and from the comma back to the noun it stands for
INSERTION_REACH = 10  # words of a describing phrase between commas inside a coordination ("…, fedele al premier X, e …")
RELATIVE_INSERTION_REACH = 16  # words of a relative clause between commas inside a coordination ("…, che nel 2022 ha restituito il reperto, e …")
DESCRIBED_REACH = 5  # words after a title complement's comma to the person it names ("…, il generale italiano X")
DURATION_REACH = 4  # words from "da" to the noun of a span of time ("da oltre un anno")
PORTFOLIO_REACH = 4  # words back from an "e" to the preposition of the title whose complement it joins ("il ministro per lo Sport e i giovani")
SUBJECT_NOUN_WORDS = 3  # words of a relative's subject phrase before its name ("che il presidente francese Macron ha …")
PORTFOLIO_WORDS = 4  # words of a title's portfolio between its noun and the name after it ("il ministro dell'Economia X")
SUMMING_REACH = 3  # words of a noun phrase summing up the clause before a relative ("una decisione", "una scelta politica")
CANCEL_REACH = 12  # words from an event noun to the predicate that calls it off ("il vertice tra X e Y previsto a Budapest è stato annullato")
NEGATED_CONDITION = 6  # words into a condition where a negation makes it "unless" ("se il governo spagnolo non cambierà")


@dataclass(frozen=True)
class Placed:
    """A mention with its token positions in the sentence's Doc."""

    start: int
    end: int
    mention: Mention


@dataclass(frozen=True)
class Reading:
    """One sentence prepared for linear frames: its mentions, clauses and reported regions."""

    sentence: Span
    mentions: tuple[Placed, ...]
    sources: tuple[tuple[int, int, Actor | None], ...]  # (start, end, source actor) of "secondo X"
    speech: tuple[tuple[int, int, Actor | None, bool], ...]  # content region, speaker, denial
    speech_verbs: frozenset[int]  # tokens used as speech verbs ("sostiene che", ", sostiene l'ISW")
    led: tuple[tuple[Mention, Mention, Token], ...] = ()  # (leader, state, government noun): "il governo somalo del presidente X"
    previous: tuple[Mention, ...] = ()  # the actors of the sentence before: what a clitic or a dismissed thing may point back to
    turn: tuple[Mention, Mention] | None = None  # a transcript turn's speaker ("SALAM:") and the state the speaker leads or serves ("we"), else the speaker
    asked: Mention | None = None  # in an interviewer's question ("D:"), the state the one asked leads or serves ("vi")
    voices: tuple[tuple[int, int, Mention], ...] = ()  # a "che" region of speech and who speaks there: the state its speaker leads, else the speaker
    carried: tuple[Mention, ...] = ()  # the last agent of the paragraph's sentences before, for a verb with no subject ("Ha poi chiesto …")
    carried_plural: bool = False  # whether the verb that agent took was plural


@dataclass(frozen=True)
class PlacedIndex:
    """A reading's mentions, with the governments and definite nouns it placed ("purché il governo ritiri
    …"), looked up as the shared condition reader looks up a ``MentionIndex``."""

    placed: tuple[Placed, ...]

    def in_span(self, start: int, end: int) -> list[tuple[int, int, Mention]]:
        return [(p.start, p.end, p.mention) for p in self.placed if start <= p.start < end]


class LinearEngine:
    """Frames and qualifiers over word order; one instance per language lexicon."""

    def __init__(self, lexicon: Lexicon, opinions: Opinions = Opinions()) -> None:
        self.lexicon = lexicon
        self.opinions = opinions
        self.markers = Markers.of(lexicon)
        # what is worked out once per document (its text, its lines), for the document read now
        self._document: Doc | None = None
        self._per_document: dict[str, object] = {}
        cue = lexicon.cue
        self.prepositions = cue("@preposition") | frozenset(lexicon.contractions)
        self.articles = cue("@article")
        self.boundaries = cue("@boundary")
        self.coordinators = cue("@coordinator")
        self.auxiliaries = cue("@auxiliary")
        self.passive = cue("@passive")
        self.reflexives = cue("@reflexive")
        self.agent_markers = cue("@agent_marker")
        self.clitics = cue("@clitic")
        self.persons = cue("@us") | cue("@you")  # "ci", "vi": object clitics of the first and second person ("ci accusa")
        self.complementizers = cue("@complementizer")
        self.subjunctive = cue("@subjunctive")
        self.relatives = cue("@relative")
        self.light = cue("@light")
        self.copula = cue("@copula")
        # word classes the rules below read (``CUES`` in kg.relations.lexicon says what each does)
        self.unaccusative = cue("@unaccusative")
        self.belonging = cue("@belonging")
        self.focus = cue("@focus")
        self.leading = cue("@leading")
        self.past_auxiliaries = cue("@past_auxiliary")
        self.quantities = cue("@quantity")
        self.undergone = cue("@undergone")
        self.charging = cue("@charging")
        self.blamed = cue("@blamed")
        self.commenting = cue("@commenting")
        self.universal = cue("@any")
        self.modals = cue("@modal")
        self.returning = cue("@returning")
        self.cancelled = cue("@cancelled")
        self.founding = cue("@founding")
        self.mediation = cue("@mediation")
        self.mediated = tuple(v[:-2] + "t" for v in self.mediation if v.endswith("are"))  # "mediare" → "mediat-", its participles
        self.declared = cue("@declared")
        self.speech = cue("@attribution") | cue("@denial")
        self.verb_endings = lexicon.suffixes("@verb_ending")
        # the multiword cues ``_phrases`` looks for, by their first word: only those can start at a token with that word
        self.phrases_by_first = {name: _by_first_word(lexicon.phrases(name)) for name in ("@source", "@exchange", "@condition")}
        self.participles = lexicon.suffixes("@participle")
        self.role_nouns = lexicon.role_nouns()  # the title of the next name, part of its phrase
        rules = load_rules()
        self.home = rules.home
        self.not_current = rules.not_current.get("it", {})  # "l'ex presidente", "il presidente eletto"
        self.title_adjectives = rules.title_adjectives.get("it", frozenset())  # "il premier uscente X"
        self.cardinals = rules.cardinals.get("it", {})  # "i tre governi": three actors named together
        self.universals = rules.universals.get("it", frozenset())  # "tutti i sindacati": every union, none named
        self.gazetteer = Gazetteer.load()
        self.roles = rules.roles

    # --- words ---------------------------------------------------------------------------
    def base(self, token: Token) -> str:
        """The preposition a contracted form stands for ("dall'" → "da"), else the word."""
        word = folded(token)
        return self.lexicon.contractions.get(word, word)

    def is_verb(self, token: Token) -> bool:
        """A verb form: an auxiliary, or an inflected form of an infinitive lemma — except the
        first-person shapes that Italian nouns share ("omologo", "appoggio"), rare in news."""
        lemma, form = token.lemma_.lower(), token.lower_
        if token.text[:1].isupper() and not token.is_sent_start:
            return False  # "segretario di Stato", "Forze Armate": a capital inside a sentence starts a name
        if lemma in self.auxiliaries:
            # "in stato di allerta", "gli stati membri": an auxiliary's participle after a preposition or an article is a noun
            return not (self.participles and form.endswith(self.participles) and token.i > 0
                        and (folded(token.nbor(-1)) in self.articles or self.base(token.nbor(-1)) in self.prepositions))
        if form == lemma and form.endswith("a") and self._present_in_a(token):
            return True
        if not inflected_verb(token):
            return False
        if self.participles and form.endswith(self.participles) and token.i > 0 and token.nbor(-1).lemma_.lower() in self.role_nouns:
            return False  # "il presidente eletto Trump", "l'amministratore delegato X": a participle of the title
        if self.participles and form.endswith(self.participles) and token.i > 0 and (
                folded(token.nbor(-1)) in self.articles or self.base(token.nbor(-1)) in self.prepositions):
            return False  # "l'inviato americano", "degli alleati", "in passato": no auxiliary, an article or a preposition before it, a noun
        # "chiede", "espelle", "respinge": the third person of a verb in -ere or -ire is no noun's shape
        return form[:-1] != lemma[:-3] or (form.endswith("e") and not lemma.endswith("are"))

    def _present_in_a(self, token: Token) -> bool:
        """"accusa", "critica", "condanna": a noun's shape the lemmatiser reads as the noun, which is the present of a
        verb row in -are right after a name, "che" or an object clitic ("Human Rights Watch accusa le Rsf", "la
        Francia, che critica Mosca", "ci accusa"; not "la condanna", whose "la" is an article as often): no noun stands
        there without its article."""
        if self._opening(token):
            # "Accusa Bogotà di …", "Poi critica la Germania": the sentence's first word (past adverbs) right before a
            # name or an article is a present whose subject is carried from the sentence before (``_dropped``)
            after = token.nbor(1) if token.i + 1 < len(token.doc) else None
            if after is None or not (after.is_alpha and after.text[:1].isupper() and not after.is_sent_start or folded(after) in self.articles):
                return False
        else:
            before = token.nbor(-1)
            if not (before.is_alpha and before.text[:1].isupper() and not before.is_sent_start and folded(before) not in self.articles
                    or before.lower_ in self.complementizers | self.relatives or folded(before) in (self.clitics - self.articles) | self.persons
                    or self._elided_clitic(before, token)):
                return False
        return any(e.frame == "verb" for e in self.lexicon.triggers.get(token.lower_[:-1] + "are", ()))

    def _elided_clitic(self, word: Token, following: Token) -> bool:
        """"lo accusa", "la accusa" is no article: before a vowel the article elides ("l'accusa")."""
        return folded(word) in self.lexicon.cue("@elided_article") and following.lower_[:1] in "aeiouàèéìòù"

    def _opening(self, token: Token) -> bool:
        """Whether ``token`` opens its sentence, past adverbs only ("Poi critica …", "Ora chiede …")."""
        j = token.i
        while not token.doc[j].is_sent_start and j > 0 and self._adverb(token.doc[j - 1]):
            j -= 1
        return token.doc[j].is_sent_start

    def is_boundary(self, token: Token) -> bool:
        return token.lower_ in self.boundaries

    def match(self, token: Token, sentence: Span, lemma: str | None = None) -> Trigger | None:
        """The trigger row ``token`` fires, by its lemma (or ``lemma``) or its form."""
        entries = self.lexicon.triggers.get(lemma) if lemma else self.lexicon.triggers.get(token.lemma_.lower()) or self.lexicon.triggers.get(token.lower_)
        if not entries and lemma is None:
            # "respinta", "li ha espulsi", "è stato duramente criticato": simplemma answers the participle
            # ("respinto"), whose own lemma is the verb the rows list
            verb = _verb_of(token.lemma_.lower())
            entries = self.lexicon.triggers.get(verb) if verb else None
        if entries and lemma is None and token.lower_ != token.lemma_.lower() and token.i + 1 < sentence.end \
                and all(e.frame == "verb" for e in entries) and self.base(token.nbor(1)) in self.lexicon.cue("@genitive") \
                and not (token.i > sentence.start and token.nbor(-1).lemma_.lower() in self.auxiliaries):
            # "il Giappone, stretto alleato degli Stati Uniti": a participle's shape before "di" with a noun row of its own is that noun
            entries = [e for e in self.lexicon.triggers.get(token.lower_) or () if e.frame == "noun"] or entries
        if not entries:
            return None
        doc = token.doc
        window = doc[max(sentence.start, token.i - WINDOW) : min(sentence.end, token.i + WINDOW + 1)]
        # a name after the verb does not count: "ha inserito Huawei nella lista nera", "ha attribuito al Pakistan la responsabilità"
        # nor does a quantity: "ha richiamato decine di migliaia di riservisti"
        named = [t for t in doc[token.i + 1 : min(sentence.end, token.i + 3 * WINDOW)] if not _in_name(t, sentence)
                 and folded(t) not in self.articles and not self._adverb(t)
                 and not (t.like_num or t.lemma_.lower() in self.quantities or folded(t) == "di" and t.i > 0 and (t.nbor(-1).like_num or t.nbor(-1).lemma_.lower() in self.quantities))][:WINDOW]
        quoted = self._quoted_after(token, sentence)
        near = {self.base(t) for t in [*window, *named]} | {t.lemma_.lower() for t in [*window, *named]} | {t.lemma_.lower() for t in quoted}
        colon = self._clause_end(sentence, token.i + 1)
        if colon + 1 < sentence.end and doc[colon].text == ":" and doc[colon + 1].is_quote:
            near = near | {"«"}  # "ha attaccato il governo israeliano: «…»": words, not arms
        if token.lemma_.lower() == "stare" and token.i + 1 < sentence.end and doc[token.i + 1].lower_.endswith(("ando", "endo")):
            return None  # "sta lavorando con la Francia": the progressive, not standing with anyone
        for n, entry in enumerate(entries):
            if entry.unless and token.i + 1 < sentence.end and doc[token.i + 1].lower_ == entry.unless:
                continue
            if entry.frame == "verb" and entry.relation == "memberOf" and token.lower_ == token.lemma_.lower() and token.lower_.endswith(("are", "ere", "ire")):
                continue  # "vuole entrare nella Nato", "far entrare gli aiuti": an infinitive states no membership
            if n + 1 < len(entries) and self._condition_slot(token, entry, sentence) is None and entry.condition is not None:
                continue  # "ha condizionato le scelte di X", with no terms after "a": the verb's other sense
            if all(word in near for word in entry.requires):
                return entry
        return None

    # --- reading a sentence ---------------------------------------------------------------
    def read(self, sentence: Span, index: MentionIndex) -> Reading:
        """The sentence's mentions, sources and speech regions, read once for frames and qualifiers."""
        placed = tuple(sorted(
            [Placed(s, e, m) for s, e, m in index.in_span(sentence.start, sentence.end)] + self._anaphors(sentence, index) + self._pairs(sentence, index),
            key=lambda p: p.start,
        ))
        placed = tuple(p for p in placed if not self._private(p, sentence))
        placed, led = self._governments(sentence, placed, index, self._turn_state(sentence, index))
        sources = []
        for start, length in self._phrases(sentence, "@source"):
            end = self._clause_end(sentence, start + length)
            inside = [p for p in placed if start + length <= p.start < end]
            actor = _preferred(inside)
            sources.append((start, end, actor))
        speech, verbs = [], set()
        for token in sentence:
            if not self._says(token):
                continue
            denial = token.lemma_.lower() in self.lexicon.cue("@denial")
            after = [t for t in sentence.doc[token.i + 1 : min(sentence.end, token.i + 3)]]
            # "ha negato di aver fatto pressioni", "hanno annunciato di aver preso la base": an infinitive with the speaker's subject
            infinitive = len(after) == 2 and after[0].lower_ == INFINITIVE_MARKER and self.is_verb(after[1])
            if any(t.lower_ in self.complementizers for t in after) or infinitive:
                speaker = self._subject_before(token.i, sentence, placed, sources)
                actor = speaker.mention.actor if speaker else self._last_speaker(sentence, index) if self._opens(token, sentence) else None
                speech.append((token.i + 1, self._report_end(sentence, token.i + 1, placed), actor, denial))
                verbs.add(token.i)
            elif self._inverted(token, sentence, placed):
                end = self._clause_end(sentence, token.i + 1)
                inside = [p for p in placed if token.i < p.start < end]
                # the speaker's phrase opens right after the verb (", ha dichiarato il portavoce", "ha detto Peskov"); in
                # ", ha annunciato nuovi attacchi contro le postazioni marocchine" the verb has an object, no speaker
                k = token.i + 1
                while k < end and self._adverb(sentence.doc[k]):
                    k += 1
                opens = k < end and (sentence.doc[k].lower_ in self.lexicon.cue("@definite") or any(p.start == k for p in inside))
                actor = _preferred(inside) if opens else None
                around = self._parenthetical(token, end, inside, sentence)
                if actor is None and around and k == end:
                    actor = self._last_speaker(sentence, index)  # "Bruxelles, ha aggiunto, è pronta a …": the last speaker goes on
                if actor is not None:
                    # set off by commas on both sides, in the middle of the sentence, it reports the clause around it
                    # ("Tebboune, scrive il quotidiano francese Le Monde, ha accusato …"), up to a clause of another subject
                    speech.append((sentence.start, self._report_end(sentence, end + 1, placed) if around else self._clause_start(sentence, token.i), actor, denial))
                    verbs.add(token.i)
        charged = self._charge_content(sentence, placed, sources)
        if charged is not None:
            speech.append(charged)
        said = self._said_after(sentence, index)
        if said is not None:
            speech.append(said)
        before: tuple[Mention, ...] = ()
        if sentence.start > 0:
            previous = sentence.doc[sentence.start - 1].sent
            merged, _ = self._governments(previous, tuple(Placed(s, e, m) for s, e, m in index.in_span(previous.start, previous.end)), index)
            before = tuple(p.mention for p in merged)
        speaker = index.speaker_at(sentence[0])
        label = next((m for _, _, m in index.ordered if speaker is not None and m.actor.iri == speaker.iri), None)
        label = label or self._quote_speaker(sentence, placed) or self._quote_after_colon(sentence, index)
        turn = (label, replace(label, actor=self._government_of(label.actor, index, sentence.doc))) if label is not None else None
        turn = turn or self._interviewee(sentence, index)
        interviewee = index.asked_at(sentence[0]) if speaker is None else None
        label = next((m for _, _, m in index.ordered if interviewee is not None and m.actor.iri == interviewee.iri), None)
        asked = replace(label, actor=self._government_of(label.actor, index, sentence.doc)) if label is not None else None
        voices = []
        for start, end, actor, _ in speech:
            spoken = next((p.mention for p in placed if actor is not None and p.mention.actor.iri == actor.iri and p.end <= start), None)
            if spoken is not None:
                voices.append((start, end, replace(spoken, actor=index.leaders.get(actor.iri, actor))))
        return Reading(sentence, placed, tuple(sources), tuple(speech), frozenset(verbs), led, before, turn, asked, tuple(voices))

    def _private(self, placed: Placed, sentence: Span) -> bool:
        """"pescherecci russi", "hacker russi", "i turisti italiani": a state's adjective right after a noun of private
        people or their boats (``@private``) names their nationality, not the state (docs/annotation.md, sector actors)."""
        token = sentence.doc[placed.start]
        if placed.end - placed.start != 1 or placed.mention.actor.type != "State" or not token.is_lower or token.i == sentence.start:
            return False
        noun = token.nbor(-1)
        return folded(noun) in self.lexicon.cue("@private") or noun.lemma_.lower() in self.lexicon.cue("@private")

    def _charge_content(self, sentence: Span, placed: tuple[Placed, ...], sources) -> tuple[int, int, Actor | None, bool] | None:
        """"Islamabad accusa l'Afghanistan di offrire rifugio ai miliziani": what a charge verb says its object did,
        in an infinitive after "di" (``INFINITIVE_MARKER``), is reported by the accuser, as a speech verb's content
        is; the accused stays the infinitive's subject (the actor nearest before it)."""
        doc = sentence.doc
        for token in sentence:
            lemmas = {token.lemma_.lower(), _verb_of(token.lemma_.lower())} | {token.lower_[:-1] + ending for ending in self.verb_endings}
            if not any(e.frame == "verb" and e.relation == "accuses" for lemma in lemmas if lemma for e in self.lexicon.triggers.get(lemma, ())):
                continue  # "accusa", read as its verb's present whatever simplemma says
            accused = next((p for p in placed if token.i < p.start <= token.i + PATIENT_REACH), None)
            if accused is None or accused.end + 1 >= sentence.end or doc[accused.end].lower_ != INFINITIVE_MARKER:
                continue
            verb = doc[accused.end + 1]
            if not (verb.lemma_.lower() in self.auxiliaries or verb.lower_ == verb.lemma_.lower() and verb.lower_.endswith(self.verb_endings)):
                continue  # "accusato di tradimento": a noun, no act
            accuser = self._subject_before(token.i, sentence, placed, sources)
            return (accused.end + 1, self._clause_end(sentence, verb.i + 1), accuser.mention.actor if accuser else None, False)
        return None

    def _government_of(self, person: Actor, index: MentionIndex, doc: Doc) -> Actor:
        """The state a speaker's "we" is: the one the speaker leads, else the one a title makes the speaker
        serve ("Conferenza stampa del ministro dell'Economia Giancarlo Giorgetti"), else the speaker."""
        if person.iri in index.leaders:
            return index.leaders[person.iri]
        served = (f.object for f in doc._.kg_facts or [] if f.relation == "affiliatedWith" and f.subject.iri == person.iri and f.object.type == "State")
        return next(served, person)

    def _governments(self, sentence: Span, placed: tuple[Placed, ...], index: MentionIndex, spoken: Mention | None = None) -> tuple[tuple[Placed, ...], tuple[tuple[Mention, Mention, Token], ...]]:
        """A government named by its state or its leader is the state, as one phrase: "il governo
        somalo del presidente X", "il governo di Maia Sandu" (the state the document's title facts
        say she leads, ``index.leaders``), "il governo Meloni". A leader named beside the state
        leads it. In an interview's answer the bare "il governo" is the state of the one answering (``spoken``: "EKE: L'OMS
        ha promesso vaccini purché il governo costruisca …"). ``(mentions, led)`` with ``led`` as ``(leader, state, noun)``."""
        doc = sentence.doc
        starts = {p.start: p for p in placed}
        merged, led = list(placed), []
        for token in sentence:
            if token.lemma_.lower() not in self.lexicon.cue("@government") or token.i == sentence.start:
                continue
            before = doc[token.i - 1]
            if folded(before) not in self.articles and self.base(before) == before.lower_:
                continue  # "il governo", "del governo": a definite government, not "capo di governo"
            end, state, leader = token.i + 1, None, None
            if end in starts and starts[end].mention.actor.type == "State":
                state, end = starts[end], starts[end].end
            k = end + 1 if end < sentence.end and self.base(doc[end]) in self.lexicon.cue("@genitive") else end
            while k < sentence.end and k - end <= 3 and k not in starts and (
                doc[k].lemma_.lower() in self.role_nouns or folded(doc[k]) in self.articles or self._qualifier(doc[k])
            ):
                k += 1  # "del presidente X", "di unità nazionale di X"
            if k in starts and starts[k].mention.actor.type == "Person" and (k > end or state is None):
                leader, end = starts[k], starts[k].end
            elif k in starts and k > end and state is None and starts[k].mention.actor.type == "State" and self.base(doc[k - 1]) in self.lexicon.cue("@genitive"):
                state, end = starts[k], starts[k].end  # "il governo di transizione di Port-au-Prince": its own name, then its state
            if state is None and leader is not None:
                led_state = index.leaders.get(leader.mention.actor.iri)
                if led_state is not None:
                    state = Placed(leader.start, leader.end, replace(leader.mention, actor=led_state))
            singular = token.lower_ == token.lemma_.lower()  # "i governi europei" are no one government
            # an actor a few words on names whose government it is, unless a verb, comma or "e" starts another phrase
            # first ("ha sostenuto il governo ma ha chiesto a Bruxelles …")
            named_after = any(token.i < p <= token.i + GOVERNMENT_REACH and not any(
                t.is_punct or self.is_verb(t) or t.lower_ in self.coordinators for t in doc[token.i + 1 : p]) for p in starts)
            if state is None and leader is None and singular and not named_after:
                own = spoken or self._own_state(index)
                if own is not None:
                    state = Placed(token.i, end, replace(own, start=token.idx, end=token.idx + len(token.text), text=token.text))
            if state is None:
                continue
            if leader is not None and leader.mention.actor.iri not in index.stated:
                led.append((leader.mention, state.mention, token))
            merged = [p for p in merged if not token.i <= p.start < end] + [Placed(token.i, end, state.mention)]
        for p in placed:  # "la Spagna di Pedro Sánchez": a state owned by the person who leads it
            k = p.end + 1
            if p.mention.actor.type != "State" or k >= sentence.end or self.base(doc[p.end]) not in self.lexicon.cue("@genitive") or k not in starts:
                continue
            person = starts[k].mention
            if person.actor.type == "Person" and person.actor.iri not in index.stated and getattr(index.leaders.get(person.actor.iri), "iri", None) == p.mention.actor.iri:
                led.append((person, p.mention, doc[p.end]))
        return tuple(sorted(merged, key=lambda p: p.start)), tuple(led)

    def _turn_state(self, sentence: Span, index: MentionIndex) -> Mention | None:
        """The state of the one who answers in an interview turn (a speaker's label or an unnamed answer), if a state."""
        speaker = index.speaker_at(sentence[0])
        if speaker is not None:
            state = self._government_of(speaker, index, sentence.doc)
        else:
            turn = self._interviewee(sentence, index)
            state = turn[1].actor if turn is not None else None
        return Mention(0, 0, "", state, "home") if state is not None and state.type == "State" else None

    def _qualifier(self, token: Token) -> bool:
        """A word of a government's own name before its owner ("il governo di unità nazionale di X"): a
        genitive, or a lowercase word that is no verb, preposition, conjunction or clause marker."""
        word = folded(token)
        if self.base(token) in self.lexicon.cue("@genitive"):
            return True
        return token.is_lower and token.is_alpha and not self.is_verb(token) and self.base(token) not in self.prepositions \
            and word not in self.coordinators | self.complementizers | self.articles and not self.is_boundary(token)

    def _own_state(self, index: MentionIndex) -> Mention | None:
        """The state "il governo" means when the text names none with it: the press's own state
        (``ontologies/actors/home.tsv``) if the document names it; else the state the story is set in,
        the one it names most (twice, and twice as often as any other) by itself, its leader or its
        people and bodies ("Il presidente Kaïs Saïed …, e il sindacato Ugtt minaccia uno sciopero se il
        governo taglierà i sussidi"); else the press's own state when its own bodies (parties, companies, chambers)
        are named more than any other state's, whatever foreign state the story is about ("Senato, scontro sul
        decreto Albania … Renzi ha attaccato il governo"); else, with no state named at all, the press's own from the
        gazetteer ("La Cgil ha proclamato uno sciopero contro il governo"); else none, and "il governo"
        is read as a definite noun, the state named last."""
        home = self.home.get(self.lexicon.lang)
        if home is None or home[0] not in self.gazetteer.entries:
            return None
        named = next((m for _, _, m in index.ordered if m.actor.iri == ACTOR_BASE + home[0]), None)
        if named is not None:
            return named
        states = Counter(state for _, _, m in index.ordered if (state := self._state_of(m.actor, index)) is not None)
        ranked = states.most_common(2)
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            return Mention(0, 0, "", actor_of(self.gazetteer.entries[ranked[0][0]]), "home")
        bodies = Counter(state for _, _, m in index.ordered if m.actor.type != "State" and (state := self._state_of(m.actor, index)) is not None)
        ranked = bodies.most_common(2)
        if ranked and ranked[0][0] == home[0] and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return Mention(0, 0, "", actor_of(self.gazetteer.entries[home[0]]), "home")
        if any(m.actor.type == "State" for _, _, m in index.ordered):
            return None  # "In Perù si vota. L'ex presidente … ha accusato il governo": the state named before (an anaphor)
        return Mention(0, 0, "", actor_of(self.gazetteer.entries[home[0]]), "home")

    def _state_of(self, actor: Actor, index: MentionIndex) -> str | None:
        """The gazetteer id of the state an actor is, is led by, or belongs to (``Actor.country``)."""
        if actor.type == "State":
            iri = actor.iri
        elif actor.iri in index.leaders:
            iri = index.leaders[actor.iri].iri
        else:
            iri = actor.country or ""
        id = iri.removeprefix(ACTOR_BASE)
        return id if iri.startswith(ACTOR_BASE) and id in self.gazetteer.entries else None

    def _quote_speaker(self, sentence: Span, placed: tuple[Placed, ...]) -> Mention | None:
        """"Chiediamo alla Cina di usare la sua influenza", ha dichiarato il ministro X: a quote that opens the
        sentence, attributed after it by an inverted speech verb, is the speaker's turn ("we" is the speaker's state)."""
        doc = sentence.doc
        if not sentence[0].is_quote:
            return None
        close = next((t.i for t in sentence[1:] if t.is_quote), None)
        if close is None or close + 2 >= sentence.end or doc[close + 1].text != ",":
            return None
        j = close + 2
        while j < sentence.end and doc[j].lemma_.lower() in self.auxiliaries:
            j += 1
        if j >= sentence.end or not self._says(doc[j]):
            return None
        after = [p for p in placed if p.start > j and not any(t.is_punct for t in doc[j + 1 : p.start])][:2]
        people = [p for p in after if p.mention.actor.type == "Person"]
        return (people or after)[0].mention if after else None

    def _quote_after_colon(self, sentence: Span, index: MentionIndex) -> Mention | None:
        """"Il ministro X ha respinto le critiche: «Abbiamo chiesto a Damasco … . Sospenderemo le operazioni solo se …»":
        a quote opened right after a colon is, to its close, the turn of the person named first before the colon ("we"
        is the person's state); only a quote mark that opens ("«", "“") counts."""
        doc = sentence.doc
        opening = None
        for t in reversed(doc[max(0, sentence.start - QUOTE_REACH) : sentence.end]):
            if t.text in CLOSING_QUOTES and t.i < sentence.start or (t.is_space and "\n" in t.text):
                return None  # the quote closed before this sentence, or a paragraph ended
            if t.text in OPENING_QUOTES:
                opening = t.i
                break
        if opening is None or opening == 0 or doc[opening - 1].text != ":":
            return None
        said = doc[opening - 1].sent
        people = [m for _, _, m in index.in_span(said.start, opening) if m.actor.type == "Person"]
        return people[0] if people else None

    def _interviewee(self, sentence: Span, index: MentionIndex) -> tuple[Mention, Mention] | None:
        """An interview whose answers carry no speaker's name: the answer is the interviewee's turn ("we" is the state
        the lede's title gives him, the one state named there, else the person). An answer is a paragraph that opens
        with a quote attributed to no one ("Ministro, …? «Abbiamo firmato con l'Eni …»"), a line labelled as an answer
        ("R: Siamo disposti …", ``@answer_label``), or, where at least two paragraphs open with a question line and go
        on, a line after the first of its paragraph ("Il Paese ha voltato pagina?\nSì. …"). The interviewee is the one
        person of the lede sentence that says the paper put the questions ("risponde alle nostre domande", "abbiamo
        incontrato a Roma l'ambasciatore …, Park Sung-hoon"), the first after its verb if there are more, the first of
        the sentence before if there is none ("Il ministro X è a Roma … . Gli abbiamo chiesto …")."""
        doc = sentence.doc
        lines = self._lines(doc)
        at = next((k for k, (s, e, _) in enumerate(lines) if s <= sentence.start < e), None)
        if at is None:
            return None
        opening, end, _ = lines[at]
        labels = self.lexicon.cue("@answer_label")
        labelled = [k for k, (s, e, _) in enumerate(lines) if e - s > 2 and doc[s].lower_ in labels and doc[s + 1].text == ":"]
        asked = [k for k, (s, e, first) in enumerate(lines) if first and k + 1 < len(lines) and not lines[k + 1][2]
                 and doc[e - 1].text == "?"]
        if doc[opening].is_quote:
            if any(self.is_verb(t) and self._says(t) for t in doc[opening:end]
                   if t.i > 0 and (doc[t.i - 1].is_quote or doc[t.i - 1].text == ",")):
                return None  # "«…», ha detto X": attributed in its paragraph
            first = at
        elif at in labelled:
            first = labelled[0]
        elif len(asked) >= 2 and at > asked[0] and not lines[at][2]:
            first = asked[0]
        else:
            return None
        lede = [t for t in doc[: lines[first][0]].sents]
        for k, part in enumerate(lede):
            lemmas = {t.lemma_.lower() for t in part}
            answers = "rispondere" in lemmas and ({"domanda", "domande"} & (lemmas | {t.lower_ for t in part}))
            plural = self.lexicon.cue("@first_plural")
            verb = next((t for t in part if t.lower_ in plural and t.i + 1 < part.end and doc[t.i + 1].lower_.endswith(self.participles)), None)
            if not answers and verb is None:
                continue
            named = index.in_span(part.start, part.end)
            people = [(start, m) for start, _, m in named if m.actor.type == "Person"]
            if answers and len(people) != 1:
                return None
            if not answers:
                people = [(start, m) for start, m in people if start > verb.i][:1] or people[:1]
                if not people and k > 0:
                    named = index.in_span(lede[k - 1].start, lede[k - 1].end)
                    people = [(start, m) for start, _, m in named if m.actor.type == "Person"][:1]
                if not people:
                    return None
            at, person = people[0]
            # "Il ministro dell'Energia kazako Almasadam Satkaliyev": the state of the title right before the name
            titled = [m for start, _, m in named if m.actor.type == "State" and start < at]
            served = self._government_of(person.actor, index, doc)
            if served.iri == person.actor.iri and titled:
                served = titled[-1].actor
            return person, replace(person, actor=served)
        return None

    def _once(self, doc: Doc, what: str, work: Callable[[Doc], object]):
        """``work(doc)``, done once for the document read now."""
        if self._document is not doc:
            self._document, self._per_document = doc, {}
        if what not in self._per_document:
            self._per_document[what] = work(doc)
        return self._per_document[what]

    def _said(self, doc: Doc) -> dict[str, set[tuple[str, str]]]:
        """Who has made a statement of each class so far in the document (``_statement_class``) to whom: pairs of IRIs,
        each side with the body it leads and the leaders of the body it is (``_speaking_for``)."""
        return self._once(doc, "said", lambda _: {})

    def _heads(self, doc: Doc) -> dict[str, set[str]]:
        """The leaders of each body the document has named so far (its leaderOf relations read): body IRI → person IRIs."""
        return self._once(doc, "heads", lambda _: {})

    def _lines(self, doc: Doc) -> list[tuple[int, int, bool]]:
        return self._once(doc, "lines", text_lines)

    def _doc_text(self, doc: Doc) -> str:
        """``doc.text``, which a Doc joins from its tokens at each call."""
        return self._once(doc, "text", lambda d: d.text)

    def _said_after(self, sentence: Span, index: MentionIndex) -> tuple[int, int, Actor, bool] | None:
        """"Roma è pronta a fornire motovedette, ma solo se … . Lo ha riferito il ministro Piantedosi": a sentence
        the next one attributes, opening with a clitic for what was said and the speech verb, its speaker after it."""
        doc = sentence.doc
        if sentence.end >= len(doc):
            return None
        following = doc[sentence.end].sent
        j = following.start + 1
        while j < following.end and doc[j].lemma_.lower() in self.auxiliaries:
            j += 1
        # ("Lo riferisce l'emittente Channel 12", "Lo scrive il Washington Post": a finite speech verb right after the clitic, which
        # cannot then be the article of "Lo Stato …")
        bare = j == following.start + 1 and j < following.end and doc[j].lower_ not in self.speech and doc[j].lemma_.lower() in self.speech
        if folded(following[0]) not in self.clitics or (j == following.start + 1 and not bare) or j >= following.end:
            return None
        verb = doc[j]
        if not self._says(verb):
            return None
        inside = [Placed(s, e, m) for s, e, m in index.in_span(j + 1, self._clause_end(following, j + 1))]
        actor = _preferred(inside)
        return (sentence.start, sentence.end, actor, verb.lemma_.lower() in self.lexicon.cue("@denial")) if actor is not None else None

    def _inverted(self, token: Token, sentence: Span, placed=()) -> bool:
        """", ha dichiarato il portavoce", "Lo ha riferito il ministro": a speech verb after a comma or
        opening the sentence with a clitic for what was said, its speaker after it."""
        j = token.i - 1
        while j > sentence.start and token.doc[j].lemma_.lower() in self.auxiliaries:
            j -= 1
        opening = j == sentence.start and folded(token.doc[j]) in self.clitics
        if j >= sentence.start and self._set_off(token.doc[j], sentence, placed):
            return False  # "La Germania, che soffre le code, sostiene il ricorso italiano": the main verb after its subject
        return j >= sentence.start and (token.doc[j].text == "," or opening)

    def _set_off(self, comma: Token, sentence: Span, placed) -> bool:
        """"La Germania, che soffre le code sul versante bavarese, sostiene …", "La Francia, colpita dalla crisi,
        critica …": the comma closes a relative or participle phrase set off after an actor's name that opens the
        sentence with no verb of its own, so the word after it is the verb of that actor."""
        doc = sentence.doc
        if comma.text != ",":
            return False
        k = next((t.i for t in reversed(doc[sentence.start : comma.i]) if t.text == ","), None)
        if k is None or k + 1 >= comma.i or not any(p.end == k for p in placed):
            return False
        first = doc[k + 1]
        relative = first.lower_ in self.complementizers or (first.is_lower and first.lower_.endswith(self.participles) and self.is_verb(first))
        return relative and not any(self.is_verb(t) or t.is_punct or t.is_quote or t.lower_ in self.complementizers for t in doc[sentence.start : k])

    def _anaphors(self, sentence: Span, index: MentionIndex) -> list[Placed]:
        """Definite nouns that refer back to an actor ("dal gruppo" → the G7), as mentions."""
        found = []
        for token in sentence:
            if index.at(token) is not None:
                continue
            # a plural of a listed singular ("i partiti") is a kind of actor, not one named earlier
            if referring(self.lexicon, token.lower_) or (referring(self.lexicon, token.lemma_.lower()) and token.lower_ == token.lemma_.lower()):
                before = self._previous_word(token.i + 1, sentence)
                article = token.i > sentence.start and (token.nbor(-1).lower_ in self.articles or self.base(token.nbor(-1)) != token.nbor(-1).lower_)
                # "La Fiom accusa l'azienda": a definite noun is not the subject of its own verb (no parse binds it here)
                own = self._own_subject(token, sentence, index)
                spelled = [m for m in self._initials(token, sentence, index) if m.actor.iri not in own] if article else []
                resolved = spelled or (index.anaphor(token, own) if article and before is not None and self._bare_title(token, sentence) else [])
                if not resolved and article and (referring(self.lexicon, token.lower_) or referring(self.lexicon, token.lemma_.lower())) == {"Organization"}:
                    resolved = [m for m in self._main_company(token, index) if m.actor.iri not in own]
                if resolved and resolved[0].actor.type == "State" and sentence.start > 0:
                    # "La Cina ha condannato le esercitazioni di Stati Uniti e Filippine. Il ministero degli Esteri ha
                    # accusato Washington": a state's body unnamed is the sentence before's subject's, not its last state's
                    previous = sentence.doc[sentence.start - 1].sent
                    first = next((m for _, _, m in index.in_span(previous.start, previous.end)), None)
                    if first is not None and first.actor.type == "State" and first.actor.iri != resolved[0].actor.iri \
                            and first.actor.iri in {m.actor.iri for _, _, m in index.in_span(previous.start, previous.end)}:
                        resolved = [first]
                if resolved:
                    found.append(Placed(token.i, token.i + 1, resolved[0]))
                continue
            person = self._local_title(token, sentence, index)
            if person is not None:
                found.append(Placed(token.i, token.i + 1, replace(person, start=token.idx, end=token.idx + len(token.text), text=token.text)))
                continue
            body = self._local_body(token, sentence, index)
            if body is not None:
                found.append(Placed(token.i, token.i + 1, replace(body, start=token.idx, end=token.idx + len(token.text), text=token.text)))
        return found

    def _own_subject(self, token: Token, sentence: Span, index: MentionIndex) -> frozenset[str]:
        """The subject of the clause ``token`` stands in ("La Fiom Cgil accusa l'azienda": the Fiom), as IRIs: the last
        actor before it in subject position with a verb and no comma, boundary or clause marker between; else none."""
        doc = sentence.doc
        for start, end, m in reversed([x for x in index.in_span(sentence.start, token.i) if x[1] <= token.i]):
            between = doc[end : token.i]
            if any(t.is_punct or self.is_boundary(t) or t.lower_ in self.complementizers for t in between):
                return frozenset()
            if self.subject_position(Placed(start, end, m), sentence):
                return frozenset({m.actor.iri}) if any(self.is_verb(t) for t in between) else frozenset()
        return frozenset()

    def _initials(self, token: Token, sentence: Span, index: MentionIndex) -> list[Mention]:
        """"L'Asl Cn1 ha presentato il piano … Il sindaco accusa l'azienda sanitaria di …": a definite noun with its
        adjective spells the start of an acronym named before it (Azienda Sanitaria → Asl), and is that organisation."""
        words = [token]
        for t in sentence.doc[token.i + 1 : min(sentence.end, token.i + 3)]:
            if not (t.is_alpha and t.is_lower) or self.is_verb(t) or self.base(t) in self.prepositions or t.lower_ in self.coordinators:
                break
            words.append(t)
        if len(words) < 2:
            return []
        initials = "".join(w.lower_[0] for w in words)
        named = [m for start, _, m in index.ordered if start < token.i and m.actor.type == "Organization"
                 and (head := m.text.split()[0]).isalpha() and len(initials) < len(head) <= 5 and head[0].isupper()
                 and head.lower().startswith(initials) and (head.isupper() or head[1:].islower())]
        return named[-1:]

    def _main_company(self, token: Token, index: MentionIndex) -> list[Mention]:
        """"Fincantieri chiude i nove mesi … Non mancano le tensioni. La Fiom accusa l'azienda di …": "l'azienda" with no
        organisation named in the sentences just before is the one the story is about, the organisation named before it
        most often (twice, and twice as often as any other), at its last mention."""
        before = [m for start, _, m in index.ordered if start < token.i and m.actor.type == "Organization"]
        ranked = Counter(m.actor.iri for m in before).most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
            return []
        return [m for m in before if m.actor.iri == ranked[0][0]][-1:]

    def _names_no_one(self, token: Token, sentence: Span, index: MentionIndex) -> bool:
        """A definite noun that names no one where it stands: an article or an articled preposition before it, no
        mention on it, and no name or genitive after it — but for the "di" of an infinitive ("ha chiesto alla Regione
        di ritirare", "di non fermare", "di «bloccare»", "di voler", "al sindaco di pubblicare": asks or accuses it)."""
        if token.i == sentence.start or index.at(token) is not None:
            return False
        before = token.nbor(-1)
        if not (folded(before) in self.articles or self.base(before) != folded(before)):
            return False
        after = token.nbor(1) if token.i + 1 < sentence.end else None
        if after is None:
            return True
        then = next((t for t in token.doc[token.i + 2 : sentence.end] if not t.is_quote), None)
        genitive = self.base(after) in self.lexicon.cue("@genitive") and not (
            then is not None and (self._infinitive(then) or folded(then) in self.lexicon.cue("@negation")
                                  or then.lemma_.lower().startswith(then.lower_) and then.lemma_.lower().endswith(self.verb_endings)))
        return not (after.is_title or genitive)  # "la Regione Lombardia", "la giunta della Campania", "il prefetto di Bologna"

    def _local_body(self, token: Token, sentence: Span, index: MentionIndex) -> Mention | None:
        """"La giunta regionale sarda ha approvato la legge … Il ministro ha accusato la Regione", "ha chiesto alla
        Regione di ritirare la delibera" after "la Regione Lombardia": a ``@local_body`` noun standing alone is the last
        actor named with a word of its family ("Regione", "regionale"; "la giunta" governs any of them: a region's or
        a town's words); else the first such actor named after it; none when the document names none."""
        bodies = self.lexicon.cue("@local_body")
        lemma = token.lower_ if token.lower_ in bodies else token.lemma_.lower()  # "giunta" (lemma "giunto")
        if lemma not in bodies or not self._names_no_one(token, sentence, index):
            return None
        if token.i + 1 < sentence.end and token.nbor(1).lower_ == lemma[:-1] + "ale":
            return None  # "la giunta regionale": named there
        nouns = sorted(bodies) if lemma in self.lexicon.cue("@local_council") else [lemma]
        if len(nouns) > 1:
            # "Consiglio comunale di Venezia … Il consigliere X ha criticato la giunta": the council governs the body
            # whose word the document names first (its setting), not the last body named ("ha ringraziato la Regione")
            first = next((t.lower_ for t in token.doc if t.lower_ in {f for noun in nouns for f in (noun, noun[:-1] + "ale")}
                          and t.lower_ not in self.lexicon.cue("@local_council")), None)
            nouns = [noun for noun in nouns if first in (noun, noun[:-1] + "ale")] or nouns
        family = {form for noun in nouns for form in (noun, noun[:-1] + "ale")}  # "Regione", "regionale"; "Comune", "comunale"

        def of_family(start: int, end: int, m: Mention) -> bool:
            return m.actor.type in ("Organization", "Group") and bool(({t.lower_ for t in token.doc[start:end]} | set(m.actor.name.lower().split())) & family)

        earlier = next((m for start, end, m in reversed(index.ordered) if start < token.i and of_family(start, end, m)), None)
        # "Il presidente della Regione X … Il capogruppo Y ha criticato la giunta e ha accusato la Regione di …": a body
        # named so far only in a title's phrase is the one the document names as an actor after it
        return earlier or next((m for start, end, m in index.ordered if start > token.i and of_family(start, end, m)), None)

    def _local_title(self, token: Token, sentence: Span, index: MentionIndex) -> Mention | None:
        """"Il sindaco di Piombino Francesco Ferrari ha attaccato Snam … Il M5S ha elogiato il sindaco", "ha chiesto al
        sindaco di pubblicare i dati" after "il sindaco Luigi Brugnaro": a ``@local_title`` standing alone is the person
        last named right after a title of the same word ("sindaco", "sindaca"), with no verb between; none when no
        one was."""
        word = folded(token)
        titles = self.lexicon.cue("@local_title")
        if word not in titles or not self._names_no_one(token, sentence, index):
            return None
        doc = token.doc
        for start, _end, m in reversed(index.ordered):
            if start >= token.i or m.actor.type != "Person":
                continue
            opening = doc[start].sent.start
            for j in range(start - 1, max(opening, start - 7) - 1, -1):
                if self.is_verb(doc[j]):
                    break
                if folded(doc[j]) in titles and folded(doc[j])[:5] == word[:5]:
                    return m
        return None

    def _bare_title(self, token: Token, sentence: Span) -> bool:
        """"Il ministro incontrerà Modi": a title that refers back to a person stands alone, before its verb; "il
        presidente della Commissione", "il ministro degli Esteri", "il premier spagnolo" name someone else."""
        if token.lemma_.lower() not in self.lexicon.cue("@peers") and token.lower_ not in self.lexicon.cue("@peers"):
            return True  # "la giornalista del Foglio" still refers back
        after = token.nbor(1) if token.i + 1 < sentence.end else None
        return after is None or after.is_punct or after.lemma_.lower() in self.auxiliaries or folded(after) in self.clitics \
            or folded(after) in self.lexicon.cue("@negation") or self.is_verb(after) and self.base(after) not in self.lexicon.cue("@genitive")

    def _pairs(self, sentence: Span, index: MentionIndex) -> list[Placed]:
        """"entrambe le parti", "i due Paesi", "i tre governi": after a ``@pair`` word, the last actors
        joined by "e" before (of the noun's types when it refers back, ``referring``), else the two sides of the
        latest relation read (``index.sides``); all are placed on the noun, so that the frames
        distribute over them."""
        doc = sentence.doc
        found = []
        for token in sentence:
            plural = self._definite_plural(token, sentence, index)
            if plural is not None and plural.lemma_.lower() in self.lexicon.cue("@sides") and not referring(self.lexicon, plural.lemma_.lower()):
                # "L'Iraq ha invitato le parti alla moderazione", "mediano tra le parti": the sides, with no number, are the
                # last actors joined by "e" or the two sides of the latest relation, as "le due parti" are; the article opens
                # the phrase (after a verb, a preposition, an adverb or a stop): "tutte le parti" are anyone's, and
                # "entrambe le parti" are read from "entrambe"
                before = doc[token.i - 1] if token.i > sentence.start else None
                if before is None or before.is_punct or self.is_verb(before) or self.base(before) in self.prepositions \
                        or before.lower_ in self.coordinators or self._adverb(before):
                    found += _standing_for(plural, self._last_group(plural, index, None))
                continue
            if plural is not None:
                group = self._last_group(plural, index, referring(self.lexicon, plural.lemma_.lower()), or_sides=False)
                if len(group) > 1:
                    found += _standing_for(plural, group)
                continue
            if folded(token) not in self.lexicon.cue("@pair") or index.at(token) is not None:
                continue
            if folded(token) in self.lexicon.cue("@both") and self._standing_alone(token, sentence):
                # "ha telefonato a X e a Y, invitando entrambi alla moderazione": the pronoun is the last actors joined by "e"
                group = self._last_group(token, index, None)
                found += _standing_for(token, group)
                continue
            if self._number_standing_alone(token, sentence):
                # "… e i due hanno concordato": the number after its article is the actors just named
                group = self._last_group(token, index, ANYONE, size=self.cardinals.get(folded(token)))
                found += _standing_for(token, group)
                continue
            j = self._past_articles(doc, token.i + 1, sentence.end)
            if j >= sentence.end or j - token.i > 2 or not doc[j].is_alpha:
                continue
            before = doc[token.i - 1] if token.i > sentence.start else None
            if j == token.i + 1 and (before is None or (folded(before) not in self.articles and self.base(before) == before.lower_)):
                continue  # a number is no reference: "due Paesi" are any two, "i due Paesi" and "alle due formazioni" the two named
            noun = doc[j]
            types = referring(self.lexicon, noun.lemma_.lower()) or (PEOPLE if noun.lemma_.lower() in self.lexicon.cue("@peers") else None)
            if types is None and noun.lemma_.lower() not in self.lexicon.cue("@sides"):
                continue
            # "ospitò i colloqui tra il governo indonesiano e il movimento …: le due parti firmarono": the sentence names
            # its parties after "tra", and when they are not both actors no earlier pair stands in for them
            between = any(self.base(t) in self.lexicon.cue("@between") for t in doc[sentence.start : token.i])
            group = self._last_group(noun, index, types, or_sides=not between, size=self.cardinals.get(folded(token)))
            found += _standing_for(noun, group)
        return found

    def _standing_alone(self, token: Token, sentence: Span) -> bool:
        """No noun after the word: a preposition, a punctuation mark or the sentence's end follows ("invitando
        entrambi alla calma", "li ho ringraziati entrambi.")."""
        if token.i + 1 >= sentence.end:
            return True
        after = token.nbor(1)
        return after.is_punct or self.base(after) in self.prepositions

    def _number_standing_alone(self, token: Token, sentence: Span) -> bool:
        """"i due hanno firmato", "le due si sono accordate": a number after a definite article with the verb group
        right after it stands for a noun it leaves out."""
        if folded(token) not in self.cardinals or token.i <= sentence.start or token.i + 1 >= sentence.end \
                or folded(token.nbor(-1)) not in self.articles:
            return False
        after = token.nbor(1)
        return self._verb_form(after) or folded(after) in self.clitics or after.lower_ in self.lexicon.cue("@negation")

    def _definite_plural(self, article: Token, sentence: Span, index: MentionIndex) -> Token | None:
        """"Cgil e Uil hanno proclamato … se i sindacati non ridurranno la protesta": the plural of an
        noun that refers back (``referring``) right after a definite article, which the last actors of its kind joined by "e"
        may be (``_pairs``)."""
        if folded(article) not in self.articles or article.i + 1 >= sentence.end:
            return None
        if article.i > sentence.start and folded(article.nbor(-1)) in self.universals:
            return None  # "tutti i sindacati": a generic set
        noun = article.nbor(1)
        lemma = noun.lemma_.lower()
        if not noun.is_lower or noun.lower_ == lemma or not (referring(self.lexicon, lemma) or lemma in self.lexicon.cue("@sides")) or index.at(noun) is not None:
            return None
        after = noun.nbor(1) if noun.i + 1 < sentence.end else None
        # "i partiti della maggioranza", "i sindacati autonomi": a set of its own, not the actors just named
        if after is not None and (self.base(after) in self.lexicon.cue("@genitive") or (
            after.is_lower and after.is_alpha and not self._verb_form(after)
            and folded(after) not in self.lexicon.cue("@negation") | self.clitics | self.coordinators | self.complementizers | self.prepositions
        )):
            return None
        return noun

    def _last_group(self, noun: Token, index: MentionIndex, types: frozenset[str] | None, or_sides: bool = True,
                    size: int | None = None) -> list[Mention]:
        """The last actors joined by "e" before ``noun`` ("Pakistan e India", "Francia, Germania e Regno
        Unito"), just ``size`` of them when a number says how many ("i due governi"), within the anaphora reach, else
        (``or_sides``) the two sides of the latest relation read."""
        doc = noun.doc
        limit = doc[noun.sent.start - 1].sent.start if noun.sent.start > 0 else 0
        earlier = [(s, e, m) for s, e, m in index.ordered if limit <= s and e <= noun.i]
        chains: list[list[tuple[int, int, Mention]]] = []
        joins: list[list[str]] = []
        for q in earlier:
            if chains and chains[-1][-1][1] == q[0] and q[2].actor.type == "Person":
                chains[-1][-1] = q  # "il ministro degli Esteri indiano Subrahmanyam Jaishankar": the demonym is part of its person's phrase
                continue
            end = chains[-1][-1][1] if chains else 0
            closing = self._insertion(end, doc[end].sent) if chains and end < len(doc) else None
            if closing is not None and q[0] < closing:
                continue  # an actor of a describing insertion: "tra la Brigata 444, fedele al premier X, e la milizia Radaa"
            end = closing if closing is not None else end
            join = self._joins(doc[end : q[0]]) if chains and end <= q[0] else ""
            if join:
                chains[-1].append(q)
                joins[-1].append(join)
            else:
                chains.append([q])
                joins.append([])
        for chain, joined in reversed(list(zip(chains, joins))):
            members = [m for _, _, m in chain]
            if not joined or joined[-1] != "and" or len({m.actor.iri for m in members}) != len(members):
                continue
            if types is not None and not {m.actor.type for m in members} <= types:
                continue
            if size is not None and len(members) != size:
                continue
            return members
        if not or_sides or size not in (None, 2):
            return []
        # the sides of the latest relation; leaders stand for the states they lead ("le parti" of a dispute
        # between the Serbian president and the Kosovar premier are Serbia and Kosovo)
        # "i due leader" and "i due" are the actors of the latest relation themselves
        sides = self._clause_pair(noun, index) or (index.sides if types in (PEOPLE, ANYONE) else index.latest_sides(noun))
        if types is None or not {m.actor.type for m in sides} <= types:
            sides = [replace(m, actor=index.leaders[m.actor.iri]) if m.actor.iri in index.leaders else m for m in sides]
        if types is None and len(sides) == 2 and sum(m.actor.type == "State" for m in sides) == 1:
            # "Il ministero degli Esteri pachistano ha richiamato l'ambasciatore da Teheran … La Cina ha chiesto moderazione
            # alle due parti": a state's body or official facing a state stands for its own state
            states = {m.actor.iri: m.actor for _, _, m in index.ordered if m.actor.type == "State"}
            served = {f.subject.iri: f.object.iri for f in doc._.kg_facts or [] if f.relation == "affiliatedWith"} if doc.has_extension("kg_facts") else {}
            sides = [m if m.actor.type == "State" or (own := m.actor.country or served.get(m.actor.iri)) not in states else replace(m, actor=states[own]) for m in sides]
            if sides[0].actor.iri == sides[1].actor.iri:
                return []  # "Lina Mendoni … Greece": an official and her own state are one side
        if len(sides) == 2 and (types is None or {m.actor.type for m in sides} <= types):
            return sides
        return []

    def _clause_pair(self, noun: Token, index: MentionIndex) -> list[Mention]:
        """"Faye ha telefonato a Ghazouani, e i due hanno concordato …": a pair phrase that opens a clause after "e" or a
        stop stands for the first two actors its sentence named before it when a verb stands between them (its subject
        and its object: the sides of the relation read there, which the index records only after the sentence)."""
        doc, sentence = noun.doc, noun.sent
        opening = noun.i - 1
        while opening > sentence.start and (folded(doc[opening]) in self.articles or folded(doc[opening]) in self.lexicon.cue("@pair")):
            opening -= 1
        if opening <= sentence.start or not (doc[opening].text in (",", ":", ";") or doc[opening].lower_ in self.coordinators):
            return []
        heads: list[tuple[int, int, Mention]] = []
        for s, e, m in index.ordered:
            if s < sentence.start or e > opening:
                continue
            if heads and heads[-1][1] == s:
                heads[-1] = (s, e, m)  # "il presidente senegalese Faye": the last of adjacent actors heads the phrase
            elif not heads or s >= heads[-1][1]:
                heads.append((s, e, m))
        if len(heads) < 2 or heads[0][2].actor.iri == heads[1][2].actor.iri:
            return []
        (_, first_end, first), (second_start, _, second) = heads[0], heads[1]
        return [first, second] if any(self.is_verb(t) for t in doc[first_end:second_start]) else []

    def _phrases(self, sentence: Span, name: str) -> Iterator[tuple[int, int]]:
        """Where the cue ``name``'s words or phrases start in the sentence, longest first: ``(token, length)``."""
        doc = sentence.doc
        opening, words = self.phrases_by_first[name], self.lexicon.cue(name)
        i = sentence.start
        while i < sentence.end:
            first = {self.base(doc[i]), doc[i].lower_}
            found = max((len(phrase) for word in first for phrase in opening.get(word, ())
                         if i + len(phrase) <= sentence.end and all(self.base(doc[i + k]) == w or doc[i + k].lower_ == w for k, w in enumerate(phrase))), default=0)
            if not found and (doc[i].lower_ in words or doc[i].lemma_.lower() in words):
                found = 1
            if found:
                yield i, found
                i += found
            else:
                i += 1

    def _parenthetical(self, verb: Token, end: int, inside: list[Placed], sentence: Span) -> bool:
        """A speech verb after a comma and its speaker, set off by a comma at ``end`` too, that interrupts a clause with
        no verb before it ("Tebboune, scrive il quotidiano francese Le Monde, ha accusato …", "Bruxelles, ha aggiunto,
        è pronta …"); not one after a clause of its own ("Kiev è stata colpita …, ha riferito l'aeronautica, e …")."""
        doc = sentence.doc
        if end + 1 >= sentence.end or doc[end].text != ",":
            return False
        opened = self._clause_start(sentence, verb.i)
        spoken = not inside or inside[-1].end == end  # the speaker's phrase closes it, with no verb of its own
        return spoken and not any(self.is_verb(t) for t in doc[verb.i + 1 : end]) \
            and not any(self.is_verb(t) for t in doc[sentence.start : opened])

    def _says(self, token: Token) -> bool:
        """A verb of saying (``@attribution``, ``@denial``), by its lemma or as written (the cue lists forms too: "detto")."""
        return token.lemma_.lower() in self.speech or token.lower_ in self.speech

    def _opens(self, verb: Token, sentence: Span) -> bool:
        """The verb opens its sentence, after auxiliaries, clitics and adverbs only ("Aggiunge che …", "Ha poi riferito che …")."""
        return all(t.lemma_.lower() in self.auxiliaries or folded(t) in self.clitics or self._adverb(t) for t in sentence.doc[sentence.start : verb.i])

    def _last_speaker(self, sentence: Span, index: MentionIndex) -> Actor | None:
        """Who spoke last in the sentence before, by a speech verb with its subject before it ("Piantedosi ha detto che … .
        Aggiunge che …"): a speech verb with no subject of its own goes on with that speaker."""
        if sentence.start == 0:
            return None
        previous = sentence.doc[sentence.start - 1].sent
        placed = tuple(Placed(s, e, m) for s, e, m in index.in_span(previous.start, previous.end))
        for token in reversed(previous):
            if self._says(token) \
                    and any(t.lower_ in self.complementizers for t in previous.doc[token.i + 1 : min(previous.end, token.i + 3)]):
                speaker = self._subject_before(token.i, previous, placed, [])
                if speaker is not None:
                    return speaker.mention.actor
        return None

    def _report_end(self, sentence: Span, start: int, placed: tuple[Placed, ...]) -> int:
        """Where what a speech verb reports from ``start`` ends: at a clause boundary that opens a clause with a subject
        of its own, an actor named before the clause's verb ("ha assicurato che Roma rispetterà gli impegni, mentre il
        leader del M5s Giuseppe Conte ha accusato il governo"). A boundary that opens a second "che" ("…, ma che …") or a
        verb of the same speaker ("…, ma non invierà armi") goes on reporting."""
        doc = sentence.doc
        for t in doc[start : sentence.end]:
            if not self.is_boundary(t) or t.i + 1 >= sentence.end or doc[t.i + 1].lower_ in self.complementizers:
                continue
            verb = next((u.i for u in doc[t.i + 1 : sentence.end] if self.is_verb(u)), sentence.end)
            if any(t.i < p.start < verb for p in placed):
                return t.i
        return sentence.end

    def _clause_end(self, sentence: Span, start: int) -> int:
        for t in sentence.doc[start : sentence.end]:
            if t.text in (",", ";", ":") or self.is_boundary(t):
                return t.i
        return sentence.end

    def _quoted_after(self, token: Token, sentence: Span) -> Span:
        """The quotation that ends the clause after ``token``: a judgement put after its object
        ("ha definito l'accordo «un errore»") is a ``with=`` word however long the object."""
        doc = sentence.doc
        opening = next((t.i for t in doc[token.i + 1 : self._clause_end(sentence, token.i + 1)] if t.is_quote), None)
        if opening is None:
            return doc[token.i : token.i]
        closing = next((t.i for t in doc[opening + 1 : sentence.end] if t.is_quote), sentence.end)
        return doc[opening + 1 : closing]

    def _clause_start(self, sentence: Span, end: int) -> int:
        for t in reversed(sentence.doc[sentence.start : end]):
            if t.text in (",", ";", ":") or self.is_boundary(t):
                return t.i
        return sentence.start

    def _previous_word(self, i: int, sentence: Span) -> Token | None:
        doc = sentence.doc
        j = i - 1
        while j >= sentence.start and (doc[j].lower_ in self.articles or folded(doc[j]) in self.articles):
            j -= 1
        return doc[j] if j >= sentence.start else None

    def _body_noun(self, noun: Token) -> bool:
        """A class noun for a body a person may own, of none but organisations' kinds ("partito", "gruppo",
        "sindacato"): not the person, nor a state ("il governo di Sánchez" is Spain's)."""
        kinds = referring(self.lexicon, noun.lower_) or referring(self.lexicon, noun.lemma_.lower())
        return bool(kinds) and kinds <= BODIES

    def _forum(self, p: Placed, sentence: Span) -> bool:
        """"di portare il caso davanti all'Onu": the actor after a forum word and its preposition hears the case."""
        before = self._previous_word(p.start, sentence)
        return before is not None and before.i > sentence.start and self.base(before) in self.prepositions and self._after_forum(before)

    def _after_forum(self, preposition: Token) -> bool:
        """The preposition follows a forum word ("davanti a", "dinanzi alla"): what it introduces hears a case."""
        return preposition.i > 0 and folded(preposition.nbor(-1)) in self.lexicon.cue("@forum")

    def subject_position(self, p: Placed, sentence: Span) -> bool:
        """Whether an actor can be a subject: not governed by a verb or a preposition.

        Walk back over its noun phrase: a verb first means object ("ha incontrato
        Zelensky"), a preposition right before it means a complement ("con Kiev"), while
        the start of a clause (punctuation, "e", "che") means subject. Prepositions
        further back belong to the phrase ("La presidente del Consiglio Giorgia Meloni")."""
        doc = sentence.doc
        if p.end - p.start == 1 and folded(doc[p.start]) in self.lexicon.cue("@us") and p.end < sentence.end and self.is_verb(doc[p.end]):
            return False  # "ci hanno sostenuto": the speakers' "us" before the verb is its object
        before = self._previous_word(p.start, sentence)
        if before is not None and self.base(before) in self.prepositions:
            # "Il partito di Puigdemont minaccia …": a person's party acts, not the person
            return self._owner_of_subject(before, sentence) and not (p.mention.actor.type == "Person" and before.i > sentence.start
                                                                      and self._body_noun(doc[before.i - 1]))
        for t in reversed(doc[max(sentence.start, p.start - SUBJECT_REACH) : p.start]):
            if t.lower_ in self.coordinators and t.i == p.start - 1:
                # "I colloqui tra Serbia e Kosovo riprenderanno …": "tra" governs both names of a pair, so the second is
                # no subject either (after "con", "e" may open a clause: "con Scholz e Meloni ha telefonato")
                j = t.i - 1
                while j > sentence.start and doc[j].is_title and doc[j].is_alpha and folded(doc[j]) not in self.articles:
                    j -= 1
                if j < t.i - 1 and doc[j].lower_ in self.lexicon.cue("@between"):
                    return False
            if t.lower_ in self.coordinators and self._in_portfolio(t, sentence):
                continue  # "Il ministro dell'Ambiente e della sicurezza energetica X ha …": the title goes on
            if self._closes_inner_quote(t, sentence):
                return False  # "ha definito «pura propaganda» la Russia": the verb's label closes, its object follows
            if t.is_punct or t.lower_ in self.coordinators or t.lower_ in self.complementizers or self.is_boundary(t):
                return not self._opened_by_preposition(t, p, sentence)
            if self.is_verb(t):
                return False
        return True

    def _closes_inner_quote(self, token: Token, sentence: Span) -> bool:
        """A quotation mark that closes a quotation opened earlier in the same sentence: the words after it go on
        with the clause the quotation sits in ("ha definito «pura propaganda» le parole di Japarov") and open none."""
        before = sentence.doc[sentence.start : token.i]
        if token.text in CLOSING_QUOTES:
            return any(t.text in OPENING_QUOTES for t in before)
        return token.text == '"' and sum(t.text == '"' for t in before) % 2 == 1

    def _role_noun(self, token: Token) -> bool:
        """A title's noun ("ministro", "presidente"), by its lemma or by its form."""
        return token.lemma_.lower() in self.role_nouns or token.lower_ in self.role_nouns

    def _in_portfolio(self, coordinator: Token, sentence: Span) -> bool:
        """"il ministro dell'Ambiente e della sicurezza energetica", "il ministro per lo Sport e i giovani": an "e"
        within a few words after a title's preposition joins the parts of that title's complement."""
        doc = sentence.doc
        after = doc[coordinator.i + 1] if coordinator.i + 1 < sentence.end else None
        if after is None or not (self.base(after) in self.prepositions or folded(after) in self.articles):
            return False  # "… dell'ambasciata francese e Parigi ha risposto": a name after "e" opens a clause
        for j in range(coordinator.i - 1, max(sentence.start, coordinator.i - 1 - PORTFOLIO_REACH), -1):
            t = doc[j]
            if t.is_punct or self.is_verb(t) or t.lower_ in self.coordinators or t.lower_ in self.complementizers:
                return False
            if self.base(t) in self.prepositions and j > sentence.start:
                before = doc[j - 1]
                return before.is_lower and self._role_noun(before)
        return False

    def _opened_by_preposition(self, t: Token, p: Placed, sentence: Span) -> bool:
        """"ha telefonato al premier pakistano X e al ministro degli Esteri indiano Y": a phrase that opens after
        "e" or a comma with a preposition contracted with an article, and has no article of its own before the
        actor, is that preposition's complement (in "e dal Cairo il presidente Y ha detto" the article opens the subject)."""
        doc = sentence.doc
        k = t.i + 1
        return k < p.start and self.base(doc[k]) in self.prepositions and self.base(doc[k]) != folded(doc[k]) \
            and not any(folded(u) in self.articles for u in doc[k + 1 : p.start])

    def _owner_of_subject(self, genitive: Token, sentence: Span) -> bool:
        """"La giunta militare di Niamey ha chiesto …": the actor owns a clause-opening noun phrase
        (an article and up to three lowercase words before "di"), so it acts through it."""
        if self.base(genitive) not in self.lexicon.cue("@genitive"):
            return False
        doc = sentence.doc
        if genitive.i - 2 > sentence.start and doc[genitive.i - 1].is_title and doc[genitive.i - 1].is_alpha \
                and self.base(doc[genitive.i - 2]) in self.lexicon.cue("@genitive") and folded(doc[genitive.i - 2]) != self.base(doc[genitive.i - 2]):
            # "I ministri degli Esteri di Spagna e Marocco si sono incontrati": a portfolio after a contracted "di"
            # belongs to the phrase the actor owns
            return self._owner_of_subject(doc[genitive.i - 2], sentence)
        i = genitive.i - 1
        while i >= sentence.start and genitive.i - i <= 3 and doc[i].is_lower and doc[i].is_alpha and not self.is_verb(doc[i]):
            if folded(doc[i]) in self.articles or self.base(doc[i]) in self.prepositions:
                break  # (a preposition opens a fronted phrase: "Grazie alla mediazione del Qatar, Israele e Hamas …")
            i -= 1
        if i == sentence.start and i < genitive.i and doc[i].is_title and doc[i].is_alpha and not doc[i].like_num and not self.is_verb(doc[i]) \
                and self.base(doc[i]) not in self.prepositions and folded(doc[i]) not in self.articles and genitive.i - i <= 3 \
                and not any(doc[i + 1].idx <= m.start < doc[genitive.i].idx for m in doc._.kg_mentions or ()):  # "Dieci militari italiani della Kfor": the phrase names its own actor
            # "Raid aerei dell'Arabia Saudita hanno colpito …", "Combattenti di Hamas hanno attaccato …": a bare
            # plural opening the sentence (no article, as in news leads) is owned by its genitive actor too
            return True
        if i < sentence.start or folded(doc[i]) not in self.articles:
            return False
        return i == sentence.start or (doc[i - 1].is_punct and not self._closes_inner_quote(doc[i - 1], sentence)) \
            or doc[i - 1].lower_ in self.coordinators or doc[i - 1].lower_ in self.complementizers

    def _excluded(self, p: Placed, reading: Reading) -> bool:
        return any(s <= p.start < e for s, e, _ in reading.sources)

    def _subject_before(self, i: int, sentence: Span, placed: tuple[Placed, ...], sources) -> Placed | None:
        doc = sentence.doc
        for p in reversed(placed):
            if p.start >= i:
                continue
            between = doc[p.end : i]
            if any(t.text in (";", ":") for t in between):
                return None
            if any(self.is_boundary(t) for t in between):
                if not self._continues(i, sentence, self.boundaries):
                    return None
                reported = any(t.lower_ in self.complementizers for t in sentence.doc[sentence.start : p.start])
                if reported and not self._same_tense(p, i, sentence):
                    continue  # "…, ha detto che Pechino «rispetta …», ma ha criticato": not Pechino's verb
            if self._continues(i, sentence, self.coordinators) and self._joins_reporting(p, i, sentence):
                continue  # "Crosetto ha replicato che l'Italia resterà e ha annunciato …": joined to the verb that reports, not to the reported one
            complementizer = next((t for t in between if t.lower_ in self.complementizers), None)
            if complementizer is not None and self._joined_relative(complementizer.i - 2, i, sentence) == complementizer.i \
                    and not any(complementizer.i < q.start < i for q in placed):
                continue  # "il Marocco, che ha firmato con l'Ue e che ha invitato …": the Union is the first relative's object
            if complementizer is not None and not all(t.text == "," for t in doc[p.end : complementizer.i]) and not self._next_predicate(p, complementizer, i, sentence) \
                    and not self._speaker_goes_on(complementizer, i, sentence, placed):
                return None  # "ha dichiarato che l'Unione …": the clause after "che" has its own subject
            if any(s <= p.start < e for s, e, _ in sources):
                continue
            if p.mention.actor.type == "Media" and p.start > 0 and p.end < len(doc) and doc[p.start - 1].text == "(" and doc[p.end].text == ")":
                continue  # "Lima, 4 dic. (ANSA) - Il Congresso …": the agency's credit in a dateline acts on nothing
            if p.start > 0 and p.end < len(doc) and doc[p.start - 1].text == "(" and doc[p.end].text == ")" \
                    and any(q.end == p.start - 1 and q.mention.actor.type == "Person" for q in placed):
                continue  # "Laura Fontana (Pd) ha accusato il governo": the party of a person is no subject
            if _nested(p, placed):
                continue  # "slovacco" inside "il premier slovacco": the phrase's actor is the subject
            if self._in_closed_quote(p, i, sentence):
                continue  # "definendolo «un servo della ExxonMobil», e ha respinto …": a label's actor does not act
            if self._in_company(p, i, sentence):
                continue
            if self._in_apposition(p, i, sentence, placed):
                continue  # "Erdogan, presidente turco, ha telefonato a Putin": the apposition's adjective is not the subject  # "La Francia, insieme a Germania e Italia, ha condannato": the subject is before the phrase
            if self._apposed_to_complement(p, i, sentence):
                continue
            if self._subordinate(p, i, sentence):
                continue
            if self._in_relative(p, i, sentence):
                continue
            if self._object_relative(p, sentence) and self._after_relative(p, i, sentence):
                continue
            if self.subject_position(p, sentence) or self._antecedent(p, i, sentence, placed):
                return p
        return None

    def _in_closed_quote(self, p: Placed, i: int, sentence: Span) -> bool:
        """The actor stands in a quotation that closes before ``i`` and says more than its name ("«un servo della
        ExxonMobil»"), not in a quoted name alone ("il partito «Sogno georgiano»")."""
        doc = sentence.doc
        opening = next((t.i for t in reversed(doc[sentence.start : p.start]) if t.is_quote), None)
        if opening is None or doc[opening].text not in OPENING_QUOTES:
            return False
        closing = next((t.i for t in doc[p.end : i] if t.is_quote), None)
        if closing is None or doc[closing].text not in CLOSING_QUOTES:
            return False
        return any(t.is_alpha for t in (*doc[opening + 1 : p.start], *doc[p.end : closing]))

    def _apposed_anaphor(self, o: Placed, reading: Reading) -> bool:
        """"Il Likud, il partito guidato da Netanyahu": a common noun set after a comma beside the name of the actor
        it refers to is that actor named again."""
        doc = reading.sentence.doc
        j = o.start - 1
        while j > reading.sentence.start and folded(doc[j]) in self.articles:
            j -= 1
        return doc[j].text == "," and any(q.end == j and q.mention.actor.iri == o.mention.actor.iri and not all(t.is_lower for t in doc[q.start : q.end])
                                          for q in reading.mentions)

    def _in_apposition(self, p: Placed, i: int, sentence: Span, placed) -> bool:
        """Whether ``p`` is inside a title set between commas after a person ("Sergei Lavrov, ministro degli Esteri
        russo, ha criticato"), closed before ``i``."""
        doc = sentence.doc
        if p.mention.actor.type == "Person" or not any(t.text == "," for t in doc[p.end : i]):
            return False
        for j in range(p.start - 1, sentence.start, -1):
            if self.is_verb(doc[j]) or doc[j].text in (";", ":"):
                return False
            if doc[j].text == ",":
                k = self._past_articles(doc, j + 1, p.start)
                head = doc[k] if k < p.start else None  # "presidente turco", "principe ereditario saudita"
                return head is not None and head.is_alpha and head.is_lower and not self.is_verb(head) and self.base(head) not in self.prepositions \
                    and head.lower_ not in self.complementizers and any(q.end == j and q.mention.actor.type == "Person" for q in placed)
        return False

    def _apposed_to_complement(self, p: Placed, i: int, sentence: Span) -> bool:
        """"Il sindaco X ha scritto alla direttrice dell'Asl, Carla Bianchi, chiedendole …": a name set between commas
        after a phrase that a verb governs is that complement named again, not the subject of what follows ("Ad aprire
        è stato il ministro, X, che …" and "In aula il capogruppo, X, ha …" name their subject)."""
        doc = sentence.doc
        if p.start - 1 <= sentence.start or p.end >= i or doc[p.start - 1].text != "," or doc[p.end].text != "," \
                or doc[p.end + 1].lower_ in self.complementizers:
            return False  # "Soddisfatto il presidente, X, che ha …": the relative is the name's own
        j = p.start - 2
        while j >= sentence.start and not (doc[j].is_punct or self.is_verb(doc[j]) or doc[j].lower_ in self.coordinators
                                           or doc[j].lower_ in self.complementizers or self.is_boundary(doc[j])):
            j -= 1
        return j < p.start - 2 and j > sentence.start and self.is_verb(doc[j]) and "essere" not in (doc[j].lemma_.lower(), doc[j + 1].lemma_.lower())

    def _in_company(self, p: Placed, i: int, sentence: Span) -> bool:
        """Whether ``p`` is inside a comitative phrase ("insieme a", "assieme con") closed by a comma before ``i``."""
        doc = sentence.doc
        if not any(t.text == "," for t in doc[p.end : i]):
            return False
        for j in range(p.start - 1, sentence.start, -1):
            if doc[j].text == ",":
                return False
            if doc[j].lower_ in self.lexicon.cue("@together") and self.base(doc[j + 1]) in ("a", "con"):
                return doc[j - 1].text == ","
        return False

    def _subordinate(self, p: Placed, i: int, sentence: Span) -> bool:
        """"Ankara sostiene che la nave greca abbia violato le acque e ha intimato ad Atene …": an actor whose
        clause is in the subjunctive is not the subject of an indicative verb coordinated after it."""
        doc = sentence.doc
        if self._continues(i, sentence, frozenset({","}) | self.coordinators) is None:
            return False
        mood = next((t for t in doc[p.end : i] if self.is_verb(t)), None)
        own = doc[max(sentence.start, i - BARE_REACH) : i + 1]
        return mood is not None and mood.lower_ in self.subjunctive and not any(t.lower_ in self.subjunctive for t in own)

    def _next_predicate(self, p: Placed, complementizer: Token, i: int, sentence: Span) -> bool:
        """"La presidente ha respinto quello che ha definito un ultimatum, ha accusato il Cremlino e ha
        chiesto …": a verb right after a comma or "e" that names no subject of its own is the next
        predicate of the clause whose verb came before "che", and shares its subject."""
        doc = sentence.doc
        opener = self._continues(i, sentence, frozenset({","}) | self.coordinators | self.boundaries)
        if opener is None or opener.i <= complementizer.i:
            return False
        return any(self.is_verb(t) for t in doc[p.end : complementizer.i])

    def _speaker_goes_on(self, complementizer: Token, i: int, sentence: Span, placed: tuple[Placed, ...]) -> bool:
        """"Crosetto ha annunciato che la prossima settimana incontrerà Folgiero": a clause reported by a verb of saying
        that names no subject before its verb (no actor, no noun phrase but one of time, no other verb) drops it, as
        Italian does when it is the speaker's, so the speaker is the subject of its verb. A reported clause with a
        condition is left to the condition frames, which read the speaker's threat and demand."""
        doc = sentence.doc
        said = self._previous_word(complementizer.i, sentence)
        start = self._verb_group(doc[i], sentence)
        if said is None or not self._says(said) or start <= complementizer.i or self._third_person(doc[i], sentence) is None:
            return False
        if any(complementizer.i < q.start < start for q in placed) or any(c.marker > i for c in condition_clauses(sentence, self.markers)):
            return False
        for t in doc[complementizer.i + 1 : start]:
            if t.is_punct or t.is_quote or self.is_verb(t) or t.lower_ in self.complementizers or (t.is_title and t.is_alpha):
                return False
            if folded(t) in self.articles and not any(u.lemma_.lower() in self.lexicon.cue("@duration") for u in doc[t.i + 1 : min(t.i + 3, start)]):
                return False  # "ha detto che la Commissione …": a subject of its own, not "la prossima settimana"
        return True

    def _continues(self, i: int, sentence: Span, openers: frozenset[str]) -> Token | None:
        """The word right before the verb group of ``i`` (its auxiliaries, clitics and "non") when it is
        one of ``openers`` (", ha accusato", "e ha chiesto", "ma ha criticato"): the verb then names no
        subject of its own."""
        doc = sentence.doc
        j = i - 1
        while j > sentence.start and (doc[j].lemma_.lower() in self.auxiliaries or folded(doc[j]) in self.clitics or doc[j].lower_ in self.lexicon.cue("@negation")
                                      or self._adverb(doc[j])):
            j -= 1
        return doc[j] if j >= sentence.start and doc[j].lower_ in openers else None

    def _adverb(self, token: Token) -> bool:
        """"ma poi ha chiesto", "e ieri ha firmato", "ma ha duramente criticato": an adverb (``@adverb``)."""
        word = token.lower_
        return token.is_alpha and (word in self.lexicon.cue("@adverb") or any(word.endswith(e) and len(word) > len(e) + 2 for e in self.lexicon.suffixes("@adverb")))

    def _joins_reporting(self, p: Placed, i: int, sentence: Span) -> bool:
        """Whether the verb at ``i``, after "e", shares the tense of the verb that reports the clause ``p`` stands in
        and not the tense of that clause ("Leavitt ha detto che il presidente «non si lascerà intimidire» e ha
        accusato il Messico"; not "ha detto che la Russia ha invaso l'Ucraina e chiede armi")."""
        doc = sentence.doc
        opener = next((t for t in reversed(doc[sentence.start : p.start]) if t.lower_ in self.complementizers), None)
        if opener is None or self._same_tense(p, i, sentence):
            return False
        reporting = any(t.lemma_.lower() in self.auxiliaries for t in doc[max(sentence.start, opener.i - BARE_REACH) : opener.i])
        return reporting == any(t.lemma_.lower() in self.auxiliaries for t in doc[max(sentence.start, i - BARE_REACH) : i])

    def _same_tense(self, p: Placed, i: int, sentence: Span) -> bool:
        """Whether the first verb after ``p`` and the verb at ``i`` are both compound ("ha detto … ma ha
        criticato") or both simple: coordinated predicates share their tense."""
        doc = sentence.doc
        boundary = next((t.i for t in doc[p.end : i] if self.is_boundary(t)), i)
        first = next((t for t in doc[p.end : boundary] if self.is_verb(t)), None)
        if first is None:
            return False
        auxiliary = next((t for t in reversed(doc[max(sentence.start, i - BARE_REACH) : i]) if t.lemma_.lower() in self.auxiliaries), None)
        if (first.lemma_.lower() in self.auxiliaries) != (auxiliary is not None):
            return False
        # "la nave era entrata … e ha chiesto": a pluperfect and a perfect are two compound tenses, not one
        return auxiliary is None or (first.lower_ in self.past_auxiliaries) == (auxiliary.lower_ in self.past_auxiliaries)

    def _in_relative(self, p: Placed, i: int, sentence: Span) -> bool:
        """"Haftar, che controlla l'est della Libia, ha ricevuto …": an actor inside a relative clause
        set off by commas belongs to that clause, not to the verb after it."""
        doc = sentence.doc
        if not any(t.text == "," for t in doc[p.end : i]):
            return False
        for t in reversed(doc[sentence.start : p.start]):
            if t.is_punct or self.is_boundary(t):
                return False
            if t.lower_ in self.complementizers:
                return t.i > sentence.start and doc[t.i - 1].text == ","
            if t.lower_ in self.relatives:
                # "Il Partito liberale, di cui Bolsonaro è presidente, ha annunciato": past the relative's preposition
                j = t.i - 1
                while j > sentence.start and (self.base(doc[j]) in self.prepositions or folded(doc[j]) in self.articles):
                    j -= 1
                return j < t.i - 1 and doc[j].text == ","
        return False

    def _object_relative(self, p: Placed, sentence: Span) -> bool:
        """"il piano che la Russia ha respinto": an actor right after a relative "che" whose antecedent is a
        noun phrase (an article and up to three words, no verb or adverb) is the subject of that relative,
        whose object is the antecedent; after a verb ("ha detto che la Russia …") "che" opens a statement."""
        doc = sentence.doc
        before = self._previous_word(p.start, sentence)
        if before is None or before.lower_ not in self.complementizers:
            return False
        for t in reversed(doc[max(sentence.start, before.i - 4) : before.i]):
            if folded(t) in self.articles:
                return t.i < before.i - 1
            if not t.is_alpha or self.is_verb(t) or self._adverb(t) or t.lower_ in self.coordinators:
                return False
        return False

    def _next_predicate_start(self, token: Token, sentence: Span) -> int:
        """Where a predicate coordinated after the verb ``token`` and its own words starts ("ha incontrato il Papa
        e ha poi criticato Israele": Israel is the second verb's); ``sentence.end`` when there is none. Right after
        the verb "e" joins two verbs that share what follows ("ha ricevuto e ringraziato X")."""
        doc = sentence.doc
        for t in doc[token.i + 1 : sentence.end]:
            # "Vučić, che non ha parlato, ha messo l'esercito in allerta al confine con il Kosovo": after a comma, a
            # verb opens the next predicate as after "e" (the relative's verb has no complement past its comma)
            if not (t.lower_ in self.coordinators and t.i > token.i + 1 or t.text == ","):
                continue
            j = t.i + 1
            while j < sentence.end and self._of_verb_group(doc[j]) and not self.is_verb(doc[j]):
                j += 1
            if j < sentence.end and self.is_verb(doc[j]):
                return t.i
        return sentence.end

    def _of_verb_group(self, token: Token) -> bool:
        """An auxiliary, a clitic, "non" or an adverb: a word of the group a verb opens ("non lo ha mai criticato")."""
        return token.lemma_.lower() in self.auxiliaries or folded(token) in self.clitics or token.lower_ in self.lexicon.cue("@negation") or self._adverb(token)

    def _relative_subject(self, token: Token, reading: Reading) -> Placed | None:
        """The subject of an object relative right before the verb group of ``token`` ("che la Francia ha
        addestrato"), if there is one."""
        doc = reading.sentence.doc
        j = token.i - 1
        while j > reading.sentence.start and self._of_verb_group(doc[j]):
            j -= 1
        return next((p for p in reading.mentions if p.end == j + 1 and self._object_relative(p, reading.sentence)), None)

    def _after_relative(self, p: Placed, i: int, sentence: Span) -> bool:
        """"Il Paese che la Russia ha invaso nel 2022 chiede aiuto": the relative's own verb stands between
        its subject and the verb at ``i``, and nothing (a comma, "e") joins the verb at ``i`` to it, so the
        verb at ``i`` is the main clause's."""
        doc = sentence.doc
        j = i - 1
        while j >= p.end and self._of_verb_group(doc[j]):
            j -= 1
        if not self.is_verb(doc[i]) and j >= p.end and self.is_verb(doc[j]):
            j -= 1  # "che la Cina possa invadere": an infinitive's modal is of its group
            while j >= p.end and self._of_verb_group(doc[j]):
                j -= 1
        if j < p.end or not any(self.is_verb(t) for t in doc[p.end : j + 1]):
            return False
        return not (doc[j].is_punct or doc[j].lower_ in self.coordinators or self.is_boundary(doc[j]) or self.base(doc[j]) in self.prepositions)

    def _antecedent(self, p: Placed, i: int, sentence: Span, placed: tuple[Placed, ...]) -> bool:
        """"dalle autorità iraniane, che la accusano": the actor right before a relative "che"
        is the subject of the clause it opens, whatever governs the actor itself."""
        doc = sentence.doc
        j = p.end
        if j < i and doc[j].text == ",":
            j += 1
        if j >= i or doc[j].lower_ not in self.complementizers:
            return False
        joined = self._joined_relative(j, i, sentence)
        # "…, che l'Unione …": the clause names its own subject; a joined relative ("e che ha poi invitato …") does
        # not when no actor stands between its "che" and the verb
        own = joined if joined > j and not any(joined < q.start < i for q in placed) else j
        if own == j and any(p.end < q.start < i for q in placed):
            return self._relative_continued(j, i, sentence, placed)
        # the relative's own verb only: in "che lo accusano di aver fornito" the supplier is the accused
        return not any(t.is_punct or self.is_boundary(t) or t.lower_ in self.complementizers
                       or (self.is_verb(t) and t.lemma_.lower() not in self.auxiliaries) for t in doc[own + 1 : i]) \
            or self._relative_continued(j, i, sentence, placed)

    def _joined_relative(self, j: int, i: int, sentence: Span) -> int:
        """"il Marocco, che a gennaio ha firmato un protocollo con l'Ue e che ha poi invitato l'Algeria": a relative
        "che" joined by "e" or "ma" to the subject relative opened at ``j`` shares its antecedent; the last such "che"
        before ``i`` (``j`` when there is none), past no colon, semicolon or other clause."""
        doc = sentence.doc
        last = j
        for t in doc[j + 1 : i]:
            if t.text in (";", ":") or t.is_quote:
                return j
            if t.lower_ in self.complementizers and doc[t.i - 1].lower_ in self.coordinators | self.boundaries and doc[t.i - 1].is_alpha:
                last = t.i
        return last

    def _relative_continued(self, j: int, i: int, sentence: Span, placed: tuple[Placed, ...]) -> bool:
        """"la Nato, che ha condannato l'Iran e ha chiesto alla Cina …", "il Fronte Polisario, che ha respinto il piano e
        ha chiesto all'Onu …": a verb joined by "e" or "ma" to the verb of a subject relative (its "che" at ``j``,
        right before its verb group), with no comma, colon or other clause between, is of the relative too; the actors
        between are that verb's objects, none in subject position."""
        doc = sentence.doc
        k = j + 1
        while k < i and self._of_verb_group(doc[k]):
            k += 1
        if k >= i or not self.is_verb(doc[k]):
            return False  # "che la Russia ha invaso": an object relative has its own subject
        start = self._verb_group(doc[i], sentence)
        # a word that opens a clause ("ma ha chiesto") right before the verb group names no subject either
        if start - 1 <= k or not (doc[start - 1].lower_ in self.coordinators or doc[start - 1].is_alpha and self.is_boundary(doc[start - 1])):
            return False
        if any(t.is_punct or t.is_quote or self.is_boundary(t) or t.lower_ in self.complementizers for t in doc[k + 1 : start - 1]):
            return False
        return not any(k < q.start < start - 1 and self.subject_position(q, sentence) for q in placed)

    def _joins(self, between: Span) -> str:
        """How two actors are joined: ``"and"`` ("e", "and"), ``"comma"``, or ``""`` (not joined)."""
        # "a Belgrado e a Pristina": a preposition repeated after the conjunction joins too
        repeated = any(t.lower_ in self.coordinators for t in between)
        if not len(between) or not all(
            t.text == "," or t.lower_ in self.coordinators or t.lower_ in self.articles or (repeated and self.base(t) in self.prepositions)
            or (repeated and t.lemma_.lower() in self.role_nouns)  # "Meloni e il presidente turco Erdoğan"
            or (repeated and self._describes_name(t, between))  # "Eni e la compagnia algerina Sonatrach"
            or (repeated and self._portfolio(t, between))  # "Barrot e il ministro degli Esteri tedesco Wadephul"
            for t in between
        ):
            return ""
        return "and" if any(t.lower_ in self.coordinators for t in between) else "comma"

    def _portfolio(self, word: Token, between: Span) -> bool:
        """A capitalised word after a title and its preposition: the title's portfolio ("il ministro degli Esteri",
        "il segretario di Stato"), part of the title phrase as the title is."""
        doc = between.doc
        return word.is_alpha and word.text[:1].isupper() and word.i - 1 > between.start and self.base(doc[word.i - 1]) in self.prepositions \
            and any(u.lemma_.lower() in self.role_nouns for u in doc[between.start : word.i - 1])

    def _describes_name(self, noun: Token, between: Span) -> bool:
        """A common noun after an article and before a name, with or without an actor adjective between: the
        description of the named actor, as a title is ("la compagnia algerina Sonatrach", "le milizie Radaa")."""
        doc = between.doc
        if noun.i == between.end - 2 and noun.is_lower and noun.is_alpha and self._determiner(doc[noun.i - 1]):
            # "e dalla compagnia statale KazMunayGas": one lowercase adjective between the noun and the name
            adjective = doc[noun.i + 1]
            return adjective.is_lower and adjective.is_alpha and not self.is_verb(adjective) and doc[between.end].text[:1].isupper()
        if noun.i == between.end - 1 and noun.i - 2 >= between.start and not self._determiner(doc[noun.i - 1]) \
                and self._determiner(doc[noun.i - 2]) and self._describes_name(doc[noun.i - 1], between):
            return True  # the adjective of that description
        if noun.i != between.end - 1 or between.end + 1 >= len(doc) or not noun.is_lower or not noun.is_alpha:
            return False
        adjective, name = doc[between.end], doc[between.end + 1]
        if not self._determiner(doc[noun.i - 1]):
            return False
        # "la compagnia algerina Sonatrach", or a name right after its noun: "e le milizie Radaa"
        return (adjective.is_lower and name.text[:1].isupper()) or adjective.text[:1].isupper()

    def _past_articles(self, doc: Doc, i: int, end: int) -> int:
        """The first position from `i` on, short of `end`, that is not an article: "il", "la", "l'" are stepped over
        to reach the word a phrase starts with."""
        while i < end and folded(doc[i]) in self.articles:
            i += 1
        return i

    def _determiner(self, token: Token) -> bool:
        """An article, or a preposition contracted with one ("dalla", "all'")."""
        return folded(token) in self.articles or folded(token) in self.lexicon.contractions

    def _coordinated(self, first: Placed, mentions: list[Placed], sentence: Span) -> list[Placed]:
        """``first`` and the mentions joined to it ("Iran, Corea del Nord e Cina"); a list
        joined by commas only counts when an "e" closes it ("… Kiev, la Cina ha" does not)."""
        doc = sentence.doc
        first = self._head_of_run(first, mentions, doc)
        twins = [q for q in mentions if (q.start, q.end) == (first.start, first.end) and q is not first]  # "entrambe le parti"
        if twins:
            return [first, *twins]
        group, joins = [first], []
        # "i negoziati tra Russia e Ucraina sono ripresi": after "tra" the pair is one phrase, the verb the clause's
        before = self._previous_word(first.start, sentence)
        between = before is not None and self.base(before) in self.lexicon.cue("@between")
        for p in mentions:
            if p.start < group[-1].end:
                continue
            end = group[-1].end
            closing = self._insertion(end, sentence)
            if closing is not None:
                if p.start < closing:
                    continue  # "tra la Brigata 444, fedele al premier Dbeibah, e la milizia Radaa": the insertion's own actors
                end = closing
            join = self._joins(doc[end : p.start])
            if not join or (p.end < sentence.end and self._verb_form(doc[p.end]) and not between):
                break  # "…, e il sindacato Ugtt minaccia": an actor with a verb of its own opens a clause
            group.append(self._head_of_run(p, mentions, doc))
            joins.append(join)
        while joins and joins[-1] != "and":
            joins.pop()
            group.pop()
        return group

    def _insertion(self, comma: int, sentence: Span) -> int | None:
        """"la Brigata 444, fedele al premier Abdul Hamid Dbeibah, e la milizia Radaa": a phrase between commas
        that opens with a lowercase word (no article, no verb) and is followed by "e" describes the actor
        before it; the coordination goes on after it. The closing comma's position, else ``None``."""
        doc = sentence.doc
        if comma + 1 >= sentence.end or doc[comma].text != "," or not doc[comma + 1].is_lower or not doc[comma + 1].is_alpha:
            return None
        if self._opens_relative(comma + 1, sentence):
            # "ha ringraziato la Francia, che nel 2022 ha restituito il reperto, e la Germania": a relative set off by
            # commas describes the actor before it, whatever verbs and actors it holds
            for k in range(comma + 2, min(sentence.end - 1, comma + 1 + RELATIVE_INSERTION_REACH)):
                if doc[k].text == ",":
                    return k if doc[k + 1].lower_ in self.coordinators else None
                if self.is_boundary(doc[k]) or doc[k].text in (";", ":") or doc[k].is_quote:
                    return None
            return None
        if folded(doc[comma + 1]) in self.articles | self.coordinators | self.complementizers:
            return None
        # "il consorzio cinese Cnpc, guidato da Sinopec, e la russa Gazprom": a participle with its agent describes too
        described = doc[comma + 1].lower_.endswith(self.participles) and self._reduced(doc[comma + 1], sentence)
        for k in range(comma + 1, min(sentence.end - 1, comma + 1 + INSERTION_REACH)):
            if doc[k].text == ",":
                return k if doc[k + 1].lower_ in self.coordinators else None
            if (self.is_verb(doc[k]) and not (described and k == comma + 1)) or self.is_boundary(doc[k]) or doc[k].text in (";", ":"):
                return None
        return None

    def _opens_relative(self, i: int, sentence: Span) -> bool:
        """Whether a relative clause starts at ``i``: "che", or a relative pronoun after its preposition ("di cui")."""
        doc = sentence.doc
        return doc[i].lower_ in self.complementizers or (
            i + 1 < sentence.end and self.base(doc[i]) in self.prepositions and doc[i + 1].lower_ in self.relatives)

    def _verb_form(self, token: Token) -> bool:
        """A verb, or a present that simplemma reads as its noun ("minaccia", "accusa"; see ``_finite``)."""
        return self.is_verb(token) or (token.is_lower and any(
            e.frame == "verb" for ending in self.verb_endings for e in self.lexicon.triggers.get(token.lower_[:-1] + ending, [])
        ))

    def _head_of_run(self, p: Placed, mentions: list[Placed] | tuple[Placed, ...], doc: Doc) -> Placed:
        """Adjacent actors form one phrase whose last is its head ("cinese Wang Yi", "serbo-bosniaco Dodik")."""
        for q in mentions:
            if q.start == p.end or (q.start > p.end and all(t.text in HYPHENS for t in doc[p.end : q.start])):
                return self._head_of_run(q, mentions, doc)
        named = self._apposed(p, mentions, doc) or self._led_by(p, mentions, doc)
        return named if named is not None else p

    def _led_by(self, p: Placed, mentions: list[Placed] | tuple[Placed, ...], doc: Doc) -> Placed | None:
        """"una delegazione ucraina guidata da Andriy Yermak": the person a participle and its agent name
        right after an actor adjective is the phrase's actor."""
        if not doc[p.start].is_lower or p.end + 2 >= len(doc):
            return None
        participle, marker = doc[p.end], doc[p.end + 1]
        if not participle.lower_.endswith(self.participles) or self.base(marker) not in self.agent_markers:
            return None
        k = p.end + 2
        while k < len(doc) and k - p.end <= 4 and (folded(doc[k]) in self.articles or doc[k].lemma_.lower() in self.role_nouns):
            k += 1  # "guidata dal generale X"
        return next((q for q in mentions if q.start == k and q.mention.actor.type == "Person"), None)

    def _described(self, p: Placed, mentions: list[Placed] | tuple[Placed, ...], doc: Doc) -> Placed | None:
        """"il comandante della Kfor, il generale italiano Enrico Barduani, …": the person set after the comma that
        ends a title's complement, described by an article, lowercase words and actor adjectives, holds the title."""
        if p.end >= len(doc) or doc[p.end].text != ",":
            return None
        for k in range(p.end + 1, min(len(doc), p.end + 1 + DESCRIBED_REACH)):
            named = next((q for q in mentions if q.start == k), None)
            if named is not None and named.mention.actor.type == "Person":
                return named
            if named is None and not (doc[k].is_lower and doc[k].is_alpha) or (named is not None and doc[k].is_upper):
                return None
        return None

    def _apposed(self, p: Placed, mentions: list[Placed] | tuple[Placed, ...], doc: Doc) -> Placed | None:
        """"l'omologo nigerino, il generale Salifou Mody": the person set after a comma names
        the office whose actor adjective ``p`` is, so the person is the phrase's actor."""
        before = doc[p.start - 1] if p.start > 0 else None
        if before is None or before.lemma_.lower() not in self.role_nouns or p.mention.actor.type == "Person":
            return None
        for q in mentions:
            if q.start > p.end:
                between = doc[p.end : q.start]
                words = [t for t in between[1:] if folded(t) not in self.articles]
                if between[0].text == "," and len(words) <= 2 and all(t.is_lower and t.is_alpha and not self.is_verb(t) and t.lemma_.lower() not in self.auxiliaries for t in words) \
                        and q.mention.actor.type == "Person":  # "presidente francese, ha criticato Trump": a verb opens the predicate
                    return q
                return None
        return None

    # --- frames --------------------------------------------------------------------------
    def relations(self, sentence: Span, index: MentionIndex, discourse: Discourse) -> Iterator[tuple[Candidate, str, Qualifiers]]:
        """Each candidate with its relation and qualifiers; ``discourse`` remembers who did what,
        so that a later "ha respinto le accuse" reaches whoever accused."""
        reading = self.read(sentence, index)
        carried = self._carried(sentence, discourse)
        if carried:
            reading = replace(reading, carried=carried, carried_plural=discourse.last_plural)
        found = list(self.candidates(reading, index, discourse)) if self.opinions.frames else []
        self._remember_agent(reading, found, discourse)
        for candidate in self.opinions.add_model(found, sentence, index, self.lexicon):
            yield (candidate, *self.qualify(candidate, reading))

    def _carried(self, sentence: Span, discourse: Discourse) -> tuple[Mention, ...]:
        """The agent a verb with no subject continues: the last one remembered, if no paragraph ended since it was
        named (a headline, a list item and a new paragraph each start afresh)."""
        agent = discourse.last_agent
        if agent is None or "\n" in self._doc_text(sentence.doc)[agent.end : sentence[0].idx]:
            return ()
        return discourse.joint.get("^last") or (agent,)

    def _remember_agent(self, reading: Reading, found: list[Candidate], discourse: Discourse) -> None:
        """Who acted last in the sentence, for the next sentence's verb with no subject (Italian drops it: "Il ministro degli
        Esteri turco ha incontrato l'omologo. Ha poi chiesto a Teheran …"): the subject of the last verbal relation, or the
        one who reports (the speaker of a "che" clause rather than the reported clause's subject), with the number of its
        verb. Any other actor that may be a subject after it forgets it; a sentence with no act and no actor as subject keeps it."""
        sentence, doc = reading.sentence, reading.sentence.doc
        events: list[tuple[int, tuple[Mention, ...], int]] = []  # (verb, agents, where the agent stands)
        for c in found:
            if c.frame not in ("linear-verb", "linear-reciprocal", "recalled", "relative") or vocabulary()[c.relation].group == "fact" or not self.is_verb(c.trigger):
                continue
            if any(start <= c.trigger.i < end for start, end, _, _ in reading.speech) or self._quoted_at(c.trigger.i, sentence):
                continue  # what is reported or quoted is not the reporter's act
            at = next((p.start for p in reading.mentions if p.mention is c.subject), c.trigger.i)
            same = [e for e in events if e[0] == c.trigger.i]
            if same:
                if all(m.actor.iri != c.subject.actor.iri for m in same[0][1]):
                    events[events.index(same[0])] = (c.trigger.i, (*same[0][1], c.subject), min(at, same[0][2]))
                continue
            events.append((c.trigger.i, (c.subject, c.object) if c.frame == "linear-reciprocal" else (c.subject,), at))
        for verb in reading.speech_verbs:
            subject = self._subject_before(verb, sentence, reading.mentions, reading.sources)
            if subject is None:
                # "«…», ha detto il premier Orbán": the speaker named after the verb
                subject = next((p for p in reading.mentions if verb < p.start <= verb + 4 and not _nested(p, reading.mentions)
                                and not any(t.is_punct for t in doc[verb + 1 : p.start])), None)
            if subject is not None and sentence.start <= verb < sentence.end:
                events.append((verb, (subject.mention,), subject.start))
        for p in reading.mentions:
            # a clause's subject with its finite verb and no relation read ("Macron è arrivato a Roma", "X è diventato presidente")
            j = p.end
            while j < sentence.end and (doc[j].lemma_.lower() in self.auxiliaries | self.modals or folded(doc[j]) in self.clitics
                                        or folded(doc[j]) in self.lexicon.cue("@negation") or self._adverb(doc[j])) and not self.is_verb(doc[j]):
                j += 1
            if j >= sentence.end or not self.is_verb(doc[j]) or _nested(p, reading.mentions) or not self.subject_position(p, sentence) \
                    or any(start <= p.start < end for start, end, _, _ in reading.speech) or self._quoted_at(p.start, sentence):
                continue
            while j + 1 < sentence.end and self.is_verb(doc[j + 1]) and doc[j].lemma_.lower() in self.auxiliaries | self.modals:
                j += 1  # "è diventato", "ha voluto"
            if any(e[0] == j for e in events):
                continue
            group = self._coordinated(p, list(reading.mentions), sentence)
            events.append((j, tuple(dict((g.mention.actor.iri, g.mention) for g in group).values()), min(g.start for g in group)))
        self._record_acts(events, found, reading, discourse)
        if events:
            verb, agents, at = max(events, key=lambda e: e[0])
            plural = self._third_person(doc[verb], sentence)
            others = any(p.start > at and p.mention.actor.iri not in {m.actor.iri for m in agents} and not _nested(p, reading.mentions)
                         and not any(start <= p.start < end for start, end, _, _ in reading.speech)  # what a speaker reports
                         and not self._quoted_at(p.start, sentence)  # a slogan, a quoted word
                         and self.subject_position(p, sentence) for p in reading.mentions)
            if plural is None or others or (not plural and len(agents) > 1):
                discourse.last_agent, discourse.joint["^last"] = None, ()
                return
            discourse.last_agent, discourse.last_plural, discourse.joint["^last"] = agents[0], plural, agents
        elif any(self.subject_position(p, sentence) and not _nested(p, reading.mentions) and not self._quoted_at(p.start, sentence) for p in reading.mentions):
            discourse.last_agent, discourse.joint["^last"] = None, ()

    def _record_acts(self, events: list[tuple[int, tuple[Mention, ...], int]], found: list[Candidate], reading: Reading, discourse: Discourse) -> None:
        """Each act of the sentence, in order, into the document's history (``Discourse.acts``), for "la mossa", "la
        proposta" later: a thing put forward by a verb of ``@proposal`` ("Meloni ha offerto di sbloccare i fondi"), a
        relation done rather than said (``deed``), or a subject's verb that names no relation and reports no words ("la
        Libia ha chiuso il valico")."""
        doc, made = reading.sentence.doc, {c.trigger.i: c for c in found}
        words = self.lexicon.cue("@attribution") | self.lexicon.cue("@evaluative") | self.auxiliaries | self.modals
        for verb, agents, _ in sorted(events, key=lambda e: e[0]):
            lemma = doc[verb].lemma_.lower()
            if verb in reading.speech_verbs:
                continue
            if lemma in self.lexicon.cue("@proposal"):
                discourse.acts.append(("proposal", agents[0]))
            elif deed(made[verb].relation) if verb in made else lemma not in words:
                discourse.acts.append(("deed", agents[0]))

    def _quoted_at(self, i: int, sentence: Span) -> bool:
        """Whether token ``i`` stands inside quotation marks opened in its paragraph (a quote may open in the sentence before:
        "Merz ha criticato la Cina. «Ha violato le regole», ha aggiunto.")."""
        text = self._doc_text(sentence.doc)
        at = sentence.doc[i].idx
        head = text[text.rfind("\n", 0, at) + 1 : at]
        return head.count("«") > head.count("»") or head.count('"') % 2 == 1 or head.count("“") > head.count("”")

    def _verb_group(self, token: Token, sentence: Span) -> int:
        """Where the verb group of ``token`` starts: its auxiliaries, modals, clitics, negation and adverbs before it
        ("non gli ha poi chiesto")."""
        doc = sentence.doc
        j = token.i
        while j - 1 >= sentence.start and (doc[j - 1].lemma_.lower() in self.auxiliaries | self.modals or folded(doc[j - 1]) in self.clitics
                                           or folded(doc[j - 1]) in self.reflexives or folded(doc[j - 1]) in self.lexicon.cue("@dative")
                                           or folded(doc[j - 1]) in self.lexicon.cue("@negation") or self._adverb(doc[j - 1])):
            j -= 1
        return j

    def _third_person(self, token: Token, sentence: Span) -> bool | None:
        """Whether the finite verb of ``token``'s group is a third person plural (True) or singular (False); None when it
        is no finite third person (an infinitive, a participle or a gerund alone, a first person)."""
        doc = sentence.doc
        start = self._verb_group(token, sentence)
        finite = next((t for t in doc[start : token.i] if t.lemma_.lower() in self.auxiliaries | self.modals), token)
        form, lemma = finite.lower_, finite.lemma_.lower()
        if self.lexicon.marks(form, "@first_person") or self.lexicon.marks(form, "@first_plural"):
            return None
        if not self.is_verb(finite) and not (finite.is_sent_start and lemma in self.auxiliaries):
            return None
        infinitive = form in (lemma, lemma[:-1]) and form.endswith(("re", "r"))  # "chiedere", "chieder(gli)"; not "chiede"
        present = form == lemma and self._present_in_a(finite)  # "Accusa Bogotà …": a present read as the noun ("-sa" is no participle)
        if infinitive or form.endswith(self.lexicon.suffixes("@gerund")) or (form.endswith(self.participles) and lemma not in self.auxiliaries and not present):
            return None
        if form.endswith(("no", "ero")):
            return True
        if form.endswith(("a", "e", "à", "ò", "ì", "é", "è")):
            return False
        return None

    def _dropped(self, token: Token, entry: Trigger, reading: Reading) -> list[Placed]:
        """A verb with no subject in its sentence continues the agent of the sentence before (``Reading.carried``): "Il
        ministro degli Esteri turco ha incontrato l'omologo. Ha poi chiesto a Teheran di …" — if it is a third person of
        the same number (a singular one continues one actor), not in a quote, not impersonal ("si è parlato"), with no
        actor and no noun phrase that could be its subject before it, and no bare actor right after a verb that takes
        no object ("Ha parlato anche il ministro …": the subject follows)."""
        if not reading.carried:
            return []
        sentence, doc = reading.sentence, reading.sentence.doc
        start = self._verb_group(token, sentence)
        plural = self._third_person(token, sentence)
        if plural is None or plural != reading.carried_plural or (not plural and len(reading.carried) > 1):
            return []
        if any(folded(t) in self.reflexives for t in doc[start : token.i]):
            return []
        head = doc[sentence.start : start]
        if self._quoted_at(start, sentence) or any(t.text in (":", ";") for t in head):
            return []
        first = next((t for t in head if self.is_verb(t)), None)
        opening = doc[sentence.start : self._verb_group(first, sentence) if first is not None else start]
        if any(p.start < opening.end for p in reading.mentions):
            return []  # the sentence names its own first subject
        if any(p.start < start and not _nested(p, reading.mentions) and self.subject_position(p, sentence) for p in reading.mentions):
            return []
        if first is not None and self._third_person(first, sentence) != plural:
            return []  # "Chiediamo che … solo se la Commissione accoglierà …": the sentence opens with another person
        comma = max((t.i for t in opening if t.text == ","), default=sentence.start - 1)
        clause = doc[comma + 1 : opening.end]
        if len(clause) and (folded(clause[0]) in self.articles or any(t.is_title and t.is_alpha and not t.is_sent_start for t in clause)
                            or (len(clause) == 1 and clause[0].is_sent_start and clause[0].is_alpha and not self._adverb(clause[0]))):
            return []  # "Il documento chiede …", "Lynas ha firmato …": a subject the reading has no actor for
        opener = max((t.i for t in head if t.is_punct or t.lower_ in self.coordinators | self.complementizers or self.is_boundary(t)), default=sentence.start - 1)
        local = doc[opener + 1 : start]
        if opener >= sentence.start and any(folded(t) in self.articles and (t.i == local.start or self.base(doc[t.i - 1]) not in self.prepositions) for t in local):
            return []  # "… e la Commissione accoglierà …": the clause has a subject of its own
        if start > sentence.start and doc[start - 1].lower_ in self.complementizers:
            return []  # "…, che ha chiesto all'Iran …": a relative's subject is its antecedent
        after = next((p for p in reading.mentions if p.start > token.i and not _nested(p, reading.mentions)), None)
        if after is not None and "patient" not in entry.object and self.base(doc[after.start - 1]) not in self.prepositions \
                and not any(t.is_punct for t in doc[token.i + 1 : after.start]):
            return []  # "Ha parlato anche il ministro iraniano": a bare actor after a verb with no object is its subject
        return [Placed(token.i, token.i + 1, m) for m in reading.carried]

    def _party_leaders(self, reading: Reading) -> Iterator[Candidate]:
        """"Vetëvendosje, il movimento del premier Albin Kurti", "il Mas, il partito di Evo Morales", "il Partito
        democratico del Kosovo (Pdk) di Bedri Hamza": a person named after "di" (past his titles) that closes a
        party's phrase — a noun that may refer back to it (``referring`` to its type) set after a comma, or its
        abbreviation in brackets — leads the party."""
        doc = reading.sentence.doc
        skipped = self.title_adjectives | self.not_current.get("before", set())  # "del premier uscente X", "dell'ex presidente X"
        for p in reading.mentions:
            if p.mention.actor.type != "Person":
                continue
            j = p.start - 1
            while j > reading.sentence.start and doc[j].is_lower and (self._role_noun(doc[j]) or doc[j].lower_ in skipped):
                j -= 1  # "del premier uscente X", "dell'ex presidente X": his titles
            if j <= reading.sentence.start or self.base(doc[j]) not in self.lexicon.cue("@genitive"):
                continue
            k = j - 1
            if doc[k].text == ")" and k - 2 >= reading.sentence.start and doc[k - 2].text == "(":
                party = next((q for q in reading.mentions if q.end == k - 2), None)  # "il Partito democratico del Kosovo (Pdk) di X"
                noun = doc[k - 1]
            elif doc[k].is_lower and referring(self.lexicon, doc[k].lower_):  # the form: simplemma takes "partito" for "partire"
                a = k - 1
                while a > reading.sentence.start and folded(doc[a]) in self.articles:
                    a -= 1
                party = next((q for q in reading.mentions if q.end == a), None) if doc[a].text == "," else None
                if party is None and doc[a].text == "," and doc[a - 1].text == ")":
                    party = next((q for q in reading.mentions if q.end == a - 3), None)  # "il Movimento al Socialismo (Mas), il partito di X"
                noun = doc[k]
            else:
                continue
            kinds = (referring(self.lexicon, noun.lower_) or frozenset({"Group"})) if noun.is_lower else frozenset({"Group"})
            if party is not None and party.mention.actor.type in kinds:
                yield Candidate(p.mention, party.mention, noun, "linear-role", "leaderOf", f"descriptions.tsv:{noun.lower_}")

    def _bracketed(self, reading: Reading) -> Iterator[Candidate]:
        """"La senatrice Laura Fontana (Pd)", "Ettore Prandini (Coldiretti), Massimiliano Giansanti (Confagricoltura)": a
        person with one actor alone in brackets right after the name belongs to it — a member of a party or group, one who
        works for an organisation."""
        doc = reading.sentence.doc
        for p in reading.mentions:
            if p.mention.actor.type != "Person" or p.end + 2 >= reading.sentence.end or doc[p.end].text != "(":
                continue
            inner = next((q for q in reading.mentions if q.start == p.end + 1), None)
            if inner is None or inner.end >= reading.sentence.end or doc[inner.end].text != ")":
                continue
            relation = {"Group": "memberOf", "Organization": "affiliatedWith"}.get(inner.mention.actor.type)
            if relation is not None:
                yield Candidate(p.mention, inner.mention, doc[p.end], "linear-role", relation, f"{self.lexicon.path.name}:@bracketed")

    def candidates(self, reading: Reading, index: MentionIndex, discourse: Discourse) -> Iterator[Candidate]:
        sentence = reading.sentence
        for leader, state, noun in reading.led:
            yield Candidate(leader, state, noun, "linear-role", "leaderOf", f"{self.lexicon.path.name}:@government")
        yield from self._contingents(reading)
        yield from self._versus(reading)
        yield from self._addressed(reading)
        yield from self._under(reading)
        yield from self._commented(reading)
        yield from self._bracketed(reading)
        yield from self._party_leaders(reading)
        yield from self._terms_after(reading, discourse)
        if len(reading.mentions) < 2 and not (reading.mentions and (discourse.authors or reading.previous or reading.turn or reading.asked or reading.carried)):
            return
        found: list[Candidate] = []
        authors: dict[str, Mention] = {}  # who did what in this sentence, object or not ("ha accusato il governo")
        judged: Mention | None = None
        for token in sentence:
            entry = self._trigger(token, reading)
            # a speech verb states no act, unless its row names the act's word: "ha avvertito Israele che risponderà"
            if entry is None or (token.i in reading.speech_verbs and not entry.requires) or self._irrealis(token, sentence):
                continue
            made = list(self._fill(token, entry, reading, discourse))
            if entry.frame == "noun" and entry.relation == "attacks" and "reciprocal" in entry.object:
                # "È scontro tra la Regione e la Fondazione sul contributo", "lo scontro tra il governo e il Tribunale
                # supremo": a clash between sides with no force of their own is one of words, no attack
                made = [c for c in made if not all(self._unarmed(m.actor) or self._government_phrase(m, sentence.doc) for m in (c.subject, c.object))]
            made.extend(self._thanked(token, entry, made, reading, index))
            made.extend(self._judged_rejection(made, reading))
            if not made and entry.relation in ("protests", "rejects") and entry.frame == "verb":
                made = self._answer_in_sentence(token, entry, found, reading)
            found.extend(made)
            if (entry.frame == "verb" and _verbal(entry.relation)) or self._done(token, entry, reading):
                subjects = [c.subject for c in made] or [p.mention for p in self._subjects(token, entry, reading)[0]]
                if subjects:
                    authors[entry.relation] = subjects[0]
                    if entry.relation in JUDGED:
                        judged = subjects[0]
                    # "Il Sudan accusa gli Emirati …; Abu Dhabi respinge le accuse": a reply later in the sentence recalls
                    # the act read before it, not one of the sentences before
                    discourse.authors.update({**authors, **({"@judged": judged} if judged is not None else {})})
        for charge in self._charged(reading):
            found.append(charge)
            authors.setdefault(charge.relation, charge.subject)
            judged = judged or charge.subject
        if judged is not None:
            authors["@judged"] = judged  # the last critic or accuser, whichever word ("accuse", "critiche") the reply uses
        found.extend(self._ruled_out(reading, index, discourse))
        found.extend(self._joint(reading, found))
        discourse.authors.update(authors)
        sides = [c for c in found if vocabulary()[c.relation].group != "fact" and c.subject.actor.type == c.object.actor.type]
        if sides:
            index.sides = [sides[-1].subject, sides[-1].object]
        # "Mosca ha offerto a Kiev un cessate il fuoco. Ma solo se …": a sentence made of a condition is read with the acts
        # of the sentence before it, once (the condition's own sentence then makes nothing of it)
        opened, discourse.opened = discourse.opened, None
        following = sentence.doc[sentence.end].sent if sentence.end < len(sentence.doc) and sentence.doc.has_annotation("SENT_START") else None
        ahead = opening(following, self.markers, self.speech) if following is not None and not condition_clauses(sentence, self.markers) else None
        if ahead is not None:
            discourse.opened = ahead.marker
        conditional = list(self._conditional(reading, found, opened, ahead and (ahead, self.read(following, index)))) \
            + list(self._preconditions(reading, found)) + list(self._withouts(reading, found))
        # "ha minacciato di precettare i lavoratori se …": a demand set as a condition is an act a later
        # "ha respinto l'ultimatum" recalls
        discourse.authors.update({c.relation: c.subject for c in conditional if _verbal(c.relation)})
        discourse.asks += [(c.subject, c.object) for c in (*found, *conditional) if c.relation in ("requests", "demands")]
        said, heads = self._said(sentence.doc), self._heads(sentence.doc)
        for c in found:
            if c.relation == "leaderOf":
                heads.setdefault(c.object.actor.iri, set()).add(c.subject.actor.iri)
        for c in (*found, *conditional):
            if _verbal(c.relation):
                said.setdefault(_statement_class(c.relation), set()).update(
                    (speaker, target) for speaker in _speaking_for(c.subject, index, heads) for target in _speaking_for(c.object, index, heads))
        # a conditional reading replaces the found one of the same pair and trigger under any name ("ha offerto la revoca
        # delle sanzioni alla Bielorussia in cambio di …" concedes; it no longer sanctions)
        replaced = {(c.subject.start, c.object.start, c.trigger.i) for c in conditional}
        # (a threat the terms turn to the side they ask: "minaccia di portare il caso all'Asean se Phnom Penh …")
        replaced |= {(c.subject.start, None, c.trigger.i) for c in conditional if c.relation == "threatens"}
        # "gli aiuti … sono condizionati al rispetto … da parte del Cairo": a participle of terms after a copula states
        # them (read above); it is no verb of setting terms whose agent follows "da"
        doc = reading.sentence.doc
        clauses = condition_clauses(reading.sentence, self.markers)
        stated = {c.marker for c in clauses if c.stated and doc[c.marker - 1].lemma_.lower() in self.copula}
        # an act the terms name is not stated: neither an act of the side named before their marker ("… disposti ad
        # allentare le restrizioni se l'Iran smettesse di fornire droni alla Russia" is no aid of Washington's to Russia) nor
        # one between the sides they name ("… a condizione che Tunisi critichi il Fmi": no criticism yet)
        within = [c for c in clauses if c.text]
        yield from (c for c in found if (c.subject.start, c.object.start, c.trigger.i) not in replaced
                    and not (c.relation == "threatens" and (c.subject.start, None, c.trigger.i) in replaced)
                    and not (c.relation == "demands" and c.trigger.i in stated)
                    and not any(t.start <= c.trigger.i < t.end for t in within))
        yield from conditional

    def _under(self, reading: Reading) -> Iterator[Candidate]:
        """"Sotto la presidenza di Lula, il Brasile …", "La Nato, sotto la guida di Mark Rutte, …": the person an office
        noun after "sotto" names heads the body the phrase is set before or after; a past tense after it ("aveva
        firmato", "si ritiravano") tells of an office held then, and states nothing now."""
        sentence, doc = reading.sentence, reading.sentence.doc
        for t in sentence:
            if t.lower_ != "sotto":
                continue
            j = self._past_articles(doc, t.i + 1, sentence.end)
            if j + 2 >= sentence.end or doc[j].lower_ not in self.leading or self.base(doc[j + 1]) not in self.lexicon.cue("@genitive"):
                continue
            j += 2
            while j < sentence.end and (folded(doc[j]) in self.articles or doc[j].lemma_.lower() in self.role_nouns):
                j += 1  # "sotto la guida del segretario generale Mark Rutte"
            leader = next((p for p in reading.mentions if p.start == j and p.mention.actor.type == "Person"), None)
            if leader is None or leader.end >= sentence.end or doc[leader.end].text != ",":
                continue
            if t.i > sentence.start and doc[t.i - 1].text == ",":
                body = next((p for p in reading.mentions if p.end == t.i - 1), None)  # "La Francia, sotto la presidenza di X,"
            elif t.i == sentence.start:
                k = self._past_articles(doc, leader.end + 1, sentence.end)
                body = next((p for p in reading.mentions if p.start == k), None)  # "Sotto la presidenza di X, la Francia"
            else:
                continue
            if body is None or body.mention.actor.type == "Person" or body.mention.actor.iri == leader.mention.actor.iri:
                continue
            verb = next((v for v in doc[leader.end + 1 : sentence.end] if self.is_verb(v)), None)
            if verb is None or verb.lower_ in self.past_auxiliaries or verb.lower_.endswith(IMPERFECT):
                continue
            yield Candidate(leader.mention, body.mention, doc[t.i + 2 if folded(doc[t.i + 1]) in self.articles else t.i + 1],
                            "linear-role", "leaderOf", f"{self.lexicon.path.name}:@under")

    def _commented(self, reading: Reading) -> Iterator[Candidate]:
        """"«È una scelta irresponsabile», ha detto il cancelliere Merz commentando la decisione di Mosca": a hostile
        judgement quoted at the opening, whose speaker comments (a gerund of commenting after the name) on what an
        actor did, criticises that actor."""
        sentence, doc = reading.sentence, reading.sentence.doc
        speaker = self._quote_speaker(sentence, reading.mentions)
        if speaker is None:
            return
        close = next(t.i for t in sentence[1:] if t.is_quote)
        if not any(t.lemma_.lower() in self.lexicon.cue("@hostile") or t.lower_ in self.lexicon.cue("@hostile") for t in doc[sentence.start + 1 : close]):
            return
        gerund = next((t for t in doc[close + 2 : sentence.end] if (t.lemma_.lower() in self.commenting or _verb_of(t.lemma_.lower()) in self.commenting) and t.lower_.endswith(("ando", "endo", "endosi"))), None)
        if gerund is None:
            return
        target = next((p for p in reading.mentions if p.start > gerund.i), None)
        if target is None or target.start - gerund.i > PREP_GAP + 1 or any(t.is_punct or self.is_verb(t) for t in doc[gerund.i + 1 : target.start]) \
                or target.mention.actor.iri == speaker.actor.iri:
            return
        yield Candidate(speaker, target.mention, gerund, "linear-verb", "criticizes", f"{self.lexicon.path.name}:@hostile")

    def _joint(self, reading: Reading, found: list[Candidate]) -> Iterator[Candidate]:
        """"La Russia aveva organizzato a Kazan i Giochi insieme alla Cina e all'Iran", "Malé e Pechino collaborano nella
        sorveglianza marittima, insieme allo Sri Lanka": a comitative ("insieme a", ``@together``) after a verb names
        partners in the act of the verb's subject, so each partner cooperates with the subject and the partners with each
        other — when the verb reads cooperation or no relation at all (a judgement or an attack shared is another
        reading), and subject and partners are states, organisations or groups, not people travelling together."""
        sentence, doc = reading.sentence, reading.sentence.doc
        for t in sentence:
            if t.lower_ not in self.lexicon.cue("@together") or t.i + 2 >= sentence.end or self.base(doc[t.i + 1]) not in ("a", "con"):
                continue
            verb = next((u for u in reversed(doc[sentence.start : t.i]) if self.is_verb(u) or u.lower_ in self.complementizers or u.text in (";", ":")), None)
            if verb is None or not self.is_verb(verb) or verb.i in reading.speech_verbs \
                    or any(c.trigger.i == verb.i and c.relation != "cooperatesWith" for c in found):
                continue
            entry = self._trigger(verb, reading)
            if entry is not None and entry.relation != "cooperatesWith":
                continue
            first = next((p for p in reading.mentions if p.start > t.i + 1 and all(folded(x) in self.articles for x in doc[t.i + 2 : p.start])), None)
            subject = self._subject_before(self._verb_group(verb, sentence), sentence, reading.mentions, reading.sources)
            if first is None or subject is None:
                continue
            partners = self._coordinated(first, list(reading.mentions), sentence)
            subjects = self._subject_group(subject, reading, verb)
            if any(p.mention.actor.type == "Person" for p in (*partners, *subjects)):
                continue
            pairs = [(s, o) for s in subjects for o in partners] + [(a, b) for n, a in enumerate(partners) for b in partners[n + 1 :]]
            for a, b in pairs:
                if a.mention.actor.iri != b.mention.actor.iri:
                    yield Candidate(a.mention, b.mention, verb, "linear-verb", "cooperatesWith", f"{self.lexicon.path.name}:@together")

    def _versus(self, reading: Reading) -> Iterator[Candidate]:
        """"Erdogan contro Netanyahu: «Un criminale di guerra»", "Madrid contro Bruxelles sui migranti": a headline with
        no verb that opens with an actor, "contro" and another actor sets the first against the second in words."""
        sentence, doc = reading.sentence, reading.sentence.doc
        first = next((p for p in reading.mentions if p.start == sentence.start), None)
        if first is None or first.end + 1 >= sentence.end or doc[first.end].lower_ != "contro" or any(self.is_verb(t) for t in sentence):
            return
        j = self._past_articles(doc, first.end + 1, sentence.end)
        other = next((p for p in reading.mentions if p.start == j and p.mention.actor.iri != first.mention.actor.iri), None)
        if other is None or other.end >= sentence.end:
            return
        after = doc[other.end]
        # a quotation after a colon, a topic after "su", or nothing ("Francia contro Germania: 2-1" is a match)
        if after.text == ":" and other.end + 1 < sentence.end and doc[other.end + 1].is_quote or self.base(after) == "su" \
                or after.is_punct and after.text not in (",", ":", ";") and other.end + 1 >= sentence.end:
            yield Candidate(first.mention, other.mention, doc[first.end], "linear-noun", "criticizes", f"{self.lexicon.path.name}:@oblique")

    def _addressed(self, reading: Reading) -> Iterator[Candidate]:
        """"Trump a Hamas: «Liberate gli ostaggi o sarà l'inferno»", "Meloni a Macron: «Basta lezioni»": a headline with
        no verb that opens with an actor, "a" and another actor, then a colon and a quotation, says to the second
        what the quotation says; the relation is that of the first word of speech in it (a request, a threat …)."""
        sentence, doc = reading.sentence, reading.sentence.doc
        first = next((p for p in reading.mentions if p.start == sentence.start), None)
        if first is None or first.end + 1 >= sentence.end or self.base(doc[first.end]) != "a":
            return
        j = self._past_articles(doc, first.end + 1, sentence.end)
        other = next((p for p in reading.mentions if p.start == j and p.mention.actor.iri != first.mention.actor.iri), None)
        if other is None or other.end + 1 >= sentence.end or doc[other.end].text != ":" or not doc[other.end + 1].is_quote:
            return
        if any(self.is_verb(t) for t in doc[sentence.start : other.end]):
            return
        for t in doc[other.end + 2 : sentence.end]:
            if t.is_quote:
                break
            entry = self.match(t, sentence)
            if entry is not None and entry.relation in vocabulary() and _verbal(entry.relation) and entry.relation not in ("consults", "negotiatesWith"):
                # "Zelensky a Putin: «Incontriamoci»" proposes a meeting, it reports none
                yield Candidate(first.mention, other.mention, t, "linear-noun", entry.relation, entry.source)
                return

    def _contingents(self, reading: Reading) -> Iterator[Candidate]:
        """"Dieci militari italiani della Kfor", "i soldati francesi della missione Onu": a state's forces named with an
        international body after "di" are its contingent there, members of that body."""
        doc = reading.sentence.doc
        for p in reading.mentions:
            if p.mention.actor.sector is None or p.mention.actor.country is None or p.end >= reading.sentence.end:
                continue
            marker = doc[p.end]
            if self.base(marker) not in self.lexicon.cue("@genitive"):
                continue
            k = self._past_articles(doc, p.end + 1, reading.sentence.end)
            body = next((q for q in reading.mentions if q.start == k and q.mention.actor.type == "IntergovernmentalOrganization"), None)
            if body is not None:
                yield Candidate(p.mention, body.mention, marker, "linear-role", "memberOf", f"{self.lexicon.path.name}:@genitive")

    def _charged(self, reading: Reading) -> Iterator[Candidate]:
        """"Secondo il sindaco di Lampedusa, Filippo Mannino, la Tunisia non sta rispettando il memorandum": a
        breach (``@breach``: violare; ``@kept`` under a negation: non rispettare) in the clause a source opens is
        the source's charge against the one said to commit it. The trigger is the source's word, so that the
        breach's negation and mood are not the charge's."""
        doc, sentence = reading.sentence.doc, reading.sentence
        negation = self.lexicon.cue("@negation")
        for start, end, actor in reading.sources:
            source = self._source_mention(start, end, actor, reading)
            if source is None:
                continue
            for t in doc[end + 1 : sentence.end]:
                if self.is_boundary(t) or t.text in (";", ":"):
                    break
                lemma = t.lemma_.lower()
                negated = any(folded(w) in negation for w in doc[max(sentence.start, t.i - QUALIFIER_WINDOW) : t.i])
                if lemma in self.lexicon.cue("@breach") or (lemma in self.lexicon.cue("@kept") and negated) or self._alleged(t, sentence):
                    accused = self._subject_before(t.i, sentence, reading.mentions, reading.sources)
                    if accused is not None and accused.mention.actor.iri != source.actor.iri:
                        yield Candidate(source, accused.mention, doc[start], "linear-verb", "accuses", f"{self.lexicon.path.name}:@breach")
                    break
        # "Tokyo ha detto che la Corea del Nord viola le risoluzioni dell'Onu": a breach in what a speaker says is their
        # charge too (not in a denial: "ha negato di aver violato la tregua")
        for start, end, actor, denial in reading.speech:
            speaker = next((p.mention for p in reading.mentions if actor is not None and p.mention.actor.iri == actor.iri), None)
            if speaker is None or denial:
                continue
            for t in doc[start:end]:
                # ("viola" is lemmatised as the colour)
                if t.lemma_.lower() in self.lexicon.cue("@breach") or t.is_lower and t.lower_[:-1] + "are" in self.lexicon.cue("@breach"):
                    accused = self._subject_before(t.i, sentence, reading.mentions, reading.sources)
                    if accused is not None and accused.start >= start and accused.mention.actor.iri != speaker.actor.iri:
                        trigger = doc[start - 1] if start > sentence.start else doc[start]
                        yield Candidate(speaker, accused.mention, trigger, "linear-verb", "accuses", f"{self.lexicon.path.name}:@breach")
                    break

    def _alleged(self, verb: Token, sentence: Span) -> bool:
        """"Secondo Kinshasa, il Ruanda avrebbe bombardato Goma": a hostile deed (``DEEDS``) in the hearsay conditional
        ("avrebbe", "-rebbero": ``@hypothetical``) is alleged, as a breach is."""
        hypothetical = self.lexicon.suffixes("@hypothetical")
        said = verb.lower_.endswith(hypothetical) or (verb.i > sentence.start and verb.nbor(-1).lemma_.lower() in self.auxiliaries
                                                     and verb.nbor(-1).lower_.endswith(hypothetical))
        entry = self.match(verb, sentence) if said else None
        return entry is not None and entry.frame == "verb" and entry.relation in DEEDS

    def _source_mention(self, start: int, end: int, actor: Actor | None, reading: Reading) -> Mention | None:
        """The mention of a "secondo X" source: the actor inside it, else a person set after its comma
        ("secondo il sindaco dell'isola, Filippo Mannino, …")."""
        doc = reading.sentence.doc
        if actor is not None:
            return next((p.mention for p in reading.mentions if start <= p.start < end and p.mention.actor.iri == actor.iri), None)
        if end >= reading.sentence.end or doc[end].text != ",":
            return None
        named = next((p for p in reading.mentions if p.start == end + 1), None)
        if named is None or named.mention.actor.type != "Person" or named.end >= reading.sentence.end or doc[named.end].text != ",":
            return None
        return named.mention

    def _judged_rejection(self, made: list[Candidate], reading: Reading) -> Iterator[Candidate]:
        """"Il Viminale ha respinto le accuse definendole «infondate»", "ha respinto la proposta parlando di
        «diplomazia degli ostaggi»": a rejection followed in its clause by a gerund that puts a quoted word
        on what is rejected also criticises the one rejected."""
        doc, sentence = reading.sentence.doc, reading.sentence
        endings = tuple(g + c for g in self.lexicon.suffixes("@gerund") for c in ("", *self.clitics))
        for c in made:
            if c.relation != "rejects":
                continue
            # a long object is closed by its comma; the gerund right after it still judges it ("ha respinto la proposta
            # della Cgil di anticipare l'uscita dal lavoro a 62 anni, definendola «insostenibile»")
            comma = next((t.i for t in doc[c.trigger.i + 1 : sentence.end] if t.text == ","), c.trigger.i)
            for t in doc[c.trigger.i + 1 : min(sentence.end, max(c.trigger.i + 1 + OBJECT_REACH, comma + 2))]:
                if self.is_boundary(t) or t.text in (";", ":"):
                    break
                if t.is_lower and t.lower_.endswith(endings) and t.lemma_.lower() != t.lower_ and any(q.is_quote for q in doc[t.i + 1 : min(sentence.end, t.i + 1 + JUDGED_GAP)]):
                    yield Candidate(c.subject, c.object, t, c.frame, "criticizes", f"{self.lexicon.path.name}:@gerund", c.condition)
                    break

    def _answer_in_sentence(self, token: Token, entry: Trigger, found: list[Candidate], reading: Reading) -> list[Candidate]:
        """A protest or a refusal that names no one answers an act read before it in its sentence (docs/annotation.md,
        reactions that point back). A protest is made against the side its subject has just accused or criticised
        ("Bamako ha accusato Algeri di … e ha richiamato il proprio ambasciatore"); a refusal against the side that has
        just asked something of its subject ("Il Cile ha invitato la Bolivia a …, ma la Bolivia ha rifiutato")."""
        subjects = {p.mention.actor.iri for p in self._subjects(token, entry, reading)[0]}
        if entry.relation == "protests":
            judged = next((c for c in reversed(found) if c.subject.actor.iri in subjects and c.relation in JUDGED), None)
            return [self._candidate(judged.subject, judged.object, token, entry, judged.frame)] if judged is not None else []
        asked = [c for c in found if c.object.actor.iri in subjects and c.relation in ASKED]
        return [self._candidate(c.object, c.subject, token, entry, c.frame) for c in asked]

    def _thanked(self, token: Token, entry: Trigger, made: list[Candidate], reading: Reading, index: MentionIndex) -> Iterator[Candidate]:
        """"Sybiha ha ringraziato Roma per il pacchetto di aiuti": praise given "per" (``@purpose``) an aid or
        a support with no actor of its own recalls it — the one praised gave it to the one praising, or to
        the state the praising person leads or serves."""
        if entry.relation != "praises" or entry.frame != "verb" or not made:
            return
        sentence = reading.sentence
        doc = sentence.doc
        praised = made[0]
        placed = next((p for p in reading.mentions if p.mention == praised.object), None)
        if placed is None:
            return
        j = placed.end
        while j < sentence.end and folded(doc[j]) not in self.lexicon.cue("@purpose"):
            if doc[j].is_punct or self.is_verb(doc[j]):
                return
            j += 1
        end = min(self._clause_end(sentence, j), j + 1 + PREP_GAP)
        for t in doc[j + 1 : end]:
            if any(p.start <= t.i < p.end for p in reading.mentions) or self.is_verb(t):
                return  # "per il sostegno della Francia": another's aid; "per aver …": a deed, not a gift
            aid = next((e for e in self.lexicon.triggers.get(t.lemma_.lower(), []) if e.frame == "noun" and e.relation in THANKED), None)
            if aid is not None:
                if t.i + 1 < sentence.end and self.base(doc[t.i + 1]) in self.lexicon.cue("@genitive") and \
                        any(t.i + 1 < p.start <= t.i + 3 for p in reading.mentions):
                    return  # "per il sostegno della Francia": another's gift
                giver = praised.subject.actor
                if giver.type == "Person":
                    giver = self._government_of(giver, index, doc)
                if giver.iri != praised.object.actor.iri:
                    yield Candidate(praised.object, replace(praised.subject, actor=giver), t, "linear-thanks", aid.relation, aid.source)
                return

    def _done(self, token: Token, entry: Trigger, reading: Reading) -> bool:
        """A deed the narrator reports, which a later "ha condannato l'attacco" may recall: not a fact, not a
        mutual act, not inside what someone says or charges ("accusa Kiev di aver attaccato"), not an infinitive's."""
        if vocabulary()[entry.relation].group == "fact" or "reciprocal" in entry.object or any(s <= token.i < e for s, e, _, _ in reading.speech):
            return False  # a clash ("negli scontri con X") has no one author
        doc = reading.sentence.doc
        return not any(self.base(t) in self.lexicon.cue("@genitive") for t in doc[max(reading.sentence.start, token.i - 3) : token.i])

    def _trigger(self, token: Token, reading: Reading) -> Trigger | None:
        """The row ``token`` fires, a noun read as its verb's present or as a measure ended."""
        if not token.is_lower and any(p.start <= token.i < p.end for p in reading.mentions):
            return None  # a word of a name: "Guido Bianchi" is no form of "guidare"
        entry = self.match(token, reading.sentence) or self._evaluative(token, reading.sentence) or self._disappointed(token, reading.sentence) \
            or self._elliptical(token, reading.sentence)
        if entry is None and token.is_lower and token.is_alpha and token.lower_.endswith("a"):
            # "Pechino intima a Manila", "il Brasile sollecita gli Stati Uniti": a present the lemmatiser reads as a
            # noun or an adjective with no row ("intima", "sollecito"), right after its subject
            entry = self._finite(token, reading)
        if entry is not None and entry.frame == "verb" and entry.relation == "attacks" and self._measured(token, reading.sentence):
            return None
        if entry is not None and entry.frame == "verb" and entry.relation == "attacks" and self._struck_with(token, reading.sentence):
            # "ha colpito l'acciaio canadese con tariffe del 25%", "ha colpito la Corea del Nord con nuove sanzioni": hit with a
            # measure is the measure, not force
            return Trigger(entry.lemma, "verb", "sanctions", entry.subject, entry.object, f"{self.lexicon.path.name}:@struck_with")
        if entry is not None and entry.frame == "verb" and entry.relation == "aids" and self._sent_to_speak(token, reading.sentence):
            return None
        if entry is not None and entry.frame == "verb" and entry.relation == "criticizes" and self._sentenced(token, reading.sentence):
            return Trigger(entry.lemma, "verb", "coerces", entry.subject, entry.object, f"{self.lexicon.path.name}:@penalty")
        if entry is not None and entry.frame == "verb" and self._after_article(token, reading.sentence):
            # "ha avviato un negoziato con Mosca": simplemma lemmatises the noun to its verb ("negoziare"),
            # whose row would look for a subject before it; after an article the word is the noun of its form
            entry = next((e for e in [self.match(token, reading.sentence, token.lower_)] if e is not None and e.frame == "noun"), entry)
        if entry is not None and entry.frame == "noun" and entry.relation == "consults" and "reciprocal" in entry.object \
                and self._mediated(token, reading.sentence):
            # "i colloqui tra Egitto ed Etiopia mediati dall'Unione africana", "ha mediato i colloqui tra Israele e Hamas":
            # talks a third side mediates bargain (docs/annotation.md: the mediator consults each side)
            entry = replace(entry, relation="negotiatesWith")
        if entry is not None and entry.frame == "noun":
            if self._topic(token, reading.sentence):
                return None
            return self._finite(token, reading) or self._relief(token, entry, reading.sentence) or entry
        return entry

    def _sent_to_speak(self, verb: Token, sentence: Span) -> bool:
        """"ha inviato a Niamey il suo ambasciatore", "ha inviato una diffida all'azienda": what a verb of giving sends
        is a person sent to speak for its sender (``@envoy``) or a message (``@missive``), no aid; read in the words
        of its object, up to the next punctuation mark or verb."""
        doc = sentence.doc
        sent = self.lexicon.cue("@envoy") | self.lexicon.cue("@missive")
        for t in doc[verb.i + 1 : min(sentence.end, verb.i + 1 + SENT_REACH)]:
            if t.is_lower and (t.lemma_.lower() in sent or t.lower_ in sent):
                return True
            if t.is_punct or self.is_verb(t) or self.is_boundary(t):
                return False
        return False

    def _mediated(self, noun: Token, sentence: Span) -> bool:
        """A form of a verb of mediation (``@mediation``) governing the talks noun: its verb right before it ("ha mediato i colloqui"), or its
        participle after the noun's parties, followed by the agent's "da" ("i colloqui tra A e B mediati dal Qatar")."""
        doc = sentence.doc
        before = [t for t in doc[max(sentence.start, noun.i - LIGHT_REACH) : noun.i] if self.is_verb(t)]
        return bool(before and before[-1].lemma_.lower() in self.mediation) or self._mediating(noun, sentence) is not None

    def _mediating(self, noun: Token, sentence: Span) -> Token | None:
        """The participle "mediati" after a talks noun's parties, with its agent's "da" right after it."""
        doc = sentence.doc
        for t in doc[noun.i + 1 : min(sentence.end, noun.i + OBJECT_PHRASE + 6)]:
            if t.lower_.startswith(self.mediated) and t.i + 1 < sentence.end and self.base(t.nbor(1)) in self.agent_markers:
                return t  # (simplemma reads "mediati" as the adjective "mediato")
            if self.is_verb(t):
                return None
        return None

    def _fellow_members(self, body: Placed, reading: Reading, subjects: list[Placed], verb: Token | None = None) -> list[Placed]:
        """"L'India resta membro del Quad con Stati Uniti, Giappone e Australia", "è entrata nella Nato insieme alla
        Finlandia": the states joined to the bloc by "con" or "insieme a" right after it are members with the subject;
        so are those in a "con" phrase right before the verb and its auxiliaries ("che con la Tanzania avevano fondato")."""
        doc = reading.sentence.doc
        if verb is not None:
            j = verb.i
            while j - 1 > reading.sentence.start and doc[j - 1].lemma_.lower() in self.auxiliaries:
                j -= 1
            if j - 1 > reading.sentence.start and doc[j - 1].text == ",":
                j -= 1  # "Il Brasile, con la Russia, ha fondato i Brics"
            last = next((p for p in reading.mentions if p.end == j and p.mention.actor.type == "State"), None)
            if last is not None:
                i = last.start - 1
                while i > reading.sentence.start and folded(doc[i]) in self.articles:
                    i -= 1
                # the "con" opens its phrase (after a comma, "che" or the subject): not "dopo l'accordo con la Turchia"
                opens = i > reading.sentence.start and (doc[i - 1].text == "," or folded(doc[i - 1]) in self.complementizers
                                                         or any(p.end == i for p in subjects))
                if self.base(doc[i]) == "con" and opens:
                    seen = {p.mention.actor.iri for p in subjects} | {body.mention.actor.iri}
                    return [p for p in self._coordinated(last, list(reading.mentions), reading.sentence)
                            if p.mention.actor.type == "State" and p.mention.actor.iri not in seen]
        k = body.end
        if k < reading.sentence.end and doc[k].lower_ in self.lexicon.cue("@together"):
            k += 1
        if k >= reading.sentence.end or self.base(doc[k]) not in ("con", "a") or (self.base(doc[k]) == "a" and k == body.end):
            return []
        first = next((p for p in reading.mentions if p.start > k and all(folded(t) in self.articles for t in doc[k + 1 : p.start])), None)
        if first is None:
            return []
        seen = {p.mention.actor.iri for p in subjects} | {body.mention.actor.iri}
        return [p for p in self._coordinated(first, list(reading.mentions), reading.sentence)
                if p.mention.actor.type == "State" and p.mention.actor.iri not in seen]

    def _envoy_state(self, verb: Token, objects: list[Placed], reading: Reading, exclude: set[str]) -> list[Placed]:
        """"ha convocato l'ambasciatore cinese Huang Xilian", "l'ambasciatore dell'Iran, Mohammad …": a person summoned
        under a title that names a state is summoned for that state (as the English engine reads "summoned the US
        ambassador, Ronald Johnson"); the state must stand in the object's own phrase, with no verb before the name."""
        first = min(o.start for o in objects)
        doc = reading.sentence.doc
        if first - verb.i > OBJECT_PHRASE + 4 or any(self.is_verb(t) for t in doc[verb.i + 1 : first]):
            return []
        return [p for p in reading.mentions if verb.i < p.start and p.end <= first and p.mention.actor.type != "Person"
                and p.mention.actor.iri not in exclude][:1]

    def _struck_with(self, verb: Token, sentence: Span) -> bool:
        """A "con" in the verb's clause whose noun (past an article and one adjective) has a sanction row."""
        doc = sentence.doc
        for t in doc[verb.i + 1 : self._clause_end(sentence, verb.i + 1)]:
            if self.base(t) != "con":
                continue
            for w in doc[t.i + 1 : min(sentence.end, t.i + 4)]:
                if w.is_lower and any(e.frame == "noun" and e.relation == "sanctions"
                                      for e in (*self.lexicon.triggers.get(w.lemma_.lower(), ()), *self.lexicon.triggers.get(w.lower_, ()))):
                    return True
        return False

    def _measured(self, verb: Token, sentence: Span) -> bool:
        """"Pechino ha reagito aprendo indagini antidumping su brandy europeo, colpendo soprattutto Francia e Spagna":
        a gerund of hitting after a measure of the sentence (a sanction or an inquiry noun) is the measure's
        economic blow, not an attack."""
        if not verb.lower_.endswith(self.lexicon.suffixes("@gerund")):
            return False
        return any(e.frame == "noun" and e.relation in MEASURES for t in sentence.doc[sentence.start : verb.i]
                   if t.is_lower for e in self.lexicon.triggers.get(t.lemma_.lower(), ()))

    def _elliptical(self, token: Token, sentence: Span) -> Trigger | None:
        """"undici accordi di cooperazione, tra cui uno tra Leonardo e Baykar": an indefinite pronoun right before
        "tra" (``@between``) stands for the mutual event noun before its comma, whose row it takes."""
        doc = sentence.doc
        if folded(token) not in self.lexicon.cue("@indefinite") or token.i + 1 >= sentence.end or self.base(token.nbor(1)) not in self.lexicon.cue("@between"):
            return None
        comma = next((t.i for t in reversed(doc[max(sentence.start, token.i - ELLIPSIS_REACH) : token.i]) if t.text == ","), None)
        if comma is None:
            return None
        for t in reversed(doc[max(sentence.start + 1, comma - ELLIPSIS_REACH) : comma]):
            entry = self.match(t, sentence)
            # the phrase's head, not its complement: "accordi di cooperazione" are agreements
            if entry is not None and entry.frame == "noun" and "reciprocal" in entry.object and self.base(t.nbor(-1)) not in self.lexicon.cue("@genitive"):
                return entry
        return None

    def _sentenced(self, verb: Token, sentence: Span) -> bool:
        """"ha condannato l'ex presidente a 27 anni di carcere": a condemnation with a penalty after "a"
        (``@penalty``) in its clause is a court's sentence."""
        doc = sentence.doc
        penalty = self.lexicon.cue("@penalty")
        return any(self.base(t) == "a" and any(w.lemma_.lower() in penalty or w.lower_ in penalty for w in doc[t.i + 1 : min(sentence.end, t.i + 4)])
                   for t in doc[verb.i + 1 : self._clause_end(sentence, verb.i + 1)])

    def _topic(self, noun: Token, sentence: Span) -> bool:
        """"un memorandum sulla cooperazione energetica": an event noun after a ``@topic`` preposition that
        hangs on another event noun is what that one is about, not an act of its own."""
        doc = sentence.doc
        j = noun.i - 1
        if j <= sentence.start or self.base(doc[j]) not in self.lexicon.cue("@topic"):
            return False
        j -= 1
        while j > sentence.start and folded(doc[j]) in self.articles:
            j -= 1
        return any(e.frame == "noun" for e in (*self.lexicon.triggers.get(doc[j].lemma_.lower(), ()), *self.lexicon.triggers.get(doc[j].lower_, ())))

    def _evaluative(self, token: Token, sentence: Span) -> Trigger | None:
        """"Tokyo ha definito «scientificamente infondata» la decisione", "la manovra, che i sindacati giudicano
        «iniqua»": a verb that puts a judgement on its object (``@evaluative``) is criticism when a word of
        hostile judgement (``@hostile``) stands near it or in the quotation that ends its clause — the
        Italian counterpart of the English valence reading (``kg.relations.polarity``)."""
        if token.lemma_.lower() not in self.lexicon.cue("@evaluative"):
            return None
        doc = sentence.doc
        window = [*doc[max(sentence.start, token.i - WINDOW) : min(sentence.end, token.i + WINDOW + 1)], *self._quoted_after(token, sentence)]
        hostile = self.lexicon.cue("@hostile")
        if not any(t.lemma_.lower() in hostile or t.lower_ in hostile for t in window):
            # "Urso ha definito il Kazakistan «un partner strategico»": a judgement of esteem (``@approving``), in the
            # quotation itself (not near the verb: "che considera la Cina il suo alleato" only describes), is praise
            approving = self.lexicon.cue("@approving")
            if any(t.lemma_.lower() in approving or t.lower_ in approving for t in self._quoted_after(token, sentence)):
                return Trigger(token.lemma_.lower(), "verb", "praises", ("agent",), ("patient",), f"{self.lexicon.path.name}:@approving")
            if self._labelled_name(token, sentence) or self._label_first(token, sentence):
                return Trigger(token.lemma_.lower(), "verb", "criticizes", ("agent",), ("patient",), f"{self.lexicon.path.name}:@evaluative")
            return None
        return Trigger(token.lemma_.lower(), "verb", "criticizes", ("agent",), ("patient",), f"{self.lexicon.path.name}:@evaluative")

    def _labelled_name(self, token: Token, sentence: Span) -> bool:
        """"Petro ha definito Noboa «un presidente che gioca con la fame dei poveri»": a name right after the verb,
        then a quoted label with no word of esteem, is a person or body given a label, which in the news is a charge."""
        doc, i = sentence.doc, token.i + 1
        start = i
        while i < sentence.end and doc[i].is_alpha and doc[i].text[:1].isupper():
            i += 1
        return i > start and i < sentence.end and doc[i].is_quote

    def _label_first(self, token: Token, sentence: Span) -> bool:
        """"Conte ha definito «una resa ai banchieri» la manovra del governo", "ha definito «insufficiente» la risposta
        del ministro": a quoted label right after the verb and before its object (an article after the closing quote),
        with no word of esteem, is a judgement put on that object, which in the news is criticism of its author."""
        doc, i = sentence.doc, token.i + 1
        if i >= sentence.end or doc[i].text not in OPENING_QUOTES:
            return False
        close = next((t.i for t in doc[i + 1 : sentence.end] if t.text in CLOSING_QUOTES), None)
        return close is not None and close + 1 < sentence.end and folded(doc[close + 1]) in self.articles

    def _disappointed(self, token: Token, sentence: Span) -> Trigger | None:
        """"Washington si è detta «delusa» dalla decisione di Nordio": saying oneself ("si è detto", "si è
        dichiarata", ``@declared``; simplemma takes "detto" for "dettare") disappointed (``@disappointed``, in the next two
        words, quotes aside) is criticism of whoever follows "da"."""
        if token.lower_ not in self.declared or token.i - 2 < sentence.start or folded(sentence.doc[token.i - 2]) != "si":
            return None
        words = [t for t in sentence.doc[token.i + 1 : min(sentence.end, token.i + 4)] if not t.is_quote]
        if not any(t.lower_ in self.lexicon.cue("@disappointed") for t in words[:2]):
            return None
        return Trigger("dire", "verb", "criticizes", ("agent",), ("prep:da",), f"{self.lexicon.path.name}:@disappointed")

    def _after_article(self, token: Token, sentence: Span) -> bool:
        """Right after an article or a preposition contracted with one ("un negoziato", "del negoziato")."""
        if token.i == sentence.start:
            return False
        before = sentence.doc[token.i - 1]
        return folded(before) in self.articles or self.base(before) != folded(before)

    def _relief(self, noun: Token, entry: Trigger, sentence: Span) -> Trigger | None:
        """"è pronto a sospendere i dazi sui prodotti messicani", "ha revocato le sanzioni contro Seul": a
        hostile measure that is the direct object of an ``@reversal`` verb is a concession, by the verb's
        subject to the measure's target (the noun's own slots)."""
        if entry.relation not in RELIEVED:
            return None
        doc = sentence.doc
        j = noun.i - 1
        while j > sentence.start and folded(doc[j]) in self.articles:
            j -= 1
        if j == noun.i - 1 or doc[j].lemma_.lower() not in self.lexicon.cue("@reversal"):
            return None
        return Trigger(doc[j].lemma_.lower(), "verb", "concedes", ("agent",), entry.object, f"{self.lexicon.path.name}:@reversal")

    def _finite(self, token: Token, reading: Reading) -> Trigger | None:
        """"Islamabad accusa l'Afghanistan", "e minaccia dazi": a noun trigger with no article, right
        after its subject (or "non", "e", "che", a clitic), is the present of its verb, whose
        lemma the noun's lemma hides ("accusa" → "accusare", by the ``@verb_ending`` rows)."""
        sentence = reading.sentence
        j = token.i - 1
        while j > sentence.start and self._adverb(sentence.doc[j]):
            j -= 1  # "la Polonia ora accusa la Germania": an adverb between the subject and its verb
        opens = self._opening(token) and self._present_in_a(token)  # "Accusa Bogotà di …": its subject is carried
        if j < sentence.start and not opens:
            return None
        before = sentence.doc[j]
        joins = self.lexicon.cue("@negation") | self.clitics | self.persons | self.coordinators | self.complementizers
        word = folded(before)
        if not opens and (word in self.articles and not self._elided_clitic(before, token) or (word not in joins and not any(p.start <= before.i < p.end for p in reading.mentions)
                                                    and not self._after_apposition(before, reading)
                                                    and not self._set_off(before, sentence, reading.mentions))):
            return None
        for ending in self.verb_endings:
            entry = self.match(token, sentence, token.lower_[:-1] + ending)
            if entry is not None and entry.frame == "verb":
                return entry
        return None

    def _after_apposition(self, comma: Token, reading: Reading) -> bool:
        """"Il generale Assimi Goïta, capo della giunta maliana, accusa l'Ecowas": the comma closes a verbless phrase set
        off after an actor's name, so the word after it stands right after its subject."""
        doc = reading.sentence.doc
        if comma.text != ",":
            return False
        for k in range(comma.i - 1, max(reading.sentence.start, comma.i - INSERTION_REACH) - 1, -1):
            if doc[k].text == ",":
                return k < comma.i - 1 and any(p.end == k for p in reading.mentions)
            if self.is_verb(doc[k]) or doc[k].is_punct or doc[k].lower_ in self.complementizers:
                return False
        return False

    def _recalled(self, token: Token, entry: Trigger, reading: Reading, discourse: Discourse, exclude: set[str], start: int | None = None) -> list[Placed]:
        """"Tunisi ha respinto le accuse": the object of a reaction is a definite event noun, and
        the actor is the author of the last act of its relation in the document; a thing no row
        names ("ha respinto il documento") is the first actor's of the sentence before. ``start``:
        where the definite noun's article is, when not right after ``token``."""
        doc = reading.sentence.doc
        i = token.i + 1 if start is None else start
        i = self._named_by_relative(i, reading.sentence)
        if i >= reading.sentence.end or folded(doc[i]) not in self.lexicon.cue("@definite") | self.articles | self.universal:
            return []  # (a universal determiner recalls as the article does: "ha respinto ogni richiesta")
        noun = doc[i + 1] if i + 1 < reading.sentence.end else None
        # after an article a word is a noun even when it is also a participle ("ha respinto la proposta")
        if noun is None or not noun.is_alpha or any(p.start <= noun.i < p.end for p in reading.mentions):
            return []
        after = doc[noun.i + 1] if noun.i + 1 < reading.sentence.end else None
        if after is not None and self.base(after) in self.lexicon.cue("@genitive"):
            return []  # "le accuse dell'Eritrea": the owner is named, not recalled
        if after is not None and after.lower_.endswith(self.participles) and after.lower_ != after.lemma_.lower() \
                and noun.i + 2 < reading.sentence.end and self.base(doc[noun.i + 2]) in self.agent_markers:
            return []  # "respingendo il ricorso presentato dall'opposizione": the author is named after "da", not recalled
        if after is not None and self.base(after) in self.lexicon.cue("@between"):
            # "hanno denunciato il protocollo tra Roma e Tirana": a thing between two parties is theirs
            usable = [p for p in reading.mentions if not self._excluded(p, reading) and p.mention.actor.iri not in exclude]
            return self._object_of(after, reading, usable)
        # "la richiesta", "la proposta": a noun the lemmatiser reads as a participle ("richiedere") has its form's rows
        entries = self.lexicon.triggers.get(noun.lemma_.lower(), []) or self.lexicon.triggers.get(noun.lower_, [])
        if not entries and entry.relation in DISMISSALS:
            # "La Libia ha chiuso il valico. Il ministro ha detto … L'Algeria ha criticato la mossa": the latest deed, or the
            # latest thing put forward, that a noun of its kind names again (``Discourse.acts``), not the reacting side's own
            kind = act_kind({folded(noun), noun.lemma_.lower()}, self.lexicon)
            # (the reacting side: its subject and any actor its subject's phrase names, "Il presidente della Guyana, Irfaan Ali")
            own = set(exclude) | {p.mention.actor.iri for p in reading.mentions if p.end <= token.i}
            recalled = recall_act(discourse, kind, lambda m: m.actor.iri in own) if kind else None
            if recalled is not None:
                return [Placed(noun.i, noun.i + 1, recalled)]
            # "La Francia ha presentato un piano. Il governo maliano ha respinto il documento": a thing no row
            # names, put forward by the sentence before, whose first actor is its author
            first = next(iter(reading.previous), None)
            # the agent of the sentence's last act, when it acted there ("Gli Stati Uniti hanno riconosciuto González e
            # il Tesoro ha sanzionato sedici funzionari. Caracas ha definito la mossa …": the Treasury's move)
            last = discourse.last_agent
            if last is not None and any(m is last for m in reading.previous):
                first = last
            return [Placed(noun.i, noun.i + 1, first)] if first is not None and first.actor.iri not in exclude else []
        nouns = [e for e in entries if e.frame == "noun"] or [e for e in self.lexicon.triggers.get(noun.lower_, []) if e.frame == "noun"]
        # a sense that needs its words ("attacco verbale") is not what the bare noun recalls
        relations = {e.relation for e in nouns if not e.requires} or {e.relation for e in nouns}
        if len(relations) != 1 or not (_verbal(next(iter(relations))) or entry.relation == "criticizes"):
            return []  # a deed is recalled only by its condemnation: "ha condannato l'attacco" criticises the attacker
        relation = relations.pop()
        # "Bitetti ha criticato il ministero. Urso ha respinto le accuse": a charge and a criticism are one class
        author = discourse.authors.get("@judged") if relation in JUDGED else None
        author = author or discourse.authors.get(relation)
        if author is None or author.actor.iri in exclude:
            return []
        return [Placed(noun.i, noun.i + 1, author)]

    def _named_by_relative(self, i: int, sentence: Span) -> int:
        """"ha respinto quello che ha definito un ultimatum": for a demonstrative pronoun at ``i`` whose relative
        clause puts a judgement on it (``@evaluative``), where the noun it is called starts; else ``i``."""
        doc = sentence.doc
        if i + 2 >= sentence.end or folded(doc[i]) not in self.lexicon.cue("@demonstrative") or doc[i + 1].lower_ not in self.complementizers:
            return i
        j = i + 2
        while j < sentence.end and doc[j].lemma_.lower() in self.auxiliaries:
            j += 1
        if j + 1 < sentence.end and doc[j].lemma_.lower() in self.lexicon.cue("@evaluative"):
            return j + 1
        return i

    def _fill(self, token: Token, entry: Trigger, reading: Reading, discourse: Discourse) -> Iterator[Candidate]:
        parties = self._between(token, entry, reading)
        if parties:
            doc = token.doc
            named = [(p.mention, doc[p.start].idx, doc[p.end - 1].idx + len(doc[p.end - 1])) for p in parties]
            yield from reciprocal([p.mention for p in parties], token, entry, "linear-reciprocal",
                                  listed_sides(named, doc, self.lexicon.cue("@between"), self.coordinators))
            participle = self._mediating(token, reading.sentence) if entry.relation == "negotiatesWith" else None
            if participle is not None:
                # "i colloqui tra A e B mediati dal Qatar": the mediator consults each side (docs/annotation.md)
                sides = {p.mention.actor.iri for p in parties}
                consults = replace(entry, relation="consults", frame="verb")
                for m in self._after_marker(participle.i + 1, reading, self.agent_markers):
                    if m.mention.actor.iri not in sides:
                        for p in parties:
                            yield self._candidate(m.mention, p.mention, participle, consults, "linear-passive")
            return
        if entry.lemma in self.cancelled and self._calls_off(token, reading.sentence):
            return  # "ha annullato il vertice con la Germania": an event called off (``_called_off``), not a body's act annulled
        subjects, how = self._subjects(token, entry, reading)
        if not subjects:
            return
        exclude = {p.mention.actor.iri for p in subjects}
        if self._offered(token, entry, reading):
            # "ha offerto a Kiev una tregua", "ha offerto una tregua ad Hamas": an agreement offered to someone concedes to
            # them (guide), agreed by no one yet; with no one it is offered to, nothing is read
            offered = self._slot(token, entry, "prep:a", reading, exclude)
            condition = self._condition_slot(token, entry, reading.sentence)
            yield from (self._candidate(s.mention, o.mention, token, replace(entry, relation="concedes"), how, condition or None)
                        for s in subjects for o in offered)
            return
        if "reciprocal" in entry.object and len(subjects) > 1 and len({p.start for p in subjects}) == 1:
            # "I due leader hanno firmato un memorandum sulla cooperazione tra Italia e Argentina": the pair
            # one plural refers back to are the parties, not the parties' partners
            yield from reciprocal([p.mention for p in subjects], token, entry, "linear-reciprocal")
            return
        for slot in entry.object:
            if slot == "reciprocal":
                if len(subjects) > 1:
                    yield from reciprocal([p.mention for p in subjects], token, entry, "linear-reciprocal")
                    return
                continue
            if how == "linear-passive" and slot == "patient":
                subject = self._modified(token, reading) if self._reduced(token, reading.sentence) or self._bare(token, reading.sentence) else \
                    self._subject_before(token.i, reading.sentence, reading.mentions, reading.sources)
                objects = [subject] if subject is not None and subject.mention.actor.iri not in exclude else []
                if vocabulary()[entry.relation].group == "fact":
                    # "la Nato, guidata da Mark Rutte", "l'opposizione venezuelana, guidata da X": a person heads a body
                    # named by its name or its noun, not "una delegazione polacca" (an adjective for a state); a company
                    # is not led by another company
                    people = all(p.mention.actor.type == "Person" for p in subjects)
                    objects = [o for o in objects if people and (o.mention.actor.type != "State" or not all(t.is_lower for t in reading.sentence.doc[o.start : o.end])
                                                                 or self._apposed_anaphor(o, reading))]
            else:
                objects = self._slot(token, entry, slot, reading, exclude) or self._possessed_complement(token, entry, slot, reading, subjects) \
                    or self._made_by(token, entry, slot, reading, exclude) or self._terms_asked(token, entry, slot, reading, exclude)
            if entry.relation == "memberOf":  # one belongs to a bloc, body or group, never to a state ("è entrata in Ucraina")
                objects = [o for o in objects if o.mention.actor.type != "State"]
                if entry.lemma in self.founding:  # a founder belongs to the bloc it founded, not to the channel or army it set up
                    objects = [o for o in objects if o.mention.actor.type == "IntergovernmentalOrganization"]
                if len(objects) == 1:
                    subjects = subjects + self._fellow_members(objects[0], reading, subjects, token if entry.frame == "verb" else None)
            if entry.relation == "protests" and entry.frame == "verb" and entry.lemma == "convocare":
                # one summons an envoy (a person under an ``@envoy`` title, or the state he stands for); a company, a
                # union, a local body or a person with no such title is convened to a meeting, which consults them
                # ("ha convocato per giovedì i vertici della Siderurgica e la Fiom", "ha convocato il sindaco Marco
                # Ferrante"); a council of states is convened to sit, not met ("ha convocato il Consiglio di sicurezza")
                envoy = bool(objects) and any(folded(t) in self.lexicon.cue("@envoy")
                                              for t in reading.sentence.doc[token.i + 1 : min(o.start for o in objects)])
                convened = [o for o in objects if not envoy and o.mention.actor.type not in ("State", "IntergovernmentalOrganization")]
                for o in convened:
                    for s in subjects:
                        if s.mention.actor.iri != o.mention.actor.iri:
                            yield self._candidate(s.mention, o.mention, token, replace(entry, relation="consults"), how)
                objects = [o for o in objects if o not in convened and o.mention.actor.type in ("State", "Person")]
            if entry.relation == "protests" and entry.frame == "verb" and objects and all(o.mention.actor.type == "Person" for o in objects):
                objects = self._envoy_state(token, objects, reading, exclude) or objects
            if objects:
                condition = self._condition_slot(token, entry, reading.sentence)
                if condition == "":  # "Kiev ha legato l'attacco all'Iran": tied to someone, not on a condition
                    continue
                # "negli scontri con X": a mutual act that is not symmetric goes both ways
                mutual = slot.startswith("prep:") and "reciprocal" in entry.object and not vocabulary()[entry.relation].symmetric
                # the thing made conditional is given on the terms: "ha subordinato gli aiuti alla Tunisia al rispetto …"
                given = self._given_on_terms(token, entry, reading) if condition and entry.relation == "demands" and entry.frame == "verb" else None
                for s in subjects:
                    for o in objects:
                        if s.mention.actor.iri != o.mention.actor.iri:
                            yield self._candidate(s.mention, o.mention, token, entry, how, condition)
                            if mutual:
                                yield self._candidate(o.mention, s.mention, token, entry, how, condition)
                            if given:
                                yield self._candidate(s.mention, o.mention, token, replace(entry, relation=given), how, condition)
                return
        if entry.frame == "noun" and _verbal(entry.relation):
            behalf = self._behalf(token, reading, exclude)
            addressed = [] if behalf else self._addressee(token, reading, exclude)
            said = self._said(reading.sentence.doc).get(_statement_class(entry.relation), set())
            owners = {p.mention.actor.iri for p in subjects}
            if addressed and any(speaker in owners for speaker, _ in said) \
                    and not any(speaker in owners and target in {o.mention.actor.iri for o in addressed} for speaker, target in said):
                # "Tajani ha accusato l'esercito israeliano … L'ambasciata israeliana respinge le accuse del ministro Tajani":
                # the owner's statement was read where it was made, to someone else; whoever answers it makes no second one
                return
            for o in behalf or addressed or self._condemned(token, entry, reading, discourse, exclude):
                for s in subjects:
                    yield self._candidate(s.mention, o.mention, token, entry, how)
            yield from self._granted(token, behalf, subjects, reading)
        if entry.frame == "verb" and how != "linear-passive":
            contacted = self._contacted(token, reading, exclude) or self._us(token, reading, exclude)
            if contacted:
                for o in contacted:
                    for s in subjects:
                        yield self._candidate(s.mention, o.mention, token, entry, how)
                return
            judged = self._judging_relative(token, entry, reading)
            antecedent = self._relative_object(token, reading, exclude) if judged is None else \
                [p for p in reading.mentions if p.end <= judged and p.mention.actor.iri not in exclude][-1:]
            if entry.source.endswith("@disappointed") and reading.previous and reading.previous[0].actor.iri not in exclude:
                # "Washington si è detta «delusa»" with no "da": by what the sentence before's first actor did
                antecedent = [Placed(token.i, token.i + 1, reading.previous[0])]
            for o in antecedent or self._possessor(token, entry, reading, subjects) or self._recalled(token, entry, reading, discourse, exclude) \
                    or self._answered(token, entry, reading, discourse, subjects) or self._clitic_object(token, entry, reading, exclude) \
                    or self._asked_of_previous_object(token, entry, reading, subjects, exclude):
                for s in subjects:
                    yield self._candidate(s.mention, o.mention, token, entry, "relative" if antecedent else "recalled")

    def _asked_of_previous_object(self, token: Token, entry: Trigger, reading: Reading, subjects: list[Placed], exclude: set[str]) -> list[Placed]:
        """"Berlino ha convocato l'incaricato d'affari libico e ha chiesto il rilascio dell'equipaggio": an asking verb
        that names no one it asks, coordinated after a predicate of the same subject, asks that predicate's object.
        It names whom it asks by its preposition ("ha chiesto al partito di …"), by a "che" clause, or by an actor in
        what it asks ("ha chiesto sanzioni contro la Russia"); a verb whose object is the one asked ("ha invitato
        l'azienda a …") names it by that object."""
        sentence, doc = reading.sentence, reading.sentence.doc
        asked_by = {slot[5:] for slot in entry.object if slot.startswith("prep:")}
        if entry.relation not in ASKED or not subjects or not asked_by:
            return []
        clause = doc[token.i + 1 : self._clause_end(sentence, token.i + 1)]
        if any(self.base(t) in asked_by or t.lower_ in self.complementizers for t in clause) \
                or any(clause.start <= p.start < clause.end for p in reading.mentions):
            return []
        opener = self._continues(token.i, sentence, frozenset({","}) | self.coordinators)
        if opener is None:
            return []
        owners = {p.mention.actor.iri for p in subjects}
        subject_end = max(p.end for p in subjects)
        objects = [p for p in reading.mentions if subject_end <= p.start and p.end <= opener.i and not _nested(p, reading.mentions)
                   and p.mention.actor.iri not in owners | exclude]
        if not objects:
            return []
        first = objects[0]
        if not any(self.is_verb(t) for t in doc[subject_end : first.start]) or self.subject_position(first, sentence) \
                or any(t.lower_ in self.complementizers for t in doc[first.end : opener.i]):
            return []  # the object of the verb before, not of a clause of its own ("… che la Germania ha …")
        return [Placed(token.i, token.i + 1, first.mention)]

    def _clitic_object(self, token: Token, entry: Trigger, reading: Reading, exclude: set[str]) -> list[Placed]:
        """"La Russia ha presentato un piano. Kiev lo ha respinto": a judgement whose object is a clitic before the
        verb (or its auxiliary) and no actor judges what the sentence before put forward, its first actor's."""
        if entry.relation not in JUDGEMENTS or not reading.previous or reading.previous[0].actor.iri in exclude:
            return []
        doc, j = reading.sentence.doc, token.i - 1
        while j >= reading.sentence.start and (doc[j].lemma_.lower() in self.auxiliaries or self._adverb(doc[j])):
            j -= 1  # "lo ha subito respinto"
        if j < reading.sentence.start or folded(doc[j]) not in self.clitics or folded(doc[j]) not in ("lo", "la", "li", "le", "l'"):
            return []
        if j == reading.sentence.start or folded(doc[j - 1]) in self.prepositions:
            return []
        return [Placed(token.i, token.i + 1, reading.previous[0])]

    def _ruled_out(self, reading: Reading, index: MentionIndex, discourse: Discourse) -> Iterator[Candidate]:
        """"Wong ha chiesto a Honiara di rendere pubblici i termini. Manele ha escluso qualsiasi revisione": ruling out
        any act (``@ruling_out`` verb, then "qualsiasi", "ogni") with no actor after it answers whoever last asked
        something of the subject's side in the document: a rejection of that asker."""
        sentence, doc = reading.sentence, reading.sentence.doc
        rows = self.lexicon.triggers.get("respingere") or []
        for token in sentence:
            if token.lemma_.lower() not in self.lexicon.cue("@ruling_out") or not self.is_verb(token) or token.i + 2 >= sentence.end:
                continue
            if folded(doc[token.i + 1]) not in self.universal or not doc[token.i + 2].is_lower or not rows:
                continue
            end = self._clause_end(sentence, token.i + 1)
            if any(token.i < p.start < end for p in reading.mentions):
                continue  # "ha escluso ogni ritiro dalla Siria": an actor named, not an answer
            subject = self._subject_before(token.i, sentence, reading.mentions, reading.sources)
            if subject is None:
                continue
            actor = subject.mention.actor
            side = {actor.iri, index.leaders[actor.iri].iri if actor.iri in index.leaders else actor.iri, actor.country or actor.iri}
            asker = next((a for a, asked in reversed(discourse.asks) if asked.actor.iri in side), None)
            if asker is not None and asker.actor.iri not in side:
                yield self._candidate(subject.mention, asker, token, rows[0], "recalled")

    def _answered(self, token: Token, entry: Trigger, reading: Reading, discourse: Discourse, subjects: list[Placed]) -> list[Placed]:
        """"Araghchi ha avvertito che Teheran chiuderà Hormuz se Israele colpirà … Netanyahu ha replicato che Israele «non
        si farà intimidire»": a rejection put in words ("che" after the verb) with no object answers whoever the
        sentence before reported threatening, demanding or accusing (``ANSWERED``) — when that sentence named the one
        who answers or the state of their office (a bystander's reply, "La Francia ha replicato che …", is a comment)."""
        doc = reading.sentence.doc
        if entry.relation != "rejects" or token.i + 1 >= reading.sentence.end or doc[token.i + 1].lower_ not in self.complementizers:
            return []
        before = {m.actor.iri for m in reading.previous}
        exclude = {p.mention.actor.iri for p in subjects}
        # the one who answers, their state, or the state of their title ("il premier israeliano Netanyahu")
        own = {q.mention.actor.iri for p in subjects for q in reading.mentions if p.start <= q.start and q.end <= p.end or q.end == p.start}
        if not any(p.mention.actor.country in before for p in subjects) and not own & before:
            return []
        authors = [discourse.authors[r] for r in ANSWERED if r in discourse.authors]
        return [Placed(token.i, token.i + 1, m) for m in authors if m.actor.iri in before and m.actor.iri not in exclude][:1]

    def _possessed_complement(self, noun: Token, entry: Trigger, slot: str, reading: Reading, subjects: list[Placed]) -> list[Placed]:
        """"Rabat ha accolto con favore il sostegno della Francia al suo piano": an event noun's complement that is
        a thing with a possessive (``@possessive``) is its possessor's — the last actor named before the noun
        other than the noun's own agent."""
        if entry.frame != "noun" or not slot.startswith("prep:"):
            return []
        sentence = reading.sentence
        doc = sentence.doc
        end = min(sentence.end - 1, noun.i + 1 + PREP_GAP)
        marker = next((t for t in doc[noun.i + 1 : end] if self.base(t) == slot[5:]), None)
        if marker is None or any(t.is_punct or self.is_verb(t) for t in doc[noun.i + 1 : marker.i]):
            return []
        i = self._past_articles(doc, marker.i + 1, sentence.end)
        if i + 1 >= sentence.end or folded(doc[i]) not in self.lexicon.cue("@possessive") or not doc[i + 1].is_alpha:
            return []
        agents = {p.mention.actor.iri for p in subjects}
        before = [p for p in reading.mentions if p.end <= noun.i and p.mention.actor.iri not in agents and not self._excluded(p, reading)]
        return [Placed(doc[i].i, doc[i].i + 1, before[-1].mention)] if before else []

    def _possessor(self, token: Token, entry: Trigger, reading: Reading, subjects: list[Placed]) -> list[Placed]:
        """"Merz ha ricevuto Lula e ha elogiato le sue riforme": a judgement whose object is a thing with a
        possessive (``@possessive``) judges the possessor — the last actor named before the verb other than
        its subject and the words that describe the subject ("dal cancelliere Friedrich Merz, che ha elogiato")."""
        if entry.relation not in JUDGEMENTS:
            return []
        sentence = reading.sentence
        doc = sentence.doc
        i = self._past_articles(doc, token.i + 1, sentence.end)
        if i == token.i + 1 or i + 1 >= sentence.end or folded(doc[i]) not in self.lexicon.cue("@possessive") or not doc[i + 1].is_alpha:
            return []
        exclude = {p.mention.actor.iri for p in subjects}
        before = [p for p in reading.mentions if p.end <= token.i and p.mention.actor.iri not in exclude and not self._excluded(p, reading)
                  and not any(p.end <= s.start and not any(t.is_punct or self.is_verb(t) for t in doc[p.end : s.start]) for s in subjects)]
        return [Placed(doc[i].i, doc[i].i + 1, before[-1].mention)] if before else []

    def _condemned(self, noun: Token, entry: Trigger, reading: Reading, discourse: Discourse, exclude: set[str]) -> list[Placed]:
        """"Un raid russo ha colpito Leopoli … Il Quirinale ha espresso «ferma condanna» per il raid": a noun of
        criticism given "per" (``@purpose``) a definite deed recalls the deed's author, as the verb does."""
        if entry.relation != "criticizes":
            return []
        sentence = reading.sentence
        doc = sentence.doc
        j = noun.i + 1
        while j < sentence.end and doc[j].is_quote:
            j += 1
        if j + 1 >= sentence.end or folded(doc[j]) not in self.lexicon.cue("@purpose"):
            return []
        return self._recalled(noun, replace(entry, relation="criticizes"), reading, discourse, exclude, start=j + 1)

    def _us(self, token: Token, reading: Reading, exclude: set[str]) -> list[Placed]:
        """"ARÉVALO: Gli Stati Uniti ci hanno sostenuto": in a transcript turn, a first-person plural object
        clitic (``@us``) in the verb group is the state the turn's speaker leads or serves; in an interviewer's
        question ("D: Gli Stati Uniti vi hanno chiesto …?") a second-person one (``@you``) is the state of the
        one asked."""
        meant = {**{w: reading.turn[1] for w in self.lexicon.cue("@us") if reading.turn is not None},
                 **{w: reading.asked for w in self.lexicon.cue("@you") if reading.asked is not None}}
        doc = reading.sentence.doc
        j = token.i - 1
        while j >= reading.sentence.start and (doc[j].lemma_.lower() in self.auxiliaries or folded(doc[j]) in self.clitics | meant.keys() or doc[j].lower_ in self.lexicon.cue("@negation")):
            if folded(doc[j]) in meant and meant[folded(doc[j])].actor.iri not in exclude:
                return [Placed(doc[j].i, doc[j].i + 1, meant[folded(doc[j])])]
            j -= 1
        return []

    def _contacted(self, token: Token, reading: Reading, exclude: set[str]) -> list[Placed]:
        """"ha telefonato ad Araghchi per chiedere moderazione": an infinitive of purpose ("per" and the
        infinitive) with no object of its own, after a verb of contact (a ``consults`` row, or an ``@addressing``
        verb: "ha scritto al ministro X per chiedere"), is addressed to the one contacted — the last actor between
        that verb and "per"."""
        sentence = reading.sentence
        doc = sentence.doc
        if token.i - 1 <= sentence.start or folded(doc[token.i - 1]) not in self.lexicon.cue("@purpose") or not token.lower_.endswith(self.verb_endings):
            return []
        for t in reversed(doc[sentence.start : token.i - 1]):
            if t.is_punct or self.is_boundary(t) or t.lower_ in self.complementizers:
                return []
            entry = self.match(t, sentence) if self.is_verb(t) else None
            addressing = t.lemma_.lower() in self.lexicon.cue("@addressing")
            if addressing or (entry is not None and entry.frame == "verb"):
                if not addressing and entry.relation != "consults":
                    return []
                found = [p for p in reading.mentions if t.i < p.start and p.end <= token.i - 1 and p.mention.actor.iri not in exclude]
                return found[-1:]
        return []

    def _judging_relative(self, token: Token, entry: Trigger, reading: Reading) -> int | None:
        """"contro la legge di bilancio del governo, che giudicano «iniqua»", "…, che i sindacati giudicano
        «iniqua»": a judgement (``@evaluative``) in a relative clause whose subject is no actor (none, or a
        definite noun that refers back) is passed by the main clause's subject on the antecedent, owned by the
        actor right before the comma. The comma's position, else ``None``."""
        if not entry.source.endswith("@evaluative"):
            return None
        sentence = reading.sentence
        doc = sentence.doc
        j = token.i - 1
        while j >= sentence.start and (doc[j].lemma_.lower() in self.auxiliaries or folded(doc[j]) in self.clitics):
            j -= 1
        if j - 1 > sentence.start and folded(doc[j - 1]) in self.articles and referring(self.lexicon, doc[j].lemma_.lower()):
            j -= 2  # "che i sindacati giudicano": a kind of actor, those the main clause named
        if j - 1 < sentence.start or doc[j].lower_ not in self.complementizers or doc[j - 1].text != ",":
            return None
        if any(j < p.start < token.i for p in reading.mentions):
            return None
        return j - 1

    def _relative_object(self, token: Token, reading: Reading, exclude: set[str]) -> list[Placed]:
        """"i dazi canadesi sul legno, che Sánchez ha definito «un errore»": a verb with no object whose
        subject stands right after a relative "che" has the antecedent for object — the first actor of
        the phrase before the comma."""
        sentence = reading.sentence
        doc = sentence.doc
        j = token.i - 1
        while j >= sentence.start and doc[j].lemma_.lower() in self.auxiliaries:
            j -= 1
        subject = next((p for p in reading.mentions if p.end == j + 1), None)
        k = subject.start - 1 if subject is not None else sentence.start
        while k > sentence.start and subject.start - k <= SUBJECT_NOUN_WORDS and (doc[k].is_alpha or folded(doc[k]) in self.articles) and not self.is_verb(doc[k]) \
                and doc[k].lower_ not in self.complementizers:
            k -= 1  # "che la Francia ha definito …", "che la Ong Sea-Watch accusa …"
        if subject is None or k - 1 < sentence.start or doc[k].lower_ not in self.complementizers:
            return []
        summing = doc[k - 1].text != ","
        comma = self._summing(k, sentence) if summing else k - 1
        if comma is None:
            return []
        start = self._clause_start(sentence, comma)
        verb = next((t for t in doc[start:comma] if self.is_verb(t)), None) if summing else None
        author = self._subject_before(verb.i, sentence, reading.mentions, reading.sources) if verb is not None else None
        if author is not None and author.start >= start and author.mention.actor.iri not in exclude:
            return [author]  # what sums up a clause is its subject's act: "Il ministro pakistano Khawaja Asif ha accusato …, accusa che …"
        before = [p for p in reading.mentions if start <= p.start and p.end <= comma and p.mention.actor.iri not in exclude]
        # "ha attaccato l'Uganda, che Amnesty accusa di torture": an actor closing the phrase right before the comma is
        # what "che" stands for
        return [p for p in before if p.end == comma][-1:] or before[:1]

    def _summing(self, relative: int, sentence: Span) -> int | None:
        """"La Cina ha sospeso le importazioni dal Giappone, una decisione che Tokyo ha definito …": a noun
        phrase with an indefinite article (or an event noun of the rows with none) set after a comma sums up the
        clause before it, which is then the antecedent of the relative at ``relative``. The comma's position, else ``None``."""
        doc = sentence.doc
        j = relative - 1
        while j > sentence.start and relative - j <= SUMMING_REACH:
            if folded(doc[j]) in self.lexicon.cue("@indefinite"):  # (before the test of letters: the elided "un'")
                return j - 1 if doc[j - 1].text == "," else None
            if not (doc[j].is_lower and doc[j].is_alpha) or self.is_verb(doc[j]):
                return None
            if j == relative - 1 and doc[j - 1].text == "," and any(e.frame == "noun" for e in self.lexicon.triggers.get(doc[j].lemma_.lower(), ())):
                return j - 1  # an event noun of the rows with no article: "…, accusa che Nuova Delhi definisce «propaganda»"
            j -= 1
        return None

    def _addressee(self, token: Token, reading: Reading, exclude: set[str]) -> list[Placed]:
        """"Rabat ha respinto le accuse dell'Algeria", "Lisbona ha respinto le richieste di Madrid": an event
        noun of a statement with its owner and no object of its own, the direct object of a verb of the
        lexicon, is addressed to that verb's subject (Algeria accuses Morocco) — whoever answers it was its target."""
        sentence = reading.sentence
        doc = sentence.doc
        j = token.i - 1
        while j >= sentence.start and folded(doc[j]) in self.articles | self.lexicon.cue("@definite"):
            j -= 1
        if j == token.i - 1 or j < sentence.start or not self.is_verb(doc[j]):
            return []
        answer = self.match(doc[j], sentence)
        if answer is None or answer.frame != "verb":
            return []  # "ha ribadito il sostegno della Francia": a statement repeated, not an answer
        if answer.relation == "supports":
            return []  # "la Germania sostiene il ricorso italiano": who backs a statement joins it, it was not its target
        subject = self._subject_before(doc[j].i, sentence, reading.mentions, reading.sources)
        if subject is None or subject.mention.actor.iri in exclude:
            return []
        # "Il presidente serbo Vučić ha respinto la richiesta dell'Ue": an office holder answers for the body they
        # lead or serve, and the statement was addressed to that body (the EU asks Serbia)
        body = office_body(subject.mention.actor, doc)
        if body is not None and body.iri not in exclude:
            return [replace(subject, mention=replace(subject.mention, actor=body))]
        return [subject]

    def _behalf(self, token: Token, reading: Reading, exclude: set[str]) -> list[Placed]:
        """"i soldati, inviati da Kigali su richiesta di Maputo", "hanno lasciato il Paese su richiesta della
        giunta": a request noun after a ``@behalf`` preposition asks for the act of its clause, so it is
        addressed to the verb's agent — the actor after "da" of a passive, else its subject."""
        sentence = reading.sentence
        doc = sentence.doc
        verb = self._behalf_act(token, sentence)
        if verb is None:
            return []
        if self._passive(verb, sentence):
            found = [p for p in reading.mentions if verb.i < p.start and p.end < token.i and self.base(doc[p.start - 1]) in self.agent_markers]
        else:
            subject = self._subject_before(verb.i, sentence, reading.mentions, reading.sources)
            found = self._subject_group(subject, reading, verb) if subject is not None else []
        return [p for p in found if p.mention.actor.iri not in exclude and not self._excluded(p, reading)]

    def _behalf_act(self, token: Token, sentence: Span) -> Token | None:
        """The verb of the act a request noun after a ``@behalf`` preposition asks for ("inviati da Kigali su
        richiesta di Maputo": "inviati"), else ``None``."""
        doc = sentence.doc
        if token.i - 1 <= sentence.start or folded(doc[token.i - 1]) not in self.lexicon.cue("@behalf"):
            return None
        start = self._clause_start(sentence, token.i)
        return next((t for t in reversed(doc[start : token.i - 1]) if (self.is_verb(t) or t.lower_.endswith(self.participles))
                     and t.lemma_.lower() not in self.auxiliaries), None)  # "inviati" is also a noun ("inviato") to simplemma

    def _granted(self, token: Token, agents: list[Placed], askers: list[Placed], reading: Reading) -> Iterator[Candidate]:
        """"i soldati ruandesi, inviati da Kigali su richiesta di Maputo": an aid done at someone's request
        (the act's row an ``aids`` one, read by its verb's form when simplemma takes a participle for a noun)
        is given to the one who asked."""
        verb = self._behalf_act(token, reading.sentence) if agents else None
        if verb is None:
            return
        act = self.match(verb, reading.sentence) or next(
            (e for ending in self.verb_endings if (e := self.match(verb, reading.sentence, verb.lower_[:-3] + ending)) is not None), None)
        if act is None or act.frame != "verb" or act.relation not in THANKED:
            return
        for a in agents:
            for s in askers:
                if a.mention.actor.iri != s.mention.actor.iri:
                    yield self._candidate(a.mention, s.mention, verb, act, "linear-verb")

    def _between(self, token: Token, entry: Trigger, reading: Reading) -> list[Placed]:
        """"i negoziati tra Kiev e Mosca": a mutual event noun names its parties after "tra",
        whoever hosts or reports it; the parties are related to each other, without an agent."""
        if entry.frame != "noun" or "reciprocal" not in entry.object or token.i + 1 >= reading.sentence.end:
            return []
        marker = token.nbor(1)
        doc = reading.sentence.doc
        # "l'accordo di pace tra A e B", "l'intesa commerciale tra A e B": the noun's bare genitive or adjective first
        if folded(marker) == "di" and marker.i + 2 < reading.sentence.end and doc[marker.i + 1].is_lower and folded(doc[marker.i + 1]) not in self.articles:
            marker = doc[marker.i + 2]
        elif marker.is_lower and marker.i + 1 < reading.sentence.end and self.base(marker) not in self.prepositions and not self.is_verb(marker) \
                and self.base(doc[marker.i + 1]) in self.lexicon.cue("@between"):
            marker = doc[marker.i + 1]
        place = next((p for p in reading.mentions if p.start == marker.i + 1), None)
        if place is not None and self.base(marker) in self.lexicon.cue("@place") and place.end < reading.sentence.end:
            marker = reading.sentence.doc[place.end]  # "scontri a Tripoli tra A e B": where, then who
        if "prep:" + self.base(marker) not in entry.object or self.base(marker) not in self.lexicon.cue("@between"):
            return []
        found = self._object_of(marker, reading, [p for p in reading.mentions if not self._excluded(p, reading)])
        return found if len({p.mention.actor.iri for p in found}) > 1 else []

    def _modified(self, token: Token, reading: Reading) -> Placed | None:
        """The actor a reduced participle describes: the last one before it, in the same clause
        or across the comma of an apposition ("Trentini, il cooperante fermato da …"); a participle joined by "e" to
        an earlier one describes what that one does ("i soldati, inviati da Kigali … e finanziati dall'Ue")."""
        doc = reading.sentence.doc
        earlier = self._joined_participle(token, reading.sentence)
        if earlier is not None:
            return self._modified(earlier, reading)
        for p in reversed(reading.mentions):
            if p.end > token.i:
                continue
            between = doc[p.end : token.i]
            if len(between) > SUBJECT_REACH or any(self.is_verb(t) or self.is_boundary(t) or t.text in (";", ":") for t in between):
                return None
            governed = self._previous_word(p.start, reading.sentence)
            if governed is not None and self.base(governed) in self.prepositions and not any(t.text == "," for t in between):
                return None  # "su richiesta di Maputo e finanziati": a complement, not what the participle describes
            return None if self._excluded(p, reading) else p
        return None

    def _joined_participle(self, token: Token, sentence: Span) -> Token | None:
        """The participle without auxiliary that ``token``, right after "e", is coordinated with, if any."""
        doc = sentence.doc
        if token.i - 1 <= sentence.start or doc[token.i - 1].lower_ not in self.coordinators:
            return None
        for t in reversed(doc[max(sentence.start, token.i - 1 - OBJECT_REACH) : token.i - 1]):
            if self.is_boundary(t) or t.text in (";", ":"):
                return None
            if t.lower_.endswith(self.participles) and (self._reduced(t, sentence) or self._bare(t, sentence)):
                return t
        return None

    def _candidate(self, s: Mention, o: Mention, token: Token, entry: Trigger, frame: str, condition: str | None = None) -> Candidate:
        relation = entry.relation
        if relation == "attacks" and entry.frame == "verb" and s.actor.type == "Person" \
                and (o.actor.type == "Person" or self._government_phrase(o, token.doc)):
            relation = "criticizes"  # "De Luca ha attaccato Fico", "Zakharova ha attaccato il governo italiano": in words
        elif relation == "attacks" and entry.frame == "verb" and self._unarmed(s.actor) and self._unarmed(o.actor) \
                and "Organization" in (s.actor.type, o.actor.type):
            relation = "criticizes"  # "il sindaco ha attaccato Snam", "Confesercenti ha attaccato i giudici": in words
        return Candidate(s, o, token, frame, relation, entry.source, condition)

    @staticmethod
    def _unarmed(actor) -> bool:
        """A person or a body with no force of its own: not a state, not an armed, police or rebel sector."""
        return actor.type in ("Person", "Organization") and actor.sector not in ("military", "police", "rebels")

    def _government_phrase(self, o: Mention, doc: Doc) -> bool:
        """"il governo italiano", "l'esecutivo di Kiev": the actor named as its government."""
        words = [t for t in doc if o.start - 16 <= t.idx < o.end][-4:]
        return any(t.lemma_.lower() in self.lexicon.cue("@government") or t.lower_ in self.lexicon.cue("@government") for t in words)

    def _passive(self, token: Token, sentence: Span) -> bool:
        before = sentence.doc[max(sentence.start, token.i - 3) : token.i]
        if not self.participles or not token.lower_.endswith(self.participles):
            return False
        if token.lemma_.lower() in self.unaccusative:
            return False  # "la Finlandia è entrata nella Nato": a verb of motion or change has "essere" and no passive
        if any(folded(t) in self.reflexives for t in before):
            return False  # "si è congratulato con", "si è schierata con": a reflexive verb, active
        # "il Dipartimento di Stato ha respinto": a capital inside a sentence is a name, not the auxiliary "stato"
        auxiliary = any(t.lemma_.lower() in self.passive and not (t.text[:1].isupper() and not t.is_sent_start) for t in before)
        return auxiliary or self._reduced(token, sentence) or self._bare(token, sentence)

    def _bare(self, token: Token, sentence: Span) -> bool:
        """"l'ingegnere fermato a Milano", "ha nominato un inviato": a regular participle (the
        infinitive's stem and length, "fermare" → "fermato") with no auxiliary before it describes
        its noun, or is one after an article, and has no subject; only the stem test keeps out
        present forms that share the ending ("accusa", "rifiuta")."""
        lemma, form = token.lemma_.lower(), token.lower_
        if len(form) != len(lemma) or form[:-3] != lemma[:-3] or lemma == form:
            return False
        for t in reversed(sentence.doc[max(sentence.start, token.i - BARE_REACH) : token.i]):
            if t.is_punct or folded(t) in self.articles:
                break
            if t.lemma_.lower() in self.auxiliaries:
                return False
        return True

    def _reduced(self, token: Token, sentence: Span) -> bool:
        """A participle without auxiliary whose agent follows ("Trentini, fermato dalle autorità
        venezuelane", "l'accordo firmato dalla Commissione con il Mercosur"): a passive."""
        doc = sentence.doc
        j = token.i - 1
        while j > sentence.start and doc[j].is_lower and doc[j].lower_.endswith("mente"):
            j -= 1  # "è stato duramente criticato da": an adverb between the auxiliary and its participle
        if j >= sentence.start and doc[j].lemma_.lower() in self.auxiliaries:
            return False
        for t in doc[token.i + 1 : min(sentence.end, token.i + 1 + REDUCED_GAP)]:
            if t.is_punct or self.is_verb(t) or self.is_boundary(t):
                return False
            if self.base(t) in self.agent_markers:
                return not self._duration(t, sentence)
        return False

    def _duration(self, marker: Token, sentence: Span) -> bool:
        """"accusa da mesi il Ruanda", "ospita da anni i comandanti", "detenuto da oltre un anno": "da" and a span
        of time (``@duration``, after a number, an article or "oltre", "almeno", "quasi", "più di") say how long."""
        doc = sentence.doc
        for t in doc[marker.i + 1 : min(sentence.end, marker.i + 1 + DURATION_REACH)]:
            if t.lemma_.lower() in self.lexicon.cue("@duration") or t.lower_ in self.lexicon.cue("@duration"):
                return True
            if not (t.like_num or t.is_lower and t.is_alpha and not self.is_verb(t)):
                return False
        return False

    def _seat(self, token: Token, reading: Reading) -> Placed | None:
        """"L'ambasciatore russo è stato convocato alla Farnesina": a ministry named as the place right after a
        passive of summoning, with no agent, is the one that summoned."""
        doc, k = reading.sentence.doc, token.i + 1
        if k >= reading.sentence.end or self.base(doc[k]) not in ("a", "in", "presso"):
            return None
        k = self._past_articles(doc, k + 1, reading.sentence.end)
        return next((p for p in reading.mentions if p.start == k and p.mention.actor.type == "Organization"
                     and p.mention.actor.sector == "government"), None)

    def _after_marker(self, start: int, reading: Reading, markers: frozenset[str]) -> list[Placed]:
        sentence = reading.sentence
        end = self._clause_end(sentence, start)
        for t in sentence.doc[start:end]:
            if self.base(t) in markers:
                return [p for p in reading.mentions if t.i < p.start < end and not self._excluded(p, reading)][:1]
        return []

    def _subjects(self, token: Token, entry: Trigger, reading: Reading) -> tuple[list[Placed], str]:
        sentence = reading.sentence
        for slot in entry.subject:
            if slot == "host":
                found = self._host(token, reading, anyone=entry.relation in ("memberOf", "cooperatesWith"))  # "la Turchia, alleato della Nato"
                if found and self._former(token, reading.sentence):
                    return [], ""  # "l'ex presidente brasiliano Bolsonaro", "presidente fino al 2025": no office now
                if found:
                    return found, "linear-role"
                continue
            if slot != "agent":
                found = self._slot(token, entry, slot, reading, set())
                if found:
                    return found, "linear-noun"
                continue
            # a mutual act has no passive: "si sono accusati a vicenda" is reflexive; but what two sign is
            # signed by both: "la dichiarazione, firmata da Francia e Germania"
            if entry.frame == "verb" and entry.object == ("reciprocal",) and self._passive(token, sentence):
                agent = self._after_marker(token.i + 1, reading, self.agent_markers)
                agents = self._coordinated(agent[0], list(reading.mentions), sentence) if agent else []
                if len(agents) > 1:
                    return agents, "linear-passive"
            if entry.frame == "verb" and entry.object != ("reciprocal",) and self._passive(token, sentence):
                agent = self._after_marker(token.i + 1, reading, self.agent_markers)
                if agent and self._act_before(agent[0], token, entry, sentence):
                    return [], ""  # "colpito dalle critiche degli Stati Uniti": hit by an act of another kind, which its own row reads
                if agent:
                    return self._coordinated(agent[0], list(reading.mentions), sentence), "linear-passive"
                holders = self._holders(token, entry, reading)
                if holders:
                    return holders, "linear-passive"
                seat = self._seat(token, reading) if entry.relation == "protests" else None
                if seat is not None:
                    return [seat], "linear-passive"
                continue
            if entry.frame == "noun":
                found = self._noun_agent(token, entry, reading)
                speaker = None if found else self._speaker_before(token, reading) or self._voice(token, entry, reading) \
                    or self._first_person_light(token, reading)
                if found or speaker is not None:
                    return found or [speaker], "linear-noun"
                continue
            speaker = self._speaker_before(token, reading) if token.lower_.endswith(self.lexicon.suffixes("@gerund")) else None
            if speaker is not None:
                return [speaker], "linear-verb"
            judged = self._judging_relative(token, entry, reading)
            if judged is not None:
                subject = self._subject_before(judged, sentence, reading.mentions, reading.sources)
                return (self._subject_group(subject, reading) if subject is not None else []), "linear-verb"
            # "… ci hanno sostenuto, e li ho ringraziati": a first-person verb in a turn has the speaker for
            # subject, whatever actor comes before it
            speaker = self._first_person_speaker(token, reading)
            if speaker is not None:
                return [speaker], "linear-verb"
            accused = self._accused_of(token, reading)
            if accused is None:
                accused = self._object_charged(token, reading)
            if accused is not None:
                return accused, "linear-verb"
            subject = self._subject_before(token.i, sentence, reading.mentions, reading.sources)
            if subject is not None:
                return self._subject_group(subject, reading, token), "linear-verb"
            fronted = self._fronted_subject(token, reading)
            if fronted:
                return fronted, "linear-verb"
            dropped = self._dropped(token, entry, reading)
            if dropped:
                return dropped, "linear-verb"
        return [], ""

    def _accused_of(self, token: Token, reading: Reading) -> list[Placed] | None:
        """"ha sanzionato tre società cinesi accusate di fornire droni all'Iran": an infinitive after a participle
        of charging ("accusate di") that describes a noun is the deed of the noun's actor (none if the noun names
        none), not of the clause's subject; after an auxiliary ("sono accusate di") the subject is the clause's."""
        doc = reading.sentence.doc
        i = token.i
        if i - 3 < reading.sentence.start or not self._infinitive(token) or self.base(doc[i - 1]) != INFINITIVE_MARKER:
            return None
        participle, before = doc[i - 2], doc[i - 3]
        if participle.lemma_.lower() not in self.charging or participle.lower_ == participle.lemma_.lower():
            return None
        if before.is_punct or not before.is_alpha or self.is_verb(before):
            return None
        return [p for p in reading.mentions if p.end == participle.i][:1]

    def _object_charged(self, token: Token, reading: Reading) -> list[Placed] | None:
        """"Kiev ha accusato la Russia di aver attaccato la Moldavia": an infinitive after "di" that follows the object
        of a verb of charging (``@charging``) is the deed of that object, not of the accuser; of no one when the object
        names no actor ("ha accusato i ribelli di aver attaccato i soldati"). Not after a passive, whose subject is
        the one charged ("è stata accusata dall'Ucraina di …")."""
        sentence = reading.sentence
        doc = sentence.doc
        i = token.i
        auxiliary = doc[i - 1] if i - 1 > sentence.start else None
        perfect = auxiliary is not None and auxiliary.lemma_.lower() in self.auxiliaries and auxiliary.lemma_.lower().startswith(auxiliary.lower_) \
            and auxiliary.lower_ != auxiliary.lemma_.lower() and token.lower_.endswith(self.participles)
        j = i - 2 if perfect else i - 1
        if j <= sentence.start or self.base(doc[j]) != INFINITIVE_MARKER or not (perfect or self._infinitive(token)):
            return None
        # "Il Sudan accusa gli Emirati di armare …": a present simplemma reads as its noun is the verb too
        verb = next((t for t in reversed(doc[sentence.start : j]) if self._verb_form(t) or t.is_punct), None)
        if verb is None or verb.is_punct or verb.i + 1 >= j:
            return None
        lemmas = {verb.lemma_.lower(), _verb_of(verb.lemma_.lower())} | {verb.lower_[:-1] + ending for ending in self.verb_endings}
        if not lemmas & self.charging or self._passive(verb, sentence):
            return None
        return [p for p in reading.mentions if verb.i < p.start and p.end <= j and not _nested(p, reading.mentions)]

    def _fronted_subject(self, token: Token, reading: Reading) -> list[Placed]:
        """"Dopo aver incontrato Macron, Meloni ha firmato …", "Prima di partire per Pechino, Lula ha …": a verb
        without person (an infinitive, a participle after an infinitive auxiliary, a gerund) in a clause that
        opens the sentence and ends at a comma has the subject of the main clause, named right after the comma."""
        sentence = reading.sentence
        doc = sentence.doc
        form = token.lower_
        perfect = token.i > sentence.start and doc[token.i - 1].lemma_.lower() in self.auxiliaries and infinitive(doc[token.i - 1]) \
            and form.endswith(self.participles)
        if not (infinitive(token) or perfect or form.endswith(self.lexicon.suffixes("@gerund"))):
            return []
        opening = doc[sentence.start : token.i]
        if any(p.start < token.i for p in reading.mentions) or any(t.is_punct or self.is_verb(t) and not infinitive(t) for t in opening):
            return []  # "Dopo che Macron ha …": a clause with its own subject
        comma = next((t.i for t in doc[token.i + 1 : min(sentence.end, token.i + 1 + FRONTED_REACH)]
                      if t.text in (",", ";", ":") or self.is_boundary(t) or t.is_quote), None)
        if comma is None or doc[comma].text != ",":
            return []
        after = [p for p in reading.mentions if p.start > comma and not _nested(p, reading.mentions)]
        if not after:
            return []
        first = after[0]
        if any(not (t.is_alpha and (t.is_lower or t.is_title)) or self.is_verb(t) or self.base(t) in self.prepositions | self.complementizers
               for t in doc[comma + 1 : first.start]) or first.start - comma - 1 > SUBJECT_REACH:
            return []  # "…, il premier polacco Donald Tusk ha": only the subject's own phrase before it
        group = self._coordinated(first, list(reading.mentions), sentence)
        end = max(p.end for p in group)
        if not any(self.is_verb(t) for t in doc[end : min(sentence.end, end + 3)]):
            return []
        return group

    def _voice(self, token: Token, entry: Trigger, reading: Reading) -> Placed | None:
        """"Il premier albanese Edi Rama ha ribadito che l'accordo con Roma «resta valido»": a mutual event noun
        with no agent, in what a speaker says, is the speaker's — the state's when the speaker leads one."""
        if "reciprocal" not in entry.object or self._reversed(token, reading.sentence):
            return None
        voice = next((m for start, end, m in reversed(reading.voices) if start <= token.i < end), None)
        return Placed(token.i, token.i + 1, voice) if voice is not None else None

    def _reversed(self, noun: Token, sentence: Span) -> bool:
        """"ha detto che l'Italia sospenderà la cooperazione con la Libia": a mutual event noun that is the direct
        object of an ``@reversal`` verb is the act's end, not the act."""
        doc = sentence.doc
        j = noun.i - 1
        while j > sentence.start and (folded(doc[j]) in self.articles or self._adverb(doc[j])):
            j -= 1
        return j < noun.i - 1 and doc[j].lemma_.lower() in self.lexicon.cue("@reversal")

    def _first_person_light(self, noun: Token, reading: Reading) -> Placed | None:
        """"TAJANI: Ho avuto un colloquio molto positivo con il collega giapponese": an event noun governed by a
        first-person light verb in a transcript turn is the speaker's act."""
        if reading.turn is None:
            return None
        doc = reading.sentence.doc
        for t in reversed(doc[max(reading.sentence.start, noun.i - LIGHT_REACH) : noun.i]):
            if t.is_punct:
                return None
            if self.is_verb(t):
                return self._first_person_speaker(t, reading) if t.lemma_.lower() in self.light else None
        return None

    def _first_person_speaker(self, token: Token, reading: Reading) -> Placed | None:
        """"ARÉVALO: … non chiederò alla procuratrice di dimettersi": a first-person verb with no subject before
        it, in a transcript turn, is the turn's speaker's; in the plural ("chiederemo agli Stati Uniti") it is
        the state the speaker leads. A present in -o ("ringrazio l'Italia", "la ringrazio") is the speaker's too."""
        if reading.turn is None:
            return None
        doc = reading.sentence.doc
        group = [token]
        j = token.i - 1
        while j >= reading.sentence.start and (doc[j].lemma_.lower() in self.auxiliaries | self.modals or folded(doc[j]) in self.clitics):
            group.append(doc[j])
            j -= 1
        for person, cue in zip(reading.turn, ("@first_person", "@first_plural")):
            if any(self.lexicon.marks(t.lower_, cue) for t in group):
                return Placed(token.i, token.i + 1, person)
        if self._present_first(token):
            return Placed(token.i, token.i + 1, reading.turn[0])
        return None

    def _present_first(self, token: Token) -> bool:
        """"ringrazio l'Italia", "chiedo a Mosca", "condanno l'attacco": the present's first person singular, the
        lemma's stem and -o, with no article, preposition or possessive before it (the nouns "l'incontro", "il mio
        appoggio" share the shape)."""
        lemma = token.lemma_.lower()
        if not lemma.endswith(self.verb_endings) or token.lower_ != lemma[:-3] + "o":
            return False
        if token.i == 0 or token.is_sent_start:
            return True
        before = token.nbor(-1)
        return not (folded(before) in self.articles or self.base(before) in self.prepositions or folded(before) in self.lexicon.cue("@possessive"))

    def _holders(self, token: Token, entry: Trigger, reading: Reading) -> list[Placed]:
        """"ha espulso tre diplomatici francesi, accusati di ingerenza": a statement in a bare
        participle on the object of a clause, with no agent, is made by that clause's subject (all of it)."""
        if not _verbal(entry.relation) or not self._bare(token, reading.sentence):
            return []
        described = self._modified(token, reading)
        if described is None:
            return []
        subject = self._subject_before(described.start, reading.sentence, reading.mentions, reading.sources)
        doc = reading.sentence.doc
        verb = next((t for t in doc[subject.end : described.start] if self.is_verb(t)), None) if subject is not None else None
        return self._subject_group(subject, reading, verb) if verb is not None else []

    def _speaker_before(self, token: Token, reading: Reading) -> Placed | None:
        """", ha detto il ministro Crosetto ricevendo a Roma l'omologo", "…, ha dichiarato Macron dopo
        un incontro con Merz": a gerund or an event noun shares the subject of the verb it follows,
        here the speaker named after an inverted speech verb."""
        doc = reading.sentence.doc
        for verb in sorted(reading.speech_verbs, reverse=True):
            if verb >= token.i:
                continue
            if any(t.is_punct or self.is_boundary(t) or self.is_verb(t) for t in doc[verb + 1 : token.i] if t.lemma_.lower() not in self.auxiliaries):
                return None
            named = [p for p in reading.mentions if verb < p.start and p.end <= token.i]
            people = [p for p in named if p.mention.actor.type == "Person"]
            return (people or named or [None])[0]
        return None

    def _earlier_complement(self, first: Placed, slot: str, entry: Trigger, doc: Doc) -> bool:
        """Right after the genitive ``first`` comes a preposition of an object slot the row tries before ``slot``."""
        earlier = entry.object[: entry.object.index(slot)]
        return any("prep:" + self.base(t) in earlier for t in doc[first.end : min(len(doc), first.end + 2)])

    def _subject_group(self, last: Placed, reading: Reading, verb: Token | None = None) -> list[Placed]:
        """The coordinated subject ending at ``last`` ("Armenia e Azerbaigian"); with the ``verb`` it is found for, also
        the members joined after ``last`` before that verb ("I vertici della Fiom e della Uilm hanno criticato": the
        owner read first is the first of two)."""
        twins = [p for p in reading.mentions if (p.start, p.end) == (last.start, last.end) and p is not last]
        if twins:
            return [*twins, last]  # "i due governi hanno concordato"
        earlier = [p for p in reading.mentions if p.end <= last.start and not _nested(p, reading.mentions)]
        doc = reading.sentence.doc
        group = [last]
        phrase_start = last.start  # where the phrase of the group's first member starts
        for p in reversed(earlier):
            if p.end == phrase_start:
                phrase_start = p.start  # "turco" in "il presidente turco Erdoğan": a word of the phrase
                continue
            join = self._joins(doc[p.end : phrase_start])
            if not join or (len(group) == 1 and join != "and") or not self.subject_position(p, reading.sentence):
                break  # the gap next to the verb's subject must be "e": "ISPI, la Cina" is no pair
            group.insert(0, p)
            phrase_start = p.start
        return group + (self._joined_after(last, reading, verb) if verb is not None else []) + self._companions(last, reading)

    def _joined_after(self, first: Placed, reading: Reading, verb: Token) -> list[Placed]:
        """The actors joined to the subject ``first`` by "e" (or commas closed by "e") between it and the group of its
        ``verb`` ("della Fiom, della Fim e della Uilm hanno"); none when the list does not end at the verb."""
        doc = reading.sentence.doc
        start = self._verb_group(verb, reading.sentence)
        following = [p for p in reading.mentions if first.end <= p.start and p.end <= start and not _nested(p, reading.mentions)]
        group, end, join = [], first.end, ""
        for p in following:
            if p.start == end and group:
                group[-1] = p  # "della Cisl Scuola di Palermo": a word of the last member's phrase
                end = p.end
                continue
            join = self._joins(doc[end : p.start])
            if not join:
                return []
            group.append(p)
            end = p.end
        return group if join == "and" and end == start else []

    def _companions(self, last: Placed, reading: Reading) -> list[Placed]:
        """"La Cina, insieme alla Russia, ha posto il veto": the actors of a comitative phrase set off by commas
        right after the subject act with it."""
        doc = reading.sentence.doc
        i = last.end
        if i + 2 >= reading.sentence.end or doc[i].text != "," or doc[i + 1].lower_ not in self.lexicon.cue("@together") \
                or self.base(doc[i + 2]) not in ("a", "con"):
            return []
        close = next((t.i for t in doc[i + 3 : reading.sentence.end] if t.text == ","), None)
        if close is None:
            return []
        inside = [p for p in reading.mentions if i + 2 < p.start and p.end <= close and not _nested(p, reading.mentions)]
        return self._coordinated(inside[0], inside[1:], reading.sentence) if inside else []

    def _noun_agent(self, token: Token, entry: Trigger, reading: Reading) -> list[Placed]:
        sentence = reading.sentence
        doc = sentence.doc
        relative = self._relative_agent(token, reading)
        if relative:
            return relative
        by = self._by_phrase(token.i + 1, reading) or self._blamed_on(token, reading) or self._participle_agent(token, entry, reading)
        if by:
            return by
        after = [p for p in reading.mentions if p.start > token.i and not self._excluded(p, reading)]
        if after:
            first = after[0]
            between = doc[self._past_adjectives(token, first.start) : first.start]
            if not len(between):
                return [first]  # "l'invasione russa"
            genitive = all(self.base(t) in self.lexicon.cue("@genitive") or t.lower_ in self.articles for t in between)
            if genitive and len(between) <= 2 and "prep:" + self.base(between[0]) not in entry.object:
                # "il sostegno dell'Italia", "i raid di Stati Uniti e Regno Unito"
                return self._coordinated(first, [p for p in after if p.start >= first.start and p is not first], sentence)
            if genitive and len(between) <= 2 and self._earlier_complement(first, "prep:" + self.base(between[0]), entry, doc):
                return [first]  # "la condanna della Spagna nei confronti di Israele": the object has its own preposition
            titled = 2 <= len(between) <= 3 and self.base(between[0]) in self.lexicon.cue("@genitive") and "prep:di" not in entry.object \
                and all(self._role_noun(t) for t in between[1:])
            if titled:
                # "l'appello del presidente ucraino Zelensky alla Germania": a title after the genitive is its person's
                head = self._head_of_run(first, after, doc)
                if head.mention.actor.type == "Person":
                    return [head]
            if len(between) <= 2 and "prep:" + self.base(between[0]) in entry.object and len(after) > 1:
                # "la visita a Roma del presidente X": the owner after the noun's own complement
                owner = after[1]
                gap = doc[first.end : owner.start]
                if 0 < len(gap) <= 2 and self.base(gap[0]) in self.lexicon.cue("@genitive") and all(
                    t.lower_ in self.articles or t.lemma_.lower() in self.role_nouns for t in gap[1:]
                ):
                    return [self._head_of_run(owner, after, doc)]
        if token.i - 2 >= sentence.start and self.base(doc[token.i - 1]) in self.prepositions and doc[token.i - 2].text == ",":
            apposed = [p for p in reading.mentions if p.end == token.i - 2]
            if apposed:
                return apposed  # "Ruto, in visita a Roma, …": the phrase set off after an actor is about it
        if self._passive_light(token, reading):
            agent = self._after_marker(token.i + 1, reading, self.agent_markers)
            if agent:
                return agent
        headline = self._headline_agent(token, reading)
        if headline:
            return headline
        subject = self._subject_before(token.i, sentence, reading.mentions, reading.sources)
        # an infinitive light verb governs its noun too: "accusa l'Afghanistan di offrire rifugio ai miliziani"
        # and a light verb's present right after the subject is its verb, though shaped like a noun ("la Russia
        # esercita"; not the subjunctive, "a condizione che Tunisi firmi l'accordo", which is no act yet)
        verbs = [t for t in doc[subject.end : token.i] if self.is_verb(t) or t.lower_ == t.lemma_.lower() and t.lower_ in self.light
                 or t.i == subject.end and t.lemma_.lower() in self.light | self.copula and t.lower_ == t.lemma_.lower()[:-3] + "a"] if subject is not None else []
        adjunct = self._adjunct(token, sentence)
        # the genitive of another event noun is that noun's: "hanno firmato a Roma undici accordi di cooperazione"
        # sign agreements, they do not cooperate; "un nuovo round di negoziati" ("round" has no row) negotiates
        genitive = token.i - 2 >= sentence.start and folded(doc[token.i - 1]) == "di" and self.match(doc[token.i - 2], sentence) is not None
        if verbs and not genitive and token.i - verbs[-1].i - self._place_words(verbs[-1], token) <= LIGHT_REACH \
                and (verbs[-1].lemma_.lower() in self.light or self._predicate(verbs[-1], token) or adjunct):
            # the verb nearest the noun governs it: "ha imposto sanzioni", "ha avuto un colloquio", "è
            # diventato il primo fornitore"; "ha spesso minimizzato le critiche" is no criticism by the subject
            return self._subject_group(subject, reading, verbs[0])
        return []

    def _title_opening(self, p: Placed, sentence: Span) -> int:
        """Where the phrase of a person named after a title begins: the title's article ("ha criticato in un'intervista
        il ministro dell'Economia X": "il"), so that a title does not count against the reach of the verb's object;
        else where the name begins."""
        doc = sentence.doc
        j = p.start - 1
        while j > sentence.start and p.start - j <= PORTFOLIO_WORDS and not self._role_noun(doc[j]) \
                and (doc[j].is_title and doc[j].is_alpha or self.base(doc[j]) in self.prepositions):
            j -= 1  # the title's portfolio: "dell'Economia", "degli Esteri"
        if p.mention.actor.type != "Person" or j <= sentence.start or not doc[j].is_lower or not self._role_noun(doc[j]) \
                or folded(doc[j - 1]) not in self.articles:
            return p.start
        return j - 1

    def _place_words(self, verb: Token, noun: Token) -> int:
        """Words of a place phrase between a light verb and its noun, which do not count against its reach: "hanno
        avviato a Ginevra un nuovo round di negoziati", "al Cairo" ("a" or "in", or their contraction, and a capitalised name)."""
        doc, count = verb.doc, 0
        for t in doc[verb.i + 1 : noun.i]:
            if self.base(t) in ("a", "in") and t.i + 1 < noun.i and doc[t.i + 1].text[:1].isupper():
                count += 1
            elif t.text[:1].isupper() and count and (self.base(doc[t.i - 1]) in ("a", "in") or doc[t.i - 1].text[:1].isupper()):
                count += 1
        return count

    def _terms_asked(self, token: Token, entry: Trigger, slot: str, reading: Reading, exclude: set[str]) -> list[Placed]:
        """"L'Unione europea ha subordinato i fondi per la Tunisia alla liberazione dei prigionieri politici": a verb
        of making terms (a row with a condition slot) asks them of whom the thing made conditional is for
        (``@beneficiary``), named between the verb and the terms."""
        if entry.frame != "verb" or slot != "patient" or not (entry.condition or "").startswith("prep:") \
                or not self._condition_slot(token, entry, reading.sentence):
            return []
        doc = reading.sentence.doc
        end = min(reading.sentence.end, token.i + 1 + PATIENT_REACH)
        terms = next((t.i for t in doc[token.i + 1 : end] if self.base(t) == entry.condition[5:]), end)
        for p in reading.mentions:
            if not token.i < p.start < terms or self._excluded(p, reading) or p.mention.actor.iri in exclude:
                continue
            before = self._previous_word(p.start, reading.sentence)
            if before is None or self.base(before) not in self.lexicon.cue("@beneficiary") \
                    or any(t.is_punct or self.is_verb(t) for t in doc[token.i + 1 : p.start]):
                return []
            return [p]
        return []

    def _made_by(self, token: Token, entry: Trigger, slot: str, reading: Reading, exclude: set[str]) -> list[Placed]:
        """"ha condannato la pena inflitta dall'Algeria allo scrittore X", "ha respinto il piano presentato dagli Stati
        Uniti": a judging verb's object named by a common noun and a participle with "da" judges the participle's agent."""
        if entry.frame != "verb" or slot != "patient" or entry.relation not in JUDGING or self._passive(token, reading.sentence):
            return []
        doc = reading.sentence.doc
        end = min(reading.sentence.end - 2, token.i + 1 + PATIENT_REACH)
        if token.i + 1 >= end or folded(doc[token.i + 1]) not in self.articles:
            return []
        for t in doc[token.i + 2 : end]:
            if t.is_punct or not t.is_lower or t.lower_ in self.complementizers:
                return []
            if t.lemma_.lower().endswith(self.verb_endings) and t.lower_ != t.lemma_.lower() and self.base(doc[t.i + 1]) in self.agent_markers \
                    and t.lemma_.lower() not in self.undergone:
                agent = [p for p in reading.mentions if p.start > t.i + 1 and not self._excluded(p, reading)][:1]
                gap = doc[t.i + 2 : agent[0].start] if agent else None
                if agent and len(gap) <= 1 and all(x.lower_ in self.articles for x in gap) and agent[0].mention.actor.iri not in exclude:
                    return agent
                return []
        return []

    def _participle_agent(self, token: Token, entry: Trigger, reading: Reading) -> list[Placed]:
        """"le sanzioni imposte dall'Unione europea alla Russia", "le tariffe del 25% imposte sull'acciaio messicano
        dagli Stati Uniti", "gli attacchi lanciati da Israele contro il Libano": a participle describing the event
        noun, with "da" and an actor after it (within a few words, no verb or punctuation between), names the noun's
        agent; not a participle of undergoing or of reversal ("le sanzioni subite dalla Russia", "revocate dagli Stati Uniti")."""
        doc, sentence = reading.sentence.doc, reading.sentence
        end = min(sentence.end - 1, token.i + PATIENT_REACH)
        for t in doc[token.i + 1 : end]:
            if t.is_punct and t.text != "%" or t.lower_ in self.complementizers:
                return []
            if any(p.start == t.i for p in reading.mentions) or folded(t) in self.articles \
                    or self.base(t) in self.prepositions and self.base(t) not in self.lexicon.cue("@genitive"):
                # "la guerra contro i ribelli sostenuti dal Ruanda", "la protesta contro l'intesa firmata da Addis
                # Abeba": a participle after another noun phrase describes that one
                return []
            participle = self.participles and t.is_alpha and t.is_lower and t.lower_.endswith(self.participles) \
                and folded(doc[t.i - 1]) not in self.articles and _agrees(token.lower_, t.lower_)
            if not participle:
                if self.is_verb(t):
                    return []
                continue
            verbs = {t.lemma_.lower(), _verb_of(t.lemma_.lower()), _verb_of(t.lower_)}
            if verbs & (self.undergone | self.lexicon.cue("@reversal")):
                return []  # "le sanzioni revocate dagli Stati Uniti": lifted, not imposed, by them
            # the agent right after the participle, or after the noun's own complement: "le tariffe imposte
            # sull'acciaio messicano dagli Stati Uniti" (not "esercitazioni congiunte a pochi chilometri dal confine")
            after = t.i + 1
            own = after < sentence.end and "prep:" + self.base(doc[after]) in entry.object
            for u in doc[after : min(after + (5 if own else 1), sentence.end - 1)]:
                if u.is_punct or self.is_verb(u):
                    return []
                if self.base(u) in self.agent_markers:
                    agent = [p for p in reading.mentions if p.start > u.i and not self._excluded(p, reading)][:1]
                    gap = doc[u.i + 1 : agent[0].start] if agent else None
                    return agent if agent and len(gap) <= 1 and all(x.lower_ in self.articles for x in gap) else []
            return []
        return []

    def _blamed_on(self, token: Token, reading: Reading) -> list[Placed]:
        """"un attacco con droni su Odessa attribuito alla Russia", "il raid, imputato a Mosca, …": a participle of
        blaming (``@blamed``) after a deed's noun, before any other verb, names its agent after "a"."""
        if self.match(token, reading.sentence) is None or self.match(token, reading.sentence).relation not in DEEDS:
            return []
        doc = reading.sentence.doc
        end = min(reading.sentence.end - 1, token.i + OBJECT_REACH)
        for t in doc[token.i + 1 : end]:
            if t.lemma_.lower() in self.blamed and t.lower_ != t.lemma_.lower() and self.base(doc[t.i + 1]) == "a":
                usable = [p for p in reading.mentions if not self._excluded(p, reading)]
                return self._object_of(doc[t.i + 1], reading, usable)
            if self.is_verb(t) or self.is_boundary(t) or t.text in (";", ":"):
                return []
        return []

    def _past_adjectives(self, noun: Token, end: int) -> int:
        """Where the complements of ``noun`` start, past at most two adjectives of it before ``end``: "il sostegno
        militare dell'Italia", "l'attacco missilistico russo", "esercitazioni navali congiunte di India e Australia"."""
        doc = noun.doc
        i = noun.i + 1
        while i < end and i - noun.i <= 2 and doc[i].is_lower and doc[i].is_alpha and len(doc[i]) > 3 \
                and self.base(doc[i]) not in self.prepositions | self.articles | self.lexicon.cue("@genitive"):
            i += 1
        return i

    def _headline_agent(self, token: Token, reading: Reading) -> list[Placed]:
        """"Londra, nuove sanzioni contro la flotta ombra russa": a headline with no verb names the agent of its
        event noun first, set off by a comma or a colon."""
        sentence = reading.sentence
        doc = sentence.doc
        first = [p for p in reading.mentions if p.start == sentence.start and p.end < token.i]
        if not first or doc[first[0].end].text not in (",", ":") or token.i - first[0].end > HEADLINE_REACH:
            return []
        # (a condition after the noun keeps it verbless: "Cremlino: negoziati con Kiev solo se cadono le sanzioni")
        conditions = {i for c in condition_clauses(sentence, self.markers) if c.marker > token.i for i in range(c.marker, c.end)}
        if any(self.is_verb(t) for t in sentence if t.i != token.i and t.i not in conditions):
            return []
        return first[:1]

    def _adjunct(self, noun: Token, sentence: Span) -> bool:
        """"sono rimasti feriti negli scontri con X", "durante il vertice con X": an event noun right after an
        ``@adjunct`` preposition (or its contraction with an article) shares the subject of the verb before it."""
        doc = sentence.doc
        j = noun.i - 1
        if j > sentence.start and doc[j].is_lower and doc[j].is_alpha and not self.is_verb(doc[j]) and self.base(doc[j]) not in self.prepositions:
            j -= 1  # one adjective before the noun: "come primo fornitore", "negli ultimi scontri"
        while j > sentence.start and folded(doc[j]) in self.articles:
            j -= 1
        return j < noun.i and j >= sentence.start and self.base(doc[j]) in self.lexicon.cue("@adjunct")

    def _predicate(self, verb: Token, noun: Token) -> bool:
        """"è diventato il primo fornitore", "è il principale alleato": a noun a copula puts on its subject,
        with no preposition between ("si è opposta alle sanzioni" is no sanction)."""
        between = verb.doc[verb.i + 1 : noun.i]
        if verb.lemma_.lower() in self.returning and len(between) == 1 and self.base(between[0]) == "a":
            return True  # "sono tornate al tavolo dei negoziati", "si sono seduti al tavolo": taking part in it
        if verb.lemma_.lower() in self.copula and (len(between) == 1 and self.base(between[0]) == "a"
                                                   or [t.lower_ for t in between] == ["in", "stato", "di"]):
            return True  # "resterà al fianco dell'Ucraina", "è in stato di allerta": the copula's place is the subject's stance
        return verb.lemma_.lower() in self.copula and not any(self.base(t) in self.prepositions for t in between)

    def _relative_agent(self, noun: Token, reading: Reading) -> list[Placed]:
        """"le tariffe fino al 20% che Ottawa ha imposto sull'acciaio cinese", "l'intesa che Madrid ha firmato con
        Rabat": an event noun is the object of the light verb of the relative clause right after it, whose
        subject is the noun's agent."""
        sentence = reading.sentence
        doc = sentence.doc
        relative = next((t for t in doc[noun.i + 1 : min(sentence.end, noun.i + 1 + LIGHT_REACH)] if t.lower_ in self.complementizers), None)
        if relative is None or any(t.text in (",", ";", ":") or self.is_verb(t) or self.is_boundary(t) for t in doc[noun.i + 1 : relative.i]):
            return []
        subject = next((p for p in reading.mentions if p.start > relative.i and not _nested(p, reading.mentions)), None)
        if subject is None or any(folded(t) not in self.articles for t in doc[relative.i + 1 : subject.start]):
            return []
        verb = next((t for t in doc[subject.end : sentence.end] if t.lemma_.lower() not in self.auxiliaries), None)
        if verb is None or verb.lemma_.lower() not in self.light or not all(t.lemma_.lower() in self.auxiliaries for t in doc[subject.end : verb.i]):
            return []
        return self._subject_group(subject, reading)

    def _passive_light(self, token: Token, reading: Reading) -> bool:
        """"la proposta di tregua presentata dalla Francia": a passive light verb after the noun makes it, unless a
        common noun after a preposition stands between ("uno sciopero contro il piano presentato da X": the plan's)."""
        sentence = reading.sentence
        doc = sentence.doc
        end = self._clause_end(sentence, token.i + 1)
        for t in doc[token.i + 1 : end]:
            if self.base(t) in self.prepositions and self.base(t) not in self.lexicon.cue("@genitive"):
                k = self._past_articles(doc, t.i + 1, end)
                if k < end and doc[k].is_lower and doc[k].is_alpha and not self._passive(doc[k], sentence):
                    return False
            if self._passive(t, sentence) and t.lemma_.lower() in self.light:
                return True
        return False

    def _former(self, token: Token, sentence: Span) -> bool:
        """A title of an office not held now: a word before it ("ex", "allora", "già") or after it ("eletto"),
        or a span of time closed in its phrase ("cancelliera dal 2005 al 2021", "presidente fino al 2025")."""
        doc = sentence.doc
        before = {folded(doc[token.i - 1]), doc[token.i - 1].lower_} if token.i > sentence.start else set()
        if before & self.not_current.get("before", set()) or token.i + 1 < sentence.end and doc[token.i + 1].lower_ in self.not_current.get("after", set()):
            return True
        years = 0
        for t in doc[token.i + 1 : min(sentence.end, token.i + 1 + TITLE_REACH + 4)]:
            if t.text in (",", ";", ":", "(", ")") or self.is_verb(t):
                break
            if t.lower_ == "fino" and t.i + 1 < sentence.end and self.base(doc[t.i + 1]) == "a":
                return True
            years += t.like_num and len(t.text) == 4
        return years >= 2

    def _host(self, token: Token, reading: Reading, anyone: bool = False) -> list[Placed]:
        """The person a title names: right after it ("il presidente francese Macron"), or
        right before it across a comma ("Laura Bianchi, analista dell'ISPI"). A word of belonging
        (``anyone``: a ``memberOf`` row) names a state or body as well: "la Polonia, membro della Nato"."""
        doc = reading.sentence.doc
        for p in reading.mentions:
            if token.i < p.start <= token.i + 4 and p.mention.actor.type == "Person":
                if any(t.lower_ in self.coordinators or self.is_verb(t) for t in doc[token.i + 1 : p.start]):
                    break  # "il premier indiano e Giorgia Meloni", "il premier greco ha incontrato Erdogan": no one after "e" or a verb
                return [p]
            if token.i < p.start and p.start == token.i + 1:
                named = self._apposed(p, reading.mentions, doc)  # "l'omologo nigerino, il generale Mody"
                if named is not None:
                    return [named]
            # one adjective may come before the complement: "il capo politico di Hamas, Khalil al-Hayya"
            bent = token.i + 2 < p.start and doc[token.i + 1].is_lower and doc[token.i + 1].is_alpha and not self.is_verb(doc[token.i + 1]) \
                and self.base(doc[token.i + 2]) in self.lexicon.cue("@genitive")
            if token.i + 1 + bent < p.start <= token.i + 3 + bent and self.base(doc[token.i + 1 + bent]) in self.lexicon.cue("@genitive"):
                named = self._described(p, reading.mentions, doc)  # "il comandante della Kfor, il generale italiano X"
                if named is not None:
                    return [named]
        if anyone:
            # "Tra i Paesi del G7, solo l'Italia …": the member named after the comma that closes a fronted "tra i membri di"
            j = token.i - 1
            while j > reading.sentence.start and (folded(doc[j]) in self.articles or doc[j].lemma_.lower() in self.belonging or doc[j].lower_ in self.belonging):
                j -= 1
            if j < token.i - 1 and doc[j].lower_ in ("tra", "fra"):
                comma = next((k for k in range(token.i + 1, min(reading.sentence.end - 1, token.i + 1 + OBJECT_REACH))
                              if doc[k].text == "," or self.is_verb(doc[k])), None)
                if comma is not None and doc[comma].text == ",":
                    k = comma + 1
                    while k < reading.sentence.end and (folded(doc[k]) in self.articles or doc[k].lower_ in self.focus):
                        k += 1
                    first = next((p for p in reading.mentions if p.start == k), None)
                    if first is not None:
                        return self._coordinated(first, [p for p in reading.mentions if p.start > first.start], reading.sentence)
            # "I Paesi membri dell'Opec, tra cui Arabia Saudita ed Emirati": the members listed after "tra cui"
            for k in range(token.i + 1, min(reading.sentence.end - 2, token.i + 1 + OBJECT_REACH)):
                if doc[k].lower_ in ("tra", "fra") and doc[k + 1].lower_ == "cui":
                    j = self._past_articles(doc, k + 2, reading.sentence.end)
                    first = next((p for p in reading.mentions if p.start == j), None)
                    if first is not None:
                        return self._coordinated(first, [p for p in reading.mentions if p.start > first.start], reading.sentence)
                    break
                if self.is_verb(doc[k]):
                    break
        kinds = referring(self.lexicon, token.lemma_.lower())  # "Paese" hosts a state, not its leader
        before = [p for p in reading.mentions if p.end <= token.i]
        for p in reversed(before):
            between = doc[p.end : token.i]
            if anyone:
                # "la Svezia è diventata il 32° membro", "Francia e Germania, entrambi Stati membri dell'Ue": a
                # copula, a number or quantifier and the member's own kind stand between a member and its word
                while between and (between[-1].lemma_.lower() in self.belonging or between[-1].lower_ in self.belonging
                                   or between[-1].lower_ in self.articles or between[-1].like_num or between[-1].text.endswith("°")):
                    between = between[:-1]
            # one adjective may follow the comma: "la Spagna, unico Paese dell'Alleanza"
            if between and between[-1].is_lower and between[-1].is_alpha and not self.is_verb(between[-1]) and between[-1].lower_ not in self.articles \
                    and self.base(between[-1]) not in self.prepositions and (kinds or anyone):  # "il Giappone, stretto alleato di"
                between = between[:-1]
            if all(t.text == "," or t.lower_ in self.articles for t in between) and len(between) <= 3:
                if kinds and p.mention.actor.type not in kinds:
                    # "la Spagna di Pedro Sánchez, unico Paese …": the actor the person is "di"
                    owner = next((q for q in reversed(before) if q.end < p.start and 0 < p.start - q.end <= 2
                                  and self.base(doc[q.end]) in self.lexicon.cue("@genitive") and q.mention.actor.type in kinds), None)
                    return [owner] if owner is not None else []
                if not kinds and not anyone and p.mention.actor.type != "Person":
                    return []  # "Dopo la visita in Giappone, il presidente francese …": an office is held by a person
                if anyone:
                    run = next((self._coordinated(q, [m for m in before if m.start >= q.start], reading.sentence) for q in before
                                if q.start < p.start and p in self._coordinated(q, [m for m in before if m.start >= q.start], reading.sentence)), None)
                    return run or [p]
                return [p]
            break
        return []

    def _slot(self, token: Token, entry: Trigger, slot: str, reading: Reading, exclude: set[str]) -> list[Placed]:
        sentence = reading.sentence
        doc = sentence.doc
        end = min(self._clause_end(sentence, token.i + 1), token.i + 1 + OBJECT_REACH)
        if entry.frame == "noun" or slot.startswith("prep:"):
            end = min(sentence.end, token.i + 1 + OBJECT_REACH)
        if entry.frame == "noun":
            # "ha condotto esercitazioni militari e sospeso il dialogo con gli Stati Uniti": a noun's complement stops
            # where a coordinated predicate starts, as a verb's does
            end = min(end, self._next_predicate_start(token, sentence))
        if entry.frame == "verb":
            end = min(end, self._next_predicate_start(token, sentence))
            # "minaccia sanzioni contro la Lituania se aprirà un ufficio di Taiwan": the condition is not the verb's object
            end = min([end, *(c.marker for c in condition_clauses(sentence, self.markers) if c.marker > token.i)])
        usable = [p for p in reading.mentions if not self._excluded(p, reading) and p.mention.actor.iri not in exclude]
        if slot == "patient" and entry.relation in ASKED and token.i + 1 < sentence.end and doc[token.i + 1].text == ":":
            return self._bound_after_colon(token, reading, usable)
        if slot in ("patient", "xcomp"):
            clitic = self._clitic(token, reading, exclude)
            if clitic:
                return clitic
            if entry.frame == "verb" and self._object_clitic(token, reading.sentence):
                # "la Serbia lo respinse e anche la Russia si oppose", "la Germania l'ha criticata e la Francia …": a
                # direct-object clitic fills the object, so a thing's clitic leaves none to find after the verb
                return []
            reach = PATIENT_REACH if slot == "patient" else OBJECT_REACH  # "minacciato di imporre dazi … all'UE"
            # a direct object has no preposition: "ha ricevuto alla Farnesina l'omologo X" receives X,
            # "una pace giusta in Ucraina" asks nothing of Ukraine
            # quotes do not count: "ha respinto più volte i «diktat» dell'Fmi"
            within = token.i + 1 + reach + sum(t.is_quote for t in doc[token.i + 1 : token.i + 1 + reach]) + self._manner(token, reading)
            # "ha incontrato ieri ad Addis Abeba il presidente …": a place named before the object's article does not
            # count either
            article = next((t for t in doc[token.i + 1 : min(within, sentence.end - 1)] if folded(t) in self.articles), None)
            within += self._place_words(token, article) if article is not None else 0
            # "ha definito «una resa ai banchieri» la manovra del governo": a label put before the object is no part of it
            label = self._quoted_after(token, sentence) if self._label_first(token, sentence) else doc[token.i : token.i]
            within += len(label)
            after = [p for p in usable if token.i < p.start < end and self._title_opening(p, sentence) < within
                     and not label.start <= p.start < label.end + 1 and not self._governed(p, sentence, reading.mentions)]
            if not after and slot == "xcomp":
                after = self._complement_object(token, reading, usable, min(end, token.i + 1 + reach))
            if not after and slot == "patient":
                after = self._partner(token, reading, usable, end) or self._named_after(token, reading, usable, end)
            if after and slot == "patient" and entry.relation in ASKED and doc[token.i + 1].lower_ in self.complementizers:
                return self._asked_subject(token, after, reading, usable)
            if not after or any(t.lower_ in self.complementizers for t in doc[token.i + 1 : after[0].start]):
                return []
            if slot == "patient" and self._relative_subject(token, reading) is not None and any(self.is_verb(t) for t in doc[token.i + 1 : after[0].start]):
                return []  # "l'esercito che la Francia ha addestrato per anni ha attaccato il Mali": "che" is the object
            if slot == "patient" and self._infinitive_before(doc, token.i + 1, after[0].start):
                return []  # "ha invitato tutte le parti a proteggere i civili": the civilians are the infinitive's
            if slot == "patient" and (self._suffered(after[0], sentence) or self._genitive_of_noun(after[0], sentence)):
                # "ha criticato il riconoscimento della Palestina da parte della Spagna": the act's agent is judged
                by = self._by_phrase(after[0].end, reading, BY_REACH)
                if by or self._suffered(after[0], sentence):
                    return [p for p in by if p.mention.actor.iri not in exclude]  # "ha condannato l'invasione dell'Ucraina": not the invaded
            holder = self._apposed_holder(after[0], reading, usable) if slot == "patient" else None
            if holder is not None:
                return [holder]
            return self._coordinated(after[0], [p for p in usable if p.start >= after[0].start and p is not after[0]], sentence)
        if slot.startswith("prep:") or slot == "place":
            words = {slot[5:]} if slot != "place" else self.lexicon.cue("@place")
            if slot == "place" and end < sentence.end and doc[end].text == "," and end + 1 < sentence.end and self.base(doc[end + 1]) in words:
                # "ha colpito Leopoli, nell'ovest dell'Ucraina": a place the gazetteer lacks, set in the one it has
                end = min(self._clause_end(sentence, end + 1), token.i + 1 + OBJECT_REACH)
            if "host" in entry.subject:
                end = min(end, token.i + 1 + TITLE_REACH)  # "l'ex ministro X, leader del partito": "del" is the next title's
            antecedent = self._relative_antecedent(token, words, reading, usable)
            if antecedent:
                return antecedent
            crossed = False  # a comma passed: a verb after it opens another clause
            for t in doc[token.i + 1 : end]:
                crossed = crossed or t.text == ","
                if entry.frame == "noun" and crossed and self.is_verb(t):
                    break  # "su richiesta degli Stati Uniti, che lo accusano di aver fornito droni ai Pasdaran": "ai" is the verb's
                if self._opens_infinitive(doc, t.i):
                    break  # "ha chiesto di inviare armi all'Ucraina": "all'" is the infinitive's
                if entry.frame == "verb" and t.lower_ in self.complementizers:
                    break  # "ha chiesto che Kiev rinunci alla Nato": "alla" is the clause's
                if entry.frame == "verb" and t.lower_ == "come" and t.i + 1 < end and not self.is_verb(t.nbor(1)):
                    break  # "ha inviato una portaerei come monito all'Iran": "all'" is the predicative noun's
                if self.base(t) in words and self.base(t) in self.agent_markers and t.i - 1 > token.i and self._participle_before(t):
                    continue  # "compra petrolio russo nonostante i dazi imposti da Washington": the participle's agent
                if entry.frame == "verb" and self.base(t) in words & self.lexicon.cue("@comitative") \
                        and any(self._owns_partner(u, entry, t, sentence) for u in doc[token.i + 1 : t.i]):
                    return []  # "a condizione che Tunisi firmi l'accordo con il Fmi": the partner is the agreement's, read by the noun
                if self.base(t) in words:
                    found = self._object_of(t, reading, usable)
                    if found or slot != "place":
                        return found
            fronted = self._fronted_complement(token, words, reading, usable) if slot != "place" else []
            if fronted:
                return fronted
            if slot == "prep:a" and (dative := self._dative(token, entry, reading, exclude)):
                return dative
            if entry.frame == "noun" and slot != "place":
                return self._before_noun(token, words, reading, usable)
            return []
        if slot == "mod":
            after = [p for p in usable if token.i < p.start <= token.i + 2 and not _hyphenated(p, doc)]
            return after[:1]
        if slot == "host":
            return [p for p in self._host(token, reading) if p.mention.actor.iri not in exclude]
        if slot == "previous":
            return self._office_of_previous(token, reading, exclude)
        return []

    def _office_of_previous(self, token: Token, reading: Reading, exclude: set[str]) -> list[Placed]:
        """"La Cgil ha proclamato uno sciopero. Il segretario Maurizio Landini …": a bare title (no complement
        between it and the person) of an office in an organisation heads the company or union the sentence
        before names first."""
        doc = reading.sentence.doc
        host = self._host(token, reading)
        if not host or host[0].start <= token.i or any(not t.is_lower or self.base(t) in self.prepositions for t in doc[token.i + 1 : host[0].start]):
            return []
        body = next((m for m in reading.previous if m.actor.type == "Organization" and m.actor.iri not in exclude), None)
        if body is None:
            return []
        return [Placed(token.i, token.i + 1, replace(body, start=token.idx, end=token.idx + len(token.text), text=token.text))]

    def _fronted_complement(self, token: Token, words: frozenset[str] | set[str], reading: Reading, usable: list[Placed]) -> list[Placed]:
        """"Con la Francia, l'Italia ha firmato un memorandum": a complement put first, its preposition opening the
        sentence and a comma closing it, is the complement of the main clause's trigger after that comma."""
        sentence = reading.sentence
        doc = sentence.doc
        if self.base(doc[sentence.start]) not in words:
            return []
        k = self._past_articles(doc, sentence.start + 1, token.i)
        first = next((p for p in usable if p.start == k), None)
        if first is None:
            return []
        group = self._coordinated(first, [p for p in usable if p.start > first.start], sentence)
        end = max(p.end for p in group)
        if end >= token.i or doc[end].text != "," or any(t.text in (",", ";", ":") or self.is_boundary(t) for t in doc[end + 1 : token.i]):
            return []
        return group

    def _infinitive_before(self, doc: Doc, start: int, end: int) -> bool:
        """A preposition and an infinitive between ``start`` and ``end`` after words of their own ("ha invitato
        tutte le parti a proteggere i civili"): what follows is that infinitive's object, not the trigger's.
        Right after the trigger the infinitive is the trigger's own complement ("ha accettato di ritirare le
        truppe dalla Georgia" concedes to Georgia)."""
        return any(self._opens_infinitive(doc, i) for i in range(start + 1, end - 1))

    def _opens_infinitive(self, doc: Doc, i: int) -> bool:
        """Token ``i`` is a preposition and the next an infinitive: "a proteggere", "di imporre", "di vendicarsi"."""
        return i + 1 < len(doc) and self.base(doc[i]) in self.prepositions and self._infinitive(doc[i + 1])

    def _infinitive(self, token: Token) -> bool:
        """"imporre", or an infinitive with an enclitic pronoun ("vendicarsi", "ritirarla": the pronoun for the final -e);
        not a plural noun of the same shape ("di terre rare", "le frontiere": their lemma is no infinitive)."""
        word = token.lower_
        if word.endswith(self.verb_endings):
            return infinitive(token)
        return any(
            word.endswith(c) and (word[: -len(c)] + "e").endswith(self.verb_endings) for c in self.clitics | self.reflexives if len(word) > len(c) + 3
        )

    def _complement_object(self, token: Token, reading: Reading, usable: list[Placed], end: int) -> list[Placed]:
        """"ha minacciato di imporre dazi al Canada": the first actor of a complement opened by a preposition and
        an infinitive may stand behind a preposition of that infinitive; not one a forum word puts there ("di portare
        il caso davanti all'Onu": the UN hears the case)."""
        doc = reading.sentence.doc
        if token.i + 2 >= end or not self._opens_infinitive(doc, token.i + 1):
            return []
        for t in doc[token.i + 3 : end]:
            if t.is_punct or t.lower_ in self.complementizers or self.is_boundary(t):
                return []
            if self.base(t) in self.prepositions:
                return [] if self._after_forum(t) else self._object_of(t, reading, usable)
        return []

    def _relative_antecedent(self, token: Token, words: set[str] | frozenset[str], reading: Reading, usable: list[Placed]) -> list[Placed]:
        """"l'omologo francese Jean Morel, al quale ha chiesto di …": a verb opening a relative clause with
        the slot's preposition and a relative pronoun ("al quale", "con cui") takes the actor right before
        the comma for that slot."""
        doc = reading.sentence.doc
        j = token.i - 1
        while j > reading.sentence.start and (doc[j].lemma_.lower() in self.auxiliaries or folded(doc[j]) in self.clitics or doc[j].lower_ in self.lexicon.cue("@negation")):
            j -= 1
        subject = next((p for p in reading.mentions if p.end == j + 1), None)
        if subject is not None:
            # the relative clause's own subject before its verb: "la Nato, di cui la Norvegia è membro", "il piano,
            # contro il quale la Francia ha votato"
            j = subject.start - 1
            while j > reading.sentence.start and folded(doc[j]) in self.articles:
                j -= 1
        if j < reading.sentence.start + 2 or doc[j].lower_ not in self.relatives:
            return []
        preposition = doc[j - 1] if folded(doc[j - 1]) not in self.articles else doc[j - 2]  # "al quale", "contro il quale"
        if self.base(preposition) not in words or preposition.i < 1 or doc[preposition.i - 1].text != ",":
            return []
        return [p for p in usable if p.end == preposition.i - 1][:1]

    def _offered(self, noun: Token, entry: Trigger, reading: Reading) -> bool:
        """An agreement or talks whose light verb is a verb of offering ("ha offerto a Kiev un cessate il fuoco")."""
        if entry.frame != "noun" or entry.relation not in ("agreesWith", "negotiatesWith"):
            return False
        for t in reversed(reading.sentence.doc[max(reading.sentence.start, noun.i - LIGHT_REACH) : noun.i]):
            if t.is_punct:
                return False
            if self.is_verb(t):
                return t.lemma_.lower() in self.lexicon.cue("@offer")
        return False

    def _before_noun(self, noun: Token, words: set[str] | frozenset[str], reading: Reading, usable: list[Placed]) -> list[Placed]:
        """"ha firmato con l'Argentina un accordo", "ha avuto con Lula un colloquio": the complement of a noun
        set between the light verb that governs it and the noun; a noun of measure before it ("ha promesso all'Ucraina
        un nuovo pacchetto di aiuti") does not count against the reach."""
        doc = reading.sentence.doc
        measure = 2 if noun.i - 2 >= reading.sentence.start and folded(doc[noun.i - 1]) == "di" and doc[noun.i - 2].is_lower \
            and doc[noun.i - 2].is_alpha and not self.is_verb(doc[noun.i - 2]) else 0
        for t in reversed(doc[max(reading.sentence.start, noun.i - LIGHT_REACH - measure) : noun.i]):
            if t.is_punct:
                return []
            if self.is_verb(t):
                if t.lemma_.lower() not in self.light:
                    return []
                marker = next((u for u in doc[t.i + 1 : noun.i] if self.base(u) in words), None)
                return self._object_of(marker, reading, usable) if marker is not None else []
        return []

    def _partner(self, token: Token, reading: Reading, usable: list[Placed], end: int) -> list[Placed]:
        """"ha elogiato la collaborazione con le autorità egiziane", "ha criticato l'accordo con la Cina": a
        verb whose object is an event noun of the lexicon, and no actor, reaches the actor of the noun's own
        preposition right after it."""
        sentence = reading.sentence
        doc = sentence.doc
        j = token.i + 1
        while j < end and (folded(doc[j]) in self.articles or doc[j].is_quote):
            j += 1
        if j + 1 >= end or not doc[j].is_lower:
            return []
        event = self.match(doc[j], sentence)
        if event is None or event.frame != "noun" or "prep:" + self.base(doc[j + 1]) not in event.object:
            return []
        if vocabulary()[event.relation].group == "conflictual" and self.base(doc[j + 1]) not in self.lexicon.cue("@comitative"):
            return []  # "ha condannato l'attacco contro Israele": who suffers a hostile act is not judged with it
        return self._object_of(doc[j + 1], reading, usable)

    def _named_after(self, token: Token, reading: Reading, usable: list[Placed], end: int) -> list[Placed]:
        """"ha arrestato il direttore del porto, Nikos Papadakis, e …": a direct object described by a
        common noun phrase is the person named right after its comma."""
        doc = reading.sentence.doc
        if end >= reading.sentence.end or doc[end].text != "," or end - token.i > PATIENT_REACH or folded(doc[token.i + 1]) not in self.articles:
            return []
        if self._inverted(token, reading.sentence):
            return []  # "…, ha denunciato la portavoce dell'associazione, Anna Ferri": the speaker
        # a capitalised place that is no actor may describe ("il sindaco di Istanbul, Ekrem İmamoğlu"); a name that is one may not
        if any(self.is_verb(t) or not t.is_lower and any(p.start <= t.i < p.end for p in reading.mentions) for t in doc[token.i + 1 : end] if t.is_alpha):
            return []
        named = next((p for p in usable if p.start == end + 1), None)
        if named is None or named.mention.actor.type != "Person" or (named.end < reading.sentence.end and doc[named.end].text not in (",", ".", ";")):
            return []
        return [named]

    def _manner(self, token: Token, reading: Reading) -> int:
        """"ha condannato con la massima fermezza la decisione dell'Ecuador", "«con la massima fermezza»": a phrase of
        manner with "con" right after the verb, up to the article of its object, does not count against its reach
        (no actor in it: "ha discusso con la Francia il piano" is a partner)."""
        doc, end = reading.sentence.doc, reading.sentence.end
        i = token.i + 1
        while i < end and doc[i].is_quote:
            i += 1
        if i >= end or self.base(doc[i]) != "con":
            return 0
        for k in range(i + 2, min(end, i + 6)):
            if folded(doc[k]) in self.articles and doc[k - 1].is_lower and doc[k - 1].is_alpha and folded(doc[k - 1]) not in self.articles \
                    or doc[k].is_quote and k + 1 < end and folded(doc[k + 1]) in self.articles:
                if any(p.start < k and p.end > i for p in reading.mentions):
                    return 0
                return k - token.i - 1
        return 0

    def _bound_after_colon(self, token: Token, reading: Reading, usable: list[Placed]) -> list[Placed]:
        """"Ankara insiste: la Svezia deve estradare …", "L'Ue chiede: Mosca deve ritirarsi": what is asked after a
        colon is asked of the clause's subject when it is bound by "dovere" (its article before, its modal right after)."""
        doc = reading.sentence.doc
        first = next((p for p in usable if p.start > token.i + 1), None)
        if first is None or any(folded(t) not in self.articles and not t.is_quote for t in doc[token.i + 2 : first.start]) or first.end >= reading.sentence.end:
            return []
        return [first] if doc[first.end].lemma_.lower() == "dovere" or doc[first.end].lower_.startswith(("deve", "dovr", "dovev")) else []

    def _asked_subject(self, token: Token, after: list[Placed], reading: Reading, usable: list[Placed]) -> list[Placed]:
        """"La Russia esige che l'Ucraina rinunci alla Nato": what is asked or demanded in a "che" clause right
        after the verb is asked of that clause's subject, the actor after "che" (its article between) with a verb
        right after it."""
        doc = reading.sentence.doc
        first = after[0]
        if any(folded(t) not in self.articles for t in doc[token.i + 2 : first.start]):
            return []
        subjects = [first]
        for p in usable:  # "che l'Ue e la Nato intervengano"
            gap = doc[subjects[-1].end : p.start]
            if p.start >= subjects[-1].end and len(gap) and all(folded(t) in self.coordinators | self.articles or t.text == "," for t in gap) \
                    and any(folded(t) in self.coordinators for t in gap):
                subjects.append(p)
        j = subjects[-1].end
        while j < reading.sentence.end and folded(doc[j]) in self.lexicon.cue("@negation"):
            j += 1  # "che la Nato non si allarghi"
        # a subjunctive read as a noun or an adjective is still the verb when an article follows it: "che Bruxelles
        # sblocchi i fondi", "che Kiev liberi i prigionieri"
        # (an adverb between: "che Caracas liberi immediatamente i detenuti", "che Budapest sblocchi subito i fondi")
        k = j + 2 if j + 2 < reading.sentence.end and self._adverb(doc[j + 1]) else j + 1
        shaped = k < reading.sentence.end and doc[j].is_lower and self.base(doc[j]) not in self.prepositions and folded(doc[k]) in self.articles
        if j >= reading.sentence.end or not (self.is_verb(doc[j]) or shaped or folded(doc[j]) in self.clitics or folded(doc[j]) in self.reflexives):
            return []
        if doc[j].lemma_.lower() in self.passive and j + 1 < reading.sentence.end and self.is_verb(doc[j + 1]):
            return []  # "ha chiesto che Kiev venga punita": what is asked is done to the subject, not by it
        return subjects

    def _governed(self, p: Placed, sentence: Span, mentions: tuple[Placed, ...]) -> bool:
        """The actor is a place or complement ("alla Farnesina", "in Ucraina"), or joined by "e" to one
        ("i colloqui tra Israele e Hamas"), not an owner ("la decisione di Mosca")."""
        before = self._previous_word(p.start, sentence)
        if before is None:
            return False
        if before.lower_ in self.coordinators:
            joined = next((q for q in mentions if q.end == before.i), None)
            return joined is not None and self._governed(joined, sentence, mentions)
        return self.base(before) in self.lexicon.cue("@oblique")

    def _object_of(self, preposition: Token, reading: Reading, usable: list[Placed]) -> list[Placed]:
        """The actor a preposition introduces: within a few words, no verb or comma between."""
        doc = reading.sentence.doc
        titled = self._title_holder_after(preposition, reading, usable)
        if titled is not None:
            return [titled]
        after = [p for p in reading.mentions if p.start > preposition.i]
        if not after:
            return []
        first = after[0]
        gap = doc[preposition.i + 1 : first.start]
        if len(gap) > 2 and self.base(gap[0]) == "a" and self.base(preposition) != "a" and gap[1].is_lower and gap[1].is_alpha \
                and self.base(gap[2]) in self.lexicon.cue("@genitive"):
            # "un presidio davanti alla sede dell'Asl", "davanti all'ingresso del Cardarelli": after a preposition
            # made with "a", the place named is its owner's
            gap = gap[2:]
        if first in usable and self._authored(gap):
            return self._coordinated(first, [p for p in usable if p.start >= first.start and p is not first], reading.sentence)
        if len(gap) > PREP_GAP or any(t.is_punct or self.is_verb(t) or self.is_boundary(t) for t in gap):
            return []
        genitive = self.lexicon.cue("@genitive")
        goods = self.lexicon.cue("@goods")
        # "sulle importazioni dal Messico", "sulle esportazioni di terre rare verso il Giappone": the goods' origin or
        # destination after "da" or "verso" is whom a measure on them hits
        traded = any(t.lemma_.lower() in goods for t in gap) and self.base(gap[-1]) in ("da", "verso") if gap else False
        if not traded and any(self.base(t) in self.prepositions and self.base(t) not in genitive and t.nbor(-1).lemma_.lower() not in self.role_nouns for t in gap):
            # "il ripristino delle relazioni con gli Stati Uniti": the actor is the complement of "con", not of
            # "di"; a title's own complement is part of the phrase ("con il segretario al Commercio Lutnick")
            return []
        if first not in usable:
            return []
        if self.base(preposition) in self.lexicon.cue("@comitative") and any(self._event_noun(t, reading.sentence) for t in gap):
            return []  # "hanno raggiunto una tregua con la mediazione del Qatar": the genitive is the means' agent, not a party
        return self._coordinated(first, [p for p in usable if p.start >= first.start and p is not first], reading.sentence)

    def _authored(self, gap: Span) -> bool:
        """"contro il decreto sulle pensioni approvato dal governo", "sulla chiusura del reparto decisa dall'Asp": a
        preposition's object that is an act, closed by a participle and its agent's "da", reaches the act's author."""
        if len(gap) < 4 or len(gap) > PREP_GAP + 3 or not self._determiner(gap[0]) or self.base(gap[-1]) not in self.agent_markers:
            return False
        # the participle's shape, not the lemmatiser's word on it: it takes "firmata" and "decisa" for adjectives
        participle, act = gap[-2], gap[1:-2]
        return participle.is_lower and participle.is_alpha and participle.lower_.endswith(self.participles) \
            and not any(t.is_punct or self.is_verb(t) or self.is_boundary(t) or not t.is_lower for t in act)

    def _title_holder_after(self, preposition: Token, reading: Reading, usable: list[Placed]) -> Placed | None:
        """"ha chiesto al presidente dell'ente, Stefano Paolicchi, di …", "al ministro per lo Sport e i giovani, Andrea
        Abodi, di …": a title right after the preposition whose complement a comma closes is held by the person named
        between that comma and the next stop, who is the preposition's actor (not an actor inside the complement).
        Without commas the person closes the title's phrase: "ha telefonato al presidente del Consiglio europeo
        António Costa"."""
        sentence = reading.sentence
        doc = sentence.doc
        k = self._past_articles(doc, preposition.i + 1, sentence.end)
        if k >= sentence.end or not doc[k].is_lower or not self._role_noun(doc[k]):
            return None
        comma = next((j for j in range(k + 1, min(sentence.end, k + 1 + INSERTION_REACH)) if doc[j].is_punct or self.is_verb(doc[j])), None)
        closing = next((p for p in usable if k < p.start < (comma if comma is not None else min(sentence.end, k + 1 + INSERTION_REACH))
                        and p.mention.actor.type == "Person"), None)
        if closing is not None and any(q.end == closing.start for q in reading.mentions) \
                and any(self.base(t) in self.lexicon.cue("@genitive") for t in doc[k + 1 : closing.start]):
            return closing  # the complement's actor ("del Consiglio europeo") stands right before the holder
        if comma is None or doc[comma].text != ",":
            return None
        person = next((p for p in usable if p.start == comma + 1 and p.mention.actor.type == "Person"), None)
        if person is None or person.end < sentence.end and not doc[person.end].is_punct:
            return None
        return person

    def _owns_partner(self, noun: Token, verb_entry: Trigger, preposition: Token, sentence: Span) -> bool:
        """Whether ``noun``, between a verb and its partner's ``preposition`` ("con"), is an act of the verb's own
        relation that takes that preposition itself ("firmare l'accordo con X"): the partner is the noun's."""
        if not noun.is_lower or not noun.is_alpha:
            return False
        entry = self.match(noun, sentence)
        return entry is not None and entry.frame == "noun" and entry.relation == verb_entry.relation and "prep:" + self.base(preposition) in entry.object

    def _event_noun(self, token: Token, sentence: Span) -> bool:
        """A common noun the lexicon reads as an act ("mediazione", "sostegno"), not a group or an office."""
        entry = self.match(token, sentence) if token.is_lower else None
        return entry is not None and entry.frame == "noun" and entry.relation in vocabulary() and vocabulary()[entry.relation].group != "fact"

    def _clitic(self, token: Token, reading: Reading, exclude: set[str]) -> list[Placed]:
        """"lo ha criticato": the object is the last actor mentioned in object position, else the last person
        named before the clitic, else the first person of the sentence before."""
        sentence = reading.sentence
        if token.lower_.endswith(tuple(g + c for g in self.lexicon.suffixes("@gerund") for c in self.clitics if c.isalpha())):
            # "ha attaccato il governo, accusandolo di …": a pronoun joined to a gerund stands for the verb's object just
            # before its comma ("ha respinto le accuse, definendole …" stands for no actor)
            before = next((p for p in reversed(reading.mentions) if p.end < token.i), None)
            verb = self._previous_word(before.start, sentence) if before is not None else None
            if before is None or before.end != token.i - 1 or token.doc[before.end].text != "," or verb is None or not self.is_verb(verb) \
                    or before.mention.actor.iri in exclude:
                return []
            return [before]
        j = token.i - 1
        while j > sentence.start and token.doc[j].lemma_.lower() in self.auxiliaries:
            j -= 1
        if j < sentence.start or folded(token.doc[j]) not in self.clitics:
            return []
        # a pair word standing alone after the verb ("entrambi", not "due volte") says which
        after = token.nbor(2) if token.i + 2 < sentence.end else None
        both = token.i + 1 < sentence.end and folded(token.nbor(1)) in self.lexicon.cue("@pair") and (
            after is None or not after.is_alpha or self.base(after) in self.prepositions | self.coordinators)
        if both:  # "… ci hanno sostenuto, e li ho ringraziati entrambi": the last actors joined
            groups, chain = [], []
            for p in (p for p in reading.mentions if p.end <= j and p.mention.actor.iri not in exclude):
                join = self._joins(token.doc[chain[-1].end : p.start]) if chain and chain[-1].end <= p.start else ""
                chain = [*chain, p] if join else [p]
                if join == "and":
                    groups.append(chain)
            return groups[-1] if groups else []
        return self._clitic_referent(token, j, reading, exclude)

    def _object_clitic(self, token: Token, sentence: Span) -> bool:
        """An accusative clitic ("lo", "la", "l'", "li"; not "le", also a dative) right before the verb group of ``token``."""
        j = token.i - 1
        while j > sentence.start and token.doc[j].lemma_.lower() in self.auxiliaries:
            j -= 1
        return j >= sentence.start and folded(token.doc[j]) in self.clitics - self.lexicon.cue("@dative")

    def _clitic_referent(self, token: Token, j: int, reading: Reading, exclude: set[str], dative: bool = False) -> list[Placed]:
        """Whom the clitic at ``j`` stands for: the last actor in object position before it, else the last person
        named before it, else the person the sentence before is about (for a dative, its first actor)."""
        sentence = reading.sentence
        for p in reversed(reading.mentions):
            before = self._previous_word(p.start, sentence)
            if p.end <= j and before is not None and (self.is_verb(before) or self._phrase_object(p, sentence)) and p.mention.actor.iri not in exclude:
                return [p]  # the last direct object ("ha incontrato Macron a Parigi e lo …", "ha convocato due diplomatici tedeschi e li …")
        earlier = [p for p in reading.mentions if p.end <= j and p.mention.actor.iri not in exclude and not _nested(p, reading.mentions)]
        if earlier:
            # else the last person named, whoever governs it: "ha telefonato a Lula e lo ha ringraziato",
            # "X è stato ricevuto dalla premier Y, che lo ha elogiato"
            return [p for p in earlier if p.mention.actor.type == "Person"][-1:]
        # none in the sentence: the person the sentence before is about ("Macron ha visitato Dakar. Il presidente
        # senegalese lo ha ringraziato": the first person named there); "gli" may stand for a group or a state too
        # ("Hezbollah ha accettato il principio. Non possiamo chiedergli di disarmare")
        for m in reading.previous:
            if (dative or m.actor.type == "Person") and m.actor.iri not in exclude:
                return [Placed(token.i, token.i + 1, replace(m, start=token.doc[j].idx, end=token.doc[j].idx + len(token.doc[j].text), text=token.doc[j].text))]
        return []

    def _participle_before(self, marker: Token) -> bool:
        """A past participle right before ``marker`` that describes the noun before it ("i dazi imposti da", "il governo
        groenlandese guidato da"): the marker names its agent. After a verb ("si è detto deluso dalla scelta di X") the
        participle is the verb's own predicate."""
        before = marker.nbor(-1)
        lemma = before.lemma_.lower()
        if before.i - 1 < 0:
            return False
        noun = before.nbor(-1)
        return before.is_lower and before.lower_ != lemma and before.lower_.endswith(self.participles) \
            and (lemma.endswith(self.verb_endings) or _verb_of(lemma) is not None) \
            and noun.is_lower and noun.is_alpha and not self._verb_form(noun) \
            and not (noun.i > 0 and noun.nbor(-1).lemma_.lower() in self.auxiliaries)  # "imposte" → "imposto" → "imporre"

    def _dative(self, token: Token, entry: Trigger, reading: Reading, exclude: set[str]) -> list[Placed]:
        """An "a" slot that an indirect object clitic fills (``@dative``): before the verb or its auxiliary ("gli ha
        concesso un prestito", "le ha chiesto di"), or after an infinitive or a gerund ("per confermarle il
        sostegno", "chiedergli di disarmare"); for a noun, on the light verb right before it ("gli ha promesso
        sostegno"). The clitic stands for whom a clitic object would (``_clitic_referent``). "le" before a
        participle in -e is the object ("le ha inviate"), no dative."""
        sentence, doc = reading.sentence, reading.sentence.doc
        words = self.lexicon.cue("@dative")
        endings = self.lexicon.suffixes("@dative")
        verb = token
        if entry.frame == "noun":
            k = token.i - 1
            while k > sentence.start and token.i - k <= 2 and (folded(doc[k]) in self.articles or doc[k].is_lower and doc[k].is_alpha and not self.is_verb(doc[k])):
                k -= 1  # "gli ha promesso pieno sostegno", "un prestito"
            if k < sentence.start or not self.is_verb(doc[k]) or doc[k].lemma_.lower() not in self.light:
                return []
            verb = doc[k]
        if endings and verb.lower_ != verb.lemma_.lower() and verb.lower_.endswith(endings) and verb.lemma_.lower().endswith(self.verb_endings):
            return self._clitic_referent(verb, verb.i, reading, exclude, dative=True)
        j = verb.i - 1
        while j > sentence.start and (doc[j].lemma_.lower() in self.auxiliaries or self._adverb(doc[j])):
            j -= 1
        if j < sentence.start or folded(doc[j]) not in words:
            return []
        if folded(doc[j]) in self.clitics and j < verb.i - 1 and verb.lower_.endswith("e"):
            return []  # "le ha inviate": the participle agrees with an object
        return self._clitic_referent(verb, j, reading, exclude, dative=True)

    def _phrase_object(self, p: Placed, sentence: Span) -> bool:
        """"ha convocato due diplomatici tedeschi": an actor ending a noun phrase of lowercase words (no
        preposition) right after a verb is that verb's object."""
        doc = sentence.doc
        for t in reversed(doc[max(sentence.start, p.start - OBJECT_PHRASE) : p.start]):
            if self.is_verb(t):
                return t.i < p.start - 1
            if not (t.is_lower and t.is_alpha or t.like_num) or self.base(t) in self.prepositions | self.coordinators | self.complementizers:
                return False
        return False

    def _condition_slot(self, token: Token, entry: Trigger, sentence: Span) -> str | None:
        if entry.condition is None or not entry.condition.startswith("prep:"):
            return None
        i, named = self._terms_at(token, entry, sentence)
        return _text(sentence.doc[i + 1 : self._clause_end(sentence, i + 1)]) if i is not None else "" if named else None

    def _terms_at(self, token: Token, entry: Trigger, sentence: Span) -> tuple[int | None, bool]:
        """The preposition that opens the terms of a verb of making terms, and whether a phrase of it names someone."""
        word = entry.condition[5:]
        doc = sentence.doc
        at = [t.i for t in doc[token.i + 1 : sentence.end] if self.base(t) == word]
        # "lega gli aiuti alla Tunisia alle riforme": a phrase that names someone is whom the thing is for
        named = [i for i in at if any(u.text[:1].isupper() for u in doc[i + 1 : i + 3] if u.lower_ not in self.lexicon.cue("@article"))]
        return next((i for i in at if i not in named), None), bool(named)

    def _given_on_terms(self, token: Token, entry: Trigger, reading: Reading) -> str | None:
        """What a verb of making terms gives on them, named by the thing it makes conditional: "ha subordinato gli aiuti alla
        Tunisia al rispetto …" aids, "i nuovi fondi per la Turchia" (money) aids, "la revoca delle sanzioni" concedes."""
        terms, _ = self._terms_at(token, entry, reading.sentence)
        if terms is None:
            return None
        made = reading.sentence.doc[token.i + 1 : terms]
        if any(t.is_punct or self.is_verb(t) for t in made):
            return None
        return given_on_terms(made, lambda t: self._trigger(t, reading), self.markers)

    # --- qualifiers ----------------------------------------------------------------------
    def _window(self, token: Token, sentence: Span) -> list[Token]:
        doc = sentence.doc
        start = max(sentence.start, token.i - QUALIFIER_WINDOW)
        words = [t for t in doc[start : token.i]]
        for i, t in enumerate(words):
            if t.text in (",", ";", ":") or self.is_boundary(t):
                words = words[i + 1 :]
                break
        return words

    def _irrealis(self, token: Token, sentence: Span) -> bool:
        """Inside what is asked or proposed ("la proposta … di utilizzare … per finanziare",
        "ha chiesto a Pechino di usare"): back to the start of the clause."""
        wished = self.lexicon.cue("@irrealis")
        doc = sentence.doc
        for t in reversed(doc[max(sentence.start, token.i - IRREALIS_REACH) : token.i]):
            if t.is_punct:
                break
            if t.lower_ in self.complementizers:
                # "ha espresso la speranza che Kiev e Mosca riprendano i negoziati": the clause is wished
                if t.i > sentence.start and (doc[t.i - 1].lemma_.lower() in wished or doc[t.i - 1].lower_ in wished):
                    return True
                break
        for t in reversed(doc[max(sentence.start, token.i - IRREALIS_REACH) : token.i]):
            if t.is_punct or t.lower_ in self.coordinators or self.is_boundary(t):
                return False
            if t.lemma_.lower() in wished or t.lower_ in wished:
                return True
        return False

    def qualify(self, c: Candidate, reading: Reading) -> tuple[str, Qualifiers]:
        """The relation name (``rifiutare di`` turns it into ``rejects``) and its qualifiers."""
        cue = self.lexicon.cue
        sentence = reading.sentence
        named = {i for p in reading.mentions for i in range(p.start, p.end)}
        window = [t for t in self._window(c.trigger, sentence) if t.i not in named]  # "Medici senza frontiere" is no negation
        lemmas = {t.lemma_.lower() for t in window} | {t.lower_ for t in window}
        forms = [t.lower_ for t in (*window, c.trigger)]
        relation = "rejects" if lemmas & cue("@rejection") else c.relation
        negated = bool(lemmas & (cue("@negation") | cue("@failure"))) or not self.is_verb(c.trigger) and self._called_off(c.trigger, sentence)
        attributed, denied = self._attribution(c.trigger, reading)
        # "ARÉVALO: Gli Stati Uniti ci hanno sostenuto": what others did, by the speaker's word; and "TAJANI: L'Italia riaprirà
        # l'ambasciata solo se …": the speaker's state named, not the turn's "we" ("siamo pronti"), is reported by the speaker too
        if attributed is None and reading.turn is not None and c.subject not in reading.turn and c.subject.actor.iri != reading.turn[0].actor.iri:
            attributed = reading.turn[0].actor
        condition = c.condition or self._condition(c.trigger, sentence)
        negated = (negated and c.frame not in CONDITION_FRAMES) != denied  # "non tratterà finché X non se ne va" chiede, senza negazione
        # "will sign no deal with Beijing unless …", "non firmerà alcun accordo se …": an act withheld on terms is offered on them
        negated = negated and not (c.condition and not denied)
        modality = "asserted"
        if condition:
            modality = "conditional"
        elif lemmas & cue("@hypothetical") or any(f.endswith(self.lexicon.suffixes("@hypothetical")) for f in forms if self.lexicon.suffixes("@hypothetical")):
            modality = "hypothetical"
        elif lemmas & cue("@future") or any(f.endswith(self.lexicon.suffixes("@future")) for f in forms if self.lexicon.suffixes("@future")):
            modality = "future"
        if attributed is not None and modality in ("conditional", "hypothetical") and attributed.iri == c.subject.actor.iri:
            attributed = None  # "Hamas said it would free the hostages only if …": one's own offer or intent, not a report
        return relation, Qualifiers(negated, modality, condition, attributed)

    def _calls_off(self, verb: Token, sentence: Span) -> bool:
        """A verb of calling off (``@cancelled``) whose direct object is an event the lexicon reads ("ha annullato il
        vertice", "ha annullato le sanzioni"): it calls the event off; annulling a thing no row names ("la delibera")
        rejects its author."""
        j = self._past_articles(sentence.doc, verb.i + 1, sentence.end)
        return j < sentence.end and self._event_noun(sentence.doc[j], sentence)

    def _called_off(self, noun: Token, sentence: Span) -> bool:
        """"Il vertice tra Putin e Trump previsto a Budapest è stato annullato", "Salta l'incontro tra X e Y": an
        event noun that is the subject of a verb of calling off (after its first auxiliary, "essere", or the verb
        right before its article) did not happen."""
        doc = sentence.doc
        before = [t for t in doc[max(sentence.start, noun.i - 3) : noun.i] if not t.is_punct]
        if before and folded(before[-1]) in self.articles and len(before) >= 2 and before[-2].lemma_.lower() in self.cancelled:
            return True
        for t in doc[noun.i + 1 : min(sentence.end, noun.i + 1 + CANCEL_REACH)]:
            if t.lower_ in self.complementizers or t.text in (";", ":") or self.is_boundary(t):
                return False
            if t.lemma_.lower() in self.auxiliaries or t.lemma_.lower() in self.copula:
                if t.lemma_.lower() != "essere":
                    return False  # "il vertice ha annullato le sanzioni": its own act, not it called off
                rest = [u for u in doc[t.i + 1 : min(sentence.end, t.i + 3)] if u.lemma_.lower() not in ("stare", "essere") and u.lower_ not in ("stato", "stata", "stati", "state")]
                return bool(rest) and (rest[0].lemma_.lower() in self.cancelled or rest[0].lower_ in self.cancelled)
        return False

    def _attribution(self, trigger: Token, reading: Reading) -> tuple[Actor | None, bool]:
        speech = _innermost(trigger.i, reading)
        if speech is not None:
            _, _, actor, denial = speech
            return actor, denial
        doc = reading.sentence.doc
        for s, e, actor in reading.sources:
            # "ha incontrato Saied e, secondo fonti di Palazzo Chigi, ha ottenuto l'impegno": a source set into a later
            # clause covers that clause only
            opened = s - 2 >= reading.sentence.start and doc[s - 1].text == "," and doc[s - 2].lower_ in self.coordinators
            later = s > trigger.i and opened and any(self.is_verb(t) for t in doc[e : reading.sentence.end])
            if actor is not None and not s <= trigger.i < e and not later:
                return actor, False
        return None, False

    def _markers(self, sentence: Span) -> Iterator[tuple[int, int, bool]]:
        """Condition markers: ``(token, length, is_exchange)``."""
        for start, length in self._phrases(sentence, "@exchange"):
            yield start, length, True
        for start, length in self._phrases(sentence, "@condition"):
            # "continuerà ad attaccare anche se …": a concession, not a condition (as in ``condition_clauses``)
            if not (length == 1 and start > sentence.start and sentence.doc[start - 1].lemma_.lower() in self.markers.not_after):
                yield start, length, False

    def _condition(self, trigger: Token, sentence: Span) -> str | None:
        for start, length, _ in self._markers(sentence):
            between = sentence.doc[trigger.i + 1 : start]
            # (a present read as its noun is a verb too: "…, volato al Cremlino per incontrare Putin, minaccia ora di tagliare … se …")
            if start > trigger.i and not any(self.is_boundary(t) or t.text == ";" or self._verb_form(t) or self._reporting(t) for t in between):
                clause = sentence.doc[start + length : self._clause_end(sentence, start + length)]
                return None if circumstance(clause, self.markers) else _text(clause)  # ("se necessario")
        return None

    def _reporting(self, token: Token) -> bool:
        """A coordinator that opens a verb of saying or warning ("… e minaccia di portare il caso all'Asean se …", "… e ha
        avvertito che …"): what comes before it is no part of what that verb reports."""
        if token.lower_ not in self.coordinators:
            return False
        doc = token.doc
        j = token.i + 1
        while j < len(doc) and (folded(doc[j]) in self.clitics or doc[j].lemma_.lower() in self.auxiliaries):
            j += 1
        # (the verb, or the infinitive of a causative right after it: "e ha fatto sapere che …"; a present simplemma reads as
        # its noun, "minaccia", by its verb's infinitive)
        for k in range(j, min(j + 2, len(doc))):
            if not doc[k].is_lower:
                return False
            lemmas = {doc[k].lemma_.lower(), doc[k].lower_, _verb_of(doc[k].lemma_.lower())}
            if len(doc[k]) > 3:  # (not "di", whose stem would give "dire")
                lemmas |= {doc[k].lower_[:-1] + e for e in self.verb_endings}
            if not lemmas.isdisjoint(self.speech | self.lexicon.cue("@warning")):
                return True
        return False

    def _speaker_of(self, i: int, reading: Reading) -> Placed | None:
        """"Neri ha detto che le proteste cesseranno solo se Rossi si dimetterà": an act whose clause names
        no actor for subject is the speaker's, who sets the condition."""
        speech = _innermost(i, reading)
        if speech is None:
            return None
        start, _, actor, _ = speech
        return next((p for p in reversed(reading.mentions) if p.end <= start and p.mention.actor.iri == actor.iri), None)

    def _speaker_after(self, end: int, reading: Reading) -> Placed | None:
        """"La ripresa dei negoziati con Kiev dipende dal riconoscimento dei confini, ha detto la Russia": who
        speaks after the comma that ends the clause, by an inverted speech verb, sets its terms."""
        doc = reading.sentence.doc
        verb = next((v for v in sorted(reading.speech_verbs) if v > end), None)
        if verb is None or doc[end].text != "," or any(t.lemma_.lower() not in self.auxiliaries for t in doc[end + 1 : verb]):
            return None
        return next((p for p in reading.mentions if p.start > verb and not any(self.is_boundary(t) or t.is_punct for t in doc[verb + 1 : p.start])), None)

    def _withheld(self, verb: Token, sentence: Span) -> bool:
        """A negated act ("non difenderanno"): a negation in the verb group right before ``verb``."""
        doc = sentence.doc
        j = verb.i - 1
        while j >= sentence.start and (doc[j].lemma_.lower() in self.auxiliaries or folded(doc[j]) in self.clitics):
            j -= 1
        return j >= sentence.start and doc[j].lower_ in self.lexicon.cue("@negation")

    def _restrictive(self, reading: Reading) -> list[ConditionClause]:
        """"non difenderanno gli alleati della Nato che non porteranno la spesa al 5%": a restrictive relative
        (no comma before "che") on an actor, negated and in the future, is a condition on what the act does
        to that actor — only those who will not comply — and, negated, "unless"."""
        sentence = reading.sentence
        doc = sentence.doc
        negations, future = self.lexicon.cue("@negation"), self.lexicon.suffixes("@future")
        # a name takes no restrictive relative ("ha fatto sapere alla Cina che non parteciperà" states what China
        # is told): the actor restricts a common noun as its complement ("gli alleati della Nato") or is one
        ends = {p.end for p in reading.mentions if doc[p.start].is_lower or self._genitive_of_noun(p, sentence)}
        clauses = []
        for t in sentence:
            if t.lower_ not in self.complementizers or t.i not in ends or t.i + 1 >= sentence.end or doc[t.i + 1].lower_ not in negations:
                continue
            end = next((u.i for u in doc[t.i + 1 : sentence.end] if u.text in BOUNDARY or u.is_sent_end and u.is_punct or self.is_boundary(u)), sentence.end)
            verb = next((u for u in doc[t.i + 2 : end] if self.is_verb(u)), None)
            if verb is None or not verb.lower_.endswith(future):
                continue
            clauses.append(ConditionClause(t.i, t.i + 1, end, doc[t.i + 1 : end].text.strip(" ."), True))
        return clauses

    def _by_phrase(self, start: int, reading: Reading, reach: int = OBJECT_REACH) -> list[Placed]:
        """"il riconoscimento della Palestina da parte della Spagna", "il rilascio, da parte dell'Italia, di …": the
        actor after a ``@by_phrase`` and its genitive, within ``reach`` words of ``start`` and before any verb, is
        the agent of the event noun before it."""
        doc = reading.sentence.doc
        end = min(reading.sentence.end, start + reach + 3)
        verb = next((t.i for t in doc[start:end] if self.is_verb(t) or self.is_boundary(t)), end)
        # "riprenderà gli aiuti all'Afghanistan in cambio del rispetto … da parte dei talebani": a condition's by-phrase
        # names who must comply, not the agent of the act the condition is set on
        verb = min([verb] + [c.marker for c in condition_clauses(reading.sentence, self.markers) if start <= c.marker < verb])
        usable = [p for p in reading.mentions if not self._excluded(p, reading)]
        for phrase in self.lexicon.phrases("@by_phrase"):
            for k in range(start, min(start + reach, verb - len(phrase))):
                if tuple(folded(t) for t in doc[k : k + len(phrase)]) == phrase and self.base(doc[k + len(phrase)]) in self.lexicon.cue("@genitive"):
                    return self._object_of(doc[k + len(phrase)], reading, usable)
        return []

    def _act_before(self, p: Placed, token: Token, entry: Trigger, sentence: Span) -> bool:
        """An event noun of another relation, with an agent of its own, between the verb ``token`` and the actor
        ``p``: "colpito dalle sanzioni dell'Unione europea" is no attack by the EU; "convinto dalle pressioni della
        Coldiretti" is the influence the verb names too."""
        for t in sentence.doc[token.i + 1 : p.start]:
            act = self.match(t, sentence) if t.is_lower and t.is_alpha else None
            if act is not None and act.frame == "noun" and "agent" in act.subject and act.relation != entry.relation:
                return True
        return False

    def _suffered(self, p: Placed, sentence: Span) -> bool:
        """"l'invasione dell'Ucraina", "il bombardamento di Kiev": the actor is the genitive of an event noun whose
        row reads the genitive as the act's object, so it suffers the act rather than doing it."""
        before = self._previous_word(p.start, sentence)
        if before is None or self.base(before) not in self.lexicon.cue("@genitive"):
            return False
        noun = self._previous_word(before.i, sentence)
        entry = self.match(noun, sentence) if noun is not None else None
        return entry is not None and entry.frame == "noun" and "agent" in entry.subject and "prep:" + self.base(before) in entry.object

    def _apposed_holder(self, body: Placed, reading: Reading, usable: list[Placed]) -> Placed | None:
        """"ha criticato il presidente della Regione Lazio, Francesco Rocca, per i ritardi": a body in a title's
        genitive, the title's holder named after its comma, is the person's office; the person is the object."""
        sentence = reading.sentence
        doc = sentence.doc
        if not self._genitive_of_noun(body, sentence) or body.end + 1 >= sentence.end or doc[body.end].text != ",":
            return None
        title = self._previous_word(self._previous_word(body.start, sentence).i, sentence)
        before = self._previous_word(title.i, sentence) if title is not None else None
        if title is None or not (self._role_noun(title) or (before is not None and self._role_noun(before))):
            return None  # "il presidente della Regione Lazio, X", "l'amministratore delegato di Fincantieri, X"
        person = next((q for q in usable if q.start == body.end + 1), None)
        if person is None or person.mention.actor.type != "Person" or person.end < sentence.end and doc[person.end].text not in (",", ".", ";"):
            return None
        return person

    def _genitive_of_noun(self, p: Placed, sentence: Span) -> bool:
        """"gli alleati della Nato": the actor is the complement of the common noun right before its "di"."""
        before = self._previous_word(p.start, sentence)
        if before is None or self.base(before) not in self.lexicon.cue("@genitive"):
            return False
        noun = self._previous_word(before.i, sentence)
        return noun is not None and noun.is_alpha and noun.is_lower and not self.is_verb(noun)

    def _fronted(self, clause: ConditionClause, sentence: Span) -> bool:
        """A condition that opens the sentence and ends at a comma before the act it is set on."""
        doc = sentence.doc
        return clause.end < sentence.end and doc[clause.end].text == "," and not any(
            self.is_verb(t) or t.is_alpha and t.lower_ not in self.coordinators for t in doc[sentence.start : clause.marker]
        )

    def _conditional(self, reading: Reading, found: list[Candidate], opened: int | None = None,
                     ahead: tuple[ConditionClause, Reading] | None = None) -> Iterator[Candidate]:
        """What the condition clauses make of the acts before them (``kg.relations.conditions``):
        the act is the last verb of the clause before the marker ("si è detto pronto a
        riaprire i porti, purché …"). ``opened``: the marker of this sentence's condition already read with the sentence
        before; ``ahead``: the condition the next sentence is made of, with its reading."""
        sentence = reading.sentence
        negations = self.lexicon.cue("@negation")
        placed = reading.mentions + (ahead[1].mentions if ahead else ())
        for clause in [c for c in condition_clauses(sentence, self.markers) if c.marker != opened] + self._restrictive(reading) + ([ahead[0]] if ahead else []):
            # (the "non" of "finché Kiev non si ritira" only marks the time: "until Kyiv withdraws")
            if clause.stated and any(p.start <= clause.start < p.end for p in reading.mentions):
                continue  # "un gruppo di hacker legato all'Iran (di aver …)": tied to someone (linked to it), not on terms
            if not clause.after_negation and any(t.lower_ in negations for t in sentence.doc[clause.start : min(clause.end, clause.start + NEGATED_CONDITION)]):
                clause = replace(clause, threat=True)  # "se Kiev non paga" is "unless Kiev pays": the act follows a refusal
            before = min(clause.marker, sentence.end)  # step back over ", ma" to the clause the condition is attached to
            while before > sentence.start and (sentence.doc[before - 1].text == "," or sentence.doc[before - 1].lower_ in self.coordinators
                                               or self.is_boundary(sentence.doc[before - 1]) or (clause.marker >= sentence.end and sentence.doc[before - 1].is_punct)):
                before -= 1
            start = self._clause_start(sentence, before)
            # "… aprirà i negoziati con la Georgia, un paese la cui candidatura è ferma da due anni, solo se …": a relative
            # clause set off by commas describes an actor; the act lies before it
            relatives = self.lexicon.cue("@relative")
            while start > sentence.start and sentence.doc[start].text == "," and any(t.lower_ in relatives for t in sentence.doc[start + 1 : before]):
                before = start
                start = self._clause_start(sentence, before)
            verbs = [t for t in sentence.doc[start : before] if self.is_verb(t) or self.match(t, sentence) is not None]
            fronted = not verbs and self._fronted(clause, sentence)
            if fronted:  # "Se Kiev non pagherà, Mosca taglierà il gas": a condition put first is set on the clause after it
                start, before = clause.end + 1, self._clause_end(sentence, clause.end + 1)
                verbs = [t for t in sentence.doc[start : before] if self.is_verb(t) or self.match(t, sentence) is not None]
                verbs = [t for t in verbs if t.lemma_.lower() not in self.auxiliaries][:1] or verbs[:1]
            # "ogni accordo con Israele dipende dalla …": a verb and "da" state the terms of what a noun names
            # (and "la tregua è subordinata alla …", "il sostegno è legato al …": a predicate of terms after a copula)
            terms = clause.stated or (self.is_verb(sentence.doc[clause.marker]) and self.base(sentence.doc[clause.start - 1]) == "da")
            # "la Turchia ha reso il suo via libera all'adesione della Svezia subordinato all'estradizione di …": a verb, not a
            # copula, that makes the terms is the demand itself, its subject's, of whom the thing made conditional names
            maker = next((t for t in verbs if self.is_verb(t) and t.lemma_.lower() not in self.auxiliaries | self.copula | self.speech), None) if clause.stated else None
            if maker is not None:
                author = self._subject_before(maker.i, sentence, reading.mentions, reading.sources)
                if author is not None:
                    objects = tuple(p.mention for p in reading.mentions if maker.i < p.start < before and p is not author)
                    act = Act(maker, (author.mention,), objects, "demands", frozenset(range(start, before)))
                    yield from conditional(clause, act, parties(clause, sentence, PlacedIndex(reading.mentions), self.lexicon), found,
                                           f"{self.lexicon.path.name}:@condition")
                continue
            if terms:
                verbs = [t for t in verbs if not self.is_verb(t)]
            if not verbs:
                continue
            # "ha accettato di far entrare camion di aiuti italiani, a patto che …": a noun with an agent of its own
            # (the actor adjective right after it) is another's act, not the one the condition is set on
            owned = {p.start - 1 for p in reading.mentions}
            # "libererà gli americani detenuti a condizione che …": a participle right after its noun describes the
            # object; it is not the act the condition is set on
            described = {t.i for t in verbs if not self.is_verb(t) and t.lower_.endswith(self.participles) and t.i > start
                         and sentence.doc[t.i - 1].is_alpha and not self.is_verb(sentence.doc[t.i - 1])}
            verb = next((t for t in reversed(verbs) if t.i not in described and (self.is_verb(t) or t.i not in owned)), verbs[-1])
            # "GIORGETTI: … siamo pronti ad accelerare la riforma solo se …": a first person of the clause is the turn's
            speaking = next((p for v in verbs if (p := self._first_person_speaker(v, reading)) is not None), None)
            author = subject = self._subject_before(verb.i, sentence, reading.mentions, reading.sources)
            head = next((t for t in verbs if t.i < verb.i and self.is_verb(t) and t.lemma_.lower() not in self.auxiliaries), None)
            if author is None and head is not None and not self.is_verb(verb):
                # "… che sospenderà le forniture di gas se …": the subject of the noun's verb
                author = subject = self._subject_before(head.i, sentence, reading.mentions, reading.sources)
            if author is not None and author.end < verb.i and folded(sentence.doc[author.end]) in self.complementizers:
                # "il Pakistan ha avvertito i talebani che chiuderà il valico se …": whom a warning is told is not the
                # subject of the clause after "che"; the one who warns is
                j = author.start - 1
                while j > sentence.start and (folded(sentence.doc[j]) in self.articles or self.base(sentence.doc[j]) == "a"):
                    j -= 1  # (and whom it is said to: "ha detto all'Unione europea che non imporrà …")
                told = self.speech | self.lexicon.cue("@warning")
                if j >= sentence.start and ((self.is_verb(sentence.doc[j]) and sentence.doc[j].lemma_.lower() in told) or sentence.doc[j].lower_ in told):
                    author = subject = self._subject_before(j, sentence, reading.mentions, reading.sources)
            if author is not None and fronted and author.start < start:
                author = None  # the party of the condition is not the author of the act after it
            # "ha annunciato che il suo gruppo voterà il bilancio solo se …": the speaker's party acts, not the speaker
            party = any(self._body_noun(t) and t.i > start and folded(t.nbor(-1)) in self.lexicon.cue("@possessive") for t in sentence.doc[start : verb.i])
            author = author or speaking or (None if party else self._speaker_of(verb.i, reading) or self._speaker_after(clause.end, reading))
            # "gli aiuti alla Somalia saranno ripristinati dagli Stati Uniti solo se …": a passive's agent acts, on what
            # its subject names
            passive = verb.i + 1 < before and self._passive(verb, sentence) and self.base(sentence.doc[verb.i + 1]) in self.agent_markers
            agent = next((p for p in reading.mentions if verb.i + 1 < p.start < before), None) if passive else None
            author = agent or author
            if terms and not self.is_verb(verb):  # "gli aiuti dell'Unione europea all'Egitto sono condizionati al …": the noun's owner gives it
                # (an actor adjective right after the noun first: "la revoca delle sanzioni americane contro il Venezuela dipende da …")
                author = next((p for p in reading.mentions if p.start == verb.i + 1 and not self.is_verb(sentence.doc[p.start])), None) or \
                    next((p for p in reading.mentions if verb.i + 1 < p.start <= verb.i + OWNER and self.base(sentence.doc[p.start - 1]) == "di"
                               and not any(self.is_boundary(t) or t.lemma_.lower() in self.auxiliaries | self.copula for t in sentence.doc[verb.i + 1 : p.start])), author)
            authors = (author.mention,) if author is not None else ()
            if author is not None and author is subject:  # "Stati Uniti e Unione europea riprenderanno gli aiuti … a patto che": each demands
                authors = tuple(p.mention for p in self._subject_group(author, reading))
            named = range(start, verb.i) if agent is not None else range(verb.i + 1, before)
            objects = tuple(p.mention for p in reading.mentions if p.start in named and p is not author and not self._forum(p, sentence))
            entry = self._trigger(verb, reading)
            if entry is None:  # "riprenderà gli aiuti alimentari a Pyongyang se …": the act is what its object names (not
                # a noun owned by an actor: "camion di aiuti italiani")
                entry = next((e for t in sentence.doc[named.start : named.stop] if t.is_lower and t.is_alpha and not self.is_verb(t) and t.i not in owned
                              and (e := self._trigger(t, reading)) is not None and e.frame == "noun"
                              and vocabulary()[e.relation].group == "cooperative"), None)
            warned = any(t.lemma_.lower() in self.lexicon.cue("@warning") for t in sentence.doc[sentence.start : verb.i + 1])
            tokens = frozenset(range(start, before))
            # "hanno imposto sanzioni all'Iran e le revocheranno solo se …": a finite verb coordinated after a clause with a verb
            # of its own is the act alone; what the first clause did is done, not held out ("e di schierare …" shares the modal)
            joint = next((t for t in reversed(sentence.doc[start : verb.i]) if t.lower_ in self.coordinators), None)
            if joint is not None and self.is_verb(verb) and all(folded(t) in self.clitics or t.lemma_.lower() in self.auxiliaries
                                                                for t in sentence.doc[joint.i + 1 : verb.i]) \
                    and any(t.lemma_.lower() in self.auxiliaries and (n := sentence.doc[t.i + 1]).lower_.endswith(self.participles)
                            and n.lemma_.lower() not in self.speech for t in sentence.doc[start : joint.i - 1]):  # (done: "ha imposto")
                tokens = frozenset(range(joint.i + 1, before))
            # "ha accusato Lai di … e ha avvertito che Pechino userà … se …", "chiede alla Cambogia uno studio … e minaccia di
            # portare il caso all'Asean se …": a verb of saying or warning coordinated after a clause with a verb of its own
            # reports the act; what the first clause says or does is no part of it
            if joint is not None and self._reporting(joint) and any(self._verb_form(t) for t in sentence.doc[start : joint.i]):
                tokens = frozenset(t for t in tokens if t > joint.i)
            # "sospenderà i raid sul Libano solo se …": the act is a noun ended by the verb right before it
            ender = next((t for t in reversed(verbs) if t.i < verb.i), None)
            ended = verb if ends(verb, self.markers) else ender if ender is not None and self.is_verb(ender) and ends(ender, self.markers) \
                and not any(self.is_verb(t) for t in sentence.doc[ender.i + 1 : verb.i]) else None
            if ended is None and not self.is_verb(verb) and verb.i - 2 >= start and self.base(sentence.doc[verb.i - 1]) == "di" \
                    and ends(sentence.doc[verb.i - 2], self.markers):
                ended = sentence.doc[verb.i - 2]  # "ha offerto la revoca delle sanzioni alla Bielorussia in cambio …": a noun of ending
            if ended is None and not self.is_verb(verb):  # "è pronto a revocare la mobilitazione solo se …": an infinitive
                j = verb.i - 1  # the parser did not take for a verb, right before the noun's article
                while j > start and folded(sentence.doc[j]) in self.articles:
                    j -= 1
                ended = sentence.doc[j] if start <= j < verb.i - 1 and ends(sentence.doc[j], self.markers) else None
            if ended is None and verb.lemma_.lower() in self.auxiliaries | self.copula | self.speech:
                # "si è detta pronta a sospendere i fondi per la Serbia finché …": an infinitive after the copula's adjective
                ended = next((t for t in sentence.doc[verb.i + 1 : before] if t.lower_ == t.lemma_.lower() and ends(t, self.markers)
                              and not any(self.is_verb(u) for u in sentence.doc[verb.i + 1 : t.i])), None)
            # (a forum's name is no word of the act: "di portare il caso davanti all'Onu" names no one the act is done to)
            tokens = tokens - {i for p in reading.mentions if self._forum(p, sentence) for i in range(p.start, p.end)}
            act = Act(verb, authors, objects, entry.relation if entry else None, tokens, warned, offers_more(sentence, tokens, clause, self.markers), ended,
                      self.is_verb(verb) and verb.lemma_.lower() in self.lexicon.cue("@receipt"), offers_money(verb, tokens, clause, self.markers),
                      verb.lemma_.lower() in self.markers.not_after)
            targets = parties(clause, sentence, PlacedIndex(placed), self.lexicon)
            if self._unsaid_subject(clause, sentence):
                # "minaccia ritorsioni contro la Finlandia se entrerà nella Nato": a condition whose verb comes first has
                # the subject Italian leaves unsaid, the one the act befalls, not the actor after the verb
                targets = [m for m in objects if m.actor.iri not in {a.actor.iri for a in authors}][:1]
            made = list(conditional(clause, act, targets, found, f"{self.lexicon.path.name}:@condition", clause_actors(clause, PlacedIndex(placed))))
            yield from made
            if clause.threat and any(self._withheld(c.trigger, sentence) for c in found if c.trigger.i in act.tokens):
                # "non difenderanno gli alleati che non porteranno la spesa al 5%": an act withheld unless the
                # other side complies is a threat, as the English "will stop aid unless" is
                for c in [c for c in made if c.relation == "demands"]:
                    yield replace(c, frame="exchange", relation="threatens", trigger=sentence.doc[clause.marker])


    def _preconditions(self, reading: Reading, found: list[Candidate]) -> Iterator[Candidate]:
        """A noun of terms set for an act (``@precondition``, then "per"): "La Russia pone come condizione per i negoziati
        con Kiev il ritiro delle truppe …", "Per Israele la precondizione per qualsiasi tregua con Hamas è il rilascio …",
        "L'India considera la fine del terrorismo una precondizione per i negoziati con il Pakistan", "ha fissato una
        condizione per ratificare l'adesione della Svezia: la stretta …". The act after "per" runs to a copula, a colon
        or an article that opens a new phrase (not after a preposition, an article or a verb); the terms are what
        follows it, or else what lies between the verb and the noun's article. The first actor before the noun sets them."""
        sentence, doc = reading.sentence, reading.sentence.doc
        nouns, states = self.lexicon.cue("@precondition"), self.lexicon.cue("@condition_noun")
        for noun in sentence:
            if noun.lower_ not in nouns | states or noun.i + 2 >= sentence.end or doc[noun.i + 1].lower_ != "per":
                continue
            first = noun.i + 2
            end = next((t.i for t in doc[first : sentence.end] if t.text in (",", ";") or t.is_sent_end and t.is_punct), sentence.end)
            terms, j = None, first
            colon = next((t.i for t in doc[first:end] if t.text == ":"), None)
            if colon is not None:  # "… per ratificare l'adesione della Svezia: la stretta …"
                terms, j = (colon + 1, end), colon
            while j < end and terms is None:
                t = doc[j]
                if t.text == ":":
                    terms = (j + 1, end)
                elif t.lemma_.lower() in self.copula and t.is_alpha:
                    terms = (j + 1, end)
                elif j > first and folded(t) in self.articles and self.base(doc[j - 1]) not in self.prepositions \
                        and folded(doc[j - 1]) not in self.articles and not self.is_verb(doc[j - 1]) and doc[j - 1].is_alpha:
                    terms = (j, end)
                else:
                    j += 1
            act_end = j
            author = next((p for p in reading.mentions if p.end <= noun.i), None)
            if author is None:
                continue
            if terms is None:  # "considera X una precondizione per …": the verb is the word after the actor
                k = noun.i - 1
                while k > sentence.start and folded(doc[k]) in self.articles:
                    k -= 1
                verb = doc[author.end] if author.end < k else None
                if verb is None or not (verb.is_alpha and verb.is_lower) or folded(verb) in self.articles or self.base(verb) in self.prepositions:
                    continue
                terms = (verb.i + 1, k + 1)
            text = _text(doc[terms[0] : terms[1]])
            if not text:
                continue
            objects = tuple(p.mention for p in reading.mentions if first <= p.start < act_end and p.mention.actor.iri != author.mention.actor.iri)
            entry = next((e for t in doc[first:act_end] if (e := self._trigger(t, reading)) is not None and vocabulary()[e.relation].group != "fact"), None)
            if entry is None and noun.lower_ in states:
                continue  # "la condizione per i migranti in Libia è drammatica": a state of things, no terms of an act
            ended = next((t for t in doc[first:act_end] if ends(t, self.markers)), None)
            clause = ConditionClause(terms[0], terms[0], terms[1], text, False, exchange=True)
            act = Act(noun, (author.mention,), tuple(dict.fromkeys(objects)), entry.relation if entry else None, frozenset(range(first, act_end)),
                      ended_by=ended)
            yield from conditional(clause, act, parties(clause, sentence, PlacedIndex(reading.mentions), self.lexicon), found,
                                   f"{self.lexicon.path.name}:@precondition")

    def _withouts(self, reading: Reading, found: list[Candidate]) -> Iterator[Candidate]:
        """"Nessun aiuto all'Ucraina senza riforme contro la corruzione, ha detto l'Unione europea", "non ci sarà alcun
        allentamento delle sanzioni sull'Iran senza un ritorno all'accordo": a noun under a negative determiner
        (``@none``) and ``@without`` is offered on those terms by who says it."""
        sentence, doc = reading.sentence, reading.sentence.doc
        nones, withouts = self.lexicon.cue("@none"), self.lexicon.cue("@without")
        for marker in sentence:
            width = withheld_width(doc, marker.i, sentence.end, withouts, self.markers)
            if not width:
                continue
            det = next((t for t in reversed(doc[sentence.start : marker.i]) if t.lower_ in nones), None)
            # (the noun right after the determiner is a noun, whatever its shape: "nessun negoziato")
            if det is None or any(self.is_boundary(t) or t.is_punct or self.is_verb(t) and t.i > det.i + 1 for t in doc[det.i + 1 : marker.i]):
                continue
            end = self._clause_end(sentence, marker.i + width)
            text = _text(doc[marker.i + width : end])
            speaker = (self._speaker_after(end, reading) if end < sentence.end else None) or self._speaker_of(det.i, reading)
            if not text or speaker is None:
                continue
            objects = tuple(p.mention for p in reading.mentions if det.i < p.start < marker.i and p.mention.actor.iri != speaker.mention.actor.iri)
            entry = next((e for t in doc[det.i + 1 : marker.i] if (e := self._trigger(t, reading)) is not None and vocabulary()[e.relation].group != "fact"), None)
            if entry is None:
                continue
            ended = next((t for t in doc[det.i + 1 : marker.i] if ends(t, self.markers)), None)
            clause = ConditionClause(marker.i, marker.i + width, end, text, False, exchange=True)
            act = Act(det, (speaker.mention,), tuple(dict.fromkeys(objects)), entry.relation, frozenset(range(det.i + 1, marker.i)), ended_by=ended)
            yield from conditional(clause, act, parties(clause, sentence, PlacedIndex(reading.mentions), self.lexicon), found,
                                   f"{self.lexicon.path.name}:@without")

    def _terms_after(self, reading: Reading, discourse: Discourse) -> Iterator[Candidate]:
        """"Mosca ha posto una sola condizione per il cessate il fuoco. Kiev deve ritirarsi dalle quattro regioni": terms
        an actor sets (a ``@precondition`` noun after its verb) with none stated in their sentence are the next
        sentence's, when it opens with an actor that must (``@obligation``) do them: a demand of that actor."""
        setter, discourse.terms_by = discourse.terms_by, None
        sentence, doc = reading.sentence, reading.sentence.doc
        if setter is not None and reading.mentions:
            first = reading.mentions[0]
            must = next((t for t in doc[first.end : min(sentence.end, first.end + 2)]
                         if t.lemma_.lower() in self.lexicon.cue("@obligation") or t.lower_ in self.lexicon.cue("@obligation")), None)
            text = _text(doc[first.start : sentence.end])
            if must is not None and text and first.mention.actor.iri != setter.actor.iri and all(folded(t) in self.articles for t in doc[sentence.start : first.start]):
                yield Candidate(setter, first.mention, must, "demand", "demands", f"{self.lexicon.path.name}:@precondition", text.rstrip(" ."))
        nouns = self.lexicon.cue("@precondition") | self.lexicon.cue("@condition_noun")
        noun = next((t for t in sentence if (t.lower_ in nouns or t.lemma_.lower() in nouns) and t.is_lower), None)
        if noun is None or condition_clauses(sentence, self.markers) or list(self._preconditions(reading, [])):
            return
        author = next((p for p in reading.mentions if p.end <= noun.i), None)
        verb = doc[author.end] if author is not None and author.end < noun.i else None
        if verb is not None and (self.is_verb(verb) or verb.lemma_.lower() in self.auxiliaries):
            discourse.terms_by = author.mention

    def _unsaid_subject(self, clause: ConditionClause, sentence: Span) -> bool:
        """The condition's first word, past "non" and a clitic, is a finite verb: "se entrerà nella Nato",
        "se non si ritirerà", whose subject is not named in the clause."""
        doc, i = sentence.doc, clause.start
        if folded(doc[clause.marker]) in self.complementizers:
            return False  # "gli alleati che non porteranno la spesa al 5%": a restrictive relative's subject is its antecedent
        while i < clause.end and (folded(doc[i]) in self.lexicon.cue("@negation") or folded(doc[i]) in self.clitics or folded(doc[i]) in self.reflexives):
            i += 1
        return i < clause.end and self.is_verb(doc[i]) and doc[i].lemma_.lower() not in self.auxiliaries | self.copula


def _innermost(i: int, reading: Reading) -> tuple[int, int, Actor, bool] | None:
    """The narrowest reported region around token ``i`` whose speaker is known: ``(start, end, speaker, denial)``."""
    inner = [r for r in reading.speech if r[0] <= i < r[1] and r[2] is not None]
    return min(inner, key=lambda r: r[1] - r[0]) if inner else None


def _standing_for(word: Token, group: list[Mention]) -> list[Placed]:
    """The actors of ``group`` placed at the one word that stands for them ("i due", "entrambi", "le parti")."""
    return [Placed(word.i, word.i + 1, replace(m, start=word.idx, end=word.idx + len(word.text), text=word.text)) for m in group]


def _nested(p: Placed, placed: tuple[Placed, ...] | list[Placed]) -> bool:
    """Whether ``p`` lies inside a wider mention: "indiano" inside "il premier indiano", whose actor is the phrase's."""
    return any(q.start <= p.start and p.end <= q.end and (q.start, q.end) != (p.start, p.end) for q in placed)


@functools.lru_cache(maxsize=20_000)
def _verb_of(lemma: str) -> str | None:
    """The verb a participle's lemma comes from ("respinto" → "respingere"), if simplemma reads one."""
    if not lemma.endswith(("to", "ta", "ti", "te", "so", "sa", "si", "se")):
        return None
    verb = simplemma.lemmatize(lemma, lang="it")
    return verb if verb != lemma and verb.endswith("re") else None


def _in_name(token: Token, sentence: Span) -> bool:
    """A word of a name: capitalised, or a small word between two capitalised ones ("Corea del Sud")."""
    def capital(t: Token) -> bool:
        return t.text[:1].isupper() and t.is_alpha
    return capital(token) or (sentence.start < token.i < sentence.end - 1 and capital(token.nbor(-1)) and capital(token.nbor(1)))


def _agrees(noun: str, participle: str) -> bool:
    """A past participle agrees with the noun it describes: "le sanzioni imposte", "i dazi imposti", "l'attacco
    lanciato" (a noun in -o takes -to/-so, in -a -ta/-sa, in -i a plural; others, "raid", "azione", any)."""
    ending = participle[-1]
    return {"o": ending == "o", "a": ending == "a", "i": ending in "ie"}.get(noun[-1:], True)


def _statement_class(relation: str) -> str:
    """The class of statement a reply names again: a charge and a criticism are one ("le accuse", "le critiche"), a
    request and a demand another ("la richiesta"); any other relation its own."""
    return "judged" if relation in JUDGED else "asked" if relation in ASKED else relation


def _speaking_for(speaker: Mention, index: MentionIndex, heads: dict[str, set[str]]) -> set[str]:
    """A speaker's IRI, the state it leads, and the leaders of the body it is ("Il segretario Maurizio Landini ha detto che
    il sindacato … purché …": the Cgil's demand is Landini's too, for a later "la richiesta di Landini")."""
    led = index.leaders.get(speaker.actor.iri)
    return {speaker.actor.iri, *((led.iri,) if led is not None else ()), *heads.get(speaker.actor.iri, ()),
            *(person for person, body in index.leaders.items() if body.iri == speaker.actor.iri)}


def _verbal(relation: str) -> bool:
    """A statement one can react to (an accusation, a request, a threat: CAMEO's verbal roots
    01–05 and 09–13), not a deed ("ha condannato l'attacco" names an attack, not its author's words)."""
    cameo = vocabulary()[relation].cameo
    return cameo is not None and (1 <= int(cameo[:2]) <= 5 or 9 <= int(cameo[:2]) <= 13)


def _hyphenated(p: Placed, doc: Doc) -> bool:
    """"serbo-bosniaco", "russo-ucraino": a compound of demonyms names a people or a pair, not the state."""
    return (p.end < len(doc) and doc[p.end].text in HYPHENS) or (p.start > 0 and doc[p.start - 1].text in HYPHENS)


def _preferred(inside: list[Placed]) -> Actor | None:
    """A person named in a phrase speaks for it, else the first actor ("il portavoce Peskov")."""
    for p in inside:
        if p.mention.actor.type == "Person":
            return p.mention.actor
    return inside[0].mention.actor if inside else None


def _text(span: Span) -> str | None:
    text = span.text.strip(" ,.;:«»\"")
    return text or None


def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases grouped by their first word (of those that open at a token, the longest that fits counts)."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        grouped.setdefault(phrase[0], []).append(phrase)
    return grouped
