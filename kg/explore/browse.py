"""Looking around the graph for the REST API and the page: one actor, one document, paths between actors.

Plain SPARQL over any ``Store`` (the server passes one whose queries are time-limited).
Relations come from ``kg.explore.assertions``, actors from ``kg.explore.actors``, paths
from the actor network of ``kg.explore.network``; the answers are frozen dataclasses, and
``to_json`` presents them as the API's JSON (``docs/api.md``). Lists come in a ``Page``
with the total, so callers paginate with ``limit``/``offset``.

>>> from kg.store.embedded import open_store
>>> list_documents(open_store(None)).total
0
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass

import pyoxigraph as ox

from kg.errors import NotFoundError, RequestError
from kg.explore.actors import ActorRef, ActorSummary, actor_refs, actor_summary
from kg.explore.assertions import Assertion, AssertionFilter, Page, TimelinePoint, find_assertions, timeline
from kg.explore.network import actor_network, chains
from kg.explore.scope import Scope
from kg.store.protocol import Store
from kg.store.query import execute, python_value
from kg.store.rdf import document_iri, sparql_prefixes

MAX_HOPS = 4


@dataclass(frozen=True)
class ActorDetail:
    """Everything about one actor: its summary, its relations both ways and a timeline."""

    # the API answers the summary's fields at the top level, next to the relations
    actor: ActorSummary = field(metadata={"rest": "inline"})
    relations_out: Page[Assertion]
    relations_in: Page[Assertion]
    timeline: tuple[TimelinePoint, ...]


@dataclass(frozen=True)
class DocumentSummary:
    id: str
    iri: str
    title: str | None
    date: str | None
    publisher: str | None
    url: str | None
    language: str | None


@dataclass(frozen=True)
class DocumentDetail:
    summary: DocumentSummary
    text: str
    actors: tuple[ActorRef, ...]
    relations: tuple[Assertion, ...]


@dataclass(frozen=True)
class Hop:
    """One step of a path, and the assertions (either direction) that make it."""

    source: ActorRef
    target: ActorRef
    assertions: tuple[Assertion, ...]


@dataclass(frozen=True)
class Path:
    """A chain of actors, with the evidence for each hop."""

    actors: tuple[ActorRef, ...]
    hops: tuple[Hop, ...]


def to_json(value: object) -> object:
    """A dataclass (and the dataclasses in it, in tuples, lists and dicts) as the API's JSON values.

    A field marked ``metadata={"rest": False}`` is left out, one marked ``"inline"`` has its
    own fields merged into its parent's.
    """
    if is_dataclass(value):
        out: dict[str, object] = {}
        for item in fields(value):
            shown = item.metadata.get("rest", True)
            if shown == "inline":
                out.update(to_json(getattr(value, item.name)))
            elif shown:
                out[item.name] = to_json(getattr(value, item.name))
        return out
    if isinstance(value, dict):
        return {key: to_json(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(item) for item in value]
    return value


# --- actors -----------------------------------------------------------------------------------


def actor_detail(store: Store, iri: str, limit: int = 100, scope: Scope = Scope()) -> ActorDetail:
    """Everything about one actor: names, identifiers, relations both ways (newest first), and a timeline.

    The relations and the timeline count what ``scope`` admits: by default the asserted,
    non-negated interactions (``kg.explore.scope``).
    """
    return ActorDetail(
        actor=actor_summary(store, iri),
        relations_out=find_assertions(store, AssertionFilter(subject=iri, scope=scope, newest_first=True, limit=limit)),
        relations_in=find_assertions(store, AssertionFilter(object=iri, scope=scope, newest_first=True, limit=limit)),
        timeline=timeline(store, AssertionFilter(involving=iri, scope=scope)),
    )


# --- documents ---------------------------------------------------------------------------------

_DOCUMENT_FIELDS = """
  ?doc a kg:Document ; dcterms:identifier ?id .
  OPTIONAL { ?doc dcterms:title ?title } OPTIONAL { ?doc dcterms:date ?date }
  OPTIONAL { ?doc dcterms:publisher ?publisher } OPTIONAL { ?doc dcterms:source ?url }
  OPTIONAL { ?doc dcterms:language ?language }"""


def _summary(row: dict) -> DocumentSummary:
    value = {name: python_value(term) for name, term in row.items()}
    return DocumentSummary(
        id=str(value["id"]),
        iri=row["doc"].value,
        title=value["title"],
        date=value["date"],
        publisher=value["publisher"],
        url=value["url"],
        language=value["language"],
    )


def list_documents(store: Store, limit: int = 50, offset: int = 0) -> Page[DocumentSummary]:
    """Stored documents, newest first."""
    total = execute(store, f"{sparql_prefixes()}SELECT (COUNT(DISTINCT ?doc) AS ?n) WHERE {{ GRAPH ?doc {{ ?doc a kg:Document }} }}").rows
    rows = execute(
        store,
        f"{sparql_prefixes()}SELECT ?doc ?id ?title ?date ?publisher ?url ?language WHERE {{ GRAPH ?doc {{ {_DOCUMENT_FIELDS} }} }} "
        f"ORDER BY DESC(?date) ?id LIMIT {int(limit)} OFFSET {int(offset)}",
    ).rows
    return Page(tuple(_summary(row) for row in rows or []), int(total[0]["n"].value), limit, offset)


def document_detail(store: Store, doc_id: str) -> DocumentDetail:
    """A stored document: its metadata, text, the actors it mentions and the relations found in it (in text order)."""
    try:
        graph = str(ox.NamedNode(document_iri(doc_id)))
    except ValueError:
        raise NotFoundError("E403", doc_id=doc_id) from None
    rows = execute(
        store,
        f"{sparql_prefixes()}SELECT ?doc ?id ?title ?date ?publisher ?url ?language ?text WHERE {{ GRAPH {graph} {{ "
        f"{_DOCUMENT_FIELDS} OPTIONAL {{ ?doc kg:text ?text }} FILTER(?doc = {graph}) }} }} LIMIT 1",
    ).rows
    if not rows:
        raise NotFoundError("E403", doc_id=doc_id)
    mentioned = execute(store, f"{sparql_prefixes()}SELECT DISTINCT ?a WHERE {{ GRAPH {graph} {{ {graph} kg:mentions ?a }} }}").rows
    refs = actor_refs(store, [row["a"].value for row in mentioned or []])
    return DocumentDetail(
        summary=_summary(rows[0]),
        text=str(python_value(rows[0]["text"]) or ""),
        actors=tuple(sorted(refs.values(), key=lambda r: r.name.casefold())),
        # one document has one date, so the assertions come in the order of their evidence
        relations=find_assertions(store, AssertionFilter(document=doc_id)).items,
    )


# --- paths -------------------------------------------------------------------------------------


def find_paths(
    store: Store,
    source: str,
    target: str,
    max_hops: int = 3,
    limit: int = 10,
    evidence: int = 3,
    scope: Scope = Scope(),
) -> list[Path]:
    """The shortest chains of relations (either direction) from ``source`` to ``target``.

    The chains are ``kg.explore.network.chains`` over the actor network of the assertions
    ``scope`` counts (by default the asserted, non-negated interactions); each hop carries up
    to ``evidence`` of its assertions, newest first.
    """
    if not 1 <= max_hops <= MAX_HOPS:
        raise RequestError("E707", name="max_hops", reason=f"is {max_hops}; it must be between 1 and {MAX_HOPS}")
    counted = find_assertions(store, AssertionFilter(scope=scope, newest_first=True)).items
    graph = actor_network(counted)
    by_id = {assertion.id: assertion for assertion in counted}
    refs = {actor.iri: actor for assertion in counted for actor in (assertion.subject, assertion.object)}

    def hop(x: str, y: str) -> Hop:
        keys = [key for u, v in ((x, y), (y, x)) if graph.has_edge(u, v) for key in graph[u][v]]
        newest = sorted((by_id[key] for key in keys), key=lambda a: (a.date or "", a.id), reverse=True)
        return Hop(refs[x], refs[y], tuple(newest[:evidence]))

    return [
        Path(actors=tuple(refs[key] for key in chain), hops=tuple(hop(x, y) for x, y in zip(chain, chain[1:])))
        for chain in chains(graph, source, target, max_hops=max_hops, limit=limit, shortest=True)
    ]
