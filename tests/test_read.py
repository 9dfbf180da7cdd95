"""Read stage: every input form becomes a Document, and bad input is refused with a clear message."""

import json

import pytest

from kg.errors import ReadError
from kg.extract.read import content_id, read_paths, read_text
from tests.conftest import SAMPLES


def test_jsonl_lines_keep_their_metadata(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"id": "a-1", "title": "T", "date": "2025-01-02", "source": "Wire", "url": "https://example.org/a", "lang": "en", "text": "Trump praised Putin."}) + "\n")
    [doc] = read_paths([path])
    assert (doc.id, doc.title, doc.date, doc.source, doc.lang) == ("a-1", "T", "2025-01-02", "Wire", "en")


def test_plain_text_takes_its_first_line_as_title(tmp_path):
    path = tmp_path / "Reset talks.txt"
    path.write_text("Reset talks\n\nPutin met Trump in Riyadh.\n")
    [doc] = read_paths([path])
    assert doc.id == "Reset-talks" and doc.title == "Reset talks" and doc.text.startswith("Putin met")


def test_html_pages_lose_their_chrome():
    [doc] = read_paths([SAMPLES / "rutte-wartime-mindset.html"])
    assert doc.title and "cookie" not in doc.text.lower()


def test_a_folder_reads_every_supported_file_in_order():
    documents = read_paths([SAMPLES])
    assert len(documents) >= 35
    assert len({d.id for d in documents}) == len(documents)


def test_text_without_id_gets_a_stable_content_id():
    assert read_text("Putin praised Trump.").id == read_text("Putin praised Trump.").id == content_id("Putin praised Trump.")


@pytest.mark.parametrize(
    "content, code",
    [
        (b"", "E102"),
        (b"\x00\x01\x02binary", "E103"),
        (b"caf\xe9 au lait", "E104"),
    ],
)
def test_bad_files_are_refused_with_a_coded_message(tmp_path, content, code):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ReadError) as err:
        read_paths([path])
    assert err.value.code == code and str(path) in err.value.message


def test_a_malformed_jsonl_line_is_named_by_number(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text('{"id": "a", "text": "fine"}\n{"id": "b", "text": \n')
    with pytest.raises(ReadError) as err:
        read_paths([path])
    assert err.value.code == "E105" and f"{path}:2" in err.value.message


def test_a_jsonl_line_without_text_is_refused(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text('{"id": "a"}\n')
    with pytest.raises(ReadError, match="E106"):
        read_paths([path])


def test_a_missing_path_is_refused():
    with pytest.raises(ReadError, match="E101"):
        read_paths(["/no/such/file.txt"])
