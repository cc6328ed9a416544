from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from ..data import data_path
from ..data import read_csv as read_data_csv
from ..errors import DragomanError, Errors, InputError
from ..records import Document, content_id
from .repair import repair_text

DEFAULT_MAX_CHARS = 1_000_000  # spaCy's own default limit for one text


@dataclass(frozen=True)
class Skipped:
    """Input that was not coded, and why (the message names the file and line)."""

    path: str
    line: int | None
    message: str
    # a short word for the run summary's counts: empty, too long, not English, ...
    reason: str = "unreadable"


@dataclass(frozen=True)
class FieldMap:
    """Which JSON keys or CSV columns hold each document field."""

    id: str = "id"
    text: str = "text"
    date: str = "date"
    title: str = "title"
    url: str = "url"
    source: str = "source"

    def apply(self, record: dict[str, Any]) -> dict[str, Any]:
        names = ("id", "text", "date", "title", "url", "source")
        return {name: record.get(getattr(self, name)) for name in names}


@dataclass
class _Options:
    fields: FieldMap = field(default_factory=FieldMap)
    encoding: str = "utf-8"
    default_date: str | None = None
    max_chars: int = DEFAULT_MAX_CHARS
    english_only: bool = True


def _where(line: int | None) -> str:
    return f", line {line}" if line else ""


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    """Common function words of other Latin-script languages (data/lexicon/function_words.csv),
    less those that are English function words too."""
    out = {}
    for _, row in read_data_csv(data_path("lexicon", "function_words.csv"), ("language", "words")):
        out[row["language"]] = frozenset(row["words"].split()) - STOP_WORDS
    return out


def looks_english(text: str) -> tuple[bool, str]:
    """A cheap language check on the first 20,000 characters.

    Other scripts have few ASCII words; other Latin-script languages show more of their own
    function words ("der", "le", "el") than English ones ("the", "of", "on"). Texts of
    fewer than 8 words are let through.
    """
    words = [w.strip(".,;:!?\"'()").lower() for w in text[:20_000].split()]
    words = [w for w in words if w]
    if len(words) < 8:
        return True, "too short to tell"
    latin = sum(1 for w in words if w.isascii())
    if latin / len(words) < 0.5:
        return False, f"{latin} of {len(words)} words in Latin script"
    english = sum(1 for w in words if w in STOP_WORDS)
    others = {
        lang: sum(1 for w in words if w in vocab) for lang, vocab in _function_words().items()
    }
    lang, other = max(others.items(), key=lambda kv: kv[1])
    if other > english:
        return False, f"{other} '{lang}' function words against {english} English ones"
    return True, f"{english} English function words of {len(words)}"


def _checked(
    data: dict[str, Any], path: str, line: int | None, opts: _Options
) -> Document | Skipped:
    """Validate, repair and check one raw document record."""
    where = _where(line)
    try:
        if not data.get("date") and opts.default_date:
            data = {**data, "date": opts.default_date}
        raw_text = data.get("text")
        if raw_text is not None and not isinstance(raw_text, str):
            raw_text = str(raw_text)
        text = repair_text(raw_text or "")
        if not text:
            return Skipped(path, line, Errors.E103.format(path=path, where=where), "empty")
        if len(text) > opts.max_chars:
            message = Errors.E104.format(
                path=path, where=where, size=len(text), limit=opts.max_chars
            )
            return Skipped(path, line, message, "too long")
        if opts.english_only:
            english, detail = looks_english(text)
            if not english:
                message = Errors.E105.format(path=path, where=where, detail=detail)
                return Skipped(path, line, message, "not English")
        return Document.from_dict({**data, "text": text})
    except DragomanError as err:
        return Skipped(
            path, line, Errors.E110.format(path=path, where=where, detail=err), "invalid record"
        )


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise InputError(
            Errors.E106.format(path=path, detail=err.strerror or err), path=str(path)
        ) from err


def _decode(data: bytes, path: Path, encoding: str) -> str:
    try:
        return data.decode("utf-8-sig" if encoding.lower() in ("utf-8", "utf8") else encoding)
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        message = Errors.E102.format(path=path, encoding=encoding, offset=err.start, line=line)
        raise InputError(message, path=str(path), line=line, reason="undecodable") from err
    except LookupError as err:
        raise InputError(Errors.E106.format(path=path, detail=err), path=str(path)) from err


def read_txt(path: Path, doc_id: str, opts: _Options) -> Iterator[Document | Skipped]:
    text = _decode(_read_bytes(path), path, opts.encoding)
    yield _checked({"id": doc_id, "text": text}, str(path), None, opts)


