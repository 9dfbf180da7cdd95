"""Checkpoints shared between the supervisor and serving processes (api.runtime.snapshots)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

from api.runtime.snapshots import Replica, Snapshots, _tables
from kg.store.embedded import open_store

ASK = "ASK { <http://example.org/s> <http://example.org/p> ?o }"
INSERT = 'INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> "o" } }'


def test_a_replica_reads_the_newest_checkpoint_and_old_ones_go_once_released(tmp_path):
    primary = open_store(tmp_path / "store")
    snapshots = Snapshots(primary)
    replica = Replica(snapshots.root, query_depth=500)
    try:
        before = replica.acquire()
        assert not before.store.query(ASK)
        primary.update(INSERT)
        snapshots.refresh()
        after = replica.acquire()
        assert after is not before and after.store.query(ASK)  # a write is seen by the next read
        assert before.checkpoint.exists()  # still read: kept
        replica.release(before)
        snapshots.sweep()
        assert not before.checkpoint.exists()  # released and not current: gone
        replica.release(after)
        snapshots.sweep()
        assert after.checkpoint.exists()  # the current one stays
    finally:
        replica.close()
        snapshots.close()
        primary.close()


def test_a_checkpoint_held_by_another_process_is_kept_until_that_process_ends(tmp_path):
    primary = open_store(tmp_path / "store")
    snapshots = Snapshots(primary)
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from pathlib import Path
            from api.runtime.snapshots import Replica
            replica = Replica(Path({str(snapshots.root)!r}), query_depth=500)
            replica.acquire()
            print("held", flush=True)
            time.sleep(60)
        """)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        first = snapshots.made[0]
        snapshots.refresh()
        assert first.exists()  # the other process holds it
        holder.kill()
        holder.wait()
        snapshots.sweep()
        assert not first.exists()  # the kernel dropped the dead process's lock
    finally:
        holder.kill()
        snapshots.close()
        primary.close()


def test_a_killed_servers_checkpoint_folder_is_deleted_by_the_next_command_that_opens_the_store(tmp_path):
    store = tmp_path / "store"
    open_store(store).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import time
            from pathlib import Path
            from kg.store.embedded import CheckpointFolder
            print(CheckpointFolder(Path({str(store)!r})).path, flush=True)
            time.sleep(60)
        """)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        folder = Path(holder.stdout.readline().strip())
        assert folder.parent == tmp_path and folder.name.startswith(".store-snapshots-")
        open_store(store, read_only=True)
        assert folder.exists()  # its server runs: kept
        holder.kill()  # as SIGKILL leaves it
        holder.wait()
        assert folder.exists()
        open_store(store, read_only=True)  # kg stats, kg query …
        assert not folder.exists()
    finally:
        holder.kill()


def test_checkpoints_left_by_a_killed_server_are_deleted_at_the_next_start(tmp_path):
    stale = tmp_path / ".store-snapshots-old"
    (stale / "000000").mkdir(parents=True)
    primary = open_store(tmp_path / "store")
    snapshots = Snapshots(primary)
    try:
        assert not stale.exists() and snapshots.root.exists()
    finally:
        snapshots.close()
        primary.close()


ASK = "ASK { <http://example.org/s> <http://example.org/p> ?o }"


def test_readers_move_to_a_checkpoint_of_the_compacted_primary_once_it_has_settled(tmp_path):
    primary = open_store(tmp_path / "store")
    snapshots = Snapshots(primary)
    replica = Replica(snapshots.root, query_depth=500)
    try:
        for n in range(8):  # each checkpoint flushes a small table; RocksDB soon merges them
            primary.update(f'INSERT DATA {{ GRAPH <http://example.org/g> {{ <http://example.org/s> <http://example.org/p> "{n}" }} }}')
            snapshots.refresh()
        before = replica.acquire()
        replica.release(before)
        deadline = time.monotonic() + 30
        while _tables(before.checkpoint) <= _tables(primary.path) and time.monotonic() < deadline:
            time.sleep(0.1)  # the background compaction
        assert not _tables(before.checkpoint) <= _tables(primary.path)
        while snapshots.follow_compaction() is False and time.monotonic() < deadline:
            time.sleep(0.2)  # first call: the layout is new, so it waits a round for it to settle
        after = replica.acquire()
        assert after is not before and after.store.query(ASK)
        assert _tables(after.checkpoint) <= _tables(primary.path)
        assert snapshots.follow_compaction() is False  # nothing has moved since
        replica.release(after)
    finally:
        replica.close()
        snapshots.close()
        primary.close()


def test_a_store_that_does_not_change_is_not_checkpointed_again(tmp_path):
    primary = open_store(tmp_path / "store")
    primary.update('INSERT DATA { <http://example.org/s> <http://example.org/p> "o" }')
    snapshots = Snapshots(primary)
    try:
        assert [snapshots.follow_compaction() for _ in range(3)] == [False, False, False]
        assert len(snapshots.made) == 1
    finally:
        snapshots.close()
        primary.close()
