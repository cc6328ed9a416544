"""The PLOVER 2.0 ontology: event types, modes, contexts, quad classes and scores.

Facts come from the PLOVER manual (Open Event Data Alliance, CC BY-SA 4.0) and live in
``data/ontology/*.csv``. One deliberate difference: the manual's score table gives ACCUSE
``3``; every ACCUSE mode there is negative and ACCUSE is verbal conflict, so we read it as a
sign slip and store -3. ``threat_modes.csv`` is ours: which THREATEN mode (the content
of a threat, in the manual's words) a threat to do each kind of act carries.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..data import data_path, read_csv

__all__ = [
    "EVENT_TYPES",
    "FACTUALITIES",
    "QUAD_CLASSES",
    "EventType",
    "contexts",
    "event_types",
    "modes_of",
    "score",
    "threat_mode",
]

FACTUALITIES = ("asserted", "negated", "hypothetical")

QUAD_CLASSES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


@dataclass(frozen=True)
class EventType:
    name: str
    quad_class: int
    score: float
    requires_recipient: bool
    summary: str
    modes: dict[str, float | None]


@lru_cache(maxsize=1)
def event_types() -> dict[str, EventType]:
    """The 16 PLOVER types with their modes, keyed by name."""
    modes: dict[str, dict[str, float | None]] = {}
    for _, row in read_csv(data_path("ontology", "modes.csv"), ("event", "mode", "score")):
        modes.setdefault(row["event"], {})[row["mode"]] = (
            float(row["score"]) if row["score"] else None
        )
    types = {}
    required = ("event", "quad_class", "score", "requires_recipient", "summary")
    for _, row in read_csv(data_path("ontology", "event_types.csv"), required):
        types[row["event"]] = EventType(
            name=row["event"],
            quad_class=int(row["quad_class"]),
            score=float(row["score"]),
            requires_recipient=row["requires_recipient"] == "yes",
            summary=row["summary"],
            modes=modes.get(row["event"], {}),
        )
    return types


EVENT_TYPES: tuple[str, ...] = tuple(event_types())


def modes_of(event: str) -> tuple[str, ...]:
    """The PLOVER modes of an event type (empty for types without modes)."""
    return tuple(event_types()[event].modes)


@lru_cache(maxsize=1)
def contexts() -> tuple[str, ...]:
    """The PLOVER general contexts."""
    return tuple(
        row["context"] for _, row in read_csv(data_path("ontology", "contexts.csv"), ("context",))
    )


@lru_cache(maxsize=1)
def _threat_modes() -> dict[tuple[str, str], str]:
    columns = ("threatened_event", "threatened_mode", "threat_mode")
    return {
        (row["threatened_event"], row["threatened_mode"]): row["threat_mode"]
        for _, row in read_csv(data_path("ontology", "threat_modes.csv"), columns)
    }


def threat_mode(event: str, mode: str | None = None) -> str | None:
    """The THREATEN mode (the threat's content) of a threat to do an act of ``event`` in
    ``mode``: "vowed to attack" threatens violence, "threatened to arrest" arrest; None
    where no mode of THREATEN says what is threatened ("could cut aid")."""
    table = _threat_modes()
    return table.get((event, mode or "")) or table.get((event, ""))


def score(event: str, mode: str | None = None) -> float:
    """The PLOVER conflict/cooperation score of a type, or of a type and mode."""
    kind = event_types()[event]
    if mode and kind.modes.get(mode) is not None:
        return float(kind.modes[mode])  # type: ignore[arg-type]
    return kind.score
