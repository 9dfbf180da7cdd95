"""A serving process: the whole HTTP service on the listening socket the supervisor shares.

    python -m api.runtime.serving RUN_FOLDER FD CONTROL_SOCKET SLOT

``RUN_FOLDER`` is the supervisor's: its settings, checkpoints and the shared counts of open
connections (``api.runtime.balance``); ``FD`` the listening socket, inherited; ``CONTROL_SOCKET``
where writes go; ``SLOT`` this process's slot among the counts. Every serving process accepts
connections from the same socket, the one with the fewest open first, and a process that retires
(``api.runtime.backend``) leaves the rest to the others.
"""

from __future__ import annotations

import asyncio
import os
import pickle
import resource
import socket
import sys
import threading
import time
from pathlib import Path

import uvicorn

from api.app import create_app
from api.runtime.balance import LOADS, Loads, accept_balanced
from kg.store.sparql_text import ENGINE_STACK

# seconds a retiring process gives its requests beyond the time limit before it exits anyway
GRACE = 5
# seconds a thread may hold the GIL while another waits for it (Python's default: 0.005). A reader
# thread takes the GIL back after each call into the engine; while the event loop's thread ran
# other requests' Python, it waited up to the default each time: milliseconds per quick read at
# concurrency 8 (p50 14 → 11 ms in a trial against the same server with the default)
SWITCH_INTERVAL = 0.0005


class BalancedServer(uvicorn.Server):
    """uvicorn's server, its connections accepted by ``accept_balanced`` rather than by asyncio's
    own server, which takes every waiting connection at once."""

    def __init__(self, config: uvicorn.Config, listener: socket.socket, loads: Loads, slot: int) -> None:
        super().__init__(config)
        self.listener, self.loads, self.slot = listener, loads, slot
        self.accepting: asyncio.Task | None = None

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=[])  # the lifespan and the server's state, no listening server
        loop = asyncio.get_running_loop()

        def protocol() -> asyncio.Protocol:  # as uvicorn makes one for each connection it accepts itself
            return self.config.http_protocol_class(
                config=self.config, server_state=self.server_state, app_state=self.lifespan.state, _loop=loop
            )

        self.accepting = loop.create_task(accept_balanced(
            self.listener, self.loads, self.slot, self.server_state.connections,
            lambda connection: loop.connect_accepted_socket(protocol, connection),
        ))

    def stop_accepting(self) -> None:
        if self.accepting is not None:
            self.accepting.cancel()


def main() -> None:
    run_folder, fd, control_path, slot = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    settings = pickle.loads((run_folder / "settings.pickle").read_bytes())
    sys.setswitchinterval(SWITCH_INTERVAL)
    # the reader threads run the engine: give them the stack its depth limit was measured on, whatever
    # the system's default (with an unlimited stack rlimit, glibc gives new threads only 2 MiB)
    threading.stack_size(ENGINE_STACK)
    if settings.server_memory_mb:
        # RLIMIT_DATA, not RLIMIT_AS: address space merely reserved (thread stacks, malloc arenas) does not count
        cap = settings.server_memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_DATA, (cap, cap))
    app = create_app(settings, run_folder, control_path)
    winding_down = asyncio.Event()
    server = BalancedServer(
        uvicorn.Config(
            closing_when(winding_down, app),
            log_level="warning",
            access_log=False,  # per-request logging is a reverse proxy's job; it costs the hot path
            proxy_headers=False,  # nothing here uses the client's address
            timeout_graceful_shutdown=settings.query_timeout + GRACE,
        ),
        socket.socket(fileno=fd),
        Loads(run_folder / LOADS),
        slot,
    )

    async def wind_down() -> None:
        # exit once the clients' open connections are done with (each answer now closes its
        # connection; idle ones end at uvicorn's keep-alive timeout) or the grace has passed:
        # closing an idle keep-alive connection at once resets a request its client just sent on it
        deadline = time.monotonic() + settings.query_timeout + GRACE
        while server.server_state.connections and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
        server.should_exit = True

    def stop() -> None:
        # stop accepting at once, not at uvicorn's next tick: a connection accepted in between
        # would be closed unanswered when the process winds down
        server.stop_accepting()
        if not winding_down.is_set():
            winding_down.set()
            wind_downs.add(asyncio.get_running_loop().create_task(wind_down()))

    wind_downs: set[asyncio.Task] = set()
    app.state.stop = stop
    app.state.connections = server.server_state.connections
    server.run()
    # a retiring process may still have a runaway evaluation in a reader thread: end it with the process
    sys.stderr.flush()
    os._exit(0 if server.started else 1)


def closing_when(winding_down: asyncio.Event, app):
    """``app``, whose answers say ``Connection: close`` once the process winds down, so that no
    client sends another request on a connection that is about to end."""

    async def asgi(scope, receive, send):
        if scope["type"] != "http" or not winding_down.is_set():
            return await app(scope, receive, send)

        async def closing(message):
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"connection"]
                message = {**message, "headers": [*headers, (b"connection", b"close")]}
            await send(message)

        return await app(scope, receive, closing)

    return asgi


if __name__ == "__main__":
    main()
