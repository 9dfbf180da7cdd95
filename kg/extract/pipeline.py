"""The whole extraction path for many documents: read → clean → parse → actors → relations.

>>> from kg.extract.read import read_text
>>> [r.relation for r in Pipeline().extract_one(read_text("Trump praised Putin.")).relations]
['praises']
"""

from __future__ import annotations

import dataclasses
import gc
import itertools
import multiprocessing
from collections import defaultdict, deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, TypeVar

from kg.errors import ExtractionError
from kg.model import GROUP_RULE, Actor, Document, Extraction, Mention, Relation
from kg.settings import Settings

if TYPE_CHECKING:
    from spacy.tokens import Doc

F = TypeVar("F")  # a future of a batch's extractions: concurrent.futures' or Dask's
YOUNG_GENERATION = 10_000
"""New objects between two collections of the cyclic collector's youngest generation in a process of
``kg``'s own (Python's default: 700)."""

# The extraction machinery (spaCy, the language identifier, the actor and relation components) is
# imported by the functions that extract, not here: a process that only hands batches to others
# (`kg ingest --workers N`, `--cluster`) then never loads spaCy, whose import costs a second of CPU
# that the workers, starting at the same moment, need.


class Pipeline:
    """Extraction for a stream of documents, batched per language for spaCy's speed."""

    def __init__(self, settings: Settings | None = None, *, freeze_after_loading: bool = False) -> None:
        self.settings = settings or Settings.from_env()
        self.freeze_after_loading = freeze_after_loading
        """``gc.freeze()`` once a language's pipeline is loaded: for a process of ``kg``'s own (``kg
        ingest``, its workers), where the models, vocabularies and lexicons live as long as it does.
        Python's cyclic collector then no longer walks them in every full collection (half a second of
        CPU less for 200 articles). Not for a library user's process: the collector would never free
        the reference cycles among the objects frozen, garbage then or later. Such a process also runs
        the collector's youngest generation less often (``YOUNG_GENERATION``): loading keeps nearly all
        it makes, and Python's default of one collection per 700 new objects ran about 470 collections
        for 200 articles, 0.2 s of CPU, against 30 and 0.08 s."""
        self._loaded: set[str] = set()
        if freeze_after_loading:
            gc.set_threshold(YOUNG_GENERATION, *gc.get_threshold()[1:])

    def nlp(self, lang: str):
        from kg.extract.parse import load_pipeline

        nlp = load_pipeline(lang, self.settings)
        if self.freeze_after_loading and lang not in self._loaded:
            self._loaded.add(lang)
            gc.freeze()
        return nlp

    def extract_one(self, document: Document) -> Extraction:
        return next(iter(self.extract([document])))

    def extract(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        """One ``Extraction`` per document, in input order, whatever ``settings.workers`` or ``settings.cluster`` is.

        The input is read a batch at a time, so a stream of any length costs the memory of a few batches.
        A cluster, when set, extracts instead of local processes.
        """
        batches_in = batches(documents, max(1, self.settings.batch_size))
        if self.settings.cluster is not None:
            from kg.extract.cluster import extract_on_cluster  # Dask loads only when a cluster is asked for

            yield from extract_on_cluster(self.settings, batches_in)
        elif self.settings.workers == 1:
            for batch in batches_in:
                yield from self._extract_batch(batch)
        else:
            yield from _extract_in_processes(self.settings, batches_in)

    def _extract_batch(self, documents: list[Document]) -> list[Extraction]:
        from kg.extract.language import load_in_background

        load_in_background()  # first, so that the language model loads while spaCy is imported below
        from kg.extract.clean import clean
        from kg.extract.parse import LANGUAGES, document_language, segments_of

        plans = []  # per document: (cleaned, lang, [(start, seg_lang, Doc)], warnings)
        by_lang: dict[str, list[Doc]] = defaultdict(list)
        for document in documents:
            cleaned = clean(document)
            lang = document_language(cleaned.text, document.lang)
            parts, warnings = [], []
            for start, end, seg_lang in segments_of(cleaned.text, lang, self.settings.part_chars):
                if seg_lang not in LANGUAGES:
                    warnings.append(f"skipped {end - start} characters in language {seg_lang!r} (no pipeline for it)")
                    continue
                doc = self.nlp(seg_lang).make_doc(cleaned.text[start:end])
                doc._.kg_date = document.date
                doc._.kg_document = document.id
                by_lang[seg_lang].append(doc)
                parts.append((start, seg_lang, doc))
            plans.append((document, lang, parts, warnings))
        for seg_lang, docs in by_lang.items():
            # nlp.pipe fills the same Doc objects in place and yields them in order
            for _ in self.nlp(seg_lang).pipe(docs, batch_size=self.settings.batch_size):
                pass
        return [self._assemble(document, lang, parts, warnings) for document, lang, parts, warnings in plans]

    def _assemble(self, document: Document, lang: str, parts, warnings: list[str]) -> Extraction:
        from kg.actors.resolution import is_name, one_actor_per_iri
        from kg.relations.component import shift

        mentions: list[Mention] = []
        relations: list[Relation] = []
        for start, _, doc in parts:
            mentions += [dataclasses.replace(m, start=m.start + start, end=m.end + start) for m in doc._.kg_mentions or []]
            relations += [shift(r, start) for r in doc._.kg_relations or []]
            warnings = warnings + list(doc._.kg_warnings or [])  # sentences kg_relations could not read
        mentions = _without_idle_groups(mentions, relations)
        surface: dict[str, set[str]] = defaultdict(set)
        for m in mentions:
            if is_name(m):  # "he" and "the Russian president" are no aliases
                surface[m.actor.iri].add(m.text)
        # each part agreed on its actors' descriptions (kg_actors); the parts must agree too
        mentioned = one_actor_per_iri(m.actor for m in mentions)
        actors = tuple(dataclasses.replace(actor, aliases=tuple(sorted(surface[iri] | {actor.name}))) for iri, actor in mentioned.items())
        # the state "il governo" or an unplaced minister stands for when the text never names it: an
        # actor of the document's relations, with no surface form of its own (kg:mentions is for the mentioned)
        actors += tuple(
            dataclasses.replace(actor, aliases=(actor.name,))
            for iri, actor in one_actor_per_iri(_relation_actors(relations)).items()
            if iri not in mentioned
        )
        canonical = {a.iri: a for a in actors}
        relations = [_with_actors(r, canonical) for r in relations]
        return Extraction(
            document=document,
            lang=lang,
            actors=actors,
            mentions=tuple(dataclasses.replace(m, actor=canonical[m.actor.iri]) for m in mentions),
            relations=tuple(relations),
            warnings=tuple(warnings),
        )


def batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """The documents in lists of ``size`` (the last may be shorter), read as they are needed."""
    iterator = iter(documents)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _extract_in_processes(settings: Settings, stream: Iterator[list[Document]]) -> Iterator[Extraction]:
    """Batches extracted by ``settings.workers`` processes, yielded in input order.

    A process pool rather than spaCy's ``nlp.pipe(n_process=…)``: n_process would spread only the
    parse of one language's segments, leaving cleaning, language choice and assembly in this process,
    and would send every parsed ``Doc`` back with its extension attributes; a worker here runs the
    whole path of a batch and returns its small ``Extraction`` values. Workers are spawned, not
    forked: the caller may already run threads (ingest's store writer), and a fork copies their
    locks in whatever state they are. At most two batches per worker are in flight, so memory stays
    bounded however long the input.
    """
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(
        settings.workers, mp_context=context, initializer=_start_worker, initargs=(settings,)
    )
    batch_of: dict[Future, list[Document]] = {}

    def submit(batch: list[Document]) -> Future:
        future = pool.submit(_extract_in_worker, batch)
        batch_of[future] = batch
        return future

    def result(future: Future) -> list[Extraction]:
        batch = batch_of.pop(future)
        try:
            return future.result()
        except BrokenProcessPool:  # a worker died (a segmentation fault, the kernel's out-of-memory killer); every batch out fails
            raise ExtractionError("E210", first=batch[0].id) from None

    try:
        yield from in_input_order(stream, submit, result, 2 * settings.workers)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def in_input_order(
    stream: Iterator[list[Document]],
    submit: Callable[[list[Document]], F],
    result: Callable[[F], list[Extraction]],
    in_flight: int,
    cancel: Callable[[list[F]], None] = lambda unfinished: None,
) -> Iterator[Extraction]:
    """The extractions of each batch handed to ``submit``, in input order, with at most ``in_flight``
    batches out at once (the process pool's and a Dask cluster's common loop); ``cancel`` takes back
    the batches still out when the caller stops early or a batch fails."""
    pending: deque[F] = deque()
    try:
        for batch in stream:
            pending.append(submit(batch))
            if len(pending) >= in_flight:
                yield from result(pending.popleft())
        while pending:
            yield from result(pending.popleft())
    finally:
        if pending:
            cancel(list(pending))


_worker_pipeline: Pipeline | None = None
"""In a worker process: its pipeline, whose models load once, on its first batch."""


def _start_worker(settings: Settings) -> None:
    global _worker_pipeline
    _worker_pipeline = Pipeline(dataclasses.replace(settings, workers=1), freeze_after_loading=True)  # a process of kg's own


def _extract_in_worker(batch: list[Document]) -> list[Extraction]:
    assert _worker_pipeline is not None, "the pool's initializer makes the pipeline"
    return _worker_pipeline._extract_batch(batch)


def _without_idle_groups(mentions: list[Mention], relations: list[Relation]) -> list[Mention]:
    """The mentions but those of groups with no state ("the students") that take part in no relation."""
    groups = {m.actor.iri for m in mentions if m.rule == GROUP_RULE}
    used = {a.iri for a in _relation_actors(relations)}
    return [m for m in mentions if m.actor.iri not in groups or m.actor.iri in used]


def _relation_actors(relations: list[Relation]) -> Iterator[Actor]:
    """The actors the relations name: subjects, objects and those they are attributed to."""
    return (a for r in relations for a in (r.subject, r.object, r.attributed_to) if a is not None)


def _with_actors(relation: Relation, canonical: dict[str, Actor]) -> Relation:
    """Relations point at the document's merged actors (facts may name actors not mentioned)."""
    pick = lambda a: canonical.get(a.iri, a) if a is not None else None  # noqa: E731
    return dataclasses.replace(
        relation, subject=pick(relation.subject), object=pick(relation.object), attributed_to=pick(relation.attributed_to)
    )
