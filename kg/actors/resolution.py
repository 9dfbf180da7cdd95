"""Resolution: each candidate span of a Doc to one canonical ``Actor``, with the rule that decided it.

Within a document, surnames and short forms resolve to the full name met in the document, else
to the one person of the gazetteer with that surname; acronyms defined in the text ("… Presidency
and Congress (CSPC)") resolve to their long form's actor, and so does every other name the text says is
one actor's ("the Board, known as WASREB", "the UN mission, MINURSO", "Dagalo, detto Hemedti"); "the
Commission" after "the European Commission" resolves to it; a given name alone ("«Marek è un amico»") is the one person of the document named in full
with it ("Marek Lindqvist"). Every mention records the rule that resolved it (``Mention.rule``), which
``kg.store.rdf`` writes as ``kg:rule`` of a ``kg:Mention``.

Actors the gazetteer does not know get a stable IRI from their normalised name
(:func:`actor_iri`), so every run and every ingestion order gives the same graph. A sector
actor's IRI is its country's and sector's (``actor/bolivia-police``), an institution's its
country's and the institution's (``actor/brazil-foreign-ministry``): the same whatever the words.
A group with no state ("the students", "riot police") is an actor of its document only: students
in two cities are two actors. Its IRI is the document's id and the group's sector phrase joined by
a dot, which no other actor's IRI holds (``actor/{document id}.student``, from ``doc._.kg_document``;
a hash of the text where the Doc was made outside the pipeline), so "the students" … "students" in
one document are one actor, named as first written without its article, in whatever order
documents are ingested. After a sector actor of a country in the same document, a group of the same
sector is that actor ("Kenyan police … the police").
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict
from typing import Iterable

import simplemma
from spacy.tokens import Doc, Span, Token

from kg.actors.gazetteer import ACTOR_BASE, Entry, Gazetteer, actor_iri, unknown_actor
from kg.actors.names import SAXON_GENITIVE, Surnames, capitalised, surnames_in
from kg.actors.pronouns import DESCRIPTIVE_RULES
from kg.actors.recognition import Candidate
from kg.actors.rules import ActorRules, load_de_facto, load_regions
from kg.actors.sectors import SectorSpan
from kg.model import GROUP_RULE, Actor, Mention

# the rules of recognisers that type an unknown name by what the text says around it, not by the NER model
CONTEXT_TYPED = ("apposed:", "company:", "cue:")


def actor_of(entry: Entry) -> Actor:
    """The ``Actor`` of a gazetteer entry, with every alias it goes by. A region with a government of
    its own (``regions.tsv``: "Greenland", "Nuuk") is that government: an organisation with no country
    (it is often the other side of a dispute with its state) and no Wikidata id (the region's names the land). A
    state few others recognise (``de_facto.tsv``: Somaliland) is a Group."""
    aliases = tuple(sorted({a.text for a in entry.aliases}))
    region = load_regions().get(entry.id)
    if region is not None:
        return Actor(entry.iri, region.names["en"], "Organization", aliases, None, None, "government")
    if entry.id in load_de_facto():
        return Actor(entry.iri, entry.name, "Group", aliases, entry.wikidata, None, None)  # "Somaliland": no State (the guide)
    country = ACTOR_BASE + entry.country if entry.country else None
    return Actor(entry.iri, entry.name, entry.type, aliases, entry.wikidata, country, entry.sector)


def led_state(person: Actor, day: dt.date | None, gazetteer: Gazetteer, rules: ActorRules) -> Actor | None:
    """The state the gazetteer's offices say ``person`` headed on ``day`` (today's office without a
    date): "il governo di Nicolás Maduro", "Maduro's government" when the text gives him no title."""
    if not person.iri.startswith(ACTOR_BASE):
        return None
    for office in reversed(gazetteer.offices(person.iri[len(ACTOR_BASE):])):
        role = rules.roles.get(office.role)
        entry = gazetteer.entries.get(office.of)
        if role is not None and role.fact == "leaderOf" and entry is not None and entry.type == "State" and (
            office.held_on(day) if day is not None else office.end is None
        ):
            return actor_of(entry)
    return None


def one_actor_per_iri(actors: Iterable[Actor]) -> dict[str, Actor]:
    """One description per IRI among a document's actors: the one most of them give, the earliest on a tie.

    An actor the gazetteer does not know takes its IRI from its name alone, and the entity
    recogniser may type one name two ways in one document ("Marco Ferretti" a person in one
    sentence, an organisation in the next); the store keeps one description per actor, so the
    document's mentions must agree on it before they are written.

    >>> person, company = Actor(actor_iri("Ana Ruiz"), "Ana Ruiz", "Person"), Actor(actor_iri("Ana Ruiz"), "Ana Ruiz", "Organization")
    >>> one_actor_per_iri([company, person, person])[person.iri].type
    'Person'
    """
    counts: Counter[tuple[str, str, str, str | None, str | None]] = Counter()
    first: dict[tuple[str, str, str, str | None, str | None], Actor] = {}
    for actor in actors:
        key = (actor.iri, actor.name, actor.type, actor.country, actor.sector)
        counts[key] += 1
        first.setdefault(key, actor)
    chosen: dict[str, Actor] = {}
    best: dict[str, int] = {}
    for key, count in counts.items():  # in order of first appearance, so a tie keeps the earliest
        if count > best.get(key[0], 0):
            chosen[key[0]], best[key[0]] = first[key], count
    return chosen


def is_name(mention: Mention) -> bool:
    """Whether the mention's surface form is a name of its actor (not "he" or "the Russian president")."""
    return not mention.rule.startswith(DESCRIPTIVE_RULES)


