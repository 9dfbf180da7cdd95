"""The embedded store: the graph in a pyoxigraph (RocksDB) folder, or in memory, as a ``Store``.

Queries know the prefixes of ``kg.store.rdf.PREFIXES`` without ``PREFIX`` lines, and read the
union of all graphs unless told otherwise. Besides the ``Store`` protocol it offers what only a
store on this machine can: every quad (``quads``, ``dump``), consistent copies for the server's
readers (``backup``) and the same data as an rdflib ``Dataset`` (``as_rdflib``).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.store.protocol import Dataset, QueryResult, SparqlStore, read_triples, triple_lines
from kg.store.query import FORMATS
from kg.store.rdf import PREFIXES
from kg.vocab import ONTOLOGY_GRAPH


class EmbeddedStore(SparqlStore):
    """A pyoxigraph store on disk (or in memory with ``path=None``)."""

    def __init__(self, path: Path | str | None, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as err:
            if "lock" in str(err).lower():
                raise StoreError("E401", path=self.path) from None
            raise StoreError("E402", path=self.path, reason=err) from None

    @property
    def location(self) -> str:
        return str(self.path) if self.path is not None else "memory"

    def query(self, sparql: str, dataset: Dataset | None = None) -> QueryResult:
        try:
            return self._store.query(sparql, prefixes=PREFIXES, **_dataset_options(dataset))
        except SyntaxError as err:
            raise QueryError("E501", reason=str(err)) from None

    def update(self, sparql: str) -> None:
        try:
            self._store.update(sparql, prefixes=PREFIXES)
        except SyntaxError as err:
            raise QueryError("E507", reason=str(err)) from None

    def graph_exists(self, graph: str | None) -> bool:
        return graph is None or self._store.contains_named_graph(ox.NamedNode(graph))

    def triples(self, graph: str | None) -> Iterator[ox.Triple]:
        quads = self._store.quads_for_pattern(None, None, None, ox.DefaultGraph() if graph is None else ox.NamedNode(graph))
        return (ox.Triple(q.subject, q.predicate, q.object) for q in quads)

    def load(
        self, data: bytes, format: ox.RdfFormat, graph: str | None, replace: bool = False, base_iri: str | None = None
    ) -> bool:
        created = not self.graph_exists(graph)
        lines = triple_lines(read_triples(data, format, base_iri or graph))
        target = "DEFAULT" if graph is None else f"GRAPH <{graph}>"
        drop = f"DROP SILENT {target} ;\n" if replace else ""
        inner = lines if graph is None else f"GRAPH <{graph}> {{\n{lines}\n}}"
        self.update(f"{drop}INSERT DATA {{ {inner} }}")  # one update: the graph is replaced whole or not at all
        return created

    # --- what only a local store offers -------------------------------------------------------
    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """Every quad, or those of one named graph."""
        return iter(self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph) if graph else None))

    def dump(self, fmt: str, ontology: bool = True) -> bytes:
        """The whole dataset (or, for triple formats, the union of its graphs) in an RDF format named
        in ``kg.store.query.FORMATS``; ``ontology=False`` leaves out the copy of the ontology (for
        output about documents only)."""
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

    def as_rdflib(self):
        """The same data as an rdflib ``Dataset`` (oxrdflib store): ``store.as_rdflib().query(...)``."""
        import rdflib
        from oxrdflib import OxigraphStore

        return rdflib.Dataset(store=OxigraphStore(store=self._store), default_union=True)

    def backup(self, target: Path) -> None:
        """A consistent copy of the store as it is now, for ``open_store(target, read_only=True)``.

        RocksDB makes it from hard links where it can, so it is cheap and never changes afterwards:
        readers in other processes can use it safely while this store keeps being written.
        """
        self._store.backup(str(target))

    def flush(self) -> None:
        if self.path is not None and not self.read_only:  # pyoxigraph refuses to flush a read-only store
            self._store.flush()

    def close(self) -> None:
        self.flush()
        del self._store


def _dataset_options(dataset: Dataset | None) -> dict[str, object]:
    """pyoxigraph's options for a dataset: the union of all graphs when there is none."""
    if dataset is None:
        return {"use_default_graph_as_union": True}
    if not dataset.default_graphs and not dataset.named_graphs:
        return {}  # the query's FROM and FROM NAMED decide
    return {
        "default_graph": [ox.NamedNode(iri) for iri in dataset.default_graphs],
        "named_graphs": [ox.NamedNode(iri) for iri in dataset.named_graphs],
    }


def open_store(path: Path | str | None, read_only: bool = False) -> EmbeddedStore:
    return EmbeddedStore(path, read_only=read_only)
