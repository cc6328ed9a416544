"""Event dates: the date words in the event's clause, resolved against publication.

Reads the DATE entities spaCy finds inside the trigger's clause (relative clauses keep
their own dates) and resolves the wire forms: "today", "yesterday", "last night",
weekdays ("on Friday" is the last Friday on or before publication; the next one where the
clause is future), weekends, "last week", "two weeks ago", "earlier this month", month
names with a day ("February 15th", "July 4th last year"; a day after publication without
a year means last year), months ("in March", "last October"), seasons ("last summer",
"the spring of 2021", starting in their first month), the nth week of a month, years
("in 2019", "the end of last year"), ISO days, and ranges ("between March 3 and 5", "from
2014 to 2016": the first day, with the precision of the smallest unit holding the range).
``date_precision`` is day, week, month or year. Anything else falls back to the
publication date, with ``date_source`` saying so.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ._memo import per_document

__all__ = ["EventDate", "clause_tokens", "elapsed", "event_date", "resolve_expression"]

# each month's name, then its abbreviations
MONTH_NAMES = (
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
)
MONTHS = {name: number for number, names in enumerate(MONTH_NAMES, start=1) for name in names}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d{2}))?"
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b{_YEAR}", re.I)
_DAY_MONTH = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b{_YEAR}", re.I)
_ISO = re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b")
_MONTH_ONLY = re.compile(rf"^(?:(?P<which>last|this|next)\s+)?{_MONTH}{_YEAR}$", re.I)
_YEAR_ONLY = re.compile(r"^(?P<year>(?:19|20)\d{2})$")
# "two days ago"; and "a day earlier", told of the story's own time, which in the news is
# nearly always its day ("A day earlier Trump had spoken with Putin")
_AGO = re.compile(r"^(?P<n>\w+) (?P<unit>day|week|month|year)s? (?:ago|earlier|before)$")
_WEEKEND = re.compile(r"^(?:(?P<which>last|this|next)\s+)?weekend$")
_SEASON = re.compile(
    r"^(?:(?P<which>last|this|next)\s+)?(?P<season>spring|summer|autumn|fall|winter)"
    r"(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d{2}))?$"
)
_ORDINAL = r"(?P<nth>first|second|third|fourth|last)"
_NTH_WEEK = re.compile(rf"^{_ORDINAL} week of {_MONTH}{_YEAR}$")
ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3}
_TO = r"\s*(?:-|\u2013|to|and|through|until|till)\s*"
_NTH = r"(?:st|nd|rd|th)?"
_DAY_RANGES = (  # "March 3-5", "between March 3 and 5", "3 to 5 March 2021"
    re.compile(
        rf"^(?:between |from )?{_MONTH}\s+(?P<d1>\d{{1,2}}){_NTH}{_TO}(?P<d2>\d{{1,2}}){_NTH}{_YEAR}$"
    ),
    re.compile(
        rf"^(?:between |from )?(?P<d1>\d{{1,2}}){_NTH}{_TO}(?P<d2>\d{{1,2}}){_NTH}\s+(?:of\s+)?{_MONTH}{_YEAR}$"
    ),
)
_RANGES = (  # "between March 3 and April 2", "from 2014 to 2016", "2014-2016"
    re.compile(r"^between (?P<a>.+?) and (?P<b>.+)$"),
    re.compile(r"^from (?P<a>.+?) (?:to|until|till|through) (?P<b>.+)$"),
    # "1998 to 2000": the recogniser leaves the "from" out of the entity
    re.compile(
        r"^(?P<a>(?:19|20)\d{2})\s*(?:-|\u2013|\s(?:to|until|through)\s)\s*(?P<b>(?:19|20)\d{2})$"
    ),
)
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


def _absolute(low: str) -> tuple[dt.date, str] | None:
    """Dates that need no publication day: ISO days, days and months with a year, years,
    seasons with a year."""
    day, precision = None, "day"
    if m := _ISO.search(low):
        day = _make(int(m["y"]), int(m["m"]), int(m["d"]))
    elif (m := (_MONTH_DAY.search(low) or _DAY_MONTH.search(low))) and m["year"]:
        day = _make(int(m["year"]), MONTHS[m["month"].lower()], int(m["day"]))
    elif (m := _MONTH_ONLY.match(low)) and m["year"]:
        day, precision = _make(int(m["year"]), MONTHS[m["month"].lower()], 1), "month"
    elif m := _YEAR_ONLY.match(low):
        day, precision = dt.date(int(m["year"]), 1, 1), "year"
    elif (m := _SEASON.match(low)) and m["year"]:
        day, precision = _season(m["season"], None, m["year"], None, False), "month"
    elif (m := _NTH_WEEK.match(low)) and m["year"]:
        return None  # resolved with the publication-relative forms, which read the year
    return (day, precision) if day else None


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve_expression(text: str, pub: dt.date | None, *, future: bool = False) -> EventDate | None:
    """One date expression resolved against the publication day, or None.

    Without a publication day only absolute dates ("3 March 2020", "2019") resolve. A
    range ("between March 3 and 5", "from 2014 to 2016") resolves to its first day, with
    the precision of the smallest unit that holds the whole range.
    """
    raw = text.strip()
    low = _normalise(raw)
    if spanned := _range(low, pub, future):
        return EventDate(spanned[0].isoformat(), _span_precision(*spanned), raw)
    found = _single(low, pub, future)
    return EventDate(found[0].isoformat(), found[1], raw) if found else None


UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


def elapsed(text: str) -> dt.timedelta | None:
    """How long back "two years ago" (or "six months earlier") reaches, with no
    publication date needed; None for any other expression."""
    m = _AGO.match(_normalise(text))
    if m is None:
        return None
    count = NUMBERS.get(m["n"]) or (int(m["n"]) if m["n"].isdigit() else None)
    return dt.timedelta(days=count * UNIT_DAYS[m["unit"]]) if count else None


# days told by the day an earlier sentence gave: "the same day", "later that day", "the
# next day", "two days later", "earlier in the day" (normalised: no "the", "later" or
# "earlier" before them, nor "in")
_TOLD_DAY = re.compile(
    r"^(?:(?:that|same|that same) (?:day|night|evening|morning|afternoon)|day"
    r"|(?P<next>next|following) day"
    r"|(?P<n>a|one|two|three|four|five|six|\d+) days? later"
    # ("hours later", "a few hours earlier", "within hours": the same day, near enough)
    r"|(?:(?:a few|several|some|a|one|two|three|\d+) )?(?:hours?|minutes|moments)"
    r" (?:later|earlier|afterwards)|within (?:hours|minutes))$"
)


def _told_day(text: str, story_day: tuple[str, str]) -> EventDate | None:
    """A day told by the one an earlier sentence gave, or None."""
    m = _TOLD_DAY.match(_normalise(text))
    if m is None:
        return None
    shift = 1 if m["next"] else 0
    if m["n"]:
        shift = NUMBERS.get(m["n"]) or int(m["n"])
    day = dt.date.fromisoformat(story_day[0]) + dt.timedelta(days=shift)
    return EventDate(day.isoformat(), "day", f"{text} ({story_day[1]})")


def _normalise(raw: str) -> str:
    """Lower case without the words that do not change the date: "on", "the", "early",
    "the end of"; "this past" reads as "last"."""
    low = raw.lower().strip(" ,.;:")
    low = re.sub(r"['\u2019]s\b", "", low)  # "last year's summit"
    low = re.sub(r"\bthis past\b|\bthe past\b|\bpast\b", "last", low)
    previous = None
    while previous != low:
        previous = low
        low = re.sub(
            r"^(?:(?:on|by|since|until|till|as of|in|during|over|at|around|about|"
            r"the|early|late|mid|earlier|later|"
            r"(?:the )?(?:end|beginning|start|middle|close|turn|course) of)\s+|mid-)",
            "",
            low,
        ).strip()
    # "earlier this week" lost "earlier" above; "later" likewise
    return re.sub(r"\s+", " ", low)


def _range(low: str, pub: dt.date | None, future: bool) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a range of dates, or None when ``low`` is not one."""
    if m := next((m for r in _DAY_RANGES if (m := r.match(low))), None):
        year = f" {m['year']}" if m["year"] else ""
        first = _single(f"{m['month']} {m['d1']}{year}", pub, future)
        if first is None:
            return None
        last = _make(first[0].year, first[0].month, int(m["d2"]))
        return (first[0], last) if last and last >= first[0] else None
    if m := next((m for r in _RANGES if (m := r.match(low))), None):
        first = _single(_normalise(m["a"]), pub, future)
        last = _single(_normalise(m["b"]), pub, future)
        if first and last and last[0] >= first[0]:
            return first[0], _period_end(*last)
    return None


