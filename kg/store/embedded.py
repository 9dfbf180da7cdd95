"""The embedded store: the graph in a pyoxigraph (RocksDB) folder, or in memory, as a ``Store``.

Queries know the prefixes of ``kg.store.rdf.PREFIXES`` without ``PREFIX`` lines, and read the
union of all graphs unless told otherwise. Besides the ``Store`` protocol it offers what only a
store on this machine can: consistent copies for the server's readers (``backup``, into a
``CheckpointFolder``) and the same data as an rdflib ``Dataset`` (``as_rdflib``).

Every SPARQL text is measured before the engine sees it (``kg.store.sparql_text.check_depth``):
one nested or chained too deeply would crash the process, not raise an error.
"""

from __future__ import annotations

import fcntl
import itertools
import os
import shutil
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Iterator, Sequence

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.settings import Settings
from kg.store.protocol import CANONICAL_PREDICATES, Dataset, QueryResult, SparqlStore, read_triples, triple_lines
from kg.store.rdf import PREFIXES, DocumentQuads
from kg.store.sparql_text import check_depth
from kg.store.syntax import plain_syntax_error
from kg.vocab import ACTORS_GRAPH

_CANONICAL_NODES = frozenset(ox.NamedNode(iri) for iri in CANONICAL_PREDICATES)

BULK_MIN_QUADS = 10_000
"""The fewest quads a run of new documents is bulk-loaded in, in a store folder. A transaction
(``Store.load``) checks every quad against nine indexes and passes it through the write-ahead log and
the in-memory tables, which it leaves to a flush at the end, and it grows dearer as the store grows:
``bench/writes.py`` writing 2,000 generated articles in batches of 32 spent 0.51–0.67 of its CPU,
0.30–0.38 of its wall-clock and a tenth of its memory in the bulk loader (no flush left to do). The
bulk loader's cost per call (ten sorted files made and handed over) makes it the dearer below about
eight articles (5,400 quads): 2.1× the CPU for one."""
BULK_MAX_QUADS = 500_000
"""The most quads one bulk load of a run holds. pyoxigraph's bulk loader hands RocksDB the sorted
files of each million quads it reads in one ``IngestExternalFiles`` call, atomic across the column
families, so a run of fewer is in the store whole or not at all, as a transaction would leave it
(``tests/test_crash.py`` kills a writer among such loads); a longer batch is written in several runs."""


