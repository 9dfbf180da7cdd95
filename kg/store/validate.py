"""SHACL validation of the store against ``ontologies/shapes.ttl`` (pySHACL).

The union of the document and actor graphs is checked, with ``ontologies/kg.ttl`` mixed
in so the shapes can ask whether a predicate is a relation of the ontology. A report
lists each result as focus node, path and message, in prefixed names:

    doc:en-foo  dcterms:date  A document has at most one dcterms:date, an xsd:date (YYYY-MM-DD). (value: '12/11/2024')

``kg validate`` prints it and exits non-zero when there is a violation.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox
import rdflib
from pyshacl import validate as shacl_validate
from rdflib.collection import Collection
from rdflib.namespace import SH, NamespaceManager
from rdflib.term import Node

from kg.store.rdf import PREFIXES
from kg.settings import ONTOLOGIES
from kg.store.protocol import Store
from kg.vocab import ONTOLOGY_GRAPH

SHAPES_PATH = ONTOLOGIES / "shapes.ttl"
ONTOLOGY_PATH = ONTOLOGIES / "kg.ttl"


@dataclass(frozen=True)
class Violation:
    """One SHACL result, in prefixed names: what is wrong, where, and the offending value."""

    focus: str
    path: str
    message: str
    value: str
    severity: str  # Violation | Warning | Info

    def line(self) -> str:
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.focus}  {self.path or '-'}  {self.message}{value}"


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    results: tuple[Violation, ...]
    triples: int

    @property
    def violations(self) -> tuple[Violation, ...]:
        return tuple(r for r in self.results if r.severity == "Violation")

    def text(self) -> str:
        """Readable report: one line per result, sorted, and a last line with the verdict."""
        lines = sorted(r.line() if r.severity == "Violation" else f"[{r.severity}] {r.line()}" for r in self.results)
        verdict = "conforms" if self.conforms else f"{len(self.violations)} violation(s)"
        return "\n".join(lines + [f"{verdict}: {self.triples} triples checked against {SHAPES_PATH.name}"])


def validate_store(store: Store, shapes: Path = SHAPES_PATH) -> ValidationReport:
    """Check every document, actor, topic, mention and assertion in the store (on any store: one CONSTRUCT)."""
    triples = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{ONTOLOGY_GRAPH}>) }}")
    return validate_quads(triples, shapes)


def validate_quads(quads: Iterable[ox.Quad | ox.Triple], shapes: Path = SHAPES_PATH) -> ValidationReport:
    """Check a set of quads (their union, graph names ignored), e.g. one document before it is stored."""
    lines = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
    data = rdflib.Graph()
    data.parse(data=lines, format="nt")
    conforms, results, _ = shacl_validate(
        data,
        shacl_graph=rdflib.Graph().parse(shapes, format="turtle"),
        ont_graph=rdflib.Graph().parse(ONTOLOGY_PATH, format="turtle"),
        inference="none",
        advanced=True,  # SPARQL targets (see the "Findings" in shapes.ttl)
        allow_warnings=True,
    )
    return ValidationReport(bool(conforms), tuple(_results(results)), len(data))


def _results(report: rdflib.Graph) -> Iterable[Violation]:
    names = NamespaceManager(rdflib.Graph(), bind_namespaces="none")
    for prefix, iri in PREFIXES.items():
        names.bind(prefix, iri)
    for result in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        yield Violation(
            focus=_show(report.value(result, SH.focusNode), names),
            path=_path(report, report.value(result, SH.resultPath), names),
            message=str(report.value(result, SH.resultMessage) or ""),
            value=_show(report.value(result, SH.value), names),
            severity=str(report.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
        )


def _show(node: Node | None, names: NamespaceManager) -> str:
    if node is None:
        return ""
    if isinstance(node, rdflib.URIRef):
        return node.n3(names)
    if isinstance(node, rdflib.Literal):
        text = str(node)
        return repr(text[:80] + "…" if len(text) > 80 else text)
    return str(node)


def _path(report: rdflib.Graph, path: Node | None, names: NamespaceManager) -> str:
    """A property path as SPARQL writes it: ``rdf:predicate/rdfs:subPropertyOf`` for a sequence."""
    if path is None:
        return ""
    if isinstance(path, rdflib.BNode):
        return "/".join(_show(step, names) for step in Collection(report, path))
    return _show(path, names)
