"""SHACL shapes check documents, actors and assertions; `kg validate` reports violations readably."""

import pytest

from kg.store.rdf import to_quads
from kg.store.embedded import open_store
from kg.store.validate import validate_store
from tests.builders import reset_extraction
from tests.conftest import kg_command

BROKEN = [
    (
        "a relation the ontology does not have",
        "INSERT DATA { GRAPH doc:en-reset { <https://w3id.org/newskg/assertion/x> a kg:Assertion ; rdf:predicate kg:admires } }",
        "<https://w3id.org/newskg/assertion/x>",
        "rdf:predicate/rdfs:subPropertyOf",
        "must be a relation of the ontology",
    ),
    (
        "a confidence above 1",
        "DELETE { GRAPH ?g { ?a kg:confidence ?c } } INSERT { GRAPH ?g { ?a kg:confidence 1.5 } } "
        "WHERE { GRAPH ?g { ?a kg:confidence ?c ; rdf:predicate kg:demands } }",
        "<https://w3id.org/newskg/assertion/",
        "kg:confidence",
        "from 0 to 1",
    ),
    (
        "a date that is only a string",
        "DELETE { GRAPH doc:en-reset { doc:en-reset dcterms:date ?d } } INSERT { GRAPH doc:en-reset { doc:en-reset dcterms:date '12/11/2024' } } "
        "WHERE { GRAPH doc:en-reset { doc:en-reset dcterms:date ?d } }",
        "doc:en-reset",
        "dcterms:date",
        "xsd:date",
    ),
    (
        "an actor with no type",
        "DELETE WHERE { GRAPH <https://w3id.org/newskg/graph/actors> { actor:nato a kg:IntergovernmentalOrganization } }",
        "actor:nato",
        "rdf:type",
        "exactly one actor type",
    ),
    (
        "an asserted relation without its direct triple",
        "DELETE WHERE { GRAPH doc:en-reset { actor:vladimir-putin kg:leaderOf actor:russia } }",
        "<https://w3id.org/newskg/assertion/",
        "rdf:predicate",
        "the direct triple subject-relation-object is missing",
    ),
    (
        "a mention running past the text",
        "DELETE { GRAPH doc:en-reset { ?m kg:end 5 } } INSERT { GRAPH doc:en-reset { ?m kg:end 5000 } } WHERE { GRAPH doc:en-reset { ?m kg:end 5 } }",
        "<https://w3id.org/newskg/doc/en-reset#mention-0-5-0>",
        "kg:end",
        "runs past the end of its document's kg:text",
    ),
    (
        "a condition without its words",
        "DELETE WHERE { GRAPH doc:en-reset { ?a kg:conditionText ?t } }",
        "<https://w3id.org/newskg/assertion/",
        "-",
        "both a kg:condition and a kg:conditionText, or neither",
    ),
    (
        "a document under another document's IRI",
        "DELETE { GRAPH doc:en-reset { doc:en-reset dcterms:identifier ?i } } INSERT { GRAPH doc:en-reset { doc:en-reset dcterms:identifier 'en-other' } } "
        "WHERE { GRAPH doc:en-reset { doc:en-reset dcterms:identifier ?i } }",
        "doc:en-reset",
        "dcterms:identifier",
        "does not end with its dcterms:identifier",
    ),
    (
        "a country written as a name",
        "INSERT DATA { GRAPH <https://w3id.org/newskg/graph/actors> { actor:nato kg:country 'Belgium' } }",
        "actor:nato",
        "kg:country",
        "the IRI of a state",
    ),
    (
        "an actor in two sectors",
        "INSERT DATA { GRAPH <https://w3id.org/newskg/graph/actors> { actor:nato kg:sector "
        "<https://w3id.org/newskg/sector/military> , <https://w3id.org/newskg/sector/police> } }",
        "actor:nato",
        "kg:sector",
        "at most one kg:sector",
    ),
    (
        "a mention pointing at nobody",
        "DELETE { GRAPH doc:en-reset { ?m kg:actor ?a } } WHERE { GRAPH doc:en-reset { ?m kg:actor ?a ; kg:start 0 } }",
        "<https://w3id.org/newskg/doc/en-reset#mention-0-5-0>",
        "kg:actor",
        "exactly one kg:actor",
    ),
]


@pytest.fixture
def reset_store(tmp_path):
    path = tmp_path / "store"
    store = open_store(path)
    store.put_document(to_quads(reset_extraction()))
    store.close()
    return path


def test_a_store_written_by_the_pipeline_stages_conforms(reset_store):
    assert validate_store(open_store(reset_store, read_only=True)).conforms


@pytest.mark.parametrize("change, focus, path, message", [case[1:] for case in BROKEN], ids=[case[0] for case in BROKEN])
def test_each_kind_of_damage_is_reported_with_focus_node_path_and_message(reset_store, change, focus, path, message):
    store = open_store(reset_store)
    store.update(change)
    report = validate_store(store)
    assert not report.conforms
    lines = [v.line() for v in report.violations]
    assert any(line.startswith(focus) and f"  {path}  " in line and message in line for line in lines), "\n".join(lines)


def test_kg_validate_lists_violations_and_exits_non_zero(reset_store):
    store = open_store(reset_store)
    store.update(BROKEN[1][1])
    store.close()
    done = kg_command("validate", "--store", str(reset_store))
    assert done.returncode == 1
    assert "kg:confidence  An assertion needs exactly one kg:confidence, an xsd:decimal from 0 to 1. (value: '1.5')" in done.stdout
    assert "1 violation(s)" in done.stdout
    assert "E302" in done.stderr and "1 violation(s)" in done.stderr


def test_the_graph_built_from_the_samples_conforms_to_the_shapes(sample_store_path):
    done = kg_command("validate", "--store", str(sample_store_path))
    assert done.returncode == 0, done.stdout + done.stderr
    verdict = done.stdout.strip().splitlines()[-1]
    assert verdict.startswith("conforms: ") and int(verdict.split()[1]) > 1000
