"""What do an ingest's store writes cost? ``kg ingest``'s writer against one transaction per batch.

Extracts ``--articles`` generated English articles once (``bench/corpus.py``, the pipeline in this
process), then writes ``--documents`` documents made of them (the articles again and again under new
ids) into a fresh store folder in batches of ``--batch-size``, each side in a process of its own, in
turn: ``EmbeddedStore.put_documents``, what ``kg ingest``'s writer thread calls (runs of
``BULK_MIN_QUADS`` or more bulk-loaded), and as the baseline pyoxigraph's ``Store.load`` of the same
batches' text, one transaction each (what the writer did before). Prints each side's CPU seconds
(every thread of its process, RocksDB's own included), its wall-clock, the seconds its closing flush
takes and how much its peak RSS grew over its resident memory before the writes (which holds them all,
made beforehand), and the ratios ours / baseline. Both stores must end with the same quads (the ontology, which only
``kg`` writes, aside).

    python bench/writes.py [--articles 200] [--documents 2000] [--batch-size 32] [--rounds 1]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus import articles, write  # noqa: E402
from memory import rss  # noqa: E402


def extract(corpus: Path, target: Path) -> int:
    """Extract the articles of ``corpus`` and pickle their extractions into ``target``."""
    from kg.extract.pipeline import Pipeline
    from kg.extract.read import iter_documents

    extractions = list(Pipeline().extract(iter_documents([corpus])))
    target.write_bytes(pickle.dumps(extractions))
    return len(extractions)


INGESTED_AT = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
"""One ingestion time for every write, so that the two sides, each making its writes in its own process, write the same quads."""


def documents(extractions_file: Path, count: int):
    """``count`` documents' writes, the extractions again and again under new ids."""
    from kg.store.rdf import to_quads

    extractions = pickle.loads(extractions_file.read_bytes())
    for number in range(count):
        extraction = extractions[number % len(extractions)]
        renamed = dataclasses.replace(extraction.document, id=f"{extraction.document.id}-{number // len(extractions)}")
        yield to_quads(dataclasses.replace(extraction, document=renamed), ingested_at=INGESTED_AT)


def write_store(side: str, extractions_file: Path, count: int, batch_size: int, store_path: Path) -> dict[str, float]:
    """In a process of its own: write the documents into a new store, timed. ``side`` is ``kg`` or ``transaction``."""
    import pyoxigraph as ox

    from kg.store.embedded import EmbeddedStore, documents_trig

    writes = list(documents(extractions_file, count))
    batches = [writes[start:start + batch_size] for start in range(0, len(writes), batch_size)]
    Path("/proc/self/clear_refs").write_text("5")  # the kernel's peak RSS starts again from here (Linux)
    rss_before = rss(os.getpid())
    cpu, started = time.process_time(), time.perf_counter()
    if side == "kg":
        store = EmbeddedStore(store_path)
        for batch in batches:
            store.put_documents(batch)
        written = time.perf_counter()
        store.close()
    else:
        raw = ox.Store(str(store_path))
        for batch in batches:
            raw.load(documents_trig(batch), format=ox.RdfFormat.TRIG)
        written = time.perf_counter()
        raw.flush()
        del raw
    ended = time.perf_counter()
    return {
        "cpu": time.process_time() - cpu, "seconds": ended - started, "close": ended - written,
        "rss_growth_mb": (rss(os.getpid(), "VmHWM") - rss_before) / 1e6,
    }


def run_side(side: str, extractions_file: Path, args: argparse.Namespace, store_path: Path) -> dict[str, float]:
    shutil.rmtree(store_path, ignore_errors=True)
    command = [sys.executable, __file__, "--side", side, "--extractions", str(extractions_file), "--store", str(store_path),
               "--documents", str(args.documents), "--batch-size", str(args.batch_size)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"the {side} side failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.splitlines()[-1])


def stored_quads(store_path: Path) -> set:
    """The quads of a store, the ontology's graph (which only ``kg``'s store writes) aside."""
    import pyoxigraph as ox

    from kg.vocab import ONTOLOGY_GRAPH

    return {q for q in ox.Store.read_only(str(store_path)) if q.graph_name != ox.NamedNode(ONTOLOGY_GRAPH)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200, help="generated English articles extracted once")
    parser.add_argument("--documents", type=int, default=2000, help="documents written (the articles again under new ids)")
    parser.add_argument("--batch-size", type=int, default=32, help="documents per write, as KG_BATCH_SIZE's default")
    parser.add_argument("--rounds", type=int, default=1, help="rounds of both sides, in turn")
    parser.add_argument("--seed", type=int, default=7, help="corpus seed (same seed, same articles)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results", help="Folder for the JSON report.")
    parser.add_argument("--side", choices=["kg", "transaction"], help=argparse.SUPPRESS)  # one side's process
    parser.add_argument("--extractions", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--store", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.side:
        print(json.dumps(write_store(args.side, args.extractions, args.documents, args.batch_size, args.store)))
        return
    work = Path(tempfile.mkdtemp(prefix="kg-bench-writes-"))
    rounds: list[dict[str, dict[str, float]]] = []
    try:
        corpus, extractions_file = work / "articles.jsonl", work / "extractions.pickle"
        write(corpus, articles(args.seed, italian=0.0), documents=args.articles)
        extracted = extract(corpus, extractions_file)
        print(f"{extracted} English articles extracted; writing {args.documents} documents in batches of {args.batch_size}; "
              f"load average {os.getloadavg()[0]:.2f}")
        for number in range(1, args.rounds + 1):
            sides = {side: run_side(side, extractions_file, args, work / side) for side in ("kg", "transaction")}
            if stored_quads(work / "kg") != stored_quads(work / "transaction"):
                raise SystemExit("the two stores hold different quads: the sides did not do the same work")
            rounds.append(sides)
            kg, base = sides["kg"], sides["transaction"]
            print(f"round {number}: kg's writer CPU {kg['cpu']:.1f} s, {kg['seconds']:.1f} s (close {kg['close']:.1f} s), "
                  f"memory +{kg['rss_growth_mb']:.0f} MB; one transaction a batch CPU {base['cpu']:.1f} s, "
                  f"{base['seconds']:.1f} s (close {base['close']:.1f} s), memory +{base['rss_growth_mb']:.0f} MB; "
                  f"ratios CPU {kg['cpu'] / base['cpu']:.2f}, wall-clock {kg['seconds'] / base['seconds']:.2f}, "
                  f"memory {kg['rss_growth_mb'] / base['rss_growth_mb']:.2f}; load average {os.getloadavg()[0]:.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    args.out.mkdir(parents=True, exist_ok=True)
    report = {"articles": args.articles, "documents": args.documents, "batch_size": args.batch_size, "rounds": rounds}
    (args.out / "writes.json").write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
