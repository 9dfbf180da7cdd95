"""Exports of the whole store, chosen by name from one table (``FORMATS``).

- RDF: ``ttl`` and ``nt`` (the union of all graphs), ``trig`` and ``nq`` (every named
  graph kept), ``rdfxml``, and ``jsonld``: compact JSON-LD 1.1 using the published
  context ``ontologies/context.jsonld`` (embedded, so the file reads without network);
- networks: ``graphml`` and ``gexf`` — the actor network, one edge per direct relation
  triple per document, with the relation's group, tone, PLOVER/CAMEO codes, the document,
  its date, the number of assertions behind the edge and one evidence sentence;
- tables: ``csv`` — one row per assertion (``ASSERTION_COLUMNS``).

>>> from kg.store.embedded import open_store
>>> export(open_store(None), "csv").decode().splitlines()[0].split(",")[:4]
['document', 'date', 'subject', 'relation']
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Callable

import networkx as nx
from pyld import jsonld

from kg.errors import FormatError
from kg.store.query import execute, python_value
from kg.settings import ONTOLOGIES
from kg.store.embedded import EmbeddedStore
from kg.vocab import ACTORS_GRAPH, KG, vocabulary

CONTEXT_PATH = ONTOLOGIES / "context.jsonld"

ASSERTION_COLUMNS = (
    "document", "date", "subject", "relation", "object", "negated", "modality", "condition",
    "attributed_to", "confidence", "evidence", "start", "end",
    "predicate_text", "subject_iri", "object_iri", "attributed_to_iri", "assertion",
)

_ASSERTIONS = """
SELECT ?document ?date ?subject ?relation ?object ?negated ?modality ?condition ?attributed_to
       ?confidence ?evidence ?start ?end ?predicate_text ?subject_iri ?object_iri ?attributed_to_iri ?assertion
WHERE {
  GRAPH ?graph {
    ?assertion a kg:Assertion ; rdf:subject ?subject_iri ; rdf:predicate ?p ; rdf:object ?object_iri ;
       kg:negated ?negated ; kg:modality ?modality ; kg:confidence ?confidence ;
       kg:evidence ?evidence ; kg:evidenceStart ?start ; kg:evidenceEnd ?end .
    ?graph dcterms:identifier ?document .
    OPTIONAL { ?graph dcterms:date ?date }
    OPTIONAL { ?assertion kg:conditionText ?condition }
    OPTIONAL { ?assertion kg:predicateText ?predicate_text }
  }
  BIND(STRAFTER(STR(?p), STR(kg:)) AS ?relation)
  OPTIONAL { GRAPH <%(actors)s> { ?subject_iri rdfs:label ?subject } }
  OPTIONAL { GRAPH <%(actors)s> { ?object_iri rdfs:label ?object } }
  OPTIONAL {
    GRAPH ?graph { ?assertion kg:attributedTo ?attributed_to_iri }
    OPTIONAL { GRAPH <%(actors)s> { ?attributed_to_iri rdfs:label ?attributed_to } }
  }
}
ORDER BY ?document ?start ?assertion
"""

_NODES = """
SELECT ?node ?label ?type ?wikidata WHERE {
  GRAPH <%(actors)s> {
    ?node a ?class ; rdfs:label ?label .
    FILTER(?class != kg:Actor)
    OPTIONAL { ?node owl:sameAs ?wikidata }
  }
  BIND(STRAFTER(STR(?class), STR(kg:)) AS ?type)
}
ORDER BY ?node
"""

_EDGES = """
SELECT ?document ?date ?source ?p ?target (COUNT(DISTINCT ?assertion) AS ?assertions)
       (MAX(?confidence) AS ?max_confidence) (MIN(?sentence) AS ?evidence)
