"""``kg ingest`` against bare spaCy, both as whole processes on the same generated articles.

Each round runs, in turn, on one JSON Lines file of English articles from ``bench/corpus.py``:

- ``kg ingest FILE --store NEW`` (one worker): start-up, model loading, cleaning, language choice,
  extraction, quads and store writes, into a fresh store each time;
- bare spaCy: a Python process that reads the same file, loads the same English model
  (``Settings.english_model``) and runs ``nlp.pipe`` over the texts (``--bare FILE`` of this
  script).

Prints the seconds of every run, wall-clock and CPU (user + system, every thread and child process
included), the ratio of speeds (bare seconds ÷ kg seconds) of each round and of the best times, and
the load average before and after. The target is on wall-clock time: at least 0.85. CPU time moves
less with the load of a shared machine, so its ratio shows the work added even when the wall-clock
ratios of a busy moment scatter.

    python bench/ingest_process.py [--documents 200] [--seed 7] [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 0.85

from corpus import articles, write  # noqa: E402


def bare_spacy(corpus: Path, batch_size: int) -> None:
    """The baseline's whole work: read the texts, load the model, parse them all."""
    import spacy

    from kg.settings import Settings

    with corpus.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines if line.strip()]
    nlp = spacy.load(Settings.from_env().english_model)
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass


def timed(command: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds ``command`` takes as a process started from the checkout (its CPU:
    user and system time of all its threads and of the processes it started and waited for)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])} … failed: {done.stderr[-2000:]}")
    return seconds, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=200, help="generated English articles (at least 200 for the target)")
    parser.add_argument("--seed", type=int, default=7, help="corpus seed (same seed, same articles)")
    parser.add_argument("--rounds", type=int, default=2, help="rounds of both runs, in turn")
    parser.add_argument("--batch-size", type=int, default=32, help="nlp.pipe's batch size, as KG_BATCH_SIZE's default")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results", help="Folder for the JSON report.")
    parser.add_argument("--bare", type=Path, metavar="FILE", help=argparse.SUPPRESS)  # the baseline process itself
    args = parser.parse_args()
    if args.bare:
        return bare_spacy(args.bare, args.batch_size)

    work = Path(tempfile.mkdtemp(prefix="kg-bench-ingest-"))
    load_before = os.getloadavg()
    rounds: list[dict[str, float]] = []
    try:
        corpus = work / "articles.jsonl"
        count, size = write(corpus, articles(args.seed, italian=0.0), documents=args.documents)
        print(f"{count} English documents, {size / 1e6:.1f} MB of JSON Lines; load average {load_before[0]:.2f}")
        store = work / "store"
        for number in range(1, args.rounds + 1):
            shutil.rmtree(store, ignore_errors=True)
            kg, kg_cpu = timed([sys.executable, "-m", "kg.cli", "ingest", str(corpus), "--store", str(store), "--workers", "1"])
            bare, bare_cpu = timed([sys.executable, str(Path(__file__).resolve()), "--bare", str(corpus), "--batch-size", str(args.batch_size)])
            rounds.append({"kg": kg, "bare": bare, "ratio": bare / kg, "kg_cpu": kg_cpu, "bare_cpu": bare_cpu,
                           "cpu_ratio": bare_cpu / kg_cpu, "load": os.getloadavg()[0]})
            print(f"round {number}: kg ingest {kg:6.1f} s (CPU {kg_cpu:5.1f} s), bare spaCy {bare:6.1f} s (CPU {bare_cpu:5.1f} s), "
                  f"ratio {bare / kg:.2f} (CPU {bare_cpu / kg_cpu:.2f}; load {rounds[-1]['load']:.2f})")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    best = min(r["bare"] for r in rounds) / min(r["kg"] for r in rounds)
    best_cpu = min(r["bare_cpu"] for r in rounds) / min(r["kg_cpu"] for r in rounds)
    load_after = os.getloadavg()
    print(f"ratio of the best times, kg ingest / bare spaCy: {best:.2f} x (target: {TARGET}); of the best CPU times: "
          f"{best_cpu:.2f} x; load average {load_before[0]:.2f} before, {load_after[0]:.2f} after")
    args.out.mkdir(parents=True, exist_ok=True)
    report = {"documents": count, "bytes": size, "rounds": rounds, "ratio_of_best": best, "cpu_ratio_of_best": best_cpu,
              "load_average": [load_before, load_after]}
    (args.out / "ingest-process.json").write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
