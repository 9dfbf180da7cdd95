"""The actor gazetteer: built-in data, matching rules, offices over time and user alias files."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from kg.errors import GazetteerError
from kg.actors.gazetteer import ACTOR_BASE, GAZETTEER, Gazetteer, _Builder, normalize
from kg.extract.read import read_text
from kg.model import SECTORS

EXTRA_STATES = ("taiwan", "kosovo", "palestine", "vatican-city")
# Territories and de facto states that act in the news: states.csv lists them after the UN members.
TERRITORIES = (
    "greenland", "faroe-islands", "cook-islands", "niue", "new-caledonia", "puerto-rico", "hong-kong", "macau",
    "gibraltar", "falkland-islands", "western-sahara", "somaliland", "transnistria", "abkhazia", "south-ossetia",
    "northern-cyprus", "nagorno-karabakh", "bougainville", "kurdistan-region", "republika-srpska",
)
# Roles that one person holds at a time for a given state or organisation.
SINGLE_HOLDER_ROLES = (
    "president",
    "prime_minister",
    "chancellor",
    "king",
    "supreme_leader",
    "pope",
    "foreign_minister",
    "defense_minister",
    "secretary_general",
    "commission_president",
)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def ids(entries) -> list[str]:
    return [e.id for e in entries]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- built-in data


def test_builtin_gazetteer_loads_and_validates(gaz: Gazetteer) -> None:
    assert gaz.get("russia").iri == "https://w3id.org/newskg/actor/russia"
    assert gaz.get("russia").wikidata == "Q159"
    assert gaz.get("vladimir-putin").type == "Person"


def test_all_193_un_members_the_four_others_and_the_territories_are_states(gaz: Gazetteer) -> None:
    states = [e for e in gaz.entries.values() if e.type == "State"]
    assert len(states) == 193 + len(EXTRA_STATES) + len(TERRITORIES)
    assert all(gaz.get(extra).type == "State" for extra in EXTRA_STATES + TERRITORIES)
    assert len({s.iso2 for s in states}) == len(states) and len({s.iso3 for s in states}) == len(states)


def test_there_are_at_least_a_thousand_aliases(gaz: Gazetteer) -> None:
    assert gaz.alias_count() >= 1000


def test_every_state_has_an_english_and_an_italian_name(gaz: Gazetteer) -> None:
    states = [e for e in gaz.entries.values() if e.type == "State"]
    assert all(s.names.get("en") and s.names.get("it") for s in states)
    assert gaz.get("germany").names["it"] == "Germania"


# --- matching rules


def test_the_kremlin_is_russia_with_or_without_the_article(gaz: Gazetteer) -> None:
    assert ids(gaz.lookup("the Kremlin")) == ["russia"]
    assert ids(gaz.lookup("Kremlin", "en")) == ["russia"]


def test_cremlino_is_russia_in_italian(gaz: Gazetteer) -> None:
    assert ids(gaz.lookup("Cremlino", "it")) == ["russia"]
    assert ids(gaz.lookup("il Cremlino", "it")) == ["russia"]


def test_lowercase_us_is_not_the_united_states(gaz: Gazetteer) -> None:
    assert gaz.lookup("us") == []
    assert ids(gaz.lookup("US")) == ["united-states"]
    assert ids(gaz.lookup("U.S.", "en")) == ["united-states"]


def test_demonyms_name_their_state(gaz: Gazetteer) -> None:
    assert ids(gaz.lookup("russo", "it")) == ["russia"]
    assert ids(gaz.lookup("Russian", "en")) == ["russia"]
    assert ids(gaz.lookup("americani", "it")) == ["united-states"]


def test_italian_demonyms_are_not_mistaken_for_surnames(gaz: Gazetteer) -> None:
    assert gaz.lookup("Russo", "it") == []
    assert gaz.lookup("La Russa", "it") == []


def test_acronym_like_words_do_not_match_ordinary_words(gaz: Gazetteer) -> None:
    assert ids(gaz.lookup("Nato", "it")) == ["nato"]
    assert gaz.lookup("nato", "it") == []  # "born"
    assert gaz.lookup("usa", "it") == []  # "uses"


def test_capitals_and_seats_of_power_name_their_state(gaz: Gazetteer) -> None:
    assert ids(gaz.lookup("Pechino", "it")) == ["china"]
    assert ids(gaz.lookup("Kyiv", "en")) == ids(gaz.lookup("Kiev", "it")) == ["ukraine"]
    assert ids(gaz.lookup("la Casa Bianca", "it")) == ["united-states"]
    assert ids(gaz.lookup("Brussels", "en")) == ["european-union"]


def test_accents_dashes_and_curly_apostrophes_are_ignored(gaz: Gazetteer) -> None:
    assert ids(gaz.lookup("Recep Tayyip Erdogan")) == ["recep-tayyip-erdogan"]
    assert ids(gaz.lookup("Gideon Sa\u2019ar")) == ["gideon-saar"]
    assert ids(gaz.lookup("Jean\u2013Yves Le Drian")) == ["jean-yves-le-drian"]
    assert normalize("Élysée") == normalize("ELYSEE") == "elysee"


def test_ambiguous_names_are_left_out(gaz: Gazetteer) -> None:
    assert gaz.lookup("Congolese") == []
    assert ids(gaz.lookup("Georgia", "en")) == ["georgia"]


def test_phrases_that_contain_an_alias_but_name_no_actor_are_listed(gaz: Gazetteer) -> None:
    assert "Latin America" in gaz.non_actors("en") and "Statuto di Roma" in gaz.non_actors("it")
    assert gaz.lookup("Latin America", "en") == []


def test_surface_forms_hold_the_language_and_the_neutral_forms(gaz: Gazetteer) -> None:
    italian = {(surface, entry) for surface, entry, _ in gaz.surface_forms("it")}
    assert ("Cremlino", "russia") not in italian  # written with its article in the data
    assert ("il Cremlino", "russia") in italian and ("Vladimir Putin", "vladimir-putin") in italian
    assert ("Russian", "russia") not in italian
    patterns = {(p.text, p.id): p.case_sensitive for p in gaz.patterns("it")}
    assert patterns[("Cremlino", "russia")] is False and patterns[("russo", "russia")] is True


# --- offices


def test_the_us_president_depends_on_the_date(gaz: Gazetteer) -> None:
    assert gaz.office_holder("president", "united-states", date(2024, 6, 1)).name == "Joe Biden"
    assert gaz.office_holder("president", "united-states", date(2025, 3, 1)).name == "Donald Trump"
    assert gaz.office_holder("president", "united-states", date(2025, 1, 20)).name == "Donald Trump"
    assert gaz.office_holder("president", "united-states", None).name == "Donald Trump"


def test_office_holders_of_organisations_are_known(gaz: Gazetteer) -> None:
    assert gaz.office_holder("secretary_general", "nato", date(2023, 1, 1)).name == "Jens Stoltenberg"
    assert gaz.office_holder("secretary_general", "nato", date(2025, 1, 1)).name == "Mark Rutte"
    assert gaz.office_holder("spokesperson", "russia", date(2024, 1, 1)).name == "Dmitry Peskov"
    assert gaz.office_holder("president", "atlantis", None) is None


def test_single_holder_offices_never_overlap_beyond_the_handover_day(gaz: Gazetteer) -> None:
    by_seat: dict[tuple[str, str], list] = {}
    for person in (e for e in gaz.entries.values() if e.type == "Person"):
        for office in gaz.offices(person.id):
            if office.role in SINGLE_HOLDER_ROLES:
                by_seat.setdefault((office.role, office.of), []).append(office)
    for seat, held in by_seat.items():
        held.sort(key=lambda o: o.start or date.min)
        for before, after in zip(held, held[1:]):
            assert before.end is not None, f"{seat}: {before.person} has no end but {after.person} follows"
            assert after.start is None or before.end <= after.start + timedelta(days=1), f"{seat}: {before.person} / {after.person}"


def test_nato_members_include_italy(gaz: Gazetteer) -> None:
    assert ("italy", "nato") in gaz.memberships()
    assert sum(1 for _, org in gaz.memberships() if org == "european-union") == 27


def test_institutions_of_states_have_their_country_and_sector(gaz: Gazetteer) -> None:
    expected = {
        "pentagon": ("united-states", "military"),
        "us-state-department": ("united-states", "government"),
        "france-foreign-ministry": ("france", "government"),
        "italy-foreign-ministry": ("italy", "government"),
        "italy-interior-ministry": ("italy", "government"),
        "bundeswehr": ("germany", "military"),
    }
    assert {id: (gaz.get(id).country, gaz.get(id).sector) for id in expected} == expected
    assert ids(gaz.lookup("Foggy Bottom", "en")) == ["us-state-department"]
    assert ids(gaz.lookup("il Viminale", "it")) == ["italy-interior-ministry"]


def test_every_country_is_a_state_and_every_sector_one_of_the_model(gaz: Gazetteer) -> None:
    placed = [e for e in gaz.entries.values() if e.country or e.sector]
    assert len(placed) > 50
    assert all(e.country is None or gaz.get(e.country).type == "State" for e in placed)
    assert all(e.sector is None or e.sector in SECTORS for e in placed)


def test_political_parties_are_groups_with_their_country(gaz: Gazetteer) -> None:
    for party in ("lega", "cdu", "georgian-dream", "republican-party"):
        assert gaz.get(party).type == "Group" and gaz.get(party).country is not None


def test_no_gazetteer_id_takes_the_identity_of_a_sector_actor(gaz: Gazetteer) -> None:
    """actor/<state>-<sector> names a state's sector; an entry of that id would be merged with it."""
    states = [e.id for e in gaz.entries.values() if e.type == "State"]
    sector_ids = {f"{state}-{sector.replace('_', '-')}" for state in states for sector in SECTORS}
    assert not sector_ids & set(gaz.entries)


