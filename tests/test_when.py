import datetime as dt

import pytest

from dragoman.coding import code_text
from dragoman.when import event_date, only_day, resolve_expression


def _the_one(nlp, text, pub, kind):
    """The one event of ``kind`` coded from ``text`` published on ``pub``."""
    [event] = [e for e in code_text(text, pub, nlp=nlp) if e.event == kind]
    return event


FRIDAY = dt.date(2022, 7, 29)


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("on Friday", "2022-07-29", "day"),
        ("Thursday", "2022-07-28", "day"),
        ("last Friday", "2022-07-22", "day"),
        ("yesterday", "2022-07-28", "day"),
        ("last night", "2022-07-28", "day"),
        ("today", "2022-07-29", "day"),
        ("February 15th", "2022-02-15", "day"),
        ("15 February", "2022-02-15", "day"),
        ("Dec. 3", "2021-12-03", "day"),  # after publication, no year: last year
        ("March 3, 2020", "2020-03-03", "day"),
        ("2021-11-05", "2021-11-05", "day"),
        ("last week", "2022-07-18", "week"),
        ("earlier this month", "2022-07-01", "month"),
        ("in March", "2022-03-01", "month"),
        ("in 2019", "2019-01-01", "year"),
        # seasons start in their first month; a season still under way is not "last"
        ("last summer", "2021-06-01", "month"),
        ("last spring", "2022-03-01", "month"),
        ("this spring", "2022-03-01", "month"),
        ("the summer of 2020", "2020-06-01", "month"),
        ("in the autumn", "2021-09-01", "month"),
        ("last weekend", "2022-07-23", "week"),
        ("over the weekend", "2022-07-23", "week"),
        ("two weeks ago", "2022-07-15", "week"),
        ("three days ago", "2022-07-26", "day"),
        ("a month ago", "2022-06-01", "month"),
        ("the end of last year", "2021-01-01", "year"),
        ("mid-March", "2022-03-01", "month"),
        ("early 2020", "2020-01-01", "year"),
        ("last October", "2021-10-01", "month"),
        ("last June", "2022-06-01", "month"),
        ("July 4th last year", "2021-07-04", "day"),
        ("the first week of June", "2022-06-01", "week"),
        ("the last week of June", "2022-06-24", "week"),
        # ranges: the first day, with the smallest unit that holds the range
        ("between March 3 and 5", "2022-03-03", "week"),
        ("March 3-5, 2021", "2021-03-03", "week"),
        ("from 3 to 20 May", "2022-05-03", "month"),
        ("between March 30 and April 2", "2022-03-30", "week"),
        ("from 2014 to 2016", "2014-01-01", "year"),
        ("2014-2016", "2014-01-01", "year"),
    ],
)
def test_expressions_resolve_against_publication(text, expected, precision):
    found = resolve_expression(text, FRIDAY)
    assert found is not None
    assert (found.date, found.precision) == (expected, precision)


def test_future_clause_reads_weekdays_forward():
    assert resolve_expression("on Monday", FRIDAY, future=True).date == "2022-08-01"
    assert resolve_expression("on Monday", FRIDAY).date == "2022-07-25"
    assert resolve_expression("next weekend", FRIDAY).date == "2022-07-30"
    assert resolve_expression("the weekend", FRIDAY, future=True).date == "2022-07-30"
    assert resolve_expression("next summer", FRIDAY).date == "2023-06-01"


def test_this_season_is_the_coming_one_before_it_starts():
    march = dt.date(2022, 3, 10)
    assert resolve_expression("this summer", march).date == "2022-06-01"
    assert resolve_expression("last summer", march).date == "2021-06-01"
    assert resolve_expression("this winter", dt.date(2022, 1, 15)).date == "2021-12-01"


def test_without_publication_only_absolute_dates_resolve():
    assert resolve_expression("on Friday", None) is None
    assert resolve_expression("3 March 2020", None).date == "2020-03-03"


@pytest.mark.parametrize("text", ["recent weeks", "the 1990s", "a long time", "Feb 30"])
def test_vague_or_impossible_dates_give_none(text):
    assert resolve_expression(text, FRIDAY) is None


def test_a_deadline_is_not_the_day_of_the_event(nlp):
    doc = nlp("India ordered six Canadian diplomats to leave by Saturday.")
    head = next(t for t in doc if t.lemma_ == "order")
    assert event_date(head, next(iter(doc.sents)), dt.date(2024, 10, 15)) is None
    doc = nlp("India expelled six Canadian diplomats on Saturday.")
    head = next(t for t in doc if t.lemma_ == "expel")
    found = event_date(head, next(iter(doc.sents)), dt.date(2024, 10, 15))
    assert found is not None and found.date == "2024-10-12"


