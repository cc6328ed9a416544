"""Panels, plots and analyst exports on the dedup corpus (tests/data/dedup), checked
against counts made by hand from its reports."""

import csv

import duckdb
import pytest
from click.testing import CliRunner

from dragoman.cli import cli
from dragoman.coding import code_into_store
from dragoman.errors import RecordError
from dragoman.evaluate import read_gold
from dragoman.exports import CODEBOOK, codebook_path, export
from dragoman.ontology import EVENT_TYPES, score
from dragoman.panel import QUAD_COLUMNS, panel, parse_dyad, series
from dragoman.plot import plot_dyad, plot_network
from dragoman.store import EventFilter, Store

from .conftest import ROOT

CORPUS = ROOT / "tests" / "data" / "dedup" / "reports.jsonl"


@pytest.fixture(scope="module")
def db(nlp, tmp_path_factory):
    path = tmp_path_factory.mktemp("panel") / "p.duckdb"
    with Store(path) as store:
        code_into_store((g.document for g in read_gold(CORPUS)), store, nlp=nlp)
    return path


@pytest.fixture
def store(db):
    with Store(db, read_only=True) as s:
        yield s


def row(frame, period, actor, recipient):
    hit = frame[
        (frame["period"] == period) & (frame["actor"] == actor) & (frame["recipient"] == recipient)
    ]
    assert len(hit) == 1, (period, actor, recipient)
    return hit.iloc[0]


def test_panel_counts_match_a_hand_count(store):
    frame = panel(store, by="month")
    # Russia shelled Kharkiv (3 reports) and a tower in Kyiv (1 report) in March 2022
    rus = row(frame, "2022-03-01", "RUS", "UKR")
    assert (rus["events"], rus["mentions"], rus["ASSAULT"], rus["material_conflict"]) == (
        2,
        4,
        2,
        2,
    )
    assert rus["goldstein_sum"] == 2 * score("ASSAULT", "heavy-weapons")
    # Blinken met Qin Gang in Beijing (3 reports) in June and in Jakarta (1) in July 2023
    june, july = row(frame, "2023-06-01", "USA", "CHN"), row(frame, "2023-07-01", "USA", "CHN")
    assert (june["events"], june["mentions"], june["verbal_cooperation"]) == (1, 3, 1)
    assert (july["events"], july["mentions"]) == (1, 1)
    assert june["goldstein_mean"] == score("CONSULT")
    # North Korea's missiles: 14 January (2 reports) and 24 January (1), no recipient
    prk = row(frame, "2024-01-01", "PRK", "(none)")
    assert (prk["events"], prk["mentions"]) == (2, 3)
    # the pact has a compound actor and no recipient: it counts for the pair both ways
    assert row(frame, "2024-07-01", "JPN", "PHL")["events"] == 1
    assert row(frame, "2024-07-01", "PHL", "JPN")["events"] == 1
    mentions = panel(store, by="month", unit="mentions")
    # report by report, 'shelled the city' names no recipient: the event has one
    assert row(mentions, "2022-03-01", "RUS", "UKR")["events"] == 3
    assert row(mentions, "2022-03-01", "RUS", "(none)")["events"] == 1


def test_panel_is_balanced_with_zero_rows(store):
    frame = panel(store, by="week", dyad=("USA", "CHN"))
    assert list(frame["period"].dt.strftime("%Y-%m-%d")) == [
        "2023-06-19",
        "2023-06-26",
        "2023-07-03",
    ]
    assert list(frame["events"]) == [1, 0, 1]
    assert frame["goldstein_mean"].isna().tolist() == [False, True, False]
    assert set(frame.columns) >= {
        "period",
        "actor",
        "recipient",
        "events",
        "goldstein_sum",
        "goldstein_mean",
        *QUAD_COLUMNS.values(),
        *EVENT_TYPES,
    }
    ranged = panel(store, by="month", dyad=("USA", "CHN"), since="2023-01-01", until="2023-12-31")
    assert len(ranged) == 12 and ranged["events"].sum() == 2
    # every dyad has every period of the range
    whole = panel(store, by="year")
    assert whole.groupby(["actor", "recipient"]).size().nunique() == 1


