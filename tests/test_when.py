import datetime as dt

import pytest

from dragoman.when import resolve_expression

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
    ],
)
def test_expressions_resolve_against_publication(text, expected, precision):
    found = resolve_expression(text, FRIDAY)
    assert found is not None
    assert (found.date, found.precision) == (expected, precision)


def test_future_clause_reads_weekdays_forward():
    assert resolve_expression("on Monday", FRIDAY, future=True).date == "2022-08-01"
    assert resolve_expression("on Monday", FRIDAY).date == "2022-07-25"


def test_without_publication_only_absolute_dates_resolve():
    assert resolve_expression("on Friday", None) is None
    assert resolve_expression("3 March 2020", None).date == "2020-03-03"


@pytest.mark.parametrize("text", ["recent weeks", "the 1990s", "a long time", "Feb 30"])
def test_vague_or_impossible_dates_give_none(text):
    assert resolve_expression(text, FRIDAY) is None
