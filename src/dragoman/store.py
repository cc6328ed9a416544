"""The DuckDB store: documents and events tables, writes, queries and exports.

One file (default ``dragoman.duckdb``). Documents and all their events are written in
one transaction a batch, after their old events are deleted, so re-running the same input
replaces and never duplicates, and an interrupted run leaves every document either fully
stored or not at all. Events keep their FORMATS.md section 2 fields as columns; entity lists are JSON,
with their codes also kept as lists for filtering.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from .errors import Errors, StoreError
from .records import Document, Entity, Event

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR PRIMARY KEY,
    date DATE,
    title VARCHAR,
    url VARCHAR,
    source VARCHAR,
    text VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL,
    coder_version VARCHAR NOT NULL,
    coded_at TIMESTAMP NOT NULL,
    num_events INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR PRIMARY KEY,
    doc_id VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    event VARCHAR NOT NULL,
    mode VARCHAR,
    context VARCHAR[],
    actor JSON,
    recipient JSON,
    actor_codes VARCHAR[],
    recipient_codes VARCHAR[],
    date DATE,
    date_source VARCHAR,
    date_precision VARCHAR,
    factuality VARCHAR NOT NULL,
    quad_code INTEGER,
    goldstein DOUBLE,
    event_text VARCHAR,
    sentence VARCHAR,
    start_char INTEGER,
    end_char INTEGER,
    attributed_to JSON,
    event_loc JSON,
    cluster VARCHAR,
    confidence DOUBLE,
    evidence VARCHAR
);
-- deduplicated events (dedup.py): one row a cluster of mentions, events.cluster points here
CREATE TABLE IF NOT EXISTS clusters (
    id VARCHAR PRIMARY KEY,
    event VARCHAR NOT NULL,
    mode VARCHAR,
    date DATE,
    date_precision VARCHAR,
    actor_codes VARCHAR[],
    recipient_codes VARCHAR[],
    quad_code INTEGER,
    goldstein DOUBLE,
    num_mentions INTEGER NOT NULL,
    num_sources INTEGER NOT NULL,
    num_documents INTEGER NOT NULL,
    first_report DATE,
    last_report DATE,
    representative VARCHAR NOT NULL,
    sentence VARCHAR,
    doc_ids VARCHAR[] NOT NULL
);
-- feed items already fetched by `dragoman watch`, so a round codes new items only
CREATE TABLE IF NOT EXISTS feed_items (
    url VARCHAR PRIMARY KEY,
    feed VARCHAR NOT NULL,
    seen_at TIMESTAMP NOT NULL
);
"""

EVENT_COLUMNS = (
    "id",
    "doc_id",
    "seq",
    "event",
    "mode",
    "context",
    "actor",
    "recipient",
    "actor_codes",
    "recipient_codes",
    "date",
    "date_source",
    "date_precision",
    "factuality",
    "quad_code",
    "goldstein",
    "event_text",
    "sentence",
    "start_char",
    "end_char",
    "attributed_to",
    "event_loc",
    "cluster",
    "confidence",
    "evidence",
)


