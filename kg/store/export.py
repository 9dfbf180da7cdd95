"""Exports of the whole store, chosen by name from one table (``FORMATS``).

- RDF: ``ttl`` and ``nt`` (the union of all graphs), ``trig`` and ``nq`` (every named
  graph kept), ``rdfxml``, and ``jsonld``: compact JSON-LD 1.1 using the published
  context ``ontologies/context.jsonld`` (embedded, so the file reads without network);
- networks: ``graphml`` and ``gexf`` — the actor network of ``kg.explore.network`` (the one
  ``kg analyze graphml`` writes) over the relations stated as facts (asserted, not negated:
  the assertions behind the direct triples): one edge per assertion, with the relation's
  group, tone, PLOVER/CAMEO codes, the document, its date, the confidence and the evidence;
- tables: ``csv`` — one row per assertion (``ASSERTION_COLUMNS``), read by
  ``kg.explore.assertions``, oldest first.

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
from kg.explore.assertions import AssertionFilter, assertion_record, find_assertions
from kg.explore.network import actor_network, writable
from kg.explore.scope import Scope
from kg.settings import ONTOLOGIES
from kg.store.protocol import SparqlStore

CONTEXT_PATH = ONTOLOGIES / "context.jsonld"

ASSERTION_COLUMNS = (
    "document", "date", "subject", "relation", "object", "negated", "modality", "condition",
    "attributed_to", "confidence", "evidence", "start", "end",
    "predicate_text", "subject_iri", "object_iri", "attributed_to_iri", "assertion",
)

# What the network formats hold: the assertions a direct triple stands for (see docs/model.md).
_FACTS = AssertionFilter(scope=Scope(facts=True))


@dataclass(frozen=True)
class ExportFormat:
    """One export: its name on the command line, the usual file extension and the writer."""

    name: str
    extension: str
    write: Callable[[SparqlStore], bytes]


def export(store: SparqlStore, fmt: str) -> bytes:
    """The whole store in format ``fmt`` (a key of ``FORMATS``); ``FormatError`` for others."""
    if fmt not in FORMATS:
        raise FormatError("E303", fmt=fmt, known=", ".join(FORMATS))
    return FORMATS[fmt].write(store)


def context() -> dict:
    """The published JSON-LD context (the object under ``@context`` in ``ontologies/context.jsonld``)."""
    return json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))["@context"]


def to_jsonld(store: SparqlStore) -> bytes:
    """Compact JSON-LD: one ``@graph`` entry per named graph, terms from the published context."""
    expanded = jsonld.from_rdf(store.dump("nq").decode("utf-8"), {"format": "application/n-quads"})
    compacted = jsonld.compact(expanded, {"@context": context()})
    return json.dumps(compacted, ensure_ascii=False, indent=1).encode("utf-8")


def fact_network(store: SparqlStore) -> nx.MultiDiGraph:
    """The actor network (``kg.explore.network.actor_network``) of the relations stated as facts."""
    return actor_network(find_assertions(store, _FACTS).items)


def assertion_rows(store: SparqlStore) -> list[dict[str, object]]:
    """One dict per assertion with the keys of ``ASSERTION_COLUMNS`` (Python values, None when absent), oldest first."""
    records = (assertion_record(a) for a in find_assertions(store, AssertionFilter()).items)
    return [{column: record[column] for column in ASSERTION_COLUMNS} for record in records]


def to_csv(store: SparqlStore) -> bytes:
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


def _network_writer(write: Callable[[nx.Graph, io.BytesIO], None]) -> Callable[[SparqlStore], bytes]:
    def writer(store: SparqlStore) -> bytes:
        out = io.BytesIO()
        write(writable(fact_network(store)), out)
        return out.getvalue()

    return writer


def _rdf_writer(name: str) -> Callable[[SparqlStore], bytes]:
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
