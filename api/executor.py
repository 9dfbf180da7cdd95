"""Reads with a hard time limit: snapshots of the store, and a pool of killable query processes.

pyoxigraph has no way to cancel a running query, and a thread cannot be stopped from
outside, so the server keeps two kinds of access to one store folder:

- the **primary** (read-write, in the server process) takes every write, one at a time;
- after each write, ``Snapshots.refresh`` makes a RocksDB checkpoint of it (hard links,
  a few milliseconds) that never changes again. **Workers** (``api.worker`` processes)
  open the newest checkpoint read-only and evaluate queries; a worker that passes the
  time limit is killed and replaced, and the server goes on. Reading an immutable
  checkpoint from another process is sound, which opening the live primary read-only
  while it is written is not (pyoxigraph documents that as undefined behaviour).

A write returns only once its checkpoint exists, so a client reads its own writes.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import shutil
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

import kg.errors
from api.worker import FRAME_LENGTH
from kg.errors import KGError, QueryTimeoutError, WorkerError
from kg.settings import PROJECT_ROOT
from kg.store import EmbeddedStore


class Snapshots:
    """Read-only checkpoints of the primary store; old ones go once no worker holds them."""

    def __init__(self, store: EmbeddedStore) -> None:
        self.store = store
        parent = store.path.parent if store.path is not None else None
        try:  # beside the store, so the checkpoint is hard links on the same file system
            self.root = Path(tempfile.mkdtemp(prefix=f".{store.path.name}-snapshots-", dir=parent))
        except OSError:
            self.root = Path(tempfile.mkdtemp(prefix="kg-snapshots-"))
        self.lock = threading.Lock()
        self.numbers = itertools.count()
        self.held: dict[Path, int] = {}
        self.current = self._make()
        self.made = {self.current}

    def _make(self) -> Path:
        target = self.root / f"{next(self.numbers):06d}"
        self.store.backup(target)
        return target

    def refresh(self) -> None:
        """Checkpoint the primary after a write; queries dispatched from now on see the write."""
        fresh = self._make()
        with self.lock:
            self.current = fresh
            self.made.add(fresh)
        self._sweep()

    def hold(self) -> Path:
        with self.lock:
            self.held[self.current] = self.held.get(self.current, 0) + 1
            return self.current

    def release(self, path: Path) -> None:
        with self.lock:
            self.held[path] -= 1
            if self.held[path]:
                return
            del self.held[path]
        self._sweep()

    def _sweep(self) -> None:
        with self.lock:
            stale = self.made - {self.current, *self.held}
            self.made -= stale
        for path in stale:
            shutil.rmtree(path, ignore_errors=True)

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


@dataclass(frozen=True)
class Reply:
    """A worker's answer: the result shape (``select``/``ask``/``graph``), its format and bytes."""

    kind: str
    format: str
    body: bytes


