"""What the page asks of the server besides SPARQL and REST: examples, the ontology's terms, the colours."""

from __future__ import annotations

import json

import httpx

from kg.settings import ONTOLOGIES
from kg.vocab import ASSERTION


def test_the_vocabulary_offers_the_ontologys_classes_and_properties_as_prefixed_names(server):
    terms = {term["name"]: term for term in httpx.get(server + "/vocabulary").json()["terms"]}
    assert terms["kg:demands"]["kind"] == "property" and terms["kg:demands"]["label"] == "demands"
    assert terms["kg:Person"]["kind"] == "class" and terms["kg:Person"]["comment"]
    assert {"skos:prefLabel", "rdf:subject", "dcterms:date"} <= set(terms)  # what the shapes say the store writes
    assert all(":" in name and not name.startswith("http") for name in terms)


def test_the_palette_is_the_file_kg_plots_reads(server):
    served = httpx.get(server + "/palette")
    assert served.headers["content-type"].startswith("application/json")
    assert served.json() == json.loads((ONTOLOGIES / "palette.json").read_text(encoding="utf-8"))


def test_the_examples_carry_the_namespace_of_assertions_so_the_page_can_link_them(server):
    assert httpx.get(server + "/examples").json()["assertions"] == ASSERTION
