"""How much faster is ``kg ingest --workers 2`` than one worker, as whole processes on the same texts?

Both runs are the ``kg ingest`` command (start-up, model loading in every worker, language choice,
extraction, store writes) on one JSON Lines file of English articles from ``bench/corpus.py``,
each into a fresh store, in turn (1, then 2) for each round. Prints wall-clock seconds, documents/s
and CPU seconds (every process of the run) of each, the ratio of speeds (two workers ÷ one) of each
round and of the best times, and the load average. Target on 2 cores: at least 1.7 — which needs
both cores free of other work: the ratio of a round whose load average is above 1 says more about
the machine than about ``kg``. Also prints the most the run of N workers could reach on this machine:
min(N, cores) × the one-worker run's wall-clock over its CPU (a run of N workers does at least the same work).

    python bench/workers.py [--documents 400] [--seed 7] [--workers 2] [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.7

from corpus import articles, write  # noqa: E402
from ingest_process import timed  # noqa: E402


def run(corpus: Path, store: Path, workers: int) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one ``kg ingest --workers N`` on ``corpus`` into a fresh ``store``."""
    shutil.rmtree(store, ignore_errors=True)
    return timed([sys.executable, "-m", "kg.cli", "ingest", str(corpus), "--store", str(store), "--workers", str(workers)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=400, help="generated English articles to ingest")
    parser.add_argument("--seed", type=int, default=7, help="corpus seed (same seed, same articles)")
    parser.add_argument("--workers", type=int, default=2, help="the worker count compared with one")
    parser.add_argument("--rounds", type=int, default=2, help="rounds of both runs, in turn")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results", help="Folder for the JSON report.")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-bench-workers-"))
    load_before = os.getloadavg()
    rounds: list[dict[str, float]] = []
    try:
        corpus = work / "articles.jsonl"
        count, size = write(corpus, articles(args.seed, italian=0.0), documents=args.documents)
        print(f"{count} English documents, {size / 1e6:.1f} MB of JSON Lines; load average {load_before[0]:.2f}")
        for number in range(1, args.rounds + 1):
            one, one_cpu = run(corpus, work / "store", 1)
            many, many_cpu = run(corpus, work / "store", args.workers)
            rounds.append({"one": one, "many": many, "ratio": one / many, "one_cpu": one_cpu, "many_cpu": many_cpu,
                           "load": os.getloadavg()[0]})
            print(f"round {number}: --workers 1 {one:6.1f} s ({count / one:4.1f} documents/s, CPU {one_cpu:5.1f} s), "
                  f"--workers {args.workers} {many:6.1f} s ({count / many:4.1f} documents/s, CPU {many_cpu:5.1f} s), "
                  f"ratio {one / many:.2f} (load {rounds[-1]['load']:.2f})")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    best = min(r["one"] for r in rounds) / min(r["many"] for r in rounds)
    load_after = os.getloadavg()
    print(f"ratio of the best times, --workers {args.workers} / --workers 1: {best:.2f} x (target on 2 cores: {TARGET}); "
          f"load average {load_before[0]:.2f} before, {load_after[0]:.2f} after")
    # A run of N workers does at least the one-worker run's work (the same parse and writes, and each
    # worker's start-up), on at most min(N, cores) cores: its wall-clock is at least that CPU over those
    # cores. A one-worker run that already keeps more than one core busy (the store writer beside the
    # parse) leaves less than N× to gain.
    cores = min(args.workers, os.cpu_count() or 1)
    fastest = min(rounds, key=lambda r: r["one"])
    bound = fastest["one"] * cores / fastest["one_cpu"]
    print(f"most --workers {args.workers} can reach here: {bound:.2f} x ({cores} cores x the one-worker run's "
          f"{fastest['one']:.1f} s / its CPU {fastest['one_cpu']:.1f} s), unless it spends less CPU than one worker")
    args.out.mkdir(parents=True, exist_ok=True)
    report = {"documents": count, "bytes": size, "workers": args.workers, "rounds": rounds, "ratio_of_best": best,
              "bound": bound, "load_average": [load_before, load_after]}
    (args.out / f"workers-{args.workers}.json").write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
