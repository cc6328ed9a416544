"""Inputs at scale: WARC files (Common Crawl News) and Parquet shards."""

import io
import json

import duckdb
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dragoman.ingest import Skipped, read_inputs

ARTICLE = (
    "Police in Nairobi fired tear gas at thousands of protesters on Tuesday, officials said. "
    "The demonstrators had marched on parliament to demand the withdrawal of a finance bill. "
    "Kenya's interior minister accused opposition leaders of organising the unrest."
)


def page(title: str, text: str) -> bytes:
    paragraphs = "".join(f"<p>{s}</p>" for s in text.split(". "))
    return (
        f"<html><head><title>{title}</title></head><body><nav>Home | World</nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article><footer>(c) News</footer></body></html>"
    ).encode()


def write_warc(path, records):
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=str(path).endswith(".gz"))
        for url, content_type, body in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], "HTTP/1.1")
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-06-25T08:00:00Z"},
            )
            writer.write_record(record)


def test_warc_html_responses_become_documents_keyed_by_url(tmp_path):
    path = tmp_path / "CC-NEWS-20240625.warc.gz"
    write_warc(
        path,
        [
            ("https://news.example/kenya", "text/html; charset=utf-8", page("Kenya", ARTICLE)),
            ("https://news.example/logo.png", "image/png", b"\x89PNG..."),
            ("https://news.example/empty", "text/html", b"<html><body></body></html>"),
        ],
    )
    items = list(read_inputs([tmp_path]))  # found in a directory by its double suffix
    docs = [i for i in items if not isinstance(i, Skipped)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [d.id for d in docs] == ["https://news.example/kenya"]
    assert docs[0].url == "https://news.example/kenya" and docs[0].date == "2024-06-25"
    assert "tear gas" in docs[0].text and "Home | World" not in docs[0].text
    assert len(skipped) == 1 and "record 3 (https://news.example/empty)" in skipped[0].message
    assert skipped[0].reason == "no text in HTML"


def test_a_broken_warc_file_is_named_and_skipped(tmp_path):
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(b"\x1f\x8b\x08 this is not a crawl")
    (item,) = read_inputs([path])
    assert isinstance(item, Skipped) and "not a readable WARC file" in item.message


def test_parquet_rows_are_documents_with_mapped_columns(tmp_path):
    path = tmp_path / "shard-0.parquet"
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE t AS SELECT * FROM (VALUES (1, ?, DATE '2024-06-25'), (2, '', NULL)) "
        "AS v(key, body, published)",
        [ARTICLE],
    )
    con.execute(f"COPY t TO '{path}' (FORMAT PARQUET)")
    from dragoman.ingest import FieldMap

    fields = FieldMap(id="key", text="body", date="published")
    items = list(read_inputs([path], fields=fields))
    assert items[0].id == "1" and items[0].date == "2024-06-25" and items[0].text == ARTICLE
    assert isinstance(items[1], Skipped) and items[1].line == 2 and items[1].reason == "empty"
    (missing,) = read_inputs([path])  # no 'text' column without the mapping
    assert isinstance(missing, Skipped) and "--text-field" in missing.message


def test_summary_counts_skipped_input_by_reason_and_progress_knows_the_total(tmp_path):
    from click.testing import CliRunner

    from dragoman.cli import _progress, cli
    from dragoman.ingest import estimate_documents

    path = tmp_path / "mixed.jsonl"
    french = "La police a dispersé mardi une manifestation devant le parlement de la ville."
    lines = [{"id": "fr", "text": french}, {"id": "empty", "text": " "}]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n{broken\n", encoding="utf-8")
    assert estimate_documents([tmp_path]) == 3
    assert _progress(quiet=True).disable  # --quiet, and never in logs or pipes
    result = CliRunner().invoke(cli, ["code", str(path), "--db", str(tmp_path / "t.duckdb")])
    assert result.exit_code == 3
    assert "3 skipped (1 not English, 1 empty, 1 bad JSON)" in result.output
