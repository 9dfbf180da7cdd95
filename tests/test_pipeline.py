"""The extraction path as a whole: long documents are read in parts, and every actor has one description."""

import os
from collections import defaultdict

from kg.extract.output import extraction_record
from kg.extract.read import read_text
from kg.store.rdf import to_quads

FILLER = "Subscribe to our newsletter for the latest news and analysis\n"  # repeated: blanked by the clean stage, cheap to parse


def test_a_document_over_a_million_characters_is_read_in_parts_with_offsets_into_the_whole(pipeline):
    news = [
        "Donald Trump praised Vladimir Putin on Monday.\n",
        "Emmanuel Macron criticized Russia on Tuesday.\n",
        "Friedrich Merz praised Ukraine on Friday.\n",
    ]
    last = "Olaf Scholz criticized China on Thursday.\n"
    text = "".join(line + FILLER * (300_000 // len(FILLER)) for line in news)
    text = (text + FILLER * ((1_000_001 - len(text) - len(last)) // len(FILLER)) + last).ljust(1_000_001)
    assert len(text) == 1_000_001
    document = read_text(text)
    extraction = pipeline.extract_one(document)
    found = {(r.subject.name, r.relation, r.object.name): r.evidence for r in extraction.relations}
    assert set(found) == {
        ("Donald Trump", "praises", "Vladimir Putin"),
        ("Emmanuel Macron", "criticizes", "Russia"),
        ("Friedrich Merz", "praises", "Ukraine"),
        ("Olaf Scholz", "criticizes", "China"),
    }
    assert found[("Olaf Scholz", "criticizes", "China")].start > 999_000
    for evidence in found.values():
        assert document.text[evidence.start : evidence.end] == evidence.sentence
    to_quads(extraction)


def test_one_name_typed_two_ways_is_one_actor_with_one_type_so_extract_and_ingest_agree(pipeline):
    # the entity recogniser calls the first "Marco Ferretti" a person and the second an organisation
    document = read_text("Marco Ferretti criticized Russia on Monday. Officials at Marco Ferretti said the company would expand.")
    extraction = pipeline.extract_one(document)
    types = defaultdict(set)
    for mention in extraction.mentions:
        types[mention.actor.name].add(mention.actor.type)
    assert types["Marco Ferretti"] == {"Person"}, "two mentions, one typed each way: the earlier wins the tie"
    to_quads(extraction)  # what kg ingest checks; before, E301 refused what kg extract printed
    [entity] = [e for e in extraction_record(extraction)["entities"] if e["name"] == "Marco Ferretti"]
    assert entity["type"] == "Person"


def test_only_a_pipeline_of_kgs_own_processes_freezes_the_collector_once_a_language_is_loaded():
    import gc

    from kg.extract.pipeline import Pipeline
    from kg.settings import Settings

    gc.unfreeze()
    threshold = gc.get_threshold()
    try:
        Pipeline(Settings()).nlp("en")  # a library user's: the collector keeps walking everything
        assert gc.get_freeze_count() == 0
        own = Pipeline(Settings(), freeze_after_loading=True)
        own.nlp("en")
        frozen = gc.get_freeze_count()
        assert frozen > 0
        own.nlp("en")  # once per language, not per batch
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)


def test_round25_only_a_pipeline_of_kgs_own_processes_collects_its_youngest_objects_less_often():
    import gc

    from kg.extract.pipeline import YOUNG_GENERATION, Pipeline
    from kg.settings import Settings

    threshold = gc.get_threshold()
    try:
        Pipeline(Settings())
        assert gc.get_threshold() == threshold  # a library user's process keeps Python's
        Pipeline(Settings(), freeze_after_loading=True)
        assert gc.get_threshold() == (YOUNG_GENERATION, *threshold[1:])
    finally:
        gc.set_threshold(*threshold)


def test_kgs_processes_run_numpys_blas_on_one_thread_unless_told_otherwise(monkeypatch):
    from kg.settings import blas_on_one_thread

    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    blas_on_one_thread()
    assert os.environ["OPENBLAS_NUM_THREADS"] == "1"
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "4")
    blas_on_one_thread()
    assert os.environ["OPENBLAS_NUM_THREADS"] == "4"
