"""Actors stage: the ``kg_actors`` spaCy component finds actor mentions and resolves them.

Recognition, in order of trust:

1. the gazetteer (names, aliases, acronyms, demonyms, capitals and seats of power),
   matched with spaCy PhraseMatchers, longest match first;
2. surnames of people the gazetteer knows, or whose full name appeared earlier in the
   document ("Vladimir Putin … Putin");
3. titles with a state or organisation ("the Russian president", "il presidente russo"),
   resolved to the office holder on the document's date;
4. spaCy's statistical entities (PERSON, ORG, NORP, GPE) for actors the gazetteer lacks;
   where the gazetteer knows the name, its type wins over the statistical label.

Results land on ``doc._.kg_mentions`` (``Mention`` values, offsets relative to the Doc)
and ``doc.spans["kg_actors"]`` (label = actor type, ``kb_id_`` = IRI) for displaCy.
Titles that tie a person to a state or organisation ("Russian President Vladimir Putin")
become facts on ``doc._.kg_facts`` (``leaderOf`` / ``affiliatedWith`` relations).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.gazetteer import ACTOR_BASE, Entry, Gazetteer
from kg.model import Actor, Evidence, Mention, Relation
from kg.settings import ONTOLOGIES

Doc.set_extension("kg_date", default=None, force=True)
Doc.set_extension("kg_mentions", default=None, force=True)
Doc.set_extension("kg_facts", default=None, force=True)

# spaCy's labels that can name an actor, and the type an unknown one gets.
NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "NORP": None, "GPE": None}
_STRIP = re.compile(r"^(the|la|il|lo|l'|le|gli|i)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class RoleFact:
    role: str
    fact: str


@functools.lru_cache(maxsize=2)
def load_roles(path: Path = ONTOLOGIES / "roles.tsv") -> dict[str, str]:
    """``role -> fact`` (``president -> leaderOf``) from ``ontologies/roles.tsv``."""
    with path.open(encoding="utf-8") as handle:
        rows = [r for r in csv.reader(handle, delimiter="\t") if r and not r[0].startswith("#")]
    return {row[0]: row[1] for row in rows}


def actor_iri(name: str) -> str:
    """The stable IRI of an actor the gazetteer does not know: from its normalised name."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return ACTOR_BASE + (re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-") or "unnamed")


def actor_of(entry: Entry) -> Actor:
    aliases = tuple(sorted({a.text for a in entry.aliases} | set(entry.names.values())))
    return Actor(iri=entry.iri, name=entry.name, type=entry.type, aliases=aliases, wikidata=entry.wikidata)


def _case_sensitive(surface: str) -> bool:
    """Acronyms and short forms match only as written ("US" but never "us")."""
    letters = [c for c in surface if c.isalpha()]
    return len(letters) <= 3 or surface.isupper()


