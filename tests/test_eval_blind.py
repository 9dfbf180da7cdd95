"""The blind set: 170 documents written and annotated from docs/annotation.md alone, frozen.

Nobody who wrote it saw the extractor, and no lexicon row or rule was written to fix one of
its sentences (errors are studied on the train, train-extra and dev-extra sets only). Its scores
are the honest estimate on new text; docs/rounds.md has them round by round. The floors sit a
little below today's figures, so a regression fails here; the goal of the relations issue
(F1 0.75 at precision 0.85) is far above them.
"""

import hashlib

import pytest

from kg.evaluation.scoring import evaluate_entities, evaluate_relations, extract_gold, load_gold
from tests.conftest import DATA

BLIND = DATA / "gold" / "blind.jsonl"
FROZEN = "c648528802cd558dc101e861fc004871ccce031253afe33702b8bda8b7c9136f"


@pytest.fixture(scope="module")
def blind(pipeline):
    golds = load_gold(BLIND)
    return golds, extract_gold(golds, pipeline)


@pytest.fixture(scope="module")
def relations(blind):
    return evaluate_relations(*blind)


def test_the_blind_set_is_the_frozen_one():
    assert hashlib.sha256(BLIND.read_bytes()).hexdigest() == FROZEN, "the blind set is frozen: measure on it, never edit it"


@pytest.mark.parametrize("scope, floor", [("overall", 0.60), ("lang:en", 0.63), ("lang:it", 0.54)])
def test_relation_f1_on_the_blind_set_stays_above_its_floor(relations, scope, floor):
    assert relations.scores[scope].f1 >= floor, relations.table()


def test_relations_on_the_blind_set_keep_their_precision_and_qualifiers(relations):
    assert relations.scores["overall"].precision >= 0.77
    assert relations.extra["condition_recall"] >= 0.50
    assert relations.extra["negation_accuracy"] >= 0.97
    assert relations.extra["attribution_accuracy"] >= 0.88
    assert relations.extra["false_positives_on_no_relation_documents"] <= 1


@pytest.mark.parametrize("scope, floor", [("overall", 0.87), ("lang:en", 0.90), ("lang:it", 0.82)])
def test_entity_f1_on_the_blind_set_stays_above_its_floor(blind, scope, floor):
    assert evaluate_entities(*blind).scores[scope].f1 >= floor
