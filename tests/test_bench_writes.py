"""bench/writes.py: kg's store writer against one transaction a batch, on a few generated articles."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the memory figures are Linux's /proc")


def test_both_sides_write_the_same_documents_and_the_report_has_their_costs(tmp_path):
    done = subprocess.run(
        [sys.executable, "bench/writes.py", "--articles", "3", "--documents", "40", "--batch-size", "20", "--out", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "round 1: kg's writer CPU" in done.stdout  # it checked that both stores hold the same quads
    (sides,) = json.loads((tmp_path / "writes.json").read_text())["rounds"]
    for side in ("kg", "transaction"):
        assert sides[side]["cpu"] > 0 and sides[side]["seconds"] > 0 and sides[side]["rss_growth_mb"] >= 0
