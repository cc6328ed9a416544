import json

import pytest

from dragoman.errors import InputError
from dragoman.evaluate import max_matching, read_gold, score
from dragoman.records import Event


def ev(kind, actors=(), recipients=(), factuality="asserted", confidence=0.9, date=None):
    def ents(items):
        return [{"code": c, "sector": s, "text": c} for c, s in items]

    return Event.from_dict(
        {
            "event": kind,
            "actor": ents(actors),
            "recipient": ents(recipients),
            "factuality": factuality,
            "confidence": confidence,
            "date": date,
        }
    )


def test_levels_type_dyad_sector():
    gold = [ev("CONSULT", [("USA", "GOV")], [("RUS", "GOV")])]
    exact = score([([ev("CONSULT", [("USA", "GOV")], [("RUS", "GOV")])], gold)])
    assert [exact.levels[lv].f1 for lv in ("L1", "L2", "L3")] == [1.0, 1.0, 1.0]
    wrong_sector = score([([ev("CONSULT", [("USA", "MIL")], [("RUS", "GOV")])], gold)])
    assert [wrong_sector.levels[lv].tp for lv in ("L1", "L2", "L3")] == [1, 1, 0]
    wrong_dyad = score([([ev("CONSULT", [("USA", "GOV")], [])], gold)])
    assert [wrong_dyad.levels[lv].tp for lv in ("L1", "L2", "L3")] == [1, 0, 0]
    wrong_type = score([([ev("AGREE", [("USA", "GOV")], [("RUS", "GOV")])], gold)])
    assert wrong_type.levels["L1"].tp == 0 and wrong_type.levels["L1"].fp == 1


def test_compound_actor_intersection_and_both_empty_recipients():
    gold = [ev("AGREE", [("USA", None), ("JOR", None)])]
    result = score([([ev("AGREE", [("JOR", None)])], gold)])
    assert result.levels["L3"].tp == 1


def test_only_asserted_predictions_count_and_empty_gold_counts_false_alarms():
    predicted = [ev("ASSAULT", factuality="negated"), ev("ASSAULT")]
    result = score([(predicted, [])])
    assert result.levels["L1"].fp == 1 and result.levels["L1"].tp == 0
    assert result.levels["L1"].precision == 0.0


def test_matching_is_one_to_one_and_order_free():
    gold = [ev("ACCUSE", [("USA", None)]), ev("ACCUSE", [("RUS", None)])]
    predicted = [ev("ACCUSE", [("USA", None), ("RUS", None)]), ev("ACCUSE", [("USA", None)])]
    result = score([(predicted, gold)])
    assert result.levels["L2"].tp == 2  # a greedy matcher would find only 1
    assert max_matching([1, 2], [2, 1, 1], lambda a, b: a == b) == [(0, 1), (1, 0)]


def test_thresholds_and_per_type():
    gold = [ev("PROTEST"), ev("SANCTION")]
    predicted = [
        ev("PROTEST", confidence=0.9),
        ev("SANCTION", confidence=0.35),
        ev("AID", confidence=0.3),
    ]
    result = score([(predicted, gold)])
    assert result.by_threshold[0.0]["L1"].tp == 2 and result.by_threshold[0.0]["L1"].fp == 1
    assert result.by_threshold[0.4]["L1"].tp == 1 and result.by_threshold[0.4]["L1"].fp == 0
    assert result.by_type["AID"]["L1"].fp == 1 and result.by_type["PROTEST"]["L1"].tp == 1


def test_dates_are_compared_on_dyad_matches_with_a_gold_date():
    gold = [
        ev("PROTEST", [("KEN", None)], date="2026-05-05"),
        ev("ASSAULT", [("KEN", "COP")], date="2026-05-05"),
        ev("ACCUSE", [("GBR", None)]),  # undated gold: not counted
        ev("AID", [("USA", None)], date="2026-05-01"),  # unmatched: not counted
    ]
    predicted = [
        ev("PROTEST", [("KEN", None)], date="2026-05-05"),
        ev("ASSAULT", [("KEN", "COP")], date="2026-05-11"),
        ev("ACCUSE", [("GBR", None)], date="2026-05-11"),
    ]
    result = score([(predicted, gold)])
    assert (result.dated, result.dates_agree) == (2, 1)
    assert result.as_dict()["dates"] == {"dated_matches": 2, "agree": 1, "accuracy": 0.5}


def test_read_gold_reports_the_bad_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    good = {
        "id": "g1",
        "text": "Talks began.",
        "events": [{"event": "CONSULT", "actor": [], "recipient": []}],
    }
    path.write_text(
        json.dumps(good)
        + "\n"
        + json.dumps({"id": "g2", "text": "x", "events": [{"event": "FIGHT"}]})
        + "\n"
    )
    with pytest.raises(InputError, match="gold.jsonl, line 2: .*Unknown PLOVER event type 'FIGHT'"):
        list(read_gold(path))
