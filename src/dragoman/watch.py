"""``dragoman watch``: code the new items of news feeds, round after round.

A round reads each feed's new items (``ingest.feeds``), codes them into the store like
``dragoman code`` does, and then remembers their URLs in the store, so the next round
(or the next run) codes only items it has not seen. An item is remembered after its
feed's items are stored: a round cut short fetches them again rather than losing them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.language import Language

from .coding import RunReport, code_into_store
from .ingest import Skipped
from .ingest.feeds import Fetcher, read_feeds
from .records import Document
from .store import Store


def watch_round(
    feeds: Iterable[str],
    store: Store,
    *,
    nlp: Language | None = None,
    fetcher: Fetcher | None = None,
    workers: int = 1,
    english_only: bool = True,
    on_skip: Callable[[Skipped], None] | None = None,
    on_document: Callable[[Document, int], None] | None = None,
) -> RunReport:
    """One round over ``feeds``; the report adds up all of them."""
    total = RunReport()
    fetcher = fetcher or Fetcher()
    for feed in feeds:
        fetched: list[str] = []

        def items(feed: str = feed, fetched: list[str] = fetched) -> Iterator[Document | Skipped]:
            for url, item in read_feeds(
                [feed],
                lambda u: not store.seen_urls([u]),
                fetcher=fetcher,
                english_only=english_only,
            ):
                # a page that could not be fetched is tried again next round
                if url and not (isinstance(item, Skipped) and item.reason == "fetch failed"):
                    fetched.append(url)
                yield item

        report = code_into_store(
            items(), store, nlp=nlp, workers=workers, on_skip=on_skip, on_document=on_document
        )
        store.mark_seen(fetched, feed)
        total.read += report.read
        total.coded += report.coded
        total.unchanged += report.unchanged
        total.events += report.events
        total.skipped.extend(report.skipped)
    return total
