"""Analytics on small hand-built networks whose answers are known."""

from __future__ import annotations

import doctest

import networkx as nx
import pandas as pd
import pytest

from tests.conftest import kg_command
from kg.explore import analytics
from kg.errors import NotFoundError, QueryError, ValidationError
from kg.vocab import vocabulary


def assertions(*edges: tuple[str, str, str, str | None]) -> nx.MultiDiGraph:
    """A network from (subject, relation, object, date) rows, typed by the real vocabulary."""
    known = vocabulary()
    graph = nx.MultiDiGraph()
    for number, (subject, relation, obj, date) in enumerate(edges):
        for actor in (subject, obj):
            graph.add_node(f"actor/{actor.lower()}", name=actor, type="State")
        kind = known[relation]
        graph.add_edge(
            f"actor/{subject.lower()}", f"actor/{obj.lower()}", key=f"a{number}", relation=relation,
            group=kind.group, tone=kind.tone, symmetric=kind.symmetric,
            date=pd.Timestamp(date) if date else None, document=f"doc-{number}", evidence=f"{subject} {relation} {obj}.",
        )
    return graph


def names(table: pd.DataFrame, column: str) -> list[list[str]]:
    return table.groupby(column)["actor"].apply(list).tolist()


def test_every_example_in_the_docstrings_holds():
    assert doctest.testmod(analytics).failed == 0


def test_aggregate_counts_each_pair_and_mirrors_symmetric_relations():
    graph = assertions(
        ("A", "aids", "B", None), ("A", "sanctions", "B", None), ("A", "negotiatesWith", "C", None)
    )
    folded = analytics.aggregate(graph)
    ab = folded.edges["actor/a", "actor/b"]
    assert (ab["weight"], ab["cooperative"], ab["conflictual"]) == (2, 1, 1)
    assert ab["tone"] == pytest.approx((7.0 - 8.0) / 2)
    assert ab["relations"] == "aids,sanctions"
    assert not folded.has_edge("actor/b", "actor/a")
    assert folded.edges["actor/c", "actor/a"]["relations"] == "negotiatesWith"


def test_pagerank_ranks_the_actor_everyone_points_at_first():
    graph = assertions(("A", "praises", "Hub", None), ("B", "praises", "Hub", None), ("C", "aids", "Hub", None))
    assert analytics.centrality(graph, by="pagerank")["actor"].iloc[0] == "Hub"


def test_pagerank_weighs_pairs_by_their_number_of_assertions():
    graph = assertions(("A", "praises", "B", None), ("A", "praises", "C", None), ("A", "aids", "C", None))
    table = analytics.centrality(graph).set_index("actor")
    assert table.loc["C", "pagerank"] > table.loc["B", "pagerank"]


def test_degree_counts_distinct_partners_not_assertions():
    graph = assertions(("A", "praises", "B", None), ("A", "aids", "B", None), ("C", "criticizes", "A", None))
    assert analytics.centrality(graph, by="degree").set_index("actor")["degree"].to_dict() == {"A": 2, "B": 1, "C": 1}


def test_betweenness_is_highest_for_the_broker_between_two_groups():
    graph = assertions(
        ("A", "aids", "B", None), ("B", "aids", "C", None), ("C", "aids", "A", None),
        ("C", "consults", "Broker", None), ("Broker", "consults", "D", None),
        ("D", "aids", "E", None), ("E", "aids", "F", None), ("F", "aids", "D", None),
    )
    top = analytics.centrality(graph, by="betweenness", n=3)
    assert top["actor"].iloc[0] == "Broker"
    assert set(top["actor"].iloc[1:]) == {"C", "D"}


def test_an_unknown_centrality_is_refused_with_the_choices():
    with pytest.raises(QueryError, match="E812.*pagerank, degree, betweenness"):
        analytics.centrality(assertions(("A", "aids", "B", None)), by="fame")


def test_louvain_finds_two_triangles_joined_by_one_edge_and_repeats_itself():
    graph = assertions(
        ("A", "aids", "B", None), ("B", "aids", "C", None), ("C", "aids", "A", None),
        ("X", "aids", "Y", None), ("Y", "aids", "Z", None), ("Z", "aids", "X", None),
        ("C", "criticizes", "X", None),
    )
    found = analytics.communities(graph)
    assert names(found, "community") == [["A", "B", "C"], ["X", "Y", "Z"]]
    assert found.equals(analytics.communities(graph))


