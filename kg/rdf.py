"""RDF stage: an ``Extraction`` becomes quads in the document's named graph.

Layout (documented with diagrams and example queries in ``docs/model.md``):

- graph ``doc/{id}``: the document's metadata (dcterms, PROV-O), its mentions (surface
  form → actor, with the rule that merged them), one ``kg:Assertion`` node per relation
  with every qualifier and its evidence, and — for asserted, non-negated relations — the
  direct triple ``actor kg:praises actor`` so simple questions stay simple queries;
- graph ``graph/actors``: canonical actor descriptions (type, labels, aliases, owl:sameAs).

Values are checked here, at write time: an unknown relation, an actor without IRI or a
confidence outside 0..1 is refused with the document and field named, and nothing of
that document is written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable

import pyoxigraph as ox

from kg import __version__
from kg.errors import ValidationError
from kg.model import ACTOR_TYPES, MODALITIES, Actor, Extraction, Relation
from kg.vocab import ACTORS_GRAPH, ASSERTION, BASE, DOC, KG, vocabulary

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
OWL = "http://www.w3.org/2002/07/owl#"
DCT = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
WIKIDATA = "http://www.wikidata.org/entity/"
TOPIC = BASE + "topic/"
EXTRACTOR = BASE + f"extractor/{__version__}"

PREFIXES = {
    "kg": KG,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "skos": SKOS,
    "owl": OWL,
    "dcterms": DCT,
    "prov": PROV,
    "actor": BASE + "actor/",
    "doc": DOC,
    "topic": TOPIC,
    "wd": WIKIDATA,
}


def sparql_prefixes() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def lit(value: object, datatype: str | None = None, lang: str | None = None) -> ox.Literal:
    if lang:
        return ox.Literal(str(value), language=lang)
    if datatype:
        return ox.Literal(str(value), datatype=n(XSD + datatype))
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=n(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=n(XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=n(XSD + "decimal"))
    return ox.Literal(str(value))


def document_iri(doc_id: str) -> str:
    return DOC + doc_id


def topic_iri(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return TOPIC + (re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:80] or "topic")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def assertion_iri(doc_id: str, relation: Relation) -> str:
    key = "|".join(
        (relation.subject.iri, relation.relation, relation.object.iri, str(relation.evidence.start), str(relation.negated))
    )
    return f"{ASSERTION}{doc_id}/{hashlib.sha1(key.encode()).hexdigest()[:12]}"


@dataclass(frozen=True)
class DocumentQuads:
    """What one document adds: its own graph, and actor descriptions for the shared graph."""

    graph: str
    sha256: str
    quads: tuple[ox.Quad, ...]
    actor_quads: tuple[ox.Quad, ...]


def to_quads(extraction: Extraction, ingested_at: dt.datetime | None = None) -> DocumentQuads:
    """All quads of one extraction, checked (raises ``ValidationError``)."""
    doc = extraction.document
    graph = n(document_iri(doc.id))
    sha = content_hash(doc.text)
    ingested_at = ingested_at or dt.datetime.now(dt.timezone.utc)
    out: list[ox.Quad] = []

    def add(s: ox.NamedNode, p: str, o: ox.NamedNode | ox.Literal) -> None:
        out.append(ox.Quad(s, n(p), o, graph))

    add(graph, RDF + "type", n(KG + "Document"))
    add(graph, RDF + "type", n(PROV + "Entity"))
    add(graph, DCT + "identifier", lit(doc.id))
    add(graph, DCT + "language", lit(extraction.lang))
    add(graph, KG + "sha256", lit(sha))
    add(graph, KG + "text", lit(doc.text))
    add(graph, KG + "ingestedAt", lit(ingested_at.isoformat(timespec="seconds"), "dateTime"))
    add(graph, KG + "pipelineVersion", lit(__version__))
    add(graph, PROV + "wasGeneratedBy", n(EXTRACTOR))
    if doc.title:
        add(graph, DCT + "title", lit(doc.title))
    if doc.source:
        add(graph, DCT + "publisher", lit(doc.source))
    if doc.url:
        add(graph, DCT + "source", lit(doc.url))
    date = _date(doc.date, doc.id)
    if date:
        add(graph, DCT + "date", lit(date, "date"))
    actors: dict[str, Actor] = {}
    for actor in extraction.actors:
        _check_actor(actor, doc.id, "actors")
        actors[actor.iri] = actor
        add(graph, KG + "mentions", n(actor.iri))
    for index, mention in enumerate(extraction.mentions):
        node = n(f"{graph.value}#mention-{mention.start}-{mention.end}-{index}")
        add(node, RDF + "type", n(KG + "Mention"))
        add(node, KG + "surface", lit(mention.text))
        add(node, KG + "actor", n(mention.actor.iri))
        add(node, KG + "rule", lit(mention.rule))
        add(node, KG + "start", lit(mention.start))
        add(node, KG + "end", lit(mention.end))
        add(node, KG + "inDocument", graph)
    known = vocabulary()
    for relation in extraction.relations:
        _check_relation(relation, doc.id, known)
        for actor in (relation.subject, relation.object, relation.attributed_to):
            if actor is not None:
                actors.setdefault(actor.iri, actor)
        node = n(assertion_iri(doc.id, relation))
        add(node, RDF + "type", n(KG + "Assertion"))
        add(node, RDF + "subject", n(relation.subject.iri))
        add(node, RDF + "predicate", n(KG + relation.relation))
        add(node, RDF + "object", n(relation.object.iri))
        add(node, KG + "negated", lit(relation.negated))
        add(node, KG + "modality", lit(relation.modality))
        add(node, KG + "confidence", lit(f"{relation.confidence:.2f}", "decimal"))
        add(node, KG + "evidence", lit(relation.evidence.sentence))
        add(node, KG + "evidenceStart", lit(relation.evidence.start))
        add(node, KG + "evidenceEnd", lit(relation.evidence.end))
        add(node, KG + "predicateText", lit(relation.predicate_text))
        add(node, KG + "rule", lit(relation.rule))
        add(node, PROV + "wasDerivedFrom", graph)
        add(node, PROV + "wasGeneratedBy", n(EXTRACTOR))
        if date:
            add(node, DCT + "date", lit(date, "date"))
        if relation.attributed_to is not None:
            add(node, KG + "attributedTo", n(relation.attributed_to.iri))
        if relation.condition:
            topic = n(topic_iri(relation.condition))
            add(node, KG + "condition", topic)
            add(node, KG + "conditionText", lit(relation.condition))
            add(topic, RDF + "type", n(KG + "Topic"))
            add(topic, RDFS + "label", lit(relation.condition))
        if not relation.negated and relation.modality == "asserted":
            add(n(relation.subject.iri), KG + relation.relation, n(relation.object.iri))
    return DocumentQuads(graph.value, sha, tuple(out), tuple(actor_quads(actors.values())))


def actor_quads(actors: Iterable[Actor]) -> Iterable[ox.Quad]:
    """Canonical descriptions for the shared actors graph."""
    graph = n(ACTORS_GRAPH)
    for actor in actors:
        node = n(actor.iri)
        yield ox.Quad(node, n(RDF + "type"), n(KG + actor.type), graph)
        yield ox.Quad(node, n(RDF + "type"), n(KG + "Actor"), graph)
        yield ox.Quad(node, n(SKOS + "prefLabel"), lit(actor.name, lang="en"), graph)
        yield ox.Quad(node, n(RDFS + "label"), lit(actor.name), graph)
        for alias in actor.aliases:
            if alias != actor.name:
                yield ox.Quad(node, n(SKOS + "altLabel"), lit(alias), graph)
        if actor.wikidata:
            yield ox.Quad(node, n(OWL + "sameAs"), n(WIKIDATA + actor.wikidata), graph)


def _check_actor(actor: Actor, doc_id: str, field: str) -> None:
    if not actor.iri.startswith(("http://", "https://")):
        raise ValidationError("E301", doc_id=doc_id, field=field, reason=f"has an actor without an IRI ({actor.name!r})")
    if actor.type not in ACTOR_TYPES + ("Topic",):
        raise ValidationError("E301", doc_id=doc_id, field=field, reason=f"has unknown actor type {actor.type!r}")


def _check_relation(relation: Relation, doc_id: str, known: dict) -> None:
    if relation.relation not in known:
        raise ValidationError("E301", doc_id=doc_id, field="relation", reason=f"names unknown relation {relation.relation!r}")
    for field, actor in (("subject", relation.subject), ("object", relation.object), ("attributed_to", relation.attributed_to)):
        if actor is not None:
            _check_actor(actor, doc_id, field)
    if not 0.0 <= relation.confidence <= 1.0:
        raise ValidationError("E301", doc_id=doc_id, field="confidence", reason=f"is {relation.confidence}, not between 0 and 1")
    if relation.modality not in MODALITIES:
        raise ValidationError("E301", doc_id=doc_id, field="modality", reason=f"is {relation.modality!r}, not one of {MODALITIES}")
    if not 0 <= relation.evidence.start <= relation.evidence.end:
        raise ValidationError("E301", doc_id=doc_id, field="evidence", reason="has offsets out of order")


def _date(value: str | None, doc_id: str) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise ValidationError("E301", doc_id=doc_id, field="date", reason=f"is {value!r}, not an ISO date (YYYY-MM-DD)") from None
