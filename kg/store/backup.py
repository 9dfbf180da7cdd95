"""Backups of a store folder: a consistent copy into a new folder (``kg backup``), and back (``kg restore``).

A backup is itself a store folder, made by pyoxigraph's ``Store.backup`` (hard links where the
file system allows, so it is cheap); ``kg stats --store BACKUP`` reads it. A restore never merges:
the store is replaced whole, and a store that holds anything is replaced only when asked
(``force``). The replacement is built beside the store and renamed into place, so an interrupted
restore leaves the old store or the new one, never a mixture.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from kg.errors import StoreError
from kg.store.embedded import EmbeddedStore, open_store
from kg.store.protocol import Stats


def backup_store(store_path: Path, target: Path) -> Stats:
    """Copy the store at ``store_path`` into the new folder ``target``; what the copy holds.

    The store is opened for writing, so no other process (``kg serve``, ``kg ingest``) writes it
    during the copy: while one does, this is E401.
    """
    if target.exists():
        raise StoreError("E304", path=target)
    store = open_existing_for_writing(store_path)
    try:
        store.backup(target)
        return store.stats()
    finally:
        store.close()


def restore_store(source: Path, store_path: Path, force: bool = False) -> Stats:
    """Replace the store at ``store_path`` (made if missing) with the backup at ``source``; what it now holds.

    A store that holds anything is replaced only with ``force`` (else E305).
    """
    backup = _open_existing(source)
    if backup is None:
        raise StoreError("E306", path=source, reason="there is no store in it")
    staging = store_path.parent / f".{store_path.name}-restoring-{os.getpid()}"
    try:
        if store_path.exists():
            current = open_store(store_path)  # E401 while a server or an ingest holds it
            try:
                documents, empty = current.stats().documents, next(current.quads(), None) is None
            finally:
                current.close()
            if not empty and not force:
                raise StoreError("E305", path=store_path, documents=documents)
        store_path.parent.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(staging, ignore_errors=True)  # left by a restore killed before its swap
        backup.backup(staging)
        restored = backup.stats()
    finally:
        backup.close()
    _swap_in(staging, store_path)
    return restored


def open_existing_for_writing(path: Path) -> EmbeddedStore:
    """The store at ``path`` opened for writing (E401 while another process writes it); E307 if there
    is none, where opening it for writing would make an empty one."""
    found = _open_existing(path)
    if found is None:
        raise StoreError("E307", path=path)
    found.close()
    return open_store(path)


def _open_existing(path: Path) -> EmbeddedStore | None:
    """The store at ``path`` opened read-only, ``None`` if there is none (opening it for writing
    would make an empty one)."""
    try:
        return open_store(path, read_only=True)
    except StoreError:
        return None


def _swap_in(staging: Path, store_path: Path) -> None:
    """Put ``staging`` where ``store_path`` is, by renames: each is atomic on one file system."""
    if not store_path.exists():
        os.rename(staging, store_path)
        return
    retired = store_path.parent / f".{store_path.name}-replaced-{os.getpid()}"
    os.rename(store_path, retired)
    os.rename(staging, store_path)
    shutil.rmtree(retired)
