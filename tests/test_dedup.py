"""Deduplication on a corpus the team wrote: the same events reported by several
outlets in different words and dates a day apart, with near misses that must stay apart
(another city the same day, the same pair two weeks later, another actor, a second arrest
in the same article). Gold groupings are the 'cluster' labels of tests/data/dedup/."""

import json

import pytest

from dragoman import dedup
from dragoman.coding import code_into_store
from dragoman.dedup import Mention, compatible, pairwise, similarity
from dragoman.errors import InputError
from dragoman.evaluate import read_gold
from dragoman.store import Store

from .conftest import ROOT

CORPUS = ROOT / "tests" / "data" / "dedup" / "reports.jsonl"


def documents():
    return [g.document for g in read_gold(CORPUS)]


def groups(store: Store) -> set[frozenset[str]]:
    rows = store.con.execute(
        "SELECT list(id ORDER BY id) FROM events WHERE cluster IS NOT NULL GROUP BY cluster"
    ).fetchall()
    return {frozenset(r[0]) for r in rows}


@pytest.fixture(scope="module")
def coded(nlp, tmp_path_factory):
    path = tmp_path_factory.mktemp("dedup") / "all.duckdb"
    with Store(path) as store:
        code_into_store(documents(), store, nlp=nlp)
    return path


def test_merge_decisions_reach_precision_and_recall_of_0_9(nlp):
    scores = dedup.evaluate(str(CORPUS), nlp=nlp)
    assert scores.matched >= 0.9 * scores.gold_mentions  # the coder found the reports
    assert scores.tp + scores.fn >= 12  # enough true merges for the figure to mean something
    assert scores.precision >= 0.9 and scores.recall >= 0.9, scores.as_dict()


def test_near_misses_stay_apart_and_reports_merge(coded):
    with Store(coded, read_only=True) as store:
        found = groups(store)
        cluster_of = dict(store.con.execute("SELECT id, cluster FROM events").fetchall())
        kharkiv = {"wire-k1:e1", "daily-k2:e1", "post-k3:e1"}
        assert kharkiv in found  # shelled / bombarded / 'shelled the city', a day apart
        assert cluster_of["wire-kv1:e1"] not in {cluster_of[i] for i in kharkiv}  # Kyiv
        assert cluster_of["globe-b4:e1"] != cluster_of["wire-b1:e1"]  # two weeks later
        assert cluster_of["globe-s3:e1"] != cluster_of["wire-s1:e1"]  # US, not EU
        assert cluster_of["wire-r1:e3"] != cluster_of["wire-r1:e1"]  # the Cusco arrest
        assert cluster_of["wire-r1:e2"] == cluster_of["wire-r1:e1"]  # repeated in one article
        row = store.con.execute(
            "SELECT num_mentions, num_sources, num_documents, first_report, last_report,"
            " representative, date FROM clusters WHERE id = ?",
            [cluster_of["wire-k1:e1"]],
        ).fetchone()
        assert row[:3] == (3, 3, 3)
        assert (row[3].isoformat(), row[4].isoformat(), row[6].isoformat()) == (
            "2022-03-01",
            "2022-03-02",
            "2022-03-01",
        )
        assert row[5] in kharkiv
        castillo = store.con.execute(
            "SELECT num_mentions, num_sources FROM clusters WHERE id = ?",
            [cluster_of["wire-r1:e1"]],
        ).fetchone()
        assert castillo == (3, 2)  # two reports in one article, one in another outlet


def test_negated_and_hypothetical_mentions_get_no_cluster(coded):
    with Store(coded, read_only=True) as store:
        assert (
            store.con.execute(
                "SELECT count(*) FROM events WHERE factuality != 'asserted' AND cluster IS NOT NULL"
            ).fetchone()[0]
            == 0
        )
        assert (
            store.con.execute(
                "SELECT count(*) FROM events WHERE factuality = 'asserted' AND cluster IS NULL"
            ).fetchone()[0]
            == 0
        )


