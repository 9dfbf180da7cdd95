"""Recognition: the token spans of a Doc that may name an actor (``Candidate`` values).

The recognisers, in order of trust (a longer span wins; on equal spans the more trusted rule):

1. the gazetteer (names, aliases, acronyms, demonyms, capitals, seats of power), matched
   with spaCy PhraseMatchers built once per pipeline;
2. sector actors: a sector noun with the state it belongs to ("Bolivian border guards",
   "demonstrators in Montevideo", :mod:`kg.actors.sectors`) or a group with no state ("the
   students"); names after a cue: a title of office or a cue word from
   ``ontologies/actors/cues.tsv`` ("il ministro degli Esteri Antonio Tajani", "President Embaló",
   "il quotidiano russo Nezavisimaya Gazeta"), and known surnames alone;
3. spaCy's statistical entities (PERSON, ORG) where the language has a model; the
   gazetteer corrects their label, ``org_heads.tsv`` types unknown organisations (of two
   capitalised words or more, or an acronym) and a state and sector noun in their name place
   them ("Sudanese Armed Forces": Sudan, military);
4. a known given name before capitalised words ("Laura Bianchi"), for Italian, which has
   no NER model, and for names the English model misses; without a NER model, also two
   capitalised words that are no words of the language's dictionary.

Phrases that contain a name but name no actor ("the Paris Agreement", "the Taiwan Strait")
win over the names inside them and are dropped.
"""

from __future__ import annotations

import functools
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

import simplemma
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from kg.actors.gazetteer import Gazetteer, normalize
from kg.actors.names import Surnames, capitalised
from kg.actors.rules import ActorRules
from kg.actors.sectors import Sectors, SectorSpan, StateMention
from kg.actors.titles import TitleMatch, skip_holder
from kg.model import STATE_SECTORS

# What a spaCy label says an actor is; a gazetteer type outside it contradicts the model.
NER_AGREES = {
    "PERSON": ("Person",),
    "ORG": ("Organization", "IntergovernmentalOrganization", "Media", "ThinkTank", "Group", "State"),
    "GPE": ("State",),
    "NORP": ("State", "Group"),
    "LOC": ("State",),
    "FAC": ("State",),
}
# Rank of each recogniser when two of them find the same span.
# A demonym coordinated with a sector phrase ("Russian" in "Russian and Ukrainian troops") is the
# sector actor, not the state its gazetteer form names.
PRIORITY = {"non-actor": 5, "coordinated": 5, "gazetteer": 4, "sector": 3, "cue": 3, "surname": 3, "ner": 2, "given-name": 1, "pair": 0}
_MAX_NAME_TOKENS = 5


@dataclass(frozen=True)
class Candidate:
    """A token span that may name an actor: a gazetteer entry, or an unknown actor of ``type``."""

    start: int
    end: int
    rule: str
    entry: str | None = None
    type: str | None = None
    country: str | None = None  # the gazetteer id of the state an unknown organisation belongs to
    sector: str | None = None
    sector_span: SectorSpan | None = None  # for rule "sector:…"

    @property
    def priority(self) -> int:
        return PRIORITY[self.rule.split(":", 1)[0]]


