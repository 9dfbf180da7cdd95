"""How fast is our SPARQL endpoint next to a bare Oxigraph server on the same data?

Generates a deterministic dataset shaped like our model (``bench/dataset.py``: actors, documents
with mentions, assertions with qualifiers and evidence), loads it with ``kg load`` into a store
for ``kg serve`` and with ``oxigraph load`` for ``oxigraph serve`` (the ``oxigraph`` CLI from
PyPI), both on free loopback ports, then sends the same query mix to both at concurrency 1 and
8 and prints p50/p95 latency, throughput and the ratio ours/Oxigraph; also each side's load time,
store size on disk and the server's peak memory. Targets: our p50 at most 1.0× Oxigraph's, our throughput at least 1.0×.
Beside the latencies, per request, each server's CPU time, the time its threads waited for a CPU,
and its context switches (every process and thread of it, the scheduler's counts in ``/proc`` read
around each part of the mix it answers): what a request costs the machine moves far less with other
processes' load than the latencies do, and the waiting shows how much of a latency is that load.

The floor takes the same turns: ``bench/http_floor.py``, the simplest SPARQL server on the same stack
(uvicorn, pyoxigraph on the same store, as many processes as ``kg serve``), which evaluates each query
and writes the answer, with no limit, check or negotiation; at concurrency 8 in two forms, evaluating
on each process's loop thread and in its thread pool. Its latency is the least any server built on
Python's HTTP stack and this engine can answer in, and its ratio to Oxigraph's the best ``kg serve``
could reach.

Both servers are treated alike: both are warmed at both concurrencies first, every client
thread keeps one connection alive to either for the whole run (the report counts the
connections used), and the servers take turns round by round, so load from other processes
on the machine falls on both. On a shared machine, run it a few times and compare ratios.

    python bench/sparql.py                     # about one million triples
    python bench/sparql.py --triples 100000    # a quick run
    python bench/sparql.py --triples 10000000 --data /tmp/data-10m.nq   # ten million, the file kept for bench/bulk.py
"""

from __future__ import annotations

import argparse
import json
import os
import re
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bulk import disk_mb  # noqa: E402
from dataset import ONTOLOGY, TYPES, dataset  # noqa: E402
from kg.settings import Settings  # noqa: E402
from kg.store.bulk import compact_store  # noqa: E402
from kg.store.embedded import open_store  # noqa: E402
from kg.store.rdf import PREFIXES  # noqa: E402
from kg.vocab import ONTOLOGY_GRAPH  # noqa: E402

PREFIX_LINES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


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
    cpu_ms: float  # the server's CPU time per request (user + system, every process and thread)
    switches: float  # the server's context switches per request (voluntary and not, every thread)
    queued_ms: float  # per request, how long the server's threads waited for a CPU (the machine's load)


@dataclass(frozen=True)
class Run:
    latencies: list[tuple[str, float]]  # (query name, seconds)
    wall: float  # seconds for the whole mix
    sizes: dict[str, int]  # bytes of each answer, by "name#index"
    ports: set[int]  # client ports of the TCP connections used (one per client when keep-alive works)
    cpu: float = 0.0  # seconds of the server's CPU time while it ran (``Usage``)
    switches: int = 0  # the server's context switches while it ran
    queued: float = 0.0  # seconds its threads were ready to run but waited for a CPU


@dataclass(frozen=True)
class Usage:
    """CPU seconds of a process and of its descendants (each one's CPU clock: every thread, ended ones
    too), and the seconds its threads waited for a CPU and their context switches (the scheduler's
    counts of the threads alive; Linux)."""

    cpu: float
    queued: float
    switches: int

    @staticmethod
    def of(pid: int) -> "Usage":
        cpu, queued, switches, pending = 0.0, 0, 0, [pid]
        while pending:
            process = pending.pop()
            try:
                cpu += time.clock_gettime((~process << 3) | 2)  # the process's CPU clock (Linux's MAKE_PROCESS_CPUCLOCK)
                for task in Path(f"/proc/{process}/task").iterdir():
                    queued += int((task / "schedstat").read_text().split()[1])
                    switches += sum(int(n) for n in re.findall(r"ctxt_switches:\s+(\d+)", (task / "status").read_text()))
                    pending += [int(child) for child in (task / "children").read_text().split()]
            except OSError:  # a process or thread that ended meanwhile
                continue
        return Usage(cpu, queued / 1e9, switches)


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


