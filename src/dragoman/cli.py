"""The ``dragoman`` command. Each command validates its options, calls a plain function
and prints; the work happens in ``coding``, ``store`` and ``evaluate``.

Exit status: 0 done; 1 an error stopped the command; 2 wrong usage; 3 done, but some
input was skipped (each skipped file or line is named on standard error).
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from . import __version__
from .errors import DragomanError, Errors
from .ontology import EVENT_TYPES, FACTUALITIES
from .store import EXPORT_FORMATS, EventFilter, Store

EXIT_SKIPPED = 3
OUTPUT_FORMATS = ("table", "csv", "json", "jsonl")

err_console = Console(stderr=True)


def _fail(err: Exception) -> None:
    raise click.ClickException(str(err)) from err


def handle_errors(func: Callable) -> Callable:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DragomanError as err:
            _fail(err)

    return wrapper


def db_option(func: Callable) -> Callable:
    return click.option(
        "--db",
        default="dragoman.duckdb",
        show_default=True,
        type=click.Path(dir_okay=False),
        help="The DuckDB store.",
    )(func)


def output_options(func: Callable) -> Callable:
    """The shared --format option of the commands that print rows."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(OUTPUT_FORMATS),
        default="table",
        show_default=True,
        help="table for reading, csv for spreadsheets, json (one array) or jsonl (a line a row).",
    )(func)


def quiet_option(func: Callable) -> Callable:
    return click.option(
        "--quiet", "-q", is_flag=True, help="No progress bar (it shows only on a terminal)."
    )(func)


