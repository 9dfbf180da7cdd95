"""Streamed input: documents are read as they are needed, files are checked whole before any record,
and a record that stops --strict leaves what came before it stored."""

import json
import sys

import pytest

from kg.errors import ReadError
from kg.extract.read import Reading, check_paths, decode, iter_documents, read_paths
from tests.conftest import kg_command


def jsonl(*records: dict) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


class Stdin:
    """Standard input that hands out its lines one at a time and counts what it handed out."""

    def __init__(self, lines: list[bytes]) -> None:
        self.lines = lines
        self.handed_out = 0
        self.buffer = self

    def __iter__(self):
        return self  # as a binary file: iterating again goes on where it stopped

    def __next__(self) -> bytes:
        if self.handed_out == len(self.lines):
            raise StopIteration
        self.handed_out += 1
        return self.lines[self.handed_out - 1]

    def read(self) -> bytes:
        rest = b"".join(self.lines[self.handed_out:])
        self.handed_out = len(self.lines)
        return rest


def test_a_jsonl_file_gives_its_first_documents_before_its_later_lines_are_read(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_bytes(
        jsonl({"id": "a", "text": "Trump praised Putin."}, {"id": "b", "text": "Putin praised Trump."}).encode()
        + b'{"id": "c", "text": \n'  # malformed
        + b'{"id": "d", "text": "caf\xe9"}\n'  # not UTF-8: the file as a whole is refused when the reading gets there
    )
    skipped = []
    documents = iter_documents([path], on_skip=skipped.append)
    assert [next(documents).id, next(documents).id] == ["a", "b"] and skipped == []
    with pytest.raises(ReadError) as err:
        next(documents)
    assert [e.code for e in skipped] == ["E105"] and err.value.code == "E104"


def test_stdin_json_lines_are_read_one_line_at_a_time(monkeypatch):
    stdin = Stdin([json.dumps({"id": f"doc-{n}", "text": f"Trump praised Putin {n} times."}).encode() + b"\n" for n in range(100)])
    monkeypatch.setattr(sys, "stdin", stdin)
    documents = iter_documents(["-"])
    assert next(documents).id == "doc-0" and stdin.handed_out <= 2
    assert [d.id for d in documents][-1] == "doc-99" and stdin.handed_out == 100


def test_stdin_that_is_not_json_is_one_plain_text_kept_whole(monkeypatch):
    monkeypatch.setattr(sys, "stdin", Stdin([b"\n", b"Putin met Xi.\n", b"{not json}\n"]))
    [document] = read_paths(["-"])
    assert document.text == "\nPutin met Xi.\n{not json}\n"


@pytest.mark.parametrize("encoding, bom", [("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""), ("utf-32", b"")])
def test_json_lines_with_a_byte_order_mark_are_still_read(tmp_path, encoding, bom):
    path = tmp_path / f"{encoding}.jsonl"
    text = jsonl({"id": "a", "text": "Trump praised Putin in Città del Vaticano."}, {"id": "b", "text": "Xi met Putin."})
    path.write_bytes(bom + text.encode(encoding))
    assert [(d.id, d.text) for d in read_paths([path])] == [("a", "Trump praised Putin in Città del Vaticano."), ("b", "Xi met Putin.")]


@pytest.mark.parametrize(
    "data",
    [
        b'{"text": "fine"}\n{"text": "caf\xe9"}\n',  # not UTF-8 on line 2
        b'\xef\xbb\xbf{"text": "fine"}\n{"text": "caf\xe9"}\n',  # the same after a byte-order mark
        b'{"text": "fine"}\n{"text": "late\x00nul"}\n',  # a NUL byte on line 2
        b"\xef\xbb\xbf  \n\n",  # nothing but blanks
    ],
)
def test_a_file_read_line_by_line_is_refused_as_the_whole_file_would_be(tmp_path, data):
    path = tmp_path / "news.jsonl"
    path.write_bytes(data)
    with pytest.raises(ReadError) as whole:
        decode(data, str(path))
    with pytest.raises(ReadError) as streamed:
        read_paths([path])
    assert (streamed.value.code, streamed.value.message) == (whole.value.code, whole.value.message)


def test_an_id_taken_in_an_earlier_file_is_left_out_and_named_with_its_first_place(tmp_path):
    (tmp_path / "a.jsonl").write_text(jsonl({"id": "x", "text": "Trump praised Putin."}, {"id": "y", "text": "Xi met Putin."}))
    (tmp_path / "b.jsonl").write_text(jsonl({"id": "z", "text": "Macron met Merz."}, {"id": "y", "text": "Putin met Xi."}))
    skipped = []
    assert [d.id for d in iter_documents([tmp_path], on_skip=skipped.append)] == ["x", "y", "z"]
    [error] = skipped
    assert error.code == "E110" and f"{tmp_path / 'b.jsonl'}:2" in error.message and f"{tmp_path / 'a.jsonl'}:2" in error.message


def test_every_file_is_checked_whole_before_any_record_is_read(tmp_path):
    (tmp_path / "a.jsonl").write_text(jsonl({"text": "Trump praised Putin."}) + "\n" + '{"text": \n' + jsonl({"text": "Xi met Putin."}))
    (tmp_path / "b.txt").write_text("Macron met Merz.")
    assert check_paths([tmp_path]) == 4  # the lines with text of the JSON Lines, one per other file
    assert check_paths([tmp_path, "-"]) is None  # standard input can be read only once
    (tmp_path / "c.txt").write_bytes(b"Citt\xe0 del Vaticano")
    with pytest.raises(ReadError, match="E104"):
        Reading([tmp_path])
    with pytest.raises(ReadError, match="E101"):
        Reading([tmp_path / "nope.jsonl"])


def test_a_record_that_stops_a_strict_reading_ends_the_documents_and_is_raised_at_the_end(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(jsonl({"id": "a", "text": "Trump praised Putin."}) + '{"id": "b", "text": \n' + jsonl({"id": "c", "text": "Xi met Putin."}))
    strict = Reading([path])
    assert [d.id for d in strict] == ["a"]
    with pytest.raises(ReadError, match="E105"):
        strict.finish()
    warned = []
    lenient = Reading([path], on_skip=warned.append)
    assert [d.id for d in lenient] == ["a", "c"] and lenient.skipped == len(warned) == 1
    lenient.finish()


def test_strict_ingest_stops_at_a_malformed_line_with_what_came_before_stored(tmp_path):
    store, news = tmp_path / "store", tmp_path / "news.jsonl"
    first = [{"id": "one", "text": "Trump praised Putin on Monday."}, {"id": "two", "text": "Macron criticized Russia."}]
    last = {"id": "three", "text": "Xi met Putin in Moscow."}
    news.write_text(jsonl(*first) + '{"id": "bad", "text"\n' + jsonl(last))
    stopped = kg_command("ingest", str(news), "--strict", "--store", str(store))
    assert stopped.returncode == 1 and f"kg: E105 {news}:3:" in stopped.stderr and "Traceback" not in stopped.stderr
    assert json.loads(kg_command("stats", "--store", str(store)).stdout)["documents"] == 2
    news.write_text(jsonl(*first, {"id": "bad", "text": "Meloni met Macron."}, last))  # the line fixed
    again = kg_command("ingest", str(news), "--strict", "--store", str(store))
    assert again.returncode == 0, again.stderr
    assert "2 documents (2 unchanged, 0 skipped)" in again.stdout


def test_ingest_reads_json_lines_from_stdin(tmp_path):
    store = tmp_path / "store"
    lines = jsonl({"id": "a", "text": "Trump praised Putin."}, {"id": "a", "text": "Xi met Putin."}, {"id": "b", "text": "Macron met Merz."})
    done = kg_command("ingest", "-", "--store", str(store), input=lines)
    assert done.returncode == 0, done.stderr
    assert "kg: warning: E110 <stdin>:2:" in done.stderr and "2 documents (0 unchanged, 1 skipped)" in done.stdout
