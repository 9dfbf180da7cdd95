"""Does ``kg ingest`` run in steady memory however large its input? Peak RSS on N and 4N documents.

Both runs are the ``kg ingest --workers 2`` command as a whole process (under a pseudo-terminal, so
its progress bar says how many documents are done) on JSON Lines of English articles from
``bench/corpus.py`` (the N file is the first N articles of the 4N file), each into a fresh store.
The command's peak RSS is the kernel's (``os.wait4``); the RSS of its whole process tree (it and its
workers) is sampled from ``/proc`` every 0.2 s (Linux). Prints each peak and the ratio
peak(4N) / peak(N): steady memory means about 1.0.

Baselines, in the same run: the same two sizes through the same library path with the input read up
front into a list first (what ``kg ingest`` did before), so growth that is not the input's (store
caches, spaCy's vocabulary) shows on both sides; and the reader alone on one larger file
(``--reader-megabytes``), streamed (``iter_documents``) against read up front (``read_paths``),
each in its own process: the peak RSS of each beside the file's size.

``--size 1GB`` writes a file of that size instead (about 500,000 articles, some 4 minutes) and
samples the command's RSS after 1,000, 2,000 and 4,000 documents (``--checkpoints``), then stops
it: extracting the whole gigabyte would take some 14 hours on 2 cores.

    python bench/memory.py [--documents 100] [--workers 2] [--reader-megabytes 100]
    python bench/memory.py --size 1GB [--checkpoints 1000,2000,4000] [--data /tmp/big.jsonl]
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import pty
import re
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

from corpus import articles, write  # noqa: E402

SAMPLE_SECONDS = 0.2
# tqdm's bar: "ingest:  10%|█         | 40/400 [00:05<00:45,  8.00doc/s]"
PROGRESS = re.compile(rb"\|\s*(\d+)/\d+ \[")
READERS = {
    "streamed (iter_documents)": "for _ in iter_documents([path]): pass",
    "up front (read_paths)": "documents = read_paths([path])",
}


@dataclass
class Run:
    """What was measured of one process: its peak RSS (the kernel's, at exit; 0 when it was stopped),
    the largest sampled RSS of its tree (it and its workers), and (documents done, RSS, tree RSS) samples."""

    peak: int = 0
    tree_peak: int = 0
    seconds: float = 0.0
    samples: list[tuple[int, int, int]] = field(default_factory=list)


def rss(pid: int, field: str = "VmRSS") -> int:
    """The resident set of a process, in bytes (0 once it is gone): ``VmRSS`` now, ``VmHWM`` its peak."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return 0
    found = re.search(rf"^{field}:\s+(\d+) kB", status, re.MULTILINE)
    return int(found[1]) * 1024 if found else 0


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (the workers of ``kg ingest --workers``)."""
    found = []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
            except (FileNotFoundError, ProcessLookupError):
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:  # the field after the state is the parent's id
                found.append(int(entry.name))
    return found


def sample(command: list[str], stop_after: int | None = None, checkpoints: tuple[int, ...] = ()) -> Run:
    """Run ``command`` to its end (or until ``stop_after`` documents are done), sampling its RSS.

    Its stderr is a pseudo-terminal, so ``kg ingest`` draws its progress bar there and the samples
    carry how many documents were done. The peak is the kernel's own (``os.wait4``: this child's
    maximum resident set, not sampled).
    """
    leader, follower = pty.openpty()
    # a terminal of no columns would get an empty bar from tqdm: give it 200
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 200, 0, 0))
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    done = [0]
    tail = [b""]

    def follow() -> None:
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the command closed its end
                return
            if not chunk:
                return
            tail[0] = (tail[0] + chunk)[-4096:]
            if found := PROGRESS.findall(tail[0]):
                done[0] = int(found[-1])

    reader = threading.Thread(target=follow, daemon=True)
    reader.start()
    run, marks = Run(), list(checkpoints)
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            run.peak = usage.ru_maxrss * 1024
            child.returncode = os.waitstatus_to_exitcode(status)
            break
        workers = children(child.pid)
        own = rss(child.pid)
        tree = own + sum(rss(worker) for worker in workers)
        run.tree_peak = max(run.tree_peak, tree)
        run.samples.append((done[0], own, tree))
        while marks and done[0] >= marks[0]:
            print(f"  after {marks.pop(0):>6,} documents: RSS {own / 1e6:7.1f} MB, with workers {tree / 1e6:7.1f} MB", flush=True)
        if stop_after is not None and done[0] >= stop_after:
            for worker in [*workers, child.pid]:  # the processes this benchmark started, by their ids
                os.kill(worker, signal.SIGTERM)
            child.wait()
            break
        time.sleep(SAMPLE_SECONDS)
    run.seconds = time.perf_counter() - started
    reader.join(timeout=5)
    os.close(leader)
    if stop_after is None and child.returncode != 0:
        raise SystemExit(f"{' '.join(command[2:])} failed (exit {child.returncode}): {tail[0][-2000:].decode(errors='replace')}")
    return run


def ingest_command(corpus: Path, store: Path, workers: int) -> list[str]:
    shutil.rmtree(store, ignore_errors=True)
    return [sys.executable, "-m", "kg.cli", "ingest", str(corpus), "--store", str(store), "--workers", str(workers)]


def upfront_command(corpus: Path, store: Path, workers: int) -> list[str]:
    """The baseline: the same library path, with the input read up front into a list first (as ``kg ingest`` did)."""
    shutil.rmtree(store, ignore_errors=True)
    code = (
        "from kg.extract.pipeline import Pipeline\nfrom kg.extract.read import read_paths\n"
        "from kg.settings import Settings\nfrom kg.store.embedded import open_store\nfrom kg.store.ingest import ingest\n"
        f"documents = read_paths([{str(corpus.resolve())!r}])\nstore = open_store({str(store)!r})\n"
        f"ingest(store, documents, Pipeline(Settings.from_env().replace(workers={workers})))\nstore.close()\n"
    )
    return [sys.executable, "-c", code]


def reader_command(corpus: Path, how: str) -> list[str]:
    code = f"from pathlib import Path\nfrom kg.extract.read import iter_documents, read_paths\npath = Path({str(corpus.resolve())!r})\n{how}\n"
    return [sys.executable, "-c", code]


def megabytes(size: str) -> float:
    """``"1GB"`` -> 1000.0, ``"250MB"`` -> 250.0."""
    found = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([MG])B?", size.strip(), re.IGNORECASE)
    if not found:
        raise argparse.ArgumentTypeError(f"{size!r} is no size; give e.g. 1GB or 250MB")
    return float(found[1]) * (1000 if found[2].upper() == "G" else 1)


def compare_readers(corpus: Path) -> dict[str, dict[str, float]]:
    """Peak RSS of the reader alone on ``corpus``: streamed against read up front."""
    size = corpus.stat().st_size
    print(f"reader alone on {size / 1e6:,.0f} MB of JSON Lines:")
    results = {}
    for label, how in READERS.items():
        run = sample(reader_command(corpus, how))
        print(f"  {label:<28} peak RSS {run.peak / 1e6:8.1f} MB  ({run.seconds:5.1f} s)", flush=True)
        results[label] = {"peak_rss": run.peak, "seconds": run.seconds}
    streamed, listed = (results[label]["peak_rss"] for label in READERS)
    print(f"  ratio up front / streamed: {listed / streamed:.1f} x")
    return results


def steady(args: argparse.Namespace, work: Path) -> dict:
    """Peak RSS of ``kg ingest`` on N and 4N documents, and the readers on a larger file."""
    small, large = work / "small.jsonl", work / "large.jsonl"
    count, size = write(large, articles(args.seed, italian=0.0), documents=4 * args.documents)
    write(small, articles(args.seed, italian=0.0), documents=args.documents)
    print(f"{args.documents} and {count} English documents ({size / 1e6:.1f} MB for {count})", flush=True)
    runs: dict[str, dict[int, Run]] = {"streamed": {}, "up front": {}}
    for how, command in (("streamed", ingest_command), ("up front", upfront_command)):
        for corpus, documents in ((small, args.documents), (large, count)):
            run = runs[how][documents] = sample(command(corpus, work / "store", args.workers))
            print(
                f"{how:<9} --workers {args.workers} on {documents:>5} documents: peak RSS {run.peak / 1e6:7.1f} MB, "
                f"with workers {run.tree_peak / 1e6:7.1f} MB  ({run.seconds:.0f} s)", flush=True,
            )
        first, last = runs[how][args.documents], runs[how][count]
        print(f"{how:<9} ratio peak({count}) / peak({args.documents}): {last.peak / first.peak:.2f} (with workers {last.tree_peak / first.tree_peak:.2f})", flush=True)
    print("steady memory: about 1.0; the up-front runs are the baseline (the same growth there is not the input's)")
    reader_file = work / "reader.jsonl"
    write(reader_file, articles(args.seed, italian=0.0), megabytes=args.reader_megabytes)
    return {
        how: {str(n): {"peak_rss": r.peak, "tree_peak_rss": r.tree_peak, "seconds": r.seconds} for n, r in sized.items()}
        for how, sized in runs.items()
    } | {"readers": compare_readers(reader_file)}


def big(args: argparse.Namespace, work: Path) -> dict:
    """The RSS curve of ``kg ingest`` over the first documents of a file of ``--size``, then stopped."""
    corpus = args.data or work / "big.jsonl"
    if not corpus.exists():
        started = time.perf_counter()
        count, size = write(corpus, articles(args.seed), megabytes=args.size)
        print(f"wrote {count:,} articles, {size / 1e6:,.0f} MB in {time.perf_counter() - started:.0f} s", flush=True)
    print(f"kg ingest --workers {args.workers} on {corpus.stat().st_size / 1e6:,.0f} MB, stopped after {args.checkpoints[-1]:,} documents:", flush=True)
    run = sample(ingest_command(corpus, work / "store", args.workers), args.checkpoints[-1], args.checkpoints)
    curve = [{"documents": n, "rss": own, "tree_rss": tree} for n, own, tree in run.samples]
    return {"bytes": corpus.stat().st_size, "ingest_curve": curve, "peak_rss": run.peak, "tree_peak_rss": run.tree_peak,
            "readers": compare_readers(corpus)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100, help="N: the smaller run's English articles (the larger has 4N)")
    parser.add_argument("--workers", type=int, default=2, help="kg ingest --workers")
    parser.add_argument("--seed", type=int, default=7, help="corpus seed (same seed, same articles)")
    parser.add_argument("--reader-megabytes", type=float, default=100, help="size of the file the two readers read")
    parser.add_argument("--size", type=megabytes, help="instead: a file of this size (1GB), ingested up to the last checkpoint")
    parser.add_argument("--checkpoints", type=lambda s: tuple(sorted(int(n) for n in s.split(","))), default=(1000, 2000, 4000),
                        help="with --size: documents done at which the RSS is printed; the run stops at the last")
    parser.add_argument("--data", type=Path, help="with --size: the JSON Lines file, written the first time and reused")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results", help="Folder for the JSON report.")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-bench-memory-"))
    try:
        report = big(args, work) if args.size else steady(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    args.out.mkdir(parents=True, exist_ok=True)
    name = f"memory-{args.size:.0f}MB.json" if args.size else f"memory-{args.documents}.json"
    (args.out / name).write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
