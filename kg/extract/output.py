"""The public JSON Lines shape of ``kg extract`` (schema: ``ontologies/extraction.schema.json``).

``{"id", "lang", "entities": [{"name", "type", "iri", "aliases"}], "relations": [{"subject",
"relation", "object", "negated", "modality", "attributed_to", "condition", "confidence",
"evidence": {"sentence", "start", "end"}}], "warnings": [...]}`` — names are canonical actor names.
"""

from __future__ import annotations

import json
from pathlib import Path

from kg.model import Extraction
from kg.settings import ONTOLOGIES

SCHEMA_PATH = ONTOLOGIES / "extraction.schema.json"


def extraction_record(extraction: Extraction) -> dict:
    return {
        "id": extraction.document.id,
        "lang": extraction.lang,
        "entities": [
            {"name": a.name, "type": a.type, "iri": a.iri, "aliases": list(a.aliases)} for a in extraction.actors
        ],
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


def extraction_json(extraction: Extraction) -> str:
    return json.dumps(extraction_record(extraction), ensure_ascii=False)


def load_schema(path: Path = SCHEMA_PATH) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
