"""What every route of a serving process needs: reads with a hard time limit, writes, the write rule.

A serving process (``api.runtime.serving``) reads the newest checkpoint of the store (``Replica``)
in its own reader threads: pyoxigraph lets go of the GIL while it evaluates, so the event
loop keeps answering other requests meanwhile. pyoxigraph cannot cancel a query, and a
thread cannot be stopped from outside; so a read past the time limit gets its 503 at once
and the process **retires**: it stops accepting connections, lets its other requests finish,
and exits, which ends the runaway evaluation. The supervisor has already started its
successor, and the other serving processes keep taking requests meanwhile.

Handing a read to a thread and back through the event loop costs two wake-ups, as much as a
quick query itself; so when the process has one connection and nothing else is being read
(nobody else can be waiting on this loop), the loop waits for the reader thread directly, for
a few milliseconds (``QUICK_READ``), before it goes back to its other work.

Writes go to the supervisor (``api.runtime.control``), which holds the only writable store.
"""

from __future__ import annotations

import asyncio
import collections
import hmac
import logging
import os
import queue
import threading
import traceback
from dataclasses import dataclass, field
from typing import Callable, Sized, TypeVar

from fastapi import Request

from api.runtime.control import Control
from api.runtime.snapshots import Replica
from api.runtime.writes import Write
from kg.errors import AuthError, MemoryLimitError, QueryTimeoutError, WritesDisabledError
from kg.settings import Settings
from kg.store.protocol import Store

T = TypeVar("T")
log = logging.getLogger("kg.api")

# seconds the event loop may wait for a read in hand when nobody else can be waiting on it: most
# queries a person or an application sends are answered within it
QUICK_READ = 0.004


class Read:
    """One read handed to a reader thread: its outcome, and how the loop learns of it."""

    __slots__ = ("work", "store", "value", "error", "finished", "lock", "future", "loop")

    def __init__(self, work: Callable[[Store], T], store: Store) -> None:
        self.work = work
        self.store = store
        self.value = self.error = self.future = self.loop = None
        self.finished = threading.Lock()
        self.finished.acquire()  # released by the reader thread when the read is done
        self.lock = threading.Lock()  # settles who tells whom: the thread finishing, or the loop giving up waiting

    def run(self) -> None:
        try:
            self.value = self.work(self.store)
        except BaseException as err:  # noqa: BLE001 — handed to the request, raised there
            # the frames' locals go here, in this thread: they may hold the engine's result objects,
            # which must not be dropped on another thread (pyo3 aborts the process if they are)
            traceback.clear_frames(err.__traceback__)
            self.error = err
        self.store = None
        with self.lock:
            self.finished.release()
            future, loop = self.future, self.loop
        if future is not None:
            try:
                loop.call_soon_threadsafe(self._settle, future)
            except RuntimeError:  # the loop has closed: a retiring process wound down while this read ran on past its time limit
                pass

    def _settle(self, future: asyncio.Future) -> None:
        if not future.done():
            future.set_result(None)

    def outcome(self) -> T:
        if isinstance(self.error, MemoryError):
            raise MemoryLimitError("E718") from None
        if self.error is not None:
            raise self.error
        return self.value

    def wait_here(self, seconds: float) -> bool:
        """Wait in this thread (the GIL is free meanwhile) until the read is done or ``seconds`` pass."""
        return self.finished.acquire(timeout=seconds)

    def later(self, loop: asyncio.AbstractEventLoop) -> asyncio.Future | None:
        """A future the thread sets when it is done; ``None`` if it is done already."""
        with self.lock:
            if self.finished.acquire(blocking=False):
                return None
            self.loop, self.future = loop, loop.create_future()
            return self.future


