import json

import pytest
from click.testing import CliRunner

from dragoman.cli import cli

from .conftest import EXAMPLES, ROOT

ARTICLE = {
    "id": "wire-1",
    "date": "2022-07-29",
    "text": (
        "Russian Foreign Minister Sergei Lavrov held a phone call with Turkish Foreign Minister "
        "Mevlut Cavusoglu on Thursday. Ukrainian officials accused Russian troops of shelling "
        "the city of Mykolaiv overnight. There is no indication that Moscow will withdraw its forces."
    ),
}


@pytest.fixture
def runner():
    return CliRunner()


def test_code_writes_store_and_jsonl_then_rerun_changes_nothing(runner, tmp_path, nlp):
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    db, out = tmp_path / "t.duckdb", tmp_path / "events.jsonl"
    args = ["code", str(src), "--db", str(db), "--out", str(out)]
    first = runner.invoke(cli, args)
    assert first.exit_code == 0, first.output
    assert "1 documents read, 1 coded" in first.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert records, "no events written"
    for record in records:
        assert record["doc_id"] == "wire-1" and record["id"].startswith("wire-1:e")
        assert ARTICLE["text"][record["start"] : record["end"]] == record["sentence"]
        assert record["evidence"] and record["factuality"] in (
            "asserted",
            "negated",
            "hypothetical",
        )
    consult = [r for r in records if r["event"] == "CONSULT"]
    assert consult and consult[0]["mode"] == "phone" and consult[0]["date"] == "2022-07-28"
    # the caller is the actor, the one called the recipient (FORMATS.md's example)
    assert {e["code"] for e in consult[0]["actor"]} == {"RUS"}
    assert {e["code"] for e in consult[0]["recipient"]} == {"TUR"}
    again = runner.invoke(cli, args)
    assert again.exit_code == 0 and "0 coded, 1 unchanged" in again.output
    assert [json.loads(x) for x in out.read_text().splitlines()] == records
    forced = runner.invoke(cli, [*args, "--force"])
    assert "1 coded" in forced.output
    listed = runner.invoke(
        cli, ["events", "--db", str(db), "--format", "json", "--factuality", "any"]
    )
    assert len(json.loads(listed.output)) == len(records)


def test_skipped_input_is_named_and_sets_exit_status_3(runner, tmp_path, nlp):
    src = tmp_path / "b.jsonl"
    src.write_text(json.dumps(ARTICLE) + "\n{oops\n", encoding="utf-8")
    result = runner.invoke(cli, ["code", str(src), "--db", str(tmp_path / "t.duckdb")])
    assert result.exit_code == 3
    assert f"{src}, line 2: not valid JSON" in result.output
    assert "1 coded" in result.output and "1 skipped" in result.output


def test_events_filters_and_formats(runner, tmp_path, nlp):
    db = tmp_path / "t.duckdb"
    assert runner.invoke(cli, ["code", str(EXAMPLES), "--db", str(db)]).exit_code == 0
    as_csv = runner.invoke(
        cli, ["events", "--db", str(db), "--type", "CONSULT", "--format", "csv", "--limit", "0"]
    )
    lines = as_csv.output.strip().splitlines()
    assert lines[0].startswith("id,date,date_precision,event") and len(lines) > 1
    assert all(",CONSULT," in line for line in lines[1:])
    table = runner.invoke(cli, ["events", "--db", str(db), "--limit", "3"])
    assert table.exit_code == 0 and "event" in table.output
    summary = runner.invoke(cli, ["summary", "--db", str(db)])
    assert "Events by type" in summary.output and "Top dyads" in summary.output
    for fmt in ("jsonl", "csv", "parquet"):
        target = tmp_path / f"out.{fmt}"
        result = runner.invoke(cli, ["export", str(target), "--db", str(db)])
        assert result.exit_code == 0 and target.stat().st_size > 0, result.output


def test_eval_prints_l2_f1_last(runner, tmp_path, nlp):
    gold = tmp_path / "gold.jsonl"
    record = dict(
        ARTICLE,
        events=[
            {
                "event": "CONSULT",
                "mode": "phone",
                "actor": [{"code": "RUS", "sector": "GOV", "text": "Sergei Lavrov"}],
                "recipient": [{"code": "TUR", "sector": "GOV", "text": "Mevlut Cavusoglu"}],
                "date": "2022-07-28",
                "factuality": "asserted",
            }
        ],
    )
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = runner.invoke(cli, ["eval", str(gold), "--by-type", "--thresholds"])
    assert result.exit_code == 0, result.output
    last = result.output.strip().splitlines()[-1]
    assert last.startswith("L2 F1 ")
    scores = json.loads(runner.invoke(cli, ["eval", str(gold), "--json"]).output)
    assert scores["levels"]["L1"]["tp"] == 1


def test_every_command_has_an_example_and_is_in_the_readme(runner):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        help_text = runner.invoke(cli, [name, "--help"]).output
        assert "Example:" in help_text, name
        assert f"dragoman {name}" in readme, f"README does not document `dragoman {name}`"


def test_resolve_shows_code_sector_and_why(runner, nlp):
    result = runner.invoke(cli, ["resolve", "Boris Johnson", "--date", "2021-03-01", "--json"])
    assert result.exit_code == 0, result.output
    (found,) = json.loads(result.output)
    assert (found["code"], found["sector"]) == ("GBR", "GOV") and "people.csv" in found["why"]
    later = json.loads(
        runner.invoke(cli, ["resolve", "Boris Johnson", "--date", "2024-03-01", "--json"]).output
    )
    assert later[0]["sector"] == "ELI"
    unknown = runner.invoke(cli, ["resolve", "a cat"])
    assert unknown.exit_code == 1 and "not resolved" in unknown.output
