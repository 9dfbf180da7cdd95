"""``kg serve``: the supervisor and its serving processes.

The supervisor binds the listening socket, opens the store read-write (the primary) and
starts ``settings.server_processes`` serving processes (``api.runtime.serving``) that share the
socket. It does not answer HTTP itself: it applies the writes the serving processes send
(``api.runtime.writes``, one at a time), checkpoints the store after each and whenever RocksDB has
compacted it (``api.runtime.snapshots``), and starts a new serving process for each one that
retires or ends, so the service outlives any request. Ctrl-C or SIGTERM stops everything.

Paths in the settings are made absolute once, at start: serving processes run in another folder.
The address is printed once a serving process is ready to answer; if serving processes keep
ending before they are ready (``START_TRIES`` in a row), the server stops with E719 rather than
try again forever.

Why processes and not threads: pyoxigraph cannot cancel a query, so the only sound way to
stop one at the time limit is to end the process evaluating it; and several processes also
spread the Python work of HTTP over the CPUs.
"""

from __future__ import annotations

import asyncio
import ctypes.util
import logging
import os
import pickle
import shutil
import signal
import socket
import sys
import tempfile
import threading
from pathlib import Path

from api.runtime import control
from api.runtime.balance import LOADS, Loads, Slots
from api.runtime.snapshots import Snapshots
from api.runtime.writes import Write
from kg.errors import KGError, ServeError, ServerError
from kg.settings import PROJECT_ROOT, Settings
from kg.store.embedded import EmbeddedStore, open_store
from kg.store.sparql_text import ENGINE_STACK

log = logging.getLogger("kg.api")

# serving processes that end before they are ready, one after another, after which the server stops
START_TRIES = 3
# longest path a Unix socket may have (108 bytes on Linux, with the final NUL)
UNIX_PATH_MAX = 100


def serving_environment(allocator: str) -> dict[str, str] | None:
    """The serving processes' environment: this one, with jemalloc preloaded when ``allocator`` asks
    for it and the library is installed (``None``: this one as it is).

    The engine allocates for every answer, and in a Python process the C library's allocator cost it
    several times what it costs in ``oxigraph serve`` (bench/README.md); a library can only replace
    it when the process starts, hence in the environment of the processes the supervisor starts."""
    if allocator != "jemalloc" or "jemalloc" in os.environ.get("LD_PRELOAD", ""):
        return None
    library = ctypes.util.find_library("jemalloc")
    if library is None:
        log.warning("jemalloc is not installed (Debian: apt-get install libjemalloc2); serving with the C library's allocator")
        return None
    preload = " ".join(filter(None, (os.environ.get("LD_PRELOAD"), library)))
    return {**os.environ, "LD_PRELOAD": preload}


