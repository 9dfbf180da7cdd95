"""Analytics on the actor network: who matters, who sides with whom, what changed, and why.

The network is the networkx ``MultiDiGraph`` of ``kg.explore.network.actor_network`` (what
``KnowledgeGraph.to_networkx()`` returns): nodes are actor IRIs with ``name`` and ``type``
attributes; there is one edge per assertion, as the text states it (subject → object),
keyed by the assertion IRI, with ``relation, group, tone, symmetric, negated, modality,
confidence, date, document, title, evidence, condition, attributed_to`` and the rest of the
assertion's row. ``aggregate()`` folds it into a weighted ``DiGraph``; there a symmetric
relation (``negotiatesWith``, ``cooperatesWith``, ``consults``) counts in both directions,
because "A negotiates with B" says the same of B.

Every function that reads relations counts, unless asked otherwise, the interactions that
were asserted and not negated: its ``facts``, ``negated`` and ``modality`` arguments are those
of ``KnowledgeGraph.relations()`` (``kg.explore.scope``, ``docs/counting.md``), and ``select``
keeps the edges of a per-assertion network they admit. An aggregated ``DiGraph`` has no
per-assertion edges left to choose from: it counts what ``aggregate`` was asked to.

Every function names actors as ``kg.explore.actors.match_actor`` does (IRI, id or canonical
name, case and accents ignored), finds paths with ``kg.explore.network.chains``, and returns
plain values or DataFrames, so a notebook shows them as tables.

>>> G = nx.MultiDiGraph()
>>> G.add_edge("actor/a", "actor/b", relation="praises", group="cooperative", tone=3.4)
0
>>> centrality(G)["actor"].tolist()
['actor/b', 'actor/a']
"""

from __future__ import annotations

import html
import itertools
from collections import Counter, defaultdict, deque
from dataclasses import dataclass
from pathlib import Path as FilePath
from typing import Iterable

import networkx as nx
import pandas as pd

from kg.errors import NotFoundError, QueryError, ValidationError
from kg.explore.actors import match_actor
from kg.explore.assertions import DateLike, as_date
from kg.explore.network import chains, writable
from kg.explore.scope import Modality, Scope
from kg.vocab import GROUPS

CENTRALITIES = ("pagerank", "degree", "betweenness")
FREQUENCIES = {"W": "week", "M": "month", "Q": "quarter", "Y": "year"}
SIGNED_GROUPS = {"cooperative": 1, "conflictual": -1}


# --- building ---------------------------------------------------------------------------
def select(
    graph: nx.Graph,
    *,
    facts: bool = False,
    negated: bool | None = False,
    modality: Modality = "asserted",
) -> nx.Graph:
    """The edges of a per-assertion network that count (``kg.explore.scope.Scope.admits``), and their actors.

    An actor left without a counted edge drops out. An aggregated graph comes back as it is.

    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("putin", "russia", relation="leaderOf", group="fact")
    >>> _ = G.add_edge("russia", "usa", relation="demands", group="conflictual", modality="conditional")
    >>> select(G).number_of_edges(), select(G, facts=True, modality=None).number_of_edges()
    (0, 2)
    """
    scope = Scope.of(facts, negated, modality)
    if not graph.is_multigraph():
        return graph
    dropped = [(u, v, k) for u, v, k, data in graph.edges(keys=True, data=True) if not scope.admits(data)]
    if not dropped:
        return graph
    kept = graph.copy()
    kept.remove_edges_from(dropped)
    kept.remove_nodes_from([key for key in {n for edge in dropped for n in edge[:2]} if kept.degree(key) == 0])
    return kept


def aggregate(
    graph: nx.MultiDiGraph,
    *,
    facts: bool = False,
    negated: bool | None = False,
    modality: Modality = "asserted",
) -> nx.DiGraph:
    """One weighted edge per ordered pair: ``weight`` (= ``count``), ``tone`` (mean), one count per group.

    Symmetric relations count in both directions. ``relations`` lists the relation names seen;
    the graph's ``counts`` attribute says which statements were counted.

    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("a", "b", relation="negotiatesWith", group="cooperative", tone=7.0, symmetric=True)
    0
    >>> sorted(aggregate(G).edges(data="weight"))
    [('a', 'b', 1), ('b', 'a', 1)]
    """
    if not graph.is_multigraph():
        return graph
    folded = _fold(select(graph, facts=facts, negated=negated, modality=modality))
    folded.graph["counts"] = Scope.of(facts, negated, modality).caption
    return folded