def test_signed_graph_nets_cooperation_against_conflict():
    graph = assertions(
        ("A", "aids", "B", None), ("B", "praises", "A", None), ("A", "criticizes", "B", None),
        ("A", "aids", "C", None), ("C", "sanctions", "A", None),
        ("A", "investigates", "D", None),
    )
    signed = analytics.signed_graph(graph)
    assert signed.edges["actor/a", "actor/b"]["sign"] == 1
    assert not signed.has_edge("actor/a", "actor/c")  # one each way: no side taken
    assert "actor/d" not in signed  # neutral relations take no side


def test_signed_blocs_split_a_balanced_network_exactly():
    graph = assertions(
        ("Russia", "aids", "Iran", None), ("Iran", "praises", "Syria", None),
        ("Ukraine", "cooperatesWith", "Poland", None),
        ("Russia", "attacks", "Ukraine", None), ("Poland", "criticizes", "Iran", None),
    )
    blocs = analytics.signed_blocs(graph)
    assert names(blocs, "bloc") == [["Iran", "Russia", "Syria"], ["Poland", "Ukraine"]]
    assert blocs["frustration"].sum() == 0


def test_signed_blocs_report_the_frustration_no_split_can_avoid():
    graph = assertions(("A", "attacks", "B", None), ("B", "attacks", "C", None), ("C", "attacks", "A", None))
    blocs = analytics.signed_blocs(graph)
    assert blocs["frustration"].sum() == 2  # one edge inside a bloc, counted at both ends


def test_structural_balance_counts_balanced_and_unbalanced_triads():
    graph = assertions(
        ("A", "aids", "B", None), ("B", "sanctions", "C", None), ("A", "sanctions", "C", None),  # + - -
        ("C", "aids", "D", None), ("D", "aids", "E", None), ("C", "attacks", "E", None),  # + + -
    )
    balance = analytics.structural_balance(graph)
    assert balance.triads[["signs", "balanced"]].values.tolist() == [["+--", True], ["++-", False]]
    assert (balance.balanced, balance.unbalanced, balance.ratio) == (1, 1, 0.5)
    assert "unbalanced" in balance._repr_html_()


def test_shortest_path_gives_the_evidence_for_each_hop():
    graph = assertions(
        ("Russia", "aids", "Iran", "2024-03-01"), ("Iran", "aids", "Russia", "2024-03-05"),
        ("China", "praises", "Iran", "2024-04-01"), ("Russia", "consults", "X", None), ("X", "consults", "China", None),
    )
    path = analytics.shortest_path(graph, "Russia", "china")
    assert str(path) in ("Russia – Iran – China", "Russia – X – China")
    assert len(path) == 2
    assert set(path.hops["hop"]) == {1, 2}
    assert path.hops["evidence"].str.endswith(".").all()
    assert "<table" in path._repr_html_()


def test_the_path_through_iran_carries_both_directions_of_evidence():
    graph = assertions(
        ("Russia", "aids", "Iran", "2024-03-01"), ("Iran", "aids", "Russia", "2024-03-05"),
        ("China", "praises", "Iran", "2024-04-01"),
    )
    path = analytics.shortest_path(graph, "Russia", "China")
    assert path.actors == ("Russia", "Iran", "China")
    assert path.hops[path.hops["hop"] == 1]["evidence"].tolist() == ["Russia aids Iran.", "Iran aids Russia."]


def test_all_paths_are_listed_shortest_first_within_the_cutoff():
    graph = assertions(
        ("A", "aids", "B", None), ("B", "aids", "C", None), ("A", "aids", "C", None),
        ("A", "aids", "D", None), ("D", "aids", "E", None), ("E", "aids", "C", None),
    )
    assert [str(p) for p in analytics.all_paths(graph, "A", "C")] == ["A – C", "A – B – C", "A – D – E – C"]
    assert [str(p) for p in analytics.all_paths(graph, "A", "C", cutoff=2)] == ["A – C", "A – B – C"]