def test_an_organisation_in_an_unknown_country_is_refused_naming_the_line(tmp_path: Path) -> None:
    folder = tmp_path / "gazetteer"
    shutil.copytree(GAZETTEER, folder)
    with (folder / "organizations.csv").open("a", encoding="utf-8") as organizations:
        organizations.write("atlantis-navy,Organization,Atlantean Navy,,,,,,,atlantis,military\n")
    builder = _Builder()
    with pytest.raises(GazetteerError, match=r"organizations\.csv:\d+: unknown country 'atlantis'"):
        builder.read_builtin(folder)


def test_armed_groups_are_groups_placed_in_their_country(gaz: Gazetteer) -> None:
    assert ids(gaz.lookup("March 23 Movement", "en")) == ids(gaz.lookup("M23", "it")) == ["m23"]
    assert ids(gaz.lookup("ELN", "en")) == ["eln"]
    assert ids(gaz.lookup("Pakistani Taliban", "en")) == ["tehrik-i-taliban-pakistan"]
    assert ids(gaz.lookup("Fronte Polisario", "it")) == ["polisario-front"]
    assert ids(gaz.lookup("Brigate al-Qassam", "it")) == ["qassam-brigades"]
    assert {(gaz.get(g).type, gaz.get(g).country, gaz.get(g).sector) for g in ("m23", "jnim", "arakan-army")} == {
        ("Group", "dr-congo", "rebels"), ("Group", "mali", "rebels"), ("Group", "myanmar", "rebels")
    }
    assert gaz.get("sinaloa-cartel").sector is None  # a cartel is neither the state nor rebels


