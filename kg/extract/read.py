"""Read stage: a path, a text or a JSON line becomes a ``Document``.

Plain text (``.txt``: first line may be the title), HTML (``.html``/``.htm``: article
text and metadata extracted with trafilatura, page chrome left behind), JSON Lines
(``.jsonl``/``.json``: ``id, title, date, source, url, lang, text``) and folders of
these. Every input is checked before anything is returned, so nothing of a bad input
reaches the store:

- a file that cannot be read (missing, empty, binary, badly encoded) is refused whole;
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
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Callable, Iterable, Iterator, TextIO

import lxml.etree
import lxml.html
import trafilatura

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
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), "UTF-8")
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


def _refuse(error: ReadError) -> None:
    raise error


def _json_records(text: str, path: str, skip: Skip) -> Iterator[tuple[str, Document]]:
    """``(where, document)`` per readable line; an unreadable line goes to ``skip``.

    Lines end at "\n" only: str.splitlines would also break at U+2028 and other separators
    that JSON strings may hold unescaped.
    """
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield f"{path}:{lineno}", parse_json_line(line, path, lineno)
        except ReadError as err:
            skip(err)


def _file_records(path: Path, skip: Skip) -> Iterator[tuple[str, Document]]:
    """The documents in one file, chosen by its suffix (unknown suffixes are sniffed)."""
    text = decode(path.read_bytes(), str(path))
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES or (suffix not in TEXT_SUFFIXES | HTML_SUFFIXES and text.lstrip().startswith("{")):
        yield from _json_records(text, str(path), skip)
    elif suffix in HTML_SUFFIXES or _HTML_SNIFF.match(text):
        yield str(path), read_html(text, id=slug(path.stem), where=str(path))
    else:
        yield str(path), read_plain(text, slug(path.stem))


def read_plain(text: str, doc_id: str) -> Document:
    """Plain text; a short first line followed by a blank line is taken as the title."""
    head, sep, body = normalise_text(text).partition("\n\n")
    if sep and "\n" not in head.strip() and len(head) < 200 and body.strip():
        return read_text(body, id=doc_id, title=head.strip())
    return read_text(text, id=doc_id)


def _stdin_records(stream: TextIO, skip: Skip) -> Iterator[tuple[str, Document]]:
    """JSON Lines (each with ``text``) or, if the first character is not ``{``, one plain text."""
    data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode("utf-8")
    text = decode(data, "<stdin>")
    if text.lstrip().startswith("{"):
        yield from _json_records(text, "<stdin>", skip)
    else:
        yield "<stdin>", read_text(text)


def read_paths(paths: Iterable[str | Path], on_skip: Skip | None = None) -> list[Document]:
    """Every document under the given paths (``-`` is standard input), checked before returning.

    A record that cannot be read, or whose id an earlier record took, goes to ``on_skip`` and is
    left out; without ``on_skip`` it is raised.
    """
    skip = on_skip or _refuse
    taken: dict[str, str] = {}  # id -> where the record that took it came from
    documents: list[Document] = []
    for where, document in _records(paths, skip):
        if document.id in taken:
            skip(ReadError("E110", where=where, doc_id=document.id, first=taken[document.id]))
            continue
        taken[document.id] = where
        documents.append(document)
    return documents


def _records(paths: Iterable[str | Path], skip: Skip) -> Iterator[tuple[str, Document]]:
    for raw in paths:
        if str(raw) == "-":
            yield from _stdin_records(sys.stdin, skip)
            continue
        path = Path(raw)
        if not path.exists():
            raise ReadError("E101", path=path)
        for file in _files(path) if path.is_dir() else [path]:
            yield from _file_records(file, skip)


def _files(folder: Path) -> list[Path]:
    files = sorted(
        p for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
        and not p.name.startswith(".")
    )
    if not files:
        raise ReadError("E107", path=folder)
    return files