def test_a_past_act_is_not_dated_after_publication_by_what_was_planned(nlp):
    text = "A planned meeting between the two leaders next month was called off."
    (event,) = code_text(text, date="2026-02-20", nlp=nlp)
    assert (event.date, event.date_source) == ("2026-02-20", "publication")
    # a future act may be dated after publication
    events = code_text("Putin will visit India next week.", date="2026-02-20", nlp=nlp)
    assert [e.date for e in events if e.event == "CONSULT"] == ["2026-02-23"]


def test_a_clause_a_day_after_or_before_another_is_dated_from_it(nlp):
    text = "Sybiha spoke in Kyiv on Monday, a day after Russian missiles hit a hospital in Kharkiv."
    (hit,) = code_text(text, date="2026-03-03", nlp=nlp)
    assert (hit.date, hit.date_precision) == ("2026-03-01", "day")
    text = "Zelensky met Kellogg in Kyiv on Thursday, two days after Trump called him a dictator."
    verdict = next(e for e in code_text(text, date="2025-02-21", nlp=nlp) if e.event == "ACCUSE")
    assert verdict.date == "2025-02-18"


def test_an_act_told_by_a_when_clause_happened_when_its_main_clause_did(nlp):
    # "when" here is the clause's adverb in the parse, not its subordinator
    text = "Three bank employees died on Wednesday when protesters hurled petrol bombs into a bank."
    (bombs,) = code_text(text, date="2010-05-06", nlp=nlp)
    assert (bombs.date, bombs.date_source) == ("2010-05-05", "text")
    # and one a "before" clause tells, about then too
    text = "Protesters torched parliament on Tuesday before police opened fire."
    fire = next(e for e in code_text(text, date="2026-07-16", nlp=nlp) if e.event == "ASSAULT")
    assert fire.date == "2026-07-14"


def test_a_date_the_recogniser_runs_an_object_into_is_read_from_its_tail(nlp):
    # the recogniser tags "a patrol a week earlier" as one date
    (ambush,) = code_text(
        "The rebels had ambushed a patrol a week earlier.", date="2026-01-19", nlp=nlp
    )
    assert (ambush.date, ambush.date_precision, ambush.date_source) == (
        "2026-01-12",
        "week",
        "text",
    )


def test_a_reported_act_under_way_is_dated_by_its_report(nlp):
    text = "Kerry said on Tuesday that Washington was sending a team of experts to Nigeria."
    (aid,) = code_text(text, date="2014-05-07", nlp=nlp)
    assert (aid.date, aid.date_source) == ("2014-05-06", "text")
    # a reported past act may lie before the report, but the report's day is the nearest
    # the text gives
    text = "Kyiv said on Tuesday that Russian troops shelled the town."
    (shelling,) = code_text(text, date="2014-05-07", nlp=nlp)
    assert (shelling.date, shelling.date_source) == ("2014-05-06", "text")
    assert "when it was told" in shelling.evidence


def test_an_act_years_before_the_news_by_its_own_words_is_history(nlp):
    text = (
        "Four years after Russia launched its full-scale invasion, European leaders gathered "
        "in Kyiv on Tuesday."
    )
    assert [e.event for e in code_text(text, date="2026-02-24", nlp=nlp)] == []


def test_a_crowds_act_on_the_object_dates_the_event_but_not_what_it_is_about(nlp):
    sent = "Police fired tear gas at farmers blocking a highway on Tuesday."
    doc = nlp(sent)
    fired = next(t for t in doc if t.lemma_ == "fire")
    found = event_date(fired, next(iter(doc.sents)), dt.date(2026, 5, 8))
    assert found is not None and found.date == "2026-05-05"
    doc = nlp("Police fired tear gas at farmers opposing last month's budget.")
    fired = next(t for t in doc if t.lemma_ == "fire")
    assert event_date(fired, next(iter(doc.sents)), dt.date(2026, 5, 8)) is None
    # what a past participle says happened before: not the event's day
    doc = nlp("Police arrested a man wanted for a bombing on Tuesday.")
    arrested = next(t for t in doc if t.lemma_ == "arrest")
    found = event_date(arrested, next(iter(doc.sents)), dt.date(2026, 5, 8))
    assert found is None