def _fold(graph: nx.Graph) -> nx.DiGraph:
    """``aggregate`` of the edges as they are (a graph already folded comes back unchanged)."""
    if not graph.is_multigraph():
        return graph
    folded = nx.DiGraph()
    folded.add_nodes_from(graph.nodes(data=True))
    tones: dict[tuple[str, str], list[float]] = defaultdict(list)
    names: dict[tuple[str, str], set[str]] = defaultdict(set)
    for u, v, data in graph.edges(data=True):
        pairs = [(u, v), (v, u)] if data.get("symmetric") and u != v else [(u, v)]
        for pair in pairs:
            if not folded.has_edge(*pair):
                folded.add_edge(*pair, count=0, **dict.fromkeys(GROUPS, 0))
            edge = folded.edges[pair]
            edge["count"] += 1
            if data.get("group") in GROUPS:
                edge[data["group"]] += 1
            if data.get("relation"):
                names[pair].add(data["relation"])
            if data.get("tone") is not None:
                tones[pair].append(float(data["tone"]))
    for pair, edge in folded.edges.items():
        edge["weight"] = edge["count"]
        edge["relations"] = ",".join(sorted(names[pair]))
        edge["tone"] = sum(tones[pair]) / len(tones[pair]) if tones[pair] else 0.0
    return folded


def node(graph: nx.Graph, actor: str) -> str:
    """The node of an actor named by IRI, id or canonical name (case and accents ignored); E811 when absent.

    >>> G = nx.Graph(); G.add_node("https://w3id.org/newskg/actor/russia", name="Russia")
    >>> node(G, "russia")
    'https://w3id.org/newskg/actor/russia'
    """
    found = match_actor(actor, {key: (name or key,) for key, name in graph.nodes(data="name")})
    if found is None:
        raise NotFoundError("E811", actor=actor)
    return found


def window(graph: nx.MultiDiGraph, since: DateLike = None, until: DateLike = None) -> nx.MultiDiGraph:
    """The edges dated within ``[since, until]`` (inclusive); undated edges are left out when a bound is given.

    >>> G = nx.MultiDiGraph(); G.add_edge("a", "b", date=pd.Timestamp("2024-05-01"))
    0
    >>> window(G, since="2024-06-01").number_of_edges()
    0
    """
    start, end = as_timestamp(since, "since"), as_timestamp(until, "until")
    kept = nx.MultiDiGraph()
    kept.add_nodes_from(graph.nodes(data=True))
    for u, v, key, data in graph.edges(keys=True, data=True):
        when = data.get("date")
        if (start is not None or end is not None) and when is None:
            continue
        if (start is None or when >= start) and (end is None or when <= end):
            kept.add_edge(u, v, key=key, **data)
    kept.remove_nodes_from([n for n in list(kept) if kept.degree(n) == 0])
    return kept


