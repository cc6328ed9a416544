"""Event dates: the date words in the event's clause, resolved against publication.

v1 reads the DATE entities spaCy finds inside the trigger's clause and resolves the common
wire forms: "today", "yesterday", "tomorrow", "last night", weekdays ("on Friday" is the
last Friday on or before publication; the next one where the clause is future), "last
week", "this week", "last month", "this month", month names with a day ("February 15th",
"15 February", with or without a year; a day after publication without a year means last
year), a month alone ("in March"), a year ("in 2019"), and ISO days. Anything else falls
back to the publication date, with ``date_source`` saying so.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

__all__ = ["EventDate", "clause_tokens", "event_date", "resolve_expression"]

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d{2}))?"
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b{_YEAR}", re.I)
_DAY_MONTH = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b{_YEAR}", re.I)
_ISO = re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b")
_MONTH_ONLY = re.compile(
    rf"^(?:in\s+|last\s+|this\s+|early\s+|late\s+|mid-?)?{_MONTH}{_YEAR}$", re.I
)
_YEAR_ONLY = re.compile(r"^(?:in\s+)?(?:early\s+|late\s+|mid-?)?(?P<year>(?:19|20)\d{2})$")
_DAYS_AGO = re.compile(r"^(?P<n>\w+) days? ago$")
NUMBERS = {
    "one": 1,
    "a": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}


@dataclass(frozen=True)
class EventDate:
    date: str
    precision: str  # day | week | month | year
    text: str


def _shift_year(month: int, day: int, pub: dt.date, future: bool) -> dt.date | None:
    try:
        candidate = dt.date(pub.year, month, day)
    except ValueError:
        return None
    if not future and candidate > pub + dt.timedelta(days=1):
        try:
            candidate = dt.date(pub.year - 1, month, day)
        except ValueError:
            return None
    return candidate


def _absolute(low: str, raw: str) -> EventDate | None:
    """Dates that need no publication day: ISO days, days and months with a year, years."""
    day, precision = None, "day"
    if m := _ISO.search(low):
        day = _make(int(m["y"]), int(m["m"]), int(m["d"]))
    elif (m := (_MONTH_DAY.search(low) or _DAY_MONTH.search(low))) and m["year"]:
        day = _make(int(m["year"]), MONTHS[m["month"].lower()], int(m["day"]))
    elif (m := _MONTH_ONLY.match(low)) and m["year"]:
        day, precision = _make(int(m["year"]), MONTHS[m["month"].lower()], 1), "month"
    elif m := _YEAR_ONLY.match(low):
        day, precision = dt.date(int(m["year"]), 1, 1), "year"
    return EventDate(day.isoformat(), precision, raw) if day else None


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve_expression(text: str, pub: dt.date | None, *, future: bool = False) -> EventDate | None:
    """One date expression resolved against the publication day, or None.

    Without a publication day only absolute dates ("3 March 2020", "2019") resolve.
    """
    raw = text.strip()
    low = raw.lower().strip(" ,.")
    low = re.sub(r"^(on|by|since|from|until|as of)\s+", "", low)
    low = re.sub(
        r"^(late|early)\s+(?=(yesterday|last night|today|this morning|this week|last week))",
        "",
        low,
    )
    absolute = _absolute(low, raw)
    if absolute or pub is None:
        return absolute
    day = None
    precision = "day"
    if low in ("today", "this morning", "this afternoon", "this evening", "tonight"):
        day = pub
    elif low in ("yesterday", "last night", "overnight", "late yesterday"):
        day = pub - dt.timedelta(days=1)
    elif low == "tomorrow":
        day = pub + dt.timedelta(days=1)
    elif m := _DAYS_AGO.match(low):
        count = NUMBERS.get(m["n"]) or (int(m["n"]) if m["n"].isdigit() else None)
        if count is None:
            return None
        day = pub - dt.timedelta(days=count)
    elif low == "next week":
        day, precision = pub + dt.timedelta(days=7 - pub.weekday()), "week"
    elif low == "next month":
        last = pub.replace(day=28) + dt.timedelta(days=4)
        day, precision = last.replace(day=1), "month"
    elif low in ("last week",):
        day, precision = pub - dt.timedelta(days=7 + pub.weekday()), "week"
    elif low in ("this week", "earlier this week"):
        day, precision = pub - dt.timedelta(days=pub.weekday()), "week"
    elif low in ("last month",):
        first = pub.replace(day=1) - dt.timedelta(days=1)
        day, precision = first.replace(day=1), "month"
    elif low in ("this month", "earlier this month"):
        day, precision = pub.replace(day=1), "month"
    elif low in ("last year",):
        day, precision = dt.date(pub.year - 1, 1, 1), "year"
    elif low in ("this year", "earlier this year"):
        day, precision = dt.date(pub.year, 1, 1), "year"
    else:
        words = low.split()
        weekday = next((w for w in words if w in WEEKDAYS), None)
        if weekday and len(words) <= 3 and not re.search(r"\d", low):
            delta = (pub.weekday() - WEEKDAYS.index(weekday)) % 7
            if "next" in words or (future and delta):
                day = pub + dt.timedelta(days=(7 - delta) % 7 or 7)
            else:
                if "last" in words and delta == 0:
                    delta = 7
                day = pub - dt.timedelta(days=delta)
        elif m := (_MONTH_DAY.search(low) or _DAY_MONTH.search(low)):
            day = _shift_year(MONTHS[m["month"].lower()], int(m["day"]), pub, future)
        elif m := _MONTH_ONLY.match(low):
            month = MONTHS[m["month"].lower()]
            year = pub.year - 1 if month > pub.month and not future else pub.year
            day, precision = dt.date(year, month, 1), "month"
    if day is None:
        return None
    return EventDate(day.isoformat(), precision, raw)


def clause_tokens(head: Token) -> list[Token]:
    """The clause of ``head`` without the clauses embedded in it."""
    out = []
    stack = [head]
    while stack:
        token = stack.pop()
        out.append(token)
        for child in token.children:
            if child.dep_ in ("ccomp", "advcl", "relcl", "conj", "parataxis") and token.i == head.i:
                continue
            stack.append(child)
    return out


def event_date(
    head: Token, sent: Span, pub: dt.date | None, *, future: bool = False
) -> EventDate | None:
    """The date of the event whose clause head is ``head``, from its own clause.

    A date of the sentence's main clause also counts when the event's clause is a
    complement of it ("Kyiv said on Monday that Russian troops shelled ...") only if the
    event clause has none of its own.
    """
    clause = {t.i for t in clause_tokens(head)}
    for ent in sent.ents:
        if ent.label_ in ("DATE", "TIME") and any(t.i in clause for t in ent):
            found = resolve_expression(ent.text, pub, future=future)
            if found:
                return found
    # the entity recogniser misses some plain dates ("the Gulf on Aug 2" as one place):
    # a month-and-day written in the clause counts too
    words = " ".join(t.text for t in sorted(sent, key=lambda t: t.i) if t.i in clause)
    if m := (_MONTH_DAY.search(words) or _DAY_MONTH.search(words)):
        return resolve_expression(m.group(0), pub, future=future)
    return None
