"""RSS and Atom feeds: the new items of each feed as documents, keyed by URL.

A round fetches each feed, keeps the items whose URL the store has not seen, fetches each
item's page and extracts its main text (the item's own summary where the page gives
none), and yields documents whose id is the item's URL. Fetching is polite: a
User-Agent that names dragoman, a timeout, a few retries with growing pauses, and a pause
between two requests to the same host. ``Fetcher`` is the seam: tests serve feeds from
files on localhost, and another transport can stand in for it.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .. import __version__
from ..errors import Errors, InputError
from ..records import Document
from ._readers import Skipped, _checked, _Options, html_record

USER_AGENT = f"dragoman/{__version__} (news event coder; polite: one request at a time)"


class Fetcher:
    """GET with a timeout, retries with backoff, and a pause between calls to one host."""

    def __init__(
        self,
        *,
        timeout: float = 20.0,
        tries: int = 3,
        backoff: float = 2.0,
        host_delay: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.timeout, self.tries, self.backoff = timeout, tries, backoff
        self.host_delay, self.sleep = host_delay, sleep
        self._last: dict[str, float] = {}

    def get(self, url: str) -> bytes:
        host = urllib.parse.urlsplit(url).netloc
        error: Exception | None = None
        for attempt in range(self.tries):
            if attempt:
                self.sleep(self.backoff * 2 ** (attempt - 1))
            wait = self._last.get(host, 0.0) + self.host_delay - time.monotonic()
            if wait > 0:
                self.sleep(wait)
            self._last[host] = time.monotonic()
            request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    return response.read()
            except urllib.error.HTTPError as err:
                error = err
                if 400 <= err.code < 500 and err.code != 429:
                    break  # the page is not there: asking again will not bring it
            except (urllib.error.URLError, TimeoutError, OSError) as err:
                error = err
        raise InputError(
            Errors.E114.format(url=url, detail=error, tries=attempt + 1),
            path=url,
            reason="fetch failed",
        )


@dataclass(frozen=True)
class FeedItem:
    url: str
    title: str | None
    published: str | None  # ISO day
    summary: str | None
    feed_title: str | None


def parse_feed(data: bytes, feed_url: str) -> list[FeedItem]:
    """The items of an RSS or Atom document that have a link."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries and parsed.bozo:
        raise InputError(
            Errors.E115.format(url=feed_url, detail=parsed.get("bozo_exception")),
            path=feed_url,
            reason="not a feed",
        )
    source = parsed.feed.get("title")
    items = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        day = time.strftime("%Y-%m-%d", stamp) if stamp else None
        content = entry.get("content") or []
        summary = content[0].get("value") if content else entry.get("summary")
        url = urllib.parse.urljoin(feed_url, link)
        items.append(FeedItem(url, entry.get("title"), day, summary, source))
    return items


def _summary_text(summary: str | None) -> str:
    """An item's summary as text (feeds often carry HTML in it)."""
    if not summary:
        return ""
    if "<" in summary:
        from lxml import html as lxml_html

        return lxml_html.fromstring(summary).text_content().strip()
    return summary.strip()


def read_feeds(
    feeds: Iterable[str],
    is_new: Callable[[str], bool],
    *,
    fetcher: Fetcher | None = None,
    max_chars: int = 1_000_000,
    english_only: bool = True,
) -> Iterator[tuple[str, Document | Skipped]]:
    """(item URL, document or skipped) for each new item of each feed; a feed that cannot
    be fetched or parsed is one Skipped (its URL as item URL is empty)."""
    fetcher = fetcher or Fetcher()
    opts = _Options(max_chars=max_chars, english_only=english_only)
    for feed in feeds:
        try:
            items = parse_feed(fetcher.get(feed), feed)
        except InputError as err:
            yield "", Skipped(feed, None, str(err), err.reason)
            continue
        for item in items:
            if not is_new(item.url):
                continue
            record = None
            try:
                page = fetcher.get(item.url).decode("utf-8", errors="replace")
                record = html_record(page, item.url)
            except InputError as err:
                if not item.summary:
                    yield item.url, Skipped(item.url, None, str(err), err.reason)
                    continue
            if record is None:  # no page text: the item's own summary stands in
                record = {"id": item.url, "text": _summary_text(item.summary)}
            record.update(id=item.url, url=item.url, title=item.title or record.get("title"))
            record["date"] = item.published or record.get("date")
            record["source"] = item.feed_title or record.get("source")
            yield item.url, _checked(record, item.url, None, opts)


def parse_every(value: str) -> float:
    """Seconds of an interval written as 90s, 15m, 2h (a bare number is minutes)."""
    units = {"s": 1, "m": 60, "h": 3600}
    text = value.strip().lower()
    try:
        if text and text[-1] in units:
            seconds = float(text[:-1]) * units[text[-1]]
        else:
            seconds = float(text) * 60
    except ValueError:
        raise InputError(Errors.E116.format(value=value)) from None
    if seconds <= 0:
        raise InputError(Errors.E116.format(value=value))
    return seconds
