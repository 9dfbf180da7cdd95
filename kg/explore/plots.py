"""Pictures of the graph: the actor network, a dyad's timeline, the mix of relation types.

Static figures are matplotlib (``path=`` also saves a PNG); ``interactive_network`` is a
pyvis page that works in a notebook and as a standalone HTML file, with its JavaScript
in the page so it opens without network access.

Every picture says what it counts (``kg.explore.scope``): the network drawings take the
``facts``, ``negated`` and ``modality`` arguments of the analytics, the charts of tables read
what the table says it counts. Actor types and tones have one colour scheme, the
colour-blind-safe ``ontologies/palette.json`` that the page uses too.

>>> import networkx as nx
>>> G = nx.MultiDiGraph(); G.add_edge("a", "b", relation="aids", group="cooperative", tone=7.0)
0
>>> print(draw_network(G).axes[0].get_title())
Actor network: 2 actors, 1 pairs
asserted, non-negated interactions; facts excluded
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from pathlib import Path

import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd
from adjustText import adjust_text
from matplotlib.collections import PathCollection
from matplotlib.colors import LinearSegmentedColormap, Normalize
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator

from kg.explore import analytics
from kg.explore.scope import Modality, Scope
from kg.settings import ONTOLOGIES
from kg.vocab import GROUPS

PALETTE = json.loads((ONTOLOGIES / "palette.json").read_text(encoding="utf-8"))
TYPE_COLOURS: dict[str, str] = PALETTE["actor_types"]
GROUP_COLOURS: dict[str, str] = PALETTE["tones"]
# conflict → grey → cooperation: the middle of the scale stays visible on white
TONE = LinearSegmentedColormap.from_list("tone", PALETTE["tone_scale"])
TONE_SCALE = Normalize(vmin=-10, vmax=10)
# pyvis's page template also links Bootstrap from a CDN; the network draws without it.
_CDN_TAGS = re.compile(r"<(link|script)[^>]*(?:href|src)=\"https?://[^\"]*\"[^>]*>(?:\s*</script>)?", re.S)


def draw_network(
    graph: nx.Graph,
    top: int | None = None,
    path: Path | str | None = None,
    *,
    facts: bool = False,
    negated: bool | None = False,
    modality: Modality = "asserted",
) -> Figure:
    """The network: nodes coloured by actor type and sized by PageRank, edges coloured by mean tone and as wide as their count.

    ``top`` keeps the ``top`` actors by PageRank and the edges among them; the other
    arguments choose what counts, as in ``kg.explore.analytics``, and the title says it.
    Labels are pushed apart until none overlaps another or a node.
    """
    folded = _folded(graph, top, Scope.of(facts, negated, modality))
    ranks = _pagerank(folded)
    # Kamada-Kawai spreads a dense news network more evenly than a spring layout, and needs no seed
    layout = nx.kamada_kawai_layout(nx.Graph(folded.to_undirected(as_view=True)), weight=None) if len(folded) else {}
    heaviest = max((w for _, _, w in folded.edges(data="weight", default=1)), default=1)
    figure, axes = plt.subplots(figsize=(11, 8))
    nx.draw_networkx_edges(
        folded, layout, ax=axes, arrows=True, arrowsize=10, alpha=0.7, connectionstyle="arc3,rad=0.08",
        width=[0.6 + 3.0 * w / heaviest for _, _, w in folded.edges(data="weight", default=1)],
        edge_color=[TONE(TONE_SCALE(t)) for _, _, t in folded.edges(data="tone", default=0.0)],
    )
    nodes = nx.draw_networkx_nodes(
        folded, layout, ax=axes, edgecolors="#333333", linewidths=0.5,
        node_color=[TYPE_COLOURS.get(t, TYPE_COLOURS["Actor"]) for _, t in folded.nodes(data="type", default="Actor")],
        node_size=[200 + 6000 * ranks.get(key, 0.0) for key in folded],
    )
    _labels(axes, folded, layout, nodes)
    types = sorted({t for _, t in folded.nodes(data="type", default="Actor")})
    handles = [Line2D([], [], marker="o", ls="", color=TYPE_COLOURS.get(t, TYPE_COLOURS["Actor"]), label=t) for t in types]
    if handles:
        axes.legend(handles=handles, loc="lower left", fontsize=8, frameon=False)
    figure.colorbar(plt.cm.ScalarMappable(norm=TONE_SCALE, cmap=TONE), ax=axes, shrink=0.6, label="mean tone of the pair")
    axes.set_title(f"Actor network: {folded.number_of_nodes()} actors, {folded.number_of_edges()} pairs\n{folded.graph['counts']}")
    axes.set_axis_off()
    return _saved(figure, path)


def plot_dyad_timeline(timeline: pd.DataFrame, title: str = "", path: Path | str | None = None) -> Figure:
    """A ``kg.explore.analytics.dyad_timeline`` table: cooperative (then neutral and fact) events up, conflictual down, mean tone as a line.

    The title names the two actors and the period (or is ``title``); the line under it says
    what was counted, as the table's ``attrs`` record it.
    """
    figure, counts = plt.subplots(figsize=(10, 4.5))
    width = _bar_width(timeline["period"])
    # bars start where their period starts; the tone marker sits in the middle of the bar
    starts, middles = timeline["period"], timeline["period"] + pd.Timedelta(days=width / 2)
    counts.bar(starts, timeline["cooperative"], width=width, align="edge", color=GROUP_COLOURS["cooperative"], label="cooperative")
    other = timeline["neutral"] + timeline["fact"]
    counts.bar(starts, other, bottom=timeline["cooperative"], width=width, align="edge", color=GROUP_COLOURS["neutral"],
               label="neutral and facts" if timeline["fact"].any() else "neutral")
    counts.bar(starts, -timeline["conflictual"], width=width, align="edge", color=GROUP_COLOURS["conflictual"], label="conflictual")
    counts.axhline(0, color="black", linewidth=0.6)
    # both axes symmetric around zero, so no event and neutral tone sit on the same line
    reach = max(1, (timeline["cooperative"] + other).max(), timeline["conflictual"].max()) + 0.5
    counts.set_ylim(-reach, reach)
    counts.yaxis.set_major_locator(MaxNLocator(integer=True))
    counts.set_ylabel("events (conflictual below zero)")
    tone = counts.twinx()
    tone.plot(middles, timeline["mean_tone"], color="black", marker="o", linewidth=1, label="mean tone")
    tone.set_ylim(-10.5, 10.5)
    tone.set_ylabel("mean tone (-10 … +10)")
    lines = counts.get_legend_handles_labels()[0] + tone.get_legend_handles_labels()[0]
    counts.legend(lines, [line.get_label() for line in lines], loc="upper left", fontsize=8, frameon=False)
    about = timeline.attrs
    named = " – ".join(about["actors"]) + f", per {about['period']}" if "actors" in about else "Dyad timeline"
    counts.set_title(_titled(title or named, about.get("counts")))
    figure.autofmt_xdate()
    return _saved(figure, path)


def plot_relation_types(relations: pd.DataFrame, path: Path | str | None = None) -> Figure:
    """How often each relation type occurs in a ``KnowledgeGraph.relations()`` table, coloured by group.

    The title says what the table counts (its ``attrs["counts"]``, set by ``relations()``).
    """
    counts = relations.groupby(["relation", "group"]).size().reset_index(name="count")
    counts = counts.sort_values(["count", "relation"], ascending=[True, False])
    figure, axes = plt.subplots(figsize=(8, 0.35 * len(counts) + 1.5))
    axes.barh(counts["relation"], counts["count"], color=[GROUP_COLOURS.get(g, "#bbbbbb") for g in counts["group"]])
    handles = [Line2D([], [], marker="s", ls="", color=GROUP_COLOURS[g], label=g) for g in GROUPS if g in set(counts["group"])]
    axes.legend(handles=handles, loc="lower right", fontsize=8, frameon=False)
    axes.set_xlabel("assertions")
    axes.set_title(_titled(f"Relation types ({int(counts['count'].sum())} assertions)", relations.attrs.get("counts")))
    return _saved(figure, path)


@dataclass(frozen=True)
class InteractiveNetwork:
    """A pyvis page: shown inline in a notebook, or saved as one self-contained HTML file."""

    html: str

    def save(self, path: Path | str) -> Path:
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(self.html, encoding="utf-8")
        return target

    def _repr_html_(self) -> str:
        # an iframe keeps vis.js and its styles apart from the notebook's own page
        return f'<iframe srcdoc="{html.escape(self.html)}" style="width:100%;height:640px;border:0"></iframe>'


def interactive_network(
    graph: nx.Graph,
    top: int | None = None,
    *,
    facts: bool = False,
    negated: bool | None = False,
    modality: Modality = "asserted",
) -> InteractiveNetwork:
    """The network as a pyvis page (drag, zoom, hover an edge for its relations and tone), captioned with what it counts."""
    from pyvis.network import Network

    folded = _folded(graph, top, Scope.of(facts, negated, modality))
    ranks = _pagerank(folded)
    view = Network(height="600px", width="100%", directed=True, cdn_resources="in_line")
    for key, data in folded.nodes(data=True):
        kind = data.get("type", "Actor")
        view.add_node(key, label=data.get("name") or key, title=f"{data.get('name') or key} ({kind})",
                      color=TYPE_COLOURS.get(kind, TYPE_COLOURS["Actor"]), value=float(ranks.get(key, 0.0)),
                      font={"size": 18})
    for u, v, data in folded.edges(data=True):
        tone = data.get("tone", 0.0)
        red, green, blue, _ = TONE(TONE_SCALE(tone))
        view.add_edge(
            u, v, value=data.get("weight", 1), color=f"rgb({red * 255:.0f},{green * 255:.0f},{blue * 255:.0f})",
            title=f"{data.get('relations', '')} — {data.get('count', 1)} assertions, mean tone {tone:+.1f}",
        )
    # pyvis's own heading is printed twice by its template: the caption goes in by hand
    caption = f"Actor network: {len(folded)} actors, {folded.number_of_edges()} pairs. Counts {folded.graph['counts']}."
    page = view.generate_html().replace("<body>", f'<body>\n<p style="font-family:sans-serif">{html.escape(caption)}</p>', 1)
    return InteractiveNetwork(_CDN_TAGS.sub("", page))


def _folded(graph: nx.Graph, top: int | None, scope: Scope) -> nx.DiGraph:
    """The weighted graph of what ``scope`` counts (its ``counts`` attribute says what that is), cut to the ``top`` actors."""
    folded = analytics.aggregate(graph, **scope.arguments)
    counts = folded.graph.get("counts", scope.caption)
    keep = analytics.centrality(folded, n=top)["iri"] if top is not None else list(folded)
    folded = folded.subgraph(keep).copy()  # a copy: the caller's graph stays as it was
    folded.graph["counts"] = counts
    return folded


def _labels(axes: plt.Axes, graph: nx.Graph, layout: dict, nodes: PathCollection) -> None:
    """Actor names beside their nodes, pushed apart (adjustText) so that none overlaps another or a node."""
    texts = [
        axes.text(x, y, graph.nodes[key].get("name") or key, fontsize=8, ha="center", va="center")
        for key, (x, y) in layout.items()
    ]
    if len(texts) > 1:
        adjust_text(texts, objects=nodes, ax=axes, expand=(1.1, 1.3),
                    arrowprops={"arrowstyle": "-", "color": "#666666", "lw": 0.5})


def _titled(title: str, counts: str | None) -> str:
    """A title with, under it, what the picture counts (when known)."""
    return f"{title}\n{counts}" if counts else title


def _pagerank(folded: nx.DiGraph) -> pd.Series:
    return analytics.centrality(folded).set_index("iri")["pagerank"] if len(folded) else pd.Series(dtype=float)


def _bar_width(periods: pd.Series) -> float:
    """Bars about as wide as the gap between periods (in days, matplotlib's date unit)."""
    gaps = periods.sort_values().diff().dropna()
    return 0.8 * gaps.min().days if len(gaps) else 20.0


def _saved(figure: Figure, path: Path | str | None) -> Figure:
    figure.tight_layout()
    if path is not None:
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        figure.savefig(target, dpi=120)
    return figure