class ActorRecognizer:
    """The ``kg_actors`` component: ``nlp.add_pipe("kg_actors")`` after the tagger/NER."""

    def __init__(self, nlp: Language, name: str, aliases: Sequence[str] = ()) -> None:
        self.name = name
        self.lang = nlp.lang
        self.gazetteer = Gazetteer.load(extra=tuple(Path(p) for p in aliases))
        self.roles = load_roles()
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.titles = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.kinds: dict[tuple[str, str], str] = {}
        exact, folded = {}, {}
        for surface, entry_id, kind in self.gazetteer.surface_forms(self.lang):
            surface = _STRIP.sub("", surface) if kind != "acronym" else surface
            if not surface:
                continue
            target = exact if _case_sensitive(surface) else folded
            target.setdefault(entry_id, set()).add(surface)
            self.kinds[(entry_id, surface.lower())] = kind
        for entry_id, surfaces in exact.items():
            self.exact.add(entry_id, list(nlp.tokenizer.pipe(sorted(surfaces))))
        for entry_id, surfaces in folded.items():
            self.folded.add(entry_id, list(nlp.tokenizer.pipe(sorted(surfaces))))
        for title in self.gazetteer.titles(self.lang):
            self.titles.add(title.role, [nlp.make_doc(title.text)])
        self.surnames = self._unique_surnames()

    def _unique_surnames(self) -> dict[str, str]:
        """Surnames that name exactly one known person, so "Putin" alone is Vladimir Putin."""
        seen: dict[str, set[str]] = {}
        for entry in self.gazetteer.entries.values():
            if entry.type == "Person" and " " in entry.name:
                seen.setdefault(entry.name.split()[-1], set()).add(entry.id)
        return {surname: next(iter(ids)) for surname, ids in seen.items() if len(ids) == 1}

    def __call__(self, doc: Doc) -> Doc:
        spans = self._gazetteer_spans(doc)
        spans = filter_spans(spans + self._ner_spans(doc))
        mentions = self._resolve(doc, spans)
        roles = self._role_mentions(doc, mentions)
        mentions = [m for m in mentions if not any(r.start <= m.start and m.end <= r.end for r in roles)]
        mentions = sorted(mentions + roles, key=lambda m: m.start)
        doc._.kg_mentions = mentions
        doc._.kg_facts = self._title_facts(doc, mentions)
        group = []
        for m in mentions:
            span = doc.char_span(m.start, m.end, label=m.actor.type, kb_id=m.actor.iri)
            if span is not None:
                group.append(span)
        doc.spans["kg_actors"] = group
        return doc

    def _gazetteer_spans(self, doc: Doc) -> list[Span]:
        spans = []
        for matcher in (self.exact, self.folded):
            for match_id, start, end in matcher(doc):
                spans.append(Span(doc, start, end, label="GAZ", kb_id=doc.vocab.strings[match_id]))
        return spans

    def _ner_spans(self, doc: Doc) -> list[Span]:
        extra = []
        for ent in doc.ents:
            if ent.label_ not in NER_TYPES:
                continue
            ent = _trim(ent)
            if ent is None:
                continue
            found = self.gazetteer.lookup(ent.text, self.lang)
            if found:
                extra.append(Span(doc, ent.start, ent.end, label="GAZ", kb_id=found[0].id))
            elif NER_TYPES[ent.label_] is not None:
                extra.append(Span(doc, ent.start, ent.end, label=ent.label_))
        return extra

    def _resolve(self, doc: Doc, spans: Iterable[Span]) -> list[Mention]:
        """Spans to mentions; single names resolve to a full name seen earlier or a known surname."""
        mentions: list[Mention] = []
        full_names: dict[str, Actor] = {}
        for span in sorted(spans, key=lambda s: s.start):
            actor, rule = self._actor_for(span, full_names)
            if actor is None:
                continue
            if actor.type == "Person" and " " in span.text:
                full_names[span.text.split()[-1]] = actor
            mentions.append(Mention(span.start_char, span.end_char, span.text, actor, rule))
        return mentions

    def _actor_for(self, span: Span, full_names: dict[str, Actor]) -> tuple[Actor | None, str]:
        if span.label_ == "GAZ":
            entry = self.gazetteer.get(span.kb_id_)
            kind = self.kinds.get((entry.id, _STRIP.sub("", span.text).lower()), "alias")
            return actor_of(entry), f"gazetteer:{kind}"
        text = span.text
        last = text.split()[-1]
        if " " not in text and text in full_names:
            return full_names[text], "surname:earlier-full-name"
        if " " not in text and text in self.surnames:
            return actor_of(self.gazetteer.get(self.surnames[text])), "surname:gazetteer"
        if " " in text and last in self.surnames and span.label_ == "PERSON":
            entry = self.gazetteer.get(self.surnames[last])
            if entry.name.split()[0][0] == text.split()[0][0]:
                return actor_of(entry), "surname:gazetteer"
        type_ = NER_TYPES.get(span.label_)
        if type_ is None:
            return None, ""
        return Actor(iri=actor_iri(text), name=text, type=type_, aliases=(text,)), f"ner:{span.label_}"

    def _role_mentions(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"the Russian president" with no name after it: the office holder on the document's date."""
        named = {i for m in mentions if m.actor.type == "Person" for i in range(m.start, m.end)}
        found = []
        date = _date(doc._.kg_date)
        for match_id, start, end in self.titles(doc):
            following = doc[end : end + 3]
            if any(t.idx in named for t in following):
                continue  # "President Vladimir Putin": the name itself is the mention
            holder = self._holder_scope(doc, start, end, mentions)
            if holder is None:
                continue
            role = doc.vocab.strings[match_id]
            entry = self.gazetteer.office_holder(role, holder.actor.iri.removeprefix(ACTOR_BASE), date)
            if entry is None:
                continue
            span_start = min(doc[start].idx, holder.start)
            span_end = max(doc[end - 1].idx + len(doc[end - 1]), holder.end)
            found.append(Mention(span_start, span_end, doc.text[span_start:span_end], actor_of(entry), f"role:{role}"))
        return found

    def _holder_scope(self, doc: Doc, start: int, end: int, mentions: list[Mention]) -> Mention | None:
        """The state or organisation a title belongs to: within three tokens before or after it."""
        last = doc[min(len(doc) - 1, end + 2)]
        window_start, window_end = doc[max(0, start - 3)].idx, last.idx + len(last)
        for m in mentions:
            if m.actor.type != "Person" and window_start <= m.start and m.end <= window_end:
                return m
        return None

    def _title_facts(self, doc: Doc, mentions: list[Mention]) -> list[Relation]:
        """"Russian President Vladimir Putin" → Vladimir Putin leaderOf Russia."""
        facts = []
        by_start = {m.start: m for m in mentions}
        for match_id, start, end in self.titles(doc):
            role = doc.vocab.strings[match_id]
            fact = self.roles.get(role)
            if fact is None or end >= len(doc):
                continue
            person = by_start.get(doc[end].idx)
            if person is None and end + 1 < len(doc) and doc[end].is_punct:
                person = by_start.get(doc[end + 1].idx)
            if person is None or person.actor.type != "Person":
                continue
            holder = self._holder_scope(doc, start, end, mentions)
            if holder is None:
                continue
            sentence = doc[start].sent
            facts.append(
                Relation(
                    subject=person.actor,
                    relation=fact,
                    object=holder.actor,
                    evidence=Evidence(sentence.text, sentence.start_char, sentence.end_char),
                    confidence=0.9,
                    predicate_text=doc[start:end].text,
                    rule=f"title:{role}",
                )
            )
        return facts


def _trim(ent: Span) -> Span | None:
    """Drop a leading determiner and a trailing possessive ("the Kremlin's" → "Kremlin")."""
    start, end = ent.start, ent.end
    while start < end and ent.doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and ent.doc[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1
    return ent.doc[start:end] if end > start else None


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
