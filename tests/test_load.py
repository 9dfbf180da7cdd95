"""Load that stops by itself (bench/load.py): 8 clients for 60 s against a live `kg serve`, on loopback."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from tests.conftest import ROOT, serving_copy

pytestmark = pytest.mark.slow

TOKEN = "load-token"


def bench_load():
    spec = importlib.util.spec_from_file_location("bench_load", ROOT / "bench" / "load.py")
    module = sys.modules[spec.name] = importlib.util.module_from_spec(spec)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_eight_clients_for_a_minute_see_no_error_and_every_acknowledged_document_is_stored(tmp_path_factory, sample_store_path):
    load = bench_load()
    with serving_copy(tmp_path_factory, sample_store_path, {"KG_UPDATE_TOKEN": TOKEN}) as base:
        report = load.run_load(base, TOKEN, seconds=60, clients=8)
    print("\n" + report.text())  # the figures of the closing note: pytest -s tests/test_load.py
    assert report.errors == []
    assert report.acknowledged and report.missing == []
    assert report.served > 500 and set(report.latencies) == {"sparql", "rest", "write"}


def test_the_load_test_runs_against_this_machine_only():
    with pytest.raises(ValueError, match="not a loopback address"):
        bench_load().run_load("http://example.org:8000", TOKEN, seconds=1)
