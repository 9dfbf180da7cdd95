"""RDF stage: an ``Extraction`` becomes quads in the document's named graph.

Layout (documented with a diagram and example queries in ``docs/model.md``):

- graph ``doc/{id}``: the document's metadata (dcterms, PROV-O), its mentions (surface
  form → actor, with the rule that merged them), one ``kg:Assertion`` node per relation
  with every qualifier and its evidence, and — for asserted, non-negated relations — the
  direct triple ``actor kg:praises actor`` so simple questions stay simple queries;
- graph ``graph/actors``: canonical actor descriptions (type, labels, aliases, owl:sameAs, and
  for a sector actor its ``kg:country`` and ``kg:sector``), and topics that are the object of a
  relation.

Values are checked here, at write time (``check_extraction``): an unknown relation, a
dangling or contradictory actor reference, a value of the wrong type or offsets outside
the text are refused with the document and field named, before anything is written.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from numbers import Real
from typing import Iterable

import pyoxigraph as ox

from kg import __version__
from kg.errors import ValidationError
from kg.model import ACTOR_TYPES, MODALITIES, SECTORS, Actor, Document, Extraction, Relation
from kg.vocab import ACTOR, ACTORS_GRAPH, ASSERTION, BASE, DOC, KG, vocabulary

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
OWL = "http://www.w3.org/2002/07/owl#"
DCT = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
WIKIDATA = "http://www.wikidata.org/entity/"
TOPIC = BASE + "topic/"
SECTOR = BASE + "sector/"  # the SKOS concepts of the sectors, sector:military …
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
    "sector": SECTOR,
    "wd": WIKIDATA,
}

_WIKIDATA_ID = re.compile(r"Q[1-9][0-9]*")


def sparql_prefixes() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


vocab = functools.cache(ox.NamedNode)
"""``n`` for the few IRIs every document repeats (predicates, classes, datatypes): made once, as a
document's hundreds of quads would otherwise make each of them again. Never for the IRIs of
documents, mentions or actors, which would keep every one of a long ingest in memory."""


def lit(value: object, datatype: str | None = None, lang: str | None = None) -> ox.Literal:
    if lang:
        return ox.Literal(str(value), language=lang)
    if datatype:
        return ox.Literal(str(value), datatype=vocab(XSD + datatype))
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=vocab(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=vocab(XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=vocab(XSD + "decimal"))
    return ox.Literal(str(value))


def document_iri(doc_id: str) -> str:
    return DOC + doc_id


def topic_iri(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return TOPIC + (re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:80].strip("-") or "topic")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def assertion_iri(doc_id: str, relation: Relation) -> str:
    """Stable per document and relation: every field that tells two relations apart is in the key,
    so two different readings of one sentence never collapse into one node."""
    key = "|".join(
        str(part)
        for part in (
            relation.subject.iri, relation.relation, relation.object.iri, relation.evidence.start, relation.evidence.end,
            relation.negated, relation.modality, relation.condition,
            relation.attributed_to.iri if relation.attributed_to else None,
        )
    )
    return f"{ASSERTION}{doc_id}/{hashlib.sha1(key.encode()).hexdigest()[:12]}"


@dataclass(frozen=True)
class DocumentQuads:
    """What one document adds: its own graph, as N-Triples text, and actor descriptions for the shared graph.

    The graph is text because pyoxigraph makes a ``Quad`` slowly for what it holds (3–4 µs with a
    literal in it), and an article has some 700: as quads, most of ``to_quads``'s time. Its parsers
    read the text in Rust instead, when the store writes it (``kg ingest``'s writer thread, which
    leaves the main thread to the parser). The few actor quads stay pyoxigraph values, which the
    store compares with what it holds."""

    graph: str
    sha256: str
    triples: str
    """The document's graph as N-Triples, one triple a line."""
    actor_quads: tuple[ox.Quad, ...]

    @property
    def size(self) -> int:
        """Triples in the document's graph (N-Triples escapes the line ends of literals)."""
        return self.triples.count("\n") + 1

    def trig(self) -> str:
        """The document's graph as a TriG block."""
        return f"<{self.graph}> {{\n{self.triples}\n}}\n"

    @property
    def quads(self) -> tuple[ox.Quad, ...]:
        """The document's graph as pyoxigraph quads, parsed from the text."""
        return tuple(ox.parse(self.trig(), format=ox.RdfFormat.TRIG))


@functools.cache
def _iri(value: str) -> str:
    """A vocabulary IRI as N-Triples writes it, made once."""
    return f"<{value}>"


