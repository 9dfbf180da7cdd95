"""A generated dataset shaped like our model, as N-Quads, for the store and query benchmarks.

Deterministic: actors in the actors graph, then one named graph per document with its
metadata, five mentions and three assertions (with qualifiers and evidence), about a hundred
triples each. ``bench/sparql.py`` queries it, ``bench/bulk.py`` loads it.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.store.rdf import DCT, PROV, RDF, RDFS, SKOS, XSD  # noqa: E402
from kg.vocab import ACTOR, ACTORS_GRAPH, ASSERTION, DOC, KG, vocabulary  # noqa: E402

TYPES = ("Person", "State", "Organization", "IntergovernmentalOrganization", "Media", "ThinkTank", "Group")
TRIPLES_PER_DOCUMENT = 100  # roughly: metadata, 5 mentions, 3 assertions (see document())
ONTOLOGY = ROOT / "ontologies" / "kg.ttl"


def n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def typed(value: object, kind: str) -> ox.Literal:
    return ox.Literal(str(value), datatype=n(XSD + kind))


def actors(count: int) -> list[ox.Quad]:
    graph = n(ACTORS_GRAPH)
    quads = []
    for i in range(count):
        actor = n(f"{ACTOR}actor-{i}")
        quads += [
            ox.Quad(actor, n(RDF + "type"), n(KG + "Actor"), graph),
            ox.Quad(actor, n(RDF + "type"), n(KG + TYPES[i % len(TYPES)]), graph),
            ox.Quad(actor, n(SKOS + "prefLabel"), ox.Literal(f"Actor {i}", language="en"), graph),
            ox.Quad(actor, n(RDFS + "label"), ox.Literal(f"Actor {i}"), graph),
            ox.Quad(actor, n(SKOS + "altLabel"), ox.Literal(f"A{i}"), graph),
            ox.Quad(actor, n("http://www.w3.org/2002/07/owl#sameAs"), n(f"http://www.wikidata.org/entity/Q{1000 + i}"), graph),
        ]
    return quads


def document(index: int, rng: random.Random, actor_count: int, relations: list[str]) -> list[ox.Quad]:
    """One document graph: metadata, five mentions and three assertions (two asserted, one negated)."""
    doc = n(f"{DOC}doc-{index}")
    day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(900))
    date = typed(day.isoformat(), "date")
    quads = []
    add = lambda s, p, o: quads.append(ox.Quad(s, n(p), o, doc))  # noqa: E731
    add(doc, RDF + "type", n(KG + "Document"))
    add(doc, DCT + "identifier", ox.Literal(f"doc-{index}"))
    add(doc, DCT + "title", ox.Literal(f"Story number {index}"))
    add(doc, DCT + "date", date)
    add(doc, DCT + "publisher", ox.Literal(f"Outlet {index % 17}"))
    add(doc, DCT + "language", ox.Literal("en" if index % 4 else "it"))
    add(doc, KG + "sha256", ox.Literal(f"{index:064x}"))
    add(doc, KG + "text", ox.Literal(f"Text of story {index}. " * 20))
    add(doc, KG + "ingestedAt", typed("2025-06-01T00:00:00+00:00", "dateTime"))
    add(doc, PROV + "wasGeneratedBy", n(KG + "extractor"))
    cast = rng.sample(range(actor_count), 5)
    for position, who in enumerate(cast):
        actor = n(f"{ACTOR}actor-{who}")
        mention = n(f"{DOC}doc-{index}#mention-{position}")
        add(doc, KG + "mentions", actor)
        add(mention, RDF + "type", n(KG + "Mention"))
        add(mention, KG + "surface", ox.Literal(f"Actor {who}"))
        add(mention, KG + "actor", actor)
        add(mention, KG + "rule", ox.Literal("gazetteer"))
        add(mention, KG + "start", typed(position * 40, "integer"))
        add(mention, KG + "inDocument", doc)
    for k in range(3):
        subject, obj = (n(f"{ACTOR}actor-{who}") for who in rng.sample(cast, 2))
        relation = relations[rng.randrange(len(relations))]
        negated = k == 2
        node = n(f"{ASSERTION}doc-{index}/{k}")
        add(node, RDF + "type", n(KG + "Assertion"))
        add(node, RDF + "subject", subject)
        add(node, RDF + "predicate", n(KG + relation))
        add(node, RDF + "object", obj)
        add(node, KG + "negated", typed("true" if negated else "false", "boolean"))
        add(node, KG + "modality", ox.Literal("asserted"))
        add(node, KG + "confidence", typed(f"0.{rng.randrange(50, 99)}", "decimal"))
        add(node, KG + "evidence", ox.Literal(f"Sentence {k} of story {index} where the relation {relation} is stated."))
        add(node, KG + "evidenceStart", typed(k * 100, "integer"))
        add(node, KG + "evidenceEnd", typed(k * 100 + 80, "integer"))
        add(node, KG + "predicateText", ox.Literal(relation))
        add(node, KG + "rule", ox.Literal("lexicon"))
        add(node, DCT + "date", date)
        add(node, PROV + "wasDerivedFrom", doc)
        if k == 1:
            add(node, KG + "attributedTo", n(f"{ACTOR}actor-{cast[4]}"))
        if not negated:
            add(subject, KG + relation, obj)
    return quads


def shape(triples: int) -> tuple[int, int]:
    """(documents, actors) of the dataset of about ``triples`` triples."""
    documents = max(10, triples // TRIPLES_PER_DOCUMENT)
    return documents, max(20, documents // 5)


def generate(triples: int, target: Path) -> tuple[int, int]:
    """Write the dataset as N-Quads; returns (documents, actors)."""
    rng = random.Random(20250601)
    documents, actor_count = shape(triples)
    relations = sorted(vocabulary())
    with target.open("wb") as out:
        ox.serialize(actors(actor_count), out, format=ox.RdfFormat.N_QUADS)
        for index in range(documents):
            ox.serialize(document(index, rng, actor_count, relations), out, format=ox.RdfFormat.N_QUADS)
    return documents, actor_count


def dataset(triples: int, target: Path | None, folder: Path) -> tuple[Path, int, int]:
    """The N-Quads file at ``target`` when it exists, else generated there (or into ``folder``);
    returns (path, documents, actors) — the counts ``generate`` would give for ``triples``."""
    path = target or folder / f"data-{triples}.nq"
    if path.exists():
        print(f"using {path} ({path.stat().st_size / 1e6:,.0f} MB)", flush=True)
        return path, *shape(triples)
    started = time.perf_counter()
    documents, actor_count = generate(triples, path)
    print(f"generated {path.stat().st_size / 1e6:,.0f} MB of N-Quads ({documents} documents, {actor_count} actors) "
          f"in {time.perf_counter() - started:.0f} s", flush=True)
    return path, documents, actor_count