# --- who matters ------------------------------------------------------------------------
def centrality(
    graph: nx.Graph,
    by: str = "pagerank",
    n: int | None = None,
    *,
    facts: bool = False,
    negated: bool | None = False,
    modality: Modality = "asserted",
) -> pd.DataFrame:
    """Degree (distinct partners), weighted PageRank and betweenness per actor, best first.

    PageRank follows the direction of the relations and weighs each pair by its number of
    assertions; betweenness ignores direction and weight (it asks who sits between whom).

    >>> G = nx.MultiDiGraph(); G.add_edges_from([("a", "hub"), ("b", "hub"), ("hub", "c")])
    [0, 0, 0]
    >>> centrality(G, by="betweenness", n=1)["actor"].tolist()
    ['hub']
    """
    if by not in CENTRALITIES:
        raise QueryError("E812", by=by, known=", ".join(CENTRALITIES))
    directed = _fold(select(graph, facts=facts, negated=negated, modality=modality))
    undirected = _undirected(directed)
    pagerank = nx.pagerank(directed, weight="weight") if directed.number_of_nodes() else {}
    betweenness = nx.betweenness_centrality(undirected)
    table = pd.DataFrame(
        [
            {
                "actor": _name(directed, key),
                "type": directed.nodes[key].get("type", "Actor"),
                "degree": undirected.degree(key),
                "pagerank": pagerank.get(key, 0.0),
                "betweenness": betweenness.get(key, 0.0),
                "iri": key,
            }
            for key in directed.nodes
        ],
        columns=["actor", "type", "degree", "pagerank", "betweenness", "iri"],
    )
    table = table.sort_values([by, "actor"], ascending=[False, True], ignore_index=True)
    return table.head(n) if n is not None else table


# --- who sides with whom ----------------------------------------------------------------
def communities(
    graph: nx.Graph,
    seed: int = 7,
    resolution: float = 1.0,
    *,
    facts: bool = False,
    negated: bool | None = False,
    modality: Modality = "asserted",
) -> pd.DataFrame:
    """Louvain communities of the undirected, assertion-weighted network (seeded, so repeatable).

    Communities are numbered from 1, largest first.

    >>> G = nx.MultiDiGraph(); G.add_edges_from([("a", "b"), ("b", "c"), ("c", "a"), ("x", "y")])
    [0, 0, 0, 0]
    >>> communities(G).groupby("community")["actor"].apply(list).tolist()
    [['a', 'b', 'c'], ['x', 'y']]
    """
    undirected = _undirected(_fold(select(graph, facts=facts, negated=negated, modality=modality)))
    found = nx.community.louvain_communities(undirected, weight="weight", resolution=resolution, seed=seed)
    return _numbered(undirected, found, "community")


def signed_graph(
    graph: nx.Graph,
    *,
    facts: bool = False,
    negated: bool | None = False,
    modality: Modality = "asserted",
) -> nx.Graph:
    """An undirected graph whose edges carry ``sign`` +1 (more cooperation than conflict) or -1.

    Pairs with as much cooperation as conflict, or only neutral relations and facts, get no edge.

    >>> G = nx.MultiDiGraph(); G.add_edge("a", "b", group="conflictual"); G.add_edge("b", "a", group="conflictual")
    0
    0
    >>> signed_graph(G).edges["a", "b"]["sign"]
    -1
    """
    return _signed(select(graph, facts=facts, negated=negated, modality=modality))


def _signed(graph: nx.Graph) -> nx.Graph:
    balance: Counter[frozenset] = Counter()
    seen: set[frozenset] = set()
    for u, v, data in _assertions(graph):
        if u == v:
            continue
        pair = frozenset((u, v))
        balance[pair] += SIGNED_GROUPS.get(data.get("group"), 0) * data.get("_count", 1)
        seen.add(pair)
    signed = nx.Graph()
    signed.add_nodes_from((key, graph.nodes[key]) for pair in seen for key in pair)
    for pair in sorted(seen, key=lambda p: sorted(p)):
        if balance[pair]:
            u, v = sorted(pair)
            signed.add_edge(u, v, sign=1 if balance[pair] > 0 else -1, net=balance[pair])
    signed.remove_nodes_from([n for n in list(signed) if signed.degree(n) == 0])
    return signed


