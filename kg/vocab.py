"""The relation vocabulary, read from the ontology (``ontologies/kg.ttl``) so it has one source.

>>> vocabulary()["praises"].group
'cooperative'
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import ValidationError
from kg.settings import ONTOLOGIES

KG = "https://w3id.org/newskg/ontology#"
BASE = "https://w3id.org/newskg/"
ACTOR = BASE + "actor/"
DOC = BASE + "doc/"
ASSERTION = BASE + "assertion/"
ACTORS_GRAPH = BASE + "graph/actors"
ONTOLOGY_GRAPH = BASE + "graph/ontology"
GROUPS = ("cooperative", "conflictual", "neutral", "fact")


@dataclass(frozen=True)
class RelationType:
    name: str
    group: str  # cooperative | conflictual | neutral | fact
    symmetric: bool
    tone: float
    plover: str | None
    cameo: str | None
    labels: tuple[tuple[str, str], ...]  # ((lang, label), ...)

    @property
    def iri(self) -> str:
        return KG + self.name

    @property
    def verbal(self) -> bool:
        """A speech act (CAMEO quad classes verbal cooperation 01–05 and verbal conflict 09–13)."""
        return self.cameo is not None and (1 <= int(self.cameo[:2]) <= 5 or 9 <= int(self.cameo[:2]) <= 13)

    def label(self, lang: str = "en") -> str:
        """The label in ``lang`` (``"en"`` or ``"it"``), else the relation's name."""
        return dict(self.labels).get(lang, self.name)


_QUERY = """
PREFIX kg: <https://w3id.org/newskg/ontology#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?p ?group ?sym ?tone ?plover ?cameo (GROUP_CONCAT(CONCAT(LANG(?l), "=", STR(?l)); SEPARATOR="|") AS ?labels)
WHERE {
  ?p rdfs:subPropertyOf ?g ; kg:tone ?tone ; rdfs:label ?l .
  VALUES ?g { kg:cooperative kg:conflictual kg:neutral kg:fact }
  BIND(STRAFTER(STR(?g), "#") AS ?group)
  BIND(EXISTS { ?p a owl:SymmetricProperty } AS ?sym)
  OPTIONAL { ?p kg:plover ?plover } OPTIONAL { ?p kg:cameo ?cameo }
} GROUP BY ?p ?group ?sym ?tone ?plover ?cameo
"""


@functools.lru_cache(maxsize=2)
def vocabulary(path: Path = ONTOLOGIES / "kg.ttl") -> dict[str, RelationType]:
    """Every relation name → its type, from the ontology."""
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    found = {}
    for row in store.query(_QUERY):
        name = row["p"].value.removeprefix(KG)
        labels = tuple(sorted(tuple(part.split("=", 1)) for part in row["labels"].value.split("|")))
        found[name] = RelationType(
            name=name,
            group=row["group"].value,
            symmetric=row["sym"].value == "true",
            tone=float(row["tone"].value),
            plover=row["plover"].value if row["plover"] else None,
            cameo=row["cameo"].value if row["cameo"] else None,
            labels=labels,
        )
    return dict(sorted(found.items()))


def relation_type(name: str, where: str) -> RelationType:
    """The type of a relation name, or a ``ValidationError`` naming where the bad name came from."""
    known = vocabulary()
    if name not in known:
        raise ValidationError("E203", name=name, where=where, known=", ".join(known))
    return known[name]
