"""Store stage: an ``Extraction`` becomes quads (``rdf``) in a store, queried with SPARQL.

Every store is a ``protocol.Store``: a folder or memory (``embedded``) or any SPARQL 1.1
endpoint (``remote``); ``from_settings`` opens the one the settings name, and ``store_folder``
is the folder for the few commands that work on files. ``query`` runs and writes out queries,
``ingest`` writes documents, ``export`` and ``validate`` read the whole graph.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import StoreError
from kg.settings import is_url

if TYPE_CHECKING:
    from kg.settings import Settings
    from kg.store.protocol import Store


def from_settings(settings: Settings, read_only: bool = True, endpoint: bool = True) -> Store:
    """The store the settings name: the endpoint ``settings.endpoint`` (unless ``endpoint`` is false:
    the commands without ``--endpoint`` keep to ``--store``), else ``settings.store`` — an endpoint when
    it is a URL (either with the update token and the query time limit), else the folder."""
    # imported here: every module of the stage imports this package first, and needs neither
    url = (settings.endpoint if endpoint else None) or (settings.store if is_url(settings.store) else None)
    if url:
        from kg.store.remote import RemoteStore

        return RemoteStore(str(url), token=settings.update_token, timeout=settings.query_timeout)
    from kg.store.embedded import open_store

    return open_store(settings.store, read_only=read_only, query_depth=settings.query_depth)


def store_folder(settings: Settings, command: str, reason: str) -> Path:
    """``settings.store`` for a command that works on the folder's files; E808 (with ``reason``) for a URL."""
    if is_url(settings.store):
        raise StoreError("E808", command=command, url=settings.store, reason=reason)
    return Path(settings.store)
