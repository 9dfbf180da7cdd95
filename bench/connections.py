"""How do ``kg serve``'s processes share clients that connect at the same moment?

Starts ``kg serve`` (its default two serving processes) on a small generated store, then, trial after
trial, opens N keep-alive connections at once (N client threads released together, each sending one
query) and counts, with ``ss``, the connections each serving process holds. Prints each trial's spread
and how many trials were even (no process holding more than its share rounded up). Linux; needs ``ss``.

    python bench/connections.py [--clients 8] [--trials 12] [--triples 20000]
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dataset import dataset  # noqa: E402
from sparql import free_port, wait_until_up  # noqa: E402


def spread(port: int) -> list[int]:
    """Established connections to ``port`` per process holding them, fewest first."""
    listing = subprocess.run(["ss", "-tnpH", "state", "established", f"( sport = :{port} )"],
                             capture_output=True, text=True, check=True).stdout
    return sorted(collections.Counter(re.findall(r"pid=(\d+)", listing)).values())


def trial(url: str, port: int, clients: int) -> list[int]:
    pool = [httpx.Client(timeout=30) for _ in range(clients)]
    start = threading.Barrier(clients)

    def ask(client: httpx.Client) -> None:
        start.wait()
        client.post(url, content=b"ASK { ?s ?p ?o }", headers={"Content-Type": "application/sparql-query"})

    threads = [threading.Thread(target=ask, args=(client,)) for client in pool]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    held = spread(port)
    for client in pool:
        client.close()
    time.sleep(0.5)  # the connections close before the next trial
    return held


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--trials", type=int, default=12)
    parser.add_argument("--triples", type=int, default=20_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-bench-connections-"))
    try:
        data, _, _ = dataset(args.triples, None, work)
        store = work / "store"
        subprocess.run([sys.executable, "-m", "kg.cli", "load", str(data), "--store", str(store)], cwd=ROOT, check=True, capture_output=True)
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", str(port)],
                                  cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}/sparql"
        try:
            wait_until_up(url, server)
            time.sleep(1)  # every serving process ready, not only the first
            spreads = [trial(url, port, args.clients) for _ in range(args.trials)]
        finally:
            server.terminate()
            server.wait()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    processes = max(len(s) for s in spreads)
    fair = -(-args.clients // processes)
    even = sum(1 for s in spreads if len(s) == processes and max(s) <= fair)
    print(" ".join("/".join(map(str, s)) for s in spreads))
    print(f"{even} of {len(spreads)} trials even ({args.clients} clients over {processes} serving processes); load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
