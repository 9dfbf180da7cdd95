"""kg watch: folders and RSS/Atom feeds followed pass after pass, against a real HTTP server on loopback.

The site is a copy of tests/data/feeds/ served by ``http.server`` in a thread, with an ETag per
file (a digest of its bytes) so conditional GETs answer 304; every request it answers is logged.
The store is a folder, or `oxigraph serve` on loopback written through its URL.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import queue
import shutil
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import DATA, OXIGRAPH, ROOT, free_port, graph, kg_command, oxigraph
from kg.errors import ReadError
from kg.extract.watch import PassReport, WatchState, Watcher, parse_sources, state_path
from kg.settings import Settings, store_location
from kg.store import from_settings

FEEDS = DATA / "feeds"
MEDIA_TYPES = {".xml": "application/xml", ".html": "text/html; charset=utf-8"}


class SiteHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        path = self.server.root / self.path.split("?")[0].lstrip("/")
        if not path.is_file():
            self._answer(404, b"not here")
            return
        body = path.read_bytes()
        tag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == tag:
            self._answer(304, b"", tag)
        else:
            self._answer(200, body, tag, MEDIA_TYPES.get(path.suffix, "application/octet-stream"))

    def _answer(self, status: int, body: bytes, tag: str | None = None, media: str = "text/plain") -> None:
        self.server.requests.append((self.path, status))
        self.send_response(status)
        if tag:
            self.send_header("ETag", tag)
        if status != 304:
            self.send_header("Content-Type", media)
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@dataclass
class Site:
    root: Path
    base: str
    requests: list[tuple[str, int]]

    def url(self, path: str) -> str:
        return f"{self.base}/{path}"


@pytest.fixture
def site(tmp_path):
    root = tmp_path / "site"
    shutil.copytree(FEEDS, root)
    server = ThreadingHTTPServer(("127.0.0.1", 0), SiteHandler)
    server.root, server.requests = root, []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Site(root, f"http://127.0.0.1:{server.server_address[1]}", server.requests)
    server.shutdown()
    server.server_close()


@contextlib.contextmanager
def watching(location: Path | str, pipeline, *sources: str):
    """A watcher over ``sources`` into the store at ``location`` (a folder or a URL), its state where `kg watch` keeps it."""
    store = from_settings(Settings(store=store_location("--store", str(location))), read_only=False, endpoint=False)
    watcher = Watcher(store, parse_sources(sources), WatchState.read(state_path(location)), pipeline)
    try:
        yield watcher
    finally:
        watcher.close()
        store.close()


def codes(report: PassReport) -> list[str]:
    return sorted(warning.split()[0] for warning in report.warnings)


def test_one_pass_ingests_the_items_of_an_rss_and_an_atom_feed_with_their_metadata(site, tmp_path, pipeline):
    with watching(tmp_path / "store", pipeline, site.url("rss.xml"), site.url("atom.xml")) as watcher:
        report = watcher.run_pass()
        rows = watcher.store.query(
            "PREFIX dct: <http://purl.org/dc/terms/> PREFIX kg: <https://w3id.org/newskg/ontology#> "
            "SELECT ?id ?title ?date ?lang ?publisher ?url ?text WHERE { GRAPH ?g { ?g dct:identifier ?id ; "
            "dct:title ?title ; dct:date ?date ; dct:language ?lang ; dct:publisher ?publisher ; dct:source ?url ; kg:text ?text } }"
        )
        found = {row["title"].value: row for row in rows}
    assert (report.documents, report.warnings) == (3, [])
    summit = found["Macron praises Scholz after the budget summit"]
    assert summit["id"].value.startswith("harbour-wire-2026-0411-")
    assert (summit["date"].value, summit["lang"].value, summit["publisher"].value) == ("2026-04-11", "en", "Harbour Wire")
    assert summit["url"].value == site.url("articles/budget-summit.html")  # the feed's relative link, resolved
    assert "brokering a late compromise" in summit["text"].value
    assert "morning briefing" not in summit["text"].value and "Subscribe" not in summit["text"].value
    migrants = found["Meloni sostiene la Tunisia sui migranti"]
    assert (migrants["date"].value, migrants["lang"].value) == ("2026-04-13", "it")  # the Atom feed's xml:lang


def test_a_second_pass_asks_with_the_validators_and_fetches_no_page(site, tmp_path, pipeline):
    with watching(tmp_path / "store", pipeline, site.url("rss.xml"), site.url("atom.xml")) as watcher:
        watcher.run_pass()
        site.requests.clear()
        report = watcher.run_pass(2)
    assert (report.documents, report.warnings) == (0, [])
    assert site.requests == [("/rss.xml", 304), ("/atom.xml", 304)]


def test_an_item_added_to_the_feed_is_ingested_on_the_next_pass(site, tmp_path, pipeline):
    with watching(tmp_path / "store", pipeline, site.url("rss.xml")) as watcher:
        watcher.run_pass()
        shutil.copy(site.root / "rss-next.xml", site.root / "rss.xml")
        site.requests.clear()
        report = watcher.run_pass(2)
        stored = watcher.store.documents()
    assert report.documents == 1 and len(stored) == 3
    assert site.requests == [("/rss.xml", 200), ("/articles/patrol-plan.html", 200)]  # the known items are not fetched


def test_a_page_that_fails_is_a_warning_and_is_fetched_again_though_the_feed_is_unchanged(site, tmp_path, pipeline):
    with watching(tmp_path / "store", pipeline, site.url("partial.xml")) as watcher:
        first = watcher.run_pass()
        shutil.copy(site.root / "articles" / "drilling-survey.html", site.root / "articles" / "late-story.html")
        site.requests.clear()
        second = watcher.run_pass(2)
    assert (first.documents, codes(first)) == (1, ["E120"])
    assert site.url("articles/late-story.html") in first.warnings[0]
    assert (second.documents, second.warnings) == (1, [])
    # the first reading was incomplete, so it kept no ETag: the whole feed is read again
    assert site.requests == [("/partial.xml", 200), ("/articles/late-story.html", 200)]


def test_missing_unreachable_and_malformed_feeds_are_coded_warnings_and_the_other_sources_go_through(site, tmp_path, pipeline):
    closed = f"http://127.0.0.1:{free_port()}/feed.xml"  # nothing listens there
    sources = (site.url("nothing.xml"), closed, site.url("broken.xml"), site.url("articles/budget-summit.html"), site.url("rss.xml"))
    with watching(tmp_path / "store", pipeline, *sources) as watcher:
        report = watcher.run_pass()
        state = watcher.state.seen
    assert codes(report) == ["E120", "E120", "E121", "E121"]
    assert report.documents == 2
    assert list(state) == [site.url("rss.xml")]  # the failed feeds keep no validators: read again next pass


def test_a_document_removed_from_the_store_is_fetched_again_though_the_feed_is_unchanged(site, tmp_path, pipeline):
    with watching(tmp_path / "store", pipeline, site.url("rss.xml")) as watcher:
        watcher.run_pass()
        removed = watcher.store.documents()[0]
        watcher.store.remove_document(removed)
        site.requests.clear()
        report = watcher.run_pass(2)
        stored = watcher.store.documents()
    assert report.documents == 1 and removed in stored
    assert [status for _, status in site.requests] == [200, 200]  # the feed without validators, then the one page


def test_a_folder_watch_ingests_new_and_changed_files_only(tmp_path, pipeline):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "summit.txt").write_text("Summit\n\nEmmanuel Macron praised Olaf Scholz in Brussels.\n", encoding="utf-8")
    with watching(tmp_path / "store", pipeline, str(folder)) as watcher:
        first = watcher.run_pass()
        idle = watcher.run_pass(2)
        shutil.copy(FEEDS / "articles" / "drilling-survey.html", folder / "drilling.html")
        (folder / "empty.txt").write_text("  \n", encoding="utf-8")
        added = watcher.run_pass(3)
        (folder / "summit.txt").write_text("Summit\n\nEmmanuel Macron criticized Olaf Scholz in Brussels.\n", encoding="utf-8")
        changed = watcher.run_pass(4)
        stored = watcher.store.documents()
    assert (first.documents, idle.documents, idle.unchanged) == (1, 0, 0)  # an unchanged file is not even read
    assert (added.documents, codes(added)) == (1, ["E102"])
    assert (changed.documents, changed.warnings) == (1, [])  # the empty file warns once, until it changes
    assert stored == ["drilling", "summit"]


def test_sources_that_are_neither_paths_nor_urls_and_an_unreadable_state_are_refused(tmp_path):
    with pytest.raises(ReadError) as refused:
        parse_sources(["ftp://news.example/feed.xml"])
    assert refused.value.code == "E122"
    (tmp_path / "store.watch.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ReadError) as unreadable:
        WatchState.read(state_path(tmp_path / "store"))
    assert unreadable.value.code == "E123"
    # a state file named with --state is read before anything else is done
    done = kg_command("watch", str(DATA / "feeds"), "--once", "--store", str(tmp_path / "other"), "--state", str(tmp_path / "store.watch.json"))
    assert done.returncode == 1 and done.stderr.startswith(f"kg: E123 The watch state {tmp_path / 'store.watch.json'} cannot be read")
    assert not (tmp_path / "other").exists()


def test_the_state_of_a_url_store_is_kept_in_the_users_cache_under_a_name_made_from_the_url(tmp_path, monkeypatch):
    import doctest

    from kg.extract import watch

    assert doctest.testmod(watch).failed == 0
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    kept = state_path("http://127.0.0.1:7878/query")
    assert kept.parent == tmp_path / "cache" / "kg" / "watch" and kept == state_path("http://127.0.0.1:7878/query")
    assert kept != state_path("http://127.0.0.1:7879/query")
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # not absolute: ignored, as the XDG convention says
    assert state_path("http://127.0.0.1:7878/query").parent == Path.home() / ".cache" / "kg" / "watch"


@pytest.mark.skipif(not OXIGRAPH.exists(), reason="the oxigraph test dependency ships no `oxigraph` server here")
def test_a_watch_through_a_url_stores_what_a_watch_of_a_folder_stores_and_a_new_watcher_fetches_nothing_again(site, tmp_path, pipeline, monkeypatch):
    feeds = site.url("rss.xml"), site.url("atom.xml")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # kg watch, run below, inherits it
    with watching(tmp_path / "store", pipeline, *feeds) as watcher:
        watcher.run_pass()
    with oxigraph(tmp_path / "oxigraph") as url:
        first = kg_command("watch", *feeds, "--once", "--store", url, timeout=120)
        assert first.returncode == 0, first.stderr
        assert "pass 1: 3 documents ingested" in first.stdout
        assert list((tmp_path / "cache" / "kg" / "watch").iterdir()) == [state_path(url)]
        site.requests.clear()
        with watching(url, pipeline, *feeds) as watcher:
            second = watcher.run_pass()
        assert (second.documents, second.warnings) == (0, [])
        assert site.requests == [("/rss.xml", 304), ("/atom.xml", 304)]
        assert graph(url) == graph(tmp_path / "store")


def test_a_restarted_watch_remembers_what_it_has_seen_and_stops_cleanly_on_sigterm(site, tmp_path):
    store = tmp_path / "store"
    first = kg_command("watch", site.url("rss.xml"), "--once", "--store", str(store), timeout=120)
    assert first.returncode == 0, first.stderr
    assert "pass 1: 2 documents ingested" in first.stdout
    assert json.loads((tmp_path / "store.watch.json").read_text())["sources"][site.url("rss.xml")]["mark"][0]
    site.requests.clear()
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "watch", site.url("rss.xml"), "--interval", "1", "--store", str(store)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stdout], daemon=True).start()
    try:
        second = lines.get(timeout=60)
        assert second.startswith("pass 1: 0 documents ingested"), second
        assert lines.get(timeout=30).startswith("pass 2: 0 documents ingested")  # still following, one second later
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0, process.stderr.read()
    finally:
        process.kill()
    assert set(site.requests) == {("/rss.xml", 304)}


def test_item_ids_are_readable_stable_and_kept_apart():
    import doctest

    from kg.extract import feeds

    assert doctest.testmod(feeds).failed == 0
    one, again = feeds.item_id("https://a.example/2026/summit.html"), feeds.item_id("https://a.example/2026/summit.html")
    other = feeds.item_id("https://b.example/2026/summit.html")
    assert one == again and one.startswith("summit-") and other.startswith("summit-") and one != other