def test_no_path_between_disconnected_actors_is_a_clear_error():
    graph = assertions(("A", "aids", "B", None), ("C", "aids", "D", None))
    with pytest.raises(NotFoundError, match="E813"):
        analytics.shortest_path(graph, "A", "D")


def test_actors_are_named_by_iri_id_or_name_ignoring_case_and_accents():
    graph = nx.MultiDiGraph()
    graph.add_edge("https://w3id.org/newskg/actor/recep-tayyip-erdogan", "https://w3id.org/newskg/actor/russia")
    graph.nodes["https://w3id.org/newskg/actor/recep-tayyip-erdogan"]["name"] = "Recep Tayyip Erdoğan"
    for reference in ("recep tayyip erdogan", "recep-tayyip-erdogan", "https://w3id.org/newskg/actor/recep-tayyip-erdogan"):
        assert analytics.node(graph, reference) == "https://w3id.org/newskg/actor/recep-tayyip-erdogan"


def test_an_actor_missing_from_the_network_is_a_clear_error():
    with pytest.raises(NotFoundError, match="E811.*'Atlantis'"):
        analytics.ego_network(assertions(("A", "aids", "B", None)), "Atlantis")


def test_ego_network_keeps_neighbours_within_the_radius_in_either_direction():
    graph = assertions(("A", "aids", "B", None), ("C", "aids", "B", None), ("C", "aids", "D", None))
    assert sorted(analytics.ego_network(graph, "B").nodes(data="name")) == [
        ("actor/a", "A"), ("actor/b", "B"), ("actor/c", "C")
    ]
    assert len(analytics.ego_network(graph, "B", radius=2)) == 4


def test_dyad_timeline_counts_events_and_mean_tone_per_month_in_both_directions():
    graph = assertions(
        ("Russia", "negotiatesWith", "USA", "2024-01-10"),
        ("USA", "sanctions", "Russia", "2024-01-20"),
        ("USA", "criticizes", "Russia", "2024-03-02"),
        ("Russia", "aids", "Iran", "2024-02-02"),
    )
    timeline = analytics.dyad_timeline(graph, "Russia", "USA", freq="M")
    assert timeline["period"].dt.strftime("%Y-%m").tolist() == ["2024-01", "2024-02", "2024-03"]
    assert timeline["events"].tolist() == [2, 0, 1]
    assert timeline["cooperative"].tolist() == [1, 0, 0]
    assert timeline["conflictual"].tolist() == [1, 0, 1]
    assert timeline["mean_tone"].iloc[0] == pytest.approx((7.0 - 8.0) / 2)
    assert pd.isna(timeline["mean_tone"].iloc[1])
    assert timeline["goldstein"].tolist() == pytest.approx([-1.0, 0.0, -2.0])


def pair_with_qualifiers() -> nx.MultiDiGraph:
    """Russia and the USA: a fact, a conditional agreement, a negated praise, and one asserted sanction."""
    graph = assertions(
        ("Putin", "leaderOf", "Russia", "2024-11-12"),
        ("Russia", "agreesWith", "USA", "2024-11-12"),
        ("USA", "praises", "Russia", "2024-11-20"),
        ("USA", "sanctions", "Russia", "2025-10-23"),
    )
    for u, v, key, data in graph.edges(keys=True, data=True):
        data.update(negated=key == "a2", modality="conditional" if key == "a1" else "asserted")
    return graph


def test_every_analysis_counts_asserted_interactions_that_were_not_negated_by_default():
    graph = pair_with_qualifiers()
    timeline = analytics.dyad_timeline(graph, "Russia", "USA")
    assert (timeline["events"].sum(), timeline["cooperative"].sum(), timeline["conflictual"].sum()) == (1, 0, 1)
    assert timeline.attrs == {
        "actors": ("Russia", "USA"), "period": "month", "counts": "asserted, non-negated interactions; facts excluded"
    }
    assert set(analytics.centrality(graph)["actor"]) == {"Russia", "USA"}
    assert analytics.signed_graph(graph).edges["actor/russia", "actor/usa"]["sign"] == -1
    assert sorted(analytics.ego_network(graph, "Russia")) == ["actor/russia", "actor/usa"]
    assert analytics.aggregate(graph).edges["actor/usa", "actor/russia"]["weight"] == 1
    with pytest.raises(NotFoundError, match="E811.*'Putin'"):
        analytics.shortest_path(graph, "Putin", "USA")


