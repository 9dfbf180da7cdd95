"""The public JSON Lines shape of ``kg extract`` (schema: ``ontologies/extraction.schema.json``).

``{"id", "lang", "entities": [{"name", "type", "iri", "aliases", "country"?, "sector"?}], "relations": [{"subject",
"relation", "object", "negated", "modality", "attributed_to", "condition", "confidence",
"evidence": {"sentence", "start", "end"}}], "warnings": [...]}`` — names are canonical actor names;
a sector actor's ``country`` is its state's name ("Bolivia"), its ``sector`` one of ``kg.model.SECTORS``.
"""

from __future__ import annotations

import json
from pathlib import Path

from kg.actors.gazetteer import ACTOR_BASE, Gazetteer
from kg.model import Actor, Extraction
from kg.settings import ONTOLOGIES

SCHEMA_PATH = ONTOLOGIES / "extraction.schema.json"


def extraction_record(extraction: Extraction) -> dict:
    return {
        "id": extraction.document.id,
        "lang": extraction.lang,
        "entities": [entity_record(a) for a in extraction.actors],
        "relations": [
            {
                "subject": r.subject.name,
                "relation": r.relation,
                "object": r.object.name,
                "negated": r.negated,
                "modality": r.modality,
                "attributed_to": r.attributed_to.name if r.attributed_to else None,
                "condition": r.condition,
                "confidence": r.confidence,
                "evidence": {"sentence": r.evidence.sentence, "start": r.evidence.start, "end": r.evidence.end},
            }
            for r in extraction.relations
        ],
        "warnings": list(extraction.warnings),
    }


def entity_record(actor: Actor) -> dict:
    record = {"name": actor.name, "type": actor.type, "iri": actor.iri, "aliases": list(actor.aliases)}
    if actor.country:
        state = Gazetteer.load().entries.get(actor.country.removeprefix(ACTOR_BASE))
        record["country"] = state.name if state is not None else actor.country
    if actor.sector:
        record["sector"] = actor.sector
    return record


def extraction_json(extraction: Extraction) -> str:
    return json.dumps(extraction_record(extraction), ensure_ascii=False)


def load_schema(path: Path = SCHEMA_PATH) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
