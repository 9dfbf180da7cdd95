"""What an analysis counts: which kinds of statement come in, the honest default, and how to say so.

A relation table, a network, a timeline or a ranking counts, unless asked otherwise, the
**interactions that were asserted and not negated**. Facts (the ``fact`` group of
``kg.vocab``: ``leaderOf``, ``memberOf`` …) say who an actor is, not what it did; a negated
statement says something did not happen; a hypothetical, future or conditional one says it
might, will, or would if. Each comes back by an explicit argument with one name everywhere
(``docs/counting.md``):

- Python (``KnowledgeGraph``, ``kg.explore.analytics``, ``kg.explore.plots``): ``facts=True``;
  ``negated=True`` (only negated) or ``None`` (both); ``modality="conditional"``, a list of
  modalities, or ``None`` (any);
- REST and ``kg analyze``: ``facts=true`` / ``--facts``; ``negated=false|true|any``;
  ``modality=asserted|hypothetical|future|conditional|any`` or a comma list (``parse_negated``,
  ``parse_modality``).

``Scope`` is that choice as one value: the assertion query reads it
(``kg.explore.assertions``), the analytics keep the network edges it ``admits``, and every
figure prints its ``caption``.

>>> Scope().caption
'asserted, non-negated interactions; facts excluded'
>>> Scope.of(facts=True, negated=None, modality=None).caption
'interactions and facts of any modality, negated or not'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from kg.errors import ValidationError
from kg.model import MODALITIES

Modality = str | Sequence[str] | None
ANY = "any"
NEGATED_WORDS = {"false": False, "true": True, ANY: None}


@dataclass(frozen=True)
class Scope:
    """Which statements count: facts or not, negated or not (``None``: both), which modalities (``()``: any).

    ``Scope()`` is the honest default; ``Scope.of`` checks arguments as users write them.
    """

    facts: bool = False
    negated: bool | None = False
    modalities: tuple[str, ...] = ("asserted",)

    @classmethod
    def of(cls, facts: bool = False, negated: bool | None = False, modality: Modality = "asserted") -> "Scope":
        """The scope the Python arguments ask for; a value outside the choices is a ``ValidationError`` (E816).

        >>> Scope.of(modality=["asserted", "conditional"]).modalities
        ('asserted', 'conditional')
        """
        if not isinstance(facts, bool):
            raise ValidationError("E816", field="facts", value=facts, known="False, True")
        if negated is not None and not isinstance(negated, bool):
            raise ValidationError("E816", field="negated", value=negated, known="False, True, None")
        chosen = (modality,) if isinstance(modality, str) else tuple(modality or ())
        for value in chosen:
            if value not in MODALITIES:
                raise ValidationError("E816", field="modality", value=value, known=", ".join(MODALITIES))
        return cls(facts, negated, tuple(dict.fromkeys(chosen)))

    def admits(self, statement: Mapping[str, object]) -> bool:
        """Whether a network edge (an assertion's row) counts; a qualifier it lacks counts as asserted and not negated.

        >>> Scope().admits({"group": "fact"}), Scope().admits({"group": "aids", "modality": "future"})
        (False, False)
        """
        if not self.facts and statement.get("group") == "fact":
            return False
        if self.negated is not None and bool(statement.get("negated", False)) != self.negated:
            return False
        return not self.modalities or statement.get("modality", "asserted") in self.modalities

    @property
    def arguments(self) -> dict[str, object]:
        """The keyword arguments that ask for this scope, e.g. ``centrality(G, **scope.arguments)``."""
        return {"facts": self.facts, "negated": self.negated, "modality": self.modalities}

    @property
    def caption(self) -> str:
        """What is counted, in words, for the title or caption of a figure."""
        adjectives = [" or ".join(self.modalities)] if self.modalities else []
        if self.negated is not None:
            adjectives.append("negated" if self.negated else "non-negated")
        words = ", ".join(adjectives) + " " if adjectives else ""
        words += "interactions and facts" if self.facts else "interactions"
        if not self.modalities:
            words += " of any modality"
        if self.negated is None:
            words += ", negated or not"
        return words if self.facts else words + "; facts excluded"


# Everything the store holds: what the low-level readers (exports, a document's page) take by default.
EVERY_STATEMENT = Scope(facts=True, negated=None, modalities=())


def parse_negated(text: str) -> bool | None:
    """``false``, ``true`` or ``any`` (the REST and CLI words) as the Python value.

    >>> parse_negated("any") is None
    True
    """
    word = text.strip().lower()
    if word not in NEGATED_WORDS:
        raise ValidationError("E816", field="negated", value=text, known=", ".join(NEGATED_WORDS))
    return NEGATED_WORDS[word]


def parse_modality(text: str) -> tuple[str, ...] | None:
    """A modality, a comma list of them, or ``any`` (the REST and CLI words) as the Python value.

    >>> parse_modality("asserted,conditional")
    ('asserted', 'conditional')
    """
    words = [word.strip().lower() for word in text.split(",") if word.strip()]
    if words == [ANY]:
        return None
    for word in words or [text]:
        if word not in MODALITIES:
            raise ValidationError("E816", field="modality", value=word, known=", ".join((*MODALITIES, ANY)))
    return tuple(words)
