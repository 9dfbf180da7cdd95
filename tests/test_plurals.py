"""Plural descriptions: "the unions", "i sindacati", "le associazioni agricole" stand for the actors of their kind
coordinated shortly before them (``plurals.tsv``, ``kg.relations.mentions.MentionIndex``), each taking the relation."""

from __future__ import annotations

import pytest

from kg.actors.rules import load_plurals
from kg.extract.read import read_text

UNIONS_EN = "The Harbour Workers' Union, the Tally Clerks' Federation and the Crane Operators' Union stopped work on Friday. "
UNIONS_IT = "La Filt-Cgil, la Fit-Cisl e la Uiltrasporti hanno proclamato uno sciopero di otto ore negli aeroporti. "


@pytest.fixture(scope="module")
def extract(pipeline):
    def run(text: str, lang: str = "en") -> set[tuple[str, str, str]]:
        return {(r.subject.name, r.relation, r.object.name) for r in pipeline.extract_one(read_text(text, lang=lang)).relations}

    return run


def test_round29_plural_class_nouns_are_read_with_their_kinds():
    """``plurals.tsv``: per language, a plural noun as written → the actor types or sectors it may stand for."""
    plurals = load_plurals()
    assert plurals["en"]["unions"] == frozenset({"Organization", "Group"})
    assert plurals["it"]["paesi"] == frozenset({"State"})


def test_round29_the_unions_are_each_union_coordinated_before(extract):
    found = extract(UNIONS_EN + "The unions accused DP World of cutting overtime pay.")
    assert {(union, "accuses", "DP World") for union in ("Harbour Workers' Union", "Tally Clerks' Federation", "Crane Operators' Union")} <= found


def test_round29_a_plural_with_an_owner_names_another_set(extract):
    """"Nigeria's unions" are not the three unions just named."""
    found = extract(UNIONS_EN + "Nigeria's unions accused DP World of cutting overtime pay.")
    assert not {s for s, relation, o in found if relation == "accuses" and s.endswith(("Union", "Federation"))}


@pytest.mark.parametrize(
    "text, subjects, relation, target",
    [
        (UNIONS_IT + "I sindacati accusano Ryanair di non rispettare il contratto.",
         ("Filt-Cgil", "Fit-Cisl", "Uiltrasporti"), "accuses", "Ryanair"),
        ("Coldiretti, Confagricoltura e Copagri hanno scritto al ministero. Le associazioni agricole accusano la Regione "
         "Lazio di aver tagliato i fondi.", ("Coldiretti", "Confagricoltura", "Copagri"), "accuses", "Regione Lazio"),
    ],
)
def test_round29_i_sindacati_are_each_union_coordinated_before(extract, text, subjects, relation, target):
    """With no parse, the plural description is placed as the actors it stands for, one adjective after it allowed."""
    found = extract(text, lang="it")
    assert {(s, relation, target) for s in subjects} <= found


def test_round29_the_same_plural_again_stands_for_the_same_unions(extract):
    """"i sindacati" read once keeps its actors further on, past the sentences in which a coordination is looked for."""
    text = UNIONS_IT + ("I sindacati accusano Ryanair di non rispettare il contratto. La compagnia ha respinto le accuse. "
                        "Il ministro dei Trasporti ha convocato le parti per lunedì. L'Enac ha chiesto tempo. Il presidente "
                        "della Regione Lazio ha invitato i sindacati a sospendere la protesta.")
    found = extract(text, lang="it")
    assert {("Regione Lazio", "requests", union) for union in ("Filt-Cgil", "Fit-Cisl", "Uiltrasporti")} <= found


def test_round29_a_plural_with_a_genitive_names_another_set(extract):
    """"I sindacati di base" are other unions than the three just named."""
    found = extract(UNIONS_IT + "I sindacati di base accusano Ryanair di non rispettare il contratto.", lang="it")
    assert not {s for s, relation, o in found if relation == "accuses"}


def test_round40_a_singular_article_makes_an_invariant_noun_one_actor(extract):
    """"società" is written alike in both numbers: "contro la società" is one firm, never read as the unions coordinated
    before it (each of which the plural reading would make the object)."""
    found = extract("La Fit-Cisl e la Uiltrasporti hanno firmato l'accordo con Aeroporti di Puglia. La Filt-Cgil ha "
                    "proclamato uno sciopero contro la società per lunedì.", lang="it")
    assert ("Filt-Cgil", "protests", "Uiltrasporti") not in found


def test_round40_the_three_governments_are_the_three_states_coordinated_before(extract):
    """A number with the plural asks for a coordination of just that many actors of its kinds, however far back."""
    text = ("Chile, Peru and Bolivia signed a lithium pact in Lima on Monday. Argentina stayed out of the talks. Prices of "
            "lithium carbonate rose by four percent. Analysts expect more deals in the region. On Friday, Japan urged the "
            "three governments to open the pact to foreign investors.")
    found = extract(text)
    assert {("Japan", "requests", state) for state in ("Chile", "Peru", "Bolivia")} <= found


def test_round41_a_number_fixes_the_size_of_the_italian_set(extract):
    """With no parse, "le due aziende" are the last two firms named together, never the three unions named after them."""
    text = ("Stellantis e Pirelli hanno firmato un accordo sulla formazione. La Fiom-Cgil, la Fim-Cisl e la Uilm hanno "
            "chiesto un incontro. Le due aziende accusano la Regione Piemonte di aver tagliato i fondi.")
    found = extract(text, lang="it")
    assert {("Stellantis", "accuses", "Regione Piemonte"), ("Pirelli", "accuses", "Regione Piemonte")} <= found
    assert not {s for s, relation, o in found if relation == "accuses" and s not in ("Stellantis", "Pirelli")}


def test_round41_an_italian_number_needs_no_window(extract):
    """With no parse, "i due governi" take the last two states named together however far back: so precise a set
    needs no window."""
    text = ("Cile e Perù hanno firmato a Lima un patto sul litio. L'Argentina ha criticato il Brasile per i dazi. Il prezzo del "
            "carbonato di litio è salito del quattro per cento. Gli analisti prevedono altri accordi nella regione. Le miniere "
            "del nord hanno assunto mille operai. Le esportazioni verso l'Asia sono cresciute. "
            "Venerdì il Giappone ha criticato i due governi per i ritardi nelle licenze.")
    found = extract(text, lang="it")
    assert {("Japan", "criticizes", state) for state in ("Chile", "Peru")} <= found


def test_round41_tutti_makes_a_generic_set(extract):
    """"tutti i sindacati" are every union, not the three just named: the accusation is not spread over them."""
    found = extract(UNIONS_IT + "Tutti i sindacati accusano Ryanair di non rispettare il contratto.", lang="it")
    assert not {("Filt-Cgil", "accuses", "Ryanair"), ("Fit-Cisl", "accuses", "Ryanair")} & found
