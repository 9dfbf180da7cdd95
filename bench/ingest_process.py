"""``kg ingest`` against bare spaCy, all as whole processes on the same generated articles.

Each round runs, in turn, on one JSON Lines file of English articles from ``bench/corpus.py``:

- ``kg ingest FILE --store NEW`` (one worker): start-up, model loading, cleaning, language choice,
  extraction, quads and store writes, into a fresh store each time (``kg``'s bytecode compiled once
  before the rounds, as an installed package's is);
- bare spaCy with its defaults: a Python process that reads the same file, loads the same English
  model (``Settings.english_model``) and runs ``nlp.pipe`` over the texts (``--bare FILE``) — the
  baseline of the issue's target;
- bare spaCy on ``kg``'s maths: the same, with its models' matrix products on numpy's BLAS on one
  thread, set as ``kg`` sets it (``kg.settings.blas_on_one_thread``, ``kg.extract.parse.on_kg_maths``;
  ``--bare FILE --kg-maths``). ``kg`` runs faster maths than spaCy's defaults on a CPU thinc's BLIS
  does not know; a bare spaCy process could too, so the ratio against this baseline is ``kg``'s own
  overhead alone.

Prints the seconds of every run, wall-clock and CPU (user + system, every thread and child process
included), both ratios of speeds (bare seconds ÷ kg seconds) of each round and of the best times,
and the load average before and after. The target is on wall-clock time against spaCy's defaults:
at least 0.85. CPU time moves less with the load of a shared machine, so its ratio shows the work
added even when the wall-clock ratios of a busy moment scatter.

    python bench/ingest_process.py [--documents 200] [--seed 7] [--rounds 2]
"""

from __future__ import annotations

import argparse
import compileall
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


def bare_spacy(corpus: Path, batch_size: int, kg_maths: bool) -> None:
    """The baseline's whole work: read the texts, load the model, parse them all (on ``kg``'s maths
    library if ``kg_maths``)."""
    from kg.settings import Settings, blas_on_one_thread

    if kg_maths:
        blas_on_one_thread()  # before numpy loads, as kg.cli.main
    import spacy

    with corpus.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines if line.strip()]
    nlp = spacy.load(Settings.from_env().english_model)
    if kg_maths:
        from kg.extract.parse import on_kg_maths

        if not on_kg_maths(nlp):
            raise SystemExit("numpy's BLAS runs more than one thread (OPENBLAS_NUM_THREADS): kg would keep BLIS too")
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
    parser.add_argument("--bare", type=Path, metavar="FILE", help=argparse.SUPPRESS)  # a baseline process itself
    parser.add_argument("--kg-maths", action="store_true", help=argparse.SUPPRESS)  # … on kg's maths library
    args = parser.parse_args()
    if args.bare:
        return bare_spacy(args.bare, args.batch_size, args.kg_maths)

    # kg's bytecode written once before the runs, as pip writes an installed package's (spaCy's was): a checkout run
    # with PYTHONDONTWRITEBYTECODE set would compile kg's sources anew in every kg process (0.25 s of CPU each), a
    # cost no installed kg and no bare spaCy process pays
    compileall.compile_dir(ROOT / "kg", quiet=1)
    work = Path(tempfile.mkdtemp(prefix="kg-bench-ingest-"))
    load_before = os.getloadavg()
    rounds: list[dict[str, float]] = []
    try:
        corpus = work / "articles.jsonl"
        count, size = write(corpus, articles(args.seed, italian=0.0), documents=args.documents)
        print(f"{count} English documents, {size / 1e6:.1f} MB of JSON Lines; load average {load_before[0]:.2f}")
        store = work / "store"
        bare = [sys.executable, str(Path(__file__).resolve()), "--bare", str(corpus), "--batch-size", str(args.batch_size)]
        for number in range(1, args.rounds + 1):
            shutil.rmtree(store, ignore_errors=True)
            kg, kg_cpu = timed([sys.executable, "-m", "kg.cli", "ingest", str(corpus), "--store", str(store), "--workers", "1"])
            spacy_, spacy_cpu = timed(bare)
            same, same_cpu = timed(bare + ["--kg-maths"])
            rounds.append({"kg": kg, "kg_cpu": kg_cpu, "bare": spacy_, "bare_cpu": spacy_cpu, "ratio": spacy_ / kg,
                           "cpu_ratio": spacy_cpu / kg_cpu, "bare_kg_maths": same, "bare_kg_maths_cpu": same_cpu,
                           "ratio_kg_maths": same / kg, "cpu_ratio_kg_maths": same_cpu / kg_cpu, "load": os.getloadavg()[0]})
            print(f"round {number} (load {rounds[-1]['load']:.2f}), seconds wall-clock / CPU:\n"
                  f"  kg ingest                   {kg:6.1f} / {kg_cpu:5.1f}\n"
                  f"  bare spaCy, its defaults    {spacy_:6.1f} / {spacy_cpu:5.1f}   ratio {spacy_ / kg:.2f} / {spacy_cpu / kg_cpu:.2f}\n"
                  f"  bare spaCy, kg's maths      {same:6.1f} / {same_cpu:5.1f}   ratio {same / kg:.2f} / {same_cpu / kg_cpu:.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)

    def of_best(key: str) -> float:
        return min(r[key] for r in rounds) / min(r["kg_cpu" if key.endswith("cpu") else "kg"] for r in rounds)

    best, best_cpu = of_best("bare"), of_best("bare_cpu")
    same, same_cpu = of_best("bare_kg_maths"), of_best("bare_kg_maths_cpu")
    load_after = os.getloadavg()
    print(f"ratios of the best times (bare spaCy ÷ kg ingest, wall-clock / CPU):\n"
          f"  against bare spaCy with its defaults (target {TARGET} wall-clock): {best:.2f} / {best_cpu:.2f}\n"
          f"  against bare spaCy on kg's maths (kg's own overhead):          {same:.2f} / {same_cpu:.2f}\n"
          f"load average {load_before[0]:.2f} before, {load_after[0]:.2f} after")
    args.out.mkdir(parents=True, exist_ok=True)
    report = {"documents": count, "bytes": size, "rounds": rounds, "ratio_of_best": best, "cpu_ratio_of_best": best_cpu,
              "ratio_of_best_kg_maths": same, "cpu_ratio_of_best_kg_maths": same_cpu, "load_average": [load_before, load_after]}
    (args.out / "ingest-process.json").write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
