"""kg load: RDF files into a store with pyoxigraph's bulk loader, all of them or nothing."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import ReadError, StoreError
from kg.store.bulk import checkpoint_of, compact_store, load_files
from kg.store.embedded import open_store
from kg.store.rdf import to_quads
from tests.builders import praise_extraction, reset_extraction
from tests.conftest import kg_command

EX = "http://example.org/"


def write_quads(path: Path, graphs: int, per_graph: int = 50) -> Path:
    """An N-Quads file of ``graphs`` named graphs of ``per_graph`` quads each, none in another file."""
    path.write_text("".join(
        f'<{EX}{path.stem}/s{g}-{i}> <{EX}p> "value {i}" <{EX}{path.stem}/g{g}> .\n' for g in range(graphs) for i in range(per_graph)
    ))
    return path


def quads_in(store_path: Path) -> set[ox.Quad]:
    store = open_store(store_path, read_only=True)
    try:
        return set(store.quads())
    finally:
        store.close()


def test_an_export_loads_back_into_a_new_store_with_the_same_graph(tmp_path):
    original = open_store(tmp_path / "original")
    for extraction in (reset_extraction(), praise_extraction()):
        original.put_document(to_quads(extraction))
    stats, quads = original.stats(), set(original.quads())
    original.close()
    dump = tmp_path / "export.nq"
    assert kg_command("export", "--format", "nq", "-o", str(dump), "--store", str(tmp_path / "original")).returncode == 0
    result = kg_command("load", str(dump), "--store", str(tmp_path / "copy"))
    assert result.returncode == 0, result.stderr
    assert f"the store holds {len(quads)} quads" in result.stdout
    assert quads_in(tmp_path / "copy") == quads
    copy = open_store(tmp_path / "copy", read_only=True)
    assert copy.stats() == stats
    copy.close()


def test_every_byte_read_is_reported_for_the_progress_bar(tmp_path):
    files = [write_quads(tmp_path / "a.nq", 3), write_quads(tmp_path / "b.nq", 2)]
    seen = []
    report = load_files(tmp_path / "store", files, on_progress=seen.append)
    assert sum(seen) == report.bytes == sum(f.stat().st_size for f in files)
    assert (report.files, report.quads) == (2, 250)


def test_a_file_invalid_half_way_leaves_the_store_as_it_was(tmp_path):
    store = tmp_path / "store"
    load_files(store, [write_quads(tmp_path / "first.nq", 2)])
    before = quads_in(store)
    good = write_quads(tmp_path / "good.nq", 4)
    bad = write_quads(tmp_path / "bad.nq", 40)
    lines = bad.read_text().splitlines(keepends=True)
    bad.write_text("".join(lines[:1000]) + f'<{EX}s> <{EX}p> "no closing quote .\n' + "".join(lines[1000:]))
    with pytest.raises(ReadError) as refused:
        load_files(store, [good, bad])  # the good file is not kept either: all or nothing
    assert refused.value.code == "E607"
    assert "line 1001" in refused.value.message and str(bad) in refused.value.message
    assert quads_in(store) == before
    assert not checkpoint_of(store).exists()


def test_a_file_of_another_kind_is_refused_before_the_store_is_made(tmp_path):
    text = tmp_path / "article.txt"
    text.write_text("Putin praised Trump.")
    with pytest.raises(ReadError) as refused:
        load_files(tmp_path / "store", [write_quads(tmp_path / "a.nq", 1), text])
    assert refused.value.code == "E606" and ".nq" in refused.value.message
    assert not (tmp_path / "store").exists()


def test_a_load_that_was_killed_must_be_resolved_before_the_next(tmp_path):
    store = tmp_path / "store"
    load_files(store, [write_quads(tmp_path / "a.nq", 1)])
    checkpoint_of(store).mkdir()  # what a load killed with SIGKILL leaves beside the store
    with pytest.raises(StoreError) as refused:
        load_files(store, [write_quads(tmp_path / "b.nq", 1)])
    assert refused.value.code == "E609" and "kg restore" in refused.value.message


def test_triples_go_to_the_named_graph_asked_for(tmp_path):
    turtle = tmp_path / "actors.ttl"
    turtle.write_text(f"<{EX}putin> <{EX}leaderOf> <{EX}russia> .\n")
    result = kg_command("load", str(turtle), "--graph", f"{EX}actors", "--store", str(tmp_path / "store"))
    assert result.returncode == 0, result.stderr
    (quad,) = quads_in(tmp_path / "store")
    assert quad.graph_name == ox.NamedNode(f"{EX}actors")


def test_kg_ingest_of_an_nquads_dump_is_a_bulk_load(tmp_path):
    result = kg_command("ingest", str(write_quads(tmp_path / "dump.nq", 2)), "--store", str(tmp_path / "store"))
    assert result.returncode == 0, result.stderr
    assert "loaded 1 file(s)" in result.stdout
    assert len(quads_in(tmp_path / "store")) == 100


def test_kg_load_errors_are_one_coded_line(tmp_path):
    result = kg_command("load", str(tmp_path / "missing.nq"), "--store", str(tmp_path / "store"))
    assert result.returncode == 1
    assert result.stderr.startswith("kg: E606 ") and "Traceback" not in result.stderr


def tables(store_path: Path) -> int:
    return len(list(store_path.glob("*.sst")))


def test_compact_merges_the_files_of_several_loads_and_keeps_every_quad(tmp_path):
    store = tmp_path / "store"
    for name in ("a", "b", "c"):  # each bulk load writes files of its own, overlapping the others'
        load_files(store, [write_quads(tmp_path / f"{name}.nq", 20)])
    loaded, before = quads_in(store), tables(store)
    assert compact_store(store) >= 0
    assert tables(store) < before
    assert quads_in(store) == loaded


def test_kg_load_compact_after_the_files_or_alone(tmp_path):
    store = tmp_path / "store"
    result = kg_command("load", str(write_quads(tmp_path / "a.nq", 4)), "--store", str(store), "--compact")
    assert result.returncode == 0, result.stderr
    assert "loaded 1 file(s)" in result.stdout and "compacted the store in" in result.stdout
    alone = kg_command("load", "--compact", "--store", str(store))
    assert alone.returncode == 0 and "loaded" not in alone.stdout and "compacted the store in" in alone.stdout
    assert len(quads_in(store)) == 200


def test_kg_load_asks_for_files_or_compact_and_compacts_no_missing_store(tmp_path):
    nothing = kg_command("load", "--store", str(tmp_path / "store"))
    assert nothing.returncode == 2 and "--compact" in nothing.stderr
    missing = kg_command("load", "--compact", "--store", str(tmp_path / "nowhere"))
    assert missing.returncode == 1 and missing.stderr.startswith("kg: E307 ")
    assert not (tmp_path / "nowhere").exists()
