"""Parse stage: choose the language of each stretch of a document and run spaCy on it.

A scraped page can hold an English article with an Italian interview appended, so the
language is chosen per paragraph (py3langid) and consecutive paragraphs of one language
form a ``Segment`` parsed by that language's pipeline. Paragraphs in a language we have
no pipeline for are skipped with a warning rather than parsed wrongly.

English runs the trained ``en_core_web_sm`` pipeline; Italian has no trained pipeline on
PyPI, so it runs spaCy's blank Italian (tokenizer, rule-based sentences) with an offline
lemmatiser (simplemma). Both end with the ``kg_actors`` and ``kg_relations`` components.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Callable

import simplemma
import spacy
from py3langid.langid import MODEL_FILE, LanguageIdentifier
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ModelError
from kg.settings import Settings

_PARAGRAPH = re.compile(r"[^\n]+")
_MIN_CONFIDENT_CHARS = 40   # below this, langid guesses; inherit the document's language
_MIN_CONFIDENCE = 0.5


@dataclass(frozen=True)
class LanguageSpec:
    """How to build the spaCy pipeline of one language."""

    blank: bool
    components: tuple[tuple[str, dict], ...]


LANGUAGES: dict[str, LanguageSpec] = {
    "en": LanguageSpec(blank=False, components=()),
    "it": LanguageSpec(blank=True, components=(("sentencizer", {}), ("kg_lemmatizer", {"lang": "it"}))),
}


@dataclass(frozen=True)
class Segment:
    """A stretch of one document in one language: ``doc`` covers ``text[start:start+len(doc.text)]``."""

    start: int
    lang: str
    doc: Doc


@Language.factory("kg_lemmatizer", default_config={"lang": "it"})
def make_lemmatizer(nlp: Language, name: str, lang: str) -> Callable[[Doc], Doc]:
    """An offline dictionary lemmatiser (simplemma) for languages without a trained pipeline."""

    @functools.lru_cache(maxsize=50_000)
    def lemma(word: str) -> str:
        return simplemma.lemmatize(word, lang=lang)

    def lemmatize(doc: Doc) -> Doc:
        for token in doc:
            if token.is_alpha:
                token.lemma_ = lemma(token.lower_)
            else:
                token.lemma_ = token.text
        return doc

    return lemmatize


@functools.lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """The most likely ISO 639-1 code and its probability: ``("it", 0.98)``."""
    lang, probability = _identifier().classify(text)
    return lang, float(probability)


def document_language(text: str, declared: str | None = None) -> str:
    """The declared language if it is one we read, else the detected one."""
    if declared:
        return declared.lower()[:2]
    return detect_language(text[:5000])[0]


def paragraph_languages(text: str, default: str) -> list[tuple[int, int, str]]:
    """``(start, end, lang)`` per non-empty line; short or unclear lines take ``default``."""
    spans = []
    for match in _PARAGRAPH.finditer(text):
        chunk = match.group()
        lang = default
        if len(chunk.strip()) >= _MIN_CONFIDENT_CHARS:
            guess, probability = detect_language(chunk)
            if probability >= _MIN_CONFIDENCE:
                lang = guess
        spans.append((match.start(), match.end(), lang))
    return spans


def segments_of(text: str, default: str) -> list[tuple[int, int, str]]:
    """Consecutive paragraphs of one language merged: ``[(start, end, lang), ...]``."""
    merged: list[tuple[int, int, str]] = []
    for start, end, lang in paragraph_languages(text, default):
        if merged and merged[-1][2] == lang:
            merged[-1] = (merged[-1][0], end, lang)
        else:
            merged.append((start, end, lang))
    return merged


@functools.lru_cache(maxsize=8)
def load_pipeline(lang: str, settings: Settings = Settings()) -> Language:
    """The full pipeline of one language, extractors included (cached: loading takes seconds)."""
    spec = LANGUAGES.get(lang)
    if spec is None:
        raise ModelError("E205", lang=lang, known=", ".join(sorted(LANGUAGES)))
    if spec.blank:
        nlp = spacy.blank(lang)
    else:
        try:
            nlp = spacy.load(settings.english_model)
        except OSError:
            raise ModelError("E204", model=settings.english_model) from None
    for name, config in spec.components:
        nlp.add_pipe(name, config=config)
    nlp.add_pipe("kg_actors", config={"aliases": list(settings.aliases)})
    nlp.add_pipe("kg_relations")
    return nlp