class Readers:
    """Reader threads; a read goes to the thread that went idle last (its CPU caches are the
    warmest), or waits in line when all are busy."""

    def __init__(self, count: int) -> None:
        self.lock = threading.Lock()
        self.idle: list[queue.SimpleQueue[Read]] = []
        self.waiting: collections.deque[Read] = collections.deque()
        self.busy = 0  # reads in flight, counted on the event loop's thread
        for number in range(max(1, count)):
            threading.Thread(target=self._serve, args=(queue.SimpleQueue(),), name=f"kg-read-{number}", daemon=True).start()

    def _serve(self, inbox: queue.SimpleQueue[Read]) -> None:
        while True:
            with self.lock:
                read = self.waiting.popleft() if self.waiting else None
                if read is None:
                    self.idle.append(inbox)
            (read or inbox.get()).run()

    def submit(self, read: Read) -> None:
        with self.lock:
            if not self.idle:
                self.waiting.append(read)
                return
            inbox = self.idle.pop()
        inbox.put(read)


@dataclass
class Backend:
    settings: Settings
    replica: Replica
    control: Control
    readers: Readers
    stop: Callable[[], None] = lambda: None
    """Set by ``api.runtime.serving``: tells the HTTP server to stop accepting and wind down."""
    connections: Sized = ()
    """Set by ``api.runtime.serving``: the HTTP server's open connections."""
    retired: bool = False
    watch: asyncio.Task | None = field(default=None, repr=False)

    @classmethod
    async def start(cls, settings: Settings, replica: Replica, control_path: str) -> "Backend":
        backend = cls(settings, replica, await Control.connect(control_path), Readers(settings.reader_threads))
        backend.watch = asyncio.get_running_loop().create_task(backend._watch_supervisor(os.getppid()))
        await backend.control.notice("ready")
        return backend

    async def read(self, work: Callable[[Store], T]) -> T:
        """``work(store)`` on the newest checkpoint in a reader thread, within the time limit."""
        lease = self.replica.acquire()
        read = Read(work, lease.store)
        readers = self.readers
        alone = not readers.busy and len(self.connections) <= 1
        readers.busy += 1
        readers.submit(read)
        try:
            if alone and read.wait_here(QUICK_READ):
                return read.outcome()
            pending = read.later(asyncio.get_running_loop())
            if pending is not None:
                try:
                    async with asyncio.timeout(self.settings.query_timeout):
                        await pending  # cancelling it at the limit is harmless: the thread checks before setting it
                except TimeoutError:
                    await self.retire(f"a read ran past {self.settings.query_timeout:g} s")
                    raise QueryTimeoutError("E502", seconds=f"{self.settings.query_timeout:g}") from None
            return read.outcome()
        except MemoryLimitError:
            await self.retire("a read ran out of memory")
            raise
        finally:
            # a read that timed out keeps its lease and its count: the process is retiring
            if read.store is None:
                readers.busy -= 1
                self.replica.release(lease)

    async def write(self, change: Write) -> object:
        """Have the supervisor apply ``change``; the next read, in any process, sees it."""
        return await self.control.write(change)

    async def retire(self, reason: str) -> None:
        """Stop taking requests and exit once the others are answered (``api.runtime.serving`` ends the process)."""
        if self.retired:
            return
        self.retired = True
        log.warning("serving process %d retires: %s", os.getpid(), reason)
        self.stop()
        try:
            await self.control.notice("retiring")
        except ConnectionError:
            pass  # the supervisor is gone too

    async def _watch_supervisor(self, parent: int) -> None:
        """Leave when the supervisor has gone (this process was handed to another parent). Meanwhile,
        move to the newest checkpoint every second: a read then seldom waits for its opening (20–30 ms
        at ten million triples), and an idle process does not keep an old one, with all its files, on disk."""
        while os.getppid() == parent:
            await asyncio.sleep(1)
            try:
                self.replica.release(self.replica.acquire())
            except OSError:
                pass  # the checkpoints' folder is going: the supervisor is stopping, or has gone
        await self.retire("the supervisor has gone")

    def authorize(self, request: Request) -> None:
        """Refuse a write unless the server has a token and the request carries it."""
        token = self.settings.update_token
        if not token:
            raise WritesDisabledError("E701")
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
            raise AuthError("E702")


async def backend(request: Request) -> Backend:
    """FastAPI dependency: the running server's backend (async, so FastAPI needs no thread for it)."""
    return request.app.state.backend
