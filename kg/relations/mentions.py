"""Which actor a token stands for: actor mentions by token, for both frame engines.

``MentionIndex`` answers "which actor is this token?" for both engines: the mention that
covers it, else — for a common noun — an actor among its modifiers ("Russian forces",
"Iran's oil exports", "US warplanes"), else a pronoun or a definite description resolved
to the nearest earlier actor of a fitting type ("its", "the alliance"). The class nouns are those of
``descriptions.tsv`` (``referring``, the one table both layers and both frame engines ask): a noun the actor
layer resolves by salience (kg.actors.pronouns) is read here only when that reading found no actor, and with
the same kinds; a noun read by nearness ("the company") only here. The pronouns are the lexicon's ``@pronoun``
rows. Coordinations are distributed: "Iran, North Korea
and China" is three actors, and so is a plural description of their kind after them ("the
unions", "le opposizioni": ``plurals.tsv``). Among the modifiers, a state's own body wins over the state
("Russia's GRU agency" is the GRU).
"""

from __future__ import annotations

import bisect
from collections import Counter, deque
from dataclasses import replace
from typing import Iterable

from spacy.tokens import Doc, Span, Token

from kg.actors.pronouns import has_own_words, most_salient, of_kinds
from kg.actors.gazetteer import ACTOR_BASE
from kg.actors.names import folded
from kg.actors.rules import load_plurals, load_rules, military_ruled
from kg.actors.titles import document_date
from kg.extract.parse import is_speaker_label, speaker_labels, text_lines
from kg.relations.lexicon import Lexicon
from kg.model import GROUP_RULE, SECTORS, Actor, Mention, Relation

# a judgement, an appeal or a mediation: acts aimed at "both sides" that address the sides of a dispute, not partners
ADDRESSED = frozenset({"criticizes", "praises", "accuses", "requests", "demands", "consults"})
ADDRESS_REACH = 4  # words before "entrambe le parti" in which, with no parse, the act aimed at them is looked for

# Dependency labels a search may follow from a noun phrase into its modifiers and
# attachments; clauses of their own (relcl, advcl, ccomp, conj) are other statements.
SEARCH_DEPS = frozenset(
    {"prep", "pobj", "pcomp", "poss", "compound", "amod", "nmod", "appos", "acl", "agent",
     "dobj", "npadvmod", "advmod", "dative", "attr", "oprd", "nummod", "quantmod"}
)
MODIFIER_DEPS = ("poss", "compound", "amod", "nmod", "npadvmod")
ANAPHOR_SENTENCES = 2  # how far back a pronoun or "the alliance" may find its actor
PLURAL_SENTENCES = 3  # how far back "the unions" may find the unions coordinated
BETWEEN = frozenset({"between", "among"})  # the prepositions naming the parties of a mutual act


def title_facts(person: Actor, doc: Doc) -> list[Relation]:
    """What the document's titles state of ``person`` (``kg_actors``' facts)."""
    facts = doc._.kg_facts or [] if doc.has_extension("kg_facts") else []
    return [f for f in facts if f.subject.iri == person.iri]


def office_body(person: Actor, doc: Doc) -> Actor | None:
    """The state or body the document's title facts make ``person`` lead, else serve; ``None`` for no person or no title."""
    if person.type != "Person":
        return None
    facts = [f for f in title_facts(person, doc) if f.relation in ("leaderOf", "affiliatedWith")]
    return min(facts, key=lambda f: f.relation != "leaderOf").object if facts else None