def alternate(
    servers: dict[str, str], queries: list[tuple[str, str]], concurrency: int, blocks: int, pids: dict[str, int]
) -> dict[str, Run]:
    """Send ``queries`` to every server in ``blocks`` parts, taking turns (AB, BA, AB …), so a change in
    the load of a shared machine falls on both servers alike; one merged ``Run`` per server, with the
    CPU and context switches of the server's processes (``pids``) while it answered."""
    size = -(-len(queries) // blocks)
    parts: dict[str, list[Run]] = {name: [] for name in servers}
    pools = {name: clients(concurrency) for name in servers}
    for block, start in enumerate(range(0, len(queries), size)):
        order = list(servers.items()) if block % 2 == 0 else list(servers.items())[::-1]
        for name, url in order:
            before = Usage.of(pids[name])
            run = run_mix(url, queries[start : start + size], pools[name])
            after = Usage.of(pids[name])
            parts[name].append(Run(run.latencies, run.wall, run.sizes, run.ports, after.cpu - before.cpu,
                                   after.switches - before.switches, after.queued - before.queued))
    for pool in pools.values():
        for http in pool:
            http.close()
    return {
        name: Run(
            latencies=[item for run in runs for item in run.latencies],
            wall=sum(run.wall for run in runs),
            sizes={f"{block}/{key}": size for block, run in enumerate(runs) for key, size in run.sizes.items()},
            ports=set().union(*(run.ports for run in runs)),
            cpu=sum(run.cpu for run in runs),
            switches=sum(run.switches for run in runs),
            queued=sum(run.queued for run in runs),
        )
        for name, runs in parts.items()
    }


@dataclass(frozen=True)
class Footprint:
    server: str
    load_seconds: float  # kg load, or oxigraph load, of the data and the ontology
    store_mb: float  # on disk, right after the load
    peak_memory_mb: float  # at the end of the run: the peak resident memory of each of the server's processes, summed


def peak_memory_mb(pid: int) -> float:
    """The peak resident memory (VmHWM) of a process and of its descendants, summed (Linux)."""
    total, pending = 0, [pid]
    while pending:
        current = Path(f"/proc/{pending.pop()}")
        try:
            total += int(re.search(r"VmHWM:\s+(\d+) kB", (current / "status").read_text()).group(1))
            pending += [int(child) for task in (current / "task").iterdir() for child in (task / "children").read_text().split()]
        except FileNotFoundError:  # a process that ended meanwhile
            continue
    return total / 1024


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
    parser.add_argument("--data", type=Path, help="N-Quads file of the dataset: used if it exists, else generated there "
                        "(default: generated into a temporary folder), so bench/bulk.py and this share one file.")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results", help="Folder for the JSON report.")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="kg-bench-sparql-"))
    processes: list[subprocess.Popen] = []
    try:
        data, documents, actor_count = dataset(args.triples, args.data, work)
        ours, theirs = work / "ours", work / "oxigraph"
        oxigraph = str(Path(sys.executable).with_name("oxigraph"))
        loads = {
            "kg": [[sys.executable, "-m", "kg.cli", "load", str(data), str(ONTOLOGY), "--graph", ONTOLOGY_GRAPH, "--store", str(ours)]],
            "oxigraph": [[oxigraph, "load", "--location", str(theirs), "--file", str(data)],
                         [oxigraph, "load", "--location", str(theirs), "--file", str(ONTOLOGY), "--graph", ONTOLOGY_GRAPH]],
        }
        load_seconds = {}
        for name, commands in loads.items():
            started = time.perf_counter()
            for command in commands:
                subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
            load_seconds[name] = time.perf_counter() - started
        store = open_store(ours, read_only=True)
        triples = store.quad_count()
        # the floor reads a copy of its own (hard links, made before any server starts): on the folder kg serve
        # holds open for writing, RocksDB's compactions of a freshly loaded store took a floor process at 10M
        # triples past 20 GB of memory. Compacted first (`kg load --compact`), as the servers' stores are by
        # RocksDB's background work, which a reader never runs: its scans over the bulk loader's files as they
        # are took 3 to 7 times as long at 10M.
        store.backup(work / "floor")
        store.close()
        compact_store(work / "floor")
        store_mb = {"kg": disk_mb(ours), "oxigraph": disk_mb(theirs)}  # as loaded: serving may compact or snapshot them
        print(f"loaded {triples} triples: " + ", ".join(f"{name} {seconds:.0f} s" for name, seconds in load_seconds.items()), flush=True)

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
        # the floor (bench/http_floor.py) with as many processes as kg serve: on the loop's thread, and in threads
        for name, threads in (("floor", "0"), ("floor-threads", "1")):
            port = free_port()
            processes.append(subprocess.Popen(
                [sys.executable, "-m", "uvicorn", "http_floor:app", "--app-dir", str(ROOT / "bench"), "--port", str(port),
                 "--workers", str(args.workers or Settings().server_processes),
                 "--lifespan", "off", "--log-level", "warning", "--no-access-log"],
                env={**os.environ, "KG_FLOOR_STORE": str(work / "floor"), "KG_FLOOR_THREADS": threads},
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            servers[name] = f"http://127.0.0.1:{port}/sparql"
        for url, process in zip(servers.values(), processes):
            wait_until_up(url, process)

        mix = query_mix(documents, actor_count)
        rounds = [(name, PREFIX_LINES + make(r)) for r in range(args.rounds) for name, make in mix]
        warm = [(name, PREFIX_LINES + make(10_000 + r)) for r in range(2) for name, make in mix]
        figures: list[Figures] = []
        # every server warm at its concurrencies: caches filled, every query process or thread started
        at = {1: {name: url for name, url in servers.items() if name != "floor-threads"}, 8: servers}  # at 1 the two floors are one
        for concurrency, served in at.items():
            for name, url in served.items():
                pool = clients(concurrency)
                run_mix(url, warm, pool)
                for http in pool:
                    http.close()
        sizes = {}
        per_query: dict[str, dict[str, float]] = {}
        load = [os.getloadavg()[0]]  # the machine's load around the measured rounds: other processes share the CPUs
        pids = {name: process.pid for name, process in zip(servers, processes)}
        for concurrency in (1, 8):
            for name, run in alternate(at[concurrency], rounds, concurrency, args.blocks or args.rounds, pids).items():
                sizes[name] = run.sizes
                latencies = [t for _, t in run.latencies]
                figures.append(Figures(name, concurrency, len(latencies), percentile(latencies, 0.5) * 1000,
                                       percentile(latencies, 0.95) * 1000, len(latencies) / run.wall, len(run.ports),
                                       run.cpu / len(latencies) * 1000, run.switches / len(latencies),
                                       run.queued / len(latencies) * 1000))
                if concurrency == 1:
                    for query in dict.fromkeys(q for q, _ in run.latencies):
                        per_query.setdefault(query, {})[name] = statistics.median(t for q, t in run.latencies if q == query) * 1000
        load.append(os.getloadavg()[0])
        different = [k for k in sizes["kg"] if abs(sizes["kg"][k] - sizes["oxigraph"][k]) > 0.2 * max(sizes["oxigraph"][k], 200)]
        footprints = [Footprint(name, load_seconds[name], store_mb[name], peak_memory_mb(process.pid))
                      for name, process in zip(servers, processes) if name in load_seconds]
        report(figures, per_query, triples, different, footprints, load)
        args.out.mkdir(parents=True, exist_ok=True)
        target = args.out / f"sparql-{triples}.json"
        target.write_text(json.dumps(
            {"triples": triples, "rounds": args.rounds, "figures": [asdict(f) for f in figures], "p50_ms_by_query": per_query,
             "stores": [asdict(f) for f in footprints], "load_average": load}, indent=2))
        print(f"written {target}")
    finally:
        for process in processes:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(work, ignore_errors=True)


def report(figures: list[Figures], per_query: dict[str, dict[str, float]], triples: int, different: list[str],
           footprints: list[Footprint], load: list[float]) -> None:
    print(f"\n{triples:,} triples; same query mix sent to every server; load average {load[0]:.1f} before the rounds, "
          f"{load[1]:.1f} after\n")
    print(f"{'server':<10}{'load s':>8}{'store MB':>10}{'peak memory MB':>16}")
    for f in footprints:
        print(f"{f.server:<10}{f.load_seconds:>8.0f}{f.store_mb:>10,.0f}{f.peak_memory_mb:>16,.0f}")
    print()
    print(f"{'query (concurrency 1)':<28}{'kg p50':>10}{'oxigraph':>10}{'ratio':>8}{'floor':>8}{'ratio':>8}")
    for query, times in per_query.items():
        print(f"{query:<28}{times['kg']:>10.1f}{times['oxigraph']:>10.1f}{times['kg'] / times['oxigraph']:>8.2f}"
              f"{times['floor']:>8.1f}{times['floor'] / times['oxigraph']:>8.2f}")
    print()
    print(f"{'server':<14}{'conc.':>6}{'requests':>10}{'p50 ms':>10}{'p95 ms':>10}{'req/s':>10}{'conns':>7}"
          f"{'CPU ms/req':>12}{'queued ms/req':>15}{'switches/req':>14}")
    for f in figures:
        print(f"{f.server:<14}{f.concurrency:>6}{f.requests:>10}{f.p50_ms:>10.1f}{f.p95_ms:>10.1f}{f.throughput:>10.1f}"
              f"{f.connections:>7}{f.cpu_ms:>12.2f}{f.queued_ms:>15.2f}{f.switches:>14.1f}")
    for concurrency in (1, 8):
        ours, theirs = (next(f for f in figures if f.server == s and f.concurrency == concurrency) for s in ("kg", "oxigraph"))
        print(f"concurrency {concurrency}: p50 ratio kg/oxigraph = {ours.p50_ms / theirs.p50_ms:.2f}, "
              f"p95 ratio = {ours.p95_ms / theirs.p95_ms:.2f}, throughput ratio = {ours.throughput / theirs.throughput:.2f}, "
              f"CPU per request ratio = {ours.cpu_ms / theirs.cpu_ms:.2f}")
    for concurrency, floors in ((1, ("floor",)), (8, ("floor", "floor-threads"))):
        ours, theirs = (next(f for f in figures if f.server == s and f.concurrency == concurrency) for s in ("kg", "oxigraph"))
        for name in floors:
            floor = next(f for f in figures if f.server == name and f.concurrency == concurrency)
            print(f"concurrency {concurrency}: the {name} (the same engine on uvicorn, nothing else): p50 ratio to oxigraph = "
                  f"{floor.p50_ms / theirs.p50_ms:.2f}, kg/{name} = {ours.p50_ms / floor.p50_ms:.2f}, "
                  f"throughput ratio to oxigraph = {floor.throughput / theirs.throughput:.2f}")
    if different:
        print(f"warning: answers differ in size for {len(different)} requests, e.g. {different[:3]}")


if __name__ == "__main__":
    main()
