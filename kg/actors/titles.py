"""Titles of office ("Russian President", "analyst at ISPI") and what they say: facts and role mentions.

A title before or beside a person's name ties the person to a state or organisation
("Russian President Vladimir Putin" → leaderOf Russia, "Laura Bianchi, an analyst at ISPI" →
affiliatedWith ISPI; the fact of each role is in ``ontologies/roles.tsv``). A title with a state
and no name ("the Russian president") mentions the office holder on the document's date
(``doc._.kg_date``) when the role has one holder at a time.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace
from typing import Callable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from kg.actors.gazetteer import ACTOR_BASE, Gazetteer, unknown_actor
from kg.actors.names import HYPHENS, SAXON_GENITIVE, capitalised
from kg.actors.pronouns import head_words, most_salient, nearest_described, tied_kinds
from kg.actors.rules import ActorRules, load_seat_offices
from kg.extract.parse import label_name, speaker_labels
from kg.model import Actor, Evidence, Mention, Relation

_MAX_APPOSITION_MODIFIERS = 3
_COMMANDER = "military_chief"  # the role of roles.tsv that commands forces
_COMPANY_HEAD = "chief_executive"  # the role of roles.tsv that heads a company: with no body named, the story's company
_DIRECTOR = "director"  # the role of roles.tsv that heads a body: a museum's, an agency's; a newspaper's editor
_FIRMS = (None, "business")  # the sectors of an organisation that may be a story's company
_MAX_PORTFOLIO_WORDS = 2  # "French Agriculture Minister", "Peru's labour minister"; a longer run is no portfolio
_MAX_BRANCH_WORDS = 2  # "la Fp Cgil Bari", "Coldiretti Trentino": the place of a local branch after the body's name
_NO_BODIES = ("Person", "State")  # what an organisation's office is never held in
_MEMBERSHIPS = ("Group", "Organization")  # what a title's member belongs to: a party, a chamber; never a state


@dataclass(frozen=True)
class TitleMatch:
    """A title of office at tokens ``start:end`` of a Doc, naming ``role`` (a role of ``roles.tsv``); ``rank``
    when a word before it makes it a lower office of the same body ("Deputy Foreign Minister"); ``outside`` when
    a word before it puts the office outside the state's government ("opposition leader": his party's, if any)."""

    start: int
    end: int
    role: str
    rank: bool = False
    outside: bool = False



def _names_its_body(title: TitleMatch, span: Span, mention: Mention) -> bool:
    """The title's own words name the state or organisation whose office it is, after its head word: "presidente
    della **Commissione europea**", "capo del **Pentagono**"."""
    return title.start < span.start and mention.actor.type != "Person"

# a title that names its office by the state itself holds the office listed under another role:
# "il capo dello Stato", "head of state" is the state's president (offices.csv); the High Representative
# whom offices.csv lists is the European Union's foreign minister
_OFFICES = {"head_of_state": "president", "high_representative": "foreign_minister"}

def skip_holder(doc: Doc, position: int, holders: dict[int, int], links: frozenset[str]) -> int:
    """Past "russo", "del Cremlino", "of the International Atomic Energy Agency", "serbo-bosniaco" after
    a title: the states and organisations starting at the keys of ``holders`` (ending at its values),
    with up to two ``links`` (prepositions, determiners) or a hyphen before each."""
    while position < len(doc):
        if position in holders:
            position = holders[position]
            continue
        if doc[position].text in HYPHENS and position + 1 in holders:
            position = holders[position + 1]
            continue
        step = position
        while step < len(doc) and step - position < 2 and doc[step].lower_ in links:
            step += 1
        if step > position and step in holders:
            position = holders[step]
            continue
        break
    return position


