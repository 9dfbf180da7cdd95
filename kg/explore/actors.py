"""Who is in the store: actors with their types, aliases, mention counts and identifiers.

``kg actors [--q TEXT]`` is a thin shell over ``list_actors``; ``--merges`` adds, per
actor, every surface form that was resolved to it, the rule that did it and the
documents where it happened (``actor_merges``), so a wrong merge can be found and then
overridden with a user aliases file (``KG_ALIASES``, see ``docs/actors.md``).

>>> from kg.store.embedded import open_store
>>> list_actors(open_store(None))
[]
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from dataclasses import asdict, dataclass

from kg.store.rdf import OWL, RDF, SKOS
from kg.store.embedded import Store
from kg.vocab import ACTORS_GRAPH, KG


@dataclass(frozen=True)
class ActorSummary:
    """One canonical actor as the store knows it."""

    iri: str
    name: str
    types: tuple[str, ...]
    aliases: tuple[str, ...]
    mentions: int
    documents: int
    identifiers: tuple[str, ...]


@dataclass(frozen=True)
class Merge:
    """One surface form resolved to an actor by one rule: how often, and in which documents."""

    surface: str
    rule: str
    mentions: int
    documents: tuple[str, ...]


def _folded(text: str) -> str:
    """Case- and accent-insensitive form, so ``--q erdogan`` finds "Erdoğan"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def list_actors(store: Store, q: str | None = None) -> list[ActorSummary]:
    """Actors whose name or an alias contains ``q`` (all when ``q`` is empty), most mentioned first."""
    described: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    rows = store.query(
        f"SELECT ?a ?p ?o WHERE {{ GRAPH <{ACTORS_GRAPH}> {{ ?a a <{KG}Actor> ; ?p ?o }} }}"
    )
    for row in rows:
        described[row["a"].value][row["p"].value].add(row["o"].value)
    counts = {
        row["a"].value: (int(row["n"].value), int(row["d"].value))
        for row in store.query(
            f"SELECT ?a (COUNT(?m) AS ?n) (COUNT(DISTINCT ?g) AS ?d) "
            f"WHERE {{ GRAPH ?g {{ ?m <{KG}actor> ?a }} }} GROUP BY ?a"
        )
    }
    needle = _folded(q or "")
    found = []
    for iri, values in described.items():
        names = sorted(values[SKOS + "prefLabel"]) or [iri.rsplit("/", 1)[-1]]
        aliases = tuple(sorted(values[SKOS + "altLabel"] - set(names), key=str.casefold))
        if needle and not any(needle in _folded(form) for form in (*names, *aliases)):
            continue
        types = tuple(sorted(t.removeprefix(KG) for t in values[RDF + "type"] if t != KG + "Actor"))
        mentions, documents = counts.get(iri, (0, 0))
        found.append(
            ActorSummary(iri, names[0], types, aliases, mentions, documents, tuple(sorted(values[OWL + "sameAs"])))
        )
    return sorted(found, key=lambda a: (-a.mentions, a.name.casefold()))


def actor_merges(store: Store, iri: str) -> list[Merge]:
    """Every (surface form, rule) that resolved to ``iri``, most frequent first."""
    rows = store.query(
        f"SELECT ?surface ?rule ?doc WHERE {{ GRAPH ?g {{ ?m <{KG}actor> <{iri}> ; <{KG}surface> ?surface ; "
        f"<{KG}rule> ?rule . ?g <http://purl.org/dc/terms/identifier> ?doc }} }}"
    )
    seen: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in rows:
        seen[(row["surface"].value, row["rule"].value)].append(row["doc"].value)
    merges = [Merge(s, r, len(docs), tuple(sorted(set(docs)))) for (s, r), docs in seen.items()]
    return sorted(merges, key=lambda m: (-m.mentions, m.surface, m.rule))


def format_actors(actors: list[ActorSummary], merges: dict[str, list[Merge]] | None = None) -> str:
    """A plain-text listing: one block per actor, merges indented under it when given."""
    lines = []
    for actor in actors:
        ids = " ".join(actor.identifiers) or "-"
        lines.append(
            f"{actor.name}  [{', '.join(actor.types)}]  {actor.mentions} mentions in {actor.documents} documents"
        )
        lines.append(f"  iri: {actor.iri}")
        lines.append(f"  identifiers: {ids}")
        if actor.aliases:
            lines.append(f"  aliases: {' | '.join(actor.aliases)}")
        for merge in (merges or {}).get(actor.iri, []):
            docs = ", ".join(merge.documents[:5]) + (" …" if len(merge.documents) > 5 else "")
            lines.append(f"    {merge.surface!r} by {merge.rule} ×{merge.mentions} ({docs})")
    return "\n".join(lines) if lines else "no actors found"


def actors_json(actors: list[ActorSummary], merges: dict[str, list[Merge]] | None = None) -> str:
    """The same listing as JSON (one array), merges included when given."""
    records = []
    for actor in actors:
        record = asdict(actor)
        if merges is not None:
            record["merges"] = [asdict(m) for m in merges.get(actor.iri, [])]
        records.append(record)
    return json.dumps(records, ensure_ascii=False, indent=2)
