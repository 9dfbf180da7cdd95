"""Assertions: the one query that reads ``kg:Assertion`` nodes, and the one value it reads them into.

Every reader of relations goes through ``find_assertions``: the REST API (JSON, newest
first, paged), ``KnowledgeGraph.relations()`` (a DataFrame), ``kg export -f csv`` (a row per
assertion) and the actor network (``kg.explore.network``: ``to_networkx``, ``kg analyze``,
``kg export -f graphml``, ``GET /paths``). Each asks with an ``AssertionFilter`` (whose
``scope``, ``kg.explore.scope``, says which kinds of statement count) and gets frozen
``Assertion`` values; ``assertion_record`` flattens one into the row the tables and
network edges share, so a column means the same everywhere.

Where the three queries this replaces disagreed, the model (``docs/model.md``) decides:

- **names**: an actor's ``skos:prefLabel``, else its ``rdfs:label`` (a topic has only that),
  else its IRI's last part (``kg.explore.actors``);
- **date**: the document's ``dcterms:date`` (an assertion's own ``dcterms:date`` is a copy
  of it); a date bound leaves undated assertions out;
- **offsets** (``kg:evidenceStart``/``kg:evidenceEnd``) and every other qualifier but
  ``kg:negated``, ``kg:modality``, ``kg:confidence`` and ``kg:evidence`` are optional, so an
  assertion missing one is still read.

>>> from kg.store.embedded import open_store
>>> find_assertions(open_store(None), AssertionFilter()).total
0
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Generic, Sequence, TypeVar

import pyoxigraph as ox

from kg.errors import ValidationError
from kg.explore.actors import ActorRef, actor_refs
from kg.explore.scope import EVERY_STATEMENT, Scope
from kg.store.protocol import Store
from kg.store.query import execute, python_value
from kg.store.rdf import document_iri, sparql_prefixes
from kg.vocab import GROUPS, KG, vocabulary

T = TypeVar("T")
DateLike = str | dt.date | None

# Not part of the assertion the REST API documents (docs/api.md); the tables and exports carry them.
_NOT_IN_REST = {"rest": False}


@dataclass(frozen=True)
class Page(Generic[T]):
    """Some of the answers and how many there are in all, so callers paginate with ``limit``/``offset``."""

    items: tuple[T, ...]
    total: int
    limit: int | None
    offset: int


@dataclass(frozen=True)
class Evidence:
    """The sentence that states a relation, and where it stands in the document's text (when known)."""

    sentence: str
    start: int | None
    end: int | None


@dataclass(frozen=True)
class Assertion:
    """One extracted relation with its qualifiers, the sentence stating it and its document.

    ``date`` is the document's (``YYYY-MM-DD``); ``group`` is the relation's tone group from
    the vocabulary (None for a relation the ontology does not know).
    """

    id: str
    subject: ActorRef
    relation: str
    group: str | None
    object: ActorRef
    negated: bool
    modality: str
    confidence: float
    attributed_to: ActorRef | None
    condition: str | None
    date: str | None
    document: str
    evidence: Evidence
    predicate_text: str | None = field(default=None, metadata=_NOT_IN_REST)
    document_title: str | None = field(default=None, metadata=_NOT_IN_REST)


@dataclass(frozen=True)
class AssertionFilter:
    """Which assertions to read, in which order, and which page of them.

    Actors are IRIs (``kg.explore.actors.resolve_actor`` turns names into IRIs): ``subject``
    and ``object`` as the text states them, ``involving`` on either side, ``between`` a pair
    in either direction. ``relations`` are relation names (``relation_names`` expands
    groups); ``scope`` says which kinds of statement count (facts, negated, modalities).
    Empty values, and the default scope here, keep everything: the readers that present
    relations to users pass the honest ``Scope()``.
    """

    subject: str | None = None
    object: str | None = None
    involving: str | None = None
    between: tuple[str, str] | None = None
    attributed_to: str | None = None
    relations: tuple[str, ...] = ()
    scope: Scope = EVERY_STATEMENT
    min_confidence: float = 0.0
    since: dt.date | None = None
    until: dt.date | None = None
    document: str | None = None
    newest_first: bool = False
    limit: int | None = None
    offset: int = 0


@dataclass(frozen=True)
class TimelinePoint:
    """How many assertions were dated ``date``, by tone group."""

    date: str
    cooperative: int = 0
    conflictual: int = 0
    neutral: int = 0
    fact: int = 0


