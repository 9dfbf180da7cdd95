"""Following sources: folders and RSS/Atom feeds, read in passes, what is new ingested.

``kg watch`` makes a pass over its sources every ``interval`` seconds (``--once``: one pass). A
folder (or a single file) gives the files that are new or changed since its last reading, by size
and modification time; a feed gives the items not stored yet (``kg.extract.feeds``). Each source's
documents go through ``kg.store.ingest.ingest``, as ``kg ingest``'s do. A source or an item that
fails (unreachable, not a feed, a page without article text) is a coded warning and is read again
on the next pass; the other sources go on. A stop (``stop`` set: Ctrl-C, SIGTERM) ends the pass
between two items, with everything read so far stored.

What has been seen is remembered in one place, the store, which the watcher uses only through the
``Store`` protocol: a folder and a SPARQL endpoint alike. A feed item whose document id is stored
is not fetched again; a file whose text is stored unchanged is not written again (``ingest`` skips
it). A JSON file on this machine (``state_path``: beside a store folder, in the user's cache for an
endpoint) only saves work: per source, what recognises it unchanged (a feed's ETag and
Last-Modified for a conditional GET, a file's size and modification time) and the document ids it
gave. It is trusted only as far as the store agrees: a source that gave an id the store no longer
holds is read again in full, so deleting the file, or the store, never loses an item. (A named
graph in the store could hold the same, but these are facts about fetching on one machine, not
about the news: they would show up in every export and count.)
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import signal
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator
from urllib.parse import urlsplit

import httpx

from kg.errors import ReadError, ValidationError
from kg.extract.feeds import Validators, fetch_feed, fetch_item, new_client
from kg.extract.pipeline import Pipeline
from kg.extract.read import HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES, read_paths, slug
from kg.model import Document
from kg.settings import is_url
from kg.store.ingest import ingest
from kg.store.protocol import Store

READABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


@dataclass(frozen=True)
class Source:
    """A folder or file to follow (``location`` an absolute path) or a feed (``location`` its URL)."""

    kind: str  # "path" or "feed"
    location: str


def parse_sources(arguments: Iterable[str]) -> list[Source]:
    """Sources from the command line; E122 for one that is neither an existing path nor an http(s) URL."""
    sources = []
    for argument in arguments:
        if urlsplit(argument).scheme in ("http", "https"):
            sources.append(Source("feed", argument))
        elif Path(argument).exists():
            sources.append(Source("path", str(Path(argument).resolve())))
        else:
            raise ReadError("E122", source=argument)
    return sources


@dataclass(frozen=True)
class Seen:
    """A source at its last complete reading: what recognises it unchanged, and the ids it gave."""

    mark: tuple[str | int | None, ...]  # (ETag, Last-Modified) of a feed; (size, mtime in ns) of a file
    ids: tuple[str, ...]


def state_path(store: Path | str) -> Path:
    """Where the watch state of a store is kept by default: beside a folder, and for an endpoint's URL in
    this user's cache, under a name made from the URL (stable, so a restarted watch finds it).

    >>> state_path(Path("/srv/data/store"))
    PosixPath('/srv/data/store.watch.json')
    >>> state_path("http://127.0.0.1:7878/query").name
    '127.0.0.1-7878-query-1d2c9731ceec.watch.json'
    """
    if not is_url(store):
        folder = Path(store).resolve()
        return folder.with_name(folder.name + ".watch.json")
    parts = urlsplit(str(store))
    digest = hashlib.sha256(str(store).encode("utf-8")).hexdigest()[:12]
    # the XDG base directory convention, which allows only an absolute XDG_CACHE_HOME
    cache = os.environ.get("XDG_CACHE_HOME", "")
    folder = Path(cache) if os.path.isabs(cache) else Path.home() / ".cache"
    return folder / "kg" / "watch" / f"{slug(parts.netloc + parts.path)[:80]}-{digest}.watch.json"


class WatchState:
    """The ``Seen`` of every source, kept in the JSON file ``path``."""

    def __init__(self, path: Path, seen: dict[str, Seen] | None = None) -> None:
        self.path = path
        self.seen = seen or {}

    @classmethod
    def read(cls, path: Path) -> WatchState:
        """The state kept in ``path`` (none yet if there is no such file); E123 if it is unreadable."""
        if not path.exists():
            return cls(path)
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
            seen = {key: Seen(tuple(value["mark"]), tuple(value["ids"])) for key, value in record["sources"].items()}
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as err:
            raise ReadError("E123", path=path, reason=f"{type(err).__name__}: {err}") from None
        return cls(path, seen)

    def update(self, changes: dict[str, Seen | None]) -> None:
        """Record the sources read in full; forget those mapped to ``None``; write the file."""
        for key, seen in changes.items():
            if seen is None:
                self.seen.pop(key, None)
            else:
                self.seen[key] = seen
        record = {"sources": {key: {"mark": list(s.mark), "ids": list(s.ids)} for key, s in sorted(self.seen.items())}}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_name(self.path.name + ".partial")
        partial.write_text(json.dumps(record, indent=1), encoding="utf-8")
        os.replace(partial, self.path)  # whole or not at all, even if the process dies while writing


@dataclass
class PassReport:
    """What one pass over the sources did."""

    number: int
    documents: int = 0
    unchanged: int = 0
    relations: int = 0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"pass {self.number}: {self.documents} documents ingested ({self.unchanged} unchanged), "
            f"{self.relations} relations in {self.seconds:.1f} s, {len(self.warnings)} warnings"
        )


class Watcher:
    """Passes over ``sources`` into ``store``; ``stop`` ends a pass between items and the waiting between passes."""

    def __init__(
        self,
        store: Store,
        sources: list[Source],
        state: WatchState,
        pipeline: Pipeline | None = None,
        client: httpx.Client | None = None,
        stop: threading.Event | None = None,
    ) -> None:
        self.store = store
        self.sources = sources
        self.state = state
        self.pipeline = pipeline or Pipeline()
        self.client = client or new_client()
        self.stop = stop or threading.Event()

    def close(self) -> None:
        """Let go of the HTTP client (the store is the caller's to close)."""
        self.client.close()

    def run(self, interval: float, once: bool, on_pass: Callable[[PassReport], None]) -> None:
        """Pass after pass, ``interval`` seconds apart, until stopped (or after one pass if ``once``).

        Each source of each pass is one extraction: with a Dask cluster in the pipeline's settings, hold
        it around the passes with ``kg.extract.cluster.connected``, as ``kg watch`` does."""
        number = 0
        while not self.stop.is_set():
            number += 1
            on_pass(self.run_pass(number))
            if once or self.stop.wait(interval):
                return

    def run_pass(self, number: int = 1) -> PassReport:
        """One reading of every source, each ingested and its state recorded before the next."""
        report = PassReport(number)
        started = time.perf_counter()
        stored = set(self.store.documents())
        for source in self.sources:
            if self.stop.is_set():
                break
            changes: dict[str, Seen | None] = {}
            read = self._read_feed if source.kind == "feed" else self._read_path
            try:
                done = ingest(self.store, read(source.location, stored, changes, report.warnings), self.pipeline)
            except ValidationError as err:  # refused by the store: the source is read again next pass
                report.warnings.append(str(err))
                continue
            report.documents += done.documents
            report.unchanged += done.unchanged
            report.relations += done.relations
            report.warnings += done.warnings
            self.state.update(changes)  # only now: what ``changes`` describes is in the store
        report.seconds = time.perf_counter() - started
        return report

    def _read_feed(self, url: str, stored: set[str], changes: dict[str, Seen | None], warnings: list[str]) -> Iterator[Document]:
        seen = self.state.seen.get(url)
        trusted = seen is not None and set(seen.ids) <= stored
        try:
            answer = fetch_feed(self.client, url, Validators(*seen.mark) if trusted else Validators())
        except ReadError as err:
            warnings.append(str(err))
            return
        if not answer.changed:
            return
        complete = True
        for item in answer.items:
            if item.id in stored:
                continue
            if self.stop.is_set():
                complete = False
                break
            try:
                document = fetch_item(self.client, item)
            except ReadError as err:
                warnings.append(str(err))
                complete = False
                continue
            stored.add(item.id)  # the same item in a second feed is not fetched twice
            yield document
        # an incomplete reading keeps no validators: the next pass fetches the whole feed again
        mark = (answer.validators.etag, answer.validators.last_modified)
        changes[url] = Seen(mark, tuple(item.id for item in answer.items)) if complete else None

    def _read_path(self, root: str, stored: set[str], changes: dict[str, Seen | None], warnings: list[str]) -> Iterator[Document]:
        listed = set()
        for file in self._files(Path(root)):
            if self.stop.is_set():
                return
            key = str(file)
            listed.add(key)
            try:
                status = file.stat()
            except FileNotFoundError:  # deleted since it was listed
                continue
            mark = (status.st_size, status.st_mtime_ns)
            seen = self.state.seen.get(key)
            if seen is not None and seen.mark == mark and set(seen.ids) <= stored:
                continue
            # an unreadable file is remembered too: reading it again gives the same warning until it changes
            try:
                documents = read_paths([file], on_skip=lambda err: warnings.append(str(err)))
            except ReadError as err:
                warnings.append(str(err))
                documents = []
            yield from documents
            changes[key] = Seen(mark, tuple(document.id for document in documents))
        gone = [key for key in self.state.seen if _under(key, root) and key not in listed]
        changes.update(dict.fromkeys(gone))

    def _files(self, root: Path) -> list[Path]:
        """The files ``kg ingest`` would read under ``root`` (or ``root`` itself), the state file left out."""
        if root.is_file():
            return [root]
        return sorted(
            path for path in root.rglob("*")
            if path.is_file() and path.suffix.lower() in READABLE_SUFFIXES and not path.name.startswith(".")
            and path != self.state.path
        )


def _under(key: str, root: str) -> bool:
    return key == root or key.startswith(root.rstrip(os.sep) + os.sep)


@contextlib.contextmanager
def stop_on_signals() -> Iterator[threading.Event]:
    """An event that the first SIGINT or SIGTERM sets, so the watcher stops between items; a second
    Ctrl-C interrupts at once. The previous handlers are put back on exit."""
    stop = threading.Event()

    def handle(signum: int, frame: object) -> None:
        stop.set()
        signal.signal(signal.SIGINT, signal.default_int_handler)

    previous = {number: signal.signal(number, handle) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
