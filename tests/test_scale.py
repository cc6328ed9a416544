"""The Ray engine against a local Ray (2 CPUs) started here: same events as one machine."""

import json

import duckdb
import pytest
import ray

from dragoman.coding import code_into_store
from dragoman.ingest import read_inputs
from dragoman.scale import code_with_ray, load_parquet
from dragoman.store import EventFilter, Store

from .conftest import EXAMPLES


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


@pytest.fixture
def shards(tmp_path):
    """The sample corpus cut into three JSONL shards, with one broken line."""
    lines = (EXAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    folder = tmp_path / "shards"
    folder.mkdir()
    for number in range(3):
        part = lines[number::3]
        if number == 1:
            part.append("{not json")
        (folder / f"part-{number}.jsonl").write_text("\n".join(part) + "\n", encoding="utf-8")
    return folder


def stored(db) -> tuple[list[dict], list[tuple]]:
    with Store(db, read_only=True) as store:
        events = [e.to_dict() for e in store.events(EventFilter(factuality="any"))]
        documents = store.con.execute(
            "SELECT id, date, title, text, content_hash, coder_version, num_events "
            "FROM documents ORDER BY id"
        ).fetchall()
    return events, documents


def without_cluster(event: dict) -> dict:
    return {k: v for k, v in event.items() if k != "cluster"}


def groups(events: list[dict]) -> set[frozenset[str]]:
    """The partition of mention ids by cluster."""
    by: dict[str, set[str]] = {}
    for event in events:
        if event["cluster"]:
            by.setdefault(event["cluster"], set()).add(event["id"])
    return {frozenset(ids) for ids in by.values()}


def test_ray_and_one_machine_give_identical_events_and_a_rerun_adds_nothing(
    local_ray, shards, tmp_path, nlp
):
    out = tmp_path / "out"
    summary = code_with_ray([shards], out, workers=2, progress=False)
    assert (summary.shards, summary.shards_done_before, summary.documents) == (3, 0, 32)
    assert summary.skipped == {"bad JSON": 1} and "part-1.jsonl, line" in summary.messages[0]

    with Store(tmp_path / "ray.duckdb") as store:
        assert load_parquet(out, store) == (32, summary.events)
    with Store(tmp_path / "one.duckdb") as store:
        report = code_into_store(read_inputs([shards]), store, nlp=nlp)
    ray_events, ray_documents = stored(tmp_path / "ray.duckdb")
    one_events, one_documents = stored(tmp_path / "one.duckdb")
    assert len(one_events) == report.events == summary.events > 100
    # every field of every event, in the same order; cluster ids are numbered in the order
    # mentions arrive, so the two stores must group the mentions alike, whatever the ids
    assert [without_cluster(e) for e in ray_events] == [without_cluster(e) for e in one_events]
    assert groups(ray_events) == groups(one_events) and any(e["cluster"] for e in one_events)
    assert ray_documents == one_documents

    # events are partitioned by event month, and DuckDB reads them in place
    by_month = duckdb.sql(
        f"SELECT month, count(*) FROM read_parquet('{out}/kind=event/**/*.parquet', "
        "hive_partitioning = true) GROUP BY month"
    ).fetchall()
    assert sum(n for _, n in by_month) == summary.events
    months = {e["date"][:7] if e["date"] else "undated" for e in one_events}
    assert {m for m, _ in by_month} == months

    # a rerun skips the shards done; a new shard alone is coded; nothing is duplicated
    again = code_with_ray([shards], out, workers=2, progress=False)
    assert (again.shards_done_before, again.documents, again.events) == (3, 0, 0)
    extra = {
        "id": "extra-1",
        "date": "2024-05-02",
        "text": "Police arrested 40 protesters in Minsk.",
    }
    (shards / "part-3.jsonl").write_text(json.dumps(extra) + "\n", encoding="utf-8")
    (out / "_staging" / "interrupted" / "kind=event").mkdir(parents=True)  # a crashed run
    third = code_with_ray([shards], out, workers=2, progress=False)
    assert (third.shards_done_before, third.documents) == (3, 1)
    assert not (out / "_staging" / "interrupted").exists()
    with Store(tmp_path / "ray.duckdb") as store:
        load_parquet(out, store)
        load_parquet(out, store)  # loading twice replaces, never duplicates
        assert store.count("documents") == 33
        assert store.count("events") == summary.events + third.events


def test_a_staged_run_that_was_ready_is_rolled_forward_not_redone(tmp_path):
    from dragoman.scale._output import done_shards, finish_staged

    out = tmp_path / "out"
    part = out / "_staging" / "run1" / "kind=event" / "month=2024-05"
    part.mkdir(parents=True)
    duckdb.sql(f"COPY (SELECT 'x:e1' AS id) TO '{part / 'a.parquet'}' (FORMAT PARQUET)")
    (out / "_staging" / "run1" / "READY").write_text(json.dumps({"k1": {"path": "p"}}))
    finish_staged(out)  # the run stopped after READY: its files are kept, its shard done
    assert (out / "kind=event" / "month=2024-05" / "run1-a.parquet").exists()
    assert done_shards(out) == {"k1"} and not (out / "_staging" / "run1").exists()
