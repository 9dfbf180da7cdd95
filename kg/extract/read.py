"""Read stage: a path, a text or a JSON line becomes a ``Document``.

Plain text (``.txt``: first line may be the title), HTML (``.html``/``.htm``: article
text and metadata extracted with trafilatura, page chrome left behind), JSON Lines
(``.jsonl``/``.json``: ``id, title, date, source, url, lang, text``) and folders of
these. Documents are read as they are needed (``iter_documents``): one file at a time, JSON
Lines one line at a time, so the memory an input costs does not grow with its size.

- a file that cannot be read (missing, empty, binary, badly encoded) is refused whole; ``check_paths``
  finds such files before any record is read, so a caller can refuse a bad input before it stores anything;
- a record that cannot be read (a malformed JSON line, a bad field, an id an earlier record
  already took) is handed to ``on_skip`` as a coded ``ReadError`` naming its line and left
  out, so one bad line does not cost the good ones; without ``on_skip`` it is raised (``--strict``).

The first record with an id wins: a later one with the same id, or with an id that cleans
to the same (``a/b`` and ``a b`` are both ``a-b``), is left out (E110).
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import io
import itertools
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator, TextIO

from kg.errors import ReadError
from kg.model import Document

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".json", ".ndjson"}
META_FIELDS = ("title", "date", "source", "url", "lang")
_ID = re.compile(r"^(?!\.\.?$)[A-Za-z0-9._-]{1,200}$")  # "." and ".." would be dot segments of the document IRI
_HTML_SNIFF = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<article)", re.IGNORECASE)
# A byte-order mark names its encoding; UTF-32 first, since its little-endian mark begins with UTF-16's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF8, "UTF-8-sig"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)
# Characters no text may keep: NUL, and halves of surrogate pairs that JSON escapes can produce
# ("\ud800") but no UTF-8 encoder writes.
_UNWRITABLE = re.compile("[\x00\ud800-\udfff]")

Skip = Callable[[ReadError], None]
"""Takes a record that is left out, as the coded error that says why (``kg ingest`` prints it as a warning)."""


def content_id(text: str) -> str:
    """A stable id for text that came without one: the first 16 hex digits of its SHA-256."""
    return "sha-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def slug(name: str) -> str:
    """File names become ids: ``"Putin reset.txt" -> "Putin-reset"``."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_name).strip("-")[:200]
    return cleaned if _ID.match(cleaned) else "document"


def check_id(doc_id: str) -> str:
    if not _ID.match(doc_id):
        raise ReadError("E108", doc_id=doc_id)
    return doc_id


def normalise_text(text: str) -> str:
    """NFC, Unix newlines, no BOM, no NUL and no lone surrogate: the form every offset refers to."""
    text = _UNWRITABLE.sub(lambda m: "" if m.group() == "\x00" else "\ufffd", text)
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).lstrip("\ufeff")


def read_text(text: str, id: str | None = None, **meta: object) -> Document:
    """A document from a string. ``read_text("Putin praised Trump.").id`` is a content hash."""
    text = normalise_text(text)
    # a blank field is an absent one (a language of " " is no language)
    known = {k: normalise_text(str(meta[k])).strip() or None if meta.get(k) is not None else None for k in META_FIELDS}
    rest = {k: v for k, v in meta.items() if k not in META_FIELDS}
    return Document(id=check_id(id) if id else content_id(text), text=text, meta=rest, **known)


def read_html(html: str, id: str, where: str | None = None, **meta: object) -> Document:
    """The article in an HTML page: trafilatura keeps the main text, drops menus and comments.

    ``where`` names the page in errors (default: its id).
    """
    # imported here: most inputs have no HTML, and trafilatura's import costs a few tenths of a second
    import lxml.etree
    import lxml.html
    import trafilatura

    where = where or id
    # trafilatura's own parser stops 256 elements deep and silently drops the rest; this one
    # reads up to libxml2's hard limit (2,048) and says so when a page goes deeper. (huge_tree
    # also lifts libxml2's cap on one text node; the input is already in memory, whole.)
    parser = lxml.html.HTMLParser(
        encoding="utf-8", collect_ids=False, default_doctype=False, remove_comments=True, remove_pis=True, huge_tree=True
    )
    try:
        tree = lxml.html.fromstring(normalise_text(html).encode("utf-8"), parser=parser)
    except lxml.etree.ParserError:  # lxml's "Document is empty": nothing but markup
        raise ReadError("E102", path=where) from None
    limit = next((e.message for e in parser.error_log if e.type_name == "ERR_RESOURCE_LIMIT"), None)
    if limit is not None:
        raise ReadError("E113", path=where, reason=limit.split(",")[0])
    extracted = trafilatura.bare_extraction(
        tree, include_comments=False, include_tables=False, with_metadata=True, favor_precision=True
    )
    if extracted is None or not (extracted.text or "").strip():
        raise ReadError("E102", path=where)
    found = {"title": extracted.title, "date": extracted.date, "url": extracted.url, "source": extracted.sitename}
    merged = {k: v for k, v in found.items() if v} | {k: v for k, v in meta.items() if v}
    return read_text(extracted.text, id=id, **merged)


