"""Coding documents: the plain functions behind ``dragoman code`` and the Python API.

``code_documents`` streams documents through ``nlp.pipe`` (in ``workers`` processes) and
yields each with its events; ``code_into_store`` adds the store, the JSONL output and the
run report. Nothing here holds a whole corpus in memory.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from spacy.language import Language

from . import __version__, dedup
from .coder.component import COMPONENT_VERSION
from .errors import Errors
from .ingest import Skipped
from .nlp import default_pipeline
from .records import Document, Event, content_id, parse_day
from .store import EventFilter, Store

logger = logging.getLogger("dragoman")

CODER_VERSION = f"{COMPONENT_VERSION}/{__version__}"


def _events_of(document: Document, raw_events: list[dict]) -> list[Event]:
    events = []
    for number, raw in enumerate(raw_events or [], start=1):
        event = Event.from_dict(raw)
        event.id = f"{document.id}:e{number}"
        event.doc_id = document.id
        events.append(event)
    return events


# spaCy's parser needs about 1 GB of memory per 100,000 characters of one text; longer
# documents are parsed in pieces cut at paragraph ends, so memory stays bounded
CHUNK_CHARS = 100_000


def chunks(text: str, size: int | None = None) -> list[tuple[int, str]]:
    """(offset, piece) pairs covering ``text``, cut after a paragraph or line end."""
    size = size or CHUNK_CHARS
    out, start = [], 0
    while len(text) - start > size:
        cut = max(text.rfind("\n\n", start, start + size), text.rfind("\n", start, start + size))
        if cut <= start:
            cut = text.rfind(". ", start, start + size) + 1
        if cut <= start:
            cut = start + size
        out.append((start, text[start:cut]))
        start = cut
    out.append((start, text[start:]))
    return out


def code_documents(
    documents: Iterable[Document],
    nlp: Language | None = None,
    *,
    workers: int = 1,
    batch_size: int = 16,
) -> Iterator[tuple[Document, list[Event]]]:
    """Each document with its event mentions, in input order.

    With ``workers`` > 1, each worker process holds the pipeline (loaded once), parses
    *and* codes a batch of documents and sends back only their events: a parsed ``Doc``
    is far larger than its events, and shipping Docs back (as ``nlp.pipe(n_process=N)``
    does) kept the main process busy enough to cost a third of the second core.
    """
    nlp = nlp or default_pipeline()
    if workers > 1:
        yield from _code_in_pool(documents, nlp, workers, batch_size)
    else:
        yield from _code_here(documents, nlp, batch_size)


def _code_here(
    documents: Iterable[Document], nlp: Language, batch_size: int
) -> Iterator[tuple[Document, list[Event]]]:
    """Parse and code in this process, long texts in pieces."""

    def docs() -> Iterator[tuple[object, tuple[Document, int, bool]]]:
        for document in documents:
            pieces = chunks(document.text)
            for number, (offset, piece) in enumerate(pieces):
                doc = nlp.make_doc(piece)
                doc._.pub_date = document.date
                yield doc, (document, offset, number == len(pieces) - 1)

    raw: list[dict] = []
    for doc, (document, offset, last) in nlp.pipe(docs(), as_tuples=True, batch_size=batch_size):
        if failures := doc._.get("coder_failures"):
            logger.warning(
                Errors.E701.format(id=document.id, count=len(failures), detail="; ".join(failures))
            )
        for event in doc._.events:
            event["start"] += offset
            event["end"] += offset
            raw.append(event)
        if last:
            yield document, _events_of(document, raw)
            raw = []


# the pipeline of a worker process, set once by the pool's initializer
_worker_nlp: Language | None = None


def _init_worker(nlp: Language) -> None:
    global _worker_nlp
    _worker_nlp = nlp


def _code_batch(documents: list[Document], batch_size: int) -> list[list[Event]]:
    """In a worker: the events of each document of the batch."""
    assert _worker_nlp is not None, "worker started without a pipeline"
    return [events for _, events in _code_here(documents, _worker_nlp, batch_size)]


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _code_in_pool(
    documents: Iterable[Document], nlp: Language, workers: int, batch_size: int
) -> Iterator[tuple[Document, list[Event]]]:
    """Batches go to ``workers`` processes; at most two batches a worker are in flight, so
    memory stays bounded however long the input, and results come back in input order."""
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    # fork shares the loaded pipeline with the workers at no cost; where there is no fork,
    # the pipeline is pickled to each worker once
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    pending: deque[tuple[list[Document], Future]] = deque()
    with ProcessPoolExecutor(workers, context, initializer=_init_worker, initargs=(nlp,)) as pool:
        try:
            for batch in _batches(documents, batch_size):
                pending.append((batch, pool.submit(_code_batch, batch, batch_size)))
                while len(pending) > 2 * workers:
                    yield from _done(pending.popleft())
            while pending:
                yield from _done(pending.popleft())
        finally:
            for _, future in pending:
                future.cancel()


def _done(item: tuple[list[Document], Future]) -> Iterator[tuple[Document, list[Event]]]:
    batch, future = item
    yield from zip(batch, future.result(), strict=True)


def code_text(text: str, date: str | None = None, *, nlp: Language | None = None) -> list[Event]:
    """The events of one text (offsets refer to ``text`` exactly as given).

    >>> events = code_text("Russian troops shelled Kharkiv on Tuesday.", date="2022-03-03")
    """
    document = Document(id=content_id(text), text=text, date=parse_day(date))
    return next(code_documents([document], nlp))[1]


@dataclass
class RunReport:
    """What a run did, for the summary line and the exit status."""

    read: int = 0
    coded: int = 0
    unchanged: int = 0
    events: int = 0
    skipped: list[Skipped] = field(default_factory=list)


def code_into_store(
    inputs: Iterable[Document | Skipped],
    store: Store | None,
    *,
    nlp: Language | None = None,
    out: TextIO | None = None,
    workers: int = 1,
    force: bool = False,
    batch_size: int = 16,
    commit_every: int = 128,
    on_skip: Callable[[Skipped], None] | None = None,
    on_document: Callable[[Document, int], None] | None = None,
) -> RunReport:
    """Code the readable inputs into the store (and ``out`` as JSONL); report the rest.

    A document already stored with the same content by the same coder version is not
    coded again (unless ``force``); its stored events still go to ``out``. Documents are
    committed with their events ``commit_every`` at a time (one transaction, and one
    deduplication round, a commit), so an interrupted run keeps every commit it finished,
    each document whole.
    """
    report = RunReport()

    def to_code() -> Iterator[Document]:
        for item in inputs:
            if isinstance(item, Skipped):
                report.skipped.append(item)
                if on_skip:
                    on_skip(item)
                continue
            report.read += 1
            if store is not None and not force and store.is_current(item, CODER_VERSION):
                report.unchanged += 1
                stored = list(store.events(EventFilter(doc_id=item.id, factuality="any")))
                _write_jsonl(out, stored)
                report.events += len(stored)
                if on_document:
                    on_document(item, len(stored))
                continue
            yield item

    pending: list[tuple[Document, list[Event]]] = []
    for document, events in code_documents(to_code(), nlp, workers=workers, batch_size=batch_size):
        pending.append((document, events))
        if len(pending) >= commit_every:
            _flush(store, out, pending, report)
        if on_document:
            on_document(document, len(events))
    _flush(store, out, pending, report)
    return report


def _flush(
    store: Store | None,
    out: TextIO | None,
    pending: list[tuple[Document, list[Event]]],
    report: RunReport,
) -> None:
    """Commit a batch of coded documents (one transaction) and write their events."""
    if store is not None:
        store.write_many(pending, CODER_VERSION)
        # the new mentions join the stored events or start their own (incremental)
        grouped = dedup.update(store, [document.id for document, _ in pending])
        for _, events in pending:  # the JSONL output says what the store says
            for event in events:
                event.cluster = grouped.assigned.get(event.id)
    for _, events in pending:
        _write_jsonl(out, events)
        report.coded += 1
        report.events += len(events)
    pending.clear()


def _write_jsonl(out: TextIO | None, events: list[Event]) -> None:
    if out is None:
        return
    for event in events:
        out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")


def open_output(path: str | Path | None) -> TextIO | None:
    if path is None:
        return None
    return open(path, "w", encoding="utf-8")
