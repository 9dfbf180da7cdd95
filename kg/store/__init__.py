"""Store stage: an ``Extraction`` becomes quads (``rdf``) in a store, queried with SPARQL.

Every store is a ``protocol.Store``: a folder or memory (``embedded``) or any SPARQL 1.1
endpoint (``remote``); ``from_settings`` opens the one the settings name. ``query`` runs and
writes out queries, ``ingest`` writes documents, ``export`` and ``validate`` read the whole graph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.settings import Settings
    from kg.store.protocol import Store


def from_settings(settings: Settings, read_only: bool = True) -> Store:
    """The endpoint ``settings.endpoint`` (with the update token and time limit) when it is set, else the store folder."""
    # imported here: every module of the stage imports this package first, and needs neither
    if settings.endpoint:
        from kg.store.remote import RemoteStore

        return RemoteStore(settings.endpoint, token=settings.update_token, timeout=settings.query_timeout)
    from kg.store.embedded import open_store

    return open_store(settings.store, read_only=read_only, query_depth=settings.query_depth)
