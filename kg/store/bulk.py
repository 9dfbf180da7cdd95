"""Bulk load: RDF files straight into a store folder with pyoxigraph's bulk loader (``kg load``).

For dumps too big to go through SPARQL updates: an export of another store (``kg export
--format nq``), a generated dataset, a mirror of a public graph. The format comes from the
file's extension, through the one format table (``kg.store.query.FORMATS``): ``.nq``,
``.trig`` and ``.jsonld`` keep their named graphs; the triples of ``.ttl``, ``.nt`` and
``.rdf`` go to one graph (the default graph unless one is named).

pyoxigraph's bulk loader writes sorted files and hands them to RocksDB instead of running one
transaction, so it is fast and its memory is bounded, but it is not atomic: a file that turns
out to be invalid half-way would leave its first part in the store. So a load starts with a
checkpoint of the store beside it (``.<name>-before-load``, hard links: cheap), and any failure
— a syntax error in any of the files, a full disk, Ctrl-C — puts that checkpoint back before
the error is raised: a load adds all of its files or nothing. A load killed outright (``kill
-9``, power loss) leaves the checkpoint behind, and the next load refuses to start (E609)
until it is restored or deleted.

The bulk loader's files are left as it wrote them, overlapping: a process that holds the store
for writing (``kg serve``, ``kg ingest``) merges them in the background, but a read-only one (``kg
query``, a notebook) reads through all of them, and scans take about 2.7 times as long at ten million
triples. ``kg load --compact`` merges them once the load is done (28 s after a 70 s load of ten
million triples; nothing to merge after a load under a million quads, which writes one file an
index), or on its own for a store already loaded.

Quads are added, never replaced: loading the same file twice changes nothing (blank nodes
aside, which are new ones each time), and a document graph that the file holds in another
version gets both versions' quads. ``kg ingest`` is the way to replace documents.
"""

from __future__ import annotations

import io
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Sequence

import pyoxigraph as ox

from kg.errors import ReadError, StoreError
from kg.store.backup import open_existing_for_writing, restore_store
from kg.store.embedded import open_store
from kg.store.query import FORMATS

RDF_FORMATS: dict[str, ox.RdfFormat] = {
    f".{fmt.syntax.file_extension}": fmt.syntax for fmt in FORMATS.values() if isinstance(fmt.syntax, ox.RdfFormat)
}
"""File extension (with its dot) -> the RDF format ``kg load`` reads it as."""


@dataclass(frozen=True)
class LoadReport:
    """What one load did: files and bytes read, seconds, and the quads the store holds afterwards."""

    files: int
    bytes: int
    seconds: float
    quads: int

    def summary(self) -> str:
        rate = self.bytes / self.seconds / 1e6 if self.seconds else 0.0
        return (
            f"loaded {self.files} file(s), {self.bytes / 1e6:,.1f} MB in {self.seconds:.1f} s ({rate:,.1f} MB/s); "
            f"the store holds {self.quads:,} quads"
        )


def compact_store(store_path: Path) -> float:
    """Compact the store folder ``store_path`` (``EmbeddedStore.compact``); the seconds it took.
    E610 if it fails, which leaves the store whole; E307 if there is no store there."""
    store = open_existing_for_writing(store_path)
    started = time.perf_counter()
    try:
        store.compact()
    except OSError as err:
        raise StoreError("E610", path=store_path, reason=err) from None
    finally:
        store.close()
    return time.perf_counter() - started


def is_rdf_file(path: Path | str) -> bool:
    """Whether ``path`` names a file ``kg load`` reads (by its extension)."""
    return Path(path).suffix.lower() in RDF_FORMATS


def rdf_format(path: Path) -> ox.RdfFormat:
    """The format ``path`` is read as; E606 if its extension names none, or it cannot be opened."""
    known = ", ".join(RDF_FORMATS)
    syntax = RDF_FORMATS.get(path.suffix.lower())
    if syntax is None:
        raise ReadError("E606", path=path, reason=f"the extension {path.suffix or '(none)'!r} names no RDF format", known=known)
    try:
        with path.open("rb"):
            pass
    except OSError as err:
        raise ReadError("E606", path=path, reason=(err.strerror or str(err)).lower(), known=known) from None
    return syntax


def checkpoint_of(store_path: Path) -> Path:
    """Where a load keeps the store as it was, until it has finished."""
    return store_path.parent / f".{store_path.name}-before-load"


def load_files(
    store_path: Path,
    files: Sequence[Path],
    graph: str | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> LoadReport:
    """Bulk-load ``files`` into the store folder ``store_path`` (made if missing): all of them or,
    on any error, none. ``graph`` receives the triples of triple formats; ``on_progress`` is
    called with the number of bytes read since its last call.

    Every file is checked (E606) before the store is opened; a syntax error is E607, a failed
    write E608, both after the store is put back; a checkpoint left by a killed load is E609.
    """
    sources = [(path, rdf_format(path)) for path in files]
    checkpoint = checkpoint_of(store_path)
    if checkpoint.exists():
        raise StoreError("E609", path=store_path, backup=checkpoint)
    store = open_store(store_path)  # E401 while a server or an ingest holds it
    started = time.perf_counter()
    try:
        store.backup(checkpoint)
    except OSError as err:  # nothing loaded yet: the store is as it was
        store.close()
        shutil.rmtree(checkpoint, ignore_errors=True)
        raise StoreError("E608", path=store_path, reason=err) from None
    reading: tuple[Path, ox.RdfFormat] | None = None  # the file being read, for E607
    try:
        for reading in sources:
            path, syntax = reading
            with path.open("rb", buffering=0) as raw:
                store.bulk_load(_Counted(raw, on_progress), syntax, graph)
        quads = store.quad_count()
    except BaseException as err:
        store.close()
        restore_store(checkpoint, store_path, force=True)
        shutil.rmtree(checkpoint)
        if isinstance(err, SyntaxError) and reading is not None:
            path, syntax = reading
            raise ReadError("E607", path=path, fmt=syntax.name, reason=err.msg) from None
        if isinstance(err, OSError):
            raise StoreError("E608", path=store_path, reason=err) from None
        raise  # Ctrl-C, or a bug: the store is back as it was all the same
    store.close()
    shutil.rmtree(checkpoint)
    return LoadReport(len(files), sum(path.stat().st_size for path in files), time.perf_counter() - started, quads)


class _Counted(io.RawIOBase):
    """A file that reports how many bytes were read from it, for a progress bar.

    pyoxigraph reads it in chunks through ``readinto``; measured on one million quads, loading
    through it is as fast as letting pyoxigraph open the path itself.
    """

    def __init__(self, raw: BinaryIO, on_progress: Callable[[int], None] | None) -> None:
        self._raw = raw
        self._on_progress = on_progress

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        count = self._raw.readinto(buffer)
        if self._on_progress and count:
            self._on_progress(count)
        return count
