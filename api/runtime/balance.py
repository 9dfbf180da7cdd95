"""Who takes the next connection: the serving process with the fewest open ones.

Every serving process accepts from the socket the supervisor listens on. Left to asyncio, a
process accepts every connection waiting at once, so connections that arrive together (eight
clients starting at once) all went to whichever process woke first; and a client's keep-alive
connection stays where it landed. With two processes, 1 / 7 and 2 / 6 spreads were common: the
busier process answered most requests, one after another, while the other idled.

So each process publishes how many connections it has open in a slot of a small shared file
(``Loads``: one unsigned 32-bit count per slot, ``CLOSED`` for a slot whose process does not
accept), and before it accepts it looks whether another process has fewer; if so it lets that one
take the connection, and takes it itself only if it is still waiting ``DEFER`` seconds later (the
other may be busy). The supervisor gives each process its slot and closes the slot when the
process ends, however it ends.
"""

from __future__ import annotations

import asyncio
import logging
import mmap
import os
import socket
import struct
from pathlib import Path
from typing import Callable, Sized

log = logging.getLogger("kg.api")

# the file of counts, in the supervisor's run folder
LOADS = "loads"
SLOTS = 256
CLOSED = 0xFFFFFFFF
# seconds a busier process leaves a waiting connection to the others
DEFER = 0.005
# seconds between two publications of a process's count when nothing is accepted (connections close meanwhile)
REFRESH = 0.05
_COUNT = struct.Struct("=I")


class Loads:
    """The shared file of counts, one slot per serving process."""

    def __init__(self, path: Path, create: bool = False) -> None:
        if create:
            path.write_bytes(b"\xff" * (_COUNT.size * SLOTS))
        descriptor = os.open(path, os.O_RDWR)
        try:
            self.map = mmap.mmap(descriptor, _COUNT.size * SLOTS)
        finally:
            os.close(descriptor)

    def set(self, slot: int, count: int) -> None:
        _COUNT.pack_into(self.map, slot * _COUNT.size, min(count, CLOSED - 1))

    def close_slot(self, slot: int) -> None:
        _COUNT.pack_into(self.map, slot * _COUNT.size, CLOSED)

    def fewest_but(self, slot: int) -> int:
        """The fewest open connections of the other accepting processes (``CLOSED`` if none accepts)."""
        counts = struct.unpack_from(f"={SLOTS}I", self.map)
        return min((count for index, count in enumerate(counts) if index != slot), default=CLOSED)

    def close(self) -> None:
        self.map.close()


class Slots:
    """The supervisor's side: a free slot for each process it starts, closed when it ends."""

    def __init__(self, loads: Loads) -> None:
        self.loads = loads
        self.taken: set[int] = set()

    def take(self) -> int:
        slot = min(set(range(SLOTS)) - self.taken)  # more processes than slots cannot run at once: retirees end within the time limit
        self.taken.add(slot)
        return slot

    def free(self, slot: int) -> None:
        self.loads.close_slot(slot)
        self.taken.discard(slot)


async def accept_balanced(
    listener: socket.socket, loads: Loads, slot: int, connections: Sized, serve: Callable[[socket.socket], object]
) -> None:
    """Accept from ``listener`` one connection at a time, deferring to a process with fewer open
    ones, and hand each to ``serve`` (awaited when it returns an awaitable), until cancelled."""
    loop = asyncio.get_running_loop()
    listener.setblocking(False)
    descriptor = listener.fileno()
    try:
        while True:
            loads.set(slot, len(connections))
            waiting = loop.create_future()
            loop.add_reader(descriptor, lambda: waiting.done() or waiting.set_result(None))
            try:
                await asyncio.wait_for(asyncio.shield(waiting), REFRESH)
            except TimeoutError:
                continue
            finally:
                loop.remove_reader(descriptor)
            if loads.fewest_but(slot) < len(connections):
                await asyncio.sleep(DEFER)
            try:
                connection, _ = listener.accept()
            except (BlockingIOError, InterruptedError, ConnectionAbortedError):
                continue  # another process took it, or the client gave up
            except OSError as err:  # out of file descriptors, say: the connection waits for the next turn
                log.warning("could not accept a connection: %s", err)
                await asyncio.sleep(REFRESH)
                continue
            connection.setblocking(False)
            outcome = serve(connection)
            if asyncio.iscoroutine(outcome):
                await outcome
    finally:
        loads.close_slot(slot)
