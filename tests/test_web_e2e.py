"""The web app in a real browser: Playwright drives Debian's Chromium (/usr/bin/chromium).

An analyst's session end to end: filter the events, open an article, see its highlighted
spans, correct an event, reject one, add a missed one, confirm the rest, download the
review as gold and score the coder on it with ``dragoman eval``.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from playwright.sync_api import expect, sync_playwright

from dragoman.cli import cli
from dragoman.coding import code_into_store
from dragoman.evaluate import read_gold
from dragoman.ingest import read_inputs
from dragoman.store import EventFilter, Store
from dragoman.web import create_app
from dragoman.web.local import background_server, launch_chromium

from .conftest import EXAMPLES

DOCS = {"news-001", "news-002", "news-008"}


@pytest.fixture(scope="module")
def served(tmp_path_factory, nlp):
    """A store of three sample articles coded by the real pipeline, served with reviews on."""
    db = tmp_path_factory.mktemp("e2e") / "e2e.duckdb"
    documents = [d for d in read_inputs([EXAMPLES]) if getattr(d, "id", None) in DOCS]
    with Store(db) as store:
        code_into_store(documents, store, nlp=nlp)
        coded = {e.id: e for e in store.events(EventFilter(doc_id="news-008", factuality="any"))}
    app = create_app(db, reviews=True)
    with background_server(app) as url:
        yield url, coded


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()


def test_filter_open_review_export_and_score(served, browser, tmp_path):
    url, coded = served
    asserted = [e for e in coded.values() if e.factuality == "asserted"]
    page = browser.new_page(viewport={"width": 1400, "height": 1000})

    # 1. filter the events: Russian assaults
    page.goto(url + "/")
    page.fill("input[name=actor]", "RUS")
    page.select_option("select[name=type]", "ASSAULT")
    page.click("form.filters button[type=submit]")
    rows = page.locator("table.events tbody tr")
    expect(rows.first).to_be_visible()
    types = rows.locator("td:nth-child(2) strong").all_inner_texts()
    assert types and set(types) == {"ASSAULT"}
    assert all("RUS" in cell for cell in rows.locator("td:nth-child(4)").all_inner_texts())
    assert page.locator("#counts strong").inner_text() == str(rows.count())

    # 2. open the article of the first row
    page.locator("a.doc-link", has_text="news-008").first.click()
    expect(page.locator("h1")).to_contain_text("Kharkiv")

    # 3. the highlighted spans and their classes
    text = page.locator("#article-text")
    expect(text.locator("mark.trigger", has_text="shelled")).to_have_count(1)
    expect(text.locator("mark.actor", has_text="Russian forces")).to_have_count(1)
    expect(text.locator("mark.recipient", has_text="the centre of Kharkiv")).to_have_count(1)
    expect(text.locator("mark.trigger.hypothetical")).not_to_have_count(0)
    # pointing at the first event's card lights up its words only
    first = next(e for e in asserted if e.recipient)  # one whose recipient can be edited
    card = page.locator(f"article.event[data-event='{first.id}']")
    card.hover()
    lit = text.locator("mark.focus")
    expect(lit).not_to_have_count(0)
    for events in lit.evaluate_all("ms => ms.map(m => m.dataset.events)"):
        assert first.id in events.split()

    # 4. correct an event: the recipient's sector becomes CVL (civilians)
    card.locator("summary", has_text="Edit").click()
    card.locator("input[name=recipient_sectors]").fill("CVL")
    card.locator("input[name=note]").fill("the shells hit civilians")
    card.locator("button", has_text="Save edit").click()
    card = page.locator(f"article.event[data-event='{first.id}']")
    expect(card.locator(".status")).to_have_text("edited")
    expect(card.locator("dd.edited")).to_contain_text("CVL")
    # reject the second asserted event, add one the coder missed, confirm the rest
    second = next(e for e in asserted if e.id != first.id)
    page.locator(f"article.event[data-event='{second.id}'] button.reject").click()
    expect(page.locator(f"article.event[data-event='{second.id}'] .status")).to_have_text(
        "rejected"
    )
    kinds = {e.event for e in asserted}
    missed = next(k for k in ("CONCEDE", "RETREAT", "AID", "REJECT") if k not in kinds)
    add = page.locator("details#add-event")
    add.locator("summary").click()
    add.locator("select[name=event]").select_option(missed)
    add.locator("input[name=actor_codes]").fill("UKR")
    add.locator("input[name=actor_sectors]").fill("GOV")
    add.locator("input[name=actor_texts]").fill("Kyiv")
    add.locator("button", has_text="Add event").click()
    expect(page.locator("article.event .badge.added")).to_have_count(1)
    page.locator("form.bulk button").click()
    for event in (e for e in asserted if e.id not in (first.id, second.id)):
        expect(page.locator(f"article.event[data-event='{event.id}'] .status")).to_have_text(
            "confirmed"
        )

    # 5. export the review as gold and score the coder on it
    page.click("header nav a:has-text('Reviews')")
    expect(page.locator("table.events tbody tr")).to_have_count(len(asserted) + 1)
    with page.expect_download() as download:
        page.click("a:has-text('Download the reviewed documents as gold JSONL')")
    gold_path = tmp_path / "gold.jsonl"
    download.value.save_as(gold_path)
    (gold,) = read_gold(gold_path)
    assert gold.document.id == "news-008" and len(gold.events) == len(asserted)
    result = CliRunner().invoke(cli, ["eval", str(gold_path), "--json"])
    assert result.exit_code == 0, result.output
    levels = json.loads(result.output)["levels"]
    # the rejected event is the coder's one false alarm, the added one its one miss
    assert (levels["L1"]["tp"], levels["L1"]["fp"], levels["L1"]["fn"]) == (
        len(asserted) - 1,
        1,
        1,
    )
    # the edited sector no longer agrees with the coder's at L3
    sector = {e.sector for e in first.recipient}
    expected_l3 = len(asserted) - 1 - (0 if sector == {"CVL"} else 1)
    assert (levels["L2"]["tp"], levels["L3"]["tp"]) == (len(asserted) - 1, expected_l3)

    # 6. the charts of the coded events
    page.click("header nav a:has-text('Charts')")
    page.fill("input[name=actor]", "RUS")
    page.click("form.filters button[type=submit]")
    for chart in ("#dyad-chart img", "#network-chart img"):
        expect(page.locator(chart)).to_be_visible()
        assert page.locator(chart).evaluate("img => img.naturalWidth") > 300
    page.close()