class _Process:
    """One ``api.worker`` subprocess and the snapshot it keeps open between requests."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.opened: Path | None = None

    @classmethod
    async def start(cls) -> "_Process":
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "api.worker", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, cwd=PROJECT_ROOT
        )
        return cls(process)

    async def call(self, payload: bytes) -> tuple[dict, bytes]:
        self.process.stdin.write(FRAME_LENGTH.pack(len(payload)) + payload)
        await self.process.stdin.drain()
        (size,) = FRAME_LENGTH.unpack(await self.process.stdout.readexactly(FRAME_LENGTH.size))
        reply = await self.process.stdout.readexactly(size)
        (header_size,) = FRAME_LENGTH.unpack_from(reply)
        end = FRAME_LENGTH.size + header_size
        return json.loads(reply[FRAME_LENGTH.size : end]), reply[end:]

    async def kill(self) -> None:
        if self.process.returncode is None:
            self.process.kill()
        await self.process.wait()


class QueryPool:
    """Up to ``size`` worker processes, each used by one request at a time; ``run`` answers or stops at the limit.

    Create it inside the server's event loop (it starts subprocesses on that loop).
    """

    def __init__(self, snapshots: Snapshots, size: int, timeout: float) -> None:
        self.snapshots = snapshots
        self.size = max(1, size)
        self.timeout = timeout
        self.idle: asyncio.Queue[_Process] = asyncio.Queue()
        self.workers: set[_Process] = set()
        self.starting = 0
        self.closed = False
        self.loop: asyncio.AbstractEventLoop | None = None

    @classmethod
    async def start(cls, snapshots: Snapshots, size: int, timeout: float) -> "QueryPool":
        """A pool with two workers ready; it grows to ``size`` when requests overlap."""
        pool = cls(snapshots, size, timeout)
        pool.loop = asyncio.get_running_loop()
        for _ in range(min(2, pool.size)):
            await pool._spawn()
        return pool

    async def _spawn(self) -> None:
        self.starting += 1  # counted before the await, so overlapping requests never overshoot the size
        try:
            worker = await _Process.start()
        finally:
            self.starting -= 1
        self.workers.add(worker)
        self.idle.put_nowait(worker)

    async def run(self, request: dict) -> Reply:
        """Evaluate ``request`` (see ``api.worker``) on the newest snapshot within the time limit."""
        if self.idle.empty() and len(self.workers) + self.starting < self.size:
            await self._spawn()
        worker = await self.idle.get()
        snapshot = self.snapshots.hold()
        payload = json.dumps({**request, "snapshot": str(snapshot)}).encode("utf-8")
        try:
            header, body = await asyncio.wait_for(worker.call(payload), self.timeout)
        except asyncio.TimeoutError:
            await self._replace(worker, snapshot)
            raise QueryTimeoutError("E502", seconds=f"{self.timeout:g}") from None
        except (asyncio.IncompleteReadError, ConnectionError, ValueError) as err:
            await self._replace(worker, snapshot)
            code = worker.process.returncode
            raise WorkerError("E706", reason=f"exit status {code}" if code is not None else type(err).__name__) from None
        except asyncio.CancelledError:  # the request went away mid-answer: the worker's pipe is in an unknown state
            await asyncio.shield(self._replace(worker, snapshot))
            raise
        # the worker now has this snapshot open: keep it until the worker moves on
        if worker.opened is not None:
            self.snapshots.release(worker.opened)
        worker.opened = snapshot
        self.idle.put_nowait(worker)
        if "error" in header:
            raise _error(header)
        return Reply(header["kind"], header["format"], body)

    def run_from_thread(self, request: dict) -> Reply:
        """``run`` for code in a worker thread (the REST routes): waits on the server's loop."""
        return asyncio.run_coroutine_threadsafe(self.run(request), self.loop).result()

    async def _replace(self, worker: _Process, snapshot: Path) -> None:
        self.workers.discard(worker)
        await worker.kill()
        self.snapshots.release(snapshot)
        if worker.opened is not None:
            self.snapshots.release(worker.opened)
        if not self.closed:
            await self._spawn()

    async def close(self) -> None:
        self.closed = True
        for worker in list(self.workers):
            await worker.kill()


def _error(header: dict) -> KGError:
    """The worker's user error, rebuilt as the same ``kg.errors`` class in this process."""
    kind = getattr(kg.errors, header["type"], KGError)
    return kind(header["error"], **header["fields"])


class PooledStore:
    """The ``Store`` read interface over a pool, so ``kg`` library queries get the time limit too."""

    def __init__(self, pool: QueryPool, limit: int) -> None:
        self.pool = pool
        self.limit = limit

    def query(self, sparql: str):
        reply = self.pool.run_from_thread(
            {"query": sparql, "limit": self.limit, "results_format": "json", "graph_format": "nt", "own_dataset": False}
        )
        if reply.kind == "graph":
            return ox.parse(reply.body, format=ox.RdfFormat.N_TRIPLES)
        return ox.parse_query_results(reply.body, format=ox.QueryResultsFormat.JSON)
