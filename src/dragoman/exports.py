"""Exports for analysts: flat CSV or Parquet with column names a GDELT or ICEWS user
knows, a codebook written beside the file, and PLOVER JSONL; one row a mention, or one
row a deduplicated event (``dedup=True``).
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from .errors import Errors, StoreError
from .store import EXPORT_FORMATS, EventFilter, Store

__all__ = ["CODEBOOK", "codebook_path", "export"]

# (column, SQL over events e, documents d and clusters c, meaning); GDELT 2.0 names where
# GDELT has the field, ICEWS or PLOVER names where it does not
CODEBOOK: list[tuple[str, str, str]] = [
    (
        "GlobalEventID",
        "coalesce(e.cluster, e.id)",
        "the event: its cluster id (c-NNNNNN) where deduplicated, else the mention id",
    ),
    (
        "MentionID",
        "e.id",
        "this report of the event: document id and event number (in event rows, the representative report)",
    ),
    (
        "SQLDATE",
        "CAST(strftime(e.date, '%Y%m%d') AS INTEGER)",
        "event date as YYYYMMDD (GDELT SQLDATE)",
    ),
    ("EventDate", "e.date", "event date, ISO 8601"),
    (
        "DatePrecision",
        "e.date_precision",
        "how much of the date the text gave: day, week, month, year",
    ),
    (
        "DateSource",
        "e.date_source",
        "text (the article says when) or publication (the publication day was used)",
    ),
    ("MonthYear", "CAST(strftime(e.date, '%Y%m') AS INTEGER)", "YYYYMM of the event date"),
    ("Year", "year(e.date)", "year of the event date"),
    (
        "Actor1Code",
        "array_to_string(e.actor_codes, ';')",
        "source actor country or organisation codes (ISO3, IGO, ...; '---' no country); ';' separates a compound actor",
    ),
    (
        "Actor1Name",
        "array_to_string(list_transform(CAST(e.actor AS JSON[]), lambda x: x->>'text'), ';')",
        "the source actor's words in the text",
    ),
    (
        "Actor1Sector",
        "array_to_string(list_transform(CAST(e.actor AS JSON[]), lambda x: coalesce(x->>'sector', '')), ';')",
        "PLOVER sector of the source actor (GOV MIL COP REB CVL ...; ICEWS Source Sectors)",
    ),
    (
        "Actor2Code",
        "array_to_string(e.recipient_codes, ';')",
        "target (recipient) codes, as Actor1Code; empty: no recipient",
    ),
    (
        "Actor2Name",
        "array_to_string(list_transform(CAST(e.recipient AS JSON[]), lambda x: x->>'text'), ';')",
        "the target's words in the text",
    ),
    (
        "Actor2Sector",
        "array_to_string(list_transform(CAST(e.recipient AS JSON[]), lambda x: coalesce(x->>'sector', '')), ';')",
        "PLOVER sector of the target",
    ),
    (
        "EventType",
        "e.event",
        "PLOVER event type (AGREE ... ASSAULT); plays the role of GDELT EventRootCode",
    ),
    ("EventMode", "e.mode", "PLOVER mode of the type, or empty"),
    ("EventContext", "array_to_string(e.context, ';')", "PLOVER contexts, ';' separated"),
    (
        "QuadClass",
        "e.quad_code",
        "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict",
    ),
    (
        "GoldsteinScale",
        "e.goldstein",
        "PLOVER score of the type and mode, -10 (most conflictual) to +10 (most cooperative), from the PLOVER manual; not the CAMEO Goldstein table",
    ),
    (
        "Factuality",
        "e.factuality",
        "asserted, negated or hypothetical (exports hold asserted events unless asked)",
    ),
    ("Confidence", "e.confidence", "the coder's confidence, 0 to 1"),
    (
        "NumMentions",
        "coalesce(c.num_mentions, 1)",
        "reports of this event in the store (GDELT NumMentions)",
    ),
    (
        "NumSources",
        "coalesce(c.num_sources, 1)",
        "distinct outlets reporting it (GDELT NumSources)",
    ),
    (
        "NumArticles",
        "coalesce(c.num_documents, 1)",
        "distinct documents reporting it (GDELT NumArticles)",
    ),
    ("FirstReport", "coalesce(c.first_report, d.date)", "publication day of the first report"),
    ("LastReport", "coalesce(c.last_report, d.date)", "publication day of the last report"),
    (
        "ActionGeo_FullName",
        "e.event_loc->>'resolved_place'",
        "where the event took place, when the text says (GeoNames name)",
    ),
    ("ActionGeo_CountryCode", "e.event_loc->>'country_code'", "ISO3 country of that place"),
    ("ActionGeo_Lat", "CAST(e.event_loc->>'lat' AS DOUBLE)", "latitude of the place"),
    ("ActionGeo_Long", "CAST(e.event_loc->>'lon' AS DOUBLE)", "longitude of the place"),
    ("ActionGeo_FeatureID", "e.event_loc->>'geonameid'", "GeoNames id of the place"),
    ("EventText", "e.event_text", "the words that triggered the event (ICEWS Event Text)"),
    (
        "Sentence",
        "e.sentence",
        "the sentence the event was coded from (a representative one for an event row)",
    ),
    (
        "AttributedTo",
        "e.attributed_to->>'text'",
        "who the text says reported it ('..., the ministry said')",
    ),
    ("DocID", "e.doc_id", "document id (ICEWS Story ID)"),
    ("Publisher", "d.source", "outlet of the document (ICEWS Publisher)"),
    ("SOURCEURL", "d.url", "URL of the document"),
    ("PubDate", "d.date", "publication day of the document"),
    ("Evidence", "e.evidence", "which rule made the record, in words a reviewer can follow"),
]


def codebook_path(path: str | Path) -> Path:
    """``events.csv`` -> ``events.codebook.md``."""
    path = Path(path)
    return path.with_name(path.stem + ".codebook.md")


def _write_codebook(path: Path, dedup: bool, count: int) -> None:
    unit = (
        "one row per deduplicated event (a cluster of reports; its representative report fills the mention fields)"
        if dedup
        else "one row per event mention (a report); mentions of one event share GlobalEventID"
    )
    lines = [
        f"# Codebook of {path.name}",
        "",
        f"Written by dragoman: {count} rows, {unit}. Coded in the PLOVER ontology",
        "(https://github.com/openeventdata/PLOVER); column names follow GDELT 2.0 where GDELT has",
        "the field. Empty cells are unknown, never guessed.",
        "",
        "| column | meaning |",
        "|---|---|",
        *(f"| {name} | {meaning} |" for name, _, meaning in CODEBOOK),
        "",
    ]
    codebook_path(path).write_text("\n".join(lines), encoding="utf-8")


def export(
    store: Store,
    path: str | Path,
    fmt: str | None = None,
    selection: EventFilter | None = None,
    *,
    dedup: bool = False,
) -> int:
    """Write the selected events; returns the number of rows.

    ``jsonl`` is PLOVER JSONL (FORMATS.md section 2); with ``dedup`` one line an event:
    the representative report's record with the event's ``id``, ``num_mentions``,
    ``num_sources``, ``first_report``, ``last_report`` and ``mentions`` (its report ids).
    ``csv`` and ``parquet`` are the flat layout of ``CODEBOOK``, written beside as
    ``NAME.codebook.md``.
    """
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in EXPORT_FORMATS:
        raise StoreError(Errors.E302.format(value=fmt, valid=", ".join(EXPORT_FORMATS)))
    selection = selection or EventFilter()
    try:
        if fmt == "jsonl":
            return _jsonl(store, path, selection, dedup)
        where, params = selection.where()
        sources = (
            f" FROM (SELECT * FROM events{where}) e JOIN documents d ON d.id = e.doc_id"
            " LEFT JOIN clusters c ON c.id = e.cluster"
        )
        # an event is its representative report; the filters apply to that report
        kept = " WHERE e.cluster IS NULL OR e.id = c.representative" if dedup else ""
        columns = ", ".join(f'{sql} AS "{name}"' for name, sql, _ in CODEBOOK)
        option = "(FORMAT PARQUET)" if fmt == "parquet" else "(FORMAT CSV, HEADER)"
        quoted = str(path).replace("'", "''")
        query = f"SELECT {columns}{sources}{kept} ORDER BY e.date, e.doc_id, e.seq"
        store.con.execute(f"COPY ({query}) TO '{quoted}' {option}", params)
        count = store.con.execute(f"SELECT count(*){sources}{kept}", params).fetchone()[0]
        _write_codebook(path, dedup, count)
    except (OSError, duckdb.IOException) as err:
        raise StoreError(Errors.E405.format(path=path, detail=err)) from err
    return count


def _jsonl(store: Store, path: Path, selection: EventFilter, dedup: bool) -> int:
    clusters = {}
    if dedup:
        for cid, *info in store.con.execute(
            "SELECT c.id, c.representative, c.num_mentions, c.num_sources, c.first_report,"
            " c.last_report, (SELECT list(e.id ORDER BY e.id) FROM events e"
            " WHERE e.cluster = c.id AND e.factuality = 'asserted') FROM clusters c"
        ).fetchall():
            clusters[cid] = info
    count = 0
    with open(path, "w", encoding="utf-8") as out:
        for event in store.events(selection):
            record = event.to_dict()
            if dedup and event.cluster in clusters:
                representative, mentions, sources, first, last, ids = clusters[event.cluster]
                if event.id != representative:
                    continue
                record["id"] = event.cluster
                record |= {
                    "num_mentions": mentions,
                    "num_sources": sources,
                    "first_report": first.isoformat() if first else None,
                    "last_report": last.isoformat() if last else None,
                    "mentions": ids,
                }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count