def signed_blocs(
    graph: nx.Graph,
    *,
    facts: bool = False,
    negated: bool | None = False,
    modality: Modality = "asserted",
) -> pd.DataFrame:
    """Blocs: actors that cooperate end up together, actors in conflict end up apart.

    Each connected part of the signed graph is split in two sides by following its edges
    (a cooperative edge keeps the side, a conflictual one switches it), then single actors
    move while that lowers the number of frustrated edges (conflict inside a bloc or
    cooperation across blocs). A balanced network is split exactly. Blocs are numbered from
    1, largest first; ``frustration`` counts the edges that disagree with the split.

    >>> G = nx.MultiDiGraph()
    >>> for u, v, group in [("a", "b", "cooperative"), ("c", "d", "cooperative"), ("a", "c", "conflictual")]:
    ...     _ = G.add_edge(u, v, group=group)
    >>> signed_blocs(G).groupby("bloc")["actor"].apply(list).tolist()
    [['a', 'b'], ['c', 'd']]
    """
    signed = signed_graph(graph, facts=facts, negated=negated, modality=modality)
    side: dict[str, int] = {}
    for number, part in enumerate(_parts(signed)):
        start = max(sorted(part), key=signed.degree)
        side[start] = 2 * number
        queue = deque([start])
        while queue:
            current = queue.popleft()
            for other in sorted(signed[current]):
                if other not in side:
                    flip = signed.edges[current, other]["sign"] < 0
                    side[other] = side[current] ^ 1 if flip else side[current]
                    queue.append(other)
        _improve(signed, side, sorted(part))
    blocs = defaultdict(set)
    for key, label in side.items():
        blocs[label].add(key)
    table = _numbered(signed, blocs.values(), "bloc")
    table["frustration"] = [
        sum(1 for other in signed[key] if _frustrated(signed, side, key, other)) for key in table["iri"]
    ]
    return table


@dataclass(frozen=True)
class Balance:
    """Structural balance of the signed triads: ``triads`` lists each with its signs."""

    triads: pd.DataFrame

    @property
    def balanced(self) -> int:
        return int(self.triads["balanced"].sum())

    @property
    def unbalanced(self) -> int:
        return len(self.triads) - self.balanced

    @property
    def ratio(self) -> float:
        """Share of balanced triads (1.0 when there are none to judge)."""
        return self.balanced / len(self.triads) if len(self.triads) else 1.0

    def _repr_html_(self) -> str:
        head = (
            f"<p><b>Structural balance</b>: {self.balanced} balanced and {self.unbalanced} unbalanced "
            f"triads (ratio {self.ratio:.2f})</p>"
        )
        return head + self.triads.to_html(index=False)


def structural_balance(
    graph: nx.Graph,
    *,
    facts: bool = False,
    negated: bool | None = False,
    modality: Modality = "asserted",
) -> Balance:
    """Triads of the signed graph and whether each is balanced (the product of its signs is positive).

    "The friend of my friend is my friend" (+ + +) and "the enemy of my enemy is my friend"
    (+ - -) are balanced; + + - and - - - are not.

    >>> G = nx.MultiDiGraph()
    >>> for u, v, group in [("a", "b", "cooperative"), ("b", "c", "conflictual"), ("a", "c", "conflictual")]:
    ...     _ = G.add_edge(u, v, group=group)
    >>> structural_balance(G).ratio
    1.0
    """
    signed = signed_graph(graph, facts=facts, negated=negated, modality=modality)
    rows = []
    for a, b, c in sorted(tuple(sorted(t)) for t in _triangles(signed)):
        signs = [signed.edges[a, b]["sign"], signed.edges[b, c]["sign"], signed.edges[a, c]["sign"]]
        rows.append(
            {
                "a": _name(signed, a),
                "b": _name(signed, b),
                "c": _name(signed, c),
                "signs": "".join("+" if s > 0 else "-" for s in sorted(signs, reverse=True)),
                "balanced": signs[0] * signs[1] * signs[2] > 0,
            }
        )
    return Balance(pd.DataFrame(rows, columns=["a", "b", "c", "signs", "balanced"]))


# --- how two actors are connected -------------------------------------------------------
@dataclass(frozen=True)
class Path:
    """A chain of actors and, for each hop, the assertions that link the two (either direction)."""

    actors: tuple[str, ...]
    iris: tuple[str, ...]
    hops: pd.DataFrame

    def __len__(self) -> int:
        return len(self.actors) - 1

    def __str__(self) -> str:
        return " – ".join(self.actors)

    def _repr_html_(self) -> str:
        return f"<p><b>{html.escape(str(self))}</b> ({len(self)} hops)</p>" + self.hops.to_html(index=False)


