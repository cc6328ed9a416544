"""Throughput: spaCy's parse alone against dragoman's whole pipeline, in one run.

``run_bench`` parses the same documents with the spaCy pipeline alone, then codes them
with dragoman (parse, coder, actors, dates, places, and the DuckDB store, in a temporary
file), with one worker and with ``workers``; it reports documents/s, tokens/s, peak memory
and the ratios the project tracks: pipeline / parse-alone time (target <= 1.25) and the
N-worker speed-up (target >= 1.7 for 2 workers). Timings are measurements, not tests.
"""

from __future__ import annotations

import gc
import resource
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .records import Document

__all__ = ["BenchResult", "run_bench", "synthetic_corpus"]


@dataclass
class BenchResult:
    documents: int
    tokens: int
    parse_seconds: float
    pipeline_seconds: float
    pipeline_workers_seconds: float | None
    workers: int
    peak_memory_mb: float

    @property
    def pipeline_over_parse(self) -> float:
        return self.pipeline_seconds / self.parse_seconds if self.parse_seconds else float("nan")

    @property
    def speedup(self) -> float | None:
        if not self.pipeline_workers_seconds:
            return None
        return self.pipeline_seconds / self.pipeline_workers_seconds

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["docs_per_second"] = round(self.documents / self.pipeline_seconds, 2)
        out["tokens_per_second"] = round(self.tokens / self.pipeline_seconds, 1)
        out["pipeline_over_parse"] = round(self.pipeline_over_parse, 3)
        out["speedup"] = round(self.speedup, 3) if self.speedup else None
        return out


def synthetic_corpus(documents: Sequence[Document], size: int) -> list[Document]:
    """``size`` documents made by cycling through ``documents`` with fresh ids."""
    return [
        Document(
            f"synthetic-{i}", documents[i % len(documents)].text, documents[i % len(documents)].date
        )
        for i in range(size)
    ]


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # kilobytes on Linux


def _code_all(documents: Sequence[Document], nlp, workers: int) -> float:
    from .coding import code_into_store
    from .store import Store

    with tempfile.TemporaryDirectory() as folder:
        with Store(Path(folder) / "bench.duckdb") as store:
            start = time.perf_counter()
            code_into_store(documents, store, nlp=nlp, workers=workers, force=True)
            return time.perf_counter() - start


def run_bench(
    documents: Sequence[Document], workers: int = 2, nlp=None, repeat: int = 2
) -> BenchResult:
    """Time each configuration ``repeat`` times and keep the fastest (the least disturbed
    by whatever else the machine does)."""
    from .nlp import load

    nlp = nlp or load()
    texts = [d.text for d in documents]
    parse_times = []
    with nlp.select_pipes(disable=["dragoman"]):
        list(nlp.pipe(texts[:2]))  # warm up
        for _ in range(repeat):
            gc.collect()
            start = time.perf_counter()
            tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=16))
            parse_times.append(time.perf_counter() - start)
    pipeline_seconds = min(_code_all(documents, nlp, 1) for _ in range(repeat))
    workers_seconds = (
        min(_code_all(documents, nlp, workers) for _ in range(repeat)) if workers > 1 else None
    )
    return BenchResult(
        documents=len(documents),
        tokens=tokens,
        parse_seconds=round(min(parse_times), 3),
        pipeline_seconds=round(pipeline_seconds, 3),
        pipeline_workers_seconds=round(workers_seconds, 3) if workers_seconds else None,
        workers=workers,
        peak_memory_mb=round(_peak_mb(), 1),
    )
