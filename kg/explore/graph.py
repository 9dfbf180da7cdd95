"""``KnowledgeGraph``: the Python API for exploring the graph, in a notebook or a script.

The same methods work on a store folder and on a running SPARQL endpoint::

    graph = KnowledgeGraph.open("data/store")                    # embedded (pyoxigraph)
    graph = KnowledgeGraph.connect("http://127.0.0.1:8000/sparql")  # remote (SPARQL 1.1 protocol)
    graph.relations(subject="Russia", relation="conflictual", since="2024-01-01")
    graph.relations(between=("Russia", "United States"), modality=None)  # both ways, any modality
    G = graph.to_networkx()                                       # one edge per assertion

Answers are pandas DataFrames whose columns carry the literals' datatypes: dates are
datetimes, numbers are numbers, booleans are bools. Actors are named by canonical name,
alias or IRI (``kg.explore.actors.resolve_actor``). Both count, unless asked otherwise, the
interactions that were asserted and not negated (``kg.explore.scope``: ``facts=True``,
``negated=``, ``modality=`` bring the rest in). ``relations()`` and ``to_networkx()``
present the assertions of ``kg.explore.assertions`` as a table and as the actor network of
``kg.explore.network``; the analytics on the network live in ``kg.explore.analytics``, the
pictures in ``kg.explore.plots``.
"""

from __future__ import annotations

import html
import time
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

import networkx as nx
import pandas as pd
import pyoxigraph as ox

from kg.explore import analytics
from kg.errors import ValidationError
from kg.explore.actors import ActorSummary, actor_summary, list_actors, resolve_actor
from kg.explore.assertions import Assertion, AssertionFilter, DateLike, as_date, assertion_record, find_assertions, relation_names
from kg.explore.network import actor_network
from kg.explore.scope import Modality, Scope
from kg.model import ACTOR_TYPES, Actor, Document
from kg.store.query import Result, execute
from kg.store.rdf import WIKIDATA
from kg.settings import Settings
from kg.store import from_settings as store_from_settings
from kg.store.embedded import open_store
from kg.store.protocol import Stats, Store
from kg.store.remote import RemoteStore

if TYPE_CHECKING:  # the pipeline loads spaCy: only ingest needs it, so analysis starts fast
    from kg.store.ingest import IngestReport
    from kg.extract.pipeline import Pipeline

XSD = "http://www.w3.org/2001/XMLSchema#"
INTEGER_TYPES = {
    XSD + name
    for name in (
        "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
        "negativeInteger", "nonPositiveInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte",
    )
}
FLOAT_TYPES = {XSD + "decimal", XSD + "double", XSD + "float"}
DATE_TYPES = {XSD + "date", XSD + "dateTime", XSD + "dateTimeStamp"}
RELATION_COLUMNS = [
    "date", "subject", "relation", "object", "group", "tone", "symmetric", "negated", "modality", "condition",
    "attributed_to", "confidence", "document", "title", "evidence", "subject_iri", "object_iri",
    "attributed_to_iri", "assertion",
]
# the typed columns of relations(); every other one holds Python objects (str or None)
RELATION_DTYPES = {"tone": "float64", "symmetric": "bool", "negated": "bool", "confidence": "float64"}


