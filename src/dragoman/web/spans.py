"""Where each event's words are in its document, for the article view's highlights.

An event record keeps the offsets of its sentence (``start``/``end``) and the words of its
trigger, actor, recipient and place, not their offsets. Each word group is looked up inside
the event's sentence, nearest the trigger where it occurs twice; what cannot be found is
not marked (and the record beside the text still shows it). The text is then cut into
segments, each with the roles and events that cover it, for the template to render
escaped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..records import Event

ROLES = ("trigger", "actor", "recipient", "place")


@dataclass
class Segment:
    text: str
    roles: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    factuality: str | None = None  # of the trigger's event, where this is a trigger


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    role: str
    event_id: str
    factuality: str


def _occurrences(text: str, needle: str, start: int, end: int) -> list[int]:
    """Starts of ``needle`` inside text[start:end] as whole words, any case."""
    if not needle.strip():
        return []
    pattern = re.compile(r"(?<!\w)" + re.escape(needle.strip()) + r"(?!\w)", re.IGNORECASE)
    return [m.start() + start for m in pattern.finditer(text[start:end])]


def _nearest(positions: list[int], anchor: int | None) -> int | None:
    if not positions:
        return None
    if anchor is None:
        return positions[0]
    return min(positions, key=lambda p: abs(p - anchor))


def _trigger_spans(text: str, phrase: str, start: int, end: int) -> list[tuple[int, int]]:
    """The trigger's words in its sentence.

    ``event_text`` is the pattern's words as the text has them where they are adjacent
    ("shelled"), but a pattern of a verb and its object skips what stands between them
    ("closed airspace" for "closed its airspace") and may give a lemma ("take in" for
    "taken in"). So: the whole phrase if it occurs, else each word in order, whole or as
    the start of a longer word.
    """
    at = _nearest(_occurrences(text, phrase, start, end), None)
    if at is not None:
        return [(at, at + len(phrase.strip()))]
    spans: list[tuple[int, int]] = []
    cursor = start
    for word in phrase.split():
        stem = re.escape(word[: max(3, len(word) - 2)])
        for pattern in (r"(?<!\w)" + re.escape(word) + r"(?!\w)", r"(?<!\w)" + stem + r"\w*"):
            found = re.compile(pattern, re.IGNORECASE).search(text, cursor, end)
            if found:
                spans.append((found.start(), found.end()))
                cursor = found.end()
                break
    return spans


def event_marks(text: str, event: Event) -> list[Mark]:
    """The trigger, actor, recipient and place spans of one event in its document's text."""
    if event.start is None or event.end is None:
        return []
    start, end = max(0, event.start), min(len(text), event.end)
    marks: list[Mark] = []
    factuality = event.factuality
    event_id = event.id or ""
    trigger = _trigger_spans(text, event.event_text or "", start, end)
    trigger_at = trigger[0][0] if trigger else None
    for left, right in trigger:
        marks.append(Mark(left, right, "trigger", event_id, factuality))
    words: list[tuple[str, str]] = [("actor", e.text) for e in event.actor]
    words += [("recipient", e.text) for e in event.recipient]
    if event.event_loc and event.event_loc.get("extracted_place"):
        words.append(("place", str(event.event_loc["extracted_place"])))
    for role, phrase in words:
        at = _nearest(_occurrences(text, phrase, start, end), trigger_at)
        if at is None:
            continue
        right = at + len(phrase.strip())
        if role == "place" and any(
            m.role in ("actor", "recipient") and m.start <= at and right <= m.end for m in marks
        ):
            continue  # "shelled the centre of Kharkiv": the target is the place, marked once
        marks.append(Mark(at, right, role, event_id, factuality))
    return marks


def segments(text: str, events: list[Event]) -> list[Segment]:
    """The text cut where any mark starts or ends; each piece with what covers it."""
    marks = [mark for event in events for mark in event_marks(text, event)]
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        covering = [m for m in marks if m.start <= left and right <= m.end]
        roles = [role for role in ROLES if any(m.role == role for m in covering)]
        ids = list(dict.fromkeys(m.event_id for m in covering))
        triggers = [m for m in covering if m.role == "trigger"]
        factuality = triggers[0].factuality if triggers else None
        out.append(Segment(text[left:right], roles, ids, factuality))
    return out
