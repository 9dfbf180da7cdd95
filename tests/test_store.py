"""The store's lifecycle: one graph per document, atomic replacement, exact removal, actors cleaned up."""

import dataclasses
import shutil

import pyoxigraph as ox
import pytest

from kg.errors import KGError, NotFoundError, ValidationError
from kg.extract.pipeline import Pipeline
from kg.settings import Settings
from kg.store.ingest import ingest, stored_hashes
from kg.store.rdf import RDF, document_iri, to_quads
from kg.extract.read import read_paths, read_text
from kg.store.embedded import open_store
from kg.store.protocol import ONTOLOGY_PATH
from kg.vocab import ACTORS_GRAPH, KG, ONTOLOGY_GRAPH
from tests.builders import ISW, NATO, PUTIN, RUSSIA, UNITED_STATES, praise_extraction, reset_extraction, with_relation
from tests.conftest import SAMPLES, kg_command


def dump(store) -> bytes:
    return store.dump("nq")


def graph_of(store, graph: str) -> set:
    return set(store.quads(graph))


def described(store) -> set[str]:
    return {q.subject.value for q in store.quads(ACTORS_GRAPH)}


@pytest.fixture
def two_documents():
    store = open_store(None)
    store.put_document(to_quads(reset_extraction()))
    store.put_document(to_quads(praise_extraction()))
    return store


def test_each_document_has_its_own_graph_and_actors_share_one(two_documents):
    graphs = {q.graph_name.value for q in two_documents.quads()}
    assert graphs == {document_iri("en-reset"), document_iri("en-praise"), ACTORS_GRAPH, ONTOLOGY_GRAPH}
    assert described(two_documents) == {a.iri for a in (PUTIN, RUSSIA, UNITED_STATES, NATO, ISW)}
    assert two_documents.documents() == ["en-praise", "en-reset"]


def test_the_ontology_is_stored_once_in_its_own_graph(two_documents):
    stored = {ox.Triple(q.subject, q.predicate, q.object) for q in graph_of(two_documents, ONTOLOGY_GRAPH)}
    from_file = ox.Store()  # loaded the same way, so literals are normalised the same way ("1.0" = "1")
    from_file.load(path=str(ONTOLOGY_PATH), format=ox.RdfFormat.TURTLE)
    expected = {ox.Triple(q.subject, q.predicate, q.object) for q in from_file}
    assert expected <= stored and len(stored) == len(expected) + 1  # plus the hash that tells whether the file changed
    assert two_documents.query("ASK { kg:praises rdfs:subPropertyOf kg:cooperative ; kg:tone ?t }")


def test_a_dump_about_documents_only_leaves_the_ontology_out(two_documents):
    graphs = {q.graph_name.value for q in ox.parse(two_documents.dump("nq", ontology=False), format=ox.RdfFormat.N_QUADS)}
    assert graphs == {document_iri("en-reset"), document_iri("en-praise"), ACTORS_GRAPH}


def test_changed_content_replaces_the_document_graph_whole(two_documents):
    other = graph_of(two_documents, document_iri("en-praise"))
    changed = reset_extraction(text=reset_extraction().document.text + " Officials disagreed.")
    changed = dataclasses.replace(changed, relations=changed.relations[:2], mentions=changed.mentions[:4])
    two_documents.put_document(to_quads(changed))
    assert not two_documents.query("ASK { ?a rdf:predicate kg:criticizes ; rdf:subject actor:vladimir-putin ; kg:negated true }")
    assert len(list(two_documents.query("SELECT ?h WHERE { GRAPH doc:en-reset { doc:en-reset kg:sha256 ?h } }"))) == 1
    assert graph_of(two_documents, document_iri("en-praise")) == other
    assert NATO.iri in described(two_documents), "NATO is still used by the other document"


def test_an_actor_no_document_uses_any_more_loses_its_description(two_documents):
    without_isw = with_relation(reset_extraction(), attributed_to=None)
    without_isw = dataclasses.replace(
        without_isw, actors=tuple(a for a in without_isw.actors if a != ISW), mentions=tuple(m for m in without_isw.mentions if m.actor != ISW)
    )
    two_documents.put_document(to_quads(without_isw))
    assert ISW.iri not in described(two_documents)


