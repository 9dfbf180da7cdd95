"""Entity extraction quality on the annotated dev set stays above its floors (so regressions fail CI).

Floors sit a little below what the extractors reach (see docs/actors.md for the current table):
a drop below them is a regression to look at, not noise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluation.scoring import evaluate_entities, extract_gold, load_gold

GOLD = Path(__file__).parent / "data" / "gold" / "dev.jsonl"
FLOORS = {"overall": 0.95, "lang:en": 0.95, "lang:it": 0.93, "type:Person": 0.95, "type:State": 0.97}


@pytest.fixture(scope="module")
def report(pipeline):
    golds = load_gold(GOLD)
    return evaluate_entities(golds, extract_gold(golds, pipeline))


@pytest.mark.parametrize("scope", sorted(FLOORS))
def test_entity_f1_stays_above_its_floor(report, scope):
    assert report.scores[scope].f1 >= FLOORS[scope], "\n".join(report.errors)


def test_every_annotated_entity_type_is_recognised(report):
    for scope, score in report.scores.items():
        if scope.startswith("type:") and score.tp + score.fn:
            floor = 0.9 if score.tp + score.fn >= 10 else 0.75  # one miss in five is noise, not a lost type
            assert score.recall >= floor, f"{scope}: {score.as_dict()}"
