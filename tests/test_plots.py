"""Pictures: PNGs that show what the data says, and a pyvis page that needs no network."""

from __future__ import annotations

import re

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402

from tests.conftest import ARTIFACTS  # noqa: E402
from kg.explore import plots  # noqa: E402
from kg.explore import analytics
from kg.vocab import vocabulary  # noqa: E402

OUT = ARTIFACTS / "plots"


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


@pytest.fixture
def network() -> nx.MultiDiGraph:
    known = vocabulary()
    graph = nx.MultiDiGraph()
    graph.add_node("actor/russia", name="Russia", type="State")
    graph.add_node("actor/putin", name="Vladimir Putin", type="Person")
    graph.add_node("actor/nato", name="NATO", type="IntergovernmentalOrganization")
    rows = [
        ("actor/putin", "praises", "actor/russia", "2024-01-05"),
        ("actor/nato", "criticizes", "actor/russia", "2024-01-20"),
        ("actor/russia", "threatens", "actor/nato", "2024-03-02"),
        ("actor/russia", "negotiatesWith", "actor/nato", "2024-03-15"),
    ]
    for u, relation, v, day in rows:
        kind = known[relation]
        graph.add_edge(u, v, relation=relation, group=kind.group, tone=kind.tone, symmetric=kind.symmetric, date=pd.Timestamp(day))
    return graph


def test_the_network_drawing_colours_actors_by_type_and_saves_a_png(network):
    figure = plots.draw_network(network, path=OUT / "network.png")
    nodes = figure.axes[0].collections[0]
    assert [to_hex(c) for c in nodes.get_facecolors()] == [
        plots.TYPE_COLOURS["State"], plots.TYPE_COLOURS["Person"], plots.TYPE_COLOURS["IntergovernmentalOrganization"]
    ]
    assert (OUT / "network.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_each_pair_is_coloured_by_its_mean_tone_red_for_conflict(network):
    rounded = lambda colour: tuple(round(float(c), 3) for c in colour[:3])  # noqa: E731
    figure = plots.draw_network(network)
    drawn = {rounded(arrow.get_edgecolor()) for arrow in figure.axes[0].patches}
    folded = analytics.aggregate(network)
    assert drawn == {rounded(plots.TONE(plots.TONE_SCALE(tone))) for _, _, tone in folded.edges(data="tone")}
    red, green, _, _ = plots.TONE(plots.TONE_SCALE(-8.0))
    assert red > green


def test_top_keeps_only_the_most_central_actors(network):
    figure = plots.draw_network(network, top=2)
    assert figure.axes[0].get_title().startswith("Actor network: 2 actors")


def test_the_dyad_timeline_draws_cooperation_up_and_conflict_down(network):
    timeline = analytics.dyad_timeline(network, "Russia", "NATO")
    figure = plots.plot_dyad_timeline(timeline, title="Russia – NATO", path=OUT / "dyad.png")
    heights = [bar.get_height() for bar in figure.axes[0].patches]
    assert heights == [0, 0, 1, 0, 0, 0, -1, 0, -1]  # Jan, Feb, Mar: cooperative, then other, then conflictual
    assert figure.axes[0].get_title() == "Russia – NATO"
    assert (OUT / "dyad.png").stat().st_size > 5000


def test_the_relation_type_chart_has_one_bar_per_relation_coloured_by_group(network):
    relations = pd.DataFrame(
        [{"relation": d["relation"], "group": d["group"]} for _, _, d in network.edges(data=True)]
        + [{"relation": "praises", "group": "cooperative"}]
    )
    figure = plots.plot_relation_types(relations, path=OUT / "relation-types.png")
    bars = {label.get_text(): bar for label, bar in zip(figure.axes[0].get_yticklabels(), figure.axes[0].patches)}
    assert bars["praises"].get_width() == 2 and bars["threatens"].get_width() == 1
    assert to_hex(bars["threatens"].get_facecolor()) == plots.GROUP_COLOURS["conflictual"]


def test_the_interactive_network_is_one_self_contained_page(network, tmp_path):
    view = plots.interactive_network(network)
    page = view.save(tmp_path / "network.html").read_text(encoding="utf-8")
    assert "vis.Network" in page and "Vladimir Putin" in page
    assert not re.search(r"<(script|link)[^>]+(src|href)=\"https?://", page)
    assert view._repr_html_().startswith("<iframe srcdoc=")
