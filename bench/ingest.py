"""Ingest speed against bare spaCy, measured in one run on the same texts.

Prints words/s for: bare spaCy ``nlp.pipe`` with the same English model; spaCy plus the
``kg_actors`` rule layer; the full extractor (actors + relations); and the whole
``kg ingest`` path (clean, language choice, extraction, RDF, store writes). Ratios are to
bare spaCy, measured in the same process, so machine noise cancels out.

    python bench/ingest.py [--repeat 8] [--batch-size 32]
"""

from __future__ import annotations

import argparse
import dataclasses
import tempfile
import time
from pathlib import Path

import spacy

from kg.ingest import ingest
from kg.parse import load_pipeline
from kg.pipeline import Pipeline
from kg.read import read_paths
from kg.settings import Settings
from kg.store import open_store

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def english_documents(repeat: int):
    base = [d for d in read_paths([SAMPLES]) if (d.lang or "en") == "en"]
    return [dataclasses.replace(d, id=f"{d.id}-{i}") for i in range(repeat) for d in base]


def timed(label: str, words: int, run) -> float:
    run()  # warm-up: caches, lazy loading
    started = time.perf_counter()
    run()
    seconds = time.perf_counter() - started
    rate = words / seconds
    print(f"{label:<38} {rate:>10,.0f} words/s  ({seconds:.2f} s)")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=8, help="copies of the English samples to process")
    parser.add_argument("--batch-size", type=int, default=32)
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
        "spaCy + kg_actors (rule layer)": lambda: list(actors_only.pipe(texts, batch_size=args.batch_size)),
        "spaCy + kg_actors + kg_relations": lambda: list(full.pipe(texts, batch_size=args.batch_size)),
        "kg ingest (whole path, store writes)": ingest_all,
    }
    baseline = timed("bare spaCy nlp.pipe", words, lambda: list(bare.pipe(texts, batch_size=args.batch_size)))
    rates = {label: timed(label, words, run) for label, run in variants.items()}
    print()
    for label, rate in rates.items():
        print(f"ratio {label:<38} {rate / baseline:.2f} x bare spaCy")


if __name__ == "__main__":
    main()
