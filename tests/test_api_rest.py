"""The JSON API for applications, against a live `kg serve` over a copy of the sample store."""

from __future__ import annotations


import httpx
import jsonschema
import pytest

from kg.extract.output import load_schema
from tests.conftest import serving_copy

pytestmark = pytest.mark.slow

TOKEN = "rest-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
TEXT = "Macron praised Merz on Tuesday. Russia criticised NATO over the new air-defence plan."
ASSERTION_FIELDS = {
    "id", "subject", "relation", "group", "object", "negated", "modality", "confidence",
    "attributed_to", "condition", "date", "document", "evidence",
}


@pytest.fixture(scope="module")
def api(tmp_path_factory, sample_store_path):
    with serving_copy(tmp_path_factory, sample_store_path, {"KG_UPDATE_TOKEN": TOKEN}) as base:
        yield base


def get(base: str, path: str, **params) -> dict:
    response = httpx.get(base + path, params=params, timeout=30)
    assert response.status_code == 200, response.text
    return response.json()


def error(response: httpx.Response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    assert response.json()["error"] == code and response.json()["message"]


# --- documents ----------------------------------------------------------------------------------


def test_a_posted_json_document_is_extracted_stored_and_answered_like_kg_extract(api):
    body = {"id": "rest-json", "text": TEXT, "title": "Air defence", "date": "2025-03-04", "source": "Test Wire"}
    response = httpx.post(api + "/documents", json=body, headers=AUTH, timeout=120)
    assert response.status_code == 201, response.text
    record = response.json()
    jsonschema.validate(record, load_schema())
    assert record["id"] == "rest-json"
    assert {"Emmanuel Macron", "Friedrich Merz"} <= {e["name"] for e in record["entities"]}
    assert any(r["relation"] == "praises" and r["evidence"]["sentence"].startswith("Macron") for r in record["relations"])
    stored = get(api, "/documents/rest-json")
    assert stored["summary"]["title"] == "Air defence" and stored["summary"]["date"] == "2025-03-04"
    assert stored["text"] == TEXT
    assert any(a["relation"] == "praises" and a["date"] == "2025-03-04" for a in stored["relations"])


@pytest.mark.parametrize(
    "kind, body, params",
    [
        ("text/plain", "Erdogan criticised Netanyahu in Ankara.", {"id": "rest-text", "date": "2025-01-05"}),
        ("text/html", "<html><head><title>Talks</title></head><body><article><p>Erdogan criticised Netanyahu "
                      "in Ankara on Monday, officials said.</p></article></body></html>", {"id": "rest-html"}),
    ],
)
def test_plain_text_and_html_documents_are_accepted_too(api, kind, body, params):
    response = httpx.post(api + "/documents", content=body, params=params, headers={"Content-Type": kind, **AUTH}, timeout=120)
    assert response.status_code == 201, response.text
    assert response.json()["id"] == params["id"]
    assert "Netanyahu" in get(api, f"/documents/{params['id']}")["text"]


def test_posting_or_deleting_documents_needs_the_token(api, server):
    error(httpx.post(api + "/documents", json={"text": TEXT}), 401, "E702")
    error(httpx.delete(api + "/documents/rest-json"), 401, "E702")
    error(httpx.post(server + "/documents", json={"text": TEXT}, headers=AUTH), 403, "E701")


def test_a_document_body_that_is_not_a_document_is_a_400(api):
    error(httpx.post(api + "/documents", json={"title": "no text"}, headers=AUTH), 400, "E106")
    error(httpx.post(api + "/documents", content=b"   ", headers={"Content-Type": "text/plain", **AUTH}), 400, "E102")
    error(httpx.post(api + "/documents", content=b"x", headers={"Content-Type": "image/png", **AUTH}), 415, "E704")


def test_a_deleted_document_is_gone(api):
    httpx.post(api + "/documents", json={"id": "rest-doomed", "text": TEXT}, headers=AUTH, timeout=120)
    assert httpx.delete(api + "/documents/rest-doomed", headers=AUTH).status_code == 204
    error(httpx.get(api + "/documents/rest-doomed"), 404, "E403")
    error(httpx.delete(api + "/documents/rest-doomed", headers=AUTH), 404, "E403")


def test_documents_are_listed_newest_first_with_a_total(api):
    first = get(api, "/documents", limit=5)
    assert first["total"] >= 30 and len(first["items"]) == 5 and first["limit"] == 5 and first["offset"] == 0
    dates = [d["date"] for d in first["items"] if d["date"]]
    assert dates == sorted(dates, reverse=True)
    second = get(api, "/documents", limit=5, offset=5)
    assert not {d["id"] for d in first["items"]} & {d["id"] for d in second["items"]}


# --- actors -------------------------------------------------------------------------------------


def test_actor_search_finds_by_part_of_a_name_or_alias(api):
    found = get(api, "/actors", q="putin")
    assert found["total"] >= 1
    putin = found["items"][0]
    assert putin["name"] == "Vladimir Putin" and putin["types"] == ["Person"] and putin["id"]
    assert {"iri", "aliases", "mentions", "documents", "identifiers"} <= set(putin)
    paged = get(api, "/actors", limit=3, offset=2)
    assert len(paged["items"]) == 3 and paged["total"] > 5


def test_an_actor_comes_with_names_relations_both_ways_evidence_and_a_timeline(api):
    russia = get(api, "/actors/russia")
    assert russia["name"] == "Russia" and "State" in russia["types"]
    assert any("wikidata.org" in i for i in russia["identifiers"])
    assert russia["relations_out"]["total"] > 0 and russia["relations_in"]["total"] > 0
    for assertion in russia["relations_out"]["items"]:
        assert set(assertion) == ASSERTION_FIELDS
        assert assertion["subject"]["iri"] == russia["iri"] and assertion["evidence"]["sentence"]
        assert assertion["group"] in ("cooperative", "conflictual", "neutral", "fact")
    assert russia["timeline"] and all(set(p) == {"date", "cooperative", "conflictual", "neutral", "fact"} for p in russia["timeline"])
    by_name = get(api, "/actors/Vladimir Putin")
    assert by_name["id"] == get(api, "/actors", q="Vladimir Putin")["items"][0]["id"]


def test_an_unknown_actor_is_a_404_that_says_how_to_search(api):
    response = httpx.get(api + "/actors/nobody-at-all")
    error(response, 404, "E708")
    assert "/actors?q=" in response.json()["message"]


# --- relations and paths ----------------------------------------------------------------------


def test_relations_filter_by_actor_relation_dates_and_qualifiers(api):
    everything = get(api, "/relations", limit=1)["total"]
    conflictual = get(api, "/relations", relation="conflictual", limit=200)
    assert 0 < conflictual["total"] < everything
    assert all(a["group"] == "conflictual" for a in conflictual["items"])
    from_russia = get(api, "/relations", subject="russia", limit=200)
    assert from_russia["items"] and all(a["subject"]["id"] == "russia" for a in from_russia["items"])
    negated = get(api, "/relations", negated="true", modality="any", limit=200)
    assert negated["items"] and all(a["negated"] for a in negated["items"])
    dated = get(api, "/relations", since="2025-01-01", until="2025-12-31", limit=200)
    assert all("2025-01-01" <= a["date"] <= "2025-12-31" for a in dated["items"])
    attributed = get(api, "/relations", limit=200)
    claimed = [a for a in attributed["items"] if a["attributed_to"]]
    if claimed:
        who = claimed[0]["attributed_to"]["id"]
        assert all(a["attributed_to"]["id"] == who for a in get(api, "/relations", attributed_to=who)["items"])


def test_relations_are_asserted_interactions_that_were_not_negated_by_default(api):
    honest = get(api, "/relations", limit=1000)
    assert honest["items"] and all(
        a["group"] != "fact" and a["modality"] == "asserted" and not a["negated"] for a in honest["items"]
    )
    everything = get(api, "/relations", facts="true", negated="any", modality="any", limit=1)
    assert honest["total"] < everything["total"] == get(api, "/stats")["relations"]


def test_each_parameter_brings_its_statements_back(api):
    facts = get(api, "/relations", facts="true", limit=1000)["items"]
    assert {a["group"] for a in facts} >= {"fact", "cooperative"}
    conditional = get(api, "/relations", modality="conditional", limit=1000)["items"]
    assert conditional and {a["modality"] for a in conditional} == {"conditional"}
    assert any(a["condition"] for a in conditional)
    two = get(api, "/relations", modality="asserted,future", limit=1000)["items"]
    assert {a["modality"] for a in two} == {"asserted", "future"}
    both = get(api, "/relations", negated="any", limit=1000)["items"]
    assert {a["negated"] for a in both} == {True, False}
    claimed = [a for a in get(api, "/relations", modality="any", limit=1000)["items"] if a["attributed_to"]]
    assert claimed and set(claimed[0]["attributed_to"]) == {"id", "iri", "name", "type"}
    assert all(isinstance(a["confidence"], float) for a in claimed)


def test_between_takes_two_actors_in_either_direction(api):
    everything = {"facts": "true", "negated": "any", "modality": "any", "limit": 1000}
    pair = get(api, "/relations", between="russia,United States", **everything)
    assert pair["total"] > 0
    assert all({a["subject"]["id"], a["object"]["id"]} == {"russia", "united-states"} for a in pair["items"])
    one_way = get(api, "/relations", subject="russia", object="united-states", **everything)["total"]
    other_way = get(api, "/relations", subject="united-states", object="russia", **everything)["total"]
    assert pair["total"] == one_way + other_way


def test_the_actor_page_takes_the_same_parameters(api):
    honest = get(api, "/actors/vladimir-putin", limit=1000)
    assert all(a["group"] != "fact" for a in honest["relations_out"]["items"])
    assert sum(point["fact"] for point in honest["timeline"]) == 0
    facts = get(api, "/actors/vladimir-putin", facts="true", limit=1000)
    assert any(a["group"] == "fact" for a in facts["relations_out"]["items"])
    assert sum(point["fact"] for point in facts["timeline"]) > 0
    error(httpx.get(api + "/actors/russia", params={"modality": "certain"}), 400, "E707")


def test_paths_count_facts_only_when_asked(api):
    def groups(**params) -> set[str]:
        found = get(api, "/paths", **{"from": "vladimir-putin", "to": "russia", "max_hops": 2, **params})
        return {a["group"] for path in found["paths"] for hop in path["hops"] for a in hop["assertions"]}

    assert "fact" not in groups() and "fact" in groups(facts="true")


def test_relation_pages_do_not_overlap_and_count_the_same_total(api):
    first, second = get(api, "/relations", limit=10), get(api, "/relations", limit=10, offset=10)
    assert first["total"] == second["total"]
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}


