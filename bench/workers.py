"""How much faster is ``kg ingest --workers 2`` than one worker, as whole processes on the same texts?

Both runs are the ``kg ingest`` command (start-up, model loading in every worker, language choice,
extraction, store writes) on one JSON Lines file of English articles from ``bench/corpus.py``,
each into a fresh store, in turn (1, then 2). Prints seconds and documents/s of each and the
ratio of speeds, two workers ÷ one. Target on 2 cores: at least 1.7.

    python bench/workers.py [--documents 400] [--seed 7] [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

from corpus import articles, write  # noqa: E402
from ingest_process import timed  # noqa: E402


def run(corpus: Path, store: Path, workers: int) -> float:
    """Seconds one ``kg ingest --workers N`` takes on ``corpus`` into a fresh ``store``."""
    shutil.rmtree(store, ignore_errors=True)
    return timed([sys.executable, "-m", "kg.cli", "ingest", str(corpus), "--store", str(store), "--workers", str(workers)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=400, help="generated English articles to ingest")
    parser.add_argument("--seed", type=int, default=7, help="corpus seed (same seed, same articles)")
    parser.add_argument("--workers", type=int, default=2, help="the worker count compared with one")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results", help="Folder for the JSON report.")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-bench-workers-"))
    try:
        corpus = work / "articles.jsonl"
        count, size = write(corpus, articles(args.seed, italian=0.0), documents=args.documents)
        print(f"{count} English documents, {size / 1e6:.1f} MB of JSON Lines")
        seconds = {workers: run(corpus, work / "store", workers) for workers in (1, args.workers)}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for workers, taken in seconds.items():
        print(f"kg ingest --workers {workers:<3} {taken:8.1f} s  {count / taken:8.1f} documents/s")
    ratio = seconds[1] / seconds[args.workers]
    print(f"ratio --workers {args.workers} / --workers 1: {ratio:.2f} x (target on 2 cores: 1.7)")
    args.out.mkdir(parents=True, exist_ok=True)
    report = {"documents": count, "bytes": size, "seconds": {str(w): s for w, s in seconds.items()}, "ratio": ratio}
    (args.out / f"workers-{args.workers}.json").write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
