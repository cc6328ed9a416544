"""The web app through FastAPI's TestClient: every route, the write rules, escaping."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil

import duckdb
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from dragoman.cli import cli
from dragoman.coding import code_into_store
from dragoman.evaluate import read_gold
from dragoman.ingest import read_inputs
from dragoman.records import Document, Entity, Event
from dragoman.reviews import GOLD_KEYS, add_review, export_gold
from dragoman.store import EventFilter, Store
from dragoman.web import create_app
from dragoman.web.spans import segments

from .conftest import EXAMPLES

SCRIPT_DOC = Document(
    id="xss-1",
    date="2024-05-02",
    title="<b>Bold</b> headline",
    text=(
        "Police arrested dozens of protesters in Minsk on Wednesday. "
        "<script>alert('pwned')</script> The opposition said the arrests were illegal."
    ),
)


@pytest.fixture(scope="module")
def coded_db(tmp_path_factory, nlp):
    """Four sample articles and one with a <script> in its text, coded by the real pipeline."""
    path = tmp_path_factory.mktemp("web") / "coded.duckdb"
    wanted = {"news-001", "news-003", "news-008", "news-012"}
    documents = [d for d in read_inputs([EXAMPLES]) if getattr(d, "id", None) in wanted]
    assert len(documents) == len(wanted)
    with Store(path) as store:
        code_into_store([*documents, SCRIPT_DOC], store, nlp=nlp)
    return path


@pytest.fixture
def db(coded_db, tmp_path):
    """A fresh copy a test may write to."""
    copy = tmp_path / "t.duckdb"
    shutil.copy(coded_db, copy)
    return copy


def _csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def _rows(html: str) -> list[str]:
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0] if "<tbody>" in html else ""
    return re.findall(r"<tr class=\"\w+\">(.*?)</tr>", body, re.S)


def test_events_page_filters_sorts_pages_and_counts(db):
    with Store(db, read_only=True) as store:
        total = store.count_events(EventFilter())
        assaults = store.count_events(EventFilter(types=("ASSAULT",)))
        conflict = store.count_events(EventFilter(quad=4))
    client = TestClient(create_app(db))
    page = client.get("/")
    assert page.status_code == 200
    assert f"<strong>{total}</strong> events in this view" in page.text
    only = client.get("/", params={"type": "ASSAULT", "size": 100})
    rows = _rows(only.text)
    assert len(rows) == assaults > 0
    assert all("<strong>ASSAULT</strong>" in row for row in rows)
    quad = client.get("/", params={"quad": 4, "size": 100})
    assert f"<strong>{conflict}</strong> event" in quad.text
    assert all('class="quad quad4"' in row for row in _rows(quad.text))
    # confidence, highest first
    ordered = client.get("/", params={"sort": "confidence", "desc": "1", "size": 100})
    values = [float(v) for v in re.findall(r'<td class="num">([\d.]+)</td>', ordered.text)]
    assert values == sorted(values, reverse=True) and len(values) == total
    # paging: pages of 10 cover every event once
    pages = [
        _rows(client.get("/", params={"size": 10, "page": n, "factuality": "any"}).text)
        for n in (1, 2, 3, 4, 5)
    ]
    with Store(db, read_only=True) as store:
        mentions = store.count_events(EventFilter(factuality="any"))
    assert [len(p) for p in pages] == [max(0, min(10, mentions - 10 * n)) for n in range(5)]
    assert len({row for p in pages for row in p}) == mentions
    second = client.get("/", params={"size": 10, "page": 2, "factuality": "any"})
    assert f"11–{min(20, mentions)} of {mentions}" in second.text
    searched = client.get("/", params={"q": "kharkiv"})
    assert _rows(searched.text) and all("news-008" in row for row in _rows(searched.text))
    dated = client.get("/", params={"since": "2022-03-01", "until": "2022-03-31", "size": 100})
    dates = re.findall(r'<td class="nowrap">([\d-]+)</td>', dated.text)
    assert dates and all("2022-03-01" <= d <= "2022-03-31" for d in dates)


def test_bad_filter_values_get_a_clear_400(db):
    client = TestClient(create_app(db))
    bad_date = client.get("/", params={"since": "March 3rd"})
    assert bad_date.status_code == 400 and "not an ISO 8601 day" in bad_date.text
    bad_type = client.get("/", params={"type": "FIGHT"})
    assert bad_type.status_code == 400 and "Unknown PLOVER event type" in bad_type.text
    bad_sort = client.get("/", params={"sort": "id; DROP TABLE events"})
    assert bad_sort.status_code == 400 and "Cannot sort events by" in bad_sort.text
    # the injection attempt reached no SQL: the events are still there
    assert client.get("/").status_code == 200
    injected = client.get("/", params={"actor": "RUS' OR 1=1 --"})
    assert injected.status_code == 200 and "<strong>0</strong> events" in injected.text


def test_charts_page_draws_with_the_plot_functions(db):
    client = TestClient(create_app(db))
    page = client.get("/charts", params={"actor": "RUS", "by": "month"})
    assert page.status_code == 200
    assert page.text.count('src="data:image/svg+xml;base64,') == 2  # the dyad and the network
    nothing = client.get("/charts", params={"actor": "ZZZ"})
    assert "Nothing to plot: ZZZ" in nothing.text
    assert client.get("/charts", params={"recipient": "UKR"}).status_code == 400


def test_csv_export_is_the_current_view(db):
    client = TestClient(create_app(db))
    response = client.get("/events.csv", params={"actor": "RUS", "factuality": "any"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    with Store(db, read_only=True) as store:
        expected = store.count_events(EventFilter(actor="RUS", factuality="any"))
    assert len(rows) == expected > 0
    assert all("RUS" in row["Actor1Code"].split(";") for row in rows)


def test_article_view_marks_trigger_actor_recipient_and_factuality(db):
    client = TestClient(create_app(db))
    page = client.get("/documents/news-008")
    assert page.status_code == 200
    marks = re.findall(r'<mark class="([^"]+)" data-events="([^"]+)">([^<]*)</mark>', page.text)
    by_role = {
        role: {text for cls, _, text in marks if role in cls.split()}
        for role in ("trigger", "actor", "recipient")
    }
    assert "shelled" in by_role["trigger"]
    assert "Russian forces" in by_role["actor"]
    assert "the centre of Kharkiv" in by_role["recipient"]
    with Store(db, read_only=True) as store:
        events = list(store.events(EventFilter(doc_id="news-008", factuality="any")))
    for event in events:
        assert f'id="ev-{event.id.replace(":", "-")}"' in page.text  # a card per event
    hypothetical = [e for e in events if e.factuality == "hypothetical"]
    assert hypothetical, "news-008 has a hypothetical event ('demand')"
    assert any("hypothetical" in cls.split() and "trigger" in cls.split() for cls, _, _ in marks)
    assert "evidence" in page.text.lower() and "triggers.csv" in page.text
    assert client.get("/documents/nope").status_code == 404


def test_article_text_is_escaped(db):
    client = TestClient(create_app(db))
    page = client.get("/documents/xss-1")
    assert page.status_code == 200
    assert "<script>alert" not in page.text
    assert "&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;" in page.text
    assert "&lt;b&gt;Bold&lt;/b&gt; headline" in page.text


def test_read_only_app_refuses_writes_and_opens_the_store_read_only(db):
    app = create_app(db)
    client = TestClient(app)
    page = client.get("/documents/news-001")
    assert "Read-only" in page.text and 'name="action"' not in page.text
    response = client.post(
        "/documents/news-001/review",
        data={"action": "confirm", "event_id": "news-001:e1", "csrf": "x"},
    )
    assert response.status_code == 403 and "Reviews are not enabled" in response.text
    with pytest.raises(duckdb.Error):
        app.state.store.con.execute("DELETE FROM events")


def test_reviews_confirm_reject_edit_add_never_touch_events(db):
    with Store(db, read_only=True) as store:
        before = [e.to_dict() for e in store.events(EventFilter(factuality="any"))]
    client = TestClient(create_app(db, reviews=True))
    page = client.get("/documents/news-001")
    csrf = _csrf(page.text)
    url = "/documents/news-001/review"
    ok = client.post(
        url,
        data={"csrf": csrf, "action": "confirm", "event_id": "news-001:e1"},
        follow_redirects=False,
    )
    assert ok.status_code == 303 and ok.headers["location"].endswith("#ev-news-001-e1")
    client.post(url, data={"csrf": csrf, "action": "reject", "event_id": "news-001:e2"})
    edit = {
        "csrf": csrf,
        "action": "edit",
        "event_id": "news-001:e3",
        "event": "COERCE",
        "mode": "arrest",
        "actor_codes": "MMR",
        "actor_sectors": "MIL",
        "actor_texts": "soldiers",
        "recipient_codes": "MMR",
        "recipient_sectors": "LAB",
        "recipient_texts": "Ko Thet Naing",
        "date": "2021-02-17",
        "factuality": "asserted",
        "note": "the union leader",
    }
    assert client.post(url, data=edit).status_code == 200  # the redirect was followed
    added = client.post(
        url,
        data={
            "csrf": csrf,
            "action": "add",
            "event": "ACCUSE",
            "actor_codes": "UNO",
            "actor_sectors": "",
            "actor_texts": "Tom Andrews",
            "recipient_codes": "MMR",
            "recipient_sectors": "MIL",
            "recipient_texts": "the junta",
            "date": "2021-02-18",
        },
        follow_redirects=False,
    )
    assert added.status_code == 303 and "#ev-news-001-r4" in added.headers["location"]
    shown = client.get("/documents/news-001").text
    assert "added by analyst" in shown and "the union leader" in shown
    assert 'class="status confirm">confirmed' in shown and 'class="status reject">rejected' in shown
    listing = client.get("/reviews").text
    assert all(
        f'class="status {a}">{a}</span></td>' in listing
        for a in ("confirm", "reject", "edit", "add")
    )
    marked = client.get("/", params={"size": 100, "factuality": "any"}).text
    assert '<span class="status reject">reject</span>' in marked
    client.app.state.store.close()  # one process may not open a file two ways at once
    with Store(db, read_only=True) as store:
        after = [e.to_dict() for e in store.events(EventFilter(factuality="any"))]
    assert after == before


def test_review_input_errors_say_what_is_wrong(db):
    client = TestClient(create_app(db, reviews=True))
    csrf = _csrf(client.get("/documents/news-001").text)
    url = "/documents/news-001/review"
    edit = {"csrf": csrf, "action": "edit", "event_id": "news-001:e1", "event": "PROTEST"}
    bad_code = client.post(url, data={**edit, "actor_codes": "Myanmar"})
    assert bad_code.status_code == 400
    assert "Actor code &#39;MYANMAR&#39; is not valid" in bad_code.text
    bad_mode = client.post(url, data={**edit, "mode": "arrest"})
    assert bad_mode.status_code == 400 and "is not a PLOVER mode of PROTEST" in bad_mode.text
    other_doc = client.post(
        url, data={"csrf": csrf, "action": "confirm", "event_id": "news-008:e1"}
    )
    assert other_doc.status_code == 400 and "No event of document news-001" in other_doc.text
    forged = client.post(
        url, data={"csrf": "guess", "action": "confirm", "event_id": "news-001:e1"}
    )
    assert forged.status_code == 403 and "CSRF" in forged.text
    client.app.state.store.close()
    with Store(db, read_only=True) as store:
        assert store.con.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0


def test_a_write_token_is_needed_when_set(db):
    client = TestClient(create_app(db, reviews=True, token="s3cret-token"))
    page = client.get("/documents/news-001")
    assert "write token" in page.text and 'value="confirm"' not in page.text
    csrf = _csrf(client.get("/").text) if 'name="csrf"' in client.get("/").text else None
    assert csrf is None  # no form is shown without the token
    form = {"action": "confirm", "event_id": "news-001:e1"}
    refused = client.post("/documents/news-001/review", data={**form, "csrf": "x"})
    assert refused.status_code == 403
    assert client.get("/login", params={"token": "wrong"}).status_code == 403
    logged = client.get("/login", params={"token": "s3cret-token"}, follow_redirects=False)
    assert logged.status_code == 303 and "dragoman_token" in logged.headers["set-cookie"]
    assert "samesite=strict" in logged.headers["set-cookie"].lower()
    csrf = _csrf(client.get("/documents/news-001").text)  # the cookie is kept by the client
    accepted = client.post(
        "/documents/news-001/review", data={**form, "csrf": csrf}, follow_redirects=False
    )
    assert accepted.status_code == 303
    other = TestClient(client.app)
    by_header = other.post(
        "/documents/news-001/review",
        data={**form, "csrf": csrf},
        headers={"X-Dragoman-Token": "s3cret-token"},
        follow_redirects=False,
    )
    assert by_header.status_code == 303
    without = other.post("/documents/news-001/review", data={**form, "csrf": csrf})
    assert without.status_code == 403 and "write token" in without.text


def test_reviewed_documents_export_as_gold_and_score_with_the_real_evaluator(db, tmp_path):
    """Confirm all of one article but one rejected event, add a missed one: the coder then
    scores exactly one false alarm (the rejected event) and one miss (the added one)."""
    with Store(db) as store:
        asserted = list(store.events(EventFilter(doc_id="news-008")))
        assert len(asserted) >= 3
        rejected = asserted[0]
        for event in asserted[1:]:
            add_review(store.con, doc_id="news-008", action="confirm", event_id=event.id)
        add_review(store.con, doc_id="news-008", action="reject", event_id=rejected.id)
        kinds = {e.event for e in asserted}
        missed = next(k for k in ("CONCEDE", "RETREAT", "AID", "REJECT") if k not in kinds)
        add_review(
            store.con,
            doc_id="news-008",
            action="add",
            fields={
                "event": missed,
                "actor": [{"code": "UKR", "sector": "GOV", "text": "Kyiv"}],
                "recipient": [],
                "date": "2022-03-01",
            },
        )
        gold_path = tmp_path / "gold.jsonl"
        stats = export_gold(store, gold_path)
    assert (stats.documents, stats.events, stats.unreviewed) == (1, len(asserted), 0)
    (gold,) = read_gold(gold_path)
    assert gold.document.id == "news-008" and len(gold.events) == len(asserted)
    record = json.loads(gold_path.read_text())
    # FORMATS.md 1: the event object of a gold file, without provenance
    assert (
        set(record["events"][0])
        == set(GOLD_KEYS)
        == {"event", "mode", "context", "actor", "recipient", "date", "factuality"}
    )
    result = CliRunner().invoke(cli, ["eval", str(gold_path), "--json"])
    assert result.exit_code == 0, result.output
    l1 = json.loads(result.output)["levels"]["L1"]
    assert (l1["tp"], l1["fp"], l1["fn"]) == (len(asserted) - 1, 1, 1)


def test_export_reviewed_command(db, tmp_path):
    runner = CliRunner()
    out = tmp_path / "gold.jsonl"
    none_yet = runner.invoke(cli, ["export", str(out), "--reviewed", "--db", str(db)])
    assert none_yet.exit_code == 1 and "has no reviews yet" in none_yet.output
    with Store(db) as store:
        first = next(store.events(EventFilter(doc_id="news-001")))
        add_review(store.con, doc_id="news-001", action="confirm", event_id=first.id)
        unreviewed = store.count_events(EventFilter(doc_id="news-001")) - 1
    result = runner.invoke(cli, ["export", str(out), "--reviewed", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "1 reviewed documents, 1 gold events" in result.output
    assert f"{unreviewed} asserted events in these documents were not reviewed" in result.output
    assert json.loads(out.read_text())["events"][0]["event"] == first.event
    filtered = runner.invoke(
        cli, ["export", str(out), "--reviewed", "--db", str(db), "--actor", "USA"]
    )
    assert filtered.exit_code == 2 and "--actor" in filtered.output


def test_gold_download_matches_the_command(db, tmp_path):
    client = TestClient(create_app(db, reviews=True))
    csrf = _csrf(client.get("/documents/news-012").text)
    client.post("/documents/news-012/confirm-rest", data={"csrf": csrf})
    downloaded = client.get("/reviews/gold.jsonl")
    assert downloaded.status_code == 200
    client.app.state.store.close()
    with Store(db, read_only=True) as store:
        export_gold(store, tmp_path / "cli.jsonl")
        expected = store.count_events(EventFilter(doc_id="news-012"))
    assert downloaded.text == (tmp_path / "cli.jsonl").read_text(encoding="utf-8")
    assert len(json.loads(downloaded.text)["events"]) == expected > 0


def test_segments_mark_gapped_triggers_roles_and_factuality():
    text = "The EU closed its airspace to Russian airlines. Moscow did not retaliate."
    closed = Event(
        event="COERCE",
        id="d:e1",
        actor=[Entity("The EU", "EUR", "GOV")],
        recipient=[Entity("Russian airlines", "RUS", "BUS")],
        event_text="closed airspace",  # a verb and its object, 'its' between them
        start=0,
        end=47,
    )
    retaliate = Event(
        event="ASSAULT",
        id="d:e2",
        actor=[Entity("Moscow", "RUS", "GOV")],
        event_text="retaliate",
        factuality="negated",
        start=48,
        end=len(text),
    )
    pieces = segments(text, [closed, retaliate])
    assert "".join(p.text for p in pieces) == text
    marked = {(p.text, tuple(p.roles), p.factuality) for p in pieces if p.roles}
    assert marked == {
        ("The EU", ("actor",), None),
        ("closed", ("trigger",), "asserted"),
        ("airspace", ("trigger",), "asserted"),
        ("Russian airlines", ("recipient",), None),
        ("Moscow", ("actor",), None),
        ("retaliate", ("trigger",), "negated"),
    }
    # words outside the event's sentence are never marked, even when they match
    elsewhere = Event(event="ACCUSE", id="d:e3", event_text="closed", start=48, end=len(text))
    assert not any(p.roles for p in segments(text, [elsewhere]))