class Supervisor:
    def __init__(self, settings: Settings, primary: EmbeddedStore, listener: socket.socket) -> None:
        self.settings = settings
        self.primary = primary
        self.listener = listener
        self.snapshots = Snapshots(primary)
        self.control_path = self.snapshots.root / "control.sock"
        self.control_folder: Path | None = None
        if len(str(self.control_path)) > UNIX_PATH_MAX:
            self.control_folder = Path(tempfile.mkdtemp(prefix="kg-control-"))
            self.control_path = self.control_folder / "control.sock"
        (self.snapshots.root / "settings.pickle").write_bytes(pickle.dumps(settings))
        self.processes: dict[int, asyncio.subprocess.Process] = {}
        self.slots = Slots(Loads(self.snapshots.root / LOADS, create=True))
        self.ready: set[int] = set()
        self.retiring: set[int] = set()
        self.failed_starts = 0
        self.failure: ServeError | None = None
        self.announced = False
        self.watchers: set[asyncio.Task] = set()
        self.write_lock = asyncio.Lock()
        self.pipeline = None
        self.stopping = asyncio.Event()
        self.environment = serving_environment(settings.server_allocator)

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, self.stopping.set)
        server = await asyncio.start_unix_server(self._serve_channel, path=str(self.control_path))
        for _ in range(max(1, self.settings.server_processes)):
            await self._spawn()
        sweeper = loop.create_task(self._sweep_now_and_then())
        try:
            await self.stopping.wait()
        finally:
            sweeper.cancel()
            server.close()
            await self._stop_processes()
            self.primary.close()
            self.snapshots.close()
            if self.control_folder is not None:
                shutil.rmtree(self.control_folder, ignore_errors=True)
        if self.failure is not None:
            raise self.failure

    async def _spawn(self) -> None:
        fd = self.listener.fileno()
        slot = self.slots.take()
        try:
            process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "api.runtime.serving", str(self.snapshots.root), str(fd), str(self.control_path), str(slot),
                # in our own folder: "-m" looks in the working folder first, where a user's folder could shadow ours
                pass_fds=(fd,), cwd=PROJECT_ROOT, env=self.environment,
                # a session of its own: Ctrl-C in a terminal reaches the supervisor only, which decides
                # when serving processes end (else one could end first and be taken for a crash)
                start_new_session=True,
            )
        except BaseException:
            self.slots.free(slot)  # no process took it
            raise
        self.processes[process.pid] = process
        watcher = asyncio.get_running_loop().create_task(self._watch(process, slot))
        self.watchers.add(watcher)
        watcher.add_done_callback(self.watchers.discard)

    async def _watch(self, process: asyncio.subprocess.Process, slot: int) -> None:
        """Replace ``process`` when it ends, unless it retired (its successor is already there);
        stop the server (E719) when it is the ``START_TRIES``-th in a row to end before it was ready."""
        code = await process.wait()
        self.slots.free(slot)
        del self.processes[process.pid]
        was_ready = process.pid in self.ready
        self.ready.discard(process.pid)
        if process.pid in self.retiring:
            self.retiring.discard(process.pid)
            return
        if self.stopping.is_set():
            return
        if code == control.RAN_PAST_LIMIT:
            log.warning("a serving process ended a read past the time limit; starting another")
        elif was_ready:
            log.error("a serving process ended (exit status %s); starting another", code)
        else:
            self.failed_starts += 1
            if self.failed_starts >= START_TRIES:
                self.failure = ServeError("E719", tries=START_TRIES, status=code, store=self.settings.store)
                self.stopping.set()
                return
            log.error("a serving process could not start (exit status %s); trying again", code)
            await asyncio.sleep(1)
        if not self.stopping.is_set():
            await self._spawn()

    def _ready(self, pid: int) -> None:
        self.ready.add(pid)
        self.failed_starts = 0
        if not self.announced:
            self.announced = True
            base = f"http://{self.settings.host}:{self.settings.port}"
            print(f"page:     {base}/\nendpoint: {base}/sparql", file=sys.stderr, flush=True)

    async def _serve_channel(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """One serving process's channel: its notices (ready, retiring) and its writes."""
        try:
            while (message := await control.receive(reader)) is not None:
                if message[0] == "ready":
                    self._ready(message[1])
                elif message[0] == "retiring":
                    self.retiring.add(message[1])
                    if not self.stopping.is_set():
                        await self._spawn()
                elif message[0] == "write":
                    await control.send(writer, await self._apply(message[1]))
        except ConnectionError:
            pass  # the process ended mid-write; the write itself was done or not, as one transaction
        finally:
            writer.close()

    async def _apply(self, change: Write) -> tuple:
        async with self.write_lock:
            try:
                result = await asyncio.to_thread(self._apply_now, change)
            except KGError as err:
                return control.error_message(err)
            except Exception as err:  # noqa: BLE001 — not the client's doing (a bug, a disk error): a logged 500
                log.error("a write failed", exc_info=err)
                return control.error_message(ServerError("E714", kind=type(err).__name__))
            return ("ok", result)

    def _apply_now(self, change: Write) -> object:
        result = change.apply(self.primary, self._extract)
        self.snapshots.refresh()
        return result

    def _extract(self, document):
        """The pipeline (loaded on first use: spaCy takes seconds and is needed only to ingest)."""
        if self.pipeline is None:
            from kg.extract.pipeline import Pipeline

            self.pipeline = Pipeline(self.settings)
        return self.pipeline.extract_one(document)

    async def _sweep_now_and_then(self) -> None:
        """Every second: checkpoint again once RocksDB has compacted the primary
        (``Snapshots.follow_compaction``), and delete checkpoints that serving processes have moved
        off (they let go at their next read). Two directory listings and a few ``flock`` calls."""
        while True:
            await asyncio.sleep(1)
            async with self.write_lock:  # between two writes, as every checkpoint
                await asyncio.to_thread(self.snapshots.follow_compaction)
            await asyncio.to_thread(self.snapshots.sweep)

    async def _stop_processes(self) -> None:
        for process in list(self.processes.values()):
            if process.returncode is None:
                process.terminate()
        deadline = self.settings.query_timeout + 10
        for process in list(self.processes.values()):
            try:
                await asyncio.wait_for(process.wait(), deadline)
            except TimeoutError:
                process.kill()
        for watcher in list(self.watchers):
            watcher.cancel()


def listen(host: str, port: int) -> socket.socket:
    """The listening socket every serving process accepts from."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind((host, port))
    except OSError as err:
        listener.close()
        raise ServeError("E717", host=host, port=port, reason=err.strerror or str(err)) from None
    listener.listen(2048)
    listener.set_inheritable(True)
    return listener


def serve(settings: Settings) -> None:
    """Run the service until Ctrl-C or SIGTERM (``kg serve``); E719 if its serving processes cannot start."""
    settings = settings.replace(store=settings.store.resolve(), aliases=tuple(str(Path(a).resolve()) for a in settings.aliases))
    threading.stack_size(ENGINE_STACK)  # the threads that apply updates run the engine too
    listener = listen(settings.host, settings.port)
    primary = open_store(settings.store, query_depth=settings.query_depth)
    try:
        asyncio.run(Supervisor(settings, primary, listener).run())
    finally:
        listener.close()
