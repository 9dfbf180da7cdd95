"""Read stage: a path, a text or a JSON line becomes a ``Document``.

Plain text (``.txt``: first line may be the title), HTML (``.html``/``.htm``: article
text and metadata extracted with trafilatura, page chrome left behind), JSON Lines
(``.jsonl``/``.json``: ``id, title, date, source, url, lang, text``) and folders of
these. Every input is checked before anything is returned, so a bad file is refused
whole and nothing of it reaches the store.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Iterable, Iterator, TextIO

import trafilatura

from kg.errors import ReadError
from kg.model import Document

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".json", ".ndjson"}
META_FIELDS = ("title", "date", "source", "url", "lang")
_ID = re.compile(r"^[A-Za-z0-9._-]{1,200}$")
_HTML_SNIFF = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<article)", re.IGNORECASE)


def content_id(text: str) -> str:
    """A stable id for text that came without one: the first 16 hex digits of its SHA-256."""
    return "sha-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def slug(name: str) -> str:
    """File names become ids: ``"Putin reset.txt" -> "Putin-reset"``."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_name).strip("-")[:200] or "document"


def check_id(doc_id: str) -> str:
    if not _ID.match(doc_id):
        raise ReadError("E108", doc_id=doc_id)
    return doc_id


def normalise_text(text: str) -> str:
    """NFC, Unix newlines, no BOM: the form every offset refers to."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).lstrip("\ufeff")


def read_text(text: str, id: str | None = None, **meta: object) -> Document:
    """A document from a string. ``read_text("Putin praised Trump.").id`` is a content hash."""
    text = normalise_text(text)
    known = {k: (str(meta[k]) if meta.get(k) not in (None, "") else None) for k in META_FIELDS}
    rest = {k: v for k, v in meta.items() if k not in META_FIELDS}
    return Document(id=check_id(id) if id else content_id(text), text=text, meta=rest, **known)


def read_html(html: str, id: str, **meta: object) -> Document:
    """The article in an HTML page: trafilatura keeps the main text, drops menus and comments."""
    extracted = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True, favor_precision=True
    )
    if extracted is None or not (extracted.text or "").strip():
        raise ReadError("E102", path=id)
    found = {"title": extracted.title, "date": extracted.date, "url": extracted.url, "source": extracted.sitename}
    merged = {k: v for k, v in found.items() if v} | {k: v for k, v in meta.items() if v}
    return read_text(extracted.text, id=id, **merged)


def decode(data: bytes, path: str) -> str:
    if not data.strip():
        raise ReadError("E102", path=path)
    if b"\x00" in data[:8192]:
        raise ReadError("E103", path=path, reason="it contains NUL bytes")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ReadError("E104", path=path, offset=err.start) from None


def parse_json_line(line: str, path: str, lineno: int) -> Document:
    """One JSON Lines record: ``{"id", "text", "title", "date", "source", "url", "lang", ...}``."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise ReadError("E105", path=path, line=lineno, reason=err.msg) from None
    if not isinstance(record, dict):
        raise ReadError("E105", path=path, line=lineno, reason=f"found {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError("E106", path=path, line=lineno)
    for key in ("id", *META_FIELDS):
        value = record.get(key)
        if value is not None and not isinstance(value, (str, int)):
            raise ReadError("E109", path=path, line=lineno, field=key, expected="a string", value=value)
    meta = {k: v for k, v in record.items() if k not in ("id", "text")}
    doc_id = str(record["id"]) if record.get("id") not in (None, "") else None
    if doc_id is not None and not _ID.match(doc_id):
        doc_id = slug(doc_id)
    if _HTML_SNIFF.match(text):
        return read_html(text, id=doc_id or content_id(text), **meta)
    return read_text(text, id=doc_id, **meta)


def read_lines(lines: Iterable[str], path: str) -> list[Document]:
    return [
        parse_json_line(line, path, lineno)
        for lineno, line in enumerate(lines, start=1)
        if line.strip()
    ]


def read_file(path: Path) -> list[Document]:
    """The documents in one file, chosen by its suffix (unknown suffixes are sniffed)."""
    text = decode(path.read_bytes(), str(path))
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES or (suffix not in TEXT_SUFFIXES | HTML_SUFFIXES and text.lstrip().startswith("{")):
        return read_lines(text.splitlines(), str(path))
    if suffix in HTML_SUFFIXES or _HTML_SNIFF.match(text):
        return [read_html(text, id=slug(path.stem))]
    return [read_plain(text, slug(path.stem))]


def read_plain(text: str, doc_id: str) -> Document:
    """Plain text; a short first line followed by a blank line is taken as the title."""
    head, sep, body = normalise_text(text).partition("\n\n")
    if sep and "\n" not in head.strip() and len(head) < 200 and body.strip():
        return read_text(body, id=doc_id, title=head.strip())
    return read_text(text, id=doc_id)


def read_stdin(stream: TextIO) -> list[Document]:
    """JSON Lines (each with ``text``) or, if the first character is not ``{``, one plain text."""
    data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode("utf-8")
    text = decode(data, "<stdin>")
    if text.lstrip().startswith("{"):
        return read_lines(text.splitlines(), "<stdin>")
    return [read_text(text)]


def read_paths(paths: Iterable[str | Path]) -> list[Document]:
    """Every document under the given paths (``-`` is standard input), checked before returning."""
    documents: list[Document] = []
    for raw in paths:
        if str(raw) == "-":
            documents.extend(read_stdin(sys.stdin))
            continue
        path = Path(raw)
        if not path.exists():
            raise ReadError("E101", path=path)
        documents.extend(_read_tree(path) if path.is_dir() else read_file(path))
    return documents


def _read_tree(folder: Path) -> Iterator[Document]:
    files = sorted(
        p for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
        and not p.name.startswith(".")
    )
    if not files:
        raise ReadError("E107", path=folder)
    for path in files:
        yield from read_file(path)
