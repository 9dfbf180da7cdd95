"""Relation lexicons: ``ontologies/lexicon/<lang>.tsv``, one trigger per line.

Columns: ``trigger  pos  relation  object  note``

- ``trigger``: a lemma, or a lemma followed by the particle/preposition it needs
  ("call on", "side with", "cercare di").
- ``pos``: VERB, NOUN or ADJ (the part of speech of the trigger's head).
- ``relation``: a name from the vocabulary (``kg.vocab``), or a cue that qualifies
  relations rather than stating one: ``@negation``, ``@hypothetical``, ``@future``,
  ``@attribution`` (speech verbs, "according"), ``@condition`` (if, unless …),
  ``@rejection`` (refuse to … → rejects).
- ``object``: where the other actor is, ``|``-separated alternatives: ``dobj`` (direct
  object), ``prep:with`` (object of that preposition), ``next`` (the next actor in the
  sentence, for languages parsed without dependencies), ``poss`` (the possessor).
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

from kg.errors import ResourceError, ValidationError
from kg.settings import ONTOLOGIES
from kg.vocab import vocabulary

CUES = ("@negation", "@hypothetical", "@future", "@attribution", "@condition", "@rejection")
POS = ("VERB", "NOUN", "ADJ", "ADV", "ADP", "SCONJ", "AUX")


@dataclass(frozen=True)
class Trigger:
    lemma: str
    particle: str | None
    pos: str
    relation: str
    objects: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class Lexicon:
    lang: str
    triggers: dict[str, tuple[Trigger, ...]]  # head lemma -> triggers
    cues: dict[str, frozenset[str]]  # cue -> lemmas (multiword cues joined by spaces)

    def cue(self, name: str) -> frozenset[str]:
        return self.cues.get(name, frozenset())


@functools.lru_cache(maxsize=4)
def load_lexicon(lang: str, folder: Path = ONTOLOGIES / "lexicon") -> Lexicon:
    path = folder / f"{lang}.tsv"
    known = vocabulary()
    triggers: dict[str, list[Trigger]] = {}
    cues: dict[str, set[str]] = {}
    with path.open(encoding="utf-8") as handle:
        for lineno, row in enumerate(csv.reader(handle, delimiter="\t"), start=1):
            if not row or not row[0].strip() or row[0].startswith("#"):
                continue
            if len(row) < 4:
                raise ResourceError("E201", path=path, line=lineno, reason="expected 'trigger<TAB>pos<TAB>relation<TAB>object'")
            text, pos, relation, objects = (cell.strip() for cell in row[:4])
            if pos not in POS:
                raise ResourceError("E201", path=path, line=lineno, reason=f"unknown part of speech {pos!r}; use one of {', '.join(POS)}")
            if relation.startswith("@"):
                if relation not in CUES:
                    raise ResourceError("E201", path=path, line=lineno, reason=f"unknown cue {relation!r}; use one of {', '.join(CUES)}")
                cues.setdefault(relation, set()).add(text.lower())
                continue
            if relation not in known:
                raise ValidationError("E203", name=relation, where=f"{path}:{lineno}", known=", ".join(known))
            head, _, particle = text.lower().partition(" ")
            trigger = Trigger(head, particle or None, pos, relation, tuple(o for o in objects.split("|") if o), lineno)
            triggers.setdefault(head, []).append(trigger)
    return Lexicon(
        lang=lang,
        triggers={k: tuple(v) for k, v in triggers.items()},
        cues={k: frozenset(v) for k, v in cues.items()},
    )