class Recognizer:
    """The recognisers of one pipeline's language, their matchers built once."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer, rules: ActorRules, surnames: Surnames) -> None:
        self.lang = nlp.lang
        self.has_ner = "ner" in nlp.pipe_names
        # a recogniser trained on another language (kg.extract.parse): its spans run into the
        # words around names, so only their capitalised runs count, and only where no rule of
        # this language found anything
        self.borrowed_ner = "borrowed_ner" in nlp.pipe_names
        self.gazetteer = gazetteer
        self.rules = rules
        self.surnames = surnames
        self.prepositions = rules.prepositions.get(self.lang, frozenset())
        self.determiners = rules.determiners.get(self.lang, frozenset())
        self.links = self.prepositions | self.determiners
        self.locatives = rules.locatives.get(self.lang, frozenset())
        self.seats = rules.seats.get(self.lang, frozenset())
        self._lookup = functools.lru_cache(maxsize=16384)(lambda text: tuple(gazetteer.lookup(text, self.lang)))
        self.kinds: dict[tuple[str, str], str] = {}
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._add_gazetteer_patterns(nlp)
        self.non_actors = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.non_actors.add("non-actor", list(nlp.tokenizer.pipe(gazetteer.non_actors(self.lang))))
        self.cues = PhraseMatcher(nlp.vocab, attr="LOWER")
        for cue in rules.cues:
            if cue.lang == self.lang:
                self.cues.add(cue.type, [nlp.make_doc(cue.text)])
        self.lone_surnames = PhraseMatcher(nlp.vocab, attr="ORTH")
        for surname in sorted(surnames.people):
            self.lone_surnames.add("surname", [nlp.make_doc(surname)])
        self.given = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.given.add("given", list(nlp.tokenizer.pipe(sorted(rules.given_names))))
        self.sectors = Sectors(self.lang, rules)

    def _add_gazetteer_patterns(self, nlp: Language) -> None:
        exact: dict[str, set[str]] = defaultdict(set)
        folded: dict[str, set[str]] = defaultdict(set)
        for form in self.gazetteer.patterns(self.lang):
            for text in {form.text, _unaccented(form.text)}:
                (exact if form.case_sensitive else folded)[form.id].add(text)
                self.kinds.setdefault((form.id, normalize(text)), form.kind)
        for entry_id, surfaces in exact.items():
            self.exact.add(entry_id, list(nlp.tokenizer.pipe(sorted(surfaces))))
        for entry_id, surfaces in folded.items():
            self.folded.add(entry_id, list(nlp.tokenizer.pipe(sorted(surfaces))))

    def candidates(self, doc: Doc, titles: list[TitleMatch]) -> list[Candidate]:
        """The spans of ``doc`` that may name an actor, without overlaps, in text order."""
        gazetteer = self._gazetteer_candidates(doc)
        states = self._states(gazetteer)
        # "a Greek-owned tanker": the owner qualifies a thing; a sector phrase may still be the state's ("Oman-based firms")
        gazetteer = [c for c in gazetteer if not self._seat(doc, c.end)]
        candidates = gazetteer + self._sector_candidates(doc, states, titles) + self._cue_candidates(doc, titles, gazetteer)
        candidates += self._given_name_candidates(doc, gazetteer) + self._surname_candidates(doc)
        if not self.has_ner:
            candidates += self._pair_candidates(doc)
        candidates += [Candidate(start, end, "non-actor") for _, start, end in self.non_actors(doc)]
        named = self._ner_candidates(doc, titles, states)
        if self.borrowed_ner:
            taken = {i for c in candidates for i in range(c.start, c.end)}
            named = [c for c in named if not taken.intersection(range(c.start, c.end))]
        candidates += named
        return [c for c in _select(_without_compounds(doc, candidates)) if c.rule != "non-actor"]

    def _gazetteer_candidates(self, doc: Doc) -> list[Candidate]:
        found = []
        for matcher in (self.exact, self.folded):
            for match_id, start, end in matcher(doc):
                if matcher is self.folded and end - start == 1 and doc[start].is_lower:
                    continue  # "china", "turkey", "mosca" (a fly): a name matches lowercase only in longer phrases
                entry_id = doc.vocab.strings[match_id]
                kind = self.kinds.get((entry_id, _key(doc[start:end].text)), "alias")
                if not self._inside_place_name(doc, start, end):
                    found.append(Candidate(start, end, f"gazetteer:{kind}", entry=entry_id))
        return self._with_ner_corrections(doc, found)

    def _seat(self, doc: Doc, end: int) -> bool:
        """A name joined by a hyphen to a participle of place or owner ("Greek-owned", ``seat`` in ``function_words.tsv``)."""
        return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in self.seats

    def _states(self, gazetteer: list[Candidate]) -> list[StateMention]:
        """The states the gazetteer found, the longest form where two end together."""
        found: dict[int, StateMention] = {}
        for c in gazetteer:
            if self.gazetteer.get(c.entry).type == "State" and (c.end not in found or c.start < found[c.end].start):
                found[c.end] = StateMention(c.start, c.end, c.entry, c.rule.split(":")[1])
        return sorted(found.values(), key=lambda s: s.start)

    def _sector_candidates(self, doc: Doc, states: list[StateMention], titles: list[TitleMatch]) -> list[Candidate]:
        """"Bolivian border guards", "i manifestanti a Tunisi": a sector of a country (:mod:`kg.actors.sectors`)."""
        found = []
        title_tokens = frozenset(i for t in titles for i in range(t.start, t.end))
        for span in self.sectors.find(doc, states, title_tokens):
            kind = "institution" if span.institution else "named" if span.named else "group" if span.country is None else span.sector
            rule = "coordinated" if span.coordinated else "sector"
            found.append(Candidate(span.start, span.end, f"{rule}:{kind}", country=span.country, sector=span.sector, sector_span=span))
        return found

    def _inside_place_name(self, doc: Doc, start: int, end: int) -> bool:
        """"the Taiwan Strait", "lo Stretto di Taiwan", "the Sea of Japan": a place, not the state."""
        def place_word(i: int) -> bool:
            return 0 <= i < len(doc) and capitalised(doc[i]) and self.rules.org_heads.get(doc[i].lower_) == "place"

        if place_word(end) or place_word(start - 1):
            return True
        return start >= 2 and doc[start - 1].lower_ in self.prepositions and place_word(start - 2)

    def _with_ner_corrections(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """Record where the gazetteer overrules the statistical label of the same span ("Trump" ORG)."""
        if not doc.has_annotation("ENT_IOB"):
            return found
        labels = {(e.start, e.end): e.label_ for e in doc.ents}
        out = []
        for c in found:
            label = labels.get((c.start, c.end))
            type_ = self.gazetteer.get(c.entry).type
            if label in NER_AGREES and type_ not in NER_AGREES[label]:
                c = Candidate(c.start, c.end, f"{c.rule}:over-ner-{label}", entry=c.entry)
            out.append(c)
        return out

    def _ner_candidates(self, doc: Doc, titles: list[TitleMatch], states: list[StateMention]) -> list[Candidate]:
        """spaCy's PERSON and ORG entities, trimmed, checked against the gazetteer and typed."""
        if not doc.has_annotation("ENT_IOB"):
            return []
        title_tokens = {i for t in titles for i in range(t.start, t.end)}
        found = []
        for ent in doc.ents:
            if ent.label_ not in ("PERSON", "ORG"):
                continue
            span = self._trim(self._name_run(ent) if self.borrowed_ner else ent, title_tokens)
            if span is None or (self.borrowed_ner and all(simplemma.is_known(t.lower_, lang=self.lang) for t in span)):
                continue  # words of the language ("Difesa", "Piazza Rossa") name a place or a thing here, if anyone
            known = self._lookup(span.text)
            if known:
                entry = known[0]
                kind = self.kinds.get((entry.id, _key(span.text)), "alias")
                rule = f"gazetteer:{kind}" + ("" if entry.type in NER_AGREES[ent.label_] else f":over-ner-{ent.label_}")
                found.append(Candidate(span.start, span.end, rule, entry=entry.id))
            elif ent.label_ == "PERSON":
                found.append(Candidate(span.start, span.end, "ner:PERSON", type="Person"))
            elif self._organisation_name(span):
                country, sector = self.sectors.inside(doc, span.start, span.end, states)
                type_ = self._organisation_type(span, sector)
                fighters = self.sectors.starting(doc, span.end)
                if type_ is not None and fighters is not None and fighters[1] == "rebels":
                    type_, sector = "Group", "rebels"  # "JNIM jihadists", "M23 rebels": an armed group, named before its fighters
                if type_ is not None:
                    end = span.end
                    while end - span.start > 1 and doc[end - 1].is_lower and doc[end - 1].is_alpha:
                        end -= 1  # "the Georgian Dream party": the word that types the name is no part of it
                    found.append(Candidate(span.start, end, "ner:ORG", type=type_, country=country, sector=sector))
        return found

    def _name_run(self, ent: Span) -> Span:
        """The longest run of capitalised words inside ``ent`` that is no word of the language at the
        start of a sentence ("Secondo la Procura di Roma" → "Procura di Roma")."""
        doc = ent.doc
        best = (ent.start, ent.start)
        i = ent.start
        while i < ent.end:
            if not capitalised(doc[i]) or (doc[i].is_sent_start and simplemma.is_known(doc[i].lower_, lang=self.lang)):
                i += 1
                continue
            end = min(self._name_end(doc, i), ent.end)
            if end - i > best[1] - best[0]:
                best = (i, end)
            i = max(end, i + 1)
        return doc[best[0] : best[1]]

    def _organisation_name(self, span: Span) -> bool:
        """Two capitalised words or more ("Congo River Alliance"), an acronym ("JNIM"), a word with a
        capital inside ("TikTok"), or a lone capitalised word where a place cannot be: a lone word the
        model calls an organisation is too often a place ("a base in Arauca", "the Torkham crossing"),
        and so is a longer name with no article and no word of an organisation after a preposition of
        place ("a truce in El Obeid", not "payments to the Amazon Fund")."""
        if len(span) > 1:
            root = span.root
            placed = root.dep_ == "pobj" and root.head.lower_ in self.locatives and not any(c.dep_ == "det" for c in root.children)
            if placed and not any(t.lower_ in self.rules.org_heads for t in span):
                return False
            return sum(1 for t in span if capitalised(t) or (t.is_upper and t.is_alpha)) >= 2
        token = span[0]
        text = token.text
        if len(text) < 2 or token.like_num or token.lower_ in self.rules.org_heads:
            return False  # "the 33rd Front": a word of a name, not the name
        if text.isupper() or (token.is_alpha and text[0].isupper() and any(c.isupper() for c in text[1:])):
            return True
        if token.dep_ == "compound" and token.head.is_lower:
            return False  # "the Javari river", "Hyundai's Ulsan plant"
        return not (token.dep_ == "pobj" and token.head.lower_ in self.locatives)

    def _trim(self, ent: Span, title_tokens: set[int]) -> Span | None:
        """Drop leading determiners, titles and honorifics, and a trailing possessive."""
        doc, start, end = ent.doc, ent.start, ent.end
        while start < end and ((doc[start].lower_ in self.determiners and not _inside_name(doc[start])) or start in title_tokens):
            start += 1
        while end > start and doc[end - 1].text in ("'s", "’s", "'", "’"):
            end -= 1
        if end <= start or not any(capitalised(t) or t.is_upper for t in doc[start:end]):
            return None  # "congress", "the government": not a name
        if any(i in title_tokens for i in range(start, end)):
            return None  # "Secretary of State", "Foreign Minister": a title, not an actor
        return doc[start:end]

    def _organisation_type(self, span: Span, sector: str | None) -> str | None:
        """The type of an unknown organisation from its words (``org_heads.tsv``); None = not an actor.
        Forces named after their state are an institution of it ("Sudanese Armed Forces"), not an armed group."""
        for token in reversed(span):
            type_ = self.rules.org_heads.get(token.lower_)
            if type_ is not None:
                if type_ in ("-", "place"):
                    return None
                return "Organization" if type_ == "Group" and sector in STATE_SECTORS else type_
        return "Organization"

    def _cue_candidates(self, doc: Doc, titles: list[TitleMatch], gazetteer: list[Candidate]) -> list[Candidate]:
        """Capitalised names right after a title or cue word, past a state or organisation named with it."""
        cues = [(t.start, t.end, "Person", True) for t in titles]
        cues += [(start, end, doc.vocab.strings[match_id], False) for match_id, start, end in self.cues(doc)]
        holders = {c.start: c.end for c in gazetteer if self.gazetteer.get(c.entry).type != "Person"}
        cue_tokens = {i for start, end, _, _ in cues for i in range(start, end)}
        found = []
        for start, end, type_, office in cues:
            position = skip_holder(doc, end, holders, self.links)
            if position < len(doc) and doc[position].text in (".",):
                position += 1  # "Dott. Ferri" tokenised as "Dott" "."
            if type_ == "Person":
                position = self._past_portfolio(doc, position, cue_tokens)
            name_end = self._name_end(doc, position, cue_tokens)
            if name_end == position:
                continue
            lone = type_ == "Person" and name_end - position == 1 and doc[position].text not in self.surnames.people
            if lone and not (office and self._lone_name(doc[position])):
                continue  # one word after "General" is too often "General Motors"
            found.append(Candidate(position, name_end, f"cue:{type_}", type=type_))
        return found

    def _past_portfolio(self, doc: Doc, position: int, stop: set[int]) -> int:
        """Past the portfolio after a title ("il ministro delle Imprese Adolfo Urso", "minister for
        Trade Li Wei"): link words, then capitalised words of the language's dictionary, when a
        name follows them. The name starts at a known given name or at the first word that is no
        word of the dictionary."""
        start = position
        while position < len(doc) and position - start < 2 and doc[position].lower_ in self.links:
            position += 1
        if position == start:
            return start
        run_end = self._name_end(doc, position, stop)
        for i in range(position + 1, run_end):
            word = doc[i].text
            if word in self.rules.given_names or not simplemma.is_known(word.lower(), lang=self.lang):
                portfolio = doc[position:i]
                if all(simplemma.is_known(t.lower_, lang=self.lang) or t.lower_ in self.links for t in portfolio):
                    return i
                break
        return start

    def _lone_name(self, token: Token) -> bool:
        """"President Embaló", "il presidente Embaló": one word after a title of office names a person
        when it is no word of the language and no word of an organisation or place name."""
        text = token.text
        return token.is_alpha and text.lower() not in self.rules.org_heads and not simplemma.is_known(text.lower(), lang=self.lang)

    def _name_end(self, doc: Doc, start: int, stop: set[int] = frozenset()) -> int:
        """End of the run of capitalised words (with name particles and hyphens) from ``start``,
        not into ``stop`` (the tokens of titles and cue words: "Deputy Prime Minister Yulia …")."""
        end = start
        while end < len(doc) and end - start < _MAX_NAME_TOKENS and end not in stop:
            token = doc[end]
            if capitalised(token):
                end += 1
            elif (
                end > start
                and token.text in self.rules.particles
                and token.text not in self.prepositions  # "Giovanni Orsina della Luiss": "of", not a particle
                and end + 1 < len(doc)
                and capitalised(doc[end + 1])
            ):
                end += 1
            elif end > start and token.text == "-" and not doc[end - 1].whitespace_ and end + 1 < len(doc) and capitalised(doc[end + 1]):
                end += 1
            else:
                break
            if end < len(doc) and doc[end].is_sent_start:
                break
        return end

    def _given_name_candidates(self, doc: Doc, gazetteer: list[Candidate]) -> list[Candidate]:
        """A known given name followed by capitalised words and not inside a longer proper noun
        ("Maurizio Rossi" is a person, though "Maurizio" alone is Mauritius in Italian)."""
        named_before = {c.end for c in gazetteer}  # "della Fiom Maurizio Rossi": a name ends where his begins
        found = []
        for _, start, _ in self.given(doc):
            if start > 0 and capitalised(doc[start - 1]) and not doc[start - 1].is_sent_start and start not in named_before:
                continue  # "Santa Maria Novella", "Piazza Laura …"
            end = self._name_end(doc, start + 1)
            if end > start + 1 and doc[end - 1].lower_ not in self.rules.org_heads:
                found.append(Candidate(start, end, "given-name:Person", type="Person"))
        return found

    def _pair_candidates(self, doc: Doc) -> list[Candidate]:
        """Without a NER model: two capitalised words inside a sentence, neither a word of the
        language's dictionary nor of an organisation or place name, alone between lowercase words
        ("… ha incontrato Wang Yi a …"). Names that are also words ("Bianchi") need a cue."""
        found = []
        for token in doc[1:-1]:
            i = token.i
            pair = doc[i : i + 2]
            if token.is_sent_start or doc[i + 1].is_sent_start or not all(capitalised(t) and t.is_alpha for t in pair):
                continue
            if capitalised(doc[i - 1]) or (i + 2 < len(doc) and capitalised(doc[i + 2])):
                continue
            if any(t.lower_ in self.rules.org_heads or simplemma.is_known(t.lower_, lang=self.lang) for t in pair):
                continue
            found.append(Candidate(i, i + 2, "pair:Person", type="Person"))
        return found

    def _surname_candidates(self, doc: Doc) -> list[Candidate]:
        return [Candidate(start, end, "surname:Person", type="Person") for _, start, end in self.lone_surnames(doc)]


def _select(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then the more trusted rule, then leftmost."""
    taken: set[int] = set()
    chosen = []
    for c in sorted(candidates, key=lambda c: (c.start - c.end, -c.priority, c.start)):
        if not taken.intersection(range(c.start, c.end)):
            chosen.append(c)
            taken.update(range(c.start, c.end))
    return sorted(chosen, key=lambda c: c.start)


def _without_compounds(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Drop model entities that only join known names with hyphens ("Trump-Putin", "US-Russia")."""
    known = {i for c in candidates if not c.rule.startswith("ner") for i in range(c.start, c.end)}
    out = []
    for c in candidates:
        rest = [doc[i].text for i in range(c.start, c.end) if i not in known]
        if c.rule.startswith("ner") and rest and all(t in ("-", "–") for t in rest):
            continue
        out.append(c)
    return out


_key = functools.lru_cache(maxsize=65536)(normalize)


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _inside_name(token: Token) -> bool:
    """A capitalised article inside a sentence belongs to the name it opens ("with The Metals Company")."""
    return token.text[:1].isupper() and not token.is_sent_start
