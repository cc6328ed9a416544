"""The Parquet output of the Ray engine: its rows, its folders, resuming, and loading.

One row schema serves every stage, told apart by ``kind``:

- ``input``: a document read from a shard, not yet coded (never written);
- ``document``: a coded document (the store's ``documents`` columns);
- ``event``: an event mention (the store's ``events`` columns, entity lists as JSON);
- ``skipped``: input that was not coded, with its file, line, message and reason.

Written files live under ``OUT/kind=K/month=YYYY-MM/`` (events by event month,
documents by publication month, ``undated`` where there is none), so DuckDB reads them
with ``read_parquet('OUT/kind=event/**/*.parquet', hive_partitioning = true)``.

Resuming: a run writes into ``OUT/_staging/RUN/``; when Ray has written everything, a
``READY`` file listing the run's shards is made, the files are renamed into place and
each shard gets a marker in ``OUT/_done/``. A later run first finishes a staged run
that is READY (roll forward) and deletes one that is not (roll back), then skips the
shards that have a marker: no shard is ever written twice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import Errors, StoreError
from ..records import Document, Event
from ..store import EVENT_COLUMNS, Store, _event_row, content_hash

DOCUMENT_COLUMNS = ("title", "url", "source", "text", "content_hash", "coder_version", "num_events")
SKIPPED_COLUMNS = ("path", "line", "message", "reason")
META_COLUMNS = ("kind", "month", "shard")


def output_schema():
    """The pyarrow schema of every row the engine makes (see the module docstring)."""
    import pyarrow as pa

    text, json_text = pa.string(), pa.string()
    types: dict[str, Any] = {
        "id": text,
        "doc_id": text,
        "seq": pa.int32(),
        "event": text,
        "mode": text,
        "context": pa.list_(text),
        "actor": json_text,
        "recipient": json_text,
        "actor_codes": pa.list_(text),
        "recipient_codes": pa.list_(text),
        "date": pa.date32(),
        "date_source": text,
        "date_precision": text,
        "factuality": text,
        "quad_code": pa.int32(),
        "goldstein": pa.float64(),
        "event_text": text,
        "sentence": text,
        "start_char": pa.int64(),
        "end_char": pa.int64(),
        "attributed_to": json_text,
        "event_loc": json_text,
        "cluster": text,
        "confidence": pa.float64(),
        "evidence": text,
        "title": text,
        "url": text,
        "source": text,
        "text": text,
        "content_hash": text,
        "coder_version": text,
        "num_events": pa.int32(),
        "path": text,
        "line": pa.int64(),
        "message": text,
        "reason": text,
        "kind": text,
        "month": text,
        "shard": text,
    }
    assert set(EVENT_COLUMNS) <= set(types), "the store has an events column the engine lacks"
    return pa.schema(list(types.items()))


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _month(day: str | None) -> str:
    return day[:7] if day else "undated"


def input_row(document: Document, shard: str) -> dict[str, Any]:
    return {
        "kind": "input",
        "shard": shard,
        "id": document.id,
        "date": _day(document.date),
        "title": document.title,
        "url": document.url,
        "source": document.source,
        "text": document.text,
    }


def row_document(row: dict[str, Any]) -> Document:
    date = row["date"]
    return Document(
        row["id"],
        row["text"],
        date.isoformat() if date else None,
        row["title"],
        row["url"],
        row["source"],
    )


def coded_rows(
    document: Document, events: list[Event], shard: str, coder_version: str
) -> list[dict[str, Any]]:
    """The document row and the event rows of one coded document."""
    rows = [
        {
            **input_row(document, shard),
            "kind": "document",
            "month": _month(document.date),
            "content_hash": content_hash(document),
            "coder_version": coder_version,
            "num_events": len(events),
        }
    ]
    for seq, event in enumerate(events, start=1):
        row = dict(zip(EVENT_COLUMNS, _event_row(event, seq), strict=True))
        row["date"] = _day(event.date)
        rows.append({**row, "kind": "event", "month": _month(event.date), "shard": shard})
    return rows


def skipped_row(path: str, line: int | None, message: str, reason: str, shard: str) -> dict:
    return {
        "kind": "skipped",
        "month": "none",
        "shard": shard,
        "path": path,
        "line": line,
        "message": message,
        "reason": reason,
    }


# shards and the run's folders ---------------------------------------------------------


def shard_key(path: Path) -> str:
    """A shard's identity: its resolved path, size and modification time. A shard that
    changes after it was coded is a new shard and is coded again."""
    info = path.stat()
    text = f"{path.resolve()}|{info.st_size}|{info.st_mtime_ns}"
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]


@dataclass
class RunSummary:
    """What an engine run did: shards, documents, events, skipped input by reason."""

    shards: int = 0
    shards_done_before: int = 0
    documents: int = 0
    events: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    messages: list[str] = field(default_factory=list)


def finish_staged(out_dir: Path) -> None:
    """Roll forward the staged runs that are READY; delete the others (see module doc)."""
    staging = out_dir / "_staging"
    if not staging.is_dir():
        return
    for run in sorted(p for p in staging.iterdir() if p.is_dir()):
        ready = run / "READY"
        if not ready.exists():
            shutil.rmtree(run)
            continue
        shards = json.loads(ready.read_text(encoding="utf-8"))
        for part in sorted(run.glob("kind=*/month=*/*.parquet")):
            target = out_dir / part.parent.parent.name / part.parent.name
            target.mkdir(parents=True, exist_ok=True)
            part.replace(target / f"{run.name}-{part.name}")
        done = out_dir / "_done"
        done.mkdir(exist_ok=True)
        for key, shard in shards.items():
            (done / f"{key}.json").write_text(json.dumps(shard), encoding="utf-8")
        shutil.rmtree(run)


def done_shards(out_dir: Path) -> set[str]:
    done = out_dir / "_done"
    return {p.stem for p in done.glob("*.json")} if done.is_dir() else set()


def summarize_staged(run: Path, summary: RunSummary) -> dict[str, dict[str, Any]]:
    """Count what a staged run wrote, a shard at a time, into ``summary``; the per-shard
    counts go into the shards' markers."""
    import duckdb

    per_shard: dict[str, dict[str, Any]] = {}
    files = list(run.glob("kind=*/month=*/*.parquet"))
    if not files:
        return per_shard
    con = duckdb.connect()
    rows = con.execute(
        "SELECT shard, kind, reason, count(*) FROM read_parquet(?, hive_partitioning = true) "
        "GROUP BY ALL ORDER BY ALL",
        [[str(f) for f in files]],
    ).fetchall()
    for shard, kind, reason, count in rows:
        counts = per_shard.setdefault(shard, {"documents": 0, "events": 0, "skipped": 0})
        if kind == "document":
            counts["documents"] += count
            summary.documents += count
        elif kind == "event":
            counts["events"] += count
            summary.events += count
        else:
            counts["skipped"] += count
            summary.skipped[reason] += count
    summary.messages = [
        m
        for (m,) in con.execute(
            "SELECT message FROM read_parquet(?, hive_partitioning = true) "
            "WHERE kind = 'skipped' ORDER BY path, line LIMIT 1000",
            [[str(f) for f in files]],
        ).fetchall()
    ]
    con.close()
    return per_shard


