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


def test_a_file_with_a_utf16_or_utf32_byte_order_mark_is_decoded(tmp_path):
    text = "Trump praised Putin in Città del Vaticano."
    for encoding in ("utf-16", "utf-16-be", "utf-32"):
        path = tmp_path / f"{encoding}.txt"
        bom = {"utf-16-be": b"\xfe\xff"}.get(encoding, b"")
        path.write_bytes(bom + text.encode(encoding))
        [doc] = read_paths([path])
        assert doc.text == text, encoding


def test_a_byte_order_mark_that_lies_is_named_as_such(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_bytes(b"\xff\xfeT\x00r\x00\x00\xd8")  # UTF-16 with half a surrogate pair at the end
    with pytest.raises(ReadError) as err:
        read_paths([path])
    assert err.value.code == "E112" and "UTF-16" in err.value.message


def test_a_nul_byte_anywhere_makes_a_file_binary_not_only_in_its_first_8_kb(tmp_path):
    path = tmp_path / "late-nul.txt"
    path.write_bytes(b"Trump praised Putin. " * 500 + b"\x00 more text")
    with pytest.raises(ReadError) as err:
        read_paths([path])
    assert err.value.code == "E103" and "byte 10500" in err.value.message


def test_nul_characters_and_lone_surrogates_from_json_escapes_never_reach_a_document(tmp_path):
    path = tmp_path / "escapes.jsonl"
    path.write_text(json.dumps({"id": "a", "title": "T\ud800", "text": "Trump\u0000 praised\ud800 Putin."}) + "\n")
    [doc] = read_paths([path])
    assert doc.text == "Trump praised\ufffd Putin." and doc.title == "T\ufffd"


def test_deeply_nested_html_gives_its_text_and_nesting_past_the_parser_is_named(tmp_path):
    sentence = "Donald Trump praised Vladimir Putin on Monday in a statement about the talks in Riyadh."
    deep = tmp_path / "deep.html"
    deep.write_text("<html><body>" + "<div>" * 1000 + f"<p>{sentence}</p>" + "</div>" * 1000 + "</body></html>")
    [doc] = read_paths([deep])
    assert doc.text.strip() == sentence
    deeper = tmp_path / "deeper.html"
    deeper.write_text("<html><body>" + "<div>" * 3000 + f"<p>{sentence}</p>" + "</div>" * 3000 + "</body></html>")
    with pytest.raises(ReadError) as err:
        read_paths([deeper])
    assert err.value.code == "E113" and str(deeper) in err.value.message


def test_malformed_jsonl_lines_are_left_out_one_by_one_and_the_good_ones_kept(tmp_path):
    path = tmp_path / "news.jsonl"
    lines = [
        {"id": "a", "text": "Trump praised Putin."},
        '{"id": "b", "text": ',
        {"id": "c"},
        {"id": "d", "text": "Putin praised Trump.", "date": "2025-13-45"},
        "[" * 100_000,
        '{"id": "e", "text": "x", "n": ' + "9" * 5000 + "}",
        {"id": "f", "text": "Macron met Merz."},
    ]
    path.write_text("\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n")
    skipped = []
    documents = read_paths([path], on_skip=skipped.append)
    assert [d.id for d in documents] == ["a", "f"]
    assert [(e.code, e.message.split(":")[1]) for e in skipped] == [("E105", "2"), ("E106", "3"), ("E109", "4"), ("E105", "5"), ("E105", "6")]


def test_a_line_separator_inside_a_json_string_does_not_end_the_line(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "Trump praised\u2028Putin."}, ensure_ascii=False) + "\n", encoding="utf-8")
    [doc] = read_paths([path])
    assert doc.id == "a"


def test_a_second_record_with_a_taken_id_is_left_out_and_named_with_the_first(tmp_path):
    path = tmp_path / "news.jsonl"
    records = [{"id": "a/b", "text": "Trump praised Putin."}, {"id": "a b", "text": "Putin praised Trump."}, {"id": "a-b", "text": "Trump praised Putin."}]
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    skipped = []
    [doc] = read_paths([path], on_skip=skipped.append)
    assert (doc.id, doc.text) == ("a-b", "Trump praised Putin.")
    assert [e.code for e in skipped] == ["E110", "E110"]
    assert f"{path}:2" in skipped[0].message and f"{path}:1" in skipped[0].message
    with pytest.raises(ReadError, match="E110"):
        read_paths([path])


def test_two_files_whose_names_clean_to_one_id_collide(tmp_path):
    (tmp_path / "a b.txt").write_text("Trump praised Putin.")
    (tmp_path / "a-b.txt").write_text("Putin praised Trump.")
    skipped = []
    [doc] = read_paths([tmp_path], on_skip=skipped.append)
    assert doc.text == "Trump praised Putin." and [e.code for e in skipped] == ["E110"]


@pytest.mark.parametrize("dots", [".", ".."])
def test_dot_segments_are_no_document_ids(tmp_path, dots):
    with pytest.raises(ReadError, match="E108"):
        read_text("Trump praised Putin.", id=dots)
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"id": dots, "text": "Trump praised Putin."}) + "\n")
    [doc] = read_paths([path])
    assert doc.id not in (".", "..")