def _period_end(day: dt.date, precision: str) -> dt.date:
    if precision == "year":
        return dt.date(day.year, 12, 31)
    if precision == "month":
        return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    if precision == "week":
        return day + dt.timedelta(days=6)
    return day


def _span_precision(first: dt.date, last: dt.date) -> str:
    if first == last:
        return "day"
    if (last - first).days < 7:
        return "week"
    if (first.year, first.month) == (last.year, last.month):
        return "month"
    return "year"


def _single(low: str, pub: dt.date | None, future: bool) -> tuple[dt.date, str] | None:
    """A normalised expression naming one day, week, month, season or year."""
    absolute = _absolute(low)
    if absolute or pub is None:
        return absolute
    day = None
    precision = "day"
    if low in ("today", "this morning", "this afternoon", "this evening", "tonight"):
        day = pub
    elif low in (
        "yesterday",
        "last night",
        "overnight",
        "yesterday morning",
        "yesterday afternoon",
        "yesterday evening",
        # ("the day before", "the previous day": told of the story's own day, as above)
        "day before",
        "previous day",
    ):
        day = pub - dt.timedelta(days=1)
    elif low == "tomorrow":
        day = pub + dt.timedelta(days=1)
    elif m := _AGO.match(low):
        count = NUMBERS.get(m["n"]) or (int(m["n"]) if m["n"].isdigit() else None)
        if count is None:
            return None
        unit = m["unit"]
        if unit == "day":
            day = pub - dt.timedelta(days=count)
        elif unit == "week":
            day, precision = pub - dt.timedelta(days=7 * count), "week"
        elif unit == "month":
            day, precision = _month_shift(pub, -count), "month"
        else:
            day, precision = dt.date(pub.year - count, 1, 1), "year"
    elif m := _WEEKEND.match(low):
        day, precision = _weekend(m["which"], pub, future), "week"
    elif m := _SEASON.match(low):
        found = _season(m["season"], m["which"], m["year"], pub, future)
        if found is None:
            return None
        day, precision = found, "month"
    elif m := _NTH_WEEK.match(low):
        month = MONTHS[m["month"]]
        year = int(m["year"]) if m["year"] else _month_year(month, pub, future)
        if m["nth"] == "last":
            end = _period_end(dt.date(year, month, 1), "month")
            day = end - dt.timedelta(days=6)
        else:
            day = dt.date(year, month, 1 + 7 * ORDINALS[m["nth"]])
        precision = "week"
    elif low == "next week":
        day, precision = pub + dt.timedelta(days=7 - pub.weekday()), "week"
    elif low == "next month":
        day, precision = _month_shift(pub, 1), "month"
    elif low == "last week":
        day, precision = pub - dt.timedelta(days=7 + pub.weekday()), "week"
    elif low == "this week":
        day, precision = pub - dt.timedelta(days=pub.weekday()), "week"
    elif low == "last month":
        day, precision = _month_shift(pub, -1), "month"
    elif low == "this month":
        day, precision = pub.replace(day=1), "month"
    elif low == "last year":
        day, precision = dt.date(pub.year - 1, 1, 1), "year"
    elif low == "this year":
        day, precision = dt.date(pub.year, 1, 1), "year"
    elif low == "next year":
        day, precision = dt.date(pub.year + 1, 1, 1), "year"
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
            month, number = MONTHS[m["month"].lower()], int(m["day"])
            if re.search(r"\blast year\b", low):  # "July 4th last year"
                day = _make(pub.year - 1, month, number)
            elif re.search(r"\bthis year\b", low):
                day = _make(pub.year, month, number)
            else:
                day = _shift_year(month, number, pub, future)
        elif m := _MONTH_ONLY.match(low):
            month = MONTHS[m["month"].lower()]
            year = _month_year(month, pub, future)
            if m["which"] == "last" and month >= pub.month:
                year = pub.year - 1
            day, precision = dt.date(year, month, 1), "month"
    if day is None:
        return None
    return day, precision