def html_record(html: str, doc_id: str) -> dict[str, Any] | None:
    """The main text and metadata of an HTML page as a document record, or None where
    no main text can be extracted (HTML files, WARC responses and feed items share this)."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    extracted = trafilatura.bare_extraction(html, with_metadata=True, favor_precision=True)
    if extracted is None or not (extracted.text or "").strip():
        return None
    # trafilatura puts one paragraph on a line; keep them as paragraphs
    return {
        "id": doc_id,
        "text": "\n\n".join(extracted.text.split("\n")),
        "title": extracted.title,
        "date": extracted.date,
        "url": extracted.url,
        "source": extracted.sitename,
    }


def read_html(path: Path, doc_id: str, opts: _Options) -> Iterator[Document | Skipped]:
    record = html_record(_decode(_read_bytes(path), path, opts.encoding), doc_id)
    if record is None:
        yield Skipped(str(path), None, Errors.E111.format(path=path), "no text in HTML")
        return
    yield _checked(record, str(path), None, opts)


def _jsonl_lines(text: str, name: str, opts: _Options) -> Iterator[Document | Skipped]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield Skipped(
                name, number, Errors.E101.format(path=name, line=number, detail=err.msg), "bad JSON"
            )
            continue
        if not isinstance(record, dict):
            yield Skipped(name, number, Errors.E108.format(path=name, line=number), "bad JSON")
            continue
        yield _checked(opts.fields.apply(record), name, number, opts)


def read_jsonl(path: Path, doc_id: str, opts: _Options) -> Iterator[Document | Skipped]:
    yield from _jsonl_lines(_decode(_read_bytes(path), path, opts.encoding), str(path), opts)


def read_csv(path: Path, doc_id: str, opts: _Options) -> Iterator[Document | Skipped]:
    text = _decode(_read_bytes(path), path, opts.encoding)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = reader.fieldnames or []
    if opts.fields.text not in columns:
        yield Skipped(
            str(path),
            1,
            Errors.E109.format(
                path=path, line=1, field=opts.fields.text, columns=columns, option="text-field"
            ),
            "no text column",
        )
        return
    for row in reader:
        # the line where the record ends: a quoted field may span several lines
        yield _checked(opts.fields.apply(row), str(path), reader.line_num, opts)


def read_parquet(path: Path, doc_id: str, opts: _Options) -> Iterator[Document | Skipped]:
    """Rows of a Parquet file, a thousand at a time (DuckDB reads it; no pyarrow needed)."""
    import duckdb

    con = duckdb.connect()
    try:
        cursor = con.execute("SELECT * FROM read_parquet(?)", [str(path)])
    except duckdb.Error as err:
        raise InputError(Errors.E106.format(path=path, detail=err), path=str(path)) from err
    columns = [d[0] for d in cursor.description]
    if opts.fields.text not in columns:
        message = Errors.E109.format(
            path=path, line=1, field=opts.fields.text, columns=columns, option="text-field"
        )
        yield Skipped(str(path), None, message, "no text column")
        return
    number = 0
    while rows := cursor.fetchmany(1000):
        for row in rows:
            number += 1
            record = opts.fields.apply(dict(zip(columns, row, strict=True)))
            yield _checked(record, str(path), number, opts)
    con.close()


def read_warc(path: Path, doc_id: str, opts: _Options) -> Iterator[Document | Skipped]:
    from ._warc import read_warc as read

    yield from read(path, opts)


READERS = {
    ".txt": read_txt,
    ".text": read_txt,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".json": read_jsonl,
    ".csv": read_csv,
    ".html": read_html,
    ".htm": read_html,
    ".parquet": read_parquet,
    ".warc": read_warc,
    ".warc.gz": read_warc,
}


def input_kind(path: Path) -> str:
    """The key of ``READERS`` for a file name: its suffix, or its two last ones (.warc.gz)."""
    name = path.name.lower()
    double = "".join(Path(name).suffixes[-2:])
    return double if double in READERS else Path(name).suffix


def _read_stdin(opts: _Options) -> Iterator[Document | Skipped]:
    data = sys.stdin.buffer.read()
    text = _decode(data, Path("<stdin>"), opts.encoding)
    if text.lstrip().startswith("{"):
        yield from _jsonl_lines(text, "<stdin>", opts)
    else:
        yield _checked({"id": content_id(text), "text": text}, "<stdin>", None, opts)


def _read_path(path: Path, doc_id: str, opts: _Options) -> Iterator[Document | Skipped]:
    reader = READERS.get(input_kind(path))
    if reader is None:
        valid = ", ".join(sorted(READERS))
        message = Errors.E107.format(path=path, suffix=path.suffix, valid=valid)
        yield Skipped(str(path), None, message, "unknown kind")
        return
    try:
        yield from reader(path, doc_id, opts)
    except InputError as err:
        yield Skipped(str(path), err.line, str(err), err.reason)


def read_inputs(
    inputs: Iterable[str | Path],
    *,
    fields: FieldMap | None = None,
    encoding: str = "utf-8",
    default_date: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    english_only: bool = True,
) -> Iterator[Document | Skipped]:
    """Documents from files, directories (recursively) and ``-`` (standard input).

    A file's documents without an id of their own are keyed by the file's path (txt, html)
    or by a hash of their text (jsonl, csv lines), so re-reading the same input gives the
    same ids. Unreadable input is yielded as :class:`Skipped`, never raised.
    """
    opts = _Options(fields or FieldMap(), encoding, default_date, max_chars, english_only)
    for item in inputs:
        if str(item) == "-":
            yield from _read_stdin(opts)
            continue
        path = Path(item)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.name.startswith(".") or input_kind(child) not in READERS:
                    continue
                yield from _read_path(child, child.relative_to(path).as_posix(), opts)
        elif path.exists():
            yield from _read_path(path, path.name, opts)
        else:
            yield Skipped(
                str(path), None, Errors.E106.format(path=path, detail="no such file or directory")
            )


def estimate_documents(inputs: Iterable[str | Path]) -> int | None:
    """About how many documents ``inputs`` hold, for a progress bar's ETA: lines of JSONL
    and CSV files, one a text or HTML file, rows of Parquet. None where it cannot be told
    cheaply (WARC, standard input)."""
    total = 0
    for item in inputs:
        path = Path(item)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            kind = input_kind(file)
            if str(item) == "-" or kind in (".warc", ".warc.gz"):
                return None
            if kind not in READERS or not file.exists():
                continue
            if kind in (".jsonl", ".ndjson", ".json", ".csv"):
                with open(file, "rb") as stream:
                    total += sum(1 for line in stream if line.strip())
                total -= kind == ".csv"  # the header
            elif kind == ".parquet":
                import duckdb

                try:
                    query = "SELECT count(*) FROM read_parquet(?)"
                    total += duckdb.connect().execute(query, [str(file)]).fetchone()[0]
                except duckdb.Error:
                    continue
            else:
                total += 1
    return total
