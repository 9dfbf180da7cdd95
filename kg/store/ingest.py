"""Ingest: documents through the pipeline into a store, skipping what is already there.

Re-ingesting unchanged content is a no-op (same SHA-256 of the text); changed content
replaces the document's graph in one transaction. The report counts what was written the way
``kg stats`` counts the store, so on an empty store their actor counts are the same.
"""

from __future__ import annotations

import time
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable, Iterable

from kg.model import Document, Extraction
from kg.extract.pipeline import Pipeline, batches
from kg.store.rdf import RDF, DocumentQuads, content_hash, document_iri, to_quads
from kg.store.protocol import Store
from kg.vocab import KG


@dataclass
class IngestReport:
    documents: int = 0
    unchanged: int = 0
    skipped: int = 0
    """Input records left out before ingestion (malformed lines, ids taken twice); the reader warned about each."""
    actors: int = 0
    relations: int = 0
    triples: int = 0
    words: int = 0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    def summary(self) -> str:
        return (
            f"{self.documents} documents ({self.unchanged} unchanged, {self.skipped} skipped), {self.actors} actors, "
            f"{self.relations} relations, {self.triples} triples in {self.seconds:.1f} s "
            f"({self.words_per_second:,.0f} words/s), {len(self.warnings)} warnings"
        )


def ingest(
    store: Store,
    documents: Iterable[Document],
    pipeline: Pipeline | None = None,
    on_document: Callable[[Document], None] | None = None,
) -> IngestReport:
    """Extract and store every document; unchanged documents are skipped before parsing."""
    pipeline = pipeline or Pipeline()
    report = IngestReport()
    started = time.perf_counter()
    actors: set[str] = set()

    def fresh() -> Iterable[Document]:
        # one store query per batch, before the batch reaches the parser
        for batch in batches(documents, max(1, pipeline.settings.batch_size)):
            stored = stored_hashes(store, [document.id for document in batch])
            for document in batch:
                if stored.get(document.id) == content_hash(document.text):
                    report.unchanged += 1
                    if on_document:
                        on_document(document)
                    continue
                yield document

    # Store writes run in one writer thread (pyoxigraph releases the GIL while it writes), so
    # they overlap with parsing the next documents; one thread keeps the input order. A batch's
    # documents go to the store in one call (``put_documents``), which writes them together.
    size = max(1, pipeline.settings.batch_size)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-store-writer") as writer:
        pending: deque[Future] = deque()
        batch: list[DocumentQuads] = []
        try:
            for extraction in pipeline.extract(fresh()):
                quads = to_quads(extraction)  # checked here: a refused document stops the run before its write
                batch.append(quads)
                if len(batch) == size:
                    pending.append(writer.submit(store.put_documents, batch))
                    batch = []
                    # two batches in flight: the writer drains one while the next is parsed
                    while len(pending) > 2:
                        pending.popleft().result()
                _count(report, extraction, quads.size)
                actors.update(_described_actors(quads))
                if on_document:
                    on_document(extraction.document)
        finally:
            if batch:  # the documents accepted before a refused one are written too
                pending.append(writer.submit(store.put_documents, batch))
            while pending:  # every accepted document is written (or its error raised) before we return
                pending.popleft().result()
    report.actors = len(actors)
    report.seconds = time.perf_counter() - started
    return report


def stored_hashes(store: Store, doc_ids: list[str]) -> dict[str, str]:
    """The SHA-256 of each stored document among ``doc_ids``, in one query (ids not stored are absent).

    >>> from kg.store.embedded import open_store
    >>> stored_hashes(open_store(None), ["a", "b"])
    {}
    """
    if not doc_ids:
        return {}
    by_iri = {document_iri(doc_id): doc_id for doc_id in doc_ids}
    values = " ".join(f"<{iri}>" for iri in by_iri)
    rows = store.query(f"SELECT ?d ?h WHERE {{ VALUES ?d {{ {values} }} GRAPH ?d {{ ?d <{KG}sha256> ?h }} }}")
    return {by_iri[row["d"].value]: row["h"].value for row in rows}


def _described_actors(quads: DocumentQuads) -> set[str]:
    """The actors a document's write describes: what ``kg stats`` counts (``?a a kg:Actor`` in the
    actors graph), facts' actors the text never mentions included ("leader of the CDU")."""
    return {
        q.subject.value for q in quads.actor_quads if q.predicate.value == RDF + "type" and q.object.value == KG + "Actor"
    }


def _count(report: IngestReport, extraction: Extraction, triples: int) -> None:
    report.documents += 1
    report.relations += len(extraction.relations)
    report.triples += triples
    report.words += len(extraction.document.text.split())
    report.warnings += [f"{extraction.document.id}: {w}" for w in extraction.warnings]
