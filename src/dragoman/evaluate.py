"""Scoring coded events against gold (FORMATS.md section 3).

Per document, predicted events whose factuality is ``asserted`` are matched one-to-one
with gold events (a maximum matching, so the score does not depend on order) at three
levels: L1 type; L2 type and intersecting actor codes and intersecting recipient codes
(both empty counts); L3 L2 and, for the shared codes, agreeing sectors. Precision, recall
and F1 are micro-averaged over documents; documents with no gold events count their
false alarms.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Errors, InputError, RecordError
from .records import Document, Entity, Event

LEVELS = ("L1", "L2", "L3")
THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


@dataclass
class GoldDocument:
    document: Document
    events: list[Event]


def read_gold(path: str | Path) -> Iterator[GoldDocument]:
    """Gold documents of a FORMATS.md section 1 file; a bad line raises InputError."""
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                document = Document.from_dict(data)
                events = [Event.from_dict(e) for e in data.get("events") or []]
            except json.JSONDecodeError as err:
                message = Errors.E101.format(path=path, line=number, detail=err.msg)
                raise InputError(message, path=str(path), line=number) from err
            except RecordError as err:
                message = Errors.E110.format(path=path, where=f", line {number}", detail=err)
                raise InputError(message, path=str(path), line=number) from err
            yield GoldDocument(document, events)


def _codes(entities: Iterable[Entity]) -> set[str]:
    return {e.code for e in entities if e.code}


def _sectors_agree(predicted: list[Entity], gold: list[Entity]) -> bool:
    shared = _codes(predicted) & _codes(gold)
    for code in shared:
        ours = {e.sector for e in predicted if e.code == code}
        theirs = {e.sector for e in gold if e.code == code}
        if not ours & theirs:
            return False
    return True


def _side_matches(predicted: list[Entity], gold: list[Entity]) -> bool:
    ours, theirs = _codes(predicted), _codes(gold)
    return (not ours and not theirs) or bool(ours & theirs)


def compatible(predicted: Event, gold: Event, level: str) -> bool:
    if predicted.event != gold.event:
        return False
    if level == "L1":
        return True
    if not (
        _side_matches(predicted.actor, gold.actor)
        and _side_matches(predicted.recipient, gold.recipient)
    ):
        return False
    if level == "L2":
        return True
    return _sectors_agree(predicted.actor, gold.actor) and _sectors_agree(
        predicted.recipient, gold.recipient
    )


def max_matching(
    left: list, right: list, ok: Callable[[object, object], bool]
) -> list[tuple[int, int]]:
    """A maximum one-to-one matching (augmenting paths; the lists are short)."""
    edges = [[j for j, r in enumerate(right) if ok(item, r)] for item in left]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(left)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Scores:
    documents: int = 0
    gold_events: int = 0
    predicted_events: int = 0
    levels: dict[str, Counts] = field(default_factory=lambda: {lv: Counts() for lv in LEVELS})
    by_type: dict[str, dict[str, Counts]] = field(default_factory=dict)
    by_threshold: dict[float, dict[str, Counts]] = field(default_factory=dict)
    # L2 matches whose gold event has a date, and how many of those the coder dated alike
    # (FORMATS.md scores no date; a user of the data reads them all the same)
    dated: int = 0
    dates_agree: int = 0

    @property
    def date_accuracy(self) -> float:
        return self.dates_agree / self.dated if self.dated else 0.0

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "dates": {
                "dated_matches": self.dated,
                "agree": self.dates_agree,
                "accuracy": round(self.date_accuracy, 4),
            },
            "gold_events": self.gold_events,
            "predicted_events": self.predicted_events,
            "levels": {lv: c.as_dict() for lv, c in self.levels.items()},
            "by_type": {
                t: {lv: c.as_dict() for lv, c in lv_counts.items()}
                for t, lv_counts in sorted(self.by_type.items())
            },
            "by_threshold": {
                str(t): {lv: c.as_dict() for lv, c in lv_counts.items()}
                for t, lv_counts in self.by_threshold.items()
            },
        }


def _add(
    counts: dict[str, Counts], level: str, predicted: list[Event], gold: list[Event]
) -> list[tuple[int, int]]:
    pairs = max_matching(predicted, gold, lambda p, g: compatible(p, g, level))
    counts[level].tp += len(pairs)
    counts[level].fp += len(predicted) - len(pairs)
    counts[level].fn += len(gold) - len(pairs)
    return pairs


def score(pairs: Iterable[tuple[list[Event], list[Event]]]) -> Scores:
    """Score (predicted, gold) event lists, one pair a document."""
    scores = Scores()
    for t in THRESHOLDS:
        scores.by_threshold[t] = {lv: Counts() for lv in LEVELS}
    for predicted, gold in pairs:
        predicted = [e for e in predicted if e.factuality == "asserted"]
        gold = [e for e in gold if e.factuality == "asserted"]
        scores.documents += 1
        scores.gold_events += len(gold)
        scores.predicted_events += len(predicted)
        for level in LEVELS:
            matched = _add(scores.levels, level, predicted, gold)
            if level == "L2":
                dated = [(predicted[i], gold[j]) for i, j in matched if gold[j].date]
                scores.dated += len(dated)
                scores.dates_agree += sum(p.date == g.date for p, g in dated)
            for t in THRESHOLDS:
                kept = [e for e in predicted if (e.confidence or 0.0) >= t]
                _add(scores.by_threshold[t], level, kept, gold)
        kinds = Counter(e.event for e in predicted) + Counter(e.event for e in gold)
        for kind in kinds:
            per_type = scores.by_type.setdefault(kind, {lv: Counts() for lv in LEVELS})
            ours = [e for e in predicted if e.event == kind]
            theirs = [e for e in gold if e.event == kind]
            for level in LEVELS:
                _add(per_type, level, ours, theirs)
    return scores
