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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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