def test_the_arguments_bring_facts_negated_and_conditional_statements_back():
    graph = pair_with_qualifiers()
    assert analytics.dyad_timeline(graph, "Russia", "USA", modality=None)["cooperative"].sum() == 1
    assert analytics.dyad_timeline(graph, "Russia", "USA", negated=True)["cooperative"].sum() == 1
    everything = analytics.dyad_timeline(graph, "Russia", "USA", negated=None, modality=None)
    assert (everything["cooperative"].sum(), everything["conflictual"].sum()) == (2, 1)
    assert analytics.signed_graph(graph, negated=None, modality=None).edges["actor/russia", "actor/usa"]["sign"] == 1
    assert "Putin" in set(analytics.centrality(graph, facts=True)["actor"])
    assert str(analytics.shortest_path(graph, "Putin", "USA", facts=True)) == "Putin – Russia – USA"
    assert analytics.aggregate(graph, facts=True, negated=None, modality=None).number_of_edges() == 3


def test_select_keeps_the_counted_edges_and_leaves_an_aggregated_graph_alone():
    graph = pair_with_qualifiers()
    assert sorted(k for _, _, k in analytics.select(graph).edges(keys=True)) == ["a3"]
    assert analytics.select(graph, facts=True, negated=None, modality=None) is graph
    folded = analytics.aggregate(graph, facts=True)
    assert analytics.select(folded) is folded
    assert folded.graph["counts"] == "asserted, non-negated interactions and facts"


def test_dyad_timeline_per_week_starts_each_row_on_a_monday():
    graph = assertions(("A", "aids", "B", "2024-01-03"), ("A", "aids", "B", "2024-01-17"))
    timeline = analytics.dyad_timeline(graph, "A", "B", freq="W")
    assert timeline["period"].dt.strftime("%Y-%m-%d").tolist() == ["2024-01-01", "2024-01-08", "2024-01-15"]
    assert (timeline["period"].dt.day_of_week == 0).all()


def test_a_directed_dyad_timeline_counts_one_direction_only():
    graph = assertions(("A", "aids", "B", "2024-01-03"), ("B", "attacks", "A", "2024-01-04"))
    assert analytics.dyad_timeline(graph, "A", "B", directed=True)["conflictual"].tolist() == [0]


def test_a_dyad_without_dated_events_has_an_empty_timeline():
    timeline = analytics.dyad_timeline(assertions(("A", "aids", "B", None)), "A", "B")
    assert timeline.empty and "mean_tone" in timeline.columns


def test_an_unknown_frequency_is_refused_with_the_choices():
    with pytest.raises(ValidationError, match="E814.*M \\(month\\)"):
        analytics.dyad_timeline(assertions(("A", "aids", "B", "2024-01-03")), "A", "B", freq="fortnight")


def test_window_keeps_edges_within_the_dates_and_drops_undated_ones():
    graph = assertions(("A", "aids", "B", "2024-01-31"), ("A", "aids", "C", "2024-02-01"), ("A", "aids", "D", None))
    january = analytics.window(graph, since="2024-01-01", until="2024-01-31")
    assert sorted(january.nodes) == ["actor/a", "actor/b"]
    assert analytics.window(graph).number_of_edges() == 3


def test_a_bad_date_bound_is_refused():
    with pytest.raises(ValidationError, match="E815"):
        analytics.window(assertions(("A", "aids", "B", None)), since="last spring")


def test_relation_changes_lists_new_and_vanished_relations():
    graph = assertions(
        ("Russia", "aids", "Iran", "2024-01-10"),
        ("Russia", "aids", "Iran", "2024-05-10"),
        ("USA", "negotiatesWith", "Russia", "2024-02-10"),
        ("Russia", "negotiatesWith", "USA", "2024-06-10"),  # same symmetric relation, other order
        ("USA", "sanctions", "Iran", "2024-06-20"),
        ("USA", "praises", "Iran", "2024-03-01"),
    )
    changes = analytics.relation_changes(graph, ("2024-01-01", "2024-03-31"), ("2024-04-01", "2024-06-30"))
    assert changes[["change", "subject", "relation", "object"]].values.tolist() == [
        ["new", "USA", "sanctions", "Iran"],
        ["vanished", "USA", "praises", "Iran"],
    ]
    assert changes["evidence"].tolist() == ["USA sanctions Iran.", "USA praises Iran."]


