"""Wire datelines: their own sentence, and the story's setting."""

import pytest

from dragoman.coding import code_text
from dragoman.dateline import find_datelines


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("KINSHASA, March 3 (Reuters) - Troops clashed with rebels.", "KINSHASA"),
        ("BEIRUT, Lebanon (AP) — Israeli jets struck a village.", "BEIRUT, Lebanon"),
        ("Nairobi (AFP) - Police fired tear gas.", "Nairobi"),
        ("NEW YORK, 12 May 2024 -- The council met.", "NEW YORK"),
        ("Ceasefire holds\nKYIV, Ukraine — Russia fired drones overnight.", "KYIV, Ukraine"),
    ],
)
def test_datelines_are_found_in_their_common_forms(text, place):
    assert [found[2] for found in find_datelines(text)] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Raila Odinga - the opposition leader - called for calm.",
        "UN - the world body - said aid was blocked.",  # capitals, but too short a name
        "Police fired tear gas. NAIROBI - the capital - was calm.",  # not at a line's start
    ],
)
def test_an_opening_name_and_a_dash_is_no_dateline(text):
    assert find_datelines(text) == []


def test_the_dateline_is_not_the_subject_and_sets_the_story(nlp):
    text = "KINSHASA, March 3 (Reuters) - Congolese troops clashed with M23 rebels near Goma."
    events = code_text(text, date="2024-03-03", nlp=nlp)
    clash = [e for e in events if e.event == "ASSAULT"][0]
    assert all("KINSHASA" not in e.text for e in clash.actor)
    assert {e.code for e in clash.actor} == {"COD"}
    # police the story does not place are the dateline's
    events = code_text("NAIROBI (AFP) - Police arrested two men.", date="2024-03-03", nlp=nlp)
    assert {(e.code, e.sector) for e in events[0].actor} == {("KEN", "COP")}
    assert "dateline" in events[0].evidence


def test_the_first_sentence_after_a_dateline_is_kept_whole(nlp):
    # left to itself the parser broke such a sentence after its first word or two, which
    # lost the first of two parties and the subject of the verb
    text = (
        "DOHA, Jan 15 - Israel and Hamas agreed to a ceasefire and hostage release deal, "
        "mediators said. Qatar announced the deal."
    )
    doc = nlp(text)
    assert [s.text for s in doc.sents][1].startswith("Israel and Hamas agreed")
    assert len(list(doc.sents)) == 3
    agree = [e for e in code_text(text, date="2025-01-15", nlp=nlp) if e.event == "AGREE"][0]
    assert {e.code for e in agree.actor} == {"ISR", "PSE"}
    # the deal is no party, and the hostages named in its name are not its recipient
    assert agree.recipient == []


@pytest.mark.parametrize(
    "text",
    [
        'Colombia extradited drug lord Dairo Antonio "Otoniel" Usuga to the United States.',
        "Peru arrested former president Alberto \u201cEl Chino\u201d Fujimori on Sunday.",
    ],
)
def test_a_quoted_nickname_inside_a_name_starts_no_sentence(nlp, text):
    assert len(list(nlp(text).sents)) == 1


def test_an_extradition_of_a_nicknamed_fugitive_is_coded_whole():
    text = 'Colombia extradited drug lord Dairo Antonio "Otoniel" Usuga to the United States.'
    (event,) = [e for e in code_text(text) if e.factuality == "asserted"]
    assert event.event == "COOPERATE" and "USA" in {e.code for e in event.recipient}
