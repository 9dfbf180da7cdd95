"""Whom a statement answered by an office holder was addressed to: the body the holder leads or serves.

Sentences written for these tests, in both languages; one behaviour per test.
"""

import pytest

from kg.extract.read import read_text


@pytest.fixture(scope="module")
def extract(pipeline):
    def run(text: str, lang: str = "en") -> set[tuple[str, str, str]]:
        return {(r.subject.name, r.relation, r.object.name) for r in pipeline.extract_one(read_text(text, lang=lang)).relations}

    return run


def test_a_request_an_italian_president_rejects_was_addressed_to_the_state_he_leads(extract):
    # "il presidente polacco … ha respinto la richiesta della Germania": Germany asked Poland, not the president in person
    found = extract("Il presidente polacco Andrzej Duda ha respinto la richiesta della Germania di aprire i confini.", lang="it")
    assert any(r == "requests" and o in ("Polonia", "Poland") for s, r, o in found)
    assert not any(r == "requests" and "Duda" in o for s, r, o in found)


def test_a_request_an_english_leader_rejects_was_made_of_the_state_he_leads(extract):
    found = extract("Argentine President Javier Milei rejected Brazil's request to lift the tariffs.")
    assert ("Brazil", "requests", "Argentina") in found
    assert ("Brazil", "requests", "Javier Milei") not in found
