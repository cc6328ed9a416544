import pytest

from dragoman.errors import RecordError
from dragoman.records import Document, Event, content_id, parse_day


def test_document_from_dict_keeps_fields_and_validates_date():
    doc = Document.from_dict({"id": 7, "text": "Talks began.", "date": "2022-07-29T10:00:00Z"})
    assert doc.id == "7"
    assert doc.date == "2022-07-29"
    assert doc.to_dict() == {
        "id": "7",
        "date": "2022-07-29",
        "title": None,
        "url": None,
        "source": None,
        "text": "Talks began.",
    }


def test_document_without_id_is_keyed_by_content():
    a = Document.from_dict({"text": "Same text."})
    b = Document.from_dict({"text": "Same text."})
    assert a.id == b.id == content_id("Same text.")
    assert Document.from_dict({"text": "Other text."}).id != a.id


@pytest.mark.parametrize("bad", ["29/07/2022", "yesterday", 20220729])
def test_bad_dates_are_rejected(bad):
    with pytest.raises(RecordError):
        parse_day(bad)


def test_event_validation_names_the_valid_options():
    with pytest.raises(RecordError, match="Valid types: AGREE"):
        Event.from_dict({"event": "DEMAND"})
    with pytest.raises(RecordError, match="Valid modes of CONSULT: visit"):
        Event.from_dict({"event": "CONSULT", "mode": "email"})
    with pytest.raises(RecordError, match="Factuality"):
        Event.from_dict({"event": "CONSULT", "factuality": "maybe"})


def test_event_round_trip_keeps_the_formats_field_order():
    gold = {
        "event": "CONSULT",
        "mode": "phone",
        "actor": [{"code": "USA", "sector": "GOV", "text": "Antony Blinken"}],
        "recipient": [{"code": "RUS", "sector": "GOV", "text": "Sergey Lavrov"}],
        "date": "2022-07-29",
        "factuality": "asserted",
    }
    event = Event.from_dict(gold)
    out = event.to_dict()
    assert list(out)[:8] == [
        "id",
        "doc_id",
        "event",
        "mode",
        "context",
        "actor",
        "recipient",
        "date",
    ]
    assert out["actor"] == [{"text": "Antony Blinken", "code": "USA", "sector": "GOV"}]
    assert Event.from_dict(out).to_dict() == out
