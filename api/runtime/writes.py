"""The changes clients may ask for, as data: a serving process sends one to the supervisor,
which applies it to the primary store (``apply``) with no other write in between.

Each is a plain dataclass, so it crosses the process boundary as it is; ``apply`` gets the
primary store and the extraction pipeline (loaded by the supervisor on first use, so spaCy
lives in one process only) and returns what the route answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from kg.errors import NotFoundError
from kg.model import Document, Extraction
from kg.extract.output import extraction_record
from kg.store.protocol import Store
from kg.store.query import FORMATS
from kg.store.rdf import to_quads

Extractor = Callable[[Document], Extraction]


def missing_graph(graph: str | None) -> NotFoundError:
    """E709 for a graph a Graph Store request names: an IRI, or ``None`` for the default graph."""
    return NotFoundError("E709", graph="default" if graph is None else graph)


@dataclass(frozen=True)
class Update:
    """A SPARQL 1.1 Update."""

    text: str

    def apply(self, store: Store, extract: Extractor) -> None:
        store.update(self.text)


@dataclass(frozen=True)
class PutGraph:
    """Graph Store PUT (``replace``) or POST: RDF in a format of ``kg.store.query.FORMATS``, relative
    IRIs resolved against ``base_iri``, into one graph (``None``: the default graph); ``True`` if it was created."""

    graph: str | None
    data: bytes
    format: str
    base_iri: str
    replace: bool

    def apply(self, store: Store, extract: Extractor) -> bool:
        return store.load(self.data, FORMATS[self.format].syntax, self.graph, self.replace, self.base_iri)


@dataclass(frozen=True)
class DropGraph:
    """Graph Store DELETE; E709 if there is no such graph."""

    graph: str | None

    def apply(self, store: Store, extract: Extractor) -> None:
        if not store.graph_exists(self.graph):
            raise missing_graph(self.graph)
        store.update("DROP DEFAULT" if self.graph is None else f"DROP GRAPH <{self.graph}>")


@dataclass(frozen=True)
class Ingest:
    """Extract one document and store it; the extraction as ``kg extract`` writes it."""

    document: Document

    def apply(self, store: Store, extract: Extractor) -> dict:
        extraction = extract(self.document)
        store.put_document(to_quads(extraction))
        return extraction_record(extraction)


@dataclass(frozen=True)
class RemoveDocument:
    """Delete a document and what only it said."""

    doc_id: str

    def apply(self, store: Store, extract: Extractor) -> None:
        store.remove_document(self.doc_id)


Write = Update | PutGraph | DropGraph | Ingest | RemoveDocument
