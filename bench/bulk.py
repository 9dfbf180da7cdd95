"""How fast is ``kg load`` next to pyoxigraph's own bulk loader, on the same N-Quads file?

Both load the dataset of ``bench/dataset.py`` into a new store as whole processes (start-up and
imports included): pyoxigraph as ``Store.bulk_load(path=…)`` and nothing else, ours as the
``kg load`` command (format from the extension, progress, the checkpoint that makes a load all
or nothing, the final count). They take turns (AB, then BA), each on a fresh store, after the
file has been read once so both find it in the page cache. For each: seconds, quads per second,
peak memory of the process (``os.wait4``'s resource usage of that child alone), memory per
million quads, and the store's size on disk; then the ratio of speeds, kg ÷ pyoxigraph.
Target: at least 0.8.

    python bench/bulk.py                                               # about one million triples
    python bench/bulk.py --triples 10000000 --data /tmp/data-10m.nq   # the file kept for bench/sparql.py
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dataset import dataset  # noqa: E402
from kg.store.embedded import open_store  # noqa: E402

BASELINE = "pyoxigraph bulk_load"
OURS = "kg load"
# pyoxigraph's loader and nothing around it: what kg load is measured against
BARE_LOAD = "import sys, pyoxigraph as ox; s = ox.Store(sys.argv[1]); s.bulk_load(path=sys.argv[2], format=ox.RdfFormat.N_QUADS); s.flush()"


@dataclass(frozen=True)
class Load:
    loader: str
    seconds: float
    peak_rss_mb: float
    store_mb: float
    quads: int

    @property
    def quads_per_second(self) -> float:
        return self.quads / self.seconds

    @property
    def mb_per_million_quads(self) -> float:
        return self.peak_rss_mb / (self.quads / 1e6)


def commands(data: Path, store: Path) -> dict[str, list[str]]:
    return {
        BASELINE: [sys.executable, "-c", BARE_LOAD, str(store), str(data)],
        OURS: [sys.executable, "-m", "kg.cli", "load", str(data), "--store", str(store)],
    }


def measure(loader: str, command: list[str], store: Path, log: Path) -> Load:
    """Run one load as a child process on a fresh store; its time, peak memory and what it left."""
    shutil.rmtree(store, ignore_errors=True)
    with log.open("wb") as errors:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)  # this child's own peak RSS, unlike RUSAGE_CHILDREN's running maximum
        seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{loader} failed ({process.returncode}): {log.read_text()[-2000:]}")
    loaded = open_store(store, read_only=True)
    quads = loaded.quad_count()
    loaded.close()
    return Load(loader, seconds, usage.ru_maxrss / 1024, disk_mb(store), quads)


def disk_mb(folder: Path) -> float:
    """Megabytes the files under ``folder`` take on disk, a file with several links once (as ``du`` counts them)."""
    files = {f.stat().st_ino: f.stat().st_blocks for f in folder.rglob("*") if f.is_file()}
    return sum(files.values()) * 512 / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="Approximate dataset size.")
    parser.add_argument("--rounds", type=int, default=2, help="Loads by each loader, taking turns (the fastest counts).")
    parser.add_argument("--data", type=Path, help="N-Quads file of the dataset: used if it exists, else generated there.")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results", help="Folder for the JSON report.")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="kg-bench-bulk-"))
    try:
        data, _, _ = dataset(args.triples, args.data, work)
        with data.open("rb") as warm:  # into the page cache, so neither loader pays for the first read
            while warm.read(1 << 24):
                pass
        runs: list[Load] = []
        for round_ in range(args.rounds):
            order = list(commands(data, work / "store").items())
            for loader, command in order if round_ % 2 == 0 else order[::-1]:
                runs.append(measure(loader, command, work / "store", work / "stderr.log"))
                print(f"round {round_ + 1}: {loader:<22} {runs[-1].seconds:7.1f} s", flush=True)
        best = {loader: min((r for r in runs if r.loader == loader), key=lambda r: r.seconds) for loader in (BASELINE, OURS)}
        report(best, data)
        args.out.mkdir(parents=True, exist_ok=True)
        target = args.out / f"bulk-{best[OURS].quads}.json"
        target.write_text(json.dumps({
            "file_mb": data.stat().st_size / 1e6, "rounds": args.rounds, "runs": [asdict(r) for r in runs],
            "speed_ratio": best[BASELINE].seconds / best[OURS].seconds,
        }, indent=2))
        print(f"written {target}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def report(best: dict[str, Load], data: Path) -> None:
    ours, theirs = best[OURS], best[BASELINE]
    if ours.quads != theirs.quads:
        print(f"warning: the stores differ: {ours.quads} quads loaded by {OURS}, {theirs.quads} by {BASELINE}")
    print(f"\n{data.stat().st_size / 1e6:,.0f} MB of N-Quads, {theirs.quads:,} quads; best of each loader\n")
    print(f"{'loader':<22}{'seconds':>9}{'quads/s':>11}{'peak MB':>9}{'MB/M quads':>12}{'store MB':>10}")
    for load in (theirs, ours):
        print(f"{load.loader:<22}{load.seconds:>9.1f}{load.quads_per_second:>11,.0f}{load.peak_rss_mb:>9,.0f}"
              f"{load.mb_per_million_quads:>12,.0f}{load.store_mb:>10,.0f}")
    print(f"speed ratio {OURS} / {BASELINE} = {theirs.seconds / ours.seconds:.2f} (target >= 0.8); "
          f"peak memory ratio = {ours.peak_rss_mb / theirs.peak_rss_mb:.2f}; store size ratio = {ours.store_mb / theirs.store_mb:.2f}")


if __name__ == "__main__":
    main()