def find_assertions(store: Store, f: AssertionFilter) -> Page[Assertion]:
    """The assertions matching ``f``, oldest first (``newest_first`` reverses), with how many match in all.

    Ties are broken by document, position of the evidence and IRI, so pages never overlap.
    """
    where = _pattern(f)
    order = "DESC(?date)" if f.newest_first else "?date"
    window = (f" LIMIT {int(f.limit)}" if f.limit is not None else "") + (f" OFFSET {int(f.offset)}" if f.offset else "")
    rows = execute(
        store, f"{sparql_prefixes()}SELECT {_SELECTED} WHERE {{ {where} }} ORDER BY {order} ?document ?start ?assertion{window}"
    ).rows or []
    items = _assertions(store, rows)
    paged = f.limit is not None or f.offset
    total = _count(store, where) if paged else len(items)
    return Page(tuple(items), total, f.limit, f.offset)


def timeline(store: Store, f: AssertionFilter) -> tuple[TimelinePoint, ...]:
    """Per date, how many dated assertions matching ``f`` fall in each tone group (``limit`` and order ignored)."""
    rows = execute(
        store,
        f"{sparql_prefixes()}SELECT ?date ?p (COUNT(*) AS ?n) WHERE {{ {_pattern(f)} FILTER(BOUND(?date)) }} GROUP BY ?date ?p",
    ).rows or []
    known = vocabulary()
    by_date: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(GROUPS, 0))
    for row in rows:
        kind = known.get(row["p"].value.removeprefix(KG))
        if kind is not None:
            by_date[row["date"].value][kind.group] += int(row["n"].value)
    return tuple(TimelinePoint(date, **counts) for date, counts in sorted(by_date.items()))


def assertion_record(assertion: Assertion) -> dict[str, object]:
    """The assertion as one flat row: the columns of ``KnowledgeGraph.relations()``, of the CSV export and of network edges.

    ``tone``, ``symmetric``, ``plover`` and ``cameo`` come from the relation vocabulary.
    """
    kind = vocabulary().get(assertion.relation)
    attributed = assertion.attributed_to
    return {
        "assertion": assertion.id,
        "date": assertion.date,
        "document": assertion.document,
        "title": assertion.document_title,
        "subject": assertion.subject.name,
        "subject_iri": assertion.subject.iri,
        "relation": assertion.relation,
        "group": assertion.group,
        "tone": kind.tone if kind else None,
        "symmetric": bool(kind and kind.symmetric),
        "plover": kind.plover if kind else None,
        "cameo": kind.cameo if kind else None,
        "object": assertion.object.name,
        "object_iri": assertion.object.iri,
        "negated": assertion.negated,
        "modality": assertion.modality,
        "condition": assertion.condition,
        "attributed_to": attributed.name if attributed else None,
        "attributed_to_iri": attributed.iri if attributed else None,
        "confidence": assertion.confidence,
        "evidence": assertion.evidence.sentence,
        "start": assertion.evidence.start,
        "end": assertion.evidence.end,
        "predicate_text": assertion.predicate_text,
    }


def relation_names(relation: str | Sequence[str] | None, facts: bool = True) -> tuple[str, ...]:
    """Relation names from names and groups: ``["conflictual", "aids"]`` → every conflictual relation and ``aids``.

    None is no restriction (``()``); an unknown name is a ``ValidationError`` (E203) listing
    the choices. Naming a fact when ``facts`` is False (the facts are left out) is E404: an
    empty answer would hide the reason.

    >>> relation_names("aids")
    ('aids',)
    """
    if relation is None:
        return ()
    known = vocabulary()
    names: set[str] = set()
    for name in [relation] if isinstance(relation, str) else relation:
        if name in GROUPS:
            names.update(r for r, kind in known.items() if kind.group == name)
        elif name in known:
            names.add(name)
        else:
            raise ValidationError("E203", name=name, where="the relation filter", known=", ".join(GROUPS + tuple(known)))
    named_facts = sorted(name for name in names if known[name].group == "fact")
    if named_facts and not facts:
        raise ValidationError("E404", names=", ".join(named_facts))
    return tuple(sorted(names))


