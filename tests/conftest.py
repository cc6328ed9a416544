from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "news"


@pytest.fixture(scope="session")
def nlp():
    """The real English pipeline with dragoman's component, loaded once."""
    import dragoman

    nlp = dragoman.load()
    # a fault of the coder's fails the test, rather than being logged and skipped
    nlp.get_pipe("dragoman").strict = True
    return nlp


@pytest.fixture(autouse=True)
def _actorless_kept(request):
    """A test marked ``keeps_actorless`` sees the acts the coder leaves out of its output
    for want of a known doer ("mortar fire hit the town"): it tests a rule on such an act
    (its recipient, its date), not what the output keeps."""
    if request.node.get_closest_marker("keeps_actorless") is None:
        yield
        return
    coder = request.getfixturevalue("nlp").get_pipe("dragoman")
    coder.keep_actorless = True
    try:
        yield
    finally:
        coder.keep_actorless = False


@pytest.fixture(scope="session")
def vocab():
    """An English vocab (lexical attributes such as ``lower_`` set), no model."""
    return spacy.blank("en").vocab


def make_doc(vocab: Vocab, rows: list[tuple[str, str, int, str, str]]) -> Doc:
    """A parsed Doc built by hand: rows of (word, lemma, head index, dep, pos).

    Rules are tested on exactly the parse given, without loading a model.
    """
    words = [r[0] for r in rows]
    return Doc(
        vocab,
        words=words,
        lemmas=[r[1] for r in rows],
        heads=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        pos=[r[4] for r in rows],
    )
