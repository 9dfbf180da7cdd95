"""WordNet generalises the lexicon: an unlisted verb or noun takes the relation of a listed trigger it is a synonym or hyponym of.

The listed triggers (``ontologies/lexicon/en.tsv``) are written by hand; WordNet 3.0 (Debian's
``wordnet-base``, the WNDB files under ``/usr/share/wordnet``) knows thousands of words
they do not list. ``derive`` walks from every bare trigger lemma to the other words of its
synsets and to their direct hyponyms, and keeps a word only when the synset is the word's
own most frequent sense (and a hyponym only of a synset specific enough to have few) — "lambast" (whose first sense is "criticize severely")
becomes ``criticizes``, while "shell" (first sense: remove the husk) does not become
``attacks``. That sense must also hold most of the word's uses in WordNet's sense-tagged corpus
(``cntlist.rev``), where it has any: "ignore" is "snub" in only 17 of its 40 tagged uses, so it is no refusal.
A word reached from triggers of different relations is left out.

The result is data, written once by ``kg lexicon wordnet`` to
``ontologies/lexicon/en.wordnet.tsv`` (shipped in the wheel, so WordNet is not needed at
run time) and read after ``en.tsv``, whose rows always win.

>>> wn = WordNet.open()                                        # doctest: +SKIP
>>> [row.lemma for row in derive(load_lexicon("en", derived=False), wn)][:3]   # doctest: +SKIP
['abduct', 'abuse', 'accolade']
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from kg.actors.rules import load_rules
from kg.errors import ResourceError
from kg.relations.lexicon import Lexicon, Trigger
from kg.vocab import vocabulary

DEBIAN_WORDNET = Path("/usr/share/wordnet")
POS = {"verb": "verb", "noun": "noun"}  # lexicon frame -> WNDB file suffix
SENSE_KEY_POS = {"1": "noun", "2": "verb"}  # the digit after "%" in a sense key
DOMINANT_SENSES = 1  # both the trigger's synset and the derived word's are their most frequent sense
MAX_HYPONYMS = 12  # a synset with more hyponyms is too general to lend them its relation ("speak", "supply")
HEADER = (
    "# Derived by `kg lexicon wordnet` from WordNet 3.0 (Debian wordnet-base): words that are a synonym\n"
    "# or direct hyponym of a bare trigger of en.tsv, each in its own most frequent sense (most of its tagged uses).\n"
    "# Do not edit: add a row to en.tsv instead (its rows win); regenerate after changing en.tsv.\n"
)


# The lexicographer files of WordNet 3.0, by number (the second field of a data line).
LEXNAMES = (
    "adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body noun.cognition "
    "noun.communication noun.event noun.feeling noun.food noun.group noun.location noun.motive noun.object noun.person "
    "noun.phenomenon noun.plant noun.possession noun.process noun.quantity noun.relation noun.shape noun.state "
    "noun.substance noun.time verb.body verb.change verb.cognition verb.communication verb.competition "
    "verb.consumption verb.contact verb.creation verb.emotion verb.motion verb.perception verb.possession "
    "verb.social verb.stative verb.weather adj.ppl"
).split()
MIN_FIELD = 3  # a relation lends words only from lexicographer files where three of its triggers live


@dataclass(frozen=True)
class Synset:
    offset: str
    lexname: str  # "verb.communication": the broad field of meaning
    lemmas: tuple[str, ...]
    hyponyms: tuple[str, ...]


class WordNet:
    """Just enough of the WNDB format (``wndb(5WN)``): a lemma's senses, a synset's words and hyponyms."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._senses: dict[str, dict[str, tuple[str, ...]]] = {}
        self._data: dict[str, bytes] = {}
        self._tagged: dict[tuple[str, str], dict[int, int]] | None = None

    @classmethod
    def open(cls, folder: Path = DEBIAN_WORDNET) -> "WordNet":
        if not (folder / "index.verb").is_file():
            raise ResourceError("E201", path=folder / "index.verb", line=0, reason="WordNet 3.0 is not there; install Debian's wordnet-base (`make system`) or name its folder")
        return cls(folder)

    def senses(self, lemma: str, pos: str) -> tuple[str, ...]:
        """Synset offsets of ``lemma``, most frequent sense first (the index's order)."""
        if pos not in self._senses:
            table: dict[str, tuple[str, ...]] = {}
            for line in (self.folder / f"index.{pos}").read_text(encoding="utf-8").splitlines():
                if line.startswith(" "):
                    continue  # the licence header
                fields = line.split()
                pointers = int(fields[3])
                synsets = int(fields[2])
                table[fields[0]] = tuple(fields[6 + pointers: 6 + pointers + synsets])
            self._senses[pos] = table
        return self._senses[pos].get(lemma, ())

    def first_sense_dominates(self, lemma: str, pos: str) -> bool:
        """Whether the lemma's first sense has more than half of its uses in the sense-tagged corpus (``cntlist.rev``:
        "sense_key sense_number count" lines); a lemma never tagged there passes."""
        if self._tagged is None:
            self._tagged = {}
            for line in (self.folder / "cntlist.rev").read_text(encoding="utf-8").splitlines():  # wordnet-base ships it
                key, number, count = line.split()
                word, _, rest = key.partition("%")
                if rest[:1] in SENSE_KEY_POS:
                    self._tagged.setdefault((word, SENSE_KEY_POS[rest[:1]]), {})[int(number)] = int(count)
        counts = self._tagged.get((lemma, pos), {})
        return 2 * counts.get(1, 0) > sum(counts.values()) or not any(counts.values())

    def synset(self, offset: str, pos: str) -> Synset:
        if pos not in self._data:
            self._data[pos] = (self.folder / f"data.{pos}").read_bytes()
        data = self._data[pos]
        start = int(offset)  # WNDB offsets are byte offsets into the data file
        fields = data[start: data.index(b"\n", start)].decode("utf-8").split(" | ")[0].split()
        words = int(fields[3], 16)
        lemmas = tuple(fields[4 + 2 * i].lower() for i in range(words))
        at = 4 + 2 * words
        pointers = int(fields[at])
        hyponyms = tuple(
            fields[at + 2 + 4 * i] for i in range(pointers) if fields[at + 1 + 4 * i] == "~" and fields[at + 3 + 4 * i] == _pos_letter(pos)
        )
        return Synset(offset, LEXNAMES[int(fields[1])], lemmas, hyponyms)


