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