def shortest_path(
    graph: nx.Graph,
    source: str,
    target: str,
    *,
    facts: bool = False,
    negated: bool | None = False,
    modality: Modality = "asserted",
) -> Path:
    """The shortest chain of related actors between two actors (direction ignored), with evidence.

    Of several equally short chains, the first by actor names.

    >>> G = nx.MultiDiGraph(); G.add_edge("a", "b", relation="aids"); G.add_edge("c", "b", relation="praises")
    0
    0
    >>> str(shortest_path(G, "a", "c"))
    'a – b – c'
    """
    graph = select(graph, facts=facts, negated=negated, modality=modality)
    found = chains(graph, node(graph, source), node(graph, target), limit=1, shortest=True)
    if not found:
        raise NotFoundError("E813", source=source, target=target)
    return _path(graph, found[0])


def all_paths(
    graph: nx.Graph,
    source: str,
    target: str,
    cutoff: int = 3,
    limit: int | None = None,
    *,
    facts: bool = False,
    negated: bool | None = False,
    modality: Modality = "asserted",
) -> list[Path]:
    """Every chain of at most ``cutoff`` hops between two actors (direction ignored), shortest first; at most ``limit``.

    >>> G = nx.MultiDiGraph(); G.add_edges_from([("a", "b"), ("b", "c"), ("a", "c")])
    [0, 0, 0]
    >>> [str(p) for p in all_paths(G, "a", "c")]
    ['a – c', 'a – b – c']
    """
    graph = select(graph, facts=facts, negated=negated, modality=modality)
    found = chains(graph, node(graph, source), node(graph, target), max_hops=cutoff, limit=limit)
    return [_path(graph, chain) for chain in found]


def ego_network(
    graph: nx.Graph,
    actor: str,
    radius: int = 1,
    *,
    facts: bool = False,
    negated: bool | None = False,
    modality: Modality = "asserted",
) -> nx.Graph:
    """The actor, every actor within ``radius`` hops (either direction), and all edges among them.

    >>> G = nx.MultiDiGraph(); G.add_edges_from([("a", "b"), ("b", "c"), ("c", "d")])
    [0, 0, 0]
    >>> sorted(ego_network(G, "b"))
    ['a', 'b', 'c']
    """
    graph = select(graph, facts=facts, negated=negated, modality=modality)
    return nx.ego_graph(graph, node(graph, actor), radius=radius, undirected=True).copy()


# --- over time --------------------------------------------------------------------------
def dyad_timeline(
    graph: nx.MultiDiGraph,
    a: str,
    b: str,
    freq: str = "M",
    directed: bool = False,
    *,
    facts: bool = False,
    negated: bool | None = False,
    modality: Modality = "asserted",
) -> pd.DataFrame:
    """Events between two actors per week (W), month (M), quarter (Q) or year (Y).

    One row per period from the first to the last dated event, empty periods included:
    ``events`` and one count per group, ``mean_tone`` (average tone on the -10..+10
    scale) and ``goldstein`` (the sum of tones, as Goldstein-scale series are read).
    Both directions count unless ``directed``; undated assertions are left out. The
    table's ``attrs`` name the two actors, the period and what was counted, for
    ``kg.explore.plots.plot_dyad_timeline``.

    >>> G = nx.MultiDiGraph()
    >>> for day, group, tone in [("2024-01-05", "cooperative", 7.0), ("2024-03-02", "conflictual", -8.0)]:
    ...     _ = G.add_edge("a", "b", date=pd.Timestamp(day), group=group, tone=tone)
    >>> dyad_timeline(G, "a", "b")["events"].tolist()
    [1, 0, 1]
    """
    if freq not in FREQUENCIES:
        raise ValidationError("E814", freq=freq, known=", ".join(f"{k} ({v})" for k, v in FREQUENCIES.items()))
    graph = select(graph, facts=facts, negated=negated, modality=modality)
    first, second = node(graph, a), node(graph, b)
    pairs = {(first, second)} if directed else {(first, second), (second, first)}
    about = {
        "actors": (_name(graph, first), _name(graph, second)),
        "period": FREQUENCIES[freq],
        "counts": Scope.of(facts, negated, modality).caption,
    }
    events = [
        {"date": data["date"], "group": data.get("group"), "tone": data.get("tone")}
        for u, v, data in graph.edges(data=True)
        if (u, v) in pairs and data.get("date") is not None
    ]
    columns = ["period", "events", *GROUPS, "mean_tone", "goldstein"]
    if not events:
        empty = pd.DataFrame(columns=columns)
        empty.attrs.update(about)
        return empty
    frame = pd.DataFrame(events)
    frame["period"] = pd.to_datetime(frame["date"]).dt.to_period(freq)
    periods = pd.period_range(frame["period"].min(), frame["period"].max(), freq=freq)
    grouped = frame.groupby("period")
    table = pd.DataFrame(index=periods)
    table["events"] = grouped.size()
    for group in GROUPS:
        table[group] = frame[frame["group"] == group].groupby("period").size()
    table = table.fillna(0).astype(int)
    table["mean_tone"] = grouped["tone"].mean()
    table["goldstein"] = grouped["tone"].sum().reindex(periods, fill_value=0.0)
    table.insert(0, "period", periods.start_time)
    table = table.reset_index(drop=True)[columns]
    table.attrs.update(about)
    return table


