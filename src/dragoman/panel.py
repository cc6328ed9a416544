"""Dyad-period panels: events aggregated per actor, recipient and period.

A row counts the events of one actor code towards one recipient code in one period
(day, week, month or year, labelled by the day it starts; weeks start on Monday), by
PLOVER type and by quad class, with the sum and mean of the PLOVER score (the ``goldstein``
field). Every dyad gets a row for every period of the range, zero where nothing happened,
so the frame is a balanced panel ready for a model.

The unit is either deduplicated ``events`` (one a cluster of mentions, ``dedup.py``; an
asserted mention not yet clustered counts as an event of its own) or ``mentions`` (each
report). Only asserted mentions count. An event with a compound actor ("the U.S. and
Britain struck ...") counts once for each actor-recipient pair of codes it has, as in
dyadic data; an event without a country code counts under ``---``, one without a
recipient under ``(none)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .errors import Errors, RecordError
from .ontology import EVENT_TYPES, QUAD_CLASSES
from .records import parse_day

if TYPE_CHECKING:  # pandas is imported when a frame is built
    import pandas

    from .store import Store

__all__ = ["PERIODS", "QUAD_COLUMNS", "UNITS", "panel", "parse_dyad", "units_sql"]

PERIODS = ("day", "week", "month", "year")
UNITS = ("events", "mentions")
NO_CODE, NO_RECIPIENT = "---", "(none)"
# one count column a quad class, named from the ontology: verbal_cooperation, ...
QUAD_COLUMNS = {q: name.replace(" ", "_") for q, name in QUAD_CLASSES.items()}
FRAMES = ("pandas", "polars")


def parse_dyad(text: str) -> tuple[str, str]:
    """'USA:RUS' as ('USA', 'RUS')."""
    parts = [p.strip().upper() for p in text.split(":")]
    if len(parts) != 2 or not all(parts):
        raise RecordError(Errors.E401.format(value=text))
    return parts[0], parts[1]


def _check(name: str, value: str, valid: Sequence[str]) -> None:
    if value not in valid:
        raise RecordError(Errors.E402.format(name=name, value=value, valid=", ".join(valid)))


def units_sql(
    store: Store,
    unit: str = "events",
    *,
    types: Sequence[str] = (),
    since: str | None = None,
    until: str | None = None,
) -> tuple[str, list[Any]]:
    """A query of the units counted, one row each: key, event, mode, quad_code,
    goldstein, date, actor_codes, recipient_codes, mentions (how many reports)."""
    _check("unit", unit, UNITS)
    mentions = (
        "SELECT id AS key, event, mode, quad_code, goldstein, date, actor_codes,"
        " recipient_codes, 1 AS mentions FROM events WHERE factuality = 'asserted'"
    )
    if unit == "mentions":
        base = mentions
    else:
        # clustered mentions count once, through their cluster; the rest count alone
        base = (
            "SELECT id AS key, event, mode, quad_code, goldstein, date, actor_codes,"
            " recipient_codes, num_mentions AS mentions FROM clusters"
            f" UNION ALL ({mentions} AND cluster IS NULL)"
        )
    clauses, params = ["date IS NOT NULL"], []
    if types:
        for kind in types:
            _check("event type", kind.upper(), EVENT_TYPES)
        clauses.append("event IN (" + ", ".join("?" for _ in types) + ")")
        params.extend(t.upper() for t in types)
    if since:
        clauses.append("date >= CAST(? AS DATE)")
        params.append(parse_day(since, "since"))
    if until:
        clauses.append("date <= CAST(? AS DATE)")
        params.append(parse_day(until, "until"))
    return f"SELECT * FROM ({base}) WHERE {' AND '.join(clauses)}", params


def pairs_sql(
    store: Store,
    *,
    by: str,
    unit: str,
    types: Sequence[str] = (),
    since: str | None = None,
    until: str | None = None,
) -> tuple[str, list[Any]]:
    """The units as one row per actor code and recipient code, with their period.

    An event with several actor states and no recipient (a meeting, a call, two-sided
    fighting: PLOVER puts all participants in actor) counts for each pair of them, in
    both directions, so the USA-CHN dyad holds the meetings of the two.
    """
    _check("period", by, PERIODS)
    units, params = units_sql(store, unit, types=types, since=since, until=until)
    sql = f"""
        SELECT * EXCLUDE (recipient_codes, all_actors), unnest(
            CASE WHEN len(recipient_codes) > 0 THEN list_sort(list_distinct(recipient_codes))
                 WHEN len(list_distinct(all_actors)) > 1
                     THEN list_filter(list_sort(list_distinct(all_actors)), lambda x: x != actor)
                 ELSE ['{NO_RECIPIENT}'] END) AS recipient
        FROM (
            SELECT * EXCLUDE (actor_codes), actor_codes AS all_actors,
                CAST(date_trunc('{by}', date) AS DATE) AS period,
                unnest(CASE WHEN len(actor_codes) = 0 THEN ['{NO_CODE}']
                            ELSE list_sort(list_distinct(actor_codes)) END) AS actor
            FROM ({units})
        )
    """
    return sql, params


def panel(
    store: Store,
    *,
    by: str = "month",
    dyad: tuple[str, str] | None = None,
    actor: str | None = None,
    types: Sequence[str] = (),
    unit: str = "events",
    since: str | None = None,
    until: str | None = None,
    frame: str = "pandas",
) -> pandas.DataFrame:
    """One row per actor, recipient and period, zero rows for empty periods in the range.

    Columns: period (the day the period starts), actor, recipient, events (count of the
    chosen unit), mentions (reports behind them), one count column per quad class
    (verbal_cooperation ... material_conflict), one per PLOVER type (AGREE ... ASSAULT),
    goldstein_sum and goldstein_mean (null where the count is zero). The range runs from
    ``since`` (or the first period with an event) to ``until`` (or the last).
    ``frame="polars"`` returns a polars frame instead.

    >>> panel(store, by="week", dyad=("USA", "RUS"))
    """
    _check("frame", frame, FRAMES)
    pairs, params = pairs_sql(store, by=by, unit=unit, types=types, since=since, until=until)
    where = []
    if dyad:
        where.append("actor = ? AND recipient = ?")
        params += [dyad[0].upper(), dyad[1].upper()]
    if actor:
        where.append("actor = ?")
        params.append(actor.upper())
    where_sql = (" WHERE " + " AND ".join(where)) if where else ""
    quads = ", ".join(
        f"count(*) FILTER (WHERE quad_code = {q}) AS {name}" for q, name in QUAD_COLUMNS.items()
    )
    kinds = ", ".join(f"count(*) FILTER (WHERE event = '{k}') AS {k}" for k in EVENT_TYPES)
    counted = ["events", "mentions", *QUAD_COLUMNS.values(), *EVENT_TYPES, "goldstein_sum"]
    filled = ", ".join(f"coalesce(c.{name}, 0) AS {name}" for name in counted)
    start = f"CAST(date_trunc('{by}', CAST(? AS DATE)) AS DATE)" if since else "min(period)"
    end = f"CAST(date_trunc('{by}', CAST(? AS DATE)) AS DATE)" if until else "max(period)"
    range_params = [parse_day(p) for p in (since, until) if p]
    sql = f"""
        WITH pairs AS (SELECT * FROM ({pairs}){where_sql}),
        counts AS (
            SELECT period, actor, recipient, count(*) AS events,
                   CAST(sum(mentions) AS BIGINT) AS mentions, {quads}, {kinds},
                   sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean
            FROM pairs GROUP BY period, actor, recipient
        ),
        bounds AS (
            SELECT {start} AS first, {end} AS last FROM pairs HAVING count(*) > 0
        ),
        periods AS (
            SELECT CAST(unnest(generate_series(first, last, INTERVAL 1 {by})) AS DATE) AS period
            FROM bounds WHERE first IS NOT NULL
        ),
        dyads AS (SELECT DISTINCT actor, recipient FROM counts)
        SELECT p.period, d.actor, d.recipient, {filled}, c.goldstein_mean
        FROM dyads d CROSS JOIN periods p
        LEFT JOIN counts c ON c.period = p.period AND c.actor = d.actor
                          AND c.recipient = d.recipient
        ORDER BY d.actor, d.recipient, p.period
    """
    relation = store.con.sql(sql, params=params + range_params)
    return relation.pl() if frame == "polars" else relation.df()


def series(
    store: Store,
    *,
    by: str = "week",
    actor: str | None = None,
    recipient: str | None = None,
    unit: str = "events",
    types: Sequence[str] = (),
    since: str | None = None,
    until: str | None = None,
) -> pandas.DataFrame:
    """One row per period: counts per quad class, events, goldstein_sum and _mean.

    Unlike :func:`panel` an event counts once however many actor or recipient codes it
    has, so an actor's series against the world is not inflated by compound recipients.
    Periods without events are zero rows.
    """
    _check("period", by, PERIODS)
    units, params = units_sql(store, unit, types=types, since=since, until=until)
    where = []
    if actor and recipient:
        # a meeting of the two (no recipient, both in actor) is theirs too
        where.append(
            "list_contains(actor_codes, ?) AND (list_contains(recipient_codes, ?)"
            " OR (len(recipient_codes) = 0 AND list_contains(actor_codes, ?)))"
        )
        params.extend([actor.upper(), recipient.upper(), recipient.upper()])
    elif actor:
        where.append("list_contains(actor_codes, ?)")
        params.append(actor.upper())
    elif recipient:
        where.append("list_contains(recipient_codes, ?)")
        params.append(recipient.upper())
    where_sql = (" WHERE " + " AND ".join(where)) if where else ""
    quads = ", ".join(
        f"count(*) FILTER (WHERE quad_code = {q}) AS {name}" for q, name in QUAD_COLUMNS.items()
    )
    filled = ", ".join(
        f"coalesce(c.{name}, 0) AS {name}"
        for name in ("events", "mentions", *QUAD_COLUMNS.values(), "goldstein_sum")
    )
    sql = f"""
        WITH u AS (
            SELECT *, CAST(date_trunc('{by}', date) AS DATE) AS period FROM ({units}){where_sql}
        ),
        counts AS (
            SELECT period, count(*) AS events, CAST(sum(mentions) AS BIGINT) AS mentions,
                   {quads}, sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean
            FROM u GROUP BY period
        ),
        periods AS (
            SELECT CAST(unnest(generate_series(min(period), max(period), INTERVAL 1 {by}))
                        AS DATE) AS period
            FROM u HAVING count(*) > 0
        )
        SELECT p.period, {filled}, c.goldstein_mean
        FROM periods p LEFT JOIN counts c USING (period) ORDER BY p.period
    """
    return store.con.sql(sql, params=params).df()
