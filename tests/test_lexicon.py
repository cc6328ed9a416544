"""The trigger lexicon: every type covered, and every entry's own example codes."""

import pytest

from dragoman.coder.lexicon import load_lexicon
from dragoman.coding import code_text
from dragoman.ontology import EVENT_TYPES

PATTERNS = load_lexicon().patterns


def test_all_sixteen_types_have_patterns():
    assert {p.event for p in PATTERNS} == set(EVENT_TYPES)


@pytest.mark.parametrize("pattern", PATTERNS, ids=[f"{p.line}:{p.text}" for p in PATTERNS])
def test_example_sentence_codes_its_type(nlp, pattern):
    events = code_text(pattern.example, date="2024-05-10", nlp=nlp)
    asserted = [e for e in events if e.event == pattern.event and e.factuality == "asserted"]
    assert asserted, (
        f"{pattern.source} {pattern.text!r}: {[(e.event, e.factuality) for e in events]}"
    )