def as_date(value: DateLike, field: str) -> dt.date | None:
    """A date bound given as ``YYYY-MM-DD`` text or a date (a datetime keeps its day); ``ValidationError`` (E815) otherwise.

    >>> as_date("2024-03-21", "since")
    datetime.date(2024, 3, 21)
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError("E815", value=value, field=field) from None


# --- the query ----------------------------------------------------------------------------------

_SELECTED = (
    "?assertion ?s ?p ?o ?negated ?modality ?confidence ?evidence ?start ?end "
    "?predicate_text ?condition ?att ?document ?title ?date"
)


def _pattern(f: AssertionFilter) -> str:
    """The graph pattern of the assertions matching ``f``, binding the variables of ``_SELECTED``."""
    values = [
        f"VALUES {variable} {{ {' '.join(terms)} }}"
        for variable, terms in (
            ("?s", [_iri(f.subject)] if f.subject else []),
            ("?o", [_iri(f.object)] if f.object else []),
            ("?p", [_iri(KG + name) for name in f.relations]),
            ("?modality", [json.dumps(m) for m in f.scope.modalities]),
            ("?doc", [_iri(document_iri(f.document))] if f.document else []),
        )
        if terms
    ]
    conditions = []
    if f.involving:
        conditions.append(f"(?s = {_iri(f.involving)} || ?o = {_iri(f.involving)})")
    if f.between:
        a, b = map(_iri, f.between)
        conditions.append(f"((?s = {a} && ?o = {b}) || (?s = {b} && ?o = {a}))")
    if f.attributed_to:
        conditions.append(f"?att = {_iri(f.attributed_to)}")
    if not f.scope.facts:
        facts = [_iri(kind.iri) for kind in vocabulary().values() if kind.group == "fact"]
        conditions.append(f"?p NOT IN ({', '.join(facts)})")
    if f.scope.negated is not None:
        conditions.append(f"?negated = {str(f.scope.negated).lower()}")
    if f.min_confidence:
        conditions.append(f"?confidence >= {float(f.min_confidence)!r}")
    for bound, operator in ((f.since, ">="), (f.until, "<=")):
        if bound is not None:
            conditions.append(f'?date {operator} "{bound.isoformat()}"^^xsd:date')
    return f"""{" ".join(values)}
  GRAPH ?doc {{
    ?assertion a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
               kg:negated ?negated ; kg:modality ?modality ; kg:confidence ?confidence ; kg:evidence ?evidence .
    ?doc dcterms:identifier ?document .
    OPTIONAL {{ ?doc dcterms:date ?date }}
    OPTIONAL {{ ?doc dcterms:title ?title }}
    OPTIONAL {{ ?assertion kg:evidenceStart ?start }}
    OPTIONAL {{ ?assertion kg:evidenceEnd ?end }}
    OPTIONAL {{ ?assertion kg:predicateText ?predicate_text }}
    OPTIONAL {{ ?assertion kg:conditionText ?condition }}
    OPTIONAL {{ ?assertion kg:attributedTo ?att }}
  }}
  {"FILTER(" + " && ".join(conditions) + ")" if conditions else ""}"""


def _count(store: Store, where: str) -> int:
    rows = execute(store, f"{sparql_prefixes()}SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}").rows or []
    return int(rows[0]["n"].value)


def _assertions(store: Store, rows: list[dict]) -> list[Assertion]:
    refs = actor_refs(store, {row[v].value for row in rows for v in ("s", "o", "att") if row[v] is not None})
    known = vocabulary()
    found = []
    for row in rows:
        value = {name: python_value(term) for name, term in row.items()}
        relation = row["p"].value.removeprefix(KG)
        found.append(
            Assertion(
                id=row["assertion"].value,
                subject=refs[row["s"].value],
                relation=relation,
                group=known[relation].group if relation in known else None,
                object=refs[row["o"].value],
                negated=bool(value["negated"]),
                modality=str(value["modality"]),
                confidence=float(value["confidence"]),
                attributed_to=refs[row["att"].value] if row["att"] is not None else None,
                condition=value["condition"],
                date=value["date"],
                document=str(value["document"]),
                evidence=Evidence(str(value["evidence"]), value["start"], value["end"]),
                predicate_text=value["predicate_text"],
                document_title=value["title"],
            )
        )
    return found


def _iri(value: str) -> str:
    """An IRI written for SPARQL; a value that is not one is refused by pyoxigraph (ValueError), never spliced in."""
    return str(ox.NamedNode(value))