def test_remove_deletes_the_document_and_the_actors_only_it_used_and_nothing_else(two_documents):
    before = set(two_documents.quads())
    doc = document_iri("en-reset")
    only_there = {RUSSIA.iri, UNITED_STATES.iri, ISW.iri}
    two_documents.remove_document("en-reset")
    gone = before - set(two_documents.quads())
    assert {q for q in gone if q.graph_name.value == doc} == {q for q in before if q.graph_name.value == doc}
    assert {q.subject.value for q in gone if q.graph_name.value == ACTORS_GRAPH} == only_there
    assert {q.graph_name.value for q in gone} == {doc, ACTORS_GRAPH}
    assert set(two_documents.quads()) <= before


def test_removing_an_unknown_document_says_so_and_changes_nothing(two_documents):
    before = dump(two_documents)
    with pytest.raises(NotFoundError, match="E403.*'en-nowhere'"):
        two_documents.remove_document("en-nowhere")
    assert dump(two_documents) == before


def test_a_failing_document_leaves_the_store_byte_identical(tmp_path):
    store = open_store(tmp_path / "store")
    store.put_document(to_quads(reset_extraction()))
    before = dump(store)
    bad = with_relation(reset_extraction(text=reset_extraction().document.text + " More."), 2, relation="admires")
    with pytest.raises(ValidationError, match="en-reset.*relations\\[2\\].relation"):
        store.put_document(to_quads(bad))
    assert dump(store) == before
    store.close()


def test_one_update_is_one_transaction_so_a_document_write_is_whole_or_nothing(two_documents):
    """put_document relies on this: its DROP, DELETEs and INSERT are one update request."""
    before = dump(two_documents)
    with pytest.raises(RuntimeError, match="does not exist"):
        two_documents.update(
            f"DROP GRAPH <{document_iri('en-reset')}> ; "
            "INSERT DATA { GRAPH <http://example.org/x> { <http://example.org/a> <http://example.org/b> <http://example.org/c> } } ; "
            "DROP GRAPH <http://example.org/never-stored>"
        )
    assert dump(two_documents) == before


def test_reingesting_unchanged_samples_is_a_no_op_and_removing_one_touches_only_it(sample_store_path, pipeline, tmp_path):
    copy = tmp_path / "store"
    shutil.copytree(sample_store_path, copy)
    store = open_store(copy)
    before = dump(store)
    documents = read_paths([SAMPLES])
    report = ingest(store, documents, pipeline)
    assert (report.documents, report.unchanged) == (0, len(documents))
    assert dump(store) == before
    victim = documents[0].id
    store.remove_document(victim)
    assert victim not in store.documents() and len(store.documents()) == len(documents) - 1
    assert not list(store.quads(document_iri(victim)))
    store.close()


def test_unchanged_documents_are_skipped_before_parsing(sample_store_path, tmp_path):
    copy = tmp_path / "store"
    shutil.copytree(sample_store_path, copy)
    store = open_store(copy)
    # a pipeline that cannot load any English model: had one document reached the parser, this run would fail
    unloadable = Pipeline(Settings(english_model="no_such_model", batch_size=4))
    documents = read_paths([SAMPLES])
    report = ingest(store, documents, unloadable)
    assert (report.documents, report.unchanged) == (0, len(documents))
    with pytest.raises(KGError):
        ingest(store, [dataclasses.replace(documents[0], text=documents[0].text + " Changed.")], unloadable)
    store.close()


def test_stored_hashes_answers_for_many_documents_at_once(sample_store):
    ids = sample_store.documents()[:3]
    assert stored_hashes(sample_store, [*ids, "not-stored"]) == {i: sample_store.document_hash(i) for i in ids}


def test_kg_remove_checks_every_id_before_deleting_anything(sample_store_path, tmp_path):
    copy = tmp_path / "store"
    shutil.copytree(sample_store_path, copy)
    first = open_store(copy, read_only=True).documents()[0]
    refused = kg_command("remove", first, "no-such-document", "--store", str(copy))
    assert refused.returncode == 1 and "E403" in refused.stderr and "'no-such-document'" in refused.stderr
    assert first in open_store(copy, read_only=True).documents()
    done = kg_command("remove", first, "--store", str(copy))
    assert done.returncode == 0, done.stderr
    assert f"removed {first}" in done.stdout
    assert first not in open_store(copy, read_only=True).documents()


def test_the_ingest_report_counts_actors_the_way_kg_stats_does(pipeline):
    store = open_store(None)
    # Merz's office makes him the CDU's leader: a fact about an actor the text never names
    text = "Opposition leader Friedrich Merz accused the chancellor of undermining European unity."
    report = ingest(store, [read_text(text, id="merz")], pipeline)
    extraction = pipeline.extract_one(read_text(text))
    mentioned = {m.actor.iri for m in extraction.mentions}
    assert report.actors == store.stats().actors == len(extraction.actors) > len(mentioned)


