"""``KnowledgeGraph``: the Python API for exploring the graph, in a notebook or a script.

The same methods work on a store folder and on a running SPARQL endpoint::

    graph = KnowledgeGraph.open("data/store")                    # embedded (pyoxigraph)
    graph = KnowledgeGraph.connect("http://127.0.0.1:8000/sparql")  # remote (SPARQL 1.1 protocol)
    graph.relations(subject="Russia", relation="conflictual", since="2024-01-01")
    G = graph.to_networkx()                                       # one edge per assertion

Answers are pandas DataFrames whose columns carry the literals' datatypes: dates are
datetimes, numbers are numbers, booleans are bools. Actors are named by canonical name,
alias or IRI. The analytics on the network live in ``kg.explore.analytics``, the pictures in
``kg.explore.plots``.
"""

from __future__ import annotations

import difflib
import html
import json
import time
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

import httpx
import networkx as nx
import pandas as pd
import pyoxigraph as ox

from kg.explore import analytics
from kg.errors import NotFoundError, QueryError, StoreError, ValidationError
from kg.model import ACTOR_TYPES, MODALITIES, Actor, Document
from kg.store.query import Result, execute
from kg.explore.actors import list_actors
from kg.store.rdf import WIKIDATA, sparql_prefixes
from kg.settings import Settings
from kg.store.embedded import EmbeddedStore, Stats, open_store
from kg.vocab import ACTORS_GRAPH, GROUPS, vocabulary

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
ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"


class RemoteEndpoint:
    """A SPARQL 1.1 endpoint over HTTP, answering ``query`` like a store so ``kg.store.query.execute`` runs on it."""

    def __init__(self, url: str, token: str | None = None, timeout: float = 60.0) -> None:
        self.url = url.rstrip("/")
        self.base = self.url.removesuffix("/sparql")
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.client = httpx.Client(timeout=timeout, headers=headers)

    def query(self, sparql: str, **options: object):
        response = self._send("POST", self.url, data={"query": sparql}, headers={"Accept": ACCEPT})
        media = response.headers.get("content-type", "application/sparql-results+json").split(";")[0].strip()
        results_format = ox.QueryResultsFormat.from_media_type(media)
        if results_format is not None:
            return ox.parse_query_results(response.content, format=results_format)
        return ox.parse(response.content, format=ox.RdfFormat.from_media_type(media))

    def post_document(self, document: Document) -> dict:
        """Send one document to ``POST {base}/documents``; the server answers with its extraction (``kg.extract.output``)."""
        body = {"id": document.id, "text": document.text}
        body.update({k: v for k in ("title", "date", "source", "url", "lang") if (v := getattr(document, k))})
        target = self.base + "/documents"
        response = self._send("POST", target, json=body, missing_route=True)
        return response.json()

    def _send(self, method: str, url: str, missing_route: bool = False, **request: object) -> httpx.Response:
        try:
            response = self.client.request(method, url, **request)
        except httpx.HTTPError as err:
            raise StoreError("E803", url=url, reason=err) from None
        if missing_route and response.status_code in (404, 405):
            # a POST that creates cannot miss its target: the route itself is missing (an older server)
            raise StoreError("E805", url=url, status=response.status_code)
        if response.status_code >= 400:
            raise QueryError("E804", url=url, status=response.status_code, message=_error_message(response))
        return response

    def close(self) -> None:
        self.client.close()


