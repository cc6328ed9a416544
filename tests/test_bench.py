"""The benchmark runs end to end and reports consistent figures (speed is not asserted)."""

from dragoman.bench import run_bench, synthetic_corpus
from dragoman.ingest import read_inputs

from .conftest import EXAMPLES


def test_bench_reports_both_timings_and_ratios(nlp):
    documents = synthetic_corpus(list(read_inputs([EXAMPLES]))[:3], 5)
    assert [d.id for d in documents] == [f"synthetic-{i}" for i in range(5)]
    result = run_bench(documents, workers=1, nlp=nlp, repeat=1).as_dict()
    assert result["documents"] == 5 and result["tokens"] > 100
    assert result["parse_seconds"] > 0 and result["pipeline_seconds"] > 0
    assert result["pipeline_over_parse"] == round(
        result["pipeline_seconds"] / result["parse_seconds"], 3
    )
    assert result["speedup"] is None and result["peak_memory_mb"] > 0
