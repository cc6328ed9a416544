"""How long resolving a mention takes: the benchmark behind ``dragoman resolve --bench``.

Parsing is not timed (``dragoman bench`` measures it): each probe sentence is parsed
first, then the resolver finds the names in the document and resolves the mention, as the
coder does for every actor and recipient. The figure is the mean over all probes.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..data import read_csv


@dataclass(frozen=True)
class ResolverBench:
    mentions: int
    resolved: int
    find_names_us: float  # mean microseconds a mention for the document's names
    resolve_us: float  # mean microseconds a mention for resolving it

    @property
    def total_us(self) -> float:
        return self.find_names_us + self.resolve_us

    def as_dict(self) -> dict[str, Any]:
        return {
            "mentions": self.mentions,
            "resolved": self.resolved,
            "find_names_us": round(self.find_names_us, 1),
            "resolve_us": round(self.resolve_us, 1),
            "total_us_per_mention": round(self.total_us, 1),
        }


def bench_resolver(probes: str | Path, nlp=None, repeat: int = 3) -> ResolverBench:
    """Mean time to resolve each mention of a probe file (columns ``sentence``,
    ``mention``, ``date``), best of ``repeat`` rounds."""
    from ..coder.roles import mention_tokens
    from ..nlp import default_pipeline

    nlp = nlp or default_pipeline()
    resolver = nlp.get_pipe("dragoman").resolver
    cases = []
    for _, row in read_csv(Path(probes), ("sentence", "mention", "date")):
        start = row["sentence"].find(row["mention"])
        if start < 0:
            continue
        with nlp.select_pipes(disable=["dragoman"]):
            doc = nlp(row["sentence"])
        span = doc.char_span(start, start + len(row["mention"]), alignment_mode="expand")
        if span is None:
            continue
        day = dt.date.fromisoformat(row["date"]) if row["date"] else None
        cases.append((doc, span.root, mention_tokens(span.root), day))
    if not cases:
        return ResolverBench(0, 0, 0.0, 0.0)
    best_find = best_resolve = float("inf")
    resolved = 0
    for _ in range(repeat):
        find = solve = 0.0
        resolved = 0
        for doc, head, tokens, day in cases:
            t0 = time.perf_counter()
            names = resolver.find_names(doc)
            t1 = time.perf_counter()
            found = resolver.resolve(tokens, names, head, day)
            t2 = time.perf_counter()
            find += t1 - t0
            solve += t2 - t1
            resolved += bool(found)
        best_find, best_resolve = min(best_find, find), min(best_resolve, solve)
    n = len(cases)
    return ResolverBench(n, resolved, best_find / n * 1e6, best_resolve / n * 1e6)