class KnowledgeGraph:
    """The graph of actors and relations, embedded (``open``) or remote (``connect``), one API for both."""

    def __init__(self, backend: EmbeddedStore | RemoteEndpoint, settings: Settings | None = None) -> None:
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
        """A running endpoint, e.g. ``kg serve``'s ``http://127.0.0.1:8000/sparql``; ``token`` authorises ingest."""
        return cls(RemoteEndpoint(url, token=token, timeout=timeout))

    @classmethod
    def from_settings(cls, settings: Settings, read_only: bool = True) -> "KnowledgeGraph":
        """The endpoint when ``settings.endpoint`` is set, the store folder otherwise (what the CLI uses)."""
        if settings.endpoint:
            backend = RemoteEndpoint(settings.endpoint, token=settings.update_token, timeout=settings.query_timeout)
        else:
            backend = open_store(settings.store, read_only=read_only)
        return cls(backend, settings)

    @property
    def location(self) -> str:
        if isinstance(self.backend, RemoteEndpoint):
            return self.backend.url
        return str(self.backend.path) if self.backend.path is not None else "memory"

    def close(self) -> None:
        self.backend.close()

    def __enter__(self) -> "KnowledgeGraph":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        kind = "remote" if isinstance(self.backend, RemoteEndpoint) else "embedded"
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
        row = self.sparql(
            f"""SELECT ?documents ?actors ?relations ?triples WHERE {{
  {{ SELECT (COUNT(DISTINCT ?d) AS ?documents) WHERE {{ GRAPH ?d {{ ?d a kg:Document }} }} }}
  {{ SELECT (COUNT(DISTINCT ?a) AS ?actors) WHERE {{ GRAPH <{ACTORS_GRAPH}> {{ ?a a kg:Actor }} }} }}
  {{ SELECT (COUNT(?r) AS ?relations) WHERE {{ GRAPH ?g {{ ?r a kg:Assertion }} }} }}
  {{ SELECT (COUNT(*) AS ?triples) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} }}
}}"""
        ).iloc[0]
        return Stats(int(row["documents"]), int(row["actors"]), int(row["relations"]), int(row["triples"]))

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
                "type": a.types[0] if a.types else "Actor",
                "aliases": list(a.aliases),
                "mentions": a.mentions,
                "documents": a.documents,
                "wikidata": next((i for i in a.identifiers if i.startswith(WIKIDATA)), None),
                "iri": a.iri,
            }
            for a in found
        ]
        return pd.DataFrame(rows, columns=["name", "type", "aliases", "mentions", "documents", "wikidata", "iri"])

    def actor(self, name: str) -> Actor:
        """The actor named by IRI, canonical name or alias (case-insensitive); an ambiguous alias is refused."""
        table = self.actors()
        wanted = name.casefold().strip()
        for column in ("iri", "name"):
            match = table[table[column].str.casefold() == wanted]
            if len(match):
                return _actor(match.iloc[0])
        by_alias = table[[wanted in (a.casefold() for a in aliases) for aliases in table["aliases"]]]
        if len(by_alias) == 1:
            return _actor(by_alias.iloc[0])
        if len(by_alias) > 1:
            raise QueryError("E802", name=name, candidates=", ".join(by_alias["name"]))
        canonical = {form: row_name for row_name, aliases in zip(table["name"], table["aliases"]) for form in aliases}
        canonical.update({row_name: row_name for row_name in table["name"]})
        close = dict.fromkeys(canonical[form] for form in difflib.get_close_matches(name, list(canonical), n=5, cutoff=0.6))
        suggestion = f" Did you mean {', '.join(map(repr, list(close)[:3]))}?" if close else ""
        raise NotFoundError("E801", name=name, suggestion=suggestion)

    def relations(
        self,
        subject: str | None = None,
        relation: str | Sequence[str] | None = None,
        object: str | None = None,
        since: analytics.DateLike = None,
        until: analytics.DateLike = None,
        min_confidence: float = 0.0,
        include_negated: bool = False,
        modality: str | Sequence[str] | None = None,
    ) -> pd.DataFrame:
        """Assertions with their qualifiers and evidence, oldest first.

        ``relation`` takes relation names (``"sanctions"``) and groups (``"conflictual"``);
        ``since``/``until`` bound the date (inclusive; undated assertions drop out when a
        bound is given); ``modality`` keeps only ``"asserted"``, ``"hypothetical"``,
        ``"future"`` or ``"conditional"`` statements. Negated assertions ("X did not
        praise Y") are left out unless ``include_negated``. ``group`` and ``tone`` come
        from the relation vocabulary (``kg.vocab``).
        """
        filters = []
        for variable, actor in (("subject", subject), ("object", object)):
            if actor is not None:
                filters.append(f"FILTER(?{variable}_iri = <{self.actor(actor).iri}>)")
        names = relation_names(relation)
        if names is not None:
            filters.append("VALUES ?p { " + " ".join(f"kg:{n}" for n in names) + " }")
        for bound, operator in ((since, ">="), (until, "<=")):
            when = analytics.as_timestamp(bound, "since" if operator == ">=" else "until")
            if when is not None:
                filters.append(f'FILTER(?date {operator} "{when.date().isoformat()}"^^xsd:date)')
        if min_confidence:
            filters.append(f"FILTER(?confidence >= {float(min_confidence)!r})")
        if not include_negated:
            filters.append("FILTER(?negated = false)")
        if modality is not None:
            wanted = [modality] if isinstance(modality, str) else list(modality)
            for value in wanted:
                _check_choice("modality", value, MODALITIES)
            filters.append("VALUES ?modality { " + " ".join(json.dumps(m) for m in wanted) + " }")
        table = self.sparql(_RELATIONS_QUERY.replace("#FILTERS", "\n  ".join(filters)))
        known = vocabulary()
        table["group"] = [known[r].group if r in known else None for r in table["relation"]]
        table["tone"] = pd.Series([known[r].tone if r in known else None for r in table["relation"]], dtype="float64")
        table["symmetric"] = pd.Series([r in known and known[r].symmetric for r in table["relation"]], dtype="bool")
        return table.reindex(columns=RELATION_COLUMNS)

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
        if isinstance(self.backend, RemoteEndpoint):
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
        since: analytics.DateLike = None,
        until: analytics.DateLike = None,
        relations: str | Sequence[str] | None = None,
        min_confidence: float = 0.0,
        include_negated: bool = False,
        modality: str | Sequence[str] | None = None,
    ) -> nx.MultiDiGraph | nx.DiGraph:
        """The actor network: a ``MultiDiGraph`` with one edge per assertion, or (``aggregate``) a weighted ``DiGraph``.

        Nodes are actor IRIs with ``name`` and ``type``. A symmetric relation is one edge
        as the text states it (``symmetric=True``); the aggregated graph counts it in both
        directions. The filters are those of ``relations()``.
        """
        table = self.relations(
            relation=relations, since=since, until=until, min_confidence=min_confidence,
            include_negated=include_negated, modality=modality,
        )
        actors = self.actors()
        graph = analytics.network(table, dict(zip(actors["iri"], actors["type"])))
        return analytics.aggregate(graph) if aggregate else graph