class Resolver:
    """The resolver of one pipeline: the gazetteer's actors, built once and shared by its documents."""

    def __init__(self, gazetteer: Gazetteer, rules: ActorRules, surnames: Surnames, lang: str) -> None:
        self.gazetteer = gazetteer
        self.rules = rules
        self.surnames = surnames
        self.determiners = rules.determiners.get(lang, frozenset())
        self.local_bodies = rules.local_bodies.get(lang, {})
        self.genitives = rules.genitives.get(lang, frozenset())
        self.conjunctions = rules.conjunctions.get(lang, frozenset())
        # the words a name's initials skip ("Partito democratico del Kosovo" is the Pdk)
        self.function_words = self.determiners | self.genitives | rules.prepositions.get(lang, frozenset()) | self.conjunctions
        self.definites = rules.definites.get(lang, frozenset())
        self.alias_links = rules.alias_links.get(lang, frozenset())
        self.longest_link = max((len(link.split()) for link in self.alias_links), default=0)
        self.name_openers = self.determiners | {'"', "“", "«"}  # what may stand between a link and the name it gives
        self.home = rules.home.get(lang, (None, frozenset()))[0]
        # nouns that head a body's name ("the Land Court" … "the court"): a state's institutions and the words of an
        # organisation; not those of a group ("the army" after "the Arakan Army" is most often the state's)
        self.body_nouns = frozenset(p.words[0] for p in rules.sectors if p.lang == lang and p.institution and len(p.words) == 1)
        self.body_nouns |= frozenset(w for w, t in rules.org_heads.items() if t == "Organization")
        self._actors: dict[str, Actor] = {}

    def actor(self, entry_id: str) -> Actor:
        """The canonical ``Actor`` of a gazetteer entry (built once: documents share them)."""
        if entry_id not in self._actors:
            self._actors[entry_id] = actor_of(self.gazetteer.get(entry_id))
        return self._actors[entry_id]

    def sector_actor(self, span: SectorSpan, text: str, doc: Doc) -> Actor:
        """The actor a sector phrase names: the country's sector ("Bolivian border guards" →
        ``actor/bolivia-police``, a Group named "Bolivian police"), one body of its state ("Brazil's
        foreign ministry" → ``actor/brazil-foreign-ministry``, the gazetteer's entry of that id if
        there is one), a named institution ("the Indian Army"), or a group of ``doc`` with no state
        ("riot police")."""
        if span.country is None and span.named:  # "la procura di Milano": a body named by its city
            return Actor(actor_iri(text), text, "Organization", (text,), None, None, span.sector)
        if span.country is None:
            if doc[span.start].lower_ in self.determiners:
                text = _name_text(doc[span.start + 1 : span.end])  # "the crowd" is named "crowd"
            return Actor(f"{ACTOR_BASE}{document_scope(doc)}.{_slug(span.phrase)}", text, "Group", (text,), None, None, span.sector)
        country = self.gazetteer.get(span.country)
        if span.institution is not None:
            key = f"{span.country}-{_slug(span.institution)}"
            if key in self.gazetteer.entries:
                return self.actor(key)
            name = f"{self._demonym(country.id)} {span.institution}"
            return Actor(ACTOR_BASE + key, name, "Organization", (text,), None, country.iri, span.sector)
        if span.named:
            return Actor(actor_iri(text), text, "Organization", (text,), None, country.iri, span.sector)
        name = f"{self._demonym(country.id)} {self.rules.sector_labels[span.sector]}"
        return Actor(ACTOR_BASE + f"{span.country}-{_slug(span.sector)}", name, "Group", (text,), None, country.iri, span.sector)

    def _demonym(self, state_id: str) -> str:
        """"Bolivian" for Bolivia: the state's first English demonym, else its name."""
        entry = self.gazetteer.get(state_id)
        return next((a.text for a in entry.aliases if a.kind == "demonym" and a.lang == "en"), entry.name)

    def resolve(self, doc: Doc, chosen: list[Candidate]) -> list[tuple[Span, Mention]]:
        """The mentions of ``doc``: its candidates resolved, then the short forms no recogniser saw."""
        resolved, short_forms = self._candidates(doc, chosen)
        return resolved + self._late_short_forms(doc, resolved, short_forms)

    def _candidates(
        self, doc: Doc, chosen: list[Candidate]
    ) -> tuple[list[tuple[Span, Mention]], dict[str, tuple[Actor, str]]]:
        """Candidates to mentions; short forms resolve to the full names and long forms of this document.

        Also returns the document's short forms (surname or acronym → actor, rule) for :meth:`_late_short_forms`.
        """
        people: dict[str, Actor] = {}
        for c in chosen:
            if c.entry is not None and self.gazetteer.get(c.entry).type == "Person":
                for surname in self.surnames.of.get(c.entry, ()):
                    people.setdefault(surname, self.actor(c.entry))
            elif c.entry is None and c.type == "Person" and c.end - c.start > 1:
                name = _name_text(doc[c.start : c.end])
                for surname in surnames_in(name, self.rules):
                    people.setdefault(surname, unknown_actor(name, "Person"))
            elif c.entry is None and c.rule == "cue:Person" and _name_text(doc[c.start : c.end]) not in self.surnames.people:
                name = _name_text(doc[c.start : c.end])  # "President Embaló … Embaló said"
                people.setdefault(name, unknown_actor(name, "Person"))
        # "«Marek è un amico»" after "Marek Lindqvist": a given name alone, of one person named in full
        given: dict[str, set[Actor]] = defaultdict(set)
        for person in {p.iri: p for p in people.values()}.values():
            first = person.name.split()[0]
            if len(person.name.split()) > 1 and first not in people:
                given[first].add(person)
        defines = self._defined_acronyms(doc, chosen)
        linked = self._linked_names(doc, chosen)
        # an acronym or other name the text gives an actor → that actor, and the rule that tied them
        defined: dict[str, tuple[Actor, str]] = {}
        long_forms: list[tuple[tuple[str, ...], Actor]] = []
        groups: dict[str, Actor] = {}  # a group with no state is named as first written
        sectors: dict[str, Actor] = {}  # sector → the latest sector actor of a country met
        resolved = []

        def resolve(i: int, c: Candidate) -> tuple[Actor | None, str]:
            if defines.get(i) is not None:
                # "la missione Onu in Libia (Unsmil)": an unknown long form is the organisation its acronym names
                return self.actor(defines[i]), "acronym:defined-in-text"
            return self._actor_for(doc[c.start : c.end], c, people, defined, long_forms, given)

        for i in defines:  # a headline's "CAS" before "the Court of Arbitration for Sport (CAS)" is that court too
            actor, _ = resolve(i, chosen[i])
            if actor is not None:
                defined[doc[chosen[i].end + 1].text] = actor, "acronym:defined-in-text"
        for i, c in enumerate(chosen):
            span = doc[c.start : c.end]
            other = linked.get(i)
            actor, rule = resolve(i, c)
            if other is not None and actor is not None:
                # "the UN mission, MINURSO": a description, or a name the gazetteer does not know, is the actor
                # of the known name after it; else that name is this actor's ("the Board, known as WASREB")
                named, _ = self._actor_for(doc[other.start : other.end], other, people, defined, long_forms, given)
                if named is not None and (self._described(span, c) or (c.entry is None and other.entry is not None)):
                    actor, rule = named, "alias:defined-in-text"
                else:
                    defined[_name_text(doc[other.start : other.end])] = actor, "alias:defined-in-text"
            if actor is None:
                continue
            if i in defines:
                defined[doc[c.end + 1].text] = actor, "acronym:defined-in-text"
            if c.rule == GROUP_RULE and c.sector_span.sector in sectors:
                # "Kenyan police … the police", "protesters in Lima … the crowd": the sector of a
                # country named before in the document, not a group of its own
                actor, rule = sectors[c.sector_span.sector], "sector:in-document"
            elif c.rule == GROUP_RULE:
                actor = groups.setdefault(actor.iri, actor)
            elif c.sector_span is not None and c.sector_span.country is not None and not (c.sector_span.institution or c.sector_span.named) and rule != "alias:defined-in-text":
                sectors[c.sector_span.sector] = actor
            if actor.type != "Person" and len(span) > 1:
                long_forms.append((tuple(t.lower_ for t in span), actor))
            resolved.append((span, Mention(span.start_char, span.end_char, span.text, actor, rule)))
            state = c.sector_span.state if c.sector_span is not None else None
            if state is not None and state.kind != "demonym" and state.start == c.start and state.end < c.end and doc[state.end].text != "-":
                # "Kenya's police" names Kenya too; "Kenyan police" does not, nor "Oman-based firms", nor
                # is Montevideo in "demonstrators in Montevideo" more than a place
                inner = doc[state.start : state.end]
                resolved.append((inner, Mention(inner.start_char, inner.end_char, inner.text, self.actor(state.id), f"gazetteer:{state.kind}")))
        resolved = self._early_short_forms(resolved, long_forms)
        short_forms = {k: (v, "surname:in-document") for k, v in people.items() if " " not in k}
        short_forms.update(defined)
        return resolved, short_forms

    def _early_short_forms(
        self, resolved: list[tuple[Span, Mention]], long_forms: list[tuple[tuple[str, ...], Actor]]
    ) -> list[tuple[Span, Mention]]:
        """"Sirtel" in a headline before "Sirtel Elettrodomestici": an organisation the gazetteer does not know, whose
        name begins the longer name of one other organisation of the document and of no third, is that organisation,
        wherever it comes (a short form after its long form is read by :meth:`_actor_for`)."""
        beginning: dict[tuple[str, ...], set[Actor]] = defaultdict(set)
        for form, actor in long_forms:
            for end in range(1, len(form)):
                beginning[form[:end]].add(actor)
        merged = []
        for span, mention in resolved:
            longer = beginning.get(tuple(t.lower_ for t in span), set())
            if mention.actor.type not in ("Person", "State") and not self._known(mention.actor) and len(longer) == 1 and mention.actor not in longer:
                mention = Mention(mention.start, mention.end, mention.text, longer.pop(), "short-form:in-document")
            merged.append((span, mention))
        return merged

    def _actor_for(
        self,
        span: Span,
        c: Candidate,
        people: dict[str, Actor],
        defined: dict[str, tuple[Actor, str]],
        long_forms: list[tuple[tuple[str, ...], Actor]],
        given: dict[str, set[Actor]],
    ) -> tuple[Actor | None, str]:
        if _name_text(span) in defined:
            # "the Caspian Pipeline Consortium (CPC)": the text's own definition, over the gazetteer's CPC
            return defined[_name_text(span)]
        if c.entry is not None:
            return self.actor(c.entry), c.rule
        text = _name_text(span)
        if c.sector_span is not None:
            return self.sector_actor(c.sector_span, text, span.doc), c.rule
        # the model's label is unreliable on lone surnames ("Trump's" as ORG): the people of the text decide
        overruled = "" if c.type == "Person" else f":over-{c.rule.replace(':', '-')}"
        if text[:1].isupper() and text[:1].lower() + text[1:] in people:
            text = text[:1].lower() + text[1:]  # "Von der Leyen" opening a sentence
        if text in people:
            introduced = c.rule == "cue:Person" and people[text].name == text  # this is "President Embaló" itself
            return people[text], c.rule if introduced else "surname:in-document" + overruled
        ids = self.surnames.people.get(text, ())
        if len(ids) == 1:
            return self.actor(next(iter(ids))), "surname:gazetteer" + overruled
        if len(span) == 1 and len(given.get(text, ())) == 1:
            return next(iter(given[text])), "given-name:in-document" + overruled
        if c.type == "Person":
            if (len(span) == 1 and c.rule != "cue:Person") or c.rule.startswith("surname"):
                return None, ""  # a lone unknown word: too often a place the model took for a person
            return unknown_actor(text, "Person"), c.rule
        words = tuple(t.lower_ for t in span)
        if len(span) == 1 and _acronym(span.text):
            # "BGMEA" after "Bangladesh Garment Manufacturers and Exporters Association", the Italian press's "Figc",
            # "Pdk" after "Partito democratico del Kosovo", "WASREB" after "the Water Services Regulatory Board": the
            # opening letters of the words of a name met before
            initials = {
                actor for form, actor in long_forms
                if _abbreviates(span.text, [w for w in actor.name.split() if w[0].isupper()])
                or _abbreviates(span.text, [w for w in form if w not in self.function_words])
            }
            if len(initials) == 1:
                return initials.pop(), "acronym:initials"
        # "the Commission" after "the European Commission"; "the Council" after two councils stays unresolved
        containing = {actor for form, actor in long_forms if _contains(form, words)}
        if len(containing) == 1:
            return containing.pop(), "short-form:in-document"
        if containing:
            return None, ""
        body = self._possessed_body(span, c, text)
        if body is not None:
            return body, c.rule
        return unknown_actor(text, c.type or "Organization", c.country, c.sector), c.rule

    def _possessed_body(self, span: Span, c: Candidate, text: str) -> Actor | None:
        """"Bolivia's Constitutional Court", "Iraq's National Security Council": a name made only of words of
        the language after a state's possessive names that state's body, not one body of every state: an
        Organization of the state (``actor/bolivia-constitutional-court``) named with its demonym ("Bolivian
        Constitutional Court"). A name of its own ("Egypt's Mostakbal Misr") stays as written."""
        doc = span.doc
        if c.rule != "ner:ORG" or c.country is None or span.start < 2 or doc[span.start - 1].text not in SAXON_GENITIVE:
            return None
        if not all(t.is_stop or simplemma.is_known(t.lower_, lang=doc.lang_) for t in span):
            return None
        country = self.gazetteer.get(c.country)
        if country is None or country.type != "State":
            return None
        name = f"{self._demonym(country.id)} {text}"
        return Actor(ACTOR_BASE + f"{country.id}-{_slug(text)}", name, c.type or "Organization", (text,), None, country.iri, c.sector)

    def _known(self, actor: Actor) -> bool:
        return actor.iri.removeprefix(ACTOR_BASE) in self.gazetteer.entries

    def _defined_acronyms(self, doc: Doc, chosen: list[Candidate]) -> dict[int, str | None]:
        """"Long Form (LF)": the index in ``chosen`` of an organisation's long form followed by the acronym in
        brackets that names it, with the gazetteer entry the long form is when the text names a known organisation
        by a long form of its own ("la missione Onu in Libia (Unsmil)"), else None.

        The acronym is written in capitals, or as a word ("(Arera)", as the Italian press writes them) whose letters
        abbreviate the long form. An acronym the gazetteer gives to another organisation is the long form's when its
        letters abbreviate it ("the Caspian Pipeline Consortium (CPC)", not the Chinese Communist Party), names an
        unknown long form otherwise, and is no definition after a known one ("ROMA (ANSA)" is a dateline)."""
        at = {c.start: c for c in chosen if c.end == c.start + 1}
        found: dict[int, str | None] = {}
        for i, c in enumerate(chosen):
            if c.end + 2 >= len(doc) or doc[c.end].text != "(" or doc[c.end + 2].text != ")":
                continue
            token = doc[c.end + 1]
            if not (_acronym(token.text) or (token.is_upper and token.is_alpha and len(token) > 1)):  # "(MONUSCO)"
                continue
            if c.type == "Person" or (c.entry is not None and self.gazetteer.get(c.entry).type in ("Person", "State")):
                continue
            acronym = at.get(c.end + 1)
            abbreviates = _abbreviates(token.text, [t.text for t in doc[c.start : c.end] if t.lower_ not in self.function_words])
            known = self.gazetteer.get(acronym.entry) if acronym is not None and acronym.entry not in (None, c.entry) else None
            if abbreviates or (known is None and token.is_upper):
                found[i] = None
            elif known is not None and c.entry is None and known.type not in ("Person", "State", "Media"):
                found[i] = known.id
        return found

    def _linked_names(self, doc: Doc, chosen: list[Candidate]) -> dict[int, Candidate]:
        """The index in ``chosen`` of an actor's mention → the candidate of another name the text gives it right
        after: through words that say so (``alias_link``: "the Water Services Regulatory Board, known as WASREB",
        "Mohamed Hamdan Dagalo, detto Hemedti"), or an acronym in apposition to an organisation's description
        ("the UN mission, MINURSO.", "The Kyrgyz security service, the GKNB, said"; not in a list, "… , the UAE and")."""
        starts = {c.start: c for c in chosen}
        found: dict[int, Candidate] = {}
        for i, c in enumerate(chosen):
            if c.entry is not None and self.gazetteer.get(c.entry).type == "State":
                continue
            at = c.end + 1 if c.end < len(doc) and doc[c.end].text in (",", "(") else c.end
            link = next((n for n in range(self.longest_link, 0, -1) if doc[at : at + n].text.lower() in self.alias_links), 0)
            name_at = at + link
            if name_at < len(doc) and doc[name_at].lower_ in self.name_openers:
                name_at += 1
            other = starts.get(name_at)
            if other is None or (other.entry is not None and self.gazetteer.get(other.entry).type == "State"):
                continue
            if link or (
                at > c.end and other.end == other.start + 1 and doc[other.start].is_upper and len(doc[other.start]) > 1
                and c.type != "Person" and self._described(doc[c.start : c.end], c)
                and (other.end == len(doc) or doc[other.end].lower_ not in self.conjunctions)
            ):
                found[i] = other
        return found

    def _described(self, span: Span, c: Candidate) -> bool:
        """Whether a mention describes its actor rather than naming it ("the UN mission", "Kyrgyz security service"):
        a sector phrase, or an unknown name with a lowercase word of its own."""
        return c.entry is None and (c.sector_span is not None or any(t.is_lower and t.lower_ not in self.function_words for t in span))

    def _late_short_forms(
        self, doc: Doc, resolved: list[tuple[Span, Mention]], short_forms: dict[str, tuple[Actor, str]]
    ) -> list[tuple[Span, Mention]]:
        """Where no recogniser saw them: surnames of the people named in full (the gazetteer leaves short ones such as
        "Ali" alone), acronyms defined in the text, the
        head word of an organisation named in full, after an article ("the Commission", "la
        Commissione" after "the European Commission"; a word of fewer than five letters only as the name's
        syntactic root, "the Fund" after "the International Monetary Fund"; a word heading two organisations
        is left alone),
        the noun that ends an organisation's name written lowercase after a definite article ("the court"
        after "Kenya's Environment and Land Court"), and the head of a local institution the story never
        names in full ("il Comune", "la Prefettura": :meth:`_local_body`), unless the story names a local
        government another way ("la giunta regionale sarda")."""
        heads: dict[str, set[Actor]] = defaultdict(set)
        for span, mention in resolved:
            described = mention.rule.startswith("sector:") and mention.rule != "sector:named"  # "Kenyan police" names no "Kenyan"
            if mention.actor.type not in ("Person", "State") and len(span) > 1 and not described:
                for token in span:
                    # a short word only as the noun the name is built on ("the Fund" after "the International
                    # Monetary Fund"), not as a word of its description ("the Gulf" is no "Gulf Cooperation Council")
                    if capitalised(token) and (len(token) >= 5 or token == span.root):
                        heads[token.text].add(mention.actor)
        # "the court", "the tribunal" after "Kenya's Environment and Land Court": the noun that ends an organisation's
        # name, written lowercase after a definite article, is that organisation when it ends one only
        nouns: dict[str, set[Actor]] = defaultdict(set)
        first: dict[str, int] = {}
        for span, mention in resolved:
            last = span[-1]
            if mention.actor.type not in ("Person", "State") and len(span) > 1 and capitalised(last) and last.lower_ in self.body_nouns:
                nouns[last.lower_].add(mention.actor)
                first.setdefault(last.lower_, span.start)
        # "Sorical ha respinto le accuse" after "a Sorical, la società che …": an organisation no gazetteer knows, typed
        # once by its context (an apposition, a legal form, a class noun before it), is that organisation wherever the
        # story repeats its name as written; so is one of two words or more whatever typed it ("Castellan Foods' chief
        # executive"). A single word only the NER model typed is no such evidence (places, ships)
        repeats: dict[tuple[str, ...], set[Actor]] = defaultdict(set)
        for span, mention in resolved:
            typed = mention.rule.startswith(CONTEXT_TYPED) or len(span) > 1
            if mention.actor.type not in ("Person", "State") and typed and not self._known(mention.actor):
                repeats[tuple(t.text for t in span)].add(mention.actor)
        covered = {i for span, _ in resolved for i in range(span.start, span.end)}
        found = []
        at: dict[str, list[int]] = defaultdict(list)  # word → where it stands: a repeat is looked for only where its first word is
        for token in doc:
            at[token.text].append(token.i)
        for words, actors in repeats.items():
            if len(actors) > 1:
                continue
            for start in at.get(words[0], ()):
                end = start + len(words)
                if tuple(t.text for t in doc[start:end]) == words and not covered.intersection(range(start, end)):
                    span = doc[start:end]
                    found.append((span, Mention(span.start_char, span.end_char, span.text, next(iter(actors)), "repeat:in-document")))
                    covered.update(range(start, end))
        local = any(mention.rule.startswith("local:") for _, mention in resolved)  # "la giunta regionale sarda" named it
        openers = self._name_openers(resolved)
        for token in doc:
            if token.i in covered:
                continue
            if token.text in short_forms:
                actor, rule = short_forms[token.text]
            elif len(heads.get(token.text, ())) == 1 and token.i > 0 and doc[token.i - 1].lower_ in self.determiners:
                actor, rule = next(iter(heads[token.text])), "short-form:in-document"
            elif token.is_lower and len(nouns.get(token.lower_, ())) == 1 and first[token.lower_] < token.i and doc[token.i - 1].lower_ in self.definites:
                actor, rule = next(iter(nouns[token.lower_])), "short-form:in-document"
            elif (opened := self._opened_name(token, openers)) is not None:
                actor, rule = opened, "short-form:in-document"
            elif self._local_body(token) and token.text not in heads and not local:
                # "il Comune ha presentato ricorso", "la Prefettura vieta il corteo": the story's own local body,
                # an organisation of this document (no other story's "Comune"), of the press's home state
                sector = self.local_bodies[token.lower_]
                iri = f"{ACTOR_BASE}{document_scope(doc)}.{_slug(token.text)}"
                home = ACTOR_BASE + self.home if self.home else None
                actor, rule = Actor(iri, token.text, "Organization", (token.text,), None, home, sector), "local-body:in-document"
            else:
                continue
            found.append((doc[token.i : token.i + 1], Mention(token.idx, token.idx + len(token), token.text, actor, rule)))
        return found

    def _name_openers(self, resolved: list[tuple[Span, Mention]]) -> dict[str, tuple[set[Actor], int]]:
        """The capitalised word that opens an organisation's name of two words or more ("Castellan" of "Castellan
        Foods", "Regione" of "la Regione Marche") → the organisations it opens or names alone, and where it first
        opens one. A word of the language opens a name only as the noun the name is built on: "Regione" of "Regione
        Marche", not "Gulf" of "Gulf Cooperation Council" ("the Gulf" stays a place)."""
        openers: dict[str, set[Actor]] = defaultdict(set)
        first: dict[str, int] = {}
        for span, mention in resolved:
            if mention.actor.type in ("Person", "State") or (mention.rule.startswith("sector:") and mention.rule != "sector:named"):
                continue
            name = span[1:] if span[0].lower_ in self.determiners else span
            if len(name) == 1:
                openers[name[0].text].add(mention.actor)  # a word naming another actor alone makes the word ambiguous
            elif len(name) > 1 and capitalised(name[0]) and (name[0] == name.root or not simplemma.is_known(name[0].lower_, lang=span.doc.lang_)):
                openers[name[0].text].add(mention.actor)
                first[name[0].text] = min(first.get(name[0].text, span.start), span.start)
        return {word: (actors, first[word]) for word, actors in openers.items() if word in first}

    def _opened_name(self, token: Token, openers: dict[str, tuple[set[Actor], int]]) -> Actor | None:
        """The organisation whose name ``token`` opens, alone after that name ("the regulator fined Castellan",
        "Huaxin denied the claim", "il presidente della Regione"): the one organisation of the document it opens,
        unless a name goes on after it or the gazetteer or the people of the document know the word."""
        actors, first = openers.get(token.text, (set(), len(token.doc)))
        if len(actors) != 1 or token.i < first:
            return None
        doc = token.doc
        if token.i + 1 < len(doc) and capitalised(doc[token.i + 1]):
            return None  # "Castellan Holdings", another name that begins with the word
        if self.gazetteer.lookup(token.text, doc.lang_) or token.text in self.surnames.people:
            return None
        return next(iter(actors))

    def _local_body(self, token: Token) -> bool:
        """A local institution's head (``local_body`` in ``function_words.tsv``) written capitalised alone after an
        article or an articled preposition that is no genitive, inside a sentence: "il Comune", "alla Prefettura" —
        not "il Comune di Terni", nor the body of a title ("il presidente della Regione")."""
        doc = token.doc
        if token.lower_ not in self.local_bodies or not capitalised(token) or token.is_sent_start or token.i == 0:
            return False
        before = doc[token.i - 1].lower_
        if before not in self.definites or before in self.genitives:
            return False  # "il Comune", "alla Prefettura"; not "il presidente della Regione", "i tagli della Regione"
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is None:
            return True
        place = token.i + 2 < len(doc) and capitalised(doc[token.i + 2])
        return not (capitalised(after) or ((after.lower_ in self.genitives or after.text.endswith(("'", "’"))) and place))


