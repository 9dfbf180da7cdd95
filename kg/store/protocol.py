"""The ``Store`` protocol: what the CLI, the HTTP API and ``KnowledgeGraph`` may ask of a store.

Two stores implement it: ``kg.store.embedded.EmbeddedStore`` (pyoxigraph in a folder or in
memory) and ``kg.store.remote.RemoteStore`` (any SPARQL 1.1 endpoint over HTTP). What both do
the same way, because it is SPARQL on either — documents and counts — is written once, in
``SparqlStore``.

Graphs are named by IRI, the default graph by ``None``. Each document is one named graph
(``doc/{id}``); actors are described in ``graph/actors``; ``graph/ontology`` holds a copy of
``ontologies/kg.ttl``, refreshed by the first document write after the file changed, so queries
can group relations by ``rdfs:subPropertyOf`` and read their tone.

>>> from kg.store.embedded import open_store
>>> store: Store = open_store(None)
>>> store.stats()
Stats(documents=0, actors=0, relations=0, triples=0)
"""

from __future__ import annotations

import hashlib
import io
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Iterable, Iterator, Protocol, Sequence

import pyoxigraph as ox

from kg.errors import NotFoundError, RequestError
from kg.settings import ONTOLOGIES
from kg.store.rdf import OWL, PREFIXES, RDF, RDFS, SKOS, DocumentQuads, document_iri
from kg.vocab import ACTORS_GRAPH, KG, ONTOLOGY_GRAPH

ONTOLOGY_PATH = ONTOLOGIES / "kg.ttl"
DCT_IDENTIFIER = "http://purl.org/dc/terms/identifier"

QueryResult = ox.QuerySolutions | ox.QueryBoolean | Iterator[ox.Triple]
"""pyoxigraph's answers: solutions (SELECT), a boolean (ASK) or triples (CONSTRUCT, DESCRIBE)."""


@dataclass(frozen=True)
class Stats:
    """Documents, actors, assertions, and triples in named graphs (what documents and actors are made of)."""

    documents: int
    actors: int
    relations: int
    triples: int


@dataclass(frozen=True)
class Dataset:
    """The graphs a query reads, as the SPARQL 1.1 Protocol's ``default-graph-uri`` and
    ``named-graph-uri`` name them; ``Dataset()`` names none and leaves it to the query's own
    ``FROM`` and ``FROM NAMED``."""

    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


class Store(Protocol):
    """What every store offers; the CLI, the HTTP API and ``KnowledgeGraph`` use nothing else."""

    @property
    def location(self) -> str:
        """Where the data is: a folder, ``"memory"`` or an endpoint's URL."""
        ...

    def query(self, sparql: str, dataset: Dataset | None = None) -> QueryResult:
        """Run a SPARQL query; without ``dataset`` it reads the union of all graphs. E501 if it is not valid."""
        ...

    def update(self, sparql: str) -> None:
        """Apply a SPARQL update, as one transaction. E507 if it is not valid."""
        ...

    def graph_exists(self, graph: str | None) -> bool:
        """Whether the store has this graph (the default graph always exists)."""
        ...

    def triples(self, graph: str | None) -> Iterator[ox.Triple]:
        """The triples of one graph."""
        ...

    def load(
        self, data: bytes, format: ox.RdfFormat, graph: str | None, replace: bool = False, base_iri: str | None = None
    ) -> bool:
        """Add RDF in ``format`` to a graph (all of it or none; ``replace``: instead of what it held),
        relative IRIs resolved against ``base_iri`` or else the graph's IRI; ``True`` if the graph is
        new. E710 if the data is not valid."""
        ...

    def stats(self) -> Stats:
        """Counts of documents, actors, assertions and triples."""
        ...

    def documents(self) -> list[str]:
        """Ids of the stored documents, sorted."""
        ...

    def document_hash(self, doc_id: str) -> str | None:
        """The SHA-256 of a stored document's text, ``None`` if there is no such document."""
        ...

    def put_document(self, quads: DocumentQuads) -> None:
        """Replace a document's graph and its actors' descriptions, as one transaction."""
        ...

    def put_documents(self, documents: Sequence[DocumentQuads]) -> None:
        """``put_document`` for each, in order, each document whole: the store ends up the same; a
        failure may leave the first documents written and the others not, which a later ``kg
        ingest`` writes."""
        ...

    def remove_document(self, doc_id: str) -> None:
        """Delete a document's graph and the actor descriptions no other document uses; E403 if there is none."""
        ...

    def close(self) -> None:
        """Let go of the store (files or connections)."""
        ...