def decode(data: bytes, path: str) -> str:
    """The text of a file's bytes: UTF-8, or the UTF-16/32 its byte-order mark names.

    A NUL byte anywhere makes a UTF-8 file binary (in UTF-16 and UTF-32 NULs are ordinary).
    """
    encoding = _encoding(data)
    if encoding.startswith("UTF-8") and (nul := data.find(b"\x00")) >= 0:
        raise ReadError("E103", path=path, reason=f"a NUL byte at byte {nul}")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        if encoding.startswith("UTF-8"):
            raise ReadError("E104", path=path, offset=err.start) from None
        raise ReadError("E112", path=path, encoding=encoding, offset=err.start) from None
    if not normalise_text(text).strip():
        raise ReadError("E102", path=path)
    return text


def parse_json_line(line: str, path: str, lineno: int) -> Document:
    """One JSON Lines record: ``{"id", "text", "title", "date", "source", "url", "lang", ...}``."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise ReadError("E105", path=path, line=lineno, reason=err.msg) from None
    except (ValueError, RecursionError) as err:  # a number past Python's 4,300 digits; arrays nested past the stack
        reason = "nested too deeply" if isinstance(err, RecursionError) else str(err).split(";")[0]
        raise ReadError("E105", path=path, line=lineno, reason=reason) from None
    if not isinstance(record, dict):
        raise ReadError("E105", path=path, line=lineno, reason=f"found {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not normalise_text(text).strip():
        raise ReadError("E106", path=path, line=lineno)
    for key in ("id", *META_FIELDS):
        value = record.get(key)
        if value is not None and not isinstance(value, (str, int)):
            raise ReadError("E109", path=path, line=lineno, field=key, expected="a string", value=value)
    if record.get("date") not in (None, "") and not _is_date(str(record["date"])):
        raise ReadError("E109", path=path, line=lineno, field="date", expected="a date (YYYY-MM-DD)", value=record["date"])
    meta = {k: v for k, v in record.items() if k not in ("id", "text")}
    doc_id = str(record["id"]) if record.get("id") not in (None, "") else None
    if doc_id is not None and not _ID.match(doc_id):
        doc_id = slug(doc_id)
    if _HTML_SNIFF.match(text):
        known = {k: record[k] for k in META_FIELDS if k in record}
        return read_html(text, id=doc_id or content_id(text), where=f"{path}:{lineno}", **known)
    return read_text(text, id=doc_id, **meta)


def _is_date(value: str) -> bool:
    """Whether the store will take it as a date: its first ten characters are an ISO date (as ``kg.store.rdf`` reads it)."""
    try:
        dt.date.fromisoformat(value[:10])
    except ValueError:
        return False
    return True


def _encoding(head: bytes) -> str:
    """The encoding a file's first bytes name by their byte-order mark (UTF-8 without one)."""
    return next((name for bom, name in _BOMS if head.startswith(bom)), "UTF-8")


def _refuse(error: ReadError) -> None:
    raise error


Lines = Iterator[tuple[int, str]]
"""``(line number, text without its "\\n")`` of each line of a JSON Lines input, read as they are needed."""


def _numbered(text: str) -> Lines:
    # Lines end at "\n" only: str.splitlines would also break at U+2028 and other separators
    # that JSON strings may hold unescaped.
    return enumerate(text.split("\n"), start=1)


