"""Sector actors: the parts of a country a text names ("Bolivian border guards", "i manifestanti a Tunisi").

A phrase of ``ontologies/actors/sectors.tsv`` ("border guard" → police) names a sector actor when
a state is named with it (docs/annotation.md, "Sector actors"):

- as a modifier before it, read from the parse: "Bolivian border guards", "Kenya's police",
  "Chinese state banks", "US troops", both of "Russian and Ukrainian forces";
- right after it, where there is no parse and adjectives follow the noun (Italian):
  "i militari maliani", "la guardia costiera libica", "le forze Usa";
- after a preposition of place (``origin`` in ``function_words.tsv``): "demonstrators in
  Montevideo", "residents of Funafuti", "i manifestanti a Tunisi" — unless a modifier says the
  group is foreign to the place ("Western diplomats in Bamako", "foreign diplomats in Oslo"), or
  the group is sent places (``abroad`` in ``sectors.tsv``: "deploy troops in Ukraine", "diplomats
  in Beijing", "truppe a Kiev").

A phrase of two words or more that names one body ("il ministero della Difesa") with no state named, after a
definite word and no foreign state just named, is that body, named as written, of no country (``_unplaced``).

With no state named, a phrase marked ``alone`` in ``sectors.tsv`` written in the plural (or, for a
collective noun, after a definite word) names a group of the story with no country: "riot police
fired on students", "la polizia ha disperso i manifestanti". Its lowercase modifiers and a place
named after it belong to its name ("riot police", "anti-government demonstrators", "villagers in
Tarvik"), and its mention takes the article before it ("the crowd"), a form it goes by. Generic
words ("officials", "forces"), the singular ("a student") and people counted ("two civilians") name
no actor.

A group of a state with an organisation of people after its possessive is that group, named with
it ("Kenyan farmers' cooperatives", ``union`` in ``function_words.tsv``).

The mention of a sector actor of a country spans the phrase as written, without leading
determiners, and stops at the sector noun: in "Chinese coast guard vessels" the vessels are the
coast guard's, which the relation engines read from the modifier. A ``SectorSpan`` says which
country and sector, whether the phrase names one body of the state ("Brazil's foreign ministry":
``institution``) and whether it is written as a name ("the Indian Army", "Royal Australian Navy":
``named``); :mod:`kg.actors.resolution` makes the actor.

A phrase inside or right before a title of office, or right before a capitalised name, belongs
to the title or cue, not to an actor of its own ("Chinese foreign ministry spokeswoman Mao Ning",
"il portavoce del ministero degli Esteri cinese", "US Senator Lindsey Graham", "il quotidiano
russo Kommersant").
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, replace

import simplemma
from spacy.tokens import Doc, Token

from kg.actors.names import HYPHENS, POSSESSIVE_MARKS, capitalised, folded
from kg.actors.rules import ActorRules, SectorPhrase, load_rules
from kg.extract.parse import infinitive

_MAX_MODIFIERS = 3  # lowercase words between a state and its sector noun: "Somali federal officials"
_MODIFIER_TAGS = ("ADJ", "NOUN", "VERB")  # "Chinese state banks", "Bolivian displaced villagers"
# the institution column's value for a body named by the words written with it ("China's commerce ministry")
_OWN_WORDS = "*"


@functools.lru_cache(maxsize=4096)
def name_kinds(name: str) -> tuple[str, str | None] | None:
    """The sector and the kind (or None) the last word of an organisation's ``name`` that ``org_kinds.tsv`` lists
    gives it ("Water Services Regulatory Board" → government, regulator; "Kauri Bank" → business, bank); None when
    no word of the name says what it is."""
    kinds = load_rules().org_kinds
    words = name.replace("'", " ").replace("’", " ").split()  # "L'Autorità", "Banca d'Italia": an elided article is a word
    return next((kinds[w] for w in (w.lower().rstrip(".,") for w in reversed(words)) if w in kinds), None)


@dataclass(frozen=True)
class StateMention:
    """A state named at tokens ``start:end`` (a gazetteer match), by a form of ``kind`` (demonym, capital …)."""

    start: int
    end: int
    id: str
    kind: str


@dataclass(frozen=True)
class SectorSpan:
    """Tokens ``start:end`` of a Doc name a sector actor of ``country`` (a gazetteer state id), or a
    group with no state; ``phrase`` is the row of ``sectors.tsv`` it is named by ("police" for "the
    riot police", "border guard" for "Bolivian border guards")."""

    start: int
    end: int
    country: str | None
    sector: str
    institution: str | None = None
    named: bool = False
    state: StateMention | None = None  # where the span names its state ("Kenya's police": Kenya)
    phrase: str = ""

    @property
    def coordinated(self) -> bool:
        """The span is the first of coordinated demonyms ("Russian" in "Russian and Ukrainian troops")."""
        return self.state is not None and (self.state.start, self.state.end) == (self.start, self.end)


class Sectors:
    """The sector phrases of one language, and the sector actors they name in a Doc."""

    def __init__(self, lang: str, rules: ActorRules) -> None:
        self.by_last: dict[str, list[SectorPhrase]] = defaultdict(list)
        for phrase in rules.sectors:
            if phrase.lang == lang:
                self.by_last[phrase.words[-1]].append(phrase)
        self.lang = lang
        self.not_local = rules.not_local.get(lang, frozenset())
        self.origins = rules.origins.get(lang, frozenset())
        self.determiners = rules.determiners.get(lang, frozenset())
        self.definites = rules.definites.get(lang, frozenset())
        self.quantifiers = rules.quantifiers.get(lang, frozenset())
        self.conjunctions = rules.conjunctions.get(lang, frozenset())
        self.genitives = rules.genitives.get(lang, frozenset())
        self.seats = rules.seats.get(lang, frozenset())
        self.unions = rules.unions.get(lang, frozenset())
        self.sponsors = rules.sponsors.get(lang, frozenset())
        self.home = rules.home.get(lang, (None, frozenset()))[0]  # the state the language's press calls its own
        # prefixes that name who an armed group stands for ("pro-government", "filo-iraniane", "filorussi")
        self.sponsor_prefixes = rules.sponsor_prefixes.get(lang, frozenset())
        # words after which a noun starts a noun phrase, for languages without a tagger
        self.openers = self.determiners | self.origins | self.conjunctions
        self.openers |= rules.prepositions.get(lang, frozenset()) | self.quantifiers
        self.openers |= rules.times.get(lang, frozenset())  # "a maggio soldati thailandesi", "ieri agenti russi"

    def find(self, doc: Doc, states: list[StateMention], titles: frozenset[int] = frozenset()) -> list[SectorSpan]:
        """The sector actors of ``doc``, given the states the gazetteer found in it and the tokens
        of its titles of office."""
        parsed = doc.has_annotation("DEP")
        by_end = {s.end: s for s in states}
        by_start = {s.start: s for s in states}
        found = []
        for start, end, phrase in self._phrases(doc):
            if parsed and doc[end - 1].pos_ not in ("NOUN", "PROPN"):
                continue  # "military aid": an adjective, not the soldiers
            if not parsed and not self._opens_noun_phrase(doc, start):
                continue  # "aiuti militari": the adjective of another noun
            span = self._with_country(doc, start, end, phrase, parsed, by_end, by_start)
            if span is None and phrase.institution not in (None, "*") and not phrase.abroad:
                span = self._local(doc, start, end, phrase, by_start) or self._unplaced(doc, start, end, phrase, parsed, states)
            if span is None and phrase.alone:
                span = self._group(doc, start, end, phrase, parsed)
            if span is None and phrase.sector == "rebels":
                span = self._sponsored(doc, start, end, phrase, parsed, by_start)
            if span is None or self._before_a_name(doc, span.end, by_start):
                continue
            # words of a title are no sector ("portavoce del ministero degli Esteri cinese"); a title right
            # after the phrase takes it as its holder ("Ugandan army spokesman Felix Okello")
            if titles.intersection(range(span.start, span.end)):
                continue
            if span.institution is not None and phrase.abroad:
                span = self._seated(doc, span)
            span = self._with_union(doc, span)
            found.append(span)
            if span.state is not None and span.state.start == span.start:
                found += self._coordinated(doc, span, by_end)
            elif not parsed and span.state is not None and span.state.end == span.end:
                found += self._coordinated_after(doc, span, by_start)
        return found

    def inside(self, doc: Doc, start: int, end: int, states: list[StateMention]) -> tuple[str | None, str | None]:
        """The country and sector an organisation's name states ("Sudanese Armed Forces" → sudan,
        military); a sector only with a country ("Rapid Support Forces" states neither, forces may be a
        state's or rebels'), except a trade's: a union's or a business association's name says what it is
        wherever it is ("Trade Union Congress" → labour)."""
        country = next((s.id for s in states if start <= s.start and s.end <= end and not _hyphenated(doc, s, self.seats)), None)
        sectors = [phrase.sector for _, _, phrase in self._phrases(doc, start, end)]
        return country, (sectors[-1] if sectors and (country or sectors[-1] in ("labour", "business")) else None)

    def starting(self, doc: Doc, position: int) -> tuple[int, str] | None:
        """The end and sector of the sector phrase starting at ``position`` ("rebels" in "M23 rebels")."""
        found = [(end, phrase.sector) for start, end, phrase in self._phrases(doc, position, position + 4) if start == position]
        return max(found) if found else None

    def ending(self, doc: Doc, position: int) -> str | None:
        """The sector of the sector phrase ending right before ``position`` ("i soldati" in "i soldati congolesi")."""
        found = [phrase.sector for _, end, phrase in self._phrases(doc, max(0, position - 3), position) if end == position]
        return found[-1] if found else None

    def _phrases(self, doc: Doc, first: int = 0, last: int | None = None) -> list[tuple[int, int, SectorPhrase]]:
        """Every sector phrase within tokens ``first:last`` (the longest one ending at each token)."""
        found = []
        for token in doc[first:last]:
            best = None
            for key in {folded(token), token.lemma_.lower()}:
                for phrase in self.by_last.get(key, ()):
                    start = token.i - len(phrase.words) + 1
                    if start >= first and all(_matches(doc[start + k], w) for k, w in enumerate(phrase.words)):
                        if best is None or len(phrase.words) > len(best.words):
                            best = phrase
            if best is not None:
                found.append((token.i - len(best.words) + 1, token.i + 1, best))
        return found

    def _coordinated(self, doc: Doc, span: SectorSpan, by_end: dict[int, StateMention]) -> list[SectorSpan]:
        """"Russian and Ukrainian forces": the first state's forces too (its demonym is their mention)."""
        position = span.start
        if position < 2 or folded(doc[position - 1]) not in self.conjunctions:
            return []
        other = by_end.get(position - 1)
        if other is None or other.kind != "demonym" or _hyphenated(doc, other, self.seats):
            return []
        return [SectorSpan(other.start, other.end, other.id, span.sector, span.institution, False, other, span.phrase)]

    def _coordinated_after(self, doc: Doc, span: SectorSpan, by_start: dict[int, StateMention]) -> list[SectorSpan]:
        """"soldati indiani e cinesi": the second demonym's soldiers too (its demonym is their mention)."""
        position = span.end
        if position + 1 >= len(doc) or folded(doc[position]) not in self.conjunctions:
            return []
        other = by_start.get(position + 1)
        if other is None or other.kind != "demonym" or other.id == span.country or _hyphenated(doc, other, self.seats):
            return []
        return [SectorSpan(other.start, other.end, other.id, span.sector, span.institution, False, other, span.phrase)]

    def _opens_noun_phrase(self, doc: Doc, start: int) -> bool:
        """Without a tagger: "i militari", "dieci militari", "con manifestanti" — not "aiuti militari"."""
        if start == 0 or doc[start].is_sent_start:
            return True
        before = doc[start - 1]
        return before.is_punct or before.like_num or folded(before) in self.openers or self._participle(before)

    def _participle(self, token: Token) -> bool:
        """Without a tagger, a past participle opens the object after it ("ha accusato agenti russi", "hanno
        arrestato manifestanti"): a form in -ato, -ito, -uto of a verb's lemma (not "aiuti militari")."""
        form = token.lower_
        if not form.endswith(("ato", "ati", "ito", "iti", "uto", "uti")):
            return False
        return simplemma.lemmatize(form, lang=self.lang).endswith(("are", "ere", "ire"))

    def _with_country(
        self,
        doc: Doc,
        start: int,
        end: int,
        phrase: SectorPhrase,
        parsed: bool,
        by_end: dict[int, StateMention],
        by_start: dict[int, StateMention],
    ) -> SectorSpan | None:
        """The phrase with the state named before it, after it, or after a preposition of place."""
        if parsed:
            state = self._state_before(doc, start, by_end)
            if state is not None:
                return self._span(doc, state.start, end, state, phrase)
            if doc[end - 1].dep_ in ("compound", "amod", "nmod"):
                return None  # "press freedom in Jordan": the noun of another noun, whose place that is
        else:
            after = by_start.get(end)
            if after is not None and (after.kind == "demonym" or len(doc[after.start : after.end].text) <= 3):
                return self._span(doc, start, after.end, after, phrase)
        position = end
        # a group sent places is of the country only after a genitive: "le truppe di Mosca", not "truppe a Kiev"
        prepositions = self.genitives & self.origins if phrase.abroad else self.origins
        if position < len(doc) and folded(doc[position]) in prepositions:
            position += 1
            if position < len(doc) and folded(doc[position]) in self.determiners:
                position += 1
            place = by_start.get(position)
            if place is not None and place.kind != "demonym" and not self._foreign(doc, start, end, parsed):
                return self._span(doc, start, place.end, place, phrase)
        return None

    def _local(self, doc: Doc, start: int, end: int, phrase: SectorPhrase, by_start: dict[int, StateMention]) -> SectorSpan | None:
        """A body of a state named by the city it serves, with no state named: "la procura di Milano",
        "il tribunale di Latina" are bodies of their own (an Organization named so), not a sector."""
        if end + 1 >= len(doc) or folded(doc[end]) not in self.genitives or end + 1 in by_start:
            return None
        place = end + 1
        while place < len(doc) and capitalised(doc[place]) and not doc[place].is_sent_start and place - end <= _MAX_MODIFIERS:
            place += 1
        if place == end + 1:
            return None
        return SectorSpan(start, place, None, phrase.sector, institution=phrase.institution, named=True, phrase=" ".join(phrase.words))

    def _unplaced(self, doc: Doc, start: int, end: int, phrase: SectorPhrase, parsed: bool, states: list[StateMention]) -> SectorSpan | None:
        """Without a parser, a body whose phrase names it in full, after a definite word, with no state named:
        "il ministero della Difesa", "al ministero delle Infrastrutture" are bodies of their own (an
        Organization named so, of no country the text says); not a one-word head ("il tribunale"), which
        names the body of a place or one named before. After a foreign state named in its sentence or the one
        before, it is that state's, which the relation engines read back ("La Cina ha condannato … Il ministero
        degli Esteri ha accusato Washington"): no body of its own."""
        if parsed or len(phrase.words) < 2 or start == 0 or folded(doc[start - 1]) not in self.definites:
            return None
        sentence = doc[start].sent
        opening = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        if any(opening <= s.start < start and s.id != self.home for s in states):
            return None
        return SectorSpan(start, end, None, phrase.sector, institution=phrase.institution, named=True, phrase=" ".join(phrase.words))

    def _group(self, doc: Doc, start: int, end: int, phrase: SectorPhrase, parsed: bool) -> SectorSpan | None:
        """A group with no state: "riot police", "the students", "i manifestanti" — not "a student";
        nor people counted ("two civilians", "thousands of demonstrators", "migliaia di
        manifestanti"), someone's ("his workers", "Tuareg herders") or a noun that modifies another
        ("student loans", "il sindacato dei pescatori"). A place after it is part of its name
        ("villagers in Tarvik"), and without a parser a lowercase genitive ("i lavoratori del settore")."""
        head = doc[end - 1]
        if parsed:
            if head.dep_ in ("compound", "amod", "nmod", "poss") or any(c.dep_ in ("poss", "nummod") for c in head.children):
                return None
            if head.dep_ == "pobj" and folded(head.head.head) in self.quantifiers:
                return None  # "thousands of demonstrators"
            start = self._modifiers_start(doc, start, head)
            if start > 0 and capitalised(doc[start - 1]) and not doc[start - 1].is_sent_start:
                return None  # "Norvik Steel workers", "Tuareg herders": a named actor's, or a people's
        elif start > 0 and (doc[start - 1].like_num or folded(doc[start - 1]) in self.quantifiers | self.genitives):
            return None
        elif capitalised(doc[start]) and not doc[start].is_sent_start:
            return None  # "la Polizia di Stato": a name, which the gazetteer or an institution's head reads
        plural = any(_plural(t, parsed) for t in doc[end - len(phrase.words) : end])
        definite = start > 0 and folded(doc[start - 1]) in self.definites
        if not (plural or (definite and phrase.alone == "collective")):
            return None
        if definite and folded(doc[start - 1]) in self.determiners:
            start -= 1  # "the crowd", "i lavoratori": a form the group goes by (its name drops the article)
        end = self._place_after(doc, end) if parsed else self._genitive_after(doc, end)
        return SectorSpan(start, end, None, phrase.sector, phrase=" ".join(phrase.words))

    def _sponsored(self, doc: Doc, start: int, end: int, phrase: SectorPhrase, parsed: bool, by_start: dict[int, StateMention]) -> SectorSpan | None:
        """Rebels named by who backs them, with no state of their own: "Iran-backed militias",
        "pro-government militias", "rebels backed by Rwanda", "le milizie filo-iraniane", "i ribelli
        sostenuti dal Ruanda" are a group of the story with no country; the backer is an actor of its
        own. Backed by a name that is no state ("fighters loyal to General X", "gangs loyal to the Y
        coalition") the group is that name's, which its recogniser reads."""
        if not self.sponsors or not any(_plural(t, parsed) for t in doc[end - len(phrase.words) : end]):
            return None
        head = doc[end - 1]
        if parsed:
            if head.dep_ in ("compound", "nmod", "poss") or any(c.dep_ in ("poss", "nummod") for c in head.children):
                return None  # "militia leaders", "two militiamen"
            first = self._modifiers_start(doc, start, head)
            # the modifiers start after a backer joined to its participle ("Iran-backed"), an actor of its own
            backed = [i for i in range(first + 2, start) if folded(doc[i]) in self.sponsors and doc[i - 1].text in HYPHENS]
            start = backed[-1] + 1 if backed else first
        elif start > 0 and (doc[start - 1].like_num or folded(doc[start - 1]) in self.quantifiers):
            return None
        if not (self._sponsor_before(doc, start, end) or self._sponsor_after(doc, end, by_start)):
            return None
        if start > 0 and folded(doc[start - 1]) in self.determiners and folded(doc[start - 1]) in self.definites:
            start -= 1
        if not parsed and end < len(doc) and folded(doc[end]).startswith(tuple(self.sponsor_prefixes)):
            # "le milizie filo-iraniane": without a parser the backer's adjective is the group's name, or the
            # engines would read the state as the one who acts
            end = end + 3 if end + 2 < len(doc) and doc[end + 1].text in HYPHENS else end + 1
        return SectorSpan(start, end, None, phrase.sector, phrase=" ".join(phrase.words))

    def _sponsor_before(self, doc: Doc, start: int, end: int) -> bool:
        """"Iran-backed militias", "pro-government militias", "Pro-Russian separatists", "le milizie
        filo-iraniane", "le milizie filogovernative": a backer joined to a participle or a prefix."""
        def joined(i: int) -> bool:  # a hyphen written right after token i, and a word right after it
            return i + 2 < len(doc) and doc[i + 1].text in HYPHENS and not doc[i].whitespace_ and not doc[i + 1].whitespace_

        prefixes = self.sponsors & self.sponsor_prefixes
        if start >= 3 and folded(doc[start - 1]) in self.sponsors - prefixes and joined(start - 3):
            return True  # "Iran-backed militias"
        for i in range(max(0, start - 3), min(len(doc), end + 1)):
            form = folded(doc[i])
            if form in prefixes and joined(i):
                return True  # "pro-government militias", "milizie filo-iraniane"
            if i == end and any(form.startswith(p) and len(form) > len(p) + 3 and form.isalpha() for p in prefixes):
                return True  # "milizie filogovernative", "ribelli filorussi"
        return False

    def _sponsor_after(self, doc: Doc, end: int, by_start: dict[int, StateMention]) -> bool:
        """"rebels backed by Rwanda", "militias loyal to the government", "i ribelli sostenuti dal Ruanda":
        the backer a state or a lowercase noun after the participle and its preposition."""
        if end + 2 >= len(doc) or folded(doc[end]) not in self.sponsors or not doc[end + 1].is_lower:
            return False
        position = end + 2
        while position < len(doc) and folded(doc[position]) in self.determiners:
            position += 1
        return position < len(doc) and (position in by_start or doc[position].is_lower)

    def _genitive_after(self, doc: Doc, end: int) -> int:
        """Without a parser, the end of a group's name with the place or the lowercase genitive after it:
        "i manifestanti a Tunisi", "i lavoratori del settore"."""
        place = self._place_after(doc, end)
        if place == end and end + 1 < len(doc) and folded(doc[end]) in self.genitives:
            after = doc[end + 1]
            # not a verb the group is the object of: "ha accusato i sindaci di aver mentito"
            if after.is_lower and after.is_alpha and folded(after) not in self.determiners and not infinitive(after):
                return end + 2
        return place

    def _with_union(self, doc: Doc, span: SectorSpan) -> SectorSpan:
        """A group of a state with its organisation after its possessive ("Kenyan farmers' cooperatives",
        "the Bolivian miners' federation"): the organisation is the group's, named with it."""
        end = span.end
        if span.country is None or span.institution is not None or end + 1 >= len(doc) or doc[end].text not in POSSESSIVE_MARKS:
            return span
        if doc[end + 1].lemma_.lower() not in self.unions and folded(doc[end + 1]) not in self.unions:
            return span
        return replace(span, end=end + 2)

    def _seated(self, doc: Doc, span: SectorSpan) -> SectorSpan:
        """A body a state keeps abroad with the place it sits in: "Russia's embassy in Copenhagen" is
        one body of Russia, named with its city, and no mention of Denmark."""
        end = self._place_after(doc, span.end)
        if end == span.end:
            return span
        return replace(span, end=end, institution=f"{span.institution} in {doc[span.end + 1:end].text}")

    def _place_after(self, doc: Doc, end: int) -> int:
        """The end of a group's name with the place named after it: "protesters in Nouméa"."""
        if end + 1 < len(doc) and folded(doc[end]) in self.origins and capitalised(doc[end + 1]) and not doc[end + 1].is_sent_start:
            place = end + 1
            while place < len(doc) and place - end <= _MAX_MODIFIERS:
                if capitalised(doc[place]):
                    place += 1
                elif _joins_words(doc, place) and capitalised(doc[place + 1]):
                    place += 2  # "residents of Kok-Tash", "fishermen in Saint-Louis": one place
                else:
                    break
            return place
        return end

    def _modifiers_start(self, doc: Doc, start: int, head: Token) -> int:
        """Where the lowercase modifiers that are part of a group's name start: "riot" police,
        "steel" workers, "anti-government" demonstrators — not "many", "Russian-backed"."""
        while start > 0:
            word = start - 1
            while word >= 2 and doc[word - 1].text in HYPHENS and not doc[word - 1].whitespace_ and not doc[word - 2].whitespace_:
                word -= 2  # "anti-government", "pro-Western": one word, by its first part
            first, last = doc[word], doc[start - 1]
            if not (first.is_alpha and (first.is_lower or first.is_sent_start)) or folded(first) in self.determiners | self.quantifiers:
                break
            if last.dep_ not in ("amod", "compound") or not last.i < last.head.i <= head.i or last.pos_ not in _MODIFIER_TAGS + ("PROPN",):
                break
            start = word
        return start

    def _state_before(self, doc: Doc, start: int, by_end: dict[int, StateMention]) -> StateMention | None:
        """The state among the modifiers before a sector noun: "Bolivian border guards", "Kenya's police"."""
        position = start
        for _ in range(_MAX_MODIFIERS):
            previous = doc[position - 1] if position > 0 else None
            # a lowercase word the tagger calls a proper noun is a modifier too ("China's commerce ministry")
            if previous is None or position in by_end or not (previous.is_lower and previous.is_alpha and previous.pos_ in _MODIFIER_TAGS + ("PROPN",)):
                break
            if folded(previous) in self.determiners:
                break
            if any(c.dep_.startswith("nsubj") and c.pos_ == "NOUN" for c in previous.children):
                break  # "the Sudanese army shelled rebel positions": a verb with a noun of its own for subject ("Venezuela sent troops" goes on)
            position -= 1
            if folded(previous) in self.seats and position > 0 and doc[position - 1].text in HYPHENS:
                position -= 1  # "Hong Kong-based companies": the companies of the state the compound names
                break
        if position > 0 and doc[position - 1].text in POSSESSIVE_MARKS:
            position -= 1
        state = by_end.get(position)
        if state is None or _hyphenated(doc, state, self.seats):
            return None  # "Russian-backed separatists", "pro-Russian protesters": not Russia's
        return state

    def _foreign(self, doc: Doc, start: int, end: int, parsed: bool) -> bool:
        """A modifier that makes the place after the group no country of it: "Western residents of
        Kabul", "foreign journalists in Moscow", "EU officials in Kyiv" — before the phrase, not in it
        ("the foreign ministry in Jakarta" is Indonesia's)."""
        window = [doc[i] for i in range(max(0, start - _MAX_MODIFIERS), start)]
        for token in window:
            if folded(token) in self.not_local:
                return True
        previous = doc[start - 1] if start > 0 else None
        named = previous is not None and (capitalised(previous) or (previous.is_upper and previous.is_alpha))
        return bool(parsed and named and not previous.is_sent_start and previous.pos_ in ("ADJ", "PROPN"))

    def _span(self, doc: Doc, start: int, end: int, state: StateMention, phrase: SectorPhrase) -> SectorSpan:
        # "the Indian Army", "Sudanese Armed Forces": the sector words after their state written as a
        # name (not "British MPs", nor "Police" opening a sentence)
        words = [t for t in doc[end - len(phrase.words) : end] if t.is_alpha]
        named = phrase.institution is None and state.end <= end - len(phrase.words) and bool(words) and all(
            t.text[:1].isupper() and t.text[1:].islower() and not t.is_sent_start for t in words
        )
        if named:  # "Royal Australian Navy": the name's words before the state belong to it
            # not an article a colon leaves capitalised ("Q (Tarvik Radio): The Malaysian Coast Guard says")
            while start > 0 and capitalised(doc[start - 1]) and not doc[start - 1].is_sent_start and folded(doc[start - 1]) not in self.determiners:
                start -= 1
        institution = phrase.institution
        if institution == _OWN_WORDS:  # "China's commerce ministry": the words after the state name the body
            first = min(max(state.end, start), end - len(phrase.words))
            while first < end - len(phrase.words) and doc[first].text in POSSESSIVE_MARKS:
                first += 1
            institution = " ".join(folded(t) for t in doc[first:end])
        return SectorSpan(start, end, state.id, phrase.sector, institution, named, state, " ".join(phrase.words))

    def _before_a_name(self, doc: Doc, end: int, by_start: dict[int, StateMention]) -> bool:
        """"US Senator Lindsey Graham", "Bolivia's state lithium company YLB": a title or cue before a name."""
        if end >= len(doc) or doc[end].is_sent_start or end in by_start:
            return False
        return capitalised(doc[end]) or (doc[end].is_upper and doc[end].is_alpha and len(doc[end]) > 1)


def _plural(token: Token, parsed: bool) -> bool:
    """A plural noun: by its tag where there is one, else by a form other than its lemma ("manifestanti")."""
    if parsed:
        return token.tag_ in ("NNS", "NNPS") or token.morph.get("Number") == ["Plur"]
    return folded(token) != token.lemma_.lower()


def _matches(token: Token, word: str) -> bool:
    return word in (folded(token), token.lemma_.lower())


def _joins_words(doc: Doc, position: int) -> bool:
    """Token ``position`` is a hyphen written between two words with no space ("Kok-Tash")."""
    return (
        0 < position < len(doc) - 1
        and doc[position].text in HYPHENS
        and not doc[position - 1].whitespace_
        and not doc[position].whitespace_
    )


def _hyphenated(doc: Doc, state: StateMention, seats: frozenset[str]) -> bool:
    """"Russian-backed", "pro-Russian", "US-led": the state qualifies another word — but not in a
    compound of place or owner (``seats``: "Singapore-based"), which says the phrase is the state's."""
    seated = state.end + 1 < len(doc) and folded(doc[state.end + 1]) in seats
    # a dash with a space on its side is no compound: "MAPUTO - Mozambican police" (a dateline)
    after = state.end < len(doc) and doc[state.end].text in HYPHENS and not doc[state.end - 1].whitespace_
    before = state.start > 0 and doc[state.start - 1].text in HYPHENS and not doc[state.start - 1].whitespace_
    return (after and not seated) or before

