from dragoman.ingest.repair import repair_text


def test_hard_line_breaks_inside_sentences_are_joined():
    assert repair_text("A source told\nReuters that talks\nhad stalled.") == (
        "A source told Reuters that talks had stalled."
    )


def test_paragraphs_and_line_ends_after_sentences_are_kept():
    text = "First paragraph ends.\n\n\nSecond one.\nA new line.\r\n"
    assert repair_text(text) == "First paragraph ends.\n\nSecond one.\nA new line."


def test_hyphenated_line_breaks_quotes_and_spaces_are_normalised():
    raw = "the govern-\nment  said \u201cno\u201d\u00a0to the\u00ad plan \u2019s"
    assert repair_text(raw) == 'the government said "no" to the plan \'s'


def test_control_characters_are_dropped():
    assert repair_text("Talks\x00 resumed\x07.") == "Talks resumed."
