"""Attribution (``attributed_to``): who reports a relation.

Sentences written for these tests, in both languages; one behaviour per test.
"""

import pytest

from kg.model import Relation
from kg.extract.read import read_text


@pytest.fixture(scope="module")
def extract(pipeline):
    def run(text: str, lang: str = "en", date: str | None = None) -> dict[tuple[str, str, str], Relation]:
        return {(r.subject.name, r.relation, r.object.name): r for r in pipeline.extract_one(read_text(text, lang=lang, date=date)).relations}

    return run


def said_by(relation: Relation) -> str | None:
    return relation.attributed_to.name if relation.attributed_to is not None else None


def test_what_a_speaker_offers_on_a_condition_is_not_reported_by_it(extract):
    found = extract("Chile said it would reopen the border crossings only if Bolivia stops the smuggling of fuel.")
    assert said_by(found[("Chile", "concedes", "Bolivia")]) is None
    assert said_by(found[("Chile", "demands", "Bolivia")]) is None


def test_what_a_speaker_says_it_did_stays_reported_by_it(extract):
    found = extract("The Bolivian government said on Monday that its troops had shelled rebel positions near the Chilean border.")
    assert said_by(found[("Bolivia", "attacks", "Chile")]) == "Bolivia"


def test_an_italian_conditional_offer_is_not_reported_by_its_author(extract):
    found = extract("Il Marocco ha detto che riaprirà la frontiera solo se l'Algeria smetterà di sostenere il Fronte Polisario.", "it")
    assert said_by(found[("Morocco", "concedes", "Algeria")]) is None


def test_a_trailing_speaker_set_off_by_commas_reports_the_sentence(extract):
    found = extract(
        "The World Bank will release a further $200 million to Ghana provided Accra cuts fuel subsidies, "
        "the bank's country director, Robert Taylor, said after talks in Accra."
    )
    assert said_by(found[("World Bank", "aids", "Ghana")]) == "Robert Taylor"


def test_a_report_named_again_speaks_for_its_publisher(extract):
    found = extract("The International Crisis Group published a report on Tuesday. The report finds that Russia has supplied drones to Iran.")
    assert said_by(found[("Russia", "aids", "Iran")]) == "International Crisis Group"


def test_a_paper_named_again_speaks_for_its_publisher(extract):
    found = extract(
        "The Stockholm International Peace Research Institute released a new paper on Monday. "
        "The paper says Turkey has sold drones to Ukraine."
    )
    assert said_by(found[("Turkey", "aids", "Ukraine")]) == "Stockholm International Peace Research Institute"


def test_what_one_denies_doing_is_negated_and_reported_by_the_one_who_denies(extract):
    relation = extract("Rwanda denied supplying the M23 rebels with weapons.")[("Rwanda", "aids", "M23")]
    assert relation.negated and said_by(relation) == "Rwanda"


def test_a_complaint_reports_what_it_complains_of(extract):
    relation = extract("Moscow complained that Baku had not consulted it before the vote.")[("Azerbaijan", "consults", "Russia")]
    assert relation.negated and said_by(relation) == "Russia"


def test_lo_ha_detto_reports_the_sentence_before_it(extract):
    found = extract(
        "Il governo serbo è pronto a riconoscere le targhe kosovare, ma solo se Pristina concederà l'autonomia ai comuni del nord. "
        "Lo ha detto il ministro degli Esteri Marko Đurić dopo un incontro a Bruxelles.",
        "it",
    )
    assert said_by(found[("Serbia", "concedes", "Kosovo")]) == "Marko Đurić"
    assert said_by(found[("Serbia", "demands", "Kosovo")]) == "Marko Đurić"


def test_an_italian_denial_with_an_infinitive_is_negated_and_reported(extract):
    relation = extract("Il Ruanda ha negato di aver armato i ribelli dell'M23.", "it")[("Rwanda", "aids", "M23")]
    assert relation.negated and said_by(relation) == "Rwanda"


def test_an_italian_announcement_with_an_infinitive_reports_the_deed(extract):
    found = extract("Il Mali ha annunciato di aver colpito le basi dei ribelli tuareg del Fronte di liberazione dell'Azawad.", "it")
    assert said_by(found[("Mali", "attacks", "Azawad Liberation Front")]) == "Mali"


def test_a_circumstance_after_as_is_in_the_writers_voice(extract):
    found = extract(
        "The Kremlin said it would return the detained sailors only if Kyiv hands back the captured pilots, "
        "as Turkish diplomats urged Ukraine to accept the swap."
    )
    assert said_by(found[("Turkish government", "requests", "Ukraine")]) is None


def test_a_speaker_named_with_the_subject_does_not_report_its_conditional_threat(extract):
    found = extract(
        "Ghana's two main unions, the Trades Union Congress and the Ghana Medical Association, said they would begin "
        "a general strike unless the government raises salaries."
    )
    assert said_by(found[("Ghana Medical Association", "threatens", "Ghana")]) is None


