"""The two source articles this project started from (skipped when ../shared/seeds/ is absent)."""

import pytest

from kg.extract.read import read_paths

pytestmark = pytest.mark.seeds

EXPECTED_ACTORS = {
    "Vladimir Putin": "Person",
    "Donald Trump": "Person",
    "Russia": "State",
    "United States": "State",
    "NATO": "IntergovernmentalOrganization",
    "BRICS": "IntergovernmentalOrganization",
    "Institute for the Study of War": "ThinkTank",
    "Konstantin Remchukov": "Person",
    "Joshua Huminski": "Person",
    "Center for the Study of the Presidency and Congress": "ThinkTank",
    "Valdai Discussion Club": "ThinkTank",
    "Ukraine": "State",
    "Iran": "State",
    "North Korea": "State",
    "China": "State",
    "Nezavisimaya Gazeta": "Media",
}
# Seats of power and capitals stand for their state.
EXPECTED_MERGES = {"Washington": "United States", "Kremlin": "Russia", "Moscow": "Russia"}


@pytest.fixture(scope="module")
def seed_extractions(seeds, pipeline):
    return list(pipeline.extract(read_paths(sorted(seeds.glob("*.txt")))))


def test_the_main_actors_of_the_source_articles_are_found_and_typed(seed_extractions):
    found = {a.name: a.type for e in seed_extractions for a in e.actors}
    for name, type_ in EXPECTED_ACTORS.items():
        assert found.get(name) == type_, f"{name}: {found.get(name)}"


def test_capitals_and_seats_of_power_resolve_to_their_state(seed_extractions):
    resolved = {m.text: m.actor.name for e in seed_extractions for m in e.mentions}
    for surface, name in EXPECTED_MERGES.items():
        assert resolved.get(surface) == name, f"{surface}: {resolved.get(surface)}"


def test_the_editor_is_affiliated_with_his_newspaper(seed_extractions):
    facts = {(r.subject.name, r.relation, r.object.name) for e in seed_extractions for r in e.relations}
    assert ("Konstantin Remchukov", "affiliatedWith", "Nezavisimaya Gazeta") in facts


def test_the_publisher_named_in_the_byline_is_an_actor(seed_extractions):
    found = {a.name: a.type for e in seed_extractions for a in e.actors}
    assert found.get("The Washington Post") == "Media"