def _month_year(month: int, pub: dt.date, future: bool) -> int:
    """The year of a month named without one: the last such month unless the clause is future."""
    return pub.year - 1 if month > pub.month and not future else pub.year


def _month_shift(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _weekend(which: str | None, pub: dt.date, future: bool) -> dt.date:
    """The Saturday of the weekend meant: the last one on or before publication, the
    coming one for "next" (or "this" before Saturday, or a future clause)."""
    back = (pub.weekday() - 5) % 7  # days since the last Saturday
    latest = pub - dt.timedelta(days=back)
    coming = latest + dt.timedelta(days=7) if back else latest
    if which == "next" or (future and which != "last"):
        return coming if back else latest + dt.timedelta(days=7)
    if which == "this" and back:
        return coming if pub.weekday() < 5 else latest
    if which == "last" and pub.weekday() >= 5:  # on a weekend, "last weekend" is the one before
        return latest - dt.timedelta(days=7)
    return latest


SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season(
    season: str, which: str | None, year: str | None, pub: dt.date | None, future: bool
) -> dt.date | None:
    """The first day of a (northern) season: "the summer of 2020", "last autumn"."""
    month = SEASON_START[season]
    if year:
        # "the winter of 2022" is most often its January and February
        return dt.date(int(year) - 1 if season == "winter" else int(year), month, 1)
    if pub is None:
        return None
    starts = [dt.date(y, month, 1) for y in (pub.year - 2, pub.year - 1, pub.year, pub.year + 1)]
    current = max(d for d in starts if d <= pub)  # the latest that has begun
    coming = current.replace(year=current.year + 1)
    if which == "next" or (future and which is None):
        return coming
    if which == "this":
        # "this summer" in March is the coming one; "this winter" in January began in December
        return current if pub < _month_shift(current, 12) and (pub - current).days < 183 else coming
    if which == "last" and pub < _month_shift(current, 3):
        return current.replace(year=current.year - 1)  # still in it: the one before
    return current


@per_document  # asked about twice an event: for its date and for its place
def clause_tokens(head: Token) -> list[Token]:
    """The clause of ``head`` without the clauses embedded in it: its own complement,
    adverbial and coordinated clauses, relative clauses anywhere in it ("the leaders,
    who met last year in Geneva, spoke on Thursday": Thursday, not last year) and
    infinitives on its nouns ("withdrew as part of efforts to support talks in Doha": the
    talks' place, not the withdrawal's)."""
    return _clause_tokens(head)


def _clause_tokens(head: Token) -> list[Token]:
    out = []
    stack = [head]
    while stack:
        token = stack.pop()
        out.append(token)
        for child in token.children:
            if (
                child.dep_ == "relcl"
                or (
                    child.dep_ in ("ccomp", "advcl", "conj", "parataxis")
                    and token.i == head.i
                    # (a noun the parser joins to the verb is its object's, misread: "launched
                    # strikes against Taliban and al Qaeda targets on Sunday night")
                    and not (child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN"))
                )
                or (child.dep_ == "acl" and _to_infinitive(child))
            ):
                continue
            stack.append(child)
    return out


def _date_entities(tokens: list[Token]) -> list[Span]:
    """The DATE and TIME entities with a token among ``tokens`` (in text order), read off
    the tokens' entity tags: building ``sent.ents`` for every event costs more."""
    out: list[Span] = []
    for token in tokens:
        if token.ent_type_ not in ("DATE", "TIME") or (out and token.i < out[-1].end):
            continue
        doc, start, end = token.doc, token.i, token.i + 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        out.append(doc[start:end])
    return out


def only_day(sent: Span, pub: dt.date | None) -> EventDate | None:
    """The one day a sentence tells its acts by, no later than ``pub``, if it tells one
    (a week, a month or a second day told makes it None). Days that are no act's are not
    counted: a day naming a thing ("the January 6 attack"), a deadline ("until noon on
    Friday") or a day still to come ("will meet on Friday", "called on supporters to join
    a rally on Thursday")."""
    days = []
    for ent in _date_entities(list(sent)):
        verb = next((t for t in ent.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or ent.root.head.pos_ in ("NOUN", "PROPN") or _day_of_a_deadline(ent):
            continue
        if _still_to_come(verb) or _sets_its_clause_apart(ent, verb):
            return None
        day = resolve_expression(ent.text, pub)
        if day is None or (pub is not None and day.date > pub.isoformat()):
            continue
        if day.precision != "day":
            return None
        days.append(day)
    return days[0] if days and all(d.date == days[0].date for d in days) else None


def _sets_its_clause_apart(ent: Span, verb: Token) -> bool:
    """Whether a day is put before the verb of a clause joined with a subject of its own
    ("accused the opposition of plotting a coup, and on Sunday he ordered three consular
    officials to leave"): that clause's day alone."""
    return (
        verb.dep_ == "conj"
        and ent.end <= verb.i
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


# the auxiliaries of a deed still to come ("will meet"; "to" only on a verb's complement:
# the parser hangs many a day on another infinitive, "24 hours to leave on Sunday")
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo"})


def _still_to_come(verb: Token) -> bool:
    """Whether ``verb`` tells a deed in the future ("will meet on Saturday") or one asked
    or agreed to be done ("agreed to meet negotiators on Friday")."""
    return any(
        c.dep_ == "aux"
        and (c.lower_ in FUTURE_AUXILIARIES or (c.lower_ == "to" and verb.dep_ == "xcomp"))
        for c in verb.children
    )


def _offset_from_main(head: Token) -> tuple[str, int] | None:
    """How far an "after" or "before" clause lies from the clause it hangs on, where a
    span says so ("a day after", "two weeks before", "four years after"): the unit and
    the signed count, else None."""
    if head.dep_ == "pcomp" and head.head.lower_ in ("after", "before"):
        # ("released him on Sunday, two days after arresting him": a gerund after the
        # preposition)
        children, mark = [], head.head
    elif head.dep_ not in ("advcl", "conj"):
        # (the parser may join a clause with its own "after" to the main verb: "barred
        # him on Monday, a day after Saied dismissed the prime minister")
        return None
    else:
        children = list(head.children)
        mark = next(
            (c for c in children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None
        )
    if mark is None:
        return None
    # ("two days after": the parser hangs the span on the clause or on "after")
    span = next(
        (c for c in (*children, *mark.children) if c.dep_ == "npadvmod" and c.i < mark.i),
        None,
    )
    if span is None or span.lemma_.lower() not in ("day", "week", "month", "year"):
        return None
    count = next(
        (
            NUMBERS.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
            for c in span.children
            if c.dep_ in ("det", "nummod") and (c.lower_ in NUMBERS or c.text.isdigit())
        ),
        None,
    )
    if count is None:
        return None
    return span.lemma_.lower(), -count if mark.lower_ == "after" else count


def _first_since(ent: Span) -> bool:
    """Whether a date is the "since" of a first or a rarity ("the first time since 2018",
    "the first such visit since 2018", "the worst since 1990")."""
    since = ent.root.head
    if since.lower_ != "since" or since.dep_ != "prep":
        return False
    ranked = since.head
    # (the rank may head the phrase itself: "a curfew ..., the first in the capital since
    # 1992")
    return any(c.lower_ in ("first", "only") or c.tag_ == "JJS" for c in ranked.children) or (
        ranked.tag_ == "JJS" or ranked.lower_ in ("first", "only")
    )


def _names_a_thing(ent: Span, event: Token) -> bool:
    """Whether a date modifies a noun inside a noun phrase ("a 2008 friendship treaty",
    "the 1991 borders", "disputing last week's election"), rather than saying when the
    ``event`` happened ("Monday's attack" on the attack itself does)."""
    root = ent.root
    head = root.head
    if root.dep_ == "poss" and head.i == event.i:
        return False
    if (
        root.dep_ == "poss"
        and head.dep_ == "pobj"
        and head.head.lower_ == "during"
        and head.head.head.i == event.i
    ):
        return False  # "killed during Thursday's coup attempt": in it, on that day
    return (
        root.dep_ in ("nummod", "compound", "amod", "nmod", "poss")
        and head.pos_ in ("NOUN", "PROPN")
        and head.i > ent.end - 1
        and head.ent_type_ not in ("DATE", "TIME")
        and head.lemma_.lower() not in PARTS_OF_TIME  # "Tuesday night", "yesterday morning"
    )


# prepositions that make a date a limit rather than the day of the event
DEADLINE_PREPS = frozenset({"by", "until", "till", "before"})
# verbs of refusing an act, which was then not done (a REJECT of its own, not a denial):
# its time is the refusal's
REFUSING_VERBS = frozenset({"refuse", "decline"})
PARTS_OF_TIME = frozenset(
    {"morning", "afternoon", "evening", "night", "midnight", "noon", "dawn", "day", "time"}
    | {"weekend", "week", "month", "year", "hour", "overnight", "session", "meeting"}
)


def _day_of_a_deadline(ent: Span) -> bool:
    """Whether a date is the day of a time of day under a deadline's preposition ("until
    noon on Friday", "by midnight on Sunday")."""
    doc, start = ent.doc, ent.start
    return (
        start >= 3
        and doc[start - 1].lower_ == "on"
        and doc[start - 2].lower_ in PARTS_OF_TIME
        # (not "before dawn on Thursday": a time before which the act was done)
        and doc[start - 3].lower_ in DEADLINE_PREPS - {"before"}
    )


# the marks of a clause that happened at about the time of the one it hangs on
SAME_TIME_MARKS = frozenset({"after", "before", "when", "as", "while"})


# participles that say where a thing was going, not what was done to it
DESTINATION_PARTICIPLES = frozenset({"bound", "destined", "headed", "heading"})
# a span of hours after (or before) what was told just before: that act's day
HOURS_LATER = re.compile(
    r"^(?:within (?:a few |\w+ )?(?:hours?|minutes?)|(?:a few |\w+ )?(?:hours?|minutes?) (?:later|earlier))$"
)
# participles that tell what a vehicle or a device carries ("a truck packed with
# explosives"): no act of their own, so a date the parser hangs on them is the deed's
CARGO_PARTICIPLES = frozenset({"packed", "loaded", "laden", "filled", "stuffed", "rigged"})
# participles that tell whose a place or a force is ("positions held by the junta", "areas
# controlled by the rebels"): a state, not an act, so a date hung on them is the deed's
HOLDING_PARTICIPLES = frozenset({"held", "controlled", "manned", "guarded"})


def event_date(
    head: Token,
    sent: Span,
    pub: dt.date | None,
    *,
    future: bool = False,
    spoken: bool = False,
    story_day: tuple[str, str] | None = None,
) -> EventDate | None:
    """The date of the event whose clause head is ``head``, from its own clause.

    A date of the reporting clause counts for a reported act under way as it is said
    ("Kerry said on Tuesday that Washington was sending a team"), where the act's clause
    has none of its own; a reported past act ("said on Monday that troops shelled") may
    lie before the report, and is not dated by it. A ``spoken`` act (an agreement, a
    demand, a threat) is not dated by what it is about: "agreed to meet again next week"
    was agreed today.
    ``story_day`` (the last day an earlier sentence gave, and its words) is the day "the
    same day" and "the next day" count from.
    """
    if _result_of(head):
        # "upheld the impeachment on Wednesday, removing him from office over his
        # declaration of martial law in December": a result told by a trailing participle
        # comes with its main clause, on the day that clause gives; a vaguer date the
        # parser hangs on the participle is the cause's
        main = event_date(head.head, sent, pub, future=future, story_day=story_day)
        if main is not None and main.precision == "day":
            own = _own_date(head, sent, pub, future, spoken, story_day)
            return main if own is None or own.precision != "day" else own
    return _own_date(head, sent, pub, future, spoken, story_day)


def _joined_after(head: Token) -> list[Token]:
    """The past verbs joined after ``head`` in its run, each to the one before it, with
    no subject or auxiliary of their own ("and looted", which may be tagged VBN)."""
    out, stack = [], [head]
    while stack:
        for joined in stack.pop().children:
            if (
                joined.dep_ == "conj"
                and joined.tag_ in ("VBD", "VBN")
                and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in joined.children
                )
            ):
                out.append(joined)
                stack.append(joined)
    return out


def _result_of(head: Token) -> bool:
    """Whether ``head`` is a participle of result after its main clause: "..., killing
    20 people", "..., removing him from office" (no subordinator, no subject of its own)."""
    return (
        head.dep_ == "advcl"
        and head.tag_ == "VBG"
        and head.i > head.head.i
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in head.children)
    )


def _own_date(
    head: Token,
    sent: Span,
    pub: dt.date | None,
    future: bool,
    spoken: bool,
    story_day: tuple[str, str] | None = None,
    borrow: bool = True,
) -> EventDate | None:
    """:func:`event_date` from ``head``'s own clause (and, with ``borrow``, the clauses
    it borrows from: the one a relative clause hangs on, those on the parties it met)."""
    # ("a day after Congress voted to remove the attorney general": the vote's clause)
    clause = head.head if head.dep_ == "xcomp" and head.head.dep_ == "advcl" else head
    # ("a day after the AU suspended the country and imposed a travel ban": a verb
    # joined to the clause, with no subject of its own, is as far from the main one)
    shifted, shift = clause, _offset_from_main(clause)
    while (
        shift is None
        and shifted.dep_ == "conj"
        and shifted.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in shifted.children)
    ):
        shifted = shifted.head
        shift = _offset_from_main(shifted)
    if shift is not None:
        clause = shifted
        # "told reporters on Monday, a day after Russian missiles hit a hospital": the day
        # before the main clause's; "four years after Russia launched its invasion",
        # four years before it (history, at that)
        unit, count = shift
        # (the verb the "after" phrase hangs on, for a gerund after the preposition)
        anchor = clause.head.head if clause.dep_ == "pcomp" else clause.head
        main = event_date(anchor, sent, pub, future=future, story_day=story_day)
        if main is None and pub is not None and unit in ("month", "year"):
            main = EventDate(pub.isoformat(), "day", "publication")
        if main is None and story_day is not None and unit in ("day", "week"):
            # "King Birendra lifted the ban on Sunday. The announcement came two days after
            # police opened fire": a clause with no day is of the day the story told last
            main = EventDate(story_day[0], "day", story_day[1])
        if main is not None and (main.precision == "day" or unit in ("month", "year")):
            start = dt.date.fromisoformat(main.date)
            if unit in ("day", "week"):
                day = start + dt.timedelta(days=count * (7 if unit == "week" else 1))
                return EventDate(day.isoformat(), "day", f"{main.text} {count:+d} {unit}s")
            months = count * (12 if unit == "year" else 1)
            day = _month_shift(start, months)
            return EventDate(day.isoformat(), unit, f"{main.text} {count:+d} {unit}s")
    tokens = sorted(clause_tokens(head), key=lambda t: t.i)
    # a verb in a past tense, with no modal: what it tells cannot lie after publication
    past = head.tag_ in ("VBD", "VBN") and not any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in head.children
    )
    # "arrested a commander accused of a coup attempt last year": the date of what a
    # reduced relative on an object says is not the event's (but "fired at supporters
    # marching on Saturday": what a present participle does goes on at the event's time,
    # though not what it is about: "protesters disputing last week's election")
    described = {
        t.i
        for acl in tokens
        if acl.dep_ == "acl"
        and acl.head.dep_ in ("dobj", "pobj", "dative")
        and acl.i != head.i
        # ("seized weapons bound for the Houthis last month": where a load was going tells
        # no act of its own, and the date is the seizure's)
        and acl.lower_ not in DESTINATION_PARTICIPLES | CARGO_PARTICIPLES | HOLDING_PARTICIPLES
        for part in (
            [c for c in acl.children if c.dep_ not in ("prep", "npadvmod")]
            if acl.tag_ == "VBG"
            else [acl]
        )
        for t in part.subtree
    }
    # "arrested on suspicion of taking part in an attack in 2023": a gerund clause deep
    # in a phrase has a time of its own
    described |= {
        t.i
        for pc in tokens
        if pc.dep_ == "pcomp"
        and pc.pos_ == "VERB"
        and pc.i != head.i
        and pc.head.head.i != head.i
        # ("accused Chinese vessels of firing water cannon on Wednesday": the alleged
        # act's own phrase, on the accused, tells the time)
        and pc.head.head.dep_ not in ("dobj", "nsubj")
        for t in pc.subtree
    }
    tokens = [t for t in tokens if t.i not in described]
    if spoken and not (past and head.lemma_ in REFUSING_VERBS):
        # (but "has refused to sell jets since 2019": a "since" tells how long the
        # refusal itself has held; and "refused to meet Hegseth at the forum on Saturday":
        # a past refusal of an act that was not done was made at that act's time, the
        # past day of its infinitive)
        about = {
            t.i
            for c in head.children
            if c.dep_ == "xcomp"
            for t in c.subtree
            if not (t.head.dep_ == "prep" and t.head.lower_ == "since")
        }
        tokens = [t for t in tokens if t.i not in about]
    if head.dep_ == "relcl" and head.head.ent_type_ in ("DATE", "TIME"):
        # "a war from 1998 to 2000 that killed": a clause on a period happened in it
        tokens = [head.head, *tokens]
    if head.dep_ == "conj":
        # "A day earlier Trump had spoken with Putin and agreed to meet him": a date put
        # before the first verb holds for the verbs joined to it (after their own dates)
        first = head.head
        while (
            first.dep_ == "conj"
            and first.head.i != first.i
            and first.head.pos_ in ("VERB", "AUX")
            # ("claimed responsibility, but Pompeo said on Saturday ... and blamed Iran":
            # a verb with a subject of its own begins the run of the verbs that share it)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children)
        ):
            # ("declared martial law on Tuesday, revoked the constitution and dissolved
            # parliament": the first of a run of verbs)
            first = first.head
        tokens += [
            t
            for c in first.children
            if c.i < first.i and c.dep_ in ("npadvmod", "prep", "advmod")
            for t in c.subtree
        ]
        # ("Odinga on Sunday rejected the result and accused Kibaki": the parser may
        # hang the day before the first verb on its subject)
        tokens += [
            t
            for c in first.children
            if c.dep_ == "nsubj" and c.i < first.i
            for t in c.subtree
            if t.ent_type_ in ("DATE", "TIME") and t.head.dep_ == "prep" and t.head.head.i == c.i
        ]
        perfect = any(
            c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ")
            for c in head.children
        )
        if past and first.tag_ in ("VBD", "VBN") and not perfect:
            # "met Isaias in Asmara on Monday and the two leaders agreed to reopen the
            # border": a past clause joined to another, with no date of its own, was
            # done the day the first was (after its own dates, which come first); not
            # a present perfect ("met on Tuesday, and both armies have since pulled back")
            tokens += [
                t
                for c in first.children
                if first.i < c.i < head.i and c.dep_ in ("npadvmod", "prep")
                for t in c.subtree
            ]
            # ("expelled Colombia's ambassador on Sunday and accused Uribe", "broke
            # relations with Colombia on Saturday and gave": the parser may hang the first
            # verb's day on its object, or on a noun in a phrase on it)
            tokens += _dates_hung_on_nouns(first, first.i, head.i)
    if past:
        # "set fire to a police station and looted shops on Tuesday", "torched cars, set
        # fire to shops and vandalised the city hall on Sunday": the parser hangs a date
        # at the end of a run of acts of one subject on the last; it holds for them all
        # (after the first's own dates)
        tokens += [
            t
            for joined in _joined_after(head)
            for c in joined.children
            if c.i > head.i and c.dep_ in ("npadvmod", "prep")
            for t in c.subtree
        ]
        # ("fired rubber bullets and charged crowds with batons on Sunday": the parser
        # may hang that day on a noun of the last act, as it does on the first's)
        tokens += [
            t for joined in _joined_after(head) for t in _dates_hung_on_nouns(joined, joined.i)
        ]
        # ("security forces fired on protesters, and at least 13 people were killed on
        # Wednesday", "police fired stun grenades ..., and police arrested 300 people on
        # Sunday": a past clause joined after, of what befell or of the same party, tells
        # the day of both, where the first names none: after the first's own dates; not
        # another party's act, "protesters set fire to a police station and police
        # arrested dozens on Tuesday")
        subject = next((c.lemma_.lower() for c in head.children if c.dep_ == "nsubj"), None)
        tokens += [
            t
            for joined in head.children
            if joined.dep_ == "conj"
            and joined.i > head.i
            and joined.tag_ in ("VBD", "VBN")
            and any(
                c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and c.lemma_.lower() == subject)
                for c in joined.children
            )
            and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in joined.children)
            for c in joined.children
            # (not a day put before the clause: "..., and on Sunday he ordered" sets that
            # act apart)
            if c.dep_ in ("npadvmod", "prep") and c.i > joined.i
            for t in c.subtree
        ]
    for ent in _date_entities(tokens):
        if _names_a_thing(ent, head):
            continue  # "a 2008 friendship treaty": when the thing was made, not the event
        if ent.root.head.dep_ == "prep" and ent.root.head.lower_ in DEADLINE_PREPS:
            continue  # "ordered them to leave by Saturday": a deadline, not the day of it
        if _day_of_a_deadline(ent):
            continue  # "gave him until noon on Friday": the parser hangs the day elsewhere
        if _first_since(ent):
            continue  # "visited for the first time since 2018": the last time, not this one
        found = resolve_expression(ent.text, pub, future=future)
        if found is None and "," in ent.text:
            # "on Tuesday, two days after ...": the recogniser may run one date into the
            # span of another clause; the part in this clause is its date
            own = {t.i for t in tokens}
            part = [t for t in ent if t.i in own and t.text != ","]
            if part and len(part) < len(ent):
                found = resolve_expression(
                    ent.doc[part[0].i : part[-1].i + 1].text, pub, future=future
                )
        if found is None and len(ent) > 2:
            # "ambushed a patrol a week earlier": the recogniser may run the object into
            # the date; the longest tail that reads as a date is it
            found = next(
                (
                    hit
                    for k in range(1, len(ent) - 1)
                    if ent[k].pos_ in ("DET", "NUM")
                    and (hit := resolve_expression(ent[k:].text, pub, future=future))
                ),
                None,
            )
        if found is None and clause.dep_ in ("ccomp", "relcl") and _normalise(ent.text) == "day":
            # "vowed on Thursday that the militants who carried out the bombings earlier
            # in the day would pay": the day of the clause it is told in
            main = event_date(clause.head, sent, pub, future=future, story_day=story_day)
            if main is not None and main.precision == "day" and main.text != "publication":
                found = EventDate(main.date, "day", f"{ent.text} ({main.text})")
        if found is None:
            found = _hours_after_the_act_before(
                ent, head, first if head.dep_ == "conj" else None, sent, pub, future, story_day
            )
        if (
            found is None
            and head.dep_ == "conj"
            and _TOLD_DAY.match(_normalise(ent.text))
            and (anchor := only_day(sent, pub)) is not None
        ):
            # "ordered the crossings closed on Aug. 19 ... and two days later declared a
            # state of emergency": counted from the day the sentence told the first act by
            found = _told_day(ent.text, (anchor.date, anchor.text))
        if found is None and story_day is not None:
            found = _told_day(ent.text, story_day)
        if found and past and pub is not None and found.date > pub.isoformat():
            continue  # "a planned meeting next month was called off": what was to be
        if found:
            return found
    # the entity recogniser misses some plain dates ("the Gulf on Aug 2" as one place):
    # a month-and-day written in the clause counts too
    if any(t.lower_.rstrip(".") in MONTHS for t in tokens):
        # (a date the recogniser did find was weighed above: "the January 6 attack")
        plain = [t for t in tokens if t.ent_type_ not in ("DATE", "TIME")]
        words = " ".join(t.text for t in plain)
        if m := (_MONTH_DAY.search(words) or _DAY_MONTH.search(words)):
            return resolve_expression(m.group(0), pub, future=future)
    if clause.dep_ == "advcl" and any(
        # ("died on Wednesday when protesters hurled petrol bombs": the parser makes
        # "when" an adverb of the clause, not its subordinator)
        c.dep_ in ("mark", "advmod") and c.lower_ in SAME_TIME_MARKS
        for c in clause.children
    ):
        # "flew to Mexico on Monday night after Mexico granted him asylum": what the
        # clause follows or goes with, undated, happened about then, not on publication
        main = event_date(clause.head, sent, pub, future=future, story_day=story_day)
        if main is not None and main.text != "publication":
            return main
    if clause.dep_ == "ccomp" and _in_progress(clause):
        # "Kerry said on Tuesday that Washington was sending a team": what is under way
        # as it is said goes on on the day it is said
        main = event_date(clause.head, sent, pub, future=future, story_day=story_day)
        if main is not None and main.precision == "day":
            return main
    first = _first_to(clause)  # (done, whatever kind of act: "the first to recognise")
    if (
        borrow
        and clause.dep_ == "relcl"
        and (((story_past(clause) or _crowd_gathered(clause)) and not spoken) or first)
    ):
        # "released four Americans on Saturday in a swap with the United States, which
        # freed an ally of Maduro": a deed the sentence tells of one it dates, in the
        # simple past with no date of its own, was done about then (and so were a
        # crowd's gathering, "who had gathered to demand ...", in the past perfect)
        above = clause.head
        while above.pos_ not in ("VERB", "AUX") and above.head.i != above.i:
            above = above.head
        if above.dep_ == "advcl" and _to_infinitive(above):
            # ("fired tear gas on Saturday to disperse supporters who had gathered": the
            # purpose's own day is the deed's it serves)
            above = above.head
        if above.pos_ in ("VERB", "AUX") and above.i != clause.i:
            main = event_date(above, sent, pub, future=future and not first, story_day=story_day)
            if main is not None and main.precision == "day" and main.text != "publication":
                return main
    if borrow and story_past(head):
        # "fired tear gas at students who threw rocks in Seoul on Tuesday": those the
        # deed met were at it on the day their clause gives, and so was the deed
        for met in head.children:
            party = met if met.dep_ == "dobj" else None
            if met.dep_ == "prep" and met.lower_ in ("at", "on", "against"):
                party = next((g for g in met.children if g.dep_ == "pobj"), None)
            if party is None:
                continue
            # ("at thousands of demonstrators who blocked streets on Tuesday": the people
            # a count is of)
            counted = [g for p in party.children if p.lower_ == "of" for g in p.children]
            for relcl in [c for n in (party, *counted) for c in n.children]:
                if relcl.dep_ == "relcl" and story_past(relcl):
                    theirs = _own_date(relcl, sent, pub, future, spoken, borrow=False)
                    if theirs is not None and theirs.precision == "day":
                        return theirs
    return None


