"""PLOVER contexts from the words of the sentence and the themes of the document."""

import pytest

from dragoman.coding import code_text


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Russian troops shelled Kharkiv on Tuesday.", "military"),
        ("The European Union imposed tariffs on Chinese electric cars.", "economic"),
        ("Iran expelled two IAEA inspectors from the Fordow enrichment site.", "cbrn"),
        ("Bill Clinton met refugees in Kenya.", "migration"),
        # a hyphenated term is split at its hyphen in the parse
        ("Police detained activists at a same-sex marriage rally in Istanbul.", "lgbt"),
    ],
)
def test_sentence_words_give_contexts(nlp, text, context):
    events = code_text(text, date="2024-05-10", nlp=nlp)
    assert context in events[0].context


def test_proper_names_give_no_context(nlp):
    events = code_text("Bill Clinton met Tony Blair in London.", date="2004-05-10", nlp=nlp)
    assert "legislative" not in events[0].context


def test_document_themes_reach_every_event(nlp):
    text = (
        "Voters queued at polling stations across Kenya on Tuesday. "
        "The election commission said the vote count was slow. "
        "Police arrested two opposition officials in Nairobi, accusing them of ballot fraud."
    )
    arrest = [e for e in code_text(text, date="2022-08-10", nlp=nlp) if e.event == "COERCE"][0]
    assert "election" in arrest.context
