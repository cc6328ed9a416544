"""The event coder: spaCy components that turn a parsed Doc into PLOVER event mentions.

One module a job: ``lexicon`` (the trigger data), ``triggers`` (finding them in a
sentence), ``roles`` (actor and recipient from the parse), ``factuality`` (asserted,
negated, hypothetical, and who reports it), ``component`` (the ``dragoman`` pipe).
"""

from __future__ import annotations

from .component import EventCoder
from .lexicon import Lexicon, Pattern, load_lexicon

__all__ = ["EventCoder", "Lexicon", "Pattern", "load_lexicon"]
