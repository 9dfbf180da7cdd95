"""Who is in the store: one actor description query, one summary, one resolver.

Every reader of actors goes through here. ``list_actors`` and ``actor_summary`` give
``ActorSummary`` values (``kg actors``, ``GET /actors``, ``KnowledgeGraph.actors()``, the
actor page); ``actor_refs`` gives the short ``ActorRef`` that assertions carry; and
``resolve_actor`` turns what a user typed into an IRI, for the CLI, the REST API and the
Python API alike. All three read one query over the actors graph (``_descriptions``) and
name an actor by one rule (``_name``): its ``skos:prefLabel``, else its ``rdfs:label``
(all a topic has), else the last part of its IRI.

``match_actor`` is the matching itself, so a network without a store (``kg.explore.analytics``)
names actors the same way: by IRI, id (the IRI's last part) or canonical name first, then by
an alias that names one actor only; case and accents are ignored.

``kg actors --merges`` adds, per actor, every surface form that was resolved to it, the
rule that did it and the documents where it happened (``actor_merges``), so a wrong merge
can be found and then overridden with a user aliases file (``KG_ALIASES``, see
``docs/actors.md``).

>>> from kg.store.embedded import open_store
>>> list_actors(open_store(None))
[]
"""

from __future__ import annotations

import difflib
import json
import unicodedata
from collections import defaultdict
from dataclasses import asdict, dataclass
from typing import Iterable, Mapping

import pyoxigraph as ox

from kg.errors import NotFoundError, QueryError
from kg.store.protocol import Store
from kg.store.query import execute
from kg.store.rdf import OWL, RDF, RDFS, SKOS
from kg.vocab import ACTOR, ACTORS_GRAPH, KG

Descriptions = dict[str, dict[str, set[str]]]  # actor IRI → property IRI → values


@dataclass(frozen=True)
class ActorRef:
    """An actor (or a topic) as a relation names it: enough to name, colour and link it."""

    id: str
    iri: str
    name: str
    type: str


@dataclass(frozen=True)
class ActorSummary:
    """One canonical actor as the store knows it: names, types, identifiers and how often it is mentioned."""

    id: str
    iri: str
    name: str
    types: tuple[str, ...]
    aliases: tuple[str, ...]
    mentions: int
    documents: int
    identifiers: tuple[str, ...]

    @property
    def type(self) -> str:
        """The main type (``"State"``, ``"Person"`` …), ``"Actor"`` when the store says no more."""
        return _main_type(self.types)


@dataclass(frozen=True)
class Merge:
    """One surface form resolved to an actor by one rule: how often, and in which documents."""

    surface: str
    rule: str
    mentions: int
    documents: tuple[str, ...]


def actor_id(iri: str) -> str:
    """The short id used in URLs: the slug after ``/actor/`` (or the whole IRI for foreign actors and topics)."""
    return iri.removeprefix(ACTOR)


def _main_type(types: tuple[str, ...]) -> str:
    """The first of an actor's types (``"State"``, ``"Person"`` …), ``"Actor"`` when the store says no more."""
    return types[0] if types else "Actor"


def list_actors(store: Store, q: str | None = None) -> list[ActorSummary]:
    """Actors whose name or an alias contains ``q`` (all when ``q`` is empty), most mentioned first."""
    needle = _folded(q or "")
    found = [
        summary
        for summary in _summaries(store, _descriptions(store))
        if not needle or any(needle in _folded(form) for form in (summary.name, *summary.aliases))
    ]
    return sorted(found, key=lambda a: (-a.mentions, a.name.casefold()))


def actor_summary(store: Store, iri: str) -> ActorSummary:
    """The summary of one actor, by IRI; ``NotFoundError`` when the store does not describe it."""
    found = _summaries(store, _descriptions(store, [iri]))
    if not found:
        raise NotFoundError("E801", name=iri, suggestion="")
    return found[0]


def actor_refs(store: Store, iris: Iterable[str]) -> dict[str, ActorRef]:
    """Name and main type of each IRI (an actor or a topic); one the actors graph does not describe keeps its IRI's tail."""
    described = _descriptions(store, iris)
    return {
        iri: ActorRef(actor_id(iri), iri, _name(iri, values), _main_type(_types(values)))
        for iri, values in described.items()
    }


def resolve_actor(store: Store, reference: str) -> str:
    """The IRI of the actor named by ``reference``: its IRI, id, canonical name or an alias (see ``match_actor``).

    An unknown name is a ``NotFoundError`` (E801) that suggests the closest names; an alias
    shared by several actors is a ``QueryError`` (E802) that lists them.
    """
    names = {
        iri: (_name(iri, values), *sorted(values[RDFS + "label"]), *sorted(values[SKOS + "altLabel"]))
        for iri, values in _descriptions(store).items()
    }
    found = match_actor(reference, names)
    if found is None:
        raise NotFoundError("E801", name=reference, suggestion=_suggestion(reference, names))
    return found