class MentionIndex:
    """Which actor a token stands for, with coordination, modifiers and light anaphora."""

    def __init__(self, doc: Doc, mentions: Iterable[Mention], lexicon: Lexicon, leaders: dict[str, Actor] | None = None) -> None:
        """``leaders``: person IRI → the state the person leads (the document's title facts, else the
        gazetteer's offices on the document's date)."""
        self.doc = doc
        self.lexicon = lexicon
        self.leaders = leaders or {}
        self.plurals = load_plurals().get(doc.lang_, {})  # "the unions": the kinds of actors a plural class noun stands for
        # the class nouns that refer back ("the bloc", "il governo", "the company") and the kinds of actors each describes
        self.descriptions = load_rules().descriptions.get(doc.lang_, {})
        self.genitives = load_rules().genitives.get(doc.lang_, frozenset())
        # "the junta" and the states a military government rules (juntas.tsv), for where the actor layer left it undecided
        self.juntas = frozenset(words[0] for words in load_rules().juntas.get(doc.lang_, ()) if len(words) == 1)
        day = document_date(doc._.kg_date) if doc.has_extension("kg_date") else None
        self.ruled = frozenset(ACTOR_BASE + state for state in military_ruled(day.year if day is not None else None))
        # the leaders whose leadership the text states (a leaderOf fact of its own); the others come from the gazetteer's offices
        self.stated = frozenset(f.subject.iri for f in doc._.kg_facts or [] if f.relation == "leaderOf") if doc.has_extension("kg_facts") else frozenset()
        # the two actors of the latest relation between two sides, for "both sides" with no
        # coordination to refer to; the frame engine sets it after each sentence it reads
        self.sides: list[Mention] = []
        # the parties of the latest two-sided event (talks, an agreement, a clash between them), which "both
        # sides" prefer to the latest relation's: a third party's side act is no side of the conflict
        self.event_sides: list[Mention] = []
        # the two sides of each conflictual relation read, in order: a judgement, an appeal or a mediation aimed at "both
        # sides" prefers the latest to partners ("Trump si è detto deluso da entrambe le parti" after Russia's partnership
        # with China means the sides of the war)
        self.disputes: list[list[Mention]] = []
        self.by_token: dict[int, Mention] = {}
        self.ordered: list[tuple[int, int, Mention]] = []  # (first token, token after, mention) in text order
        # with no parse, the plural descriptions placed as the actors they stand for ("i sindacati"), in text order:
        # mentions of a sentence (``in_span``), but no names of their own (no antecedents, not counted as named)
        self.described: list[tuple[int, int, Mention]] = []
        mentions = sorted(mentions, key=lambda m: m.start)
        # groups with no state ("the students"): "they" may refer to them, "the party" or "il gruppo" not
        self.groups = frozenset(m.actor.iri for m in mentions if m.rule == GROUP_RULE)
        for m in mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or _dateline(span):
                continue
            self.ordered.append((span.start, span.end, m))
            for token in span:
                current = self.by_token.get(token.i)
                if current is None or (current.end - current.start) < (m.end - m.start):
                    self.by_token[token.i] = m
        if not doc.has_annotation("DEP"):
            # "Fiom, Fim e Uilm hanno proclamato … I sindacati accusano l'azienda": with no parse to ask, each plural
            # description is placed as the mentions of the actors it stands for, which the linear frames distribute over
            for noun, group in self._plural_readings():
                self.by_token[noun.i] = group[0]
                self.described += [(noun.i, noun.i + 1, replace(m, start=noun.idx, end=noun.idx + len(noun), text=noun.text)) for m in group]
        self._starts = [start for start, _, _ in self.ordered]
        self._turns = _turns(doc, self.ordered)
        # an interview's answer lines with no speaker's name ("A: …") and the one who answers in them
        self._answers = _answers(doc, lexicon.cue("@answer_label"))
        self._asked = self._interviewee() if self._answers else None

    def __bool__(self) -> bool:
        return bool(self.ordered)

    def speaker_at(self, token: Token) -> Actor | None:
        """The speaker of the transcript turn ``token`` is in, if any."""
        position = bisect.bisect_right([start for start, _ in self._turns], token.i)
        return self._turns[position - 1][1] if position else None

    def asked_at(self, token: Token) -> Actor | None:
        """In a turn with no named speaker ("D:", "Q:"), the one the question is put to: the speaker of the
        next named turn, else of the one before."""
        position = bisect.bisect_right([start for start, _ in self._turns], token.i)
        if not position or self._turns[position - 1][1] is not None:
            return None
        after = (actor for _, actor in self._turns[position:] if actor is not None)
        before = (actor for _, actor in reversed(self._turns[: position - 1]) if actor is not None)
        return next(after, None) or next(before, None)

    def answerer_at(self, token: Token) -> Actor | None:
        """The interviewee, if ``token`` is in an answer that carries no speaker's name ("A: …")."""
        return self._asked[0].actor if self._in_answer(token) else None

    def _in_answer(self, token: Token) -> bool:
        """Whether ``token`` stands in an unnamed answer of an interview whose interviewee is known."""
        return self._asked is not None and any(start <= token.i < end for start, end in self._answers)

    def at(self, token: Token) -> Mention | None:
        """The mention covering ``token`` itself."""
        return self.by_token.get(token.i)

    def of(self, token: Token, pronouns: bool = True) -> list[Mention]:
        """The actors ``token`` stands for, distributed over its coordination."""
        found: list[Mention] = []
        for t in (token, *(c for c in token.conjuncts if not misread_conjunct(c))):
            for m in self._one(t, pronouns) or self._owner_before_conjunct(t):
                if all(m.actor.iri != f.actor.iri for f in found):
                    found.append(m)
        return found

    def _owner_before_conjunct(self, token: Token) -> list[Mention]:
        """"Representatives of Colombia and the ELN signed …", parsed with the ELN coordinated with
        the representatives: a noun that stands for no actor, with an actor after "of" and an actor
        coordinated with it, is read as "representatives of (Colombia and the ELN)"."""
        if not token.conjuncts or not any(self.at(c) or self._one(c, pronouns=False) for c in token.conjuncts):
            return []
        return [m for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of" for g in prep.children if g.dep_ == "pobj" and (m := self.at(g))]

    def itself(self, token: Token) -> list[Mention]:
        """The actors ``token`` alone stands for, not its conjuncts ("Colombia's government and the ELN")."""
        return self._one(token, pronouns=True)

    def _one(self, token: Token, pronouns: bool, head: bool = True) -> list[Mention]:
        direct = self.at(token)
        if direct is not None:
            # "Thai and Cambodian troops clashed": the modifier coordinated with the mention's own names its own actor
            others = [
                m for c in token.lefts if c.dep_ in MODIFIER_DEPS and (m := self.at(c)) is not None and m.actor.iri != direct.actor.iri
                and any(self.at(k) is direct for k in c.conjuncts)
            ]
            return [self._titled(token, direct), *others]
        word = token.lower_
        if token.tag_ in ("WDT", "WP") and token.dep_ == "pobj":
            # "the bloc to which both countries belong", "the envoy with whom Kyiv negotiated": the noun the clause is on
            clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
            return self._one(clause.head, pronouns) if clause is not None else []
        if word in self.lexicon.cue("@first_pronoun") and token.tag_ in ("PRP", "PRP$"):
            return (self._quoted(token) or self._answering(token)) if pronouns else []
        if word in self.lexicon.pronouns:
            return self.anaphor(token) if pronouns else []
        named = self._by_head(token)
        if named is not None:
            return [named]
        if pronouns and (coordinated := self.plural(token)):
            return coordinated  # "The unions accuse the operator": each union coordinated before
        trio = self.lexicon.cue("@trio")
        if (token.tag_ == "NNS" and any(c.dep_ == "nummod" and c.lower_ in trio for c in token.children)) or (
            token.tag_ == "CD" and word in trio and any(c.dep_ == "det" for c in token.children) and all(c.dep_ in ("det", "punct") for c in token.children)
        ):
            # "urged the three juntas", "where the three signed"; else three of the noun's kinds coordinated shortly before
            return (self.trio(token) or self.plural(token, size=3)) if pronouns else []
        if token.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in self.lexicon.cue("@either") for c in token.children):
            return self.pair(token) if pronouns else []  # "no deals with either country": each of the two just named
        if token.tag_ == "NNS" and any(c.dep_ in ("det", "predet", "nummod") and c.lower_ in self.lexicon.cue("@pair") for c in token.children):
            if any(c.dep_ == "poss" and c.lower_ != "their" for c in token.children):
                return []  # "the alliance between its two neighbours": the owner's neighbours, no pair read before
            return self.pair(token) if pronouns else []  # "the two governments" before "the government"
        if pronouns and self._peers_named_again(token):
            # "The leaders signed …", "the heads of state agreed …", "where the two signed …": the two persons just
            # named, as "both leaders" reads them
            return self.pair(token, persons=True)
        if token.tag_ == "NNS" and _definite(token, self.lexicon.cue("@definite")) and (listed := self._listed(token)):
            return listed  # "urged the federations": the two named in apposition to "two labour federations" before
        if (referring(self.lexicon, word) or referring(self.lexicon, token.lemma_)) and _definite(token, self.lexicon.cue("@definite")):
            # "the government of Colombia" and "the government in Bogotá" name their own referent; "the government" refers back
            owners = self._owners(token)
            if token.tag_ == "NNS" and owners and not any(c.dep_ == "compound" or (c.dep_ == "prep" and c.lower_ == "of") for c in token.children):
                return []  # "the Russian-backed republics in eastern Ukraine": things in a state, not the state
            return self._governed(token, owners) or self.anaphor(token)
        if token.pos_ not in ("NOUN", "PROPN", "NUM", "ADJ", "VERB"):
            return []
        if pronouns and head and token.dep_ in ("dobj", "dative", "pobj") and token.lemma_ in self.lexicon.cue("@government"):
            # "loans to his country", "criticised her government": the state the pronoun's person leads or serves
            # (as a subject, "his government would …" is read by the frames' own rule for subjects)
            owners = [m for c in token.children if c.dep_ == "poss" and c.lower_ in self.lexicon.pronouns for m in self.anaphor(c)]
            states = [replace(m, actor=state) for m in owners if (state := self.served(m.actor)) is not None]
            if states:
                return states
        if head and token.lemma_ in self.lexicon.cue("@private"):
            return []  # "Chinese students" are not China; "a Ukrainian children's hospital" is Ukraine's
        found: list[Mention] = []
        for child in token.lefts:
            if child.dep_ not in MODIFIER_DEPS:
                continue
            if child.pos_ == "PRON":
                continue  # "its oil exports" is not a reference to an actor of the sentence
            if _against(child, self.lexicon.cue("@stance")):
                continue  # "anti-American", "pro-Russian": not the actor itself
            for t in (child, *child.conjuncts, *_hyphened(child)):
                m = self.at(t)
                found += [m] if m is not None else self._one(t, pronouns=False, head=False)
        if head and any(c.dep_ == "poss" and self.at(c) for c in token.children):
            # "Sweden's NATO bid", "Kyiv's EU membership": the owner's noun about a body, not the body's
            bodies = {m.actor.iri for c in token.lefts if c.dep_ == "compound" and (m := self.at(c)) and m.actor.type == "IntergovernmentalOrganization"}
            found = [m for m in found if m.actor.iri not in bodies]
        if head:
            found = self._governed(token, found)
        # "Russia's GRU military intelligence agency": the state's own body, not the state
        parts_of = {m.actor.country for m in found if m.actor.country}
        return [m for m in found if m.actor.iri not in parts_of]

    def _quoted(self, token: Token) -> list[Mention]:
        """"We urge Beijing to exercise restraint," the foreign ministry said: the first person of a
        reported quotation is its speaker (the subject of the verb of saying it is the clause of); a person's
        "we", "our", "us" the state or body the person leads or serves by the document's titles ("'We will not
        sign the agreement,' Santoso told reporters" after "Trade Minister Budi Santoso": Indonesia)."""
        if not token.doc.has_annotation("DEP"):
            return []
        for verb in token.ancestors:
            if verb.dep_ == "ccomp" and verb.head.lemma_ in self.lexicon.cue("@attribution"):
                speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
                if speaker is None or speaker.lower_ in self.lexicon.cue("@first_pronoun"):
                    return []
                found = self._one(speaker, pronouns=False)
                if "Plur" in token.morph.get("Number") and len(found) == 1 and (body := self._body(found[0].actor)) is not None:
                    return [replace(found[0], start=token.idx, end=token.idx + len(token), text=token.text, actor=body)]
                return found
        return []

    def _answering(self, token: Token) -> list[Mention]:
        """"Q: Is there any prospect of talks with Caracas? A: We will sit down with Caracas only if …": in an
        interview whose answers carry no speaker's name (a line opened by an ``@answer_label``, "A:"), the answer's
        "I" is the interviewee and its "we", "our", "us" the state or body the interviewee leads or serves."""
        if not self._in_answer(token):
            return []
        person, body = self._asked
        actor = person.actor if "Sing" in token.morph.get("Number") else body
        if actor is None:
            return []
        return [replace(person, start=token.idx, end=token.idx + len(token), text=token.text, actor=actor)]

    def _interviewee(self) -> tuple[Mention, Actor | None] | None:
        """The one who answers, named before the first question with the paper's own first person ("Guyana's Foreign
        Minister Hugh Todd spoke to us", "We spoke to Foreign Minister X"; the first person after the pronoun if the
        sentence names more), with the state or body a title fact makes them lead or serve, else the state named right
        before the name in that sentence; ``None`` if no such sentence."""
        doc = self.doc
        first = next((label.start for label in speaker_labels(doc)), self._answers[0][0])
        for sentence in doc[:first].sents if first else ():
            pronoun = next((t for t in sentence if t.lower_ in self.lexicon.cue("@first_pronoun") and t.tag_ in ("PRP", "PRP$")), None)
            people = [(start, m) for start, _, m in self.in_span(sentence.start, sentence.end) if m.actor.type == "Person"]
            if pronoun is None or not people:
                continue
            at, person = next(((s, m) for s, m in people if s > pronoun.i), people[0]) if len(people) > 1 else people[0]
            titled = [m.actor for start, _, m in self.in_span(sentence.start, at) if m.actor.type == "State"]
            body = self._body(person.actor) or (titled[-1] if titled else None)
            return person, body
        return None

    def _by_head(self, token: Token) -> Mention | None:
        """"the tribunal" after "Bolivia's Supreme Electoral Tribunal", "the authority" after "the
        Kenya Ports Authority": a definite common noun that is the last word of the name of exactly
        one organisation named earlier in the document."""
        if token.pos_ != "NOUN" or token.tag_ != "NN" or not _definite(token, self.lexicon.cue("@definite")):
            return None
        position = bisect.bisect_left(self._starts, token.i)
        found = {
            m.actor.iri: m for _, _, m in self.ordered[:position]
            if m.actor.type not in ("Person", "State") and m.actor.name.split()[-1].lower() == token.lower_
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _owners(self, token: Token) -> list[Mention]:
        """The actors a definite noun's own phrase names: a name before it ("the BRICS group"), any
        actor after "of", a state after a preposition of place ("the ministry in Jakarta" is
        Indonesia's, whatever state was named last)."""
        places = self.lexicon.cue("@place")
        named = [m for c in token.lefts if c.dep_ == "compound" and (m := self.at(c))]
        return named + [
            m for prep in token.children if prep.dep_ == "prep" and (prep.lower_ == "of" or prep.lower_ in places)
            for g in prep.children if g.dep_ == "pobj" and (m := self.at(g)) and (prep.lower_ == "of" or m.actor.type == "State")
        ]

    def _titled(self, token: Token, mention: Mention) -> Mention:
        """"spoke with Solomon Islands Prime Minister Jeremiah Manele", parsed with the state as the
        object: the leader named right after a state's title, not the state."""
        if mention.actor.type != "State" or token.dep_ not in ("pobj", "dobj", "dative"):
            return mention
        position = bisect.bisect_right(self._starts, token.i)
        for start, _end, following in self.ordered[position : position + 1]:
            if start - token.i <= 5 and getattr(self.leaders.get(following.actor.iri), "iri", None) == mention.actor.iri:
                return following
        return mention

    def _governed(self, token: Token, owners: list[Mention]) -> list[Mention]:
        """"Boluarte's government", "the government of President Hichilema": the state its leader heads."""
        if token.lemma_ not in self.lexicon.cue("@government"):
            return owners
        return [replace(m, actor=self.leaders[m.actor.iri]) if m.actor.iri in self.leaders else m for m in owners]

    def anaphor(self, token: Token, exclude: frozenset[str] = frozenset()) -> list[Mention]:
        """The nearest earlier actor of a type the pronoun or noun can refer to, but for ``exclude`` (IRIs)."""
        types = referring(self.lexicon, token.lower_) or referring(self.lexicon, token.lemma_)
        if not types:
            return []
        described = token.lower_ not in self.lexicon.pronouns  # a definite noun ("the government"), not a pronoun
        # a class noun of descriptions.tsv takes the kinds written there, as the actor layer's reading by salience does:
        # that reading found no actor (two equally salient) or one excluded here, and the nearest one of its kinds is
        # the fallback ("the union" is a body of states, never the chamber of commerce two sentences back)
        kinds = self.descriptions.get(token.lower_) if described else None
        if described:
            exclude = exclude | self.groups
        limit = _sentence_start(token, ANAPHOR_SENTENCES)
        position = bisect.bisect_left(self._starts, token.i)
        own, matrix = _binding(token)
        if described:
            # "Norway and Cuba called on the government", "Thailand hosted the junta's envoys": a definite noun is never
            # its own clause's subject, nor is the owner of an object
            own = own or (_binding(token.head)[0] if token.dep_ == "poss" else set())
            matrix = None
        elif token.lower_ not in ("him", "her"):
            # "it" and "them" are as often things ("France backed it"): past their own clause's
            # subject they reach only the subject of the clause that reports theirs ("Moscow
            # complained that Yerevan had not consulted it")
            own, matrix = (own, matrix) if own and matrix else (set(), None)
        earlier = [
            (start, end, m) for start, end, m in self.ordered[:position]
            if m.actor.iri not in exclude and not any(start <= i < end for i in own)
        ]
        fitting = [
            (start, end, m) for start, end, m in earlier
            if start >= limit and (of_kinds(m.actor, kinds) if kinds else _of_types(m.actor, types)) and (matrix is None or any(start <= i < end for i in matrix))
        ]
        if not fitting and types == {"State"} and described:
            # "… declined to criticise the government", the state last named four sentences back: a definite
            # noun for a state reaches further than a pronoun
            fitting = [f for f in earlier if f[2].actor.type == "State"]
        if described and types <= set(SECTORS) and token.doc.has_annotation("SENT_START"):
            # a sector noun ("the army", "the police"), however far back: the actor called by the same noun before
            # ("Lebanese army units … the army", not "Israeli troops"), of the state of the first actor of its own
            # sentence that has one ("The UN mission called on the army and the SPLA-IO": South Sudan's; "Hezbollah
            # said it would hand its weapons to the army once Israel withdraws": Lebanon's); else the nearest
            sentence = token.sent
            states = [m.actor.iri if m.actor.type == "State" else m.actor.country for _, _, m in self.in_span(sentence.start, sentence.end)]
            sectors = [f for f in earlier if _of_types(f[2].actor, types)]
            sectors = [f for f in sectors if any(t.lemma_ == token.lemma_ for t in self.doc[f[0]: f[1]])] or sectors
            state = next((s for s in states if s is not None and any(m.actor.country == s for _, _, m in sectors)), None)
            fitting = [f for f in sectors if f[2].actor.country == state] or fitting
        if described and token.lower_ in self.juntas:
            # "Malaysia urged the junta to extend its ceasefire" after China was named: a state ruled by its military, however
            # far back, not the nearest state (the actor layer leaves it here when the story also names that military)
            fitting = [f for f in earlier if f[2].actor.iri in self.ruled][-1:] or fitting
        if not fitting and kinds and ("Organization", None) not in kinds and not has_own_words(token, self.genitives):
            # a class noun with no actor of its kinds within reach is the one the salience reading gives it, of its
            # kinds the one named most before it ("the company" three sentences after the firm's last mention); not a
            # noun that may be any organisation ("the council", "la commissione"), which far back names none reliably
            salient = most_salient(token.lower_, kinds, [m for _, _, m in earlier], {})
            fitting = [f for f in earlier if salient is not None and f[2].actor.iri == salient.iri][-1:]
        if not fitting:
            return []
        if described:
            # "The French ambassador was expelled …; since then the junta has …": a state named only by the
            # adjective of another noun is seldom what a definite noun refers back to
            fitting = [f for f in fitting if token.doc[f[0]].pos_ != "ADJ"] or fitting
        controller = _controller(token)
        if controller is not None:
            # "asked the Solomon Islands to tear up its security pact": the one asked, who is to act
            named = [m for start, end, m in fitting if start <= controller.i < end]
            if named:
                return named[-1:]
        for target in _reason_of(token, self.lexicon.cue("@control"), self.lexicon.cue("@attribution")):
            # "praised Qatar for its mediation", "imposed sanctions on Iran over its support for Russia": the
            # one the act is on, whose deed the reason names
            named = [m for start, end, m in fitting if start <= target.i < end]
            if named:
                return named[-1:]
        # the subject of an earlier clause of the sentence is the likeliest antecedent ("The
        # ICC is investigating crimes … in Ukraine, its prosecutor's office said"), else the nearest
        if token.lower_ in self.lexicon.cue("@plural"):
            groups = [self.group(start, end, m) for start, end, m in fitting]
            plural = [g for g in groups if len(g) > 1]
            if plural:
                return plural[-1]  # "South Korea and the United States … their drills"
        here = _sentence_start(token, 1)
        subjects = [(start, end, m) for start, end, m in fitting if start >= here and self._is_subject(start, end)]
        if not subjects and not described and token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT" \
                and all(start < here for start, _, _ in fitting):
            # "General X said militias had attacked Y herders … He urged …": the main clause's subject pronoun with no
            # antecedent in its own sentence goes on with the subject before, not with an actor the last sentence named later
            subjects = [f for f in fitting if self._is_subject(f[0], f[1])]
        return [(subjects or fitting)[-1][2]]

    def _listed(self, token: Token) -> list[Mention]:
        """"the federations" after "Nigeria's two main labour federations, the NLC and the TUC, …": the actors
        listed right after the same plural noun earlier in the document, if any."""
        doc = token.doc
        for earlier in reversed(doc[: token.sent.start]):
            if earlier.lemma_ != token.lemma_ or earlier.tag_ != "NNS" or earlier.i + 2 >= len(doc) or doc[earlier.i + 1].text != ",":
                continue
            listed = self.in_span(earlier.i + 2, earlier.i + 4)
            if not listed:
                return []
            group = self.group(*listed[0])
            return group if len(group) > 1 else []
        return []

    def plural(self, token: Token, size: int | None = None) -> list[Mention]:
        """"The Port Workers' Union, the Stevedores' Federation and the Crane Operators' Union walked out … The unions
        accuse the operator": a plural class noun (``plurals.tsv``) after "the", with no words of its own that pick out
        another set ("Nigeria's unions", "the unions of the north"), stands for the last coordination of actors of its
        kinds named within ``PLURAL_SENTENCES`` sentences before it, but for its own clause's subject. A number is left
        to ``pair`` and ``trio`` ("the two governments", "the three juntas"), which ask for a coordination of just ``size``
        actors of its kinds when their own reading finds none, anywhere before it: so precise a set needs no window
        ("Mali, Burkina Faso and Niger … The three juntas accused …")."""
        kinds = self.plurals.get(token.lower_)
        if kinds is None or token.tag_ != "NNS" or not self.doc.has_annotation("DEP"):
            return []
        children = list(token.children)
        if not any(c.dep_ == "det" and c.lower_ in self.lexicon.cue("@definite") for c in children) or any(
            c.dep_ not in ("det", "amod", "compound") and not (size and c.dep_ == "nummod") for c in children
        ):
            return []
        limit = 0 if size else _sentence_start(token, PLURAL_SENTENCES)
        position = bisect.bisect_left(self._starts, token.i)
        own, _ = _binding(token)
        owned = [self.by_token[i] for i in own if i in self.by_token]
        for start, end, m in reversed(self.ordered[:position]):
            if start < limit:
                break
            group = self.group(start, end, m)
            if len(group) == (size or len(group)) > 1 and all(_of_types(g.actor, kinds) for g in group) and not any(g is o for g in group for o in owned):
                return group
        return []

    def _plural_readings(self) -> list[tuple[Token, list[Mention]]]:
        """For a text with no parse, each plural description ("i sindacati", "le tre sigle", "alle opposizioni": a
        ``plurals.tsv`` noun after a plural definite article or its contraction with a preposition, and a number) with the
        last coordination of actors of its kinds named within ``PLURAL_SENTENCES`` sentences before it; a number
        (``cardinal``) asks for just that many, anywhere before it. "tutti i partiti" (``universal``) are anyone's. A noun
        followed by words of its own ("i sindacati di base", "i sindacati metalmeccanici", "i partiti della
        maggioranza", "i sindacati Slc Cgil e Fials") names another set and is left alone."""
        doc = self.doc
        rules = load_rules()
        articles = rules.plural_definites.get(doc.lang_, frozenset())  # "alla società" is one firm, "le società" several
        chains = _coordinations(doc, self.ordered, self.lexicon.cue("@coordinator"), self.lexicon.cue("@article"))
        found: list[tuple[Token, list[Mention]]] = []
        cardinals = rules.cardinals.get(doc.lang_, {})
        universals = rules.universals.get(doc.lang_, frozenset())  # "tutti i partiti": a generic set
        # the same noun with the same number again stands for the same actors ("i sindacati" … "ai sindacati")
        read: dict[tuple[str, int | None], list[Mention]] = {}
        for noun in doc:
            kinds = self.plurals.get(noun.lower_)
            if kinds is None or noun.i in self.by_token or noun.i == 0:
                continue
            before = doc[noun.i - 1]
            size = int(before.text) if before.text.isdigit() else cardinals.get(before.lower_)  # "le tre sigle": just three
            if (before.like_num or before.lower_ in self.lexicon.cue("@pair") | self.lexicon.cue("@trio")) and noun.i > 1:
                before = doc[noun.i - 2]
            if before.lower_ not in articles or not self._ends_plural(noun) or self._partitive(before) \
                    or (before.i > 0 and doc[before.i - 1].lower_ in universals):
                continue
            limit = 0 if size else _sentence_start(noun, PLURAL_SENTENCES)  # so precise a set needs no window
            # the last of: a coordination of its kinds named shortly before, another plural read as actors of its kinds
            # ("ha chiesto ai sindacati di …, e le organizzazioni hanno accolto")
            named = [(g[-1][1], [m for _, _, m in g]) for g in chains if limit <= g[0][0] and g[-1][1] <= noun.i]
            described = [(other.i, group) for other, group in found]
            fitting = [(at, group) for at, group in named + described
                       if all(_of_types(m.actor, kinds) for m in group) and len(group) == (size or len(group))]
            group = read.get((noun.lower_, size)) or (max(fitting, key=lambda f: f[0])[1] if fitting else None)
            if group is not None:
                read[(noun.lower_, size)] = group
                found.append((noun, group))
        return found

    def _ends_plural(self, noun: Token, adjective: bool = True) -> bool:
        """No words of its own after a plural description, but for one adjective ("le associazioni agricole
        accusano"): a punctuation mark, the text's end, a verb, or a function word other than a genitive preposition
        ("i sindacati accusano", "i sindacati a non bloccare", "con i sindacati e"), or a genitive preposition before
        an infinitive ("ha chiesto ai sindacati di escludere …")."""
        doc = noun.doc
        if noun.i + 1 >= len(doc) or doc[noun.i + 1].is_punct or doc[noun.i + 1].is_space:
            return True
        after = doc[noun.i + 1]
        if not after.is_lower or not after.is_alpha:
            return False
        endings = self.lexicon.suffixes("@verb_ending")
        genitive = self.lexicon.cue("@genitive")
        if after.lower_ in genitive or self.lexicon.contractions.get(after.lower_) in genitive:
            then = doc[noun.i + 2] if noun.i + 2 < len(doc) else None
            return after.lower_ in genitive and then is not None and then.lower_ == then.lemma_.lower() and then.lower_.endswith(endings)
        if after.is_stop or after.lemma_.lower().endswith(endings):
            return True  # a function word, or a verb by its lemma's infinitive ("accusano" → "accusare")
        return adjective and self._ends_plural(after, adjective=False)

    def _partitive(self, article: Token) -> bool:
        """An articled "di" after a pronoun or a number: "uno degli alleati", "alcuni dei partiti" are some of a kind, not
        the actors just named."""
        if article.i == 0 or self.lexicon.contractions.get(article.lower_) not in self.lexicon.cue("@genitive"):
            return False
        before = article.nbor(-1)
        return before.is_stop or before.like_num

    def _peers_named_again(self, token: Token) -> bool:
        """A subject that names persons just named again without a word of pairing: a plural noun for persons
        (``@peers``) with only "the" ("the leaders", "the heads of state"), or a pairing numeral standing alone
        ("the two")."""
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return False
        if token.tag_ == "CD" and token.lower_ in self.lexicon.cue("@pair"):
            return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and all(c.dep_ in ("det", "punct") for c in token.children)
        if token.tag_ != "NNS" or token.lemma_ not in self.lexicon.cue("@peers") or referring(self.lexicon, token.lemma_):
            return False
        objects = [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        return (
            any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            and all(c.dep_ in ("det", "prep") for c in token.children)
            and all(c.lower_ == "of" for c in token.children if c.dep_ == "prep")
            and not any(self.at(g) is not None or list(g.children) for g in objects)  # "the heads of state", not "the leaders of Hamas"
        )

    def trio(self, token: Token) -> list[Mention]:
        """"where the three signed", "urged the three juntas": the three persons (else states; for a noun, actors of
        its kind) its own sentence named before it, if it named just three; else no one. (The last three actors
        coordinated in the sentences before were measured: other trios than the one meant.)"""
        types = referring(self.lexicon, token.lemma_) if token.tag_ != "CD" else None
        position = bisect.bisect_left(self._starts, token.i)
        own, _ = _binding(token)
        for kind in [types] if types else [frozenset({"Person"}), frozenset({"State"})]:
            named: dict[str, Mention] = {}
            for start, end, m in self.ordered[:position]:
                if start >= token.sent.start and _of_types(m.actor, kind) and not any(start <= i < end for i in own):
                    named.setdefault(m.actor.iri, m)
            if len(named) == 3:
                return list(named.values())
        return []

    def pair(self, token: Token, persons: bool = False) -> list[Mention]:
        """"both sides", "the two governments": the last two actors coordinated before ``token``, else
        the two sides of the latest relation read. A noun for persons (``@peers``: "both leaders") takes the
        last two persons joined, else the two persons of the latest relation, else the last two actors joined."""
        limit = _sentence_start(token, ANAPHOR_SENTENCES)
        position = bisect.bisect_left(self._starts, token.i)
        groups = [self.group(start, end, m) for start, end, m in self.ordered[:position] if start >= limit]
        types = referring(self.lexicon, token.lemma_)  # "the two governments" are states
        peers = types is None and (persons or token.lemma_ in self.lexicon.cue("@peers"))
        if peers:
            types = frozenset({"Person"})  # "both leaders": the persons just joined, else the sides whoever they are

        def fits(group: list[Mention]) -> bool:
            return len(group) == 2 and (types is None or all(_of_types(m.actor, types) for m in group))

        own, _ = _binding(token)  # "mediators from Egypt and Qatar pressed both sides": not the mediators
        owned = [self.by_token[i] for i in own if i in self.by_token]  # token positions, not characters
        free = [g for g in groups if not any(m is o for m in g for o in owned)]
        if types is not None and "State" in types:
            # "met Ukrainian and Polish officials and urged both governments": the officials' states
            free = [self._states_of(g, token) or g if all(m.actor.sector == "government" for m in g) else g for g in free]
        pairs = [g for g in free if fits(g)]
        if pairs:
            return pairs[-1]
        if peers:  # else the two persons of the latest relation, else the last two actors joined ("hosting both leaders")
            if fits(self.sides):
                return list(self.sides)
            # "Kyrgyzstan and Tajikistan signed a treaty … Mirziyoyev is due to host both leaders": the sides' leaders
            heads = [next((p for _, _, p in reversed(self.ordered[:position]) if getattr(self.leaders.get(p.actor.iri), "iri", None) == m.actor.iri), None) for m in self.latest_sides(token)]
            if fits([m for m in heads if m is not None]):
                return heads
            pairs = [g for g in free if len(g) == 2]
            if pairs or not persons:
                return pairs[-1] if pairs else []
            # "Lula received Milei in Brasilia, where the two signed …", "X spoke with Y … The leaders agreed": the last
            # two persons named, when no third was named in between
            for since in (token.sent.start, limit):  # its own sentence first
                named: list[Mention] = []
                for start, _, m in reversed(self.ordered[:position]):
                    if start >= since and m.actor.type == "Person" and all(m.actor.iri != n.actor.iri for n in named):
                        named.append(m)
                if len(named) == 2:
                    return named[::-1]
            return []
        recent = self.latest_sides(token)
        sides = recent if fits(recent) or types is None else self._states_of(recent, token)
        if types is None and len(recent) == 2 and all(m.actor.type == "Person" for m in recent):
            # "Sudani travels to Ankara for talks with Erdoğan … urged both sides to reopen it": their states
            sides = self._states_of(recent, token) or sides
        latest = (types is not None or token.lemma_ in self.lexicon.cue("@sides")) and fits(sides)
        return list(sides) if latest else []

    def latest_sides(self, token: Token) -> list[Mention]:
        """The two sides "both sides" at ``token`` falls back on when no pair was just joined: the two actors
        of a relation its own sentence read before it, else the parties of the latest two-sided event, else
        the two actors of the latest relation read. A judgement, an appeal or a mediation aimed at them takes the
        sides of the latest conflictual relation over partners, parties of an event that were never at odds
        ("Russia and China signed a partnership … the pope urged both sides to accept a truce")."""
        sentence = token.sent
        if self.sides and all(sentence.start_char <= m.start < sentence.end_char for m in self.sides):
            return self.sides
        if self.disputes and self._addressed(token) and not self._disputed(self.event_sides):
            return self._main_dispute()
        return self.event_sides or self.sides

    def _main_dispute(self) -> list[Mention]:
        """The two sides at odds in the most relations read so far, the latest of them on a tie: an appeal to "both
        sides" late in a story addresses the story's dispute, not a side quarrel read last ("The union threatened a
        strike … a council member criticised the mayor … the chamber urged both sides to return to talks")."""
        counts = Counter(frozenset(self._side(m) for m in pair) for pair in self.disputes)
        return max(reversed(self.disputes), key=lambda pair: counts[frozenset(self._side(m) for m in pair)])

    def _disputed(self, sides: list[Mention]) -> bool:
        """The two sides have been at odds in a relation read so far, each leader or sector actor as its state
        ("Armenian and Azerbaijani troops exchanged fire" puts Armenia and Azerbaijan at odds)."""
        return len(sides) == 2 and {self._side(m) for m in sides} in ({self._side(m) for m in pair} for pair in self.disputes)

    def _side(self, mention: Mention) -> str:
        """The side a mention stands for in a dispute: a leader's state, a sector actor's state, else the actor."""
        return getattr(self.leaders.get(mention.actor.iri), "iri", mention.actor.country or mention.actor.iri)

    def _addressed(self, token: Token) -> bool:
        """``token`` is aimed at by a judgement, an appeal or a mediation (``ADDRESSED``): the word it depends on,
        through its prepositions ("urged both sides", "disappointed with both sides", "mediate between both sides"),
        or with no parse the nearest trigger before it in its clause ("ha esortato entrambe le parti", "si è detto
        deluso da entrambe le parti", ``@disappointed``)."""
        if self.doc.has_annotation("DEP"):
            act = token
            while act.dep_ in ("pobj", "dobj", "prep", "conj") and act.head is not act:
                act = act.head
            acts = [act]
        else:
            acts = [t for t in reversed(token.sent[: token.i - token.sent.start]) if not t.is_punct][:ADDRESS_REACH]
        for act in acts:
            if act.lower_ in self.lexicon.cue("@disappointed"):
                return True
            triggers = self.lexicon.triggers.get(act.lemma_.lower())
            if triggers:
                return any(t.relation in ADDRESSED for t in triggers)
        return False

    def _states_of(self, sides: list[Mention], token: Token) -> list[Mention]:
        """Each side as its state, named earlier in the document: "Greek coast guard vessels intercepted
        a Turkish ship … spoke with both governments" (Greece and Turkey)."""
        position = bisect.bisect_left(self._starts, token.i)
        named = {m.actor.iri: m for _, _, m in self.ordered[:position]}
        states = [named.get(served.iri) if (served := self.served(m.actor)) is not None
                  else m if m.actor.country is None else named.get(m.actor.country) for m in sides]
        return [m for m in states if m is not None] if all(states) else []

    def title_facts(self, person: Actor) -> list[Relation]:
        """What the document's titles state of ``person`` (``kg_actors``' facts)."""
        return title_facts(person, self.doc)

    def _body(self, person: Actor) -> Actor | None:
        """The state a person leads, else the state or body a title fact of the document makes them lead or serve."""
        if person.type != "Person":
            return None
        return self.leaders.get(person.iri) or office_body(person, self.doc)

    def served(self, person: Actor) -> Actor | None:
        """The state a person leads or works for: the leaders the index knows, else the person's title facts
        ("Benin's government spokesman X", "Kenyan Foreign Minister X" serve their states)."""
        if person.type != "Person":
            return None
        return self.leaders.get(person.iri) or next((f.object for f in self.title_facts(person) if f.object.type == "State"), None)

    def _is_subject(self, start: int, end: int) -> bool:
        if not self.doc.has_annotation("DEP"):
            return False
        root = self.doc[start:end].root
        # "Niger's government has warned Orano that it …": it is Niger (not so "Sudan's army", an actor itself)
        while (root.dep_ in ("conj", "compound", "appos") or (root.dep_ == "poss" and self.at(root.head) is None)) and root.head != root:
            root = root.head
        return root.dep_ in ("nsubj", "nsubjpass")

    def group(self, start: int, end: int, mention: Mention) -> list[Mention]:
        """The coordination a mention belongs to ("China and Russia … their partnership")."""
        if not self.doc.has_annotation("DEP"):
            return [mention]
        root = self.doc[start:end].root
        while root.dep_ == "conj" and root.head != root:
            root = root.head
        members = [self.at(t) for t in (root, *root.conjuncts)]
        found = [m for m in members if m is not None]
        return found if mention in found else [mention]

    def search(self, token: Token, depth: int = 4, exclude: frozenset[str] = frozenset(), places: bool = False,
               topics: frozenset[str] = frozenset()) -> list[Mention]:
        """The shallowest actors in ``token``'s phrase (prepositions do not count as a level).

        "sanctioned tankers belonging to Russia's shadow fleet" → Russia. Actors in
        ``exclude`` (IRIs, usually the subject) are passed over, and so are place phrases
        unless ``places`` ("condemned violations in Ukraine" does not condemn Ukraine), and phrases opened
        by a preposition in ``topics`` ("backed a resolution on Sudan").
        """
        place_words = (frozenset() if places else self.lexicon.cue("@place")) | topics
        queue: deque[tuple[Token, int]] = deque([(token, 0)])
        while queue:
            node, level = queue.popleft()
            found = [m for m in self.of(node, pronouns=False) if m.actor.iri not in exclude]
            if found:
                return found
            if level >= depth or node.lemma_ in self.lexicon.cue("@private"):
                continue  # "met Chinese students" meets no state
            for child in node.children:
                if child.dep_ in SEARCH_DEPS and not (child.dep_ == "prep" and child.lower_ in place_words) and not _infinitive(child):
                    queue.append((child, level if child.dep_ in ("prep", "agent") else level + 1))
        return []

    def in_span(self, start: int, end: int) -> list[tuple[int, int, Mention]]:
        """``(first token, token after, mention)`` for mentions starting in ``[start, end)``, plural descriptions
        placed as their actors among them."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        described = [placed for placed in self.described if start <= placed[0] < end]
        return sorted(self.ordered[lo:hi] + described, key=lambda placed: placed[0]) if described else self.ordered[lo:hi]



def misread_conjunct(token: Token) -> bool:
    """A name the parser coordinated with the noun before it that is the subject of the clause after it:
    "Germany sent tanks to Ukraine and Poland sent jets" (Poland sends; it receives nothing)."""
    doc = token.doc
    if token.dep_ != "conj" or token.pos_ not in ("PROPN", "NOUN") or token.i + 1 >= len(doc):
        return False
    first = token.head
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    if first.dep_ == "pobj" and first.head.lower_ in BETWEEN:
        return False  # "fighting between Tajik troops and Kyrgyz troops killed …": "between" names both parties
    verb = doc[token.i + 1]
    return verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _coordinations(doc: Doc, ordered: list[tuple[int, int, Mention]], coordinators: frozenset[str], articles: frozenset[str]) -> list[list[tuple[int, int, Mention]]]:
    """With no parse, the runs of two or more actors joined by commas and a last coordinator ("Fiom-Cgil, Fim-Cisl e
    Uilm-Uil", "Cgil e la Uil"), each actor once, in text order."""
    runs: list[list[tuple[int, int, Mention]]] = []
    joins: list[list[bool]] = []
    for placed in ordered:
        if runs and runs[-1][-1][1] <= placed[0]:
            between = doc[runs[-1][-1][1] : placed[0]]
            words = [t for t in between if not t.is_space]
            if words and all(t.text == "," or t.lower_ in coordinators or t.lower_ in articles for t in words):
                runs[-1].append(placed)
                joins[-1].append(any(t.lower_ in coordinators for t in words))
                continue
        runs.append([placed])
        joins.append([])
    return [
        run for run, joined in zip(runs, joins)
        if joined and joined[-1] and len({m.actor.iri for _, _, m in run}) == len(run)
    ]


def _infinitive(token: Token) -> bool:
    """An infinitive clause on a noun ("the decision to quit ECOWAS", "a plan to isolate Iran"): what its verb
    acts on is no part of what the noun names."""
    if token.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
        return True  # a content clause ("denied reports that it had expelled Hamas officials"): what is said, not who
    return token.dep_ == "acl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)


def _answers(doc: Doc, labels: frozenset[str]) -> list[tuple[int, int]]:
    """The token ranges of an interview's answer lines after their label ("A: …", "R: …", ``@answer_label``)."""
    return [(start + 2, end) for start, end, _ in text_lines(doc) if end - start > 2 and doc[start].lower_ in labels and doc[start + 1].text == ":"]


def _turns(doc: Doc, ordered: list[tuple[int, int, Mention]]) -> list[tuple[int, Actor | None]]:
    """Transcript turns in text order: where each line with a speaker label starts, and the speaker
    ``kg_actors`` found for it (None for "Q:", "HOST:")."""
    speakers = {start: m.actor for start, _, m in ordered if m.rule == "speaker:label"}
    if not speakers:
        return []
    return [(label.start, speakers.get(label.start)) for label in speaker_labels(doc)]


def _binding(token: Token) -> tuple[set[int], set[int] | None]:
    """For an object pronoun or "both sides": the token positions of its own clause's subject,
    which it cannot refer to ("Milei refused to meet him": him is not Milei), found through the
    verbs that share that subject; and of the subject of the clause that reports its clause, if
    any (None otherwise)."""
    if not token.doc.has_annotation("DEP") or token.dep_ not in ("dobj", "dative", "pobj"):
        return set(), None
    verb = token.head.head if token.dep_ == "pobj" else token.head
    for _ in range(3):  # "hosted (two rounds of) talks between the two governments": the verb that governs the event noun
        if verb.pos_ not in ("NOUN", "PROPN") or verb.dep_ not in ("dobj", "pobj") or verb.head == verb:
            break
        verb = verb.head.head if verb.dep_ == "pobj" and verb.head.pos_ == "ADP" else verb.head
    for _ in range(6):
        if verb.pos_ not in ("VERB", "AUX"):
            break
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            own = {t.i for t in subject.subtree}
            if verb.dep_ != "ccomp" or verb.head == verb:
                return own, None
            matrix = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return own, ({t.i for t in matrix.subtree} if matrix is not None else None)
        if verb.dep_ not in ("xcomp", "conj") or verb.head == verb:
            break
        verb = verb.head
    return set(), None


def _controller(token: Token) -> Token | None:
    """For a possessive in an infinitive clause whose subject is the object of the verb above it ("asked
    Honiara to tear up its pact", "urged Kyiv to drop its demand"): that object."""
    if not token.doc.has_annotation("DEP") or token.dep_ != "poss":
        return None
    clause = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if clause is None or clause.dep_ != "xcomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None
    return next((c for c in clause.head.children if c.dep_ in ("dobj", "dative")), None)


def _reason_of(token: Token, reasons: frozenset[str], speech: frozenset[str]) -> list[Token]:
    """For a possessive in the reason phrase of an act ("praised Qatar for its mediation", "imposed sanctions on
    Iran over its support"), or the subject of a deed's relative clause on that phrase's noun under a verb ("thanked
    Australia for the patrol boats it has delivered"; not "over a reform they say …", nor "the Movement for …, which it
    lists as …"): the words that name whom the act is on, its object first."""
    if not token.doc.has_annotation("DEP"):
        return []
    relative = token.dep_ == "nsubj" and token.head.dep_ == "relcl" and token.head.lemma_ not in speech
    reason = token.head if token.dep_ == "poss" else token.head.head if relative else None
    if reason is None or reason.dep_ != "pobj":
        return []
    prep = reason.head
    if prep.dep_ != "prep" or prep.lower_ not in reasons or (relative and prep.head.pos_ not in ("VERB", "AUX")):
        return []
    host = prep.head
    objects = [c for c in host.children if c.dep_ in ("dobj", "dative")] if host.pos_ in ("VERB", "AUX") else [host]
    # "rebuked Georgia's ruling party for its crackdown": the object's owner when the object names no actor
    return [t for o in objects for t in (o, *(c for c in o.children if c.dep_ == "poss"), *(g for c in o.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"))]


def _against(token: Token, prefixes: frozenset[str]) -> bool:
    """A prefixed modifier: "anti-Western", "pro-Russian" name a stance, not an actor."""
    doc, i = token.doc, token.i
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in prefixes


def _hyphened(token: Token) -> list[Token]:
    """"Saudi-Iranian talks", "a US-China trade deal": the words joined to a modifier by a hyphen,
    which the parser hangs from it, name the other parties."""
    return [c for c in token.lefts if c.i + 2 == token.i and token.doc[c.i + 1].text == "-"]


def _dateline(span: Span) -> bool:
    """"MANILA — Japan and the Philippines signed …": the place a wire story is filed from, in
    capitals before a dash at the start of a line, is no actor of the sentence."""
    doc = span.doc
    starts_line = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws
    return (
        starts_line and span.end < len(doc) and doc[span.end].text in ("—", "–", "--")
        and all(t.is_upper or not t.is_alpha for t in span)
    )


def _definite(token: Token, determiners: frozenset[str]) -> bool:
    """"the alliance", "this bloc" — not "an alliance"."""
    return any(c.dep_ in ("det", "poss") and c.lower_ in determiners for c in token.children) or (
        token.i > 0 and folded(token.nbor(-1)) in determiners
    )


def referring(lexicon: Lexicon, word: str) -> frozenset[str] | None:
    """The actor types (or sectors) a definite class noun or a pronoun may stand for: the noun's kinds in
    ``descriptions.tsv`` (the actor layer's table; a kind with a type gives its type, one of a sector alone its
    sector: "the troops" → military), else the lexicon's ``@pronoun`` row, else None. The frame engines ask it
    whether a word stands for an actor at all ("the alliance" is no act)."""
    kinds = load_rules().descriptions.get(lexicon.lang, {}).get(word)
    return frozenset(type_ or sector for type_, sector in kinds) if kinds else lexicon.pronoun_types.get(word)


def _sentence_start(token: Token, sentences: int) -> int:
    """Token index where the sentence ``sentences - 1`` before ``token``'s sentence begins."""
    if not token.doc.has_annotation("SENT_START"):
        return 0
    span: Span = token.sent
    start = span.start
    counted = 1
    while counted < sentences and start > 0:
        before = token.doc[start - 1].sent
        start = before.start
        words = [t for t in before if not t.is_space]
        # a transcript's speaker label ("MR MILLER:") is a sentence of its own but says nothing
        if not (words and words[-1].text == ":" and is_speaker_label(token.doc[words[0].i : words[-1].i])):
            counted += 1
    return start


def _of_types(actor: Actor, types: frozenset[str]) -> bool:
    """The actor is of one of ``types``, actor types or sectors (``referring``: "the troops" are military)."""
    return actor.type in types or actor.sector in types
