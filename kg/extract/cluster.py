"""Extraction on a Dask cluster (``kg ingest --cluster``): batches of documents go out to the workers,
their ``Extraction`` values come back, in input order, to the one process that writes the store.

``local:N`` starts a cluster of N worker processes on this machine for the run and closes it at the
end; ``tcp://host:port`` connects to a running scheduler and leaves its cluster running. A command
holds its cluster with ``connected`` for its whole run, so that ``kg watch``'s passes share one
cluster and an unreachable one stops the command before the store is opened. Every
worker runs the whole path of a batch (read → … → relations, ``Pipeline._extract_batch``) with a
pipeline it builds on its first batch and keeps, so the models load once per worker process.
A worker needs this project and its spaCy models installed (docs/scale.md).

    extractions = extract_on_cluster(settings, batches(documents, 32))
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from contextlib import contextmanager
from importlib.metadata import PackageNotFoundError, version
from typing import Iterator

import dask.config
from dask.utils import parse_timedelta
from distributed import Client, Future, LocalCluster
from distributed.client import FutureCancelledError
from distributed.scheduler import KilledWorker

from kg.errors import ClusterError
from kg.extract.pipeline import Pipeline, in_input_order
from kg.model import Document, Extraction
from kg.settings import Settings

IN_FLIGHT_PER_THREAD = 2
"""Batches sent ahead per worker thread: one being extracted, one waiting, so no worker idles between
two batches while memory on this side stays a few batches whatever the input's length."""
WATCH_SECONDS = 1.0
"""How often a wait for a batch checks that the cluster still has workers."""


def extract_on_cluster(settings: Settings, stream: Iterator[list[Document]]) -> Iterator[Extraction]:
    """The extractions of every batch of ``stream``, extracted on ``settings.cluster``, in input order.

    Coded errors raised on a worker (a missing model: E204) reach the caller as themselves; a cluster
    that cannot be reached, has no workers or loses them is a ``ClusterError``.
    """
    assert settings.cluster is not None, "Pipeline.extract sends batches here only when a cluster is set"
    # the workers' own pipelines extract in their process, never on a cluster of their own
    on_worker = dataclasses.replace(settings, workers=1, cluster=None)
    with _quiet("distributed.client"), _client(settings.cluster) as client:
        _check_workers(client)  # a held cluster too: a running scheduler's workers come and go between runs
        yield from in_input_order(
            stream,
            # pure=False: each batch is its own task, not deduplicated by hashing its text
            lambda batch: client.submit(_extract_on_worker, on_worker, batch, pure=False),
            lambda future: _result(client, future, settings.cluster),
            IN_FLIGHT_PER_THREAD * sum(client.nthreads().values()),
            # a failed or abandoned run (the writer refused a document) takes back what is still out
            cancel=client.cancel,
        )


_held: dict[str, Client] = {}
"""The clients ``connected`` holds for a whole command, by address."""


@contextmanager
def connected(address: str) -> Iterator[None]:
    """Hold one client of the cluster at ``address`` (a ``local:N`` cluster started once) for every
    extraction run inside, rather than one per run: ``kg watch`` extracts once per source and pass.
    The cluster is reached and its workers checked on entry (E902, E903, E904)."""
    with _quiet("distributed.client"), _connect(address) as client:
        _check_workers(client)
        _held[address] = client
        try:
            yield
        finally:
            del _held[address]


@contextmanager
def _client(address: str) -> Iterator[Client]:
    """The client ``connected`` holds for ``address``, else one of a cluster reached (or started) for this run only."""
    if address in _held:
        yield _held[address]
        return
    with _connect(address) as client:
        yield client


@contextmanager
def _connect(address: str) -> Iterator[Client]:
    """A client of the cluster at ``address``; a ``local:N`` cluster lives as long as its client."""
    if address.startswith("local:"):
        cluster = LocalCluster(
            n_workers=int(address.removeprefix("local:")),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            # a worker's failure reaches the command as its error (one line); its log would repeat it with a traceback
            silence_logs=logging.CRITICAL,
        )
        with cluster, Client(cluster, set_as_default=False) as client:
            yield client
        return
    seconds = _connect_seconds()
    try:
        client = Client(address, timeout=seconds, set_as_default=False)
    except OSError as error:
        raise ClusterError("E902", address=address, reason=str(error)) from None
    with client:
        try:
            client.wait_for_workers(1, timeout=seconds)
        except TimeoutError:
            raise ClusterError("E903", address=address, seconds=f"{seconds:g}") from None
        yield client


def _check_workers(client: Client) -> None:
    """Refuse a cluster whose workers lack this project, or have another version of it.

    Asked with a function of the standard library, which any worker can load: a worker that cannot
    load ``kg`` would close itself on the first batch it was sent (Dask unpickles tasks as they arrive).
    """
    here = version("newskg")
    for worker, there in client.run(version, "newskg", on_error="return").items():
        if isinstance(there, PackageNotFoundError):
            raise ClusterError("E904", reason=f"{worker} has no newskg installed")
        if isinstance(there, BaseException) or there != here:
            raise ClusterError("E904", reason=f"{worker} has newskg {there}, this machine {here}")


def _result(client: Client, future: Future, address: str) -> list[Extraction]:
    """One batch's extractions, its worker's coded error as itself, the cluster's failures as ``ClusterError``."""
    alone_since: float | None = None  # since when the scheduler has had no worker
    while True:
        try:
            return future.result(timeout=WATCH_SECONDS)
        except TimeoutError:
            # a cluster without workers would keep the batch waiting for ever: a nanny restarts a
            # worker that dies, so one that stays away has closed itself or was stopped
            if client.nthreads():
                alone_since = None
            elif alone_since is None:
                alone_since = time.monotonic()
            elif time.monotonic() - alone_since > _connect_seconds():
                raise ClusterError("E907", address=address, seconds=f"{_connect_seconds():g}") from None
        except KilledWorker as error:
            raise ClusterError("E905", reason=str(error)) from None
        except FutureCancelledError as error:
            raise ClusterError("E906", address=address, reason=" ".join(str(error).split()) or type(error).__name__) from None


@contextmanager
def _quiet(logger: str) -> Iterator[None]:
    """The Dask client logs, with tracebacks, the failures this module raises as one coded error."""
    log = logging.getLogger(logger)
    level = log.level
    log.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        log.setLevel(level)


def _connect_seconds() -> float:
    """Dask's own connect timeout (DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT, 30 s unless set): how long
    to wait for the scheduler, for its first worker, and for a worker when all have left."""
    return parse_timedelta(dask.config.get("distributed.comm.timeouts.connect"))


_pipelines: dict[Settings, Pipeline] = {}
"""On a worker: its pipeline per settings, built on the first batch (its models load once per process)."""
_pipelines_lock = threading.Lock()


def _extract_on_worker(settings: Settings, batch: list[Document]) -> list[Extraction]:
    # spaCy pipelines are not shared between threads: a worker started with several threads
    # (`dask worker --nthreads 4`) extracts one batch at a time; --nworkers gives parallel processes
    with _pipelines_lock:
        pipeline = _pipelines.get(settings)
        if pipeline is None:
            pipeline = _pipelines[settings] = Pipeline(settings)
        return pipeline._extract_batch(batch)
