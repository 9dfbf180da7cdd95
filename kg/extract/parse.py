"""Parse stage: choose the language of each stretch of a document and run spaCy on it.

A scraped page can hold an English article with an Italian interview appended, so the
language is chosen per paragraph (py3langid) and consecutive paragraphs of one language
form a ``Segment`` parsed by that language's pipeline. Paragraphs in a language we have
no pipeline for are skipped with a warning rather than parsed wrongly.

English runs the trained ``en_core_web_sm`` pipeline (its attribute ruler replaced by
``kg_attribute_ruler``, which sets the same attributes faster; its models' matrix products on
numpy's BLAS when that runs one thread, as under ``kg``: ``on_kg_maths``); Italian has no
trained pipeline on PyPI, so it runs spaCy's blank Italian (tokenizer, rule-based sentences)
with an offline lemmatiser (simplemma) and an entity recogniser fine-tuned from the English
model's on the project's annotated Italian (``kg train --ner it``, ``ontologies/models/ner-it/``), whose
names a list of places marks as places (``kg_places``, ``gazetteer/places.csv``). Both end with the ``kg_actors``
and ``kg_relations`` components.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Callable, Iterator

import numpy
import simplemma
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from spacy.attrs import DEP, HEAD, IS_SPACE, SENT_START
from spacy.symbols import ORTH

from kg.errors import ModelError
from kg.extract.attributes import speed_up
from kg.extract.language import identifier as language_identifier
from kg.relations.lexicon import load_lexicon
from kg.settings import ONTOLOGIES, Settings

MODELS = ONTOLOGIES / "models"  # where `kg train` writes what it fits

_PARAGRAPH = re.compile(r"[^\n]+")
_MIN_CONFIDENT_CHARS = 40   # below this, langid guesses; inherit the document's language
_MIN_CONFIDENCE = 0.5
_MIN_FOREIGN_CONFIDENCE = 0.9
_SAMPLE_CHARS = 300  # enough text for a confident guess, little enough to stay fast
# Where a paragraph too long for one part may be cut: after a full stop, question or exclamation
# mark (and any closing quotes or brackets) and the spaces that follow, in any of our languages.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s+")


@dataclass(frozen=True)
class LanguageSpec:
    """How to build the spaCy pipeline of one language."""

    blank: bool
    components: tuple[tuple[str, dict], ...]
    recogniser: str | None = None
    """For a language with no trained pipeline on PyPI: the folder under ``ontologies/models/`` of the
    entity recogniser ``kg train --ner`` fine-tuned on the language's annotated gold (the actor rules
    check and type what it finds)."""


LANGUAGES: dict[str, LanguageSpec] = {
    "en": LanguageSpec(blank=False, components=(("kg_line_breaks", {"paragraphs_only": True}), ("kg_speaker_turns", {}))),
    "it": LanguageSpec(
        blank=True,
        components=(("sentencizer", {}), ("kg_line_breaks", {}), ("kg_speaker_turns", {}), ("kg_lemmatizer", {"lang": "it"})),
        recogniser="ner-it",
    ),
}
# Components that set sentence starts: in a trained pipeline they run before its parser, which keeps them.
SEGMENTERS = frozenset({"kg_line_breaks", "kg_speaker_turns"})


@Language.factory("kg_token_edges")
def make_token_edges(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Each token its own tree, its edges included, in a pipeline with no parser (every blank one); first,
    before anything sets sentence starts. spaCy's tokenizer (3.8) leaves the edges of a token wrong after
    a special case found inside an affix (Italian "a Sana'a.": the elision "Sana'" and the abbreviation
    "a."), and those of every later token one past themselves: the last points past the text, and reading
    a token's children or subtree there reads outside the document, which ends the process (a
    segmentation fault, found on a generated Italian article). spaCy computes the edges anew when heads
    are written with labels: every head is written as the token itself, then the labels and the sentence
    starts that write implies are taken back, so nothing else of the document changes."""
    label = nlp.vocab.strings.add("dep")

    def reset(doc: Doc) -> Doc:
        if len(doc):
            heads = numpy.zeros((len(doc), 2), dtype="uint64")
            heads[:, 1] = label
            doc.from_array([HEAD, DEP], heads)
            doc.from_array([DEP, SENT_START], numpy.zeros((len(doc), 2), dtype="uint64"))
        return doc

    return reset