def _pos_letter(pos: str) -> str:
    return {"verb": "v", "noun": "n"}[pos]


@dataclass(frozen=True)
class DerivedRow:
    lemma: str
    trigger: Trigger
    how: str  # "synonym of criticize" / "hyponym of attack"

    def tsv(self) -> str:
        t = self.trigger
        return "\t".join([self.lemma, t.frame, t.relation, "|".join(t.subject), "|".join(t.object), "", f"wordnet: {self.how} ({t.source})"])


def derive(lexicon: Lexicon, wordnet: WordNet) -> list[DerivedRow]:
    """Rows for words the lexicon does not list, reached from its bare verb and noun triggers."""
    found: dict[tuple[str, str], list[DerivedRow]] = {}
    fields = _fields(lexicon, wordnet)
    # "impose" is a light verb, not a trigger; "the bloc" refers back to an actor (descriptions.tsv), it names no act
    cue_words = set().union(*lexicon.cues.values(), load_rules().descriptions.get(lexicon.lang, {}))
    for lemma, triggers in lexicon.triggers.items():
        for trigger in triggers:
            if not lends_its_relation(trigger):
                continue
            pos = POS[trigger.frame]
            for offset in wordnet.senses(lemma, pos)[:DOMINANT_SENSES]:
                synset = wordnet.synset(offset, pos)
                reached = [(w, offset, f"synonym of {lemma}") for w in synset.lemmas]
                if len(synset.hyponyms) <= MAX_HYPONYMS:
                    reached += [(w, hyponym, f"hyponym of {lemma}") for hyponym in synset.hyponyms for w in wordnet.synset(hyponym, pos).lemmas]
                if synset.lexname not in fields.get(trigger.relation, ()):
                    continue  # "uphold" in its sense "keep unaltered" says nothing of support
                for word, via, how in reached:
                    if "_" in word or "-" in word or word in lexicon.triggers or word in cue_words or via not in wordnet.senses(word, pos)[:DOMINANT_SENSES]:
                        continue
                    if not wordnet.first_sense_dominates(word, pos):
                        continue  # its first sense is not what it mostly says
                    found.setdefault((word, trigger.frame), []).append(DerivedRow(word, trigger, how))
    rows = []
    for (word, _frame), candidates in sorted(found.items()):
        if len({c.trigger.relation for c in candidates}) == 1:
            rows.append(min(candidates, key=lambda c: (not c.how.startswith("synonym"), c.trigger.source)))
    return rows


def lends_its_relation(trigger: Trigger) -> bool:
    """A trigger whose relation a word sharing its sense may take: a verb or noun that needs no other word,
    has no exception or condition, and states an act, not a fact (``derive`` here and in ``kg.relations.multiwordnet``)."""
    return trigger.frame in POS and not (trigger.requires or trigger.unless or trigger.condition) and vocabulary()[trigger.relation].group != "fact"


def _fields(lexicon: Lexicon, wordnet: WordNet) -> dict[str, set[str]]:
    """Per relation, the lexicographer files holding the first sense of at least three of its triggers."""
    counts: dict[str, Counter[str]] = {}
    for lemma, triggers in lexicon.triggers.items():
        bare = {(t.frame, t.relation) for t in triggers if not t.requires}
        for trigger in triggers:
            if trigger.requires and (trigger.frame, trigger.relation) in bare:
                continue  # "came under fire from X" beside "opened fire on X": the lemma's first sense counts once
            if trigger.frame in POS:
                senses = wordnet.senses(lemma, POS[trigger.frame])
                if senses:
                    counts.setdefault(trigger.relation, Counter())[wordnet.synset(senses[0], POS[trigger.frame]).lexname] += 1
    return {relation: {name for name, n in c.items() if n >= MIN_FIELD} for relation, c in counts.items()}


def write_derived(lexicon: Lexicon, wordnet: WordNet, path: Path) -> int:
    """Write the derived rows next to the lexicon; returns how many."""
    rows = derive(lexicon, wordnet)
    path.write_text(HEADER + "".join(row.tsv() + "\n" for row in rows), encoding="utf-8")
    return len(rows)
