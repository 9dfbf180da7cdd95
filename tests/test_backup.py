"""`kg backup` and `kg restore`: a round trip gives the same graph, and nothing is overwritten unasked."""

import shutil

import pytest

from kg.errors import StoreError
from kg.store.backup import backup_store, restore_store
from kg.store.embedded import open_store
from kg.store.rdf import to_quads
from tests.builders import praise_extraction
from tests.conftest import kg_command


def nquads(store_path) -> list[str]:
    store = open_store(store_path, read_only=True)
    try:
        return sorted(f"{q.subject} {q.predicate} {q.object} {q.graph_name} ." for q in store.quads())
    finally:
        store.close()


@pytest.fixture
def store_copy(sample_store_path, tmp_path):
    copy = tmp_path / "store"
    shutil.copytree(sample_store_path, copy)
    return copy


def test_a_backup_restored_elsewhere_is_the_same_graph(store_copy, tmp_path):
    backup, restored = tmp_path / "backup", tmp_path / "restored"
    done = kg_command("backup", str(backup), "--store", str(store_copy))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"backed up {store_copy} to {backup}: ")
    done = kg_command("restore", str(backup), "--store", str(restored))
    assert done.returncode == 0, done.stderr
    assert nquads(restored) == nquads(backup) == nquads(store_copy)


def test_a_restore_replaces_a_store_that_holds_anything_only_when_forced(store_copy, tmp_path):
    backup = tmp_path / "backup"
    backup_store(store_copy, backup)
    other = tmp_path / "other"
    store = open_store(other)
    store.put_document(to_quads(praise_extraction()))
    store.close()
    before = nquads(other)
    refused = kg_command("restore", str(backup), "--store", str(other))
    assert refused.returncode == 1 and refused.stderr.startswith(f"kg: E305 The store at {other} is not empty (1 documents)")
    assert nquads(other) == before
    restore_store(backup, other, force=True)
    assert nquads(other) == nquads(store_copy)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == [], "no staging or retired folder is left"


def test_a_backup_goes_into_a_new_folder_from_a_store_that_exists(store_copy, tmp_path):
    with pytest.raises(StoreError, match="E304"):
        backup_store(store_copy, tmp_path)
    with pytest.raises(StoreError, match="E307"):
        backup_store(tmp_path / "no-store", tmp_path / "backup")
    assert not (tmp_path / "no-store").exists()
    with pytest.raises(StoreError, match="E306"):
        restore_store(tmp_path / "no-store", store_copy)


def test_a_backup_is_refused_while_a_writer_holds_the_store(store_copy, tmp_path):
    writer = open_store(store_copy)
    try:
        held = kg_command("backup", str(tmp_path / "backup"), "--store", str(store_copy))
    finally:
        writer.close()
    assert held.returncode == 1 and "E401" in held.stderr
    assert not (tmp_path / "backup").exists()