def _utf8_lines(stream: Iterable[bytes], path: str) -> Lines:
    """The lines of UTF-8 bytes (iterating a binary file splits at b"\\n" only), decoded one by one.

    The whole input is refused as ``decode`` refuses a file: a NUL byte (E103) or bytes that are
    not UTF-8 (E104) where the line is met, and no text at all (E102) at the end. Offsets are the
    same as ``decode`` gives for the whole file.
    """
    offset = bom = 0  # bytes before the line; bytes of the byte-order mark
    blank = True
    for lineno, raw in enumerate(stream, start=1):
        if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
            raw, offset, bom = raw[len(codecs.BOM_UTF8):], len(codecs.BOM_UTF8), len(codecs.BOM_UTF8)
        if (nul := raw.find(b"\x00")) >= 0:
            raise ReadError("E103", path=path, reason=f"a NUL byte at byte {offset + nul}")
        try:
            line = raw.removesuffix(b"\n").decode("utf-8")
        except UnicodeDecodeError as err:
            raise ReadError("E104", path=path, offset=offset - bom + err.start) from None
        offset += len(raw)
        # as decode's test of the whole text: normalise_text drops a leading U+FEFF at its start only
        blank = blank and not (normalise_text(line) if lineno == 1 else line).strip()
        yield lineno, line
    if blank:
        raise ReadError("E102", path=path)


def _jsonl_lines(path: Path) -> Lines:
    """The lines of a JSON Lines file, read from the open file as they are needed."""
    with path.open("rb") as file:
        head = file.read(4)
        file.seek(0)
        if _encoding(head).startswith("UTF-8"):
            yield from _utf8_lines(file, str(path))
        else:  # UTF-16 and UTF-32 JSON Lines are rare: decoded whole, then split
            yield from _numbered(decode(file.read(), str(path)))


Record = tuple[str, int, Document]
"""``(file, line, document)``: where a document came from (line 0: the whole file) and the document."""


def _json_records(lines: Lines, path: str, skip: Skip) -> Iterator[Record]:
    """A record per readable line; an unreadable line goes to ``skip``."""
    for lineno, line in lines:
        if not line.strip():
            continue
        try:
            yield path, lineno, parse_json_line(line, path, lineno)
        except ReadError as err:
            skip(err)


def _is_jsonl(path: Path, text: str) -> bool:
    """Whether a file with a suffix of no known kind is JSON Lines (sniffed: it starts with ``{``)."""
    return path.suffix.lower() not in TEXT_SUFFIXES | HTML_SUFFIXES and text.lstrip().startswith("{")


def _file_records(path: Path, skip: Skip) -> Iterator[Record]:
    """The documents in one file, chosen by its suffix (unknown suffixes are sniffed, the file read whole)."""
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from _json_records(_jsonl_lines(path), str(path), skip)
        return
    text = decode(path.read_bytes(), str(path))
    if _is_jsonl(path, text):
        yield from _json_records(_numbered(text), str(path), skip)
    elif path.suffix.lower() in HTML_SUFFIXES or _HTML_SNIFF.match(text):
        yield str(path), 0, read_html(text, id=slug(path.stem), where=str(path))
    else:
        yield str(path), 0, read_plain(text, slug(path.stem))


def read_plain(text: str, doc_id: str) -> Document:
    """Plain text; a short first line followed by a blank line is taken as the title."""
    head, sep, body = normalise_text(text).partition("\n\n")
    if sep and "\n" not in head.strip() and len(head) < 200 and body.strip():
        return read_text(body, id=doc_id, title=head.strip())
    return read_text(text, id=doc_id)


def _stdin_records(stream: TextIO, skip: Skip) -> Iterator[Record]:
    """JSON Lines (each with ``text``), read line by line, or, if the first character is not ``{``, one plain text."""
    raw: BinaryIO = stream.buffer if hasattr(stream, "buffer") else io.BytesIO(stream.read().encode("utf-8"))
    head: list[bytes] = []  # the lines up to the first that is not blank: they say which it is
    for line in raw:
        head.append(line)
        if line.decode("utf-8", "replace").strip():
            break
    first = b"".join(head)
    # a byte-order mark holds no b"\n", so the first line holds all of it
    if _encoding(first).startswith("UTF-8") and first.decode("utf-8-sig", "replace").lstrip().startswith("{"):
        yield from _json_records(_utf8_lines(itertools.chain(head, raw), "<stdin>"), "<stdin>", skip)
        return
    text = decode(first + raw.read(), "<stdin>")
    if text.lstrip().startswith("{"):  # UTF-16 or UTF-32 JSON Lines, decoded whole
        yield from _json_records(_numbered(text), "<stdin>", skip)
    else:
        yield "<stdin>", 0, read_text(text)


