import io
import json

import pytest

from dragoman.ingest import FieldMap, Skipped, read_inputs

ENGLISH = "Russian troops shelled the city of Kharkiv on Tuesday, the Ukrainian military said in a statement."


def split(items):
    docs = [i for i in items if not isinstance(i, Skipped)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    return docs, skipped


def test_jsonl_bad_lines_are_skipped_with_file_and_line(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": ENGLISH, "date": "2022-03-01"})
        + "\n{broken json\n\n"
        + json.dumps([1, 2])
        + "\n"
        + json.dumps({"id": "c", "text": "  "})
        + "\n"
        + json.dumps({"id": "d", "text": ENGLISH, "date": "not a date"})
        + "\n",
        encoding="utf-8",
    )
    docs, skipped = split(list(read_inputs([path])))
    assert [d.id for d in docs] == ["a"]
    assert docs[0].date == "2022-03-01"
    messages = [s.message for s in skipped]
    assert [s.line for s in skipped] == [2, 4, 5, 6]
    assert f"{path}, line 2: not valid JSON" in messages[0]
    assert "not a JSON object" in messages[1]
    assert "text is empty" in messages[2]
    assert "ISO 8601" in messages[3]


def test_undecodable_file_names_file_and_line(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(("Line one is fine.\nCaf\xe9 talks in Paris " + ENGLISH).encode("latin-1"))
    docs, skipped = split(list(read_inputs([path])))
    assert docs == []
    assert "not valid utf-8" in skipped[0].message and "line 2" in skipped[0].message
    assert "--encoding" in skipped[0].message
    docs, skipped = split(list(read_inputs([path], encoding="latin-1")))
    assert skipped == [] and "Café" in docs[0].text


def test_huge_and_non_english_documents_are_skipped(tmp_path):
    path = tmp_path / "docs.jsonl"
    german = "Die Regierung hat am Dienstag neue Sanktionen gegen Russland beschlossen und die Botschaft geschlossen."
    russian = "Российские войска обстреляли Харьков во вторник, заявили военные Украины в своем заявлении."
    lines = [
        {"id": "big", "text": ENGLISH * 60_000},  # about 5.8 MB
        {"id": "de", "text": german},
        {"id": "ru", "text": russian},
        {"id": "en", "text": ENGLISH},
    ]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    docs, skipped = split(list(read_inputs([path])))
    assert [d.id for d in docs] == ["en"]
    assert "more than the limit" in skipped[0].message and "line 1" in skipped[0].message
    assert "does not look like English" in skipped[1].message
    assert "does not look like English" in skipped[2].message
    docs, _ = split(list(read_inputs([path], english_only=False, max_chars=10_000_000)))
    assert [d.id for d in docs] == ["big", "de", "ru", "en"]


def test_csv_with_mapped_columns_and_quoted_newlines(tmp_path):
    path = tmp_path / "feed.csv"
    path.write_text(
        'guid,body,published\n1,"Talks resumed\nin Geneva on Monday, officials said, and both sides were hopeful.",2024-05-06\n',
        encoding="utf-8",
    )
    docs, skipped = split(list(read_inputs([path])))
    assert (
        docs == []
        and "no 'text' column" in skipped[0].message
        and "--text-field" in skipped[0].message
    )
    fields = FieldMap(id="guid", text="body", date="published")
    docs, skipped = split(list(read_inputs([path], fields=fields)))
    assert skipped == []
    assert docs[0].id == "1" and docs[0].date == "2024-05-06"
    assert docs[0].text.startswith("Talks resumed in Geneva on Monday")  # hard break repaired


def test_directory_is_read_recursively_with_stable_ids(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "two.txt").write_text(ENGLISH.replace("Tuesday", "Monday"), encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    docs, skipped = split(list(read_inputs([tmp_path], default_date="2022-03-02")))
    assert sorted(d.id for d in docs) == ["a/one.txt", "two.txt"]
    assert all(d.date == "2022-03-02" for d in docs)
    again, _ = split(list(read_inputs([tmp_path])))
    assert sorted(d.id for d in again) == sorted(d.id for d in docs)


def test_html_main_text_and_metadata_are_extracted(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        """<html><head><title>Talks in Geneva</title>
        <meta property="article:published_time" content="2024-03-05"></head>
        <body><nav>Home | World | Sport</nav><article><h1>Talks in Geneva</h1>
        <p>Foreign ministers of Russia and Ukraine held talks in Geneva on Monday, officials said.
        The meeting lasted three hours and both sides described it as useful.</p>
        <p>The United Nations welcomed the meeting and urged both sides to continue.</p>
        </article><footer>Copyright 2024</footer></body></html>""",
        encoding="utf-8",
    )
    docs, skipped = split(list(read_inputs([path])))
    assert skipped == []
    assert docs[0].date == "2024-03-05" and docs[0].title == "Talks in Geneva"
    assert "held talks in Geneva" in docs[0].text
    assert "Copyright" not in docs[0].text and "Sport" not in docs[0].text


def test_standard_input_plain_text_and_jsonl(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ENGLISH.encode())))
    docs, _ = split(list(read_inputs(["-"])))
    assert docs[0].text == ENGLISH
    lines = json.dumps({"id": "x", "text": ENGLISH}) + "\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    docs, _ = split(list(read_inputs(["-"])))
    assert docs[0].id == "x"


def test_missing_and_unknown_files_are_reported(tmp_path):
    unknown = tmp_path / "data.xlsx"
    unknown.write_bytes(b"PK")
    _, skipped = split(list(read_inputs([tmp_path / "nope.txt", unknown])))
    assert "no such file" in skipped[0].message
    assert "unknown input kind '.xlsx'" in skipped[1].message


@pytest.mark.parametrize("name", ["empty.txt"])
def test_empty_file_is_skipped(tmp_path, name):
    (tmp_path / name).write_text("\n \n", encoding="utf-8")
    _, skipped = split(list(read_inputs([tmp_path / name])))
    assert "text is empty" in skipped[0].message


def test_a_short_english_sentence_is_english_and_short_foreign_ones_are_not():
    from dragoman.ingest._readers import looks_english

    assert looks_english("Russian troops shelled Kharkiv on Tuesday, Ukrainian officials said.")[0]
    assert not looks_english(
        "El gobierno de Colombia firmó un acuerdo de paz con los rebeldes del ELN."
    )[0]
    assert not looks_english(
        "Le gouvernement a imposé de nouvelles sanctions contre la Russie mardi."
    )[0]