class EmbeddedStore(SparqlStore):
    """A pyoxigraph store on disk (or in memory with ``path=None``); SPARQL deeper than ``query_depth`` is refused (E508)."""

    def __init__(self, path: Path | str | None, read_only: bool = False, query_depth: int = Settings.query_depth) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self.query_depth = query_depth
        if self.path is not None:
            _remove_abandoned_checkpoints(self.path)
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                if not (self.path / "CURRENT").is_file():  # RocksDB's own file: without it there is no store to read
                    raise StoreError("E307", path=self.path)
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
                _remove_abandoned_bulk_files(self.path)
        except OSError as err:
            if "lock" in str(err).lower():
                raise StoreError("E401", path=self.path) from None
            raise StoreError("E402", path=self.path, reason=err) from None

    @property
    def location(self) -> str:
        return str(self.path) if self.path is not None else "memory"

    def query(self, sparql: str, dataset: Dataset | None = None) -> QueryResult:
        check_depth(sparql, self.query_depth)
        try:
            return self._store.query(sparql, prefixes=PREFIXES, **_dataset_options(dataset))
        except SyntaxError as err:
            raise QueryError("E501", reason=plain_syntax_error(str(err), sparql, PREFIXES)) from None

    def update(self, sparql: str) -> None:
        check_depth(sparql, self.query_depth)
        try:
            self._store.update(sparql, prefixes=PREFIXES)
        except SyntaxError as err:
            raise QueryError("E507", reason=plain_syntax_error(str(err), sparql, PREFIXES)) from None

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

    def put_document(self, quads: DocumentQuads) -> None:
        """``SparqlStore.put_document``, with a shortcut for the common case of an ingest: a document
        the store does not hold yet, whose actors are described as the store already describes them
        (or not at all). That write only adds quads, so it is one ``Store.load`` of the document's
        text — one transaction, like the update it replaces — and spares the engine a query, a
        pattern deletion and the parsing of a long SPARQL text (2.7 s of CPU instead of 7 s for the
        200 generated articles of ``bench/ingest_process.py``). Any other write (a changed document,
        a changed description, the first write of the ontology) takes the general update. What is
        read before the write stays true until it, as the general update's own reading of the
        document's actors does, because a store has one writer at a time (``kg ingest``'s writer
        thread, ``kg serve``'s supervisor)."""
        if self._only_adds(quads, _Run()):
            self._store.load(documents_trig([quads]), format=ox.RdfFormat.TRIG)  # one transaction
        else:
            super().put_document(quads)

    def put_documents(self, documents: Sequence[DocumentQuads]) -> None:
        """``SparqlStore.put_documents``, ``kg ingest``'s write of a batch: each run of documents that
        only add quads (``put_document``'s shortcut) is written by one call (``_write_run``), whole or
        not at all, so every document is whole or absent after a crash, and its content hash (what
        makes the next run skip it) is never there without its graph. A document that does not only
        add ends the run: the run is written, then that document by the general update."""
        run = _Run()
        for quads in documents:
            if self._only_adds(quads, run):
                if run.size + quads.size > BULK_MAX_QUADS:  # what the store holds after the write still says what adds
                    self._write_run(run)
                    run = _Run()
                run.add(quads)
                continue
            self._write_run(run)
            run = _Run()
            super().put_document(quads)
        self._write_run(run)

    def _only_adds(self, quads: DocumentQuads, run: _Run) -> bool:
        """Whether writing ``quads`` after ``run`` only adds quads: the document is new, the ontology
        current, and none of its actors described otherwise than it describes them (by the store or
        the run) in the fields the general update would delete and not write back."""
        if not self._ontology_current or quads.graph in run.graphs:
            return False
        if self._store.contains_named_graph(ox.NamedNode(quads.graph)):
            return False
        actors = ox.NamedNode(ACTORS_GRAPH)
        written = set(quads.actor_quads)
        for subject in {q.subject for q in quads.actor_quads}:
            stored = (q for q in self._store.quads_for_pattern(subject, None, None, actors) if q.predicate in _CANONICAL_NODES)
            if any(q not in written for q in itertools.chain(stored, run.described.get(subject, ()))):
                return False
        return True

    def _write_run(self, run: _Run) -> None:
        """Write ``run`` whole: into a folder by pyoxigraph's bulk loader from ``BULK_MIN_QUADS``
        quads (the sorted files it makes reach RocksDB in one atomic call, see ``BULK_MAX_QUADS``), by
        one transaction below that and in memory (``Store.load``)."""
        if not run.documents:
            return
        text = documents_trig(run.documents)
        if self.path is not None and run.size >= BULK_MIN_QUADS:
            self._store.bulk_load(text, format=ox.RdfFormat.TRIG)
        else:
            self._store.load(text, format=ox.RdfFormat.TRIG)

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        return iter(self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph) if graph else None))

    # --- what only a local store offers -------------------------------------------------------
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

    def bulk_load(self, source: BinaryIO, format: ox.RdfFormat, graph: str | None = None) -> None:
        """Add RDF read from ``source`` with pyoxigraph's bulk loader (``kg.store.bulk``): fast and
        in steady memory, but not one transaction — a failure half-way leaves part of it written.
        Triples of a triple format go to ``graph`` (``None``: the default graph)."""
        self._store.bulk_load(source, format, to_graph=ox.NamedNode(graph) if graph else None)

    def compact(self) -> None:
        """Merge the store's files into one sorted run per index (pyoxigraph's ``optimize``). RocksDB does
        it step by step in a process that holds the store for writing; a bulk load left as it is makes
        a read-only process's scans read every file it wrote (2.7× the time at ten million triples)."""
        self._store.optimize()

    def quad_count(self) -> int:
        """Quads in every graph, counted by pyoxigraph without a query (a scan, ~0.3 s per million)."""
        return len(self._store)

    def flush(self) -> None:
        if self.path is not None and not self.read_only:  # pyoxigraph refuses to flush a read-only store
            self._store.flush()

    def close(self) -> None:
        self.flush()
        del self._store


