"""Hostile SPARQL against a live `kg serve`: a generated corpus, and a client that sends texts too deep
for the engine in a loop. Each query is answered or refused within the time limit, the server lives
on, and no request of the clients beside it (bystanders) fails."""

from __future__ import annotations

import random
import shutil
import threading
import time
from collections import Counter

import httpx
import pytest

from tests.conftest import start_server
from tests.test_query import SHAPES

pytestmark = pytest.mark.slow

TIME_LIMIT = 2  # KG_QUERY_TIMEOUT of the server under test
# what a refusal may take past the time limit: the upload of a large body, a successor process starting
SLACK = 8
BYSTANDER_REQUESTS = [
    ("/sparql", {"query": "SELECT ?a ?evidence WHERE { ?a a kg:Assertion ; kg:evidence ?evidence } LIMIT 5"}),
    ("/sparql", {"query": "ASK { ?a a kg:Actor }"}),
    ("/stats", {}),
    ("/relations", {"limit": "5"}),
    ("/actors", {"q": "pu"}),
]
# each answer the corpus may get: 200, or a refusal with one of these codes
REFUSALS = {400: {"E501", "E503", "E505", "E506", "E508"}, 503: {"E502", "E718"}}
SOUP = ["{", "}", "(", ")", "[", "]", ".", ";", ",", "|", "/", "^", "*", "+", "?", "!", "&&", "||", "=", "<", "-",
        "SELECT", "WHERE", "OPTIONAL", "UNION", "MINUS", "FILTER", "BIND", "AS", "VALUES", "EXISTS", "NOT", "GRAPH",
        "ASK", "CONSTRUCT", "LIMIT", "ORDER", "BY", "STR(", "?s", "?p", "?o", "kg:Actor", "a", "<http://e/x>", '"t"', "1"]