def _string(value: str, suffix: str = "") -> str:
    """A literal as N-Triples writes it: the four characters its grammar refuses raw escaped;
    ``suffix`` is its ``^^<datatype>`` or ``@language``."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"{suffix}'


_INTEGER = f"^^<{XSD}integer>"
_BOOLEANS = {True: f'"true"^^<{XSD}boolean>', False: f'"false"^^<{XSD}boolean>'}


def to_quads(extraction: Extraction, ingested_at: dt.datetime | None = None) -> DocumentQuads:
    """All quads of one extraction, checked first (raises ``ValidationError``, writes nothing)."""
    check_extraction(extraction)
    doc = extraction.document
    graph_iri = n(document_iri(doc.id)).value  # pyoxigraph refuses an id that makes no IRI
    graph = f"<{graph_iri}>"
    sha = content_hash(doc.text)
    ingested_at = ingested_at or dt.datetime.now(dt.timezone.utc)
    lines: list[str] = []

    @functools.cache
    def iri(value: str) -> str:
        """An actor's IRI as N-Triples writes it, once per document."""
        n(value)  # pyoxigraph refuses what makes no IRI, as when the quads were its values
        return f"<{value}>"

    def add(s: str, p: str, o: str) -> None:
        lines.append(f"{s} {_iri(p)} {o} .")

    add(graph, RDF + "type", _iri(KG + "Document"))
    add(graph, KG + "sha256", _string(sha))
    add(graph, RDF + "type", _iri(PROV + "Entity"))
    add(graph, DCT + "identifier", _string(doc.id))
    add(graph, DCT + "language", _string(extraction.lang))
    add(graph, KG + "text", _string(doc.text))
    add(graph, KG + "ingestedAt", _string(ingested_at.isoformat(timespec="seconds"), f"^^<{XSD}dateTime>"))
    add(graph, KG + "pipelineVersion", _string(__version__))
    add(graph, PROV + "wasGeneratedBy", _iri(EXTRACTOR))
    # The extractor is described in every document graph that uses it, so it goes away with
    # the last of them and no graph depends on another one.
    add(_iri(EXTRACTOR), RDF + "type", _iri(KG + "Extractor"))
    add(_iri(EXTRACTOR), KG + "pipelineVersion", _string(__version__))
    add(_iri(EXTRACTOR), RDFS + "label", _string(f"kg extraction pipeline {__version__}", "@en"))
    if doc.title:
        add(graph, DCT + "title", _string(doc.title))
    if doc.source:
        add(graph, DCT + "publisher", _string(doc.source))
    if doc.url:
        add(graph, DCT + "source", _string(doc.url))
    date = _date(doc.date, doc.id)
    date_literal = _string(date, f"^^<{XSD}date>") if date else ""
    if date:
        add(graph, DCT + "date", date_literal)
    actors: dict[str, Actor] = {}
    mentioned = {mention.actor.iri for mention in extraction.mentions}
    for actor in extraction.actors:
        actors[actor.iri] = actor
        if actor.type != "Topic" and actor.iri in mentioned:  # an actor only its relations name is described, not mentioned
            add(graph, KG + "mentions", iri(actor.iri))
    for index, mention in enumerate(extraction.mentions):
        node = f"<{graph_iri}#mention-{mention.start}-{mention.end}-{index}>"
        add(node, RDF + "type", _iri(KG + "Mention"))
        add(node, KG + "surface", _string(mention.text))
        add(node, KG + "actor", iri(mention.actor.iri))
        add(node, KG + "rule", _string(mention.rule))
        add(node, KG + "start", f'"{mention.start}"{_INTEGER}')
        add(node, KG + "end", f'"{mention.end}"{_INTEGER}')
        add(node, KG + "inDocument", graph)
    for relation in extraction.relations:
        for actor in (relation.subject, relation.object, relation.attributed_to):
            if actor is not None:
                actors.setdefault(actor.iri, actor)
        node = f"<{assertion_iri(doc.id, relation)}>"
        add(node, RDF + "type", _iri(KG + "Assertion"))
        add(node, RDF + "subject", iri(relation.subject.iri))
        add(node, RDF + "predicate", _iri(KG + relation.relation))
        add(node, RDF + "object", iri(relation.object.iri))
        add(node, KG + "negated", _BOOLEANS[relation.negated])
        add(node, KG + "modality", _string(relation.modality))
        add(node, KG + "confidence", f'"{relation.confidence:.2f}"^^<{XSD}decimal>')
        add(node, KG + "evidence", _string(relation.evidence.sentence))
        add(node, KG + "evidenceStart", f'"{relation.evidence.start}"{_INTEGER}')
        add(node, KG + "evidenceEnd", f'"{relation.evidence.end}"{_INTEGER}')
        if relation.predicate_text:
            add(node, KG + "predicateText", _string(relation.predicate_text))
        if relation.rule:
            add(node, KG + "rule", _string(relation.rule))
        add(node, PROV + "wasDerivedFrom", graph)
        add(node, PROV + "wasGeneratedBy", _iri(EXTRACTOR))
        if date:
            add(node, DCT + "date", date_literal)
        if relation.attributed_to is not None:
            add(node, KG + "attributedTo", iri(relation.attributed_to.iri))
        if relation.condition:
            topic = f"<{topic_iri(relation.condition)}>"
            add(node, KG + "condition", topic)
            add(node, KG + "conditionText", _string(relation.condition))
            add(topic, RDF + "type", _iri(KG + "Topic"))
            add(topic, RDFS + "label", _string(relation.condition))
        if not relation.negated and relation.modality == "asserted":
            add(iri(relation.subject.iri), KG + relation.relation, iri(relation.object.iri))
    return DocumentQuads(graph_iri, sha, "\n".join(lines), tuple(actor_quads(actors.values())))


