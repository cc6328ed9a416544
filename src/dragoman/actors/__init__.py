"""Actors: the knowledge base (data files) and the resolver from words to codes."""

from __future__ import annotations

from .kb import ActorKB, KBEntry, load_kb
from .resolver import ActorResolver, Resolution

__all__ = ["ActorKB", "ActorResolver", "KBEntry", "Resolution", "load_kb", "resolve_text"]


def resolve_text(
    text: str, date: str | None = None, nlp=None, actors: tuple[str, ...] = ()
) -> list[Resolution]:
    """Resolve a mention given as text ("Russian Foreign Minister Sergei Lavrov") on a day.

    The text is parsed; its head noun phrase is resolved as the coder resolves an actor.
    """
    import datetime as dt

    from ..coder.roles import mention_tokens
    from ..nlp import default_pipeline

    nlp = nlp or default_pipeline()
    coder = nlp.get_pipe("dragoman")
    resolver = (
        coder.resolver if not actors else ActorResolver(nlp.vocab, load_kb(actors), nlp.make_doc)
    )
    with nlp.select_pipes(disable=["dragoman"]):
        doc = nlp(text)
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if not roots:
        return []
    head = roots[0]
    day = dt.date.fromisoformat(date) if date else None
    return resolver.resolve(mention_tokens(head), resolver.find_names(doc), head, day)
