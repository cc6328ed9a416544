"""Throughput: spaCy's parse alone against dragoman's whole pipeline, in one run.

``run_bench`` parses the same documents with the spaCy pipeline alone, then codes them
with dragoman (parse, coder, actors, dates, places, and the DuckDB store, in a temporary
file), with one worker and with ``workers``; it reports documents/s, tokens/s, peak memory
and the ratios the project tracks: pipeline / parse-alone time (target <= 1.25), the
coder's own share (parse and coder, no store, over the parse alone: the coder issue's
target, <= 1.25) and the N-worker speed-up (target >= 1.7 for 2 workers). Timings are
measurements, not tests.
"""

from __future__ import annotations

import gc
import os
import resource
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .records import Document

__all__ = ["BenchResult", "SyntheticCorpus", "run_bench", "synthetic_corpus"]


@dataclass
class BenchResult:
    documents: int
    tokens: int
    parse_seconds: float
    coded_seconds: float  # parse and coder, events made but not stored
    pipeline_seconds: float
    pipeline_workers_seconds: float | None
    workers: int
    # CPU time of this process: a check on the wall-clock ratio when the machine is shared
    parse_cpu_seconds: float
    pipeline_cpu_seconds: float
    # CPU of the N-worker run, main process and workers together: near the one-worker
    # figure means parallelism costs little, and the speed-up is bounded by free cores
    workers_cpu_seconds: float | None
    peak_memory_mb: float  # this process, which runs the one-worker pipeline itself
    worker_peak_memory_mb: float | None  # the largest worker process of the N-worker runs
    load_average: float  # of the last minute, at the end: how busy the machine was

    @property
    def pipeline_over_parse(self) -> float:
        return self.pipeline_seconds / self.parse_seconds if self.parse_seconds else float("nan")

    @property
    def coder_over_parse(self) -> float:
        return self.coded_seconds / self.parse_seconds if self.parse_seconds else float("nan")

    @property
    def speedup(self) -> float | None:
        if not self.pipeline_workers_seconds:
            return None
        return self.pipeline_seconds / self.pipeline_workers_seconds

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["docs_per_second"] = round(self.documents / self.pipeline_seconds, 2)
        out["tokens_per_second"] = round(self.tokens / self.pipeline_seconds, 1)
        if self.pipeline_workers_seconds:
            out["workers_docs_per_second"] = round(
                self.documents / self.pipeline_workers_seconds, 2
            )
        out["pipeline_over_parse"] = round(self.pipeline_over_parse, 3)
        out["coder_over_parse"] = round(self.coder_over_parse, 3)
        out["pipeline_over_parse_cpu"] = round(
            self.pipeline_cpu_seconds / self.parse_cpu_seconds, 3
        )
        out["speedup"] = round(self.speedup, 3) if self.speedup else None
        return out


class SyntheticCorpus(Sequence[Document]):
    """``size`` documents made by cycling through seed documents with fresh ids.

    Documents are made as they are read, so a corpus of any size costs the memory of its
    seed documents only: the benchmark can show that memory does not grow with the corpus.
    """

    def __init__(self, documents: Sequence[Document], size: int):
        self.seed = list(documents)
        self.size = size

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.size))]
        if not -self.size <= i < self.size:
            raise IndexError(i)
        i %= self.size
        seed = self.seed[i % len(self.seed)]
        return Document(f"synthetic-{i}", seed.text, seed.date)


def synthetic_corpus(documents: Sequence[Document], size: int) -> SyntheticCorpus:
    """``size`` documents made by cycling through ``documents`` with fresh ids."""
    return SyntheticCorpus(documents, size)


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


# dragoman's own components, left out of "spaCy's parse alone"
OURS = ["dragoman", "dragoman_dateline"]


def _parse_all(documents: Sequence[Document], nlp) -> tuple[float, float, int]:
    """Wall and CPU seconds of spaCy's parse alone, and the tokens parsed."""
    with nlp.select_pipes(disable=OURS):
        gc.collect()
        start, cpu = time.perf_counter(), time.process_time()
        texts = (d.text for d in documents)
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=16))
        return time.perf_counter() - start, time.process_time() - cpu, tokens


def _parse_and_code(documents: Sequence[Document], nlp) -> float:
    """Wall seconds of the parse with dragoman's components, to event records, and no
    store: what the coder adds to the parse, apart from what storing adds."""
    from .coding import code_documents

    gc.collect()
    start = time.perf_counter()
    for _ in code_documents(documents, nlp, workers=1):
        pass
    return time.perf_counter() - start


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished child processes (the workers)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _code_all(documents: Sequence[Document], nlp, workers: int) -> tuple[float, float]:
    """Wall and CPU seconds (this process and its workers) of the whole pipeline, store
    included."""
    from .coding import code_into_store
    from .store import Store

    with tempfile.TemporaryDirectory() as folder:
        with Store(Path(folder) / "bench.duckdb") as store:
            gc.collect()
            start, cpu = time.perf_counter(), _cpu_seconds()
            code_into_store(documents, store, nlp=nlp, workers=workers, force=True)
            return time.perf_counter() - start, _cpu_seconds() - cpu


def run_bench(
    documents: Sequence[Document], workers: int = 2, nlp=None, repeat: int = 3
) -> BenchResult:
    """Time each configuration ``repeat`` times and keep the fastest (the least disturbed
    by whatever else the machine does). The configurations take turns within each round,
    so a burst of load elsewhere falls on all of them rather than on one."""
    from .nlp import load

    nlp = nlp or load()
    with nlp.select_pipes(disable=OURS):
        list(nlp.pipe(d.text for d in documents[:2]))  # warm up
    parse, parse_cpu, pipeline, pipeline_cpu, parallel, parallel_cpu = [], [], [], [], [], []
    coded: list[float] = []
    tokens = 0
    for _ in range(repeat):
        wall, cpu, tokens = _parse_all(documents, nlp)
        parse.append(wall)
        parse_cpu.append(cpu)
        coded.append(_parse_and_code(documents, nlp))
        wall, cpu = _code_all(documents, nlp, 1)
        pipeline.append(wall)
        pipeline_cpu.append(cpu)
        if workers > 1:
            wall, cpu = _code_all(documents, nlp, workers)
            parallel.append(wall)
            parallel_cpu.append(cpu)
    return BenchResult(
        documents=len(documents),
        tokens=tokens,
        parse_seconds=round(min(parse), 3),
        coded_seconds=round(min(coded), 3),
        pipeline_seconds=round(min(pipeline), 3),
        pipeline_workers_seconds=round(min(parallel), 3) if parallel else None,
        workers=workers,
        parse_cpu_seconds=round(min(parse_cpu), 3),
        pipeline_cpu_seconds=round(min(pipeline_cpu), 3),
        workers_cpu_seconds=round(min(parallel_cpu), 3) if parallel_cpu else None,
        peak_memory_mb=round(_peak_mb(resource.RUSAGE_SELF), 1),
        worker_peak_memory_mb=round(_peak_mb(resource.RUSAGE_CHILDREN), 1) if parallel else None,
        load_average=round(os.getloadavg()[0], 2),
    )
