"""The Ray Data engine: shards in, Parquet out, an actor pool of coders in between.

The plan Ray runs::

    shard paths ──map_batches(read_shard)──> document rows (tasks, dragoman's own readers)
                ──map_batches(Coder, concurrency=N)──> document, event and skipped rows
                  (actors: each loads the spaCy pipeline and the coder once)
                ──write_parquet(partition_cols=[kind, month])──> OUT/_staging/RUN/

Reading uses the same readers, and coding the same ``code_documents``, as the
single-machine path, so both give the same documents, ids and events.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ..errors import ConfigError, Errors
from ..ingest import READERS, FieldMap, Skipped, read_inputs
from ..ingest._readers import input_kind
from ._output import (
    RunSummary,
    coded_rows,
    done_shards,
    finish_staged,
    input_row,
    output_schema,
    row_document,
    shard_key,
    skipped_row,
    summarize_staged,
)


def list_shards(inputs: Sequence[str | Path]) -> list[Path]:
    """The readable files among ``inputs`` (directories are searched recursively)."""
    shards: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            shards.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file() and not p.name.startswith(".") and input_kind(p) in READERS
            )
        else:
            shards.append(path)
    return shards


def read_shard(batch, read_options: dict[str, Any], batch_size: int) -> Iterator[Any]:
    """A Ray Data UDF: the documents of each shard in the batch, ``batch_size`` rows at a
    time, so a large shard streams rather than filling a worker's memory."""
    import pyarrow as pa

    schema = output_schema()
    rows: list[dict[str, Any]] = []
    for path, shard in zip(batch["path"].to_pylist(), batch["shard"].to_pylist(), strict=True):
        for item in read_inputs([path], **read_options):
            if isinstance(item, Skipped):
                rows.append(skipped_row(item.path, item.line, item.message, item.reason, shard))
            else:
                rows.append(input_row(item, shard))
            if len(rows) >= batch_size:
                yield pa.Table.from_pylist(rows, schema=schema)
                rows = []
    if rows:
        yield pa.Table.from_pylist(rows, schema=schema)


class Coder:
    """A Ray Data actor: loads the pipeline once, then codes batch after batch."""

    def __init__(self, model: str | None, actors: Sequence[str]):
        from ..coding import CODER_VERSION
        from ..nlp import load

        self.nlp = load(model, actors=tuple(actors))
        self.version = CODER_VERSION
        self.schema = output_schema()

    def __call__(self, batch):
        import pyarrow as pa

        from ..coding import code_documents

        rows = batch.to_pylist()
        out = [r for r in rows if r["kind"] == "skipped"]
        inputs = [r for r in rows if r["kind"] == "input"]
        documents = (row_document(r) for r in inputs)
        coded = code_documents(documents, self.nlp, batch_size=len(inputs) or 1)
        for (document, events), row in zip(coded, inputs, strict=True):
            out.extend(coded_rows(document, events, row["shard"], self.version))
        return pa.Table.from_pylist(out, schema=self.schema)


def _ray():
    try:
        import ray
        import ray.data
    except ImportError as err:
        raise ConfigError(Errors.E601.format(detail=err)) from err
    return ray


def code_with_ray(
    inputs: Sequence[str | Path],
    out_dir: str | Path,
    *,
    address: str | None = None,
    workers: int = 2,
    batch_size: int = 16,
    model: str | None = None,
    actors: Sequence[str] = (),
    fields: FieldMap | None = None,
    encoding: str = "utf-8",
    default_date: str | None = None,
    max_chars: int = 1_000_000,
    english_only: bool = True,
    progress: bool = True,
) -> RunSummary:
    """Code the shards not yet done into ``out_dir`` on Ray (a cluster at ``address``, or
    a local Ray, or the one this process already started)."""
    ray = _ray()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    finish_staged(out)
    summary = RunSummary()
    done = done_shards(out)
    pending: dict[str, dict[str, Any]] = {}
    for path in list_shards(inputs):
        if not path.exists():
            message = Errors.E106.format(path=path, detail="no such file or directory")
            summary.skipped["unreadable"] += 1
            summary.messages.append(message)
            continue
        summary.shards += 1
        key = shard_key(path)
        if key in done:
            summary.shards_done_before += 1
        elif key not in pending:
            pending[key] = {"path": str(path)}
    if not pending:
        return summary

    if not ray.is_initialized():
        ray.init(address=address, log_to_driver=False, configure_logging=False)
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = progress
    read_options = {
        "fields": fields or FieldMap(),
        "encoding": encoding,
        "default_date": default_date,
        "max_chars": max_chars,
        "english_only": english_only,
    }
    run = out / "_staging" / uuid.uuid4().hex[:12]
    shards = ray.data.from_items(
        [{"path": shard["path"], "shard": key} for key, shard in pending.items()],
        override_num_blocks=len(pending),
    )
    coded = shards.map_batches(
        read_shard,
        batch_size=1,
        batch_format="pyarrow",
        fn_kwargs={"read_options": read_options, "batch_size": batch_size},
        # reading and writing are light and take no CPU of their own: with a whole CPU
        # each they could wait forever behind coders that hold every CPU
        num_cpus=0,
    ).map_batches(
        Coder,
        batch_size=batch_size,
        batch_format="pyarrow",
        fn_constructor_kwargs={"model": model, "actors": list(actors)},
        compute=ray.data.ActorPoolStrategy(size=workers),
        num_cpus=1,
    )
    coded.write_parquet(str(run), partition_cols=["kind", "month"], ray_remote_args={"num_cpus": 0})
    per_shard = summarize_staged(run, summary)
    markers = {key: {**shard, **per_shard.get(key, {})} for key, shard in pending.items()}
    run.mkdir(parents=True, exist_ok=True)  # a run that wrote no row still commits
    (run / "READY").write_text(json.dumps(markers), encoding="utf-8")
    finish_staged(out)
    return summary
