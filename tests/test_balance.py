"""Connections go to the serving process with the fewest open ones (api.runtime.balance)."""

import asyncio
import socket

import pytest

from api.runtime.balance import CLOSED, DEFER, Loads, Slots, accept_balanced


def listening() -> socket.socket:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    return listener


def test_slots_are_reused_and_closed_when_freed(tmp_path):
    loads = Loads(tmp_path / "loads", create=True)
    slots = Slots(loads)
    first, second = slots.take(), slots.take()
    assert (first, second) == (0, 1)
    loads.set(first, 3)
    loads.set(second, 5)
    assert loads.fewest_but(second) == 3
    slots.free(first)
    assert loads.fewest_but(second) == CLOSED  # nobody else accepts
    assert slots.take() == first


def test_a_connection_goes_to_the_less_busy_process(tmp_path):
    async def scenario():
        listener = listening()
        loads = Loads(tmp_path / "loads", create=True)
        busy, idle = [object()] * 3, []  # the open connections each process holds
        taken = {"busy": [], "idle": []}
        tasks = [
            asyncio.create_task(accept_balanced(listener, loads, slot, held, taken[name].append))
            for slot, (name, held) in enumerate((("busy", busy), ("idle", idle)))
        ]
        await asyncio.sleep(0.01)  # both publish their counts
        client = socket.create_connection(listener.getsockname())
        for _ in range(100):
            await asyncio.sleep(DEFER / 5)
            if taken["busy"] or taken["idle"]:
                break
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for connection in taken["busy"] + taken["idle"]:
            connection.close()
        client.close()
        listener.close()
        return {name: len(connections) for name, connections in taken.items()}, loads.fewest_but(99)

    spread, fewest = asyncio.run(scenario())
    assert spread == {"busy": 0, "idle": 1}
    assert fewest == CLOSED  # both slots closed once their tasks ended


def test_a_busier_process_still_accepts_when_the_other_does_not(tmp_path):
    async def scenario():
        listener = listening()
        loads = Loads(tmp_path / "loads", create=True)
        loads.set(1, 0)  # a process that publishes an idle count but never accepts (busy elsewhere)
        taken = []
        task = asyncio.create_task(accept_balanced(listener, loads, 0, [object()] * 2, taken.append))
        client = socket.create_connection(listener.getsockname())
        for _ in range(200):
            await asyncio.sleep(DEFER)
            if taken:
                break
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        for connection in taken:
            connection.close()
        client.close()
        listener.close()
        return len(taken)

    assert asyncio.run(scenario()) == 1


def test_a_slot_is_given_back_when_a_serving_process_cannot_start(tmp_path, monkeypatch):
    from api.runtime.supervisor import Supervisor
    from kg.settings import Settings
    from kg.store.embedded import open_store

    async def no_process(*args, **kwargs):
        raise OSError("out of processes")

    monkeypatch.setattr(asyncio, "create_subprocess_exec", no_process)
    store = open_store(tmp_path / "store")
    with listening() as listener:
        supervisor = Supervisor(Settings(store=tmp_path / "store"), store, listener)
        for _ in range(3):
            with pytest.raises(OSError):
                asyncio.run(supervisor._spawn())
        assert supervisor.slots.taken == set()
    store.close()
