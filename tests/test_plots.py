"""Pictures: PNGs that show what the data says, and a pyvis page that needs no network."""

from __future__ import annotations

import itertools
import json
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
from kg.explore import analytics  # noqa: E402
from kg.model import ACTOR_TYPES  # noqa: E402
from kg.settings import ONTOLOGIES  # noqa: E402
from kg.vocab import GROUPS, vocabulary  # noqa: E402

OUT = ARTIFACTS / "plots"
HONEST = "asserted, non-negated interactions; facts excluded"
# Okabe and Ito's eight colours and the grey that goes with them
OKABE_ITO = {"#000000", "#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7", "#999999"}


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
    folded = analytics.aggregate(network)
    # the edges are drawn first; the lines from moved labels to their nodes come after
    drawn = {rounded(arrow.get_edgecolor()) for arrow in figure.axes[0].patches[: folded.number_of_edges()]}
    assert drawn == {rounded(plots.TONE(plots.TONE_SCALE(tone))) for _, _, tone in folded.edges(data="tone")}
    red, green, _, _ = plots.TONE(plots.TONE_SCALE(-8.0))
    assert red > green


def test_top_keeps_only_the_most_central_actors(network):
    figure = plots.draw_network(network, top=2)
    assert figure.axes[0].get_title().startswith("Actor network: 2 actors")


def test_the_network_counts_asserted_interactions_unless_told_otherwise(network):
    network.add_edge("actor/putin", "actor/russia", relation="leaderOf", group="fact", tone=0.0, modality="asserted")
    network.add_edge("actor/nato", "actor/putin", relation="aids", group="cooperative", tone=7.0, modality="future")
    assert plots.draw_network(network).axes[0].get_title() == f"Actor network: 3 actors, 3 pairs\n{HONEST}"
    everything = plots.draw_network(network, facts=True, modality=None).axes[0].get_title()
    assert everything == "Actor network: 3 actors, 4 pairs\nnon-negated interactions and facts of any modality"


def test_no_two_labels_overlap_in_a_crowded_network():
    crowded = nx.MultiDiGraph()
    names = [f"Ministry of Foreign Affairs no {number}" for number in range(25)]
    crowded.add_nodes_from((name, {"name": name, "type": "Organization"}) for name in names)
    for i, j in itertools.combinations(range(25), 2):
        if i * j % 3 == 0:
            crowded.add_edge(names[i], names[j], relation="aids", group="cooperative", tone=7.0)
    figure = plots.draw_network(crowded, path=OUT / "crowded-network.png")
    renderer = figure.canvas.get_renderer()
    boxes = [text.get_window_extent(renderer) for text in figure.axes[0].texts if text.get_text()]
    assert len(boxes) == 25
    assert not [pair for pair in itertools.combinations(boxes, 2) if pair[0].overlaps(pair[1])]


def test_the_dyad_timeline_draws_cooperation_up_and_conflict_down(network):
    timeline = analytics.dyad_timeline(network, "Russia", "NATO")
    figure = plots.plot_dyad_timeline(timeline, title="Russia – NATO", path=OUT / "dyad.png")
    heights = [bar.get_height() for bar in figure.axes[0].patches]
    assert heights == [0, 0, 1, 0, 0, 0, -1, 0, -1]  # Jan, Feb, Mar: cooperative, then other, then conflictual
    assert figure.axes[0].get_title() == f"Russia – NATO\n{HONEST}"
    assert (OUT / "dyad.png").stat().st_size > 5000


def test_the_dyad_timeline_is_titled_with_the_actors_names_not_their_iris(network):
    timeline = analytics.dyad_timeline(network, "actor/putin", "actor/russia", freq="Q", modality=None)
    title = plots.plot_dyad_timeline(timeline).axes[0].get_title()
    assert title == "Vladimir Putin – Russia, per quarter\nnon-negated interactions of any modality; facts excluded"


def test_the_relation_type_chart_has_one_bar_per_relation_coloured_by_group(network):
    relations = pd.DataFrame(
        [{"relation": d["relation"], "group": d["group"]} for _, _, d in network.edges(data=True)]
        + [{"relation": "praises", "group": "cooperative"}]
    )
    relations.attrs["counts"] = HONEST  # as KnowledgeGraph.relations() says it
    figure = plots.plot_relation_types(relations, path=OUT / "relation-types.png")
    bars = {label.get_text(): bar for label, bar in zip(figure.axes[0].get_yticklabels(), figure.axes[0].patches)}
    assert bars["praises"].get_width() == 2 and bars["threatens"].get_width() == 1
    assert to_hex(bars["threatens"].get_facecolor()) == plots.GROUP_COLOURS["conflictual"]
    assert figure.axes[0].get_title() == f"Relation types (5 assertions)\n{HONEST}"


def test_one_colour_blind_safe_palette_from_the_ontologies_folder_colours_every_type_and_tone():
    palette = json.loads((ONTOLOGIES / "palette.json").read_text(encoding="utf-8"))
    assert plots.TYPE_COLOURS == palette["actor_types"] and plots.GROUP_COLOURS == palette["tones"]
    assert set(palette["actor_types"]) == {*ACTOR_TYPES, "Topic", "Actor"}
    assert set(palette["tones"]) == set(GROUPS)
    assert {*palette["actor_types"].values(), *palette["tones"].values(), *palette["tone_scale"]} <= OKABE_ITO
    assert len(set(palette["tones"].values())) == len(GROUPS)
    assert to_hex(plots.TONE(plots.TONE_SCALE(-10))) == palette["tones"]["conflictual"]
    assert to_hex(plots.TONE(plots.TONE_SCALE(10))) == palette["tones"]["cooperative"]


def test_the_interactive_network_is_one_self_contained_page(network, tmp_path):
    view = plots.interactive_network(network)
    page = view.save(tmp_path / "network.html").read_text(encoding="utf-8")
    assert "vis.Network" in page and "Vladimir Putin" in page
    assert f"Counts {HONEST}." in page
    assert not re.search(r"<(script|link)[^>]+(src|href)=\"https?://", page)
    assert view._repr_html_().startswith("<iframe srcdoc=")
