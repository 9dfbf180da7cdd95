"""Properties of the input side on generated input (hypothesis): whatever arrives, the reader,
the cleaner and the extractors answer with documents or a coded error, never a traceback, and
every offset they give points into the text.
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.errors import KGError
from kg.extract.clean import clean, noise_spans
from kg.extract.read import read_paths, read_text
from kg.store.rdf import to_quads

# Bounded: a few seconds each, the English pipeline loaded once for the session (conftest).
# No example database: nothing is written into the checkout.
BOUNDED = settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Any code point, lone surrogates and NUL included (JSON escapes can carry them).
ANY_CHAR = st.characters(codec=None, exclude_categories=())
ANY_TEXT = st.text(ANY_CHAR, max_size=80)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | ANY_TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(ANY_TEXT, inner, max_size=3),
    max_leaves=8,
)

# Words the extractors react to (names, offices, verbs, cues, Italian), glued with anything at all.
WORDS = [
    "Donald Trump", "Trump", "Vladimir Putin", "Putin", "the Kremlin", "Russia", "Ukraine", "NATO", "the European Commission",
    "the Commission", "Marco Ferretti", "Ferretti", "President", "Prime Minister", "Opposition leader Friedrich Merz",
    "Kenya's police", "Bolivian border guards", "Center for Strategic Studies (CSS)", "CSS", "he", "she", "they", "it",
    "praised", "criticized", "did not criticize", "demands", "would sanction", "if", "unless", "according to", "said",
    "Reuters", "ha criticato", "secondo l'ANSA", "la Russia", "il governo", ".", ",", ";", "?", "!", "(", ")", "\"", "\n",
    "\n\n", "Comments (3)", "Author: Jane Roe", "—", "’s", "Sig.", "Dott.",
]
NEWSY = st.lists(st.sampled_from(WORDS) | st.text(ANY_CHAR, max_size=4), max_size=40).map(" ".join)

FIELDS = ("id", "text", "title", "date", "source", "url", "lang")
FIELD_VALUES = JSON_VALUES | ANY_TEXT | NEWSY | st.sampled_from(
    ["2025-01-31", "2025-13-45", "a/b", "a b", ".", "..", " ", "en", "it", "xx", "<html><body><p>Trump praised Putin.</p></body></html>"]
)
RECORDS = st.dictionaries(st.sampled_from(FIELDS) | ANY_TEXT, FIELD_VALUES, max_size=6)
# Lines as a careless producer writes them: records, records cut short, anything at all.
LINES = st.lists(
    RECORDS.map(json.dumps) | RECORDS.map(lambda r: json.dumps(r)[: len(json.dumps(r)) // 2]) | ANY_TEXT, max_size=8
)
_ID = re.compile(r"[A-Za-z0-9._-]{1,200}")


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("generated")


@BOUNDED
@given(lines=LINES)
def test_any_json_lines_give_documents_or_coded_errors_and_every_document_is_storable(folder, pipeline, lines):
    path = folder / "generated.jsonl"
    path.write_bytes("\n".join(lines).encode("utf-8", "surrogatepass"))
    skipped: list[KGError] = []
    try:
        documents = read_paths([path], on_skip=skipped.append)
    except KGError:
        return  # the file as a whole (empty, not UTF-8): refused with a code
    assert all(isinstance(error, KGError) for error in skipped)
    assert len({d.id for d in documents}) == len(documents)
    for document in documents:
        assert _ID.fullmatch(document.id) and document.id not in (".", "..")
        assert document.text.strip() and not re.search("[\x00\ud800-\udfff]", document.text)
    for extraction in pipeline.extract(documents):
        to_quads(extraction)  # what kg ingest checks: a document kg extract prints is one it stores


@BOUNDED
@given(data=st.binary(max_size=300) | ANY_TEXT.map(lambda t: t.encode("utf-16", "surrogatepass")), suffix=st.sampled_from([".txt", ".html", ".jsonl", ".md"]))
def test_any_bytes_in_a_file_give_documents_or_a_coded_error(folder, data, suffix):
    path = folder / f"generated{suffix}"
    path.write_bytes(data)
    try:
        documents = read_paths([path], on_skip=lambda error: None)
    except KGError:
        return
    assert all(d.text.strip() for d in documents)


@BOUNDED
@given(text=NEWSY | ANY_TEXT)
def test_cleaning_blanks_noise_in_place(text):
    document = read_text(text) if text.strip("\x00") else None
    if document is None:
        return
    cleaned = clean(document)
    assert len(cleaned.text) == len(document.text)
    assert all(a == b or (b == " " and a != "\n") for a, b in zip(document.text, cleaned.text))
    assert all(0 <= s.start <= s.end <= len(document.text) for s in noise_spans(document.text))


@BOUNDED
@given(text=NEWSY)
@example(text="Donald Trump \n\n Author: Jane Roe")  # the model ran the name into the blanked author box
def test_any_text_extracts_without_a_traceback_into_what_the_store_accepts_with_offsets_into_the_text(pipeline, text):
    try:
        document = read_text(text)
    except KGError:
        return
    if not document.text.strip():
        return
    extraction = pipeline.extract_one(document)
    to_quads(extraction)  # what kg ingest checks (E301): kg extract and kg ingest accept the same documents
    for mention in extraction.mentions:
        assert document.text[mention.start : mention.end] == mention.text
    for relation in extraction.relations:
        evidence = relation.evidence
        assert document.text[evidence.start : evidence.end] == evidence.sentence
