"""Actors: the knowledge base (data files) and the resolver from words to codes."""

from __future__ import annotations

from .kb import ActorKB, KBEntry, load_kb
from .resolver import ActorResolver, Resolution

__all__ = ["ActorKB", "ActorResolver", "KBEntry", "Resolution", "load_kb"]
