"""Read-only checkpoints of the store, shared between the server's processes.

The supervisor (``api.runtime.supervisor``) holds the primary store, the only one written. After
each write it makes a RocksDB checkpoint (hard links, a few milliseconds; it never changes
again) and points ``CURRENT`` at it. Serving processes (``api.runtime.serving``) read through a
``Replica``: before each read it looks at ``CURRENT`` (one ``stat``) and, when it has moved,
opens the new checkpoint read-only. Reading an immutable checkpoint from another process is
sound, which opening the live primary read-only while it is written is not (pyoxigraph
documents that as undefined behaviour).

The supervisor also checkpoints again, with no write, once RocksDB has rewritten the primary's
files (``follow_compaction``). A checkpoint keeps the files it was made from, and RocksDB compacts
in the background, in the primary only: a store fresh from ``kg load`` is dozens of overlapping
files, which it merges in the first minutes the server runs (about two, at ten million triples on
two busy cores). Readers left on the start-up checkpoint would read the overlapping files for as
long as no write came: four times slower and more on queries that look up many keys.

A process holds a shared ``flock`` on the checkpoints it has open; the supervisor deletes an
old checkpoint only once it can take the lock exclusively. The kernel drops the locks of a
process that ends, however it ends, so a killed process never pins a checkpoint. The folder of
them all is a ``kg.store.embedded.CheckpointFolder``: the supervisor holds it, and whatever opens
the store after a killed supervisor deletes it.
"""

from __future__ import annotations

import fcntl
import itertools
import os
import shutil
import threading
from pathlib import Path

from kg.store.embedded import CheckpointFolder, EmbeddedStore, open_store

POINTER = "CURRENT"


def _lock_file(checkpoint: Path) -> Path:
    """The lock beside a checkpoint (outside it, so deleting the folder leaves the lock to the last step)."""
    return checkpoint.with_name(checkpoint.name + ".lock")


def _tables(store: Path) -> frozenset[str]:
    """The names of a RocksDB folder's table files: a checkpoint links the primary's under the same names."""
    return frozenset(entry.name for entry in os.scandir(store) if entry.name.endswith(".sst"))


class Snapshots:
    """The supervisor's side: makes checkpoints of ``store`` and deletes those nobody holds."""

    def __init__(self, store: EmbeddedStore) -> None:
        self.store = store
        self.folder = CheckpointFolder(store.path)  # beside the store: checkpoints are hard links on the same file system
        self.root = self.folder.path
        self.numbers = itertools.count()
        self.lock = threading.Lock()
        self.made: list[Path] = []
        self.last_seen: frozenset[str] = frozenset()  # the primary's tables at the previous ``follow_compaction``
        self.refresh()

    def refresh(self) -> Path:
        """Checkpoint the primary and point ``CURRENT`` at it; reads that start from now on see it."""
        with self.lock:
            target = self.root / f"{next(self.numbers):06d}"
            _lock_file(target).touch()
            self.store.backup(target)
            pointer = self.root / f".{POINTER}.{target.name}"
            pointer.write_text(target.name)
            os.replace(pointer, self.root / POINTER)  # atomic: a reader sees the old name or the new one
            self.made.append(target)
        self.sweep()
        return target

    def follow_compaction(self) -> bool:
        """Checkpoint again if a table of the current checkpoint has left the primary (RocksDB merged
        it into new ones) and the primary's tables are those of the previous call, so that a long
        compaction is not followed step by step; ``True`` if it checkpointed."""
        if self.store.path is None:
            return False  # a store in memory: nothing to list
        with self.lock:
            current = self.made[-1]
        try:
            tables = _tables(self.store.path)
            moved = not _tables(current) <= tables
        except OSError:
            return False  # a folder gone or unreadable: the next write says so; the sweeper goes on
        settled, self.last_seen = tables == self.last_seen, tables
        if not (moved and settled):
            return False
        self.refresh()
        return True

    def sweep(self) -> None:
        """Delete the checkpoints that are not current and that no process holds."""
        with self.lock:
            for checkpoint in self.made[:-1]:
                with open(_lock_file(checkpoint), "rb") as lock:
                    try:
                        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    except BlockingIOError:
                        continue  # a process still reads it
                    shutil.rmtree(checkpoint, ignore_errors=True)
                    _lock_file(checkpoint).unlink()
                self.made.remove(checkpoint)

    def close(self) -> None:
        self.folder.close()


class Lease:
    """One checkpoint opened read-only, held (shared lock) while this process may read it."""

    def __init__(self, checkpoint: Path, lock: int, query_depth: int) -> None:
        self.checkpoint = checkpoint
        self.lock = lock
        self.store = open_store(checkpoint, read_only=True, query_depth=query_depth)
        self.readers = 0

    def close(self) -> None:
        self.store = None  # RocksDB lets go of the files before the lock goes
        os.close(self.lock)


class Replica:
    """A serving process's view: the newest checkpoint, reopened when ``CURRENT`` moves.

    Call ``acquire`` and ``release`` from one thread (the event loop's); the store a lease
    gives may be read from any thread meanwhile.
    """

    def __init__(self, root: Path, query_depth: int) -> None:
        self.pointer = root / POINTER
        self.root = root
        self.query_depth = query_depth
        self.seen: tuple[int, int] | None = None
        self.lease: Lease | None = None
        self.acquire()  # opens the first checkpoint now, so the first request does not wait for it
        self.release(self.lease)

    def acquire(self) -> Lease:
        """The lease on the newest checkpoint, counted as read until ``release``."""
        status = os.stat(self.pointer)
        if (status.st_ino, status.st_mtime_ns) != self.seen:
            self._move(status)
        self.lease.readers += 1
        return self.lease

    def release(self, lease: Lease) -> None:
        lease.readers -= 1
        if lease is not self.lease and not lease.readers:
            lease.close()

    def _move(self, status: os.stat_result) -> None:
        while True:  # the supervisor may delete a checkpoint between our reading its name and locking it
            checkpoint = self.root / self.pointer.read_text()
            try:
                lock = os.open(_lock_file(checkpoint), os.O_RDONLY)
            except FileNotFoundError:
                continue
            fcntl.flock(lock, fcntl.LOCK_SH)
            if os.fstat(lock).st_nlink and checkpoint.is_dir():
                break
            os.close(lock)
        old, self.lease = self.lease, Lease(checkpoint, lock, self.query_depth)
        self.seen = (status.st_ino, status.st_mtime_ns)
        if old is not None and not old.readers:
            old.close()

    def close(self) -> None:
        if self.lease is not None:
            self.lease.close()
