"""Relations from the two source articles (skipped when ../shared/seeds/ is absent)."""

import pytest

from kg.extract.read import read_paths

pytestmark = pytest.mark.seeds


@pytest.fixture(scope="module")
def seed_relations(seeds, pipeline):
    documents = read_paths(sorted(seeds.glob("*.txt")))
    return [(d, r) for e in pipeline.extract(documents) for d in [e.document] for r in e.relations]


def found(seed_relations, subject, relation, obj):
    return [r for _, r in seed_relations if (r.subject.name, r.relation, r.object.name) == (subject, relation, obj)]


def test_putin_demands_of_the_united_states_on_condition_of_sanctions_and_support_for_ukraine(seed_relations):
    conditional = [r for r in found(seed_relations, "Vladimir Putin", "demands", "United States") if r.condition]
    assert conditional
    assert "sanctions" in conditional[0].condition and "support for Ukraine" in conditional[0].condition


def test_trump_praises_putin(seed_relations):
    assert found(seed_relations, "Donald Trump", "praises", "Vladimir Putin")


def test_putin_criticizes_nato_as_the_report_says(seed_relations):
    [relation] = found(seed_relations, "Vladimir Putin", "criticizes", "NATO")
    assert relation.attributed_to.name == "Institute for the Study of War"


@pytest.mark.parametrize("partner", ["Iran", "North Korea", "China"])
def test_russia_cooperates_with_its_coalition_partners_according_to_isw(seed_relations, partner):
    relations = found(seed_relations, partner, "cooperatesWith", "Russia") + found(seed_relations, "Russia", "cooperatesWith", partner)
    assert relations
    assert relations[0].attributed_to.name == "Institute for the Study of War"


def test_the_italian_interview_yields_influence_and_praise(seed_relations):
    italian = {(r.subject.name, r.relation, r.object.name) for _, r in seed_relations if r.rule.startswith("linear-")}
    assert ("Vladimir Putin", "influences", "Donald Trump") in italian
    assert ("Donald Trump", "praises", "Vladimir Putin") in italian


def test_no_relation_comes_from_the_noise_in_the_source_articles(seed_relations):
    noise = ("geriatra", "Getty Images", "Author:", "1 year old")
    for document, relation in seed_relations:
        assert not any(n in relation.evidence.sentence for n in noise), relation.evidence.sentence
        assert document.text[relation.evidence.start : relation.evidence.end] == relation.evidence.sentence
