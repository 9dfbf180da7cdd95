"""`kg ingest --store http://…/query`: the graph written into `oxigraph serve` by SPARQL Update.

It is the graph the same corpus makes in a folder; ingesting again changes nothing; a run killed
half-way (SIGKILL, while a document's write is in flight) and run again leaves the graph of one
uninterrupted run; a write whose answer is lost is sent again and stored once. Graphs are compared
as all their quads, read back by `kg export --format nq`, without the ingestion times (each run
stamps its own). A relay between `kg` and Oxigraph (``Relay``) stops one chosen update, which makes
the kill land at the same write every time.
"""

from __future__ import annotations

import http.server
import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest

from kg.errors import StoreError
from kg.store.embedded import open_store
from kg.store.rdf import document_iri, to_quads
from kg.store.remote import RemoteStore
from tests.builders import reset_extraction
from tests.conftest import DATA, OXIGRAPH, ROOT, graph, kg_command, oxigraph

pytestmark = pytest.mark.skipif(not OXIGRAPH.exists(), reason="the oxigraph test dependency ships no `oxigraph` server here")

CORPUS = DATA / "remote" / "news.jsonl"
IDS = [json.loads(line)["id"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
ACTORS = "SELECT ?name WHERE { ?a a <https://w3id.org/newskg/ontology#Actor> ; <http://www.w3.org/2000/01/rdf-schema#label> ?name } ORDER BY ?name"


def ingested(location: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    done = kg_command("ingest", str(CORPUS), "--store", str(location), env={**os.environ, **(env or {})})
    assert done.returncode == 0, done.stderr
    return done


def counts(summary: str) -> str:
    """``kg ingest``'s report without its timing: "10 documents (0 unchanged, 0 skipped), 24 actors, …"."""
    return summary.splitlines()[0].split(" in ")[0]


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    """The corpus ingested into a store folder: the folder and the run."""
    store = tmp_path_factory.mktemp("folder") / "store"
    return store, ingested(store)


@pytest.fixture(scope="module")
def remote(tmp_path_factory) -> tuple[str, subprocess.CompletedProcess]:
    """The corpus ingested into `oxigraph serve` through its query URL: the URL and the run."""
    with oxigraph(tmp_path_factory.mktemp("oxigraph") / "store") as url:
        yield url, ingested(url)


@pytest.mark.slow
def test_a_corpus_ingested_through_the_url_is_the_corpus_ingested_into_a_folder(folder, remote):
    (store, by_folder), (url, by_url) = folder, remote
    assert counts(by_url.stdout) == counts(by_folder.stdout)
    assert counts(by_url.stdout).startswith(f"{len(IDS)} documents (0 unchanged")
    assert by_url.stdout.splitlines()[1] == by_folder.stdout.splitlines()[1].replace(str(store), url)
    quads = graph(store)
    assert len(quads) > 1000 and any(document_iri(IDS[-1]) in line for line in quads)
    assert graph(url) == quads


@pytest.mark.slow
def test_ingesting_the_corpus_again_through_the_url_parses_nothing_and_changes_nothing(folder, remote):
    url, _ = remote
    before = graph(url)
    # no English model can load: the run succeeds only if the stored hashes keep every document from the parser
    again = ingested(url, {"KG_ENGLISH_MODEL": "no_such_model"})
    assert counts(again.stdout).startswith(f"0 documents ({len(IDS)} unchanged")
    assert graph(url) == before


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [("stats",), ("query", ACTORS), ("query", ACTORS, "--format", "csv"), ("export", "--format", "csv"), ("actors", "--json")],
)
def test_reading_commands_answer_for_the_url_what_they_answer_for_the_folder(folder, remote, args):
    (store, _), (url, _) = folder, remote
    by_url, by_folder = kg_command(*args, "--store", url), kg_command(*args, "--store", str(store))
    assert by_url.returncode == by_folder.returncode == 0, by_url.stderr + by_folder.stderr
    assert by_url.stdout == by_folder.stdout


@pytest.mark.parametrize(
    "args",
    [("serve",), ("backup", "copy"), ("restore", "copy"), ("load", str(CORPUS))],
)
def test_commands_that_work_on_the_files_of_a_folder_refuse_a_url(args):
    done = kg_command(*args, "--store", "http://127.0.0.1:7878/query")
    assert done.returncode == 1
    assert done.stderr.startswith(f"kg: E808 `kg {args[0]}` works on a store folder") and done.stderr.count("\n") == 1


@pytest.mark.parametrize("variable", [True, False])
def test_a_store_that_is_neither_a_folder_nor_an_http_url_is_a_settings_error(variable):
    env = {**os.environ, "KG_STORE": "ftp://example.org/query"} if variable else None
    done = kg_command("stats", *(() if variable else ("--store", "ftp://example.org/query")), env=env)
    assert done.returncode == 1
    assert done.stderr.startswith(f"kg: E807 {'KG_STORE' if variable else '--store'}='ftp://example.org/query'")


# --- killed half-way ----------------------------------------------------------------------------


class Relay(http.server.ThreadingHTTPServer):
    """Passes requests on to Oxigraph, except update number ``stop``: Oxigraph gets it or not
    (``applied``), and its connection is closed with no answer — at once, or (``hold``) only at
    ``release``. ``held`` is set when it arrives, so a test can kill the writer right then."""

    daemon_threads = True

    def __init__(self, upstream: str, stop: int, applied: bool, hold: bool = True) -> None:
        super().__init__(("127.0.0.1", 0), RelayHandler)
        self.upstream, self.stop, self.applied, self.hold = upstream, stop, applied, hold
        self.updates = 0
        self.lock = threading.Lock()
        self.held, self.release = threading.Event(), threading.Event()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/query"


class RelayHandler(http.server.BaseHTTPRequestHandler):
    server: Relay

    def do_POST(self) -> None:
        relay = self.server
        body = self.rfile.read(int(self.headers["Content-Length"]))
        headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept", "authorization")}
        if self.path.startswith("/update"):
            with relay.lock:
                relay.updates += 1
                stopped = relay.updates == relay.stop
            if stopped:
                if relay.applied:
                    httpx.post(relay.upstream + self.path, content=body, headers=headers)
                relay.held.set()
                if relay.hold:
                    relay.release.wait()
                self.close_connection = True
                return  # no answer
        answer = httpx.post(relay.upstream + self.path, content=body, headers=headers, timeout=60)
        self.send_response(answer.status_code)
        self.send_header("Content-Type", answer.headers.get("content-type", "text/plain"))
        self.send_header("Content-Length", str(len(answer.content)))
        self.end_headers()
        self.wfile.write(answer.content)

    def log_message(self, *args: object) -> None:
        pass


@pytest.mark.slow
@pytest.mark.parametrize("applied", [False, True], ids=["killed-before-the-write", "killed-before-the-answer"])
def test_an_ingest_killed_half_way_and_run_again_leaves_the_graph_of_one_run(tmp_path, folder, applied):
    store, _ = folder
    passed = 4
    with oxigraph(tmp_path / "oxigraph") as url:
        relay = Relay(url.removesuffix("/query"), stop=passed + 1, applied=applied)
        threading.Thread(target=relay.serve_forever, daemon=True).start()
        try:
            writer = subprocess.Popen(
                [sys.executable, "-m", "kg.cli", "ingest", str(CORPUS), "--store", relay.url],
                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            )
            if not relay.held.wait(timeout=120):
                writer.kill()
                pytest.fail(f"the ingest never reached document {passed + 1}: {writer.communicate()}")
            writer.send_signal(signal.SIGKILL)
            assert writer.wait(timeout=10) == -signal.SIGKILL
        finally:
            relay.release.set()
            relay.shutdown()
            relay.server_close()

        written = passed + applied  # each document is one update: stored whole or not at all
        target = RemoteStore(url)
        assert target.documents() == sorted(IDS[:written])
        assert not target.graph_exists(document_iri(IDS[written]))
        target.close()

        resumed = ingested(url)
        assert counts(resumed.stdout).startswith(f"{len(IDS) - written} documents ({written} unchanged")
        assert graph(url) == graph(store)


def test_a_document_write_whose_answer_is_lost_is_sent_again_and_stored_once(tmp_path):
    with oxigraph(tmp_path / "oxigraph") as url:
        relay = Relay(url.removesuffix("/query"), stop=1, applied=True, hold=False)
        threading.Thread(target=relay.serve_forever, daemon=True).start()
        remote, direct, local = RemoteStore(relay.url), RemoteStore(url), open_store(None)
        try:
            document = to_quads(reset_extraction())
            remote.put_document(document)
            local.put_document(document)
            assert relay.updates == 2  # applied, its answer lost, sent again
            assert sorted(direct.dump("nq").splitlines()) == sorted(local.dump("nq").splitlines())

            # a caller's own update might not be safe to apply twice: it is not sent again
            relay.stop = relay.updates + 1
            with pytest.raises(StoreError, match="E803"):
                remote.update(f"INSERT DATA {{ GRAPH <{document.graph}> {{ <urn:a> <urn:b> <urn:c> }} }}")
            assert relay.updates == 3
        finally:
            remote.close()
            direct.close()
            relay.shutdown()
            relay.server_close()