def actor_quads(actors: Iterable[Actor]) -> Iterable[ox.Quad]:
    """Canonical descriptions for the shared actors graph (topics that are objects too)."""
    graph = vocab(ACTORS_GRAPH)
    for actor in actors:
        node = n(actor.iri)
        if actor.type == "Topic":
            yield ox.Quad(node, vocab(RDF + "type"), vocab(KG + "Topic"), graph)
            yield ox.Quad(node, vocab(RDFS + "label"), lit(actor.name), graph)
            continue
        yield ox.Quad(node, vocab(RDF + "type"), vocab(KG + actor.type), graph)
        yield ox.Quad(node, vocab(RDF + "type"), vocab(KG + "Actor"), graph)
        yield ox.Quad(node, vocab(SKOS + "prefLabel"), lit(actor.name, lang="en"), graph)
        yield ox.Quad(node, vocab(RDFS + "label"), lit(actor.name), graph)
        for alias in actor.aliases:
            if alias != actor.name:
                yield ox.Quad(node, vocab(SKOS + "altLabel"), lit(alias), graph)
        if actor.wikidata:
            yield ox.Quad(node, vocab(OWL + "sameAs"), n(WIKIDATA + actor.wikidata), graph)
        if actor.country:
            yield ox.Quad(node, vocab(KG + "country"), n(actor.country), graph)
        if actor.sector:
            yield ox.Quad(node, vocab(KG + "sector"), vocab(SECTOR + actor.sector), graph)


# --- write-time checks -------------------------------------------------------------------


def check_extraction(extraction: Extraction) -> None:
    """Refuse an extraction that would write a bad graph; the error names the document and field.

    Checked: document metadata types and the ISO date; every actor (IRI, name, type,
    Wikidata id, country IRI and sector, one description per IRI); mentions point at the document's actors and
    inside its text; relations name a known relation, carry values of the right types
    (bool, number in 0..1, int offsets inside the text, a known modality).
    """
    doc = extraction.document
    check = _Checker(doc.id)
    _check_document(doc, extraction.lang, check)
    described: dict[str, Actor] = {}
    for index, actor in enumerate(extraction.actors):
        check.actor(actor, f"actors[{index}]", described)
    length = len(doc.text)
    for index, mention in enumerate(extraction.mentions):
        field = f"mentions[{index}]"
        check.text(mention.text, f"{field}.text")
        check.text(mention.rule, f"{field}.rule", allow_empty=True)
        check.span(mention.start, mention.end, length, field)
        if mention.actor.iri not in described:
            check.fail(f"{field}.actor", f"points at {mention.actor.iri!r}, which is not among the document's actors (a dangling reference)")
        check.actor(mention.actor, f"{field}.actor", described)
    known = vocabulary()
    for index, relation in enumerate(extraction.relations):
        _check_relation(relation, f"relations[{index}]", known, length, described, check)


