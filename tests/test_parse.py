"""Parse stage: language per document and per paragraph, and the Italian pipeline."""

from kg.extract.parse import detect_language, document_language, load_pipeline, segments_of
from kg.extract.read import read_text

ENGLISH = "Russia's foreign ministry said on Tuesday that talks with Washington would resume next month in Geneva."
ITALIAN = "Il ministero degli Esteri russo ha detto martedì che i colloqui con Washington riprenderanno il mese prossimo a Ginevra."


def test_languages_are_detected_with_a_probability():
    assert detect_language(ENGLISH)[0] == "en"
    lang, probability = detect_language(ITALIAN)
    assert lang == "it" and probability > 0.9


def test_a_declared_language_wins_over_detection():
    assert document_language(ITALIAN, declared="EN") == "en"


def test_the_document_language_is_that_of_most_paragraphs():
    text = "\n\n".join([ENGLISH, ENGLISH, ENGLISH, ITALIAN])
    assert document_language(text) == "en"
    assert document_language("\n\n".join([ITALIAN, ITALIAN, ENGLISH])) == "it"


def test_paragraphs_of_one_language_form_one_segment():
    text = "\n\n".join([ENGLISH, ENGLISH, ITALIAN, ITALIAN])
    segments = segments_of(text, "en")
    assert [lang for _, _, lang in segments] == ["en", "it"]
    assert text[segments[1][0] : segments[1][1]] == ITALIAN + "\n\n" + ITALIAN


def test_italian_sentences_do_not_end_at_a_title_abbreviation():
    doc = load_pipeline("it")("Grazie, Dott. Ferri, per la sua analisi. Il Sig. Bianchi ha detto la sua.")
    assert [s.text for s in doc.sents] == ["Grazie, Dott. Ferri, per la sua analisi.", "Il Sig. Bianchi ha detto la sua."]