@dataclass
class _Run:
    """Documents that only add quads, waiting to be written together (``put_documents``)."""

    documents: list[DocumentQuads] = field(default_factory=list)
    graphs: set[str] = field(default_factory=set)
    described: dict[ox.NamedNode, list[ox.Quad]] = field(default_factory=dict)
    """The canonical descriptions the run writes, by actor."""

    size: int = 0
    """Quads the run writes."""

    def add(self, quads: DocumentQuads) -> None:
        self.documents.append(quads)
        self.size += quads.size + len(quads.actor_quads)
        self.graphs.add(quads.graph)
        for q in quads.actor_quads:
            if q.predicate in _CANONICAL_NODES:
                self.described.setdefault(q.subject, []).append(q)


def documents_trig(documents: Sequence[DocumentQuads]) -> str:
    """What one write of ``documents`` that only add loads: their graphs and their actors' descriptions, one TriG text."""
    actors = triple_lines(q for quads in documents for q in quads.actor_quads)
    return "".join(quads.trig() for quads in documents) + f"<{ACTORS_GRAPH}> {{\n{actors}\n}}\n"


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


def open_store(path: Path | str | None, read_only: bool = False, query_depth: int = Settings.query_depth) -> EmbeddedStore:
    return EmbeddedStore(path, read_only=read_only, query_depth=query_depth)


# --- checkpoint folders -------------------------------------------------------------------------
#
# ``kg serve`` keeps consistent copies of the store (``backup``) in a folder beside it, named
# ".STORE-snapshots-…" (hard links need the same file system). Its process holds an exclusive
# ``flock`` on the folder's OWNER file while it runs, and the kernel drops that lock when the
# process ends, however it ends: so any later opening of the store can tell an abandoned folder (a
# killed server's) from a running server's, and deletes it. Making a folder and sweeping hold a
# lock on the parent folder, so a sweep never sees a folder whose owner has not locked it yet.

OWNER = "owner.lock"


def _prefix(path: Path) -> str:
    return f".{path.name}-snapshots-"


@contextmanager
def _parent_locked(path: Path) -> Iterator[None]:
    handle = os.open(path.parent, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # closing lets go of the lock


def _remove_abandoned_checkpoints(path: Path) -> None:
    """Delete the checkpoint folders beside the store at ``path`` that no running process holds."""
    try:
        with _parent_locked(path):
            for folder in path.parent.glob(_prefix(path) + "*"):
                try:
                    handle = os.open(folder / OWNER, os.O_RDONLY)
                except FileNotFoundError:  # its owner ended while making it
                    shutil.rmtree(folder, ignore_errors=True)
                    continue
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    shutil.rmtree(folder, ignore_errors=True)
                except BlockingIOError:
                    pass  # a running server's
                finally:
                    os.close(handle)
    except OSError:
        pass  # a folder that cannot be read or locked (no such folder yet, no permission): nothing of ours to clean


def _remove_abandoned_bulk_files(path: Path) -> None:
    """Delete the sorted files a bulk load ended half-way (``kill -9``) left in the store's folder:
    pyoxigraph names them ``bulk-….sst`` and hands them to RocksDB only at the end of a load. Called
    with the store open for writing, whose lock no other process then holds."""
    for leftover in path.glob("bulk-*.sst"):
        leftover.unlink(missing_ok=True)


class CheckpointFolder:
    """A new folder for consistent copies of the store at ``store_path`` that other processes read,
    held by this process until ``close`` (which deletes it) or its end. It is beside the store, or in
    the system's temporary folder when the store's folder takes no new folder (or for a store in memory)."""

    def __init__(self, store_path: Path | None) -> None:
        if store_path is not None:
            try:
                with _parent_locked(store_path):
                    self._make(_prefix(store_path), store_path.parent)
                return
            except OSError:
                pass  # the store's folder takes no new folder (read-only, no permission)
        self._make("kg-snapshots-", None)

    def _make(self, prefix: str, parent: Path | None) -> None:
        self.path = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
        self._hold = os.open(self.path / OWNER, os.O_RDONLY | os.O_CREAT, 0o600)
        fcntl.flock(self._hold, fcntl.LOCK_EX)

    def close(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
        os.close(self._hold)
