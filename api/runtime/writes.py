"""The changes clients may ask for, as data: a serving process sends one to the supervisor,
which applies it to the primary store (``apply``) with no other write in between.

Each is a plain dataclass, so it crosses the process boundary as it is; ``apply`` gets the
primary store and the extraction pipeline (loaded by the supervisor on first use, so spaCy
lives in one process only) and returns what the route answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import pyoxigraph as ox

from kg.errors import NotFoundError
from kg.model import Document, Extraction
from kg.extract.output import extraction_record
from kg.store.rdf import to_quads
from kg.store.embedded import EmbeddedStore

Extractor = Callable[[Document], Extraction]


def graph_node(iri: str | None) -> ox.NamedNode | ox.DefaultGraph:
    """The graph a Graph Store request names: an IRI, or ``None`` for the default graph."""
    return ox.DefaultGraph() if iri is None else ox.NamedNode(iri)


def graph_exists(store: EmbeddedStore, graph: ox.NamedNode | ox.DefaultGraph) -> bool:
    return isinstance(graph, ox.DefaultGraph) or store.store.contains_named_graph(graph)


def missing_graph(graph: ox.NamedNode | ox.DefaultGraph) -> NotFoundError:
    return NotFoundError("E709", graph=graph.value if isinstance(graph, ox.NamedNode) else "default")


def graph_ref(graph: ox.NamedNode | ox.DefaultGraph) -> str:
    return "DEFAULT" if isinstance(graph, ox.DefaultGraph) else f"GRAPH {graph}"


@dataclass(frozen=True)
class Update:
    """A SPARQL 1.1 Update."""

    text: str

    def apply(self, store: EmbeddedStore, extract: Extractor) -> None:
        store.update(self.text)


@dataclass(frozen=True)
class PutGraph:
    """Graph Store PUT (``replace``) or POST: the triples, as N-Triples, into one graph; ``True`` if it was created."""

    graph: str | None
    ntriples: str
    replace: bool

    def apply(self, store: EmbeddedStore, extract: Extractor) -> bool:
        target = graph_node(self.graph)
        created = not graph_exists(store, target)
        drop = f"DROP SILENT {graph_ref(target)} ;\n" if self.replace else ""
        inner = f"GRAPH {target} {{\n{self.ntriples}\n}}" if self.graph is not None else self.ntriples
        store.update(f"{drop}INSERT DATA {{ {inner} }}")
        return created


@dataclass(frozen=True)
class DropGraph:
    """Graph Store DELETE; E709 if there is no such graph."""

    graph: str | None

    def apply(self, store: EmbeddedStore, extract: Extractor) -> None:
        target = graph_node(self.graph)
        if not graph_exists(store, target):
            raise missing_graph(target)
        store.update(f"DROP {graph_ref(target)}")


@dataclass(frozen=True)
class Ingest:
    """Extract one document and store it; the extraction as ``kg extract`` writes it."""

    document: Document

    def apply(self, store: EmbeddedStore, extract: Extractor) -> dict:
        extraction = extract(self.document)
        store.put_document(to_quads(extraction))
        return extraction_record(extraction)


@dataclass(frozen=True)
class RemoveDocument:
    """Delete a document and what only it said."""

    doc_id: str

    def apply(self, store: EmbeddedStore, extract: Extractor) -> None:
        store.remove_document(self.doc_id)


Write = Update | PutGraph | DropGraph | Ingest | RemoveDocument
