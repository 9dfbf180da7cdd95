"""The learned second opinion: pair features, `kg train`, the shipped model, and the modes."""

import json

import pytest

from kg.errors import SettingsError, ValidationError
from kg.evaluation.training import train
from kg.extract.read import read_text
from kg.relations.classifier import load_model, pair_features, ruled_roles
from kg.relations.component import RelationExtractor
from kg.relations.lexicon import load_lexicon
from kg.settings import Settings
from tests.conftest import ROOT


def test_pair_features_name_the_words_between_and_the_dependency_path(pipeline):
    doc = pipeline.nlp("en")("Peru lambasted Chile over the fishing dispute.")
    sentence = next(doc.sents)
    features = pair_features(sentence, doc[0:1], doc[2:3], load_lexicon("en"))
    assert "between:lambast" in features and "top:lambast" in features and "order:forward" in features
    assert "between-lex:criticizes" in features  # lambast is a WordNet-derived trigger


def test_a_word_takes_no_class_from_rows_that_need_another_word(pipeline):
    # "say … with=torture" accuses: the pair of words does, "said" alone does not
    doc = pipeline.nlp("en")("Amnesty said the army had closed the border.")
    sentence = next(doc.sents)
    features = pair_features(sentence, doc[0:1], doc[3:4], load_lexicon("en"))
    assert "between:say" in features and "between-lex:accuses" not in features


def test_pair_features_name_the_actor_kinds_and_the_first_lexicon_word_between(pipeline):
    doc = pipeline.nlp("en")("Peru lambasted Chile over the fishing dispute.")
    sentence = next(doc.sents)
    features = pair_features(sentence, doc[0:1], doc[2:3], load_lexicon("en"), ("State", "State"))
    assert "kinds:State>State" in features and "first-lex:criticizes" in features and "first-trigger:lambast" in features


def test_what_the_frames_said_of_either_actor_with_a_third_is_a_feature_and_of_the_pair_is_not():
    said = [("peru", "criticizes", "chile"), ("peru", "praises", "bolivia"), ("ecuador", "attacks", "chile")]
    assert ruled_roles("peru", "chile", said) == ["object-ruled-as-object:attacks", "subject-ruled-as-subject:praises"]


def test_the_shipped_models_load_with_a_threshold_and_a_none_class():
    for lang in ("en", "it"):
        model = load_model(lang)
        assert model is not None and model.relations[0] == "-" and 0 < model.threshold <= 1


def test_training_writes_a_model_the_component_reads(tmp_path, pipeline):
    lines = (ROOT / "tests/data/gold/train.jsonl").read_text(encoding="utf-8").splitlines()
    english = [line for line in lines if json.loads(line)["lang"] == "en"][:12]
    gold = tmp_path / "small.jsonl"
    gold.write_text("\n".join(english) + "\n", encoding="utf-8")
    [report] = train([gold], folder=tmp_path)
    assert report.lang == "en" and report.positives > 0 and report.path.is_file()
    model = load_model("en", tmp_path)
    assert model.weights and set(model.intercepts) >= {"-"}


def test_a_relation_mode_is_checked_where_it_is_set(pipeline):
    with pytest.raises(SettingsError, match="E005"):
        Settings.from_env({"KG_RELATIONS": "neural"})
    with pytest.raises(ValidationError, match="E207"):
        RelationExtractor(pipeline.nlp("en"), "kg_relations", mode="neural")


def test_model_only_mode_still_finds_relations(tmp_path):
    from kg.extract.pipeline import Pipeline

    found = Pipeline(Settings(relations="model")).extract_one(read_text("France condemned Italy over the migrant deal.", lang="en"))
    assert found.relations and all(r.rule.startswith(("model:", "title:")) for r in found.relations)