def _dates_hung_on_nouns(verb: Token, after: int, before: int | None = None) -> list[Token]:
    """The date phrases the parser hangs on a noun of ``verb``'s clause ("expelled
    Colombia's ambassador on Sunday", "charged crowds with batons on Sunday"), between
    the positions ``after`` and ``before``: their words."""
    return [
        t
        for c in sorted(clause_tokens(verb), key=lambda t: t.i)
        if after < c.i
        and (before is None or c.i < before)
        and c.dep_ == "prep"
        and c.head.pos_ in ("NOUN", "PROPN")
        and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)
        for t in c.subtree
    ]


def _hours_after_the_act_before(
    ent: Span,
    head: Token,
    first: Token | None,
    sent: Span,
    pub: dt.date | None,
    future: bool,
    story_day: tuple[str, str] | None,
) -> EventDate | None:
    """The day of an act "hours later" or "within hours" of the act its run began with
    (``first``), or of the clause reported just before it: "bombed Asmara on Friday, and
    Eritrean jets struck Mekelle hours later", "declared himself president on Wednesday,
    and Washington recognised him within hours"."""
    # (the recogniser may leave "within" or "later" out of the span)
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    after = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    words = " ".join(
        w
        for w in (
            before if before == "within" else "",
            _normalise(ent.text),
            after if after in ("later", "earlier") else "",
        )
        if w
    )
    if not HOURS_LATER.match(words):
        return None
    if first is None and head.dep_ == "ccomp" and head.head.i > head.i:
        # ("..., and Eritrean jets struck Mekelle hours later, officials said": two
        # clauses reported side by side)
        first = next(
            (
                c
                for c in reversed(list(head.head.children))
                if c.dep_ == "ccomp" and c.i < head.i and c.pos_ in ("VERB", "AUX")
            ),
            None,
        )
    if first is None:
        return None
    main = event_date(first, sent, pub, future=future, story_day=story_day)
    if main is None or main.precision != "day" or main.text == "publication":
        return None
    return EventDate(main.date, "day", f"{ent.text} ({main.text})")


