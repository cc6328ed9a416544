"""Analyst reviews of coded events, and the reviewed documents as gold.

A review confirms, rejects or edits an event the coder wrote, or adds one it missed. Reviews
live in their own ``reviews`` table and never change ``events``: what the coder said stays
there to be measured against. The latest review of an event is the one in force.

A document with at least one review is a reviewed document. Its gold events
(FORMATS.md section 1) are the confirmed events as the coder wrote them, the edited events
as the analyst wrote them, and the added ones; rejected events and events nobody reviewed
are left out (``GoldExport.unreviewed`` counts the asserted ones among the latter, so the
caller can say so). ``dragoman eval`` then scores the coder on the analyst's own corpus.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from .errors import Errors, RecordError, StoreError
from .records import Document, Entity, Event
from .store import EventFilter, Store

__all__ = [
    "REVIEW_ACTIONS",
    "GoldExport",
    "Review",
    "add_review",
    "ensure_schema",
    "entities_from_form",
    "export_gold",
    "gold_documents",
    "gold_event",
    "latest_reviews",
]

REVIEW_ACTIONS = ("confirm", "reject", "edit", "add")

_SCHEMA = """
CREATE SEQUENCE IF NOT EXISTS review_ids START 1;
CREATE TABLE IF NOT EXISTS reviews (
    id INTEGER PRIMARY KEY DEFAULT nextval('review_ids'),
    event_id VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    action VARCHAR NOT NULL,
    fields JSON,
    note VARCHAR,
    created_at TIMESTAMP NOT NULL
);
"""

# the keys of a FORMATS.md section 1 event object
GOLD_KEYS = ("event", "mode", "context", "actor", "recipient", "date", "factuality")
CODE_PATTERN = re.compile(r"^(?:[A-Z]{3}|---)$")
SECTOR_PATTERN = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class Review:
    id: int
    event_id: str
    doc_id: str
    action: str
    fields: dict[str, Any] | None
    note: str | None
    created_at: dt.datetime


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the reviews table (needs a writable store)."""
    con.execute(_SCHEMA)


def _has_table(con: duckdb.DuckDBPyConnection) -> bool:
    row = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'reviews'"
    ).fetchone()
    return bool(row and row[0])


def gold_event(event: Event) -> dict[str, Any]:
    """The FORMATS.md section 1 object of an event: no provenance, entities as code/sector/text."""
    record = event.to_dict()
    out = {key: record[key] for key in GOLD_KEYS}
    for role in ("actor", "recipient"):
        out[role] = [
            {"code": e.code, "sector": e.sector, "text": e.text} for e in getattr(event, role)
        ]
    return out


def entities_from_form(codes: str, sectors: str, texts: list[str] | None = None) -> list[Entity]:
    """Entities from the review form: codes and sectors separated by ';', aligned by position.

    ``texts`` are the words of the entities being edited, kept where a position survives.
    """
    code_list = [c.strip().upper() for c in (codes or "").split(";") if c.strip()]
    sector_list = [s.strip().upper() for s in (sectors or "").split(";")]
    texts = texts or []
    out = []
    for index, code in enumerate(code_list):
        if not CODE_PATTERN.match(code):
            raise RecordError(Errors.E311.format(value=code))
        sector = sector_list[index] if index < len(sector_list) else ""
        if sector and not SECTOR_PATTERN.match(sector):
            raise RecordError(Errors.E312.format(value=sector))
        text = texts[index] if index < len(texts) else ""
        out.append(Entity(text=text, code=code, sector=sector or None))
    return out


def add_review(
    con: duckdb.DuckDBPyConnection,
    *,
    doc_id: str,
    action: str,
    event_id: str | None = None,
    fields: dict[str, Any] | None = None,
    note: str | None = None,
) -> Review:
    """Record one review; ``fields`` (an event object, FORMATS.md 1) for edit and add.

    The fields are validated as a gold event would be, so whatever is stored exports as
    valid gold. An added event gets the id ``DOC:rN`` (N the review id), which later
    reviews can confirm, edit or reject like a coder event.
    """
    if action not in REVIEW_ACTIONS:
        raise RecordError(Errors.E313.format(value=action, valid=", ".join(REVIEW_ACTIONS)))
    if con.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() is None:
        raise RecordError(Errors.E314.format(what="document", value=doc_id))
    gold = None
    if action in ("edit", "add"):
        if not fields:
            raise RecordError(Errors.E315.format(action=action))
        gold = gold_event(Event.from_dict(fields))
    if action == "add":
        if event_id:
            raise RecordError(Errors.E316.format(value=event_id))
    elif not event_id or not _event_exists(con, doc_id, event_id):
        raise RecordError(Errors.E314.format(what=f"event of document {doc_id}", value=event_id))
    ensure_schema(con)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    con.execute("BEGIN TRANSACTION")
    try:
        review_id = con.execute("SELECT nextval('review_ids')").fetchone()[0]
        event_id = event_id or f"{doc_id}:r{review_id}"
        con.execute(
            "INSERT INTO reviews VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                review_id,
                event_id,
                doc_id,
                action,
                json.dumps(gold, ensure_ascii=False) if gold else None,
                (note or "").strip() or None,
                now,
            ],
        )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return Review(review_id, event_id, doc_id, action, gold, note, now)