def test_graphml_keeps_actors_edges_and_dates(tmp_path):
    graph = assertions(("Russia", "aids", "Iran", "2024-03-21"), ("Russia", "praises", "Iran", None))
    back = nx.read_graphml(analytics.write_graphml(graph, tmp_path / "net.graphml"))
    assert back.nodes["actor/russia"]["name"] == "Russia"
    assert sorted(d.get("date", "") for _, _, d in back.edges(data=True)) == ["", "2024-03-21"]
    folded = nx.read_graphml(analytics.write_graphml(analytics.aggregate(graph), tmp_path / "folded.graphml"))
    assert folded.edges["actor/russia", "actor/iran"]["weight"] == 2


# --- the `kg analyze` command on the sample store ---------------------------------------
HONEST = "counting asserted, non-negated interactions; facts excluded"


def answer(done) -> list[str]:
    """The lines `kg analyze` printed after the first, which says what was counted."""
    assert done.returncode == 0, done.stderr
    counting, *lines = done.stdout.splitlines()
    assert counting.startswith("counting ")
    return lines


def test_analyze_top_lists_russia_first_by_pagerank(sample_store_path):
    done = kg_command("analyze", "top", "--by", "pagerank", "-n", "5", "--store", str(sample_store_path))
    header, first, *rest = answer(done)
    assert header.split() == ["actor", "type", "degree", "pagerank", "betweenness"]
    assert first.split()[0] == "Russia" and len(rest) == 4


def test_analyze_communities_prints_one_numbered_line_per_community(sample_store_path):
    lines = answer(kg_command("analyze", "communities", "--store", str(sample_store_path)))
    assert [int(line.split()[0]) for line in lines] == list(range(1, len(lines) + 1))
    blocs = answer(kg_command("analyze", "communities", "--blocs", "--store", str(sample_store_path)))
    members = [line.split(None, 1)[1].split(", ") for line in blocs]
    russia = next(bloc for bloc in members if "Russia" in bloc)
    assert "Ukraine" not in russia


def test_analyze_dyad_writes_the_timeline_as_csv_and_png(sample_store_path, tmp_path):
    done = kg_command(
        "analyze", "dyad", "Russia", "Washington", "--freq", "Q", "--store", str(sample_store_path),
        "--csv", str(tmp_path / "dyad.csv"), "--png", str(tmp_path / "dyad.png"),
    )
    assert answer(done)[0].split()[0] == "period"
    timeline = pd.read_csv(tmp_path / "dyad.csv", parse_dates=["period"])
    assert list(timeline.columns) == ["period", "events", "cooperative", "conflictual", "neutral", "fact", "mean_tone", "goldstein"]
    assert timeline["conflictual"].sum() > 0
    assert (tmp_path / "dyad.png").read_bytes()[:4] == b"\x89PNG"


def test_analyze_counts_asserted_interactions_unless_the_flags_say_otherwise(sample_store_path, tmp_path):
    def dyad(*flags: str) -> tuple[str, pd.DataFrame]:
        out = tmp_path / f"dyad{len(flags)}.csv"
        done = kg_command("analyze", "dyad", "Russia", "Washington", "--store", str(sample_store_path), "--csv", str(out), *flags)
        answer(done)
        return done.stdout.splitlines()[0], pd.read_csv(out)

    counting, honest = dyad()
    assert counting == HONEST
    # the samples' only cooperation between the two is a conditional offer and a hypothetical concession
    assert honest["cooperative"].sum() == 0 and honest["fact"].sum() == 0 and honest["conflictual"].sum() > 0
    counting, everything = dyad("--facts", "--modality", "any", "--negated", "any")
    assert counting == "counting interactions and facts of any modality, negated or not"
    assert everything["cooperative"].sum() > 0 and everything["events"].sum() > honest["events"].sum()
    _, conditional = dyad("--modality", "conditional")
    assert conditional["events"].sum() > 0 and conditional["fact"].sum() == 0


