"""A load test that stops by itself: clients against a `kg serve` on this machine, for a set time.

Each client keeps one connection and mixes SPARQL queries, REST reads and, now and then, a small
authorised ``POST /documents``. At the end: requests served, errors (the target is none), latency
(p50, p95) by kind, and a check that every document the server acknowledged (201) is in the store.
Only loopback addresses are accepted: this is a test of our server, not of anyone else's.

    python bench/load.py                          # 8 clients for 60 s, over the sample articles
    python bench/load.py --clients 4 --seconds 20
    python bench/load.py --store data/store       # over a copy of that store

``tests/test_load.py`` runs ``run_load`` against the test suite's server.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import start_server  # noqa: E402
LOOPBACK = ("127.0.0.1", "localhost", "::1")
QUERIES = [
    "SELECT ?a ?evidence WHERE { ?a a kg:Assertion ; kg:evidence ?evidence } LIMIT 20",
    "SELECT ?name (COUNT(?m) AS ?n) WHERE { ?m kg:actor ?a . ?a skos:prefLabel ?name } GROUP BY ?name ORDER BY DESC(?n) LIMIT 10",
    "ASK { ?a a kg:Actor }",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "CONSTRUCT { ?a a kg:Actor } WHERE { ?a a kg:Actor } LIMIT 50",
]
READS = [
    ("/stats", {}),
    ("/relations", {"limit": "10"}),
    ("/actors", {"q": "ru"}),
    ("/documents", {"limit": "10"}),
    ("/actors/russia", {"limit": "10"}),
]
SENTENCES = [
    "Macron praised Scholz after the talks in Paris.",
    "Russia criticized NATO over the new deployment.",
    "Erdogan met Putin in Sochi, according to Reuters.",
    "The United States sanctioned Rosneft on Monday.",
    "Meloni supported Ukraine at the summit in Rome.",
]


@dataclass
class LoadReport:
    """What the clients saw: latencies (seconds) by kind of request, errors, and the documents acknowledged."""

    clients: int
    seconds: float = 0.0
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: list[str] = field(default_factory=list)
    acknowledged: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def served(self) -> int:
        return sum(len(values) for values in self.latencies.values())

    def text(self) -> str:
        everything = [value for values in self.latencies.values() for value in values]
        lines = [
            f"{self.clients} clients for {self.seconds:.0f} s: {self.served} requests served ({self.served / self.seconds:.0f}/s), "
            f"{len(self.errors)} errors, {len(self.acknowledged)} documents acknowledged, {len(self.missing)} missing from the store",
            f"{'kind':<8}{'requests':>10}{'p50 ms':>10}{'p95 ms':>10}",
        ]
        for kind, values in sorted(self.latencies.items()) + [("all", everything)]:
            lines.append(f"{kind:<8}{len(values):>10}{percentile(values, 0.5) * 1000:>10.1f}{percentile(values, 0.95) * 1000:>10.1f}")
        return "\n".join(lines + [f"error: {error}" for error in self.errors[:20]])


def percentile(values: list[float], share: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[round(share * 100) - 1] if len(values) > 1 else sum(values)


def run_load(base: str, token: str, seconds: float = 60, clients: int = 8, write_share: float = 0.02) -> LoadReport:
    """``clients`` threads against the server at ``base`` (loopback only) for ``seconds``, then the check of the writes."""
    if urlsplit(base).hostname not in LOOPBACK:
        raise ValueError(f"{base} is not a loopback address: the load test runs against this machine only")
    report = LoadReport(clients)
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client(number: int) -> None:
        chooser = random.Random(number)
        with httpx.Client(base_url=base, timeout=120) as http:
            sent = 0
            while time.monotonic() < stop_at:
                roll = chooser.random()
                if roll < write_share:
                    kind, doc_id = "write", f"load-{number}-{sent}"
                    text = " ".join(chooser.sample(SENTENCES, 3))
                    request = lambda: http.post(  # noqa: E731
                        "/documents", json={"id": doc_id, "text": text}, headers={"Authorization": f"Bearer {token}"})
                elif roll < 0.6:
                    kind, doc_id = "sparql", None
                    query = chooser.choice(QUERIES)
                    request = lambda: http.get("/sparql", params={"query": query})  # noqa: E731
                else:
                    kind, doc_id = "rest", None
                    path, params = chooser.choice(READS)
                    request = lambda: http.get(path, params=params)  # noqa: E731
                started = time.monotonic()
                try:
                    response = request()
                    ok = response.status_code == (201 if kind == "write" else 200)
                    problem = f"{kind} {response.status_code}: {response.text[:200]}"
                except httpx.HTTPError as err:
                    ok, problem = False, f"{kind}: {err!r}"
                with lock:
                    if ok:
                        report.latencies[kind].append(time.monotonic() - started)
                        if doc_id is not None:
                            report.acknowledged.append(doc_id)
                    else:
                        report.errors.append(problem)
                sent += 1

    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(number,)) for number in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    report.seconds = time.monotonic() - started
    with httpx.Client(base_url=base, timeout=30) as http:
        report.missing = [doc_id for doc_id in report.acknowledged if http.get(f"/documents/{doc_id}").status_code != 200]
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--store", type=Path, help="A store to serve a copy of (default: one built from samples/).")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-load-") as scratch:
        store = Path(scratch) / "store"
        if args.store:
            shutil.copytree(args.store, store)
        else:
            subprocess.run([sys.executable, "-m", "kg.cli", "ingest", str(ROOT / "samples"), "--store", str(store)], check=True, cwd=ROOT)
        token = "load-" + os.urandom(8).hex()
        process, base = start_server(store, {"KG_UPDATE_TOKEN": token})  # the test suite's, one way to start it
        try:
            report = run_load(base, token, args.seconds, args.clients)
        finally:
            process.terminate()
            process.wait(timeout=60)
    print(report.text())
    sys.exit(1 if report.errors or report.missing else 0)


if __name__ == "__main__":
    main()