def content_hash(document: Document) -> str:
    payload = json.dumps(document.to_dict(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class EventFilter:
    """What ``dragoman events`` and ``export`` select. Dates are event dates."""

    actor: str | None = None
    recipient: str | None = None
    types: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    factuality: str | None = "asserted"
    doc_id: str | None = None
    min_confidence: float | None = None
    country: str | None = None  # where the event took place (event_loc), ISO3
    near: tuple[float, float, float] | None = None  # lat, lon, km
    quad: int | None = None  # PLOVER quad class, 1-4
    text: str | None = None  # words in the sentence or the actors' words, any case

    def where(self) -> tuple[str, list[Any]]:
        clauses, params = [], []
        if self.actor:
            clauses.append("list_contains(actor_codes, ?)")
            params.append(self.actor.upper())
        if self.recipient:
            clauses.append("list_contains(recipient_codes, ?)")
            params.append(self.recipient.upper())
        if self.types:
            clauses.append("event IN (" + ", ".join("?" for _ in self.types) + ")")
            params.extend(t.upper() for t in self.types)
        if self.since:
            clauses.append("date >= CAST(? AS DATE)")
            params.append(self.since)
        if self.until:
            clauses.append("date <= CAST(? AS DATE)")
            params.append(self.until)
        if self.factuality and self.factuality != "any":
            clauses.append("factuality = ?")
            params.append(self.factuality)
        if self.doc_id:
            clauses.append("doc_id = ?")
            params.append(self.doc_id)
        if self.min_confidence is not None:
            clauses.append("confidence >= ?")
            params.append(self.min_confidence)
        if self.country:
            clauses.append("event_loc->>'country_code' = ?")
            params.append(self.country.upper())
        if self.near:
            lat, lon, km = self.near
            # great-circle distance (haversine), earth radius 6371 km
            clauses.append(
                "2 * 6371 * asin(sqrt(pow(sin(radians(CAST(event_loc->>'lat' AS DOUBLE) - ?) / 2), 2)"
                " + cos(radians(?)) * cos(radians(CAST(event_loc->>'lat' AS DOUBLE)))"
                " * pow(sin(radians(CAST(event_loc->>'lon' AS DOUBLE) - ?) / 2), 2))) <= ?"
            )
            params.extend([lat, lat, lon, km])
        if self.quad is not None:
            clauses.append("quad_code = ?")
            params.append(int(self.quad))
        if self.text:
            # strpos, not LIKE: the user's % and _ are plain characters
            clauses.append(
                "(strpos(lower(sentence), lower(?)) > 0"
                " OR strpos(lower(CAST(actor AS VARCHAR)), lower(?)) > 0"
                " OR strpos(lower(CAST(recipient AS VARCHAR)), lower(?)) > 0)"
            )
            params.extend([self.text] * 3)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


class Store:
    """A DuckDB file holding coded documents and their events."""

    def __init__(self, path: str | Path = "dragoman.duckdb", *, read_only: bool = False):
        self.path = str(path)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
            if not read_only:
                self.con.execute(_SCHEMA)
                self.con.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)",
                    [str(SCHEMA_VERSION)],
                )
        except duckdb.Error as err:
            raise StoreError(Errors.E301.format(path=self.path, detail=err)) from err

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # writes -------------------------------------------------------------------------

    def is_current(self, document: Document, coder_version: str) -> bool:
        """True where this exact document was already coded by this coder version."""
        row = self.con.execute(
            "SELECT content_hash, coder_version FROM documents WHERE id = ?", [document.id]
        ).fetchone()
        return row is not None and row[0] == content_hash(document) and row[1] == coder_version

    def write(self, document: Document, events: list[Event], coder_version: str) -> None:
        """Store one document and its events, replacing what was stored for its id."""
        self.write_many([(document, events)], coder_version)

    def write_many(self, coded: list[tuple[Document, list[Event]]], coder_version: str) -> None:
        """Store documents with their events in one transaction: all of them or none."""
        if not coded:
            return
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        ids = [document.id for document, _ in coded]
        documents = [
            [
                d.id,
                d.date,
                d.title,
                d.url,
                d.source,
                d.text,
                content_hash(d),
                coder_version,
                now,
                len(e),
            ]
            for d, e in coded
        ]
        rows = [
            _event_row(event, seq)
            for _, events in coded
            for seq, event in enumerate(events, start=1)
        ]
        con = self.con
        marks = ", ".join("?" for _ in ids)
        con.execute("BEGIN TRANSACTION")
        try:
            # one statement a table: executemany runs one statement a row, far slower
            con.execute(f"DELETE FROM events WHERE doc_id IN ({marks})", ids)
            con.execute(f"DELETE FROM documents WHERE id IN ({marks})", ids)
            _insert(con, "documents", 10, documents)
            _insert(con, "events", len(EVENT_COLUMNS), rows)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def seen_urls(self, urls: Iterable[str]) -> set[str]:
        """Those of ``urls`` that feeds gave before."""
        urls = list(urls)
        if not urls:
            return set()
        rows = self.con.execute(
            "SELECT url FROM feed_items WHERE list_contains(?, url)", [urls]
        ).fetchall()
        return {url for (url,) in rows}

    def mark_seen(self, urls: Iterable[str], feed: str) -> None:
        urls = sorted(set(urls))
        if urls:
            now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
            self.con.execute(
                "INSERT OR IGNORE INTO feed_items SELECT UNNEST(?), ?, ?", [urls, feed, now]
            )

    # reads --------------------------------------------------------------------------

    def count(self, table: str = "events") -> int:
        if table not in ("events", "documents"):
            raise ValueError(table)
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def count_events(self, selection: EventFilter | None = None) -> int:
        where, params = (selection or EventFilter()).where()
        return self.con.execute(f"SELECT count(*) FROM events{where}", params).fetchone()[0]

    def events(
        self,
        selection: EventFilter | None = None,
        limit: int | None = None,
        *,
        offset: int = 0,
        sort: str = "date",
        descending: bool = False,
    ) -> Iterator[Event]:
        """Selected events ordered by ``sort`` (a key of SORT_KEYS), then date and position."""
        if sort not in SORT_KEYS:
            raise StoreError(Errors.E304.format(value=sort, valid=", ".join(SORT_KEYS)))
        where, params = (selection or EventFilter()).where()
        order = f"{SORT_KEYS[sort]} {'DESC' if descending else 'ASC'} NULLS LAST, date, doc_id, seq"
        sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM events{where} ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        if offset:
            sql += f" OFFSET {int(offset)}"
        cursor = self.con.execute(sql, params)
        while batch := cursor.fetchmany(1000):
            for row in batch:
                yield _row_event(dict(zip(EVENT_COLUMNS, row, strict=True)))

    def document(self, doc_id: str) -> Document | None:
        row = self.con.execute(
            "SELECT id, text, date, title, url, source FROM documents WHERE id = ?", [doc_id]
        ).fetchone()
        if row is None:
            return None
        return Document(
            row[0], row[1], row[2].isoformat() if row[2] else None, row[3], row[4], row[5]
        )

    def summary(self, top: int = 10, factuality: str = "asserted") -> dict[str, Any]:
        """Counts for the run summary: documents, events by type, top dyads."""
        con = self.con
        by_type = con.execute(
            "SELECT event, count(*) AS n FROM events WHERE factuality = ? GROUP BY event ORDER BY n DESC, event",
            [factuality],
        ).fetchall()
        dyads = con.execute(
            """
            SELECT array_to_string(list_sort(list_distinct(actor_codes)), '+') AS actor,
                   coalesce(nullif(array_to_string(list_sort(list_distinct(recipient_codes)), '+'), ''), '(none)') AS recipient,
                   count(*) AS n
            FROM events
            WHERE factuality = ? AND len(list_filter(actor_codes, lambda c: c != '---')) > 0
            GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?
            """,
            [factuality, top],
        ).fetchall()
        by_factuality = con.execute(
            "SELECT factuality, count(*) FROM events GROUP BY 1 ORDER BY 1"
        ).fetchall()
        return {
            "documents": self.count("documents"),
            "events": sum(n for _, n in by_type),
            "by_type": by_type,
            "top_dyads": dyads,
            "by_factuality": by_factuality,
        }

    # exports ------------------------------------------------------------------------

    def export(self, path: str | Path, fmt: str, selection: EventFilter | None = None) -> int:
        """Write the selected events as PLOVER JSONL, or flat CSV or Parquet (the layout of
        ``exports.CODEBOOK``, with its codebook beside); returns the count."""
        from .exports import export

        return export(self, path, fmt, selection)


