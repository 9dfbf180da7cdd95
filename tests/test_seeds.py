"""The two source articles this project started from (skipped when ../shared/seeds/ is absent)."""

import pytest

from kg.read import read_paths

pytestmark = pytest.mark.seeds

EXPECTED_ACTORS = {
    "Vladimir Putin": "Person",
    "Donald Trump": "Person",
    "Russia": "State",
    "United States": "State",
    "NATO": "IntergovernmentalOrganization",
    "BRICS": "IntergovernmentalOrganization",
    "Institute for the Study of War": "ThinkTank",
}


@pytest.fixture(scope="module")
def seed_extractions(seeds, pipeline):
    return list(pipeline.extract(read_paths(sorted(seeds.glob("*.txt")))))


def test_the_main_actors_of_the_source_articles_are_found_and_typed(seed_extractions):
    found = {a.name: a.type for e in seed_extractions for a in e.actors}
    for name, type_ in EXPECTED_ACTORS.items():
        assert found.get(name) == type_, f"{name}: {found.get(name)}"
