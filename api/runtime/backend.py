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
(nobody else can be waiting on this loop), the loop's own thread evaluates it, as Oxigraph's
thread per connection does. Then nothing on the loop can keep the time limit: a ``Watchdog``
thread does, and past it writes the limit's answer on the connection itself and ends the
process (exit status ``RAN_PAST_LIMIT``), whose successor the supervisor starts. The watchdog's
answer carries no CORS headers, so a server that lets other origins read (``KG_CORS_ORIGINS``)
keeps every read in the reader threads, whose timeouts the loop answers.

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
import time
import traceback
from dataclasses import dataclass, field
from typing import Callable, Sized, TypeVar

from fastapi import Request

from api.runtime.control import RAN_PAST_LIMIT, Control
from api.runtime.snapshots import Lease, Replica
from api.runtime.writes import Write
from kg.errors import AuthError, MemoryLimitError, QueryTimeoutError, WritesDisabledError
from kg.settings import Settings
from kg.store.protocol import Store

T = TypeVar("T")
log = logging.getLogger("kg.api")

# how often, in parts of the time limit, the watchdog looks at the read the loop evaluates: the
# limit's answer comes at most a tenth late, and an idle process wakes it at most once a second
WATCHDOG_TICKS = 10


class Read:
    """One read, run by a reader thread or the loop's own: its outcome, and how the loop learns of it."""

    __slots__ = ("work", "store", "value", "error", "done", "lock", "future", "loop")

    def __init__(self, work: Callable[[Store], T], store: Store) -> None:
        self.work = work
        self.store = store
        self.value = self.error = self.future = self.loop = None
        self.done = False
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
            self.done = True
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

    def later(self, loop: asyncio.AbstractEventLoop) -> asyncio.Future | None:
        """A future the thread sets when it is done; ``None`` if it is done already."""
        with self.lock:
            if self.done:
                return None
            self.loop, self.future = loop, loop.create_future()
            return self.future


class Watchdog:
    """The time limit of the reads the event loop's own thread evaluates (``Backend.read``).

    The loop marks each such read's start and end; this thread looks now and then, and finds a
    read past the limit only while the engine still holds the loop. It then writes what ``answer``
    makes (the limit's 503, the whole HTTP response, dated when sent) on the read's connection and ends the process, as a
    retiring process ends its runaway evaluation; the lock makes that and the read's own end
    exclude each other, so a connection gets one answer."""

    def __init__(self, seconds: float, answer: Callable[[], bytes]) -> None:
        self.seconds, self.answer = seconds, answer
        self.lock = threading.Lock()
        self.current: tuple[float, int] | None = None  # (when the read started, its connection's socket)
        threading.Thread(target=self._watch, name="kg-watchdog", daemon=True).start()

    def start(self, connection: int) -> None:
        self.current = (time.monotonic(), connection)

    def end(self) -> None:
        with self.lock:
            self.current = None

    def _watch(self) -> None:
        tick = min(1.0, self.seconds / WATCHDOG_TICKS)
        while True:
            time.sleep(tick)
            current = self.current
            if current is None or time.monotonic() - current[0] < self.seconds:
                continue
            with self.lock:
                if self.current is not current:
                    continue  # the read ended meanwhile, and the loop answers it
                log.warning("serving process %d ends: a read ran past %g s", os.getpid(), self.seconds)
                try:
                    os.write(current[1], self.answer())  # a few hundred bytes on an idle connection: they fit its buffer
                except OSError:
                    pass  # the client has gone
                os._exit(RAN_PAST_LIMIT)


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
    watchdog: Watchdog | None = None
    """Keeps the time limit of the reads the loop evaluates itself; ``None`` where every read goes to a reader thread."""
    stop: Callable[[], None] = lambda: None
    """Set by ``api.runtime.serving``: tells the HTTP server to stop accepting and wind down."""
    connections: Sized = ()
    """Set by ``api.runtime.serving``: the HTTP server's open connections."""
    retired: bool = False
    watch: asyncio.Task | None = field(default=None, repr=False)

    @classmethod
    async def start(
        cls, settings: Settings, replica: Replica, control_path: str, timeout_answer: Callable[[], bytes]
    ) -> "Backend":
        """``timeout_answer``: makes the whole HTTP response a read past the time limit gets (``Watchdog``)."""
        watchdog = None if settings.cors_origins else Watchdog(settings.query_timeout, timeout_answer)
        backend = cls(settings, replica, await Control.connect(control_path), Readers(settings.reader_threads), watchdog)
        backend.watch = asyncio.get_running_loop().create_task(backend._watch_supervisor(os.getppid()))
        await backend.control.notice("ready")
        return backend

    async def read(self, work: Callable[[Store], T]) -> T:
        """``work(store)`` on the newest checkpoint, within the time limit: on the loop's own thread when nobody else can
        be waiting on it (one connection, no other read; the watchdog keeps the limit), else in a reader thread."""
        lease = self.replica.acquire()
        read = Read(work, lease.store)
        try:
            if self.watchdog is not None and not self.readers.busy and len(self.connections) == 1:
                return self._read_here(read, lease)
            return await self._read_in_thread(read, lease)
        except MemoryLimitError:
            await self.retire("a read ran out of memory")
            raise

    def _read_here(self, read: Read, lease: Lease) -> T:
        (connection,) = self.connections
        self.watchdog.start(connection.transport.get_extra_info("socket").fileno())
        try:
            read.run()
        finally:
            self.watchdog.end()
            self.replica.release(lease)
        return read.outcome()

    async def _read_in_thread(self, read: Read, lease: Lease) -> T:
        readers = self.readers
        readers.busy += 1
        readers.submit(read)
        try:
            pending = read.later(asyncio.get_running_loop())
            if pending is not None:
                try:
                    async with asyncio.timeout(self.settings.query_timeout):
                        await pending  # cancelling it at the limit is harmless: the thread checks before setting it
                except TimeoutError:
                    await self.retire(f"a read ran past {self.settings.query_timeout:g} s")
                    raise QueryTimeoutError("E502", seconds=f"{self.settings.query_timeout:g}") from None
            return read.outcome()
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