class KnowledgeGraph:
    """The graph of actors and relations, embedded (``open``) or remote (``connect``), one API for both."""

    def __init__(self, backend: Store, settings: Settings | None = None) -> None:
        self.backend = backend
        self.settings = settings or Settings.from_env()
        self._pipeline: Pipeline | None = None

    # --- opening --------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str | None = None, read_only: bool = False, settings: Settings | None = None) -> "KnowledgeGraph":
        """The store in a folder (``None``: in memory); ``read_only`` lets it be shared with a running server."""
        return cls(open_store(path, read_only=read_only), settings)

    @classmethod
    def connect(cls, url: str, token: str | None = None, timeout: float = 60.0) -> "KnowledgeGraph":
        """A SPARQL 1.1 endpoint, e.g. ``kg serve``'s ``http://127.0.0.1:8000/sparql``; ``token`` authorises writes."""
        return cls(RemoteStore(url, token=token, timeout=timeout))

    @classmethod
    def from_settings(cls, settings: Settings, read_only: bool = True) -> "KnowledgeGraph":
        """The endpoint when ``settings.endpoint`` is set, the store folder otherwise (what the CLI uses)."""
        return cls(store_from_settings(settings, read_only=read_only), settings)

    @property
    def location(self) -> str:
        """The store's folder (``"memory"`` for none) or the endpoint's URL."""
        return self.backend.location

    def close(self) -> None:
        self.backend.close()

    def __enter__(self) -> "KnowledgeGraph":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        kind = "remote" if isinstance(self.backend, RemoteStore) else "embedded"
        return f"KnowledgeGraph({self.location!r}, {kind})"

    def _repr_html_(self) -> str:
        counts = pd.DataFrame([self.stats().__dict__])
        return f"<p><b>{html.escape(repr(self))}</b></p>" + counts.to_html(index=False)

    # --- queries --------------------------------------------------------------------------
    def sparql(self, query: str) -> pd.DataFrame | bool:
        """A SELECT as a typed DataFrame, an ASK as a bool, a CONSTRUCT/DESCRIBE as subject/predicate/object rows."""
        return to_frame(execute(self.backend, query))

    def stats(self) -> Stats:
        """Counts of documents, actors, assertions and triples (in named graphs)."""
        return self.backend.stats()

    def actors(self, q: str | None = None, type: str | None = None) -> pd.DataFrame:
        """Actors with their type, aliases, mention counts and Wikidata IRI, most mentioned first.

        ``q`` matches part of the name or an alias, ignoring case and accents (as ``kg actors
        --q``); ``type`` is an actor type such as ``"State"`` or ``"Person"``.
        """
        _check_choice("type", type, ACTOR_TYPES + ("Topic",))
        found = [a for a in list_actors(self.backend, q) if type is None or type in a.types]
        rows = [
            {
                "name": a.name,
                "type": a.type,
                "aliases": list(a.aliases),
                "mentions": a.mentions,
                "documents": a.documents,
                "wikidata": _wikidata(a),
                "iri": a.iri,
            }
            for a in found
        ]
        return pd.DataFrame(rows, columns=["name", "type", "aliases", "mentions", "documents", "wikidata", "iri"])

    def actor(self, name: str) -> Actor:
        """The actor named by IRI, id, canonical name or alias (case and accents ignored); an ambiguous alias is refused."""
        summary = actor_summary(self.backend, resolve_actor(self.backend, name))
        wikidata = _wikidata(summary)
        return Actor(
            summary.iri, summary.name, summary.type, summary.aliases, wikidata.removeprefix(WIKIDATA) if wikidata else None
        )

    def relations(
        self,
        subject: str | None = None,
        relation: str | Sequence[str] | None = None,
        object: str | None = None,
        since: DateLike = None,
        until: DateLike = None,
        min_confidence: float = 0.0,
        *,
        facts: bool = False,
        negated: bool | None = False,
        modality: Modality = "asserted",
        between: tuple[str, str] | None = None,
    ) -> pd.DataFrame:
        """Assertions with their qualifiers and evidence, oldest first.

        By default the interactions that were asserted and not negated (``docs/counting.md``):
        ``facts=True`` adds the facts (``leaderOf`` …); ``negated=True`` keeps only negated
        statements ("X did not praise Y"), ``None`` both; ``modality`` is ``"asserted"``,
        ``"hypothetical"``, ``"future"``, ``"conditional"``, a list of them, or ``None`` (any).
        ``relation`` takes relation names (``"sanctions"``) and groups (``"conflictual"``);
        ``between`` is a pair of actors, in either direction; ``since``/``until`` bound the
        document's date (inclusive; undated assertions drop out when a bound is given).
        ``group`` and ``tone`` come from the relation vocabulary (``kg.vocab``). The table's
        ``attrs["counts"]`` says what it counts, for the captions of ``kg.explore.plots``.
        """
        scope = Scope.of(facts, negated, modality)
        found = self._assertions(scope, subject, relation, object, between, since, until, min_confidence)
        records = [assertion_record(a) for a in found]
        table = pd.DataFrame(
            {
                column: pd.Series([r[column] for r in records], dtype=RELATION_DTYPES.get(column, "object"))
                for column in RELATION_COLUMNS
            },
            columns=RELATION_COLUMNS,
        )
        table["date"] = pd.to_datetime(table["date"])
        table.attrs["counts"] = scope.caption
        return table

    # --- writing --------------------------------------------------------------------------
    def ingest(self, texts_or_paths: str | Path | Document | Iterable[str | Path | Document]) -> IngestReport:
        """Add documents: paths (files or folders), ``Document`` values, or texts.

        A string is read as a path when it has no whitespace (a missing path is an error,
        not a one-word document); otherwise it is the text itself. Remote graphs send each
        document to the server's ``POST /documents``.
        """
        from kg.store.ingest import ingest
        from kg.extract.pipeline import Pipeline

        documents = documents_of(texts_or_paths)
        if isinstance(self.backend, RemoteStore):
            return _remote_ingest(self.backend, documents)
        if self._pipeline is None:
            self._pipeline = Pipeline(self.settings)
        report = ingest(self.backend, documents, self._pipeline)
        self.backend.flush()
        return report

    # --- networks -------------------------------------------------------------------------
    def to_networkx(
        self,
        aggregate: bool = False,
        since: DateLike = None,
        until: DateLike = None,
        relations: str | Sequence[str] | None = None,
        min_confidence: float = 0.0,
        *,
        facts: bool = False,
        negated: bool | None = False,
        modality: Modality = "asserted",
        between: tuple[str, str] | None = None,
    ) -> nx.MultiDiGraph | nx.DiGraph:
        """The actor network (``kg.explore.network``): a ``MultiDiGraph`` with one edge per assertion, or (``aggregate``) a weighted ``DiGraph``.

        Nodes are actor IRIs with ``name`` and ``type``. A symmetric relation is one edge
        as the text states it (``symmetric=True``); the aggregated graph counts it in both
        directions. The filters, and the defaults, are those of ``relations()``.
        """
        scope = Scope.of(facts, negated, modality)
        graph = actor_network(self._assertions(scope, None, relations, None, between, since, until, min_confidence))
        if not aggregate:
            return graph
        return analytics.aggregate(graph, **scope.arguments)

    def _assertions(
        self,
        scope: Scope,
        subject: str | None,
        relation: str | Sequence[str] | None,
        object: str | None,
        between: tuple[str, str] | None,
        since: DateLike,
        until: DateLike,
        min_confidence: float,
    ) -> tuple[Assertion, ...]:
        """The assertions the arguments of ``relations()`` and ``to_networkx()`` ask for, checked."""
        if between is not None and (isinstance(between, str) or not isinstance(between, Sequence) or len(between) != 2):
            raise ValidationError("E405", value=between)
        chosen = AssertionFilter(
            subject=resolve_actor(self.backend, subject) if subject is not None else None,
            object=resolve_actor(self.backend, object) if object is not None else None,
            between=tuple(resolve_actor(self.backend, actor) for actor in between) if between is not None else None,
            relations=relation_names(relation, facts=scope.facts),
            scope=scope,
            min_confidence=min_confidence,
            since=as_date(since, "since"),
            until=as_date(until, "until"),
        )
        return find_assertions(self.backend, chosen).items


