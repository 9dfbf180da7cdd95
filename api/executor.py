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
import logging
import pickle
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

log = logging.getLogger("kg.api")


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


class WorkerExited(ConnectionError):
    """The worker process ended while a request was waiting for it."""


class _Worker(asyncio.SubprocessProtocol):
    """One ``api.worker`` process, seen from the server: its pipes, the reply being read, its open snapshot.

    The protocol's callbacks read the reply straight off the pipe (no stream reader in
    between: for a quick query, that machinery cost as much as the query), and the exit
    callback fails a waiting request at once if the process dies.
    """

    def __init__(self, opened: Path) -> None:
        self.opened = opened
        self.received = bytearray()
        self.reply: asyncio.Future[bytes] | None = None
        self.exited: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        self.transport: asyncio.SubprocessTransport | None = None

    @classmethod
    async def start(cls, snapshot: Path) -> "_Worker":
        """A worker that opens ``snapshot`` before it reads its first request."""
        _, worker = await asyncio.get_running_loop().subprocess_exec(
            lambda: cls(snapshot), sys.executable, "-m", "api.worker", str(snapshot),
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=None, cwd=PROJECT_ROOT,
        )
        return worker

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport

    def pipe_data_received(self, fd: int, data: bytes) -> None:
        self.received += data
        if len(self.received) < FRAME_LENGTH.size:
            return
        (size,) = FRAME_LENGTH.unpack_from(self.received)
        end = FRAME_LENGTH.size + size
        if len(self.received) >= end and self.reply is not None and not self.reply.done():
            self.reply.set_result(bytes(self.received[FRAME_LENGTH.size : end]))
            del self.received[:end]

    def process_exited(self) -> None:
        code = self.transport.get_returncode()
        self.exited.set_result(code)
        if self.reply is not None and not self.reply.done():
            self.reply.set_exception(WorkerExited(f"exit status {code}"))

    async def call(self, payload: bytes) -> tuple[dict, bytes]:
        """Send one request frame; the reply's header and body."""
        if self.exited.done():
            raise WorkerExited(f"exit status {self.exited.result()}")
        self.reply = asyncio.get_running_loop().create_future()
        self.transport.get_pipe_transport(0).write(FRAME_LENGTH.pack(len(payload)) + payload)
        reply = await self.reply
        (header_size,) = FRAME_LENGTH.unpack_from(reply)
        end = FRAME_LENGTH.size + header_size
        return pickle.loads(reply[FRAME_LENGTH.size : end]), reply[end:]

    async def kill(self) -> None:
        if not self.exited.done():
            self.transport.kill()
        await self.exited
        self.transport.close()


class QueryPool:
    """Up to ``size`` worker processes, each used by one request at a time; ``run`` answers or stops at the limit.

    Workers are started ahead of need and kept, so no request waits for a process to start:
    two before the pool is ready, the rest right after in the background, and a fresh one for
    each that is killed. Create the pool inside the server's event loop (it starts subprocesses on it).
    """

    def __init__(self, snapshots: Snapshots, size: int, timeout: float) -> None:
        self.snapshots = snapshots
        self.size = max(1, size)
        self.timeout = timeout
        # the worker used last goes first: its caches (RocksDB blocks, memory) are the warmest, and at
        # low concurrency one or two workers answer everything
        self.idle: asyncio.LifoQueue[_Worker] = asyncio.LifoQueue()
        self.workers: set[_Worker] = set()
        self.starting: set[asyncio.Task] = set()
        self.closed = False
        self.loop: asyncio.AbstractEventLoop | None = None

    @classmethod
    async def start(cls, snapshots: Snapshots, size: int, timeout: float) -> "QueryPool":
        """A pool with two workers ready and the others on their way."""
        pool = cls(snapshots, size, timeout)
        pool.loop = asyncio.get_running_loop()
        for _ in range(min(2, pool.size)):
            await pool._spawn()
        for _ in range(pool.size - len(pool.workers)):
            pool._spawn_soon()
        return pool

    async def _spawn(self) -> None:
        snapshot = self.snapshots.hold()
        try:
            worker = await _Worker.start(snapshot)
        except BaseException:
            self.snapshots.release(snapshot)
            raise
        self.workers.add(worker)
        self.idle.put_nowait(worker)

    def _spawn_soon(self) -> None:
        """Start a worker in the background; requests meanwhile take whichever worker is free first."""
        task = asyncio.get_running_loop().create_task(self._spawn())
        self.starting.add(task)
        task.add_done_callback(self._started)

    def _started(self, task: asyncio.Task) -> None:
        self.starting.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("a query worker failed to start: %s", task.exception())

    async def run(self, request: dict) -> Reply:
        """Evaluate ``request`` (see ``api.worker``) on the newest snapshot within the time limit."""
        worker = await self.idle.get()
        snapshot = self.snapshots.hold()
        try:
            async with asyncio.timeout(self.timeout):
                header, body = await worker.call(pickle.dumps({**request, "snapshot": str(snapshot)}))
        except TimeoutError:
            await self._replace(worker, snapshot)
            raise QueryTimeoutError("E502", seconds=f"{self.timeout:g}") from None
        except WorkerExited as err:
            await self._replace(worker, snapshot)
            raise WorkerError("E706", reason=str(err)) from None
        except asyncio.CancelledError:  # the request went away mid-answer: the worker's pipe is in an unknown state
            await asyncio.shield(self._replace(worker, snapshot))
            raise
        # the worker now has this snapshot open: keep it until the worker moves on
        self.snapshots.release(worker.opened)
        worker.opened = snapshot
        self.idle.put_nowait(worker)
        if "error" in header:
            raise _error(header)
        return Reply(header["kind"], header["format"], body)

    def run_from_thread(self, request: dict) -> Reply:
        """``run`` for code in a worker thread (the REST routes): waits on the server's loop."""
        return asyncio.run_coroutine_threadsafe(self.run(request), self.loop).result()

    async def _replace(self, worker: _Worker, snapshot: Path) -> None:
        self.workers.discard(worker)
        await worker.kill()
        self.snapshots.release(snapshot)
        self.snapshots.release(worker.opened)
        if not self.closed:
            self._spawn_soon()

    async def close(self) -> None:
        self.closed = True
        await asyncio.gather(*self.starting, return_exceptions=True)
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
