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
    # the coder's share is timed apart from the store's, so it cannot exceed the whole
    assert 0 < result["coded_seconds"] and result["coder_over_parse"] == round(
        result["coded_seconds"] / result["parse_seconds"], 3
    )
    assert result["speedup"] is None and result["peak_memory_mb"] > 0
    assert result["worker_peak_memory_mb"] is None
    assert result["pipeline_cpu_seconds"] > 0 and result["pipeline_over_parse_cpu"] > 0


def test_synthetic_corpus_is_made_as_it_is_read():
    seed = list(read_inputs([EXAMPLES]))[:2]
    corpus = synthetic_corpus(seed, 1_000_000)  # no million documents are held
    assert len(corpus) == 1_000_000
    assert corpus[999_999].id == "synthetic-999999" and corpus[999_999].text == seed[1].text
    assert [d.id for d in corpus[3:5]] == ["synthetic-3", "synthetic-4"]
