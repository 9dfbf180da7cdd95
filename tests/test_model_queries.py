"""Every example query of docs/model.md runs on the sample store and returns the table the document shows.

When the extraction changes the answers, regenerate the tables with
`python -m kg.evaluation.docs_queries --update docs/model.md` and review the diff.
"""

import pytest

from kg.evaluation.docs_queries import answer, examples, markdown_table
from kg.settings import PROJECT_ROOT

MODEL = PROJECT_ROOT / "docs" / "model.md"
EXAMPLES = examples(MODEL.read_text(encoding="utf-8"))


def test_the_model_documents_at_least_twelve_example_queries_each_with_a_table():
    assert len(EXAMPLES) >= 12
    assert len({e.title for e in EXAMPLES}) == len(EXAMPLES), "titles name the examples, so they are unique"
    for example in EXAMPLES:
        assert example.table, f"### {example.title} has no expected table"
        assert len(example.table) >= 2, f"### {example.title} documents an empty answer"


def test_the_putin_reset_is_answered_both_as_a_typed_relation_and_through_its_words():
    titles = [e.title for e in EXAMPLES[:2]]
    assert "reset" in titles[0] and "words" in titles[1]
    assert "kg:conditionText" in EXAMPLES[0].sparql and "kg:predicateText" in EXAMPLES[1].sparql


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.title for e in EXAMPLES])
def test_the_documented_query_returns_the_documented_rows(sample_store, example):
    actual = answer(sample_store, example.sparql)
    assert actual == example.table, (
        f"docs/model.md is stale for '### {example.title}'. Run `python -m kg.evaluation.docs_queries --update docs/model.md`.\n"
        f"documented:\n{markdown_table(example.table)}actual:\n{markdown_table(actual)}"
    )