def test_bad_relation_filters_are_400_with_the_parameter_named(api):
    for params, name in (
        ({"relation": "adores"}, "relation"), ({"since": "last week"}, "since"), ({"limit": 0}, "limit"),
        ({"negated": "maybe"}, "negated"), ({"modality": "asserted,rumoured"}, "modality"), ({"facts": "perhaps"}, "facts"),
        ({"between": "russia"}, "between"), ({"between": "russia,iran,china"}, "between"),
    ):
        response = httpx.get(api + "/relations", params=params)
        error(response, 400, "E707")
        assert name in response.json()["message"]


def test_asking_for_facts_without_facts_true_is_a_400_that_says_how(api):
    response = httpx.get(api + "/relations", params={"relation": "fact"})
    error(response, 400, "E707")
    assert "facts=true" in response.json()["message"]
    assert get(api, "/relations", relation="fact", facts="true")["total"] > 0


def test_a_path_between_two_actors_carries_evidence_for_every_hop(api):
    found = get(api, "/paths", **{"from": "russia", "to": "iran", "max_hops": 3})
    assert found["paths"], "Russia and Iran are linked in the samples"
    for path in found["paths"]:
        assert path["actors"][0]["id"] == "russia" and path["actors"][-1]["id"] == "iran"
        assert len(path["hops"]) == len(path["actors"]) - 1
        for hop in path["hops"]:
            assert hop["assertions"] and all(a["evidence"]["sentence"] for a in hop["assertions"])
            ends = {hop["source"]["iri"], hop["target"]["iri"]}
            assert all({a["subject"]["iri"], a["object"]["iri"]} == ends for a in hop["assertions"])
    error(httpx.get(api + "/paths", params={"from": "russia", "to": "iran", "max_hops": 9}), 400, "E707")


def test_stats_count_what_is_stored(api):
    stats = get(api, "/stats")
    assert set(stats) == {"documents", "actors", "relations", "triples"}
    assert stats["documents"] >= 30 and stats["relations"] > 0
