"""Clean stage: scraping noise is blanked out, offsets stay where they were."""

from kg.extract.clean import clean, noise_spans
from kg.extract.read import read_paths, read_text
from tests.conftest import SAMPLES

NOISY = """Putin met Trump in Riyadh on Tuesday.
A photo of the two leaders shaking hands in the palace garden. (Jane Roe/AFP/Getty Images)
This article is more than 2 years old
Best cheap flights Rome Milan
A photo of the two leaders shaking hands in the palace garden. (Jane Roe/AFP/Getty Images)
Comments (2)
Great article, Putin is right!
I disagree with Trump."""


def test_noise_lines_are_blanked_and_the_text_keeps_its_length():
    doc = read_text(NOISY)
    cleaned = clean(doc)
    assert len(cleaned.text) == len(doc.text)
    assert cleaned.text.startswith("Putin met Trump in Riyadh on Tuesday.")
    for gone in ("AFP", "more than 2 years", "cheap flights", "Comments", "Putin is right", "I disagree"):
        assert gone not in cleaned.text


def test_each_blanked_span_says_why():
    reasons = {span.why for span in noise_spans(read_text(NOISY).text)}
    assert {"comment section", "archive banner", "SEO spam lines (no sentence punctuation)"} <= reasons


def test_the_noisy_sample_keeps_its_article_and_loses_its_comments():
    [doc] = read_paths([SAMPLES / "macron-merz-air-defence-noisy.txt"])
    cleaned = clean(doc)
    assert "Comments (3)" in doc.text and "Comments (3)" not in cleaned.text
    assert cleaned.text.split("\n")[0] == doc.text.split("\n")[0]


def test_an_author_box_loses_the_names_but_keeps_the_publisher():
    doc = read_text("Putin met Trump.\nAuthor: Jane Roe, John Doe Source: The Daily Planet\nMore text here.")
    cleaned = clean(doc)
    assert "Jane Roe" not in cleaned.text and "Source: The Daily Planet" in cleaned.text
    assert len(cleaned.text) == len(doc.text)
