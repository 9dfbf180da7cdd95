"""What every route needs: the settings, the primary store, the query pool, and the write rule.

Reads go to the pool (``read``, time-limited, never blocking the event loop); writes go to
the primary one at a time (``write``), then refresh the snapshot the pool reads.
"""

from __future__ import annotations

import hmac
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, TypeVar

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from api.executor import PooledStore, QueryPool, Reply, Snapshots
from kg.errors import AuthError, WritesDisabledError
from kg.model import Document, Extraction
from kg.settings import Settings
from kg.store import EmbeddedStore

if TYPE_CHECKING:  # spaCy takes a second to import: only a server that extracts pays for it
    from kg.pipeline import Pipeline

T = TypeVar("T")


@dataclass
class Backend:
    settings: Settings
    primary: EmbeddedStore
    snapshots: Snapshots
    pool: QueryPool
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    pipeline_lock: threading.Lock = field(default_factory=threading.Lock)
    pipeline: Pipeline | None = None

    @classmethod
    async def start(cls, settings: Settings, primary: EmbeddedStore) -> "Backend":
        snapshots = await run_in_threadpool(Snapshots, primary)
        pool = await QueryPool.start(snapshots, settings.query_workers, settings.query_timeout)
        return cls(settings, primary, snapshots, pool)

    @property
    def reader(self) -> PooledStore:
        """A ``Store``-like reader for ``kg`` library functions (call it from a worker thread)."""
        return PooledStore(self.pool, self.settings.result_limit)

    async def read(self, request: dict) -> Reply:
        return await self.pool.run({"limit": self.settings.result_limit, **request})

    async def write(self, change: Callable[[EmbeddedStore], T]) -> T:
        """Apply ``change`` to the primary store, then make it visible to queries."""

        def locked() -> T:
            with self.write_lock:
                result = change(self.primary)
                self.snapshots.refresh()
                return result

        return await run_in_threadpool(locked)

    def extract(self, document: Document) -> Extraction:
        """Run the pipeline (loaded on first use, shared by all requests) on one document."""
        with self.pipeline_lock:
            if self.pipeline is None:
                from kg.pipeline import Pipeline

                self.pipeline = Pipeline(self.settings)
            return self.pipeline.extract_one(document)

    def authorize(self, request: Request) -> None:
        """Refuse a write unless the server has a token and the request carries it."""
        token = self.settings.update_token
        if not token:
            raise WritesDisabledError("E701")
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
            raise AuthError("E702")

    async def close(self) -> None:
        await self.pool.close()
        self.snapshots.close()
        self.primary.close()


async def backend(request: Request) -> Backend:
    """FastAPI dependency: the running server's backend (async, so FastAPI needs no thread for it)."""
    return request.app.state.backend