def test_group_acronyms_that_are_words_stay_words(gaz: Gazetteer) -> None:
    assert ids(gaz.lookup("LeT", "en")) == ["lashkar-e-taiba"] and gaz.lookup("Let", "en") == []
    assert gaz.lookup("ola", "it") == [] and gaz.lookup("Fano", "it") == []  # the Italian town
    assert ids(gaz.lookup("Fano", "en")) == ["fano"] and gaz.lookup("fano", "en") == []


def test_territories_and_de_facto_states_have_their_forms_and_leaders(gaz: Gazetteer) -> None:
    assert ids(gaz.lookup("Kalaallit Nunaat", "en")) == ids(gaz.lookup("Groenlandia", "it")) == ["greenland"]
    assert ids(gaz.lookup("Turkish Cypriot", "en")) == ids(gaz.lookup("turco-cipriota", "it")) == ["northern-cyprus"]
    assert ids(gaz.lookup("SADR", "en")) == ["western-sahara"] and ids(gaz.lookup("Tiraspol", "en")) == ["transnistria"]
    assert ids(gaz.lookup("Strait of Gibraltar", "en")) == [] and "Strait of Gibraltar" in gaz.non_actors("en")
    assert gaz.office_holder("prime_minister", "greenland", date(2024, 6, 1)).name == "Múte Egede"
    assert gaz.office_holder("president", "somaliland", date(2025, 6, 1)).name == "Abdirahman Mohamed Abdullahi"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The M23 rebels and the ELN clashed with soldiers, while JNIM fighters ambushed the Africa Corps.",
            "en",
            {"m23", "eln", "jnim", "africa-corps"},
        ),
        (
            "Somaliland's president met the Turkish Cypriot leader, and Kataib Hezbollah threatened Erbil.",
            "en",
            {"somaliland", "abdirahman-irro", "northern-cyprus", "kataib-hezbollah", "kurdistan-region"},
        ),
        (
            "Il Fronte Polisario e le milizie Fano accusano il governo; il Cartello di Sinaloa e la Transnistria tacciono.",
            "it",
            {"polisario-front", "fano", "sinaloa-cartel", "transnistria"},
        ),
        (
            "Eni and Shell signed a gas deal with Sonatrach, while Huawei and TSMC courted Nvidia's suppliers.",
            "en",
            {"eni", "shell", "sonatrach", "huawei", "tsmc", "nvidia"},
        ),
        (
            "Rheinmetall and Leonardo will build tanks for Rome, and Maersk rerouted ships after the Houthi attacks.",
            "en",
            {"rheinmetall", "leonardo", "maersk", "italy"},
        ),
        (
            "Leonardo e Fincantieri forniranno navi all'Indonesia; UniCredit e Intesa Sanpaolo restano in Russia.",
            "it",
            {"leonardo", "fincantieri", "unicredit", "intesa-sanpaolo", "russia"},
        ),
    ],
)
def test_armed_groups_territories_and_companies_are_found_in_sentences(pipeline, text: str, lang: str, expected: set[str]) -> None:
    found = {m.actor.iri.removeprefix(ACTOR_BASE) for m in pipeline.extract_one(read_text(text, lang=lang, date="2025-06-01")).mentions}
    assert expected <= found