def day_said_before_the_clause(
    head: Token, speaker: Token, pub: dt.date | None
) -> EventDate | None:
    """The day of "Obrador said on Monday he would not attend", which the parser hangs on
    the reported verb: a date phrase of the reported clause that comes between the
    reporting verb and the clause's subject, with no "that" before it, is the saying's
    (``head``: the verb of what is said, or an infinitive or conjunct under it)."""
    clause = head
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.i != speaker.i or speaker.i > clause.i:
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or any(c.dep_ == "mark" and c.i < subject.i for c in clause.children):
        return None
    for phrase in clause.children:
        if phrase.dep_ not in ("prep", "npadvmod") or not (
            speaker.i < phrase.i < subject.left_edge.i
        ):
            continue
        words = [t for t in phrase.subtree if t.ent_type_ in ("DATE", "TIME")]
        if not words:
            continue
        found = resolve_expression(" ".join(t.text for t in words), pub)
        if found is not None and (pub is None or found.date <= pub.isoformat()):
            return found
    return None


# verbs of coming together: a crowd does so on the day it is met, and only protesters
# who do so demonstrate
GATHERING_LEMMAS = frozenset({"gather", "assemble", "converge", "mass", "congregate"})


def _to_infinitive(verb: Token) -> bool:
    """Whether ``verb`` has the "to" of an infinitive ("to disperse", "to recognise")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _first_to(clause: Token) -> bool:
    """Whether an infinitive tells what one was the first (or last) to do, in a clause
    that says when it became so: "Sudan on Friday became the first country to recognise
    South Sudan" recognised it on Friday."""
    return (
        clause.tag_ == "VB"
        and _to_infinitive(clause)
        and clause.head.dep_ == "attr"
        and any(c.dep_ == "amod" and c.lower_ in ("first", "last") for c in clause.head.children)
        and clause.head.head.lemma_.lower() in ("become", "be")
    )