_RELATIONS_QUERY = (
    sparql_prefixes()
    + f"""SELECT ?date ?subject ?relation ?object ?negated ?modality ?condition ?attributed_to ?confidence
       ?document ?title ?evidence ?subject_iri ?object_iri ?attributed_to_iri ?assertion
WHERE {{
  GRAPH ?doc {{
    ?assertion a kg:Assertion ; rdf:subject ?subject_iri ; rdf:predicate ?p ; rdf:object ?object_iri ;
               kg:negated ?negated ; kg:modality ?modality ; kg:confidence ?confidence ;
               kg:evidence ?evidence ; prov:wasDerivedFrom ?doc .
    OPTIONAL {{ ?assertion dcterms:date ?date }}
    OPTIONAL {{ ?assertion kg:evidenceStart ?start }}
    OPTIONAL {{ ?assertion kg:conditionText ?condition }}
    OPTIONAL {{ ?doc dcterms:identifier ?document }}
    OPTIONAL {{ ?doc dcterms:title ?title }}
  }}
  #FILTERS
  OPTIONAL {{ GRAPH <{ACTORS_GRAPH}> {{ ?subject_iri skos:prefLabel ?subject_label }} }}
  OPTIONAL {{ GRAPH <{ACTORS_GRAPH}> {{ ?object_iri skos:prefLabel ?object_label }} }}
  OPTIONAL {{
    GRAPH ?doc {{ ?assertion kg:attributedTo ?attributed_to_iri }}
    OPTIONAL {{ GRAPH <{ACTORS_GRAPH}> {{ ?attributed_to_iri skos:prefLabel ?attributed_label }} }}
  }}
  BIND(STRAFTER(STR(?p), "#") AS ?relation)
  BIND(COALESCE(STR(?subject_label), STRAFTER(STR(?subject_iri), "/actor/")) AS ?subject)
  BIND(COALESCE(STR(?object_label), STRAFTER(STR(?object_iri), "/actor/")) AS ?object)
  BIND(STR(?attributed_label) AS ?attributed_to)
}}
ORDER BY ?date ?document ?start ?assertion"""
)


def relation_names(relation: str | Sequence[str] | None) -> list[str] | None:
    """Relation names from names and groups: ``["conflictual", "aids"]`` → every conflictual relation and ``aids``."""
    if relation is None:
        return None
    known = vocabulary()
    names: list[str] = []
    for name in [relation] if isinstance(relation, str) else relation:
        if name in GROUPS:
            names += [r for r, kind in known.items() if kind.group == name]
        elif name in known:
            names.append(name)
        else:
            raise ValidationError("E203", name=name, where="the relation filter", known=", ".join(GROUPS + tuple(known)))
    return sorted(set(names))


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


def _actor(row: pd.Series) -> Actor:
    wikidata = row["wikidata"] if isinstance(row["wikidata"], str) else None
    return Actor(
        iri=row["iri"],
        name=row["name"],
        type=row["type"] if isinstance(row["type"], str) else "Actor",
        aliases=tuple(row["aliases"]),
        wikidata=wikidata.rsplit("/", 1)[-1] if wikidata else None,
    )


def _remote_ingest(endpoint: RemoteEndpoint, documents: list[Document]) -> IngestReport:
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


def _body(response: httpx.Response) -> object:
    try:
        return response.json()
    except ValueError:
        return response.text[:300]


def _error_message(response: httpx.Response) -> str:
    body = _body(response)
    if isinstance(body, dict) and "message" in body:
        return f"{body.get('error', '')} {body['message']}".strip()
    return body if isinstance(body, str) else json.dumps(body)[:300]