def test_companies_are_business_actors_placed_in_their_home_state(gaz: Gazetteer) -> None:
    assert ids(gaz.lookup("Ente nazionale idrocarburi", "it")) == ids(gaz.lookup("ENI", "en")) == ["eni"]
    assert ids(gaz.lookup("Statoil", "en")) == ["equinor"] and ids(gaz.lookup("Finmeccanica", "it")) == ["leonardo"]
    assert ids(gaz.lookup("Starlink", "en")) == ["spacex"] and ids(gaz.lookup("Raytheon", "it")) == ["rtx"]
    assert {(gaz.get(c).type, gaz.get(c).country, gaz.get(c).sector) for c in ("eni", "huawei", "sberbank")} == {
        ("Organization", "italy", "business"), ("Organization", "china", "business"), ("Organization", "russia", "business")
    }
    assert gaz.get("shell").wikidata == "Q154950"


def test_company_names_that_are_words_stay_words(gaz: Gazetteer) -> None:
    assert ids(gaz.lookup("Shell", "en")) == ["shell"] and gaz.lookup("shell", "en") == []
    assert ids(gaz.lookup("Meta", "it")) == ["meta"] and gaz.lookup("meta", "it") == []  # goal
    assert ids(gaz.lookup("Vale", "en")) == ["vale"] and gaz.lookup("vale", "it") == []  # is worth
    assert gaz.lookup("Total", "en") == [] and ids(gaz.lookup("Total", "it")) == ["totalenergies"]
    assert gaz.lookup("Amazon", "en") == []  # the river and the rainforest; "Amazon.com" is the company
    assert gaz.lookup("Intesa", "it") == [] and gaz.lookup("Tim", "it") == []  # agreement; the given name