def test_a_new_document_written_by_the_quick_path_leaves_the_store_the_general_update_would(pipeline):
    """EmbeddedStore.put_document adds a new document's quads directly; the general SPARQL update
    (SparqlStore.put_document) must leave the same store, documents sharing actors included."""
    from kg.store.protocol import SparqlStore

    texts = [read_text(t) for t in (
        "Russia criticised NATO on Monday.", "Vladimir Putin praised Donald Trump.", "NATO said Russia attacked Ukraine.",
    )]
    quick, general = open_store(None), open_store(None)
    for extraction in pipeline.extract(texts):
        quads = to_quads(extraction)
        quick.put_document(quads)
        SparqlStore.put_document(general, quads)
    assert set(quick.quads()) == set(general.quads())


def described_by(extraction, actor):
    """The extraction with every reference to ``actor``'s IRI pointing at ``actor`` (a new description)."""
    swap = lambda a: actor if a is not None and a.iri == actor.iri else a  # noqa: E731
    return dataclasses.replace(
        extraction,
        actors=tuple(swap(a) for a in extraction.actors),
        mentions=tuple(dataclasses.replace(m, actor=swap(m.actor)) for m in extraction.mentions),
        relations=tuple(dataclasses.replace(r, subject=swap(r.subject), object=swap(r.object)) for r in extraction.relations),
    )


@pytest.mark.parametrize("bulk_min, bulk_max", [(None, None), (1, None), (1, 100)], ids=["as-set", "bulk-loaded", "runs-split"])
def test_a_batch_written_together_leaves_the_store_its_documents_written_one_by_one(bulk_min, bulk_max, tmp_path, monkeypatch):
    """EmbeddedStore.put_documents writes each run of documents that only add quads in one call (one
    transaction, or one bulk load from BULK_MIN_QUADS; a run longer than BULK_MAX_QUADS is split) and the
    others by the general update, in order: a later document describing an actor otherwise, and one that
    comes again changed, end as when each is written by itself."""
    from kg.store import embedded
    from kg.store.protocol import SparqlStore

    for name, value in (("BULK_MIN_QUADS", bulk_min), ("BULK_MAX_QUADS", bulk_max)):
        if value is not None:
            monkeypatch.setattr(embedded, name, value)

    changed = reset_extraction(text=reset_extraction().document.text + " Officials disagreed.")
    batch = [to_quads(e) for e in (
        reset_extraction(), praise_extraction(), described_by(praise_extraction("en-praise-2"), dataclasses.replace(PUTIN, wikidata=None)),
        praise_extraction("en-praise-3"), changed, reset_extraction("en-reset-2"),
    )]
    together, one_by_one = open_store(tmp_path / "store"), open_store(None)
    together.put_documents(batch)
    for quads in batch:
        SparqlStore.put_document(one_by_one, quads)
    assert set(together.quads()) == set(one_by_one.quads())
    assert together.documents() == ["en-praise", "en-praise-2", "en-praise-3", "en-reset", "en-reset-2"]
    together.close()


def test_a_graph_written_without_its_marks_is_no_document_and_the_next_write_replaces_it(tmp_path):
    """A document graph without its marks (type and content hash) — what a store loaded from a partial
    dump holds — is no document to any reader, and kg ingest writes it again, whole."""
    first, second = to_quads(praise_extraction()), to_quads(reset_extraction())
    store = open_store(tmp_path / "store")
    store.put_document(first)
    marks = (f"<{second.graph}> <{RDF}type> <{KG}Document> .", f"<{second.graph}> <{KG}sha256> ")
    unmarked = "\n".join(line for line in second.triples.splitlines() if not line.startswith(marks))
    store._store.bulk_load(f"<{second.graph}> {{\n{unmarked}\n}}\n", format=ox.RdfFormat.TRIG)  # the graph without its marks
    assert store.documents() == ["en-praise"] and store.stats().documents == 1
    assert stored_hashes(store, ["en-praise", "en-reset"]) == {"en-praise": first.sha256}
    store.put_documents([second])
    whole = open_store(None)
    whole.put_documents([first, second])
    assert set(store.quads()) == set(whole.quads())
    assert store.documents() == ["en-praise", "en-reset"]
    store.close()
