"""`kg serve` as a family of processes: crashes, stops and kills lose nothing and leave nothing behind."""

from __future__ import annotations

import ctypes.util
import os
import shutil
import signal
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import kg_command, start_server

pytestmark = pytest.mark.slow

TOKEN = "lifecycle-token"
MARK = 'ASK { GRAPH <http://example.org/lifecycle> { <http://example.org/s> <http://example.org/p> "kept" } }'


def serving_processes(supervisor: int) -> set[int]:
    """The pids of the supervisor's children (its serving processes)."""
    children: set[int] = set()
    for task in Path(f"/proc/{supervisor}/task").iterdir():
        children |= {int(pid) for pid in (task / "children").read_text().split()}
    return children


def alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status  # a zombie has ended; only its parent's wait is missing


def wait_for(condition, seconds: float = 15) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


def ask(base: str) -> bool:
    response = httpx.get(base + "/sparql", params={"query": MARK}, timeout=10)
    assert response.status_code == 200, response.text
    return response.json()["boolean"]


@pytest.fixture
def store_copy(tmp_path, sample_store_path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(sample_store_path, copy)
    return copy


def write_mark(base: str) -> None:
    update = 'INSERT DATA { GRAPH <http://example.org/lifecycle> { <http://example.org/s> <http://example.org/p> "kept" } }'
    response = httpx.post(base + "/update", content=update, timeout=10, headers={
        "Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 204, response.text


def test_a_serving_process_that_dies_is_replaced_and_nothing_written_is_lost(store_copy):
    process, base = start_server(store_copy, {"KG_UPDATE_TOKEN": TOKEN, "KG_SERVER_PROCESSES": "2"})
    try:
        write_mark(base)
        assert wait_for(lambda: len(serving_processes(process.pid)) == 2)
        victim = min(serving_processes(process.pid))
        os.kill(victim, signal.SIGKILL)
        for _ in range(6):  # new connections each time: whichever process takes them answers
            assert ask(base)
        assert wait_for(lambda: victim not in serving_processes(process.pid) and len(serving_processes(process.pid)) == 2)
        assert ask(base)
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_stopping_the_server_ends_every_process_and_leaves_no_checkpoints(store_copy):
    process, base = start_server(store_copy, {"KG_UPDATE_TOKEN": TOKEN})
    assert wait_for(lambda: len(serving_processes(process.pid)) >= 2)
    children = serving_processes(process.pid)
    write_mark(base)
    process.send_signal(signal.SIGINT)  # as Ctrl-C in a terminal
    assert process.wait(timeout=30) == 0
    assert not any(alive(pid) for pid in children)
    assert not list(store_copy.parent.glob(".store-snapshots-*"))
    again, base = start_server(store_copy)
    try:
        assert ask(base)  # the write is in the store itself, not only in a checkpoint
    finally:
        again.terminate()
        again.wait(timeout=30)


def mapped_libraries(pid: int) -> str:
    return Path(f"/proc/{pid}/maps").read_text()


@pytest.mark.parametrize("allocator", ["jemalloc", "system"])
def test_serving_processes_run_on_the_allocator_the_settings_name(store_copy, allocator):
    if allocator == "jemalloc" and ctypes.util.find_library("jemalloc") is None:
        pytest.skip("jemalloc is not installed (make system installs it)")
    process, base = start_server(store_copy, {"KG_SERVER_ALLOCATOR": allocator})
    try:
        assert wait_for(lambda: len(serving_processes(process.pid)) >= 2)
        assert not ask(base)  # they answer
        for pid in serving_processes(process.pid):
            assert ("libjemalloc" in mapped_libraries(pid)) == (allocator == "jemalloc")
        assert "libjemalloc" not in mapped_libraries(process.pid)  # the supervisor keeps its own
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_serving_processes_leave_when_the_supervisor_is_killed(store_copy):
    process, base = start_server(store_copy)
    assert wait_for(lambda: len(serving_processes(process.pid)) >= 2)
    children = serving_processes(process.pid)
    process.kill()
    process.wait(timeout=10)
    assert wait_for(lambda: not any(alive(pid) for pid in children), seconds=10)
    assert len(list(store_copy.parent.glob(".store-snapshots-*"))) == 1
    stats = kg_command("stats", "--store", str(store_copy))  # any command that opens the store
    assert stats.returncode == 0 and not list(store_copy.parent.glob(".store-snapshots-*"))
    again, base = start_server(store_copy)  # the store is free again: its lock went with the supervisor
    try:
        assert httpx.get(base + "/stats", timeout=10).status_code == 200
    finally:
        again.terminate()
        again.wait(timeout=30)


def test_a_store_given_by_a_relative_path_is_served_from_any_folder(store_copy):
    process, base = start_server(Path(store_copy.name), cwd=store_copy.parent)
    try:
        assert ask(base) is False and httpx.get(base + "/stats", timeout=10).json()["documents"] > 0
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert "page:     http://127.0.0.1:" in process.stderr.read()


def test_serving_processes_that_cannot_start_stop_the_server_with_a_coded_error(store_copy):
    """No endless restarts behind a printed address: the server gives up and says so."""
    env = {**os.environ, "KG_SERVER_MEMORY_MB": "1"}  # too little for a serving process to start
    done = kg_command("serve", "--store", str(store_copy), "--port", "0", env=env, timeout=60)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1].startswith("kg: E719 kg serve stopped: 3 serving processes in a row ended")
    assert "page:" not in done.stderr
    assert not list(store_copy.parent.glob(".store-snapshots-*"))


def test_a_query_past_the_memory_cap_ends_only_its_own_process(store_copy):
    process, base = start_server(store_copy, {"KG_SERVER_MEMORY_MB": "600", "KG_SERVER_PROCESSES": "2"})
    try:
        assert wait_for(lambda: len(serving_processes(process.pid)) == 2)
        before = serving_processes(process.pid)
        hungry = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f"  # sorts ~200 million rows
        try:
            response = httpx.get(base + "/sparql", params={"query": hungry}, timeout=60)
            assert response.status_code == 503 and response.json()["error"] == "E718"
        except httpx.TransportError:
            pass  # the engine aborted its process mid-answer: the connection closes without one
        for _ in range(4):
            assert httpx.get(base + "/stats", timeout=10).status_code == 200
        assert wait_for(lambda: len(serving_processes(process.pid)) == 2 and serving_processes(process.pid) != before)
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_a_port_in_use_is_a_one_line_error_and_the_store_is_untouched(store_copy, tmp_path, sample_store_path):
    process, base = start_server(store_copy)
    other = tmp_path / "other"
    shutil.copytree(sample_store_path, other)
    try:
        port = base.rsplit(":", 1)[1]
        done = kg_command("serve", "--store", str(other), "--port", port, timeout=30)
        assert done.returncode == 1
        assert done.stderr.strip().startswith(f"kg: E717 Cannot listen on 127.0.0.1:{port}")
        assert not list(tmp_path.glob(".other-snapshots-*"))
        assert httpx.get(base + "/stats", timeout=10).status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=30)


# --- kills under load -------------------------------------------------------------------------

LOAD_GRAPH = "http://example.org/under-load"


class Load:
    """Writers inserting one numbered triple per request and readers asking queries, until stopped;
    the writes the server acknowledged (204) are kept."""

    def __init__(self, base: str, writers: int = 3, readers: int = 2) -> None:
        import threading

        self.base, self.stop, self.acknowledged = base, threading.Event(), []
        self.threads = [threading.Thread(target=self._write, args=(k,)) for k in range(writers)]
        self.threads += [threading.Thread(target=self._read) for _ in range(readers)]
        for thread in self.threads:
            thread.start()

    def _write(self, writer: int) -> None:
        headers = {"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"}
        with httpx.Client(timeout=10) as client:
            for n in range(100_000):
                if self.stop.is_set():
                    return
                subject = f"http://example.org/load/{writer}-{n}"
                update = f"INSERT DATA {{ GRAPH <{LOAD_GRAPH}> {{ <{subject}> <http://example.org/n> {n} }} }}"
                try:
                    if client.post(self.base + "/update", content=update, headers=headers).status_code == 204:
                        self.acknowledged.append(subject)
                except httpx.HTTPError:
                    pass  # in flight when its process was killed: not acknowledged, may or may not be stored

    def _read(self) -> None:
        with httpx.Client(timeout=10) as client:
            while not self.stop.is_set():
                try:
                    client.get(self.base + "/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
                except httpx.HTTPError:
                    pass

    def end(self) -> list[str]:
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=30)
        return self.acknowledged


def stored(base: str, subjects: list[str]) -> int:
    values = " ".join(f"<{s}>" for s in subjects)
    query = f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ VALUES ?s {{ {values} }} GRAPH <{LOAD_GRAPH}> {{ ?s ?p ?o }} }}"
    response = httpx.post(base + "/sparql", data={"query": query}, timeout=30)
    assert response.status_code == 200, response.text
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def test_every_acknowledged_write_survives_a_supervisor_killed_under_load(store_copy):
    process, base = start_server(store_copy, {"KG_UPDATE_TOKEN": TOKEN, "KG_SERVER_PROCESSES": "2"})
    load = Load(base)
    time.sleep(3)
    process.kill()  # SIGKILL, mid-write
    process.wait(timeout=10)
    acknowledged = load.end()
    assert acknowledged
    again, base = start_server(store_copy)
    try:
        assert stored(base, acknowledged) == len(acknowledged)
    finally:
        again.terminate()
        again.wait(timeout=30)


def test_every_acknowledged_write_survives_serving_processes_killed_under_load(store_copy):
    process, base = start_server(store_copy, {"KG_UPDATE_TOKEN": TOKEN, "KG_SERVER_PROCESSES": "2"})
    try:
        load = Load(base)
        for _ in range(2):
            time.sleep(1.5)
            assert wait_for(lambda: len(serving_processes(process.pid)) == 2)
            os.kill(min(serving_processes(process.pid)), signal.SIGKILL)
        time.sleep(1.5)
        acknowledged = load.end()
        assert acknowledged and process.poll() is None
        assert stored(base, acknowledged) == len(acknowledged)
    finally:
        process.terminate()
        process.wait(timeout=30)