def test_a_possessive_date_names_the_thing_it_owns_unless_that_is_the_event(nlp):
    doc = nlp("Thousands of protesters disputed last week's election results.")
    verb = next(t for t in doc if t.lemma_ == "dispute")
    assert event_date(verb, next(iter(doc.sents)), dt.date(2026, 5, 8)) is None
    doc = nlp("Monday's attack killed five soldiers.")
    attack = next(t for t in doc if t.lower_ == "attack")
    found = event_date(attack, next(iter(doc.sents)), dt.date(2026, 5, 8))
    assert found is not None and found.date == "2026-05-04"


def test_a_trailing_result_comes_on_its_main_clauses_day(nlp):
    text = (
        "South Korea's Constitutional Court upheld the impeachment of President Yoon Suk "
        "Yeol on Wednesday, removing him from office over his declaration of martial law "
        "in December."
    )
    (removal,) = code_text(text, date="2026-03-26", nlp=nlp)
    assert removal.date == "2026-03-25"  # Wednesday, not December
    (blast,) = code_text(
        "A bomb exploded near a police checkpoint in Quetta on Saturday, killing five officers.",
        date="2026-08-31",
        nlp=nlp,
    )
    assert blast.date == "2026-08-29"


def test_a_days_event_the_deed_was_done_during_dates_it(nlp):
    text = (
        "The army said on Friday that the president was killed by paratroopers during "
        "Thursday's coup attempt."
    )
    killing = _the_one(nlp, text, "1993-10-23", "ASSAULT")
    assert killing.date == "1993-10-21"


def test_a_day_hung_on_what_a_vehicle_carries_is_the_deeds(nlp):
    text = (
        "A suicide bomber drove a truck packed with explosives into the Central Bank in "
        "Colombo on Wednesday, killing at least 53 people."
    )
    killing = _the_one(nlp, text, "1996-02-01", "ASSAULT")
    assert killing.date == "1996-01-31"


def test_a_day_hung_on_a_noun_of_the_last_joined_act_dates_the_run(nlp):
    text = (
        "Spanish police fired rubber bullets and charged crowds with batons on Sunday as they "
        "tried to stop Catalonia's banned independence referendum, leaving hundreds injured."
    )
    [fired] = [
        e for e in code_text(text, "2017-10-02", nlp=nlp) if e.event_text.startswith("fired")
    ]
    assert fired.date == "2017-10-01"


def test_the_day_of_a_crowd_a_count_is_of_dates_the_deed_that_met_it(nlp):
    text = (
        "Police fired tear gas and pepper spray at thousands of demonstrators who blocked "
        "downtown streets in Seattle on Tuesday, delaying the opening of the meeting."
    )
    fired = _the_one(nlp, text, "1999-12-01", "ASSAULT")
    assert fired.date == "1999-11-30"


def test_a_day_on_an_object_the_parser_joins_to_the_verb_is_the_verbs(nlp):
    text = (
        "The United States and Britain launched air strikes and cruise missile attacks "
        "against Taliban and al Qaeda targets across Afghanistan on Sunday night, hitting "
        "air defences."
    )
    strikes = _the_one(nlp, text, "2001-10-08", "ASSAULT")
    assert strikes.date == "2001-10-07"


def test_a_gerund_days_after_a_dated_act_is_dated_back_from_it(nlp):
    text = (
        "Police released student leader Joshua Wong late on Sunday, two days after "
        "arresting him when students forced their way into a government compound."
    )
    arrest = _the_one(nlp, text, "2014-09-29", "COERCE")
    assert arrest.date == "2014-09-26"


def test_a_refusal_said_on_a_day_the_parser_hangs_on_the_verb_refused_is_that_days(nlp):
    text = (
        "Mexican President Andres Manuel Lopez Obrador said on Monday he would not attend "
        "this week's Summit of the Americas in Los Angeles."
    )
    refusal = _the_one(nlp, text, "2022-06-07", "REJECT")
    assert refusal.date == "2022-06-06"


def test_an_act_within_hours_of_the_one_its_run_began_with_is_that_days(nlp):
    text = (
        "Venezuelan opposition leader Juan Guaido declared himself interim president on "
        "Wednesday, and the United States, Canada and several Latin American governments "
        "recognised him within hours."
    )
    recognition = _the_one(nlp, text, "2019-01-24", "SUPPORT")
    assert recognition.date == "2019-01-23"
    # two clauses reported side by side: the second hours after the first
    text = (
        "Ethiopian warplanes bombed the airport in the Eritrean capital Asmara on Friday, and "
        "Eritrean jets struck the northern Ethiopian town of Mekelle hours later, killing at "
        "least 40 people, officials on both sides said."
    )
    strikes = [e for e in code_text(text, "1998-06-06", nlp=nlp) if e.event == "ASSAULT"]
    assert {e.date for e in strikes} == {"1998-06-05"}


