import csv
import json

import duckdb
import pytest

from dragoman.records import Document, Event
from dragoman.store import EventFilter, Store


def doc(doc_id="d1", text="Russia shelled Kharkiv.", date="2022-03-01"):
    return Document(id=doc_id, text=text, date=date)


def event(
    doc_id="d1",
    n=1,
    kind="ASSAULT",
    actor="RUS",
    recipient="UKR",
    date="2022-03-01",
    factuality="asserted",
):
    return Event.from_dict(
        {
            "id": f"{doc_id}:e{n}",
            "doc_id": doc_id,
            "event": kind,
            "mode": None,
            "actor": [{"code": actor, "sector": "MIL", "text": "Russian troops"}],
            "recipient": [{"code": recipient, "sector": None, "text": "Kharkiv"}],
            "date": date,
            "date_source": "text",
            "factuality": factuality,
            "quad_code": 4,
            "goldstein": -9.0,
            "event_text": "shelled",
            "sentence": "Russia shelled Kharkiv.",
            "start": 0,
            "end": 23,
            "confidence": 0.8,
            "evidence": "test",
        }
    )


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "t.duckdb") as s:
        yield s


def test_rewriting_a_document_replaces_its_events(store):
    store.write(doc(), [event(n=1), event(n=2, kind="COERCE")], "v1")
    store.write(doc(), [event(n=1)], "v1")
    assert store.count("documents") == 1 and store.count("events") == 1
    assert store.is_current(doc(), "v1")
    assert not store.is_current(doc(), "v2")
    assert not store.is_current(doc(text="Changed text."), "v1")


def test_events_round_trip_and_filters(store):
    store.write(
        doc(),
        [
            event(n=1),
            event(n=2, kind="CONSULT", actor="USA", recipient="RUS", date="2022-03-05"),
            event(n=3, factuality="negated"),
        ],
        "v1",
    )
    stored = list(store.events(EventFilter(factuality="any")))
    assert stored[0].to_dict() == event(n=1).to_dict() | {"cluster": None}
    assert [e.id for e in store.events(EventFilter(actor="usa"))] == ["d1:e2"]
    assert [e.id for e in store.events(EventFilter(recipient="UKR"))] == ["d1:e1"]
    assert [e.id for e in store.events(EventFilter(types=("consult",)))] == ["d1:e2"]
    assert [e.id for e in store.events(EventFilter(since="2022-03-02"))] == ["d1:e2"]
    assert [e.id for e in store.events(EventFilter(until="2022-03-02"))] == ["d1:e1"]
    assert [e.id for e in store.events(EventFilter(factuality="negated"))] == ["d1:e3"]


def test_failed_write_leaves_the_previous_state(store, monkeypatch):
    store.write(doc(), [event(n=1)], "v1")
    broken = event(n=2)
    broken.id = None  # violates the NOT NULL primary key: the transaction must roll back
    with pytest.raises(duckdb.Error):
        store.write(doc(), [event(n=1), broken], "v1")
    assert store.count("events") == 1 and store.count("documents") == 1


def test_exports(store, tmp_path):
    store.write(doc(), [event(n=1), event(n=2, kind="CONSULT", actor="USA", recipient="RUS")], "v1")
    n = store.export(tmp_path / "e.jsonl", "jsonl")
    lines = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert n == 2 and lines[0]["event"] == "ASSAULT" and lines[0]["actor"][0]["code"] == "RUS"
    assert store.export(tmp_path / "e.csv", "csv", EventFilter(actor="USA")) == 1
    rows = list(csv.DictReader(open(tmp_path / "e.csv")))  # the GDELT-style flat layout
    assert (
        rows[0]["Actor1Code"] == "USA"
        and rows[0]["Actor2Code"] == "RUS"
        and rows[0]["Actor1Sector"] == "MIL"
    )
    assert (tmp_path / "e.codebook.md").exists()
    assert store.export(tmp_path / "e.parquet", "parquet") == 2
    back = duckdb.sql(
        f"SELECT EventType FROM '{tmp_path / 'e.parquet'}' ORDER BY EventType"
    ).fetchall()
    assert back == [("ASSAULT",), ("CONSULT",)]


def test_summary_counts_types_and_dyads(store):
    store.write(
        doc(),
        [event(n=1), event(n=2), event(n=3, kind="CONSULT", actor="USA", recipient="RUS")],
        "v1",
    )
    result = store.summary()
    assert result["by_type"] == [("ASSAULT", 2), ("CONSULT", 1)]
    assert result["top_dyads"][0] == ("RUS", "UKR", 2)


def test_place_filters_use_the_event_location(store):
    kyiv = event(n=1)
    kyiv.event_loc = {
        "extracted_place": "Kyiv",
        "resolved_place": "Kyiv",
        "geonameid": 703448,
        "lat": 50.45466,
        "lon": 30.5238,
        "country_code": "UKR",
        "admin1": "12",
        "feature_class": "P",
    }
    lviv = event(n=2)
    lviv.event_loc = dict(kyiv.event_loc, resolved_place="Lviv", lat=49.83826, lon=24.02324)
    nowhere = event(n=3)
    store.write(doc(), [kyiv, lviv, nowhere], "v1")
    assert [e.id for e in store.events(EventFilter(country="ukr"))] == ["d1:e1", "d1:e2"]
    assert [e.id for e in store.events(EventFilter(near=(50.45, 30.52, 50)))] == ["d1:e1"]
    assert [e.id for e in store.events(EventFilter(near=(50.45, 30.52, 500)))] == ["d1:e1", "d1:e2"]