WHERE {
  GRAPH ?graph {
    ?graph a kg:Document ; dcterms:identifier ?document .
    ?source ?p ?target .
    OPTIONAL { ?graph dcterms:date ?date }
    OPTIONAL {
      ?assertion rdf:subject ?source ; rdf:predicate ?p ; rdf:object ?target ;
                 kg:negated false ; kg:modality "asserted" ; kg:confidence ?confidence ; kg:evidence ?sentence .
    }
  }
  VALUES ?p { %(relations)s }
}
GROUP BY ?document ?date ?source ?p ?target
ORDER BY ?document ?source ?p ?target
"""


@dataclass(frozen=True)
class ExportFormat:
    """One export: its name on the command line, the usual file extension and the writer."""

    name: str
    extension: str
    write: Callable[[EmbeddedStore], bytes]


def export(store: EmbeddedStore, fmt: str) -> bytes:
    """The whole store in format ``fmt`` (a key of ``FORMATS``); ``FormatError`` for others."""
    if fmt not in FORMATS:
        raise FormatError("E303", fmt=fmt, known=", ".join(FORMATS))
    return FORMATS[fmt].write(store)


def context() -> dict:
    """The published JSON-LD context (the object under ``@context`` in ``ontologies/context.jsonld``)."""
    return json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))["@context"]


def to_jsonld(store: EmbeddedStore) -> bytes:
    """Compact JSON-LD: one ``@graph`` entry per named graph, terms from the published context."""
    expanded = jsonld.from_rdf(store.dump("nq").decode("utf-8"), {"format": "application/n-quads"})
    compacted = jsonld.compact(expanded, {"@context": context()})
    return json.dumps(compacted, ensure_ascii=False, indent=1).encode("utf-8")


def actor_network(store: EmbeddedStore) -> nx.MultiDiGraph:
    """Actors (and topics that are objects) as nodes; one edge per direct relation triple per document.

    Node attributes: ``label``, ``type``, ``wikidata``. Edge attributes: ``relation``, ``group``,
    ``tone``, ``plover``, ``cameo``, ``document``, ``date``, ``assertions``, ``confidence``,
    ``evidence``. Missing values are empty strings, which GraphML and GEXF can carry.
    """
    network = nx.MultiDiGraph(name="newskg actor network")
    for row in execute(store, _NODES % {"actors": ACTORS_GRAPH}).rows:
        network.add_node(
            row["node"].value,
            label=row["label"].value,
            type=row["type"].value,
            wikidata=row["wikidata"].value.rsplit("/", 1)[-1] if row["wikidata"] else "",
        )
    relations = vocabulary()
    edges = execute(store, _EDGES % {"relations": " ".join(f"<{r.iri}>" for r in relations.values())})
    for row in edges.rows:
        kind = relations[row["p"].value.removeprefix(KG)]
        source, target = row["source"].value, row["target"].value
        for node in (source, target):
            if node not in network:  # described nowhere: keep the edge, mark the node as such
                network.add_node(node, label=node.rsplit("/", 1)[-1], type="", wikidata="")
        document = row["document"].value
        network.add_edge(
            source, target, key=f"{document}/{kind.name}",
            relation=kind.name, group=kind.group, tone=kind.tone,
            plover=kind.plover or "", cameo=kind.cameo or "",
            document=document, date=row["date"].value if row["date"] else "",
            assertions=int(row["assertions"].value),
            confidence=float(row["max_confidence"].value) if row["max_confidence"] else 0.0,
            evidence=row["evidence"].value if row["evidence"] else "",
        )
    return network


def assertion_rows(store: EmbeddedStore) -> list[dict[str, object]]:
    """One dict per assertion with the keys of ``ASSERTION_COLUMNS`` (Python values, None when absent)."""
    result = execute(store, _ASSERTIONS % {"actors": ACTORS_GRAPH})
    return [{column: python_value(row[column]) for column in ASSERTION_COLUMNS} for row in result.rows]


def to_csv(store: EmbeddedStore) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=ASSERTION_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in assertion_rows(store):
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return out.getvalue().encode("utf-8")


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _network_writer(write: Callable[[nx.Graph, io.BytesIO], None]) -> Callable[[EmbeddedStore], bytes]:
    def writer(store: EmbeddedStore) -> bytes:
        out = io.BytesIO()
        write(actor_network(store), out)
        return out.getvalue()

    return writer


def _rdf_writer(name: str) -> Callable[[EmbeddedStore], bytes]:
    return lambda store: store.dump(name)


FORMATS: dict[str, ExportFormat] = {
    fmt.name: fmt
    for fmt in (
        ExportFormat("ttl", "ttl", _rdf_writer("ttl")),
        ExportFormat("trig", "trig", _rdf_writer("trig")),
        ExportFormat("nq", "nq", _rdf_writer("nq")),
        ExportFormat("nt", "nt", _rdf_writer("nt")),
        ExportFormat("rdfxml", "rdf", _rdf_writer("rdfxml")),
        ExportFormat("jsonld", "jsonld", to_jsonld),
        ExportFormat("graphml", "graphml", _network_writer(nx.write_graphml)),
        ExportFormat("gexf", "gexf", _network_writer(nx.write_gexf)),
        ExportFormat("csv", "csv", to_csv),
    )
}
