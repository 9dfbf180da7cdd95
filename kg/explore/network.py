"""The actor network: one builder from assertions, one path finder, one GraphML/GEXF-ready copy.

``actor_network`` makes the networkx ``MultiDiGraph`` that ``KnowledgeGraph.to_networkx``,
``kg analyze``, ``kg export -f graphml|gexf`` and ``GET /paths`` all use: nodes are actor
IRIs with ``name`` and ``type``; there is one edge per assertion, as the text states it
(subject → object), keyed by the assertion IRI, whose attributes are the assertion's row
(``kg.explore.assertions.assertion_record``) with the date as a ``datetime``. Which
assertions go in is the caller's filter.

``chains`` finds the chains of actors linking two actors over that network (direction
ignored), shortest first; ``kg.explore.analytics`` presents them as tables, the REST API as
JSON with the assertions behind each hop.

>>> G = nx.MultiDiGraph(); G.add_edges_from([("a", "b"), ("b", "c"), ("a", "c")])
[0, 0, 0]
>>> chains(G, "a", "c")
[('a', 'c'), ('a', 'b', 'c')]
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable, Mapping

import networkx as nx

from kg.explore.assertions import Assertion, assertion_record

# The edge key and what the nodes say; every other field of the row goes on the edge.
_NODE_FIELDS = ("assertion", "subject", "subject_iri", "object", "object_iri")


def actor_network(assertions: Iterable[Assertion]) -> nx.MultiDiGraph:
    """One node per actor (``name``, ``type``), one edge per assertion (keyed by its IRI, attributes from its row)."""
    graph = nx.MultiDiGraph()
    for assertion in assertions:
        for actor in (assertion.subject, assertion.object):
            graph.add_node(actor.iri, name=actor.name, type=actor.type)
        row = assertion_record(assertion)
        edge = {key: value for key, value in row.items() if key not in _NODE_FIELDS}
        edge["date"] = dt.datetime.fromisoformat(assertion.date) if assertion.date else None
        graph.add_edge(assertion.subject.iri, assertion.object.iri, key=assertion.id, **edge)
    return graph


def chains(
    graph: nx.Graph,
    source: str,
    target: str,
    max_hops: int | None = None,
    limit: int | None = None,
    shortest: bool = False,
) -> list[tuple[str, ...]]:
    """Chains of nodes from ``source`` to ``target`` (direction ignored), shortest first, then by actor names.

    At most ``max_hops`` hops and ``limit`` chains; ``shortest`` keeps only the chains of the
    shortest length. Chains come from Yen's algorithm, lazily, so a limit stops the search
    (after the chains as long as the last one kept, so the answer does not depend on the
    order they were found in). No chain (or ``source == target``) is an empty list.
    """
    simple = nx.Graph(graph.to_undirected(as_view=True))
    if source not in simple or target not in simple or source == target:
        return []
    found: list[tuple[str, ...]] = []
    try:
        for chain in nx.shortest_simple_paths(simple, source, target):
            if max_hops is not None and len(chain) - 1 > max_hops:
                break
            if found and len(chain) > len(found[-1]) and (shortest or (limit is not None and len(found) >= limit)):
                break
            found.append(tuple(chain))
    except nx.NetworkXNoPath:
        return []
    names = dict(graph.nodes(data="name"))
    found.sort(key=lambda chain: (len(chain), [names.get(key) or key for key in chain]))
    return found[:limit]


def writable(graph: nx.Graph) -> nx.Graph:
    """A copy GraphML and GEXF can write: dates as ``YYYY-MM-DD`` text, missing values left out."""
    copy = graph.__class__()
    copy.add_nodes_from((key, _writable(data)) for key, data in graph.nodes(data=True))
    if graph.is_multigraph():
        copy.add_edges_from((u, v, k, _writable(d)) for u, v, k, d in graph.edges(keys=True, data=True))
    else:
        copy.add_edges_from((u, v, _writable(d)) for u, v, d in graph.edges(data=True))
    return copy


def _writable(data: Mapping[str, object]) -> dict[str, object]:
    return {
        key: value.isoformat()[:10] if isinstance(value, dt.date) else value
        for key, value in data.items()
        if value is not None
    }
