"""Recognition: the token spans of a Doc that may name an actor (``Candidate`` values).

The recognisers, in order of trust (a longer span wins; on equal spans the more trusted rule):

1. the gazetteer (names, aliases, acronyms, demonyms, capitals, seats of power), matched
   with spaCy PhraseMatchers built once per pipeline;
2. sector actors: a sector noun with the state it belongs to ("Bolivian border guards",
   "demonstrators in Montevideo", :mod:`kg.actors.sectors`) or a group with no state ("the
   students"); names after a cue: a title of office or a cue word from
   ``ontologies/actors/cues.tsv`` ("il ministro degli Esteri Antonio Tajani", "President Embaló",
   "il quotidiano russo Nezavisimaya Gazeta", and an acronym after the noun of an organisation's kind: "the Thai
   utility EGAT"), an acronym after an article typed by the noun of its kind after it ("the FLNKS independence
   front", below the model's entity of the same span), a capitalised word no entry names before the noun of a party's
   or a union's kind, named with that noun ("the Unite union"), a family named with its kin word ("the Gupta
   family", "la famiglia Regeni"), and known surnames alone;
3. spaCy's statistical entities (PERSON, ORG): the English model's, and for Italian those of the
   small recogniser fine-tuned on the annotated Italian (``kg_names``, only where no rule of the
   language found anything); the gazetteer corrects their label, ``org_heads.tsv`` types unknown organisations (of two
   capitalised words or more, or an acronym) and a state and sector noun in their name place
   them ("Sudanese Armed Forces": Sudan, military); with a tagger, also a proper noun no state's
   name before "government" or a title of head of government, that place's government ("the
   Ontario government", "Ontario Premier Doug Ford");
4. a known given name before capitalised words ("Laura Bianchi"), for Italian, which has
   no trained pipeline, and for names the English model misses; without a trained pipeline's NER model, also two
   capitalised words that are no words of the language's dictionary and have no article
   before them ("ha incontrato Wang Yi", not "le Atp Finals"), institutions written with a
   capitalised head word ("la Corte d'appello di Roma", "la Federazione nazionale della
   stampa", "Radio Okapi"), organisations named in another language by their last word ("il Caspian Pipeline
   Consortium"), an unknown name inside a sentence before a state's name, a branch there ("la Shunfeng
   Italia", "e Swissport Italia"), and capitalised words before a legal form or a branch's continent, a
   company ("la Tirreno Container Spa", "Beko Europe"; ``company_forms.tsv``).

A body's name with a conjunction inside is one name where one side alone names no body ("the Pharmacy and
Poisons Board", "the Ministry of Energy and Mines"), longer than the names the model finds on each side.

Numbered units ("the 33rd Front", "la Brigata 444") are armed groups, trusted as cues are, and so is an
unknown name right before a bracketed list of states, a grouping of them ("il Quintetto (Stati Uniti,
Francia, Egitto e Qatar)", :mod:`kg.actors.groupings`); an entity of the model that opens with a known
news organisation's name is its programme ("BBC Newsnight" is the BBC); a known
organisation with a state's name after it is its branch there ("Amnesty International Kenya"), and an
intergovernmental organisation with a noun of a body after it one of its bodies ("a UN fact-finding
mission", "the EU delegation in Belgrade"), each an actor of its own that wins over the names inside it.

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
from kg.actors.groupings import list_links, members_after
from kg.actors.names import HYPHENS, POSSESSIVE_MARKS, SAXON_GENITIVE, Surnames, capitalised
from kg.actors.rules import ActorRules, load_company_forms, load_provinces, load_shared_demonyms, load_shared_names, load_short_forms, military_ruled
from kg.actors.sectors import Sectors, SectorSpan, StateMention
from kg.actors.titles import TitleMatch, document_date, skip_holder
from kg.extract.parse import infinitive, inflected_verb, load_places
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
PRIORITY = {"company": 3, "apposed": 1, "local": 2, "non-actor": 5, "coordinated": 5, "gazetteer": 4, "branch": 4, "sector": 3, "cue": 3, "surname": 3, "unit": 3, "grouping": 3, "ner": 2, "institution": 2, "given-name": 1, "pair": 0, "defined": 2, "typed": 1, "joined": 2}
_MAX_NAME_TOKENS = 5


def _name_word(token: Token) -> bool:
    """A capitalised word or an acronym ("Equinor", "MMG")."""
    return capitalised(token) or (len(token.text) > 1 and token.text.isalpha() and token.text.isupper())


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
        self.has_ner = "ner" in nlp.pipe_names  # a trained pipeline's recogniser, with its tagger and parser (English)
        # a recogniser with no tagger or parser beside it, fine-tuned on a few hundred documents (Italian's
        # kg_names, kg.extract.parse): its spans may run into the words around names, so only their
        # capitalised runs count, and only where no rule of this language found anything
        self.names_only = "kg_names" in nlp.pipe_names
        self.gazetteer = gazetteer
        self.rules = rules
        self.surnames = surnames
        self.prepositions = rules.prepositions.get(self.lang, frozenset())
        self.determiners = rules.determiners.get(self.lang, frozenset())
        self.links = self.prepositions | self.determiners
        # words that hold an article ("il", "una", "nel", "dal"): without a NER model, a capitalised pair right
        # after one names a thing or an event, not a person ("le Atp Finals", "nel Salar de Uyuni")
        self.articles = self.determiners | rules.definites.get(self.lang, frozenset())
        self.member_links = list_links(rules, self.lang)
        self.locatives = rules.locatives.get(self.lang, frozenset())
        self.seats = rules.seats.get(self.lang, frozenset())
        self._lookup = functools.lru_cache(maxsize=16384)(lambda text: tuple(gazetteer.lookup(text, self.lang)))
        self.kinds: dict[tuple[str, str], str] = {}
        self.word_forms: set[str] = set()  # "=Democrats", "=Labour": capitalised names that are also words
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
        self.places = load_places(self.lang)
        # cue words of one word that say a person ("General", "journalist"): before a name, or in apposition to it
        self.person_cues = frozenset(c.text for c in rules.cues if c.lang == self.lang and c.type == "Person" and " " not in c.text)
        self.thing_cues = {c.text: c.type for c in rules.cues if c.lang == self.lang and c.type not in ("Person", "-") and " " not in c.text}
        self.conjunctions = rules.conjunctions.get(self.lang, frozenset())
        # the words that say a name is an organisation's: org_heads.tsv's actor types and sectors.tsv's one-word bodies of a state
        self.body_words = frozenset(w for w, t in rules.org_heads.items() if t not in ("-", "place")) | frozenset(
            p.words[0] for p in rules.sectors if p.lang == self.lang and p.institution and len(p.words) == 1)

    def _add_gazetteer_patterns(self, nlp: Language) -> None:
        exact: dict[str, set[str]] = defaultdict(set)
        folded: dict[str, set[str]] = defaultdict(set)
        for form in self.gazetteer.patterns(self.lang):
            plain = _unaccented(form.text)
            # a case-sensitive form is one that is also a word; without its accents it may be the language's word
            # itself ("=Libération", the newspaper; "the Liberation Tigers of Tamil Eelam")
            word = form.case_sensitive and plain != form.text and simplemma.is_known(plain.lower(), lang=self.lang)
            for text in {form.text} if word else {form.text, plain}:
                (exact if form.case_sensitive else folded)[form.id].add(text)
                self.kinds.setdefault((form.id, normalize(text)), form.kind)
                letters = [c for c in text if c.isalpha()]
                if form.case_sensitive and len(letters) > 3 and text[0].isupper() and not all(c.isupper() for c in letters):
                    self.word_forms.add(text)
        if self.lang in self.rules.title_case_acronyms:
            # the Italian press writes acronyms as words ("le Sdf", "l'Irgc", "del Jnim"): one more form of each
            # name written in capitals, unless that form is a word of the language ("Osa", "Bei") or a given name ("Tim")
            for form in self.gazetteer.patterns(self.lang):
                text = form.text
                if form.case_sensitive and len(text) > 2 and text.isalpha() and text.isupper():
                    titled = text.capitalize()
                    if not simplemma.is_known(titled.lower(), lang=self.lang) and titled not in self.rules.given_names:
                        exact[form.id].add(titled)
                        self.kinds.setdefault((form.id, normalize(titled)), form.kind)
        for entry_id, surfaces in exact.items():
            self.exact.add(entry_id, list(nlp.tokenizer.pipe(sorted(surfaces))))
        for entry_id, surfaces in folded.items():
            self.folded.add(entry_id, list(nlp.tokenizer.pipe(sorted(surfaces))))

    def candidates(self, doc: Doc, titles: list[TitleMatch]) -> list[Candidate]:
        """The spans of ``doc`` that may name an actor, without overlaps, in text order."""
        gazetteer = self._article_of_next(doc, self._gazetteer_candidates(doc))
        states = self._states(gazetteer)
        cue_matches = self.cues(doc)  # the cue words (cues.tsv), matched once for the three readings that ask them
        shared = self._short_state_candidates(doc, states) + self._shared_demonym_candidates(doc, states, gazetteer)
        places = [c for c in shared if c.rule == "non-actor"]  # "il Nord del Paese" in a story of North Korea
        shared = [c for c in shared if c.rule != "non-actor"]
        if shared:
            gazetteer = sorted(gazetteer + shared, key=lambda c: (c.start, c.end))
            states = self._states(gazetteer)
        # "a Greek-owned tanker": the owner qualifies a thing; a sector phrase may still be the state's ("Oman-based firms")
        gazetteer = [c for c in gazetteer if not self._seat(doc, c.end)]
        # "il gruppo tedesco Krenholt", "la società britannica Adriatic Energy": the firm's nationality, no mention of the state
        firms_of = self._firm_nationalities(doc, gazetteer, cue_matches)
        if firms_of:
            gazetteer = [c for c in gazetteer if c not in firms_of]
            states = self._states(gazetteer)
        nationals: list[Candidate] = []
        if not self.has_ner:
            # "la norvegese Equinor", "dal brasiliano Adriano Pedrosa": a demonym between an article and a name
            nationalities = [c for c in gazetteer if self._nationality(doc, c)]
            if nationalities:
                nationals = self._national_candidates(doc, nationalities, gazetteer)
                gazetteer = [c for c in gazetteer if c not in nationalities]
                states = self._states(gazetteer)
        candidates = nationals + gazetteer + self._branch_candidates(doc, gazetteer, titles) + self._body_candidates(doc, gazetteer)
        sectors = self._sector_candidates(doc, states, titles, gazetteer)
        candidates += sectors
        candidates += self._cue_candidates(doc, titles, gazetteer + firms_of, cue_matches)
        candidates += self._given_name_candidates(doc, gazetteer) + self._surname_candidates(doc) + self._unit_candidates(doc)
        candidates += self._typed_acronym_candidates(doc) + self._typed_word_candidates(doc)
        candidates += self._grouping_candidates(doc, gazetteer) + self._kin_candidates(doc) + self._local_candidates(doc, titles)
        candidates += self._region_candidates(doc) + self._defined_name_candidates(doc) + self._junta_candidates(doc, states, sectors)
        candidates += self._joined_name_candidates(doc, titles, gazetteer, states)
        if self.has_ner and not self.names_only:
            candidates += self._apposed_candidates(doc, titles)
        if not self.has_ner:
            candidates += self._pair_candidates(doc) + self._institution_candidates(doc, states, titles, gazetteer) + self._foreign_name_candidates(doc, states)
            candidates += self._company_candidates(doc)
            candidates += self._apposed_linear_candidates(doc, titles, gazetteer) + self._host_candidates(doc, titles, gazetteer)
        candidates += [Candidate(start, end, "non-actor") for _, start, end in self.non_actors(doc)] + places
        named = self._ner_candidates(doc, titles, states, cue_matches)
        if self.names_only:
            taken = {i for c in candidates for i in range(c.start, c.end)}
            named = [c for c in named if not taken.intersection(range(c.start, c.end))]
        candidates += named
        chosen = _select(_without_compounds(doc, candidates))
        # "al valico di Ressano Garcia", "the border town of Mae Sot", "la miniera di Las Bambas", "la frontiera di La
        # Línea": a name no gazetteer knows after a place's noun is that place's, no person and no organisation
        chosen = [c for c in chosen if c.rule != "non-actor" and not (c.type in ("Person", "Organization") and not c.rule.startswith("gazetteer") and self._after_place_noun(doc[c.start : c.end]))]
        text = doc.text  # a Doc joins its tokens anew at each .text
        return [c for c in chosen if not _link_line(text, doc[c.start].idx)]

    def _article_of_next(self, doc: Doc, gazetteer: list[Candidate]) -> list[Candidate]:
        """"La Repubblica Dominicana", "la Repubblica Ceca": a name that opens with its article ("La Repubblica",
        the newspaper) yields to a name that starts right after the article and runs past it — the article is
        that name's."""
        after = {(c.start, c.end) for c in gazetteer}
        return [c for c in gazetteer if not (doc[c.start].lower_ in self.determiners
                                            and any(s == c.start + 1 and e > c.end for s, e in after))]

    def _gazetteer_candidates(self, doc: Doc) -> list[Candidate]:
        found = []
        for matcher in (self.exact, self.folded):
            for match_id, start, end in matcher(doc):
                if matcher is self.folded and end - start == 1 and doc[start].is_lower:
                    continue  # "china", "turkey", "mosca" (a fly): a name matches lowercase only in longer phrases
                if not self._inside_place_name(doc, start, end):
                    entry_id = doc.vocab.strings[match_id]
                    kind = self.kinds.get((entry_id, _key(Span(doc, start, end).text)), "alias")
                    found.append(Candidate(start, end, f"gazetteer:{kind}", entry=entry_id))
        return self._with_ner_corrections(doc, [c for c in found if not self._tail_of_name(doc, c, found)])

    def _tail_of_name(self, doc: Doc, c: Candidate, found: list[Candidate]) -> bool:
        """A name that is also a word ("=Democrats") after a capitalised word no rule knows ends a longer
        name: "the Social Democrats" are not the Democratic Party."""
        if c.end - c.start != 1 or doc[c.start].text not in self.word_forms or c.start == 0:
            return False
        before = doc[c.start - 1]
        return capitalised(before) and not before.is_sent_start and not any(o.start <= before.i < o.end for o in found)

    def _branch_candidates(self, doc: Doc, gazetteer: list[Candidate], titles: list[TitleMatch]) -> list[Candidate]:
        """A known organisation with a state's name right after it is its branch in that state, an
        organisation of its own ("Amnesty International Kenya said …", "Shell Nigeria"). Without a NER model,
        so is a known organisation with one capitalised word of a place after it, the way Italian names a
        local section ("Confindustria Taranto", "Coldiretti Sardegna", "Greenpeace Africa"): not a person's
        name after the organisation of a title ("il leader della Cgil Maurizio Landini")."""
        states = {c.start: c for c in gazetteer if self.gazetteer.get(c.entry).type == "State" and c.rule == "gazetteer:name"}
        found = []
        for c in gazetteer:
            state = states.get(c.end)
            if state is None or self.gazetteer.get(c.entry).type != "Organization" or not doc[c.end - 1].whitespace_:
                continue
            if state.end < len(doc) and doc[state.end].text in HYPHENS:
                continue  # "the Amnesty International Kenya-based researcher" names a place of work
            found.append(Candidate(c.start, state.end, "branch:Organization", type="Organization", country=state.entry))
        if not self.has_ner:
            found += self._section_candidates(doc, gazetteer, titles) + self._federation_candidates(doc, gazetteer)
            for state in states.values():
                # "la Shunfeng Italia", "e Swissport Italia": without a NER model, an unknown name inside a sentence
                # right before a state's name is a company's branch there
                i = state.start - 1
                if i < 1 or not (capitalised(doc[i]) and self._lone_name(doc[i]) and doc[i].whitespace_):
                    continue
                if not doc[i].is_sent_start and not capitalised(doc[i - 1]) and not any(c.start <= i < c.end for c in gazetteer):
                    found.append(Candidate(i, state.end, "branch:Organization", type="Organization", country=state.entry))
        return found

    def _section_candidates(self, doc: Doc, gazetteer: list[Candidate], titles: list[TitleMatch]) -> list[Candidate]:
        """A known organisation (no state's body, no intergovernmental one) and one place's name after it, one word or
        two ("Confindustria Alto Adriatico", "Confindustria Emilia-Romagna"), alone before a lowercase word or a
        punctuation mark: the organisation's section in that place."""
        named = {c.start for c in gazetteer}
        found = []
        for c in gazetteer:
            i = c.end
            if i + 1 >= len(doc) or not doc[i - 1].whitespace_ or i in named or any(t.start <= c.start <= t.end + 1 for t in titles):
                continue  # "il segretario della Cgil Landini": the holder of the title, after its body
            entry = self.gazetteer.get(c.entry)
            if entry.type != "Organization" or entry.sector in ("government", "military", "police", "judiciary", "legislature"):
                continue
            end = self._name_end(doc, i)
            words = [t for t in doc[i:end] if t.text not in HYPHENS]
            if not 0 < len(words) <= 2 or end >= len(doc) or doc[i].is_sent_start or capitalised(doc[end]) or doc[end].text in HYPHENS:
                continue
            if any(not t.text.replace("-", "").isalpha() or self._person_word(t) or t.lower_ in self.rules.org_heads or (t.i > i and t.i in named) for t in words):
                continue
            found.append(Candidate(c.start, end, "branch:Organization", type="Organization", country=entry.country))
        return found

    def _federation_candidates(self, doc: Doc, gazetteer: list[Candidate]) -> list[Candidate]:
        """Without a NER model: a word that is no word of the language, no given name and no known surname,
        capitalised right before a known union or business association, names its category federation, an
        organisation of its own, the way Italian writes them ("Filt Cgil", "Fit Cisl", "Fipe Confcommercio",
        "Fiba Confesercenti"), not the confederation and not a person."""
        named = {i for c in gazetteer for i in range(c.start, c.end)}
        found = []
        for c in gazetteer:
            i = c.start - 1
            entry = self.gazetteer.get(c.entry)
            if i < 0 or i in named or entry.type != "Organization" or entry.sector not in ("labour", "business"):
                continue
            word = doc[i]
            if not (capitalised(word) and word.whitespace_ and self._lone_name(word)):
                continue
            if self._person_word(word) or (word.text.isupper() and len(word) < 2):
                continue
            if i > 0 and capitalised(doc[i - 1]) and not doc[i - 1].is_sent_start and doc[i - 1].lower_ not in self.determiners:
                continue  # the end of a longer name
            found.append(Candidate(i, c.end, "branch:Organization", type="Organization", country=entry.country))
        return found

    def _body_candidates(self, doc: Doc, gazetteer: list[Candidate]) -> list[Candidate]:
        """A body of an intergovernmental organisation named by the organisation, lowercase words and a
        noun of a body (``body`` in ``function_words.tsv``): "a UN fact-finding mission", "the EU
        delegation" are actors of their own, not the UN or the EU."""
        bodies = self.rules.bodies.get(self.lang, frozenset())
        found = []
        for c in gazetteer:
            if self.gazetteer.get(c.entry).type != "IntergovernmentalOrganization":
                continue
            end, words = c.end, 0
            while end < len(doc) and words < 3:
                token = doc[end]
                if token.text in HYPHENS and not token.whitespace_ and words:
                    end += 1  # "fact-finding"
                    continue
                if not (token.is_lower and token.is_alpha):
                    break
                if ("Fin" in token.morph.get("VerbForm") if doc.has_annotation("DEP") else inflected_verb(token)) and token.lower_ not in bodies:
                    break  # "the European Union launches naval mission Aspides": the body's name ends at its verb
                end, words = end + 1, words + 1
                if token.lower_ in bodies:
                    if end + 1 < len(doc) and doc[end].lower_ in self.rules.genitives.get(self.lang, frozenset()) | self.locatives and capitalised(doc[end + 1]):
                        end = self._name_end(doc, end + 1)  # "the EU delegation in Belgrade", "a UN mission on Venezuela"
                    found.append(Candidate(c.start, end, "branch:IntergovernmentalOrganization", type="IntergovernmentalOrganization"))
                    break
            before = c.start - 1
            if before >= 0 and doc[before].lower_ in bodies and doc[before].is_lower and c.end + 1 < len(doc):
                # the Italian order, "la missione Onu in Libia", with its place; "la missione Unifil in Libano"
                # names a mission that is an organisation of its own (``mission`` in ``function_words.tsv``)
                if doc[c.end].lower_ in self.locatives and capitalised(doc[c.end + 1]) and not self._mission(c.entry):
                    end = self._name_end(doc, c.end + 1)
                    found.append(Candidate(before, end, "branch:IntergovernmentalOrganization", type="IntergovernmentalOrganization"))
        return found

    def _mission(self, entry_id: str) -> bool:
        """Whether an organisation's names call it a mission or force ("United Nations Interim Force in Lebanon")."""
        return any(w in self.rules.missions for alias in self.gazetteer.get(entry_id).aliases for w in alias.text.lower().split())

    def _seat(self, doc: Doc, end: int) -> bool:
        """A name joined by a hyphen to a participle of place or owner ("Greek-owned", ``seat`` in ``function_words.tsv``)."""
        return end + 1 < len(doc) and doc[end].text in HYPHENS and doc[end + 1].lower_ in self.seats

    def _firm_nationalities(self, doc: Doc, gazetteer: list[Candidate], cue_matches: list[tuple[int, int, int]]) -> list[Candidate]:
        """Demonyms between an organisation's cue (of ``cue_matches``, those of ``cues.tsv``) and its name ("il colosso
        danese Maersk"): each says where the firm is from, as "Greek-owned" does, and names no state that acts in the story."""
        cue_ends = {end for label, _, end in cue_matches if doc.vocab.strings[label] not in ("Person", "-")}
        return [
            c for c in gazetteer
            if c.rule.endswith(":demonym") and c.start in cue_ends and c.end < len(doc) and capitalised(doc[c.end]) and not doc[c.end].is_sent_start
        ]

    def _nationality(self, doc: Doc, c: Candidate) -> bool:
        """Without a NER model, a state's demonym of one word between an article (or an articled preposition) and a
        capitalised name inside a sentence is that name's nationality, no actor of its own: "la norvegese Equinor",
        "dal brasiliano Adriano Pedrosa", "il russo Gazprom"."""
        if c.rule != "gazetteer:demonym" or c.end - c.start != 1 or c.start == 0 or c.end >= len(doc):
            return False
        if self.gazetteer.get(c.entry).type != "State" or doc[c.start - 1].lower_ not in self.articles:
            return False
        after = doc[c.end]
        return _name_word(after) and not after.is_sent_start

    def _national_candidates(self, doc: Doc, nationalities: list[Candidate], gazetteer: list[Candidate]) -> list[Candidate]:
        """After a feminine article (``company_article`` in ``function_words.tsv``) and a demonym, a name no rule
        knows that opens with no given name is a company of that state: "dalla cinese MMG", "la danese Copenhagen
        Infrastructure Partners" (a woman is named in full: "la tedesca Angela Merkel")."""
        feminine = self.rules.company_articles.get(self.lang, frozenset())
        known = {i for c in gazetteer if c not in nationalities for i in range(c.start, c.end)}
        found = []
        for c in nationalities:
            start = c.end
            if doc[c.start - 1].lower_ not in feminine or start in known or doc[start].text in self.rules.given_names:
                continue
            end = self._name_end(doc, start) if capitalised(doc[start]) else start + 1
            if end > start and not known.intersection(range(start, end)):
                found.append(Candidate(start, end, "institution:Organization", type="Organization", country=c.entry))
        return found

    def _states(self, gazetteer: list[Candidate]) -> list[StateMention]:
        """The states the gazetteer found, the longest form where two end together."""
        found: dict[int, StateMention] = {}
        for c in gazetteer:
            if self.gazetteer.get(c.entry).type == "State" and (c.end not in found or c.start < found[c.end].start):
                found[c.end] = StateMention(c.start, c.end, c.entry, c.rule.split(":")[1])
        return sorted(found.values(), key=lambda s: s.start)

    def _sector_candidates(self, doc: Doc, states: list[StateMention], titles: list[TitleMatch], gazetteer: list[Candidate]) -> list[Candidate]:
        """"Bolivian border guards", "i manifestanti a Tunisi": a sector of a country (:mod:`kg.actors.sectors`)."""
        found = []
        title_tokens = frozenset(i for t in titles for i in range(t.start, t.end))
        for span in self.sectors.find(doc, states, title_tokens):
            firm = self._firm_described(doc, span, gazetteer)
            if firm is not None:
                found.append(Candidate(span.start, span.end, "gazetteer:description", entry=firm))
                continue
            kind = "institution" if span.institution else "named" if span.named else "group" if span.country is None else span.sector
            rule = "coordinated" if span.coordinated else "sector"
            found.append(Candidate(span.start, span.end, f"{rule}:{kind}", country=span.country, sector=span.sector, sector_span=span))
        return found

    def _firm_described(self, doc: Doc, span: SectorSpan, gazetteer: list[Candidate]) -> str | None:
        """"Ryanair … la compagnia irlandese", "Eni … la compagnia italiana": a firm's noun in the singular after a
        definite word, with its country, describes the one firm of that country the story named before it (the
        gazetteer's id), not the country's business at large."""
        head = doc[span.end - 1] if span.state is not None and span.state.start == span.start else doc[span.start]
        if span.sector != "business" or span.country is None or span.institution or span.named or span.start == 0:
            return None
        if doc[span.start - 1].lower_ not in self.rules.definites.get(self.lang, frozenset()) or head.lemma_.lower() != head.lower_:
            return None
        firms = {c.entry for c in gazetteer if c.end <= span.start
                 and (entry := self.gazetteer.get(c.entry)).type == "Organization" and entry.sector == "business" and entry.country == span.country}
        return next(iter(firms)) if len(firms) == 1 else None

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

    def _long_name(self, ent: Span, span: Span) -> bool:
        """An organisation the model finds as three capitalised words or more inside a sentence, or as two linked by a
        genitive, is a name even when each is a word of the language ("contro Acciai Speciali Terni", "multato Acque del
        Sannio"): words run so make no place or thing."""
        words = [t for t in span if t.lower_ not in self.links]
        linked = len(words) < len(span)  # "del", "di la": the genitive and its article between the words
        return (
            ent.label_ == "ORG" and len(words) >= (2 if linked else 3) and not span[0].is_sent_start
            and all(capitalised(t) for t in words) and capitalised(span[-1])
        )

    def _ner_candidates(self, doc: Doc, titles: list[TitleMatch], states: list[StateMention], cue_matches: list[tuple[int, int, int]]) -> list[Candidate]:
        """spaCy's PERSON and ORG entities, trimmed, checked against the gazetteer and typed; a town the place list
        made a place (LOC) counts as an organisation right after a local office ("il sindaco di Taranto")."""
        if not doc.has_annotation("ENT_IOB"):
            return []
        title_tokens = {i for t in titles for i in range(t.start, t.end)}
        cue_words = {start for _, start, end in cue_matches if end == start + 1}
        state_starts = {s.start for s in states if s.kind != "demonym"}
        places = self._local_office_places(doc, titles)
        offices = {start for start, _ in places}
        towns = self._local_office_towns(doc, places)
        sites = self._site_names(doc)
        found = []
        for ent in doc.ents:
            if ent.label_ == "LOC" and ent.start in offices:
                ent = Span(doc, ent.start, ent.end, "ORG")  # "il sindaco di Taranto": the town a place list knows is its municipality
            # a place or "person" the model finds right before a title of office is the title's holder, the
            # government of that place: "Tamil Nadu Chief Minister M.K. Stalin"
            holder = ent.label_ in ("PERSON", "GPE") and ent.end in title_tokens and ent.end - 1 not in title_tokens
            if ent.label_ not in ("PERSON", "ORG") and not holder:
                continue
            if not self.names_only and any(t.text == "," and (doc[t.i + 1].dep_ == "conj" or t.i + 1 in state_starts) for t in ent[1:-1]):
                continue  # "Lula, Petro and Boric", "Mali, Burkina Faso and Niger": a list the model ran into one name
            if ent.label_ == "PERSON" and not self.names_only:
                ent = self._with_given_names(ent, title_tokens)
            span = self._trim(self._name_run(ent) if self.names_only else ent, title_tokens)
            if span is not None and len(span) > 2 and span.start in cue_words and span[0].is_sent_start:
                span = span[1:]  # "Broadcaster Radio Okapi said": the cue word capitalised by the sentence start (not "Daily Telegraph")
            if span is None or (self.names_only and all(simplemma.is_known(t.lower_, lang=self.lang) for t in span) and not self._long_name(ent, span)):
                continue  # words of the language ("Difesa", "Piazza Rossa") name a place or a thing here, if anyone
            if self.names_only and ent.label_ == "PERSON" and self._after_article(span):
                continue
            if span.end in title_tokens and all(simplemma.is_known(t.lower_, lang=self.lang) for t in span):
                continue  # "Chilean Agriculture Minister": the portfolio of the title after it
            known = self._lookup(span.text)
            if not known and not self.names_only and self._portfolio(span, title_tokens):
                continue  # "the Minister for Foreign Affairs", "The Minister for the Overseas Territories": a portfolio
            if not known and span.start in towns:
                continue  # "il sindaco di Carrara Elena Rossetti … Il Comune ha presentato un esposto": the Comune leads
            if not known and len(span) == 1 and span[0].lower_ in self.rules.governments.get(self.lang, ()):
                continue  # "The committee urges the Government to …": the state's government, capitalised, is no name
            if not known and not self.names_only and self._in_capitals_no_name(span):
                continue  # "PRESS RELEASE", "KINMEN, Taiwan - The harbour …": a label or a dateline's place
            if not known and ent.label_ == "ORG" and span.text in sites and not any(t.lower_ in self.rules.org_heads for t in span):
                continue  # "a strike at the port of Felixstowe … Felixstowe's biggest customer": a place all through
            if not known and self._programme(span):
                continue  # "BBC Newsnight": a broadcaster's programme is the broadcaster, which the gazetteer found
            if known:
                entry = known[0]
                kind = self.kinds.get((entry.id, _key(span.text)), "alias")
                rule = f"gazetteer:{kind}" + ("" if entry.type in NER_AGREES[ent.label_] else f":over-ner-{ent.label_}")
                found.append(Candidate(span.start, span.end, rule, entry=entry.id))
            elif ent.label_ == "PERSON" and not holder:
                if self._quoted(span) or self._opening_word(span):
                    continue  # "announced "Strait Thunder" drills", "Local Tamil fishermen": no one's name
                if len(span) > 1 and span[-1].text in self.rules.region_heads:
                    continue  # "Rakhine State", "Borno State", "Sagaing Region": a province, not a person
                if self._adjective_named(span):
                    found.append(Candidate(span.start, span.end, "ner:PERSON-organisation", type="Organization"))
                    continue  # "Autovie Adriatiche", "Bioenergie Padane": no one's surname is an adjective
                apposed = self._apposed_type(span, title_tokens) if not self.names_only else None
                if apposed is None and not self.names_only and self._which(span):
                    apposed = "Organization"  # "Greenpeace Nordic, the group which …"
                if apposed not in (None, "Person"):
                    found.append(Candidate(span.start, span.end, "ner:PERSON-organisation", type=apposed))  # "Peru First, the party of …"
                    continue
                found.append(Candidate(span.start, span.end, "ner:PERSON", type="Person"))
            elif ent.label_ == "ORG" and self._person_named(span, title_tokens):
                found.append(Candidate(span.start, span.end, "ner:ORG-person", type="Person"))
            elif ent.label_ == "ORG" and not self.names_only and len(span) > 2 and span[0].lower_ in self.person_cues and self._person_named(span[1:], title_tokens):
                # "General Mamadi Doumbouya, who seized power": a rank the model ran into a person's name
                found.append(Candidate(span.start + 1, span.end, "ner:ORG-person", type="Person"))
            elif self.names_only and self._capitalised_by_place(span):
                continue  # "LIVE | Crisi dell'Essequibo", "Giovedì l'aviazione ha bombardato": a word the dictionary lacks
            elif self._organisation_name(span) or self._typed_acronym(span):
                country, sector = self.sectors.inside(doc, span.start, span.end, states)
                type_ = self._organisation_type(span, sector)
                apposed = self._apposed_type(span, title_tokens) if not self.names_only else None
                if type_ == "Organization" and apposed not in (None, "Person") and not any(self.rules.org_heads.get(t.lower_) for t in span):
                    type_ = apposed  # "Otarola's party, Peru First": a name with no word of its kind takes its apposition's
                fighters = self.sectors.starting(doc, span.end)
                if type_ is not None and fighters is not None and fighters[1] == "rebels":
                    type_, sector = "Group", "rebels"  # "JNIM jihadists", "M23 rebels": an armed group, named before its fighters
                if type_ is not None:
                    end = span.end
                    while end - span.start > 1 and doc[end - 1].is_lower and doc[end - 1].is_alpha:
                        end -= 1  # "the Georgian Dream party": the word that types the name is no part of it
                    state = self._state_after_of(doc, end, states) if end - span.start > 1 else None
                    if state is not None:
                        end, country = state.end, state.id
                    if country is None and span.start > 0 and doc[span.start - 1].text in SAXON_GENITIVE:
                        # "Bolivia's Constitutional Court": a body of the state whose possessive stands before it
                        country = next((s.id for s in states if s.end == span.start - 1), None)
                    found.append(Candidate(span.start, end, "ner:ORG", type=type_, country=country, sector=sector))
        return found

    def _joined_name_candidates(self, doc: Doc, titles: list[TitleMatch], gazetteer: list[Candidate], states: list[StateMention]) -> list[Candidate]:
        """A body's name with a conjunction inside is one name where one side alone names no body: the word of the
        body after the conjunction ("the Pharmacy and Poisons Board", "the Bangladesh Garment Manufacturers and
        Exporters Association") or before it with its complement ("Kenya's Ministry of Energy and Mines", "the
        Alliance for Unity and Change"). No side may be a name the gazetteer knows ("Fortify Rights and Human
        Rights Watch", "Russia and China") or be a person's name or title ("the Board and President Ruto")."""
        known = {(c.start, c.end) for c in gazetteer}
        title_tokens = {i for t in titles for i in range(t.start, t.end)}
        found = []
        for token in doc:
            if token.lower_ not in self.conjunctions or token.is_sent_start or token.i + 1 >= len(doc):
                continue
            # "the Ministry of Agriculture and of Fisheries": the second conjunct's preposition is the name's
            after = token.i + 2 if doc[token.i + 1].lower_ in self.prepositions and token.i + 2 < len(doc) else token.i + 1
            start, end = self._name_start(doc, token.i), self._name_end(doc, after)
            if start == token.i or end == after or (start, token.i) in known or (token.i + 1, end) in known:
                continue
            left, right = doc[start : token.i], doc[token.i + 1 : end]
            if {token.i - 1, token.i + 1} & title_tokens or right[0].text in self.rules.given_names or left[0].text in self.rules.given_names:
                continue  # "President Ruto and Prime Minister Modi", "the Board and John Mwangi": people, not one name
            named_last = right[-1].lower_ in self.body_words and not any(t.lower_ in self.body_words for t in left)
            named_first = any(t.lower_ in self.body_words and t.nbor().lower_ in self.prepositions for t in left[:-1])
            if not (named_last or (named_first and not any(t.lower_ in self.body_words for t in right))):
                continue
            country, sector = self.sectors.inside(doc, start, end, states)
            if country is None and start > 0 and doc[start - 1].text in SAXON_GENITIVE:
                country = next((s.id for s in states if s.end == start - 1), None)  # "Kenya's Ministry of Energy and Mines"
            type_ = self._organisation_type(doc[start:end], sector)
            if type_ is not None:
                found.append(Candidate(start, end, "joined", type=type_, country=country, sector=sector))
        return found

    def _name_start(self, doc: Doc, position: int) -> int:
        """Start of the capitalised words before ``position``, with the prepositions and commas between them
        ("Ministry of Energy", "Foreign Affairs, Defence")."""
        start = position
        while start > 0 and position - start < 2 * _MAX_NAME_TOKENS:
            token = doc[start - 1]
            linked = token.text == "," or token.lower_ in self.prepositions
            if not (capitalised(token) or (linked and start - 1 > 0 and start < position and capitalised(doc[start - 2]))):
                break
            start -= 1
            if token.is_sent_start:
                break
        while start < position and doc[start].lower_ in self.determiners:
            start += 1  # "The Alliance for Unity and Change" at a sentence's start
        return start

    def _local_office_places(self, doc: Doc, titles: list[TitleMatch]) -> set[tuple[int, str]]:
        """Where a place's name may start after a local office and its genitive ("il sindaco di **Taranto**"), each with
        the head word of the body the office leads ("Comune")."""
        local = self.rules.local_offices.get(self.lang, {})  # the office's role → the head word of the body it leads
        genitives = self.rules.genitives.get(self.lang, frozenset())
        return {(t.end + 1, local[t.role]) for t in titles if t.role in local and t.end < len(doc) and doc[t.end].lower_ in genitives}

    def _local_office_towns(self, doc: Doc, places: set[tuple[int, str]]) -> set[int]:
        """Where the town of a local office starts (``places``: "il sindaco di **Carrara**"), in a story that also names
        the body the office leads by its head after an article ("il Comune", "il Comune di Lucca"; for a prefect
        "alla Prefettura"): that body is the one the office leads, and the town only a place. A story that
        names no such body names its municipality by the town ("il sindaco di Taranto, Piero Bitetti")."""
        bodies = {head for _, head in places}
        if not bodies:
            return set()  # no local office in the story (most stories): no need to read its words
        definites = self.rules.definites.get(self.lang, frozenset()) - self.rules.genitives.get(self.lang, frozenset())
        named = {t.lower_ for t in doc if t.lower_ in bodies and capitalised(t) and t.i > 0 and doc[t.i - 1].lower_ in definites}
        return {start for start, head in places if head in named}

    def _person_named(self, span: Span, title_tokens: set[int]) -> bool:
        """A name the model calls an organisation that is a person's: two or three capitalised words, none a word
        of an organisation or of the language, opening with a known given name ("Rodrigo Duterte, Marcos's
        predecessor") or in apposition to a title ("Benin's government spokesman, Wilfried Houngbedji", "Its
        commander, Godfrey Otunge"); so apposed, a word of the language may be inside the name if its last word is
        none ("South Sudan's ambassador, Akuei Bona Malwal")."""
        words = [t for t in span if t.text not in self.rules.particles]  # "Staffan de Mistura": a particle inside the name
        if span[0].text in self.rules.particles or span[-1].text in self.rules.particles:
            return False
        if not 2 <= len(words) <= 3 or not all(capitalised(t) and t.is_alpha and not t.is_upper for t in words):
            return False
        if any(t.lower_ in self.rules.org_heads for t in words) or simplemma.is_known(words[-1].lower_, lang=self.lang):
            return False
        root = span.root
        if self._apposed_type(span, title_tokens) == "Person" or (root.dep_ == "appos" and root.head.i in title_tokens):
            return True  # "Patrice Motsepe, CAF's president", "Sigrun Vatne, a journalist", "Its commander, Godfrey Otunge"
        return span[0].text in self.rules.given_names and not any(simplemma.is_known(t.lower_, lang=self.lang) for t in words)

    def _adjective_named(self, span: Span) -> bool:
        """A name the model calls a person's that ends in a feminine plural adjective of the language and opens with no
        given name: a firm's or a body's ("Autovie Adriatiche", "Bioenergie Padane"), as no surname agrees in gender
        and number with a plural noun before it."""
        if len(span) < 2 or span[0].text in self.rules.given_names:
            return False
        word = span[-1].lower_
        lemma = simplemma.lemmatize(word, lang=self.lang)
        return any(
            word.endswith(ending) and len(word) > len(ending) + 2 and lemma == word[: -len(ending)] + lemma_ending
            for ending, lemma_ending in self.rules.plural_adjectives.get(self.lang, {}).items()
        )

    def _portfolio(self, span: Span, title_tokens: set[int]) -> bool:
        """Words of the language after a title and "for" name its portfolio, no actor: "said the Minister
        for Foreign Affairs, Samuel Okudzeto Ablakwa", "The Minister for the Overseas Territories (Stephen
        Doughty)" (the model may take "for" into the name)."""
        doc = span.doc
        start = span.start + 1 if span[0].lower_ == "for" else span.start
        before = start - 1
        if before > 0 and doc[before].lower_ in self.determiners:
            before -= 1
        if before < 1 or doc[before].lower_ != "for" or before - 1 not in title_tokens:
            return False
        words = [t for t in doc[start : span.end] if t.is_alpha]
        return bool(words) and all(simplemma.is_known(t.lower_, lang=self.lang) for t in words)

    def _in_capitals_no_name(self, span: Span) -> bool:
        """A run in capitals that names nobody: a document's label of words of the language ("PRESS
        RELEASE", "PRELIMINARY STATEMENT -", "CO-CHAIRS' SUMMARY"), or the place a story is filed from,
        at the start of a line before a dash or before a comma, its state and a dash ("KINMEN, Taiwan -",
        "POPAYÁN, Colombia - The governor …")."""
        words = [t for t in span if t.is_alpha]
        if not words or not all(t.is_upper for t in words):
            return False
        if all(len(t) > 1 and simplemma.is_known(t.lower_, lang=self.lang) for t in words):
            return True
        doc = span.doc
        if not (span.start == 0 or "\n" in doc[span.start - 1].text_with_ws):
            return False
        dashes = ("-", "—", "–", "--")
        if span.end < len(doc) and doc[span.end].text in dashes:
            return True
        if span.end + 1 >= len(doc) or doc[span.end].text != ",":
            return False
        for token in doc[span.end + 1 : span.end + 6]:
            if token.text in dashes:
                return True
            if not capitalised(token) or "\n" in token.text_with_ws:
                return False
        return False

    def _apposed_type(self, span: Span, title_tokens: set[int]) -> str | None:
        """The kind of actor the text says a name is, by its apposition: a title or a person's cue noun ("Its
        commander, Godfrey Otunge", "Patrice Motsepe, CAF's president") make a person; a noun of an
        organisation's kind (``org_heads.tsv``, or a cue of ``cues.tsv``) its type ("Lelo, a smaller opposition
        party", "Otarola's party, Peru First"). None where the text says nothing."""
        root = span.root
        apposed = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos" and root.head.i < span.start:
            apposed.append(root.head)
        for noun in (t for t in apposed if t.pos_ == "NOUN"):
            if noun.i in title_tokens or noun.lower_ in self.person_cues:
                return "Person"
            type_ = self.rules.org_heads.get(noun.lower_, self.thing_cues.get(noun.lower_))
            if type_ not in (None, "-", "place"):
                return type_
        return None

    def _which(self, span: Span) -> bool:
        """A relative "which" on a name or its apposition ("Greenpeace Nordic, the group which …"): no person's."""
        root = span.root
        apposed = [c for c in root.children if c.dep_ == "appos"]
        return any(c.dep_ == "relcl" and any(w.lower_ == "which" for w in c.children) for h in (root, *apposed) for c in h.children)

    def _apposed_candidates(self, doc: Doc, titles: list[TitleMatch]) -> list[Candidate]:
        """A name the model does not find that the text types by its apposition (``_apposed_type``): "Patrice
        Motsepe, CAF's president, said …" (two or three words, none a word of the language), "Lelo, a smaller
        opposition party, asked …"."""
        title_tokens = {i for t in titles for i in range(t.start, t.end)}
        found = []
        for token in doc:
            if token.pos_ != "PROPN" or token.dep_ == "compound" or token.ent_type_ or not capitalised(token) or not token.is_alpha or token.is_upper:
                continue
            start = token.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" and not doc[start - 1].ent_type_ and capitalised(doc[start - 1]):
                start -= 1
            span = doc[start : token.i + 1]
            if any(i in title_tokens for i in range(span.start, span.end)) or len(span) > 3:
                continue
            if any(simplemma.is_known(t.lower_, lang=self.lang) or t.lower_ in self.rules.org_heads or t.lower_ in self.person_cues for t in span):
                continue
            type_ = self._apposed_type(span, title_tokens)
            if type_ == "Person" and len(span) > 1 and self._person_named(span, title_tokens):
                found.append(Candidate(span.start, span.end, "apposed:Person", type="Person"))
            elif type_ not in (None, "Person"):
                found.append(Candidate(span.start, span.end, f"apposed:{type_}", type=type_))
        return found

    def _apposed_linear_candidates(self, doc: Doc, titles: list[TitleMatch], gazetteer: list[Candidate]) -> list[Candidate]:
        """Without a parser: a name no rule knows, typed by the noun of an organisation's kind its apposition opens
        with (``org_heads.tsv``, or a one-word cue of ``cues.tsv``), after a comma, an article and at most two
        lowercase words: "Vetëvendosje, il movimento del premier, ha vinto", "Srpska Lista, il principale partito
        dei serbi, boicotta …" (a Group, not a pair of a person's names), "Anev, l'associazione dei produttori, ha
        criticato …", inside a sentence too ("una diffida a Sorical, la società che gestisce l'acquedotto"). A word
        of the language is no name ("Intanto, la società …")."""
        taken = {i for c in gazetteer for i in range(c.start, c.end)} | {i for t in titles for i in range(t.start, t.end)}
        found = []
        start = 0
        while start < len(doc):
            token = doc[start]
            if not _name_word(token) or (start > 0 and _name_word(doc[start - 1]) and not token.is_sent_start):
                start += 1
                continue
            end = max(self._name_end(doc, start), start + 1)
            start, span = end, doc[start:end]
            if not 0 < len(span) <= 3 or taken.intersection(range(span.start, span.end)) or span[0].text in self.rules.given_names:
                continue
            if len(span) == 1 and simplemma.is_known(span[0].lower_, lang=self.lang):
                continue  # "Intanto, la società …"
            if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in self.determiners:
                continue
            for noun in doc[end + 2 : min(end + 5, len(doc))]:
                if not (noun.is_lower and noun.is_alpha) or noun.lower_ in self.prepositions:
                    break
                type_ = self.rules.org_heads.get(noun.lower_, self.thing_cues.get(noun.lower_))
                if type_ not in (None, "-", "place"):
                    found.append(Candidate(span.start, span.end, f"apposed:{type_}", type=type_))
                    break
        return found

    def _host_candidates(self, doc: Doc, titles: list[TitleMatch], gazetteer: list[Candidate]) -> list[Candidate]:
        """Without a NER model: the body of a title written after it with "di", between the title and its holder
        named after a comma ("L'amministratore delegato di La Molisana, Giuseppe Ferro", "il presidente del Sib,
        Antonio Capacchione"): a run of capitalised words, a capitalised article included, that no gazetteer entry
        covers is an organisation typed by its words. One word of the language alone ("della Regione, …") is left
        to the resolver, and so is a local office's town ("il sindaco di Gorizia, …": the story's Comune)."""
        genitives = self.rules.genitives.get(self.lang, frozenset())
        local = self.rules.local_offices.get(self.lang, {})
        known = {i for c in gazetteer for i in range(c.start, c.end)}
        found = []
        for title in titles:
            start = title.end + 1
            if start >= len(doc) or doc[title.end].lower_ not in genitives or title.role in local:
                continue
            end = self._name_end(doc, start)
            if end == start or end + 1 >= len(doc) or doc[end].text != "," or not capitalised(doc[end + 1]):
                continue
            if known.intersection(range(start, end)):
                continue  # "il presidente della Guyana, Irfaan Ali", "il segretario della Cgil, …"
            if end - start == 1 and simplemma.is_known(doc[start].lower_, lang=self.lang):
                continue
            type_ = self._organisation_type(doc[start:end], None)
            if type_ is not None:
                found.append(Candidate(start, end, "institution:host", type=type_))
        return found

    def _capitalised_by_place(self, span: Span) -> bool:
        """A lone word that opens a sentence, a headline or the part of one after a dash or a bar, with no
        capital inside ("Colera nel Corno d'Africa", "COMUNICATO STAMPA - Colera …", "Giovedì l'aviazione …"):
        capitalised by its place, so no organisation's name for a recogniser with no tagger beside it.
        An article before it ("La Fnsi", "Il Forum"), a capital inside ("TikTok") or a verb after it, whose
        subject it is ("Coparmex ha chiesto"), leaves it a name."""
        token = span[0]
        if len(span) != 1 or not token.is_alpha or token.is_upper or any(c.isupper() for c in token.text[1:]):
            return False
        if token.i + 1 < len(span.doc) and inflected_verb(span.doc[token.i + 1]):
            return False
        before = span.doc[token.i - 1] if token.i > 0 else None
        return token.is_sent_start or before is None or before.is_space or before.text in HYPHENS or before.text in ("|", "—")

    def _quoted(self, span: Span) -> bool:
        """A name between quotation marks: an operation's, a programme's or a slogan's."""
        doc = span.doc
        return 0 < span.start and span.end < len(doc) and doc[span.start - 1].text in _QUOTES and doc[span.end].text in _QUOTES

    def _opening_word(self, span: Span) -> bool:
        """A name of two words whose first opens the sentence and is a word of the language the tagger
        reads as no proper noun ("Local Tamil fishermen …"; not "Jack Smith said"): capitalised only by
        its place."""
        first = span[0]
        return len(span) == 2 and first.is_sent_start and first.pos_ != "PROPN" and simplemma.is_known(first.lower_, lang=self.lang)

    def _with_given_names(self, ent: Span, title_tokens: set[int]) -> Span:
        """A person the model found by the surname alone, with the given names the parser joins to it:
        "Nazhat Shameem Khan" (the model's entity "Khan"). A word of the language ("Senator") is no
        given name."""
        doc, start = ent.doc, ent.start
        while start > 0:
            token = doc[start - 1]
            if token.ent_type_ or token.i in title_tokens or token.pos_ != "PROPN" or token.dep_ != "compound":
                break
            if not (ent.start <= token.head.i < ent.end) or not capitalised(token) or not _letters(token):
                break
            if simplemma.is_known(token.lower_, lang=self.lang):
                break
            start -= 1
        return Span(doc, start, ent.end, label=ent.label_) if start < ent.start else ent

    def _programme(self, span: Span) -> bool:
        """A name that opens with a known news organisation's name: its programme or edition ("BBC Newsnight",
        "Fox News Sunday")."""
        doc = span.doc
        return any(
            any(e.type == "Media" for e in self._lookup(doc[span.start : end].text)) for end in range(span.end - 1, span.start, -1)
        )

    def _state_after_of(self, doc: Doc, end: int, states: list[StateMention]) -> StateMention | None:
        """The state named by its name right after "of" at ``end``: "the Law Society of Kenya" is one
        name, of a Kenyan organisation, where the model stops the name before "of"."""
        if end + 1 >= len(doc) or doc[end].lower_ not in self.rules.genitives.get(self.lang, frozenset()):
            return None
        return next((s for s in states if s.start == end + 1 and s.kind == "name"), None)

    def _name_run(self, ent: Span) -> Span:
        """The longest run of capitalised words inside ``ent`` that is no word of the language at the
        start of a sentence ("Secondo la Procura di Roma" → "Procura di Roma"); runs the model joined by a
        genitive, with or without an article, are one name ("Acque del Tirreno", "Cassa di Risparmio di Asti")."""
        doc = ent.doc
        runs: list[tuple[int, int]] = []
        i = ent.start
        while i < ent.end:
            if not capitalised(doc[i]) or (doc[i].is_sent_start and simplemma.is_known(doc[i].lower_, lang=self.lang)):
                i += 1
                continue
            end = min(self._name_end(doc, i), ent.end)
            if runs and self._genitive_link(doc, runs[-1][1], i):
                runs[-1] = (runs[-1][0], end)
            else:
                runs.append((i, end))
            i = max(end, i + 1)
        start, end = max(runs, key=lambda run: run[1] - run[0], default=(ent.start, ent.start))
        return doc[start:end]

    def _genitive_link(self, doc: Doc, end: int, start: int) -> bool:
        """The words between two capitalised runs are a genitive, with or without an article after it
        ("of", "of the", "di", "del")."""
        link = [t.lower_ for t in doc[end:start]]
        genitives = self.rules.genitives.get(self.lang, frozenset())
        return bool(link) and link[0] in genitives and (len(link) == 1 or (len(link) == 2 and link[1] in self.determiners))

    def _organisation_name(self, span: Span) -> bool:
        """Two capitalised words or more ("Congo River Alliance"), an acronym ("JNIM"), a word with a
        capital inside ("TikTok"), or a lone capitalised word where a place cannot be: a lone word the
        model calls an organisation is too often a place ("a base in Arauca", "the Torkham crossing"),
        and so is a longer name with no article and no word of an organisation after a preposition of
        place ("a truce in El Obeid", not "payments to the Amazon Fund")."""
        if len(span) > 1:
            if self._placed(span) and not any(t.lower_ in self.rules.org_heads for t in span):
                return False
            if self._qualifies_a_thing(span):
                return False
            return sum(1 for t in span if capitalised(t) or (t.is_upper and t.is_alpha)) >= 2
        token = span[0]
        text = token.text
        if len(text) < 2 or token.like_num or token.lower_ in self.rules.org_heads:
            return False  # "the 33rd Front": a word of a name, not the name
        if token.i + 1 < len(token.doc) and not token.whitespace_ and token.nbor().text in HYPHENS:
            return False  # "IRIS-T systems": the first part of a word
        if text.isupper() or (token.is_alpha and text[0].isupper() and any(c.isupper() for c in text[1:])):
            return True
        if token.dep_ in ("compound", "amod", "nmod") and token.head.is_lower and token.head.i > token.i:
            return False  # "the Javari river", "Hyundai's Ulsan plant", "a Dornier aircraft"
        return not self._placed(span)

    def _qualifies_a_thing(self, span: Span) -> bool:
        """A name that qualifies a lowercase noun of a place or a thing (``org_heads.tsv``, types "place"
        and "-") names that place or thing: "the Kerem Shalom crossing", "the Oyu Tolgoi copper mine",
        "the Abu Tarek displacement camp" (not "the Georgian Dream party", "the Communist Party candidate")."""
        root = span.root
        head = root.head
        if root.dep_ not in ("compound", "nmod") or head.i < span.end or not head.is_lower:
            return False
        return self.rules.org_heads.get(head.lemma_.lower(), self.rules.org_heads.get(head.lower_)) in ("place", "-")

    def _site_names(self, doc: Doc) -> set[str]:
        """Names the parse places somewhere once at least, with no article: after a preposition that places ("a
        strike in Felixstowe", "talks at Sochi") or after a noun of a settlement and "of" ("the port of Felixstowe").
        The model calls such a name an organisation in other sentences ("Felixstowe's biggest customer"), where
        nothing shows it is a place."""
        if not doc.has_annotation("DEP"):
            return set()
        sites = self.rules.sites.get(self.lang, frozenset())
        settlements = self.rules.settlements.get(self.lang, frozenset())
        genitives = self.rules.genitives.get(self.lang, frozenset())
        names = set()
        for token in doc:
            if token.dep_ != "pobj" or not capitalised(token) or any(c.dep_ == "det" for c in token.children):
                continue
            preposition = token.head
            if preposition.lower_ in sites or (preposition.lower_ in genitives and preposition.head.lower_ in settlements):
                start = token.i
                while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head == token and capitalised(doc[start - 1]):
                    start -= 1
                names.add(doc[start : token.i + 1].text)
        return names

    def _placed(self, span: Span) -> bool:
        """A name after a preposition of place: by the parse ("a base in Arauca"; a longer name only
        with no article of its own, "a truce in El Obeid"), or without a parse by the word before it
        ("fermato a Milano", "firmato a Tolone", "tra Faenza e Forlì"), which may also be a lowercase noun
        of a place ("il fiume Lamone")."""
        doc = span.doc
        if not doc.has_annotation("DEP"):
            before = doc[span.start - 1] if span.start > 0 else None
            if before is not None and before.lower_ in self.rules.genitives.get(self.lang, ()) and span.start > 1:
                before = doc[span.start - 2]  # "i siti di Fordow", "la città di Lahore": a place's own name
                return before.is_lower and self.rules.org_heads.get(before.lower_) == "place"
            return before is not None and (before.lower_ in self.locatives or (before.is_lower and self.rules.org_heads.get(before.lower_) == "place"))
        root = span.root
        placed = root.dep_ == "pobj" and root.head.lower_ in self.locatives
        return placed and (len(span) == 1 or not any(c.dep_ == "det" for c in root.children))

    def _typed_acronym(self, span: Span) -> bool:
        """An acronym typed by the lowercase word after it ("the FNSEA union", "the KMT party")."""
        first, rest = span[0], span[1:]
        return (
            len(span) > 1
            and first.is_alpha
            and first.is_upper
            and len(first.text) > 1
            and all(t.is_lower and t.is_alpha for t in rest)
            and any(self.rules.org_heads.get(t.lower_) not in (None, "-", "place") for t in rest)
        )

    def _typed_acronym_candidates(self, doc: Doc) -> list[Candidate]:
        """An acronym the model does not find, typed by the lowercase words after it as ``_typed_acronym`` types the
        model's ("The FNV union staged a rally", "the FLNKS independence front accused Paris"): the acronym alone."""
        found = []
        for token in doc:
            if not (_acronym(token) and token.i > 0 and doc[token.i - 1].lower_ in self.determiners):
                continue
            for end in range(token.i + 2, min(token.i + 4, len(doc) + 1)):
                if self._typed_acronym(doc[token.i : end]):
                    type_ = next(t for t in (self.rules.org_heads.get(w.lower_) for w in reversed(doc[token.i + 1 : end])) if t not in (None, "-", "place"))
                    fighters = self.sectors.starting(doc, token.i + 1)
                    sector = "rebels" if fighters is not None and fighters[1] == "rebels" else None  # "the KLRF rebels"
                    # below the model's entity of the same span, which the NER rules type the same way
                    found.append(Candidate(token.i, token.i + 1, f"typed:{type_}", type=type_, sector=sector))
                    break
        return found

    def _typed_word_candidates(self, doc: Doc) -> list[Candidate]:
        """With a parser, a capitalised word no gazetteer entry names between an article and the noun of a party's or a
        union's kind ("The Unite union will strike", "the Wiper party walked out"): a name that may be a word of the
        language, so it goes with its class noun, which the text uses with it."""
        found = []
        if not self.has_ner:
            return found
        for token in doc[1:-1]:
            head = doc[token.i + 1]
            if doc[token.i - 1].lower_ not in self.determiners or not capitalised(token) or token.ent_type_ or not head.is_lower:
                continue
            type_ = self.rules.org_heads.get(head.lower_)
            union = self.sectors.starting(doc, head.i)
            if not (type_ == "Group" or (type_ == "Organization" and union is not None and union[1] == "labour")) or self._lookup(token.text):
                continue
            found.append(Candidate(token.i, head.i + 1, f"typed:{type_}", type=type_, sector="labour" if type_ == "Organization" else None))
        return found

    def _trim(self, ent: Span, title_tokens: set[int]) -> Span | None:
        """Drop leading determiners, titles and honorifics, and a trailing possessive or blank (the model
        sometimes runs an entity into the line breaks after it)."""
        doc, start, end = ent.doc, ent.start, ent.end
        while start < end and ((doc[start].lower_ in self.determiners and not _inside_name(doc[start])) or start in title_tokens or doc[start].is_space):
            start += 1
        while end > start and (doc[end - 1].text in POSSESSIVE_MARKS or doc[end - 1].is_space):
            end -= 1
        # "the Allied Democratic Forces (ADF": the model runs a name into the bracket of its acronym, which
        # names it again (``acronym:defined-in-text``)
        end = next((i for i in range(start + 1, end) if doc[i].text == "(" and i + 1 < end and _acronym_in_bracket(doc, i + 1)), end)
        if end <= start or not any(capitalised(doc[i]) or doc[i].is_upper for i in range(start, end)):
            return None  # "congress", "the government": not a name
        if any(i in title_tokens for i in range(start, end)):
            return None  # "Secretary of State", "Foreign Minister": a title, not an actor
        return doc[start:end]

    def _organisation_type(self, span: Span, sector: str | None) -> str | None:
        """The type of an unknown organisation from its words (``org_heads.tsv``); None = not an actor.
        Forces named after their state are an institution of it ("Sudanese Armed Forces"), not an armed group;
        a national institute is a body of its state, not a think tank."""
        for token in reversed(span):
            type_ = self.rules.org_heads.get(token.lower_)
            if type_ is not None:
                if type_ in ("-", "place"):
                    return None
                if type_ == "ThinkTank" and any(t.lower_ in self.rules.publics.get(self.lang, ()) for t in span):
                    return "Organization"  # "the National Institute of Meteorology": a body of its state
                return "Organization" if type_ == "Group" and sector in STATE_SECTORS else type_
        return "Organization"

    def _cue_candidates(self, doc: Doc, titles: list[TitleMatch], gazetteer: list[Candidate], cue_matches: list[tuple[int, int, int]]) -> list[Candidate]:
        """Capitalised names right after a title or cue word, past a state or organisation named with it; no cue
        word that is part of a name the gazetteer knows ("il Movimento 5 Stelle Paolo Sartori": a person)."""
        cues = [(t.start, t.end, "Person", True) for t in titles]
        # a cue word that opens or is inside a name the gazetteer knows ("il Movimento 5 Stelle Paolo Sartori") is that name's
        inside = {i for c in gazetteer for i in range(c.start, c.end)}
        cues += [(start, end, doc.vocab.strings[match_id], False) for match_id, start, end in cue_matches if start not in inside]
        holders = {c.start: c.end for c in gazetteer if self.gazetteer.get(c.entry).type != "Person"}
        cue_tokens = {i for start, end, _, _ in cues for i in range(start, end)}
        found = []
        for start, end, type_, office in cues:
            position = skip_holder(doc, end, holders, self.links)
            if position == end < len(doc) and doc[position].text in (".",):
                position += 1  # "Dott. Ferri" tokenised as "Dott" "." (not the full stop after "the Party of Vietnam")
            if type_ == "Person":
                position = self._past_portfolio(doc, position, cue_tokens)
            # "the Thai utility EGAT", "la compagnia AZAL": after the noun of an organisation's kind, an acronym is a name
            name_end = self._name_end(doc, position, cue_tokens, acronyms=type_ != "Person")
            if name_end == position or doc[position].is_sent_start:
                continue  # "… il suo partito. Teme un colpo di Stato?": the cue ended the sentence before
            lone = type_ == "Person" and name_end - position == 1 and doc[position].text not in self.surnames.people
            if lone and not (office and self._lone_name(doc[position])):
                continue  # one word after "General" is too often "General Motors"
            if type_ == "-":
                found.append(Candidate(start, name_end, "non-actor"))  # "Cyclone Chido": a storm's name
                continue
            if type_ != "Person" and name_end + 1 < len(doc) and doc[name_end].is_digit and not (doc[name_end + 1].is_digit or capitalised(doc[name_end + 1])):
                name_end += 1  # "l'emittente Channel 12", "i comitati Pratobello 24": a number ends the name
            found.append(Candidate(position, name_end, f"cue:{type_}", type=type_))
            if type_ != "Person":
                found += self._coordinated_names(doc, name_end, cue_tokens, type_)
        return found

    def _coordinated_names(self, doc: Doc, position: int, stop: set[int], type_: str) -> list[Candidate]:
        """The names joined to a cued name by commas and a conjunction, of the same type ("le ong
        Sea-Watch e Mediterranea", "the militias Alpha, Beta and Gamma")."""
        found = []
        conjunctions = self.rules.conjunctions.get(self.lang, frozenset())
        while position + 1 < len(doc) and (doc[position].text == "," or doc[position].lower_ in conjunctions):
            last = doc[position].text != ","
            end = self._name_end(doc, position + 1, stop)
            if end == position + 1:
                break
            found.append(Candidate(position + 1, end, f"cue:{type_}", type=type_))
            if last:
                break
            position = end
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
                    # a place may close the portfolio before a given name: "il presidente della Regione Puglia Michele Emiliano"
                    return next((j for j in range(i, run_end - 1) if doc[j].text in self.rules.given_names), i)
                if word in self.rules.given_names and i + 1 < run_end:
                    return i  # "il procuratore di Milano Marcello Viola"
                break
        return start

    def _syllable_after(self, doc: Doc, position: int) -> bool:
        """A hyphen at ``position`` joining a lower-case word that is no word of the language to the word before it: a
        hyphenated given name's second syllable ("Park Sung-hoon", "Lee Jae-myung"), not "Putin-backed"."""
        if position + 1 >= len(doc) or doc[position].text not in HYPHENS or doc[position - 1].whitespace_ or doc[position].whitespace_:
            return False
        syllable = doc[position + 1]
        return syllable.is_alpha and syllable.is_lower and not simplemma.is_known(syllable.text, lang=self.lang)

    def _lone_name(self, token: Token) -> bool:
        """"President Embaló", "il presidente Embaló": one word after a title of office names a person
        when it is no word of the language and no word of an organisation or place name."""
        text = token.text
        return token.is_alpha and text.lower() not in self.rules.org_heads and not simplemma.is_known(text.lower(), lang=self.lang)

    def _name_end(self, doc: Doc, start: int, stop: set[int] = frozenset(), acronyms: bool = False) -> int:
        """End of the run of capitalised words (with name particles and hyphens) from ``start``,
        not into ``stop`` (the tokens of titles and cue words: "Deputy Prime Minister Yulia …"); with
        ``acronyms``, words in capitals too ("SOS Humanity")."""
        end = start
        while end < len(doc) and end - start < _MAX_NAME_TOKENS and end not in stop:
            token = doc[end]
            if capitalised(token) and end > start and doc[end - 1].text in self.rules.suffixes:
                break  # "President Ferdinand Marcos Jr. Beijing criticised …": a suffix ends the name
            if capitalised(token) or (acronyms and _acronym(token)) or (end > start and _particle_joined(token, self.rules.particles)):
                end += 1  # "Hayat Tahrir al-Sham": a particle joined by a hyphen to a capitalised word
            elif (
                end > start
                and token.text in self.rules.particles
                and token.text not in self.prepositions  # "Giovanni Orsina della Luiss": "of", not a particle
                and end + 1 < len(doc)
                and capitalised(doc[end + 1])
            ):
                end += 1
            elif end > start and token.text in HYPHENS and not doc[end - 1].whitespace_ and end + 1 < len(doc) and capitalised(doc[end + 1]):
                end += 1
            elif end > start and self._syllable_after(doc, end):
                end += 2
            elif end > start and token.text == "&" and end + 1 < len(doc) and capitalised(doc[end + 1]):
                end += 1  # "Humanity & Inclusion", "Procter & Gamble"
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
                if not self._place_before(doc, start):
                    continue  # "Santa Maria Novella", "Piazza Laura …" (not "il sindaco di Bergamo Giorgio Gori")
            end = self._name_end(doc, start + 1)
            if end > start + 1 and doc[end - 1].lower_ not in self.rules.org_heads:
                if doc.has_annotation("DEP") and self._qualifies_a_thing(doc[start:end]):
                    continue  # "the Abu Shouk displacement camp": a place's name
                found.append(Candidate(start, end, "given-name:Person", type="Person"))
        return found

    def _place_before(self, doc: Doc, start: int) -> bool:
        """One capitalised word that is no word of the language right after a preposition, before ``start``: a
        place that ends a phrase ("il sindaco di Bergamo Giorgio Gori"), not the start of a longer name."""
        return (
            start >= 2
            and doc[start - 2].lower_ in self.prepositions
            and not simplemma.is_known(doc[start - 1].lower_, lang=self.lang)
        )

    def _pair_candidates(self, doc: Doc) -> list[Candidate]:
        """Without a NER model: two capitalised words inside a sentence, neither a word of the
        language's dictionary nor of an organisation or place name, nor together a place of the place list
        ("da Cabo Delgado", ``gazetteer/places.csv``), alone between lowercase words
        ("… ha incontrato Wang Yi a …"), or after a capitalised word of the dictionary that ends a
        title's portfolio ("il sottosegretario alla presidenza del Consiglio Marco Fabbri"). Names
        that are also words ("Bianchi") need a cue."""
        found = []
        for token in doc[1:-1]:
            i = token.i
            if not capitalised(token) or token.is_sent_start:
                continue  # (before the pair's span is made: most words fail here)
            pair = doc[i : i + 2]
            if doc[i + 1].is_sent_start or not all(capitalised(t) and _letters(t) for t in pair):
                continue
            if (capitalised(doc[i - 1]) and not self._portfolio_word(doc, i - 1)) or (i + 2 < len(doc) and capitalised(doc[i + 2])):
                continue
            if any(t.lower_ in self.rules.org_heads or simplemma.is_known(t.lower_, lang=self.lang) for t in pair):
                continue
            if pair.text in self.places:
                continue  # "da Cabo Delgado", "di Reggio Calabria": a place the place list knows
            if self._after_article(pair) or f"{token.lower_}-" in self.rules.prefixes:
                continue  # "a El Fasher": the Arabic article written apart opens a place's name, not a person's
            if self.lang != "en" and not any(self._person_word(t) for t in pair) and all(
                simplemma.is_known(t.lower_, lang="en") for t in pair
            ):
                # "i sindacati Nursind e Nursing Up", "con Aviation Services": two English words name a company or a body
                found.append(Candidate(i, i + 2, "pair:Organization", type="Organization"))
                continue
            found.append(Candidate(i, i + 4 if self._syllable_after(doc, i + 2) else i + 2, "pair:Person", type="Person"))
        return found

    def _after_place_noun(self, span: Span) -> bool:
        """Whether a lowercase noun of a place and a genitive stand right before ``span`` ("il valico di",
        "la città di", "il porto di"), or a genitive's lowercase noun after them ("la miniera di rame Las Bambas"): the
        name after them is that place's own."""
        doc, start = span.doc, span.start
        genitives = self.rules.genitives.get(self.lang, ())
        before = doc[start - 1] if start > 3 else None
        if before is not None and before.is_lower and before.is_alpha and before.lower_ not in self.links and doc[start - 2].lower_ in genitives:
            start -= 1  # "di rame": the genitive's noun says what the place is
        return (
            start > 1
            and doc[start - 1].lower_ in genitives
            and doc[start - 2].is_lower
            and self.rules.org_heads.get(doc[start - 2].lower_) == "place"
        )

    def _after_article(self, span: Span) -> bool:
        """Whether a word holding an article stands right before ``span``: Italian writes no article before
        a person's name ("ha incontrato Wang Yi"), but one before a thing, a place or an event ("ha vinto le
        Atp Finals", "con il Ftse Mib", "nel Salar de Uyuni")."""
        return span.start > 0 and span.doc[span.start - 1].lower_ in self.articles

    def _institution_candidates(self, doc: Doc, states: list[StateMention], titles: list[TitleMatch], gazetteer: list[Candidate]) -> list[Candidate]:
        """Without a NER model: an institution named the way Italian writes names, a capitalised head
        word of an organisation or a news organisation (``org_heads.tsv``, Organization or Media) and the
        lowercase words and place after it ("l'Associazione nazionale magistrati", "la Corte d'appello di
        Roma", "il Museo Egizio", "Radio Okapi"), with a lowercase genitive after them ("la Federazione
        nazionale della stampa"), up to a verb or a function word. The head alone ("la Corte") is no
        name. A demonym in the name places it ("la Corte costituzionale turca": Turkey). A group's head
        names a party the same way ("il Partito democratico maldiviano", "il Partito popolare": a Group, no
        longer the gazetteer's "Partito democratico" inside it); the head of a collegial body (``council`` in
        ``function_words.tsv``) opens a name only before a word of its level ("il Consiglio nazionale
        elettorale", "la Commissione elettorale centrale"; not "la presidenza del Consiglio") or words that say which
        body it is (``_council_named``: "la Commissione di garanzia sugli scioperi", "il Consiglio ecumenico delle Chiese"). The head of a body
        written as a word though it is an acronym (``named_body``) opens a name too: "il Tar del Lazio", "l'Asl di Latina". A
        place at the name's end takes the lowercase word of its part after it (``compass``: "l'Autorità di sistema portuale
        del Mare Adriatico meridionale")."""
        found = []
        genitives = self.rules.genitives.get(self.lang, frozenset())
        councils, levels = self.rules.councils.get(self.lang, frozenset()), self.rules.levels.get(self.lang, frozenset())
        local = self.rules.local_bodies.get(self.lang, {})
        named = self.rules.named_bodies.get(self.lang, {})
        provinces = load_provinces()
        places = provinces.names.keys() | provinces.demonyms.keys()  # what a local body may be named by after its head
        for token in doc:
            type_ = self.rules.org_heads.get(token.lower_)
            if token.lower_ in councils and token.i + 1 < len(doc) and (doc[token.i + 1].lower_ in levels or self._council_named(doc, token.i + 1)):
                type_ = "Organization"  # "il Consiglio nazionale elettorale", not "la presidenza del Consiglio"
            if token.lower_ in named:
                type_ = "Organization"
            if not capitalised(token) or type_ not in ("Organization", "Media", "Group"):
                continue
            if any(t.start <= token.i < t.end for t in titles):
                continue  # "il presidente del Consiglio Meloni": the title's body, not a name that runs on into the holder's
            if token.is_sent_start and token.i > 0 and not doc[token.i - 1].is_space:
                continue  # a sentence's first word is capitalised anyway
            before = doc[token.i - 1] if token.i > 0 else None
            if before is not None and capitalised(before) and not before.is_sent_start and before.lower_ not in self.determiners:
                continue  # the head ends a name of another language ("il Caspian Pipeline Consortium"), not "SARAJEVO - La Corte …"
            end, words, placed = token.i + 1, 0, False
            while end + 1 < len(doc) and words < 3:
                word, after = doc[end], doc[end + 1]
                if word.lower_ in self.prepositions or word.text.endswith(("'", "’")):
                    if capitalised(after) and (word.lower_ in genitives or word.lower_ in ("d'", "d’")):
                        # "Procura di Roma": a place ends the name, a state's whole name ("Corte di Bosnia ed Erzegovina")
                        place = max([self._name_end(doc, end + 1)] + [s.end for s in states if s.start == end + 1])
                        # "la Provincia di Bolzano Arno Kompatscher": a given name after the place opens the holder's name
                        end = next((k for k in range(end + 2, place) if doc[k].text in self.rules.given_names), place)
                        # "il Dipartimento del Commercio degli Stati Uniti": the state whose body it is ends the name
                        if end + 1 < len(doc) and doc[end].lower_ in genitives:
                            end = next((s.end for s in states if s.start == end + 1), end)
                        placed = True
                        break
                    if capitalised(after):
                        break  # "la Corte penale internazionale all'Ungheria": "a" opens the phrase of whom it speaks to
                    if end == token.i + 1 and after.is_lower and after.is_alpha and not self._clause_after(after) and token.lower_ not in named:
                        end += 2  # "Corte d'appello", "Tribunale di sorveglianza"; not "l'Asl ad aprire un tavolo"
                        continue
                    noun = after.is_lower and after.is_alpha and after.lower_ not in self.links and (
                        self.rules.org_heads.get(after.lower_) == "place" or not (inflected_verb(after) or infinitive(after)))  # "del mare Adriatico"
                    if words and word.lower_ in genitives and noun:
                        end, words = end + 2, words + 1  # "l'Associazione nazionale dei comuni italiani"
                        continue
                    break
                if not _letters(word) or word.lower_ in self.links or inflected_verb(word) or word.is_sent_start:
                    break  # a place joined by hyphens is one word ("la Regione Emilia-Romagna")
                if word.lower_ in self.rules.clitics.get(self.lang, ()) or word.lower_ in self.rules.conjunctions.get(self.lang, ()):
                    break  # "la Commissione si è detta disposta", "la Corte non ha accolto": the verb's group, not the name;
                    # "la Regione e ha criticato": a conjunction joins the name to what follows
                if word.is_lower and ((capitalised(after) and not after.is_sent_start) or after.lower_ in self.determiners):
                    break  # "la Corte suprema conferma Maduro", "la Corte condanna Dodik", "la Regione diffida l'azienda": a verb and its object, not the name
                if word.text in self.rules.given_names and capitalised(after):
                    break  # "il presidente della Regione Umbria Michele Tarsetti": a person's name after the institution's
                if capitalised(word) and any(c.start == end for c in gazetteer):
                    break  # "il commissario della Commissione Valdis Dombrovskis": a name the gazetteer knows is no part of it
                end, words = end + 1, words + 1
            if end < len(doc) and doc[end].lower_ in self.rules.compass.get(self.lang, ()) and capitalised(doc[end - 1]):
                end += 1  # "l'Autorità di sistema portuale del Mare Adriatico meridionale": the part of the place it serves
            if token.lower_ in local and not placed and doc[token.i + 1 : end].text.casefold() not in places:
                # a local body is named by the place it serves ("il Comune di Bari", "la Regione Puglia", "la Regione
                # Siciliana"); other words after its head are the clause's ("la Regione ripristini almeno metà del
                # contributo", "la Regione lunedì prossimo") or the name of the title's holder ("il presidente della
                # Regione Massimiliano Fedriga"): the head alone, the story's own body (kg.actors.resolution)
                continue
            if end > token.i + 1 and not doc[end - 1].lower_ in self.links:
                country, sector = self.sectors.inside(doc, token.i, end, states)  # "la Corte costituzionale turca"
                sector = sector or named.get(token.lower_) or None
                known = max((c.end for c in gazetteer if c.start == token.i), default=None)
                if country is None and known is not None and not any(capitalised(t) for t in doc[known:end]):
                    continue  # "alla Commissione europea nuove sanzioni": the gazetteer's name, unless a place follows it
                if country is None:  # "la Regione Lombardia", "l'Università della Calabria": a region of its state
                    country = next((provinces.names[name] for k in range(token.i + 1, end) if (name := doc[k:end].text.casefold()) in provinces.names), None)
                found.append(Candidate(token.i, end, f"institution:{type_}", type=type_, country=country, sector=sector))
        return found

    def _council_named(self, doc: Doc, i: int) -> bool:
        """After a collegial body's head, words that name which body it is: a preposition and a lowercase noun ("la
        Commissione di garanzia sugli scioperi"), or a lowercase adjective and a genitive ("il Consiglio ecumenico
        delle Chiese", "il Consiglio presidenziale di transizione"); not a verb, nor a local level (the story's own)."""
        genitives = self.rules.genitives.get(self.lang, frozenset())
        words = doc[i : i + 3]
        if len(words) < 2 or words[0].lower_ in ("regionale", "comunale", "provinciale"):
            return False
        if words[0].lower_ in genitives and words[1].is_lower and words[1].is_alpha and words[1].lower_ not in self.links:
            return not (inflected_verb(words[1]) or infinitive(words[1]))
        adjective = words[0].is_lower and words[0].is_alpha and words[0].lower_.endswith(_ADJECTIVE_ENDINGS.get(self.lang, ()))
        return len(words) == 3 and adjective and words[1].lower_ in genitives  # not "la Conferenza stampa del ministro"

    def _company_candidates(self, doc: Doc) -> list[Candidate]:
        """Without a NER model: one to four capitalised words before a word that ends a company's name
        (``company_forms.tsv``: a legal form, "la Tirreno Container Spa", "la Siderurgica Salentina S.p.A.", or the
        continent of a branch, "Beko Europe") name a company, the form included; not a lowercase noun before it
        ("l'agenzia Spa", the Saudi agency)."""
        forms = load_company_forms().get(self.lang, frozenset())
        found = []
        for token in doc[1:]:
            if not (token.text[:1].isupper() or capitalised(doc[token.i - 1])):
                continue  # a lowercase form only after a name: "la Cartiera Stura spa"
            end, text = token.i + 1, token.text
            while text.casefold().rstrip(".") not in forms and end < len(doc) and end - token.i < 3 and not doc[end - 1].whitespace_:
                text, end = text + doc[end].text, end + 1  # "S.p.A." is three tokens, "S.p", ".", "A."
            if text.casefold().rstrip(".") not in forms:
                continue
            start = token.i
            while start > 0 and token.i - start < 4 and capitalised(doc[start - 1]) and not doc[start - 1].is_sent_start:
                start -= 1
            if start > 0 and doc[start - 1].is_sent_start and capitalised(doc[start - 1]) and not simplemma.is_known(doc[start - 1].lower_, lang=self.lang):
                start -= 1  # a name that opens its sentence
            if start < token.i:
                found.append(Candidate(start, end, "company:Organization", type="Organization", sector="business"))
        return found

    def _foreign_name_candidates(self, doc: Doc, states: list[StateMention]) -> list[Candidate]:
        """Without a NER model: an organisation named in another language inside a sentence, a run of two
        capitalised words or more that are no words of the language, ending in a word of an organisation
        (``org_heads.tsv``): "il terminal del Caspian Pipeline Consortium", typed by that word. Such a run
        with a state's name or capital inside and no person's name in it names a company or an institution
        of that place, not the state ("il gruppo Baku Steel", "al Louvre Abu Dhabi")."""
        found = []
        start = 1
        while start < len(doc):
            token = doc[start]
            if not capitalised(token) or token.is_sent_start or capitalised(doc[start - 1]):
                start += 1
                continue
            end = self._name_end(doc, start)
            span = doc[start:end]
            words = [t for t in span if t.text not in self.rules.particles]
            if len(words) >= 2 and not any(simplemma.is_known(t.lower_, lang=self.lang) for t in words):
                type_ = self._organisation_type(span, None) if span[-1].lower_ in self.rules.org_heads else None
                if type_ is None and span[-1].lower_ not in self.rules.org_heads and self._state_inside(words, states):
                    type_ = "Organization"
                if type_ is not None:
                    found.append(Candidate(start, end, f"institution:{type_}", type=type_))
            start = max(end, start + 1)
        return found

    def _clause_after(self, token: Token) -> bool:
        """A word after "di" that opens a clause, not a name's lowercase noun: an infinitive, a verb or a negation
        ("ha chiesto alla Regione di ritirare la delibera", "ha accusato la Regione di non fermare …")."""
        return infinitive(token) or inflected_verb(token) or token.lower_ in self.rules.clitics.get(self.lang, ())

    def _state_inside(self, words: list[Token], states: list[StateMention]) -> bool:
        """A state's name covers some of ``words``, not all, and none is a person's name part ("Maurizio" is also
        Mauritius: "della Cgil Maurizio Landini")."""
        first, last = words[0].i, words[-1].i + 1
        inside = [s for s in states if first <= s.start and s.end <= last]
        if not inside or any(s.start == first and s.end == last for s in inside):
            return False
        covered = {i for s in inside for i in range(s.start, s.end)}
        rest = [t for t in words if t.i not in covered]
        # a given name inside a longer state's name or capital is the place's ("Abu" of "Abu Dhabi", "San" of "San Marino")
        named = [t for t in words if t.i not in covered or any(s.start <= t.i < s.end and s.end - s.start == 1 for s in inside)]
        return bool(rest) and not any(self._person_word(t) for t in named)

    def _person_word(self, token: Token) -> bool:
        """A given name or a known surname: a word that may be part of a person's name."""
        return token.text in self.rules.given_names or token.text in self.surnames.people

    def _portfolio_word(self, doc: Doc, i: int) -> bool:
        """A capitalised word of the dictionary after a preposition or article ("del **Consiglio**",
        "della **Difesa**"): it ends a phrase of its own, not the name after it."""
        word = doc[i].lower_
        return i >= 1 and doc[i - 1].lower_ in self.links and word not in self.rules.org_heads and simplemma.is_known(word, lang=self.lang)

    def _unit_candidates(self, doc: Doc) -> list[Candidate]:
        """A numbered unit: a capitalised word of an armed group's name (``org_heads.tsv``) with a number
        before or after it ("the 33rd Front", "la Brigata 444", "Task Force 61")."""
        found = []
        for token in doc:
            if not (self.rules.org_heads.get(token.lower_) == "Group" and capitalised(token)):
                continue
            before, after = token.i - 1, token.i + 1
            if before >= 0 and doc[before].like_num and any(c.isdigit() for c in doc[before].text):
                found.append(Candidate(before, token.i + 1, "unit:Group", type="Group"))
            elif after < len(doc) and doc[after].like_num and doc[after].text.isdigit():
                found.append(Candidate(token.i, after + 1, "unit:Group", type="Group"))
        return found

    def _grouping_candidates(self, doc: Doc, gazetteer: list[Candidate]) -> list[Candidate]:
        """An unknown name right before a bracketed list of states is a grouping of them, an intergovernmental
        organisation ("il piano del **Quintetto** (Stati Uniti, Francia, Egitto e Qatar)");
        a known name there stays itself (:mod:`kg.actors.groupings` states the memberships)."""
        states = {c.start: (c.end, c.entry) for c in gazetteer if c.entry is not None and self.gazetteer.get(c.entry).type == "State"}
        named = {c.end for c in gazetteer}
        found = []
        for bracket in doc:
            if bracket.i in named or members_after(doc, bracket.i, states, self.member_links) is None:
                continue
            start = bracket.i
            while start > 0 and bracket.i - start < _MAX_NAME_TOKENS:
                word = doc[start - 1]
                if word.is_sent_start or word.lower_ in self.determiners or not (capitalised(word) or (word.is_upper and word.text.isalnum())):
                    break
                start -= 1
            if start < bracket.i:
                found.append(Candidate(start, bracket.i, "grouping:IntergovernmentalOrganization", type="IntergovernmentalOrganization"))
        return found

    def _local_candidates(self, doc: Doc, titles: list[TitleMatch]) -> list[Candidate]:
        """With a tagger: a proper noun no recogniser of the states knows, right before a government noun (past
        the words of a government below the state's and a possessive) or a title of head of government, is
        that place's government, an organisation: "the **Ontario** government", "**Catalonia**'s regional
        government", "**Ontario** Premier Doug Ford", "**Texas** Governor Greg Abbott". A surname there
        ("the Meloni government") names the state its holder leads and wins (kg.actors.governments)."""
        provinces = load_provinces()
        governments = self.rules.governments.get(self.lang, frozenset())
        regional = self.rules.regional.get(self.lang, frozenset())
        found = self._province_candidates(doc, provinces, governments | self.rules.local_governments.get(self.lang, frozenset()), regional)
        if not (self.has_ner and doc.has_annotation("TAG")):
            return found
        heads = [t.start for t in titles if t.role in ("governor", "prime_minister")]
        for end in heads + [t.i for t in doc if t.lower_ in governments]:
            while end > 0 and (doc[end - 1].lower_ in regional or doc[end - 1].text in SAXON_GENITIVE):
                end -= 1
            start = end
            while start > 0 and end - start < 3 and doc[start - 1].tag_ == "NNP" and capitalised(doc[start - 1]):
                start -= 1
            words = doc[start:end]
            # an organisation of the model counts only where the model runs it into the title ("Ontario Premier")
            if words and not any(t.ent_type_ == "PERSON" or (t.ent_type_ == "ORG" and doc[end].ent_iob_ != "I") for t in words):
                country = provinces.names.get(words.text.casefold())
                found.append(Candidate(start, end, "local:Organization", type="Organization", country=country, sector="government"))
        return found

    def _province_candidates(self, doc: Doc, provinces, governments: frozenset[str], regional: frozenset[str]) -> list[Candidate]:
        """A government named by a region's demonym or, in Italian, by the region after its government noun, is
        the region's government, an organisation of the region's state (``provinces.tsv``): "the **Bavarian
        government**", "the **Scottish Government**", "il **governo catalano**", "la **giunta regionale della
        Catalogna**" (named with its government's words)."""
        found = []
        for token in doc:
            if token.lower_ not in governments:
                continue
            before = token.i
            while before > 0 and doc[before - 1].lower_ in regional:
                before -= 1
            if before > 0 and doc[before - 1].lower_ in provinces.demonyms:
                state = provinces.demonyms[doc[before - 1].lower_]
                found.append(Candidate(before - 1, token.i + 1, "local:Organization", type="Organization", country=state, sector="government"))
                continue
            after = token.i + 1
            while after < len(doc) and doc[after].lower_ in regional:
                after += 1
            if after < len(doc) and doc[after].lower_ in provinces.demonyms:
                state = provinces.demonyms[doc[after].lower_]
                found.append(Candidate(token.i, after + 1, "local:Organization", type="Organization", country=state, sector="government"))
                continue
            if self.lang != "it" or after >= len(doc) or doc[after].lower_ not in self.prepositions:
                continue
            start = after + 1
            for end in range(min(len(doc), start + 4), start, -1):
                state = provinces.names.get(doc[start:end].text.casefold())
                if state and capitalised(doc[start]):
                    found.append(Candidate(token.i, end, "local:Organization", type="Organization", country=state, sector="government"))
                    break
        return found

    def _junta_candidates(self, doc: Doc, states: list[StateMention], sectors: list[Candidate]) -> list[Candidate]:
        """"the junta" (Italian "la giunta militare"; ``junta`` in ``function_words.tsv``) with no state named
        with it is the one state of the document a military government rules (``juntas.tsv``): "Paris urged **the junta** to hold the
        election" in a story on Mali; with two such states named, or none, it is nobody, and where the
        document names that state's military as one body ("Myanmar's military", not "Malian soldiers";
        ``military_body``) it may be either."""
        phrases = self.rules.juntas.get(self.lang)
        if not phrases:
            return []
        day = document_date(doc._.kg_date)
        year = day.year if day is not None else None
        juntas = military_ruled(year)
        # a state matched only inside a longer state's name ("Guinea" in "Guinea-Bissau") is not named
        named = [s for s in states if not any(o.start <= s.start and s.end <= o.end and o.end - o.start > s.end - s.start for o in states)]
        ruled = {s.id for s in named if s.id in juntas}
        if len(ruled) != 1:
            return []
        military = self.rules.military_bodies.get(self.lang, frozenset())
        found = []
        for words in phrases:
            for token in doc[1 : len(doc) - len(words) + 1]:
                end = token.i + len(words)
                if token.lower_ != words[0] or tuple(t.lower_ for t in doc[token.i : end]) != words or doc[token.i - 1].lower_ not in self.determiners | self.prepositions:
                    continue
                if end < len(doc) and (capitalised(doc[end]) or doc[end].lower_ in self.rules.led_by.get(self.lang, frozenset())):
                    continue  # "the junta leader Ibrahim Traoré", "the junta led by …": a title or a government's leader
                state = next(iter(ruled))
                if not any(c.country == state and c.sector_span.phrase in military and not c.sector_span.named for c in sectors):
                    found.append(Candidate(token.i, end, "gazetteer:junta", entry=state))
        return found

    def _defined_name_candidates(self, doc: Doc) -> list[Candidate]:
        """A name right before the bracketed acronym it defines, its capitalised words' initials the acronym's
        letters in any order, is an organisation typed by its words even where the model saw none ("Fighters
        of the **Movement for Justice and Equality** (JEM) attacked …"); its acronym then names it
        (``acronym:defined-in-text``)."""
        links = self.prepositions | self.determiners | self.rules.conjunctions.get(self.lang, frozenset())
        found = []
        for bracket in doc[1:-2]:
            acronym = doc[bracket.i + 1]
            if bracket.text != "(" or doc[bracket.i + 2].text != ")" or not (acronym.is_upper and acronym.is_alpha and 2 <= len(acronym) <= 6):
                continue
            start, initials = bracket.i, []
            while start > 0 and bracket.i - start < 2 * len(acronym.text):
                word = doc[start - 1]
                if capitalised(word) and word.lower_ not in links:
                    initials.append(word.text[0].upper())
                elif not (word.lower_ in links and initials and start > 1 and capitalised(doc[start - 2]) and doc[start - 2].lower_ not in links):
                    break
                start -= 1
            if len(initials) < 2 or sorted(initials) != sorted(acronym.text):
                continue
            type_ = self._organisation_type(doc[start : bracket.i], None)
            if type_ is not None:
                found.append(Candidate(start, bracket.i, f"defined:{type_}", type=type_))
        return found

    def _shared_demonym_candidates(self, doc: Doc, states: list[StateMention], gazetteer: list[Candidate]) -> list[Candidate]:
        """A demonym two states share next to a word of government ("the **Congolese** government", "il governo
        **congolese**"; ``shared_demonyms.tsv``), or a short name they share anywhere ("**Congo** and M23 sign"):
        the one of them the story names, by name or as the country of a known organisation; with both or neither,
        nobody."""
        governments = self.rules.governments.get(self.lang, frozenset())
        found, countries = [], None
        shared = load_shared_demonyms()
        for token in doc:
            choices = shared.get((self.lang, token.text)) or shared.get((self.lang, token.lemma_))
            if not choices:
                continue
            near = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
            if (self.lang, token.text) in load_shared_names():
                # "Congo and M23 sign …": a short name is the story's state wherever it stands, but not inside a
                # longer name ("Congo-Brazzaville", "Repubblica democratica del Congo", "the Congo River Alliance")
                after = doc[token.i + 1] if token.i + 1 < len(doc) else None
                if any(c.start <= token.i < c.end for c in gazetteer) or (after is not None and capitalised(after)):
                    continue
                if (after is not None and after.text in HYPHENS and not token.whitespace_) or (token.i > 0 and doc[token.i - 1].text in HYPHENS and not doc[token.i - 1].whitespace_):
                    continue  # "Congo-Brazzaville", not "(Wire) - Congo's government"
            elif not any(t.lower_ in governments or t.lemma_ in governments for t in near) and not self._by_sector(doc, token.i):
                continue
            if countries is None:
                entries = (self.gazetteer.get(c.entry) for c in gazetteer if c.entry)
                countries = {s.id for s in states} | {e.country for e in entries if e is not None and e.country}
            among = [state for state in choices if state in countries]
            if len(among) == 1:
                found.append(Candidate(token.i, token.i + 1, "gazetteer:demonym", entry=among[0]))
        return found

    def _by_sector(self, doc: Doc, i: int) -> bool:
        """"Dominican police", "i soldati congolesi": a sector phrase of a state's own right after or before ``i``."""
        after = self.sectors.starting(doc, i + 1)
        return (after is not None and after[1] in STATE_SECTORS) or self.sectors.ending(doc, i) in STATE_SECTORS

    def _short_state_candidates(self, doc: Doc, states: list[StateMention]) -> list[Candidate]:
        """A short form of a state the story named before (``short_forms.tsv``), after a definite word: "North
        Korea fired … Seoul accused **the North**", "la Corea del Nord … **il Nord** ha minacciato Seul"; with a
        genitive or a name after it ("the North of England", "il Nord del Paese") a place, whatever the story."""
        forms = load_short_forms()
        definite = self.rules.definites.get(self.lang, frozenset())
        found = []
        for token in doc:
            choices = forms.get((self.lang, token.text), ())
            if not choices or token.i == 0 or doc[token.i - 1].lower_ not in definite:
                continue
            if not any(s.id in choices and s.end <= token.i for s in states):
                continue
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if after is not None and (capitalised(after) or after.text in HYPHENS):
                continue
            if after is not None and after.lower_ in self.prepositions and token.i + 2 < len(doc) and not (doc[token.i + 2].is_lower and doc[token.i + 2].lower_ not in definite):
                # "the North of England", "il Nord del Paese": a place, even where the story named North Korea
                # (not "accused the North of breaking the truce")
                found.append(Candidate(token.i, token.i + 1, "non-actor"))
                continue
            found.append(Candidate(token.i, token.i + 1, "gazetteer:short-form", entry=choices[0]))
        return found

    def _region_candidates(self, doc: Doc) -> list[Candidate]:
        """A region of a state (``provinces.tsv``) that an act reaches is its state, as a capital is: "Russian
        drones struck **Kharkiv**", "drones at **Odesa** and Kharkiv", "una raffineria a **Belgorod**" — the
        object of a verb or of a preposition of place (with a parser), or after a lowercase word that is no
        genitive (without one). A region that acts or is described ("Kharkiv is Ukraine's second city",
        "the Kharkiv governor", "drones launched from Belgorod", "il governatore di Kharkiv") names nobody."""
        provinces = load_provinces()
        parsed = doc.has_annotation("DEP")
        not_places = self.rules.genitives.get(self.lang, frozenset()) | self.rules.departures.get(self.lang, frozenset())
        home = self.rules.home.get(self.lang, ("-", frozenset()))[0]
        prefixes = _province_prefixes()
        found = []
        for token in doc:
            # a span's text opens with its first token's: a token no region's name opens with opens none of them
            start = token.i
            if token.text.casefold() not in prefixes or not capitalised(token) or (start > 0 and doc[start - 1].text in HYPHENS):
                continue
            end = next((e for e in range(min(len(doc), start + 3), start, -1) if doc[start:e].text.casefold() in provinces.names), None)
            if end is None or (end < len(doc) and (capitalised(doc[end]) or doc[end].text in HYPHENS or doc[end].text in SAXON_GENITIVE)):
                continue
            if parsed:
                head = doc[end - 1]
                while head.dep_ == "conj" and head.head.i != head.i:
                    head = head.head
                if head.dep_ not in ("dobj", "pobj") or (head.dep_ == "pobj" and head.head.lower_ in not_places):
                    continue
            elif start == 0 or doc[start].is_sent_start or not doc[start - 1].is_lower or doc[start - 1].lower_ in not_places:
                continue
            state = provinces.names[doc[start:end].text.casefold()]
            if state != home:  # "allerta rossa in Emilia-Romagna": the home press's regions are places of its own news
                found.append(Candidate(start, end, "gazetteer:region", entry=state))
        return found

    def _kin_candidates(self, doc: Doc) -> list[Candidate]:
        """A family or clan named by its surname, a group named with its kin word: "the **Gupta family**",
        "the **Hawiye clan**" (the name before), "la **famiglia Regeni**", "il **clan dei Casalesi**" (after,
        past a preposition)."""
        kin = self.rules.kin.get(self.lang, frozenset())
        found = []
        for token in doc:
            if token.lower_ not in kin:
                continue
            start = token.i
            while start > 0 and capitalised(doc[start - 1]) and doc[start - 1].lower_ not in self.articles and not doc[start].is_sent_start:
                start -= 1
            if 0 < start < token.i and doc[start - 1].lower_ in self.articles | self.prepositions:
                found.append(Candidate(start, token.i + 1, "cue:Group", type="Group", sector="civil_society"))
                continue
            position = token.i + 1
            if position < len(doc) and doc[position].lower_ in self.prepositions:
                position += 1
            end = self._name_end(doc, position)
            if end > position and not doc[position].is_sent_start:
                found.append(Candidate(token.i, end, "cue:Group", type="Group", sector="civil_society"))
        return found

    def _surname_candidates(self, doc: Doc) -> list[Candidate]:
        return [Candidate(start, end, "surname:Person", type="Person") for _, start, end in self.lone_surnames(doc)]


