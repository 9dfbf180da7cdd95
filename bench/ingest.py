"""Ingest speed against bare spaCy, measured in one run on the same texts.

Prints words/s for: bare spaCy ``nlp.pipe`` with the same English model; spaCy plus the
``kg_actors`` rule layer; the full extractor (actors + relations); and the whole
``kg ingest`` path (clean, language choice, extraction, RDF, store writes). Ratios are to
bare spaCy, measured in the same process, so machine noise cancels out.

    python bench/ingest.py [--repeat 8] [--batch-size 32] [--rounds 3]
"""

from __future__ import annotations

import argparse
import dataclasses
import tempfile
import time
from pathlib import Path
from typing import Callable

import spacy

from kg.store.ingest import ingest
from kg.extract.parse import load_pipeline
from kg.extract.pipeline import Pipeline
from kg.extract.read import read_paths
from kg.settings import Settings
from kg.store.embedded import open_store

BASELINE = "bare spaCy nlp.pipe"
SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def english_documents(repeat: int):
    base = [d for d in read_paths([SAMPLES]) if (d.lang or "en") == "en"]
    return [dataclasses.replace(d, id=f"{d.id}-{i}") for i in range(repeat) for d in base]


def measure(variants: dict[str, Callable[[], object]], words: int, rounds: int) -> dict[str, float]:
    """Best words/s of each variant over ``rounds`` round-robin runs (after one warm-up each).

    Round-robin, so a burst of load on this shared machine hits every variant alike; the best
    run is the one least disturbed by other processes.
    """
    for run in variants.values():
        run()  # warm-up: caches, lazy loading
    best = {label: float("inf") for label in variants}
    for _ in range(rounds):
        for label, run in variants.items():
            started = time.perf_counter()
            run()
            best[label] = min(best[label], time.perf_counter() - started)
    for label, seconds in best.items():
        print(f"{label:<38} {words / seconds:>10,.0f} words/s  (best of {rounds}: {seconds:.2f} s)")
    return {label: words / seconds for label, seconds in best.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=8, help="copies of the English samples to process")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=3, help="timed runs of each variant (the best counts)")
    args = parser.parse_args()
    settings = Settings(batch_size=args.batch_size)
    documents = english_documents(args.repeat)
    texts = [d.text for d in documents]
    words = sum(len(t.split()) for t in texts)
    print(f"{len(documents)} English documents, {words:,} words, batch size {args.batch_size}")

    bare = spacy.load(settings.english_model)
    actors_only = spacy.load(settings.english_model)
    actors_only.add_pipe("kg_actors")
    full = load_pipeline("en", settings)
    pipeline = Pipeline(settings)

    def ingest_all() -> None:
        with tempfile.TemporaryDirectory() as folder:
            store = open_store(Path(folder) / "store")
            ingest(store, documents, pipeline)
            store.close()

    variants = {
        BASELINE: lambda: list(bare.pipe(texts, batch_size=args.batch_size)),
        "spaCy + kg_actors (rule layer)": lambda: list(actors_only.pipe(texts, batch_size=args.batch_size)),
        "spaCy + kg_actors + kg_relations": lambda: list(full.pipe(texts, batch_size=args.batch_size)),
        "kg ingest (whole path, store writes)": ingest_all,
    }
    rates = measure(variants, words, args.rounds)
    print()
    for label, rate in rates.items():
        if label != BASELINE:
            print(f"ratio {label:<38} {rate / rates[BASELINE]:.2f} x bare spaCy")


if __name__ == "__main__":
    main()