# loading into DuckDB ------------------------------------------------------------------


def load_parquet(directory: str | Path, store: Store) -> tuple[int, int]:
    """Bring an engine's output into the store, in one transaction; returns (documents,
    events). A document coded in several shards keeps one version (that of the last
    shard by key) with exactly its own events; documents already stored are replaced."""
    base = Path(directory)
    documents = sorted(base.glob("kind=document/month=*/*.parquet"))
    if not documents:
        raise StoreError(Errors.E305.format(path=base))
    events = sorted(base.glob("kind=event/month=*/*.parquet"))
    con = store.con
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(
            "CREATE OR REPLACE TEMP TABLE loading AS SELECT * FROM read_parquet(?, "
            "hive_partitioning = true, union_by_name = true) "
            "QUALIFY row_number() OVER (PARTITION BY id ORDER BY shard DESC) = 1",
            [[str(p) for p in documents]],
        )
        con.execute("DELETE FROM events WHERE doc_id IN (SELECT id FROM loading)")
        con.execute("DELETE FROM documents WHERE id IN (SELECT id FROM loading)")
        con.execute(
            "INSERT INTO documents SELECT id, date, title, url, source, text, content_hash, "
            "coder_version, now()::TIMESTAMP, num_events FROM loading"
        )
        if events:
            columns = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)
            con.execute(
                f"INSERT INTO events SELECT {columns} FROM read_parquet(?, "
                "hive_partitioning = true, union_by_name = true) AS e "
                "JOIN loading AS d ON e.doc_id = d.id AND e.shard = d.shard",
                [[str(p) for p in events]],
            )
        loaded = con.execute("SELECT count(*), sum(num_events) FROM loading").fetchone()
        ids = [row[0] for row in con.execute("SELECT id FROM loading ORDER BY id").fetchall()]
        con.execute("DROP TABLE loading")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    # the loaded mentions join the store's events (dedup.py), as `dragoman code` does
    from .. import dedup

    for start in range(0, len(ids), 500):
        dedup.update(store, ids[start : start + 500])
    return loaded[0], int(loaded[1] or 0)