def document_scope(doc: Doc) -> str:
    """The document a Doc is part of, as the pipeline names it (``doc._.kg_document``), else a hash of its text."""
    return doc._.kg_document or "text-" + hashlib.sha256(doc.text.encode("utf-8")).hexdigest()[:16]


def _slug(text: str) -> str:
    return actor_iri(text).removeprefix(ACTOR_BASE)


def _name_text(span: Span) -> str:
    """The name a span gives, with hyphens kept tight ("Trump - Putin" → "Trump-Putin")."""
    return re.sub(r"\s*-\s*", "-", span.text).strip()


def _contains(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    return len(short) < len(long) and any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def _acronym(text: str) -> bool:
    """An acronym as written in capitals ("BGMEA") or, as the Italian press writes them, as a word ("Figc")."""
    return text.isalpha() and 2 <= len(text) <= 6 and (text.isupper() or (text[0].isupper() and text[1:].islower()))


def _abbreviates(acronym: str, words: Iterable[str]) -> bool:
    """Whether ``acronym`` is the opening letters of each of ``words`` in turn, one letter or more of each, case
    aside: "BGMEA" of "Bangladesh Garment Manufacturers Exporters Association", "Arera" of "Autorità regolazione energia
    reti ambiente", "WASREB" of "Water Services Regulatory Board"; not "ANSA" of "ROMA". Words that open with no
    letter do not count."""
    words = [w.lower() for w in words if w[:1].isalpha()]
    letters = acronym.lower()

    def split(at: int, word: int) -> bool:
        if word == len(words):
            return at == len(letters)
        return any(
            letters[at:end] == words[word][: end - at] and split(end, word + 1)
            for end in range(at + 1, min(len(letters), at + len(words[word])) + 1)
        )

    return bool(words) and len(words) <= len(letters) and split(0, 0)
