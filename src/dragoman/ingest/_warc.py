"""WARC files (Common Crawl News): each HTML response record becomes a document.

Records are read one at a time (warcio streams, gzip or not), so a crawl file of any size
costs the memory of one page. A document's id is the page's URL (the WARC-Target-URI),
so a page crawled twice replaces rather than duplicates; its date is the one the page
states, else the day it was crawled.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import Errors
from ..records import Document

if TYPE_CHECKING:
    from ._readers import Skipped, _Options

_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.IGNORECASE)


def _charset(content_type: str) -> str:
    found = _CHARSET.search(content_type)
    return found.group(1) if found else "utf-8"


def read_warc(path: Path, opts: _Options) -> Iterator[Document | Skipped]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from ._readers import Skipped, _checked, html_record

    number = records = 0
    try:
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                if not record.rec_headers.get_header("WARC-Record-ID"):
                    continue  # warcio reads bytes that are no WARC as a headless record
                records += 1
                if record.rec_type != "response" or record.http_headers is None:
                    continue  # requests, metadata, DNS records: no article in them
                number += 1
                content_type = record.http_headers.get_header("Content-Type") or ""
                if "html" not in content_type.lower():
                    continue  # images, PDFs, scripts
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                body = record.content_stream().read()
                try:
                    html = body.decode(_charset(content_type), errors="replace")
                except LookupError:  # a charset Python does not know
                    html = body.decode("utf-8", errors="replace")
                doc_id = url or record.rec_headers.get_header("WARC-Record-ID")
                found = html_record(html, doc_id)
                if found is None:
                    message = Errors.E112.format(path=path, record=number, url=url)
                    yield Skipped(str(path), number, message, "no text in HTML")
                    continue
                crawled = record.rec_headers.get_header("WARC-Date")
                found["url"] = url or found["url"]
                found["date"] = found["date"] or (crawled[:10] if crawled else None)
                yield _checked(found, f"{path}, record {number}", None, opts)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as err:
        yield Skipped(str(path), number or None, Errors.E113.format(path=path, detail=err))
        return
    if not records:  # warcio ends quietly on a damaged gzip stream
        yield Skipped(str(path), None, Errors.E113.format(path=path, detail="no WARC record"))
