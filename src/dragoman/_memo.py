"""A cache for functions of one token that are asked about the same token many times
while one document is coded (its mention, its clause)."""

from __future__ import annotations

import functools
from collections.abc import Callable

from spacy.tokens import Token


def per_document(fn: Callable[[Token], list[Token]]) -> Callable[[Token], list[Token]]:
    """``fn`` with its answers kept for the current document, by token index. The
    document is held by identity, so a new document (even at a reused address) starts a
    fresh cache; callers get a copy they may change."""
    state: list = [None, {}]

    @functools.wraps(fn)
    def cached(token: Token) -> list[Token]:
        if state[0] is not token.doc:
            state[0], state[1] = token.doc, {}
        known = state[1].get(token.i)
        if known is None:
            known = state[1][token.i] = fn(token)
        return list(known)

    return cached
