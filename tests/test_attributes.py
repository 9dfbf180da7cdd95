"""kg_attribute_ruler: the English pipeline's attribute ruler by table lookups, setting exactly what spaCy's sets."""

from __future__ import annotations

import importlib.util
import itertools
import sys

import numpy as np
import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, POS, SENT_START, TAG

from kg.extract.attributes import speed_up, supported
from kg.extract.parse import load_pipeline
from kg.settings import Settings
from tests.conftest import ROOT

COLUMNS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START, NORM]


@pytest.fixture(scope="module")
def generated() -> list[str]:
    """120 generated articles, a fifth Italian (through the English pipeline too: odd tags), half with scraping noise."""
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    corpus = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = corpus  # its dataclasses look their module up while it loads
    try:
        spec.loader.exec_module(corpus)
        return [article.text for article in itertools.islice(corpus.articles(5, italian=0.2, noise=0.5), 120)]
    finally:
        del sys.modules[spec.name]


@pytest.fixture(scope="module")
def stock():
    return spacy.load(Settings().english_model)


def test_the_english_pipeline_runs_the_table_ruler(stock):
    assert supported(stock.get_pipe("attribute_ruler").patterns)
    assert type(load_pipeline("en").get_pipe("attribute_ruler")).__name__ == "FastAttributeRuler"


def test_every_token_gets_the_attributes_spacys_ruler_gives_it(stock, generated):
    fast = spacy.load(Settings().english_model)
    speed_up(fast)
    tokens = 0
    for expected, got in zip(stock.pipe(generated), fast.pipe(generated)):
        assert np.array_equal(expected.to_array(COLUMNS), got.to_array(COLUMNS)), expected.text[:80]
        assert [str(t.morph) for t in expected] == [str(t.morph) for t in got]
        tokens += len(expected)
    assert tokens > 24_000


def test_a_ruler_with_patterns_it_cannot_read_is_kept(stock):
    nlp = spacy.load(Settings().english_model)
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "a", "OP": "+"}]], {"POS": "DET"})
    speed_up(nlp)
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"


def test_a_table_that_starts_again_between_documents_gives_the_same_attributes(stock, generated, monkeypatch):
    import kg.extract.attributes as attributes

    monkeypatch.setattr(attributes, "_MEMORY", 50)  # a few hundred forms per article: the table starts again before each
    fast = spacy.load(Settings().english_model)
    speed_up(fast)
    for expected, got in zip(stock.pipe(generated[:20]), fast.pipe(generated[:20])):
        assert np.array_equal(expected.to_array(COLUMNS), got.to_array(COLUMNS)), expected.text[:80]
    assert len(fast.get_pipe("attribute_ruler")._form_list) > 50  # a document's forms are all kept while it is read


def test_an_empty_document_passes_through(stock):
    fast = spacy.load(Settings().english_model)
    speed_up(fast)
    assert len(fast("")) == 0
