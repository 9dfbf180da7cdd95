"""The blind held-out set: written without sight of the extractor, never tuned on.

Its scores are the honest estimate of quality on new text (see docs/relations.md); the
floors sit a little below today's figures so that a regression fails here too.
"""

import pytest

from kg.evaluation.scoring import evaluate_entities, evaluate_relations, extract_gold, load_gold
from tests.conftest import DATA

HELDOUT = DATA / "gold" / "heldout.jsonl"


@pytest.fixture(scope="module")
def heldout(pipeline):
    golds = load_gold(HELDOUT)
    return golds, extract_gold(golds, pipeline)


@pytest.mark.parametrize("scope, floor", [("overall", 0.94), ("lang:en", 0.94), ("lang:it", 0.92)])
def test_entity_f1_on_unseen_text_stays_above_its_floor(heldout, scope, floor):
    report = evaluate_entities(*heldout)
    assert report.scores[scope].f1 >= floor, report.table()


@pytest.mark.parametrize("scope, floor", [("overall", 0.70), ("lang:en", 0.72), ("lang:it", 0.60)])
def test_relation_f1_on_unseen_text_stays_above_its_floor(heldout, scope, floor):
    report = evaluate_relations(*heldout)
    assert report.scores[scope].f1 >= floor, report.table()


def test_relations_on_unseen_text_are_precise_and_their_qualifiers_right(heldout):
    report = evaluate_relations(*heldout)
    # 0.885 before reactions reached the last sentence's act; since, one "opposed the measures" the gold leaves out
    assert report.scores["overall"].precision >= 0.87
    assert report.extra["negation_accuracy"] >= 0.95
    assert report.extra["attribution_accuracy"] >= 0.90
    assert report.extra["false_positives_on_no_relation_documents"] == 0
