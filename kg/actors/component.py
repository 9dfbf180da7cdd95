"""Actors stage: the ``kg_actors`` spaCy component finds actor mentions and resolves them.

Recognition, in order of trust (a longer span wins; on equal spans the more trusted rule):

1. the gazetteer (names, aliases, acronyms, demonyms, capitals, seats of power), matched
   with spaCy PhraseMatchers built once per pipeline;
2. names after a cue: a title of office or a cue word from ``ontologies/actors/cues.tsv``
   ("il ministro degli Esteri Antonio Tajani", "il quotidiano russo Nezavisimaya Gazeta");
3. spaCy's statistical entities (PERSON, ORG) where the language has a model; the
   gazetteer corrects their label and ``org_heads.tsv`` types unknown organisations;
4. a known given name before capitalised words ("Laura Bianchi"), for Italian, which has
   no NER model, and for names the English model misses; without a NER model, also two
   capitalised words that are no words of the language's dictionary.

Phrases that contain a name but name no actor ("the Paris Agreement", "the Taiwan Strait")
win over the names inside them and are dropped.

Resolution within the spaCy Doc: surnames and short forms resolve to the full name met in
the document, else to the one person of the gazetteer with that surname; acronyms defined
in the text ("… Presidency and Congress (CSPC)") resolve to their long form; a title with a
state and no name ("the Russian president") resolves to the office holder on the
document's date (``doc._.kg_date``); a pronoun that opens a sentence resolves to the
previous sentence's subject (``pronouns.tsv``). Every mention records the rule that
resolved it (``Mention.rule``), which ``kg.store.rdf`` writes as ``kg:rule`` of a ``kg:Mention``.

Actors the gazetteer does not know get a stable IRI from their normalised name
(:func:`actor_iri`), so every run and every ingestion order gives the same graph.

Titles that tie a person to a state or organisation ("Russian President Vladimir Putin",
"Laura Bianchi, an analyst at ISPI") become ``leaderOf`` / ``affiliatedWith`` facts on
``doc._.kg_facts`` (the fact of each role is in ``ontologies/roles.tsv``).
Results land on ``doc._.kg_mentions`` (``Mention`` values, offsets relative to the Doc)
and ``doc.spans["kg_actors"]`` (label = actor type, ``kb_id_`` = IRI) for displaCy.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import simplemma
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from kg.errors import ResourceError
from kg.actors.gazetteer import ACTOR_BASE, Entry, Gazetteer, Office, normalize
from kg.model import ACTOR_TYPES, Actor, Evidence, Mention, Relation
from kg.settings import ONTOLOGIES

Doc.set_extension("kg_date", default=None, force=True)
Doc.set_extension("kg_mentions", default=None, force=True)
Doc.set_extension("kg_facts", default=None, force=True)

RULES = ONTOLOGIES / "actors"
# Rules whose surface form describes an actor rather than names it: not kept as aliases.
DESCRIPTIVE_RULES = ("role:", "pronoun:")
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
PRIORITY = {"non-actor": 5, "gazetteer": 4, "cue": 3, "surname": 3, "ner": 2, "given-name": 1, "pair": 0}
_MAX_NAME_TOKENS = 5
_MAX_APPOSITION_MODIFIERS = 3


# --- rule data ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Role:
    """What a title says (``roles.tsv``): the fact it states, and whether it has one holder at a time."""

    fact: str
    unique: bool


@dataclass(frozen=True)
class Cue:
    lang: str
    text: str
    type: str


@dataclass(frozen=True)
class ActorRules:
    """The language data of the rule layer (``ontologies/actors/`` and ``roles.tsv``)."""

    roles: dict[str, Role]
    cues: tuple[Cue, ...]
    given_names: frozenset[str]
    org_heads: dict[str, str]
    pronouns: dict[str, dict[str, tuple[str, ...]]]
    particles: frozenset[str]
    suffixes: frozenset[str]
    prefixes: frozenset[str]
    family_first: frozenset[str]
    not_surnames: frozenset[str]
    not_current: dict[str, dict[str, frozenset[str]]]
    prepositions: dict[str, frozenset[str]]
    determiners: dict[str, frozenset[str]]


def _tsv(path: Path, columns: int) -> Iterator[tuple[int, list[str]]]:
    with path.open(encoding="utf-8") as handle:
        for line, row in enumerate(csv.reader(handle, delimiter="\t"), start=1):
            if not row or not row[0].strip() or row[0].startswith("#"):
                continue
            if len(row) < columns:
                raise ResourceError("E201", path=path, line=line, reason=f"expected {columns} tab-separated columns, got {len(row)}")
            yield line, [cell.strip() for cell in row]


@functools.lru_cache(maxsize=2)
def load_rules(folder: Path = RULES, roles_path: Path = ONTOLOGIES / "roles.tsv") -> ActorRules:
    """Read and check the rule data once per process."""
    roles = {}
    for line, (role, fact, unique) in ((n, r[:3]) for n, r in _tsv(roles_path, 3)):
        if unique not in ("yes", "no"):
            raise ResourceError("E201", path=roles_path, line=line, reason=f"unique is {unique!r}; write yes or no")
        roles[role] = Role(fact, unique == "yes")
    cues = []
    for line, (lang, text, type_) in ((n, r[:3]) for n, r in _tsv(folder / "cues.tsv", 3)):
        if type_ not in ACTOR_TYPES:
            raise ResourceError("E201", path=folder / "cues.tsv", line=line, reason=f"unknown actor type {type_!r}; use one of {', '.join(ACTOR_TYPES)}")
        cues.append(Cue(lang, text, type_))
    heads = {}
    for line, (word, type_) in ((n, r[:2]) for n, r in _tsv(folder / "org_heads.tsv", 2)):
        if type_ not in ("-", "place") and type_ not in ACTOR_TYPES:
            raise ResourceError("E201", path=folder / "org_heads.tsv", line=line, reason=f"unknown actor type {type_!r}; use one of {', '.join(ACTOR_TYPES)}, - or place")
        heads[word.lower()] = type_
    pronouns: dict[str, dict[str, tuple[str, ...]]] = defaultdict(dict)
    for _, (lang, word, types) in ((n, r[:3]) for n, r in _tsv(folder / "pronouns.tsv", 3)):
        pronouns[lang][word.lower()] = tuple(t.strip() for t in types.split(","))
    parts: dict[str, set[str]] = defaultdict(set)
    for _, (kind, word) in ((n, r[:2]) for n, r in _tsv(folder / "name_parts.tsv", 2)):
        parts[kind].add(word)
    not_current: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for line, (lang, position, word) in ((n, r[:3]) for n, r in _tsv(folder / "not_current.tsv", 3)):
        if position not in ("before", "after"):
            raise ResourceError("E201", path=folder / "not_current.tsv", line=line, reason=f"position {position!r} must be before or after")
        not_current[lang][position].add(word.lower())
    function_words: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for _, (lang, kind, word) in ((n, r[:3]) for n, r in _tsv(folder / "function_words.tsv", 3)):
        function_words[kind][lang].add(word)
    given = frozenset(
        line.strip() for line in (folder / "given_names.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )
    return ActorRules(
        roles=roles,
        cues=tuple(cues),
        given_names=given,
        org_heads=heads,
        pronouns=dict(pronouns),
        particles=frozenset(parts["particle"]),
        suffixes=frozenset(parts["suffix"]),
        prefixes=frozenset(parts["prefix"]),
        family_first=frozenset(parts["family_first"]),
        not_surnames=frozenset(parts["not_surname"]),
        not_current={lang: {k: frozenset(v) for k, v in pos.items()} for lang, pos in not_current.items()},
        prepositions={lang: frozenset(words) for lang, words in function_words["preposition"].items()},
        determiners={lang: frozenset(words) for lang, words in function_words["determiner"].items()},
    )


# --- identities --------------------------------------------------------------------------


def actor_iri(name: str) -> str:
    """The stable IRI of an actor the gazetteer does not know: from its normalised name.

    >>> actor_iri("Center for the Study of War") == actor_iri("center for the study of  war")
    True
    """
    ascii_name = unicodedata.normalize("NFKD", normalize(name)).encode("ascii", "ignore").decode()
    return ACTOR_BASE + (re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-") or "unnamed")


def actor_of(entry: Entry) -> Actor:
    aliases = tuple(sorted({a.text for a in entry.aliases}))
    return Actor(iri=entry.iri, name=entry.name, type=entry.type, aliases=aliases, wikidata=entry.wikidata)


def is_name(mention: Mention) -> bool:
    """Whether the mention's surface form is a name of its actor (not "he" or "the Russian president")."""
    return not mention.rule.startswith(DESCRIPTIVE_RULES)