class _Checker:
    """Small helpers that raise ``E301`` with the document id and the field path."""

    def __init__(self, doc_id: str) -> None:
        self.doc_id = doc_id

    def fail(self, field: str, reason: str) -> None:
        raise ValidationError("E301", doc_id=self.doc_id, field=field, reason=reason)

    def text(self, value: object, field: str, allow_empty: bool = False, optional: bool = False) -> None:
        if value is None and optional:
            return
        if not isinstance(value, str):
            self.fail(field, f"is {value!r} ({type(value).__name__}), not a string")
        if not value.strip() and not allow_empty:
            self.fail(field, "is empty")

    def integer(self, value: object, field: str) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(field, f"is {value!r} ({type(value).__name__}), not an integer")

    def span(self, start: object, end: object, length: int, field: str) -> None:
        self.integer(start, f"{field}.start")
        self.integer(end, f"{field}.end")
        if not 0 <= start <= end <= length:
            self.fail(field, f"has offsets {start}..{end} outside the text (0..{length}) or out of order")

    def actor(self, actor: object, field: str, described: dict[str, Actor]) -> None:
        if not isinstance(actor, Actor):
            self.fail(field, f"is {actor!r}, not an Actor")
        if described.get(actor.iri) is actor:
            return  # this very (frozen) value passed already: an article refers to each actor ~20 times
        if not isinstance(actor.iri, str) or not _usable_iri(actor.iri):
            self.fail(field, f"has an actor without a usable IRI ({actor.name!r}: {actor.iri!r})")
        self.text(actor.name, f"{field}.name")
        if actor.type not in ACTOR_TYPES + ("Topic",):
            self.fail(field, f"has unknown actor type {actor.type!r} (known: {', '.join(ACTOR_TYPES + ('Topic',))})")
        if actor.wikidata is not None and not (isinstance(actor.wikidata, str) and _WIKIDATA_ID.fullmatch(actor.wikidata)):
            self.fail(f"{field}.wikidata", f"is {actor.wikidata!r}, not a Wikidata id such as 'Q159'")
        if actor.country is not None and not (isinstance(actor.country, str) and actor.country.startswith(ACTOR) and _usable_iri(actor.country)):
            self.fail(f"{field}.country", f"is {actor.country!r}, not the IRI of a state such as '{ACTOR}bolivia'")
        if actor.sector is not None and actor.sector not in SECTORS:
            self.fail(f"{field}.sector", f"is {actor.sector!r}, not one of {', '.join(SECTORS)}")
        for alias in actor.aliases:
            self.text(alias, f"{field}.aliases")
        earlier = described.setdefault(actor.iri, actor)
        if (earlier.name, earlier.type, earlier.country, earlier.sector) != (actor.name, actor.type, actor.country, actor.sector):
            self.fail(field, f"describes {actor.iri} as {_described(actor)} but it is also {_described(earlier)}")


def _described(actor: Actor) -> str:
    place = ", ".join(str(v) for v in (actor.country, actor.sector) if v)
    return f"{actor.name!r} ({actor.type}{', ' + place if place else ''})"


def _usable_iri(iri: str) -> bool:
    return iri.startswith(("http://", "https://")) and not any(c in iri for c in ' <>"{}|\\^`')


def _check_document(doc: Document, lang: object, check: _Checker) -> None:
    check.text(doc.text, "text")
    check.text(lang, "lang")
    for field in ("title", "source", "url"):
        check.text(getattr(doc, field), field, allow_empty=True, optional=True)
    _date(doc.date, doc.id)


def _check_relation(
    relation: Relation, field: str, known: dict, length: int, described: dict[str, Actor], check: _Checker
) -> None:
    if relation.relation not in known:
        check.fail(f"{field}.relation", f"names unknown relation {relation.relation!r} (known: {', '.join(known)})")
    for role in ("subject", "object", "attributed_to"):
        actor = getattr(relation, role)
        if actor is not None or role != "attributed_to":
            check.actor(actor, f"{field}.{role}", described)
    if relation.subject.type == "Topic" or (relation.attributed_to is not None and relation.attributed_to.type == "Topic"):
        check.fail(field, "has a topic as subject or source; only the object of a relation may be a topic")
    if not isinstance(relation.negated, bool):
        check.fail(f"{field}.negated", f"is {relation.negated!r}, not true or false")
    if isinstance(relation.confidence, bool) or not isinstance(relation.confidence, Real) or not 0.0 <= relation.confidence <= 1.0:
        check.fail(f"{field}.confidence", f"is {relation.confidence!r}, not a number between 0 and 1")
    if relation.modality not in MODALITIES:
        check.fail(f"{field}.modality", f"is {relation.modality!r}, not one of {', '.join(MODALITIES)}")
    check.text(relation.evidence.sentence, f"{field}.evidence.sentence")
    check.span(relation.evidence.start, relation.evidence.end, length, f"{field}.evidence")
    check.text(relation.condition, f"{field}.condition", optional=True)
    check.text(relation.predicate_text, f"{field}.predicate_text", allow_empty=True)
    check.text(relation.rule, f"{field}.rule", allow_empty=True)


def _date(value: object, doc_id: str) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise ValidationError("E301", doc_id=doc_id, field="date", reason=f"is {value!r}, not an ISO date (YYYY-MM-DD)") from None