def test_incremental_coding_groups_as_coding_all_at_once(nlp, coded, tmp_path):
    docs = documents()
    with Store(tmp_path / "parts.duckdb") as store:
        # later reports first: the clusters must still come out the same
        code_into_store(docs[len(docs) // 2 :], store, nlp=nlp)
        code_into_store(docs[: len(docs) // 2], store, nlp=nlp)
        incremental = groups(store)
    with Store(coded, read_only=True) as store:
        assert incremental == groups(store)


def test_recoding_a_changed_document_leaves_no_stale_membership(nlp, tmp_path):
    docs = documents()
    with Store(tmp_path / "t.duckdb") as store:
        code_into_store(docs, store, nlp=nlp)
        talks = store.con.execute("SELECT cluster FROM events WHERE id = 'wire-b1:e1'").fetchone()[
            0
        ]
        assert (
            store.con.execute("SELECT num_mentions FROM clusters WHERE id = ?", [talks]).fetchone()[
                0
            ]
            == 3
        )
        changed = next(d for d in docs if d.id == "globe-b2")
        changed.text = "Floods closed schools across the province on Monday."
        code_into_store([changed], store, nlp=nlp)
        row = store.con.execute(
            "SELECT num_mentions, doc_ids FROM clusters WHERE id = ?", [talks]
        ).fetchone()
        assert row == (2, ["post-b3", "wire-b1"])
        # every cluster row agrees with its members, none is empty
        bad = store.con.execute(
            """SELECT count(*) FROM clusters c
               WHERE num_mentions != (SELECT count(*) FROM events e WHERE e.cluster = c.id)"""
        ).fetchone()[0]
        assert bad == 0
        before = groups(store)
        dedup.rebuild(store)
        assert groups(store) == before


def test_compatible_and_similarity_rules():
    day = __import__("datetime").date
    a = Mention(
        "a:e1",
        "a",
        "ASSAULT",
        day(2022, 3, 1),
        actors=frozenset({"RUS"}),
        recipients=frozenset({"UKR"}),
        words=dedup.stems("Russian forces shelled Kharkiv"),
    )
    b = Mention(
        "b:e1",
        "b",
        "ASSAULT",
        day(2022, 3, 2),
        actors=frozenset({"RUS"}),
        recipients=frozenset({"UKR"}),
        words=dedup.stems("Russian troops shelling Kharkiv"),
    )
    assert compatible(a, b) and similarity(a, b) >= dedup.MERGE_AT
    far = Mention("c:e1", "c", "ASSAULT", day(2022, 3, 5), actors=frozenset({"RUS"}))
    assert not compatible(a, far)  # four days apart, both dated to the day
    month = Mention(
        "d:e1", "d", "ASSAULT", day(2022, 3, 20), precision="month", actors=frozenset({"RUS"})
    )
    assert compatible(a, month)  # 'in March' covers the 1st
    other = Mention("e:e1", "e", "ASSAULT", day(2022, 3, 1), actors=frozenset({"BLR"}))
    assert not compatible(a, other)
    assert dedup.stems("shelled shelling shells") == frozenset({"shell"})


def test_pairwise_counts_merge_decisions():
    assert pairwise(["x", "x", "y"], ["g", "g", "g"]) == (1, 0, 2)
    assert pairwise(["x", "x", None], ["g", "h", "h"]) == (0, 1, 1)


def test_eval_file_without_cluster_labels_is_named(tmp_path, nlp):
    gold = tmp_path / "gold.jsonl"
    record = {
        "id": "d1",
        "text": "Russian forces shelled Kharkiv.",
        "events": [
            {
                "event": "ASSAULT",
                "actor": [{"code": "RUS", "sector": "MIL", "text": "x"}],
                "recipient": [],
                "factuality": "asserted",
            }
        ],
    }
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"gold.jsonl: line 1 \(document d1\)"):
        dedup.evaluate(str(gold), nlp=nlp)
