"""How fast is our SPARQL endpoint next to a bare Oxigraph server on the same data?

Generates a deterministic dataset shaped like our model (actors, documents with mentions,
assertions with qualifiers and evidence), loads it into a store for ``kg serve`` and into
``oxigraph serve`` (the ``oxigraph`` CLI from PyPI), both on free loopback ports, then
sends the same query mix to both at concurrency 1 and 8 and prints p50/p95 latency,
throughput and the ratio ours/Oxigraph. Target: our p50 within 1.3× of Oxigraph's.

Both servers are treated alike: both are warmed at both concurrencies first, every client
thread keeps one connection alive to either for the whole run (the report counts the
connections used), and the servers take turns round by round, so load from other processes
on the machine falls on both. On a shared machine, run it a few times and compare ratios.

    python bench/sparql.py                     # about one million triples
    python bench/sparql.py --triples 100000    # a quick run
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx
import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.store.rdf import DCT, PREFIXES, PROV, RDF, RDFS, SKOS, XSD  # noqa: E402
from kg.vocab import ACTOR, ACTORS_GRAPH, ASSERTION, DOC, KG, ONTOLOGY_GRAPH, vocabulary  # noqa: E402

TYPES = ("Person", "State", "Organization", "IntergovernmentalOrganization", "Media", "ThinkTank", "Group")
TRIPLES_PER_DOCUMENT = 100  # roughly: metadata, 5 mentions, 3 assertions (see document())
ONTOLOGY = ROOT / "ontologies" / "kg.ttl"
PREFIX_LINES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


# --- data --------------------------------------------------------------------------------------


def n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def typed(value: object, kind: str) -> ox.Literal:
    return ox.Literal(str(value), datatype=n(XSD + kind))


def actors(count: int) -> list[ox.Quad]:
    graph = n(ACTORS_GRAPH)
    quads = []
    for i in range(count):
        actor = n(f"{ACTOR}actor-{i}")
        quads += [
            ox.Quad(actor, n(RDF + "type"), n(KG + "Actor"), graph),
            ox.Quad(actor, n(RDF + "type"), n(KG + TYPES[i % len(TYPES)]), graph),
            ox.Quad(actor, n(SKOS + "prefLabel"), ox.Literal(f"Actor {i}", language="en"), graph),
            ox.Quad(actor, n(RDFS + "label"), ox.Literal(f"Actor {i}"), graph),
            ox.Quad(actor, n(SKOS + "altLabel"), ox.Literal(f"A{i}"), graph),
            ox.Quad(actor, n("http://www.w3.org/2002/07/owl#sameAs"), n(f"http://www.wikidata.org/entity/Q{1000 + i}"), graph),
        ]
    return quads


def document(index: int, rng: random.Random, actor_count: int, relations: list[str]) -> list[ox.Quad]:
    """One document graph: metadata, five mentions and three assertions (two asserted, one negated)."""
    doc = n(f"{DOC}doc-{index}")
    day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(900))
    date = typed(day.isoformat(), "date")
    quads = []
    add = lambda s, p, o: quads.append(ox.Quad(s, n(p), o, doc))  # noqa: E731
    add(doc, RDF + "type", n(KG + "Document"))
    add(doc, DCT + "identifier", ox.Literal(f"doc-{index}"))
    add(doc, DCT + "title", ox.Literal(f"Story number {index}"))
    add(doc, DCT + "date", date)
    add(doc, DCT + "publisher", ox.Literal(f"Outlet {index % 17}"))
    add(doc, DCT + "language", ox.Literal("en" if index % 4 else "it"))
    add(doc, KG + "sha256", ox.Literal(f"{index:064x}"))
    add(doc, KG + "text", ox.Literal(f"Text of story {index}. " * 20))
    add(doc, KG + "ingestedAt", typed("2025-06-01T00:00:00+00:00", "dateTime"))
    add(doc, PROV + "wasGeneratedBy", n(KG + "extractor"))
    cast = rng.sample(range(actor_count), 5)
    for position, who in enumerate(cast):
        actor = n(f"{ACTOR}actor-{who}")
        mention = n(f"{DOC}doc-{index}#mention-{position}")
        add(doc, KG + "mentions", actor)
        add(mention, RDF + "type", n(KG + "Mention"))
        add(mention, KG + "surface", ox.Literal(f"Actor {who}"))
        add(mention, KG + "actor", actor)
        add(mention, KG + "rule", ox.Literal("gazetteer"))
        add(mention, KG + "start", typed(position * 40, "integer"))
        add(mention, KG + "inDocument", doc)
    for k in range(3):
        subject, obj = (n(f"{ACTOR}actor-{who}") for who in rng.sample(cast, 2))
        relation = relations[rng.randrange(len(relations))]
        negated = k == 2
        node = n(f"{ASSERTION}doc-{index}/{k}")
        add(node, RDF + "type", n(KG + "Assertion"))
        add(node, RDF + "subject", subject)
        add(node, RDF + "predicate", n(KG + relation))
        add(node, RDF + "object", obj)
        add(node, KG + "negated", typed("true" if negated else "false", "boolean"))
        add(node, KG + "modality", ox.Literal("asserted"))
        add(node, KG + "confidence", typed(f"0.{rng.randrange(50, 99)}", "decimal"))
        add(node, KG + "evidence", ox.Literal(f"Sentence {k} of story {index} where the relation {relation} is stated."))
        add(node, KG + "evidenceStart", typed(k * 100, "integer"))
        add(node, KG + "evidenceEnd", typed(k * 100 + 80, "integer"))
        add(node, KG + "predicateText", ox.Literal(relation))
        add(node, KG + "rule", ox.Literal("lexicon"))
        add(node, DCT + "date", date)
        add(node, PROV + "wasDerivedFrom", doc)
        if k == 1:
            add(node, KG + "attributedTo", n(f"{ACTOR}actor-{cast[4]}"))
        if not negated:
            add(subject, KG + relation, obj)
    return quads


def generate(triples: int, target: Path) -> tuple[int, int]:
    """Write the dataset as N-Quads; returns (documents, actors)."""
    rng = random.Random(20250601)
    documents = max(10, triples // TRIPLES_PER_DOCUMENT)
    actor_count = max(20, documents // 5)
    relations = sorted(vocabulary())
    with target.open("wb") as out:
        ox.serialize(actors(actor_count), out, format=ox.RdfFormat.N_QUADS)
        for index in range(documents):
            ox.serialize(document(index, rng, actor_count, relations), out, format=ox.RdfFormat.N_QUADS)
    return documents, actor_count


# --- the query mix ------------------------------------------------------------------------------


def query_mix(documents: int, actor_count: int) -> list[tuple[str, callable]]:
    """(name, round → query) pairs; parameters change every round so no answer is cached."""
    actor = lambda r: f"actor:actor-{(r * 7919) % actor_count}"  # noqa: E731
    return [
        ("actor by label", lambda r: f'SELECT ?a WHERE {{ ?a skos:prefLabel "Actor {(r * 31) % actor_count}"@en }}'),
        ("relations of an actor", lambda r: f"""SELECT ?relation ?object ?evidence ?date WHERE {{
            ?a rdf:subject {actor(r)} ; rdf:predicate ?relation ; rdf:object ?object ; kg:evidence ?evidence ; dcterms:date ?date .
          }} ORDER BY DESC(?date) LIMIT 50"""),
        ("actor timeline", lambda r: f"""SELECT ?date (COUNT(?a) AS ?n) WHERE {{
            {{ ?a rdf:subject {actor(r)} }} UNION {{ ?a rdf:object {actor(r)} }} ?a dcterms:date ?date .
          }} GROUP BY ?date ORDER BY ?date"""),
        ("document with mentions", lambda r: f"""SELECT ?title ?date ?name WHERE {{
            doc:doc-{(r * 104729) % documents} dcterms:title ?title ; dcterms:date ?date ; kg:mentions ?who .
            ?who skos:prefLabel ?name . }}"""),
        ("negated claims in a month", lambda r: f"""SELECT ?s ?p ?o ?evidence WHERE {{
            ?a kg:negated true ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:evidence ?evidence ; dcterms:date ?date .
            FILTER(?date >= "2024-{1 + r % 12:02d}-01"^^xsd:date && ?date < "2024-{1 + r % 12:02d}-08"^^xsd:date) }} LIMIT 100"""),
        ("ask for a direct relation", lambda r: f"ASK {{ {actor(r)} ?p {actor(r + 1)} }}"),
        ("describe an actor", lambda r: f"CONSTRUCT {{ {actor(r)} ?p ?o }} WHERE {{ {actor(r)} ?p ?o }}"),
        ("co-mentioned actors", lambda r: f"""SELECT ?other (COUNT(?d) AS ?n) WHERE {{
            ?d kg:mentions {actor(r)}, ?other . FILTER(?other != {actor(r)}) }} GROUP BY ?other ORDER BY DESC(?n) LIMIT 20"""),
        ("attributed claims", lambda r: f"""SELECT ?s ?p ?o WHERE {{
            ?a kg:attributedTo {actor(r)} ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }} LIMIT 50"""),
        ("relations between types", lambda r: f"""SELECT ?p (COUNT(*) AS ?n) WHERE {{
            ?s ?p ?o . ?s a kg:{TYPES[r % len(TYPES)]} . ?o a kg:State . ?p rdfs:subPropertyOf ?group }} GROUP BY ?p"""),
    ]


# --- servers -----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server exited: {process.args}")
        try:
            if httpx.get(url, params={"query": "ASK {}"}, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.3)
    raise SystemExit(f"server did not start: {process.args}")


@dataclass(frozen=True)
class Figures:
    server: str
    concurrency: int
    requests: int
    p50_ms: float
    p95_ms: float
    throughput: float  # requests per second
    connections: int  # TCP connections the clients used: the concurrency, when connections are kept alive


@dataclass(frozen=True)
class Run:
    latencies: list[tuple[str, float]]  # (query name, seconds)
    wall: float  # seconds for the whole mix
    sizes: dict[str, int]  # bytes of each answer, by "name#index"
    ports: set[int]  # client ports of the TCP connections used (one per client when keep-alive works)


def clients(concurrency: int) -> list[httpx.Client]:
    """One client per thread, each keeping its connection alive from one part of the mix to the next."""
    return [httpx.Client(timeout=120, headers={"Accept": "application/sparql-results+json, application/n-triples"})
            for _ in range(concurrency)]


def run_mix(url: str, queries: list[tuple[str, str]], pool: list[httpx.Client]) -> Run:
    """Send every query once, from one thread per client in ``pool``."""
    latencies: list[tuple[str, float]] = []
    sizes: dict[str, int] = {}
    ports: set[int] = set()
    lock = threading.Lock()
    cursor = iter(range(len(queries)))

    def client(http: httpx.Client) -> None:
        while True:
            with lock:
                index = next(cursor, None)
            if index is None:
                return
            name, query = queries[index]
            started = time.perf_counter()
            response = http.post(url, content=query.encode("utf-8"), headers={"Content-Type": "application/sparql-query"})
            elapsed = time.perf_counter() - started
            if response.status_code != 200:
                raise SystemExit(f"{url} answered {response.status_code} to {name}: {response.text[:300]}")
            with lock:
                latencies.append((name, elapsed))
                sizes[f"{name}#{index}"] = len(response.content)
                ports.add(response.extensions["network_stream"].get_extra_info("client_addr")[1])

    threads = [threading.Thread(target=client, args=(http,)) for http in pool]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return Run(latencies, time.perf_counter() - started, sizes, ports)


def alternate(servers: dict[str, str], queries: list[tuple[str, str]], concurrency: int, blocks: int) -> dict[str, Run]:
    """Send ``queries`` to every server in ``blocks`` parts, taking turns (AB, BA, AB …), so a change in
    the load of a shared machine falls on both servers alike; one merged ``Run`` per server."""
    size = -(-len(queries) // blocks)
    parts: dict[str, list[Run]] = {name: [] for name in servers}
    pools = {name: clients(concurrency) for name in servers}
    for block, start in enumerate(range(0, len(queries), size)):
        order = list(servers.items()) if block % 2 == 0 else list(servers.items())[::-1]
        for name, url in order:
            parts[name].append(run_mix(url, queries[start : start + size], pools[name]))
    for pool in pools.values():
        for http in pool:
            http.close()
    return {
        name: Run(
            latencies=[item for run in runs for item in run.latencies],
            wall=sum(run.wall for run in runs),
            sizes={f"{block}/{key}": size for block, run in enumerate(runs) for key, size in run.sizes.items()},
            ports=set().union(*(run.ports for run in runs)),
        )
        for name, runs in parts.items()
    }


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="Approximate dataset size.")
    parser.add_argument("--rounds", type=int, default=20, help="Times the query mix is sent at each concurrency.")
    parser.add_argument("--blocks", type=int, help="Parts of the mix the servers take turns on, at each concurrency "
                        "(default: one per round, so a burst of load from elsewhere falls on both servers alike).")
    parser.add_argument("--workers", type=int, help="Query processes for kg serve (default: its own default).")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results", help="Folder for the JSON report.")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="kg-bench-sparql-"))
    processes: list[subprocess.Popen] = []
    try:
        data = work / "data.nq"
        started = time.perf_counter()
        documents, actor_count = generate(args.triples, data)
        print(f"generated {data.stat().st_size / 1e6:.0f} MB of N-Quads ({documents} documents, {actor_count} actors) "
              f"in {time.perf_counter() - started:.0f} s", flush=True)
        ours, theirs = work / "ours", work / "oxigraph"
        started = time.perf_counter()
        store = ox.Store(str(ours))
        store.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
        store.load(path=str(ONTOLOGY), format=ox.RdfFormat.TURTLE, to_graph=n(ONTOLOGY_GRAPH))
        triples = len(store)
        store.flush()
        del store
        oxigraph = str(Path(sys.executable).with_name("oxigraph"))
        subprocess.run([oxigraph, "load", "--location", str(theirs), "--file", str(data)], check=True, capture_output=True)
        subprocess.run([oxigraph, "load", "--location", str(theirs), "--file", str(ONTOLOGY), "--graph", ONTOLOGY_GRAPH],
                       check=True, capture_output=True)
        print(f"loaded {triples} triples into both stores in {time.perf_counter() - started:.0f} s", flush=True)

        our_port, their_port = free_port(), free_port()
        env = {**os.environ, "KG_QUERY_TIMEOUT": "60", **({"KG_SERVER_PROCESSES": str(args.workers)} if args.workers else {})}
        processes.append(subprocess.Popen(
            [sys.executable, "-m", "kg.cli", "serve", "--store", str(ours), "--port", str(our_port)],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        processes.append(subprocess.Popen(
            [oxigraph, "serve", "--location", str(theirs),
             "--bind", f"127.0.0.1:{their_port}", "--union-default-graph", "--timeout-s", "60"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        servers = {"kg": f"http://127.0.0.1:{our_port}/sparql", "oxigraph": f"http://127.0.0.1:{their_port}/query"}
        for url, process in zip(servers.values(), processes):
            wait_until_up(url, process)

        mix = query_mix(documents, actor_count)
        rounds = [(name, PREFIX_LINES + make(r)) for r in range(args.rounds) for name, make in mix]
        warm = [(name, PREFIX_LINES + make(10_000 + r)) for r in range(2) for name, make in mix]
        figures: list[Figures] = []
        # both servers warm at both concurrencies: caches filled, every query process or thread started
        for name, url in servers.items():
            for concurrency in (1, 8):
                pool = clients(concurrency)
                run_mix(url, warm, pool)
                for http in pool:
                    http.close()
        sizes = {}
        per_query: dict[str, dict[str, float]] = {}
        for concurrency in (1, 8):
            for name, run in alternate(servers, rounds, concurrency, args.blocks or args.rounds).items():
                sizes[name] = run.sizes
                latencies = [t for _, t in run.latencies]
                figures.append(Figures(name, concurrency, len(latencies), percentile(latencies, 0.5) * 1000,
                                       percentile(latencies, 0.95) * 1000, len(latencies) / run.wall, len(run.ports)))
                if concurrency == 1:
                    for query in dict.fromkeys(q for q, _ in run.latencies):
                        per_query.setdefault(query, {})[name] = statistics.median(t for q, t in run.latencies if q == query) * 1000
        different = [k for k in sizes["kg"] if abs(sizes["kg"][k] - sizes["oxigraph"][k]) > 0.2 * max(sizes["oxigraph"][k], 200)]
        report(figures, per_query, triples, different)
        args.out.mkdir(parents=True, exist_ok=True)
        target = args.out / f"sparql-{triples}.json"
        target.write_text(json.dumps(
            {"triples": triples, "rounds": args.rounds, "figures": [asdict(f) for f in figures], "p50_ms_by_query": per_query}, indent=2))
        print(f"written {target}")
    finally:
        for process in processes:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(work, ignore_errors=True)


def report(figures: list[Figures], per_query: dict[str, dict[str, float]], triples: int, different: list[str]) -> None:
    print(f"\n{triples:,} triples; same query mix sent to both servers\n")
    print(f"{'query (concurrency 1)':<28}{'kg p50':>10}{'oxigraph':>10}{'ratio':>8}")
    for query, times in per_query.items():
        print(f"{query:<28}{times['kg']:>10.1f}{times['oxigraph']:>10.1f}{times['kg'] / times['oxigraph']:>8.2f}")
    print()
    print(f"{'server':<10}{'conc.':>6}{'requests':>10}{'p50 ms':>10}{'p95 ms':>10}{'req/s':>10}{'conns':>7}")
    for f in figures:
        print(f"{f.server:<10}{f.concurrency:>6}{f.requests:>10}{f.p50_ms:>10.1f}{f.p95_ms:>10.1f}{f.throughput:>10.1f}"
              f"{f.connections:>7}")
    for concurrency in (1, 8):
        ours, theirs = (next(f for f in figures if f.server == s and f.concurrency == concurrency) for s in ("kg", "oxigraph"))
        print(f"concurrency {concurrency}: p50 ratio kg/oxigraph = {ours.p50_ms / theirs.p50_ms:.2f}, "
              f"p95 ratio = {ours.p95_ms / theirs.p95_ms:.2f}, throughput ratio = {ours.throughput / theirs.throughput:.2f}")
    if different:
        print(f"warning: answers differ in size for {len(different)} requests, e.g. {different[:3]}")


if __name__ == "__main__":
    main()
