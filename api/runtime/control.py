"""The channel between a serving process and the supervisor: a Unix socket carrying frames.

A frame is a 4-byte big-endian length and a pickled message (both ends are this program).
A serving process sends ``("write", Write)`` and waits for ``("ok", result)`` or
``("error", class name, code, fields)``, which it raises again as the same ``kg.errors``
class. It sends notices too: ``("ready", pid)`` once it can answer requests, and
``("retiring", pid)`` when it stops taking them (the supervisor starts its successor at once).
A serving process that must end while its event loop is held by the engine cannot send that
notice: it exits with ``RAN_PAST_LIMIT`` instead.
"""

from __future__ import annotations

import asyncio
import os
import pickle
import struct

import kg.errors
from api.runtime.writes import Write
from kg.errors import KGError

FRAME_LENGTH = struct.Struct(">I")
# the exit status of a serving process whose event loop's own read ran past the time limit (``api.runtime.backend``)
RAN_PAST_LIMIT = 75


async def send(stream: asyncio.StreamWriter, message: tuple) -> None:
    payload = pickle.dumps(message)
    stream.write(FRAME_LENGTH.pack(len(payload)) + payload)
    await stream.drain()


async def receive(stream: asyncio.StreamReader) -> tuple | None:
    """The next message, or ``None`` when the other side has closed the channel."""
    try:
        head = await stream.readexactly(FRAME_LENGTH.size)
        return pickle.loads(await stream.readexactly(FRAME_LENGTH.unpack(head)[0]))
    except (asyncio.IncompleteReadError, ConnectionError):
        return None


def error_message(err: KGError) -> tuple:
    fields = {k: v if isinstance(v, (int, float)) else str(v) for k, v in err.fields.items()}
    return ("error", type(err).__name__, err.code, fields)


def raise_error(message: tuple) -> None:
    """Raise the supervisor's user error as the same ``kg.errors`` class in this process."""
    _, name, code, fields = message
    raise getattr(kg.errors, name, KGError)(code, **fields)


class Control:
    """A serving process's end of the channel; one write at a time."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer
        self.lock = asyncio.Lock()

    @classmethod
    async def connect(cls, path: str) -> "Control":
        return cls(*await asyncio.open_unix_connection(path))

    async def write(self, change: Write) -> object:
        """Have the supervisor apply ``change``; returns once queries made from now on see it."""
        async with self.lock:
            await send(self.writer, ("write", change))
            reply = await receive(self.reader)
        if reply is None:
            raise kg.errors.WorkerError("E706", reason="the supervisor closed the channel")
        if reply[0] == "error":
            raise_error(reply)
        return reply[1]

    async def notice(self, kind: str) -> None:
        """Tell the supervisor that this process is ``"ready"`` or ``"retiring"``."""
        async with self.lock:
            await send(self.writer, (kind, os.getpid()))