@Language.factory("kg_line_breaks", default_config={"paragraphs_only": False})
def make_line_breaks(nlp: Language, name: str, paragraphs_only: bool) -> Callable[[Doc], Doc]:
    """A line break ends a sentence: a headline, a dateline or a live-blog entry has no full
    stop, and the rule-based sentencizer would run it into the next sentence, whose
    relations it would then share. With ``paragraphs_only`` only an empty line does: a parser
    reads the lines of hard-wrapped text as one sentence, but not always a headline set apart
    by an empty line (English: +8 true positives, no false one, on the studied gold sets). A
    paragraph opening with a wire dateline ("PORT OF SPAIN, Dec 3 (Wire) - ", "ROMA - ") starts
    its lede after the dash, and the lede runs whole to its first full stop: a parser cut it into
    pieces after a headline (+5 true positives, no false one, on the studied sets). A dateline credited to
    an agency in brackets ("Il Cairo, 4 dic. (ANSA) - ") need not be in capitals, and no sentence starts
    inside it (+1 true positive, no false one)."""
    breaks = 2 if paragraphs_only else 1

    def split(doc: Doc) -> Doc:
        # only a space token holds a line end: read those alone, found in one array, not every token
        for i in numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist():
            if i + 1 < len(doc) and doc[i].text.count("\n") >= breaks:
                doc[i + 1].is_sent_start = True
        for start, end, opens in text_lines(doc):
            words = [t for t in doc[start : min(end, start + 4)] if t.is_alpha]
            if not opens or not words:
                continue
            dash = next((t for t in doc[start : min(end, start + 16)] if t.text in ("-", "\u2013", "\u2014") and t.whitespace_ and t.i > start and doc[t.i - 1].whitespace_), None)
            credited = dash is not None and dash.i - start >= 4 and doc[dash.i - 3].text == "(" and doc[dash.i - 1].text == ")" and doc[dash.i - 2].is_alpha
            if not credited and (not words[0].is_upper or len(words[0]) < 3):
                continue
            if credited:
                for t in doc[start + 1 : dash.i + 1]:  # "Il Cairo, 4 dic. (ANSA) - ": an abbreviated month ends no sentence of a dateline
                    t.is_sent_start = False
            if dash is not None and dash.i + 1 < end:
                doc[dash.i + 1].is_sent_start = True  # "PORT OF SPAIN, Dec 3 (Wire) - Trinidad …": the dateline is no part of the lede
                for t in doc[dash.i + 2 : end]:  # the lede's own first sentence runs to its first full stop
                    if t.nbor(-1).text in (".", "!", "?"):
                        break
                    t.is_sent_start = False
        return doc

    return split


