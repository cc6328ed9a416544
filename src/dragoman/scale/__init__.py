"""Corpora beyond one machine: the Ray Data engine and its Parquet output.

``code_with_ray`` reads shards (any input file ``dragoman code`` reads: JSONL, Parquet,
WARC ...) with Ray Data, codes them in an actor pool whose workers each load the pipeline
once, and writes Parquet partitioned by kind and month under the output folder;
``load_parquet`` brings that output into the DuckDB store. Ray is imported only when the
engine runs, so ``import dragoman`` never pays for it.
"""

from ._output import RunSummary, load_parquet, output_schema
from ._ray import code_with_ray

__all__ = ["RunSummary", "code_with_ray", "load_parquet", "output_schema"]