@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A shell hit the total of three buildings, and the apple harvest in the vale was lost.", "en"),
        ("La meta del viaggio vale la pena: l'intesa raggiunta a Roma regge.", "it"),
    ],
)
def test_ordinary_words_are_not_companies(pipeline, text: str, lang: str) -> None:
    found = {m.actor.iri.removeprefix(ACTOR_BASE) for m in pipeline.extract_one(read_text(text, lang=lang)).mentions}
    assert not found & {"shell", "totalenergies", "apple", "vale", "meta", "intesa-sanpaolo"}


def test_titles_exist_in_both_languages(gaz: Gazetteer) -> None:
    assert {t.role for t in gaz.titles("en") if t.text == "prime minister"} == {"prime_minister"}
    assert {t.role for t in gaz.titles("it") if t.text == "portavoce"} == {"spokesperson"}


# --- user alias files


def test_a_user_csv_file_adds_an_alias(tmp_path: Path) -> None:
    path = write(tmp_path, "aliases.csv", "alias,actor,lang\nMadre Russia,russia,it\n")
    gaz = Gazetteer.load(extra=[path])
    assert ids(gaz.lookup("Madre Russia", "it")) == ["russia"]
    assert gaz.lookup("Madre Russia", "en") == []


def test_a_user_csv_file_can_define_a_new_actor(tmp_path: Path) -> None:
    path = write(tmp_path, "aliases.csv", "Greenpeace Italia,greenpeace-italia,it,Organization,Greenpeace Italia\n")
    gaz = Gazetteer.load(extra=[path])
    assert gaz.get("greenpeace-italia").type == "Organization"
    assert ids(gaz.lookup("greenpeace italia", "it")) == ["greenpeace-italia"]


def test_a_user_yaml_file_adds_actors_and_aliases(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "aliases.yaml",
        "actors:\n"
        "  - id: r-politik\n    type: ThinkTank\n    name: R.Politik\n    aliases: [R Politik]\n"
        "aliases:\n  Tsar Vladimir: vladimir-putin\n",
    )
    gaz = Gazetteer.load(extra=[path])
    assert ids(gaz.lookup("R Politik")) == ["r-politik"]
    assert ids(gaz.lookup("Tsar Vladimir")) == ["vladimir-putin"]


def test_a_conflicting_alias_file_is_refused_with_file_line_and_both_actors(tmp_path: Path) -> None:
    path = write(tmp_path, "clash.csv", "alias,actor,lang\nMadre Russia,russia,it\nKremlin,united-states,en\n")
    with pytest.raises(GazetteerError) as caught:
        Gazetteer.load(extra=[path])
    message = str(caught.value)
    assert f"{path}:3:" in message and "'russia'" in message and "'united-states'" in message and "Kremlin" in message


def test_a_conflict_inside_a_yaml_file_names_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "clash.yaml", "aliases:\n  Moscow: russia\n  Mosca: ukraine\n")
    with pytest.raises(GazetteerError, match=r"clash\.yaml:3: .*'russia'.*'ukraine'"):
        Gazetteer.load(extra=[path])


def test_a_malformed_row_is_refused_naming_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.csv", "alias,actor,lang\nKremlin,russia,en\nToo,many,columns,here\n")
    with pytest.raises(GazetteerError, match=r"bad\.csv:3: 4 columns"):
        Gazetteer.load(extra=[path])


def test_an_unknown_type_is_refused_naming_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.csv", "Acme,acme,en,Company,Acme Corp\n")
    with pytest.raises(GazetteerError, match=r"bad\.csv:1: unknown type 'Company'"):
        Gazetteer.load(extra=[path])


def test_an_alias_for_an_unknown_actor_says_how_to_define_it(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.csv", "Acme,acme,en\n")
    with pytest.raises(GazetteerError, match=r"bad\.csv:1: unknown actor 'acme'.*alias,actor,lang,type,name"):
        Gazetteer.load(extra=[path])


def test_the_gazetteer_is_loaded_once_per_set_of_files(tmp_path: Path) -> None:
    path = write(tmp_path, "aliases.csv", "Madre Russia,russia,it\n")
    assert Gazetteer.load() is Gazetteer.load()
    assert Gazetteer.load(extra=[path]) is Gazetteer.load(extra=[str(path)])