def test_a_day_hung_on_who_holds_the_target_is_the_deeds(nlp):
    text = (
        "Nigerian warships shelled positions held by Sierra Leone's military junta around the "
        "capital Freetown on Monday, killing at least a dozen people."
    )
    [shelling] = [e for e in code_text(text, "1997-06-03", nlp=nlp) if e.event_text == "shelled"]
    assert shelling.date == "1997-06-02"


@pytest.mark.parametrize(
    ("text", "pub", "kind", "expected"),
    [
        # a deed beside one dated by nothing but the lede ("after about three hours" is no day)
        (
            "Protesters stormed the Congress building in Brasilia on Sunday. Security forces "
            "regained control of the buildings after about three hours, using tear gas, and "
            "arrested some 400 people.",
            "2023-01-09",
            "COERCE",
            "2023-01-08",
        ),
        # words said in the sentence after the lede are said that day too
        (
            "Thousands of protesters marched through Caracas on Tuesday. Chavez accused the "
            "opposition of plotting a coup.",
            "2002-04-10",
            "ACCUSE",
            "2002-04-09",
        ),
        # an act of a lede that names one day and dates no other act is of that day
        (
            "President Vladimir Putin on Monday signed a decree recognising Crimea as a "
            "sovereign and independent state.",
            "2014-03-18",
            "SUPPORT",
            "2014-03-17",
        ),
        # but what is told as of now is of the story's own day
        (
            "Belarusian police detained hundreds of protesters in Minsk on Monday. Lithuania "
            "has given refuge to opposition candidate Sviatlana Tsikhanouskaya.",
            "2020-08-11",
            "AID",
            "2020-08-11",
        ),
    ],
)
def test_what_the_story_gives_no_day_is_of_the_day_its_lede_tells(nlp, text, pub, kind, expected):
    assert _the_one(nlp, text, pub, kind).date == expected


def test_a_deed_told_in_words_said_on_a_day_is_of_that_day(nlp):
    text = (
        "Iraq released the last Kuwaiti detainees on Sunday. Baghdad radio said on Monday that "
        "Iraq had freed 10 captured allied servicemen."
    )
    events = code_text(text, "1991-03-05", nlp=nlp)
    [freed] = [e for e in events if e.event_text == "freed"]
    assert freed.date == "1991-03-04"


def test_a_sentence_has_one_day_only_where_it_names_no_other(nlp):
    sent = next(nlp("Putin on Monday signed a decree recognising Crimea.").sents)
    assert only_day(sent, dt.date(2014, 3, 18)).date == "2014-03-17"
    sent = next(nlp("Police said on Monday they had arrested 40 people on Saturday.").sents)
    assert only_day(sent, dt.date(2014, 3, 18)) is None
    # days that are no act's: a thing named, a deadline, a deed still to come
    for text in (
        "Trump pardoned about 1,500 people charged over the January 6 attack on the Capitol.",
        "West African leaders gave Yahya Jammeh until noon on Friday to hand over power.",
        "Iran agreed to meet European negotiators on Friday.",
        "Witkoff and Araqchi will hold talks in Oman on Saturday.",
    ):
        assert only_day(next(nlp(text).sents), dt.date(2025, 1, 21)) is None, text


def test_days_after_an_undated_clause_count_from_the_day_told_last(nlp):
    text = (
        "King Birendra lifted the ban on political parties on Sunday. The announcement came "
        "two days after police opened fire on tens of thousands of demonstrators in Kathmandu."
    )
    # (the shooting two days before the Sunday told last, not before the story's Monday)
    assert _the_one(nlp, text, "1990-04-09", "ASSAULT").date == "1990-04-06"


def test_days_later_in_a_joined_clause_count_from_the_day_of_the_first_act(nlp):
    text = (
        "Maduro ordered the crossings closed on Aug. 19, and two days later declared a state "
        "of emergency in six border municipalities."
    )
    [emergency] = [
        e for e in code_text(text, "2015-08-25", nlp=nlp) if e.event_text == "declared emergency"
    ]
    assert emergency.date == "2015-08-21"
    assert "two days later (Aug. 19)" in emergency.evidence
