"""bench/sparql.py: what a server's requests cost the machine, read from the scheduler's counts in /proc."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the counts are Linux's /proc")


@pytest.fixture(scope="module")
def bench_sparql():
    sys.path.insert(0, str(ROOT / "bench"))  # it imports its neighbours (bulk, dataset) as a script does
    spec = importlib.util.spec_from_file_location("bench_sparql", ROOT / "bench" / "sparql.py")
    module = sys.modules[spec.name] = importlib.util.module_from_spec(spec)  # dataclasses look their module up
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]
    sys.path.remove(str(ROOT / "bench"))


BURN = """
import sys, threading, time
print("ready", flush=True)
sys.stdin.readline()
def burn():
    end = time.thread_time() + 0.3
    while time.thread_time() < end:
        pass
thread = threading.Thread(target=burn)
thread.start()
thread.join()
print("burnt", flush=True)
time.sleep(30)
"""


def test_round27_a_servers_usage_counts_the_threads_of_its_child_processes(bench_sparql):
    # as kg serve's supervisor and its serving processes: the work is done in a thread of a child
    parent = subprocess.Popen([sys.executable, "-c", f"import subprocess, sys; subprocess.run([sys.executable, '-c', {BURN!r}])"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert parent.stdout.readline() == "ready\n"
        before = bench_sparql.Usage.of(parent.pid)
        parent.stdin.write("go\n")
        parent.stdin.flush()
        assert parent.stdout.readline() == "burnt\n"
        after = bench_sparql.Usage.of(parent.pid)
    finally:
        parent.kill()
        parent.wait()
    assert after.cpu - before.cpu >= 0.25  # the child's thread, counted though it has ended its burn
    assert after.switches >= before.switches and after.queued >= before.queued


def test_round27_a_process_that_has_ended_counts_nothing(bench_sparql):
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    assert bench_sparql.Usage.of(process.pid) == bench_sparql.Usage(0.0, 0.0, 0)


def test_round44_the_floor_server_answers_a_query_from_the_store_it_is_given(tmp_path, monkeypatch):
    import asyncio
    import json

    import pyoxigraph as ox

    writer = ox.Store(str(tmp_path / "store"))
    writer.add(ox.Quad(ox.NamedNode("http://e/a"), ox.NamedNode("http://e/p"), ox.Literal("x"), ox.NamedNode("http://e/g")))
    writer.flush()
    monkeypatch.setenv("KG_FLOOR_STORE", str(tmp_path / "store"))  # read while the writer holds the store, as in the benchmark
    spec = importlib.util.spec_from_file_location("bench_http_floor", ROOT / "bench" / "http_floor.py")
    floor = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(floor)
    sent = []

    async def receive():
        return {"type": "http.request", "body": b"SELECT ?o WHERE { ?s ?p ?o }", "more_body": False}

    async def send(message):
        sent.append(message)

    asyncio.run(floor.app({"type": "http", "query_string": b""}, receive, send))
    assert sent[0]["status"] == 200
    assert json.loads(sent[1]["body"])["results"]["bindings"][0]["o"]["value"] == "x"