def test_italian_lemmas_come_from_simplemma_and_passive_participles_become_verbs():
    doc = load_pipeline("it")("La Francia ha criticato la Russia, che è stata condannata anche dalla Germania.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["criticato"] == "criticare"
    assert lemmas["condannata"] == "condannare"


def test_an_article_with_an_italian_interview_yields_relations_in_both_languages(pipeline):
    text = (
        "Donald Trump praised Vladimir Putin on Monday and said the two leaders would meet again soon.\n\n"
        "Secondo l'ANSA, Vladimir Putin ha criticato duramente la NATO per le esercitazioni nel Baltico."
    )
    extraction = pipeline.extract_one(read_text(text))
    found = {(r.subject.name, r.relation, r.object.name, r.rule.split(":")[0]) for r in extraction.relations}
    assert ("Donald Trump", "praises", "Vladimir Putin", "verb") in found
    assert ("Vladimir Putin", "criticizes", "NATO", "linear-verb") in found
    for r in extraction.relations:
        assert text[r.evidence.start : r.evidence.end] == r.evidence.sentence


def test_a_short_sentence_of_names_is_read_as_english_not_skipped(pipeline):
    extraction = pipeline.extract_one(read_text("Trump met Putin in Alaska."))
    assert extraction.lang == "en" and not extraction.warnings
    assert [(r.subject.name, r.relation, r.object.name) for r in extraction.relations] == [
        ("Donald Trump", "consults", "Vladimir Putin")
    ]


def test_a_clear_foreign_language_is_still_skipped_with_a_warning(pipeline):
    text = "Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen, teilte ein Sprecher mit."
    extraction = pipeline.extract_one(read_text(text))
    assert extraction.relations == () and "'de'" in extraction.warnings[0]


def test_segments_stay_under_the_part_limit_and_end_at_paragraph_or_sentence_ends():
    paragraph = "Russia said talks would resume. " * 3  # 96 characters, three sentences
    text = "\n".join([paragraph.strip()] * 5 + [paragraph * 4])
    segments = segments_of(text, "en", limit=200)
    assert all(end - start <= 200 for start, end, _ in segments)
    assert segments[0][0] == 0 and segments[-1][1] == len(text)
    assert all(a[1] <= b[0] for a, b in zip(segments, segments[1:])) and not text[segments[0][1] : segments[1][0]].strip()
    for start, end, _ in segments[:-1]:
        assert text[start:end].rstrip().endswith(".")
    assert len(segments_of(text, "en")) == 1  # under the default limit nothing changes


def test_a_paragraph_with_no_sentence_end_is_cut_at_a_space_or_at_the_limit():
    words = "word " * 100
    assert [end - start for start, end, _ in segments_of(words, "en", limit=120)] == [120, 120, 120, 120, 20]
    assert [end - start for start, end, _ in segments_of("x" * 250, "en", limit=100)] == [100, 100, 50]


def test_a_transcript_speakers_label_is_no_part_of_what_they_say():
    text = "Q: Will the ministry answer?\nOLGA NOVAK, DEPUTY MINISTER: Warsaw will not sign the accord. We said so."
    for lang in ("en", "it"):
        sentences = [s.text.strip() for s in load_pipeline(lang)(text).sents]
        assert "Warsaw will not sign the accord." in sentences, (lang, sentences)
        assert not any(s.startswith("OLGA") and "Warsaw" in s for s in sentences)


def test_a_headline_set_apart_by_an_empty_line_is_a_sentence_of_its_own():
    """An English headline has no full stop; set apart by an empty line it is no part of the lede,
    while a hard-wrapped sentence stays one sentence."""
    headline = "Rome Hosts Sahel Donors As Niger Asks For Grain\n\nItaly pledged food aid to Niger on Monday."
    wrapped = "Italy pledged food aid to Niger on Monday after the\ngovernment in Niamey asked its partners for grain."
    nlp = load_pipeline("en")
    assert [s.text.strip() for s in nlp(headline).sents][-1] == "Italy pledged food aid to Niger on Monday."
    assert len(list(nlp(wrapped).sents)) == 1


def test_the_models_on_numpys_blas_parse_as_on_blis():
    import spacy
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, POS, TAG
    from threadpoolctl import threadpool_limits

    from kg.extract.parse import on_numpy_blas
    from kg.settings import Settings

    texts = [
        "The Finnish prime minister told reporters in Helsinki that her cabinet would not back the pipeline deal.",
        "Brazil and Argentina signed a trade pact on Friday, two days after talks in Montevideo broke down.",
        "Q: Will Ottawa recall its ambassador?\nMARK CARNEY: We have not decided that yet.",
    ]
    columns = [TAG, POS, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
    blis = spacy.load(Settings().english_model)
    numpy_blas = spacy.load(Settings().english_model)
    on_numpy_blas(numpy_blas)
    assert not numpy_blas.get_pipe("tok2vec").model.ops.use_blis and not numpy_blas.get_pipe("ner").model.ops.use_blis
    with threadpool_limits(1, user_api="blas"):
        for expected, got in zip(blis.pipe(texts), numpy_blas.pipe(texts)):
            assert (expected.to_array(columns) == got.to_array(columns)).all(), expected.text


def test_the_trained_pipeline_takes_numpys_blas_only_when_it_runs_on_one_thread():
    from threadpoolctl import threadpool_limits

    from kg.extract.parse import _trained
    from kg.settings import Settings

    with threadpool_limits(1, user_api="blas"):
        assert not _trained("en", Settings()).get_pipe("tok2vec").model.ops.use_blis
    with threadpool_limits(2, user_api="blas"):  # its threads would spin between the small products
        assert _trained("en", Settings()).get_pipe("tok2vec").model.ops.use_blis


def test_a_dateline_is_no_part_of_the_lede_it_opens():
    """A wire dateline ("BAKU, March 3 (Wire) - ") opens the lede's paragraph: the lede is one sentence from the
    dash to its first full stop, in both languages."""
    cases = {
        "en": ("Border Talks Stall\n\nBAKU, March 3 (Wire) - Azerbaijan accused Armenia on Monday of shelling its positions "
               "near Lachin, the defence ministry said in a statement. Yerevan denied it.",
               "Azerbaijan accused Armenia on Monday of shelling its positions near Lachin, the defence ministry said in a statement."),
        "it": ("ROMA - Il governo ha chiesto alla Regione di ritirare l'ordinanza entro lunedì. La giunta ha respinto la richiesta.",
               "Il governo ha chiesto alla Regione di ritirare l'ordinanza entro lunedì."),
    }
    for lang, (text, lede) in cases.items():
        sentences = [s.text.strip() for s in load_pipeline(lang)(text).sents]
        assert lede in sentences, (lang, sentences)


def test_a_dateline_credited_to_an_agency_need_not_be_in_capitals():
    """"Il Cairo, 4 dic. (ANSA) - " is a dateline too: its abbreviated month ends no sentence, and the lede
    starts after the dash (invented sentences)."""
    cases = {
        "it": ("Pesca, nuovo scontro\n\nTunisi, 9 gen. (ANSA) - La Tunisia ha sequestrato due pescherecci siciliani. "
               "Roma ha protestato.", "Tunisi, 9 gen. (ANSA) -", "La Tunisia ha sequestrato due pescherecci siciliani."),
        "en": ("Grain Row Deepens\n\nWarsaw, Jan 9 (Reuters) - Poland closed two border crossings to Ukrainian grain "
               "trucks on Friday, the farm ministry said. Kyiv protested.", "Warsaw, Jan 9 (Reuters) -",
               "Poland closed two border crossings to Ukrainian grain trucks on Friday, the farm ministry said."),
    }
    for lang, (text, dateline, lede) in cases.items():
        sentences = [s.text.strip() for s in load_pipeline(lang)(text).sents]
        assert dateline in sentences and lede in sentences, (lang, sentences)


def _lines_token_by_token(doc):
    """What ``text_lines`` promises, read from every token in turn."""
    lines, start, opens = [], 0, True
    for token in doc:
        breaks = token.text.count("\n") if token.is_space else 0
        if breaks:
            if token.i > start:
                lines.append((start, token.i, opens))
            start, opens = token.i + 1, breaks >= 2
    if start < len(doc):
        lines.append((start, len(doc), opens))
    return lines


def test_round25_lines_and_speaker_labels_are_found_from_the_space_and_colon_tokens_alone():
    import spacy

    from kg.extract.parse import speaker_labels, text_lines

    texts = [
        "",
        "\n\n",
        "Mexico City  rejected the tariff.",
        "HEADLINE: Chile and Peru talk\n\nLIMA, May 2 - Chile said:  talks resume.\n \nQ: Will they?\nA: Yes.\n",
        "MARÍA SOLANO: The Council meets today.\n\n\nHOST: And Quito?\n:\nNote: none",
    ]
    nlp = spacy.blank("en")
    for text in texts:
        doc = nlp(text)
        assert text_lines(doc) == _lines_token_by_token(doc)
    doc = nlp(texts[3])
    assert [s.text for s in speaker_labels(doc)] == ["HEADLINE", "Q", "A"]
    assert [s.text for s in speaker_labels(nlp(texts[4]))] == ["MARÍA SOLANO", "HOST"]


def test_round26_a_remembered_lemma_is_the_one_the_rule_lemmatizer_gives():
    """``remember_lemmas`` keeps every answer of the English rule lemmatizer, base forms and proper nouns
    included: the same lemmas as the lemmatizer alone, read twice so that the second reading comes from memory."""
    from kg.extract.attributes import speed_up
    from kg.extract.parse import _trained, remember_lemmas
    from kg.settings import Settings

    text = ("The talks stalled in Geneva. Ministers talk again today, and the deal's terms were dealt with by envoys "
            "who had dealt fairly; Norway's mediators were better placed than the best of them.")
    plain = _trained("en", Settings())
    speed_up(plain)
    remembered = _trained("en", Settings())
    speed_up(remembered)
    remember_lemmas(remembered)
    expected = [t.lemma_ for t in plain(text)]
    assert [t.lemma_ for t in remembered(text)] == expected
    assert [t.lemma_ for t in remembered(text)] == expected


# --- round twenty-seven: speaker labels as parliaments and briefings write them --------------------------------------


def test_round27_a_label_may_carry_brackets_and_a_name_in_small_letters_when_brackets_follow():
    """Parliamentary labels ("Name (Constituency, Office) (14:02):", "The Chair (Mr. Name):"), capitals with brackets in any
    letters ("QUESTION (The Daily Courier):") and a capitals name with its role after a comma ("VERDI, ministro …:") are
    speaker labels; the label's name is before the brackets or the comma, inside the brackets after an office opened by
    an article, without a courtesy title. A headline, a caption or a name with no brackets is none (invented lines)."""
    import spacy

    from kg.extract.parse import label_name, speaker_labels

    text = (
        "Questions without notice\n\n"
        "Mara Quill (Tasman, Leader of the Opposition) (14:01): My question is to the Prime Minister.\n\n"
        "Hon. Peter Vance (Minister of Foreign Affairs): We have urged Ruritania to reopen the port.\n\n"
        "The Chair (Mr. Omar Haddad): Thank you.\n\n"
        "Mr. Karl Young (Riverside North, CPC): Minister, why?\n\n"
        "QUESTION (The Daily Courier): Will you sanction them?\n\n"
        "VERDI, ministro delle imprese: Sì.\n\n"
        "Photo: Demonstrators outside the parliament.\n\n"
        "Washington (DC) says: nothing.\n\n"
        "Mara Quill: Supplementary question."
    )
    labels = list(speaker_labels(spacy.blank("en")(text)))
    # round 29: in a transcript (three name-like turns at least) a name with no brackets is a label too
    assert [label_name(label).text for label in labels] == [
        "Mara Quill", "Peter Vance", "Omar Haddad", "Karl Young", "QUESTION", "VERDI", "Mara Quill"]


def test_round27_no_sentence_starts_inside_a_label():
    """"Hon. Peter Vance (Minister of Foreign Affairs):": the abbreviation's full stop ends no sentence; the words after
    the colon start one (invented lines)."""
    text = ("Hon. Peter Vance (Minister of Foreign Affairs): Ruritania will not sign the accord. We said so.\n\n"
            "Ms. Ada Lind (Northgate, Labour) (14:03): Will the minister resign?")
    for lang in ("en", "it"):
        sentences = [s.text.strip() for s in load_pipeline(lang)(text).sents]
        assert "Hon. Peter Vance (Minister of Foreign Affairs):" in sentences, (lang, sentences)
        assert "Ruritania will not sign the accord." in sentences, (lang, sentences)
        assert not any(s in ("Hon.", "Ms.") for s in sentences), (lang, sentences)


def test_round28_a_bracket_and_colon_closing_a_label_are_two_tokens():
    """spaCy's tokenizer writes "):" as one token, an emoticon; ``load_pipeline`` splits it, so a label's brackets close
    before its colon ("RINALDI (PD):") and the party inside them is read like any other bracket (invented lines)."""
    from kg.extract.parse import label_name, speaker_labels

    for lang in ("en", "it"):
        doc = load_pipeline(lang)("VALLI (PD): Signor Presidente, no.\n\nMr. Karl Young (Riverside North, CPC): Why?")
        assert "):" not in [t.text for t in doc], lang
        assert [label_name(label).text for label in speaker_labels(doc)] == ["VALLI", "Karl Young"], lang


def test_round29_a_name_in_small_letters_is_a_label_only_in_a_transcript():
    """"Commissioner Lena Voss:", "Tao Ming:": two to five name-like words and a colon opening a line are a speaker's label
    in a text where three lines at least open so (a transcript); one such line in a news story is none ("Pacific Digest:")."""
    import spacy

    from kg.extract.parse import speaker_labels

    nlp = spacy.blank("en")
    transcript = (
        "Daily briefing\n\n"
        "Harbour Times: Will the ministry answer the union?\n\n"
        "Tao Ming: We have answered it twice.\n\n"
        "Commissioner Lena Voss: The Commission stands by the port workers.\n\n"
        "Tao Ming: Nothing more to add."
    )
    assert [s.text for s in speaker_labels(nlp(transcript))] == ["Harbour Times", "Tao Ming", "Commissioner Lena Voss", "Tao Ming"]
    news = "Ports reopen after the strike\n\nPacific Digest: the strike ended on Monday, the union said."
    assert list(speaker_labels(nlp(news))) == []


def test_italian_tokens_are_their_own_trees_after_a_special_case_inside_an_affix():
    """spaCy's tokenizer leaves the edges after "Sana'a." (elision, then the abbreviation "a.") pointing one
    past each token, the last past the text: kg_token_edges sets them anew, and the whole pipeline reads
    the text (it crashed the process before)."""
    text = "Il leader ha parlato a Sana'a. La Legione Libertà per la Russia incolpa Ghaly, ha detto il ministero."
    nlp = load_pipeline("it")
    doc = nlp(text)
    assert all(t.left_edge.i == t.i == t.right_edge.i for t in doc)
    assert all(not list(t.children) for t in doc) and not doc.has_annotation("DEP")