class SparqlStore(ABC):
    """The part of ``Store`` every store does in SPARQL through its own ``query`` and ``update``.

    Every write of a document is one update, so the store applies it as one transaction: a
    document is replaced whole or not at all.
    """

    _ontology_current = False  # this store's copy of the ontology was found current (or written)

    @abstractmethod
    def query(self, sparql: str, dataset: Dataset | None = None) -> QueryResult: ...

    @abstractmethod
    def update(self, sparql: str) -> None: ...

    def _write(self, sparql: str) -> None:
        """Apply one of the updates below: they leave the same store when applied twice (a remote
        store may send one again when the connection broke before the answer)."""
        self.update(sparql)

    @abstractmethod
    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """Every quad (the default graph's too), or those of one named graph."""

    def dump(self, fmt: str, ontology: bool = True) -> bytes:
        """The whole dataset (or, for triple formats, the union of its graphs) in an RDF format named
        in ``kg.store.query.FORMATS``; ``ontology=False`` leaves out the copy of the ontology (for
        output about documents only)."""
        from kg.store.query import FORMATS  # imported here: that module imports this one

        out = io.BytesIO()
        rdf_format = FORMATS[fmt].syntax
        quads = (q for q in self.quads() if ontology or q.graph_name != ox.NamedNode(ONTOLOGY_GRAPH))
        if rdf_format.supports_datasets:
            ox.serialize(quads, out, format=rdf_format, prefixes=PREFIXES)
        else:
            # A triple shared by two graphs (an actor praised in two articles) is written once.
            triples = dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads)
            ox.serialize(triples, out, format=rdf_format, prefixes=PREFIXES)
        return out.getvalue()

    def documents(self) -> list[str]:
        rows = self.query(
            f"SELECT ?id WHERE {{ GRAPH ?d {{ ?d a <{KG}Document> ; <{DCT_IDENTIFIER}> ?id }} }} ORDER BY ?id"
        )
        return [row["id"].value for row in rows]

    def document_hash(self, doc_id: str) -> str | None:
        iri = document_iri(doc_id)
        rows = list(self.query(f"SELECT ?h WHERE {{ GRAPH <{iri}> {{ <{iri}> <{KG}sha256> ?h }} }}"))
        return rows[0]["h"].value if rows else None

    def put_document(self, quads: DocumentQuads) -> None:
        """Replace the document's graph, refresh its actors' descriptions and delete the
        descriptions of actors it no longer uses and nothing else uses — one transaction."""
        before = self._actors_of(quads.graph)
        fresh = sorted({q.subject.value for q in quads.actor_quads})
        steps = [
            "" if self._ontology_current else self._ontology_update(),
            f"DROP SILENT GRAPH <{quads.graph}>",
            _delete_descriptions(fresh),
            f"INSERT DATA {{ GRAPH <{quads.graph}> {{\n{quads.triples}\n}}\n"
            f"GRAPH <{ACTORS_GRAPH}> {{\n{triple_lines(quads.actor_quads)}\n}} }}",
            _delete_orphans(sorted(before - set(fresh))),
        ]
        self._write(" ;\n".join(step for step in steps if step))
        self._ontology_current = True

    def put_documents(self, documents: Sequence[DocumentQuads]) -> None:
        for quads in documents:
            self.put_document(quads)

    def remove_document(self, doc_id: str) -> None:
        graph = document_iri(doc_id)
        if self.document_hash(doc_id) is None:
            raise NotFoundError("E403", doc_id=doc_id)
        # SILENT: a removal sent again (a retried request) finds the graph gone and leaves the same store
        steps = [f"DROP SILENT GRAPH <{graph}>", _delete_orphans(sorted(self._actors_of(graph)))]
        self._write(" ;\n".join(step for step in steps if step))

    def stats(self) -> Stats:
        row = next(iter(self.query(_STATS)))
        return Stats(*(int(row[name].value) for name in ("documents", "actors", "relations", "triples")))

    def _actors_of(self, graph: str) -> set[str]:
        """The actors (and topics) of the actors graph that ``graph`` refers to."""
        rows = self.query(
            f"SELECT DISTINCT ?a WHERE {{ GRAPH <{graph}> {{ {{ ?x ?y ?a }} UNION {{ ?a ?y ?x }} }}"
            f" GRAPH <{ACTORS_GRAPH}> {{ ?a a ?type }} }}"
        )
        return {row["a"].value for row in rows}

    def _ontology_update(self) -> str:
        """The update that loads ``ontologies/kg.ttl`` into its graph, or "" when the stored copy is current."""
        text = ONTOLOGY_PATH.read_bytes()
        marker = f"<{ONTOLOGY_GRAPH}> <{KG}sha256> {ox.Literal(hashlib.sha256(text).hexdigest())}"
        if self.query(f"ASK {{ GRAPH <{ONTOLOGY_GRAPH}> {{ {marker} }} }}"):
            return ""
        triples = ox.parse(text, format=ox.RdfFormat.TURTLE)
        return (
            f"DROP SILENT GRAPH <{ONTOLOGY_GRAPH}> ;\n"
            f"INSERT DATA {{ GRAPH <{ONTOLOGY_GRAPH}> {{\n{triple_lines(triples)}\n{marker} .\n}} }}"
        )