def _crowd_gathered(clause: Token) -> bool:
    """Whether a relative clause tells in the past perfect that a crowd had gathered
    ("fired tear gas on Saturday at supporters who had gathered to demand ..."): as the
    deed that met them, that day."""
    return (
        clause.lemma_.lower() in GATHERING_LEMMAS
        and clause.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children)
    )


# adverbs that set a simple past before the story's day ("the two last met in June")
EARLIER_ADVERBS = frozenset({"last", "previously", "earlier", "already", "once", "ago", "before"})


def story_past(head: Token | None) -> bool:
    """Whether ``head`` tells an act in the simple past, active ("fired") or passive ("were
    killed"), with no perfect, modal or adverb that sets it at another time."""
    if head is None or head.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if head.tag_ == "VBD":
        simple = not auxes
    elif head.tag_ == "VBN" and not auxes and head.dep_ == "conj" and head.head.i != head.i:
        # "police beat demonstrators and fired stun grenades": a past joined to another,
        # with no auxiliary of its own, that the tagger reads as a participle
        simple = head.head.tag_ == "VBD" and story_past(head.head)
    else:
        simple = (
            head.tag_ == "VBN" and [a.tag_ for a in auxes] == ["VBD"] and auxes[0].dep_ == "auxpass"
        )
    return simple and not _set_earlier(head)


def past_perfect(head: Token) -> bool:
    """Whether ``head`` tells an act in the past perfect ("had raided", "had been
    detained"), with no adverb that sets it earlier than the story ("had earlier
    ambushed")."""
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    return (
        head.tag_ == "VBN" and bool(auxes) and auxes[0].lower_ == "had" and not _set_earlier(head)
    )


def _set_earlier(head: Token) -> bool:
    """Whether an adverb on ``head`` sets its act before the story ("previously",
    "earlier", "already")."""
    return any(
        c.dep_ in ("advmod", "npadvmod") and c.lower_ in EARLIER_ADVERBS for c in head.children
    )


def _in_progress(verb: Token) -> bool:
    """Whether a verb tells an act under way: a progressive ("was sending", "are holding")."""
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBD", "VBZ", "VBP")
        for c in verb.children
    )