# --- candidates --------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A token span that may name an actor: a gazetteer entry, or an unknown actor of ``type``."""

    start: int
    end: int
    rule: str
    entry: str | None = None
    type: str | None = None

    @property
    def priority(self) -> int:
        return PRIORITY[self.rule.split(":", 1)[0]]


@dataclass(frozen=True)
class TitleMatch:
    start: int
    end: int
    role: str


def _select(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then the more trusted rule, then leftmost."""
    taken: set[int] = set()
    chosen = []
    for c in sorted(candidates, key=lambda c: (c.start - c.end, -c.priority, c.start)):
        if not taken.intersection(range(c.start, c.end)):
            chosen.append(c)
            taken.update(range(c.start, c.end))
    return sorted(chosen, key=lambda c: c.start)


def _capitalised(token: Token) -> bool:
    text = token.text
    return len(text) > 1 and text[0].isupper() and any(c.isalpha() for c in text[1:]) and not text.isupper()


class ActorRecognizer:
    """The ``kg_actors`` component: ``nlp.add_pipe("kg_actors")`` after the tagger/NER."""

    def __init__(self, nlp: Language, name: str, aliases: Sequence[str] = ()) -> None:
        self.name = name
        self.lang = nlp.lang
        self.has_ner = "ner" in nlp.pipe_names
        self._actors: dict[str, Actor] = {}
        self._lookup = functools.lru_cache(maxsize=16384)(lambda text: tuple(self.gazetteer.lookup(text, self.lang)))
        self.gazetteer = Gazetteer.load(extra=tuple(Path(p) for p in aliases))
        self.rules = load_rules()
        self.prepositions = self.rules.prepositions.get(self.lang, frozenset())
        self.determiners = self.rules.determiners.get(self.lang, frozenset())
        self.pronouns = self.rules.pronouns.get(self.lang, {})
        self.kinds: dict[tuple[str, str], str] = {}
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._add_gazetteer_patterns(nlp)
        self.non_actors = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.non_actors.add("non-actor", list(nlp.tokenizer.pipe(self.gazetteer.non_actors(self.lang))))
        self.title_exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.title_folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        for title in self.gazetteer.titles(self.lang):
            target = self.title_exact if title.case_sensitive else self.title_folded
            target.add(title.role, [nlp.make_doc(title.text)])
        self.cues = PhraseMatcher(nlp.vocab, attr="LOWER")
        for cue in self.rules.cues:
            if cue.lang == self.lang:
                self.cues.add(cue.type, [nlp.make_doc(cue.text)])
        self.surname_of, self.people_by_surname = self._surnames()
        self.surnames = PhraseMatcher(nlp.vocab, attr="ORTH")
        for surname in sorted(self.people_by_surname):
            self.surnames.add("surname", [nlp.make_doc(surname)])
        self.given = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.given.add("given", list(nlp.tokenizer.pipe(sorted(self.rules.given_names))))

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

    def _surnames(self) -> tuple[dict[str, tuple[str, ...]], dict[str, set[str]]]:
        """Each known person's surnames, and the people each surname may stand for."""
        family_first = {o.person for o in self._offices() if o.of in self.rules.family_first}
        surname_of: dict[str, tuple[str, ...]] = {}
        by_surname: dict[str, set[str]] = defaultdict(set)
        for entry in self.gazetteer.entries.values():
            if entry.type != "Person":
                continue
            forms = {s for a in entry.aliases for s in self.surnames_in(a.text, entry.id in family_first)}
            # news often drops diacritics ("Erdogan" for "Erdoğan"): both spellings resolve
            forms |= {normalize(form, case_sensitive=True) for form in forms}
            surname_of[entry.id] = tuple(sorted(forms))
            for form in forms:
                if form not in self.rules.not_surnames:
                    by_surname[form].add(entry.id)
        return surname_of, by_surname

    def _offices(self) -> list[Office]:
        return [o for entry in self.gazetteer.entries.values() if entry.type == "Person" for o in self.gazetteer.offices(entry.id)]

    def surnames_in(self, name: str, family_first: bool = False) -> set[str]:
        """The forms of a full name that stand for the person alone: "Ursula von der Leyen" →
        {"Leyen", "von der Leyen"}, "Bashar al-Assad" → {"al-Assad", "Assad"}, "Xi Jinping" → {"Xi"}."""
        words = [w for w in name.split() if w not in self.rules.suffixes]
        if len(words) < 2:
            return set()
        if family_first:
            return {words[0]}
        last = words[-1]
        found = {last}
        start = len(words) - 1
        while start > 1 and words[start - 1] in self.rules.particles:
            start -= 1
        if start < len(words) - 1:
            found.add(" ".join(words[start:]))
        for prefix in self.rules.prefixes:
            if last.startswith(prefix) and len(last) > len(prefix) + 1:
                found.add(last[len(prefix):])
        return {f for f in found if len(f) > 1 and f[0].isupper() or " " in f}

    # --- the component -----------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        titles = self._titles(doc)
        gazetteer = self._gazetteer_candidates(doc)
        candidates = gazetteer + self._ner_candidates(doc, titles) + self._cue_candidates(doc, titles, gazetteer)
        candidates += self._given_name_candidates(doc) + self._surname_candidates(doc)
        if not self.has_ner:
            candidates += self._pair_candidates(doc)
        candidates += [Candidate(start, end, "non-actor") for _, start, end in self.non_actors(doc)]
        chosen = [c for c in _select(_without_compounds(doc, candidates)) if c.rule != "non-actor"]
        resolved, short_forms = self._resolve(doc, chosen)
        resolved += self._late_short_forms(doc, resolved, short_forms)
        titles = [
            t for t in titles if self._current(doc, t) and not any(m.start < t.end and t.start < m.end for m, _ in resolved)
        ]
        facts, described = self._title_facts(doc, titles, resolved)
        resolved += self._role_mentions(doc, titles, resolved, described)
        resolved.sort(key=lambda pair: pair[0].start)
        resolved += self._pronoun_mentions(doc, resolved)
        resolved.sort(key=lambda pair: pair[0].start)
        doc._.kg_mentions = [mention for _, mention in resolved]
        doc._.kg_facts = facts
        doc.spans["kg_actors"] = [
            Span(doc, span.start, span.end, label=m.actor.type, kb_id=m.actor.iri) for span, m in resolved
        ]
        return doc

    # --- recognisers --------------------------------------------------------------------

    def _titles(self, doc: Doc) -> list[TitleMatch]:
        found = [
            TitleMatch(start, end, doc.vocab.strings[match_id])
            for matcher in (self.title_exact, self.title_folded)
            for match_id, start, end in matcher(doc)
        ]
        # "secretary of state" rather than "state"; "prime minister" rather than "minister"
        taken: set[int] = set()
        kept = []
        for t in sorted(found, key=lambda t: (t.start - t.end, t.start)):
            if not taken.intersection(range(t.start, t.end)):
                kept.append(t)
                taken.update(range(t.start, t.end))
        return sorted(kept, key=lambda t: t.start)

    def _current(self, doc: Doc, title: TitleMatch) -> bool:
        """False for "former president", "President-elect": the title names no current office holder."""
        words = self.rules.not_current.get(self.lang, {})
        before = [t.lower_ for t in doc[max(0, title.start - 2) : title.start] if t.text != "-"][-1:]
        after = [t.lower_ for t in doc[title.end : title.end + 2] if t.text != "-"][:1]
        return not (set(before) & words.get("before", set()) or set(after) & words.get("after", set()))

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

    def _inside_place_name(self, doc: Doc, start: int, end: int) -> bool:
        """"the Taiwan Strait", "lo Stretto di Taiwan", "the Sea of Japan": a place, not the state."""
        def place_word(i: int) -> bool:
            return 0 <= i < len(doc) and _capitalised(doc[i]) and self.rules.org_heads.get(doc[i].lower_) == "place"

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

    def _ner_candidates(self, doc: Doc, titles: list[TitleMatch]) -> list[Candidate]:
        """spaCy's PERSON and ORG entities, trimmed, checked against the gazetteer and typed."""
        if not doc.has_annotation("ENT_IOB"):
            return []
        title_tokens = {i for t in titles for i in range(t.start, t.end)}
        found = []
        for ent in doc.ents:
            if ent.label_ not in ("PERSON", "ORG"):
                continue
            span = self._trim(ent, title_tokens)
            if span is None:
                continue
            known = self._lookup(span.text)
            if known:
                entry = known[0]
                kind = self.kinds.get((entry.id, _key(span.text)), "alias")
                rule = f"gazetteer:{kind}" + ("" if entry.type in NER_AGREES[ent.label_] else f":over-ner-{ent.label_}")
                found.append(Candidate(span.start, span.end, rule, entry=entry.id))
            elif ent.label_ == "PERSON":
                found.append(Candidate(span.start, span.end, "ner:PERSON", type="Person"))
            else:
                type_ = self._organisation_type(span)
                if type_ is not None:
                    found.append(Candidate(span.start, span.end, "ner:ORG", type=type_))
        return found

    def _trim(self, ent: Span, title_tokens: set[int]) -> Span | None:
        """Drop leading determiners, titles and honorifics, and a trailing possessive."""
        doc, start, end = ent.doc, ent.start, ent.end
        while start < end and (doc[start].lower_ in self.determiners or start in title_tokens):
            start += 1
        while end > start and doc[end - 1].text in ("'s", "’s", "'", "’"):
            end -= 1
        if end <= start or not any(_capitalised(t) or t.is_upper for t in doc[start:end]):
            return None  # "congress", "the government": not a name
        if any(i in title_tokens for i in range(start, end)):
            return None  # "Secretary of State", "Foreign Minister": a title, not an actor
        return doc[start:end]

    def _organisation_type(self, span: Span) -> str | None:
        """The type of an unknown organisation from its words (``org_heads.tsv``); None = not an actor."""
        for token in reversed(span):
            type_ = self.rules.org_heads.get(token.lower_)
            if type_ is not None:
                return None if type_ in ("-", "place") else type_
        return "Organization"

    def _cue_candidates(self, doc: Doc, titles: list[TitleMatch], gazetteer: list[Candidate]) -> list[Candidate]:
        """Capitalised names right after a title or cue word, past a state or organisation named with it."""
        cues = [(t.start, t.end, "Person") for t in titles]
        cues += [(start, end, doc.vocab.strings[match_id]) for match_id, start, end in self.cues(doc)]
        known_at = {c.start: c for c in gazetteer if self.gazetteer.get(c.entry).type != "Person"}
        cue_tokens = {i for start, end, _ in cues for i in range(start, end)}
        found = []
        for start, end, type_ in cues:
            position = self._skip_holder(doc, end, known_at)
            if position < len(doc) and doc[position].text in (".",):
                position += 1  # "Dott. Ferri" tokenised as "Dott" "."
            name_end = self._name_end(doc, position, cue_tokens)
            if name_end == position:
                continue
            length = name_end - position
            if type_ == "Person" and length == 1 and doc[position].text not in self.people_by_surname:
                continue  # one word after "General" is too often "General Motors"
            found.append(Candidate(position, name_end, f"cue:{type_}", type=type_))
        return found

    def _skip_holder(self, doc: Doc, position: int, known_at: dict[int, Candidate]) -> int:
        """Past "russo", "del Cremlino", "of the International Atomic Energy Agency" after a title."""
        while position < len(doc):
            if position in known_at:
                position = known_at[position].end
                continue
            step = position
            while step < len(doc) and step - position < 2 and (doc[step].lower_ in self.prepositions or doc[step].lower_ in self.determiners):
                step += 1
            if step > position and step in known_at:
                position = known_at[step].end
                continue
            break
        return position

    def _name_end(self, doc: Doc, start: int, stop: set[int] = frozenset()) -> int:
        """End of the run of capitalised words (with name particles and hyphens) from ``start``,
        not into ``stop`` (the tokens of titles and cue words: "Deputy Prime Minister Yulia …")."""
        end = start
        while end < len(doc) and end - start < _MAX_NAME_TOKENS and end not in stop:
            token = doc[end]
            if _capitalised(token):
                end += 1
            elif (
                end > start
                and token.text in self.rules.particles
                and token.text not in self.prepositions  # "Giovanni Orsina della Luiss": "of", not a particle
                and end + 1 < len(doc)
                and _capitalised(doc[end + 1])
            ):
                end += 1
            elif end > start and token.text == "-" and not doc[end - 1].whitespace_ and end + 1 < len(doc) and _capitalised(doc[end + 1]):
                end += 1
            else:
                break
            if end < len(doc) and doc[end].is_sent_start:
                break
        return end

    def _given_name_candidates(self, doc: Doc) -> list[Candidate]:
        """A known given name followed by capitalised words and not inside a longer proper noun."""
        found = []
        for _, start, _ in self.given(doc):
            if start > 0 and _capitalised(doc[start - 1]) and not doc[start - 1].is_sent_start:
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
            if token.is_sent_start or doc[i + 1].is_sent_start or not all(_capitalised(t) and t.is_alpha for t in pair):
                continue
            if _capitalised(doc[i - 1]) or (i + 2 < len(doc) and _capitalised(doc[i + 2])):
                continue
            if any(t.lower_ in self.rules.org_heads or simplemma.is_known(t.lower_, lang=self.lang) for t in pair):
                continue
            found.append(Candidate(i, i + 2, "pair:Person", type="Person"))
        return found

    def _surname_candidates(self, doc: Doc) -> list[Candidate]:
        return [Candidate(start, end, "surname:Person", type="Person") for _, start, end in self.surnames(doc)]

    # --- resolution ----------------------------------------------------------------------

    def _resolve(self, doc: Doc, chosen: list[Candidate]) -> tuple[list[tuple[Span, Mention]], dict[str, tuple[Actor, str]]]:
        """Candidates to mentions; short forms resolve to the full names and long forms of this document.

        Also returns the document's short forms (surname or acronym → actor, rule) for :meth:`_late_short_forms`.
        """
        people: dict[str, Actor] = {}
        for c in chosen:
            if c.entry is not None and self.gazetteer.get(c.entry).type == "Person":
                for surname in self.surname_of.get(c.entry, ()):
                    people.setdefault(surname, self._actor(c.entry))
            elif c.entry is None and c.type == "Person" and c.end - c.start > 1:
                name = _name_text(doc[c.start : c.end])
                for surname in self.surnames_in(name):
                    people.setdefault(surname, self._unknown(name, "Person"))
        acronyms = self._defined_acronyms(doc, chosen)
        long_forms: list[tuple[tuple[str, ...], Actor]] = []
        resolved = []
        for c in chosen:
            span = doc[c.start : c.end]
            actor, rule = self._actor_for(span, c, people, acronyms, long_forms)
            if actor is None:
                continue
            if actor.type != "Person" and len(span) > 1:
                long_forms.append((tuple(t.lower_ for t in span), actor))
            resolved.append((span, Mention(span.start_char, span.end_char, span.text, actor, rule)))
        short_forms = {k: (v, "surname:in-document") for k, v in people.items() if not self._known(v) and " " not in k}
        short_forms.update({k: (v, "acronym:defined-in-text") for k, v in acronyms.items()})
        return resolved, short_forms

    def _actor_for(
        self,
        span: Span,
        c: Candidate,
        people: dict[str, Actor],
        acronyms: dict[str, Actor],
        long_forms: list[tuple[tuple[str, ...], Actor]],
    ) -> tuple[Actor | None, str]:
        if c.entry is not None:
            return self._actor(c.entry), c.rule
        text = _name_text(span)
        # the model's label is unreliable on lone surnames ("Trump's" as ORG): the people of the text decide
        overruled = "" if c.type == "Person" else f":over-{c.rule.replace(':', '-')}"
        if text[:1].isupper() and text[:1].lower() + text[1:] in people:
            text = text[:1].lower() + text[1:]  # "Von der Leyen" opening a sentence
        if text in people:
            return people[text], "surname:in-document" + overruled
        ids = self.people_by_surname.get(text, ())
        if len(ids) == 1:
            return self._actor(next(iter(ids))), "surname:gazetteer" + overruled
        if c.type == "Person":
            if len(span) == 1 or c.rule.startswith("surname"):
                return None, ""  # a lone unknown word: too often a place the model took for a person
            return self._unknown(text, "Person"), c.rule
        if text in acronyms:
            return acronyms[text], "acronym:defined-in-text"
        words = tuple(t.lower_ for t in span)
        if span.text.isupper() and len(span) == 1:
            initials = {actor for _, actor in long_forms if _initials(actor.name) == span.text}
            if len(initials) == 1:
                return initials.pop(), "acronym:initials"
        # "the Commission" after "the European Commission"; "the Council" after two councils stays unresolved
        containing = {actor for form, actor in long_forms if _contains(form, words)}
        if len(containing) == 1:
            return containing.pop(), "short-form:in-document"
        if containing:
            return None, ""
        return self._unknown(text, c.type or "Organization"), c.rule

    def _actor(self, entry_id: str) -> Actor:
        """The canonical ``Actor`` of a gazetteer entry (built once: documents share them)."""
        if entry_id not in self._actors:
            self._actors[entry_id] = actor_of(self.gazetteer.get(entry_id))
        return self._actors[entry_id]

    def _known(self, actor: Actor) -> bool:
        return actor.iri.removeprefix(ACTOR_BASE) in self.gazetteer.entries

    def _unknown(self, name: str, type_: str) -> Actor:
        return Actor(iri=actor_iri(name), name=name, type=type_, aliases=(name,))

    def _defined_acronyms(self, doc: Doc, chosen: list[Candidate]) -> dict[str, Actor]:
        """"Long Form (LF)": the acronym in brackets right after an unknown organisation names it."""
        found = {}
        for c in chosen:
            if c.entry is not None or c.type == "Person" or c.end + 2 >= len(doc):
                continue
            if doc[c.end].text == "(" and doc[c.end + 2].text == ")" and doc[c.end + 1].is_upper:
                found[doc[c.end + 1].text] = self._unknown(_name_text(doc[c.start : c.end]), c.type or "Organization")
        return found

    def _late_short_forms(
        self, doc: Doc, resolved: list[tuple[Span, Mention]], short_forms: dict[str, tuple[Actor, str]]
    ) -> list[tuple[Span, Mention]]:
        """Where no recogniser saw them: surnames of unknown people, acronyms defined in the text, and
        the head word of an organisation named in full, after an article ("the Commission", "la
        Commissione" after "the European Commission"; a word heading two organisations is left alone)."""
        heads: dict[str, set[Actor]] = defaultdict(set)
        for span, mention in resolved:
            if mention.actor.type not in ("Person", "State") and len(span) > 1:
                for token in span:
                    if _capitalised(token) and len(token) >= 5:
                        heads[token.text].add(mention.actor)
        covered = {i for span, _ in resolved for i in range(span.start, span.end)}
        found = []
        for token in doc:
            if token.i in covered:
                continue
            if token.text in short_forms:
                actor, rule = short_forms[token.text]
            elif len(heads.get(token.text, ())) == 1 and token.i > 0 and doc[token.i - 1].lower_ in self.determiners:
                actor, rule = next(iter(heads[token.text])), "short-form:in-document"
            else:
                continue
            found.append((doc[token.i : token.i + 1], Mention(token.idx, token.idx + len(token), token.text, actor, rule)))
        return found

    # --- titles ----------------------------------------------------------------------------

    def _title_facts(
        self, doc: Doc, titles: list[TitleMatch], resolved: list[tuple[Span, Mention]]
    ) -> tuple[list[Relation], set[int]]:
        """"Russian President Vladimir Putin", "Laura Bianchi, an analyst at ISPI" → facts.

        Returns the facts and the titles (by start token) that describe a named person.
        """
        starts = {span.start: (span, m) for span, m in resolved}
        ends = {span.end: (span, m) for span, m in resolved}
        date = _date(doc._.kg_date)
        facts, described = [], set()
        for title in titles:
            after = self._after_holder(doc, title.end, starts)
            person = _person_at(starts, after) or (_person_at(starts, after + 1) if after < len(doc) and doc[after].text == "," else None)
            if person is None:
                person = self._apposition_subject(doc, title, ends)
            if person is None:
                continue
            described.add(title.start)
            named = self._holder(doc, title, starts, ends)
            holder = named[1].actor if named is not None else self._office_of(person[1].actor, title.role, date)
            role = self.rules.roles.get(title.role)
            if holder is None or role is None or holder.iri == person[1].actor.iri:
                continue
            sentence = doc[title.start].sent
            facts.append(
                Relation(
                    subject=person[1].actor,
                    relation=role.fact,
                    object=holder,
                    evidence=Evidence(sentence.text, sentence.start_char, sentence.end_char),
                    confidence=0.9,
                    predicate_text=doc[title.start : title.end].text,
                    rule=f"title:{title.role}",
                )
            )
        return facts, described

    def _after_holder(self, doc: Doc, position: int, starts: dict[int, tuple[Span, Mention]]) -> int:
        known = {i: Candidate(s.start, s.end, "gazetteer:-") for i, (s, m) in starts.items() if m.actor.type != "Person"}
        return self._skip_holder(doc, position, known)

    def _holder(
        self, doc: Doc, title: TitleMatch, starts: dict[int, tuple[Span, Mention]], ends: dict[int, tuple[Span, Mention]]
    ) -> tuple[Span, Mention] | None:
        """The state or organisation named with a title: just before it ("Russian President",
        "Russia's president") or just after it ("presidente russo", "analyst at ISPI")."""
        before = title.start - 1 if title.start > 0 and doc[title.start - 1].text in ("'s", "’s") else title.start
        left = ends.get(before)
        if left is not None:
            return left if left[1].actor.type != "Person" else None
        position = title.end
        while position < len(doc) and position - title.end < 3:
            found = starts.get(position)
            if found is not None:
                return found if found[1].actor.type != "Person" else None
            if doc[position].lower_ not in self.prepositions and doc[position].lower_ not in self.determiners:
                return None
            position += 1
        return None

    def _apposition_subject(
        self, doc: Doc, title: TitleMatch, ends: dict[int, tuple[Span, Mention]]
    ) -> tuple[Span, Mention] | None:
        """"Keir Starmer, the British prime minister", "Laura Bianchi, a Middle East analyst at ISPI":
        the person right before the comma, with at most a few determiners, adjectives or names between."""
        position = title.start - 1
        for _ in range(_MAX_APPOSITION_MODIFIERS + 1):
            if position < 1 or doc[position].text == ",":
                break
            token = doc[position]
            if not (token.lower_ in self.determiners or _capitalised(token) or token.is_upper or token.pos_ == "ADJ"):
                return None
            position -= 1
        if position < 1 or doc[position].text != ",":
            return None
        found = ends.get(position)
        return found if found is not None and found[1].actor.type == "Person" else None

    def _office_of(self, person: Actor, role: str, date: dt.date | None) -> Actor | None:
        """The state or organisation where a known person holds ``role`` (on ``date`` when given)."""
        person_id = person.iri.removeprefix(ACTOR_BASE)
        if person_id not in self.gazetteer.entries:
            return None
        offices = [o for o in self.gazetteer.offices(person_id) if o.role == role]
        if date is not None:
            offices = [o for o in offices if o.held_on(date)] or offices
        return self._actor(offices[-1].of) if offices else None

    def _role_mentions(
        self, doc: Doc, titles: list[TitleMatch], resolved: list[tuple[Span, Mention]], described: set[int]
    ) -> list[tuple[Span, Mention]]:
        """"the Russian president" with no name: the office holder on the document's date."""
        starts = {span.start: (span, m) for span, m in resolved}
        ends = {span.end: (span, m) for span, m in resolved}
        date = _date(doc._.kg_date)
        found = []
        for title in titles:
            role = self.rules.roles.get(title.role)
            if title.start in described or role is None or not role.unique:
                continue
            holder = self._holder(doc, title, starts, ends)
            if holder is None:
                continue
            entry = self.gazetteer.office_holder(title.role, holder[1].actor.iri.removeprefix(ACTOR_BASE), date)
            if entry is None:
                continue
            # the holder keeps its own mention: "the Russian president" mentions Russia and its president
            span = doc[min(holder[0].start, title.start) : max(holder[0].end, title.end)]
            found.append((span, Mention(span.start_char, span.end_char, span.text, self._actor(entry.id), f"role:{title.role}")))
        return found

    # --- pronouns ------------------------------------------------------------------------

    def _pronoun_mentions(self, doc: Doc, resolved: list[tuple[Span, Mention]]) -> list[tuple[Span, Mention]]:
        """A pronoun opening a sentence stands for the previous sentence's subject (``pronouns.tsv``)."""
        if not self.pronouns:
            return []
        found = []
        previous: Span | None = None
        for sentence in doc.sents:
            first = next((t for t in sentence if not (t.is_punct or t.is_space)), None)
            types = self.pronouns.get(first.lower_) if first is not None else None
            if types and previous is not None:
                referent = self._subject_of(previous, resolved, types)
                if referent is not None:
                    span = doc[first.i : first.i + 1]
                    found.append((span, Mention(first.idx, first.idx + len(first), first.text, referent, f"pronoun:{first.lower_}")))
            previous = sentence
        return found

    def _subject_of(self, sentence: Span, resolved: list[tuple[Span, Mention]], types: tuple[str, ...]) -> Actor | None:
        """The actor that is the grammatical subject of ``sentence`` (its first word without a parse)."""
        for span, mention in resolved:
            if not (sentence.start <= span.start and span.end <= sentence.end) or mention.actor.type not in types:
                continue
            if span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.dep_ == "ROOT":
                return mention.actor
            if not span.doc.has_annotation("DEP") and span.start == sentence.start:
                return mention.actor
        return None


# --- helpers ------------------------------------------------------------------------------


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


def _person_at(starts: dict[int, tuple[Span, Mention]], position: int) -> tuple[Span, Mention] | None:
    found = starts.get(position)
    return found if found is not None and found[1].actor.type == "Person" else None


def _name_text(span: Span) -> str:
    """The name a span gives, without a leading article and with hyphens kept tight."""
    return re.sub(r"\s*-\s*", "-", span.text).strip()


def _contains(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    return len(short) < len(long) and any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


_key = functools.lru_cache(maxsize=65536)(normalize)


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


@Language.factory("kg_actors", default_config={"aliases": []})
def make_actor_recognizer(nlp: Language, name: str, aliases: list[str]) -> ActorRecognizer:
    """Entry point ``spacy_factories: kg_actors``; ``aliases`` are extra user alias files."""
    return ActorRecognizer(nlp, name, aliases)