def triples_of(data: bytes, format: ox.RdfFormat, base_iri: str | None = None) -> list[ox.Triple]:
    """The triples of RDF data, graph names dropped; pyoxigraph's ``SyntaxError`` if it is not valid."""
    return [ox.Triple(s.subject, s.predicate, s.object) for s in ox.parse(data, format=format, base_iri=base_iri)]


def read_triples(data: bytes, format: ox.RdfFormat, base_iri: str | None) -> list[ox.Triple]:
    """The triples of RDF data to load (a Graph Store body has no graph names); E710 if it is not valid."""
    try:
        return triples_of(data, format, base_iri)
    except (SyntaxError, ValueError, OSError) as err:
        raise RequestError("E710", fmt=format.media_type, reason=str(err)) from None


def triple_lines(statements: Iterable[ox.Quad | ox.Triple]) -> str:
    """The statements as N-Triples lines (graph names dropped), for an ``INSERT DATA`` block."""
    return "\n".join(f"{s.subject} {s.predicate} {s.object} ." for s in statements)


# What a document's write replaces in the description of each of its actors; skos:altLabel
# is left out on purpose, so the surface forms seen across documents accumulate.
CANONICAL_PREDICATES = (RDF + "type", SKOS + "prefLabel", RDFS + "label", OWL + "sameAs")

# Full IRIs, no PREFIX lines: endpoints other than ours do not know our prefixes.
_STATS = f"""SELECT ?documents ?actors ?relations ?triples WHERE {{
  {{ SELECT (COUNT(DISTINCT ?d) AS ?documents) WHERE {{ GRAPH ?d {{ ?d a <{KG}Document> }} }} }}
  {{ SELECT (COUNT(DISTINCT ?a) AS ?actors) WHERE {{ GRAPH <{ACTORS_GRAPH}> {{ ?a a <{KG}Actor> }} }} }}
  {{ SELECT (COUNT(?r) AS ?relations) WHERE {{ GRAPH ?g {{ ?r a <{KG}Assertion> }} }} }}
  {{ SELECT (COUNT(*) AS ?triples) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} }}
}}"""


def _values(iris: Iterable[str]) -> str:
    return " ".join(f"<{iri}>" for iri in iris)


def _delete_descriptions(iris: list[str]) -> str:
    """Delete the canonical fields of these actors' descriptions (they are about to be rewritten)."""
    if not iris:
        return ""
    return (
        f"DELETE {{ GRAPH <{ACTORS_GRAPH}> {{ ?a ?p ?o }} }} WHERE {{\n"
        f"  VALUES ?a {{ {_values(iris)} }} VALUES ?p {{ {_values(CANONICAL_PREDICATES)} }}\n"
        f"  GRAPH <{ACTORS_GRAPH}> {{ ?a ?p ?o }}\n}}"
    )


def _delete_orphans(candidates: list[str]) -> str:
    """Delete the descriptions of those candidates that no document graph refers to any more."""
    if not candidates:
        return ""
    outside = f"FILTER(?g != <{ACTORS_GRAPH}> && ?g != <{ONTOLOGY_GRAPH}>)"
    return (
        f"DELETE {{ GRAPH <{ACTORS_GRAPH}> {{ ?a ?p ?o }} }} WHERE {{\n"
        f"  VALUES ?a {{ {_values(candidates)} }}\n"
        f"  GRAPH <{ACTORS_GRAPH}> {{ ?a ?p ?o }}\n"
        f"  FILTER NOT EXISTS {{ GRAPH ?g {{ ?x ?y ?a }} {outside} }}\n"
        f"  FILTER NOT EXISTS {{ GRAPH ?g {{ ?a ?y ?x }} {outside} }}\n}}"
    )