def test_panel_filters_and_polars(store):
    only = panel(store, by="year", actor="IRN", types=["ACCUSE"])
    assert set(only["recipient"]) == {"ISR", "USA"} and only["events"].sum() == 2
    assert only["ACCUSE"].sum() == 2 and only["THREATEN"].sum() == 0
    polars = pytest.importorskip("polars")
    frame = panel(store, by="year", actor="IRN", types=["ACCUSE"], frame="polars")
    assert isinstance(frame, polars.DataFrame) and frame["events"].sum() == 2
    with pytest.raises(RecordError, match="Unknown period 'fortnight'"):
        panel(store, by="fortnight")
    with pytest.raises(RecordError, match="USA:RUS"):
        parse_dyad("USA")


def test_series_counts_an_event_once(store):
    pact = series(store, by="year", actor="JPN")
    assert pact["events"].tolist() == [1]
    world = series(store, by="month", actor="RUS")
    assert world["events"].sum() == 2 and world["material_conflict"].sum() == 2


def test_plots_have_title_axes_and_legend(store, tmp_path):
    figure = plot_dyad(store, dyad=("USA", "CHN"), by="week")
    top, bottom = figure.axes
    assert "USA \u2192 CHN" in top.get_title() and "2 events from 4 reports" in top.get_title()
    assert top.get_ylabel() and bottom.get_xlabel() and top.get_legend() is not None
    figure.savefig(tmp_path / "d.png")
    assert (tmp_path / "d.png").stat().st_size > 10_000
    network = plot_network(store)
    assert "dyads" in network.axes[0].get_title()
    network.savefig(tmp_path / "n.png")
    with pytest.raises(RecordError, match="Nothing to plot"):
        plot_dyad(store, dyad=("FRA", "DEU"))


def test_exports_events_or_mentions_with_codebook(store, tmp_path):
    mentions = export(store, tmp_path / "m.csv")
    events = export(store, tmp_path / "e.csv", dedup=True)
    clusters = store.con.execute("SELECT count(*) FROM clusters").fetchone()[0]
    assert (
        mentions
        == store.count()
        - store.con.execute(
            "SELECT count(*) FROM events WHERE factuality != 'asserted'"
        ).fetchone()[0]
    )
    assert events == clusters < mentions
    rows = list(csv.DictReader(open(tmp_path / "e.csv", encoding="utf-8")))
    assert list(rows[0]) == [name for name, _, _ in CODEBOOK]
    kharkiv = next(
        r
        for r in rows
        if r["EventType"] == "ASSAULT" and r["Actor1Code"] == "RUS" and r["NumMentions"] == "3"
    )
    assert (kharkiv["SQLDATE"], kharkiv["NumSources"], kharkiv["QuadClass"]) == (
        "20220301",
        "3",
        "4",
    )
    book = codebook_path(tmp_path / "e.csv").read_text(encoding="utf-8")
    assert "| GoldsteinScale |" in book and "deduplicated event" in book
    assert export(store, tmp_path / "e.parquet", dedup=True) == events
    back = duckdb.sql(f"SELECT count(DISTINCT GlobalEventID) FROM '{tmp_path / 'e.parquet'}'")
    assert back.fetchall()[0][0] == events
    assert export(store, tmp_path / "e.jsonl", selection=EventFilter(actor="RUS"), dedup=True) == 2
    assert export(store, tmp_path / "m.jsonl", selection=EventFilter(actor="RUS")) == 4


def test_cli_panel_plot_export_dedup(db, tmp_path):
    runner = CliRunner()
    result = runner.invoke(
        cli, ["panel", "--db", str(db), "--by", "year", "--dyad", "USA:CHN", "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert (
        lines[0].startswith("period,actor,recipient,events")
        and "2023-01-01,USA,CHN,2,4" in lines[1]
    )
    out = tmp_path / "p.parquet"
    result = runner.invoke(cli, ["panel", "--db", str(db), "--mentions", "-o", str(out)])
    assert result.exit_code == 0 and out.stat().st_size > 0, result.output
    png = tmp_path / "rus.png"
    result = runner.invoke(cli, ["plot", "--db", str(db), "--actor", "RUS", "-o", str(png)])
    assert result.exit_code == 0 and png.stat().st_size > 10_000, result.output
    result = runner.invoke(cli, ["plot", "--db", str(db), "--dyad", "USA-RUS"])
    assert result.exit_code == 1 and "--dyad USA:RUS" in result.output
    result = runner.invoke(cli, ["export", str(tmp_path / "x.csv"), "--db", str(db), "--dedup"])
    assert result.exit_code == 0 and "codebook" in result.output
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(db.read_bytes())
    result = runner.invoke(cli, ["dedup", "--db", str(copy), "--json"])
    assert result.exit_code == 0, result.output
    assert '"events": ' in result.output
