"""Extraction quality against annotated documents: ``kg eval entities|relations GOLD.jsonl``.

Gold lines look like ``kg extract`` output plus the text: ``{"id", "lang", "text",
"entities": [{"name", "type", "aliases"}], "relations": [{"subject", "relation",
"object", "negated", "attributed_to", "condition", "modality"}]}``.

Matching is by names and aliases, never by position: a predicted actor matches a gold
actor when their surface forms overlap (case-insensitive, a leading article aside: "l'esercito
pakistano" is the mention "esercito pakistano"), one to one. An entity counts as
correct only with the right type. A relation counts as correct when its subject, relation
and object match (unordered for symmetric relations); negation and attribution are then
scored on the matched pairs.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from kg.actors.gazetteer import actor_iri
from kg.errors import ReadError
from kg.model import ACTOR_TYPES, Actor, Extraction, Relation
from kg.extract.pipeline import Pipeline
from kg.extract.read import read_text
from kg.relations.component import CONFIDENCE_PATH, PRIOR_CONFIDENCE
from kg.vocab import vocabulary


# a leading article is the sentence's, not the name's: annotators keep it where the recogniser does not
LEADING_ARTICLE = re.compile(r"^(?:the|il|lo|la|i|gli|le)\s+|^l['’]\s*", re.IGNORECASE)


def surface_form(name: str) -> str:
    """The form names are matched by: lowercase, without a leading article."""
    return LEADING_ARTICLE.sub("", name.lower(), count=1) or name.lower()


@dataclass(frozen=True)
class GoldEntity:
    name: str
    type: str
    aliases: frozenset[str]


@dataclass(frozen=True)
class GoldRelation:
    subject: str
    relation: str
    object: str
    negated: bool
    attributed_to: str | None
    modality: str = "asserted"
    condition: str | None = None


@dataclass(frozen=True)
class GoldDocument:
    id: str
    lang: str
    text: str
    entities: tuple[GoldEntity, ...]
    relations: tuple[GoldRelation, ...]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass
class Report:
    """Scores by key: ``overall``, ``lang:en``, ``type:Person``, ``relation:praises`` …"""

    scores: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    extra: dict[str, float] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"scores": {k: v.as_dict() for k, v in sorted(self.scores.items())}, **self.extra}

    def table(self) -> str:
        lines = [f"{'':<32}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
        for key, s in sorted(self.scores.items(), key=lambda kv: (kv[0] != "overall", kv[0])):
            lines.append(f"{key:<32}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}")
        lines += [f"{k}: {v}" for k, v in self.extra.items()]
        return "\n".join(lines)


def load_gold(path: Path) -> list[GoldDocument]:
    documents = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        record = json.loads(line)
        for key in ("id", "text", "entities", "relations"):
            if key not in record:
                raise ReadError("E601", path=path, line=lineno, field=key)
        for entity in record["entities"]:
            if entity["type"] not in ACTOR_TYPES:  # a type outside the guide would count as mistyped whatever is extracted
                raise ReadError("E602", path=path, line=lineno, name=entity["name"], type=entity["type"], known=", ".join(ACTOR_TYPES))
        documents.append(
            GoldDocument(
                id=record["id"],
                lang=record.get("lang", "en"),
                text=record["text"],
                entities=tuple(
                    GoldEntity(e["name"], e["type"], frozenset(surface_form(a) for a in [e["name"], *e.get("aliases", [])]))
                    for e in record["entities"]
                ),
                relations=tuple(
                    GoldRelation(r["subject"], r["relation"], r["object"], bool(r.get("negated")), r.get("attributed_to"), r.get("modality") or "asserted", r.get("condition"))
                    for r in record["relations"]
                ),
            )
        )
    return documents


def extract_gold(documents: Iterable[GoldDocument], pipeline: Pipeline | None = None) -> list[Extraction]:
    pipeline = pipeline or Pipeline()
    return list(pipeline.extract(read_text(d.text, id=d.id, lang=d.lang) for d in documents))


def align(gold: GoldDocument, extraction: Extraction) -> dict[str, str]:
    """Predicted actor IRI → gold entity name, one to one, by overlapping surface forms."""
    return align_actors(gold, extraction.actors)


def align_actors(gold: GoldDocument, actors: Iterable[Actor]) -> dict[str, str]:
    """``align`` for actors with their aliases (the document's surface forms).

    A sector actor ("Russian forces") the gold does not annotate as such rolls up to its
    state when the gold names the state (older gold sets and event coders count the
    forces of a state as the state)."""
    actors = list(actors)
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    candidates = []
    for actor in actors:
        forms = {surface_form(actor.name), *(surface_form(a) for a in actor.aliases)}
        for entity in gold.entities:
            overlap = len(forms & entity.aliases)
            if overlap:
                candidates.append((-overlap, actor.iri, entity.name))
    for _, iri, name in sorted(candidates):
        if iri not in mapping and name not in taken:
            mapping[iri] = name
            taken.add(name)
    states = {actor_iri(e.name): e.name for e in gold.entities if e.type == "State"}
    states.update({iri: name for iri, name in mapping.items() if name in states.values()})
    for actor in actors:
        if actor.iri not in mapping and actor.country in states:
            mapping[actor.iri] = states[actor.country]
    return mapping


def rolled_up(actor: Actor, name: str | None, gold_types: dict[str, str]) -> bool:
    """A sector actor aligned to its state because the gold names only the state."""
    return name is not None and actor.country is not None and gold_types[name] == "State" and actor.type != "State"


def evaluate_entities(golds: list[GoldDocument], extractions: list[Extraction]) -> Report:
    report = Report()
    for gold, extraction in zip(golds, extractions):
        mapping = align(gold, extraction)
        gold_types = {e.name: e.type for e in gold.entities}
        matched = set()
        for actor in extraction.actors:
            keys = ("overall", f"lang:{gold.lang}", f"type:{actor.type}")
            name = mapping.get(actor.iri)
            if rolled_up(actor, name, gold_types):
                continue  # scored through its state, which the gold names
            if name is not None and gold_types[name] == actor.type:
                matched.add(name)
                for key in keys:
                    report.scores[key].tp += 1
            else:
                for key in keys:
                    report.scores[key].fp += 1
                report.errors.append(f"{gold.id}: spurious or mistyped {actor.name} ({actor.type})")
        matched |= {mapping[a.iri] for a in extraction.actors if rolled_up(a, mapping.get(a.iri), gold_types)}
        for entity in gold.entities:
            if entity.name not in matched:
                for key in ("overall", f"lang:{gold.lang}", f"type:{entity.type}"):
                    report.scores[key].fn += 1
                report.errors.append(f"{gold.id}: missed {entity.name} ({entity.type})")
    return report


def _relation_key(relation: str, subject: str, obj: str) -> tuple:
    """``(relation, subject, object)``, the pair sorted for symmetric relations."""
    pair = tuple(sorted((subject, obj))) if vocabulary()[relation].symmetric else (subject, obj)
    return (relation, *pair)


def _predicted_keys(gold: GoldDocument, extraction: Extraction) -> list[tuple[tuple, Relation]]:
    """Each predicted relation with its key in gold names ("?name" for unaligned actors)."""
    mapping = align(gold, extraction)
    return [
        (_relation_key(r.relation, mapping.get(r.subject.iri, "?" + r.subject.name), mapping.get(r.object.iri, "?" + r.object.name)), r)
        for r in extraction.relations
    ]


def evaluate_relations(golds: list[GoldDocument], extractions: list[Extraction]) -> Report:
    report = Report()
    negation, attribution, modality = Counter(), Counter(), Counter()
    conditions_found, conditions = 0, 0
    no_relation_fp = 0
    judged: list[tuple[float, bool]] = []  # each statement's confidence and whether its triple is in gold
    for gold, extraction in zip(golds, extractions):
        mapping = align(gold, extraction)
        gold_by_key = {_relation_key(r.relation, r.subject, r.object): r for r in gold.relations}
        found: dict[tuple, Relation] = {}
        conditions_of: dict[tuple, list[str]] = defaultdict(list)  # every condition a triple's statements carry
        for k, r in _predicted_keys(gold, extraction):
            judged.append((r.confidence, k in gold_by_key))
            found.setdefault(k, r)
            if r.condition:
                conditions_of[k].append(r.condition)
        if not gold.relations:
            no_relation_fp += len(found)
        for k, predicted in found.items():
            scopes = ("overall", f"lang:{gold.lang}", f"relation:{k[0]}")
            if k in gold_by_key:
                for s in scopes:
                    report.scores[s].tp += 1
                expected = gold_by_key[k]
                negation[predicted.negated == expected.negated] += 1
                if expected.condition and any(same_condition(c, expected.condition) for c in conditions_of[k]):
                    conditions_found += 1
                modality[predicted.modality == expected.modality] += 1
                said_by = mapping.get(predicted.attributed_to.iri) if predicted.attributed_to else None
                attribution[said_by == expected.attributed_to] += 1
                if said_by != expected.attributed_to:
                    report.errors.append(f"{gold.id}: {k} attributed to {said_by}, gold {expected.attributed_to}")
            else:
                for s in scopes:
                    report.scores[s].fp += 1
                report.errors.append(f"{gold.id}: spurious {k} from {predicted.evidence.sentence!r}")
        conditions += sum(1 for r in gold_by_key.values() if r.condition)
        for k, expected in gold_by_key.items():
            if expected.condition and not any(same_condition(c, expected.condition) for c in conditions_of[k]):
                report.errors.append(f"{gold.id}: condition of {k} not found: {expected.condition!r}, got {conditions_of[k] or None!r}")
            if k not in found:
                for s in ("overall", f"lang:{gold.lang}", f"relation:{k[0]}"):
                    report.scores[s].fn += 1
                report.errors.append(f"{gold.id}: missed {k}")
    report.extra["negation_accuracy"] = round(negation[True] / sum(negation.values()), 3) if negation else 0.0
    report.extra["attribution_accuracy"] = round(attribution[True] / sum(attribution.values()), 3) if attribution else 0.0
    report.extra["modality_accuracy"] = round(modality[True] / sum(modality.values()), 3) if modality else 0.0
    report.extra["condition_recall"] = round(conditions_found / conditions, 3) if conditions else 0.0
    report.extra["conditions_in_gold"] = conditions
    report.extra["false_positives_on_no_relation_documents"] = no_relation_fp
    report.extra["mean_confidence"] = round(_mean([c for c, _ in judged]), 3)
    report.extra["confidence_brier"] = brier(judged)
    return report


_WORD = re.compile(r"\w+")


def same_condition(predicted: str | None, expected: str) -> bool:
    """A predicted condition matches when it holds at least half of the gold condition's
    words of three letters or more (wordings are cut at different places)."""
    if not predicted:
        return False
    wanted = {w.lower() for w in _WORD.findall(expected) if len(w) >= 3}
    have = {w.lower() for w in _WORD.findall(predicted)}
    return bool(wanted) and len(wanted & have) * 2 >= len(wanted)


def frame_precision(golds: list[GoldDocument], extractions: list[Extraction]) -> dict[tuple[str, str], Score]:
    """Correct and spurious predictions per ``(language, frame)``; the frame is the first
    part of a relation's rule (``verb``, ``passive``, ``noun``, ``linear-verb`` …)."""
    scores: dict[tuple[str, str], Score] = defaultdict(Score)
    for gold, extraction in zip(golds, extractions):
        for cell, correct in _by_frame(gold, extraction):
            if correct:
                scores[cell].tp += 1
            else:
                scores[cell].fp += 1
    return dict(scores)


def _by_frame(gold: GoldDocument, extraction: Extraction) -> list[tuple[tuple[str, str], bool]]:
    """Each predicted relation's ``(language, frame)`` and whether its triple is in gold."""
    expected = {_relation_key(r.relation, r.subject, r.object) for r in gold.relations}
    return [((gold.lang, r.rule.split(":", 1)[0]), k in expected) for k, r in _predicted_keys(gold, extraction)]


def confidence_table(scores: dict[tuple[str, str], Score], weight: float = 2.0) -> dict[tuple[str, str], float]:
    """Each frame's precision, shrunk toward its language's precision by ``weight`` pseudo-relations, so a
    frame seen twice claims neither certainty nor a coin toss."""
    languages: dict[str, Score] = defaultdict(Score)
    for (lang, _), s in scores.items():
        languages[lang].tp += s.tp
        languages[lang].fp += s.fp
    prior = {lang: (s.tp + 1) / (s.tp + s.fp + 2) for lang, s in languages.items()}
    return {(lang, frame): round((s.tp + weight * prior[lang]) / (s.tp + s.fp + weight), 2) for (lang, frame), s in scores.items()}


def write_confidence(golds: list[GoldDocument], extractions: list[Extraction], path: Path, sources: Sequence[str] = ()) -> dict[tuple[str, str], float]:
    """Measure per-frame precision and write the calibration table ``kg_relations`` reads."""
    scores = frame_precision(golds, extractions)
    table = confidence_table(scores)
    lines = [
        "# Confidence of a relation by language and frame: its frame's precision on annotated documents, shrunk",
        "# toward the language's precision by two relations. Rebuilt by `kg eval relations GOLD... --calibrate`;",
        "# see docs/relations.md.",
        *(f"# measured on {source}" for source in sources),
        "# lang\tframe\tconfidence\ttp\tfp",
    ]
    for (lang, frame), confidence in sorted(table.items()):
        s = scores[(lang, frame)]
        lines.append(f"{lang}\t{frame}\t{confidence}\t{s.tp}\t{s.fp}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return table


def held_out_confidences(golds: list[GoldDocument], extractions: list[Extraction], folds: int = 2) -> list[tuple[float, bool]]:
    """Each prediction's confidence as a table learnt on the other folds of documents would give
    it, with whether it is right: what calibration promises for documents it never saw."""
    judged: list[tuple[float, bool]] = []
    for fold in range(folds):
        train = [(g, e) for i, (g, e) in enumerate(zip(golds, extractions)) if i % folds != fold]
        table = confidence_table(frame_precision([g for g, _ in train], [e for _, e in train]))
        for gold, extraction in itertools.islice(zip(golds, extractions), fold, None, folds):
            judged += [(table.get(cell, PRIOR_CONFIDENCE), correct) for cell, correct in _by_frame(gold, extraction)]
    return judged


def reliability(judged: list[tuple[float, bool]]) -> list[tuple[str, int, float, float]]:
    """Confidences and their outcomes binned by tenths: ``[(bin, relations, mean confidence, precision)]``."""
    bins: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for confidence, correct in judged:
        low = min(int(confidence * 10), 9) / 10
        bins[f"{low:.1f}-{low + 0.1:.1f}"].append((confidence, correct))
    return [(name, len(items), round(_mean([c for c, _ in items]), 2), round(_mean([ok for _, ok in items]), 2)) for name, items in sorted(bins.items())]


def brier(judged: list[tuple[float, bool]]) -> float:
    """Mean squared gap between confidence and outcome (0 is perfect; a constant at the base
    rate p scores p(1 - p))."""
    return round(_mean([(confidence - correct) ** 2 for confidence, correct in judged]), 3)


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


EVALUATORS = {"entities": evaluate_entities, "relations": evaluate_relations}


def load_golds(paths: Sequence[Path]) -> list[GoldDocument]:
    """The documents of several gold files, in order."""
    return [document for path in paths for document in load_gold(path)]


def calibrate(gold_paths: Sequence[Path], pipeline: Pipeline | None = None, path: Path = CONFIDENCE_PATH) -> str:
    """Rewrite the confidence table from the gold files; returns it and a cross-validated
    reliability table (does a confidence of 0.8 mean 80% correct on unseen documents?)."""
    golds = load_golds(gold_paths)
    extractions = extract_gold(golds, pipeline)
    table = write_confidence(golds, extractions, path, [p.name for p in gold_paths])
    judged = held_out_confidences(golds, extractions)
    base_rate = _mean([correct for _, correct in judged])
    lines = [f"wrote {path}", f"{'lang':<6}{'frame':<20}{'confidence':>11}"]
    lines += [f"{lang:<6}{frame:<20}{confidence:>11.2f}" for (lang, frame), confidence in sorted(table.items())]
    lines += ["", "reliability (2-fold cross-validation over documents)", f"{'confidence':<12}{'relations':>10}{'mean':>7}{'correct':>9}"]
    lines += [f"{name:<12}{n:>10}{mean:>7.2f}{correct:>9.2f}" for name, n, mean, correct in reliability(judged)]
    lines += [f"Brier score {brier(judged):.3f} (a constant at the base rate {base_rate:.2f}: {base_rate * (1 - base_rate):.3f})"]
    return "\n".join(lines)


def evaluate(kind: str, gold_paths: Sequence[Path], pipeline: Pipeline | None = None) -> Report:
    """Run the pipeline on the gold files' texts and score ``kind`` (entities or relations)."""
    golds = load_golds(gold_paths)
    return EVALUATORS[kind](golds, extract_gold(golds, pipeline))
