"""Looking around the graph: one actor, one document, relations by filter, paths between actors.

The questions the REST API and the page ask, as SPARQL over any ``Store`` (the server
passes one whose queries are time-limited). Answers are frozen dataclasses; lists come
in a ``Page`` with the total, so callers paginate with ``limit``/``offset``.

>>> from kg.store.embedded import open_store
>>> find_relations(open_store(None), RelationFilter()).total
0
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Generic, Iterable, TypeVar

import pyoxigraph as ox

from kg.errors import NotFoundError, RequestError
from kg.store.query import python_value
from kg.store.rdf import DCT, OWL, RDF, RDFS, SKOS, document_iri
from kg.store.embedded import Store
from kg.vocab import ACTOR, ACTORS_GRAPH, GROUPS, KG, vocabulary

T = TypeVar("T")
MAX_HOPS = 4
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Page(Generic[T]):
    items: tuple[T, ...]
    total: int
    limit: int
    offset: int


@dataclass(frozen=True)
class ActorRef:
    """An actor as it appears in a relation: enough to name, colour and link it."""

    id: str
    iri: str
    name: str
    type: str


@dataclass(frozen=True)
class Evidence:
    sentence: str
    start: int | None
    end: int | None


@dataclass(frozen=True)
class Assertion:
    """One extracted relation with its qualifiers, the sentence stating it and its document."""

    id: str
    subject: ActorRef
    relation: str
    group: str
    object: ActorRef
    negated: bool
    modality: str
    confidence: float
    attributed_to: ActorRef | None
    condition: str | None
    date: str | None
    document: str
    evidence: Evidence


@dataclass(frozen=True)
class TimelinePoint:
    """How many relations involving an actor were dated ``date``, by tone."""

    date: str
    cooperative: int = 0
    conflictual: int = 0
    neutral: int = 0
    fact: int = 0


@dataclass(frozen=True)
class ActorDetail:
    id: str
    iri: str
    name: str
    types: tuple[str, ...]
    aliases: tuple[str, ...]
    identifiers: tuple[str, ...]
    mentions: int
    documents: int
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
    actors: tuple[ActorRef, ...]
    hops: tuple[Hop, ...]


@dataclass(frozen=True)
class RelationFilter:
    """Which assertions to list: actors by IRI, relation names (or tone groups), dates, qualifiers."""

    subject: str | None = None
    relations: tuple[str, ...] = ()
    object: str | None = None
    since: str | None = None
    until: str | None = None
    negated: bool | None = None
    attributed_to: str | None = None
    document: str | None = None
    pairs: tuple[tuple[str, str], ...] = field(default=())  # (a, b) either direction


# --- helpers -----------------------------------------------------------------------------------


def _iri(value: str) -> str:
    return str(ox.NamedNode(value))


def _text(value: str) -> str:
    return str(ox.Literal(value))


def actor_id(iri: str) -> str:
    """The short id used in URLs: the slug after ``/actor/`` (or the whole IRI for foreign actors)."""
    return iri.removeprefix(ACTOR)


def _value(row, name: str) -> object:
    return python_value(row[name]) if row[name] is not None else None


def relation_names(value: str) -> tuple[str, ...]:
    """A relation name, or a tone group standing for all its relations; unknown names are refused."""
    known = vocabulary()
    if value in known:
        return (value,)
    if value in GROUPS:
        return tuple(name for name, kind in known.items() if kind.group == value)
    raise RequestError("E707", name="relation", reason=f"is {value!r}, not a relation or one of {', '.join(GROUPS)}")


def check_date(value: str | None, name: str) -> str | None:
    if value is not None and not _DATE.match(value):
        raise RequestError("E707", name=name, reason=f"is {value!r}, not a date written YYYY-MM-DD")
    return value


def resolve_actor(store: Store, reference: str) -> str:
    """The IRI of the actor named by an id (slug), an IRI, or a name or alias (case-insensitive)."""
    candidates = [reference] if reference.startswith(("http://", "https://")) else [ACTOR + reference]
    values = " ".join(_iri(c) for c in candidates if _valid_iri(c))
    rows = store.query(
        f"""SELECT ?a WHERE {{ GRAPH <{ACTORS_GRAPH}> {{
          {{ VALUES ?a {{ {values} }} ?a a <{KG}Actor> }}
          UNION {{ ?a <{SKOS}prefLabel>|<{SKOS}altLabel>|<{RDFS}label> ?label
                   FILTER(LCASE(STR(?label)) = LCASE({_text(reference)})) }}
        }} }} LIMIT 1"""
    )
    for row in rows:
        return row["a"].value
    raise NotFoundError("E708", actor=reference)


def _valid_iri(value: str) -> bool:
    try:
        ox.NamedNode(value)
    except ValueError:
        return False
    return True


def actor_refs(store: Store, iris: Iterable[str]) -> dict[str, ActorRef]:
    """Name and main type of each actor (the IRI's tail when the actors graph does not know it)."""
    wanted = sorted(set(iris))
    found = {iri: ActorRef(actor_id(iri), iri, iri.rsplit("/", 1)[-1], "Actor") for iri in wanted}
    if not wanted:
        return found
    rows = store.query(
        f"""SELECT ?a (SAMPLE(?label) AS ?name) (SAMPLE(?kind) AS ?type) WHERE {{
          VALUES ?a {{ {" ".join(_iri(i) for i in wanted)} }}
          GRAPH <{ACTORS_GRAPH}> {{
            OPTIONAL {{ ?a <{SKOS}prefLabel> ?label }}
            OPTIONAL {{ ?a <{RDF}type> ?kind FILTER(?kind != <{KG}Actor>) }}
          }}
        }} GROUP BY ?a"""
    )
    for row in rows:
        iri = row["a"].value
        name = row["name"].value if row["name"] is not None else found[iri].name
        kind = row["type"].value.removeprefix(KG) if row["type"] is not None else "Actor"
        found[iri] = ActorRef(actor_id(iri), iri, name, kind)
    return found


# --- relations --------------------------------------------------------------------------------

_ASSERTION_FIELDS = "?a ?s ?p ?o ?negated ?modality ?confidence ?evidence ?start ?end ?date ?docid ?att ?condition"


def _where(f: RelationFilter) -> str:
    """The graph pattern of assertions matching ``f`` (variables as in ``_ASSERTION_FIELDS``)."""
    bound = []
    for variable, value in (("?s", f.subject), ("?o", f.object), ("?att", f.attributed_to)):
        if value is not None:
            bound.append(f"VALUES {variable} {{ {_iri(value)} }}")
    if f.relations:
        bound.append(f"VALUES ?p {{ {' '.join(_iri(KG + r) for r in f.relations)} }}")
    if f.document is not None:
        bound.append(f"VALUES ?doc {{ {_iri(document_iri(f.document))} }}")
    if f.pairs:
        pairs = " ".join(f"({_iri(x)} {_iri(y)}) ({_iri(y)} {_iri(x)})" for x, y in f.pairs)
        bound.append(f"VALUES (?s ?o) {{ {pairs} }}")
    filters = []
    if f.since:
        filters.append(f'?date >= "{f.since}"^^<http://www.w3.org/2001/XMLSchema#date>')
    if f.until:
        filters.append(f'?date <= "{f.until}"^^<http://www.w3.org/2001/XMLSchema#date>')
    if f.negated is not None:
        filters.append(f"?negated = {'true' if f.negated else 'false'}")
    attributed = f"?a <{KG}attributedTo> ?att ." if f.attributed_to is not None else f"OPTIONAL {{ ?a <{KG}attributedTo> ?att }}"
    dated = f"?a <{DCT}date> ?date ." if f.since or f.until else f"OPTIONAL {{ ?a <{DCT}date> ?date }}"
    return f"""{" ".join(bound)}
      GRAPH ?doc {{
        ?a <{RDF}subject> ?s ; <{RDF}object> ?o .
        ?a <{RDF}predicate> ?p ; <{KG}negated> ?negated ; <{KG}modality> ?modality ;
           <{KG}confidence> ?confidence ; <{KG}evidence> ?evidence .
        {attributed}
        {dated}
        OPTIONAL {{ ?a <{KG}evidenceStart> ?start ; <{KG}evidenceEnd> ?end }}
        OPTIONAL {{ ?a <{KG}conditionText> ?condition }}
        OPTIONAL {{ ?doc <{DCT}identifier> ?docid }}
      }}
      {"FILTER(" + " && ".join(filters) + ")" if filters else ""}"""


def find_relations(store: Store, f: RelationFilter, limit: int = 50, offset: int = 0) -> Page[Assertion]:
    """Assertions matching ``f``, newest first, with the total that match."""
    where = _where(f)
    total = next(iter(store.query(f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ {where} }}")))["n"]
    rows = list(
        store.query(
            f"SELECT DISTINCT {_ASSERTION_FIELDS} WHERE {{ {where} }} "
            f"ORDER BY DESC(?date) ?a LIMIT {int(limit)} OFFSET {int(offset)}"
        )
    )
    return Page(tuple(_assertions(store, rows)), int(total.value), limit, offset)


def _assertions(store: Store, rows: list) -> list[Assertion]:
    refs = actor_refs(store, [row[v].value for row in rows for v in ("s", "o", "att") if row[v] is not None])
    known = vocabulary()
    found = []
    for row in rows:
        relation = row["p"].value.removeprefix(KG)
        found.append(
            Assertion(
                id=row["a"].value,
                subject=refs[row["s"].value],
                relation=relation,
                group=known[relation].group if relation in known else "neutral",
                object=refs[row["o"].value],
                negated=bool(_value(row, "negated")),
                modality=str(_value(row, "modality")),
                confidence=float(_value(row, "confidence") or 0.0),
                attributed_to=refs[row["att"].value] if row["att"] is not None else None,
                condition=_value(row, "condition"),
                date=_value(row, "date"),
                document=str(_value(row, "docid") or ""),
                evidence=Evidence(str(_value(row, "evidence")), _value(row, "start"), _value(row, "end")),
            )
        )
    return found


# --- actors ------------------------------------------------------------------------------------


def actor_detail(store: Store, iri: str, limit: int = 100) -> ActorDetail:
    """Everything about one actor: names, identifiers, relations both ways, and a timeline."""
    described: dict[str, set[str]] = defaultdict(set)
    for row in store.query(f"SELECT ?p ?o WHERE {{ GRAPH <{ACTORS_GRAPH}> {{ {_iri(iri)} ?p ?o }} }}"):
        described[row["p"].value].add(row["o"].value)
    if not described:
        raise NotFoundError("E708", actor=actor_id(iri))
    counts = next(
        iter(
            store.query(
                f"SELECT (COUNT(?m) AS ?n) (COUNT(DISTINCT ?g) AS ?d) WHERE {{ GRAPH ?g {{ ?m <{KG}actor> {_iri(iri)} }} }}"
            )
        )
    )
    names = sorted(described[SKOS + "prefLabel"]) or [iri.rsplit("/", 1)[-1]]
    return ActorDetail(
        id=actor_id(iri),
        iri=iri,
        name=names[0],
        types=tuple(sorted(t.removeprefix(KG) for t in described[RDF + "type"] if t != KG + "Actor")),
        aliases=tuple(sorted(described[SKOS + "altLabel"] - set(names), key=str.casefold)),
        identifiers=tuple(sorted(described[OWL + "sameAs"])),
        mentions=int(counts["n"].value),
        documents=int(counts["d"].value),
        relations_out=find_relations(store, RelationFilter(subject=iri), limit),
        relations_in=find_relations(store, RelationFilter(object=iri), limit),
        timeline=timeline(store, iri),
    )


def timeline(store: Store, iri: str) -> tuple[TimelinePoint, ...]:
    """Per date, how many relations involving the actor fall in each tone group."""
    rows = store.query(
        f"""SELECT ?date ?p (COUNT(DISTINCT ?a) AS ?n) WHERE {{ GRAPH ?g {{
          {{ ?a <{RDF}subject> {_iri(iri)} }} UNION {{ ?a <{RDF}object> {_iri(iri)} }}
          ?a <{RDF}predicate> ?p ; <{DCT}date> ?date .
        }} }} GROUP BY ?date ?p ORDER BY ?date"""
    )
    known = vocabulary()
    by_date: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(GROUPS, 0))
    for row in rows:
        relation = row["p"].value.removeprefix(KG)
        group = known[relation].group if relation in known else "neutral"
        by_date[row["date"].value][group] += int(row["n"].value)
    return tuple(TimelinePoint(date, **counts) for date, counts in sorted(by_date.items()))


# --- documents ---------------------------------------------------------------------------------

_DOCUMENT_FIELDS = f"""
  ?doc a <{KG}Document> ; <{DCT}identifier> ?id .
  OPTIONAL {{ ?doc <{DCT}title> ?title }} OPTIONAL {{ ?doc <{DCT}date> ?date }}
  OPTIONAL {{ ?doc <{DCT}publisher> ?publisher }} OPTIONAL {{ ?doc <{DCT}source> ?url }}
  OPTIONAL {{ ?doc <{DCT}language> ?language }}"""


def _summary(row) -> DocumentSummary:
    return DocumentSummary(
        id=str(_value(row, "id")),
        iri=row["doc"].value,
        title=_value(row, "title"),
        date=_value(row, "date"),
        publisher=_value(row, "publisher"),
        url=_value(row, "url"),
        language=_value(row, "language"),
    )


def list_documents(store: Store, limit: int = 50, offset: int = 0) -> Page[DocumentSummary]:
    """Stored documents, newest first."""
    total = next(iter(store.query(f"SELECT (COUNT(DISTINCT ?doc) AS ?n) WHERE {{ GRAPH ?doc {{ ?doc a <{KG}Document> }} }}")))
    rows = store.query(
        f"SELECT ?doc ?id ?title ?date ?publisher ?url ?language WHERE {{ GRAPH ?doc {{ {_DOCUMENT_FIELDS} }} }} "
        f"ORDER BY DESC(?date) ?id LIMIT {int(limit)} OFFSET {int(offset)}"
    )
    return Page(tuple(_summary(row) for row in rows), int(total["n"].value), limit, offset)


def document_detail(store: Store, doc_id: str) -> DocumentDetail:
    """A stored document: its metadata, text, the actors it mentions and the relations found in it."""
    graph = _iri(document_iri(doc_id)) if _valid_iri(document_iri(doc_id)) else None
    rows = (
        list(
            store.query(
                f"SELECT ?doc ?id ?title ?date ?publisher ?url ?language ?text WHERE {{ GRAPH {graph} {{ "
                f"{_DOCUMENT_FIELDS} OPTIONAL {{ ?doc <{KG}text> ?text }} FILTER(?doc = {graph}) }} }} LIMIT 1"
            )
        )
        if graph
        else []
    )
    if not rows:
        raise NotFoundError("E403", doc_id=doc_id)
    mentioned = [row["a"].value for row in store.query(f"SELECT DISTINCT ?a WHERE {{ GRAPH {graph} {{ {graph} <{KG}mentions> ?a }} }}")]
    refs = actor_refs(store, mentioned)
    relations = find_relations(store, RelationFilter(document=doc_id), limit=10_000)
    return DocumentDetail(
        summary=_summary(rows[0]),
        text=str(_value(rows[0], "text") or ""),
        actors=tuple(sorted(refs.values(), key=lambda r: r.name.casefold())),
        relations=tuple(sorted(relations.items, key=lambda r: (r.evidence.start or 0, r.id))),
    )


# --- paths -------------------------------------------------------------------------------------


def find_paths(store: Store, source: str, target: str, max_hops: int = 3, limit: int = 10, evidence: int = 3) -> list[Path]:
    """The shortest chains of relations (either direction, negated ones left out) from ``source`` to ``target``.

    Breadth-first, one query per hop; each hop carries up to ``evidence`` assertions.
    """
    if not 1 <= max_hops <= MAX_HOPS:
        raise RequestError("E707", name="max_hops", reason=f"is {max_hops}; it must be between 1 and {MAX_HOPS}")
    parents: dict[str, set[str]] = {source: set()}
    frontier = {source}
    for _ in range(max_hops):
        if target in parents or not frontier:
            break
        reached: dict[str, set[str]] = defaultdict(set)
        for row in store.query(
            f"""SELECT DISTINCT ?x ?y WHERE {{
              VALUES ?x {{ {" ".join(_iri(i) for i in sorted(frontier))} }}
              GRAPH ?g {{ {{ ?a <{RDF}subject> ?x ; <{RDF}object> ?y }} UNION {{ ?a <{RDF}object> ?x ; <{RDF}subject> ?y }}
                         ?a <{KG}negated> false }}
            }}"""
        ):
            x, y = row["x"].value, row["y"].value
            if y not in parents:
                reached[y].add(x)
        parents.update(reached)
        frontier = set(reached)
    if target not in parents or target == source:
        return []
    chains = _chains(parents, source, target, limit)
    pairs = sorted({tuple(sorted(pair)) for chain in chains for pair in zip(chain, chain[1:])})
    found = find_relations(store, RelationFilter(pairs=tuple(pairs), negated=False), limit=len(pairs) * 50)
    by_pair: dict[frozenset, list[Assertion]] = defaultdict(list)
    for assertion in found.items:
        bucket = by_pair[frozenset((assertion.subject.iri, assertion.object.iri))]
        if len(bucket) < evidence:
            bucket.append(assertion)
    refs = actor_refs(store, {iri for chain in chains for iri in chain})
    return [
        Path(
            actors=tuple(refs[i] for i in chain),
            hops=tuple(Hop(refs[x], refs[y], tuple(by_pair[frozenset((x, y))])) for x, y in zip(chain, chain[1:])),
        )
        for chain in chains
    ]


def _chains(parents: dict[str, set[str]], source: str, target: str, limit: int) -> list[list[str]]:
    """Up to ``limit`` shortest chains from ``source`` to ``target`` through the BFS parents."""
    chains: list[list[str]] = []

    def walk(node: str, tail: list[str]) -> None:
        if len(chains) >= limit:
            return
        if node == source:
            chains.append([source, *tail])
            return
        for parent in sorted(parents[node]):
            walk(parent, [node, *tail])

    walk(target, [])
    return chains
