"""The language identifier: loaded once per process, in a thread of its own, and waited for where it is wanted."""

import threading

from kg.extract.language import identifier, load_in_background

ITALIAN = "Il ministero degli Esteri russo ha detto martedì che i colloqui con Washington riprenderanno il mese prossimo a Ginevra."


def test_the_identifier_loads_once_and_every_caller_gets_the_same_one():
    loading = load_in_background()
    assert load_in_background() is loading
    assert identifier() is loading.result() is identifier()


def test_callers_on_many_threads_at_once_share_one_loading():
    seen = []
    threads = [threading.Thread(target=lambda: seen.append(load_in_background())) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(loading) for loading in seen}) == 1


def test_the_loaded_identifier_answers_with_normalised_probabilities():
    lang, probability = identifier().classify(ITALIAN)
    assert lang == "it" and 0.9 < probability <= 1.0


TEXTS = [
    ITALIAN,
    "Russian Foreign Minister Sergei Lavrov said on Tuesday that talks would resume in Geneva next month.",
    "Trump met Putin in Alaska.",  # names only: a noisy guess, which must be the same noisy guess
    "Der Bundeskanzler hat am Dienstag in Berlin die Regierung kritisiert.",
    "ANTÓNIO COSTA:",
    "",
]


def test_the_cached_model_answers_exactly_as_the_packaged_one(tmp_path, monkeypatch):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from kg.extract.language import cache_folder, load_identifier

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    packaged = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    first = load_identifier()  # decompresses the model into the cache folder
    assert cache_folder().is_relative_to(tmp_path) and (cache_folder() / "nextmove.npy").is_file()
    second = load_identifier()  # maps it from there
    for text in TEXTS:
        assert first.classify(text) == second.classify(text) == packaged.classify(text)
        assert first.rank(text) == second.rank(text) == packaged.rank(text)


def test_a_cache_folder_that_cannot_be_made_leaves_the_packaged_model(tmp_path, monkeypatch):
    from kg.extract.language import load_identifier

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    lang, probability = load_identifier().classify(ITALIAN)
    assert lang == "it" and 0.9 < probability <= 1.0