def test_analyze_networks_take_facts_only_when_asked(sample_store_path, tmp_path):
    def groups(*flags: str) -> list[str]:
        answer(kg_command("analyze", "graphml", str(tmp_path / "net.graphml"), "--store", str(sample_store_path), *flags))
        return [group for _, _, group in nx.read_graphml(tmp_path / "net.graphml").edges(data="group")]

    honest, with_facts = groups(), groups("--facts")
    assert "fact" not in honest and "fact" in with_facts
    assert len(with_facts) > len(honest)


@pytest.mark.parametrize(
    "flags, message",
    [(("--negated", "maybe"), "kg: E816 Unknown negated 'maybe'"), (("--modality", "rumoured"), "kg: E816 Unknown modality")],
)
def test_analyze_refuses_a_count_it_does_not_know_in_one_line(sample_store_path, flags, message):
    done = kg_command("analyze", "top", "--store", str(sample_store_path), *flags)
    assert done.returncode == 1 and done.stderr.startswith(message) and len(done.stderr.splitlines()) == 1


def test_analyze_graphml_exports_the_network(sample_store_path, tmp_path):
    done = kg_command("analyze", "graphml", str(tmp_path / "net.graphml"), "--aggregate", "--store", str(sample_store_path))
    (written,) = answer(done)
    network = nx.read_graphml(tmp_path / "net.graphml")
    assert network.nodes["https://w3id.org/newskg/actor/russia"]["name"] == "Russia"
    assert written.startswith(f"wrote {tmp_path / 'net.graphml'}: {network.number_of_nodes()} actors")


def test_analyze_path_lists_chains_with_the_evidence_of_each_hop(sample_store_path):
    lines = answer(kg_command("analyze", "path", "Iran", "Ukraine", "--max-hops", "2", "-n", "3", "--store", str(sample_store_path)))
    assert lines[0].startswith("Iran – ") and lines[0].endswith("Ukraine  (2 hops)")
    hops = [line for line in lines if line.startswith("  ")]
    assert hops and all(line.split(".", 1)[0].strip() in {"1", "2"} for line in hops)


def test_analyze_ego_lists_the_neighbours_and_writes_graphml(sample_store_path, tmp_path):
    done = kg_command("analyze", "ego", "Iran", "--graphml", str(tmp_path / "ego.graphml"), "--store", str(sample_store_path))
    first, *neighbours, written = answer(done)
    assert first.startswith("Iran: ") and any(line.strip().startswith("Russia: ") for line in neighbours)
    ego = nx.read_graphml(tmp_path / "ego.graphml")
    assert "https://w3id.org/newskg/actor/iran" in ego and written == f"wrote {tmp_path / 'ego.graphml'}"


def test_analyze_names_an_actor_the_filters_leave_out_by_its_name(sample_store_path):
    done = kg_command("analyze", "path", "Iran", "Ukraine", "--since", "2030-01-01", "--store", str(sample_store_path))
    assert done.returncode == 1
    assert done.stderr.strip().startswith("kg: E811 'Iran' is not in this network")


def test_analyze_names_an_unknown_actor_in_one_line(sample_store_path):
    done = kg_command("analyze", "dyad", "Rusia", "Washington", "--store", str(sample_store_path))
    assert done.returncode == 1
    assert done.stderr.startswith("kg: E801") and "Did you mean 'Russia'" in done.stderr


@pytest.mark.slow
def test_analyze_works_over_http_against_a_running_server(server):
    done = kg_command("analyze", "top", "-n", "3", "--endpoint", server + "/sparql")
    assert answer(done)[1].split()[0] == "Russia"


def test_analyze_path_says_undated_for_a_hop_from_an_undated_document(tmp_path):
    article = tmp_path / "undated.txt"
    article.write_text("Russia sharply criticized Iran on Monday. Iran praised China for its support.\n", encoding="utf-8")
    store = tmp_path / "store"
    assert kg_command("ingest", str(article), "--store", str(store)).returncode == 0
    lines = answer(kg_command("analyze", "path", "Russia", "China", "--store", str(store)))
    hops = [line for line in lines if line.startswith("  ")]
    assert hops and all("[undated]" in line for line in hops)