def relation_changes(
    graph: nx.MultiDiGraph,
    before: tuple[DateLike, DateLike],
    after: tuple[DateLike, DateLike],
    *,
    facts: bool = False,
    negated: bool | None = False,
    modality: Modality = "asserted",
) -> pd.DataFrame:
    """Relations (subject, relation, object) seen in the ``after`` window but not ``before`` (new), and the reverse (vanished).

    A symmetric relation is the same whichever actor the text named first.

    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", relation="aids", date=pd.Timestamp("2024-01-10"))
    >>> _ = G.add_edge("a", "b", relation="sanctions", date=pd.Timestamp("2024-06-10"))
    >>> relation_changes(G, ("2024-01-01", "2024-03-31"), ("2024-04-01", "2024-12-31"))[["change", "relation"]].values.tolist()
    [['new', 'sanctions'], ['vanished', 'aids']]
    """
    graph = select(graph, facts=facts, negated=negated, modality=modality)
    first, second = _relation_index(window(graph, *before)), _relation_index(window(graph, *after))
    rows = []
    for change, present, absent in (("new", second, first), ("vanished", first, second)):
        for key in sorted(set(present) - set(absent)):
            u, relation, v = key
            edges = sorted(present[key], key=lambda d: d.get("date") or pd.Timestamp.min)
            rows.append(
                {
                    "change": change,
                    "subject": _name(graph, u),
                    "relation": relation,
                    "object": _name(graph, v),
                    "group": edges[0].get("group"),
                    "events": len(edges),
                    "first": edges[0].get("date"),
                    "last": edges[-1].get("date"),
                    "evidence": edges[-1].get("evidence"),
                }
            )
    columns = ["change", "subject", "relation", "object", "group", "events", "first", "last", "evidence"]
    return pd.DataFrame(rows, columns=columns)