def match_actor(reference: str, names: Mapping[str, tuple[str, ...]]) -> str | None:
    """The IRI that ``reference`` names among ``names`` (IRI → canonical name, then aliases), or None.

    An IRI, id or canonical name wins over an alias; an alias that names several actors is
    refused (E802). Case and accents are ignored.

    >>> match_actor("erdogan", {"actor/erdogan": ("Recep Tayyip Erdoğan", "Erdoğan")})
    'actor/erdogan'
    """
    wanted = _folded(reference.strip())
    for iri, forms in names.items():
        if wanted in {_folded(iri), _folded(actor_id(iri)), _folded(forms[0]) if forms else None}:
            return iri
    by_alias = sorted(iri for iri, forms in names.items() if wanted in {_folded(form) for form in forms[1:]})
    if len(by_alias) > 1:
        raise QueryError("E802", name=reference, candidates=", ".join(names[iri][0] for iri in by_alias))
    return by_alias[0] if by_alias else None


def _suggestion(reference: str, names: Mapping[str, tuple[str, ...]]) -> str:
    """" Did you mean 'A', 'B'?" with the canonical names of the closest names and aliases ("" when none is close)."""
    canonical = {form: forms[0] for forms in names.values() for form in forms}
    close = dict.fromkeys(canonical[form] for form in difflib.get_close_matches(reference, list(canonical), n=5, cutoff=0.6))
    return f" Did you mean {', '.join(map(repr, list(close)[:3]))}?" if close else ""


def actor_merges(store: Store, iri: str) -> list[Merge]:
    """Every (surface form, rule) that resolved to ``iri``, most frequent first."""
    rows = execute(
        store,
        f"SELECT ?surface ?rule ?doc WHERE {{ GRAPH ?g {{ ?m <{KG}actor> {_node(iri)} ; <{KG}surface> ?surface ; "
        f"<{KG}rule> ?rule . ?g <http://purl.org/dc/terms/identifier> ?doc }} }}",
    ).rows
    seen: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in rows or []:
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


# --- the one query --------------------------------------------------------------------------


def _descriptions(store: Store, iris: Iterable[str] | None = None) -> Descriptions:
    """What the actors graph says of each IRI in ``iris`` (every ``kg:Actor`` when None).

    Every IRI asked for gets an entry, empty when the graph does not describe it.
    """
    wanted = None if iris is None else sorted(set(iris))
    described: Descriptions = {iri: defaultdict(set) for iri in wanted or ()}
    if wanted == []:
        return described
    subjects = f"VALUES ?a {{ {' '.join(map(_node, wanted))} }}" if wanted is not None else f"?a a <{KG}Actor> ."
    rows = execute(store, f"SELECT ?a ?p ?o WHERE {{ GRAPH <{ACTORS_GRAPH}> {{ {subjects} ?a ?p ?o }} }}").rows
    for row in rows or []:
        described.setdefault(row["a"].value, defaultdict(set))[row["p"].value].add(row["o"].value)
    return described


def _summaries(store: Store, described: Descriptions) -> list[ActorSummary]:
    """Summaries of the described actors (topics and undescribed IRIs left out), with their mention counts."""
    actors = {iri: values for iri, values in described.items() if KG + "Actor" in values[RDF + "type"]}
    if not actors:
        return []
    counts = {
        row["a"].value: (int(row["n"].value), int(row["d"].value))
        for row in execute(
            store,
            f"SELECT ?a (COUNT(?m) AS ?n) (COUNT(DISTINCT ?g) AS ?d) WHERE {{ "
            f"VALUES ?a {{ {' '.join(map(_node, actors))} }} GRAPH ?g {{ ?m <{KG}actor> ?a }} }} GROUP BY ?a",
        ).rows
        or []
    }
    summaries = []
    for iri, values in actors.items():
        name = _name(iri, values)
        mentions, documents = counts.get(iri, (0, 0))
        summaries.append(
            ActorSummary(
                id=actor_id(iri),
                iri=iri,
                name=name,
                types=_types(values),
                aliases=tuple(sorted(values[SKOS + "altLabel"] - {name}, key=str.casefold)),
                mentions=mentions,
                documents=documents,
                identifiers=tuple(sorted(values[OWL + "sameAs"])),
            )
        )
    return summaries


def _name(iri: str, values: Mapping[str, set[str]]) -> str:
    """The one naming rule: ``skos:prefLabel``, else ``rdfs:label`` (topics have only that), else the IRI's tail."""
    for prop in (SKOS + "prefLabel", RDFS + "label"):
        if values.get(prop):
            return sorted(values[prop])[0]
    return iri.rsplit("/", 1)[-1]


def _types(values: Mapping[str, set[str]]) -> tuple[str, ...]:
    return tuple(sorted(t.removeprefix(KG) for t in values.get(RDF + "type", ()) if t != KG + "Actor"))


def _node(iri: str) -> str:
    return str(ox.NamedNode(iri))


def _folded(text: str) -> str:
    """Case- and accent-insensitive form, so ``--q erdogan`` finds "Erdoğan"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))
