"""Store stage: quads in, SPARQL out — one interface for the embedded and remote stores.

``EmbeddedStore`` keeps the graph in a pyoxigraph (RocksDB) folder; every write of a
document is one SPARQL Update, which pyoxigraph applies as one transaction, so a
document is replaced whole or not at all. ``Store.as_rdflib()`` gives the same data as an
rdflib ``Dataset`` (through oxrdflib) for users who know rdflib.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Protocol

import pyoxigraph as ox

from kg.errors import NotFoundError, QueryError, StoreError
from kg.rdf import DocumentQuads, document_iri, sparql_prefixes
from kg.vocab import ACTORS_GRAPH, KG

RDF_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
    "nt": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "n3": ox.RdfFormat.N3,
    "jsonld": ox.RdfFormat.JSON_LD,
}


@dataclass(frozen=True)
class Stats:
    documents: int
    actors: int
    relations: int
    triples: int


class Store(Protocol):
    """What every store offers; the pipeline, CLI, API and notebooks use only this."""

    def document_hash(self, doc_id: str) -> str | None: ...
    def put_document(self, quads: DocumentQuads) -> None: ...
    def remove_document(self, doc_id: str) -> None: ...
    def query(self, sparql: str, **options: object) -> object: ...
    def update(self, sparql: str) -> None: ...
    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]: ...
    def stats(self) -> Stats: ...
    def close(self) -> None: ...


def _triples(quads: Iterable[ox.Quad]) -> str:
    return "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)


class EmbeddedStore:
    """A pyoxigraph store on disk (or in memory with ``path=None``)."""

    def __init__(self, path: Path | str | None, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        try:
            if self.path is None:
                self.store = ox.Store()
            elif read_only:
                self.store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.store = ox.Store(str(self.path))
        except OSError as err:
            if "lock" in str(err).lower():
                raise StoreError("E401", path=self.path) from None
            raise StoreError("E402", path=self.path, reason=err) from None

    # --- documents ----------------------------------------------------------------------
    def document_hash(self, doc_id: str) -> str | None:
        rows = list(
            self.store.query(
                f"SELECT ?h WHERE {{ GRAPH <{document_iri(doc_id)}> {{ <{document_iri(doc_id)}> <{KG}sha256> ?h }} }}"
            )
        )
        return rows[0]["h"].value if rows else None

    def put_document(self, quads: DocumentQuads) -> None:
        """Replace the document's graph and add its actors, in one transaction."""
        self.store.update(
            f"DROP SILENT GRAPH <{quads.graph}> ;\n"
            f"INSERT DATA {{ GRAPH <{quads.graph}> {{\n{_triples(quads.quads)}\n}}\n"
            f"GRAPH <{ACTORS_GRAPH}> {{\n{_triples(quads.actor_quads)}\n}} }}"
        )

    def remove_document(self, doc_id: str) -> None:
        """Delete a document's graph and the actor descriptions no other document uses."""
        graph = document_iri(doc_id)
        if self.document_hash(doc_id) is None:
            raise NotFoundError("E403", doc_id=doc_id)
        self.store.update(
            f"DROP GRAPH <{graph}> ;\n"
            f"DELETE {{ GRAPH <{ACTORS_GRAPH}> {{ ?a ?p ?o }} }} WHERE {{\n"
            f"  GRAPH <{ACTORS_GRAPH}> {{ ?a ?p ?o }}\n"
            f"  FILTER NOT EXISTS {{ GRAPH ?g {{ ?x ?y ?a }} FILTER(?g != <{ACTORS_GRAPH}>) }}\n"
            f"  FILTER NOT EXISTS {{ GRAPH ?g {{ ?a ?y ?x }} FILTER(?g != <{ACTORS_GRAPH}>) }}\n"
            f"}}"
        )

    # --- queries ------------------------------------------------------------------------
    def query(self, sparql: str, **options: object):
        """Run a SPARQL query; the default graph is the union of all graphs unless the caller says otherwise."""
        options.setdefault("use_default_graph_as_union", "default_graph" not in options)
        try:
            return self.store.query(sparql, prefixes=_PREFIX_MAP, **options)
        except SyntaxError as err:
            raise QueryError("E501", reason=str(err)) from None

    def update(self, sparql: str) -> None:
        try:
            self.store.update(sparql, prefixes=_PREFIX_MAP)
        except SyntaxError as err:
            raise QueryError("E507", reason=str(err)) from None

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        return iter(self.store.quads_for_pattern(None, None, None, ox.NamedNode(graph) if graph else None))

    def dump(self, fmt: str) -> bytes:
        """The whole dataset (or default graph for triple formats) in an RDF syntax."""
        out = io.BytesIO()
        rdf_format = RDF_FORMATS[fmt]
        if rdf_format.supports_datasets:
            self.store.dump(out, format=rdf_format, prefixes=_PREFIX_MAP)
        else:
            triples = (ox.Triple(q.subject, q.predicate, q.object) for q in self.quads())
            ox.serialize(triples, out, format=rdf_format, prefixes=_PREFIX_MAP)
        return out.getvalue()

    def stats(self) -> Stats:
        row = next(
            iter(
                self.store.query(
                    "SELECT (COUNT(DISTINCT ?d) AS ?docs) WHERE { GRAPH ?d { ?d a kg:Document } }", prefixes=_PREFIX_MAP
                )
            )
        )
        actors = next(iter(self.store.query(
            f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ GRAPH <{ACTORS_GRAPH}> {{ ?a a kg:Actor }} }}", prefixes=_PREFIX_MAP
        )))
        relations = next(iter(self.store.query(
            "SELECT (COUNT(?r) AS ?n) WHERE { GRAPH ?g { ?r a kg:Assertion } }", prefixes=_PREFIX_MAP
        )))
        return Stats(int(row["docs"].value), int(actors["n"].value), int(relations["n"].value), len(self.store))

    def as_rdflib(self):
        """The same data as an rdflib ``Dataset`` (oxrdflib store): ``store.as_rdflib().query(...)``."""
        import rdflib
        from oxrdflib import OxigraphStore

        return rdflib.Dataset(store=OxigraphStore(store=self.store), default_union=True)

    def flush(self) -> None:
        if self.path is not None:
            self.store.flush()

    def close(self) -> None:
        self.flush()
        del self.store


_PREFIX_MAP = {
    line.split()[1].rstrip(":"): line.split()[2].strip("<>") for line in sparql_prefixes().splitlines() if line
}


def open_store(path: Path | str | None, read_only: bool = False) -> EmbeddedStore:
    return EmbeddedStore(path, read_only=read_only)
