"""The README's screenshots of the web app: ``make screenshots`` (needs /usr/bin/chromium).

Codes examples/news into a temporary store, records a few reviews through the same
function the review forms call, serves the app on a free loopback port and photographs
the events list, an article, the reviews and the charts into docs/img/web-*.png.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from dragoman.coding import code_into_store
from dragoman.ingest import read_inputs
from dragoman.reviews import add_review
from dragoman.store import EventFilter, Store
from dragoman.web import create_app
from dragoman.web.local import background_server, launch_chromium

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "img"
PAGES = {
    "events": "/?factuality=any&size=25",
    "article": "/documents/news-008",
    "reviews": "/reviews",
    "charts": "/charts?actor=RUS&recipient=UKR&by=week",
}


def review_some(store: Store) -> None:
    """What an analyst might do with one article: correct a sector, confirm, reject."""
    events = sorted(store.events(EventFilter(doc_id="news-008")), key=lambda e: e.start)
    shelling, *rest = events  # 'Russian forces shelled the centre of Kharkiv'
    fields = shelling.to_dict()
    fields["recipient"] = [{"code": "UKR", "sector": "CVL", "text": "the centre of Kharkiv"}]
    add_review(
        store.con,
        doc_id="news-008",
        action="edit",
        event_id=shelling.id,
        fields=fields,
        note="the shells hit a city centre: civilians",
    )
    for event in rest[:-1]:
        add_review(store.con, doc_id="news-008", action="confirm", event_id=event.id)
    add_review(
        store.con,
        doc_id="news-008",
        action="reject",
        event_id=rest[-1].id,
        note="no actor: the text does not say who did it",
    )


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "screens.duckdb"
        with Store(db) as store:
            code_into_store(read_inputs([ROOT / "examples" / "news"]), store)
            review_some(store)
        app = create_app(db, reviews=True)
        with background_server(app) as url, sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            for name, path in PAGES.items():
                page.goto(url + path)
                target = OUT / f"web-{name}.png"
                page.screenshot(path=str(target))
                print(f"wrote {target.relative_to(ROOT)}")
            browser.close()
        app.state.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