def documents_of(items: str | Path | Document | Iterable[str | Path | Document]) -> list[Document]:
    """Documents from paths, texts and ``Document`` values (see ``KnowledgeGraph.ingest``)."""
    from kg.extract.read import read_paths, read_text

    if isinstance(items, (str, Path, Document)):
        items = [items]
    documents: list[Document] = []
    for item in items:
        if isinstance(item, Document):
            documents.append(item)
        elif isinstance(item, Path) or not any(ch.isspace() for ch in item):
            documents += read_paths([item])
        else:
            documents.append(read_text(item))
    return documents


def to_frame(result: Result) -> pd.DataFrame | bool:
    """A query result as a DataFrame whose columns follow the literals' datatypes."""
    if result.kind == "ask":
        return bool(result.boolean)
    if result.kind == "graph":
        names = ["subject", "predicate", "object"]
        rows = [{"subject": t.subject, "predicate": t.predicate, "object": t.object} for t in result.triples or []]
    else:
        names = result.variables or []
        rows = result.rows or []
    return pd.DataFrame({name: _column([row.get(name) for row in rows]) for name in names}, columns=names)


def _column(terms: list) -> pd.Series:
    """One column, typed when every bound value shares a datatype family."""
    datatypes = {t.datatype.value for t in terms if isinstance(t, ox.Literal) and not t.language}
    kinds = {type(t) for t in terms if t is not None}
    values = [None if t is None else t.value for t in terms]
    missing = any(v is None for v in values)
    if kinds != {ox.Literal} or not datatypes or any(isinstance(t, ox.Literal) and t.language for t in terms):
        return pd.Series(values, dtype="object")
    if datatypes <= INTEGER_TYPES:
        return pd.Series([None if v is None else int(v) for v in values], dtype="Int64" if missing else "int64")
    if datatypes <= INTEGER_TYPES | FLOAT_TYPES:
        return pd.Series([None if v is None else float(v) for v in values], dtype="float64")
    if datatypes == {XSD + "boolean"}:
        flags = [None if v is None else v in ("true", "1") for v in values]
        return pd.Series(flags, dtype="boolean" if missing else "bool")
    if datatypes <= DATE_TYPES:
        return pd.Series(pd.to_datetime(values, format="ISO8601", utc=datatypes != {XSD + "date"}))
    return pd.Series(values, dtype="object")


def _check_choice(field: str, value: str | None, known: Sequence[str]) -> None:
    if value is not None and value not in known:
        raise ValidationError("E816", field=field, value=value, known=", ".join(known))


def _wikidata(actor: ActorSummary) -> str | None:
    """The actor's Wikidata IRI, if the store knows it."""
    return next((i for i in actor.identifiers if i.startswith(WIKIDATA)), None)


def _remote_ingest(endpoint: RemoteStore, documents: list[Document]) -> IngestReport:
    from kg.store.ingest import IngestReport

    report = IngestReport()
    started = time.perf_counter()
    actors: set[str] = set()
    for document in documents:
        extraction = endpoint.post_document(document)  # shaped like `kg extract` output
        report.documents += 1
        report.relations += len(extraction.get("relations", []))
        report.words += len(document.text.split())
        actors.update(e.get("iri") or e.get("name") for e in extraction.get("entities", []))
        report.warnings += [f"{document.id}: {w}" for w in extraction.get("warnings", [])]
    report.actors = len(actors)
    report.seconds = time.perf_counter() - started
    return report