class Titles:
    """The titles of office of one language, and the facts and mentions they make in a Doc."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer, rules: ActorRules, actor: Callable[[str], Actor]) -> None:
        """``actor`` gives the canonical ``Actor`` of a gazetteer entry (the resolver's, so documents share them)."""
        self.gazetteer = gazetteer
        self.actor = actor
        self.roles = rules.roles
        self.home = rules.home.get(nlp.lang)
        self.org_heads = rules.org_heads
        self.sole = rules.sole_offices
        self.not_current = rules.not_current.get(nlp.lang, {})
        self.determiners = rules.determiners.get(nlp.lang, frozenset())
        self.links = rules.prepositions.get(nlp.lang, frozenset()) | self.determiners
        self.genitives = rules.genitives.get(nlp.lang, frozenset())
        self.counterparts = rules.counterparts.get(nlp.lang, frozenset())
        self.conjunctions = rules.conjunctions.get(nlp.lang, frozenset())
        self.seat_titles = rules.seat_titles.get(nlp.lang, frozenset())  # a title of no office of its own, that a seat of power names
        self.no_antecedent = rules.no_antecedent.get(nlp.lang, frozenset())
        self.bodies_before = rules.bodies_before.get(nlp.lang, frozenset())
        self.possessives = rules.possessives.get(nlp.lang, {})
        self.descriptions = rules.descriptions.get(nlp.lang, {})  # class nouns: "the union's president", "del sindacato"
        self.definites = rules.definites.get(nlp.lang, frozenset())
        self.salient = rules.salient.get(nlp.lang, frozenset())
        self.home_stems = rules.home_stems.get(nlp.lang, ())
        self.internationals = rules.internationals.get(nlp.lang, frozenset())
        self.adjectives = rules.title_adjectives.get(nlp.lang, frozenset()) | self.internationals
        # words of an office's level between a title and its body ("il segretario nazionale del sindacato")
        self.levels = self.adjectives | rules.levels.get(nlp.lang, frozenset()) | rules.regional.get(nlp.lang, frozenset())
        self.governments = rules.governments.get(nlp.lang, frozenset())
        self.we = rules.first_person_plural.get(nlp.lang, frozenset())
        self.local_offices = rules.local_offices.get(nlp.lang, {})  # "il sindaco": the head of the local body the holder leads
        self.local_bodies = frozenset(rules.local_bodies.get(nlp.lang, {}))  # "il Comune", "la Provincia": no firm of a story
        self.portfolio_offices = rules.portfolio_offices.get(nlp.lang, {})  # "il ministro delle Imprese": "il ministero delle Imprese"
        # words that say a person's name follows ("General", "il generale"): a rank between a title and its holder
        self.courtesies = tuple(sorted({tuple(c.text.lower().split()) for c in rules.cues if c.lang == nlp.lang and c.type == "Person"}, key=len, reverse=True))
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        for title in gazetteer.titles(nlp.lang):
            target = self.exact if title.case_sensitive else self.folded
            target.add(title.role, [nlp.make_doc(title.text)])

    def find(self, doc: Doc) -> list[TitleMatch]:
        """The titles of ``doc``, the longest where two overlap, in text order."""
        found = [
            TitleMatch(start, end, doc.vocab.strings[match_id])
            for matcher in (self.exact, self.folded)
            for match_id, start, end in matcher(doc)
        ]
        # "secretary of state" rather than "state"; "prime minister" rather than "minister"
        taken: set[int] = set()
        kept = []
        for t in sorted(found, key=lambda t: (t.start - t.end, t.start)):
            if not taken.intersection(range(t.start, t.end)):
                kept.append(t)
                taken.update(range(t.start, t.end))
        return self._with_counterparts(doc, sorted(kept, key=lambda t: t.start))

    def _with_counterparts(self, doc: Doc, titles: list[TitleMatch]) -> list[TitleMatch]:
        """"his Tajik counterpart Emomali Rahmon": a counterpart holds the office of the title before it
        in the sentence."""
        found = list(titles)
        for token in doc:
            if token.lower_ not in self.counterparts:
                continue
            before = [t for t in titles if t.end <= token.i and doc[t.start].sent.start == token.sent.start]
            if before:
                found.append(TitleMatch(token.i, token.i + 1, before[-1].role))
        return sorted(found, key=lambda t: t.start)

    def current(self, doc: Doc, titles: list[TitleMatch], resolved: list[tuple[Span, Mention]]) -> list[TitleMatch]:
        """The titles that name a current office holder ("former president", "President-elect" do
        not) outside the mentions of ``resolved`` (a title inside an organisation's name is no title; one whose
        own words end in the name of its body is: "la presidente della **Commissione europea**"),
        or opening the name of a person ("King Charles III", "Papa Leone XIV": the title is the gazetteer's
        form of the name, and still states the office)."""
        holders = {i for m, mention in resolved if mention.actor.type != "Person" for i in range(m.start, m.end)}
        return [
            replace(t, rank=self._marked(doc, t, "rank"), outside=self._marked(doc, t, "outside"))
            for t in titles
            if self._is_current(doc, t, holders)
            and not any(m.start < t.end and t.start < m.end and not _opens_person(t, m, mention) and not _names_its_body(t, m, mention)
                        for m, mention in resolved)
        ]

    def _marked(self, doc: Doc, title: TitleMatch, position: str) -> bool:
        """A word of ``not_current.tsv``'s ``position`` right before the title: ``rank``, a lower office of the same
        body ("Russian Deputy Foreign Minister", "vice ministro"); ``outside``, an office outside the state's
        government ("opposition leader")."""
        return bool(_word_before(doc, title) & self.not_current.get(position, set()))

    def _is_current(self, doc: Doc, title: TitleMatch, holders: set[int] = frozenset()) -> bool:
        """Not "former", "ex-", "-elect" …, right before the title, before the state or organisation
        named with it or before its portfolio ("Former US President Barack Obama", "Kenya's former president",
        "former home minister")."""
        start = title.start
        while start > 0 and (start - 1 in holders or doc[start - 1].text in SAXON_GENITIVE):
            start -= 1
        portfolio = title.start  # "Former home minister Asaduzzaman Khan", "former interior minister": past the portfolio
        while title.start - portfolio < _MAX_PORTFOLIO_WORDS and portfolio > 0 and doc[portfolio - 1].is_alpha \
                and doc[portfolio - 1].lower_ not in self.not_current.get("before", set()):
            portfolio -= 1
        before = _word_before(doc, replace(title, start=start)) | _word_before(doc, title) | _word_before(doc, replace(title, start=portfolio))
        after = [t.lower_ for t in doc[title.end : title.end + 2] if t.text not in HYPHENS][:1]
        return not (before & self.not_current.get("before", set()) or set(after) & self.not_current.get("after", set()))

    def facts(
        self, doc: Doc, titles: list[TitleMatch], resolved: list[tuple[Span, Mention]]
    ) -> tuple[list[Relation], dict[int, Actor]]:
        """"Russian President Vladimir Putin", "Laura Bianchi, an analyst at ISPI" → facts.

        Returns the facts and the titles (by start token) that describe a named person, with that person.
        """
        starts = {span.start: (span, m) for span, m in resolved}
        ends = {span.end: (span, m) for span, m in resolved}
        date = document_date(doc._.kg_date)
        facts, described = [], {}
        for title in titles:
            after = self._after_holder(doc, title.end, starts)
            person = _person_at(starts, after) or (_person_at(starts, after + 1) if after < len(doc) and doc[after].text == "," else None)
            if person is None and after < len(doc) and doc[after].lower_ in self.adjectives:
                person = _person_at(starts, after + 1)  # "l'Alto rappresentante internazionale Christian Schmidt"
            if person is None and _opens_person(title, *starts.get(title.start, (None, None))):
                person = starts[title.start]  # "King Charles III", one name in the gazetteer
            if person is None:
                person = self._after_courtesy(doc, after, starts)
            if person is None:
                person = self._after_portfolio(doc, after, starts)
            if person is None and after > title.end:
                person = self._after_branch(doc, after, starts)
            if person is None:
                person = self._after_body_word(doc, title.end, starts)
            if person is None:
                person = _labelled(doc, title, starts)
            if person is None:
                person = self._apposition_subject(doc, title, ends)
            if person is None:
                person = self._holder_past_word(doc, title, starts, date) if after == title.end else None
            if person is None:
                continue
            described[title.start] = person[1].actor
            body = self._portfolio_body(doc, title, person[0], resolved)
            if body is not None and body.iri != person[1].actor.iri:
                facts.append(_fact(doc, title, person[1].actor, "leaderOf", body))
            role = self.roles.get(title.role)
            if role is not None and role.fact == "memberOf":
                # "il capogruppo del Pd X", "Il deputato X, della Lega", "Labour MP X": a member of the party or
                # chamber the title names; a member of no state, so no home reading
                named = self._holder(doc, title, starts, ends) or self._holder_after_name(doc, person[0], starts, apposed=True)
                if named is not None and named[1].actor.type in _MEMBERSHIPS:
                    facts.append(_fact(doc, title, person[1].actor, role.fact, named[1].actor))
                continue
            if title.outside:  # "Kenyan opposition leader X" leads no Kenya: only his party, as his known office says
                holder = self._office_of(person[1].actor, title.role, date)
                if holder is not None and role is not None and holder.type != "State":
                    facts.append(_fact(doc, title, person[1].actor, role.fact, holder))
                continue
            named = self._holder(doc, title, starts, ends) or self._holder_after_name(doc, person[0], starts)
            if title.rank:  # "Russian Deputy Foreign Minister X": of Russia, not its foreign minister
                if named is not None and role is not None and named[1].actor.iri != person[1].actor.iri:
                    facts.append(_fact(doc, title, person[1].actor, "affiliatedWith", named[1].actor))
                continue
            holder = named[1].actor if named is not None else self._office_of(person[1].actor, title.role, date)
            if holder is None and named is None:
                holder = self._possessor(doc, title, titles, resolved, facts, date)  # "Its energy minister, X"
            organ_of_body = False
            if holder is None and named is None:
                holder = self._described_body(doc, title, resolved)  # "The union's president, X"
                # a title naming an organ of its own ("the bloc's commission president") heads the organ, and so
                # serves the body described
                organ_of_body = holder is not None and any(t.lower_ in self.descriptions for t in doc[title.start : title.end - 1])
            if holder is None and named is None and title.role in self.bodies_before \
                    and not _word_before(doc, title) & (self.possessives.keys() | SAXON_GENITIVE):  # "Its", "Milei's": the possessor's
                holder = _body_before(doc, title, resolved)  # "… Acque del Levante Ligure. … il portavoce X"
            if holder is None and named is None and title.role == _COMPANY_HEAD:
                # "L'amministratore delegato, X, …": the story's firm; not when a class noun names a body it found
                # no actor for ("della società" after a firm the story names in no form the recognisers know)
                holder = self._story_company(title, resolved) if self._body_noun(doc, title) is None else None
                if holder is None:
                    continue  # a company's head leads no state
            if holder is None and named is None and title.role == _DIRECTOR:
                holder = self._body_by_word(doc, title, resolved)  # "il direttore del museo, X": the story's Museo
                if holder is None:
                    continue  # a director of no body named leads no state
            if title.role == _COMMANDER and (holder is None or holder.type == "State"):
                # "Sudan's army chief": he leads the Sudanese army the story names, and no state's body is his
                holder = _forces(holder, resolved)
                if holder is None:
                    continue
            local_head = self.local_offices.get(title.role) or (self._local_body_after(doc, title) if named is None else None)
            if local_head is not None:
                portfolio = named is not None and named[0].start >= title.end and doc[title.end].lower_ not in self.genitives
                if holder is not None and (holder.type == "State" or portfolio):
                    # "il sindaco di Kiev Vitali Klitschko": the town's state is no body of a mayor; "l'assessora alla
                    # Protezione civile": a body after a preposition other than a genitive is the office's portfolio
                    holder = None
                if holder is None:
                    holder = self._local_office(doc, title, resolved, local_head)
                if holder is None:
                    continue  # no home state for a local office
            abroad = after < len(doc) and doc[after].lower_ in self.internationals  # an office of no state: no home
            if holder is None and named is None and role is not None and not abroad and (role.fact != "leaderOf" or self._home_is_story()):
                # "il ministro dell'Interno Matteo Piantedosi", "Defence Minister Khawaja Asif" in a story
                # set in Pakistan: a member of the home government. An unknown person is taken for its
                # head only in the state the story is set in ("President Embaló" in a story from
                # Bissau), never in the language's fixed home state: "il premier Rama" is not Italy's.
                # the state the title's own sentence names first speaks through its minister even in a story
                # set elsewhere: "Kenya … will withdraw its police from Haiti, Interior Minister X said"
                own = self._home_is_story() and role.fact != "leaderOf"
                home = (_sentence_state(doc, title, resolved) or self._reported_state(doc, title, person[0], resolved) if own else None) \
                    or (self._state_before(doc, title, resolved) if self._home_is_story() and not own else None) \
                    or self._home(title.role, resolved)
                if home is None and own:
                    home = _first_state(doc[title.start].sent.start, resolved) if title.role in self.home[1] else None
                holder = self.actor(home) if home is not None else None
            if holder is None or role is None or holder.iri == person[1].actor.iri:
                continue
            if self._unnamed_home(doc, holder, resolved):
                continue  # "il ministro dell'Interno Matteo Piantedosi" in a story that names no Italy: no country made clear
            holder = self._organ(title.role, holder, resolved)
            # a commander leads the forces or the armed group he commands, and serves a state or alliance
            fact = "leaderOf" if title.role == _COMMANDER and holder.type in ("Group", "Organization") or self._leads(person[1].actor, holder, date) else role.fact
            if title.role == _DIRECTOR and (holder.type == "Media" or holder.sector == "media"):
                fact = "affiliatedWith"  # "il direttore del Corriere": its editor, as the guide writes for a newspaper's staff
            if organ_of_body:
                fact = "affiliatedWith"
            facts.append(_fact(doc, title, person[1].actor, fact, holder))
        return facts, described

    def role_mentions(
        self,
        doc: Doc,
        titles: list[TitleMatch],
        resolved: list[tuple[Span, Mention]],
        described: dict[int, Actor],
        facts: list[Relation] = (),
    ) -> tuple[list[tuple[Span, Mention]], list[Relation]]:
        """"the Russian president" with no name: the office holder on the document's date, and the
        fact the text states of them (the president leads Russia). With no state named either ("il
        presidente argentino … il presidente", "la premier", "il leader serbo-bosniaco"), the person the
        text last gave that title, else the holder of that office in the home state of the language
        (``home.tsv``)."""
        starts = {span.start: (span, m) for span, m in resolved}
        ends = {span.end: (span, m) for span, m in resolved}
        date = document_date(doc._.kg_date)
        titled = {(t.role, doc[t.start].sent.start_char): described[t.start] for t in titles if t.start in described}
        found, stated = [], []
        for title in titles:
            role = self.roles.get(title.role)
            if role is not None and not role.unique and title.start not in described and not (title.rank or title.outside):
                found += self._anaphor(doc, title, [(t.role, t.start, described[t.start]) for t in titles if t.start in described], starts, ends)
                continue
            if title.start in described or title.rank or title.outside or role is None or not role.unique:
                continue
            holder = self._holder(doc, title, starts, ends)
            if holder is None and self.home is not None and self.home[0] != "-" and _unknown_name_after(doc, title, starts):
                continue  # "il premier Rama": a person the gazetteer lacks, not Italy's premier nor the last one named
            if holder is None:
                person = self._last_titled(doc, title, titled)
                if person is not None:
                    span = doc[title.start : self._after_holder(doc, title.end, starts)]  # "il leader serbo-bosniaco"
                    found.append((span, Mention(span.start_char, span.end_char, span.text, person, f"role:{title.role}")))
                    continue
                person = self._named_holder(doc, title, resolved, date)
                if person is not None:
                    span = doc[title.start : title.end]
                    found.append((span, Mention(span.start_char, span.end_char, span.text, person, f"role:{title.role}")))
                    continue
                state, span = self._home(title.role, resolved), doc[title.start : title.end]
                if state is None:
                    continue
            else:
                state, span = holder[1].actor.iri.removeprefix(ACTOR_BASE), doc[min(holder[0].start, title.start) : max(holder[0].end, title.end)]
            entry = self.gazetteer.office_holder(_OFFICES.get(title.role, title.role), state, date)
            if entry is None and holder is not None and title.role in self.seat_titles:
                # "il leader del Cremlino", "the leader of the Kremlin": the office the seat stands for
                seat = self._seat_office(holder[0])
                entry = self.gazetteer.office_holder(seat, state, date) if seat else None
            if entry is None:
                # "the Israeli leader", "il leader brasiliano": a title no office list holds, of a state whose
                # leader the text named before ("Prime Minister Benjamin Netanyahu … the Israeli leader")
                leaders = {f.subject.iri: f.subject for f in facts if f.relation == "leaderOf" and f.object.iri == ACTOR_BASE + state
                           and f.evidence.start < doc[title.start].idx}
                if holder is None or role.fact != "leaderOf" or len(leaders) != 1:
                    continue
                person = next(iter(leaders.values()))
                found.append((span, Mention(span.start_char, span.end_char, span.text, person, f"role:{title.role}")))
                continue
            # the holder keeps its own mention: "the Russian president" mentions Russia and its president
            person = self.actor(entry.id)
            if date is None and holder is not None and not any(m.actor.iri == person.iri for _, m in resolved):
                continue  # "Japan's foreign minister" with no date and no name: the latest holder may not be the one meant
            found.append((span, Mention(span.start_char, span.end_char, span.text, person, f"role:{title.role}")))
            if holder is not None:
                stated.append(_fact(doc, title, person, "leaderOf" if self._leads(person, holder[1].actor, date) else role.fact, holder[1].actor))
            elif role.fact == "leaderOf" and self.home is not None and self.home[0] == state:
                # "la presidente del Consiglio" in the Italian press: the head of the home state leads it
                stated.append(_fact(doc, title, person, role.fact, self.actor(state)))
        return found, stated

    def _local_body_after(self, doc: Doc, title: TitleMatch) -> str | None:
        """"il presidente della Regione", "l'assessore della Provincia": the head of a local body (``local_body`` in
        ``function_words.tsv``) written alone after the title and a genitive, which names the story's own such body."""
        position = title.end
        if position + 1 >= len(doc) or doc[position].lower_ not in self.genitives or not capitalised(doc[position + 1]):
            return None
        head = doc[position + 1].lower_
        return head if head in self.local_bodies else None

    def _local_office(self, doc: Doc, title: TitleMatch, resolved: list[tuple[Span, Mention]], head: str) -> Actor | None:
        """The local body headed by ``head`` that a local office's holder serves (``local_office`` in ``function_words.tsv``,
        or the body's word after the title): the one organisation of the document headed by the body's word ("il Comune",
        "il Comune di Terni"); with a place after the title ("il sindaco di Terni"), the one whose name holds that place."""
        bodies = {m.actor.iri: m.actor for _, m in resolved if m.actor.type == "Organization" and m.actor.name.split()[0].casefold() == head}
        place = doc[title.end + 1] if title.end + 1 < len(doc) and doc[title.end].lower_ in self.genitives and capitalised(doc[title.end + 1]) else None
        if place is not None and place.lower_ == head:
            place = None  # "il presidente della Regione": the body's own word, no place
        if place is not None:
            named = [a for a in bodies.values() if place.text in a.name.split()[1:]]
            if named:
                return named[0] if len(named) == 1 else None
            bodies = {iri: a for iri, a in bodies.items() if len(a.name.split()) == 1}  # "il Comune": the story's own
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def _portfolio_body(self, doc: Doc, title: TitleMatch, name: Span, resolved: list[tuple[Span, Mention]]) -> Actor | None:
        """"Il ministro delle Imprese Adolfo Urso" in a story that names "il ministero delle Imprese": the organisation named
        by the body's head of the title's word (``portfolio_office``) and the title's portfolio, the words up to the holder's
        name; None when the title has no portfolio or the story names no such body."""
        head = self.portfolio_offices.get(doc[title.start].lower_)
        if head is None or not title.start + 1 < name.start <= title.start + 6 or doc[title.start + 1].lower_ not in self.genitives:
            return None
        wanted = f"{head} {doc[title.start + 1 : name.start].text.rstrip(' ,').casefold()}"
        bodies = {m.actor.iri: m.actor for span, m in resolved if m.actor.type == "Organization" and span.text.casefold() == wanted}
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def _story_company(self, title: TitleMatch, resolved: list[tuple[Span, Mention]]) -> Actor | None:
        """The company a company head's title with no body leads ("The carrier's chief executive, X", "L'amministratore
        delegato, X, …"): the organisation the story names most, once before the title at least, of no sector or a
        business one, and no local body ("il Comune", "la Provincia di Bergamo"); none on a tie."""
        local = self.local_bodies
        counts: Counter[str] = Counter()
        firms, before = {}, set()
        for span, m in resolved:
            actor = m.actor
            if actor.type != "Organization" or actor.sector not in _FIRMS or actor.name.split()[0].casefold() in local:
                continue
            counts[actor.iri] += 1
            firms[actor.iri] = actor
            if span.end <= title.start:
                before.add(actor.iri)
        ranked = counts.most_common(2)
        if not ranked or ranked[0][0] not in before or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
            return None
        return firms[ranked[0][0]]

    def _body_by_word(self, doc: Doc, title: TitleMatch, resolved: list[tuple[Span, Mention]]) -> Actor | None:
        """"il direttore del museo, X": the one organisation of the story whose name holds the lowercase word that
        types an organisation (``org_heads.tsv``) after the title and a genitive ("Museo Egizio di Torino"); else none."""
        position = title.end
        if position + 1 >= len(doc) or doc[position].lower_ not in self.genitives:
            return None
        position += 1
        if doc[position].lower_ in self.determiners and position + 1 < len(doc):
            position += 1
        word = doc[position].lower_
        if not doc[position].is_lower or self.org_heads.get(word) in (None, "-", "place"):
            return None
        bodies = {m.actor.iri: m.actor for _, m in resolved if m.actor.type != "Person" and word in m.actor.name.casefold().split()}
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def _described_body(self, doc: Doc, title: TitleMatch, resolved: list[tuple[Span, Mention]]) -> Actor | None:
        """"The union's president, X", "il segretario provinciale del sindacato, X": a class noun of ``descriptions.tsv``
        after a definite article, possessing the title or after it past a genitive, stands for the body it describes
        among the actors named before the title, read as ``descriptions.tsv`` says: by salience, or the nearest;
        none when it describes none."""
        noun = self._body_noun(doc, title)
        if noun is None:
            return None
        kinds = tied_kinds(self.descriptions[noun.lower_])  # the title ties the body to its holder
        earlier = sorted(((span, m) for span, m in resolved if span.end <= title.start), key=lambda pair: pair[0].start)
        headed = [m.actor for _, m in earlier if m.actor.type != "Person" and noun.lower_ in head_words(m.actor.name)]
        if headed:
            return headed[-1]  # "the council's spokesman" after the Regional Indigenous Council of Cauca
        if noun.lower_ in self.salient:
            return most_salient(noun.lower_, kinds, [m for _, m in earlier], {})
        # read by nearness: within the title's sentence and the one before, as the relation layer reads the noun
        sentence = doc[title.start].sent
        since = doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
        return nearest_described(noun.lower_, kinds, [m for span, m in earlier if span.start >= since])

    def _body_noun(self, doc: Doc, title: TitleMatch) -> Token | None:
        """The class noun of ``descriptions.tsv`` that names a title's body: possessing it after a definite article
        ("The union's president") or after it past a genitive ("il segretario provinciale del sindacato")."""
        noun = None
        if title.start >= 3 and doc[title.start - 1].text in SAXON_GENITIVE and doc[title.start - 3].lower_ in self.definites:
            noun = doc[title.start - 2]
        position = title.end + (title.end < len(doc) and doc[title.end].lower_ in self.levels)
        if noun is None and position + 1 < len(doc) and doc[position].lower_ in self.genitives:
            position += 1 + (doc[position + 1].lower_ in self.definites)
            noun = doc[position] if position < len(doc) and doc[position].lower_ in self.descriptions else None
        return noun if noun is not None and noun.lower_ in self.descriptions else None

    def _home(self, role: str, resolved: list[tuple[Span, Mention]]) -> str | None:
        """The state whose office ``role`` is when the text names none (``home.tsv``): the language's
        own, or ("-") the state the story is set in — the one it names most, twice as often as any other.
        An office the world has once ("the Pope", "il Papa") is its one state's in any story (``*`` rows)."""
        if role in self.sole:
            return self.sole[role]
        if self.home is None or role not in self.home[1]:
            return None
        counts = Counter(m.actor.iri.removeprefix(ACTOR_BASE) for _, m in resolved if m.actor.type == "State")
        # "l'opposizione colombiana": a sector of a state named by its demonym names that state as the demonym alone did
        counts.update(m.actor.country.removeprefix(ACTOR_BASE) for _, m in resolved if m.rule.startswith("sector") and m.actor.country and m.actor.sector)
        ranked = counts.most_common(2)
        if self.home[0] != "-":
            # "CITTÀ DEL MESSICO – … il Messico … Il ministro dell'Economia Marcelo Ebrard": a story the home
            # press sets abroad, naming its own state nowhere, leaves out the country of that state's officials
            if counts and self.home[0] not in counts and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                return ranked[0][0]
            return self.home[0]
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
            return None
        return ranked[0][0]

    def abroad(self, resolved: list[tuple[Span, Mention]]) -> list[tuple[Span, Mention]]:
        """"Thailandia, la Corte costituzionale destituisce la premier … La Corte costituzionale thailandese":
        in a story the home press sets abroad (``_home``), a body of the home state named by a bare alias with no
        word of that state ("la Corte costituzionale", not "la Corte costituzionale italiana") is no actor — a court or
        a parliament, not the coast guard of a rescue at sea."""
        if self.home is None or self.home[0] == "-" or self._home("minister", resolved) in (None, self.home[0]):
            return resolved
        home = self.home[0]
        kept = []
        for span, mention in resolved:
            actor = mention.actor
            own = (actor.country or "").removeprefix(ACTOR_BASE) == home
            if own and actor.sector in ("judiciary", "legislature") and not any(t.lower_.startswith(self.home_stems) for t in span):
                continue
            kept.append((span, mention))
        return kept

    def _named_holder(self, doc: Doc, title: TitleMatch, resolved: list[tuple[Span, Mention]], date: dt.date | None) -> Actor | None:
        """"Il governo spagnolo di Pedro Sánchez … Il premier ha difeso la scelta": a bare title of an
        office is the one person named before it who holds that office of a state on the document's date
        (``offices.csv``) of a state other than the home press's own; with two such people, nobody."""
        role = _OFFICES.get(title.role, title.role)
        people = {}
        for span, mention in resolved:
            if span.start >= title.start or mention.actor.type != "Person":
                continue
            home = self.home[0] if self.home is not None else None  # the home state's own holder: the home reading below
            offices = [o for o in self.gazetteer.offices(mention.actor.iri.removeprefix(ACTOR_BASE)) if o.role == role and o.of != home]
            if any(o.held_on(date) if date is not None else o.end is None for o in offices):
                people[mention.actor.iri] = mention.actor
        return next(iter(people.values())) if len(people) == 1 else None

    def _seat_office(self, span: Span) -> str | None:
        """The role a seat of power stands for (``seat_offices.tsv``), read past an article."""
        words = [t for t in span if t.lower_ not in self.determiners and t.lower_ not in self.links]
        return load_seat_offices().get(" ".join(t.lower_ for t in words)) if words else None

    def _state_before(self, doc: Doc, title: TitleMatch, resolved: list[tuple[Span, Mention]]) -> str | None:
        """"Lithuania closed its crossings with Belarus. Prime Minister X accused Minsk …": a head's title opening its
        sentence (past determiners) is of the state that is the subject of the sentence before, which the reader takes
        up. A minister's is not: its sentence's or the story's first state comes first ("Ghana accused Togo … Lome
        denied it. Defence Minister X said" is Ghana's)."""
        sentence = doc[title.start].sent
        if sentence.start == 0 or any(t.lower_ not in self.determiners for t in doc[sentence.start : title.start]):
            return None
        subject = _subject(doc[sentence.start - 1].sent, resolved, self.determiners)
        return subject.iri.removeprefix(ACTOR_BASE) if subject is not None and subject.type == "State" else None

    def _home_is_story(self) -> bool:
        return self.home is not None and self.home[0] == "-"

    def _anaphor(
        self, doc: Doc, title: TitleMatch, titled: list[tuple[str, int, Actor]], starts: dict[int, tuple[Span, Mention]], ends: dict[int, tuple[Span, Mention]]
    ) -> list[tuple[Span, Mention]]:
        """"Interior Minister Tarek Belkadi … The minister accused Paris", "il ministro degli Esteri Antonio
        Tajani … Il ministro ha chiesto": a bare definite title of an office several hold, with no state
        and no name, is the one person the text gave that office (of any portfolio) before."""
        if title.start == 0 or doc[title.start - 1].lower_ not in self.determiners or doc[title.start - 1].lower_ in self.no_antecedent:
            return []
        if title.end < len(doc) and (capitalised(doc[title.end]) or doc[title.end].lower_ in self.links):
            return []  # "the minister Li", "il ministro per gli Affari europei": a name or a portfolio follows
        if self._holder(doc, title, starts, ends) is not None:
            return []
        sentence = doc[title.start].sent.start
        people = {person.iri: person for role, start, person in titled if start < sentence and (role == title.role or role.endswith("_" + title.role))}
        if len(people) != 1:
            return []
        span = doc[title.start : title.end]
        return [(span, Mention(span.start_char, span.end_char, span.text, next(iter(people.values())), f"role:{title.role}"))]

    @staticmethod
    def _last_titled(doc: Doc, title: TitleMatch, titled: dict[tuple[str, int], Actor]) -> Actor | None:
        """The person given ``title``'s role in this or an earlier sentence, the latest first."""
        here = doc[title.start].sent.start_char
        earlier = [(start, person) for (role, start), person in titled.items() if role == title.role and start <= here]
        return max(earlier, key=lambda e: e[0])[1] if earlier else None

    def _after_courtesy(self, doc: Doc, position: int, starts: dict[int, tuple[Span, Mention]]) -> tuple[Span, Mention] | None:
        """"Sudan's army chief, General Abdel Fattah al-Burhan", "Il capo dell'esercito, il generale …": the person after a
        word that says a person's name follows (a rank or a courtesy title, ``cues.tsv``), past a comma and an article."""
        if position < len(doc) and doc[position].text == ",":
            position += 1
        if position < len(doc) and doc[position].lower_ in self.determiners:
            position += 1
        for words in self.courtesies:
            if [t.lower_ for t in doc[position : position + len(words)]] == list(words):
                return _person_at(starts, position + len(words))
        return None

    def _after_portfolio(self, doc: Doc, position: int, starts: dict[int, tuple[Span, Mention]]) -> tuple[Span, Mention] | None:
        """The person named after a title's portfolio: "ministro delle Imprese Adolfo Urso", "minister
        for Trade Li Wei" — link words, then capitalised words, then the person, or a comma or a bracket and
        the person ("the Minister for Foreign Affairs, Samuel Okudzeto Ablakwa", "The Minister for the
        Overseas Territories (Stephen Doughty)")."""
        start = position
        while position < len(doc) and position - start < 2 and doc[position].lower_ in self.links:
            position += 1
        if position == start:
            return None
        for step in range(position, min(position + 3, len(doc))):
            found = _person_at(starts, step)
            if found is not None:
                return found if step > position else None
            if step > position and doc[step].text in (",", "("):
                return _person_at(starts, step + 1)
            if not capitalised(doc[step]) or step in starts:
                return None
        return None

    def _after_branch(self, doc: Doc, position: int, starts: dict[int, tuple[Span, Mention]]) -> tuple[Span, Mention] | None:
        """"il segretario della Fp Cgil Bari, Domenico Colucci", "il presidente di Coldiretti Trentino, X": past the
        place of a body's local branch (up to two capitalised words no actor starts at, right after the body) and a
        comma, the person the title describes. A place has no one-letter word: "la Lega Serie A" is one name."""
        step = position
        while step < len(doc) and step - position < _MAX_BRANCH_WORDS and doc[step].is_title and doc[step].is_alpha and step not in starts:
            step += 1
        if step == position or step >= len(doc) or doc[step].text != "," or any(len(t) == 1 for t in doc[position:step]):
            return None
        return _person_at(starts, step + 1)

    def _after_holder(self, doc: Doc, position: int, starts: dict[int, tuple[Span, Mention]]) -> int:
        holders = {i: span.end for i, (span, m) in starts.items() if m.actor.type != "Person"}
        return skip_holder(doc, position, holders, self.links)

    def _holder(
        self, doc: Doc, title: TitleMatch, starts: dict[int, tuple[Span, Mention]], ends: dict[int, tuple[Span, Mention]]
    ) -> tuple[Span, Mention] | None:
        """The state or organisation named with a title: just before it ("Russian President",
        "Russia's president", past a portfolio: "French Agriculture Minister", "Peru's labour
        minister") or just after it ("presidente russo", "analyst at ISPI"), else the one its own words name
        ("la presidente della **Commissione europea**", "il capo del **Pentagono**")."""
        inside = [starts[i] for i in range(title.start + 1, title.end) if i in starts and starts[i][0].end <= title.end]
        if inside and inside[-1][1].actor.type != "Person":
            return inside[-1]
        before = title.start
        while title.start - before < _MAX_PORTFOLIO_WORDS and before > 0 and _portfolio_word(doc[before - 1]) and before not in ends:
            before -= 1
        if before > 0 and doc[before - 1].text in SAXON_GENITIVE:
            before -= 1
        left = ends.get(before)
        if left is not None:
            return left if left[1].actor.type != "Person" else None
        position = title.end
        while position < len(doc) and position - title.end < 3:
            found = starts.get(position)
            if found is not None:
                compound = found[0].end < len(doc) and doc[found[0].end].text in HYPHENS
                return found if found[1].actor.type != "Person" and not compound else None
            if doc[position].lower_ not in self.links:
                return None
            position += 1
        return None

    def _holder_after_name(
        self, doc: Doc, name: Span, starts: dict[int, tuple[Span, Mention]], apposed: bool = False
    ) -> tuple[Span, Mention] | None:
        """"President Embaló of Guinea-Bissau", "Prime Minister X of Y": the state or organisation
        right after the name, past a genitive preposition (and an article); ``apposed``, past a comma too
        ("Il deputato Igor Iezzi, della Lega")."""
        position = name.end
        if apposed and position < len(doc) and doc[position].text == ",":
            position += 1
        if position >= len(doc) or doc[position].lower_ not in self.genitives:
            return None
        position += 1
        if position < len(doc) and doc[position].lower_ in self.determiners:
            position += 1
        found = starts.get(position)
        return found if found is not None and found[1].actor.type != "Person" else None

    def _after_body_word(self, doc: Doc, position: int, starts: dict[int, tuple[Span, Mention]]) -> tuple[Span, Mention] | None:
        """"Il direttore generale dell'agenzia, Rafael Grossi", "L'amministratore unico della società, X": the person
        after a comma past a genitive and a lowercase word that types an organisation (``org_heads.tsv``) or a class
        noun of a body (``descriptions.tsv``); the body is the one the gazetteer gives the person that office in,
        or the one the class noun describes (``_described_body``), or none."""
        if position + 2 >= len(doc) or doc[position].lower_ not in self.genitives:
            return None
        position += 1
        if doc[position].lower_ in self.determiners:
            position += 1
        if position + 2 >= len(doc) or not (doc[position].is_lower and doc[position].is_alpha):
            return None
        word = doc[position].lower_
        types_body = self.org_heads.get(word) not in (None, "-", "place") or any(
            kind not in (None, "Person") for kind, _ in self.descriptions.get(word, ()))
        if not types_body or doc[position + 1].text != ",":
            return None
        return _person_at(starts, position + 2)

    def _holder_past_word(
        self, doc: Doc, title: TitleMatch, starts: dict[int, tuple[Span, Mention]], date: dt.date | None
    ) -> tuple[Span, Mention] | None:
        """"Il presidente congolese Félix Tshisekedi": past one lowercase word the gazetteer does not read (a
        demonym two states share), a person who holds the title's office (``offices.csv``) is its holder —
        never the last person the text gave that title."""
        position = title.end
        if position + 1 >= len(doc) or not (doc[position].is_lower and doc[position].is_alpha):
            return None
        if doc[position].lower_ in self.links | self.conjunctions:
            return None  # "il premier indiano e Giorgia Meloni": two people
        person = _person_at(starts, position + 1)
        if person is None:
            return None
        role = _OFFICES.get(title.role, title.role)
        offices = [o for o in self.gazetteer.offices(person[1].actor.iri.removeprefix(ACTOR_BASE)) if o.role == role]
        return person if any(o.held_on(date) if date is not None else o.end is None for o in offices) else None

    def _apposition_subject(
        self, doc: Doc, title: TitleMatch, ends: dict[int, tuple[Span, Mention]]
    ) -> tuple[Span, Mention] | None:
        """"Keir Starmer, the British prime minister", "Laura Bianchi, a Middle East analyst at ISPI",
        "Jens Stoltenberg, who is NATO's secretary general": the person right before the comma, with at
        most a few determiners, adjectives, names or possessive endings between, and a relative "who is"."""
        if title.end < len(doc) and doc[title.end].pos_ in ("VERB", "AUX"):
            return None  # "… to meet Burhan, an AU spokesperson said": the title is the subject of the verb after it
        position = title.start - 1
        for _ in range(_MAX_APPOSITION_MODIFIERS + 1):
            if position < 1 or doc[position].text == ",":
                break
            token = doc[position]
            if token.lower_ == "is" and doc[position - 1].lower_ == "who":
                position -= 2
                continue
            if not (token.lower_ in self.determiners or capitalised(token) or token.is_upper or token.pos_ == "ADJ"
                    or token.text in SAXON_GENITIVE):
                return None
            position -= 1
        if position < 1 or doc[position].text != ",":
            return None
        found = ends.get(position)
        return found if found is not None and found[1].actor.type == "Person" else None

    def _reported_state(self, doc: Doc, title: TitleMatch, person: Span, resolved: list[tuple[Span, Mention]]) -> str | None:
        """"Trade Minister X told a briefing that Astana was prepared to …", "Spokesperson X said Beijing would release the
        crew once Hanoi pays": the state that is the first actor made the subject of a clause under the holder's own verb
        (what the holder says) is the one the holder speaks for, as a speaker's "we" is; none with no parse, nor for a title
        whose possessor or class noun names its body though no actor was found there ("The rebels' spokesman, X, said …",
        "External Affairs Ministry spokesperson X told …": the ministry's; a "government spokesman" is the state's)."""
        before = doc[title.start - 1] if title.start > 0 else None
        body_noun = before is not None and before.lower_ in self.descriptions and before.lower_ not in self.governments
        if not doc.has_annotation("DEP") or body_noun or (before is not None and before.tag_ == "POS"):
            return None
        subject = person.root.head if person.root.dep_ == "appos" else person.root  # "Its spokesman, X, said"
        if subject.dep_ != "nsubj":
            return None
        said = subject.head
        reported = [(span.start, m.actor) for span, m in resolved if m.actor.type != "Person" and span.root.dep_ in ("nsubj", "nsubjpass")
                    and span.root.head != said and said.is_ancestor(span.root)]
        # the first actor the holder's words make a subject, if a state: "the rebels' spokesman said the group would not
        # leave until Kinshasa freed …" speaks for no Congo
        first = min(reported, key=lambda pair: pair[0], default=None)
        return first[1].iri.removeprefix(ACTOR_BASE) if first is not None and first[1].type == "State" else None

    def _possessor(
        self, doc: Doc, title: TitleMatch, titles: list[TitleMatch], resolved: list[tuple[Span, Mention]], facts: list[Relation],
        date: dt.date | None,
    ) -> Actor | None:
        """"Uzbekistan imports Russian gas. Its energy minister, X, said …", "President Noboa defended the raid. His
        foreign minister, X, …", "Il suo ministro degli Esteri, X": a possessive opening the sentence before the title
        (past a portfolio, or after an article) is the previous sentence's subject, one inside a sentence the subject of
        the clause the title's clause is joined to ("The MHP has denounced …, and its leader X has urged …"); a relative
        one ("Kazakhstan, whose foreign minister, X", "Europa Verde, il cui segretario, X") is the actor named right
        before its comma; a person stands for the state the text or the gazetteer gives them."""
        position = title.start
        while title.start - position < _MAX_PORTFOLIO_WORDS and position > 0 and _portfolio_word(doc[position - 1]):
            position -= 1
        if position == 0 or doc[position - 1].lower_ not in self.possessives:
            return None
        kind, opening = self.possessives[doc[position - 1].lower_], position - 1
        if kind == "relative":
            comma = opening - 1 - (opening > 0 and doc[opening - 1].lower_ in self.determiners)  # "il cui"
            antecedent = [m.actor for span, m in resolved if span.end == comma] if comma > 0 and doc[comma].text == "," else []
            return self._served(antecedent[-1], facts, date) if antecedent else None
        sentence = doc[opening].sent
        if opening - sentence.start > 1 or (opening > sentence.start and doc[sentence.start].lower_ not in self.determiners):
            subject = _joined_subject(doc[title.end - 1], opening, resolved)
        elif sentence.start == 0:
            return None
        else:
            skipped = self.determiners | {doc[i].lower_ for t in titles for i in range(t.start, t.end)}
            previous = doc[sentence.start - 1].sent
            # "The remarks drew an angry response from COSATU. Its general secretary, X": with no actor its subject,
            # the one body the sentence names
            subject = _subject(previous, resolved, skipped) or _only_body(previous, resolved)
        if subject is None or (kind == "thing" and subject.type == "Person") or (kind == "person" and subject.type != "Person"):
            return None
        return self._served(subject, facts, date)

    def _served(self, possessor: Actor, facts: list[Relation], date: dt.date | None) -> Actor | None:
        """The body a possessive before a title stands for: ``possessor`` itself, or for a person the state or
        organisation the text's facts or the gazetteer give them."""
        if possessor.type != "Person":
            return possessor
        served = [f.object for f in facts if f.subject.iri == possessor.iri and f.relation in ("leaderOf", "affiliatedWith")]
        if served:
            return served[-1]
        offices = [o for o in self.gazetteer.offices(possessor.iri.removeprefix(ACTOR_BASE)) if date is None or o.held_on(date)]
        return self.actor(offices[-1].of) if offices else None

    def _organ(self, role: str, holder: Actor, resolved: list[tuple[Span, Mention]]) -> Actor:
        """"Il commissario Valdis Dombrovskis" in a story that names the European Commission: the organ of ``holder``
        where ``role`` is held (``organ`` in ``roles.tsv``), when the story names it; else ``holder``."""
        found = self.roles.get(role)
        if found is None or found.organ is None or holder.iri != ACTOR_BASE + found.organ[0]:
            return holder
        organ = found.organ[1]
        return self.actor(organ) if any(m.actor.iri == ACTOR_BASE + organ for _, m in resolved) else holder

    def _unnamed_home(self, doc: Doc, holder: Actor, resolved: list[tuple[Span, Mention]]) -> bool:
        """``holder`` is the language's fixed home state (``home.tsv``, by the gazetteer's office or by the home reading)
        and the story names neither it nor a government ("il governo"): the annotation guide writes a title's fact to the
        country only "when the text makes the country clear", and a story of Italian politics that names no Italy
        does not. A transcript or a first person plural does: "noi", "vi" of a minister's turn or quotation are the
        minister's country (``kg.actors.speakers``, the relation engine's first persons)."""
        if self.home is None or self.home[0] == "-" or holder.iri != ACTOR_BASE + self.home[0]:
            return False
        if any(m.actor.iri == holder.iri for _, m in resolved):
            return False
        if any(t.lower_ in self.governments or t.lower_ in self.we for t in doc):
            return False
        return next(speaker_labels(doc), None) is None

    def _leads(self, person: Actor, holder: Actor, date: dt.date | None) -> bool:
        """"Crown Prince Mohammed bin Salman", "Saudi Arabia's crown prince": whatever the title, a person who holds an office
        heading ``holder`` on ``date`` (``offices.csv``: he is also its prime minister) leads it."""
        offices = self.gazetteer.offices(person.iri.removeprefix(ACTOR_BASE))
        return any(
            o.of == holder.iri.removeprefix(ACTOR_BASE) and o.role in self.roles and self.roles[o.role].fact == "leaderOf"
            and (o.held_on(date) if date is not None else o.end is None)
            for o in offices
        )

    def _office_of(self, person: Actor, role: str, date: dt.date | None) -> Actor | None:
        """The state or organisation where a known person holds ``role`` (on ``date`` when given)."""
        person_id = person.iri.removeprefix(ACTOR_BASE)
        if person_id not in self.gazetteer.entries:
            return None
        offices = [o for o in self.gazetteer.offices(person_id) if o.role == _OFFICES.get(role, role)]
        if date is not None:
            offices = [o for o in offices if o.held_on(date)] or offices
        return self.actor(offices[-1].of) if offices else None


def _body_before(doc: Doc, title: TitleMatch, resolved: list[tuple[Span, Mention]]) -> Actor | None:
    """The one organisation (of any kind but a state) named in the sentence before the title's and in the title's own
    sentence before it; none when there are two or more, as the reader could not tell whose office it is."""
    sentence = doc[title.start].sent
    since = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    bodies = {m.actor.iri: m.actor for span, m in resolved if since <= span.start and span.end <= title.start and m.actor.type not in _NO_BODIES}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def _subject(sentence: Span, resolved: list[tuple[Span, Mention]], skipped: frozenset[str]) -> Actor | None:
    """The actor that is the grammatical subject of ``sentence``'s main verb, or that owns it ("Norvane shares fell",
    "Tarrant's board rejected the bid"); with no parse, the one its first words (past determiners and titles,
    ``skipped``) name."""
    inside = [(span, m) for span, m in resolved if sentence.start <= span.start and span.end <= sentence.end]
    if sentence.doc.has_annotation("DEP"):
        def main_subject(token: Token) -> bool:
            return token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT"
        return next((m.actor for span, m in inside if main_subject(span.root)), None) or next(
            (m.actor for span, m in inside if span.root.dep_ in ("compound", "poss") and main_subject(span.root.head)), None)
    first = next((t.i for t in sentence if not (t.is_punct or t.lower_ in skipped)), None)
    return next((m.actor for span, m in inside if span.start == first), None)


def _only_body(sentence: Span, resolved: list[tuple[Span, Mention]]) -> Actor | None:
    """The one actor other than a person that ``sentence`` names; none when it names none or several."""
    bodies = {m.actor.iri: m.actor for span, m in resolved
              if sentence.start <= span.start and span.end <= sentence.end and m.actor.type != "Person"}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def _joined_subject(title: Token, before: int, resolved: list[tuple[Span, Mention]]) -> Actor | None:
    """"The nationalist MHP has denounced …, and its leader X has urged …": the subject, named before token ``before``,
    of the clause that the clause whose subject is the title's holder is joined to; none with no parse."""
    if not title.doc.has_annotation("DEP"):
        return None
    holder = title
    while holder.dep_ == "compound":
        holder = holder.head
    if holder.dep_ == "appos":  # "and its leader, X, has urged"
        holder = holder.head
    if holder.dep_ != "nsubj" or holder.head.dep_ != "conj":
        return None
    verb = holder.head
    while verb.dep_ == "conj":
        verb = verb.head
    return next((m.actor for span, m in resolved if span.end <= before and span.root.dep_ == "nsubj" and span.root.head == verb), None)


def _labelled(doc: Doc, title: TitleMatch, starts: dict[int, tuple[Span, Mention]]) -> tuple[Span, Mention] | None:
    """"Anthony Albanese (Grayndler, Prime Minister) (14:02):": a title in the brackets of a transcript's speaker label
    is the office of the person the label names; a recogniser's person running into the brackets ("Sussan Ley (Farrer")
    is cut at the name, as the speaker's mention is (``kg.actors.speakers``)."""
    for label in speaker_labels(doc):
        if not (label.start <= title.start and title.end <= label.end):
            continue
        name = label_name(label)
        found = _person_at(starts, name.start)
        if found is None or name.end > title.start or "(" not in doc[name.end : title.start].text:
            return None
        if found[0].end <= name.end:
            return found
        actor = unknown_actor(name.text, "Person")
        return name, Mention(name.start_char, name.end_char, name.text, actor, "speaker:label")
    return None


def _portfolio_word(token: Token) -> bool:
    """A word of a minister's portfolio between the state and the title ("French Agriculture Minister"), which the
    tagger may read as an adjective ("Georgia's interior minister")."""
    return token.is_alpha and token.pos_ in ("NOUN", "PROPN", "ADJ")


def _unknown_name_after(doc: Doc, title: TitleMatch, starts: dict[int, tuple[Span, Mention]]) -> bool:
    """A capitalised word right after the title that no mention starts at: the name of someone unknown."""
    return title.end < len(doc) and title.end not in starts and capitalised(doc[title.end])


def _word_before(doc: Doc, title: TitleMatch) -> set[str]:
    """The word right before a title, past a hyphen ("ex-president"), lowercased; empty at the start."""
    return set([t.lower_ for t in doc[max(0, title.start - 2) : title.start] if t.text not in HYPHENS][-1:])


def _opens_person(title: TitleMatch, span: Span | None, mention: Mention | None) -> bool:
    """The title is the first words of a person's mention ("King Charles III")."""
    return span is not None and mention is not None and mention.actor.type == "Person" and span.start == title.start and title.end < span.end


def _person_at(starts: dict[int, tuple[Span, Mention]], position: int) -> tuple[Span, Mention] | None:
    found = starts.get(position)
    return found if found is not None and found[1].actor.type == "Person" else None


def document_date(value: object) -> dt.date | None:
    """The document's date from ``doc._.kg_date``: a date, or a string starting with an ISO date."""
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _sentence_state(doc: Doc, title: TitleMatch, resolved: list[tuple[Span, Mention]]) -> str | None:
    """"Kyrgyzstan will cut water to Uzbekistan unless Tashkent pays, Energy Minister Taalaibek Ibraev said",
    "Hanoi sent Trade Minister Nguyen Hong Dien to Washington": in a story set in no one state, an office
    with no state (a minister's, not a leader's) is that of the state the title's sentence names first, outside
    a quotation, before it, when that is the first actor the sentence names there."""
    sentence = doc[title.start].sent
    for span, mention in sorted(resolved, key=lambda pair: pair[0].start):
        if span.start < sentence.start:
            continue
        if span.start >= title.start:
            return None
        quotes = sum(1 for t in doc[sentence.start : span.start] if t.text in _QUOTE_MARKS)
        if mention.actor.type != "Person" and quotes % 2 == 0:
            # the first actor the narrator names, if a state ("ECOWAS offered … to Niger, the bloc's
            # commissioner said": no state's office)
            return mention.actor.iri.removeprefix(ACTOR_BASE) if mention.actor.type == "State" else None
    return None


_QUOTE_MARKS = frozenset({"\"", "“", "”", "«", "»"})


def _forces(state: Actor | None, resolved: list[tuple[Span, Mention]]) -> Actor | None:
    """The one military body of ``state`` the story names ("the Sudanese army" after "Sudan's army chief"), or of any
    state when none is given ("army chief Abdel Fattah al-Burhan"); None for none or several."""
    forces = {m.actor.iri: m.actor for _, m in resolved if m.actor.sector == "military" and m.actor.type in ("Group", "Organization")
              and (state is None or m.actor.country == state.iri)}
    return next(iter(forces.values())) if len(forces) == 1 else None


def _first_state(before: int, resolved: list[tuple[Span, Mention]]) -> str | None:
    """"Ghana condemns attack … the Minister for Foreign Affairs, Samuel Okudzeto Ablakwa", "MANILA - … Defence Secretary
    Gilberto Teodoro": in a story set in no one state (no state named twice as often as any other), a minister's office
    with no state, none in its sentence either, is that of the state the story's first sentence naming a state names
    alone (its headline's or dateline's), as a reporter leaves out the country of the story's own officials; none when
    that sentence names two ("Peru and Chile signed a port deal") or is not before the title's (token ``before``): "The
    finance minister, X, … thanked Beijing" is no minister of China."""
    states = sorted(((span, m) for span, m in resolved if m.actor.type == "State" and span.start < before), key=lambda pair: pair[0].start)
    if not states:
        return None
    sentence = states[0][0].sent
    named = {m.actor.iri for span, m in states if sentence.start <= span.start < sentence.end}
    return named.pop().removeprefix(ACTOR_BASE) if len(named) == 1 else None


def title_role(fact: Relation) -> str | None:
    """The role of ``roles.tsv`` whose title stated ``fact`` (None for a fact no title stated)."""
    return fact.rule.removeprefix("title:") if fact.rule and fact.rule.startswith("title:") else None


def _fact(doc: Doc, title: TitleMatch, person: Actor, relation: str, holder: Actor) -> Relation:
    """The fact a title states of its person (``leaderOf``, ``affiliatedWith``, ``memberOf``), its sentence the evidence."""
    sentence = doc[title.start].sent
    return Relation(
        subject=person,
        relation=relation,
        object=holder,
        evidence=Evidence(sentence.text, sentence.start_char, sentence.end_char),
        confidence=0.9,
        predicate_text=doc[title.start : title.end].text,
        rule=f"title:{title.role}",
    )