def corpus(seed: int) -> list[tuple[str, str]]:
    """(kind, text) pairs, the same for the same seed: deep nesting and long chains of every shape
    (within the depth limit and far past it), huge literals, many unions, cross products, property
    paths over the whole graph, and token soup."""
    rng = random.Random(seed)
    texts = []
    for shape, make in SHAPES.items():
        for levels in (rng.randint(1, 60), rng.randint(60, 700), rng.randint(2_000, 12_000)):
            texts.append((f"{shape} ×{levels}", make(levels)))
    noise = "".join(rng.choice('{}()[].;,"\\\'<>#x \n') for _ in range(2_000_000))
    quoted = noise.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    texts += [
        ("a literal of 2 MB of brackets and quotes", f'ASK {{ ?s ?p "{quoted}" }}'),
        ("a long literal of 4 MB", 'SELECT * WHERE { ?s ?p ?o FILTER(CONTAINS(?o, "' + "x" * 4_000_000 + '")) } LIMIT 1'),
        ("a long literal never closed", 'ASK { ?s ?p "' + "{" * 1_000_000),
        ("a long comment", "ASK { ?s ?p ?o } # " + "{(" * 1_000_000),
        ("100,000 rows of values", "SELECT (COUNT(*) AS ?n) WHERE { VALUES ?x { " + " ".join(map(str, range(100_000))) + " } }"),
    ]
    for branches in (10, 300, 5_000):
        union = " UNION ".join(f"{{ ?s ?p ?o{i} }}" for i in range(branches))
        texts.append((f"{branches} unions", f"SELECT (COUNT(*) AS ?n) WHERE {{ {union} }}"))
    texts += [
        ("a counted cross product", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"),
        ("a cross product", "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"),
        ("a constructed cross product", "CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f }"),
        ("any path over the whole graph", "SELECT (COUNT(*) AS ?n) WHERE { ?s (<http://e/x>|!<http://e/x>)* ?o }"),
        ("a path of paths", "SELECT * WHERE { ?s ((!rdf:type)*/(^!rdf:type)+)* ?o } LIMIT 10"),
        ("escapes past Unicode", 'ASK { ?s ?p "\\UFFFFFFFF\\uD800" }'),
        ("an update", "DROP ALL"),
        ("a service", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"),
    ]
    for number in range(12):
        soup = " ".join(rng.choice(SOUP) for _ in range(rng.randint(5, 400)))
        texts.append((f"token soup {number}", rng.choice(["SELECT * WHERE { ", "ASK { ", ""]) + soup))
    return texts


class Bystanders:
    """Clients that keep sending ordinary requests, each on its own kept-alive connection, until stopped."""

    def __init__(self, base: str, clients: int = 3) -> None:
        self.base = base
        self.running = True
        self.failures: list[str] = []
        self.answered = 0
        self.threads = [threading.Thread(target=self._ask) for _ in range(clients)]

    def _ask(self) -> None:
        with httpx.Client(timeout=60) as client:
            while self.running:
                for path, params in BYSTANDER_REQUESTS:
                    try:
                        response = client.get(self.base + path, params=params)
                        assert response.status_code == 200, response.text[:200]
                        self.answered += 1
                    except (httpx.HTTPError, AssertionError) as err:
                        self.failures.append(f"{path}: {err!r}")

    def __enter__(self) -> Bystanders:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.running = False
        for thread in self.threads:
            thread.join()


@pytest.fixture
def hostile_target(tmp_path, sample_store_path):
    """`kg serve` with a short time limit over a copy of the sample store: (process, base URL)."""
    copy = tmp_path / "store"
    shutil.copytree(sample_store_path, copy)
    process, base = start_server(copy, {"KG_QUERY_TIMEOUT": str(TIME_LIMIT), "KG_SERVER_PROCESSES": "3"})
    yield process, base
    process.terminate()
    process.wait(timeout=30)


def post(client: httpx.Client, base: str, text: str) -> httpx.Response:
    return client.post(base + "/sparql", content=text.encode(), headers={"Content-Type": "application/sparql-query"})


def test_every_query_of_the_corpus_is_answered_or_refused_in_time_and_bystanders_never_fail(hostile_target):
    process, base = hostile_target
    outcomes: Counter[str] = Counter()
    late: list[str] = []
    with Bystanders(base) as bystanders, httpx.Client(timeout=TIME_LIMIT + SLACK + 30) as client:
        for kind, text in corpus(seed=15):
            started = time.monotonic()
            response = post(client, base, text)
            if time.monotonic() - started > TIME_LIMIT + SLACK:
                late.append(f"{kind}: {time.monotonic() - started:.1f} s")
            if response.status_code == 200:
                outcomes["answered"] += 1
                continue
            code = response.json()["error"]
            assert code in REFUSALS.get(response.status_code, ()), f"{kind}: {response.status_code} {response.text[:300]}"
            outcomes[code] += 1
    print(f"\nSPARQL fuzz corpus: {sum(outcomes.values())} queries: {dict(outcomes)}; bystanders: {bystanders.answered} answered")
    assert late == [] and bystanders.failures == []
    assert outcomes["answered"] >= 10 and outcomes["E508"] >= len(SHAPES) and outcomes["E502"] >= 1
    assert httpx.get(base + "/stats", timeout=10).status_code == 200
    process.terminate()
    process.wait(timeout=30)
    log = process.stderr.read()
    assert "ended (exit status" not in log and "Traceback" not in log, log[-2000:]  # retired, never crashed


def test_a_client_sending_texts_too_deep_for_the_engine_in_a_loop_fails_no_other_request(hostile_target):
    process, base = hostile_target
    deep = [text for kind, text in corpus(seed=15) if "×" in kind and int(kind.split("×")[1]) >= 2_000]
    refused = 0
    with Bystanders(base) as bystanders, httpx.Client(timeout=30) as client:
        stop_at = time.monotonic() + 5
        while time.monotonic() < stop_at:
            for text in deep:
                response = post(client, base, text)
                assert response.status_code == 400 and response.json()["error"] == "E508", response.text[:200]
                refused += 1
    assert bystanders.failures == [] and bystanders.answered >= 30 and refused >= len(deep)
    unknown = httpx.get(base + "/paths", params={"from": "nobody", "to": "russia"})
    assert unknown.status_code == 404 and unknown.json()["error"] == "E708"
    process.terminate()
    process.wait(timeout=30)
    log = process.stderr.read()
    assert "ended (exit status" not in log and "Traceback" not in log, log[-2000:]
