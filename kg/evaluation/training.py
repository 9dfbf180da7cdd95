"""``kg train``: fit the pair classifier (``kg.relations.classifier``) on annotated documents.

Every ordered pair of actor mentions in a sentence is an example; its label is the gold
relation between the two aligned gold actors (facts aside: titles and roles find those),
or ``-``. The model is scikit-learn's multinomial logistic regression; its threshold is
the lowest probability at which predictions on pairs the frames left unrelated reach
``TARGET_PRECISION`` in cross-validation over documents. The weights are written as a
plain table that ``kg_relations`` reads (``ontologies/models/relations-<lang>.tsv``).
Training is deterministic: the same gold file gives the same table.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from kg.evaluation.scoring import GoldDocument, align_actors, load_gold
from kg.extract.pipeline import Pipeline
from kg.relations.classifier import MODELS, NONE, pair_features, pairs, ruled_roles
from kg.relations.lexicon import load_lexicon
from kg.relations.mentions import MentionIndex
from kg.settings import Settings
from kg.vocab import vocabulary

TARGET_PRECISION = 0.8  # what the model adds beside the frames must not pull their precision (0.85 and more) down
THRESHOLDS = (0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
FOLDS = 4
REGULARISATION = 3.0  # scikit-learn's C: the train split is small, the features sparse
MIN_WEIGHT = 0.1  # smaller weights are left out of the shipped table


@dataclass(frozen=True)
class Example:
    document: int
    features: tuple[str, ...]
    label: str
    ruled: bool  # the frames already relate this pair


@dataclass(frozen=True)
class TrainingReport:
    lang: str
    examples: int
    positives: int
    threshold: float
    cv_precision: float
    cv_added: int
    path: Path

    def line(self) -> str:
        return (f"{self.lang}: {self.examples} pairs ({self.positives} related), threshold {self.threshold}, "
                f"cross-validated precision {self.cv_precision:.2f} on {self.cv_added} added relations → {self.path}")


def examples(golds: list[GoldDocument], pipeline: Pipeline, lang: str) -> list[Example]:
    """The labelled pairs of the gold documents in ``lang``, with the frames' own verdicts."""
    vocab = vocabulary()
    lexicon = load_lexicon(lang)
    nlp = pipeline.nlp(lang)
    found: list[Example] = []
    for number, gold in enumerate(golds):
        if gold.lang != lang:
            continue
        doc = nlp(gold.text)
        mentions = doc._.kg_mentions or []
        surface: dict[str, set[str]] = defaultdict(set)
        actors = {}
        for m in mentions:
            surface[m.actor.iri].add(m.text)
            actors[m.actor.iri] = m.actor
        mapping = align_actors(gold, [dataclasses.replace(a, aliases=tuple(surface[iri])) for iri, a in actors.items()])
        labels: dict[tuple[str, str], list[str]] = defaultdict(list)
        for r in gold.relations:
            if vocab[r.relation].group == "fact":
                continue
            labels[(r.subject, r.object)].append(r.relation)
            if vocab[r.relation].symmetric:
                labels[(r.object, r.subject)].append(r.relation)
        relations = [r for r in doc._.kg_relations or [] if vocab[r.relation].group != "fact"]
        ruled = {frozenset((r.subject.iri, r.object.iri)) for r in relations}
        index = MentionIndex(doc, mentions, lexicon)
        for sentence in doc.sents:
            said = [(r.subject.iri, r.relation, r.object.iri) for r in relations if sentence.start_char <= r.evidence.start < sentence.end_char]
            for a, span_a, b, span_b in pairs(sentence, index):
                others = ruled_roles(a.actor.iri, b.actor.iri, said)
                features = tuple(pair_features(sentence, span_a, span_b, lexicon, (a.actor.type, b.actor.type), others))
                key = (mapping.get(a.actor.iri, ""), mapping.get(b.actor.iri, ""))
                is_ruled = frozenset((a.actor.iri, b.actor.iri)) in ruled
                for label in labels.get(key) or [NONE]:
                    found.append(Example(number, features, label, is_ruled))
    return found


def _fit(train: list[Example]):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([dict.fromkeys(e.features, 1) for e in train])
    model = LogisticRegression(C=REGULARISATION, max_iter=2000)
    model.fit(x, [e.label for e in train])
    return vectorizer, model


def _threshold(data: list[Example]) -> tuple[float, float, int]:
    """The lowest threshold whose cross-validated precision on unruled pairs reaches the target."""
    hits: dict[float, list[bool]] = {t: [] for t in THRESHOLDS}
    for fold in range(FOLDS):
        train = [e for e in data if e.document % FOLDS != fold]
        test = [e for e in data if e.document % FOLDS == fold and not e.ruled]
        if not train or not test or len({e.label for e in train}) < 2:
            continue
        vectorizer, model = _fit(train)
        gold_labels: dict[tuple[int, tuple[str, ...]], set[str]] = defaultdict(set)
        for e in test:
            gold_labels[(e.document, e.features)].add(e.label)
        unique = list(gold_labels)
        probabilities = model.predict_proba(vectorizer.transform([dict.fromkeys(f, 1) for _, f in unique]))
        for key, row in zip(unique, probabilities):
            best = row.argmax()
            label = model.classes_[best]
            if label == NONE:
                continue
            for t in THRESHOLDS:
                if row[best] >= t:
                    hits[t].append(label in gold_labels[key])
    for t in THRESHOLDS:
        if hits[t] and sum(hits[t]) / len(hits[t]) >= TARGET_PRECISION:
            return t, sum(hits[t]) / len(hits[t]), len(hits[t])
    return 1.0, 0.0, 0


def train(gold_paths: list[Path], pipeline: Pipeline | None = None, folder: Path = MODELS) -> list[TrainingReport]:
    """Fit one model per language present in the gold files and write it; returns a report each.
    ``pipeline`` must read with the frames only (``relations="rules"``): the model learns what they miss."""
    pipeline = pipeline or Pipeline(Settings(relations="rules"))
    golds = [g for path in gold_paths for g in load_gold(path)]
    names = " ".join(p.name for p in gold_paths)
    reports = []
    folder.mkdir(parents=True, exist_ok=True)
    for lang in sorted({g.lang for g in golds}):
        data = examples(golds, pipeline, lang)
        threshold, precision, added = _threshold(data)
        vectorizer, model = _fit(data)
        path = folder / f"relations-{lang}.tsv"
        lines = [
            f"# Pair classifier for {lang}, trained by `kg train {names}` (kg.evaluation.training).",
            "# kind\tfeature\trelation\tweight",
            f"threshold\t-\t-\t{threshold}",
        ]
        classes = list(model.classes_)
        coefficients = model.coef_ if len(classes) > 2 else [-model.coef_[0], model.coef_[0]]
        intercepts = model.intercept_ if len(classes) > 2 else [-model.intercept_[0], model.intercept_[0]]
        lines += [f"intercept\t-\t{c}\t{round(float(b), 4)}" for c, b in zip(classes, intercepts)]
        features = vectorizer.get_feature_names_out()
        for c, row in zip(classes, coefficients):
            lines += [f"weight\t{features[i]}\t{c}\t{round(float(w), 2)}" for i, w in enumerate(row) if abs(w) >= MIN_WEIGHT]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        reports.append(TrainingReport(lang, len(data), sum(e.label != NONE for e in data), threshold, precision, added, path))
    return reports