def iter_documents(paths: Iterable[str | Path], on_skip: Skip | None = None) -> Iterator[Document]:
    """Every document under the given paths (``-`` is standard input), read as it is needed.

    A record that cannot be read, or whose id an earlier record took, goes to ``on_skip`` and is
    left out; without ``on_skip`` it is raised. A file that cannot be read is raised when the
    reading reaches it (``check_paths`` finds it before). Memory stays flat but for the ids taken
    so far (E110): about 150 bytes per document, some 75 MB for the half a million articles of a
    1 GB file.

    >>> next(iter_documents(["samples"])).id
    'erdogan-black-sea-talks'
    """
    skip = on_skip or _refuse
    files: dict[str, int] = {}  # file -> its number, for taken
    names: list[str] = []
    taken: dict[str, int] = {}  # id -> file number << 32 | line of the record that took it
    for file, line, document in _records(paths, skip):
        first = taken.get(document.id)
        if first is not None:
            skip(ReadError("E110", where=_where(file, line), doc_id=document.id, first=_where(names[first >> 32], first & 0xFFFFFFFF)))
            continue
        if file not in files:
            files[file] = len(names)
            names.append(file)
        taken[document.id] = files[file] << 32 | line
        yield document


def _where(file: str, line: int) -> str:
    return f"{file}:{line}" if line else file


def read_paths(paths: Iterable[str | Path], on_skip: Skip | None = None) -> list[Document]:
    """Every document under the given paths, as a list: what ``iter_documents`` yields, all checked before returning."""
    return list(iter_documents(paths, on_skip))


def check_paths(paths: Iterable[str | Path]) -> int | None:
    """Check every file under ``paths`` as a whole, without reading its records; how many records to expect.

    Raises what reading would raise for a file as a whole: a missing path (E101), a folder without
    files (E107), an empty, binary or badly encoded file (E102, E103, E104, E112). The records in
    them (JSON lines, HTML pages) are not parsed: a malformed line, or a page without article
    text, is met as the documents are read. The count is the lines with text of JSON Lines plus one
    per other file; ``None`` when ``-`` (standard input, which can be read only once) is among the paths.

    JSON Lines files are read line by line, so a file of any size is checked in steady memory.
    """
    total: int | None = 0
    for raw in paths:
        if str(raw) == "-":
            total = None
            continue
        for file in _paths_of(Path(raw)):
            if file.suffix.lower() in JSONL_SUFFIXES:
                count = sum(1 for _, line in _jsonl_lines(file) if line.strip())
            else:
                text = decode(file.read_bytes(), str(file))
                count = sum(1 for _, line in _numbered(text) if line.strip()) if _is_jsonl(file, text) else 1
            total = None if total is None else total + count
    return total


class Reading:
    """The documents under ``paths`` for a command that stores them: every file checked as a whole
    now, the records read as they are needed, and an error met on the way kept for the end.

    An error ends the documents instead of breaking off the batch that holds them, so everything
    read before it is extracted and stored; ``finish`` then raises it.

    >>> reading = Reading(["samples"])    # a missing path or an unreadable file is raised here
    >>> report = ingest(store, reading)   # doctest: +SKIP
    >>> reading.finish()                  # the record or file that stopped the reading, if one did
    """

    def __init__(self, paths: Iterable[str | Path], on_skip: Skip | None = None) -> None:
        self.paths = list(paths)
        self.total = check_paths(self.paths)
        """Records expected (for a progress bar), or ``None`` when standard input is read."""
        self.skipped = 0
        """Records left out so far, each handed to ``on_skip``."""
        self._on_skip = on_skip
        self._error: ReadError | None = None

    def __iter__(self) -> Iterator[Document]:
        try:
            yield from iter_documents(self.paths, self._skip if self._on_skip else None)
        except ReadError as err:
            self._error = err

    def _skip(self, error: ReadError) -> None:
        self.skipped += 1
        assert self._on_skip is not None, "_skip is handed on only with on_skip"
        self._on_skip(error)

    def finish(self) -> None:
        """Raise the error that ended the documents early, if one did."""
        if self._error is not None:
            raise self._error


def _records(paths: Iterable[str | Path], skip: Skip) -> Iterator[Record]:
    for raw in paths:
        if str(raw) == "-":
            yield from _stdin_records(sys.stdin, skip)
            continue
        for file in _paths_of(Path(raw)):
            yield from _file_records(file, skip)


def _paths_of(path: Path) -> list[Path]:
    """The files a path names: itself, or the files of the kinds we read below a folder."""
    if not path.exists():
        raise ReadError("E101", path=path)
    return _files(path) if path.is_dir() else [path]


def _files(folder: Path) -> list[Path]:
    files = sorted(
        p for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
        and not p.name.startswith(".")
    )
    if not files:
        raise ReadError("E107", path=folder)
    return files
