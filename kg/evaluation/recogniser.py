"""``kg train --ner it``: fit the entity recogniser of a language with no trained spaCy pipeline.

The gold gives each actor as a name, a type and the forms the text writes it in, without
offsets. Every form that is a name (capitalised or an acronym once a leading article is set
aside: "Egitto", "Unione africana", "Sco"; not "il governo", "egiziano") is found in the
document token by token, longest first, and labelled by the actor's type the way spaCy's
English model labels names, the labels :mod:`kg.actors.recognition` reads: a person PERSON, a
state GPE, every organisation and group ORG. A person's surname alone is a form of the person
("Tajani"). Every other token is outside any name (O), capitalised ones included: marking the
capitalised words no actor covers as unknown (spaCy's missing annotation) measured worse on the
held-out documents.

Training starts from the English model's recogniser (``Settings.english_model``) and fine-tunes
it on the documents; it is deterministic (fixed seed, documents in file order, then shuffled by
that seed), so the same gold files give the same weights. The result is a small spaCy pipeline
(the language's tokenizer and the recogniser) written with ``to_disk`` to
``ontologies/models/ner-<lang>/``, which :func:`kg.extract.parse.load_pipeline` sources.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

from kg.actors.names import SAXON_GENITIVE
from kg.actors.rules import load_rules
from kg.errors import ModelError
from kg.extract.parse import LANGUAGES, MODELS, tokenizer_pipeline
from kg.settings import Settings

EPOCHS = 12  # the held-out documents' name F1 levels off by then (docs/actors.md)
SEED = 0
BATCH = 8  # documents per update
DROPOUT = 0.2
LABELS = {"Person": "PERSON", "State": "GPE"}  # every other actor type (organisations, groups, media) is ORG


@dataclass(frozen=True)
class RecogniserReport:
    lang: str
    documents: int
    names: int
    epochs: int
    path: Path

    def line(self) -> str:
        return f"{self.lang}: entity recogniser fine-tuned on {self.names} name mentions in {self.documents} documents, {self.epochs} epochs → {self.path}"


def name_forms(entity: dict, nlp: Language, articles: frozenset[str]) -> set[tuple[tuple[str, ...], str]]:
    """The token sequences of a gold actor's forms that are names, each with its label:
    ``{(("Badr", "Abdelatty"), "PERSON"), (("Abdelatty",), "PERSON")}``. ``articles`` are the
    language's determiners (``actors/function_words.tsv``), set aside before a name."""
    label = LABELS.get(entity["type"], "ORG")
    forms = {entity["name"], *entity.get("aliases", [])}
    if entity["type"] == "Person" and len(entity["name"].split()[-1]) > 2:
        forms.add(entity["name"].split()[-1])
    found = set()
    for form in forms:
        words = [t.text for t in nlp.make_doc(form)]
        if len(words) > 1 and words[0].lower() in articles and form != entity["name"]:
            words = words[1:]  # "l'Egitto" names Egypt by "Egitto"; "La Nación" is the whole name
        if words and words[0][:1].isupper() and words[-1] not in {".", ","} | SAXON_GENITIVE:
            found.add((tuple(words), label))
    return found


def labelled(record: dict, nlp: Language, articles: frozenset[str]) -> Example:
    """A gold document as a training example: its name forms labelled, every other token O."""
    doc = nlp.make_doc(record["text"])
    words = [t.text for t in doc]
    forms = sorted({f for e in record["entities"] for f in name_forms(e, nlp, articles)}, key=lambda f: (-len(f[0]), f))
    tags: list[str | None] = [None] * len(doc)
    for tokens, label in forms:
        n = len(tokens)
        for i in range(len(words) - n + 1):
            if tuple(words[i : i + n]) == tokens and all(tags[j] is None for j in range(i, i + n)):
                tags[i : i + n] = [f"U-{label}"] if n == 1 else [f"B-{label}", *[f"I-{label}"] * (n - 2), f"L-{label}"]
    return Example.from_dict(doc, {"entities": [tag or "O" for tag in tags]})


def gold_records(paths: list[Path], lang: str) -> list[dict]:
    """The gold documents in ``lang`` of the files, as written (forms with their case)."""
    records = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                if record.get("lang", "en") == lang:
                    records.append(record)
    return records


def fit(examples: list[Example], nlp: Language, epochs: int = EPOCHS, seed: int = SEED) -> Language:
    """Fine-tune ``nlp``'s recogniser on the examples, in place (deterministic for a seed)."""
    fix_random_seed(seed)
    optimizer = nlp.resume_training()
    order = random.Random(seed)
    examples = list(examples)
    for _ in range(epochs):
        order.shuffle(examples)
        for batch in minibatch(examples, size=BATCH):
            nlp.update(batch, sgd=optimizer, drop=DROPOUT)
    return nlp


def start_pipeline(lang: str, settings: Settings = Settings()) -> Language:
    """The language's tokenizer with the English model's recogniser, the starting point of training."""
    try:
        english = spacy.load(settings.english_model)
    except OSError:
        raise ModelError("E204", model=settings.english_model) from None
    nlp = tokenizer_pipeline(lang)
    nlp.add_pipe("ner", source=english)
    return nlp


def train_recogniser(gold_paths: list[Path], lang: str, folder: Path | None = None, epochs: int = EPOCHS,
                     settings: Settings = Settings()) -> RecogniserReport:
    """Fine-tune the recogniser on the gold documents in ``lang`` and write it to ``folder``
    (``ontologies/models/ner-<lang>/``, which the pipeline loads)."""
    blank = sorted(code for code, spec in LANGUAGES.items() if spec.blank)
    if lang not in blank:
        raise ModelError("E209", lang=lang, known=", ".join(blank))
    folder = folder or MODELS / f"ner-{lang}"
    nlp = start_pipeline(lang, settings)
    articles = load_rules().determiners.get(lang, frozenset())
    examples = [labelled(r, nlp, articles) for r in gold_records(gold_paths, lang)]
    fit(examples, nlp, epochs)
    nlp.meta["name"] = f"ner_{lang}"
    nlp.meta["description"] = f"kg's {lang} entity recogniser, by `kg train --ner {lang} {' '.join(p.name for p in gold_paths)}`"
    nlp.to_disk(folder)
    names = sum(len(e.reference.ents) for e in examples)
    return RecogniserReport(lang, len(examples), names, epochs, folder)
