"""`kg ingest --workers N` and `--cluster local:N`: extraction in N processes, one writer, the same graph as one worker."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.extract.read import read_paths
from kg.store.embedded import open_store
from tests.conftest import ROOT, SAMPLES, kg_command, nquads


@pytest.mark.parametrize("spread", [("--workers", "2"), ("--cluster", "local:2")], ids=["process-pool", "dask-local-cluster"])
def test_two_workers_build_the_graph_one_worker_builds(sample_store_path, tmp_path, spread):
    store_path = tmp_path / "store"
    # small batches, so each worker gets several and their results come back interleaved
    done = kg_command("ingest", str(SAMPLES), "--store", str(store_path), *spread, env={**os.environ, "KG_BATCH_SIZE": "5"})
    assert done.returncode == 0, done.stderr
    assert f"{len(read_paths([SAMPLES]))} documents (0 unchanged" in done.stdout
    assert nquads(store_path) == nquads(sample_store_path)


def test_a_worker_count_below_one_is_refused_before_any_work(tmp_path):
    done = kg_command("ingest", str(SAMPLES), "--store", str(tmp_path / "store"), env={**os.environ, "KG_WORKERS": "0"})
    assert done.returncode != 0 and "E003" in done.stderr and "KG_WORKERS" in done.stderr
    assert not (tmp_path / "store").exists()


def test_an_error_in_a_worker_is_the_one_line_error_of_one_worker(tmp_path):
    done = kg_command(
        "ingest", str(SAMPLES), "--store", str(tmp_path / "store"), "--workers", "2",
        env={**os.environ, "KG_ENGLISH_MODEL": "no_such_model"},
    )
    assert done.returncode == 1
    assert done.stderr.startswith("kg: E204 ") and "Traceback" not in done.stderr


def test_a_worker_that_dies_ends_the_run_with_a_one_line_error_naming_the_first_document_not_stored(tmp_path):
    """A worker killed outright (what a crash in a language model or the out-of-memory killer does):
    the command ends with E210 and the first document it did not store, not a traceback; the store opens."""
    command = [sys.executable, "-m", "kg.cli", "ingest", str(SAMPLES), "--store", str(tmp_path / "store"), "--workers", "2"]
    ingest = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "KG_BATCH_SIZE": "2"})
    deadline = time.monotonic() + 120
    while not (workers := extraction_workers(ingest.pid)) and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(1.0)  # its models loading or its first batch under way
    os.kill(workers[0], signal.SIGKILL)
    _, stderr = ingest.communicate(timeout=300)
    assert ingest.returncode == 1
    assert stderr.startswith("kg: E210 A worker process ended abruptly") and "Traceback" not in stderr
    first = stderr.split("with the documents from ", 1)[1].split(" on not yet stored")[0]
    assert first in {document.id for document in read_paths([SAMPLES])}
    open_store(tmp_path / "store", read_only=True).close()


def extraction_workers(pid: int) -> list[int]:
    """The process pool's workers among the children of ``pid`` (Linux's /proc), multiprocessing's resource tracker aside."""
    children = Path(f"/proc/{pid}/task/{pid}/children")
    found = []
    for child in (children.read_text().split() if children.exists() else []):
        try:
            command = Path(f"/proc/{child}/cmdline").read_bytes()
        except FileNotFoundError:
            continue
        if b"spawn_main" in command and b"resource_tracker" not in command:
            found.append(int(child))
    return found