def _event_exists(con: duckdb.DuckDBPyConnection, doc_id: str, event_id: str) -> bool:
    found = con.execute(
        "SELECT 1 FROM events WHERE id = ? AND doc_id = ?", [event_id, doc_id]
    ).fetchone()
    if found:
        return True
    if not _has_table(con):
        return False
    added = con.execute(
        "SELECT 1 FROM reviews WHERE event_id = ? AND doc_id = ? AND action = 'add'",
        [event_id, doc_id],
    ).fetchone()
    return added is not None


def _review(row: tuple) -> Review:
    fields = json.loads(row[4]) if isinstance(row[4], str) else row[4]
    return Review(row[0], row[1], row[2], row[3], fields, row[5], row[6])


def all_reviews(con: duckdb.DuckDBPyConnection, doc_id: str | None = None) -> list[Review]:
    """Every review, newest first (of one document if given)."""
    if not _has_table(con):
        return []
    sql = "SELECT id, event_id, doc_id, action, fields, note, created_at FROM reviews"
    params: list[Any] = []
    if doc_id is not None:
        sql += " WHERE doc_id = ?"
        params.append(doc_id)
    return [_review(row) for row in con.execute(sql + " ORDER BY id DESC", params).fetchall()]


def latest_reviews(con: duckdb.DuckDBPyConnection, doc_id: str | None = None) -> dict[str, Review]:
    """The review in force for each reviewed event id (the latest one)."""
    latest: dict[str, Review] = {}
    for review in all_reviews(con, doc_id):
        latest.setdefault(review.event_id, review)
    return latest


def added_events(con: duckdb.DuckDBPyConnection, doc_id: str) -> list[tuple[str, Review]]:
    """The events analysts added to a document: (id, the review that added it)."""
    return [
        (r.event_id, r)
        for r in sorted(all_reviews(con, doc_id), key=lambda r: r.id)
        if r.action == "add"
    ]


@dataclass
class GoldExport:
    documents: int = 0
    events: int = 0
    unreviewed: int = 0


def gold_documents(store: Store, stats: GoldExport | None = None) -> Iterator[dict[str, Any]]:
    """Each reviewed document as a FORMATS.md section 1 object with its gold events."""
    con = store.con
    stats = stats if stats is not None else GoldExport()
    doc_ids = [
        row[0]
        for row in (
            con.execute("SELECT DISTINCT doc_id FROM reviews ORDER BY doc_id").fetchall()
            if _has_table(con)
            else []
        )
    ]
    for doc_id in doc_ids:
        document = store.document(doc_id)
        if document is None:  # the document was deleted after it was reviewed
            continue
        latest = latest_reviews(con, doc_id)
        gold: list[dict[str, Any]] = []
        for event in store.events(EventFilter(doc_id=doc_id, factuality="any")):
            review = latest.get(event.id or "")
            if review is None:
                stats.unreviewed += event.factuality == "asserted"
            elif review.action == "confirm":
                gold.append(gold_event(event))
            elif review.action == "edit" and review.fields:
                gold.append(review.fields)
        for event_id, added in added_events(con, doc_id):
            review = latest[event_id]
            if review.action == "reject":
                continue
            fields = review.fields if review.action in ("edit", "add") else added.fields
            if fields:
                gold.append(fields)
        stats.documents += 1
        stats.events += len(gold)
        yield {**_document_dict(document), "events": gold}


def _document_dict(document: Document) -> dict[str, Any]:
    return {k: v for k, v in document.to_dict().items() if v is not None}


def export_gold(store: Store, path: str | Path) -> GoldExport:
    """Write the reviewed documents as gold JSONL (FORMATS.md section 1)."""
    stats = GoldExport()
    if not _has_table(store.con):
        raise StoreError(Errors.E317.format(path=store.path))
    with open(path, "w", encoding="utf-8") as out:
        for record in gold_documents(store, stats):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return stats
