"""`kg ingest --cluster` (and `kg watch --cluster`): extraction on Dask workers, one writer, the same graph as one in-process worker."""

from __future__ import annotations

import logging
import os
import time

import pytest

from kg.errors import SettingsError
from kg.settings import Settings
from tests.conftest import DATA, SAMPLES, free_port, kg_command, nquads


def test_a_running_scheduler_extracts_for_kg_ingest_and_keeps_running(sample_store_path, tmp_path):
    from distributed import Client, LocalCluster

    with LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR
    ) as cluster, Client(cluster, set_as_default=False) as client:
        address = cluster.scheduler_address
        assert address.startswith("tcp://")
        # a coded error raised on a worker reaches the command as itself, one line, no traceback
        failed = kg_command(
            "ingest", str(SAMPLES), "--store", str(tmp_path / "failed"), "--cluster", address,
            env={**os.environ, "KG_ENGLISH_MODEL": "no_such_model"},
        )
        assert failed.returncode == 1
        assert failed.stderr.startswith("kg: E204 ") and "Traceback" not in failed.stderr

        done = kg_command("ingest", str(SAMPLES), "--store", str(tmp_path / "store"), "--cluster", address)
        assert done.returncode == 0, done.stderr
        assert nquads(tmp_path / "store") == nquads(sample_store_path)
        # kg ingest leaves a cluster it did not start as it found it
        assert list(client.nthreads().values()) == [1]


def test_an_error_on_a_local_worker_is_one_line_on_stderr(tmp_path):
    done = kg_command(
        "ingest", str(SAMPLES), "--store", str(tmp_path / "store"), "--cluster", "local:1",
        env={**os.environ, "KG_ENGLISH_MODEL": "no_such_model"},
    )
    assert done.returncode == 1
    assert done.stderr.startswith("kg: E204 ") and done.stderr.count("\n") == 1


def test_workers_that_cannot_load_the_project_are_a_coded_error_not_a_hang(tmp_path):
    from distributed import LocalCluster

    # Dask unpickles a task as it arrives: a worker without kg closes itself on its first batch
    with LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.CRITICAL,
        preload=[str(DATA / "cluster" / "without_kg.py")],
    ) as cluster:
        started = time.monotonic()
        done = kg_command(
            "ingest", str(SAMPLES), "--store", str(tmp_path / "store"), "--cluster", cluster.scheduler_address,
            env={**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"},
        )
        assert time.monotonic() - started < 30
    assert done.returncode == 1
    assert done.stderr.startswith("kg: E907 Every Dask worker of the scheduler") and "Traceback" not in done.stderr


def test_a_scheduler_nobody_listens_on_is_a_coded_error_within_the_connect_timeout(tmp_path):
    address = f"tcp://127.0.0.1:{free_port()}"
    started = time.monotonic()
    done = kg_command(
        "ingest", str(SAMPLES), "--store", str(tmp_path / "store"), "--cluster", address,
        env={**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"},
    )
    assert time.monotonic() - started < 20
    assert done.returncode == 1
    assert done.stderr.startswith(f"kg: E902 Could not reach the Dask scheduler at {address}") and "Traceback" not in done.stderr
    assert not (tmp_path / "store").exists()  # the cluster is reached before the store is opened


def test_a_watch_extracts_all_its_sources_through_one_client_held_for_the_whole_watch(tmp_path):
    from distributed import LocalCluster

    sources = []
    for name, text in [("summit", "Emmanuel Macron praised Olaf Scholz in Brussels."), ("talks", "Giorgia Meloni met Kais Saied in Tunis.")]:
        (tmp_path / name).mkdir()
        (tmp_path / name / f"{name}.txt").write_text(f"{name}\n\n{text}\n", encoding="utf-8")
        sources.append(str(tmp_path / name))
    with LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR
    ) as cluster:
        done = kg_command("watch", *sources, "--once", "--store", str(tmp_path / "store"), "--cluster", cluster.scheduler_address)
        assert done.returncode == 0, done.stderr
        assert "pass 1: 2 documents ingested" in done.stdout
        # each source is one extraction: without a client held for the whole watch, each would connect anew
        connections = [event for _, event in cluster.scheduler.get_events("all") if event.get("action") == "add-client"]
    assert len(connections) == 1


def test_a_bad_kg_cluster_value_is_refused_before_any_work(tmp_path):
    done = kg_command("ingest", str(SAMPLES), "--store", str(tmp_path / "store"), env={**os.environ, "KG_CLUSTER": "local"})
    assert done.returncode == 1
    assert done.stderr.startswith("kg: E901 KG_CLUSTER='local' is not a Dask cluster")
    assert not (tmp_path / "store").exists()


def test_a_bad_cluster_flag_is_refused_by_its_name_before_any_work(tmp_path):
    done = kg_command("ingest", str(SAMPLES), "--store", str(tmp_path / "store"), "--cluster", "http://scheduler:8786")
    assert done.returncode == 1
    assert done.stderr.startswith("kg: E901 --cluster='http://scheduler:8786' is not a Dask cluster")
    assert not (tmp_path / "store").exists()


@pytest.mark.parametrize("value", ["local:1", "local:16", "tcp://127.0.0.1:8786", "tcp://scheduler.example:8786", "tcp://[::1]:8786"])
def test_a_cluster_is_local_with_a_worker_count_or_a_scheduler_address(value):
    assert Settings.from_env({"KG_CLUSTER": value}).cluster == value


@pytest.mark.parametrize(
    "value", ["local", "local:0", "local:two", "tcp://scheduler", "tcp://:8786", "tcp://host:99999", "tcp://host:8786/path", "host:8786"]
)
def test_a_cluster_that_is_neither_is_a_coded_settings_error(value):
    with pytest.raises(SettingsError) as refused:
        Settings.from_env({"KG_CLUSTER": value})
    assert refused.value.code == "E901" and "local:N" in str(refused.value)