@functools.cache
def _province_prefixes() -> frozenset[str]:
    """Every beginning of a region's casefolded name (``provinces.tsv``): "k", "kh", … "kharkiv"."""
    return frozenset(name[:k] for name in load_provinces().names for k in range(1, len(name) + 1))


def _link_line(text: str, at: int) -> bool:
    """A line of three links or more, set apart by bars ("Great Lakes Weekly | Sign up for our newsletter |
    Share", "About the press service | Print version | RSS"): the page's furniture, where nobody acts. A row of
    a table has a cell of figures ("Russia | 16 | 0"): its names stay."""
    line = text[text.rfind("\n", 0, at) + 1 : (text.find("\n", at) + 1 or len(text) + 1) - 1]
    cells = line.split("|")
    return len(cells) >= 3 and not any(cell.strip() and not any(c.isalpha() for c in cell) for cell in cells)


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
        if c.rule.startswith("ner") and rest and all(t in HYPHENS for t in rest):
            continue
        out.append(c)
    return out


_key = functools.lru_cache(maxsize=65536)(normalize)


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _particle_joined(token: Token, particles: frozenset[str]) -> bool:
    """A name particle joined to a capitalised word by a hyphen, one token: "al-Sham", "el-Sisi"."""
    head, _, rest = token.text.partition("-")
    return head in particles and rest[:1].isupper()


