"""Typed records and their JSON forms (FORMATS.md sections 1 and 2).

Records are validated where they enter (``from_dict``); code inside dragoman builds them
directly. ``to_dict`` gives the exact JSON object of the format, field order included.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

from .errors import Errors, RecordError
from .ontology import EVENT_TYPES, FACTUALITIES, modes_of

__all__ = ["Document", "Entity", "Event", "content_id", "parse_day"]


def parse_day(value: Any, field_name: str = "date") -> str | None:
    """An ISO 8601 day or None; accepts a full timestamp and keeps its day."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise RecordError(Errors.E002.format(field=field_name, expected="an ISO date", value=value))
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        raise RecordError(Errors.E005.format(value=value)) from None


def content_id(text: str) -> str:
    """A stable document id from the text itself, for inputs that carry no id."""
    return "sha1-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Document:
    """One article: FORMATS.md section 1 without the gold events."""

    id: str
    text: str
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        if not isinstance(data, dict):
            raise RecordError(Errors.E007.format(value=data))
        text = data.get("text")
        if text is None and data.get("id") is None:
            raise RecordError(Errors.E001.format(keys=sorted(data)))
        if not isinstance(text, str):
            raise RecordError(Errors.E002.format(field="text", expected="a string", value=text))
        doc_id = data.get("id")
        doc_id = content_id(text) if doc_id in (None, "") else str(doc_id)
        optional = {}
        for name in ("title", "url", "source"):
            value = data.get(name)
            optional[name] = None if value in (None, "") else str(value)
        return cls(id=doc_id, text=text, date=parse_day(data.get("date")), **optional)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": self.date,
            "title": self.title,
            "url": self.url,
            "source": self.source,
            "text": self.text,
        }


@dataclass(frozen=True)
class Entity:
    """An actor or recipient: a country or organisation code, a sector, the words."""

    text: str
    code: str | None
    sector: str | None
    name: str | None = None
    wikidata: str | None = None

    @classmethod
    def from_dict(cls, data: Any) -> Entity:
        if not isinstance(data, dict) or "code" not in data:
            raise RecordError(Errors.E007.format(value=data))
        return cls(
            text=str(data.get("text") or ""),
            code=data.get("code") or None,
            sector=data.get("sector") or None,
            name=data.get("name"),
            wikidata=data.get("wikidata"),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "code": self.code, "sector": self.sector}
        if self.name:
            out["name"] = self.name
        if self.wikidata:
            out["wikidata"] = self.wikidata
        return out


@dataclass
class Event:
    """One event mention: FORMATS.md section 2."""

    event: str
    actor: list[Entity] = field(default_factory=list)
    recipient: list[Entity] = field(default_factory=list)
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    id: str | None = None
    doc_id: str | None = None
    date: str | None = None
    date_source: str | None = None
    date_precision: str | None = None
    factuality: str = "asserted"
    quad_code: int | None = None
    goldstein: float | None = None
    event_text: str | None = None
    sentence: str | None = None
    start: int | None = None
    end: int | None = None
    attributed_to: Entity | None = None
    event_loc: dict[str, Any] | None = None
    cluster: str | None = None
    confidence: float | None = None
    evidence: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        """Validate a gold or stored event object."""
        if not isinstance(data, dict):
            raise RecordError(Errors.E002.format(field="event", expected="an object", value=data))
        kind = data.get("event")
        if kind not in EVENT_TYPES:
            raise RecordError(Errors.E003.format(value=kind, valid=", ".join(EVENT_TYPES)))
        mode = data.get("mode") or None
        if mode is not None and mode not in modes_of(kind):
            raise RecordError(
                Errors.E004.format(mode=mode, event=kind, valid=", ".join(modes_of(kind)) or "none")
            )
        factuality = data.get("factuality") or "asserted"
        if factuality not in FACTUALITIES:
            raise RecordError(Errors.E006.format(value=factuality))
        entities = {}
        for role in ("actor", "recipient"):
            value = data.get(role) or []
            if isinstance(value, dict):
                value = [value]
            entities[role] = [Entity.from_dict(item) for item in value]
        attributed = data.get("attributed_to")
        return cls(
            event=kind,
            mode=mode,
            context=list(data.get("context") or []),
            actor=entities["actor"],
            recipient=entities["recipient"],
            id=data.get("id"),
            doc_id=data.get("doc_id"),
            date=parse_day(data.get("date")),
            date_source=data.get("date_source"),
            date_precision=data.get("date_precision"),
            factuality=factuality,
            quad_code=data.get("quad_code"),
            goldstein=data.get("goldstein"),
            event_text=data.get("event_text"),
            sentence=data.get("sentence"),
            start=data.get("start"),
            end=data.get("end"),
            attributed_to=Entity.from_dict(attributed) if attributed else None,
            event_loc=data.get("event_loc"),
            cluster=data.get("cluster"),
            confidence=data.get("confidence"),
            evidence=data.get("evidence"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The FORMATS.md section 2 object, in the documented field order."""
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "event": self.event,
            "mode": self.mode,
            "context": list(self.context),
            "actor": [e.to_dict() for e in self.actor],
            "recipient": [e.to_dict() for e in self.recipient],
            "date": self.date,
            "date_source": self.date_source,
            "factuality": self.factuality,
            "quad_code": self.quad_code,
            "goldstein": self.goldstein,
            "event_text": self.event_text,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "attributed_to": self.attributed_to.to_dict() if self.attributed_to else None,
            "event_loc": self.event_loc,
            "date_precision": self.date_precision,
            "cluster": self.cluster,
            "confidence": self.confidence,
            "evidence": self.evidence,
        }