@Language.factory("kg_speaker_turns")
def make_speaker_turns(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """In a transcript the speaker's label is no part of what they say ("ANTÓNIO COSTA: The
    European Union is ready …", "Q: Will the Union …", "Sussan Ley (Farrer) (14:01): My question …"): the
    label and the words after its colon each start a sentence, and no sentence starts inside the label
    (:func:`speaker_labels` says what a label is)."""

    def split(doc: Doc) -> Doc:
        for label in speaker_labels(doc):
            if label.end + 1 < len(doc):
                doc[label.start].is_sent_start = True  # the label is no part of the line before either
                for token in doc[label.start + 1 : label.end + 1]:
                    token.is_sent_start = False  # "Hon. Anita Anand (Minister …):": an abbreviation ends no sentence of a label
                doc[label.end + 1].is_sent_start = True
        return doc

    return split


def text_lines(doc: Doc) -> list[tuple[int, int, bool]]:
    """The text's lines as token ranges without their breaks (a space token holding a line end), each with
    whether it opens its paragraph (it follows an empty line, or opens the text)."""
    lines, start, opens = [], 0, True
    # only space tokens can hold a line end: find them in one array rather than reading every token (five
    # readers call this per document)
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist():
        breaks = doc[i].text.count("\n")
        if not breaks:
            continue
        if i > start:
            lines.append((start, i, opens))
        start, opens = i + 1, breaks >= 2
    if start < len(doc):
        lines.append((start, len(doc), opens))
    return lines


def speaker_labels(doc: Doc) -> Iterator[Span]:
    """The speaker labels of a transcript, in text order: the words from a line's start to a colon
    (the colon, or a bracket and colon "):", is the token right after the span) that
    :func:`is_speaker_label` takes for a label."""
    colons = numpy.flatnonzero(numpy.isin(doc.to_array(ORTH), [doc.vocab.strings[c] for c in _COLONS])).tolist()
    if not colons:
        return
    for start, end, _ in text_lines(doc):
        for i in colons[bisect.bisect_left(colons, start) : bisect.bisect_left(colons, end)]:
            if is_speaker_label(doc[start:i]):
                yield doc[start:i]


def is_speaker_label(span: Span) -> bool:
    """The words before a colon opening a line are a speaker's label by themselves: one to twelve tokens whose
    words are all capitals ("LIN JIAN", "Q"), with a role after a comma in any letters ("URSO, ministro delle
    imprese"), and brackets after in any letters ("QUESTION (The Jakarta Post)", "RINALDI (PD)"); or a name in
    capitals and small letters with brackets after, as parliaments write them ("Sussan Ley (Farrer, Leader of the
    Opposition) (14:01)", "Mr. Michael Chong (Wellington—Halton Hills, CPC)", "The Chair (Mr. Ali Ehsassi)")."""
    head, bracketed = _label_head(span)
    if head is None or len(span) > _MAX_LABEL_TOKENS:
        return False
    comma = next((t.i for t in head if t.text == ","), head.end)
    name = span.doc[head.start : comma]
    words = [t for t in name if t.is_alpha]
    if words and len(head) <= 12 and all(t.is_upper for t in words):
        role = span.doc[comma + 1 : head.end]  # a role in capitals, or in small letters: not "LIMA, May 2 - Chile said"
        return comma == head.end or all(t.is_upper for t in role if t.is_alpha) or bool(role) and role[0].is_lower and role[0].is_alpha \
            and not bracketed and not any(t.like_num or t.text in _DASHES for t in role)
    if bracketed:
        return _name_like(head)
    # "Commissioner Marta Kos:", "Mao Ning:": a name or a titled name in capitals and small letters, no brackets, is a
    # label only in a transcript, a text where three lines at least open with such words and a colon
    return _MIN_LOOSE_TOKENS <= len(head) <= _MAX_LOOSE_TOKENS and _name_like(head) and _turns(span.doc) >= _MIN_TURNS


def label_name(label: Span) -> Span:
    """The speaker's name in a label: before a comma or a bracket ("LIN JIAN, CHINESE FOREIGN MINISTRY SPOKESPERSON",
    "Sussan Ley (Farrer) (14:01)"), inside the first bracket when an office opens the label with an article ("The
    Chair (Mr. Ali Ehsassi)"), without a courtesy title that ends in a full stop ("Hon. Anita Anand", "Mr. Chong")."""
    doc = label.doc
    head, bracketed = _label_head(label)
    head = head if head is not None else label
    name = doc[head.start : next((t.i for t in head if t.text == ","), head.end)]
    if bracketed and name and name[0].lower_ in _ARTICLES and name[0].is_title:
        inside = doc[head.end + 1 : label.end]
        name = doc[inside.start : next((t.i for t in inside if t.text in (",", ")", "(")), inside.end)]
    start = name.start
    while start + 1 < name.end and (doc[start].text.endswith(".") and len(doc[start]) <= 5 or doc[start + 1].text == "." and len(doc[start]) <= 4):
        start += 2 if doc[start + 1].text == "." else 1  # "Mr.", "Hon ."
    return doc[start : name.end]


_COLONS = (":", "):")
_DASHES = ("-", "\u2013", "\u2014")
_MAX_LABEL_TOKENS = 24
_MAX_NAME_TOKENS = 8
# the articles that open an office in a label ("The Chair (Mr. X)", "Il Presidente (…)"), whatever the text's language:
# not function_words.tsv's `definite` words, which also hold demonstratives, possessives and articled prepositions
# ("its", "questi", "della") that open no label, per language, as data of the actor rules that run after parsing
_ARTICLES = frozenset({"the", "il", "la", "lo", "i", "gli", "le"})


_MIN_LOOSE_TOKENS, _MAX_LOOSE_TOKENS = 2, 5  # a label with no capitals or brackets: a first and a last name, a title before
_MIN_TURNS = 3  # the lines opening with a name-like label that make a text a transcript


def _turns(doc: Doc) -> int:
    """How many lines of ``doc`` open with one to five name-like words (:func:`_name_like`, any capitals) and a colon:
    the turns of a transcript ("Reuters:", "Mao Ning:", "Siegfried Muresan (EPP):"); counted once a Doc."""
    if "kg_label_turns" not in doc.user_data:
        colons = set(numpy.flatnonzero(numpy.isin(doc.to_array(ORTH), [doc.vocab.strings[c] for c in _COLONS])).tolist())
        turns = 0
        for start, end, _ in text_lines(doc):
            first = next((i for i in range(start, min(end, start + _MAX_LOOSE_TOKENS + 1)) if i in colons), None)
            if first is not None and first > start:
                head = _label_head(doc[start:first])[0]
                turns += head is not None and _name_like(head)
        doc.user_data["kg_label_turns"] = turns
    return doc.user_data["kg_label_turns"]


def _label_head(span: Span) -> tuple[Span | None, bool]:
    """The words before a label's brackets, and whether brackets follow them; None when the words after the first
    bracket are not all in brackets ("Washington (DC) says"). The colon token may close the last bracket ("):")."""
    doc = span.doc
    opening = next((t.i for t in span if t.text == "("), None)
    if opening is None:
        return span, False
    depth = 0
    for token in doc[opening : span.end]:
        if depth == 0 and token.text != "(":
            return None, False
        depth += token.text.count("(") - token.text.count(")")
    closed = depth == 0 or (depth == 1 and span.end < len(doc) and doc[span.end].text == "):")
    return (doc[span.start : opening], True) if closed and opening > span.start else (None, False)


def _name_like(span: Span) -> bool:
    """A name or an office as a label writes it: one to eight tokens, each word capitalised but for function words
    inside ("The Minister for the Overseas Territories"), abbreviations' full stops ("Mr.", "Hon ."), hyphens and
    dashes; no figures."""
    if not 0 < len(span) <= _MAX_NAME_TOKENS or not span[0].text[0].isupper() or not span[-1].is_alpha:
        return False
    for token in span:
        if token.is_alpha:
            if not (token.text[0].isupper() or token.is_stop and token.i > span.start):
                return False
        elif not (token.text in (".", "'", "\u2019", *_DASHES) or token.text[:-1].isalpha() and token.text.endswith(".")):
            return False  # "Mr.", one token
    return True


@Language.factory("kg_lemmatizer", default_config={"lang": "it"})
def make_lemmatizer(nlp: Language, name: str, lang: str) -> Callable[[Doc], Doc]:
    """An offline dictionary lemmatiser (simplemma) for languages without a trained pipeline.

    After a passive auxiliary (the lexicon's ``@passive`` words: "è stata criticata") a
    participle is lemmatised to its verb: simplemma alone answers the adjective
    ("criticato"), which the relation lexicon does not list.
    """
    auxiliaries = load_lexicon(lang).cue("@passive")

    @functools.lru_cache(maxsize=50_000)
    def lemma(word: str) -> str:
        return simplemma.lemmatize(word, lang=lang)

    def verb(word: str) -> str:
        first = lemma(word)
        second = lemma(first)
        return second if second != first and second.endswith("re") else first

    def lemmatize(doc: Doc) -> Doc:
        previous = ""
        for token in doc:
            if token.is_alpha:
                token.lemma_ = verb(token.lower_) if previous in auxiliaries else lemma(token.lower_)
                previous = token.lemma_
            else:
                token.lemma_ = token.text
        return doc

    return lemmatize


@functools.cache
def verb_endings(lang: str) -> tuple[str, ...]:
    """The endings of a verb's lemma in ``lang`` (the lexicon's ``@verb_ending`` rows: "-are", "-ere" …);
    none for a language whose lemmas carry no such mark (English)."""
    return load_lexicon(lang).suffixes("@verb_ending")


def inflected_verb(token: Token) -> bool:
    """A verb's inflected form, by the lemmatiser: a lemma of its own with a verb's ending ("chiede" →
    "chiedere"); not the plural of an adjective or noun in "-are" ("militari", "affari"), whose lemma
    only swaps the last letter."""
    endings = verb_endings(token.doc.lang_)
    form, lemma = token.lower_, token.lemma_.lower()
    return bool(endings) and form != lemma and lemma.endswith(endings) and form != lemma[:-1] + "i"


def infinitive(token: Token) -> bool:
    """A verb's infinitive ("di pubblicare", "imporre"), or one cut short of its last vowel ("di aver mentito",
    "esser"): a verb's ending on the lemma, and on the word or the word plus "e"; so not a plural noun of the
    same shape ("le frontiere", "terre rare": their lemmas are no verbs)."""
    endings = verb_endings(token.doc.lang_)
    form, lemma = token.lower_, token.lemma_.lower()
    return bool(endings) and lemma.endswith(endings) and (form.endswith(endings) or lemma == form + "e")


def detect_language(text: str) -> tuple[str, float]:
    """The most likely ISO 639-1 code and its probability: ``("it", 0.98)``.

    A language we have no pipeline for must be a clear winner: on short texts of names
    ("Trump met Putin in Alaska.") langid's top guess is noise (Slovenian, 0.05), and taking
    it would skip the text; then the likeliest language we read is chosen instead.
    """
    identifier = language_identifier()
    lang, probability = identifier.classify(text)
    if lang in LANGUAGES or probability >= _MIN_FOREIGN_CONFIDENCE:
        return lang, float(probability)
    readable = next(((l, p) for l, p in identifier.rank(text) if l in LANGUAGES), (lang, probability))
    return readable[0], float(readable[1])


def document_language(text: str, declared: str | None = None) -> str:
    """The declared language, else the language of most of the text's paragraphs.

    Counting paragraphs rather than classifying the opening keeps an English article with
    a long Italian interview appended an English document.
    """
    if declared:
        return declared.lower()[:2]
    opening = detect_language(text[:_SAMPLE_CHARS])[0]
    size: dict[str, int] = {}
    for start, end, lang in paragraph_languages(text, opening):
        size[lang] = size.get(lang, 0) + end - start
    return max(size, key=size.get) if size else opening


@functools.lru_cache(maxsize=4096)
def _paragraph_guess(sample: str) -> tuple[str, float]:
    return detect_language(sample)


def paragraph_languages(text: str, default: str) -> list[tuple[int, int, str]]:
    """``(start, end, lang)`` per non-empty line; short or unclear lines take ``default``.

    A paragraph's first few hundred characters decide its language: classifying whole
    paragraphs costs time and rarely changes the answer.
    """
    spans = []
    for match in _PARAGRAPH.finditer(text):
        chunk = match.group()
        lang = default
        if len(chunk.strip()) >= _MIN_CONFIDENT_CHARS:
            guess, probability = _paragraph_guess(chunk.strip()[:_SAMPLE_CHARS])
            if probability >= _MIN_CONFIDENCE:
                lang = guess
        spans.append((match.start(), match.end(), lang))
    return spans


def segments_of(text: str, default: str, limit: int = Settings.part_chars) -> list[tuple[int, int, str]]:
    """Consecutive paragraphs of one language merged, up to ``limit`` characters: ``[(start, end, lang), ...]``.

    spaCy parses at most a million characters at once (and needs memory in proportion), so a
    longer document is read in parts: a part ends at a paragraph end, and a paragraph longer
    than ``limit`` is cut after its last sentence end (else its last space) within the limit.
    """
    merged: list[tuple[int, int, str]] = []
    for start, end, lang in paragraph_languages(text, default):
        for piece_start, piece_end in _pieces(text, start, end, limit):
            if merged and merged[-1][2] == lang and piece_end - merged[-1][0] <= limit:
                merged[-1] = (merged[-1][0], piece_end, lang)
            else:
                merged.append((piece_start, piece_end, lang))
    return merged


def _pieces(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` in pieces of at most ``limit`` characters, cut where a sentence ends if one does."""
    while end - start > limit:
        window = text[start : start + limit]
        ends = [m.end() for m in _SENTENCE_END.finditer(window)]
        space = window.rfind(" ")
        cut = ends[-1] if ends else space + 1 if space >= 0 else limit
        yield start, start + cut
        start += cut
    yield start, end


def _trained(lang: str, settings: Settings) -> Language:
    """The trained spaCy pipeline of ``lang`` (only English has one on PyPI)."""
    model = {"en": settings.english_model}[lang]
    try:
        nlp = spacy.load(model)
    except OSError:
        raise ModelError("E204", model=model) from None
    on_kg_maths(nlp)
    return nlp


@functools.cache
def _recogniser(folder: str) -> Language:
    """The small pipeline (tokenizer and entity recogniser) ``kg train --ner`` wrote to ``ontologies/models/<folder>``."""
    path = MODELS / folder
    try:
        nlp = spacy.load(path)
    except OSError:
        raise ModelError("E208", path=path) from None
    on_kg_maths(nlp)
    return nlp


@functools.cache
def load_places(lang: str) -> frozenset[str]:
    """The names of places that are no actor in ``lang`` (``ontologies/gazetteer/places.csv``): seas,
    rivers, mountains, world regions, territories fought over, towns abroad."""
    forms: set[str] = set()
    for line in (ONTOLOGIES / "gazetteer" / "places.csv").read_text(encoding="utf-8").splitlines():
        if line.startswith(f"{lang},"):
            forms.update(line.split(",", 2)[2].split("|"))
    return frozenset(forms)


@Language.factory("kg_places", default_config={"lang": "it"})
def make_places(nlp: Language, name: str, lang: str) -> Callable[[Doc], Doc]:
    """A name the recogniser found that the place list knows is a place (LOC), which the actor rules
    leave alone: "le truppe nella zona cuscinetto del Golan" names no organisation. The recogniser
    learnt its names from a few hundred documents, where an unknown name after "del" was most often
    an organisation's; what it cannot learn, a list of places tells it."""
    places = load_places(lang)

    def relabel(doc: Doc) -> Doc:
        if any(e.label_ != "LOC" and e.text in places for e in doc.ents):
            doc.ents = [Span(doc, e.start, e.end, "LOC") if e.text in places else e for e in doc.ents]
        return doc

    return relabel


def on_kg_maths(nlp: Language) -> bool:
    """Put a trained pipeline's models on the maths library ``kg`` runs its own on: numpy's BLAS
    when that runs one thread (``kg.settings.blas_on_one_thread``), else thinc's BLIS as spaCy's
    defaults. True if they moved. ``bench/ingest_process.py`` runs bare spaCy through it too."""
    if _blas_threads() != 1:
        return False
    on_numpy_blas(nlp)
    return True


def on_numpy_blas(nlp: Language) -> None:
    """Run the trained models' matrix products on numpy's BLAS (OpenBLAS, whose kernels are chosen
    for the CPU it runs on) instead of thinc's bundled BLIS, which falls back to its generic C kernel
    on a CPU it does not know (this machine's AMD Zen 5: ``BLIS_ARCH_DEBUG=1`` prints "selecting
    sub-configuration 'generic'"), three times slower: a fifth of a parse's CPU. The same weights and
    layers; only the order of the additions inside a product may differ (the extractions of the
    samples and of 500 generated articles are identical). The parser's per-step products stay on BLIS,
    which spaCy calls from C."""
    from thinc.api import Model, NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                node.ops = ops


def _blas_threads() -> int | None:
    """The threads of numpy's BLAS. On more than one, a parse's small products keep them spinning
    between calls for more CPU than they save, so BLIS stays (``kg`` runs it on one thread:
    ``OPENBLAS_NUM_THREADS``, set by ``kg.cli.main`` before numpy loads)."""
    import numpy  # noqa: F401  (loaded, so that its BLAS is among the libraries inspected)
    from threadpoolctl import threadpool_info  # scikit-learn's dependency

    return next((pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas" and "openblas" in pool["internal_api"]), None)


def remember_lemmas(nlp: Language) -> None:
    """Let a trained pipeline's rule lemmatizer remember every answer it gives. Its own cache keeps only the
    answers it works out by its rules: a base form ("deal" as a noun in the singular, "talk" as a verb in the
    present) and a word of a class its tables have no rules for were worked out anew at each token, two
    thirds of its time. The answer follows from the word, its part of speech and its morphology, the key of
    both caches, so the lemmas are the same (0.17 → 0.06 s for the 200 articles of ``bench/ingest.py``)."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if lemmatizer is None or getattr(lemmatizer, "mode", None) != "rule":
        return
    rules = lemmatizer.rule_lemmatize
    answers: dict[tuple[int, int, int], list[str]] = {}

    def lemmatize(token: Token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        found = answers.get(key)
        if found is None:
            found = answers[key] = rules(token)
        return found

    lemmatizer.lemmatize = lemmatize  # the attribute spaCy's lemmatizer sets to its mode's method and calls per token


def tokenizer_pipeline(lang: str) -> Language:
    """spaCy's blank pipeline of a language with no trained one: its tokenizer, which also reads the
    lexicon's abbreviations as words ("Dott. Ferri", "Sig. Ferri": a title's full stop ends no sentence)."""
    nlp = spacy.blank(lang)
    for abbreviation in load_lexicon(lang).cue("@abbreviation"):
        for form in (abbreviation, abbreviation.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    return nlp


@functools.lru_cache(maxsize=8)
def load_pipeline(lang: str, settings: Settings = Settings()) -> Language:
    """The full pipeline of one language, extractors included (cached: loading takes seconds)."""
    spec = LANGUAGES.get(lang)
    if spec is None:
        raise ModelError("E205", lang=lang, known=", ".join(sorted(LANGUAGES)))
    if spec.blank:
        nlp = tokenizer_pipeline(lang)
        nlp.add_pipe("kg_token_edges")  # first: no parser sets the edges the tokenizer may leave wrong
    else:
        nlp = _trained(lang, settings)
        speed_up(nlp)  # its attribute ruler by table lookups: the same attributes in a fraction of the time
        remember_lemmas(nlp)
    # "RINALDI (PD): …": a bracket closing a speaker's label and its colon, two tokens, not spaCy's emoticon
    nlp.tokenizer.add_special_case("):", [{ORTH: ")"}, {ORTH: ":"}])
    for name, config in spec.components:
        nlp.add_pipe(name, config=config, before="parser" if name in SEGMENTERS and "parser" in nlp.pipe_names else None)
    if spec.recogniser is not None:
        nlp.add_pipe("ner", name="kg_names", source=_recogniser(spec.recogniser))
        nlp.add_pipe("kg_places", config={"lang": lang})
    nlp.add_pipe("kg_actors", config={"aliases": list(settings.aliases)})
    nlp.add_pipe("kg_relations", config={"mode": settings.relations})
    return nlp