def filter_options(func: Callable) -> Callable:
    """The shared event filters of ``events`` and ``export``."""
    options = [
        click.option("--actor", metavar="CODE", help="Actor code, e.g. USA, RUS, IGO."),
        click.option("--recipient", metavar="CODE", help="Recipient code."),
        click.option(
            "--type",
            "types",
            multiple=True,
            type=click.Choice(EVENT_TYPES, case_sensitive=False),
            help="PLOVER event type; repeat for several.",
        ),
        click.option("--since", metavar="YYYY-MM-DD", help="Events on or after this event date."),
        click.option("--until", metavar="YYYY-MM-DD", help="Events on or before this event date."),
        click.option(
            "--factuality",
            type=click.Choice((*FACTUALITIES, "any")),
            default="asserted",
            show_default=True,
            help="Negated and hypothetical mentions are stored too; 'any' shows all.",
        ),
        click.option(
            "--min-confidence", type=float, help="Only events at or above this confidence."
        ),
        click.option(
            "--country", metavar="CODE", help="Events that took place in this state (ISO3)."
        ),
        click.option("--near", metavar="LAT,LON", help="Events that took place near this point."),
        click.option(
            "--km", type=float, default=50.0, show_default=True, help="Radius for --near."
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _selection(**kwargs: Any) -> EventFilter:
    near = None
    if kwargs.get("near"):
        try:
            lat, lon = (float(x) for x in kwargs["near"].split(","))
        except ValueError:
            raise click.BadParameter("give --near as LAT,LON, e.g. --near 50.45,30.52") from None
        near = (lat, lon, kwargs.get("km") or 50.0)
    return EventFilter(
        country=kwargs.get("country"),
        near=near,
        actor=kwargs.get("actor"),
        recipient=kwargs.get("recipient"),
        types=tuple(kwargs.get("types") or ()),
        since=kwargs.get("since"),
        until=kwargs.get("until"),
        factuality=kwargs.get("factuality"),
        min_confidence=kwargs.get("min_confidence"),
    )


def print_rows(
    columns: list[str], rows: list[list[Any]], fmt: str, title: str | None = None
) -> None:
    if fmt == "table":
        table = Table(title=title, show_lines=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*["" if v is None else str(v) for v in row])
        Console().print(table)
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(columns)
        writer.writerows(rows)
        click.echo(buffer.getvalue(), nl=False)
    elif fmt == "json":
        click.echo(
            json.dumps(
                [dict(zip(columns, r, strict=True)) for r in rows], ensure_ascii=False, indent=2
            )
        )
    else:
        for row in rows:
            click.echo(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dragoman")
def cli() -> None:
    """dragoman: news text to PLOVER political event data, with evidence.

    \b
    Example:
        dragoman code examples/news --db dragoman.duckdb
        dragoman summary
        dragoman events --actor RUS --type ASSAULT --since 2022-02-24
    """


@cli.command("code")
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--no-store", is_flag=True, help="Do not write the DuckDB store (use with --out).")
@click.option(
    "--out", type=click.Path(dir_okay=False), help="Also write the events as JSONL (FORMATS.md 2)."
)
@click.option(
    "--date",
    "default_date",
    metavar="YYYY-MM-DD",
    help="Publication date for documents without one.",
)
@click.option(
    "--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Parsing processes."
)
@click.option("--encoding", default="utf-8", show_default=True, help="Encoding of the input files.")
@click.option(
    "--max-chars",
    default=1_000_000,
    show_default=True,
    type=click.IntRange(1),
    help="Skip longer documents.",
)
@click.option(
    "--all-languages", is_flag=True, help="Do not skip documents that do not look English."
)
@click.option(
    "--actors",
    "actor_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Extra actor table (columns of organisations.csv); repeatable.",
)
@click.option("--force", is_flag=True, help="Code again documents already stored unchanged.")
@click.option(
    "--id-field", default="id", show_default=True, help="JSON key or CSV column of the document id."
)
@click.option("--text-field", default="text", show_default=True, help="... of the text.")
@click.option(
    "--date-field", default="date", show_default=True, help="... of the publication date."
)
@click.option("--title-field", default="title", show_default=True, help="... of the title.")
@click.option("--url-field", default="url", show_default=True, help="... of the URL.")
@click.option("--source-field", default="source", show_default=True, help="... of the outlet name.")
@click.option(
    "--model", help="spaCy pipeline package to use (default: the best installed English one)."
)
@click.option(
    "--engine",
    type=click.Choice(("local", "ray")),
    default="local",
    show_default=True,
    help="local: this machine, into --db; ray: Ray Data, Parquet into --out-dir.",
)
@click.option("--address", help="Ray cluster address (default: a local Ray).")
@click.option(
    "--out-dir",
    type=click.Path(file_okay=False),
    help="Folder of the Parquet output of --engine ray (a rerun resumes it).",
)
@quiet_option
@handle_errors
def code_cmd(
    inputs: tuple[str, ...],
    db: str,
    no_store: bool,
    out: str | None,
    default_date: str | None,
    workers: int,
    encoding: str,
    max_chars: int,
    all_languages: bool,
    actor_files: tuple[str, ...],
    force: bool,
    id_field: str,
    text_field: str,
    date_field: str,
    title_field: str,
    url_field: str,
    source_field: str,
    model: str | None,
    engine: str,
    address: str | None,
    out_dir: str | None,
    quiet: bool,
) -> None:
    """Code news files into PLOVER events, stored in DuckDB.

    INPUTS are .txt, .jsonl, .csv, .html, .parquet and .warc(.gz) files, directories
    (read recursively) or '-' for standard input (JSON lines or plain text).

    \b
    Example:
        dragoman code examples/news --db dragoman.duckdb
        dragoman code articles.jsonl --out events.jsonl --workers 2
        dragoman code feed.csv --text-field body --date-field published
        dragoman code shards/ --engine ray --workers 8 --out-dir coded/
    """
    from .coding import code_into_store, open_output
    from .ingest import FieldMap, estimate_documents, read_inputs
    from .nlp import load
    from .records import parse_day

    default_date = parse_day(default_date, "--date")
    fields = FieldMap(id_field, text_field, date_field, title_field, url_field, source_field)
    if engine == "ray":
        if not out_dir:
            raise click.UsageError(Errors.E602)
        from .scale import code_with_ray

        summary = code_with_ray(
            inputs,
            out_dir,
            address=address,
            workers=workers,
            model=model,
            actors=actor_files,
            fields=fields,
            encoding=encoding,
            default_date=default_date,
            max_chars=max_chars,
            english_only=not all_languages,
            progress=not quiet,
        )
        for message in summary.messages:
            err_console.print(f"[yellow]skipped:[/] {message}", highlight=False, soft_wrap=True)
        click.echo(
            f"{summary.shards} shards, {summary.shards_done_before} done before; "
            f"{summary.documents} documents coded, {_skip_counts(summary.skipped)}; "
            f"{summary.events} event mentions into {out_dir} (dragoman load {out_dir} --db FILE)"
        )
        if summary.skipped:
            sys.exit(EXIT_SKIPPED)
        return
    documents = read_inputs(
        inputs,
        fields=fields,
        encoding=encoding,
        default_date=default_date,
        max_chars=max_chars,
        english_only=not all_languages,
    )
    nlp = load(model, actors=actor_files)
    store = None if no_store else Store(db)
    output = open_output(out)
    progress = _progress(quiet)
    try:
        with progress:
            total = None if progress.disable else estimate_documents(inputs)
            task = progress.add_task("coding", total=total, rate="")
            report = code_into_store(
                documents,
                store,
                nlp=nlp,
                out=output,
                workers=workers,
                force=force,
                on_skip=lambda s: progress.console.print(
                    f"[yellow]skipped:[/] {s.message}", highlight=False, soft_wrap=True
                ),
                on_document=_advance(progress, task),
            )
    finally:
        if output:
            output.close()
        if store:
            store.close()
    where = "" if no_store else f" into {db}"
    _echo_report(report, where + (f", written to {out}" if out else ""))


def _skip_counts(reasons: Counter[str]) -> str:
    """'3 skipped (2 not English, 1 bad JSON)'."""
    total = sum(reasons.values())
    if not total:
        return "0 skipped"
    detail = ", ".join(f"{n} {reason}" for reason, n in reasons.most_common())
    return f"{total} skipped ({detail})"


def _echo_report(report: Any, where: str) -> None:
    """The end-of-run summary line; exit status 3 where input was skipped."""
    reasons = Counter(s.reason for s in report.skipped)
    click.echo(
        f"{report.read} documents read, {report.coded} coded, {report.unchanged} unchanged, "
        f"{_skip_counts(reasons)}; {report.events} event mentions{where}"
    )
    if report.skipped:
        sys.exit(EXIT_SKIPPED)


def _progress(quiet: bool) -> Any:
    """A progress bar on standard error with documents/s and the time left; off with
    --quiet and where standard error is not a terminal (logs, pipes, tests)."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TaskProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=err_console,
        transient=True,
        disable=quiet or not err_console.is_terminal,
    )


def _advance(progress: Any, task: Any) -> Callable[[Any, int], None]:
    def advance(document: Any, events: int) -> None:
        progress.advance(task)
        speed = progress.tasks[task].speed  # rich's own moving average
        progress.update(task, rate=f"{speed:,.1f} docs/s" if speed else "")

    return advance


@cli.command()
@db_option
@filter_options
@click.option(
    "--limit",
    default=50,
    show_default=True,
    type=click.IntRange(0),
    help="At most this many rows (0: all).",
)
@click.option("--evidence", is_flag=True, help="Add the evidence and the sentence of each event.")
@output_options
@handle_errors
def events(db: str, limit: int, evidence: bool, fmt: str, **filters: Any) -> None:
    """List stored events, filtered by actor, recipient, type and event date.

    \b
    Example:
        dragoman events --actor USA --recipient RUS
        dragoman events --type ASSAULT --type COERCE --since 2022-01-01 --format csv
        dragoman events --near 50.45,30.52 --km 100
    """
    columns = ["id", "date", "date_precision", "event", "mode", "actor", "recipient", "place"]
    columns += ["event_text"]
    if fmt == "table":  # narrow terminals: the precision goes in the date cell
        columns.remove("date_precision")
    columns += ["factuality", "confidence"]
    if evidence:
        columns += ["sentence", "evidence"]
    rows = []
    with Store(db, read_only=True) as store:
        for event in store.events(_selection(**filters), limit=limit or None):
            record = event.to_dict()
            if fmt == "table" and event.date_precision not in (None, "day"):
                record["date"] = f"{event.date} ({event.date_precision})"
            record["actor"] = _entities_text(event.actor)
            record["recipient"] = _entities_text(event.recipient)
            loc = event.event_loc or {}
            record["place"] = (
                f"{loc.get('resolved_place')} ({loc.get('country_code')})" if loc else ""
            )
            rows.append([record[c] for c in columns])
    print_rows(columns, rows, fmt)


def _entities_text(entities: list) -> str:
    return "; ".join(f"{e.code or '?'} {e.sector or ''}".strip() + f" ({e.text})" for e in entities)


@cli.command()
@click.argument("output", type=click.Path(dir_okay=False))
@db_option
@click.option(
    "--format", "fmt", type=click.Choice(EXPORT_FORMATS), help="Default: from OUTPUT's extension."
)
@click.option(
    "--dedup/--mentions",
    default=False,
    show_default=True,
    help="One row a deduplicated event, or one row a report (mention).",
)
@click.option(
    "--reviewed",
    is_flag=True,
    help="Write the documents reviewed in 'dragoman serve --reviews' as gold JSONL (FORMATS.md 1).",
)
@filter_options
@handle_errors
def export(
    output: str, db: str, fmt: str | None, dedup: bool, reviewed: bool, **filters: Any
) -> None:
    """Export stored events as PLOVER JSONL, or flat CSV or Parquet with GDELT-style
    columns and a codebook (OUTPUT.codebook.md) beside the file; or the reviews as gold.

    \b
    Example:
        dragoman export events.jsonl
        dragoman export events.csv --dedup
        dragoman export events.parquet --since 2022-01-01
        dragoman export rus.csv --actor RUS
        dragoman export reviewed.jsonl --reviewed && dragoman eval reviewed.jsonl
    """
    if reviewed:
        _export_reviewed(output, db, fmt, filters)
        return
    from .exports import codebook_path
    from .exports import export as export_events

    fmt = fmt or Path(output).suffix.lstrip(".").lower()
    if fmt not in EXPORT_FORMATS:
        raise click.UsageError(
            f"cannot tell the format of {output!r}: pass --format ({', '.join(EXPORT_FORMATS)})"
        )
    with Store(db, read_only=True) as store:
        count = export_events(store, output, fmt, _selection(**filters), dedup=dedup)
    unit = "events" if dedup else "event mentions"
    beside = f", codebook {codebook_path(output)}" if fmt != "jsonl" else ""
    click.echo(f"{count} {unit} written to {output} ({fmt}){beside}")


def _export_reviewed(output: str, db: str, fmt: str | None, filters: dict[str, Any]) -> None:
    from .reviews import export_gold

    if fmt not in (None, "jsonl"):
        raise click.UsageError("--reviewed writes gold JSONL (FORMATS.md 1): drop --format")
    defaults = {"factuality": "asserted", "km": 50.0}
    chosen = [
        f"--{name.replace('_', '-')}"
        for name, value in filters.items()
        if value not in (None, (), defaults.get(name))
    ]
    if chosen:
        raise click.UsageError(
            f"--reviewed exports every reviewed document whole; it takes no filters ({', '.join(chosen)})"
        )
    with Store(db, read_only=True) as store:
        stats = export_gold(store, output)
    click.echo(
        f"{stats.documents} reviewed documents, {stats.events} gold events written to {output} "
        "(gold, FORMATS.md 1)"
    )
    if stats.unreviewed:
        err_console.print(
            f"[yellow]note:[/] {stats.unreviewed} asserted events in these documents were not "
            "reviewed and are not in the gold; confirm them if they are right, or they count "
            "as false alarms when scored.",
            highlight=False,
        )


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--reviews",
    is_flag=True,
    help="Open the store writable and let analysts confirm, reject, edit and add events.",
)
@click.option(
    "--token",
    envvar="DRAGOMAN_TOKEN",
    help="Token every write needs (default: none on 127.0.0.1, a random one printed elsewhere).",
)
@handle_errors
def serve(db: str, host: str, port: int, reviews: bool, token: str | None) -> None:
    """Browse, verify and correct the stored events in a web browser.

    \b
    Example:
        dragoman serve --db dragoman.duckdb
        dragoman serve --reviews --port 8080
    """
    import ipaddress
    import secrets

    import uvicorn

    from .web import create_app

    if not Path(db).exists():
        raise click.ClickException(f"no store at {db}: code some news first (dragoman code ...)")
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback and reviews and token is None:
        token = secrets.token_urlsafe(16)
    app = create_app(db, reviews=reviews, token=token)
    where = f"http://{host}:{port}/"
    mode = "reviews on" if reviews else "read-only"
    click.echo(f"dragoman serving {db} ({mode}) at {where}  (Ctrl+C stops)")
    if reviews and token:
        click.echo(f"writes need the token: open {where}login?token={token} once")
    uvicorn.run(app, host=host, port=port, log_level="warning")


@cli.command()
@db_option
@click.option(
    "--top", default=10, show_default=True, type=click.IntRange(1), help="How many dyads."
)
@output_options
@handle_errors
def summary(db: str, top: int, fmt: str) -> None:
    """Events by type and the top dyads in the store (asserted events).

    \b
    Example:
        dragoman summary --db dragoman.duckdb --top 5
    """
    with Store(db, read_only=True) as store:
        result = store.summary(top=top)
    if fmt != "table":
        print_rows(
            ["section", "key", "count"],
            [["type", t, n] for t, n in result["by_type"]]
            + [["dyad", f"{a} -> {r}", n] for a, r, n in result["top_dyads"]],
            fmt,
        )
        return
    facts = ", ".join(f"{n} {f}" for f, n in result["by_factuality"])
    mentions = sum(n for _, n in result["by_factuality"])
    click.echo(f"{result['documents']} documents, {mentions} event mentions: {facts}")
    click.echo("Tables count asserted events; a dyad needs a named actor country ('---': none).")
    print_rows(
        ["event", "count"], [list(r) for r in result["by_type"]], "table", title="Events by type"
    )
    print_rows(
        ["actor", "recipient", "count"],
        [list(r) for r in result["top_dyads"]],
        "table",
        title="Top dyads",
    )


@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--by-type", is_flag=True, help="Scores for each PLOVER type.")
@click.option(
    "--thresholds", is_flag=True, help="Precision and recall at each confidence threshold."
)
@click.option(
    "--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Parsing processes."
)
@click.option("--model", help="spaCy pipeline package to use.")
@handle_errors
def eval_cmd(
    gold: str, as_json: bool, by_type: bool, thresholds: bool, workers: int, model: str | None
) -> None:
    """Code a gold file's documents and score them (FORMATS.md section 3).

    The last line is the headline figure, e.g. 'L2 F1 0.512'.

    \b
    Example:
        dragoman eval ../shared/bench/plover_gsr.jsonl --by-type
    """
    from .coding import code_documents
    from .evaluate import LEVELS, read_gold, score
    from .nlp import load

    gold_docs = list(read_gold(gold))
    nlp = load(model)
    coded = code_documents((g.document for g in gold_docs), nlp, workers=workers)
    scores = score((events, g.events) for (_, events), g in zip(coded, gold_docs, strict=True))
    if as_json:
        click.echo(json.dumps(scores.as_dict(), indent=2))
        return
    click.echo(
        f"{scores.documents} documents, {scores.gold_events} gold events, "
        f"{scores.predicted_events} predicted (asserted)"
    )
    if by_type:
        rows = []
        for kind, counts in sorted(scores.by_type.items()):
            c1, c2, c3 = (counts[lv] for lv in LEVELS)
            rows.append(
                [
                    kind,
                    c1.tp + c1.fn,
                    c1.tp + c1.fp,
                    f"{c1.precision:.3f}",
                    f"{c1.recall:.3f}",
                    f"{c1.f1:.3f}",
                    f"{c2.f1:.3f}",
                    f"{c3.f1:.3f}",
                ]
            )
        print_rows(
            ["type", "gold", "predicted", "L1 P", "L1 R", "L1 F1", "L2 F1", "L3 F1"], rows, "table"
        )
    if thresholds:
        rows = []
        for t, counts in scores.by_threshold.items():
            c1, c2 = counts["L1"], counts["L2"]
            rows.append(
                [
                    f">= {t:.1f}",
                    c1.tp + c1.fp,
                    f"{c1.precision:.3f}",
                    f"{c1.recall:.3f}",
                    f"{c2.precision:.3f}",
                    f"{c2.recall:.3f}",
                ]
            )
        print_rows(["confidence", "kept", "L1 P", "L1 R", "L2 P", "L2 R"], rows, "table")
    if scores.dated:
        click.echo(
            f"dates: {scores.dates_agree} of {scores.dated} L2 matches with a gold date "
            f"agree ({scores.date_accuracy:.3f})"
        )
    for level in LEVELS:
        c = scores.levels[level]
        click.echo(f"{level} P {c.precision:.3f} R {c.recall:.3f} F1 {c.f1:.3f}")
    click.echo(f"L2 F1 {scores.levels['L2'].f1:.3f}")


@cli.command()
@click.argument("text", required=False)
@click.option(
    "--date", metavar="YYYY-MM-DD", help="The day of the event: office holders are coded by it."
)
@click.option(
    "--actors",
    "actor_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Extra actor table (organisation or people columns); repeatable.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option(
    "--bench",
    "bench_file",
    type=click.Path(exists=True, dir_okay=False),
    help="Time resolving each mention of a probe CSV (sentence,mention,date) instead.",
)
@handle_errors
def resolve(
    text: str | None,
    date: str | None,
    actor_files: tuple[str, ...],
    as_json: bool,
    bench_file: str | None,
) -> None:
    """Show how a mention resolves to a code and sector, and why.

    \b
    Example:
        dragoman resolve "Russian Foreign Minister Sergei Lavrov" --date 2022-07-29
        dragoman resolve "the Kremlin"
        dragoman resolve "Boris Johnson" --date 2024-01-10 --json
        dragoman resolve --bench tests/probes/actors.csv
    """
    if bench_file:
        from .actors.timing import bench_resolver

        result = bench_resolver(bench_file).as_dict()
        if as_json:
            click.echo(json.dumps(result, indent=2))
        else:
            rows = [[key, str(value)] for key, value in result.items()]
            print_rows(["measure", "value"], rows, "table", title="dragoman resolve --bench")
        return
    if text is None:
        raise click.UsageError("give TEXT to resolve, or --bench PROBES.csv")
    from .actors import resolve_text
    from .records import parse_day

    found = resolve_text(text, parse_day(date, "--date"), actors=actor_files)
    if as_json:
        click.echo(
            json.dumps(
                [{**r.entity.to_dict(), "why": r.why} for r in found], ensure_ascii=False, indent=2
            )
        )
        return
    if not found:
        click.echo(
            f"{text!r}: not resolved (no state, organisation, person or agent word known in it)"
        )
        sys.exit(1)
    for r in found:
        e = r.entity
        click.echo(f"{e.code} {e.sector or '-'}  {e.name or ''}  <- {r.why}")


@cli.command()
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@db_option
@handle_errors
def load(directory: str, db: str) -> None:
    """Bring the Parquet output of 'dragoman code --engine ray' into the DuckDB store.

    Documents already stored are replaced, so loading twice changes nothing. DuckDB can
    also query the Parquet in place:
    SELECT event, count(*) FROM read_parquet('DIR/kind=event/**/*.parquet',
    hive_partitioning = true) GROUP BY event

    \b
    Example:
        dragoman load coded/ --db dragoman.duckdb
    """
    from .scale import load_parquet

    with Store(db) as store:
        documents, events = load_parquet(directory, store)
    click.echo(f"{documents} documents, {events} event mentions loaded from {directory} into {db}")


@cli.command()
@click.argument("feeds", nargs=-1, required=True)
@db_option
@click.option(
    "--every",
    default="15m",
    show_default=True,
    help="Time between rounds: 90s, 15m, 2h.",
)
@click.option("--once", is_flag=True, help="One round, then stop.")
@click.option(
    "--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Parsing processes."
)
@click.option("--timeout", default=20.0, show_default=True, help="Seconds to wait for a server.")
@click.option(
    "--tries", default=3, show_default=True, type=click.IntRange(1, 10), help="Tries a URL."
)
@click.option("--all-languages", is_flag=True, help="Do not skip items that do not look English.")
@click.option("--model", help="spaCy pipeline package to use.")
@quiet_option
@handle_errors
def watch(
    feeds: tuple[str, ...],
    db: str,
    every: str,
    once: bool,
    workers: int,
    timeout: float,
    tries: int,
    all_languages: bool,
    model: str | None,
    quiet: bool,
) -> None:
    """Code the new items of RSS or Atom feeds, every so often.

    Each round fetches the feeds, then the page of each item not seen before (keyed by
    its URL), and codes it into the store; a summary line follows each round.

    \b
    Example:
        dragoman watch https://example.org/world/rss.xml --every 15m
        dragoman watch https://example.org/atom --once --db news.duckdb
    """
    import time

    from .ingest.feeds import Fetcher, parse_every
    from .nlp import load as load_pipeline
    from .watch import watch_round

    pause = parse_every(every)
    nlp = load_pipeline(model)
    fetcher = Fetcher(timeout=timeout, tries=tries)
    while True:
        with Store(db) as store:
            report = watch_round(
                feeds,
                store,
                nlp=nlp,
                fetcher=fetcher,
                workers=workers,
                english_only=not all_languages,
                on_skip=lambda s: err_console.print(
                    f"[yellow]skipped:[/] {s.message}", highlight=False, soft_wrap=True
                ),
            )
        if once:
            _echo_report(report, f" into {db}")
            return
        reasons = Counter(s.reason for s in report.skipped)
        click.echo(
            f"{time.strftime('%Y-%m-%d %H:%M:%S')} {report.read} new items, {report.coded} "
            f"coded, {_skip_counts(reasons)}; {report.events} event mentions into {db}"
        )
        time.sleep(pause)


@cli.command()
@click.argument("corpus", required=False, default="examples/news")
@click.option("--size", type=click.IntRange(1), help="Cycle the corpus into this many documents.")
@click.option(
    "--workers",
    default=2,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Workers for the parallel run.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@handle_errors
def bench(corpus: str, size: int | None, workers: int, as_json: bool) -> None:
    """Time spaCy's parse alone, the parse with dragoman's coder, and the whole pipeline
    (store included) on the same documents.

    \b
    Example:
        dragoman bench
        dragoman bench examples/news --size 200 --workers 2 --json
    """
    from .bench import run_bench, synthetic_corpus
    from .ingest import Skipped, read_inputs

    documents = [d for d in read_inputs([corpus]) if not isinstance(d, Skipped)]
    if not documents:
        raise click.ClickException(f"no readable documents in {corpus}")
    if size:
        documents = synthetic_corpus(documents, size)
    result = run_bench(documents, workers=workers).as_dict()
    if as_json:
        click.echo(json.dumps(result, indent=2))
        return
    rows = [[k, v] for k, v in result.items()]
    print_rows(["measure", "value"], rows, "table", title="dragoman bench")
    click.echo(
        f"pipeline / parse alone: {result['pipeline_over_parse']} (target <= 1.25); "
        f"parse and coder, no store / parse alone: {result['coder_over_parse']} "
        "(target <= 1.25); "
        f"{workers}-worker speed-up: {result['speedup']} (target >= 1.7 for 2); "
        f"worker peak memory: {result['worker_peak_memory_mb'] or result['peak_memory_mb']} MB "
        f"(target < 1500); load average {result['load_average']} on {os.cpu_count()} cores"
    )


@cli.command()
@db_option
@click.option(
    "--eval",
    "gold",
    type=click.Path(exists=True, dir_okay=False),
    help=(
        "Instead: code this gold file (events labelled with 'cluster') in memory and score the "
        "merge decisions."
    ),
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@handle_errors
def dedup(db: str, gold: str | None, as_json: bool) -> None:
    """Group the stored event mentions into events again, from scratch.

    `dragoman code` groups new mentions as it stores them; this rebuilds every cluster
    (after changing the rules, or for a store coded before deduplication). With --eval it
    measures pairwise precision and recall of the merge decisions on a gold file instead.

    \b
    Example:
        dragoman dedup --db dragoman.duckdb
        dragoman dedup --eval tests/data/dedup/reports.jsonl
    """
    from .dedup import evaluate, rebuild

    if gold:
        scores = evaluate(gold)
        if as_json:
            click.echo(json.dumps(scores.as_dict(), indent=2))
            return
        click.echo(
            f"{scores.documents} documents, {scores.gold_mentions} gold mentions, "
            f"{scores.matched} coded and scored: {scores.gold_events} gold events, "
            f"{scores.predicted_events} found"
        )
        click.echo(f"merges: {scores.tp} right, {scores.fp} wrong, {scores.fn} missed")
        click.echo(f"pairwise P {scores.precision:.3f} R {scores.recall:.3f}")
        return
    with Store(db) as store:
        report = rebuild(store)
        events = store.con.execute("SELECT count(*) FROM clusters").fetchone()[0]
    if as_json:
        click.echo(json.dumps({"mentions": report.mentions, "events": events}))
        return
    click.echo(f"{report.mentions} asserted mentions grouped into {events} events in {db}")


def _dyad(value: str | None) -> tuple[str, str] | None:
    from .panel import parse_dyad

    return parse_dyad(value) if value else None


def analysis_options(func: Callable) -> Callable:
    """The shared options of ``panel`` and ``plot``."""
    from .panel import PERIODS

    options = [
        click.option(
            "--by",
            type=click.Choice(PERIODS),
            default="month",
            show_default=True,
            help="Period of a row.",
        ),
        click.option("--dyad", metavar="ACTOR:RECIPIENT", help="One directed dyad, e.g. USA:RUS."),
        click.option("--actor", metavar="CODE", help="What this actor did, to anyone."),
        click.option(
            "--events/--mentions",
            "dedup",
            default=True,
            show_default=True,
            help="Count deduplicated events, or every report.",
        ),
        click.option("--since", metavar="YYYY-MM-DD", help="From this event date."),
        click.option("--until", metavar="YYYY-MM-DD", help="To this event date."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


@cli.command()
@db_option
@analysis_options
@click.option(
    "--type",
    "types",
    multiple=True,
    type=click.Choice(EVENT_TYPES, case_sensitive=False),
    help="Only this PLOVER type; repeat for several.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="Write the whole panel to a .csv or .parquet file.",
)
@output_options
@handle_errors
def panel(
    db: str,
    by: str,
    dyad: str | None,
    actor: str | None,
    dedup: bool,
    since: str | None,
    until: str | None,
    types: tuple[str, ...],
    output: str | None,
    fmt: str,
) -> None:
    """Counts per actor, recipient and period: by quad class, by PLOVER type, and the
    sum and mean PLOVER score, with zero rows for empty periods.

    \b
    Example:
        dragoman panel --by year --actor RUS
        dragoman panel --by week --dyad USA:RUS --format csv
        dragoman panel --by month --mentions -o panel.parquet
    """
    from .panel import QUAD_COLUMNS
    from .panel import panel as make_panel

    unit = "events" if dedup else "mentions"
    with Store(db, read_only=True) as store:
        frame = make_panel(
            store,
            by=by,
            dyad=_dyad(dyad),
            actor=actor,
            types=types,
            unit=unit,
            since=since,
            until=until,
        )
    if output:
        suffix = Path(output).suffix.lower()
        if suffix not in (".csv", ".parquet"):
            raise click.UsageError(f"cannot tell the format of {output!r}: use .csv or .parquet")
        if suffix == ".csv":
            frame.to_csv(output, index=False)
        else:
            frame.to_parquet(output, index=False)
        click.echo(
            f"{len(frame)} rows ({frame['actor'].nunique() if len(frame) else 0} "
            f"dyads x periods) written to {output}"
        )
        return
    columns = list(frame.columns)
    if fmt == "table":  # the type columns do not fit a terminal
        columns = [
            "period",
            "actor",
            "recipient",
            "events",
            "mentions",
            *QUAD_COLUMNS.values(),
            "goldstein_sum",
            "goldstein_mean",
        ]
    rows = []
    for record in frame[columns].itertuples(index=False):
        row = list(record)
        row[0] = row[0].date().isoformat()
        rows.append([None if isinstance(v, float) and v != v else v for v in row])
    print_rows(columns, rows, fmt)


@cli.command()
@db_option
@analysis_options
@click.option("--network", is_flag=True, help="Draw who acts on whom instead of a time series.")
@click.option(
    "--min-events",
    default=1,
    show_default=True,
    type=click.IntRange(1),
    help="With --network: leave out dyads with fewer events.",
)
@click.option(
    "-o",
    "--output",
    default="dragoman.png",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="Image file (.png, .svg, .pdf).",
)
@handle_errors
def plot(
    db: str,
    by: str,
    dyad: str | None,
    actor: str | None,
    dedup: bool,
    since: str | None,
    until: str | None,
    network: bool,
    min_events: int,
    output: str,
) -> None:
    """Draw cooperation against conflict over time for a dyad, an actor or all events,
    or (--network) who acts on whom.

    \b
    Example:
        dragoman plot --dyad USA:RUS --by week -o usa_rus.png
        dragoman plot --actor RUS --by month -o rus.png
        dragoman plot --network --min-events 2 -o network.png
    """
    from .plot import plot_dyad, plot_network

    unit = "events" if dedup else "mentions"
    with Store(db, read_only=True) as store:
        if network:
            figure = plot_network(store, min_events=min_events, unit=unit, since=since, until=until)
        else:
            figure = plot_dyad(
                store, dyad=_dyad(dyad), actor=actor, by=by, unit=unit, since=since, until=until
            )
    try:
        figure.savefig(output, dpi=110)
    except (OSError, ValueError) as err:
        raise click.ClickException(f"cannot write {output}: {err}") from err
    click.echo(f"written {output}")


def main() -> None:
    cli()
