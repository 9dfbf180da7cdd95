"""bench/corpus.py: generated articles, the same for the same seed, that kg reads and extracts from."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

from kg.extract.read import read_paths
from tests.conftest import ROOT, kg_command

CORPUS = ROOT / "bench" / "corpus.py"


@pytest.fixture(scope="module")
def corpus():
    spec = importlib.util.spec_from_file_location("bench_corpus", CORPUS)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]


def test_the_same_seed_writes_the_same_articles_byte_for_byte(corpus, tmp_path):
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        corpus.write(tmp_path / f"{name}.jsonl", corpus.articles(seed), documents=40)
    first, again, other = ((tmp_path / f"{name}.jsonl").read_bytes() for name in "abc")
    assert first == again
    assert first != other


def test_articles_carry_the_metadata_kg_reads_in_both_languages(corpus, tmp_path):
    corpus.write(tmp_path / "articles.jsonl", corpus.articles(5, italian=0.5), documents=20)
    records = [json.loads(line) for line in (tmp_path / "articles.jsonl").read_text().splitlines()]
    assert {"id", "title", "date", "source", "url", "lang", "text"} <= set(records[0])
    documents = read_paths([tmp_path / "articles.jsonl"])
    assert len(documents) == 20
    assert {d.lang for d in documents} == {"en", "it"}


def test_a_size_in_megabytes_stops_the_corpus_within_one_article(corpus, tmp_path):
    count, size = corpus.write(tmp_path / "sized.jsonl", corpus.articles(1), megabytes=0.2)
    assert size == (tmp_path / "sized.jsonl").stat().st_size
    assert 200_000 <= size < 200_000 + 20_000
    assert count == len((tmp_path / "sized.jsonl").read_text().splitlines())


def test_pages_and_plain_texts_are_one_file_per_article(corpus, tmp_path):
    corpus.write(tmp_path / "pages", corpus.articles(2), fmt="html", documents=3)
    corpus.write(tmp_path / "texts", corpus.articles(2), fmt="txt", documents=3)
    pages, texts = read_paths([tmp_path / "pages"]), read_paths([tmp_path / "texts"])
    assert [d.id for d in pages] == [d.id for d in texts]
    assert all("Home | World" not in d.text for d in pages)  # the page's navigation is left behind


def test_kg_ingest_finds_actors_and_relations_in_generated_articles(tmp_path):
    generated = subprocess.run(
        [sys.executable, str(CORPUS), str(tmp_path / "news.jsonl"), "--documents", "4", "--italian", "0.5", "--seed", "9"],
        capture_output=True, text=True,
    )
    assert generated.returncode == 0, generated.stderr
    result = kg_command("ingest", str(tmp_path / "news.jsonl"), "--store", str(tmp_path / "store"))
    assert result.returncode == 0, result.stderr
    stats = json.loads(kg_command("stats", "--store", str(tmp_path / "store")).stdout)
    assert stats["documents"] == 4
    assert stats["actors"] >= 10 and stats["relations"] >= 20
    per_language = kg_command(
        "query", "SELECT ?lang (COUNT(?a) AS ?n) WHERE { ?a a kg:Assertion ; prov:wasDerivedFrom ?d . ?d dcterms:language ?lang } GROUP BY ?lang",
        "--format", "csv", "--store", str(tmp_path / "store"),
    )
    counts = dict(line.split(",") for line in per_language.stdout.split()[1:])
    assert int(counts["en"]) > 0 and int(counts["it"]) > 0
