"""Feeds: RSS and Atom served from files on localhost; new items only, keyed by URL."""

import functools
import http.server
import threading

import pytest
from click.testing import CliRunner

from dragoman.cli import cli
from dragoman.ingest import Skipped
from dragoman.ingest.feeds import Fetcher, parse_every, read_feeds
from dragoman.store import Store
from dragoman.watch import watch_round

STORIES = {
    "kenya": (
        "Kenyan police fire tear gas at protesters",
        "Police in Nairobi fired tear gas at thousands of protesters on Tuesday, officials "
        "said. The demonstrators had marched on parliament to demand the withdrawal of a "
        "finance bill.",
    ),
    "sanctions": (
        "EU sanctions Iranian officials",
        "The European Union imposed sanctions on six Iranian officials on Monday over the "
        "crackdown on protests, the bloc's foreign policy chief said.",
    ),
    "talks": (
        "Ministers meet in Ankara",
        "The Turkish foreign minister met his Russian counterpart in Ankara on Wednesday to "
        "discuss the grain corridor, the ministry said in a statement.",
    ),
    "french": (
        "La police disperse une manifestation",
        "La police a dispersé mardi une manifestation devant le parlement, selon les "
        "autorités de la ville, et plusieurs personnes ont été arrêtées dans la soirée.",
    ),
}


def rss(base, names):
    items = "".join(
        f"<item><title>{STORIES[n][0]}</title><link>{base}/{n}.html</link>"
        f"<pubDate>Tue, 25 Jun 2024 10:00:00 GMT</pubDate></item>"
        for n in names
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'


def atom(base, names):
    entries = "".join(
        f'<entry><title>{STORIES[n][0]}</title><link href="{base}/{n}.html"/>'
        f"<id>{base}/{n}</id><updated>2024-06-24T09:00:00Z</updated></entry>"
        for n in names
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Atom wire</title>{entries}</feed>"
    )


@pytest.fixture
def site(tmp_path):
    """A web server on localhost serving tmp_path; stops after the test."""
    for name, (title, text) in STORIES.items():
        (tmp_path / f"{name}.html").write_text(
            f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            + "".join(f"<p>{s}.</p>" for s in text.split(". "))
            + "</article></body></html>",
            encoding="utf-8",
        )
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield tmp_path, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_round_codes_new_items_only_and_remembers_them(site, nlp):
    folder, base = site
    (folder / "rss.xml").write_text(rss(base, ["kenya", "french"]), encoding="utf-8")
    (folder / "atom.xml").write_text(atom(base, ["talks"]), encoding="utf-8")
    feeds = [f"{base}/rss.xml", f"{base}/atom.xml"]
    fetcher = Fetcher(host_delay=0)
    db = folder / "w.duckdb"
    with Store(db) as store:
        first = watch_round(feeds, store, nlp=nlp, fetcher=fetcher)
        assert (first.read, first.coded) == (2, 2)
        assert [s.reason for s in first.skipped] == ["not English"]
        kenya = store.document(f"{base}/kenya.html")
        assert kenya.date == "2024-06-25" and kenya.source == "Wire" and "tear gas" in kenya.text
        assert store.document(f"{base}/talks.html").date == "2024-06-24"
        assert first.events > 0
        # a new item appears in the RSS feed: only it is fetched and coded
        (folder / "rss.xml").write_text(rss(base, ["kenya", "french", "sanctions"]), "utf-8")
        second = watch_round(feeds, store, nlp=nlp, fetcher=fetcher)
        assert (second.read, second.coded, second.skipped) == (1, 1, [])
        assert store.count("documents") == 3


def test_an_unreachable_feed_is_retried_then_named(site):
    folder, base = site
    pauses = []
    fetcher = Fetcher(tries=3, backoff=0.5, host_delay=0, sleep=pauses.append)
    ((url, item),) = read_feeds([f"{base}/missing.xml"], lambda u: True, fetcher=fetcher)
    assert isinstance(item, Skipped) and item.reason == "fetch failed"
    assert "missing.xml" in item.message and "404" in item.message
    assert pauses == []  # a 404 is not asked again
    refused = "http://127.0.0.1:9/feed.xml"  # the discard port: nothing listens
    ((_, item),) = read_feeds([refused], lambda u: True, fetcher=fetcher)
    assert "after 3 tries" in item.message and pauses == [0.5, 1.0]


def test_watch_once_from_the_command_line(site, nlp):
    folder, base = site
    (folder / "rss.xml").write_text(rss(base, ["kenya"]), encoding="utf-8")
    db = str(folder / "c.duckdb")
    runner = CliRunner()
    args = ["watch", f"{base}/rss.xml", "--once", "--db", db, "--every", "1m"]
    first = runner.invoke(cli, args)
    assert first.exit_code == 0, first.output
    assert "1 documents read, 1 coded" in first.output
    again = runner.invoke(cli, args)
    assert "0 documents read" in again.output
    bad = runner.invoke(cli, [*args[:-1], "soon"])
    assert bad.exit_code == 1 and "--every" in bad.output


def test_intervals():
    assert [parse_every(v) for v in ("90s", "15m", "2h", "5")] == [90, 900, 7200, 300]
