"""`kg ingest` killed (SIGKILL) at random moments: every document it stored is whole, and a re-run
ends with the graph an uninterrupted run builds, compared as sorted N-Quads (ingestion times aside).

The moment is a random number of documents into the run (its progress bar, on a terminal, says how
far it got) plus a random fraction of a second, so some kills land in the model's loading, most
among the writes.
"""

from __future__ import annotations

import fcntl
import os
import pty
import random
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from kg.extract.read import read_paths
from kg.store.embedded import open_store
from kg.store.rdf import document_iri
from tests.conftest import ROOT, SAMPLES, kg_command, nquads

def ingest_killed_after(documents: int, delay: float, store_path: Path) -> int:
    """Start `kg ingest samples/` with a terminal for its progress bar; SIGKILL it ``delay`` seconds
    after the bar reaches ``documents``. Returns its exit status (-9 when the kill came in time)."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # tqdm draws nothing 0 columns wide
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "ingest", str(SAMPLES), "--store", str(store_path)],
        cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=follower,
        # batches of two: the writes spread over the whole run, so a kill after the bar reaches a count
        # lands among them (in one batch of 32, the writes of the samples end a fraction of a second later)
        env={**os.environ, "KG_BATCH_SIZE": "2"},
    )
    os.close(follower)
    seen = b""
    deadline = time.monotonic() + 300
    try:
        while process.poll() is None and time.monotonic() < deadline:
            if select.select([leader], [], [], 0.2)[0]:
                try:
                    seen += os.read(leader, 4096)
                except OSError:  # the terminal closed: the run is over
                    break
            counts = re.findall(rb"(\d+)/\d+ \[", seen)
            if counts and int(counts[-1]) >= documents:
                time.sleep(delay)
                process.send_signal(signal.SIGKILL)
                break
        return process.wait(timeout=60)
    finally:
        os.close(leader)


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_killed_ingest_keeps_whole_documents_and_a_rerun_builds_the_uninterrupted_graph(seed, sample_store_path, tmp_path):
    total = len(read_paths([SAMPLES]))
    chance = random.Random(seed)
    store_path = tmp_path / "store"
    assert ingest_killed_after(chance.randrange(total), chance.uniform(0, 0.5), store_path) == -signal.SIGKILL
    if store_path.exists():  # else killed before it opened the store
        partial = open_store(store_path, read_only=True)
        stored = partial.documents()
        partial.close()
        for doc_id in stored:
            graph = document_iri(doc_id)
            assert nquads(store_path, graph) == nquads(sample_store_path, graph), f"{doc_id} is not whole after the kill"
    rerun = kg_command("ingest", str(SAMPLES), "--store", str(store_path))
    assert rerun.returncode == 0, rerun.stderr
    assert nquads(store_path) == nquads(sample_store_path)


# A writer that puts batches of new documents, each batch one bulk-loaded run (``BULK_MIN_QUADS`` or
# more), until it is killed; it prints the number of each batch once written.
BULK_WRITER = """
import sys
from kg.store.embedded import open_store
from tests.test_crash import article_quads
store, batch = open_store(sys.argv[1]), int(sys.argv[2])
while True:
    store.put_documents([article_quads(batch * 20 + number) for number in range(20)])
    batch += 1
    print(batch, flush=True)
"""


def article_quads(number: int):
    """A new document's write of an article's size (700 triples), its marks included."""
    from kg.store.rdf import DCT, RDF, DocumentQuads
    from kg.vocab import KG

    graph, sha256 = document_iri(f"article-{number}"), f"{number:064x}"
    lines = [f"<{graph}> <{RDF}type> <{KG}Document> .", f'<{graph}> <{DCT}identifier> "article-{number}" .']
    lines += [f'<{graph}> <{KG}sha256> "{sha256}" .']
    lines += [f'<{graph}#m{i}> <{KG}surface> "mention {i} of article {number}" .' for i in range(697)]
    return DocumentQuads(graph=graph, sha256=sha256, triples="\n".join(lines), actor_quads=())


@pytest.mark.slow
def test_a_writer_killed_among_bulk_loaded_runs_leaves_whole_documents_and_no_stray_files(tmp_path):
    """Runs of new documents are bulk-loaded (fewer quads in a transaction's place): killed at random
    moments among them, the writer leaves every document whole or absent, hash and all, and the next
    opening for writing deletes the sorted files a load was making."""
    from kg.store.embedded import BULK_MIN_QUADS

    assert 20 * article_quads(0).size >= BULK_MIN_QUADS  # the writer's runs take the bulk path
    store_path, chance = tmp_path / "store", random.Random(7)
    for kill in range(4):
        first_batch = str(1000 * kill)  # new documents in every run
        writer = subprocess.Popen([sys.executable, "-c", BULK_WRITER, str(store_path), first_batch], cwd=ROOT, stdout=subprocess.PIPE, text=True)
        assert writer.stdout is not None and writer.stdout.readline()  # a batch or more written: loads run from here on
        time.sleep(chance.uniform(0, 0.6))
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=60)
        store = open_store(store_path)
        sizes = {
            row["g"].value: int(row["n"].value)
            for row in store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), STR(doc:))) } GROUP BY ?g")
        }
        assert sizes and set(sizes.values()) == {700}, "a document is not whole after the kill"
        assert len(store.documents()) == len(sizes)
        assert not list(store_path.glob("bulk-*.sst"))
        store.close()
