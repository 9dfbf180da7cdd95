"""Store stage: quads in, SPARQL out — one interface for the embedded and remote stores.

``EmbeddedStore`` keeps the graph in a pyoxigraph (RocksDB) folder. Graphs: one per
document (``doc/{id}``), one of canonical actor descriptions (``graph/actors``) and a copy
of the ontology (``graph/ontology``, refreshed when ``ontologies/kg.ttl`` changes) so
queries can group relations by ``rdfs:subPropertyOf`` and read their tone.

Every write of a document is one SPARQL Update, which pyoxigraph applies as one
transaction, so a document is replaced whole or not at all. ``Store.as_rdflib()`` gives
the same data as an rdflib ``Dataset`` (through oxrdflib) for users who know rdflib.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Protocol

import pyoxigraph as ox

from kg.errors import NotFoundError, QueryError, StoreError
from kg.store.rdf import DCT, OWL, RDF, RDFS, SKOS, DocumentQuads, document_iri, sparql_prefixes
from kg.settings import ONTOLOGIES
from kg.vocab import ACTORS_GRAPH, KG, ONTOLOGY_GRAPH

ONTOLOGY_PATH = ONTOLOGIES / "kg.ttl"

RDF_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
    "nt": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "n3": ox.RdfFormat.N3,
    "jsonld": ox.RdfFormat.JSON_LD,
}

# What a document's write replaces in the description of each of its actors; skos:altLabel
# is left out on purpose, so the surface forms seen across documents accumulate.
_CANONICAL = (RDF + "type", SKOS + "prefLabel", RDFS + "label", OWL + "sameAs")


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
    def documents(self) -> list[str]: ...
    def query(self, sparql: str, **options: object) -> object: ...
    def update(self, sparql: str) -> None: ...
    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]: ...
    def stats(self) -> Stats: ...
    def close(self) -> None: ...


class EmbeddedStore:
    """A pyoxigraph store on disk (or in memory with ``path=None``)."""

    def __init__(self, path: Path | str | None, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self._ontology_current = False
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
        """Replace the document's graph, refresh its actors' descriptions and delete the
        descriptions of actors it no longer uses and nothing else uses — one transaction."""
        before = self._actors_of(quads.graph)
        fresh = sorted({q.subject.value for q in quads.actor_quads})
        steps = [
            "" if self._ontology_current else self._ontology_update(),
            f"DROP SILENT GRAPH <{quads.graph}>",
            _delete_descriptions(fresh),
            f"INSERT DATA {{ GRAPH <{quads.graph}> {{\n{triple_lines(quads.quads)}\n}}\n"
            f"GRAPH <{ACTORS_GRAPH}> {{\n{triple_lines(quads.actor_quads)}\n}} }}",
            _delete_orphans(sorted(before - set(fresh))),
        ]
        self.store.update(" ;\n".join(step for step in steps if step))
        self._ontology_current = True

    def remove_document(self, doc_id: str) -> None:
        """Delete a document's graph and the actor descriptions no other document uses; nothing else."""
        graph = document_iri(doc_id)
        if self.document_hash(doc_id) is None:
            raise NotFoundError("E403", doc_id=doc_id)
        steps = [f"DROP GRAPH <{graph}>", _delete_orphans(sorted(self._actors_of(graph)))]
        self.store.update(" ;\n".join(step for step in steps if step))

    def documents(self) -> list[str]:
        """Ids of the stored documents, sorted."""
        rows = self.store.query(
            f"SELECT ?id WHERE {{ GRAPH ?d {{ ?d a <{KG}Document> ; <{DCT}identifier> ?id }} }} ORDER BY ?id"
        )
        return [row["id"].value for row in rows]

    def _actors_of(self, graph: str) -> set[str]:
        """The actors (and topics) of the actors graph that ``graph`` refers to."""
        rows = self.store.query(
            f"SELECT DISTINCT ?a WHERE {{ GRAPH <{graph}> {{ {{ ?x ?y ?a }} UNION {{ ?a ?y ?x }} }}"
            f" GRAPH <{ACTORS_GRAPH}> {{ ?a a ?type }} }}"
        )
        return {row["a"].value for row in rows}

    def _ontology_update(self) -> str:
        """The update that loads ``ontologies/kg.ttl`` into its graph, or "" when the stored copy is current."""
        text = ONTOLOGY_PATH.read_bytes()
        marker = f"<{ONTOLOGY_GRAPH}> <{KG}sha256> {ox.Literal(hashlib.sha256(text).hexdigest())}"
        if self.store.query(f"ASK {{ GRAPH <{ONTOLOGY_GRAPH}> {{ {marker} }} }}"):
            return ""
        triples = ox.parse(text, format=ox.RdfFormat.TURTLE)
        return (
            f"DROP SILENT GRAPH <{ONTOLOGY_GRAPH}> ;\n"
            f"INSERT DATA {{ GRAPH <{ONTOLOGY_GRAPH}> {{\n{triple_lines(triples)}\n{marker} .\n}} }}"
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

    def dump(self, fmt: str, ontology: bool = True) -> bytes:
        """The whole dataset (or, for triple formats, the union of its graphs) in an RDF syntax;
        ``ontology=False`` leaves out the copy of the ontology (for output about documents only)."""
        out = io.BytesIO()
        rdf_format = RDF_FORMATS[fmt]
        quads = (q for q in self.quads() if ontology or q.graph_name != ox.NamedNode(ONTOLOGY_GRAPH))
        if rdf_format.supports_datasets:
            ox.serialize(quads, out, format=rdf_format, prefixes=_PREFIX_MAP)
        else:
            # A triple shared by two graphs (an actor praised in two articles) is written once.
            triples = dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads)
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

    def backup(self, target: Path) -> None:
        """A consistent copy of the store as it is now, for ``open_store(target, read_only=True)``.

        RocksDB makes it from hard links where it can, so it is cheap and never changes afterwards:
        readers in other processes can use it safely while this store keeps being written.
        """
        self.store.backup(str(target))

    def flush(self) -> None:
        if self.path is not None and not self.read_only:  # pyoxigraph refuses to flush a read-only store
            self.store.flush()

    def close(self) -> None:
        self.flush()
        del self.store


def triple_lines(statements: Iterable[ox.Quad | ox.Triple]) -> str:
    """The statements as N-Triples lines (graph names dropped), for an ``INSERT DATA`` block."""
    return "\n".join(f"{s.subject} {s.predicate} {s.object} ." for s in statements)


def _values(iris: Iterable[str]) -> str:
    return " ".join(f"<{iri}>" for iri in iris)


def _delete_descriptions(iris: list[str]) -> str:
    """Delete the canonical fields of these actors' descriptions (they are about to be rewritten)."""
    if not iris:
        return ""
    return (
        f"DELETE {{ GRAPH <{ACTORS_GRAPH}> {{ ?a ?p ?o }} }} WHERE {{\n"
        f"  VALUES ?a {{ {_values(iris)} }} VALUES ?p {{ {_values(_CANONICAL)} }}\n"
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


_PREFIX_MAP = {
    line.split()[1].rstrip(":"): line.split()[2].strip("<>") for line in sparql_prefixes().splitlines() if line
}


def open_store(path: Path | str | None, read_only: bool = False) -> EmbeddedStore:
    return EmbeddedStore(path, read_only=read_only)