# --- export -----------------------------------------------------------------------------
def write_graphml(graph: nx.Graph, path: FilePath | str) -> FilePath:
    """Write the network as GraphML (dates become ISO strings, missing values are left out).

    >>> import tempfile; G = nx.MultiDiGraph(); _ = G.add_edge("a", "b", date=pd.Timestamp("2024-01-02"))
    >>> write_graphml(G, FilePath(tempfile.mkdtemp()) / "g.graphml").read_text().count("2024-01-02")
    1
    """
    target = FilePath(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    nx.write_graphml(writable(graph), target)
    return target


def as_timestamp(value: DateLike, field: str) -> pd.Timestamp | None:
    """A date bound given as ``YYYY-MM-DD`` text or a date, checked (``kg.explore.assertions.as_date``).

    >>> as_timestamp("2024-03-21", "since")
    Timestamp('2024-03-21 00:00:00')
    """
    day = as_date(value, field)
    return pd.Timestamp(day) if day is not None else None


# --- helpers ----------------------------------------------------------------------------
def _name(graph: nx.Graph, key: str) -> str:
    return graph.nodes[key].get("name") or key


def _undirected(directed: nx.DiGraph) -> nx.Graph:
    """Both directions of a pair folded into one edge whose weight is their sum."""
    folded = nx.Graph()
    folded.add_nodes_from(directed.nodes(data=True))
    for u, v, weight in directed.edges(data="weight", default=1):
        previous = folded.edges[u, v]["weight"] if folded.has_edge(u, v) else 0
        folded.add_edge(u, v, weight=previous + weight)
    return folded


def _assertions(graph: nx.Graph) -> Iterable[tuple[str, str, dict]]:
    """Per-assertion edges of a multigraph, or per-group counts of an aggregated graph (as ``_count``)."""
    if graph.is_multigraph():
        yield from graph.edges(data=True)
        return
    for u, v, data in graph.edges(data=True):
        for group in SIGNED_GROUPS:
            if data.get(group):
                yield u, v, {"group": group, "_count": data[group]}


def _numbered(graph: nx.Graph, groups: Iterable[Iterable[str]], column: str) -> pd.DataFrame:
    ordered = sorted((sorted(group, key=lambda k: _name(graph, k)) for group in groups), key=lambda g: (-len(g), _name(graph, g[0])))
    rows = [
        {column: number, "actor": _name(graph, key), "iri": key}
        for number, group in enumerate(ordered, start=1)
        for key in group
    ]
    return pd.DataFrame(rows, columns=[column, "actor", "iri"])


def _parts(graph: nx.Graph) -> list[set[str]]:
    return sorted(nx.connected_components(graph), key=lambda part: (-len(part), min(part)))


def _frustrated(signed: nx.Graph, side: dict[str, int], u: str, v: str) -> bool:
    together = side[u] == side[v]
    return together if signed.edges[u, v]["sign"] < 0 else not together


def _improve(signed: nx.Graph, side: dict[str, int], members: list[str]) -> None:
    """Move single actors to the other side while that strictly lowers frustration (ends: each move lowers a count)."""
    moved = True
    while moved:
        moved = False
        for key in members:
            here = sum(_frustrated(signed, side, key, other) for other in signed[key])
            side[key] ^= 1
            there = sum(_frustrated(signed, side, key, other) for other in signed[key])
            if there < here:
                moved = True
            else:
                side[key] ^= 1


def _triangles(graph: nx.Graph) -> Iterable[tuple[str, str, str]]:
    """Each triangle once, as sorted node keys."""
    for u in sorted(graph):
        for v, w in itertools.combinations(sorted(other for other in graph[u] if other > u), 2):
            if graph.has_edge(v, w):
                yield u, v, w


def _path(graph: nx.Graph, chain: list[str]) -> Path:
    rows = []
    for hop, (u, v) in enumerate(itertools.pairwise(chain), start=1):
        for s, o in ((u, v), (v, u)):
            if not graph.has_edge(s, o):
                continue
            datas = graph[s][o].values() if graph.is_multigraph() else [graph[s][o]]
            for data in datas:
                rows.append(
                    {
                        "hop": hop,
                        "subject": _name(graph, s),
                        "relation": data.get("relation") or data.get("relations"),
                        "object": _name(graph, o),
                        "date": data.get("date"),
                        "document": data.get("document"),
                        "evidence": data.get("evidence"),
                    }
                )
    hops = pd.DataFrame(rows, columns=["hop", "subject", "relation", "object", "date", "document", "evidence"])
    return Path(tuple(_name(graph, k) for k in chain), tuple(chain), hops)


def _relation_index(graph: nx.MultiDiGraph) -> dict[tuple[str, str, str], list[dict]]:
    index: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for u, v, data in graph.edges(data=True):
        s, o = sorted((u, v)) if data.get("symmetric") else (u, v)
        index[(s, data.get("relation"), o)].append(data)
    return index