def _acronym(token: Token) -> bool:
    """A word written in capitals: "EGAT", "FNV"."""
    return len(token.text) > 1 and token.is_alpha and token.is_upper


def _letters(token: Token) -> bool:
    """Letters only, or letters joined by hyphens ("Mohseni-Ejei")."""
    return all(part.isalpha() for part in token.text.split("-"))


# Endings of the adjectives that say which collegial body a head names ("ecumenico", "presidenziale", "interamericana").
_ADJECTIVE_ENDINGS = {"it": ("ale", "ali", "ile", "ico", "ica", "ano", "ana", "ario", "aria", "ivo", "iva", "ente", "ese")}
_CLAUSE_OPENERS = frozenset({":", "—", "–", "\"", "“", "«"})
_QUOTES = frozenset({"\"", "“", "”", "«", "»", "'", "‘", "’"})


def _inside_name(token: Token) -> bool:
    """A capitalised article inside a sentence belongs to the name it opens ("with The Metals Company");
    after a colon, a dash or an opening quote it opens a clause ("Q (Tarvik Radio): The Malaysian Coast
    Guard says")."""
    opens_clause = token.i > 0 and token.nbor(-1).text[-1:] in _CLAUSE_OPENERS  # "):" is one token
    return token.text[:1].isupper() and not token.is_sent_start and not opens_clause


def _acronym_in_bracket(doc: Doc, i: int) -> bool:
    """The word after an opening bracket names its acronym: upper case ("(ADF"), or one capitalised word that
    closes the bracket, as acronyms read as words are written ("the Caribbean Community (Caricom)", "(Frelimo)")."""
    token = doc[i]
    return token.is_upper or (token.is_alpha and token.text[:1].isupper() and i + 1 < len(doc) and doc[i + 1].text == ")")
