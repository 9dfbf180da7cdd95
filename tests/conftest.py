"""Shared fixtures: real stores built from samples/, and a real `kg serve` on a free port."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEEDS = ROOT.parent / "shared" / "seeds"
DATA = Path(__file__).parent / "data"
ARTIFACTS = ROOT / "test-artifacts"
OXIGRAPH = Path(sys.executable).with_name("oxigraph")
"""Oxigraph's own server, from the `oxigraph` package of the test extras."""
TEST_STORE = os.environ.get("KG_TEST_STORE", "folder")
"""Where the end-to-end tests keep their graphs: ``folder`` (the default), or ``oxigraph`` for `oxigraph
serve`, written and read through its URL (``KG_TEST_STORE=oxigraph pytest tests/test_end_to_end.py``)."""
if TEST_STORE not in ("folder", "oxigraph"):
    raise ValueError(f"KG_TEST_STORE={TEST_STORE!r}: use folder or oxigraph")


def kg_command(*args: str, **kwargs) -> subprocess.CompletedProcess:
    """Run the installed `kg` command as a user would."""
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, cwd=ROOT, **kwargs)


INGESTED_AT = "<https://w3id.org/newskg/ontology#ingestedAt>"


def nquads(store_path: Path, graph: str | None = None) -> list[str]:
    """The store's quads (or one graph's) as sorted N-Quads lines, without the ingestion times."""
    from kg.store.embedded import open_store

    store = open_store(store_path, read_only=True)
    try:
        lines = [f"{q.subject} {q.predicate} {q.object} {q.graph_name} ." for q in store.quads(graph)]
    finally:
        store.close()
    return sorted(line for line in lines if INGESTED_AT not in line)


def graph(location: str | Path) -> list[str]:
    """Every quad of a store, folder or URL, as sorted N-Quads lines, read by `kg export`, without the ingestion times."""
    done = kg_command("export", "--format", "nq", "--store", str(location))
    assert done.returncode == 0, done.stderr
    return sorted(line for line in done.stdout.splitlines() if line and INGESTED_AT not in line)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def oxigraph(folder: Path):
    """`oxigraph serve` on a free loopback port, reading the union of all graphs by default, as `kg serve` does."""
    port = free_port()
    process = subprocess.Popen(
        [str(OXIGRAPH), "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    url = f"http://127.0.0.1:{port}/query"
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"oxigraph serve exited: {process.stderr.read()}")
            try:
                httpx.post(url, data={"query": "ASK {}"}, timeout=1)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise RuntimeError("oxigraph serve did not start within 30 s") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="session")
def pipeline():
    from kg.extract.pipeline import Pipeline
    from kg.settings import Settings

    return Pipeline(Settings())


@pytest.fixture(scope="session")
def sample_store_path(tmp_path_factory, pipeline) -> Path:
    """A store folder built once per session from samples/ (closed, so servers can open it)."""
    from kg.store.ingest import ingest
    from kg.extract.read import read_paths
    from kg.store.embedded import open_store

    path = tmp_path_factory.mktemp("sample-store") / "store"
    store = open_store(path)
    ingest(store, read_paths([SAMPLES]), pipeline)
    store.close()
    return path


@pytest.fixture(scope="session")
def sample_store(sample_store_path):
    """The sample store opened read-only, for queries in-process."""
    from kg.store.embedded import open_store

    return open_store(sample_store_path, read_only=True)


@pytest.fixture
def store_location(tmp_path):
    """A new, empty store for one test, as ``--store`` takes it: a folder, or (KG_TEST_STORE=oxigraph)
    the query URL of an `oxigraph serve` of its own."""
    if TEST_STORE == "oxigraph":
        if not OXIGRAPH.exists():
            pytest.skip("KG_TEST_STORE=oxigraph, but the oxigraph test dependency ships no `oxigraph` server here")
        with oxigraph(tmp_path / "oxigraph") as url:
            yield url
    else:
        yield str(tmp_path / "store")


@pytest.fixture(scope="session")
def sample_sparql(request, tmp_path_factory) -> str:
    """The SPARQL query endpoint of the samples: `kg serve`'s over the sample store, or (KG_TEST_STORE=oxigraph)
    an `oxigraph serve` that `kg ingest samples/ --store URL` wrote them into."""
    if TEST_STORE == "folder":
        yield request.getfixturevalue("server") + "/sparql"
        return
    if not OXIGRAPH.exists():
        pytest.skip("KG_TEST_STORE=oxigraph, but the oxigraph test dependency ships no `oxigraph` server here")
    with oxigraph(tmp_path_factory.mktemp("oxigraph-samples") / "store") as url:
        done = kg_command("ingest", str(SAMPLES), "--store", url)
        assert done.returncode == 0, done.stderr
        yield url


@pytest.fixture(scope="session")
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds/ is absent")
    return SEEDS


def start_server(store_path: Path, env: dict[str, str] | None = None, cwd: Path = ROOT):
    """Start `kg serve` as a subprocess on a free loopback port, in folder ``cwd``; returns (process, base URL)."""
    port = free_port()
    environment = {**os.environ, **(env or {})}
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", "--store", str(store_path), "--port", str(port)],
        cwd=cwd, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"kg serve exited: {process.stderr.read()}")
        try:
            if httpx.get(base + "/stats", timeout=1).status_code == 200:
                return process, base
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("kg serve did not start within 60 s")


@contextlib.contextmanager
def serving_copy(tmp_path_factory, store_path: Path, env: dict[str, str] | None = None):
    """`kg serve` over a fresh copy of ``store_path`` (so tests may write): yields the base URL, then stops it."""
    copy = tmp_path_factory.mktemp("served") / "store"
    shutil.copytree(store_path, copy)
    process, base = start_server(copy, env)
    try:
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="session")
def server(tmp_path_factory, sample_store_path):
    """A live `kg serve` over a copy of the sample store: yields its base URL."""
    with serving_copy(tmp_path_factory, sample_store_path) as base:
        yield base