EXPORT_FORMATS = ("jsonl", "csv", "parquet")

# what events can be ordered by: a fixed map to SQL, so no user text reaches ORDER BY
SORT_KEYS = {
    "date": "date",
    "event": "event",
    "quad": "quad_code",
    "goldstein": "goldstein",
    "confidence": "confidence",
    "actor": "array_to_string(actor_codes, ';')",
    "recipient": "array_to_string(recipient_codes, ';')",
    "factuality": "factuality",
    "doc": "doc_id",
}


def _insert(con: duckdb.DuckDBPyConnection, table: str, width: int, rows: list[list[Any]]) -> None:
    """Insert rows in one statement: each column goes in as one list parameter and is
    unnested (four times faster than a multi-row VALUES statement, which binds a
    parameter a value)."""
    if not rows:
        return
    columns = [[row[i] for row in rows] for i in range(width)]
    select = ", ".join(f"UNNEST(${i + 1})" for i in range(width))
    con.execute(f"INSERT INTO {table} SELECT {select}", columns)


def _quote_path(path: str | Path) -> str:
    return str(path).replace("'", "''")


def _entities_json(entities: Iterable[Entity]) -> str:
    return json.dumps([e.to_dict() for e in entities], ensure_ascii=False)


def _event_row(event: Event, seq: int) -> list[Any]:
    return [
        event.id,
        event.doc_id,
        seq,
        event.event,
        event.mode,
        list(event.context),
        _entities_json(event.actor),
        _entities_json(event.recipient),
        [e.code for e in event.actor if e.code],
        [e.code for e in event.recipient if e.code],
        event.date,
        event.date_source,
        event.date_precision,
        event.factuality,
        event.quad_code,
        event.goldstein,
        event.event_text,
        event.sentence,
        event.start,
        event.end,
        json.dumps(event.attributed_to.to_dict()) if event.attributed_to else None,
        json.dumps(event.event_loc) if event.event_loc else None,
        event.cluster,
        event.confidence,
        event.evidence,
    ]


def _row_event(row: dict[str, Any]) -> Event:
    data = dict(row)
    for key in ("actor", "recipient", "attributed_to", "event_loc"):
        if isinstance(data[key], str):
            data[key] = json.loads(data[key])
    data["date"] = data["date"].isoformat() if data["date"] else None
    data["start"], data["end"] = data.pop("start_char"), data.pop("end_char")
    return Event.from_dict(data)
