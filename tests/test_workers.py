"""`kg ingest --workers N` and `--cluster local:N`: extraction in N processes, one writer, the same graph as one worker."""

from __future__ import annotations

import os

import pytest

from kg.extract.read import read_paths
from tests.conftest import SAMPLES, kg_command, nquads


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