def test_it_as_a_speaker_goes_on_with_the_last_sentences_subject(extract):
    found = extract(
        "The International Crisis Group published a report on Tuesday. The report finds that Russia has supplied drones to Iran. "
        "It also says Saudi Arabia and Iran have held talks in Baghdad."
    )
    assert said_by(found[("Iran", "consults", "Saudi Arabia")]) == "International Crisis Group"


def test_an_italian_source_set_into_a_later_clause_covers_that_clause_only(extract):
    first = extract(
        "Il presidente francese ha incontrato il presidente algerino Abdelmadjid Tebboune ad Algeri e, secondo fonti dell'Eliseo, "
        "ha ottenuto la ripresa della cooperazione sui rimpatri.",
        "it",
        "2025-06-01",
    )
    assert said_by(first[("Abdelmadjid Tebboune", "consults", "Emmanuel Macron")]) is None
    last = extract("Macron ha incontrato Tebboune ad Algeri, secondo fonti dell'Eliseo.", "it")
    assert said_by(last[("Abdelmadjid Tebboune", "consults", "Emmanuel Macron")]) == "France"


def test_an_italian_speech_verb_with_an_object_after_a_comma_names_no_speaker(extract):
    found = extract("Il Fronte Polisario, appoggiato dall'Algeria, ha annunciato nuovi attacchi contro le postazioni marocchine nel Sahara occidentale.", "it")
    assert said_by(found[("Algeria", "supports", "Polisario Front")]) is None
    found = extract("La Russia ha colpito la rete elettrica ucraina, ha detto Zelensky.", "it")
    assert said_by(found[("Russia", "attacks", "Ukraine")]) == "Volodymyr Zelensky"


def test_a_condition_between_the_report_and_its_speaker_belongs_to_the_report(extract):
    found = extract(
        "The Polisario Front is ready to free 40 Moroccan soldiers, but only if Rabat releases its jailed activists, "
        "the front's chief negotiator Mohamed Yeslem Beissat told reporters in Geneva."
    )
    assert [said_by(r) for (author, relation, _), r in found.items() if (author, relation) == ("Polisario Front", "concedes")] == ["Mohamed Yeslem Beissat"]
    assert found[("Polisario Front", "demands", "Morocco")].condition == "Rabat releases its jailed activists"
    assert ("Mohamed Yeslem Beissat", "demands", "Morocco") not in found


def test_a_speaker_after_the_condition_who_told_an_audience_reports_the_sentence(extract):
    found = extract(
        "Bhutan will sign a hydropower deal with India only if New Delhi buys the surplus power at a fixed price, "
        "Energy Minister Gem Tshering told parliament on Monday."
    )
    assert said_by(found[("Bhutan", "demands", "India")]) == "Gem Tshering"


def test_an_italian_report_ends_where_mentre_opens_a_clause_with_its_own_subject(extract):
    found = extract("Il ministro Crosetto ha detto che l'Italia sosterrà la Polonia, mentre la Spagna ha criticato la Germania.", "it")
    assert said_by(found[("Italy", "supports", "Poland")]) == "Guido Crosetto"
    assert said_by(found[("Spain", "criticizes", "Germany")]) is None


def test_an_italian_report_goes_on_past_ma_che_and_past_a_verb_of_the_same_speaker(extract):
    found = extract("Il ministro Crosetto ha detto che l'Italia sosterrà la Polonia, ma che Roma non sanzionerà la Cina.", "it")
    assert said_by(found[("Italy", "sanctions", "China")]) == "Guido Crosetto"
    found = extract("Il ministro Crosetto ha detto che l'Italia sosterrà la Polonia, ma non sanzionerà la Cina.", "it")
    assert said_by(found[("Italy", "sanctions", "China")]) == "Guido Crosetto"


def test_an_italian_speech_verb_set_off_by_commas_mid_sentence_reports_the_clause_around_it(extract):
    found = extract("Il presidente algerino Abdelmadjid Tebboune, scrive il quotidiano francese Le Monde, ha accusato il governo spagnolo di tradimento.", "it")
    assert said_by(found[("Abdelmadjid Tebboune", "accuses", "Spain")]) == "Le Monde"
    found = extract("La Francia, ha detto Tajani, ha criticato la Germania, mentre la Spagna ha sostenuto il Marocco.", "it")
    assert said_by(found[("France", "criticizes", "Germany")]) == "Antonio Tajani"
    assert said_by(found[("Spain", "supports", "Morocco")]) is None


def test_an_italian_speech_verb_with_no_subject_goes_on_with_the_last_speaker(extract):
    found = extract(
        "Il ministro dell'Interno Matteo Piantedosi ha detto che l'intesa funziona. "
        "Aggiunge che l'Italia continuerà a fornire motovedette alla Tunisia solo se Tunisi rispetterà i diritti umani.",
        "it",
    )
    assert said_by(found[("Italy", "aids", "Tunisia")]) == "Matteo Piantedosi"

